"""``make demo``: serve the bundled sample site on 127.0.0.1, crawl it, show the result.

The demo always starts from an empty archive (it removes the old demo file first), so
running it twice shows the same thing. It uses the real ``mci.life`` definition pointed
at the local copy, so the crawl is exactly what a nightly run does.
"""

from __future__ import annotations

import dataclasses
import errno
import socket
import sqlite3
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.archive.queries import Filters, search, site_stats
from scraper.archive.store import is_empty_file
from scraper.crawl import run_crawl
from scraper.output import write_table
from scraper.samplesite import serve_site
from scraper.sites import get_site
from scraper.urls import is_loopback
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


def not_a_demo_archive(path: Path) -> str | None:
    """Why the file at ``path`` is not one the demo may delete; None when it may.

    The demo starts from an empty archive by removing the old one and the raw pages
    beside it: given ``--db data/archive.db`` it deleted a real archive and every WARC
    file in data/archive-warc. Only a missing or empty file, or an archive that holds
    nothing but crawls of the sample site (mci.life served on this machine), is removed.
    """
    if not path.exists() or is_empty_file(path):
        return None
    if not path.is_file():
        return "it is not a file"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            sites = conn.execute("select name, base_url from sites").fetchall()
            stored = [row[0] for row in conn.execute("select distinct site from articles")]
        finally:
            conn.close()
    except sqlite3.Error:
        return "it is not a newsarchive archive"
    other = sorted({name for name, base in sites if name != "mci.life" or not is_loopback(base)})
    other += sorted(set(stored) - {"mci.life"} - set(other))
    if other:
        return f"it holds crawls of {', '.join(other[:5])}"
    return None


def remove_archive(path: Path) -> None:
    """The demo archive and the raw pages beside it (data/demo-warc)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    warc_dir = default_warc_dir(path)
    if warc_dir.is_dir():
        for file in warc_dir.glob("*.warc.gz*"):
            file.unlink()


def run_demo(db_path: Path, port: int, quiet: bool) -> None:
    reason = not_a_demo_archive(db_path)
    if reason:
        raise click.BadParameter(
            f"{db_path} is not a demo archive ({reason}); the demo starts from an empty "
            "archive and would delete it: give it a file of its own, e.g. data/demo.db",
            param_hint="--db",
        )
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
