"""The shared frontier: scrapy-redis's scheduler, with leases and our fingerprints.

scrapy-redis pops a request off its sorted set and forgets it: a worker killed while
fetching loses the request for good. Here a pop *leases* the request instead (one
atomic script): the request moves to a lease table with a deadline. The lease is
released (``ack``) once everything the request produced is in the item stream; a
lease whose deadline passes (its worker died or hung) puts the request back in the
queue, at most ``MAX_ATTEMPTS`` times, so a page that kills every worker that reads it
is given up and counted instead of looping forever.

Fingerprints are the crawl's own (``spiders.fingerprint.RoleFingerprinter``: an article
request and a listing request for one URL are two requests), stored in a Redis set, so
no two workers ever fetch the same request.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base
from scrapy_redis.scheduler import Scheduler

from scraper.cluster.connection import Keys, RedisUnavailable, connect

logger = logging.getLogger("newsarchive.cluster")

# A request whose lease expires this many times is given up (errors/lease_expired).
MAX_ATTEMPTS = 3

# Pop the first request and lease it: queue -> leases (+ its score), deadline. Run again
# with the same lease id (the client retries a call whose reply Redis never sent, as it
# went away), it returns the request that lease already holds: popping another would
# overwrite the lease, and the first request would be in neither place, lost.
_LEASE = """
local held = redis.call('HGET', KEYS[2], ARGV[1])
if held then return held end
local items = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #items == 0 then return nil end
redis.call('ZREM', KEYS[1], items[1])
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('HSET', KEYS[2], ARGV[1], items[1])
redis.call('HSET', KEYS[3], ARGV[1], items[2])
redis.call('ZADD', KEYS[4], now_ms + tonumber(ARGV[2]), ARGV[1])
return items[1]
"""

# Put every expired lease's request back in the queue (or give it up); how many.
_REAP = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now_ms)
local given_up = 0
for _, id in ipairs(expired) do
  local data = redis.call('HGET', KEYS[2], id)
  local score = redis.call('HGET', KEYS[3], id)
  if data and score then
    local attempts = redis.call('HINCRBY', KEYS[6], redis.sha1hex(data), 1)
    if attempts < tonumber(ARGV[1]) then
      redis.call('ZADD', KEYS[1], score, data)
    else
      given_up = given_up + 1
    end
  end
  redis.call('HDEL', KEYS[2], id)
  redis.call('HDEL', KEYS[3], id)
  redis.call('ZREM', KEYS[4], id)
end
if given_up > 0 then redis.call('HINCRBY', KEYS[5], 'errors/lease_expired', given_up) end
return #expired
"""

# Record each request's fingerprint and queue the request, in one step (ARGV: the
# fingerprint, score and encoded request of each, in turn); how many were new. Redis
# may run a command and go away before its reply is sent; the client then sends it
# again. In two steps (SADD, then ZADD), the second SADD answered "seen" and the
# request was dropped as a duplicate of itself: a page never fetched, exit 0. Here the
# first run queued it, and the second finds it seen and queues nothing more.
_QUEUE_UNSEEN = """
local queued = 0
for i = 1, #ARGV, 3 do
  if redis.call('SADD', KEYS[2], ARGV[i]) == 1 then
    redis.call('ZADD', KEYS[1], ARGV[i + 1], ARGV[i + 2])
    queued = queued + 1
  end
end
return queued
"""

_ACK = """
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return redis.call('ZREM', KEYS[3], ARGV[1])
"""


class LeasedQueue(Base):
    """scrapy-redis's priority queue, where a pop is a lease (see the module)."""

    lease_ms = 300_000

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self.keys = Keys(key.rsplit(":", 1)[0])
        self.lease_script = server.register_script(_LEASE)
        self.reap_script = server.register_script(_REAP)
        self.ack_script = server.register_script(_ACK)
        self.queue_unseen_script = server.register_script(_QUEUE_UNSEEN)

    def __len__(self) -> int:
        return self.server.zcard(self.key)

    def push(self, request) -> None:
        data = self._encode_request(request)
        self.server.execute_command("ZADD", self.key, -request.priority, data)

    def unseen_args(self, requests: list, fingerprints: list[str]) -> list:
        """``push_unseen``'s arguments for these requests (encoding is the slow part)."""
        args: list = []
        for request, fingerprint in zip(requests, fingerprints):
            args += [fingerprint, -request.priority, self._encode_request(request)]
        return args

    def push_unseen(self, args: list, seen_key: str) -> int:
        """Queue each request (``unseen_args``) whose fingerprint is not in the set
        ``seen_key`` (which they all join), in one step; how many were queued (see
        ``_QUEUE_UNSEEN``). Sent again after a lost reply, it queued them all the first
        time and answers 0."""
        return int(self.queue_unseen_script(keys=[self.key, seen_key], args=args)) if args else 0

    def pop(self, timeout: int = 0):
        lease = uuid.uuid4().hex
        data = self.lease_script(
            keys=[self.key, self.keys.leases, self.keys.lease_meta, self.keys.deadlines],
            args=[lease, self.lease_ms],
        )
        if not data:
            return None
        request = self._decode_request(data)
        request.meta["lease"] = lease
        return request

    def reap(self) -> int:
        """Return the requests of expired leases to the queue; how many expired."""
        return int(
            self.reap_script(
                keys=[
                    self.key,
                    self.keys.leases,
                    self.keys.lease_meta,
                    self.keys.deadlines,
                    self.keys.stats,
                    self.keys.attempts,
                ],
                args=[MAX_ATTEMPTS],
            )
        )

    def ack(self, lease: str) -> None:
        self.ack_script(
            keys=[self.keys.leases, self.keys.lease_meta, self.keys.deadlines], args=[lease]
        )


class RoleDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared fingerprint set, with the crawl's own fingerprints."""

    fingerprinter: Any = None

    def request_fingerprint(self, request) -> str:
        return self.fingerprinter.fingerprint(request).hex()


class ClusterScheduler(Scheduler):
    """The scrapy-redis scheduler on our leased queue and fingerprints.

    A request that comes back to the scheduler while leased (a retry, a redirect the
    engine reschedules) is queued again first, then its old lease is released, so it
    is never in neither place. Workers reap expired leases when they find the queue
    empty.
    """

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        keys = Keys(settings.get("NEWSARCHIVE_CLUSTER_PREFIX", "newsarchive"))
        server = connect(
            settings.get("NEWSARCHIVE_REDIS_URL"),
            settings.getfloat("NEWSARCHIVE_REDIS_GIVE_UP_AFTER", 300.0),
        )
        dupefilter = RoleDupeFilter(server, key=keys.seen)
        dupefilter.fingerprinter = crawler.request_fingerprinter
        instance = cls(
            server=server,
            persist=True,
            flush_on_start=False,
            queue_key=keys.queue,
            queue_cls="scraper.cluster.frontier.LeasedQueue",
            dupefilter=dupefilter,
            idle_before_close=0,
        )
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.keys = keys
        instance.joined = settings.get("NEWSARCHIVE_CLUSTER_ARCHIVE") or ""
        LeasedQueue.lease_ms = int(settings.getfloat("NEWSARCHIVE_LEASE_SECONDS", 300) * 1000)
        return instance

    # Called by the engine outside any callback, so a Redis that stayed away longer
    # than allowed is not a spider or item error there: it stops the crawl from here
    # (it was raised on each of the engine's heartbeats, and the worker never ended).
    gone = False

    def _redis_gone(self, error: RedisUnavailable) -> None:
        if not self.gone:
            self.gone = True
            stop_for_redis(self.crawler, error)

    def enqueue_request(self, request) -> bool:
        if self.gone:
            return False
        try:
            return self._enqueue(request)
        except RedisUnavailable as error:
            self._redis_gone(error)
            return False

    # The crawl this process joined was replaced by another (its writer started after
    # ours had gone): the queue is the new crawl's now, and what this process fetched
    # with the old crawl's sites and settings the new writer would only drop. Looked
    # at once a second, when asked for a request; the worker then stops, idle.
    joined = ""
    replaced = False
    looked_at = 0.0
    REPLACED_LOOK_SECONDS = 1.0

    def _replaced(self) -> bool:
        if self.replaced or not self.joined:
            return self.replaced
        now = time.monotonic()
        if now - self.looked_at >= self.REPLACED_LOOK_SECONDS:
            self.looked_at = now
            archive = self.server.hget(self.keys.state, "archive")
            self.replaced = archive is not None and archive.decode() != self.joined
            if self.replaced:
                logger.warning(
                    "the crawl of %s this process joined was replaced: taking no more of "
                    "its queue", self.joined,
                )  # fmt: skip
        return self.replaced

    def has_pending_requests(self) -> bool:
        if self.gone:
            return False
        try:
            return not self._replaced() and super().has_pending_requests()
        except RedisUnavailable as error:
            self._redis_gone(error)
            return False

    def next_request(self):
        if self.gone:
            return None
        try:
            if self._replaced():
                return None
            request = self.queue.pop()
            if request is None and self.queue.reap():
                request = self.queue.pop()
            return request
        except RedisUnavailable as error:
            self._redis_gone(error)
            return None

    def _enqueue(self, request) -> bool:
        old = request.meta.pop("lease", None)
        if old:
            # A leased request coming back (retry, redirect): queued again first, then
            # released; it skips the dupefilter, which has seen it.
            self.queue.push(request)
            self.queue.ack(old)
            return True
        if request.dont_filter:
            return super().enqueue_request(request)
        # The fingerprint and the queue in one step (LeasedQueue.push_unseen).
        args = self.queue.unseen_args([request], [self.df.request_fingerprint(request)])
        # (A lost reply sent again answers 0 for a request it queued: counted here as
        # a duplicate, never dropped.)
        if not self.queue.push_unseen(args, self.df.key):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def ack(self, lease: str) -> None:
        self.queue.ack(lease)


def stop_for_redis(crawler, error: RedisUnavailable) -> None:
    """Redis stayed away longer than allowed: stop this process with a clear reason
    (what it had not handed on returns to the queue when its leases expire)."""
    if crawler.stats.get_value("newsarchive/redis_unavailable"):
        return  # stopping already
    logger.critical("%s: stopping", error)
    crawler.stats.set_value("newsarchive/redis_unavailable", str(error))
    engine = crawler.engine
    if hasattr(engine, "close_spider_async"):
        # Scrapy 2.14+, where close_spider() is deprecated (a warning on stderr).
        closing = deferred_from_coro(engine.close_spider_async(reason="redis_unavailable"))
        closing.addErrback(lambda failure: logger.error("closing the crawl: %s", failure.value))
    else:
        engine.close_spider(crawler.spider, "redis_unavailable")


def frontier_of(crawler) -> ClusterScheduler | None:
    """The crawl's cluster scheduler, when it runs on one."""
    scheduler = getattr(getattr(crawler, "engine", None), "_slot", None)
    scheduler = getattr(scheduler, "scheduler", None)
    return scheduler if isinstance(scheduler, ClusterScheduler) else None
