"""A site's robots.txt ``Crawl-delay``, honoured by the crawl as ``probe`` honours it.

Scrapy's robots.txt middleware obeys ``Disallow`` and ignores ``Crawl-delay``, and its
AutoThrottle brings a fast site's delay down to almost nothing: a small Polres portal
asking ten seconds between requests got four at a time (helper-103's trial). Here:

- ``HonourCrawlDelay`` (a downloader middleware) reads the delay, for the crawl's user
  agent, from each robots.txt answer the crawl gets (Scrapy's middleware asks for it
  through the downloader, before any other request to the host), and keeps each
  request's download slot at least that far apart, without jitter;
- ``AutoThrottleWithFloor`` is Scrapy's AutoThrottle, which never lowers a slot's delay
  below its host's Crawl-delay;
- a distributed crawl's shared per-host clock (``scraper.cluster.politeness``) spaces
  its reservations by the longer of its own delay and the host's Crawl-delay.

A delay is honoured up to ``NEWSARCHIVE_MAX_CRAWL_DELAY`` seconds (10: ``Crawl-delay:
86400`` would stop a nightly crawl for good); 0 ignores it, as ``--unthrottled-loopback``
does for a site on this machine.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from protego import Protego
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Request, Response

from scraper.settings import CRAWL_DELAY_STAT, MAX_CRAWL_DELAY


def crawl_delays(crawler: Any) -> dict[str, float]:
    """The crawl's Crawl-delays in seconds, by host (``host`` or ``host:port``): one dict
    per crawl, shared by the components that space requests."""
    found = getattr(crawler, "_newsarchive_crawl_delays", None)
    if found is None:
        found = crawler._newsarchive_crawl_delays = {}
    return found


def robots_crawl_delay(body: bytes, user_agent: str, limit: float) -> float:
    """The Crawl-delay a robots.txt asks of ``user_agent`` (its group, else ``*``), at
    most ``limit``; 0 when it asks none or cannot be read."""
    try:
        delay = Protego.parse(body.decode("utf-8", "replace")).crawl_delay(user_agent)
    except Exception:  # noqa: BLE001 - an unreadable robots.txt asks nothing
        return 0.0
    return float(min(delay, limit)) if delay and delay > 0 else 0.0


class HonourCrawlDelay:
    """Reads each host's Crawl-delay from its robots.txt and spaces the host's requests
    by it (see the module)."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        settings = crawler.settings
        self.limit = settings.getfloat("NEWSARCHIVE_MAX_CRAWL_DELAY", MAX_CRAWL_DELAY)
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.delays = crawl_delays(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> HonourCrawlDelay:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.delays:
            self._space(request)

    def process_response(self, request: Request, response: Response) -> Response:
        if self.limit > 0 and response.status == 200:
            parts = urlsplit(request.url)
            if parts.path == "/robots.txt":
                delay = robots_crawl_delay(response.body, self.user_agent, self.limit)
                if delay:
                    self.delays[parts.netloc] = delay
                    self._space(request)
                    # For the crawl's summary (a local crawl's; stats that are no
                    # counters stay in a distributed crawl's worker).
                    stats = getattr(self.crawler, "stats", None)
                    if stats is not None:
                        stats.max_value(f"{CRAWL_DELAY_STAT}{parts.netloc}", delay)
        return response

    def _space(self, request: Request) -> None:
        delay = self.delays.get(urlsplit(request.url).netloc)
        engine = getattr(self.crawler, "engine", None)
        if not delay or engine is None:
            return
        downloader = engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.delay = max(slot.delay, delay)
            slot.jitter = 0.0  # a random delay of half the asked one is too short


class AutoThrottleWithFloor(AutoThrottle):
    """Scrapy's AutoThrottle, never below a host's Crawl-delay."""

    def _adjust_delay(self, slot: Any, latency: float, response: Response) -> None:
        super()._adjust_delay(slot, latency, response)
        delay = crawl_delays(self.crawler).get(urlsplit(response.url).netloc)
        if delay:
            slot.delay = max(slot.delay, delay)
