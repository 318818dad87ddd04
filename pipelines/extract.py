"""Stage 1: a page a worker read becomes an article record, or a non-article verdict.

The reading itself (``scraper.reading.read_page``: links, extraction, dates, the story
sketch) ran in a worker process when the spider received the page; this stage turns
its result into what the store writes, with what only the crawl knows (every URL the
page was seen at, discovery's last-change marker, where the raw page was kept).
"""

from __future__ import annotations

from typing import Any

from scraper.extract import NotAnArticle
from scraper.items import ExtractedArticle, NonArticlePage, Quarantined, ReadPage
from scraper.spam import SpamPage
from spiders.middlewares import change_marker


class ExtractPipeline:
    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ReadPage):
            return item
        result = item.result
        if isinstance(result, SpamPage):
            # Quarantined by the store, never an article (a NotAnArticle too: first).
            return Quarantined(
                url=item.url,
                site=item.site,
                reason=result.reason,
                evidence=result.evidence,
                title=result.record.title if result.record else "",
                ticket=item.ticket,
            )
        if isinstance(result, NotAnArticle):
            # The store remembers it, so the next crawl does not fetch it again.
            return NonArticlePage(
                url=item.url,
                reason=result.reason,
                site=item.site,
                aliases=item.aliases,
                ticket=item.ticket,
                takedown=result.takedown,
            )
        result.seen_urls = sorted(set(result.seen_urls) | {item.url})
        result.source_modified = change_marker(item.hints)
        if item.warc:
            result.warc_file, result.warc_offset, result.warc_length = item.warc
        return ExtractedArticle(
            record=result, sketch=item.sketch, aliases=item.aliases, ticket=item.ticket
        )
