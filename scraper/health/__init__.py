"""Health per source: what each crawl saw of each site, and flags against its history.

``figures`` turns a crawl's per-site counters into one ``SiteRun`` per site;
``flags.evaluate`` compares a site's latest run with its earlier ones. Pure: no
Scrapy, no SQL (``scraper.archive.health`` stores and reads them, ``newsarchive
health`` shows them).
"""

from __future__ import annotations

from scraper.health.figures import SiteRun, article_counters, site_key, site_runs
from scraper.health.flags import (
    BROKEN_DISCOVERY,
    DEFAULTS,
    EXTRACTION_DRIFT,
    FLAGS,
    SILENT,
    SUSPICIOUS_CONTENT,
    TAKEDOWNS,
    UNFINISHED,
    UNREACHABLE,
    Flag,
    HealthSettings,
    evaluate,
    not_serving,
    site_problem,
    site_status,
    site_statuses,
    unfinished,
    unreachable,
)

__all__ = [
    "BROKEN_DISCOVERY",
    "DEFAULTS",
    "EXTRACTION_DRIFT",
    "FLAGS",
    "SILENT",
    "SUSPICIOUS_CONTENT",
    "TAKEDOWNS",
    "UNFINISHED",
    "UNREACHABLE",
    "Flag",
    "HealthSettings",
    "SiteRun",
    "article_counters",
    "evaluate",
    "not_serving",
    "site_key",
    "site_problem",
    "site_runs",
    "site_status",
    "site_statuses",
    "unfinished",
    "unreachable",
]
