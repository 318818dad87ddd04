"""The entry point of a crawl's own process, kept apart so that it starts light.

``multiprocessing`` imports the target's module before calling it; importing
``scraper.crawl`` imports sqlite-utils, which imports pandas whenever it is installed
(only to accept DataFrames, which the crawl never passes). Blocking that first keeps
~70 MB out of the crawl process.
"""

from __future__ import annotations

import signal
import sys


def run(*args) -> None:
    # Until the crawl installs its graceful stop, a Ctrl-C of the terminal is the
    # parent's to handle (it sends SIGTERM, which ends this process quietly).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.modules.setdefault("pandas", None)
    from scraper.crawl import crawl_in_this_process

    crawl_in_this_process(*args)
