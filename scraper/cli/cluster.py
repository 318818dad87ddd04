"""Scaling out: ``worker`` (the writer is ``crawl --redis``)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from scraper.cli import cli
from scraper.cli.common import NonEmptyPath, Seconds, UsageProblem, check_redis_url


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
    type=Seconds(),
    default=3600.0,
    show_default=True,
    help="Seconds to wait for a crawl to start before giving up.",
)
@click.option(
    "--give-up-after",
    type=Seconds(),
    default=300.0,
    show_default=True,
    help="Seconds Redis may stay unreachable before this worker stops.",
)
@click.option(
    "--warc-dir",
    type=NonEmptyPath(file_okay=False, path_type=Path),
    help="Where this worker keeps the raw pages it fetches [default: the writer's WARC "
    "folder, at the same path on this host].",
)
@click.option("--no-warc", is_flag=True, help="Keep no raw pages on this worker.")
def worker(
    redis: str,
    workers: int | None,
    wait: float,
    give_up_after: float,
    warc_dir: Path | None,
    no_warc: bool,
) -> None:
    """Fetch and read pages for a distributed crawl ('crawl --redis'), on any host.

    Takes leased requests from the shared frontier, reads pages in its own process
    pool and sends every record back through Redis; never touches the archive. Joins
    a running crawl at any time; exits 0 when the crawl ends, 1 when no crawl came
    (--wait) or Redis stayed away (--give-up-after). A worker killed mid-page loses
    nothing: its requests return to the queue when their leases expire.

    Raw pages (WARC) go to the writer's WARC folder path on this host unless
    --warc-dir says otherwise; the article rows point at them by file name, so collect
    the workers' WARC files into one folder (or share one) to re-extract later.
    """
    from scraper.cluster.connection import RedisUnavailable
    from scraper.cluster.run import run_worker

    check_redis_url(redis)
    # No root handler of our own: Scrapy installs one at the crawl's LOG_LEVEL, as in a
    # local crawl (a handler of any level here printed every record, DEBUG included,
    # once Scrapy had opened the root logger). The cluster's own warnings and errors
    # (Redis away, no crawl to join) have their handler (``log_cluster_events``).
    warc: dict = {"NEWSARCHIVE_WARC_DIR": str(warc_dir)} if warc_dir else {}
    if no_warc:
        warc["NEWSARCHIVE_WARC"] = False
    try:
        code = run_worker(
            redis,
            workers=workers,
            wait_seconds=wait,
            give_up_after=give_up_after,
            settings=warc,
            announce=sys.stderr.isatty(),
        )
    except RedisUnavailable as exc:
        raise click.ClickException(f"{exc} (is Redis running at {redis}?)") from None
    except Exception as exc:
        if not type(exc).__module__.startswith("redis"):
            raise
        # Redis answered but refused (a database number it does not have): settings.
        raise UsageProblem(f"Redis at {redis} refused: {exc}") from None
    sys.exit(code)
