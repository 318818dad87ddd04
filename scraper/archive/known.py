"""A read-only view of what the archive already holds, for deciding what not to fetch.

Opened by the crawler beside the writer (WAL mode lets both work at once). Lookups are
single indexed queries, so memory does not grow with the archive.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class KnownArticles:
    def __init__(self, db_path: str | Path):
        path = Path(db_path)
        self.conn: sqlite3.Connection | None = None
        if path.exists():
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            self.conn.execute("PRAGMA busy_timeout = 30000")

    def lookup(self, url: str) -> tuple[int, str | None] | None:
        """``(article_id, source_modified)`` of the article at (or aliased as) ``url``."""
        if self.conn is None:
            return None
        row = self.conn.execute(
            """select a.id, c.source_modified from articles a
               left join article_checks c on c.article_id = a.id where a.url = ?
               union all
               select x.article_id, c.source_modified from aliases x
               left join article_checks c on c.article_id = x.article_id where x.url = ?
               limit 1""",
            [url, url],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def is_non_article(self, url: str) -> bool:
        """True for a page an earlier crawl fetched and judged not to be an article."""
        if self.conn is None:
            return False
        try:
            row = self.conn.execute("select 1 from non_articles where url = ?", [url]).fetchone()
        except sqlite3.OperationalError:  # an archive from before migration m004
            return False
        return row is not None

    def validators(self) -> dict[str, tuple[str | None, str | None]]:
        """Stored ``ETag``/``Last-Modified`` of discovery pages, for conditional requests."""
        if self.conn is None:
            return {}
        try:
            rows = self.conn.execute("select url, etag, last_modified from http_validators")
        except sqlite3.OperationalError:  # an archive from before migration m004
            return {}
        return {url: (etag, modified) for url, etag, modified in rows}

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
