"""Articles split over pages, read by a distributed crawl (writer + workers over Redis).

The same loopback sites and the same outcome as the local crawls of
``tests/test_paging.py``: a worker reads an article's later pages before it sends the
record, and the writer stores it once, whole, under page 1's URL, the later pages as
its aliases; a failing page 2 is counted in the run's error kinds. Skipped with a
reason where no redis-server is installed (``tests/cluster_helpers.py``).
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from scraper.cli.common import EXIT_PARTIAL
from tests.cluster_helpers import newsarchive, worker
from tests.platforms import paged
from tests.test_paging import (
    archive,
    assert_tribun_site_archived,
    assert_whole,
    assert_wordpress_site_archived,
)

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=45)

FAST = ["--unthrottled-loopback", "--no-warc", "-s", "NEWSARCHIVE_CLUSTER_HOST_DELAY=0"]


def distributed_crawl(base: str, db, redis_url: str, workers: int = 2) -> tuple[int, str]:
    """``crawl --redis --no-fetch`` with ``workers`` worker processes; the writer's exit
    code and output (the workers' must end with 0)."""
    fetching = [worker(redis_url) for _ in range(workers)]
    writer = newsarchive(
        "crawl", "--url", base, "--tz", paged.TIMEZONE, "--db", str(db), "--quiet",
        "--redis", redis_url, "--no-fetch", *FAST,
    )  # fmt: skip
    out, err = writer.communicate(timeout=300)
    for proc in fetching:
        w_out, w_err = proc.communicate(timeout=120)
        assert proc.returncode == 0, w_out + w_err
    return writer.returncode, out + err


def error_kinds(db) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return json.loads(conn.execute("select error_kinds from crawl_runs").fetchone()[0])
    finally:
        conn.close()


def test_a_distributed_crawl_joins_the_pages_of_tribun_articles(tmp_path, redis_server):
    with paged.serve_tribun() as served:
        base = str(served)
        code, output = distributed_crawl(base, tmp_path / "a.db", redis_server.url)
        requested = list(served.requests)
    assert code == 0 and output.startswith("ok: "), output
    assert_tribun_site_archived(base, tmp_path / "a.db", requested)
    assert error_kinds(tmp_path / "a.db") == {}


def test_a_distributed_crawl_joins_a_wordpress_nextpage_post_only(tmp_path, redis_server):
    with paged.serve_wordpress() as served:
        base = str(served)
        code, output = distributed_crawl(base, tmp_path / "a.db", redis_server.url, workers=1)
    assert code == 0 and output.startswith("ok: "), output
    assert_wordpress_site_archived(base, tmp_path / "a.db")


def test_a_distributed_crawl_counts_a_failing_page_and_keeps_page_1(tmp_path, redis_server):
    with paged.serve_tribun(broken=True) as served:
        base = str(served)
        code, output = distributed_crawl(base, tmp_path / "a.db", redis_server.url)
    assert code == EXIT_PARTIAL and output.startswith("partial: "), output
    root = base.rstrip("/")
    three, with_all = paged.tribun_stories()[:2]
    articles, _ = archive(tmp_path / "a.db")
    assert set(articles) == {root + s.path for s in paged.tribun_stories()}
    stored = articles[root + three.path].split("\n")
    assert len(stored) == len(three.pages[0])
    assert all(line.endswith(p) for line, p in zip(stored, three.pages[0]))
    assert_whole(articles[root + with_all.path], with_all)
    assert error_kinds(tmp_path / "a.db") == {"continuation_http_404": 1}
    assert not any("?page=" in url for url in articles)
