"""Scrapy extensions that give one crawl process its part in a distributed crawl."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from scraper.cluster.connection import RedisUnavailable
from scraper.cluster.frontier import LeasedQueue, RoleDupeFilter, stop_for_redis
from scraper.cluster.sink import cluster_client

logger = logging.getLogger("newsarchive.cluster")

SEEDING, CRAWLING, FINISHED = "seeding", "crawling", "finished"
# Requests handed over in one atomic call at the end of seeding (about 7 MB).
HANDOFF_CHUNK = 10_000


class SeedHandoff:
    """The seeding process: what the spider held through discovery goes to the frontier.

    The writer's own process reads the discovery sources (API, sitemaps, feeds, home
    page) with the archive at hand, exactly as a local crawl does; at the end of that
    first phase every held article and listing request is pushed to the shared queue
    (through the shared fingerprints) instead of the local scheduler.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.server, self.keys = cluster_client(crawler.settings)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        self.pushed = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> SeedHandoff:
        return cls(crawler)

    def opened(self, spider: Any) -> None:
        self.queue = LeasedQueue(self.server, spider, self.keys.queue)
        self.seen = RoleDupeFilter(self.server, key=self.keys.seen)
        self.seen.fingerprinter = self.crawler.request_fingerprinter
        spider.handoff = self.push

    def push(self, requests: list[Any]) -> None:
        """Hand every held request over, each fingerprinted and queued in one step (no
        crash or lost reply can leave one seen but not queued; ``_QUEUE_UNSEEN``).

        Up to ``HANDOFF_CHUNK`` requests go in one atomic call, so a worker that meets
        one of these pages as a link (in a sidebar, say) finds it seen; otherwise it
        could queue it first, without the hints discovery gathered for it (the API's
        date and tags), and the archive would depend on timing. A larger handoff (a
        national backfill) goes in chunks of that size, all encoded first, so that they
        follow each other as fast as Redis takes them. (``seeded_requests`` may count
        too few: a call sent again after a lost reply answers 0.)
        """
        try:
            fingerprints = [self.seen.request_fingerprint(r) for r in requests]
            chunks = [
                self.queue.unseen_args(
                    requests[start : start + HANDOFF_CHUNK],
                    fingerprints[start : start + HANDOFF_CHUNK],
                )
                for start in range(0, len(requests), HANDOFF_CHUNK)
            ]
            for args in chunks:
                self.pushed += self.queue.push_unseen(args, self.seen.key)
        except Exception as exc:
            # Raised in a signal handler, which Scrapy only logs: said here, and the
            # process still ends as failed (``seed_in_this_process``), so that the
            # writer does not take the crawl for seeded.
            logger.critical("the discovered pages were not all handed over: %s", exc)
            key = "redis_unavailable" if isinstance(exc, RedisUnavailable) else "handoff_error"
            self.crawler.stats.set_value(f"newsarchive/{key}", str(exc))
            raise
        self.crawler.stats.set_value("newsarchive/seeded_requests", self.pushed)
        self.crawler.stats.set_value("newsarchive/handoff_done", 1)


# How often an idle worker looks at the shared queue and the crawl's phase. Scrapy's
# engine looks again only on its heartbeat, every 5 s: a worker whose queue ran dry for
# a moment (the seeding still handing over, another worker's listing still being read)
# sat out the rest of those 5 s, and each worker ended up to 5 s after the writer had
# finished (the writer waits for its own worker): a crawl of 20 articles took 15 s.
IDLE_LOOK_SECONDS = 0.5


class StayForTheCrawl:
    """A worker: an empty queue is not the end until the writer says the crawl ended."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.server, self.keys = cluster_client(crawler.settings)
        self.joined = crawler.settings.get("NEWSARCHIVE_CLUSTER_ARCHIVE") or ""
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.look_more_often, signal=signals.engine_started)

    def look_more_often(self) -> None:
        """The engine's heartbeat starts after this signal: it beats every
        ``IDLE_LOOK_SECONDS`` (a private attribute of Scrapy's engine; if a later
        Scrapy renames it, workers only look every 5 s again)."""
        self.crawler.engine._SLOT_HEARTBEAT_INTERVAL = IDLE_LOOK_SECONDS

    @classmethod
    def from_crawler(cls, crawler: Any) -> StayForTheCrawl:
        return cls(crawler)

    def idle(self, spider: Any) -> None:
        phase, archive = self.server.hmget(self.keys.state, ["phase", "archive"])
        if self.joined and archive is not None and archive.decode() != self.joined:
            # Another crawl took this Redis (its writer started after this one's had
            # gone): this worker's sites and settings are the old crawl's. Its crawl is
            # over, as when it finishes.
            logger.warning("the crawl of %s this worker joined was replaced: stopping", self.joined)
            return
        if phase is None or phase.decode() != FINISHED:
            raise DontCloseSpider


class StopWhenRedisIsGone:
    """After Redis stayed away longer than allowed, stop this process with a clear
    reason: what it had not handed on returns to the queue when its leases expire."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        crawler.signals.connect(self.failed, signal=signals.spider_error)
        crawler.signals.connect(self.item_failed, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Any) -> StopWhenRedisIsGone:
        return cls(crawler)

    def failed(self, failure: Any, response: Any, spider: Any) -> None:
        self._check(failure)

    def item_failed(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        self._check(failure)

    def _check(self, failure: Any) -> None:
        if failure is not None and failure.check(RedisUnavailable):
            stop_for_redis(self.crawler, failure.value)
