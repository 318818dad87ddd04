"""What a cluster process sends the writer, and how it lets go of its leases.

In a worker (or the writer's seeding process) the last item pipeline is ``RedisSink``:
each item goes to the crawl's Redis stream, pickled, instead of into an archive; a
record's link variants travel as a message of their own (the writer acknowledges them
only once resolved). A request's lease is released when a ``RequestDone`` marker,
which ``LeaseAtEnd`` appends to the output of every callback, reaches the sink: items
of one response are processed one at a time in a worker (``CONCURRENT_ITEMS = 1``),
so by then everything the response produced is in the stream (and the requests it
yielded are in the frontier). A request that failed without a response is released
by ``ReleaseFailedDownloads``; its outcome is in the shared counters already.

``RedisStats`` mirrors every ``newsarchive/…`` counter into one Redis hash, so the
writer's summary counts what every process did, even one that was killed.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import socket
import uuid
from dataclasses import dataclass, replace
from typing import Any

from scrapy.statscollectors import MemoryStatsCollector

from scraper.cluster.connection import Keys, connect
from scraper.cluster.frontier import frontier_of
from scraper.items import AliasesSeen, ExtractedArticle, NonArticlePage
from scraper.ledger import ledger_of

logger = logging.getLogger("newsarchive.cluster")

# Add an item to the stream once, however often the call is sent: a fresh id for the
# call is recorded first, and the entry added only when the id is new. Redis may add
# the entry and go away before answering; the client then sends the same call again,
# and a second entry made the writer store the record twice (a second "check" of the
# article in its revisit book, the page counted twice).
_SEND_ONCE = """
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', tonumber(ARGV[2])) then
  return redis.call('XADD', KEYS[1], '*', 'item', ARGV[1], 'archive', ARGV[3])
end
return false
"""
# How long a call's id is kept beyond the process's patience with Redis
# (NEWSARCHIVE_REDIS_GIVE_UP_AFTER): the socket timeout, the last backoff, a margin.
_SENT_MARGIN_SECONDS = 120


@dataclass
class RequestDone:
    """Everything one leased request produced has been handed on."""

    lease: str
    url: str = ""
    ticket: int = 0


def cluster_client(settings) -> tuple[Any, Keys]:
    server = connect(
        settings.get("NEWSARCHIVE_REDIS_URL"),
        settings.getfloat("NEWSARCHIVE_REDIS_GIVE_UP_AFTER", 300.0),
    )
    return server, Keys(settings.get("NEWSARCHIVE_CLUSTER_PREFIX", "newsarchive"))


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class RedisSink:
    """Item pipeline: items to the stream, leases released when their request is done."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.ledger = ledger_of(crawler)
        self.server, self.keys = cluster_client(crawler.settings)
        self.send_once = self.server.register_script(_SEND_ONCE)
        patience = crawler.settings.getfloat("NEWSARCHIVE_REDIS_GIVE_UP_AFTER", 300.0)
        self.sent_seconds = int(patience) + _SENT_MARGIN_SECONDS
        # The archive of the crawl this process joined: the writer of another crawl,
        # started on the same Redis after that one, drops what it sends.
        self.archive = crawler.settings.get("NEWSARCHIVE_CLUSTER_ARCHIVE") or ""

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisSink:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, RequestDone):
            frontier = frontier_of(self.crawler)
            if frontier is not None:
                frontier.ack(item.lease)
            return item
        aliases = getattr(item, "aliases", None)
        if isinstance(item, (ExtractedArticle, NonArticlePage)) and aliases:
            self.send(replace(item, aliases=[]))
            self.send(AliasesSeen(aliases))
        else:
            self.send(item)
        if item.ticket:
            # Handed to the writer's ledger, which settles it once committed.
            self.ledger.settle(item.ticket, "forwarded")
        return item

    def send(self, item: Any) -> None:
        """One stream entry for ``item``, even when the call is sent twice (``_SEND_ONCE``)."""
        self.send_once(
            keys=[self.keys.items, self.keys.sent(uuid.uuid4().hex)],
            args=[pickle.dumps(item, protocol=5), self.sent_seconds, self.archive],
        )


class LeaseAtEnd:
    """Spider middleware: a ``RequestDone`` after all a leased response produced."""

    def process_spider_output(self, response, result):
        yield from result
        lease = response.meta.get("lease")
        if lease:
            yield RequestDone(lease, response.url)

    async def process_spider_output_async(self, response, result):
        async for output in result:
            yield output
        lease = response.meta.get("lease")
        if lease:
            yield RequestDone(lease, response.url)


class ReleaseFailedDownloads:
    """Downloader middleware (outermost): a request that failed for good is released.

    Called only when no other middleware took the exception over (a retry reschedules
    the request, and the scheduler moves the lease along with it).
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReleaseFailedDownloads:
        return cls(crawler)

    def process_exception(self, request, exception) -> None:
        lease = request.meta.get("lease")
        frontier = frontier_of(self.crawler)
        if lease and frontier is not None:
            frontier.ack(lease)
        return None


class CountResponses:
    """Downloader middleware: pages fetched, in total and by this worker."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.server, self.keys = cluster_client(crawler.settings)
        self.me = worker_id()
        self.server.hset(
            self.keys.workers,
            self.me,
            json.dumps({"host": socket.gethostname(), "pid": os.getpid()}),
        )

    @classmethod
    def from_crawler(cls, crawler: Any) -> CountResponses:
        return cls(crawler)

    def process_response(self, request, response):
        self.crawler.stats.inc_value("newsarchive/pages_fetched")
        self.server.hincrby(self.keys.workers, f"{self.me}/pages_fetched", 1)
        if request.meta.get("article"):
            self.server.hincrby(self.keys.workers, f"{self.me}/article_pages_fetched", 1)
        return response


class RedisStats(MemoryStatsCollector):
    """Scrapy's stats, with every ``newsarchive/`` counter also added up in Redis."""

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        self.server, self.keys = cluster_client(crawler.settings)

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        super().inc_value(key, count, start)
        if key.startswith("newsarchive/"):
            self.server.hincrby(self.keys.stats, key, count)
