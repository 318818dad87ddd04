"""Stage 2: write article records and URL aliases to the archive, in batches.

The archive is opened in ``open_spider`` and closed in ``close_spider``; records are
committed every ``NEWSARCHIVE_BATCH_SIZE`` items in one short transaction, so a crash
loses at most one uncommitted batch and readers are never blocked for long. Aliases
whose article is not stored yet wait in memory and are resolved at each commit.
"""

from __future__ import annotations

from typing import Any

from scraper.archive import Archive
from scraper.archive.store import now_utc
from scraper.extract.record import ArticleRecord
from scraper.items import AliasSeen


class StorePipeline:
    def __init__(self, crawler: Any, db_path: str, batch_size: int):
        self.crawler = crawler
        self.db_path = db_path
        self.batch_size = batch_size
        self.archive: Archive | None = None
        self.pending: list[ArticleRecord] = []
        self.aliases: dict[str, AliasSeen] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        settings = crawler.settings
        return cls(
            crawler, settings.get("NEWSARCHIVE_DB"), settings.getint("NEWSARCHIVE_BATCH_SIZE")
        )

    def open_spider(self) -> None:
        self.archive = Archive.open(self.db_path, create=True)

    def close_spider(self) -> None:
        self.flush()
        if self.archive is not None:
            self.archive.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, AliasSeen):
            self.aliases.setdefault(item.url, item)
        elif isinstance(item, ArticleRecord):
            self.pending.append(item)
            if len(self.pending) >= self.batch_size:
                self.flush()
        return item

    def flush(self) -> None:
        """Commit pending records, then every alias whose article is now stored."""
        assert self.archive is not None
        stats = self.crawler.stats
        with self.archive.db.atomic():
            for record in self.pending:
                result = self.archive.store_article(record)
                stats.inc_value(f"newsarchive/articles_{result.status}")
            now = now_utc()
            # Aliases can chain (a share link to a tracking variant to the article):
            # repeat until a pass resolves nothing more, so the result never depends
            # on the order in which they arrived.
            progress = True
            while progress:
                progress = False
                for url, alias in list(self.aliases.items()):
                    if self.archive.add_alias_for(url, alias.target, now):
                        del self.aliases[url]
                        progress = True
        self.pending.clear()
