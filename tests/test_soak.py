"""Issue 8 soak: many crawls of one 240-article site, responses delayed at random.

The site (``serve_site(scale=240)``) has same-template near-twin releases, reposts
with ``rel=canonical``, a post that answers 503 twice, reader comments with their own
``<time>``, post navigation and deep category pagination. Each run serves it with a
different seed of random response delays (0-60 ms), so responses arrive in a
different order every time, and crawls it into a fresh archive. Every run must store
every article, and all archives must be identical (``content_snapshot``: every
table, minus the crawl's own clock). Some runs use one worker or none, which changes
the order again. About three minutes on two cores: the longest test in the suite.
"""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from scraper.archive.snapshot import content_snapshot, differences
from scraper.cli import cli
from scraper.samplesite import ground_truth, serve_site

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=110)

ARTICLES = 200  # the issue asks for >= 200; each more costs the suite time
RUNS = 20


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_twenty_crawls_with_random_delays_store_everything_identically(tmp_path):
    port = free_port()  # one port for all runs: the site's name is host:port
    first = None
    for run in range(RUNS):
        workers = {5: "1", 10: "0"}.get(run, "2")
        db = tmp_path / f"run{run}.db"
        with serve_site(port=port, scale=ARTICLES, delay=(0.0, 0.06), delay_seed=run) as base:
            truth = ground_truth(base_url=base, scale=ARTICLES)
            result = CliRunner().invoke(
                cli,
                ["crawl", "--url", base, "--tz", "Asia/Makassar", "--db", str(db), "--quiet",
                 "--unthrottled-loopback", "--workers", workers,
                 *([] if run == 0 else ["--no-warc"])],
            )  # fmt: skip
        assert result.exit_code == 0, f"run {run}: {result.output}"
        snapshot = content_snapshot(db)
        stored = {row[1] for row in snapshot["articles"]}  # (id, url, …)
        expected = {a.url for a in truth.articles}
        assert len(expected) == ARTICLES
        assert stored == expected, f"run {run} lost {sorted(expected - stored)[:5]}"
        if first is None:
            first = snapshot
        else:
            assert differences(first, snapshot) == [], f"run {run} differs from run 0"
