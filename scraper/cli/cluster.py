"""Scaling out: ``worker`` (the writer is ``crawl --redis``)."""

from __future__ import annotations

import sys

import click

from scraper.cli import cli
from scraper.cli.common import check_redis_url


@cli.command()
@click.option(
    "--redis", required=True, metavar="URL", help="The crawl's Redis: redis://HOST:PORT/DB."
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Page-reading processes of this worker (default: one per core).",
)
@click.option(
    "--wait",
    default=3600.0,
    show_default=True,
    help="Seconds to wait for a crawl to start before giving up.",
)
@click.option(
    "--give-up-after",
    default=300.0,
    show_default=True,
    help="Seconds Redis may stay unreachable before this worker stops.",
)
def worker(redis: str, workers: int | None, wait: float, give_up_after: float) -> None:
    """Fetch and read pages for a distributed crawl ('crawl --redis'), on any host.

    Takes leased requests from the shared frontier, reads pages in its own process
    pool and sends every record back through Redis; never touches the archive. Joins
    a running crawl at any time; exits 0 when the crawl ends, 1 when no crawl came
    (--wait) or Redis stayed away (--give-up-after). A worker killed mid-page loses
    nothing: its requests return to the queue when their leases expire.
    """
    import logging

    from scraper.cluster.run import run_worker

    check_redis_url(redis)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    sys.exit(run_worker(redis, workers=workers, wait_seconds=wait, give_up_after=give_up_after))
