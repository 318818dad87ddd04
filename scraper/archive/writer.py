"""Everything a crawl writes to the archive, one decision at a time.

The crawl's store stage (``pipelines.store``) batches, counts and accounts; this class
does the writing, inside the caller's transaction, so that every path that writes
articles (a local crawl, a distributed crawl's writer, re-extraction, a benchmark)
writes them the same way: the article row and its aliases, its units, people and
places, its story, its revisit schedule and discovery's change marker. Knows no Scrapy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from scraper.archive.store import DUPLICATE, NEW, UNCHANGED, UPDATED, Archive
from scraper.extract.record import ArticleRecord
from scraper.items import Quarantined
from scraper.stories.index import StoryIndex, StorySettings
from scraper.stories.sketch import TextSketch


class ArchiveWriter:
    def __init__(
        self,
        archive: Archive,
        stories: StorySettings | None = None,
        revisit_days: tuple[int, ...] = (1, 7, 30),
    ):
        self.archive = archive
        self.stories = StoryIndex(archive, stories)
        self.revisit_days = revisit_days

    def article(self, record: ArticleRecord, sketch: TextSketch | None, now: str) -> str:
        """Store one record; its status: new, updated, unchanged or duplicate."""
        result = self.archive.store_article(record)
        if result.status in (NEW, UPDATED) or result.replaced or "topics" in result.filled:
            # A new or edited text; an earlier copy that became the row (its title may
            # name another unit); or a stored article that gets its entities now.
            if result.status == UNCHANGED:
                # Stored before dates said which are relative: the record's dates do.
                self.archive.store_event_dates(result.article_id, record.event_dates)
            self.archive.store_entities(
                result.article_id, record.entities, new=result.status == NEW
            )
            self.stories.assign(result.article_id, sketch, record.entities)
        if result.status == DUPLICATE or "published_utc" in result.filled:
            # An earlier-published copy may have become the stored row, or the site
            # corrected the article's date: recount (a story's origin is its earliest).
            story = self.archive.db.execute(
                "select story_id from articles where id = ?", [result.article_id]
            ).fetchone()
            if story and story[0] is not None:
                self.stories.refresh(story[0])
        if result.status != DUPLICATE:
            self.archive.mark_checked(result.article_id, now, self.revisit_days)
        for url in record.seen_urls:
            self.archive.remember_marker(url, record.source_modified, now)
        if result.status == NEW and record.zone:
            self.archive.vote_zone(record.site, record.zone, record.zone_evidence, now)
        return result.status

    def reextracted(
        self, article_id: int, record: ArticleRecord, sketch: TextSketch | None, now: str
    ) -> bool:
        """Store a record rebuilt from the article's kept raw page (``reextract``).

        True when it differs from the stored row: the row becomes the record and the
        old one a version marked ``reextracted``. The dates named in the text and the
        entities are rewritten either way (derived from the record, same when it is).
        """
        archive = self.archive
        current = archive.db["articles"].get(article_id)
        row = record.to_row()
        # The post's number (migration m020) is filled in without a version: reading it
        # for the first time changes nothing a researcher reads.
        changed = [
            k for k, v in row.items() if k not in ("fetched_at", "post_id") and current.get(k) != v
        ]
        row["post_id"] = row["post_id"] or current.get("post_id")  # never erased
        if row["post_id"] and row["post_id"] != current.get("post_id"):
            archive.db["articles"].update(article_id, {"post_id": row["post_id"]})
        if changed:
            archive._save_version(article_id, current, now, reason="reextracted")
            archive._replace(article_id, row, current)
        archive.store_event_dates(article_id, record.event_dates)
        archive.store_entities(article_id, record.entities)
        if changed:
            self.stories.assign(article_id, sketch, record.entities)
        return bool(changed)

    def not_modified(self, url: str, now: str) -> bool:
        """A revisited article answered 304; False when no stored article has ``url``."""
        article_id = self.archive.find_article(url)
        if article_id is None:
            return False
        self.archive.mark_checked(article_id, now, self.revisit_days)
        return True

    def takedown(self, url: str, reason: str, now: str) -> str | None:
        """Record a 404/410/redirect-home of a stored article: "gone", "still gone" (taken
        down before), "moved" (its text answered at another URL of its site in this run),
        or None when none has ``url``."""
        return self.archive.record_gone(url, reason, now)

    def non_articles(self, pages: Iterable[tuple[str, str, str]], now: str) -> None:
        """Remember pages (url, site, reason) judged not to be articles, so they are not
        fetched every night (those with too little text are looked at after a week)."""
        self.archive.db.conn.executemany(
            """insert into non_articles (url, site, reason, seen_at) values (?, ?, ?, ?)
               on conflict (url) do update set site = excluded.site,
                 reason = excluded.reason, seen_at = excluded.seen_at""",
            [(url, site, reason, now) for url, site, reason in pages],
        )

    def quarantine(self, pages: Iterable[Quarantined], run_id: int | None, now: str) -> None:
        """Keep pages judged spam out of ``articles``: each goes to ``quarantine`` (one row
        per URL, with the run that last found it and why) and to ``non_articles``, so
        the next crawls do not fetch it again until its verdict is a week old."""
        pages = list(pages)
        if not pages:
            return
        self.archive.db.conn.executemany(
            """insert into quarantine (url, site, run_id, reason, evidence, title,
                 first_seen_at, seen_at) values (?, ?, ?, ?, ?, ?, ?, ?)
               on conflict (url) do update set site = excluded.site,
                 run_id = excluded.run_id, reason = excluded.reason,
                 evidence = excluded.evidence, title = excluded.title,
                 seen_at = excluded.seen_at""",
            [
                (p.url, p.site, run_id, p.reason, _json(p.evidence), p.title, now, now)
                for p in pages
            ],
        )
        self.non_articles(((p.url, p.site, f"spam: {p.reason}") for p in pages), now)

    def alias(self, url: str, target: str, now: str) -> bool:
        """``url`` as an alias of the article at ``target``; False while none is stored."""
        return self.archive.add_alias_for(url, target, now)


def _json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False)
