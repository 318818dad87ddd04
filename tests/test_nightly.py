"""Issue 5: cron safety. One crawl per archive; kill -9 loses nothing committed;
readers are never locked out while a crawl writes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from scraper.archive import Archive
from scraper.archive.queries import Filters, iter_articles, search
from scraper.samplesite import ground_truth, serve_site
from scraper.warc import RawPointer, default_warc_dir, read_raw_page
from tests.conftest import crawl_args

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=25)

SLOW = [
    "-s",
    "AUTOTHROTTLE_START_DELAY=0.3",
    "-s",
    "AUTOTHROTTLE_MAX_DELAY=0.3",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=1",
    "-s",
    "NEWSARCHIVE_BATCH_SIZE=3",
]
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "AUTOTHROTTLE_MAX_DELAY=0.2"]


def crawl_cmd(base: str, db, *extra: str) -> list[str]:
    return [sys.executable, "-m", "scraper", *crawl_args(base, db, *extra)]


def lock_held(db) -> bool:
    """Whether some process holds the archive's lock, read from /proc/locks.

    Looking must not take the lock: a probe that acquires it for an instant makes a
    crawl starting at that instant exit 75 ("another crawl is running")."""
    try:
        inode = os.stat(f"{db}.lock").st_ino
    except FileNotFoundError:
        return False
    with open("/proc/locks") as locks:
        return any(line.split()[5].rsplit(":", 1)[-1] == str(inode) for line in locks)


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def article_urls(db) -> list[str]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return [r[0] for r in conn.execute("select url from articles")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (crawl process, fork server, extraction workers)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_two_crawls_at_once_one_exits_with_lock_code(tmp_path):
    db = tmp_path / "a.db"
    with serve_site(theme="wordpress") as base:
        first = subprocess.Popen(
            crawl_cmd(base, db, *SLOW), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        wait_for(lambda: lock_held(db))
        started = time.monotonic()
        second = subprocess.run(
            crawl_cmd(base, db, *FAST), capture_output=True, text=True, timeout=60
        )
        assert time.monotonic() - started < 15  # at once, not after the first crawl
        out, err = first.communicate(timeout=300)
    assert second.returncode == 75
    assert "another crawl is running" in second.stderr and "Traceback" not in second.stderr
    assert first.returncode == 0, out + err
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("select status from crawl_runs")] == ["ok"]


def rerun_finishes_the_archive(base: str, db, truth: set[str], interrupted: int) -> None:
    """After the kills, the next crawl ends well and the archive is whole: sound, every
    article once, the killed crawls' runs marked interrupted."""
    rerun = subprocess.run(crawl_cmd(base, db, *FAST), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        urls = [r[0] for r in conn.execute("select url from articles")]
        assert len(urls) == len(set(urls)) and set(urls) == truth
        statuses = [r[0] for r in conn.execute("select status from crawl_runs order by id")]
        assert statuses == ["interrupted"] * interrupted + ["ok"]
    finally:
        conn.close()


def test_kill_9_loses_nothing_committed_and_rerun_finishes(tmp_path):
    db = tmp_path / "k.db"
    with serve_site(theme="wordpress") as base:
        truth = {a.url for a in ground_truth("wordpress", base).articles}
        committed: set[str] = set()
        for moment in ("during fetch", "during writes", "during writes, later"):
            proc = subprocess.Popen(
                crawl_cmd(base, db, *SLOW), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            if moment == "during fetch":
                wait_for(lambda: lock_held(db))
                time.sleep(1.0)
            else:
                floor = len(committed) + (3 if moment == "during writes" else 6)
                wait_for(lambda floor=floor: len(article_urls(db)) >= floor, timeout=120)
            below = descendants(proc.pid)
            if moment != "during fetch":
                # crawl process, fork server and the two extraction workers
                assert len(below) >= 4, below
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            wait_for(lambda: not lock_held(db), timeout=10)  # the child died with it
            # ... and so did the extraction workers: no orphan is left running.
            wait_for(lambda below=below: not any(alive(p) for p in below), timeout=10)
            now = article_urls(db)
            assert committed <= set(now), f"committed articles lost after kill {moment}"
            assert len(now) == len(set(now))
            committed = set(now)
        assert committed and committed < truth  # the kills really interrupted the work
        rerun_finishes_the_archive(base, db, truth, interrupted=3)
    conn = sqlite3.connect(db)
    # The raw pages: the files the killed crawls left open were cut back to their last
    # whole record and closed by the rerun; every article's page is readable.
    warc_dir = default_warc_dir(db)
    assert not list(warc_dir.glob("*.open"))
    files = sorted(str(p) for p in warc_dir.glob("*.warc.gz"))
    # One file per crawl that got a response before it was killed, and the rerun's.
    assert len(files) >= 2
    check = subprocess.run(
        [sys.executable, "-c", "from warcio.cli import main; main()", "check", *files],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    for url, *pointer in conn.execute(
        "select url, warc_file, warc_offset, warc_length from articles"
    ):
        assert read_raw_page(warc_dir, RawPointer(*pointer)).url == url
    conn.close()


def write_transaction_open(db) -> bool:
    """Whether another connection is in the middle of a write transaction (WAL: only a
    writer blocks ``BEGIN IMMEDIATE``; a reader does not)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("begin immediate")
        conn.execute("rollback")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def test_kill_9_inside_a_write_batch_loses_nothing_committed(tmp_path):
    """The kill lands while a batch of articles is being written (its transaction open,
    seen from outside): the batches before it stay whole, the open one leaves no trace,
    and the next crawl stores the rest once each."""
    db = tmp_path / "b.db"
    with serve_site(theme="wordpress") as base:
        truth = {a.url for a in ground_truth("wordpress", base).articles}
        proc = subprocess.Popen(
            crawl_cmd(base, db, "-s", "NEWSARCHIVE_BATCH_SIZE=10"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: len(article_urls(db)) >= 10, timeout=120)
        committed = set(article_urls(db))
        deadline = time.monotonic() + 60
        while not write_transaction_open(db):
            assert proc.poll() is None, "the crawl ended before a batch was caught open"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        wait_for(lambda: not lock_held(db), timeout=10)
        after = article_urls(db)
        assert committed <= set(after) and len(after) == len(set(after))
        assert len(after) < len(truth)  # the kill interrupted the crawl
        # No half-written article: each one stored has its alias, its story, its
        # full-text row and its story signature.
        conn = sqlite3.connect(db)
        for orphans in (
            "select count(*) from articles a"
            " where not exists (select 1 from aliases where article_id = a.id)",
            "select count(*) from articles where story_id is null",
            "select (select count(*) from articles) - (select count(*) from articles_fts)",
            "select count(*) from articles a"
            " where not exists (select 1 from story_signatures where article_id = a.id)",
        ):
            assert conn.execute(orphans).fetchone()[0] == 0, orphans
        conn.close()
        rerun_finishes_the_archive(base, db, truth, interrupted=1)


def test_readers_never_locked_out_during_a_crawl(tmp_path):
    db = tmp_path / "r.db"
    with Archive.open(db, create=True):
        pass
    errors: list[str] = []
    reads = 0
    stop = threading.Event()

    def reader() -> None:
        nonlocal reads
        while not stop.is_set():
            try:
                with Archive.open(db) as archive:
                    search(archive, "polres OR pemilu", Filters(), limit=5)
                    sum(1 for _ in iter_articles(archive, Filters()))
                reads += 1
            except Exception as exc:  # noqa: BLE001 - every failure is the finding
                errors.append(repr(exc))

    with serve_site(theme="wordpress") as base:
        thread = threading.Thread(target=reader)
        thread.start()
        try:
            result = subprocess.run(
                crawl_cmd(base, db, *FAST, "-s", "NEWSARCHIVE_BATCH_SIZE=2"),
                capture_output=True,
                text=True,
                timeout=300,
            )
        finally:
            stop.set()
            thread.join()
    assert result.returncode == 0, result.stdout + result.stderr
    assert errors == []
    assert reads > 10
