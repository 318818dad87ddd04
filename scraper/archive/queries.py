"""Read-side queries: search, export and statistics, as plain iterators of dicts.

These never write, so they can run while a crawl writes (WAL mode). Date filters act on
the local calendar day the site printed (the first ten characters of ``published_at``).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from scraper.archive.store import Archive, ArchiveError

EXPORT_COLUMNS = (
    "id",
    "url",
    "site",
    "title",
    "published_at",
    "published_utc",
    "published_at_source",
    "modified_at",
    "authors",
    "tags",
    "categories",
    "description",
    "image_url",
    "language",
    "slug",
    "content_hash",
    "fetched_at",
    "story_id",
    "gone_at",
    "text",
)
JSON_COLUMNS = ("authors", "tags", "categories")


@dataclass(frozen=True)
class Filters:
    """The filters every read command shares (``--site``, ``--since``, ``--until``)."""

    site: str | None = None
    since: date | None = None
    until: date | None = None

    def where(self, table: str = "articles") -> tuple[str, list]:
        clauses, params = [], []
        if self.site:
            clauses.append(f"{table}.site = ?")
            params.append(self.site)
        if self.since:
            clauses.append(f"substr({table}.published_at, 1, 10) >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append(f"substr({table}.published_at, 1, 10) <= ?")
            params.append(self.until.isoformat())
        return (" and ".join(clauses) or "1"), params


def decode_row(row: dict) -> dict:
    """JSON-array columns back to lists."""
    for key in JSON_COLUMNS:
        if key in row and isinstance(row[key], str):
            with contextlib.suppress(ValueError):
                row[key] = json.loads(row[key])
    return row


def search(archive: Archive, query: str, filters: Filters, limit: int = 20) -> list[dict]:
    """Full-text search (SQLite FTS5 syntax), best match first.

    A query that is not valid FTS5 ("Jum'at", "Pemilu-2024", "polisi -narkoba") is
    searched again as the phrase of its words, which is what a person typing it meant;
    only if that fails too is it an error.
    """
    check_site(archive, filters.site)
    where, params = filters.where()
    sql = f"""
        select articles.id, articles.url, articles.site, articles.title,
               articles.published_at,
               snippet(articles_fts, 1, '[', ']', ' … ', 16) as snippet
        from articles_fts join articles on articles.id = articles_fts.rowid
        where articles_fts match ? and {where}
        order by rank limit ?
    """
    try:
        cursor = archive.db.execute(sql, [query, *params, limit])
    except sqlite3.OperationalError as first:
        words = re.findall(r"\w+", query)
        try:
            if not words:
                raise first
            phrase = '"' + " ".join(words) + '"'
            cursor = archive.db.execute(sql, [phrase, *params, limit])
        except sqlite3.OperationalError:
            raise ArchiveError(
                f'cannot search for {query!r}: {first}. Use words, "an exact phrase" '
                "in double quotes, AND / OR / NOT in capitals, and word* for a prefix"
            ) from None
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def check_site(archive: Archive, site: str | None) -> None:
    """A --site that the archive has never seen is a typo worth saying so."""
    if (
        site
        and not archive.db.execute(
            "select 1 from articles where site = ? limit 1", [site]
        ).fetchone()
    ):
        known = [r[0] for r in archive.db.execute("select distinct site from articles")]
        raise ArchiveError(
            f"site {site!r} has no articles in the archive (sites: {', '.join(known) or 'none'})"
        )


def iter_articles(archive: Archive, filters: Filters, batch: int = 500) -> Iterator[dict]:
    """Every matching article, oldest first, streamed in batches (constant memory)."""
    check_site(archive, filters.site)
    where, params = filters.where()
    columns = ", ".join(EXPORT_COLUMNS)
    last_id = 0
    while True:
        rows = archive.db.execute(
            f"select {columns} from articles where {where} and id > ? order by id limit ?",
            [*params, last_id, batch],
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield dict(zip(EXPORT_COLUMNS, row))
        last_id = rows[-1][0]


def site_stats(archive: Archive, days: int = 30) -> list[dict]:
    """Per site: articles, date coverage, share without a date, and whether it is alive.

    ``new_per_day`` is the mean number of articles first seen per day over the last
    ``days`` days, and ``last_ok_crawl`` the end of the last successful crawl, so a
    site that went silent (or keeps failing) stands out.
    """
    since = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")
    rows = archive.db.execute(
        """
        select a.site, count(*) as articles,
               min(substr(a.published_at, 1, 10)) as first_published,
               max(substr(a.published_at, 1, 10)) as last_published,
               sum(a.published_at is null) as without_date,
               sum(a.first_seen_at >= :since) as recent,
               (select count(*) from aliases x join articles y on y.id = x.article_id
                 where y.site = a.site) as urls_seen,
               (select max(r.finished_at) from crawl_runs r, json_each(r.sites) j
                 where j.value = a.site and r.status = 'ok') as last_ok_crawl,
               s.last_crawled_at
        from articles a left join sites s on s.name = a.site
        group by a.site order by a.site
        """,
        {"since": since},
    ).fetchall()
    out = []
    for site, count, first, last, undated, recent, urls, last_ok, crawled in rows:
        out.append(
            {
                "site": site,
                "articles": count,
                "first_published": first,
                "last_published": last,
                "without_date": undated,
                "share_without_date": round(undated / count, 3) if count else 0.0,
                "new_per_day": round((recent or 0) / days, 2),
                "urls_seen": urls,
                "last_ok_crawl": last_ok,
                "last_crawled_at": crawled,
            }
        )
    return out


def recent_runs(archive: Archive, limit: int = 10) -> list[dict]:
    """The latest crawls, newest first; JSON columns decoded."""
    rows = list(archive.db["crawl_runs"].rows_where(order_by="id desc", limit=limit))
    for row in rows:
        for key in ("sites", "error_kinds"):
            if isinstance(row.get(key), str):
                with contextlib.suppress(ValueError):
                    row[key] = json.loads(row[key])
    return rows
