"""The ``newsarchive`` command: a thin click layer over the library.

One module per group of commands: ``crawling`` (crawl, sites), ``reading`` (search,
export, stats, runs), ``stories`` (clusters, history), ``entities`` (units, people,
backfill-entities), ``debugging`` (extract, dates), ``reextract``, ``probe``,
``health``.
Every command takes ``--db``; read commands share ``--site/--since/--until`` and
``--format``. Errors a user can fix are printed as one line and exit non-zero, never
as a traceback (``common.Errors``).
"""

from __future__ import annotations

import click

from scraper import __version__
from scraper.cli.common import Errors


@click.group(cls=Errors)
@click.version_option(__version__, prog_name="newsarchive")
def cli() -> None:
    """Crawl, extract, deduplicate and archive Indonesian news in SQLite."""


# Each module registers its commands on ``cli``.
from scraper.cli import (  # noqa: E402, F401
    cluster,
    crawling,
    debugging,
    entities,
    health,
    probe,
    reading,
    reextract,
    report,
    serve,
    stories,
)
