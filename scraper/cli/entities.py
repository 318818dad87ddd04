"""Police-news entities: ``units``, ``people``, ``backfill-entities``.

What the entities are and how they are read: docs/entities.md; where they are stored:
docs/schema.md (``articles.primary_unit``, ``region``, ``province``, ``topics``;
``article_units``, ``article_people``, ``article_places``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.cli import cli
from scraper.cli.common import (
    EXIT_LOCKED,
    NON_EMPTY_TEXT,
    db_option,
    filter_options,
    make_filters,
    missing_entities_note,
    note_cut_at_limit,
    shared_name_note,
)
from scraper.output import output_options, write_rows


@cli.command()
@filter_options
@click.option(
    "--province",
    type=NON_EMPTY_TEXT,
    help="Only articles of this province, any spelling ('Kalimantan Selatan', 'Kalsel').",
)
@click.option(
    "--per",
    type=click.Choice(["month", "unit"]),
    default="month",
    show_default=True,
    help="month: one row per unit and month; unit: one row per unit over the whole period.",
)
@output_options()
@db_option()
def units(site, since, until, province, per, fmt, db_path: Path) -> None:
    """Articles per primary unit (the Polres, Polsek, Polda a release is about), per month.

    Each row counts the articles whose primary unit is that unit, with their main
    topics ("pemilu 3, kamtibmas 1"); --per unit gives one row per unit with its first
    and last day and the number of months it published in. Months are the local months
    the sites printed; articles without a primary unit are not counted.
    """
    from scraper.archive.entities import topics_text, unit_counts

    with Archive.open(db_path) as archive:
        rows = unit_counts(archive, make_filters(site, since, until), province, per)
        note = missing_entities_note(archive)
    if not rows and fmt == "table":
        click.echo("no articles with a primary unit match", err=True)
    if per == "month":
        columns = ["month", "unit", "level", "parent", "articles", "topics"]
    else:
        columns = [
            "unit",
            "level",
            "parent",
            "region",
            "articles",
            "first_published",
            "last_published",
            "months",
            "topics",
        ]
    if fmt == "table":
        rows = [{**r, "topics": topics_text(r["topics"])} for r in rows]
    if rows or fmt != "table":
        write_rows(rows, columns, fmt, sys.stdout)
    if note and fmt == "table":
        click.echo(note, err=True)


@cli.command()
@filter_options
@click.option(
    "--unit",
    type=NON_EMPTY_TEXT,
    help="Only people whose post is in this unit or one under it, e.g. 'Polres Tanah Laut' "
    "(its Polsek and satuan too) or a short form ('Polres Tala').",
)
@click.option(
    "--role",
    type=click.Choice(["police", "other", "all"]),
    default="police",
    show_default=True,
    help="police: officers with rank and name; other: officials (Bupati, Ketua KPU, Dandim…).",
)
@click.option(
    "--limit",
    default=100,
    show_default=True,
    type=click.IntRange(1),
    help="Show at most this many rows, those naming the most articles first; a cut says so "
    "on stderr.",
)
@output_options()
@db_option()
def people(site, since, until, unit, role, limit, fmt, db_path: Path) -> None:
    """Who speaks for which unit: officers with rank, position and unit, how many
    articles name them, and the first and last day one was published.

    One row per name, rank, position and unit: an officer promoted or moved to
    another post has a row for each.
    """
    from scraper.archive.entities import spokespeople

    with Archive.open(db_path) as archive:
        found = spokespeople(archive, make_filters(site, since, until), unit, role, limit + 1)
        note = missing_entities_note(archive)
        shared = shared_name_note(archive, unit)
    rows = found[:limit]
    columns = ["name", "rank", "position", "unit", "articles", "first_seen", "last_seen"]
    if role != "police":
        columns.insert(4, "role")
    if rows or fmt != "table":
        write_rows(rows, columns, fmt, sys.stdout)
        note_cut_at_limit(found, limit, "most named people", fmt)
    else:
        click.echo("no people match", err=True)
    if note and fmt == "table":
        click.echo(note, err=True)
    if shared:
        click.echo(shared, err=True)


@cli.command(name="backfill-entities")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Recompute every article's entities and match every story again (after an "
    "update of the gazetteer or the rules), not only articles without entities.",
)
@click.option(
    "--batch", default=200, show_default=True, type=click.IntRange(1), help="Articles per commit."
)
@db_option()
def backfill_entities_command(everything: bool, batch: int, db_path: Path) -> None:
    """Give stored articles their police-news entities, from their title and text.

    For archives crawled before entities existed: fills primary_unit, region, province,
    topics, article_units/people/places and the story index, then matches the stories
    of those articles again (template twins merged by their words alone split). No
    crawl, nothing fetched; running it again does nothing new. Holds the archive's lock, as
    a crawl does.
    """
    from scraper.archive.entities import backfill_entities
    from scraper.crawl import ArchiveLock, CrawlLocked

    lock = ArchiveLock(db_path, "backfill-entities")
    with Archive.open(db_path) as archive:
        try:
            lock.acquire()
        except CrawlLocked as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_LOCKED)
        try:
            show = sys.stderr.isatty()

            def progress(stage: str, done: int, total: int) -> None:
                if show:
                    what = "articles read" if stage == "entities" else "articles re-matched"
                    click.echo(f"\rbackfill-entities: {done}/{total} {what}", nl=False, err=True)
                    if done == total:
                        click.echo("", err=True)

            result = backfill_entities(archive, everything, batch, progress)
        finally:
            lock.release()
    failed = f", {result.failed} failed" if result.failed else ""
    click.echo(
        f"backfill-entities: {result.read} articles given entities ({result.with_unit} with a "
        f"primary unit{failed}); {result.rematched} articles re-matched to stories: "
        f"{result.stories_before} stories before, {result.stories_after} after; "
        f"{db_path} ({result.seconds:.1f}s)"
    )
