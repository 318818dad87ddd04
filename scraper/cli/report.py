"""Coverage at a glance: ``report`` (a static HTML page and PNG charts)."""

from __future__ import annotations

from pathlib import Path

import click

from scraper.cli import cli
from scraper.cli.common import NonEmptyPath, db_option


@cli.command()
@db_option()
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=NonEmptyPath(path_type=Path),
    help="Folder to write index.html and the charts to (created if missing).",
)
def report(db_path: Path, out_dir: Path) -> None:
    """Write a static coverage report: index.html and PNG charts, no server needed.

    Articles per day per site (gaps visible), share of articles with a date, new /
    updated / gone per crawl, top tags per month, stories by number of sites, and a
    per-site table that flags sites gone silent. Safe to run during a crawl, e.g. from
    cron right after it.
    """
    from scraper.research.report import build_report

    result = build_report(db_path, out_dir)
    click.echo(result.line())
