"""Stage 2: write article records and URL aliases to the archive, in batches.

The archive is opened in ``open_spider`` and closed in ``close_spider``; records are
committed every ``NEWSARCHIVE_BATCH_SIZE`` items in one short transaction, so a crash
loses at most one uncommitted batch and readers are never blocked for long. Aliases
whose article is not stored yet wait in memory and are resolved at each commit.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from typing import Any

from scraper.archive import Archive
from scraper.archive.store import DUPLICATE, NEW, UPDATED, now_utc
from scraper.extract.record import ArticleRecord
from scraper.items import AliasSeen, NonArticlePage, NotModified, Takedown
from scraper.stories.index import StoryIndex, StorySettings

logger = logging.getLogger(__name__)


class StorePipeline:
    def __init__(
        self,
        crawler: Any,
        db_path: str,
        batch_size: int,
        revisit_days: tuple[int, ...] = (1, 7, 30),
        stories: StorySettings | None = None,
    ):
        self.crawler = crawler
        self.db_path = db_path
        self.batch_size = batch_size
        self.revisit_days = revisit_days
        self.story_settings = stories or StorySettings()
        self.archive: Archive | None = None
        self.stories: StoryIndex | None = None
        self.pending: list[ArticleRecord] = []
        self.aliases: dict[str, AliasSeen] = {}
        self.takedowns: list[Takedown] = []
        self.not_modified: list[str] = []
        self.non_articles: list[NonArticlePage] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        settings = crawler.settings
        return cls(
            crawler,
            settings.get("NEWSARCHIVE_DB"),
            settings.getint("NEWSARCHIVE_BATCH_SIZE"),
            tuple(int(d) for d in settings.getlist("NEWSARCHIVE_REVISIT_DAYS")),
            StorySettings(threshold=settings.getfloat("NEWSARCHIVE_STORY_THRESHOLD")),
        )

    def open_spider(self) -> None:
        self.archive = Archive.open(self.db_path, create=True)
        self.stories = StoryIndex(self.archive, self.story_settings)

    def close_spider(self) -> None:
        self.flush()
        if self.archive is not None:
            self.archive.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, AliasSeen):
            self.aliases.setdefault(item.url, item)
        elif isinstance(item, Takedown):
            self.takedowns.append(item)
        elif isinstance(item, NotModified):
            self.not_modified.append(item.url)
        elif isinstance(item, NonArticlePage):
            self.non_articles.append(item)
        elif isinstance(item, ArticleRecord):
            self.pending.append(item)
            if len(self.pending) >= self.batch_size:
                self.flush()
        return item

    def flush(self) -> None:
        """Commit pending records, then every alias whose article is now stored.

        Each record is written in its own savepoint inside the batch transaction: a
        record that fails (a constraint, a bug) is counted as ``errors/store`` and
        skipped, the others commit. Counters are updated only after the commit, and
        the queues are emptied whatever happens, so one bad record never blocks the
        rest of the crawl.
        """
        assert self.archive is not None and self.stories is not None
        counts: Counter[str] = Counter()
        try:
            with self.archive.db.atomic():
                now = now_utc()
                for record in self.pending:
                    try:
                        with self.archive.db.atomic():
                            counts[self._store(record, now)] += 1
                    except Exception as exc:  # noqa: BLE001 - one record, not the batch
                        logger.warning("could not store %s: %r", record.url, exc)
                        counts["errors/store"] += 1
                for url in self.not_modified:
                    article_id = self.archive.find_article(url)
                    if article_id is not None:
                        counts["articles_unchanged"] += 1
                        self.archive.mark_checked(article_id, now, self.revisit_days)
                self._store_non_articles(now)
                for takedown in self.takedowns:
                    if self.archive.record_gone(takedown.url, takedown.reason, now):
                        counts["articles_gone"] += 1
                    elif takedown.reason != "redirect_home":
                        counts[f"errors/{takedown.reason}"] += 1
                self._resolve_aliases(now)
        except sqlite3.Error as exc:
            # The whole batch is lost (disk full, database locked for too long): say
            # so in the ledger; what earlier batches committed stays.
            logger.error("could not write a batch of %d articles: %s", len(self.pending), exc)
            counts = Counter({"errors/store": len(self.pending) or 1})
        finally:
            self.pending.clear()
            self.takedowns.clear()
            self.not_modified.clear()
            self.non_articles.clear()
        for key, value in counts.items():
            self.crawler.stats.inc_value(f"newsarchive/{key}", value)

    def _store(self, record: ArticleRecord, now: str) -> str:
        result = self.archive.store_article(record)
        if result.status in (NEW, UPDATED):
            self.stories.assign(result.article_id)
        if result.status == DUPLICATE:
            # An earlier-published copy may have become the stored row: recount.
            story = self.archive.db.execute(
                "select story_id from articles where id = ?", [result.article_id]
            ).fetchone()
            if story and story[0] is not None:
                self.stories.refresh(story[0])
        else:
            self.archive.mark_checked(result.article_id, now, self.revisit_days)
        for url in record.seen_urls:
            self.archive.remember_marker(url, record.source_modified, now)
        return f"articles_{result.status}"

    def _store_non_articles(self, now: str) -> None:
        """Remember pages that are not articles, so they are not fetched every night
        (those with only too little text are looked at again after a week)."""
        if self.non_articles:
            self.archive.db["non_articles"].upsert_all(
                [
                    {"url": p.url, "site": p.site, "reason": p.reason, "seen_at": now}
                    for p in self.non_articles
                ],
                pk="url",
            )

    def _resolve_aliases(self, now: str) -> None:
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
