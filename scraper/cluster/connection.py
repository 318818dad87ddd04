"""The Redis connection of a cluster process, and the names of its keys.

A Redis that goes away (a restart, a network cut) must not end a long crawl: every
command is retried with exponential backoff, and each failure is logged, until
``give_up_after`` seconds have passed; then the process stops with a clear message
(committed work is safe: the archive and the Redis data survive).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import redis
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger("newsarchive.cluster")


class RedisUnavailable(RuntimeError):
    """Redis did not answer for longer than the process is allowed to wait."""


class PatientRetry(Retry):
    """Retry on connection errors with backoff, say so in the log, give up after a time."""

    # Why a command gave up, and when (monotonic), once one has: the process is then
    # stopping, and for the next minute the commands of its shutdown (stats,
    # acknowledgements, the claim) each try once and fail with the same reason instead
    # of waiting out the patience again; with many pages in hand, a worker spent
    # minutes on those. A process that carries on (a writer whose acknowledgement gave
    # up) has its patience back after that minute. A command that gets through after
    # failing, or a new client (``connect``), clears it.
    gave_up: str | None = None
    gave_up_at = 0.0
    SHUTDOWN_SECONDS = 60.0

    def __init__(self, give_up_after: float):
        super().__init__(
            ExponentialBackoff(cap=5.0, base=0.2),
            retries=-1,
            supported_errors=(RedisConnectionError, RedisTimeoutError, ConnectionError),
        )
        self.give_up_after = give_up_after

    def call_with_retry(self, do, fail, is_retryable=None, with_failure_count=False):
        self._backoff.reset()
        failures = 0
        started = time.monotonic()
        while True:
            try:
                result = do()
                if failures:
                    PatientRetry.gave_up = None
                    logger.warning("Redis is back after %.0f s", time.monotonic() - started)
                return result
            except self._supported_errors as error:
                failures += 1
                fail(error, failures) if with_failure_count else fail(error)
                waited = time.monotonic() - started
                since = time.monotonic() - PatientRetry.gave_up_at
                if PatientRetry.gave_up and since < self.SHUTDOWN_SECONDS:
                    raise RedisUnavailable(PatientRetry.gave_up) from error
                if waited > self.give_up_after:
                    PatientRetry.gave_up = (
                        f"Redis did not answer for {waited:.0f} s ({error}); giving up"
                    )
                    PatientRetry.gave_up_at = time.monotonic()
                    raise RedisUnavailable(PatientRetry.gave_up) from error
                # The last pause ends when the patience does: one more try, then give up.
                pause = min(self._backoff.compute(failures), self.give_up_after - waited + 0.01)
                logger.warning(
                    "Redis unavailable (%s); retrying in %.1f s (waited %.0f s of %.0f)",
                    error, pause, waited, self.give_up_after,
                )  # fmt: skip
                time.sleep(pause)


def connect(url: str, give_up_after: float = 300.0) -> redis.Redis:
    """A client for ``url`` (``redis://host:port/db``) that waits out outages."""
    retry = PatientRetry(give_up_after)
    PatientRetry.gave_up = None
    client = redis.Redis.from_url(
        url,
        retry=retry,
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        socket_timeout=30,
        socket_connect_timeout=5,
        health_check_interval=15,
    )
    return client


@dataclass(frozen=True)
class Keys:
    """Every key of one distributed crawl, under one prefix (one crawl per prefix)."""

    prefix: str = "newsarchive"

    def __getattr__(self, name: str) -> Any:  # pragma: no cover - dataclass internals
        raise AttributeError(name)

    @property
    def queue(self) -> str:  # sorted set of encoded requests, scored by priority
        return f"{self.prefix}:frontier"

    @property
    def leases(self) -> str:  # hash: lease id -> encoded request held by a worker
        return f"{self.prefix}:leases"

    @property
    def lease_meta(self) -> str:  # hash: lease id -> the request's priority score
        return f"{self.prefix}:lease-meta"

    @property
    def attempts(self) -> str:  # hash: sha1 of an encoded request -> leases it outlived
        return f"{self.prefix}:attempts"

    @property
    def deadlines(self) -> str:  # sorted set: lease id -> expiry (ms, Redis time)
        return f"{self.prefix}:deadlines"

    @property
    def seen(self) -> str:  # set of request fingerprints (the cluster's dupefilter)
        return f"{self.prefix}:seen"

    @property
    def items(self) -> str:  # stream of pickled items for the writer
        return f"{self.prefix}:items"

    @property
    def stats(self) -> str:  # hash of counters, summed over every process
        return f"{self.prefix}:stats"

    @property
    def recorded(self) -> str:  # hash: the stats and workers counters a run recorded
        return f"{self.prefix}:recorded"

    @property
    def workers(self) -> str:  # hash: worker id -> JSON {host, pid, pages_fetched}
        return f"{self.prefix}:workers"

    @property
    def writer(self) -> str:  # the archive of the writer now running (lapses unless renewed)
        return f"{self.prefix}:writer"

    @property
    def state(self) -> str:  # hash: run, phase (seeding|crawling|finished), sites, settings
        return f"{self.prefix}:state"

    @property
    def unaccounted(self) -> str:  # set of URLs a worker fetched and never accounted for
        return f"{self.prefix}:unaccounted"

    def sent(self, item_id: str) -> str:  # an item added to the stream (expires)
        return f"{self.prefix}:sent:{item_id}"

    def rate(self, host: str) -> str:  # next time (ms) a request to ``host`` may start
        return f"{self.prefix}:rate:{host}"
