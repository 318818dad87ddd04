"""Downloader middlewares: what a nightly, unattended crawl needs around each request.

- ``SkipKnownArticles``: a known article is not fetched again unless discovery says it
  changed (sitemap ``lastmod``, API ``modified_gmt``), or it is due for a revisit.
- ``ConditionalRequests``: sitemaps, feeds and the API are asked with the ``ETag`` and
  ``Last-Modified`` they gave last time, so an unchanged one answers ``304``.
- ``RetryBackoff``: retried requests (5xx, timeouts) wait longer each time.
- ``KeepRawPages``: every response kept as WARC, the article row pointing at it.

Each reads its settings in ``from_crawler`` and keeps no global state.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from scraper.archive.known import KnownArticles
from scraper.warc import Exchange, WarcFiles, default_warc_dir, exchange_records
from spiders.health import count_fetch_error

logger = logging.getLogger(__name__)

KNOWN_UNCHANGED = "known article, unchanged"


def change_marker(hints: dict | None) -> str | None:
    """What discovery says about a page's last change (API modified time, else lastmod)."""
    hints = hints or {}
    return hints.get("modified") or hints.get("lastmod")


def same_change(marker: str, stored: str | None) -> bool:
    """Whether discovery's ``marker`` names the change ``stored`` (the marker kept when
    the page was last fetched): the same text, or the same moment written another way.

    The WordPress API's modified time was kept as ``modified_gmt`` ("2024-01-21T04:25:00",
    UTC) and is now ``modified`` with the site's offset ("2024-01-21T12:25:00+08:00");
    compared as text, every known post of every WordPress site in an archive looked
    changed on the first night after that, and was fetched again (and any page whose
    extraction had improved meanwhile was recorded as edited). A marker without an
    offset is UTC, as ``modified_gmt`` is; two that are no times must be the same text.
    """
    if stored is None:
        return False
    if marker == stored:
        return True
    moments = []
    for value in (marker, stored):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return False
        moments.append(moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))
    return moments[0] == moments[1]


class SkipKnownArticles:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.full = crawler.settings.getbool("NEWSARCHIVE_FULL")
        self.known = KnownArticles(crawler.settings.get("NEWSARCHIVE_DB"))
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SkipKnownArticles:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.full or not request.meta.get("article") or request.meta.get("revisit"):
            return None
        # Skipped requests reach the spider's errback, which settles them in the ledger
        # as "known skipped".
        found = self.known.lookup(request.url)
        if found is None:
            if self.known.is_non_article(request.url):
                raise IgnoreRequest(KNOWN_UNCHANGED)
            return None
        marker = change_marker(request.meta.get("hints"))
        if marker and not same_change(marker, found[1]):
            return None  # discovery says it changed since we stored it
        raise IgnoreRequest(KNOWN_UNCHANGED)

    def closed(self, spider: Any) -> None:
        self.known.close()


SITE_UNREACHABLE = "site unreachable"


class DropUnreachableSites:
    """Stop asking a site that has not answered once and refused the connection or
    failed its DNS lookup: its other queued requests would only wait for the same
    timeouts. The one failure that proves it is already counted."""

    def __init__(self, stats: Any, crawler: Any = None) -> None:
        self.stats = stats
        self.crawler = crawler
        self.answered: set[str] = set()
        self.unreachable: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> DropUnreachableSites:
        return cls(crawler.stats, crawler)

    def process_request(self, request: Request) -> None:
        if urlsplit(request.url).netloc in self.unreachable:
            raise IgnoreRequest(SITE_UNREACHABLE)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        self.answered.add(urlsplit(request.url).netloc)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        site = urlsplit(request.url).netloc
        name = type(exception).__name__
        dns = name in {"CannotResolveHostError", "DNSLookupError"}
        fresh = site and site not in self.answered and site not in self.unreachable
        if fresh and (dns or "ConnectionRefused" in name):
            # Counted here, once: the requests dropped after it are not errors.
            self.unreachable.add(site)
            kind = "dns" if dns else "connection"
            self.stats.inc_value(f"newsarchive/errors/{kind}")
            count_fetch_error(self.stats, request, kind, getattr(self.crawler, "spider", None))
            self.stats.set_value("newsarchive/unreachable_hosts", sorted(self.unreachable))
        return None


class ConditionalRequests:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        known = KnownArticles(crawler.settings.get("NEWSARCHIVE_DB"))
        self.stored = {} if crawler.settings.getbool("NEWSARCHIVE_FULL") else known.validators()
        known.close()
        self.seen: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequests:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("conditional"):
            return None
        etag, modified = self.stored.get(request.url, (None, None))
        if etag:
            request.headers.setdefault(b"If-None-Match", etag.encode("latin-1"))
        if modified:
            request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1"))
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("conditional"):
            if response.status == 200:
                etag = response.headers.get(b"ETag")
                modified = response.headers.get(b"Last-Modified")
                if etag or modified:
                    self.seen[request.url] = (
                        etag.decode("latin-1") if etag else None,
                        modified.decode("latin-1") if modified else None,
                    )
                    # The parent process stores them once the run has succeeded.
                    self.crawler.stats.set_value("newsarchive/validators", dict(self.seen))
            elif response.status == 304:
                self.crawler.stats.inc_value("newsarchive/not_modified")
        return response


class RetryBackoff:
    """Wait before a retried request: ``RETRY_BACKOFF_BASE`` × 2^(retry − 1), capped."""

    def __init__(self, base: float, cap: float):
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryBackoff:
        settings = crawler.settings
        return cls(
            settings.getfloat("RETRY_BACKOFF_BASE", 0.5), settings.getfloat("RETRY_BACKOFF_MAX", 30)
        )

    async def process_request(self, request: Request) -> None:
        retries = request.meta.get("retry_times", 0)
        if retries and self.base > 0:
            await asyncio.sleep(min(self.cap, self.base * 2 ** (retries - 1)))
        return None


class KeepRawPages:
    """Every response, kept as WARC (``scraper.warc``) before the spider sees it.

    The record's place (file, offset, length) goes into ``request.meta["warc"]`` and
    the fetch time into ``meta["fetched_at"]``, so the article row can point at the
    page it was read from and ``reextract`` reads it again at that same time. The
    records (digests, compression: ~3 ms a response) are built in the crawl's
    extraction workers when it has any, otherwise on a background thread; they are
    written in the crawl's thread, in order, and the response reaches the spider once
    its records are written.
    """

    def __init__(self, crawler: Any, files: WarcFiles):
        self.crawler = crawler
        self.files = files
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warc")
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> KeepRawPages:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_WARC"):
            raise NotConfigured("raw pages are not kept (--no-warc)")
        directory = settings.get("NEWSARCHIVE_WARC_DIR")
        if not directory and not settings.get("NEWSARCHIVE_DB"):
            raise NotConfigured("raw pages are not kept: no WARC folder and no archive")
        directory = directory or default_warc_dir(settings.get("NEWSARCHIVE_DB"))
        files = WarcFiles(
            directory,
            max_bytes=settings.getint("NEWSARCHIVE_WARC_MAX_BYTES"),
            level=settings.getint("NEWSARCHIVE_WARC_GZIP_LEVEL"),
            info={"operator": settings.get("USER_AGENT") or ""},
        )
        return cls(crawler, files)

    def opened(self, spider: Any = None) -> None:
        closed = self.files.open()
        if closed:
            self.crawler.stats.set_value("newsarchive/warc_repaired", len(closed))

    def closed(self, spider: Any = None) -> None:
        self.files.close()  # in the crawl's thread, as every append
        self.thread.shutdown()
        stats = self.crawler.stats
        stats.set_value("newsarchive/warc_dir", str(self.files.directory))

    async def process_response(self, request: Request, response: Response) -> Response:
        fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        exchange = Exchange(
            url=response.url,
            status=response.status,
            response_headers=_text_headers(response.headers),
            body=response.body,
            request_headers=_text_headers(request.headers),
            method=request.method,
            fetched_at=fetched_at,
            ip_address=str(response.ip_address) if response.ip_address else None,
            context={
                "site": request.meta.get("site"),
                "hints": request.meta.get("hints") or {},
                "fetched_at": fetched_at,
            },
        )
        records = await self._records(exchange)
        # One write() of a few KB, in the crawl's own thread (and a new file's fsync,
        # once a gigabyte at the default NEWSARCHIVE_WARC_MAX_BYTES): handing each to a
        # thread (a future, a wake-up, the event loop woken back) cost the crawl
        # process more than the write.
        pointer = self.files.append_records(records)
        # Counted as they are written: a distributed crawl adds its processes' counts up
        # in Redis (``RedisStats``), and its writer may finish before a worker closes.
        stats = self.crawler.stats
        stats.inc_value("newsarchive/warc_records")
        stats.inc_value("newsarchive/warc_bytes", len(records))
        request.meta["fetched_at"] = fetched_at
        request.meta["warc"] = (pointer.file, pointer.offset, pointer.length)
        return response

    async def _records(self, exchange: Exchange) -> bytes:
        """The exchange's WARC records, built off the crawl process's busy thread.

        In the workers, before the article pages waiting to be read: the response holds
        one of the downloader's slots until its records are written, and records queued
        behind readings (each ten times longer) held them all, so that no page was
        fetched and each worker waited for its next task a quarter of a crawl."""
        level = self.files.level
        pool = getattr(getattr(self.crawler.spider, "reader", None), "pool", None)
        if pool is not None:
            try:
                task = pool.submit(exchange_records, exchange, level, priority=0)
                return await asyncio.wrap_future(task)
            except Exception:  # noqa: BLE001 - a worker lost on this page: built here instead
                logger.warning("WARC records of %s built in the crawl process", exchange.url)
        return await asyncio.wrap_future(self.thread.submit(exchange_records, exchange, level))


def _text_headers(headers: Any) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]
