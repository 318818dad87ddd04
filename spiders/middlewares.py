"""Downloader middlewares: what a nightly, unattended crawl needs around each request.

- ``SkipKnownArticles``: a known article is not fetched again unless discovery says it
  changed (sitemap ``lastmod``, API ``modified_gmt``), or it is due for a revisit.
- ``ConditionalRequests``: sitemaps, feeds and the API are asked with the ``ETag`` and
  ``Last-Modified`` they gave last time, so an unchanged one answers ``304``.
- ``RetryBackoff``: retried requests (5xx, timeouts) wait longer each time.
- ``FixMislabelledCharset``: windows-1252 pages labelled UTF-8, and the other way round.

Each reads its settings in ``from_crawler`` and keeps no global state.
"""

from __future__ import annotations

import asyncio
import codecs
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response

from scraper.archive.known import KnownArticles

KNOWN_UNCHANGED = "known article, unchanged"


def change_marker(hints: dict | None) -> str | None:
    """What discovery says about a page's last change (API modified time, else lastmod)."""
    hints = hints or {}
    return hints.get("modified") or hints.get("lastmod")


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
        if marker and marker != found[1]:
            return None  # discovery says it changed since we stored it
        raise IgnoreRequest(KNOWN_UNCHANGED)

    def closed(self, spider: Any) -> None:
        self.known.close()


SITE_UNREACHABLE = "site unreachable"


class DropUnreachableSites:
    """Stop asking a site that has not answered once and refused the connection or
    failed its DNS lookup: its other queued requests would only wait for the same
    timeouts. The one failure that proves it is already counted."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats
        self.answered: set[str] = set()
        self.unreachable: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> DropUnreachableSites:
        return cls(crawler.stats)

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
            self.stats.inc_value(f"newsarchive/errors/{'dns' if dns else 'connection'}")
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


_SINGLE_BYTE = {"cp1252", "windows-1252", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii"}


def better_encoding(body: bytes, declared: str) -> str | None:
    """The right encoding when the declared one is a common mislabel, else None.

    Indonesian sites often label windows-1252 as UTF-8 and the other way round. Bytes
    that decode as UTF-8 and use multi-byte sequences are UTF-8 whatever the label;
    bytes that do not decode as UTF-8 under a UTF-8 label are windows-1252.
    """
    name = codecs.lookup(declared).name if declared else ""
    try:
        body.decode("utf-8")
        valid_utf8 = True
    except UnicodeDecodeError:
        valid_utf8 = False
    if name == "utf-8" and not valid_utf8:
        return "cp1252"
    if name in {codecs.lookup(n).name for n in _SINGLE_BYTE} and valid_utf8:
        return "utf-8" if any(b >= 0x80 for b in body) else None
    return None


class FixMislabelledCharset:
    @classmethod
    def from_crawler(cls, crawler: Any) -> FixMislabelledCharset:
        return cls()

    def process_response(self, request: Request, response: Response) -> Response:
        if isinstance(response, HtmlResponse):
            encoding = better_encoding(response.body, response.encoding)
            if encoding:
                return response.replace(encoding=encoding)
        return response
