"""Run one crawl: open the ledger, run Scrapy in a child process, close the ledger.

Scrapy's reactor cannot be restarted inside one process, so each crawl runs in a fresh
child process (``spawn``): the CLI, the tests and a later scheduler can run as many
crawls as they like. The parent owns the ``crawl_runs`` row and the summary; the child
owns the spider and the pipelines, and sends back its counters.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import logging
import multiprocessing
import os
import re
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from scraper import crawl_process
from scraper.archive import Archive, ArchiveError
from scraper.archive.health import record_after_crawl
from scraper.archive.store import RunCounts, now_utc
from scraper.health.figures import (
    HOME_LINKS_ELSEWHERE,
    NOT_FAILURES,
    OUTCOMES,
    per_site,
    site_runs,
)
from scraper.health.flags import (
    articles_missing,
    not_serving,
    sent_elsewhere,
    site_problem,
    site_status,
)
from scraper.pool import die_with_parent, hold_signals, start_fork_server
from scraper.settings import CRAWL_DELAY_STAT, build_settings
from scraper.sites import SiteDefinition
from scraper.warc import default_warc_dir


@dataclass
class CrawlSummary:
    """What one crawl did; ``line()`` is the one-line summary every crawl ends with."""

    run_id: int
    sites: list[str]
    db_path: str
    counts: RunCounts
    status: str
    seconds: float
    message: str = ""
    articles_total: int = 0  # of the crawled sites
    archive_total: int = 0  # of every site in the archive
    # Raw pages kept as WARC (KeepRawPages): responses, compressed bytes, folder.
    warc_records: int = 0
    warc_bytes: int = 0
    warc_dir: str = ""
    # In a crawl of several sites, one line per site whose own status is not ok
    # (``site_lines``): the run's status covers them all.
    site_lines: list[str] = field(default_factory=list)
    # Hosts whose robots.txt Crawl-delay spaced their requests: host -> seconds.
    crawl_delays: dict[str, float] = field(default_factory=dict)
    # Articles taken down before that answered again in this crawl (their ``back``
    # event; counted among unchanged or updated): said only when there are some.
    articles_back: int = 0

    def line(self) -> str:
        c = self.counts
        if not c.known:
            return (
                f"{self.status}: {', '.join(self.sites)} — counts unknown (the crawl process "
                f"ended before it could report); {c.articles_new} new articles committed; "
                f"{self.totals()} ({self.seconds:.1f}s)"
            )
        errors = ", ".join(f"{k} {v}" for k, v in sorted(c.error_kinds.items())) or "0"
        unaccounted = f", unaccounted: {len(c.unaccounted)}" if c.unaccounted else ""
        back = f"{self.articles_back} back, " if self.articles_back else ""
        return (
            f"{self.status}: {', '.join(self.sites)} — {c.pages_fetched} pages, "
            f"{c.articles_new} new, {c.articles_updated} updated, "
            f"{c.articles_unchanged} unchanged, {c.articles_duplicate} duplicates, "
            f"{c.pages_not_article} not articles, {c.pages_skipped} known skipped, "
            f"{c.articles_gone} gone, {back}errors: {errors}{unaccounted}; "
            f"{self.totals()} ({self.seconds:.1f}s)"
        )

    def totals(self) -> str:
        """The archive's articles: of the crawled sites, and of every site when it holds
        others ("41 articles in data/x.db" read as the whole archive's count)."""
        if self.archive_total > self.articles_total:
            whose = "this site" if len(self.sites) == 1 else "these sites"
            return (
                f"{self.articles_total} articles of {whose}, {self.archive_total} in all, "
                f"in {self.db_path}"
            )
        return f"{self.articles_total} articles in {self.db_path}"

    def crawl_delay_lines(self) -> list[str]:
        """Why a crawl took longer than its pages need: the sites that asked for it."""
        return [
            f"robots.txt of {host} asks {delay:g} s between requests (Crawl-delay): honoured"
            for host, delay in sorted(self.crawl_delays.items())
        ]

    def raw_pages_line(self) -> str | None:
        """Where the raw pages went, when they were kept."""
        if not self.warc_records:
            return None
        size = self.warc_bytes / 1_000_000
        return (
            f"raw pages: {self.warc_records} responses kept as WARC ({size:.1f} MB) "
            f"in {self.warc_dir}"
        )


def crawl_in_this_process(
    sites: list[SiteDefinition], revisits: dict, settings: dict, queue
) -> None:
    """Entry point of the crawl process: run the spider, send the stats back."""
    die_with_parent()
    workers = settings.get("NEWSARCHIVE_WORKERS")
    if workers is None or int(workers) > 0:
        start_fork_server()  # its imports beside Scrapy's
    from scrapy.crawler import CrawlerProcess

    from spiders.news import NewsSpider

    process = CrawlerProcess(settings)
    # Scrapy's loggers inherit the root's level and build a log record for every
    # response and item, only for the handler to drop it: give them the level itself.
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL", "CRITICAL"))
    crawler = process.create_crawler(NewsSpider)
    # A component Scrapy cannot load (-s ITEM_PIPELINES='{"nope.Nope": 1}') fails the
    # crawl before its first request: the run said "no page could be fetched (no
    # answer)", as if the site were down. Kept to say why (``_judge``).
    failed: list[str] = []
    process.crawl(crawler, sites=sites, revisits=revisits).addErrback(
        lambda failure: failed.append(f"{failure.type.__name__}: {failure.getErrorMessage()}")
    )
    # The modules and settings loaded so far live as long as the process: keep them
    # out of every garbage collection, and collect the young generation less often
    # (a crawl makes millions of short-lived objects; full passes over a large heap
    # were a tenth of the crawl process's time).
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
    stop_gracefully_on_signals(process, crawler)
    process.start(install_signal_handlers=False)
    stats = {k: v for k, v in crawler.stats.get_stats().items() if k.startswith("newsarchive/")}
    stats["finish_reason"] = crawler.stats.get_value("finish_reason")
    # Every response counts as a fetched page: discovery, listings and articles.
    stats["newsarchive/pages_fetched"] = crawler.stats.get_value("downloader/response_count", 0)
    if failed:
        stats["newsarchive/crawl_error"] = failed[0]
    queue.put(stats)


def stop_gracefully_on_signals(process, crawler) -> None:
    """SIGINT and SIGTERM, however many, stop the crawl gracefully: no new request,
    the pages in hand read and their articles committed, the stats sent back.

    Scrapy's own handlers stop the reactor at once on a second signal, losing the batch
    not yet written; but a Ctrl-C reaches every process of the terminal's group and the
    parent passes a SIGTERM on, so two signals are the rule here, not an emergency. The
    parent is the one that gives up: it kills this process after a grace period or on a
    second Ctrl-C (what was committed stays committed).
    """
    from twisted.internet import reactor

    stopping = False

    def stop() -> None:
        # Before the engine runs (the spider opens its pool of workers for a second or
        # more), Scrapy's stop only marks the crawler stopped: the crawl then ran to its
        # end and never stopped the reactor. The stop waits for the engine.
        if not crawler.crawling:
            return  # over, or stopping
        if crawler.engine.running:
            process.stop()
        else:
            reactor.callLater(0.05, stop)

    def on_signal(signum, frame) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            reactor.callFromThread(stop)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    if crawl_process.stop_asked:  # a SIGTERM before these handlers
        on_signal(signal.SIGTERM, None)


def counts_from_stats(stats: dict) -> RunCounts:
    def get(key: str) -> int:
        return int(stats.get(f"newsarchive/{key}", 0))

    return RunCounts(
        pages_fetched=get("pages_fetched"),
        articles_new=get("articles_new"),
        articles_updated=get("articles_updated"),
        articles_unchanged=get("articles_unchanged"),
        articles_duplicate=get("articles_duplicate"),
        pages_not_article=get("pages_not_article"),
        article_pages_fetched=get("article_pages_fetched"),
        pages_skipped=get("pages_skipped"),
        articles_gone=get("articles_gone"),
        unaccounted=list(stats.get("newsarchive/unaccounted") or []),
        error_kinds={
            k.removeprefix("newsarchive/errors/"): int(v)
            for k, v in stats.items()
            if k.startswith("newsarchive/errors/")
        },
    )


class CrawlLocked(RuntimeError):
    """Another newsarchive command (a crawl, ``reextract``, ``backfill-entities``) holds
    the archive's lock."""


# The commands that take the archive's lock, to name them when the holder is unknown.
LOCKING_COMMANDS = ("crawl", "reextract", "backfill-entities")


def archive_lock(db_path: str | Path) -> FileLock:
    """The lock a crawl holds on its archive for its whole run.

    An OS lock (``flock``) via filelock: the kernel releases it when the holder exits,
    however it exits (even ``kill -9``), so a dead crawl never blocks the next one.
    """
    # The resolved path: a symlink to the same archive must find the same lock.
    return FileLock(f"{Path(db_path).resolve()}.lock", timeout=0)


class ArchiveLock:
    """The archive's lock taken by one command, which notes its name and process id in
    ``ARCHIVE.lock.holder`` while it holds it, so that a command refused can say which
    one is writing. A note is believed only while its process lives: a holder killed
    with ``kill -9`` leaves its note behind, and the next holder replaces it. Without a
    believable note the message names no command.

    ``acquire`` raises ``CrawlLocked`` at once when another command holds the lock.
    """

    def __init__(self, db_path: str | Path, command: str):
        self.db_path, self.command = str(db_path), command
        self.lock = archive_lock(db_path)
        self.note = Path(f"{self.lock.lock_file}.holder")

    def acquire(self) -> None:
        # The lock file is opened here first: filelock reads any failure to open it
        # (a folder that takes no new file, such as /proc) as another holder's, and the
        # command was refused as locked, exit 75, which a systemd unit counts a success.
        try:
            os.close(os.open(self.lock.lock_file, os.O_RDWR | os.O_CREAT, 0o644))
        except OSError as exc:
            if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
                raise  # the CLI says the account may not write there
            raise ArchiveError(
                f"cannot take the lock {self.lock.lock_file} beside the archive: "
                f"{exc.strerror or exc}; give --db a path in a folder this account may write"
            ) from None
        try:
            self.lock.acquire()
        except Timeout:
            raise CrawlLocked(self.refusal()) from None
        with contextlib.suppress(OSError):  # without it, a refused command names none
            self.note.write_text(f"{self.command} {os.getpid()}\n", encoding="utf-8")

    def release(self) -> None:
        try:
            with contextlib.suppress(OSError):
                self.note.unlink(missing_ok=True)  # ours: we hold the lock
        finally:
            self.lock.release()

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def holder(self) -> tuple[str, int] | None:
        """The command holding the lock and its process id, if its note is believable."""
        try:
            command, pid = self.note.read_text(encoding="utf-8").split()
            pid = int(pid)
        except (OSError, ValueError):
            return None
        if command not in LOCKING_COMMANDS or not _alive(pid):
            return None
        return command, pid

    def run_is_gone(self, status: str) -> bool:
        """Whether a run the ledger marks ``running`` has no live crawl behind it: no
        process holds the archive (``kill -9``, the OOM killer). The next crawl marks
        such a run interrupted; until then, commands that show it say so. Only a crawl
        (local or distributed) writes a run: another command holding the archive
        (``reextract``) is no crawl behind it."""
        if status != "running":
            return False
        holder = self.holder()
        return holder is None or holder[0] != "crawl"

    def refusal(self) -> str:
        """Why this command does not start: who holds the lock, or which commands may."""
        where = f"{self.db_path} (lock {self.lock.lock_file}"
        holder = self.holder()
        if holder is None:
            commands = ", ".join(LOCKING_COMMANDS[:-1]) + f" or {LOCKING_COMMANDS[-1]}"
            return (
                f"another newsarchive command ({commands}) is writing to {where}); not "
                "starting, try again when it has finished"
            )
        command, pid = holder
        name = "crawl" if command == "crawl" else f"newsarchive {command}"
        if command == self.command:
            who = f"another {name}"
        else:
            who = "a crawl" if command == "crawl" else name
        return (
            f"{who} is running on {where}, process {pid}); not starting, try again when "
            "it has finished"
        )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another account's process
    except OSError:
        return False
    return True


def run_crawl(
    sites: list[SiteDefinition],
    db_path: str | Path,
    overrides: dict | None = None,
    progress: bool = False,
) -> CrawlSummary:
    """Crawl ``sites`` into the archive at ``db_path`` and return the summary.

    Raises ``CrawlLocked`` at once when another command holds the archive's lock.
    """
    db_path = str(db_path)
    check_raw_pages_dir(db_path, overrides)
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with ArchiveLock(db_path, "crawl"):
        return _run_locked(sites, db_path, overrides, progress)


def check_raw_pages_dir(db_path: str, overrides: dict | None) -> None:
    """Fail with one clear line, before anything is fetched, when the WARC folder cannot
    be created or written: the crawl then failed every page as an error of kind
    "other" and said "the start page could not be read … (is the base URL right?)"."""
    folder = raw_pages_dir(db_path, overrides)
    if folder is None:
        return
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except (FileExistsError, NotADirectoryError):
        raise ArchiveError(
            f"cannot keep raw pages in {folder}: a file of that name is in the way; "
            "give --warc-dir a folder, or --no-warc"
        ) from None
    except OSError as exc:
        raise ArchiveError(
            f"cannot keep raw pages in {folder}: {exc.strerror or exc}; give --warc-dir "
            "a folder this account may write, or --no-warc"
        ) from None


def raw_pages_dir(db_path: str, overrides: dict | None) -> str | None:
    """The absolute folder a crawl keeps raw pages in (None with --no-warc), recorded
    with its run so that ``reextract`` needs no ``--warc-dir``."""
    settings = build_settings(overrides)
    if not settings["NEWSARCHIVE_WARC"]:
        return None
    return str(Path(settings["NEWSARCHIVE_WARC_DIR"] or default_warc_dir(db_path)).resolve())


def _run_locked(
    sites: list[SiteDefinition], db_path: str, overrides: dict | None, progress: bool
) -> CrawlSummary:
    started = time.monotonic()
    run_id: int | None = None
    try:
        with Archive.open(db_path, create=True) as archive:
            run_id = begin_run(archive, sites, db_path, overrides)
            now = now_utc()
            revisits = {site.name: archive.due_revisits(site.name, now) for site in sites}
        child, queue, held = _start_crawl_process(
            sites, revisits, db_path, overrides, progress, run_id
        )
    except BaseException as exc:
        # A Ctrl-C (or an error) between the ledger row and the crawl process: the row
        # stayed 'running' until the next crawl, and 'runs' showed a crawl going on.
        if run_id is not None:
            close_unstarted_run(db_path, run_id, exc)
        raise
    stats, interrupted = _wait_for_stats(child, queue, held)
    child.join()
    counts = counts_from_stats(stats or {})
    status, message = _judge(stats, counts, child.exitcode)
    if interrupted:
        status = "interrupted"
        message = (
            "stopped by a signal; the articles it committed are kept and the next crawl carries on"
            if stats is not None
            else "stopped by a signal and killed before it could report; counts unknown, "
            "the articles it committed are kept"
        )
    with Archive.open(db_path) as archive:
        try:
            if stats is None:
                # Killed after a second Ctrl-C, or died: what it committed is in the
                # archive, the rest is unknown (not zero).
                counts = archive.counts_committed_since_start(run_id, [s.name for s in sites])
            status, message = judge_sites(archive, [s.name for s in sites], stats, status, message)
            return _finish(archive, run_id, sites, db_path, stats, counts, status, message, started)
        except sqlite3.Error as exc:
            raise ArchiveError(f"could not record the crawl in {db_path}: {exc}") from None


def begin_run(
    archive: Archive, sites: list[SiteDefinition], db_path: str, overrides: dict | None
) -> int:
    """This run's ledger row, started; its id. Holding the archive's lock, any run still
    marked running was killed: it is closed first. The local crawl and the distributed
    writer both begin so."""
    archive.close_interrupted_runs()
    for site in sites:
        archive.register_site(site)
    return archive.start_run([s.name for s in sites], raw_pages_dir(db_path, overrides))


def _start_crawl_process(
    sites: list[SiteDefinition],
    revisits: dict,
    db_path: str,
    overrides: dict | None,
    progress: bool,
    run_id: int,
) -> tuple[multiprocessing.process.BaseProcess, multiprocessing.queues.Queue, set]:
    """The started crawl process, its stats queue, and the signal mask to restore once
    the parent waits for it (``_wait_for_stats``)."""
    settings = build_settings(
        {
            **(overrides or {}),
            "NEWSARCHIVE_DB": db_path,
            "NEWSARCHIVE_PROGRESS": progress,
            "NEWSARCHIVE_RUN_ID": run_id,
        }
    )
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    # The process starts from scraper.crawl_process, which keeps it light.
    child = context.Process(
        target=crawl_process.run, args=(sites, revisits, settings, queue), daemon=False
    )
    # The crawl process starts with SIGINT and SIGTERM blocked, until it has its
    # handlers (``crawl_process.run``): a Ctrl-C in its first tenth of a second was a
    # KeyboardInterrupt traceback, and the SIGTERM passed on killed it. This process's
    # own wait too, for ``_wait_for_stats``.
    held = hold_signals(signal.SIGINT, signal.SIGTERM)
    try:
        child.start()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        if child.pid is not None:  # started, then the start was cut short
            child.kill()
            child.join()
        raise
    return child, queue, held


def close_unstarted_run(db_path: str, run_id: int, exc: BaseException) -> None:
    """Finish the ledger row of a run stopped before its crawl process started: nothing
    was fetched, so its counts are zeros, not unknown. Best effort: the next crawl
    closes a row left 'running' anyway (``close_interrupted_runs``)."""
    if isinstance(exc, KeyboardInterrupt):
        status, message = "interrupted", "stopped by a signal before the crawl started"
    else:
        status, message = "failed", f"the crawl could not start: {exc}"
    with contextlib.suppress(sqlite3.Error, ArchiveError), Archive.open(db_path) as archive:
        archive.finish_run(run_id, RunCounts(), status, message)


# Seconds a crawl stopped by a signal has to read the pages in hand and commit them,
# before it is killed (what it committed stays).
STOP_GRACE_SECONDS = 60.0


def _wait_for_stats(child, queue, mask: set | None = None) -> tuple[dict | None, bool]:
    """The crawl process's stats, and whether the crawl was stopped by a signal.

    Ctrl-C (or SIGTERM, which the CLI turns into one) asks the crawl process to stop
    gracefully and waits for its stats; a second Ctrl-C, or the grace period, kills it.
    ``mask``: the signal mask to restore, here, where a signal held meanwhile is handled.
    Nothing writes once this returns, so the lock can be released.
    """
    deadline: float | None = None
    while True:
        try:
            if mask is not None:
                mask, restore = None, mask
                signal.pthread_sigmask(signal.SIG_SETMASK, restore)
            try:
                return queue.get(timeout=0.5), deadline is not None
            except Exception:  # noqa: BLE001 - queue.Empty: check the child is alive
                if not child.is_alive():
                    return None, deadline is not None
                if deadline is not None and time.monotonic() > deadline:
                    raise KeyboardInterrupt from None
        except KeyboardInterrupt:
            if deadline is None:
                deadline = time.monotonic() + STOP_GRACE_SECONDS
                print(
                    "stopping: reading the pages in hand and committing them "
                    f"(at most {STOP_GRACE_SECONDS:.0f}s; Ctrl-C again to stop at once)",
                    file=sys.stderr,
                    flush=True,
                )
                child.terminate()  # SIGTERM: a graceful stop (stop_gracefully_on_signals)
                continue
            child.kill()
            child.join()
            return None, True


def _finish(
    archive: Archive,
    run_id: int,
    sites: list[SiteDefinition],
    db_path: str,
    stats: dict | None,
    counts: RunCounts,
    status: str,
    message: str,
    started: float,
) -> CrawlSummary:
    """Write the ledger row (and, after a clean run, the validators); the summary."""
    if status == "ok" and stats and stats.get("newsarchive/validators"):
        # Only after a clean run: a 304 next time must not hide pages that failed now.
        archive.save_validators(stats["newsarchive/validators"])
    archive.finish_run(run_id, counts, status, message)
    if stats:
        record_after_crawl(archive, run_id, [s.name for s in sites], stats)
    total = archive.db["articles"].count_where(
        "site in ({})".format(",".join("?" * len(sites))), [s.name for s in sites]
    )
    return CrawlSummary(
        run_id=run_id,
        sites=[s.name for s in sites],
        db_path=db_path,
        counts=counts,
        status=status,
        seconds=time.monotonic() - started,
        message=message,
        articles_total=total,
        archive_total=archive.db["articles"].count,
        articles_back=archive.articles_back(run_id, [s.name for s in sites]),
        warc_records=int((stats or {}).get("newsarchive/warc_records", 0)),
        warc_bytes=int((stats or {}).get("newsarchive/warc_bytes", 0)),
        warc_dir=str((stats or {}).get("newsarchive/warc_dir", "")),
        site_lines=site_lines([s.name for s in sites], stats, status),
        crawl_delays={
            key[len(CRAWL_DELAY_STAT) :]: float(value)
            for key, value in (stats or {}).items()
            if key.startswith(CRAWL_DELAY_STAT)
        },
    )


# NOT_FAILURES (scraper.health.figures): kinds that describe the site, not a failed
# fetch: a broken link (404/410), a page robots.txt forbids, a page quarantined as spam.
# They are counted in the ledger but do not make a run partial.


def _judge(stats: dict | None, counts: RunCounts, exitcode: int | None) -> tuple[str, str]:
    """ok / partial / failed / interrupted, and a message for anything but ok."""
    if stats is None:
        return "failed", f"the crawl process died (exit code {exitcode})"
    reason = stats.get("finish_reason")
    if reason not in (None, "finished"):
        return "interrupted", f"the crawl stopped early ({reason})"
    opened = int(stats.get("newsarchive/article_pages", 0))
    settled = int(stats.get("newsarchive/article_pages_settled", 0))
    if counts.unaccounted or opened != settled:
        # Something was fetched and never archived, counted or explained: the first
        # promise of the archive is broken, loudly.
        shown = ", ".join(counts.unaccounted[:20])
        more = f" and {len(counts.unaccounted) - 20} more" if len(counts.unaccounted) > 20 else ""
        return "partial", (
            f"{len(counts.unaccounted)} fetched pages or items have no recorded outcome "
            f"({opened} article pages fetched, {settled} accounted for): {shown}{more}"
        )
    stored = (
        counts.articles_new
        + counts.articles_updated
        + counts.articles_unchanged
        + counts.articles_duplicate
    )
    if counts.pages_fetched == 0:
        if stats.get("newsarchive/crawl_error"):
            return "failed", (
                f"the crawl could not run: {stats['newsarchive/crawl_error']} "
                "(a -s setting naming a component that does not exist?)"
            )
        kinds = ", ".join(sorted(counts.error_kinds)) or "no answer"
        return "failed", f"no page could be fetched ({kinds})"
    failures = sum(v for k, v in counts.error_kinds.items() if k not in NOT_FAILURES)
    if stats.get("newsarchive/start_page_failures"):
        # The base URL itself failed (even with a 404, which elsewhere is a broken link).
        failed_pages = stats.get("newsarchive/start_pages_failed") or ["a site's"]
        found = stored or counts.pages_skipped or counts.pages_not_article
        return ("partial" if found else "failed"), (
            f"the start page could not be read: {', '.join(failed_pages)}"
            + ("" if found else f"; no article found ({_start_page_hint(failed_pages)})")
        )
    if failures:
        message = f"{failures} page{'s' if failures != 1 else ''} failed"
        if stats.get("newsarchive/store_error"):
            # A full disk showed as "253 pages failed" alone (helper-43's sweep).
            message += (
                f"; {counts.error_kinds.get('store', 0)} could not be written to the "
                f"archive: {stats['newsarchive/store_error']}"
            )
        return ("partial" if stored or counts.pages_skipped else "failed"), message
    return "ok", ""


_SITE_DOWN = re.compile(r"\((?:http_5\d\d|timeout)\)$")


def _start_page_hint(failed_pages: list[str]) -> str:
    """What a failed start page suggests: a server error or no answer in time is the site
    down (a base URL that crawled fine the night before is no doubt: helper-115), any
    other failure (404, DNS, refused) maybe a wrong base URL."""
    if all(_SITE_DOWN.search(page) for page in failed_pages):
        return "the site is down or overloaded; nothing was marked gone: crawl again later"
    return "is the base URL right?"


def judge_sites(
    archive: Archive, sites: list[str], stats: dict | None, status: str, message: str
) -> tuple[str, str]:
    """The crawl's status and message, told of each site that gave nothing a crawl can
    use, where nothing failed, so the crawl said "ok" with 0 articles night after night:

    - a site crawled under a name it does not use: its home page links to none of its
      own pages but to another host (a counter of the spider,
      ``spiders.links.links_elsewhere``), and nothing of it was found, this night or
      ever (a splash page in front of a known site is not this; nor is a quiet night,
      whose feeds answered "not modified");
    - a site that served none of its pages (``scraper.health.flags.not_serving``: a 200
      "Error establishing a database connection" page for every URL, a maintenance or
      parking page);
    - a site whose every article page asked for answered 404 or 410
      (``scraper.health.flags.articles_missing``);
    - a site whose home page sent its reader to another domain, with nothing of it
      found (``scraper.health.flags.sent_elsewhere``).

    A crawl of only such sites fails; one where other sites were archived is partial."""
    if not stats or status == "interrupted":
        return status, message
    notes = _misnamed_notes(archive, sites, stats)
    for run in site_runs(stats, sites, 0):
        # A site with failures besides its 404s is partial or failed already, and says
        # so by its failures.
        missing = articles_missing(run) and not (run.failures or run.start_page_failed)
        if run.site not in notes and (not_serving(run) or missing or sent_elsewhere(run)):
            notes[run.site] = f"{run.site}: {site_problem(run)}"
    return _with_notes(sites, status, message, notes)


def site_lines(sites: list[str], stats: dict | None, status: str) -> list[str]:
    """In a crawl of several sites, ``SITE: STATUS: why`` for each site whose own status
    (``scraper.health.flags.site_status``) is not ok, so the summary says which site
    failed; a crawl of one site says so in its message."""
    if not stats or len(sites) < 2 or status == "interrupted":
        return []
    lines = []
    for run in site_runs(stats, sites, 0):
        own = site_status(run, status)
        if own != "ok":
            lines.append(f"{run.site}: {own}: {site_problem(run)}")
    return lines


def _with_notes(sites: list[str], status: str, message: str, notes: dict[str, str]):
    if not notes:
        return status, message
    if status == "ok":
        status = "failed" if len(notes) == len(sites) else "partial"
    return status, "; ".join([*([message] if message else []), *notes.values()])


def _misnamed_notes(archive: Archive, sites: list[str], stats: dict) -> dict[str, str]:
    notes = {}
    for site, counters in sorted(per_site(stats).items()):
        elsewhere = {
            name[len(HOME_LINKS_ELSEWHERE) :]: links
            for name, links in counters.items()
            if name.startswith(HOME_LINKS_ELSEWHERE)
        }
        if not elsewhere or site not in sites:
            continue
        found = sum(counters.get(name, 0) for name in OUTCOMES)
        quiet = any(name.startswith("discovery/") and "/not_modified/" in name for name in counters)
        if found or quiet or archive.db["articles"].count_where("site = ?", [site]):
            continue
        host, links = max(elsewhere.items(), key=lambda item: item[1])
        notes[site] = (
            f"no article of {site} found: its home page links to none of its own pages but "
            f"{links} times to {host} (is that the site's address? crawl it instead)"
        )
    return notes
