"""The entry points of a distributed crawl's own processes, kept apart so that they
start light (as ``scraper.crawl_process`` does for a local crawl).

``multiprocessing`` imports a target's module before calling it. The seeding and
fetching processes' work is in ``scraper.cluster.run``, which imports sqlite-utils,
which imports pandas whenever it is installed (~0.5 s and ~70 MB in each process, for
DataFrames no crawl passes), and Scrapy. Here pandas is blocked first, the process is
tied to the writer that started it (``die_with_parent``), and the fork server of its
extraction workers starts before Scrapy is imported, so the two imports run side by
side.
"""

from __future__ import annotations

import sys


def _begin(workers: int | None) -> None:
    sys.modules.setdefault("pandas", None)
    from scraper.pool import die_with_parent, start_fork_server

    die_with_parent()
    if workers is None or workers > 0:
        start_fork_server()


def seed(sites, revisits, settings: dict) -> None:
    """The writer's seeding process (``run.seed_in_this_process``)."""
    workers = settings.get("NEWSARCHIVE_WORKERS")
    _begin(None if workers is None else int(workers))
    from scraper.cluster.run import seed_in_this_process

    seed_in_this_process(sites, revisits, settings)


def work(redis_url: str, prefix: str, workers: int | None) -> None:
    """The writer's own fetching worker (``run.worker_in_this_process``)."""
    _begin(workers)
    from scraper.cluster.run import worker_in_this_process

    worker_in_this_process(redis_url, prefix, workers)
