"""Stage 1: turn a fetched page into an article record, or into a non-article verdict.

Thin glue: the work is ``scraper.extract.extract_article``, a pure function of
picklable inputs (so it can be handed to a process pool).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scrapy.exceptions import DropItem

from scraper.extract import ExtractionOptions, NotAnArticle, extract_article
from scraper.items import ExtractedArticle, FetchedPage, NonArticlePage
from scraper.ledger import ledger_of
from spiders.middlewares import change_marker


class ExtractPipeline:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.ledger = ledger_of(crawler)
        self.options = ExtractionOptions()

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        spider = self.crawler.spider
        site = spider.sites[item.site]
        try:
            result = extract_article(
                item.html,
                item.url,
                datetime.fromisoformat(item.fetched_at),
                site=site,
                hints=item.hints,
                options=self.options,
            )
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
            self.ledger.settle(item.ticket, "errors/parse")
            raise DropItem(f"extraction failed for {item.url}: {exc!r}") from exc
        if isinstance(result, NotAnArticle):
            # The store remembers it, so the next crawl does not fetch it again.
            return NonArticlePage(
                url=item.url, reason=result.reason, site=item.site, ticket=item.ticket
            )
        result.seen_urls = sorted(set(result.seen_urls) | set(item.seen_urls))
        result.source_modified = change_marker(item.hints)
        return ExtractedArticle(record=result, ticket=item.ticket)
