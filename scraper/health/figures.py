"""What one crawl saw of each site, from counters every crawl process already keeps.

Why counters: a crawl's facts arise in several processes (the spider, the ledger, the
pipelines, and in a distributed crawl the workers on other hosts and the writer), and
the one channel all of them already share is the crawl's stats, which a local crawl
sends its parent and a distributed crawl adds up in Redis. So each fact about a site
is a counter named ``site/<site>/<name>``:

- page outcomes, counted by the ledger as it settles each page (``articles_new``,
  ``pages_not_article``, ``errors/<kind>``, ``errors/spam`` …);
- ``pages_fetched``, every response the spider got for the site (a downloader
  middleware);
- per article read (``pipelines.health``): ``read``, ``dated``, ``indonesian``,
  ``known_topic``, ``text/<bucket>`` (a histogram of text lengths, buckets 4% wide, so
  a median needs no list of lengths), ``spam_blocks`` and ``spam_host/<host>``;
- ``discovery/<source>/<status>/<url>`` and ``discovery/<source>/urls``: how each
  feed, sitemap and API request answered and how many URLs it gave (the spider);
- ``offsite_redirect/<host>``: article pages sent to another registrable domain;
- ``home_redirect/<domain>``: the home page's request redirected to another
  registrable domain (``spiders.health.CountHomeRedirects``);
- ``home_links_elsewhere/<host>``: a home page that links to none of the site's pages
  but to this host, so many times (``scraper.crawl.judge_sites``);
- ``home_pages``, ``home_links`` and ``home_bytes``: the home page read, its links to
  the site's own pages and its size (``spiders.health.count_home_page``), which tell a
  site that answers with a page that is none of its own (a database error, a
  maintenance or parking page) from one that has nothing new
  (``scraper.health.flags.not_serving``);
- ``pages_as_home`` and ``pages_unlike_home``: the site's other pages (listings,
  article pages) that answered the home page's very text, and one that did not
  (``spiders.health.HomeLikeness``), which tell a maintenance page that keeps the
  theme's menu (its home page links to the site's pages, which answer the same page)
  from a site (``not_serving`` too);
- ``start_page_failed``: its start page got no usable answer, a 404 included
  (``spiders.health.count_start_page_failed``), a failure of the site's own
  (``scraper.health.flags.site_status``).

``site_runs`` turns the counters of one crawl into one ``SiteRun`` per site. Pure.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from scraper.extract.record import ArticleRecord

STATS_PREFIX = "newsarchive/"
SITE_PREFIX = "site/"
# A site's failed requests other than article pages (``site/<site>/fetch_errors/<kind>``).
FETCH_ERRORS = "fetch_errors/"
# A home page that links only to another host: ``site/<site>/home_links_elsewhere/<host>``
# = its links there (spiders.links.links_elsewhere).
HOME_LINKS_ELSEWHERE = "home_links_elsewhere/"
# Error kinds that describe the site, not a failed fetch: a broken link (404/410), a page
# robots.txt forbids, a page quarantined as spam. Counted, but no failure of the crawl.
NOT_FAILURES = frozenset({"http_404", "http_410", "robots", "spam"})
# The home page redirected to another registrable domain: ``site/<site>/home_redirect/<d>``.
HOME_REDIRECT = "home_redirect/"
# Page outcomes (scraper.ledger.PAGE_OUTCOMES) kept per site.
OUTCOMES = (
    "articles_new",
    "articles_updated",
    "articles_unchanged",
    "articles_duplicate",
    "articles_gone",
    "pages_skipped",
    "pages_not_article",
)
DISCOVERY_OK = ("ok", "not_modified")
# Text-length buckets: 16 per doubling, so a bucket's middle is within 2.2% of any length.
_BUCKETS_PER_DOUBLING = 16
# Words that make up a fifth of any Indonesian text and almost none of another language.
_INDONESIAN = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "yang dan di ke dari dengan untuk pada ini itu dalam tidak akan juga oleh sebagai "
        "atau adalah karena saat telah kami ia mereka para bagi serta kepada tersebut bahwa "
        "sudah dapat ada lebih agar hingga namun masih"
    ).split()
)
_WORDS = re.compile(r"[a-z]+")


def site_key(site: str, name: str) -> str:
    """The counter of ``name`` for ``site`` (site names never hold a ``/``)."""
    return f"{SITE_PREFIX}{site}/{name}"


def text_bucket(chars: int) -> int:
    return round(math.log2(max(chars, 1)) * _BUCKETS_PER_DOUBLING)


def bucket_chars(bucket: int) -> int:
    return round(2 ** (bucket / _BUCKETS_PER_DOUBLING))


def is_indonesian(text: str) -> bool:
    """Whether a text is Indonesian, by its function words (its first 2,000 characters)."""
    words = _WORDS.findall(text[:2000].lower())
    return bool(words) and sum(w in _INDONESIAN for w in words) >= 0.06 * len(words)


def article_counters(record: ArticleRecord) -> list[str]:
    """The per-site counters one article read adds to (see the module)."""
    site = record.site
    names = ["read", f"text/{text_bucket(len(record.text))}"]
    if record.published_at:
        names.append("dated")
    if is_indonesian(f"{record.title}\n{record.text}"):
        names.append("indonesian")
    if record.topics and record.topics != ["lainnya"]:
        names.append("known_topic")
    for block in record.spam_blocks:
        names.append("spam_blocks")
        names += [f"spam_host/{host}" for host in block.get("hosts", [])]
    return [site_key(site, name) for name in names]


@dataclass
class SiteRun:
    """One site in one crawl: the row of ``source_health`` (docs/schema.md)."""

    run_id: int
    site: str
    started_at: str = ""  # the run's (crawl_runs), for history and evidence
    # The site's own outcome in the crawl (ok, partial, failed, unreachable;
    # ``flags.site_status``), not the run's: one run crawls many sites.
    status: str = ""
    message: str = ""  # the run's (crawl_runs): why it failed, if it did
    pages_fetched: int = 0
    article_pages: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_duplicate: int = 0
    articles_gone: int = 0
    pages_skipped: int = 0
    pages_not_article: int = 0
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    articles_read: int = 0
    median_text_chars: int | None = None
    dated_share: float | None = None
    not_article_share: float | None = None
    indonesian_share: float | None = None
    topic_share: float | None = None
    spam_pages: int = 0
    spam_blocks: int = 0
    spam_link_hosts: dict[str, int] = field(default_factory=dict)
    offsite_redirects: int = 0
    redirect_hosts: dict[str, int] = field(default_factory=dict)
    # Other registrable domains the home page's request was redirected to -> count.
    home_redirect_hosts: dict[str, int] = field(default_factory=dict)
    # source -> {"ok": answers that worked, "urls": URLs they gave,
    #            "failed": {status: [urls]}}
    discovery: dict[str, dict] = field(default_factory=dict)
    # The home page, when it was read: its links to the site's own pages, its size.
    home_links: int | None = None
    home_bytes: int | None = None
    # The site's other pages that answered the home page's text, and that did not (at
    # most one per crawl process: comparing stops there). Figures of the crawl, not
    # stored in ``source_health``: they decide ``status`` (``flags.site_status``), which is.
    pages_as_home: int = 0
    pages_unlike_home: int = 0
    # Its start page got no usable answer (a 404 too), a figure of the crawl like those.
    start_page_failed: int = 0
    # Article pages that answered 404 or 410 (its other requests' are not counted here),
    # a figure of the crawl like those: ``flags.articles_missing``.
    articles_not_found: int = 0

    @property
    def pages_read(self) -> int:
        """Article pages whose reading gave a verdict: articles, non-articles, spam."""
        return self.articles_read + self.pages_not_article + self.spam_pages

    @property
    def pages_found(self) -> int:
        """Pages of the site with an outcome: articles new, known, skipped, gone,
        refused as not articles or as spam."""
        return sum(getattr(self, name) for name in OUTCOMES) + self.spam_pages

    @property
    def failures(self) -> int:
        """Failed requests: errors of the kinds that are failures (not a 404, a page
        robots.txt forbids, spam)."""
        return sum(n for kind, n in self.error_kinds.items() if kind not in NOT_FAILURES)

    @property
    def discovery_worked(self) -> bool:
        """Some feed, sitemap or API answer listed URLs, or said "not modified"."""
        return any(source.get("ok", 0) for source in self.discovery.values())


def per_site(stats: dict) -> dict[str, dict[str, int]]:
    """The crawl's ``site/…`` counters, by site: {site: {name: value}}."""
    prefix = STATS_PREFIX + SITE_PREFIX
    out: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith(prefix) and isinstance(value, int | float):
            site, _, name = key[len(prefix) :].partition("/")
            if site and name:
                out.setdefault(site, {})[name] = int(value)
    return out


def site_runs(stats: dict, sites: Iterable[str], run_id: int) -> list[SiteRun]:
    """One ``SiteRun`` per site of the crawl (a site with no counter still gets one)."""
    counters = per_site(stats)
    return [site_run(counters.get(site, {}), site, run_id) for site in sites]


def site_run(counts: dict[str, int], site: str, run_id: int) -> SiteRun:
    run = SiteRun(run_id=run_id, site=site, pages_fetched=counts.get("pages_fetched", 0))
    for name in OUTCOMES:
        setattr(run, name, counts.get(name, 0))
    # Article pages' error outcomes (the ledger's), and the failures of the site's other
    # requests (its home page, listings: FETCH_ERRORS), which crawl_runs counts too.
    page_kinds = _suffixed(counts, "errors/")
    every_kind = Counter(page_kinds) + Counter(_suffixed(counts, FETCH_ERRORS))
    run.error_kinds = dict(sorted(every_kind.items()))
    run.errors = sum(run.error_kinds.values())
    run.spam_pages = page_kinds.get("spam", 0)
    unsent = run.pages_skipped + page_kinds.get("site_unreachable", 0)
    run.article_pages = sum(counts.get(n, 0) for n in OUTCOMES) + sum(page_kinds.values()) - unsent
    read = run.articles_read = counts.get("read", 0)
    histogram = {int(k[5:]): v for k, v in counts.items() if k.startswith("text/")}
    run.median_text_chars = median_of_histogram(histogram)
    if read:
        run.dated_share = round(counts.get("dated", 0) / read, 3)
        run.indonesian_share = round(counts.get("indonesian", 0) / read, 3)
        run.topic_share = round(counts.get("known_topic", 0) / read, 3)
    if run.pages_read:
        run.not_article_share = round(run.pages_not_article / run.pages_read, 3)
    run.spam_blocks = counts.get("spam_blocks", 0)
    run.spam_link_hosts = _suffixed(counts, "spam_host/")
    run.redirect_hosts = _suffixed(counts, "offsite_redirect/")
    run.offsite_redirects = sum(run.redirect_hosts.values())
    run.home_redirect_hosts = _suffixed(counts, HOME_REDIRECT)
    run.discovery = discovery_of(counts)
    if counts.get("home_pages"):
        run.home_links = counts.get("home_links", 0)
        run.home_bytes = counts.get("home_bytes", 0)
    run.pages_as_home = counts.get("pages_as_home", 0)
    run.pages_unlike_home = counts.get("pages_unlike_home", 0)
    run.start_page_failed = counts.get("start_page_failed", 0)
    run.articles_not_found = page_kinds.get("http_404", 0) + page_kinds.get("http_410", 0)
    return run


def median_of_histogram(histogram: dict[int, int]) -> int | None:
    """The median length of a text-length histogram (bucket -> count), or None."""
    total = sum(histogram.values())
    if not total:
        return None
    seen = 0
    for bucket in sorted(histogram):
        seen += histogram[bucket]
        if seen * 2 >= total:
            return bucket_chars(bucket)
    return None  # unreachable


def discovery_of(counts: dict[str, int]) -> dict[str, dict]:
    """``discovery/<source>/<status>/<url>`` and ``discovery/<source>/urls`` counters,
    as {source: {"ok", "urls", "failed": {status: [urls]}}}."""
    out: dict[str, dict] = {}
    for name, value in counts.items():
        if not name.startswith("discovery/"):
            continue
        parts = name.split("/", 3)
        source = out.setdefault(parts[1], {"ok": 0, "urls": 0, "failed": {}})
        if len(parts) == 3 and parts[2] == "urls":
            source["urls"] += value
        elif len(parts) == 4:
            status, url = parts[2], parts[3]
            if status in DISCOVERY_OK:
                source["ok"] += value
            else:
                source["failed"].setdefault(status, []).append(url)
    for source in out.values():
        for urls in source["failed"].values():
            urls.sort()
    return out


def _suffixed(counts: dict[str, int], prefix: str) -> dict[str, int]:
    found = {k[len(prefix) :]: v for k, v in counts.items() if k.startswith(prefix)}
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
