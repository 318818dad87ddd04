"""Running a distributed crawl: the writer (``crawl --redis``) and its workers.

The writer holds the archive's lock and its ``crawl_runs`` row, as a local crawl does,
and is the archive's only writer:

1. it publishes the crawl (sites, settings) in Redis and starts a *seeding* process
   that reads the discovery sources (API, sitemaps, feeds, home page) with the
   archive at hand and hands every held article and listing request to the shared
   frontier: the same first phase as a local crawl, so hints are the same;
2. workers (``newsarchive worker``, on any host; one on this host too unless
   ``--no-fetch``) take leased requests from the frontier, read pages in their own
   process pools and send every item to a Redis stream;
3. the writer drains the stream with a consumer group, stores items with the same
   batching, dedup, versions and ledger as a local crawl (``BatchStore``), and
   acknowledges a message only once its batch is committed (an alias's once it is
   resolved), so a writer killed at any point loses nothing: unacknowledged messages
   are read again when it restarts;
4. the crawl is over when the seeding is done, the frontier holds no request, no
   lease is out and the stream is drained; the writer says so in Redis (workers
   leave), writes the summary and exits with the usual code.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from scraper.archive import Archive, ArchiveError
from scraper.archive.batch import BatchStore
from scraper.archive.health import record_after_crawl
from scraper.archive.store import now_utc
from scraper.cluster import processes
from scraper.cluster.connection import Keys, RedisUnavailable, connect
from scraper.cluster.roles import CRAWLING, FINISHED, SEEDING
from scraper.crawl import (
    ArchiveLock,
    CrawlLocked,
    CrawlSummary,
    _judge,
    begin_run,
    close_unstarted_run,
    counts_from_stats,
    judge_sites,
    site_lines,
)
from scraper.items import (
    AliasesSeen,
    AliasSeen,
    ExtractedArticle,
    NonArticlePage,
    NotModified,
    Quarantined,
    Takedown,
)
from scraper.ledger import Ledger
from scraper.pool import die_with_parent, start_fork_server
from scraper.settings import PLUMBING, build_settings
from scraper.sites import SiteDefinition
from scraper.stories.index import StorySettings
from scraper.warc import default_warc_dir

logger = logging.getLogger("newsarchive.cluster")

GROUP, CONSUMER = b"writer", b"writer"
# Seconds between two reads of the writer's own unacknowledged messages (rare: a reply
# lost to a Redis restart); in between, new messages are read as they come.
REPLAY_EVERY = 5.0
READ_BATCH = 200


def cluster_settings(role: str, redis_url: str, prefix: str, overrides: dict) -> dict:
    """The crawl settings of a seeding (``seed``) or fetching (``worker``) process."""
    settings = build_settings(
        {
            **overrides,
            "NEWSARCHIVE_REDIS_URL": redis_url,
            "NEWSARCHIVE_CLUSTER_PREFIX": prefix,
            "STATS_CLASS": "scraper.cluster.sink.RedisStats",
            # One item at a time per response: the lease marker comes out last.
            "CONCURRENT_ITEMS": 1,
        }
    )
    settings["ITEM_PIPELINES"] = {
        "pipelines.ledger.OpenTickets": 100,
        "pipelines.extract.ExtractPipeline": 300,
        "pipelines.health.TallySiteHealth": 400,
        "scraper.cluster.sink.RedisSink": 800,
    }
    settings["EXTENSIONS"] = {
        **PLUMBING["EXTENSIONS"],
        "scraper.cluster.roles.StopWhenRedisIsGone": 530,
    }
    middlewares = {
        **PLUMBING["DOWNLOADER_MIDDLEWARES"],
        "scraper.cluster.sink.CountResponses": 960,
    }
    if role == "seed":
        settings["EXTENSIONS"]["scraper.cluster.roles.SeedHandoff"] = 540
    else:
        settings["EXTENSIONS"]["scraper.cluster.roles.StayForTheCrawl"] = 540
        settings["SCHEDULER"] = "scraper.cluster.frontier.ClusterScheduler"
        settings["SPIDER_MIDDLEWARES"] = {"scraper.cluster.sink.LeaseAtEnd": 1}
        middlewares["scraper.cluster.sink.ReleaseFailedDownloads"] = 1
        # A worker never sees the archive: known articles are not skipped.
        settings["NEWSARCHIVE_DB"] = None
    settings["DOWNLOADER_MIDDLEWARES"] = middlewares
    handler = "scraper.cluster.politeness.ClusterRateLimitedHTTP"
    settings["DOWNLOAD_HANDLERS"] = {"http": handler, "https": handler}
    return settings


def _run_spider(settings: dict, sites: list[SiteDefinition], revisits: dict, role: str) -> dict:
    workers = settings.get("NEWSARCHIVE_WORKERS")
    if workers is None or int(workers) > 0:
        start_fork_server()  # its imports beside Scrapy's (``scraper.crawl``)
    from scrapy.crawler import CrawlerProcess

    from spiders.news import NewsSpider

    process = CrawlerProcess(settings)
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL", "CRITICAL"))
    crawler = process.create_crawler(NewsSpider)
    failed: list[Any] = []

    def could_not_start(failure) -> None:
        # Redis gone before the spider even opened (or another error of its set-up):
        # one line, no traceback, no reactor left running (the writer would wait for
        # this process).
        failed.append(failure)
        logging.getLogger("newsarchive.cluster").error(
            "%s could not start: %s", role, failure.getErrorMessage()
        )

    process.crawl(crawler, sites=sites, revisits=revisits, role=role).addErrback(could_not_start)
    process.start()
    stats = {k: v for k, v in crawler.stats.get_stats().items() if k.startswith("newsarchive/")}
    if failed:
        stats["newsarchive/could_not_start"] = failed[0].getErrorMessage()
        if failed[0].check(RedisUnavailable):
            stats["newsarchive/redis_unavailable"] = 1
    return stats


# How a seeding process ends when it did not hand every discovered page to Redis.
SEED_REDIS_GONE, SEED_UNFINISHED = 3, 4


def seed_in_this_process(sites, revisits, settings) -> None:
    """Entry point of the writer's seeding process. It exits 0 only once every page
    discovery held is in the shared frontier (``SeedHandoff``): the writer then takes
    the crawl for seeded, and a crawl started again never seeds it again."""
    sys.modules.setdefault("pandas", None)
    die_with_parent()
    stats = _run_spider(settings, sites, revisits, "seed")
    if stats.get("newsarchive/redis_unavailable"):
        sys.exit(SEED_REDIS_GONE)
    if not stats.get("newsarchive/handoff_done"):
        sys.exit(SEED_UNFINISHED)


def seeding_failed(exitcode: int | None) -> tuple[str, str]:
    """The crawl's status and message when its seeding process ended with ``exitcode``
    before handing everything over; the crawl stays in its seeding phase, so the same
    command started again seeds again (what was handed over is not queued twice)."""
    why = (
        "Redis did not answer the seeding process"
        if exitcode == SEED_REDIS_GONE
        else f"the seeding process ended before it handed every page it found to Redis "
        f"(exit {exitcode})"
    )
    return "interrupted", (
        f"{why}; committed articles are kept, and the same command started again seeds "
        "the crawl again"
    )


def log_cluster_events() -> None:
    """Show this package's warnings (Redis away and back) on stderr, whatever level the
    crawl's own log is at: an operator must see that a process is waiting."""
    log = logging.getLogger("newsarchive.cluster")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.WARNING)
        log.propagate = False


def run_worker(
    redis_url: str,
    prefix: str = "newsarchive",
    workers: int | None = None,
    wait_seconds: float = 3600.0,
    give_up_after: float = 300.0,
    settings: dict | None = None,
    announce: bool = False,
) -> int:
    """``newsarchive worker``: wait for a crawl, fetch and read its pages until it ends.

    ``settings`` override the crawl's own for this worker (its WARC folder). ``announce``
    says on stderr which run it joined (for a terminal: from cron, a worker that works
    prints nothing, as a local ``crawl --quiet`` does; what goes wrong is still said).

    Returns the process exit status: 0 when the crawl finished, 1 when no crawl came
    within ``wait_seconds`` or Redis stayed away longer than ``give_up_after``.
    """
    # redis-py 8 logs a warning on every connection to a Redis older than 8.
    logging.getLogger("redis.connection").setLevel(logging.ERROR)
    log_cluster_events()
    server = connect(redis_url, give_up_after)
    keys = Keys(prefix)
    deadline = time.monotonic() + wait_seconds
    while True:
        state = {k.decode(): v for k, v in server.hgetall(keys.state).items()}
        # A crawl whose writer is running (its claim renewed): an interrupted crawl's
        # state stays in Redis, and joining it would fetch for no one, with its settings.
        # The claim names the writer's archive: a writer just started holds it before it
        # has replaced the state an interrupted crawl of another archive left.
        claim = server.get(keys.writer)
        live = claim is not None and claim == state.get("archive")
        if live and state.get("phase") in (SEEDING.encode(), CRAWLING.encode()):
            break
        if time.monotonic() > deadline:
            logger.error("no crawl to work for in %s (waited %.0f s)", redis_url, wait_seconds)
            return 1
        time.sleep(1.0)
    sites = pickle.loads(state["sites"])
    overrides = json.loads(state["settings"])
    if workers is not None:
        overrides["NEWSARCHIVE_WORKERS"] = workers
    overrides["NEWSARCHIVE_REDIS_GIVE_UP_AFTER"] = give_up_after
    overrides["NEWSARCHIVE_CLUSTER_ARCHIVE"] = state["archive"].decode()
    overrides.update(settings or {})
    settings = cluster_settings("worker", redis_url, prefix, overrides)
    if announce:
        logger.warning("worker %s:%s working for run %s", socket.gethostname(), os.getpid(),
                       state.get("run", b"?").decode())  # fmt: skip
    stats = _run_spider(settings, sites, {}, "worker")
    if stats.get("newsarchive/redis_unavailable") or stats.get("newsarchive/could_not_start"):
        return 1
    return 0


def worker_in_this_process(redis_url: str, prefix: str, workers: int | None) -> None:
    """Entry point of the local worker a writer starts (unless ``--no-fetch``)."""
    sys.modules.setdefault("pandas", None)
    die_with_parent()
    sys.exit(run_worker(redis_url, prefix, workers))


class StreamWriter:
    """The writer's half: drain the item stream into the archive, acknowledging safely."""

    def __init__(
        self, server, keys: Keys, store: BatchStore, ledger: Ledger, run_id: int, archive: str
    ):
        self.server, self.keys, self.store, self.ledger = server, keys, store, ledger
        self.run_id = run_id
        self.archive = archive.encode()  # what this crawl's processes tag their items with
        # Messages whose aliases wait for their target: id -> aliases still waiting.
        self.waiting: dict[bytes, int] = {}
        store.alias_done = self.alias_done
        try:
            server.xgroup_create(keys.items, GROUP, id="0", mkstream=True)
        except Exception as exc:  # noqa: BLE001 - BUSYGROUP: it exists (a restart)
            if "BUSYGROUP" not in str(exc):
                raise
        # Around storing what was read: the writer's stop request (``StopRequest``).
        self.hold: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext
        # First read what a previous writer left unacknowledged, from this id on.
        self.replay: bytes | None = b"0"
        self.last_replay = time.monotonic()

    def alias_done(self, alias: AliasSeen) -> None:
        message = getattr(alias, "message", None)
        if message is None or message not in self.waiting:
            return
        self.waiting[message] -= 1
        if self.waiting[message] <= 0:
            del self.waiting[message]
            self._ack([message])

    def _ack(self, ids: list[bytes]) -> None:
        if not ids:
            return
        try:
            # One transaction: an entry acknowledged but left in the stream (a writer
            # killed between the two) would be counted as work for ever.
            pipe = self.server.pipeline(transaction=True)
            pipe.xack(self.keys.items, GROUP, *ids)
            pipe.xdel(self.keys.items, *ids)
            pipe.execute()
        except RedisUnavailable:
            # Committed but not acknowledged: read again by the next writer, which
            # finds it in stream_receipts and skips it. Nothing is lost or doubled.
            logger.error("could not acknowledge %d committed messages", len(ids))

    def drain_once(self, block_ms: int = 1000) -> int:
        """Read, store and commit one batch of messages; how many were read."""
        start = self.replay if self.replay is not None else ">"
        answer = self.server.xreadgroup(
            GROUP, CONSUMER, {self.keys.items: start}, count=READ_BATCH, block=block_ms
        )
        messages = answer[0][1] if answer else []
        with self.hold():  # what was read is stored and settled, or left unread
            return self._store(messages)

    def _store(self, messages: list) -> int:
        if self.replay is not None:
            if not messages:
                self.replay = None  # the backlog is read: new messages from now on
                return 0
            self.replay = messages[-1][0]
        done: list[bytes] = []
        receipts: list[bytes] = []
        stored = self._already_stored([m for m, _ in messages])
        for message, fields in messages:
            if message in self.waiting:
                continue  # read again by a replay; its aliases still wait
            if message in stored:
                done.append(message)  # committed by a writer that died before acking
                continue
            if (fields.get(b"archive") or self.archive) != self.archive:
                # Sent by a worker still working for the crawl this one replaced (of
                # another archive): not this archive's to store.
                logger.warning("dropped an item of the crawl of %s", fields[b"archive"].decode())
                done.append(message)
                continue
            item = pickle.loads(fields[b"item"])
            self._open_ticket(item)
            aliases = list(item.aliases) if isinstance(item, AliasesSeen) else []
            if isinstance(item, AliasSeen):
                aliases = [item]
            if aliases:
                self.waiting[message] = len(aliases)
                for alias in aliases:
                    alias.message = message
            else:
                done.append(message)
                receipts.append(message)
            self.store.add(item)
        self.store.flush(also=lambda db: self._receipt(db, receipts))
        self._ack(done)
        return len(messages)

    def _already_stored(self, ids: list[bytes]) -> set[bytes]:
        if not ids or self.replay is None:
            return set()  # only a replayed backlog can hold committed messages
        marks = ",".join("?" * len(ids))
        rows = self.store.archive.db.execute(
            f"select message_id from stream_receipts where message_id in ({marks})",
            [i.decode() for i in ids],
        ).fetchall()
        return {r[0].encode() for r in rows}

    def _receipt(self, db, ids: list[bytes]) -> None:
        db.conn.executemany(
            "insert or ignore into stream_receipts (message_id, run_id) values (?, ?)",
            [(i.decode(), self.run_id) for i in ids],
        )

    def _open_ticket(self, item: Any) -> None:
        pages = ExtractedArticle | NonArticlePage | Takedown | NotModified | Quarantined
        page = isinstance(item, pages) or (isinstance(item, AliasSeen) and item.page)
        url = getattr(item, "url", "")
        if not page:
            item.ticket = self.ledger.open_item(url)
            return
        # Per site too (scraper.health): the writer's ledger settles every page's outcome.
        site = item.record.site if isinstance(item, ExtractedArticle) else item.site
        item.ticket = self.ledger.open_page(url, site)

    def replay_own_pending(self) -> None:
        """Read this writer's unacknowledged messages again: a reply lost when Redis went
        away (the delivery was recorded, the answer never came) or an acknowledgement
        that failed leaves messages that ``>`` never returns again."""
        now = time.monotonic()
        if self.replay is None and now - self.last_replay >= REPLAY_EVERY:
            self.replay, self.last_replay = b"0", now

    def stream_empty(self) -> bool:
        """No message left but those whose aliases wait (they are acknowledged at the end):
        none delivered and unacknowledged, none not yet delivered. (Not the stream's
        length: entries acknowledged by a writer killed before deleting them stay.)"""
        pending = self.server.xpending(self.keys.items, GROUP)["pending"]
        if pending > len(self.waiting):
            return False
        group = next(g for g in self.server.xinfo_groups(self.keys.items) if g["name"] == GROUP)
        last = self.server.xinfo_stream(self.keys.items)["last-generated-id"]
        return _stream_id(group["last-delivered-id"]) >= _stream_id(last)


def _stream_id(value: bytes | str) -> tuple[int, int]:
    text = value.decode() if isinstance(value, bytes) else value
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


def frontier_empty(server, keys: Keys) -> bool:
    return server.zcard(keys.queue) == 0 and server.zcard(keys.deadlines) == 0


# A running writer renews its claim on the Redis prefix at least this often; a claim
# not renewed for WRITER_CLAIM_SECONDS (its writer was killed) lapses.
WRITER_RENEW_SECONDS = 5.0
WRITER_CLAIM_SECONDS = 30


class RedisInUse(CrawlLocked):
    """Another writer, of another archive, is running on this Redis prefix."""


class WriterClaim:
    """This writer's claim on the prefix: one crawl per prefix, so a second writer of
    another archive must not take it. It used to delete the running crawl's queue and
    stream, crash that writer, and store the running crawl's pages in its own archive.

    Taken at once, before the archive is touched (a writer that is refused, or finds
    no Redis, records no run); renewed by the writer's loop; a claim of the same
    archive (a writer restarted after kill -9) is taken over."""

    def __init__(self, server, keys: Keys, archive: str):
        self.server, self.keys, self.archive = server, keys, archive
        self.renewed = 0.0
        self._take()

    def _take(self) -> None:
        ms = WRITER_CLAIM_SECONDS * 1000
        if self.server.set(self.keys.writer, self.archive, nx=True, px=ms):
            self.renewed = time.monotonic()
            return
        holder = self.server.get(self.keys.writer)
        if holder is not None and holder.decode() != self.archive:
            raise RedisInUse(
                f"this Redis is in use by a running crawl of {holder.decode()}; wait for it "
                "to finish, or give this crawl a Redis database of its own (redis://HOST:PORT/N)"
            )
        self.server.set(self.keys.writer, self.archive, px=ms)
        self.renewed = time.monotonic()

    def renew(self) -> None:
        if time.monotonic() - self.renewed >= WRITER_RENEW_SECONDS:
            self._take()

    def release(self) -> None:
        holder = self.server.get(self.keys.writer)
        if holder is not None and holder.decode() == self.archive:
            self.server.delete(self.keys.writer)


def run_distributed_crawl(
    sites: list[SiteDefinition],
    db_path: str | Path,
    redis_url: str,
    overrides: dict | None = None,
    fetch: bool = True,
    prefix: str = "newsarchive",
    workers: int | None = None,
    progress: bool = False,
) -> CrawlSummary:
    """``crawl --redis``: the writer of a distributed crawl (see the module)."""
    db_path = str(db_path)
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with ArchiveLock(db_path, "crawl"):
        return _run_writer(sites, db_path, redis_url, overrides or {}, fetch, prefix, workers)


def _run_writer(sites, db_path, redis_url, overrides, fetch, prefix, workers) -> CrawlSummary:
    started = time.monotonic()
    log_cluster_events()
    logging.getLogger("redis.connection").setLevel(logging.ERROR)
    give_up = float(overrides.get("NEWSARCHIVE_REDIS_GIVE_UP_AFTER", 300.0))
    server = connect(redis_url, give_up)
    keys = Keys(prefix)
    archive_path = str(Path(db_path).resolve())
    # Before the archive is touched: Redis down or taken records no run.
    claim = WriterClaim(server, keys, archive_path)
    children: list[Any] = []
    run_id: int | None = None
    try:
        with Archive.open(db_path, create=True) as archive:
            # Workers keep the raw pages on their hosts, by default in this same folder.
            run_id = begin_run(archive, sites, db_path, overrides)
            revisits = {site.name: archive.due_revisits(site.name, now_utc()) for site in sites}
        state = {
            k.decode(): v.decode() for k, v in server.hgetall(keys.state).items() if k != b"sites"
        }
        resuming = (
            state.get("phase") in (SEEDING, CRAWLING) and state.get("archive") == archive_path
        )
        if not resuming:
            for key in (
                keys.queue,
                keys.leases,
                keys.lease_meta,
                keys.deadlines,
                keys.seen,
                keys.items,
                keys.stats,
                keys.recorded,
                keys.workers,
                keys.unaccounted,
                keys.attempts,
            ):
                server.delete(key)  # fmt: skip
        shared = {
            k: v for k, v in overrides.items() if isinstance(v, str | int | float | bool | list)
        }
        # Workers have no archive: they keep raw pages where the writer would (same path on
        # their host) unless told otherwise (worker --warc-dir / --no-warc).
        warc_dir = overrides.get("NEWSARCHIVE_WARC_DIR") or default_warc_dir(db_path)
        shared["NEWSARCHIVE_WARC_DIR"] = warc_folder = str(Path(warc_dir).resolve())
        server.hset(
            keys.state,
            mapping={
                "phase": state.get("phase", SEEDING) if resuming else SEEDING,
                "run": str(run_id),
                "archive": archive_path,
                "sites": pickle.dumps(sites),
                "settings": json.dumps(shared),
            },
        )
        context = multiprocessing.get_context("spawn")
        seeding = None
        if not resuming or state.get("phase") == SEEDING:
            seed_settings = cluster_settings(
                "seed",
                redis_url,
                prefix,
                {
                    **overrides,
                    "NEWSARCHIVE_DB": db_path,
                    "NEWSARCHIVE_CLUSTER_ARCHIVE": archive_path,
                },
            )
            seeding = context.Process(target=processes.seed, args=(sites, revisits, seed_settings))
            seeding.start()
            children.append(seeding)
        if fetch:
            local = context.Process(target=processes.work, args=(redis_url, prefix, workers))
            local.start()
            children.append(local)
        local_counts: dict[str, int] = {}

        def count(key: str) -> None:
            local_counts[key] = local_counts.get(key, 0) + 1

        ledger = Ledger(count)
        store = BatchStore(
            ledger,
            count,
            db_path,
            batch_size=10**9,  # the writer commits after each read
            stories=StorySettings(
                threshold=float(overrides.get("NEWSARCHIVE_STORY_THRESHOLD", 0.4)),
                window_days=int(overrides.get("NEWSARCHIVE_STORY_WINDOW_DAYS", 30)),
            ),
            run_id=run_id,
        )
        store.open()
        writer = StreamWriter(server, keys, store, ledger, run_id, archive_path)
    except BaseException as exc:
        # Failed before its loop (an archive that cannot be opened, say): the claim is
        # given back at once, or another archive's writer on this Redis would be
        # refused until it lapsed (30 s). Its run row, if made, is finished, not left
        # 'running' until the next crawl (nothing is in the archive yet).
        for child in children:
            child.kill()
        with contextlib.suppress(RedisUnavailable):
            claim.release()
        if run_id is not None:
            close_unstarted_run(db_path, run_id, exc)
        raise
    status_message = None
    stop = StopRequest()
    with stop:
        writer.hold = stop.hold
        try:
            quiet_rounds = 0
            stall = float(overrides.get("NEWSARCHIVE_STALL_WARNING_SECONDS", 60.0))
            last_read = said_stalled = time.monotonic()
            while True:
                claim.renew()
                read = writer.drain_once()
                now = time.monotonic()
                if read:
                    last_read = now
                if seeding is not None and not seeding.is_alive():
                    if seeding.exitcode != 0:
                        # Pages it discovered may be missing from the frontier: not seeded.
                        status_message = seeding_failed(seeding.exitcode)
                        break
                    seeding = None
                    server.hset(keys.state, "phase", CRAWLING)
                if read or seeding is not None or not writer.stream_empty():
                    if not read and not writer.stream_empty():
                        writer.replay_own_pending()
                    quiet_rounds = 0
                    continue
                if frontier_empty(server, keys):
                    quiet_rounds += 1
                    if quiet_rounds >= 2:
                        break
                else:
                    quiet_rounds = 0
                    if now - last_read >= stall and now - said_stalled >= stall:
                        # Work waits and nothing comes back: no worker was started (a
                        # --no-fetch writer), or every worker died. Said, not waited out
                        # in silence; said again each such period.
                        said_stalled = now
                        logger.warning(
                            "no worker has sent a record for %.0f s while requests wait in "
                            "the queue: is a worker running? (newsarchive worker --redis "
                            "URL)", now - last_read,
                        )  # fmt: skip
        except KeyboardInterrupt:
            status_message = ("interrupted", "stopped by a signal; committed articles are kept and "
                              "the crawl resumes from Redis when started again")  # fmt: skip
        except RedisUnavailable as exc:
            status_message = ("interrupted", f"{exc}; committed articles are kept")
        except RedisInUse as exc:
            status_message = ("interrupted", f"{exc}; committed articles are kept")
        # From here the run ends and is recorded whatever comes: a stop asked now
        # changes nothing (it left the run 'running', with no counts); a second one
        # stops at once.
        stop.holding = True
        if status_message is None:
            server.hset(keys.state, "phase", FINISHED)
        store.close()  # unresolved aliases are settled (and acknowledged) here
        if status_message is None:
            with Archive.open(db_path) as archive, archive.db.atomic():
                archive.db.execute("delete from stream_receipts")
        for child in children:
            if status_message is not None:
                child.terminate()
            # Stopped early, a child has nothing to finish that Redis does not keep (its
            # leases expire, seeding is idempotent): a few seconds to close, then killed.
            child.join(60 if status_message is None else 5)
            if child.is_alive():
                child.kill()
                child.join()
        with contextlib.suppress(RedisUnavailable):
            claim.release()  # the next crawl on this Redis may start at once
        stats = {f"newsarchive/{k}": v for k, v in local_counts.items()}
        try:
            shared, worker_rows = _counters_of_this_run(server, keys)
        except RedisUnavailable:
            shared, worker_rows = {}, []
        for name, value in shared.items():
            stats[name] = stats.get(name, 0) + value
        stats["newsarchive/article_pages"] = ledger.pages_opened
        stats["newsarchive/article_pages_settled"] = ledger.pages_settled
        stats["newsarchive/unaccounted"] = ledger.unaccounted()
        stats["finish_reason"] = "finished" if status_message is None else "shutdown"
        if store.store_error:
            # Why records were kept out of the archive, for the run's message (as a
            # local crawl's store pipeline says it).
            stats["newsarchive/store_error"] = store.store_error
        counts = counts_from_stats(stats)
        if status_message is None:
            status, message = _judge(stats, counts, 0)
        else:
            status, message = status_message
        with Archive.open(db_path) as archive:
            try:
                status, message = judge_sites(
                    archive, [s.name for s in sites], stats, status, message
                )
                archive.finish_run(run_id, counts, status, message, workers=worker_rows)
                record_after_crawl(archive, run_id, [s.name for s in sites], stats)
                total = archive.db["articles"].count_where(
                    "site in ({})".format(",".join("?" * len(sites))), [s.name for s in sites]
                )
                archive_total = archive.db["articles"].count
                back = archive.articles_back(run_id, [s.name for s in sites])
            except sqlite3.Error as exc:
                raise ArchiveError(f"could not record the crawl in {db_path}: {exc}") from None
        return CrawlSummary(
            run_id=run_id,
            sites=[s.name for s in sites],
            db_path=db_path,
            counts=counts,
            status=status,
            seconds=time.monotonic() - started,
            message=message,
            articles_total=total,
            archive_total=archive_total,
            articles_back=back,
            site_lines=site_lines([s.name for s in sites], stats, status),
            warc_records=int(stats.get("newsarchive/warc_records", 0)),
            warc_bytes=int(stats.get("newsarchive/warc_bytes", 0)),
            # Each process keeps the raw pages it fetched on its own host.
            warc_dir=f"{warc_folder} on the hosts that fetched them",
        )


def _counters_of_this_run(server, keys: Keys) -> tuple[dict[str, int], list[dict]]:
    """The crawl's shared counters (``newsarchive/…``) and its workers, as this run
    records them: less what an earlier run of the same crawl (stopped, then resumed)
    recorded already, so that each page fetched is counted by one run. The run then
    notes what it recorded, for the run that resumes it. A writer killed before it
    recorded anything leaves its counts to the next run."""
    recorded = {k.decode(): int(v) for k, v in server.hgetall(keys.recorded).items()}
    totals = {k.decode(): int(v) for k, v in server.hgetall(keys.stats).items()}
    found: dict[str, dict] = {}
    for key, value in server.hgetall(keys.workers).items():
        name = key.decode()
        if "/" in name:
            totals[f"worker:{name}"] = int(value)
            wid, _ = name.split("/", 1)
            found.setdefault(wid, {"id": wid})
        else:
            found.setdefault(name, {"id": name}).update(json.loads(value))
    if totals:
        server.hset(keys.recorded, mapping=totals)
    own = {name: value - recorded.get(name, 0) for name, value in totals.items()}
    stats = {name: value for name, value in own.items() if not name.startswith("worker:")}
    workers = []
    for w in sorted(found.values(), key=lambda w: w["id"]):
        pages = own.get(f"worker:{w['id']}/pages_fetched", 0)
        if pages or not recorded:  # a worker that fetched nothing since the last run's end
            workers.append(
                {
                    "id": w["id"],
                    "host": w.get("host", ""),
                    "pages_fetched": pages,
                    "article_pages_fetched": own.get(f"worker:{w['id']}/article_pages_fetched", 0),
                }
            )
    return stats, workers


class StopRequest:
    """Ctrl-C or SIGTERM stops the writer at once, except while it stores a batch it
    has read: then it stops right after that batch; a second signal stops it at once.

    Raised wherever it landed, a signal could cut a batch between its commit and the
    settling of its outcomes: those pages were stored and counted as fetched, but never
    as stored, by any run (the next writer finds them committed and skips them).
    Installed only in the main thread, where Python delivers signals.
    """

    def __init__(self) -> None:
        self.asked = False
        self.holding = False
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> StopRequest:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self.previous[signum] = signal.signal(signum, self._ask)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """A stop asked in here waits for the end of the block."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.asked:
            raise KeyboardInterrupt

    def _ask(self, signum: int, frame: Any) -> None:
        if self.holding and not self.asked:
            self.asked = True
            return
        self.asked = True
        raise KeyboardInterrupt
