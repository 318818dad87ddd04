"""Open the archive and write to it: one article once, whatever URL points at it.

Every write is an upsert keyed on the article, inside a short transaction, so running
the same crawl twice changes nothing and readers (search, export, Datasette) are never
blocked for long. The decision of *which* row a record belongs to is ``match_article``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from scraper.archive.schema import MIGRATIONS
from scraper.extract.record import ArticleRecord
from scraper.sites import SiteDefinition
from scraper.stories.sketch import jaccard, shingles
from scraper.urls import canonicalize_url, names_its_page

NEW, UPDATED, UNCHANGED, DUPLICATE = "new", "updated", "unchanged", "duplicate"
# The articles columns written from scraper.entities (migration m007).
ENTITY_COLUMNS = ("primary_unit", "region", "province", "topics")


class ArchiveError(Exception):
    """A problem a user can fix (missing file, bad query); the CLI prints it plainly."""


@dataclass
class StoreResult:
    status: str  # new / updated / unchanged / duplicate
    article_id: int
    url: str
    # Unchanged: the columns the stored copy lacked and this record filled.
    filled: tuple[str, ...] = ()
    # Duplicate: this record (an earlier publication of the same text) replaced the row.
    replaced: bool = False


@dataclass
class RunCounts:
    """Tallies for one crawl, written to ``crawl_runs``."""

    pages_fetched: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_duplicate: int = 0
    pages_not_article: int = 0
    article_pages_fetched: int = 0
    pages_skipped: int = 0
    articles_gone: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    # URLs of pages and items the crawl fetched or produced and never accounted for.
    unaccounted: list[str] = field(default_factory=list)
    # False for a crawl process that ended without reporting (killed after a second
    # Ctrl-C, or died): only ``articles_new`` is known, read from the archive.
    known: bool = True

    @property
    def errors(self) -> int:
        return sum(self.error_kinds.values())


def is_empty_file(path: Path) -> bool:
    """A 0-byte file (``: > new.db``), which SQLite takes for an empty database: a
    command that creates archives makes it a new one."""
    try:
        if not path.is_file() or path.stat().st_size:
            return False
        wal = path.with_name(path.name + "-wal")
        return not (wal.exists() and wal.stat().st_size)
    except OSError:
        return False


def check_schema(db: Database, path: Path, tables: set[str]) -> None:
    """Refuse, before anything is written, a database whose schema is not ours to read.

    An ``articles`` table with no newsarchive migration recorded is another program's
    (opening it turned on WAL, added ``_sqlite_migrations`` and then failed with "table
    articles already exists"). A migration this version does not know was applied by a
    newer newsarchive: read with older code its new columns are missed, and written
    they are left unfilled, so it is refused rather than half-understood."""
    if "articles" not in tables:
        return
    applied = [m.name for m in MIGRATIONS.applied(db)]
    if not applied:
        raise ArchiveError(
            f"{path} is not a newsarchive archive (it has an articles table, but no "
            "newsarchive schema version)"
        )
    # Every migration this version has: those pending on a database that has none.
    known = {m.name for m in MIGRATIONS.pending(Database(memory=True))}
    newer = [name for name in applied if name not in known]
    if newer:
        raise ArchiveError(
            f"{path} was written by a newer newsarchive (schema {', '.join(newer)}, "
            "unknown to this version): upgrade newsarchive to read or crawl into it"
        )


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# How long a process opening an archive that another is upgrading waits for it: a
# migration that rewrites the story index of a large archive takes minutes.
UPGRADE_WAIT_SECONDS = 1800.0


def upgrade(db: Database, wait: float = UPGRADE_WAIT_SECONDS) -> None:
    """Apply the pending migrations in one write transaction taken before they are
    read again.

    sqlite-utils reads which migrations are pending outside any lock. Two processes
    opening an old archive at once (a nightly crawl starting while a researcher's
    ``stats`` upgrades it) then both applied them: the first failed with "database is
    locked" once a long migration outlasted the busy timeout, the second with a unique
    constraint on the migrations table. Here the second waits for the first's commit,
    finds nothing pending and goes on. Each migration is a savepoint of the
    transaction: a crash leaves the archive as it was, and the next open upgrades it.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            # The busy timeout (30 s) passed while another process upgrades.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
    try:
        MIGRATIONS.apply(db)
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


class Archive:
    """A handle on one archive file. Open with ``Archive.open``; close when done."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path
        # Articles whose very text answered at another URL of their site since this
        # archive was opened (a crawl's run), and that URL: a 404 at their own URL is a
        # moved permalink, no takedown (``record_gone``).
        self.answered_elsewhere: dict[int, str] = {}

    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> Archive:
        """Open (and with ``create``, make) the archive, applying pending migrations.

        Without ``create``, an archive this process may not write beside (a read-only
        directory) is opened read-only instead (``scraper.archive.readonly``)."""
        path = Path(path)
        if not create and not path.exists():
            raise ArchiveError(
                f"no archive at {path} (run 'newsarchive crawl … --db {path}' to create one)"
            )
        if not create and is_empty_file(path):
            # SQLite's empty database: a crawl makes it an archive; a read finds none.
            raise ArchiveError(
                f"{path} is not a newsarchive archive (an empty file; 'newsarchive crawl … "
                f"--db {path}' makes it one)"
            )
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 30000")
            db = Database(conn)
            tables = set(db.table_names())
            if tables and "articles" not in tables:
                raise ArchiveError(f"{path} is not a newsarchive archive (it has other tables)")
            check_schema(db, path, tables)
            if create or path.stat().st_size:
                db.enable_wal()
                # In WAL mode NORMAL still survives any crash of the process (kill -9
                # included); only a power cut can undo the last commits. FULL would
                # fsync at every commit of every batch.
                db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            # SQLite's default page cache is 2 MiB. Each stored article looks up its
            # story candidates in 74 index ranges (scraper.stories.index) and writes
            # the full-text index: past a few thousand articles those pages no longer
            # fit, every lookup went to the OS, and a write cost 7.5 ms at 20,000
            # articles against 5 at 2,000. 16 MiB keeps them (a cap, not an
            # allocation: a small archive uses less).
            db.execute("PRAGMA cache_size = -16384")
            if MIGRATIONS.pending(db):
                if not create and "articles" not in tables:
                    raise ArchiveError(f"{path} is not a newsarchive archive")
                upgrade(db)
        except sqlite3.DatabaseError as exc:
            from scraper.archive.readonly import is_read_only, open_read_only

            if not create and is_read_only(exc):
                # A directory this process may not write: read it without -shm/-wal.
                return open_read_only(path)
            raise ArchiveError(f"cannot open {path} as an archive: {exc}") from None
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def schema_version(self) -> int:
        return len(MIGRATIONS.applied(self.db))

    # -- writes -----------------------------------------------------------------

    def register_site(self, site: SiteDefinition) -> None:
        now = now_utc()
        existing = self.db["sites"].count_where("name = ?", [site.name])
        row = {
            "name": site.name,
            "base_url": site.base_url,
            "timezone": site.timezone,
            "platform": site.platform,
            "region": site.region,
            "definition": json.dumps(site.to_dict(), ensure_ascii=False),
            "last_crawled_at": now,
        }
        if not existing:
            row["first_crawled_at"] = now
        with self.db.atomic():
            self.db["sites"].upsert(row, pk="name")

    def match_article(self, record: ArticleRecord) -> tuple[int | None, str | None]:
        """Which existing row ``record`` is, and how it was matched.

        By its canonical URL, else by any URL it was seen at (aliases, tracking variants,
        redirects), else by the site's own number for the post with the same publication
        time (a slug or title edited) or re-dated (``_re_dated``), else by identical text
        on the same site (a copy).
        Returns ``(None, None)`` for a new article.
        """
        keys = {record.url} | set(record.seen_urls)
        keys |= {canonicalize_url(u) for u in record.seen_urls}
        marks = ",".join("?" * len(keys))
        # The row stored under this very URL first, then any row these URLs point to.
        for article_id, _exact, alias in self.db.execute(
            f"select id, url = ? as exact, 0 as alias from articles where url in ({marks}) "
            f"union all select article_id, 0, 1 from aliases where url in ({marks}) "
            "order by exact desc, alias",
            [record.url, *keys, *keys],
        ).fetchall():
            if alias and record.post_id and self._other_post(article_id, record.post_id):
                # An old URL of another post, freed by its rename and reused by this
                # one (helper-93): not that article.
                continue
            return article_id, "url"
        if record.post_id:
            # The site's own post under a new slug, title or text (scraper.extract.postid);
            # the same publication time too, as a multisite WordPress numbers each blog's
            # posts apart on one host, or else a text that agrees: a post re-dated, its
            # date-based permalink moved with it, on a night the crawl did not run
            # (helper-115: stored twice).
            rows = self.db.execute(
                "select id, url, published_utc, content_hash, text from articles"
                " where site = ? and post_id = ? order by id",
                [record.site, record.post_id],
            ).fetchall()
            for article_id, _url, published_utc, _hash, _text in rows:
                if record.published_utc and published_utc == record.published_utc:
                    return article_id, "post"
            for article_id, url, _published, content_hash, text in rows:
                if _re_dated(url, content_hash, text, record):
                    return article_id, "post"
        for article_id, title, published in self.db.execute(
            "select id, title, published_at from articles where site = ? and content_hash = ?"
            " order by id",
            [record.site, record.content_hash],
        ):
            if _one_publication(title, published, record):
                return article_id, "text"
        return None, None

    def store_article(self, record: ArticleRecord) -> StoreResult:
        """Upsert one record and its aliases; call inside ``db.atomic()``."""
        now = record.fetched_at or now_utc()
        article_id, matched_by = self.match_article(record)
        row = record.to_row()
        filled: tuple[str, ...] = ()
        replaced = False
        answered: str | None = None  # the same post republished at this URL of its site
        if article_id is None:
            row["first_seen_at"] = now
            key = article_key(record.site, row["content_hash"], record.title or "")
            row["id"] = article_id = self._free_id(key)
            columns = ", ".join(row)
            marks = ", ".join("?" * len(row))
            self.db.execute(
                f"insert into articles ({columns}) values ({marks})", list(row.values())
            )
            # Its URL may be an old alias of another post (a slug freed by a rename and
            # reused): it names this article now.
            self.db.execute(
                "update aliases set article_id = ? where url = ?", [article_id, record.url]
            )
            status = NEW
        else:
            current = self.db["articles"].get(article_id)
            if (
                matched_by == "post"
                and current["url"] != record.url
                and _same_post(current, row, record)
            ):
                # A URL new to the archive; a known old URL of the post (a page cache
                # still serving it) never takes the row back (helper-93).
                status = self._renamed(article_id, current, row, now)
                current = self.db["articles"].get(article_id)
            elif current["url"] != record.url:
                # Another URL of a stored article (a syndicated copy, a moved permalink):
                # it adds an alias, never overwrites the stored text.
                status = DUPLICATE
                same_text = current["content_hash"] == row["content_hash"]
                if (
                    same_text
                    and current["site"] == record.site
                    and current["published_utc"] == row["published_utc"]
                ):
                    # The same post at a new URL of its site (a slug edited), not a
                    # copy republished later (which leaves a takedown standing).
                    self.answered_elsewhere[article_id] = record.url
                    if _paths_apart(current["url"], record.url):
                        answered = record.url
                    if current.get("gone_at"):
                        # Taken for gone at its own URL (earlier this run, or on an
                        # earlier night): its text answers at this one.
                        self._move(article_id, current, record.url, now, current["gone_reason"])
                        current = self.db["articles"].get(article_id)
                renamed = (
                    row["post_id"] is not None
                    and row["post_id"] == current["post_id"]
                    and _paths_apart(current["url"], row["url"])
                )
                # One article number at two slugs (``_one_id``): a slug the article
                # left never takes the row back, read with its old headline from a page
                # cache or a stale feed (helper-118: the row and a version each night).
                left = _one_id(row["url"], current["url"]) and self._is_alias(
                    article_id, row["url"]
                )
                if same_text and not renamed and not left and _published_earlier(row, current):
                    # The earliest publication is the original, whatever the crawl order
                    # (of one post's pages, ``/slug/`` over ``/slug/comment-page-1/``; of
                    # one post renamed, the URL it was renamed to: ``_renamed``).
                    if row["title"] != current["title"] and _one_id(row["url"], current["url"]):
                        # Its headline edited with its slug: the old one a version.
                        self._save_version(article_id, current, now)
                    self._replace(article_id, row, current)
                    replaced = True
                    if answered:
                        # The row took this URL: the one it left answers the text too.
                        answered = self.answered_elsewhere[article_id] = current["url"]
            elif (current["content_hash"], current["title"]) == (row["content_hash"], row["title"]):
                status = UNCHANGED
                filled = self._fill_missing(article_id, row, current)
                filled += self._refresh_metadata(
                    article_id, row, current, now, record.source_modified
                )
            else:
                self._save_version(article_id, current, now, re_dated=row["published_at"])
                self._replace(article_id, row, current)
                status = UPDATED
            if current.get("gone_at") and current["url"] == record.url:
                # The article itself answers again (not a syndicated copy of it).
                self.db["articles"].update(article_id, {"gone_at": None, "gone_reason": None})
                self.add_event(article_id, now, "back", f"answered again at {record.url}")
        if status in (NEW, UPDATED):
            self.store_event_dates(article_id, record.event_dates)
        self.add_aliases(article_id, [record.url, *record.seen_urls], now)
        if answered:
            # Remembered for later nights: should the article's own URL be taken
            # down, the crawl asks this one again (``KnownArticles.answered_aliases``)
            # and the article moves here if it still answers (``record_gone``).
            self.db.execute("update aliases set answered_at = ? where url = ?", [now, answered])
        return StoreResult(status, article_id, record.url, filled, replaced)

    def _free_id(self, wanted: int) -> int:
        """``wanted``, or the next free number after it (a hash collision: rare)."""
        while self.db.execute("select 1 from articles where id = ?", [wanted]).fetchone():
            wanted = wanted % ID_SPACE + 1
        return wanted

    def store_event_dates(self, article_id: int, dates: list[dict]) -> None:
        self.db.execute("delete from article_dates where article_id = ?", [article_id])
        if dates:
            self.db.conn.executemany(
                "insert into article_dates"
                " (article_id, position, surface, value, kind, conflict, relative)"
                " values (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        d["position"],
                        d["surface"],
                        d["value"],
                        d["kind"],
                        d["conflict"],
                        d.get("relative"),
                    )
                    for d in dates
                ],
            )

    def store_entities(self, article_id: int, entities: dict | None, new: bool = False) -> None:
        """The units, people and places of one article (``Entities.to_dict()``), replacing
        what was stored for it (nothing to replace for a ``new`` article); None clears
        them. Plain statements: the crawl's hot path."""
        conn = self.db.conn
        if not new:
            for table in ("article_units", "article_people", "article_places"):
                conn.execute(f"delete from {table} where article_id = ?", [article_id])
        if not entities:
            return
        if entities.get("units"):
            conn.executemany(
                "insert into article_units (article_id, position, name, level, parent,"
                " region_code, surface, start, mentions, in_title, implied, known)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        i,
                        u["name"],
                        u["level"],
                        u["parent"],
                        u["region_code"],
                        u["surface"],
                        u["start"],
                        u["mentions"],
                        u["in_title"],
                        u["implied"],
                        u["known"],
                    )
                    for i, u in enumerate(entities["units"])
                ],
            )
        if entities.get("people"):
            conn.executemany(
                "insert into article_people (article_id, position, name, rank, titles,"
                " role_position, unit, role, surface, start, mentions)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        i,
                        p["name"],
                        p["rank"],
                        json.dumps(p["titles"], ensure_ascii=False),
                        p["position"],
                        p["unit"],
                        p["role"],
                        p["surface"],
                        p["start"],
                        p["mentions"],
                    )
                    for i, p in enumerate(entities["people"])
                ],
            )
        if entities.get("places"):
            conn.executemany(
                "insert into article_places (article_id, position, name, level, code,"
                " surface, start, dateline, mentions) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        i,
                        p["name"],
                        p["level"],
                        p["code"],
                        p["surface"],
                        p["start"],
                        p["dateline"],
                        p["mentions"],
                    )
                    for i, p in enumerate(entities["places"])
                ],
            )

    def _save_version(
        self,
        article_id: int,
        current: dict,
        replaced_at: str,
        reason: str = "edited",
        re_dated: str | None = None,
    ) -> None:
        """Keep the text being replaced, so edits stay visible (``newsarchive history``).

        ``reason``: "edited" (the site changed it) or "reextracted" (``reextract`` read
        the kept page again with a changed extraction)."""
        number = self.db.execute(
            "select coalesce(max(version), 0) + 1 from article_versions where article_id = ?",
            [article_id],
        ).fetchone()[0]
        self.db["article_versions"].insert(
            {
                "article_id": article_id,
                "version": number,
                "title": current["title"],
                "text": current["text"],
                "content_hash": current["content_hash"],
                "fetched_at": current["fetched_at"],
                "replaced_at": replaced_at,
                "reason": reason,
                "warc_file": current.get("warc_file"),
                "warc_offset": current.get("warc_offset"),
                "warc_length": current.get("warc_length"),
            }
        )
        detail = f"version {number} replaced"
        old = current["published_at"]
        if re_dated and old and _another_date(old, re_dated):
            # Versions keep text and title; the event keeps the date an edit changed
            # (helper-117: a year's typo fixed with the text left no trace of it).
            detail += f"; re-dated {old} -> {re_dated}"
        self.add_event(article_id, replaced_at, reason, detail)

    def add_event(self, article_id: int, at: str, event: str, detail: str = "") -> None:
        self.db["article_events"].insert(
            {"article_id": article_id, "at": at, "event": event, "detail": detail}
        )

    def record_gone(self, url: str, reason: str, at: str | None = None) -> str | None:
        """Mark the stored article at ``url`` as taken down; never delete it.

        Returns "gone" when it was online until now, "still gone" when it was taken down
        already (nothing new: no event, and a crawl does not count it again), "moved"
        when the article lives at another URL (``url`` is only an old one of it, a slug
        renamed; or its very text answered at another URL of its site in this run:
        ``answered_elsewhere``, read there again when an earlier night had seen it
        there, ``aliases.answered_at``; the article's URL becomes that one, and a
        ``moved`` event says so), None when no stored article answers to ``url``.
        """
        article_id = self.find_article(url)
        if article_id is None:
            return None
        at = at or now_utc()
        current = self.db["articles"].get(article_id)
        if canonicalize_url(url) != canonicalize_url(current["url"]):
            # An alias: an old slug of a renamed post, a copy elsewhere. The article
            # is online at its own URL, as far as this answer tells; the alias no
            # longer answers its text, nor is it asked again (``answered_at``).
            self.db.execute(
                "update aliases set answered_at = null where url = ? and answered_at is not null",
                [url],
            )
            return "moved"
        elsewhere = self.answered_elsewhere.get(article_id)
        if elsewhere is not None and elsewhere != url:
            self._move(article_id, current, elsewhere, at, reason)
            return "moved"
        gone = self.db.execute("select gone_at from articles where id = ?", [article_id]).fetchone()
        if gone[0]:
            return "still gone"
        self.db["articles"].update(article_id, {"gone_at": at, "gone_reason": reason})
        self.add_event(article_id, at, "gone", f"{reason} at {url}")
        return "gone"

    def _is_alias(self, article_id: int, url: str) -> bool:
        """Whether ``url`` is already recorded as an old address of the article."""
        return (
            self.db.execute(
                "select 1 from aliases where url = ? and article_id = ?", [url, article_id]
            ).fetchone()
            is not None
        )

    def _other_post(self, article_id: int, post_id: str) -> bool:
        """Whether the article is known as another post of its site than ``post_id``."""
        row = self.db.execute("select post_id from articles where id = ?", [article_id]).fetchone()
        return row is not None and row[0] is not None and row[0] != post_id

    def _renamed(self, article_id: int, current: dict, row: dict, now: str) -> str:
        """The site's own post read at another URL of its site (``_same_post``): an
        editor changed its slug, mostly with its headline, or its date, which a
        date-based permalink carries.
        It lives at the new URL now, the old one an alias; an edited title or text keeps
        the stored one as a version. Returns the status: updated or unchanged."""
        edited = (current["content_hash"], current["title"]) != (row["content_hash"], row["title"])
        if edited:
            self._save_version(article_id, current, now)
        self._replace(article_id, row, current)
        if current.get("gone_at"):
            self.db["articles"].update(article_id, {"gone_at": None, "gone_reason": None})
        re_dated = row["published_at"] != current["published_at"] and row["published_at"]
        renamed = not (
            re_dated and _apart_in_numbers(urlsplit(current["url"]).path, urlsplit(row["url"]).path)
        )
        what = f"post {row['post_id']}" + (" renamed" if renamed else "")
        if re_dated:
            # Only the date moved a date-based permalink: "re-dated", not "renamed"
            # (helper-117).
            dates = f"{current['published_at']} -> {row['published_at']}"
            what += f"{',' if renamed else ''} re-dated {dates},"
        self.add_event(article_id, now, "moved", f"{what} at {current['url']}; now at {row['url']}")
        return UPDATED if edited else UNCHANGED

    def find_article(self, url: str) -> int | None:
        """The id of the article stored at, or aliased as, ``url``."""
        keys = {url, canonicalize_url(url)}
        marks = ",".join("?" * len(keys))
        row = self.db.execute(
            f"select id, 0 as rank from articles where url in ({marks}) "
            f"union all select article_id, 1 from aliases where url in ({marks}) "
            "order by rank limit 1",
            [*keys, *keys],
        ).fetchone()
        return row[0] if row else None

    # -- revisits ---------------------------------------------------------------

    def mark_checked(self, article_id: int, at: str, schedule_days: tuple[int, ...]) -> None:
        """Record a fetch of a known article and when it is next due, if ever.

        Revisits thin out with age: due ``schedule_days`` after the article was first
        seen (1, 7, 30 days by default), then never.
        """
        first_seen = self.db.execute(
            "select first_seen_at from articles where id = ?", [article_id]
        ).fetchone()[0]
        self.db.execute(
            """insert into article_checks (article_id, last_checked_at, next_check_at, checks)
               values (?, ?, ?, 1)
               on conflict (article_id) do update set last_checked_at = excluded.last_checked_at,
                 next_check_at = excluded.next_check_at, checks = checks + 1""",
            [article_id, at, next_check(first_seen, at, schedule_days)],
        )

    def remember_marker(self, url: str, source_modified: str | None, at: str) -> None:
        """Keep discovery's last-change marker of a fetched URL for the next crawl."""
        if source_modified:
            self.db.execute(
                """insert into page_markers (url, source_modified, seen_at) values (?, ?, ?)
                   on conflict (url) do update set source_modified = excluded.source_modified,
                     seen_at = excluded.seen_at""",
                [url, source_modified, at],
            )

    def vote_zone(self, site: str, zone: str, evidence: str | None, at: str) -> None:
        """One new article of ``site`` showed its times in ``zone`` (``evidence``: how)."""
        self.db.execute(
            """insert into site_zone_votes (site, zone, evidence, pages, last_seen_at)
               values (?, ?, ?, 1, ?)
               on conflict (site, zone, evidence) do update set pages = pages + 1,
                 last_seen_at = excluded.last_seen_at""",
            [site, zone, evidence or "", at],
        )

    def learned_zone(self, site: str) -> tuple[str, str] | None:
        """The zone ``site``'s own pages show, once they agree: at least
        ``LEARN_MIN_PAGES`` pages and ``LEARN_AGREEMENT`` of those that said anything.
        Returns the zone and a line of evidence, or None while it is not known."""
        votes: dict[str, int] = {}
        how: dict[str, list[tuple[int, str]]] = {}
        for zone, evidence, pages in self.db.execute(
            "select zone, evidence, pages from site_zone_votes where site = ?", [site]
        ):
            votes[zone] = votes.get(zone, 0) + pages
            how.setdefault(zone, []).append((pages, evidence))
        if not votes:
            return None
        zone, pages = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        total = sum(votes.values())
        if pages < LEARN_MIN_PAGES or pages < LEARN_AGREEMENT * total:
            return None
        kinds = ", ".join(f"{e} {n}" for n, e in sorted(how[zone], reverse=True)[:3])
        return zone, f"{pages} of {total} pages ({kinds})"

    def due_revisits(self, site: str, now: str, limit: int = 10000) -> list[str]:
        """URLs of the site's stored, not taken-down articles whose revisit is due."""
        rows = self.db.execute(
            """select a.url from article_checks c join articles a on a.id = c.article_id
               where a.site = ? and c.next_check_at is not null and c.next_check_at <= ?
                 and a.gone_at is null
               order by c.next_check_at limit ?""",
            [site, now, limit],
        ).fetchall()
        return [r[0] for r in rows]

    def _move(self, article_id: int, current: dict, url: str, at: str, reason: str) -> None:
        """The article's own URL stopped answering (``reason``) and its very text answers
        at ``url`` of its site: it lives there now, its old URL an alias, online."""
        self.add_aliases(article_id, [current["url"]], current["first_seen_at"] or at)
        self.db["articles"].update(article_id, {"url": url, "gone_at": None, "gone_reason": None})
        self.add_event(article_id, at, "moved", f"{reason} at {current['url']}; now at {url}")

    def _replace(self, article_id: int, row: dict, current: dict) -> None:
        update = {k: v for k, v in row.items() if k != "first_seen_at"}
        if current["url"] != row["url"]:
            self.add_aliases(article_id, [current["url"]], current["first_seen_at"] or now_utc())
        self.db["articles"].update(article_id, update)

    def _fill_missing(self, article_id: int, row: dict, current: dict) -> tuple[str, ...]:
        """Same text: only fields the stored copy lacks are filled (never overwritten).
        Returns the columns filled. The entity columns go together: they are filled only
        when the stored copy has none (an article stored before they existed), and the
        caller then writes the entity tables too (``ArchiveWriter``)."""
        entities_missing = current.get("topics") is None and row.get("topics") is not None
        missing = {
            k: v
            for k, v in row.items()
            if v not in (None, "", "[]")
            and current.get(k) in (None, "", "[]")
            and k not in {"fetched_at", "first_seen_at"}
            and (entities_missing or k not in ENTITY_COLUMNS)
        }
        if missing:
            self.db["articles"].update(article_id, missing)
        return tuple(missing)

    def _refresh_metadata(
        self, article_id: int, row: dict, current: dict, now: str, listed: str | None = None
    ) -> tuple:
        """Same text and title, but the page says it was edited since the stored reading
        (a later ``modified_at``; for a page that prints none, a sitemap's or API's
        last change, ``listed``, after the stored fetch: helper-117's Blogger post): its
        date corrected, its category or tags changed (helper-115: kept as first read,
        counted unchanged). The page's newer values replace the stored ones, never with
        nothing, and a ``metadata`` event says what changed. Only a date the page states
        in its metadata (``_STATED``), and not a day for a stored minute, corrects the
        stored one. A modification time that is the moment of the fetch is the page's
        render time, which some themes print on every request, not an edit
        (helper-116). Returns the columns changed."""
        stored, read = _instant(current["modified_at"]), _instant(row["modified_at"])
        if stored is None and read is None:
            stored, read = _instant(current["fetched_at"]), _instant(listed)
        if stored is None or read is None or read <= stored:
            return ()
        fetched = _instant(row["fetched_at"])
        if fetched is not None and abs((fetched - read).total_seconds()) < RENDER_SECONDS:
            return ()
        fields = _METADATA_FIELDS
        if row["published_at_source"] not in _STATED or (
            "T" in (current["published_at"] or "") and "T" not in (row["published_at"] or "")
        ):
            fields = tuple(f for f in fields if not f.startswith("published_"))
        changed = {
            k: row[k] for k in fields if row[k] not in (None, "", "[]") and row[k] != current[k]
        }
        if "published_at" in changed:
            changed["date_conflict"] = row["date_conflict"]  # the new reading's, or none
        if not changed:
            return ()
        self.db["articles"].update(article_id, changed)
        said = [f"{k} {current[k]} -> {changed[k]}" for k in _SAID_FIELDS if k in changed]
        if said:
            self.add_event(article_id, now, "metadata", "; ".join(said))
        return tuple(changed)

    def add_aliases(self, article_id: int, urls: Iterable[str], seen_at: str) -> None:
        self.db.conn.executemany(
            "insert or ignore into aliases (url, article_id, first_seen_at) values (?, ?, ?)",
            [(u, article_id, seen_at) for u in sorted(set(urls)) if u],
        )

    def add_alias_for(self, url: str, target: str, seen_at: str | None = None) -> bool:
        """Record ``url`` as an alias of the article stored at (or aliased as) ``target``.

        Returns False when no stored article answers to ``target`` yet.
        """
        article_id = self.find_article(target)
        if article_id is None:
            return False
        self.add_aliases(article_id, [url], seen_at or now_utc())
        return True

    # -- crawl runs -------------------------------------------------------------

    def start_run(self, sites: list[str], warc_dir: str | None = None) -> int:
        """Open a run's ledger row; ``warc_dir``: where it keeps its raw pages (absolute)."""
        row = {"started_at": now_utc(), "sites": json.dumps(sites), "status": "running"}
        with self.db.atomic():
            return self.db["crawl_runs"].insert({**row, "warc_dir": warc_dir}).last_pk

    def warc_dirs(self) -> list[str]:
        """The folders crawls of this archive kept raw pages in, the latest first."""
        rows = self.db.execute(
            "select warc_dir from crawl_runs where warc_dir is not null "
            "group by warc_dir order by max(id) desc"
        )
        return [row[0] for row in rows]

    def close_interrupted_runs(self) -> int:
        """Mark runs left ``running`` by a killed crawl as ``interrupted``, with what is
        known of them: the articles they committed (``counts_committed_since_start``),
        every other count unknown. A run killed with -9 kept ``articles_new`` 0 though
        it had stored 100 articles (helper-81's trial)."""
        running = self.db.execute(
            "select id, sites from crawl_runs where status = 'running'"
        ).fetchall()
        with self.db.atomic():
            for run_id, sites in running:
                counts = self.counts_committed_since_start(run_id, json.loads(sites or "[]"))
                self.db["crawl_runs"].update(
                    run_id,
                    {
                        "status": "interrupted",
                        "message": "the crawl process was stopped before it finished",
                        "articles_new": counts.articles_new,
                    },
                )
        return len(running)

    def save_validators(self, validators: dict[str, tuple[str | None, str | None]]) -> None:
        """Remember ETag/Last-Modified of discovery pages for the next conditional crawl."""
        now = now_utc()
        with self.db.atomic():
            self.db["http_validators"].upsert_all(
                [
                    {"url": url, "etag": etag, "last_modified": modified, "seen_at": now}
                    for url, (etag, modified) in validators.items()
                ],
                pk="url",
            )

    def finish_run(
        self,
        run_id: int,
        counts: RunCounts,
        status: str,
        message: str = "",
        workers: list[dict] | None = None,
    ) -> None:
        """Close a run's ledger row; ``workers`` (a distributed crawl) lists who fetched."""
        extra = {}
        if workers is not None and "workers" in self.db["crawl_runs"].columns_dict:
            extra["workers"] = json.dumps(workers, ensure_ascii=False)
        row = {
            "pages_fetched": counts.pages_fetched,
            "articles_new": counts.articles_new,
            "articles_updated": counts.articles_updated,
            "articles_unchanged": counts.articles_unchanged,
            "articles_duplicate": counts.articles_duplicate,
            "pages_not_article": counts.pages_not_article,
            "article_pages_fetched": counts.article_pages_fetched,
            "pages_skipped": counts.pages_skipped,
            "articles_gone": counts.articles_gone,
            "errors": counts.errors,
            "error_kinds": json.dumps(counts.error_kinds, sort_keys=True),
            "unaccounted": json.dumps(counts.unaccounted, ensure_ascii=False),
        }
        if not counts.known:
            # Unknown is empty, not zero: a run of zeros would read as "found nothing".
            row = {key: None for key in row} | {"articles_new": counts.articles_new}
        with self.db.atomic():
            self.db["crawl_runs"].update(
                run_id,
                {**extra, **row, "finished_at": now_utc(), "status": status, "message": message},
            )

    def articles_back(self, run_id: int, sites: list[str]) -> int:
        """Articles of ``sites`` taken down before that answered again since the run
        started (``back`` events; the crawl lock kept any other crawl from writing)."""
        row = self.db.execute("select started_at from crawl_runs where id = ?", [run_id]).fetchone()
        if not row or not sites:
            return 0
        marks = ",".join("?" * len(sites))
        return self.db.execute(
            "select count(distinct e.article_id) from article_events e join articles a"
            f" on a.id = e.article_id where e.event = 'back' and e.at >= ? and a.site in ({marks})",
            [row[0], *sites],
        ).fetchone()[0]

    def counts_committed_since_start(self, run_id: int, sites: list[str]) -> RunCounts:
        """What is known of a run whose crawl process never reported: the articles it
        stored first (``first_seen_at`` since the run started; the crawl lock kept any
        other crawl from storing meanwhile). Every other count is unknown."""
        row = self.db.execute("select started_at from crawl_runs where id = ?", [run_id]).fetchone()
        marks = ",".join("?" * len(sites))
        new = self.db.execute(
            f"select count(*) from articles where site in ({marks}) and first_seen_at >= ?",
            [*sites, row[0]],
        ).fetchone()[0]
        return RunCounts(articles_new=new, known=False)


def next_check(first_seen: str | None, now: str, schedule_days: tuple[int, ...]) -> str | None:
    """The first scheduled revisit after ``now``, or None when the schedule is done."""
    if not first_seen:
        return None
    start = datetime.fromisoformat(first_seen.replace("Z", "+00:00"))
    current = datetime.fromisoformat(now.replace("Z", "+00:00"))
    for days in sorted(schedule_days):
        due = start + timedelta(days=days)
        if due > current:
            return due.astimezone(timezone.utc).isoformat(timespec="seconds")
    return None


# What a later reading of the same text may correct (``Archive._refresh_metadata``),
# and which of those a ``metadata`` event names (a new modification time alone, or the
# time's second form, is no news).
_METADATA_FIELDS = (
    "published_at",
    "published_utc",
    "published_at_source",
    "modified_at",
    "categories",
    "tags",
)
_SAID_FIELDS = ("published_at", "categories", "tags")
# Where a page states its date in its metadata (``published_at_source``), as opposed to
# a date printed in its text, its URL's day, htmldate's guess or a relative stamp.
_STATED = frozenset({"api", "json-ld", "meta", "feed", "time-element"})
# A modification time this close to the fetch is the page's render time.
RENDER_SECONDS = 120


# "berita-103-" of Lokomedia's "berita-103-<judul_seo>.html": a word, the number, a
# dash. Not a leading date ("2023-11-12-apel-pagi"), which two articles share.
_URL_ID = re.compile(r"^([A-Za-z][A-Za-z_]*-\d+)-")


def _one_id(a: str, b: str) -> str | None:
    """The article number two URLs of a site share where a CMS finds the article by it,
    whatever slug follows (Lokomedia's ``/berita-103-<judul_seo>.html``): the path up to
    the last segment's word and number (``_URL_ID``), when the two agree on it."""
    pa, pb = urlsplit(a).path.rstrip("/"), urlsplit(b).path.rstrip("/")
    head_a, _, last_a = pa.rpartition("/")
    head_b, _, last_b = pb.rpartition("/")
    ma, mb = _URL_ID.match(last_a), _URL_ID.match(last_b)
    if head_a != head_b or not ma or not mb or ma.group(1) != mb.group(1):
        return None
    return ma.group(1)


def _published_earlier(new: dict, current: dict) -> bool:
    """Whether ``new`` is the original of the two copies: published first, else the URL
    that names the article (``names_its_page``: ``/berita/140-judul`` over the same
    article's ``/berita/140`` or ``index.php?id=140``), else the one whose slug has the
    fewest words its title lacks, else the shorter URL, else the URL that sorts first;
    the same answer in any arrival order."""
    a, b = new.get("published_utc"), current.get("published_utc")
    if a and b and a != b:
        return a < b
    # One article number at two slugs, the headline edited: the slug that spells the
    # newer headline names it (helper-117: the row kept the old slug), whichever of the
    # two URLs was read with it.
    title = new.get("title") if _one_id(new["url"], current["url"]) else current.get("title")
    return a == b and _url_rank(new["url"], new.get("title")) < _url_rank(current["url"], title)


def _url_rank(url: str, title: str | None = None) -> tuple[bool, int, int, str]:
    """Lower is the better URL for a row among its copies' (see ``_published_earlier``).

    A CMS that finds an article by the id in its URL answers at any slug (Lokomedia's
    ``/berita-<id>-<judul_seo>.html``): after an editor retitles it, the site links the
    new slug while a stale feed still names the old one, the shorter one here. The slug
    that spells the title is the article's name."""
    return (not names_its_page(url), _slug_words_off_title(url, title), len(url), url)


_SLUG_WORD = re.compile(r"[^\W_]+")


def _slug_words_off_title(url: str, title: str | None) -> int:
    """How many words of the URL's last path segment the title does not hold (its words
    as written and with their hyphens dropped: "Bati-Bati" is also "batibati")."""
    if not title:
        return 0
    folded = title.casefold()
    words = set(_SLUG_WORD.findall(folded)) | set(_SLUG_WORD.findall(folded.replace("-", "")))
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    segment = re.sub(r"\.[a-z]{2,5}$", "", segment.casefold())
    return sum(1 for w in _SLUG_WORD.findall(segment) if not w.isdigit() and w not in words)


# Article ids are 53-bit numbers: exact in JSON and JavaScript (Datasette, pandas).
ID_SPACE = 2**53 - 1
# A site's zone is learned from this many of its pages, agreeing this much.
LEARN_MIN_PAGES = 3
LEARN_AGREEMENT = 0.9


def _re_dated(stored_url: str, content_hash: str, text: str | None, record: ArticleRecord) -> bool:
    """Whether ``record`` is the stored post (the same number) re-dated: its path differs
    from the stored one in numbers alone, as a date-based permalink moves with the post's
    date (``/2023/09/15/slug/`` to ``/2023/09/14/slug/``, helper-115: stored twice), and
    its text agrees (the same, or most of their five-word sequences shared:
    ``TEXTS_AGREE``). The blogs of a multisite WordPress number their posts apart on one
    host: their paths differ in a word (``/paser/…`` and ``/ppu/…``), and a weekly
    notice from one template agrees with another blog's (helper-116)."""
    if not _apart_in_numbers(urlsplit(stored_url).path, urlsplit(record.url).path):
        return False
    if content_hash == record.content_hash:
        return True
    return jaccard(shingles(text or ""), shingles(record.text)) >= TEXTS_AGREE


# A post whose text was edited (a paragraph added, a name fixed) keeps most of its
# five-word sequences; another post shares almost none.
TEXTS_AGREE = 0.5


def _another_date(old: str, new: str) -> bool:
    """Whether two dates of an article say another moment, not the same one in another
    form: a day for its minute (helper-118: "re-dated …T13:10:00+08:00 -> 2024-03-26")."""
    if "T" in old and "T" in new:
        return old != new
    return old[:10] != new[:10]


def _apart_in_numbers(a: str, b: str) -> bool:
    """Two paths with the same segments but for numbers (``2023/09/15`` and ``…/14``)."""
    one, other = a.strip("/").split("/"), b.strip("/").split("/")
    return len(one) == len(other) and all(
        x == y or (x.isdigit() and y.isdigit()) for x, y in zip(one, other)
    )


def _same_post(current: dict, row: dict, record: ArticleRecord) -> bool:
    """Whether a new reading at another URL is the stored post renamed: the same number
    for it (``post_id``), the same publication time or re-dated (``_re_dated``), and a
    path of its own. A path that
    extends the stored one, or is extended by it, is a page of the same post still
    answering beside it (``/slug/comment-page-2/``, ``/slug/2/``, ``/slug/amp/``), and a
    path the same but for its query another form of it: neither is a rename. Nor is a
    reading that says it was not edited since the stored one (``modified_at``)."""
    if not (
        row["post_id"] is not None
        and (current["site"], current["post_id"]) == (row["site"], row["post_id"])
    ):
        return False
    same_time = (
        row["published_utc"] is not None and row["published_utc"] == current["published_utc"]
    )
    if not same_time and not _re_dated(
        current["url"], current["content_hash"], current["text"], record
    ):
        return False
    stored, read = _instant(current["modified_at"]), _instant(row["modified_at"])
    if stored is not None and read is not None and read <= stored:
        # Not edited since the stored reading: an old URL still answering (a page cache)
        # is not where the post went, whichever of the two a crawl reads first.
        return False
    return _paths_apart(current["url"], row["url"])


def _instant(value: str | None) -> datetime | None:
    """An ISO time with its offset as an aware datetime; None for a bare day, a time
    with no offset or anything else (not comparable across zones)."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return parsed if parsed is not None and parsed.tzinfo is not None else None


def _paths_apart(stored: str, other: str) -> bool:
    """Whether ``other`` has a path of its own, neither ``stored``'s nor extending it nor
    extended by it (see ``_same_post``)."""
    old = urlsplit(stored).path.rstrip("/") + "/"
    new = urlsplit(other).path.rstrip("/") + "/"
    return not (old.startswith(new) or new.startswith(old))


def _one_publication(title: str, published_at: str | None, record: ArticleRecord) -> bool:
    """Whether a stored article with ``record``'s very text on the same site is the same
    publication: a URL variant that names no canonical keeps the title or the day.
    Recurring notices whose body never changes ("Jadwal SIM Keliling … Senin 6
    November 2023", the next day's with another date in its title) are as many
    articles (helper-85's trial: four became one). Days as the site states them; a
    copy without a date is the same publication only under the same title."""
    if title == record.title:
        return True
    if not published_at or not record.published_at:
        return False
    return published_at[:10] == record.published_at[:10]


def article_key(site: str, content_hash: str, title: str = "") -> int:
    """The id a new article gets: a hash of its site, its first text and its title.

    Not a counter, so the same site crawled into a fresh archive gives every article
    the same id whatever order its pages arrived in: copies of one text under one title
    on one site (the same article, whichever URL and date become its row) share it, and
    a notice whose body recurs every day under a dated title (``_one_publication``) gets
    one id a day. (The title, not the day: the copies of one article that the identity
    rule joins mostly share it, while one may carry no date; helper-87's review.)
    """
    key = f"{site}\0{content_hash}\0{title}" if title else f"{site}\0{content_hash}"
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % ID_SPACE + 1
