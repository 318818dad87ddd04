"""Stage 1: turn a fetched page into an article record, or into a non-article verdict.

The work (``scraper.analysis.analyse_page``: extraction, dates, the story sketch) is
CPU-bound, so it runs in a pool of worker processes, one per core by default
(``NEWSARCHIVE_WORKERS``, ``crawl --workers N``), while this process goes on fetching
and writing. A page whose worker hangs past ``NEWSARCHIVE_EXTRACT_TIMEOUT`` or dies is
settled as ``errors/extract_timeout`` or ``errors/extract_crashed``; the worker is
replaced. With 0 workers the work runs here, inline (for debugging).
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy.exceptions import DropItem

from scraper.analysis import analyse_page
from scraper.extract import ExtractionOptions, NotAnArticle
from scraper.items import ExtractedArticle, FetchedPage, NonArticlePage
from scraper.ledger import ledger_of
from scraper.pool import TaskTimeout, WorkerDied, WorkerPool, default_workers
from spiders.middlewares import change_marker


class ExtractPipeline:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.ledger = ledger_of(crawler)
        self.options = ExtractionOptions()
        workers = crawler.settings.get("NEWSARCHIVE_WORKERS")
        self.workers = default_workers() if workers is None else int(workers)
        self.timeout = crawler.settings.getfloat("NEWSARCHIVE_EXTRACT_TIMEOUT")
        self.pool: WorkerPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        if self.workers > 0:
            self.pool = WorkerPool(self.workers, timeout=self.timeout)
            self.crawler.stats.set_value("newsarchive/extract_workers", self.pool.pids())

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.crawler.stats.set_value("newsarchive/workers_replaced", self.pool.replaced)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        site = self.crawler.spider.sites[item.site]
        args = (item.html, item.url, item.fetched_at, site, item.hints, self.options)
        try:
            if self.pool is None:
                analysis = analyse_page(*args)
            else:
                analysis = await asyncio.wrap_future(self.pool.submit(analyse_page, *args))
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
            kind = {TaskTimeout: "extract_timeout", WorkerDied: "extract_crashed"}.get(
                type(exc), "parse"
            )
            self.ledger.settle(item.ticket, f"errors/{kind}")
            raise DropItem(f"extraction failed for {item.url}: {exc!r}") from exc
        result = analysis.result
        if isinstance(result, NotAnArticle):
            # The store remembers it, so the next crawl does not fetch it again.
            return NonArticlePage(
                url=item.url, reason=result.reason, site=item.site, ticket=item.ticket
            )
        result.seen_urls = sorted(set(result.seen_urls) | set(item.seen_urls))
        result.source_modified = change_marker(item.hints)
        return ExtractedArticle(record=result, sketch=analysis.sketch, ticket=item.ticket)
