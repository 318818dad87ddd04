"""Issue 5: a crawl of a hostile site finishes in bounded time and memory, archives the
good articles, and counts every fault in the ledger under its kind."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.hostile.server import serve_hostile

SETTINGS = {
    "DOWNLOAD_TIMEOUT": 2,
    "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "RETRY_TIMES": 2,
    "RETRY_BACKOFF_BASE": 0.1,
    "AUTOTHROTTLE_START_DELAY": 0.01,
    "AUTOTHROTTLE_MAX_DELAY": 0.5,
}
TIME_BOUND = 60  # seconds; the slow page costs 3 × DOWNLOAD_TIMEOUT at most
MEMORY_BOUND_MIB = 400  # a 1 GiB gzip bomb and a 30 MiB page must not be held


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile") / "archive.db"
    args = [sys.executable, "-m", "scraper", "crawl", "--db", str(db), "--quiet"]
    for key, value in SETTINGS.items():
        args += ["-s", f"{key}={value}"]
    # Peak memory of the crawl process and its children, measured by the OS.
    probe = (
        "import resource, subprocess, sys; "
        "r = subprocess.run(sys.argv[1:]); "
        "print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True); "
        "sys.exit(r.returncode)"
    )
    with serve_hostile(slow_seconds=10.0, huge_bytes=30 * 1024 * 1024) as (base_url, truth):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", probe, *args, "--url", base_url],
            capture_output=True,
            text=True,
            timeout=TIME_BOUND * 3,
        )
        seconds = time.monotonic() - started
        hits = truth.hit_counts()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    articles = {r["url"]: dict(r) for r in conn.execute("select * from articles")}
    (run,) = [dict(r) for r in conn.execute("select * from crawl_runs")]
    conn.close()
    maxrss = int(result.stdout.split("MAXRSS")[-1].split()[0]) / 1024
    return {
        "result": result,
        "seconds": seconds,
        "truth": truth,
        "articles": articles,
        "run": run,
        "hits": hits,
        "maxrss_mib": maxrss,
    }


def test_finishes_within_bound_with_partial_status(hostile_crawl):
    result = hostile_crawl["result"]
    assert hostile_crawl["seconds"] < TIME_BOUND, result.stdout
    assert result.returncode == 3, result.stdout + result.stderr  # partial success
    assert "Traceback" not in result.stderr
    assert hostile_crawl["run"]["status"] == "partial"


def test_memory_stays_bounded(hostile_crawl):
    assert hostile_crawl["maxrss_mib"] < MEMORY_BOUND_MIB


def test_good_articles_archived_with_correct_text(hostile_crawl):
    articles = hostile_crawl["articles"]
    for good in hostile_crawl["truth"].good_articles:
        assert good.url in articles, good.kind
        row = articles[good.url]
        assert row["title"] == good.title, good.kind
        expected = list(good.paragraphs)
        got = row["text"].split("\n")
        assert got[: len(expected)] == expected, good.kind
        # Nothing after the text (chrome, a comment), but the partial line a page cut
        # off mid-transfer may end with.
        assert len(got) <= len(expected) + (good.kind == "truncated"), (good.kind, got)


def test_each_fault_in_the_ledger_under_its_kind(hostile_crawl):
    kinds = json.loads(hostile_crawl["run"]["error_kinds"])
    assert kinds.get("timeout", 0) >= 1  # slow
    assert kinds.get("too_large", 0) >= 2  # huge page and gzip bomb
    assert kinds.get("redirect_loop", 0) >= 1
    assert kinds.get("http_500", 0) >= 1
    assert kinds.get("http_404", 0) >= 1 and kinds.get("http_410", 0) >= 1
    assert kinds.get("connection", 0) >= 1
    assert kinds.get("robots", 0) >= 1
    assert kinds.get("xml_entities", 0) >= 2  # the bomb sitemap and the bomb feed


def test_retries_then_recorded(hostile_crawl):
    truth, hits = hostile_crawl["truth"], hostile_crawl["hits"]
    from urllib.parse import urlsplit

    for kind, expected in (("server_error_then_ok", 3), ("server_error_always", 3)):
        (url,) = truth.faults[kind]
        assert hits.get(urlsplit(url).path) == expected, kind


def test_robots_forbidden_page_never_requested(hostile_crawl):
    (url,) = hostile_crawl["truth"].faults["robots"]
    assert "/private/" in url
    assert not any(path.startswith("/private/") for path in hostile_crawl["hits"])
