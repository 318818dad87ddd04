"""Stories and versions: ``clusters`` and ``history``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.cli import cli
from scraper.cli.common import DAY, NON_EMPTY_TEXT, db_option, note_cut_at_limit
from scraper.output import output_options, write_rows


@cli.command()
@click.option(
    "--min-sites",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Only stories carried by at least this many sites.",
)
@click.option(
    "--min-members",
    default=2,
    show_default=True,
    type=click.IntRange(1),
    help="Only stories with at least this many publications.",
)
@click.option(
    "--since",
    type=DAY,
    help="Only stories whose origin was published on or after this day.",
)
@click.option(
    "--limit",
    default=1000,
    show_default=True,
    type=click.IntRange(1),
    help="Show at most this many stories, the newest; a cut says so on stderr.",
)
@output_options()
@db_option()
def clusters(min_sites, min_members, since, limit, fmt, db_path) -> None:
    """Stories published more than once: origin, title, date, members and sites."""
    from scraper.stories.queries import list_clusters

    with Archive.open(db_path) as archive:
        found = list_clusters(
            archive, min_sites, min_members, since.date().isoformat() if since else None, limit + 1
        )
    rows = found[:limit]
    if not rows and fmt == "table":
        click.echo("no stories match", err=True)
        return
    columns = ["story_id", "published_at", "members", "sites", "title", "origin_url"]
    if fmt == "table":
        write_rows([{**r, "sites": ", ".join(r["sites"])} for r in rows], columns, fmt, sys.stdout)
    else:
        write_rows(rows, [*columns, "member_urls"], fmt, sys.stdout)
    note_cut_at_limit(found, limit, "newest stories", fmt)


# Why a version was replaced (``article_history``'s ``replaced_because``), as printed.
_REPLACED_BY = {
    "edited": "an edit on the site",
    "reextracted": "a re-extraction of the same page",
}


@cli.command()
@click.argument("url", type=NON_EMPTY_TEXT)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@db_option()
def history(url: str, fmt: str, db_path: Path) -> None:
    """Versions, edits and takedown of one article (any URL it was seen at, also without
    its final / or with https for http, its WordPress shortlink ?p=N, or its id)."""
    from scraper.stories.queries import article_history

    with Archive.open(db_path) as archive:
        record = article_history(archive, url)
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"{record['url']}  ({record['site']}, story {record['story_id']})")
    click.echo(f"first seen {record['first_seen_at']}")
    for version in record["versions"]:
        until = "current"
        if version["replaced_at"]:
            why = _REPLACED_BY.get(version["replaced_because"], version["replaced_because"])
            until = f"replaced {version['replaced_at']} by {why}"
        click.echo(f"\nversion {version['version']}: fetched {version['fetched_at']}, {until}")
        if version["warc_file"]:
            click.echo(f"  raw page: {version['warc_file']} at {version['warc_offset']}")
        click.echo(f"  title: {version['title']}")
        changes = version.get("changes") or {}
        if "title" in changes:
            click.echo(f"  title changed from: {changes['title']['from']}")
        for sentence in changes.get("removed", []):
            click.echo(f"  - {sentence}")
        for sentence in changes.get("added", []):
            click.echo(f"  + {sentence}")
    for event in record["events"]:
        click.echo(f"{event['at']}  {event['event']}: {event['detail']}")
    if record["gone_at"]:
        click.echo(f"taken down: {record['gone_at']} ({record['gone_reason']}); text kept above")
