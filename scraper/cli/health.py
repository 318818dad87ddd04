"""``health``: each site's latest crawl against its own history, for a person or for cron."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.archive.health import latest_health
from scraper.cli import cli
from scraper.cli.common import EXIT_FLAGGED, db_option
from scraper.health import FLAGS
from scraper.output import output_options, write_rows

COLUMNS = [
    "site",
    "run_id",
    "crawled",
    "status",
    "pages_fetched",
    "articles_new",
    "median_text_chars",
    "dated_share",
    "not_article_share",
    "spam_pages",
    "spam_blocks",
    "errors",
    "flags",
]


@cli.command()
@output_options(choices=("table", "json"))
@db_option()
def health(fmt: str, db_path: Path) -> None:
    """Flag sources that could not be reached, are never crawled to the end, went
    silent, lost a feed or sitemap, changed theme, or carry spam.

    Shows each site's latest crawl and the flags raised on it against the site's own
    history (unreachable, unfinished, silent, broken_discovery, extraction_drift,
    suspicious_content), with their evidence. Exits 4 when any site is flagged, 0
    otherwise, so cron mails it.
    """
    with Archive.open(db_path) as archive:
        rows = latest_health(archive)
        stopped = archive.db.execute(
            "select id, started_at, status from crawl_runs order by id desc limit 1"
        ).fetchone()
    if stopped and stopped[2] in ("interrupted", "running"):
        # Its counts cover part of a crawl: comparing them would raise false flags.
        what = "was interrupted" if stopped[2] == "interrupted" else "is running"
        # Imported here: the CLI's modules are imported by every process a crawl spawns,
        # and scraper.crawl pulled in at import time slowed a crawl by a quarter
        # (bench_crawl: 32 against 24 ms of CPU per article).
        from scraper.crawl import ArchiveLock

        if ArchiveLock(db_path, "health").run_is_gone(stopped[2]):
            # No live crawl holds the archive: its process was killed (kill -9, the
            # machine's OOM killer); the next crawl marks the run interrupted.
            what = "was stopped before it finished (its process is gone)"
        click.echo(
            f"health: the latest crawl, run {stopped[0]} ({(stopped[1] or '')[:16]}), {what}: "
            "each site is shown with its latest finished crawl, if it has one "
            "(see 'newsarchive runs')",
            err=True,
        )
    if not rows:
        if fmt == "json":
            # A program reading stdout gets a list, empty, not nothing.
            write_rows([], COLUMNS, "json", sys.stdout)
        click.echo(f"health: no crawl of {db_path} has recorded health figures yet", err=True)
        return
    for row in rows:
        row["crawled"] = (row.get("started_at") or "")[:16].replace("T", " ")
    if fmt == "json":
        write_rows(rows, COLUMNS, "json", sys.stdout)
    else:
        table = [
            {**row, "flags": ", ".join(f["flag"] for f in row["flags"]) or "ok"} for row in rows
        ]
        write_rows(table, COLUMNS, "table", sys.stdout)
        for row in rows:
            for flag in row["flags"]:
                click.echo(f"{row['site']}: {flag['flag']}: {flag['message']}")
    line = summary_line(rows)
    click.echo(line, err=fmt == "json")
    if any(row["flags"] for row in rows):
        sys.exit(EXIT_FLAGGED)


def summary_line(rows: list[dict]) -> str:
    """One line: how many sites, how many flagged and by which flag."""
    flagged = [row for row in rows if row["flags"]]
    counts = Counter(flag["flag"] for row in rows for flag in row["flags"])
    kinds = ", ".join(f"{name} {counts[name]}" for name in FLAGS if counts[name])
    latest = max((row.get("started_at") or "" for row in rows), default="")[:16]
    return (
        f"health: {len(rows)} site{'s' if len(rows) != 1 else ''}, {len(flagged)} flagged"
        + (f" ({kinds})" if kinds else "")
        + f"; latest crawl {latest.replace('T', ' ')} UTC"
    )
