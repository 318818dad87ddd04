"""Imported once by the extraction pool's fork server, before it forks any worker.

Importing the reading code is not all a worker needs: the first page read loads the
gazetteer, the date parsers' tables, the MinHash permutations and compiles
hundreds of patterns. Done here, in the fork server, all of that sits in pages every
worker shares (copy on write) instead of being built again in each worker: about
60 MB less per worker in PSS. ``gc.freeze()`` keeps the collector from touching (and
so copying) those objects later.
"""

from __future__ import annotations

import gc
import logging

import scraper.warc  # noqa: F401 - workers also build the crawl's WARC records
from scraper.extract.fallback import share_justext_stoplist
from scraper.reading import warm_up

try:
    warm_up()
    share_justext_stoplist(build=True)  # trafilatura's last fallback, ~34 MB shared
except Exception:  # noqa: BLE001 - a failed warm-up only loses the sharing
    logging.getLogger(__name__).exception("fork server warm-up failed")
gc.freeze()
