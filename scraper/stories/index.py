"""Story clusters kept in the archive: one story, however many sites carried it.

Each article's MinHash signature and its LSH band buckets live in the archive
(``story_signatures``, ``story_bands``), so a crawl next month still finds last
year's story, and adding an article costs a fixed number of indexed lookups instead
of a rescan. Candidates from the buckets are confirmed with the exact Jaccard
similarity of their word shingles, which keeps most different stories written from the
same template apart; when both articles have police-news entities, a pair that passes
is still two stories if the entities say the events differ (another unit, other
places, other event dates, other people: ``scraper.stories.events``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from scraper.archive.store import Archive, now_utc
from scraper.stories.events import different_events, event_days, load_matcher, matcher_json
from scraper.stories.sketch import (
    TextSketch,
    band_buckets,
    estimated_jaccards,
    from_blob,
    hashed_jaccards,
    sketch_text,
)

# Band layout of the stored index. Fixed: changing it means rebuilding the index.
# It is what datasketch's MinHashLSH(threshold=0.3, num_perm=128) picks (a test
# checks it), a candidate threshold well below any sensible decision threshold, so
# the decision threshold can change freely. Written out: the project does not
# depend on datasketch (scraper.stories.sketch says why).
BANDS, ROWS = 37, 3
# The ``day`` of a band row whose article's publication day is unknown: a key column
# cannot be null (migration m016), and no window reaches this day.
UNKNOWN_DAY = -(2**31)
# New band rows go to ``story_bands_recent`` and move to ``story_bands`` in one sorted
# pass when it holds this many (about 4,000 articles). Inserted one batch at a time,
# 37 rows an article landed on random leaves of the large key, and every commit's WAL
# checkpoint wrote each leaf it touched back to the file: at 100,000 articles a batch
# of 500 dirtied 12,000 pages, and adding an article cost almost twice as much as at
# 10,000 (``bench/bench_stories.py``). A merge touches each leaf once.
RECENT_ROWS = 150_000


@dataclass(frozen=True)
class StorySettings:
    """When two articles are the same story (documented in docs/stories.md)."""

    # Exact Jaccard similarity of 5-word shingles at or above which two texts are
    # one story. Copies with a new headline, dateline, caption or a few edited
    # sentences score well above it; template releases about different events below.
    threshold: float = 0.4
    # Candidates whose MinHash estimate is far below the threshold are not checked.
    # With 128 permutations the estimate's standard error near the threshold is about
    # 0.04, so 0.15 below it is almost four errors away: no true pair is lost, and the
    # many same-template releases (true Jaccard 0.2-0.3) are dismissed cheaply.
    prefilter_margin: float = 0.15
    # Texts shorter than this many words are too short to compare reliably.
    min_words: int = 40
    # Two articles published more than this many days apart are never one story (an
    # article of unknown date is compared with all). Copies of a release follow it
    # within days; without a window, every release of a template would be a candidate
    # of every later one, and a site's thousandth release would cost ten times its
    # hundredth.
    window_days: int = 30


class StoryIndex:
    """Assign articles to stories, incrementally, inside the caller's transaction."""

    def __init__(
        self,
        archive: Archive,
        settings: StorySettings | None = None,
        recent_rows: int = RECENT_ROWS,
    ):
        self.archive = archive
        self.db = archive.db
        self.settings = settings or StorySettings()
        self.recent_rows = recent_rows
        self._recent: int | None = None  # rows in story_bands_recent, read once

    def assign(
        self, article_id: int, sketch: TextSketch | None = None, entities: dict | None = None
    ) -> int:
        """(Re)compute the article's fingerprint and put it in its story; the story id.

        ``entities`` is the article's ``Entities.to_dict()`` (None: matched on words
        alone, as articles stored before entities existed are). A story's id is the
        smallest id among its members, texts too short to compare are never candidates
        (nor look for any), and every test of a pair is symmetric, so the stories of a
        crawl do not depend on the order its articles arrived in.
        """
        return self._assign(article_id, sketch, matcher_json(entities))

    def _assign(self, article_id: int, sketch: TextSketch | None, own: str | None) -> int:
        row = self.db.execute(
            "select text, story_id, published_utc from articles where id = ?", [article_id]
        ).fetchone()
        text, old_story, published_utc = row
        day = publication_day(published_utc)
        if old_story is not None:
            # Leave the old story first: it keeps its other members under their
            # smallest id, and this article joins whatever it matches now.
            self.db.execute("update articles set story_id = null where id = ?", [article_id])
            self.refresh(old_story)
        sketch = sketch or sketch_text(text)
        sig = from_blob(sketch.signature)
        self._forget(article_id)
        comparable = sketch.shingle_count >= self.settings.min_words - 4
        buckets = band_buckets(sig, BANDS, ROWS) if comparable else []
        matches = self._matching_stories(article_id, sketch, sig, buckets, own, day)
        # Plain statements on the hot path (one per stored article): sqlite-utils'
        # insert builds its SQL anew each time.
        self.db.execute(
            "insert into story_signatures"
            " (article_id, shingle_count, signature, shingle_hashes, entities)"
            " values (?, ?, ?, ?, ?)",
            [article_id, sketch.shingle_count, sketch.signature, sketch.shingle_hashes, own],
        )
        if comparable:
            stored_day = UNKNOWN_DAY if day is None else day
            self.db.conn.executemany(
                "insert or ignore into story_bands_recent (band, bucket, day, article_id)"
                " values (?, ?, ?, ?)",
                [(band, bucket, stored_day, article_id) for band, bucket in buckets],
            )
            self._added_recent(len(buckets))
        story = min(matches | {article_id})
        for other in sorted(matches - {story}):
            self._merge(other, into=story)
        self.db.execute("update articles set story_id = ? where id = ?", [story, article_id])
        self.refresh(story)
        return story

    def recluster(self, article_ids: Iterable[int], progress=None) -> int:
        """Match these articles (and every other member of their stories) again, from
        what the index holds of them (sketch, entities), as if they arrived now in id
        order; the number of articles matched. Used when stored articles get their
        entities (``newsarchive backfill-entities``): a story that entities now show to
        be two events splits, and the result is what a fresh crawl would give.
        ``progress(done, total)`` is called every 200 articles."""
        wanted = set(article_ids)
        stories: set[int] = set()
        for chunk in _chunks(sorted(wanted), 500):
            marks = ", ".join("?" * len(chunk))
            stories.update(
                r[0]
                for r in self.db.execute(
                    f"select distinct story_id from articles where id in ({marks})"
                    " and story_id is not null",
                    chunk,
                )
            )
        for chunk in _chunks(sorted(stories), 500):
            marks = ", ".join("?" * len(chunk))
            wanted.update(
                r[0]
                for r in self.db.execute(
                    f"select id from articles where story_id in ({marks})", chunk
                )
            )
            self.db.execute(
                f"update articles set story_id = null where story_id in ({marks})", chunk
            )
            self.db.execute(f"delete from stories where id in ({marks})", chunk)
        ids = sorted(wanted)
        for done, article_id in enumerate(ids, 1):
            row = self.db.execute(
                "select shingle_count, signature, shingle_hashes, entities from story_signatures"
                " where article_id = ?",
                [article_id],
            ).fetchone()
            sketch = TextSketch(*row[:3]) if row and row[2] is not None else None
            self._assign(article_id, sketch, row[3] if row else None)
            if progress and (done % 200 == 0 or done == len(ids)):
                progress(done, len(ids))
        return len(ids)

    def _added_recent(self, rows: int) -> None:
        """Count the rows added to ``story_bands_recent`` and merge at ``recent_rows``.

        The count is kept here to spare a query per article, but the caller's
        transaction can roll back what was counted, a merge included: so it is read
        from the table again after each merge and before merging."""
        if self._recent is None:
            self._recent = self._recent_in_table()
        else:
            self._recent += rows
        if self._recent >= self.recent_rows:
            self._recent = self._recent_in_table()
            if self._recent >= self.recent_rows:
                self.merge_recent()

    def _recent_in_table(self) -> int:
        (count,) = self.db.execute("select count(*) from story_bands_recent").fetchone()
        return count

    def merge_recent(self) -> None:
        """Move the recent band rows into ``story_bands``, in key order (see
        ``RECENT_ROWS``); inside the caller's transaction."""
        self.db.execute(
            "insert or ignore into story_bands (band, bucket, day, article_id)"
            " select band, bucket, day, article_id from story_bands_recent"
        )
        self.db.execute("delete from story_bands_recent")
        self._recent = None  # read again: the caller's transaction may undo the merge

    def _forget(self, article_id: int) -> None:
        """Remove the article from the index. Its band rows are found by their key,
        from the signature it was stored with (the band table has no article index:
        migration m016); an article new to the index has neither."""
        row = self.db.execute(
            "select signature from story_signatures where article_id = ?", [article_id]
        ).fetchone()
        if row is None:
            return
        buckets = band_buckets(from_blob(row[0]), BANDS, ROWS)
        # Any day: the article's publication day may have changed since it was stored.
        for table in ("story_bands", "story_bands_recent"):
            self.db.conn.executemany(
                f"delete from {table} where band = ? and bucket = ? and article_id = ?",
                [(band, bucket, article_id) for band, bucket in buckets],
            )
        self.db.execute("delete from story_signatures where article_id = ?", [article_id])

    def _matching_stories(
        self,
        article_id: int,
        sketch: TextSketch,
        sig,
        buckets: list[tuple[int, int]],
        own_entities: str | None = None,
        day: int | None = None,
    ) -> set[int]:
        if not buckets:  # a text too short to compare
            return set()
        # One indexed lookup per band in one statement: an OR of the 37 (band, bucket)
        # pairs made SQLite merge 37 index scans through a temporary B-tree, four
        # times slower on a site of same-template releases (~150 candidates each).
        # Within the publication window (articles of unknown day always), read from
        # the covering index (band, bucket, day, article_id) alone. Symmetric: A finds
        # B exactly when B finds A.
        # Both tables: the merged rows and the recent ones (``RECENT_ROWS``).
        tables = ("story_bands", "story_bands_recent")
        if day is None:
            lookups = " union ".join(
                f"select article_id from {t} where band = ? and bucket = ?"
                for _ in buckets
                for t in tables
            )
            params = [value for pair in buckets for _ in tables for value in pair]
        else:
            near = " union ".join(
                f"select article_id from {t} where band = ? and bucket = ? and day between ? and ?"
                f" union select article_id from {t} where band = ? and bucket = ?"
                f" and day = {UNKNOWN_DAY}"
                for t in tables
            )
            lookups = " union ".join(near for _ in buckets)
            low, high = day - self.settings.window_days, day + self.settings.window_days
            params = [
                v
                for band, bucket in buckets
                for _ in tables
                for v in (band, bucket, low, high, band, bucket)
            ]
        candidates = self.db.execute(
            f"""select s.article_id, s.signature, a.story_id
                from ({lookups}) b join story_signatures s on s.article_id = b.article_id
                join articles a on a.id = b.article_id
                where b.article_id != ? and a.story_id is not null
                order by s.article_id""",
            [*params, article_id],
        ).fetchall()
        if not candidates:
            return set()
        floor = self.settings.threshold - self.settings.prefilter_margin
        # Every candidate's MinHash estimate at once (a row per candidate); the exact
        # shingle sets only for the candidates the estimate keeps, read in one query.
        estimates = estimated_jaccards(sig, [blob for _, blob, _ in candidates])
        kept = [(other, story) for (other, _, story), e in zip(candidates, estimates) if e >= floor]
        exact = self._shingles_and_entities([other for other, _ in kept])
        for other_id, (hashes, theirs) in exact.items():
            if hashes is None:  # written before migration m006
                text = self.db.execute(
                    "select text from articles where id = ?", [other_id]
                ).fetchone()[0]
                exact[other_id] = (sketch_text(text).shingle_hashes, theirs)
        # Exact similarities of all kept candidates in one pass: same-template releases
        # make hundreds of candidates per article in a large archive.
        similarity = dict(
            zip(
                [other for other, _ in kept],
                hashed_jaccards(sketch.shingle_hashes, [exact[o][0] for o, _ in kept]),
            )
        )
        passing = [(o, story) for o, story in kept if similarity[o] >= self.settings.threshold]
        # The words say one story; when both articles have entities, they may still say
        # two events. Their event days are read in one query (a large archive of
        # same-template releases has dozens of such pairs per article).
        checked = [o for o, _ in passing if own_entities and exact[o][1]]
        days = self._event_days_of([article_id, *checked]) if checked else {}
        mine = load_matcher(own_entities) if checked else None
        stories = set()
        for other_id, story in passing:
            if story in stories:
                continue
            theirs = exact[other_id][1]
            if own_entities and theirs:
                other = load_matcher(theirs)
                if different_events(mine, other, days[article_id], days[other_id]):
                    continue
            stories.add(story)
        return stories

    def _event_days_of(self, article_ids: list[int]) -> dict[int, list[str]]:
        """article id -> ``event_days`` of it, for these articles."""
        rows: dict[int, list] = {article_id: [] for article_id in article_ids}
        for chunk in _chunks(sorted(rows), 500):
            marks = ", ".join("?" * len(chunk))
            for article_id, *row in self.db.execute(
                "select article_id, value, kind, relative from article_dates"
                f" where article_id in ({marks})",
                chunk,
            ):
                rows[article_id].append(row)
        return {article_id: event_days(found) for article_id, found in rows.items()}

    def _shingles_and_entities(self, article_ids: list[int]) -> dict[int, tuple]:
        """article id -> (shingle hashes, entities) from the index, for these articles."""
        found: dict[int, tuple] = {}
        for chunk in _chunks(article_ids, 500):
            marks = ", ".join("?" * len(chunk))
            for article_id, hashes, entities in self.db.execute(
                "select article_id, shingle_hashes, entities from story_signatures"
                f" where article_id in ({marks})",
                chunk,
            ):
                found[article_id] = (hashes, entities)
        return found

    def _merge(self, story_id: int, into: int) -> None:
        self.db.execute("update articles set story_id = ? where story_id = ?", [into, story_id])
        self.db.execute("delete from stories where id = ?", [story_id])

    def refresh(self, story_id: int) -> None:
        """Recount a story, keep its id the smallest member id, and pick its origin:
        earliest published, ties by URL (never by fetch time, which varies by run)."""
        members = self.db.execute(
            """select id, site, published_utc, url from articles where story_id = ?
               order by published_utc is null, published_utc, url""",
            [story_id],
        ).fetchall()
        if not members:
            self.db.execute("delete from stories where id = ?", [story_id])
            return
        smallest = min(m[0] for m in members)
        if smallest != story_id:
            # A member left (an edit moved it to another story): renumber.
            self._merge(story_id, into=smallest)
            story_id = smallest
        sites = sorted({m[1] for m in members})
        row = {
            "id": story_id,
            "origin_article_id": members[0][0],
            "member_count": len(members),
            "site_count": len(sites),
            "sites": json.dumps(sites, ensure_ascii=False),
            "first_published_utc": members[0][2],
        }
        current = self.db.execute(
            "select id, origin_article_id, member_count, site_count, sites, first_published_utc"
            " from stories where id = ?",
            [story_id],
        ).fetchone()
        if current != tuple(row.values()):
            self.db.execute(
                """insert into stories (id, origin_article_id, member_count, site_count, sites,
                     first_published_utc, updated_at) values (?, ?, ?, ?, ?, ?, ?)
                   on conflict (id) do update set origin_article_id = excluded.origin_article_id,
                     member_count = excluded.member_count, site_count = excluded.site_count,
                     sites = excluded.sites, first_published_utc = excluded.first_published_utc,
                     updated_at = excluded.updated_at""",
                [*row.values(), now_utc()],
            )


def publication_day(published_utc: str | None) -> int | None:
    """Days since 1970-01-01 of a UTC timestamp ("2024-02-20T08:43:01Z"), or None;
    what migration m012 computes in SQL for the rows it fills in."""
    try:
        return date.fromisoformat(published_utc[:10]).toordinal() - _EPOCH_ORDINAL
    except (TypeError, ValueError):
        return None


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
