"""Stage 2: write article records and URL aliases to the archive, in batches.

Thin glue over ``scraper.archive.batch.BatchStore`` (which batches, writes and settles
every item's ledger ticket once committed); settings come from the crawl's settings.
"""

from __future__ import annotations

from typing import Any

from scraper.archive.batch import BatchStore
from scraper.ledger import ledger_of
from scraper.stories.index import StorySettings


class StorePipeline:
    def __init__(self, crawler: Any):
        settings = crawler.settings
        self.stats = crawler.stats
        self.store = BatchStore(
            ledger_of(crawler),
            lambda key: crawler.stats.inc_value(f"newsarchive/{key}"),
            settings.get("NEWSARCHIVE_DB"),
            settings.getint("NEWSARCHIVE_BATCH_SIZE"),
            tuple(int(d) for d in settings.getlist("NEWSARCHIVE_REVISIT_DAYS")),
            StorySettings(
                threshold=settings.getfloat("NEWSARCHIVE_STORY_THRESHOLD"),
                window_days=settings.getint("NEWSARCHIVE_STORY_WINDOW_DAYS"),
            ),
            run_id=settings.getint("NEWSARCHIVE_RUN_ID") or None,
        )

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.store.open()

    def close_spider(self) -> None:
        self.store.close()
        if self.store.store_error:
            # Why records were kept out of the archive, for the run's message.
            self.stats.set_value("newsarchive/store_error", self.store.store_error)

    def process_item(self, item: Any) -> Any:
        self.store.add(item)
        return item
