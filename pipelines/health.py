"""Stage 2: count, per site, what each article read says about the site's health.

Its text length (a histogram), whether it has a publication date, whether it is in
Indonesian and on a topic the police-news vocabulary knows, and the hidden spam link
blocks its page carried: counters of the crawl's stats under ``site/<site>/…``
(``scraper.health.figures``), from which each crawl's ``source_health`` row is made.
Items pass unchanged. In a distributed crawl this stage runs in the workers, whose
counters Redis adds up.
"""

from __future__ import annotations

from typing import Any

from scraper.health import article_counters
from scraper.items import ExtractedArticle


class TallySiteHealth:
    def __init__(self, stats: Any):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> TallySiteHealth:
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ExtractedArticle):
            for name in article_counters(item.record):
                self.stats.inc_value(f"newsarchive/{name}")
        return item
