"""Stage 0: give every item that does not stand for a fetched page a ledger ticket.

Page items arrive with the ticket the spider opened when the page came in. Anything
else the spider yields (a tracking variant of a link) is opened here, first in line,
so that no later stage can lose an item without the crawl noticing (``scraper.ledger``).
"""

from __future__ import annotations

from typing import Any

from scraper.ledger import ledger_of


class OpenTickets:
    def __init__(self, crawler: Any):
        self.ledger = ledger_of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> OpenTickets:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not getattr(item, "ticket", 0):
            item.ticket = self.ledger.open_item(getattr(item, "url", repr(item)[:200]))
        return item
