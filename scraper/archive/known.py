"""A read-only view of what the archive already holds, for deciding what not to fetch.

Opened by the crawler beside the writer (WAL mode lets both work at once). Lookups are
single indexed queries, so memory does not grow with the archive.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from scraper.extract.pagekind import lists_articles

# Verdicts that may change soon (a maintenance page, a half-published post, a page
# quarantined as spam that its site may have cleaned).
TRANSIENT_REASONS = ("too little text", "empty", "no title", "spam")
RECHECK_DAYS = 7


class KnownArticles:
    def __init__(self, db_path: str | Path | None):
        # Rows first seen from now on were stored by this very crawl.
        self.opened_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._any_before_run: bool | None = None
        self.recheck_after = (datetime.now(timezone.utc) - timedelta(days=RECHECK_DAYS)).isoformat(
            timespec="seconds"
        )
        # No archive (a worker of a distributed crawl never sees it): nothing is known.
        path = Path(db_path) if db_path else None
        self.conn: sqlite3.Connection | None = None
        if path is not None and path.exists():
            uri = path.resolve().as_uri() + "?mode=ro"  # quoted: '#', '?' in paths
            self.conn = sqlite3.connect(uri, uri=True, timeout=30)
            self.conn.execute("PRAGMA busy_timeout = 30000")

    def lookup(self, url: str) -> tuple[int, str | None] | None:
        """``(article_id, marker)`` of the article at (or aliased as) ``url``, unless it
        was taken down: discovery naming a taken-down article again (a restored post is
        back in the sitemap and the listings) is worth a fetch, which tells whether it
        is back. A site that keeps listing a dead URL costs one request a night.

        ``marker`` is what discovery said about this URL's last change when it was last
        fetched (``page_markers``), or None.
        """
        if self.conn is None:
            return None
        row = self.conn.execute(
            """select id, gone_at from articles where url = ?
               union all select a.id, a.gone_at from aliases x join articles a
                 on a.id = x.article_id where x.url = ? limit 1""",
            [url, url],
        ).fetchone()
        if row is None or row[1]:
            return None
        try:
            marker = self.conn.execute(
                "select source_modified from page_markers where url = ?", [url]
            ).fetchone()
        except sqlite3.OperationalError:  # an archive from before migration m004
            marker = None
        return row[0], (marker[0] if marker else None)

    def any_before_run(self) -> bool:
        """Whether an earlier crawl archived anything at all (asked once, then kept)."""
        if self._any_before_run is None:
            row = None
            if self.conn is not None:
                row = self.conn.execute(
                    "select 1 from articles where first_seen_at < ? limit 1", [self.opened_at]
                ).fetchone()
            self._any_before_run = row is not None
        return self._any_before_run

    def answered_aliases(self, url: str) -> list[str]:
        """Other URLs at which the text of the article stored at ``url`` answered on an
        earlier night (``aliases.answered_at``: the post published again under
        ``…-2``): should ``url`` be taken down, the crawl asks them again, so the
        archive moves the article there only if one still answers."""
        if self.conn is None:
            return []
        try:
            rows = self.conn.execute(
                """select x.url from articles a join aliases x on x.article_id = a.id
                   where a.url = ? and x.answered_at is not null and x.url != ?""",
                [url, url],
            ).fetchall()
        except sqlite3.OperationalError:  # an archive from before migration m020
            return []
        return [r[0] for r in rows]

    def known_before_run(self, url: str) -> bool:
        """True when an earlier crawl archived the article at (or aliased as) ``url``."""
        if self.conn is None:
            return False
        row = self.conn.execute(
            """select 1 from articles where url = ? and first_seen_at < ?
               union all select 1 from aliases where url = ? and first_seen_at < ? limit 1""",
            [url, self.opened_at, url, self.opened_at],
        ).fetchone()
        return row is not None

    def is_non_article(self, url: str) -> bool:
        """True for a page an earlier crawl fetched and judged not to be an article, and
        that need not be fetched again.

        A verdict of "too little text" (a maintenance page, a post half published) or
        of spam holds for a week, then the page is looked at again. A page found to list
        other posts (``lists_articles``) is read again on every crawl.
        """
        verdict = self._verdict(url)
        if verdict is None:
            return False
        reason, seen_at = verdict
        if lists_articles(reason):
            return False  # a listing: read every night for its new posts
        if reason.startswith(TRANSIENT_REASONS):
            return (seen_at or "") >= self.recheck_after
        return True

    def judged_before(self, url: str) -> bool:
        """True for a page an earlier crawl judged not to be an article, whatever the
        verdict: no new article for the "every article on this listing page is known"
        rule (a section's page linked from every listing, read again itself, must not
        keep the listings paging to their end every night)."""
        return self._verdict(url) is not None

    def _verdict(self, url: str) -> tuple[str, str | None] | None:
        if self.conn is None:
            return None
        try:
            return self.conn.execute(
                "select reason, seen_at from non_articles where url = ?", [url]
            ).fetchone()
        except sqlite3.OperationalError:  # an archive from before migration m004
            return None

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
