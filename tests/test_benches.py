"""The benches' own steps that the suite can afford, so that a change of the code they
call breaks a test, not the next bench run: ``bench_cluster.py``'s writer ceiling did
not run for a day after ``StreamWriter`` began to take the archive it writes, and
nobody ran the bench in between. (Their figures come from the benches themselves.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench_cluster(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import bench_cluster

    yield bench_cluster
    sys.modules.pop("bench_cluster", None)


def test_the_writer_ceiling_drains_an_archives_records_from_redis(
    bench_cluster, small_archive, redis_server
):
    assert bench_cluster.writer_ceiling(small_archive, redis_server.url) > 0


def test_the_request_log_is_counted_per_path_from_an_offset(bench_cluster, tmp_path):
    log = tmp_path / "requests.log"
    before = '127.0.0.1 - - [06/Dec/2026 16:42:44] "GET /robots.txt HTTP/1.1" 200 -\n'
    log.write_text(
        before
        + '127.0.0.1 - - [06/Dec/2026 16:42:45] "GET /2024/01/apel/ HTTP/1.1" 200 -\n'
        + '127.0.0.1 - - [06/Dec/2026 16:42:45] "GET /2024/01/apel/?amp=1 HTTP/1.1" 200 -\n'
        + "127.0.0.1 - - [06/Dec/2026 16:42:46] code 400, message Bad request syntax\n"
    )
    counted = bench_cluster.requested_paths(log, len(before))
    assert counted == {"/2024/01/apel/": 2}
