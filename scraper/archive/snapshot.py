"""The content of an archive without what depends on when it was crawled.

Two archives of the same site crawled into fresh files must hold the same rows, text,
dates, aliases and story ids, whatever order pages arrived in and however many
extraction workers there were. This is what "the same" means: every table, minus the
columns that record the crawl's own clock (fetch and first-seen times, event times,
where in which WARC file the raw page went) and the ledger of runs. Used by the tests
and the benches; handy for comparing any two archives from Python.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Columns that record when the crawl ran, not what it found.
CLOCK_COLUMNS = frozenset(
    {
        "fetched_at",
        "first_seen_at",
        "updated_at",
        "replaced_at",
        "seen_at",
        "at",
        "last_checked_at",
        "next_check_at",
        "first_crawled_at",
        "last_crawled_at",
        "gone_at",
        "last_seen_at",
        "answered_at",
        # Where the raw page is stored (file names carry the time and process).
        "warc_file",
        "warc_offset",
        "warc_length",
    }
)
# Bookkeeping of runs and of HTTP caching, not archive content; per-run health figures
# count fetches, which retries and arrival order change between two equal crawls.
SKIPPED_TABLES = frozenset(
    {
        "crawl_runs",
        "http_validators",
        "_sqlite_migrations",
        "stream_receipts",
        "source_health",
        "health_flags",
    }
)


def content_snapshot(path: str | Path) -> dict[str, list[tuple]]:
    """Every content table's rows (sorted), without clock columns or surrogate keys."""
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "select name from sqlite_master where type = 'table' order by name"
            )
            if name not in SKIPPED_TABLES and not name.startswith(("articles_fts", "sqlite_"))
        ]
        snapshot: dict[str, list[tuple]] = {}
        for table in tables:
            columns = [
                row[1]
                for row in conn.execute(f"pragma table_info([{table}])")
                if row[1] not in CLOCK_COLUMNS
                and not (table == "article_events" and row[1] == "id")
            ]
            names = ", ".join(f"[{c}]" for c in columns)
            rows = conn.execute(f"select {names} from [{table}]").fetchall()
            snapshot[table] = sorted(rows, key=repr)
        return snapshot
    finally:
        conn.close()


def differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]], limit: int = 5) -> list[str]:
    """Human-readable differences between two snapshots (empty when equal)."""
    out = []
    for table in sorted(set(a) | set(b)):
        left, right = set(a.get(table, [])), set(b.get(table, []))
        for row in sorted(left - right, key=repr)[:limit]:
            out.append(f"{table}: only in the first: {row!r}"[:300])
        for row in sorted(right - left, key=repr)[:limit]:
            out.append(f"{table}: only in the second: {row!r}"[:300])
    return out
