"""The crawl's book of outcomes: every fetched article page, and every item, settles once.

The archive's first promise is that nothing is lost without a trace. So each article
page the spider receives (or fails to receive) is *opened* here with its URL, and the
stage that decides its fate *settles* it with exactly one outcome: ``articles_new``,
``articles_updated``, ``articles_unchanged``, ``articles_duplicate``,
``pages_not_article``, ``articles_gone``, ``pages_skipped`` or ``errors/<kind>``.
Items that are not pages (a tracking variant of a link) are opened and settled the
same way, with outcomes under ``items/``. Whatever is still open when the crawl ends
was dropped somewhere without a count: the crawl names those URLs and exits 3.

A page opened with its site is also counted per site (``site/<site>/<outcome>``),
which is what the crawl's health per source is made of (``scraper.health``).

Only the counts and the currently open tickets are held, so memory does not grow
with the size of the crawl. Plain Python: no Scrapy, no SQL.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from scraper.health.figures import site_key

logger = logging.getLogger(__name__)

# What an article page can end as; each is also a counter in the run's stats.
PAGE_OUTCOMES = (
    "articles_new",
    "articles_updated",
    "articles_unchanged",
    "articles_duplicate",
    "pages_not_article",
    "articles_gone",
    "pages_skipped",
)


# In a distributed crawl a worker hands a page's item to the writer, whose ledger
# settles it: the worker's ticket ends "forwarded", counted by neither.
FORWARDED = "forwarded"


def is_page_outcome(outcome: str) -> bool:
    return outcome in PAGE_OUTCOMES or outcome.startswith("errors/") or outcome == FORWARDED


class Ledger:
    """Open tickets (ticket → URL) and a counter callback for settled outcomes."""

    def __init__(self, count: Callable[[str], None]):
        self._count = count
        self._open: dict[int, tuple[str, bool, str]] = {}
        self._numbers = itertools.count(1)
        self.pages_opened = 0
        self.pages_settled = 0

    def open_page(self, url: str, site: str = "") -> int:
        """An article page of ``site`` was fetched (or failed to be): it now owes one
        outcome, counted for the crawl and, when ``site`` is given, for the site."""
        self.pages_opened += 1
        return self._open_ticket(url, page=True, site=site)

    def open_item(self, url: str) -> int:
        """An item that is not a page (a link variant) entered the pipelines."""
        return self._open_ticket(url, page=False)

    def _open_ticket(self, url: str, page: bool, site: str = "") -> int:
        ticket = next(self._numbers)
        self._open[ticket] = (url, page, site)
        return ticket

    def settle(self, ticket: int, outcome: str) -> None:
        """Record ``ticket``'s one outcome. A second outcome for it is a bug: it is
        counted (``ledger/settled_twice``) and ignored, never counted twice."""
        entry = self._open.pop(ticket, None)
        if entry is None:
            logger.error("ticket %s settled twice (%s)", ticket, outcome)
            self._count("ledger/settled_twice")
            return
        url, page, site = entry
        if page:
            self.pages_settled += 1
            if not is_page_outcome(outcome):
                logger.error("page %s settled with a non-page outcome %r", url, outcome)
        if outcome != FORWARDED:
            self._count(outcome if page else f"items/{outcome}")
            if page and site:
                self._count(site_key(site, outcome))

    def is_open(self, ticket: int) -> bool:
        return ticket in self._open

    def unaccounted(self) -> list[str]:
        """URLs of pages and items that were opened and never settled."""
        return sorted({url for url, _page, _site in self._open.values()})


def ledger_of(crawler) -> Ledger:
    """The one ledger of a crawl, shared by the spider and the pipelines.

    Kept on the crawler object so that every component built from it finds the same
    book, whatever order Scrapy builds them in.
    """
    ledger = getattr(crawler, "newsarchive_ledger", None)
    if ledger is None:
        # crawler.stats exists only once the crawl starts: looked up at each count.
        ledger = Ledger(lambda outcome: crawler.stats.inc_value(f"newsarchive/{outcome}"))
        crawler.newsarchive_ledger = ledger
    return ledger
