"""The entry point of a crawl's own process, kept apart so that it starts light.

``multiprocessing`` imports the target's module before calling it; importing
``scraper.crawl`` imports sqlite-utils, which imports pandas whenever it is installed
(only to accept DataFrames, which the crawl never passes). Blocking that first keeps
~70 MB out of the crawl process.
"""

from __future__ import annotations

import signal
import sys

# A SIGTERM (the parent's graceful stop) that came before the crawl had its handlers:
# the crawl stops as soon as it can (``scraper.crawl.stop_gracefully_on_signals``).
stop_asked = False


def _ask_stop(signum, frame) -> None:
    global stop_asked
    stop_asked = True


def run(*args) -> None:
    # Until the crawl installs its graceful stop, a Ctrl-C of the terminal is the
    # parent's to handle (it passes a SIGTERM on), and a SIGTERM is noted. The parent
    # started this process with both blocked (``hold_signals``): they come now.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _ask_stop)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    sys.modules.setdefault("pandas", None)
    from scraper.crawl import crawl_in_this_process

    crawl_in_this_process(*args)
