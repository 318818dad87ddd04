"""``make demo``: serve the bundled sample site on 127.0.0.1, crawl it, show the result.

The demo always starts from an empty archive (it removes the old demo file first), so
running it twice shows the same thing. It uses the real ``mci.life`` definition pointed
at the local copy, so the crawl is exactly what a nightly run does.
"""

from __future__ import annotations

import dataclasses
import errno
import socket
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.archive.queries import Filters, search, site_stats
from scraper.crawl import run_crawl
from scraper.output import write_table
from scraper.samplesite import serve_site
from scraper.sites import get_site
from scraper.warc import default_warc_dir

DEMO_SETTINGS = {"AUTOTHROTTLE_START_DELAY": 0.05, "AUTOTHROTTLE_MAX_DELAY": 1.0}


def _free(port: int) -> int:
    """``port`` if it is free on 127.0.0.1, else 0 (any free port)."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return 0
            raise
    return port


def remove_archive(path: Path) -> None:
    """The demo archive and the raw pages beside it (data/demo-warc)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    warc_dir = default_warc_dir(path)
    if warc_dir.is_dir():
        for file in warc_dir.glob("*.warc.gz*"):
            file.unlink()


def run_demo(db_path: Path, port: int, quiet: bool) -> None:
    remove_archive(db_path)
    import sys

    with serve_site(theme="wordpress", host="127.0.0.1", port=_free(port)) as base_url:
        site = dataclasses.replace(get_site("mci.life"), base_url=str(base_url))
        if not quiet:
            click.echo(f"Serving the offline sample site at {base_url}")
            click.echo(f"Crawling it as site 'mci.life' into {db_path} …")
        summary = run_crawl([site], db_path, DEMO_SETTINGS, progress=sys.stderr.isatty())
    click.echo(summary.line())
    if quiet:
        return
    with Archive.open(db_path) as archive:
        click.echo("\nWhat the archive holds:")
        write_table(
            site_stats(archive),
            ["site", "articles", "first_published", "last_published", "without_date", "urls_seen"],
            sys.stdout,
        )
        latest = [
            dict(zip(("published_at", "title", "tags"), row))
            for row in archive.db.execute(
                "select published_at, title, tags from articles order by published_utc desc limit 5"
            ).fetchall()
        ]
        click.echo("\nLatest five articles:")
        write_table(latest, ["published_at", "title", "tags"], sys.stdout)
        query = "pemilu damai"
        hits = search(archive, query, Filters(), limit=5)
        click.echo(f"\nnewsarchive search {query!r} --db {db_path}:")
        write_table(hits, ["published_at", "title", "url"], sys.stdout)
    click.echo(
        f"\nTry: newsarchive stats --db {db_path}   |   "
        f"newsarchive export --db {db_path} --format csv --out data/demo.csv"
    )
