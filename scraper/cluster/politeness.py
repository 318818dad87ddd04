"""One request rate per host for the whole cluster, however many workers there are.

Each worker's own politeness (Scrapy's per-domain delay and concurrency) knows only its
own requests. Here every request, at the moment it would go on the wire (in the download
handler: after Scrapy's own queueing, so nothing bunches up behind it), reserves its
start on a shared per-host clock in Redis (one atomic script, Redis's own time, so hosts
with skewed clocks agree): the host's next free moment is at least
``NEWSARCHIVE_CLUSTER_HOST_DELAY`` seconds after the previous reservation, whoever made
it, or the host's robots.txt Crawl-delay when longer (``spiders.crawl_delay``). The
worker waits until its moment, then sends; a worker that wakes up late (its event loop
was busy) takes a new moment instead, so that requests held up together do not go out
together. robots.txt is obeyed by every worker (Scrapy's own middleware).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

from scraper.cluster.sink import cluster_client
from spiders.crawl_delay import crawl_delays

_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local next_at = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(now, next_at)
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], start + interval, 'PX', interval * 10 + 60000)
return start - now
"""


# Moments a request may take, each after waking up late for the one before, before it
# goes anyway (a worker that is always late must still fetch).
_MOMENTS = 3


class ClusterRateLimitedHTTP(HTTP11DownloadHandler):
    """Scrapy's HTTP download handler, waiting for the host's next shared slot."""

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        self.server, self.keys = cluster_client(crawler.settings)
        self.interval_ms = int(
            crawler.settings.getfloat("NEWSARCHIVE_CLUSTER_HOST_DELAY", 1.0) * 1000
        )
        self.reserve = self.server.register_script(_RESERVE)
        # Each worker reads robots.txt itself (spiders.crawl_delay): the shared clock
        # spaces a host asking a longer Crawl-delay by that.
        self.crawl_delays = crawl_delays(crawler)

    async def download_request(self, request) -> Any:
        host = urlsplit(request.url).netloc
        interval_ms = max(self.interval_ms, int(self.crawl_delays.get(host, 0) * 1000))
        if interval_ms > 0:
            for _ in range(_MOMENTS):
                wait_ms = int(self.reserve(keys=[self.keys.rate(host)], args=[interval_ms]))
                if wait_ms <= 0:
                    break
                due = time.monotonic() + wait_ms / 1000
                await asyncio.sleep(wait_ms / 1000)
                # Later than half an interval: the requests of the moments after ours,
                # held up with us, would go out at once. A new moment, then.
                if time.monotonic() - due < interval_ms / 2000:
                    break
        return await super().download_request(request)
