"""Crawler settings: politeness and plumbing in one place, every value overridable.

``build_settings`` is the only way settings reach Scrapy; the CLI's ``-s KEY=VALUE``
and the tests override values here, and components read them through ``from_crawler``.
"""

from __future__ import annotations

import ast
import difflib
import functools
import importlib.util
import math
import os
from datetime import date
from pathlib import Path

from scraper import __version__

DEFAULT_DB = "data/archive.db"
# The stat of a host's honoured robots.txt Crawl-delay (spiders.crawl_delay), for the
# crawl's summary: ``newsarchive/crawl_delay/<host>`` = seconds.
CRAWL_DELAY_STAT = "newsarchive/crawl_delay/"
# How many seconds of a robots.txt Crawl-delay are honoured, at most (crawl and probe).
MAX_CRAWL_DELAY = 10.0

POLITENESS = {
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "RETRY_TIMES": 2,
    "RETRY_BACKOFF_BASE": 0.5,  # seconds before the first retry, doubling after
    "RETRY_BACKOFF_MAX": 30.0,
    "REDIRECT_MAX_TIMES": 5,
    # A robots.txt Crawl-delay is honoured up to this many seconds; 0 ignores it
    # (spiders.crawl_delay).
    "NEWSARCHIVE_MAX_CRAWL_DELAY": MAX_CRAWL_DELAY,
}

# For a site served on this machine (a benchmark, a test): no delay, no adaptive
# throttle, as many parallel requests as the crawl allows. `crawl --unthrottled-loopback`
# applies it only when every site is on a loopback address.
UNTHROTTLED = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    # Compressing and decompressing every page costs both ends CPU for bandwidth
    # that a loopback connection does not need.
    "COMPRESSION_ENABLED": False,
    # A distributed crawl's shared per-host rate (scraper.cluster.politeness): off.
    "NEWSARCHIVE_CLUSTER_HOST_DELAY": 0,
    "NEWSARCHIVE_MAX_CRAWL_DELAY": 0,
    # Retries as many, their waits (for a struggling server to recover) short.
    "RETRY_BACKOFF_BASE": 0.05,
}

PLUMBING = {
    "BOT_NAME": "newsarchive",
    "TELNETCONSOLE_ENABLED": False,
    # Scrapy 2.19 starts, in every crawl, an HTTP server on 127.0.0.1 that runs the
    # Python code sent to it (its token in a job file under ~/.local/state/scrapy, which
    # a killed crawl leaves behind): nothing a nightly cron crawl should open. Its
    # extension is also left out of Scrapy's list (``extensions_base``).
    "REMOTE_CONTROL_ENABLED": False,
    "COOKIES_ENABLED": False,
    # Scrapy hands each response's output (its requests and items) to this many asyncio
    # tasks, created anew per response (100 by default). Every item pipeline here is
    # synchronous (a test checks), so items go through them in the order the spider
    # yields them either way, and creating the other 99 cost the crawl process about a
    # sixth of its CPU on a loopback crawl. What 1 changes is timing: a response's
    # requests reach the scheduler a few at a time, so the engine may start the first
    # before the last is queued (crawl order, which depends on the network anyway).
    "CONCURRENT_ITEMS": 1,
    # Scrapy's own log is for debugging (-s LOG_LEVEL=INFO); the crawl reports failures
    # by kind in its summary line and in crawl_runs instead of as tracebacks.
    "LOG_LEVEL": "CRITICAL",
    "LOG_INSTALL_ROOT_HANDLER": True,
    # An article request and a listing request for one URL are two requests.
    "REQUEST_FINGERPRINTER_CLASS": "spiders.fingerprint.RoleFingerprinter",
    "ITEM_PIPELINES": {
        "pipelines.ledger.OpenTickets": 100,
        "pipelines.extract.ExtractPipeline": 300,
        "pipelines.health.TallySiteHealth": 400,
        "pipelines.store.StorePipeline": 800,
    },
    "EXTENSIONS": {
        # AutoThrottle, never below a robots.txt Crawl-delay (spiders.crawl_delay).
        "scrapy.extensions.throttle.AutoThrottle": None,
        "spiders.crawl_delay.AutoThrottleWithFloor": 0,
        "pipelines.progress.ProgressReporter": 500,
        "pipelines.progress.CountFailures": 510,
        "pipelines.progress.ReportUnaccounted": 520,
    },
    "DOWNLOADER_MIDDLEWARES": {
        # Outermost: every response a site's requests got, once (scraper.health).
        "spiders.health.CountSiteResponses": 10,
        "spiders.middlewares.RetryBackoff": 100,
        # Before robots.txt (100), which would wait for robots.txt of a dead host.
        "spiders.middlewares.DropUnreachableSites": 50,
        # Beside robots.txt (100): reads its Crawl-delay, spaces the host's requests.
        "spiders.crawl_delay.HonourCrawlDelay": 105,
        "spiders.middlewares.SkipKnownArticles": 110,
        "spiders.middlewares.ConditionalRequests": 120,
        # Below HttpCompression (590): sees the decoded body, before the spider.
        "spiders.middlewares.KeepRawPages": 580,
        # Below RedirectMiddleware (600): sees a home page's 3xx answer (scraper.health).
        "spiders.health.CountHomeRedirects": 650,
    },
    # Keep every response as WARC (--warc/--no-warc), in NEWSARCHIVE_WARC_DIR (None: a
    # folder beside the archive, data/archive-warc), in files rotated at this size.
    "NEWSARCHIVE_WARC": True,
    "NEWSARCHIVE_WARC_DIR": None,
    "NEWSARCHIVE_WARC_MAX_BYTES": 1_000_000_000,
    "NEWSARCHIVE_WARC_GZIP_LEVEL": 6,
    # Re-fetch every known article and ignore ETags: a full re-crawl (--full).
    "NEWSARCHIVE_FULL": False,
    # Look back to this day (YYYY-MM-DD): listings are read to the end (--since).
    "NEWSARCHIVE_SINCE": None,
    # Where the archive is, how many items one write transaction holds.
    "NEWSARCHIVE_DB": DEFAULT_DB,
    # The crawl_runs row of this crawl (set by the crawl, for the rows it writes).
    "NEWSARCHIVE_RUN_ID": None,
    "NEWSARCHIVE_BATCH_SIZE": 50,
    "NEWSARCHIVE_PROGRESS": False,
    # A distributed crawl (crawl --redis, newsarchive worker): the seconds between two
    # requests to one host for the whole cluster, how long a worker holds a request
    # before it returns to the queue, how long Redis may be away before a process
    # stops. See scraper/cluster.
    "NEWSARCHIVE_CLUSTER_HOST_DELAY": 1.0,
    "NEWSARCHIVE_LEASE_SECONDS": 300.0,
    "NEWSARCHIVE_REDIS_GIVE_UP_AFTER": 300.0,
    # The writer says so when requests wait in the queue and no worker has sent a
    # record for this many seconds (no worker started, or all of them gone).
    "NEWSARCHIVE_STALL_WARNING_SECONDS": 60.0,
    # Set by the distributed crawl itself: its Redis, the prefix of its keys, and the
    # archive of the crawl a process joined (what it tags its items with).
    "NEWSARCHIVE_REDIS_URL": None,
    "NEWSARCHIVE_CLUSTER_PREFIX": "newsarchive",
    "NEWSARCHIVE_CLUSTER_ARCHIVE": "",
    # Extraction worker processes (None: one per core; 0: extract inline, to debug),
    # and the seconds one page may take before its worker is killed and replaced.
    "NEWSARCHIVE_WORKERS": None,
    "NEWSARCHIVE_EXTRACT_TIMEOUT": 60.0,
    # Learn each site's article container from its first articles and read later
    # pages from it alone, checked against full readings (scraper.extract.template).
    "NEWSARCHIVE_LEARN_TEMPLATES": True,
    # A URL or e-mail where site operators can reach whoever runs the crawl.
    "NEWSARCHIVE_CONTACT_URL": os.environ.get("NEWSARCHIVE_CONTACT_URL", ""),
    # Stop following listing pagination after this many listing pages per site.
    "NEWSARCHIVE_MAX_LISTING_PAGES": 100_000,
    # Known articles are fetched again this many days after they were first seen,
    # to catch edits and takedowns; after the last step, never again.
    "NEWSARCHIVE_REVISIT_DAYS": [1, 7, 30],
    # Two texts whose 5-word-shingle Jaccard similarity reaches this are one story.
    "NEWSARCHIVE_STORY_THRESHOLD": 0.4,
    # Two articles published more than this many days apart are never one story.
    "NEWSARCHIVE_STORY_WINDOW_DAYS": 30,
}


def user_agent(contact: str) -> str:
    """An identifiable User-Agent; it names a contact when one is configured."""
    base = f"newsarchive/{__version__} (research archive of Indonesian news"
    return f"{base}; +{contact})" if contact else f"{base})"


# Settings whose value must be at least this (a crawl with no request slot never ends).
MINIMUMS = {
    "CONCURRENT_REQUESTS": 1,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "NEWSARCHIVE_BATCH_SIZE": 1,
    "NEWSARCHIVE_MAX_LISTING_PAGES": 1,
    "NEWSARCHIVE_WARC_MAX_BYTES": 1,
}
# Settings that must be above zero (a zero timeout fails every page).
POSITIVE = {
    "DOWNLOAD_TIMEOUT",
    "NEWSARCHIVE_EXTRACT_TIMEOUT",
    "NEWSARCHIVE_LEASE_SECONDS",
    "NEWSARCHIVE_STALL_WARNING_SECONDS",
}
# Settings that count something: whole numbers only.
WHOLE = {
    "CONCURRENT_ITEMS",
    "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DEPTH_LIMIT",
    "DOWNLOAD_MAXSIZE",
    "DOWNLOAD_WARNSIZE",
    "REDIRECT_MAX_TIMES",
    "RETRY_TIMES",
    "NEWSARCHIVE_BATCH_SIZE",
    "NEWSARCHIVE_MAX_LISTING_PAGES",
    "NEWSARCHIVE_STORY_WINDOW_DAYS",
    "NEWSARCHIVE_WARC_GZIP_LEVEL",
    "NEWSARCHIVE_WARC_MAX_BYTES",
}
# Settings with an upper bound too.
RANGES = {"NEWSARCHIVE_STORY_THRESHOLD": (0.0, 1.0), "NEWSARCHIVE_WARC_GZIP_LEVEL": (0, 9)}
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
# Settings whose default is None: the type a value must have.
OPTIONAL_TYPES = {
    "NEWSARCHIVE_WORKERS": "count",
    "NEWSARCHIVE_WARC_DIR": "text",
    "NEWSARCHIVE_SINCE": "day",
    "NEWSARCHIVE_RUN_ID": "count",
    "NEWSARCHIVE_REDIS_URL": "text",
}


@functools.cache
def scrapy_defaults() -> dict[str, object]:
    """Scrapy's settings and their defaults (``...`` where the default is no literal).

    Read from the text of its ``default_settings.py``, not imported: the CLI process that
    checks settings stays without Scrapy (~24 MB), which only the crawl process needs."""
    spec = importlib.util.find_spec("scrapy")
    if spec is None or not spec.origin:
        return {}
    source = (Path(spec.origin).parent / "settings" / "default_settings.py").read_text()
    found: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                try:
                    found[target.id] = ast.literal_eval(value)
                except ValueError:
                    found[target.id] = ...
    return found


# Scrapy extensions a crawl never runs, left out of ``EXTENSIONS_BASE``, and the setting
# that switches each on: Scrapy imports every extension listed there, also one disabled
# by its setting or set to None in ``EXTENSIONS``. The remote control's import (aiohttp,
# which loads the CA bundle) cost every crawl process 0.8 s of CPU. One a user switches
# on (``-s TELNETCONSOLE_ENABLED=true``) stays listed: left out, it would silently not run.
UNUSED_EXTENSIONS = {
    "scrapy.extensions.remote_control.RemoteControl": "REMOTE_CONTROL_ENABLED",
    "scrapy.extensions.telnet.TelnetConsole": "TELNETCONSOLE_ENABLED",
}


@functools.lru_cache(maxsize=4)
def extensions_base(keep: frozenset[str] = frozenset()) -> dict[str, int]:
    """Scrapy's ``EXTENSIONS_BASE`` without ``UNUSED_EXTENSIONS`` but those in ``keep``
    ({} if unreadable: Scrapy's own list then applies)."""
    base = scrapy_defaults().get("EXTENSIONS_BASE")
    if not isinstance(base, dict):
        return {}
    return {
        path: order for path, order in base.items() if path not in UNUSED_EXTENSIONS or path in keep
    }


def known_setting_names() -> set[str]:
    """Ours and every setting Scrapy itself defines."""
    return set(scrapy_defaults()) | set(POLITENESS) | set(PLUMBING) | {"USER_AGENT"}


# Limits that close one Scrapy process early. A distributed crawl runs many (its
# seeding process, every worker's), each would count on its own, and the seeding one
# would stop before handing its pages over: the crawl could only end interrupted.
PROCESS_LIMITS = (
    "CLOSESPIDER_TIMEOUT",
    "CLOSESPIDER_TIMEOUT_NO_ITEM",
    "CLOSESPIDER_ITEMCOUNT",
    "CLOSESPIDER_PAGECOUNT",
    "CLOSESPIDER_PAGECOUNT_NO_ITEM",
    "CLOSESPIDER_ERRORCOUNT",
    "MEMUSAGE_LIMIT_MB",
)


def check_distributed_overrides(overrides: dict) -> None:
    """Refuse a per-process limit (``PROCESS_LIMITS``) on a distributed crawl."""
    for key in PROCESS_LIMITS:
        if overrides.get(key):
            raise ValueError(
                f"{key} is not supported with --redis: every process of a distributed "
                "crawl would count on its own, and the seeding one would stop before "
                "handing its pages over. Stop a distributed crawl with Ctrl-C"
            )


def check_overrides(overrides: dict) -> None:
    """Refuse an unknown setting or a value Scrapy would choke on (``-s DOWNLOAD_TIMEOUT=abc``).

    Scrapy would only fail inside the crawl process, as a traceback (recorded as a failed
    crawl of the site), or silently ignore a misspelt name; a wrong setting is a
    configuration error the user should hear about at once, before anything is opened
    or fetched.
    """
    if not overrides:
        return
    ours = {**POLITENESS, **PLUMBING}
    defaults = {**scrapy_defaults(), **ours}
    known = known_setting_names()
    for key, value in overrides.items():
        if key not in known:
            close = [key.upper()] if key.upper() in known else []
            close = close or difflib.get_close_matches(key.upper(), sorted(known), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise ValueError(f"unknown setting {key}{hint}")
        problem = _value_problem(key, value, defaults.get(key), key in ours)
        if problem:
            raise ValueError(f"setting {key} expects {problem}, got {value!r}")


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _value_problem(key: str, value, default, ours: bool) -> str | None:
    """What the value of ``key`` should be, when it is not; None when it is fine."""
    if key == "LOG_LEVEL":
        return None if value in LOG_LEVELS else f"one of {', '.join(LOG_LEVELS)}"
    if key in OPTIONAL_TYPES:
        return _optional_problem(OPTIONAL_TYPES[key], value)
    if default is None or default is ...:
        return None
    if isinstance(default, bool):
        return None if isinstance(value, bool) or value in (0, 1) else "true or false"
    if isinstance(default, int | float):
        return _number_problem(key, value, ours)
    if isinstance(default, list | tuple):
        if not ours:
            return None if isinstance(value, list) else 'a JSON list, e.g. ["a", "b"]'
        ok = isinstance(value, list) and all(
            _is_number(v) and math.isfinite(v) and v >= 0 for v in value
        )
        return None if ok else "a list of numbers (0 or more), e.g. [1,7,30]"
    if isinstance(default, dict):
        return None if isinstance(value, dict) else 'a JSON object, e.g. {"name": 100}'
    if isinstance(default, str):
        return None if isinstance(value, str) else "text"
    return None


def _number_problem(key: str, value, ours: bool) -> str | None:
    if not _is_number(value) or not math.isfinite(value):
        return "a number"
    if key in WHOLE and value != int(value):
        return "a whole number"
    if key in RANGES:
        low, high = RANGES[key]
        return None if low <= value <= high else f"a number from {low:g} to {high:g}"
    if key in POSITIVE:
        return None if value > 0 else "a number above 0"
    # Scrapy's own may be negative where it means something (DEPTH_PRIORITY = -1).
    least = MINIMUMS.get(key, 0 if ours or "PRIORITY" not in key else -math.inf)
    return None if value >= least else f"a number ({least} or more)"


def _optional_problem(kind: str, value) -> str | None:
    if value is None:
        return None
    if kind == "count":
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else "a whole number (0 or more)"
    if kind == "day":
        try:
            date.fromisoformat(str(value))
        except ValueError:
            return "a day, YYYY-MM-DD"
        return None
    return None if isinstance(value, str) else "text"


def build_settings(overrides: dict | None = None) -> dict:
    """The complete settings dict for one crawl."""
    check_overrides(overrides or {})
    settings = {**POLITENESS, **PLUMBING, **(overrides or {})}
    keep = frozenset(path for path, key in UNUSED_EXTENSIONS.items() if settings.get(key))
    if "EXTENSIONS_BASE" not in settings and extensions_base(keep):
        settings["EXTENSIONS_BASE"] = dict(extensions_base(keep))
    settings.setdefault("USER_AGENT", user_agent(settings["NEWSARCHIVE_CONTACT_URL"]))
    return settings
