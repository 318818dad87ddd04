"""``reextract``: rebuild article records from the raw pages the crawl kept (WARC)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.cli import cli
from scraper.cli.common import (
    DAY,
    EXIT_FAILED,
    EXIT_LOCKED,
    NON_EMPTY_TEXT,
    NonEmptyPath,
    UsageProblem,
    db_option,
)


@cli.command()
@click.option("--site", type=NON_EMPTY_TEXT, help="Only this site's articles.")
@click.option(
    "--since",
    type=DAY,
    help="Only articles published (undated: first seen) on or after this day.",
)
@click.option(
    "--warc-dir",
    type=NonEmptyPath(file_okay=False, path_type=Path),
    help="Where the WARC files are [default: the folders the archive's crawls recorded "
    "keeping them in (crawl --warc-dir), and the folder beside the archive].",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Worker processes (default: one per core; 0 reads inline).",
)
@db_option()
def reextract(site, since, warc_dir, workers, db_path: Path) -> None:
    """Read the stored articles' raw pages again with the current extraction, offline.

    A record that comes out different gets a new version marked 'reextracted' (see
    'newsarchive history'); the same record changes nothing, so running it twice is
    harmless. Nothing is fetched and nothing deleted: a page the extraction no longer
    takes for an article keeps its record and is reported. Holds the archive's lock, as a
    crawl does.
    """
    from scraper.crawl import ArchiveLock, CrawlLocked
    from scraper.reextract import raw_page_files
    from scraper.reextract import reextract as run_reextract
    from scraper.warc import default_warc_dir

    if not db_path.exists():
        # As every other command on a missing archive: one line, exit 1.
        raise click.ClickException(
            f"no archive at {db_path} (run 'newsarchive crawl … --db {db_path}' to create one)"
        )
    if warc_dir is not None and not warc_dir.is_dir():
        raise click.BadParameter(
            f"no WARC folder at {warc_dir} (crawled with --no-warc, or kept elsewhere?)",
            param_hint="--warc-dir",
        )
    lock = ArchiveLock(db_path, "reextract")
    try:
        lock.acquire()
    except CrawlLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and (done % 100 == 0 or done == total):
            click.echo(f"\rreextract: {done}/{total} pages read", nl=False, err=True)
            if done == total:
                click.echo("", err=True)

    day = since.date().isoformat() if since else None
    try:
        # The archive first: a file that is no archive says so before anything else.
        with Archive.open(db_path) as archive:
            if (
                site
                and not archive.db.execute(
                    "select 1 from articles where site = ? limit 1", [site]
                ).fetchone()
            ):
                raise click.BadParameter(f"no articles of site {site!r} in {db_path}")
            folders = {}
            if warc_dir is None:
                warc_dir = default_warc_dir(db_path)
                names = raw_page_files(archive, site, day)
                folders = _find_raw_pages(archive, names, warc_dir)
            summary = run_reextract(
                archive,
                warc_dir,
                site=site,
                since=day,
                workers=(os.cpu_count() or 1) if workers is None else workers,
                progress=progress,
                folders=folders,
            )
    finally:
        lock.release()
    click.echo(
        f"reextract: {summary.read} articles read again from their raw pages: "
        f"{summary.changed} changed (new versions), {summary.unchanged} unchanged, "
        f"{summary.not_article} no longer taken for articles (kept as they were); "
        f"{summary.unreadable} raw pages unreadable; {summary.without_raw_page} articles "
        f"have no raw page (crawled with --no-warc) ({summary.seconds:.1f}s)"
    )
    if summary.rejoined:
        click.echo(
            f"reextract: {summary.rejoined} articles spread over several pages joined again "
            "from the raw pages of all their pages"
        )
    if summary.multi_page:
        click.echo(
            f"reextract: {summary.multi_page} articles spread over several pages kept as "
            "they were: the raw page of a later page was not found in the WARC files (their "
            "text joins pages read at crawl time; page 1 alone would cut it short)"
        )
    if summary.without_raw_page and not (summary.read or summary.unreadable):
        click.echo(
            f"reextract: nothing to read again: no raw page was kept for the "
            f"{summary.without_raw_page} articles (crawled with --no-warc)",
            err=True,
        )
    for problem in summary.problems:
        click.echo(f"  {problem}", err=True)
    if summary.unreadable:
        click.echo(f"Error: {summary.unreadable} raw pages could not be read", err=True)
        sys.exit(EXIT_FAILED)


def _find_raw_pages(archive: Archive, names: list[str], warc_dir: Path) -> dict[str, Path]:
    """Without --warc-dir: the folder of each WARC file the articles point at, among the
    folders the archive's crawls recorded (``crawl_runs.warc_dir``) and the default one
    beside the archive. None to look for (an archive crawled with --no-warc) is no
    error: the summary counts those articles."""
    from scraper.reextract import find_warc_files

    if not names:
        return {}
    folders = list(dict.fromkeys([*archive.warc_dirs(), str(warc_dir)]))
    found = find_warc_files(names, folders)
    if not found:
        files = f"{len(names)} WARC file" + ("s" if len(names) != 1 else "")
        raise UsageProblem(
            f"the raw pages of the articles ({files}, e.g. {names[0]}) are "
            f"in none of the folders its crawls kept them in ({', '.join(folders)}): give "
            "the folder they are in now with --warc-dir"
        )
    return found
