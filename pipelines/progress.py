"""A one-line progress display for long crawls on a terminal (stderr only)."""

from __future__ import annotations

import sys
from typing import Any

from scrapy import signals
from twisted.internet import task

from scraper.ledger import ledger_of


class ProgressReporter:
    """Every two seconds: pages fetched, articles new/updated/unchanged, errors."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressReporter:
        reporter = cls(crawler)
        if crawler.settings.getbool("NEWSARCHIVE_PROGRESS"):
            crawler.signals.connect(reporter.opened, signal=signals.spider_opened)
            crawler.signals.connect(reporter.closed, signal=signals.spider_closed)
        return reporter

    def line(self) -> str:
        stats = self.crawler.stats.get_stats()

        def get(key: str) -> int:
            return int(stats.get(f"newsarchive/{key}", 0))

        errors = sum(v for k, v in stats.items() if k.startswith("newsarchive/errors/"))
        # Pages as Scrapy counts responses (the summary's count); articles read as the
        # ledger opens them; new/updated/… as the writer commits them, batch by batch.
        pages = int(stats.get("downloader/response_count", 0))
        return (
            f"pages {pages} · articles read {get('article_pages')} · "
            f"new {get('articles_new')} · "
            f"updated {get('articles_updated')} · unchanged {get('articles_unchanged')} · "
            f"duplicates {get('articles_duplicate')} · errors {errors}"
        )

    def show(self) -> None:
        sys.stderr.write("\r\x1b[K" + self.line())
        sys.stderr.flush()

    def opened(self, spider: Any) -> None:
        self.loop = task.LoopingCall(self.show)
        self.loop.start(2.0, now=True)

    def closed(self, spider: Any) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


class CountFailures:
    """Count exceptions in spider callbacks and pipelines under ``errors/spider`` and
    ``errors/pipeline``, so a bug shows in the summary and makes the run partial
    instead of vanishing into a log nobody reads. The page or item it hit is settled
    in the ledger with that outcome."""

    def __init__(self, crawler: Any):
        self.stats = crawler.stats
        self.ledger = ledger_of(crawler)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.item_error, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CountFailures:
        return cls(crawler)

    def spider_error(self, failure: Any, response: Any, spider: Any) -> None:
        ticket = getattr(response, "meta", {}).get("ticket") if response is not None else None
        if ticket and self.ledger.is_open(ticket):
            self.ledger.settle(ticket, "errors/spider")
        else:
            self.stats.inc_value("newsarchive/errors/spider")

    def item_error(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        ticket = getattr(item, "ticket", 0)
        if ticket and self.ledger.is_open(ticket):
            self.ledger.settle(ticket, "errors/pipeline")
        else:
            self.stats.inc_value("newsarchive/errors/pipeline")


class ReportUnaccounted:
    """At the very end, put the URLs the ledger still holds open into the stats.

    ``spider_closed`` comes after every pipeline has closed (and flushed), so what is
    open then was dropped somewhere without a count.
    """

    def __init__(self, crawler: Any):
        self.stats = crawler.stats
        self.ledger = ledger_of(crawler)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReportUnaccounted:
        return cls(crawler)

    def closed(self, spider: Any) -> None:
        self.stats.set_value("newsarchive/unaccounted", self.ledger.unaccounted())
        self.stats.set_value("newsarchive/article_pages", self.ledger.pages_opened)
        self.stats.set_value("newsarchive/article_pages_settled", self.ledger.pages_settled)
