"""Browsing the archive: ``serve`` (Datasette, read-only)."""

from __future__ import annotations

from pathlib import Path

import click

from scraper.cli import cli
from scraper.cli.common import db_option


@cli.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port."
)
def serve(db_path: Path, host: str, port: int) -> None:
    """Browse, facet and search the archive in Datasette (read-only; safe during a crawl,
    except on a read-only share, where it is a snapshot).

    Every table and column is described (from docs/schema.md), articles have a search
    box, facets (site, tags, categories, primary unit, region, topics, language, year,
    month) and canned queries (per day, top tags, stories on several sites, takedowns
    and edits, silent sites, search between two days, one article's history).
    """
    from scraper.research.serve import serve as run_server

    run_server(db_path, host, port, announce=lambda line: click.echo(line, err=True))
