"""Probe a site that has no definition yet, and draft one.

``newsarchive probe URL`` asks a site what a first crawl would ask it (robots.txt, the
home page, the WordPress REST API, sitemaps, feeds, Odoo's blog index, Blogger's Atom
feed), reads two or three of its articles with the crawl's own ``read_page``, and says
what it found: the platform and why, which discovery methods work and what each
returned, the evidence for the time zone and the province, and what looks wrong.
``definition_source`` turns that into a site definition file for review.

Two halves. ``fetcher.Fetcher`` is deliberately small: sequential GETs with the
crawl's User-Agent, robots.txt obeyed, a pause between requests and a hard budget
(redirects and robots.txt included), because a probe is a first visit to a stranger's
site and Scrapy's machinery is for crawls. The rest are pure functions over what was
fetched (``Fetched``), so every decision is tested on built responses without a
server: ``decide`` (platform, zone, province, owner, suspicions), ``report`` (what was
found), ``definition`` (the drafted file). ``explore.probe_site`` only decides what to
ask next.
"""

from scraper.probe.decide import (
    decide_platform,
    decide_province,
    decide_zone,
    owner_of,
    platform_evidence,
    zone_observations,
)
from scraper.probe.definition import definition_source, module_name, write_definition
from scraper.probe.explore import probe_site, sample_candidates, start_url
from scraper.probe.fetcher import (
    DELAY,
    MAX_REQUESTS,
    BadUrl,
    Fetched,
    Fetcher,
    ProbeError,
    network_error,
)
from scraper.probe.report import Decision, ProbeReport, Sample, Source

__all__ = [
    "DELAY",
    "MAX_REQUESTS",
    "BadUrl",
    "Decision",
    "Fetched",
    "Fetcher",
    "ProbeError",
    "ProbeReport",
    "Sample",
    "Source",
    "decide_platform",
    "decide_province",
    "decide_zone",
    "definition_source",
    "module_name",
    "network_error",
    "owner_of",
    "platform_evidence",
    "probe_site",
    "sample_candidates",
    "start_url",
    "write_definition",
    "zone_observations",
]
