"""Probe a site that has no definition yet, and draft one.

``newsarchive probe URL`` asks a site what a first crawl would ask it (robots.txt, the
home page, the WordPress REST API, sitemaps, feeds, Odoo's blog index, Blogger's Atom
feed), reads two or three of its articles with the crawl's own ``read_page``, and says
what it found: the platform and why, which discovery methods work and what each
returned, the evidence for the time zone and the province, and what looks wrong.
``definition_source`` turns that into a site definition file for review.

Two halves. ``Fetcher`` is deliberately small: sequential GETs with the crawl's
User-Agent, robots.txt obeyed, a pause between requests and a hard budget (redirects
and robots.txt included), because a probe is a first visit to a stranger's site and
Scrapy's machinery is for crawls. The rest are pure functions over what was fetched
(``Fetched``), so every decision is tested on built responses without a server;
``probe_site`` only decides what to ask next.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import ssl
import textwrap
import time
import urllib.error
import urllib.request
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from protego import Protego

from scraper.extract import Hints, NotAnArticle
from scraper.extract.charset import decode_html
from scraper.extract.dates import resolve_published
from scraper.extract.metadata import parse_html, read_metadata
from scraper.reading import PageLinks, read_links, read_page
from scraper.settings import build_settings
from scraper.sites import (
    DISCOVERY_METHODS,
    FieldOverrides,
    SiteDefinition,
    province_names,
    province_of,
)
from scraper.urls import (
    canonicalize_url,
    is_listing_url,
    join_url,
    looks_like_non_article,
    same_site,
    site_host,
)
from spiders.discovery import (
    SITEMAP_PATHS,
    Discovered,
    declares_entities,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
    sitemap_urls_from_robots,
)
from spiders.sites._profiles import BLOGGER_PRUNE, ODOO_PRUNE

# Politeness: at most this many requests per probe (robots.txt and redirects count),
# this pause between two, this long for an answer, this much of a body.
MAX_REQUESTS = 25
DELAY = 1.0
TIMEOUT = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 10.0  # a robots.txt Crawl-delay is honoured up to this
# Articles to read, and fetches kept back for them while discovery runs.
SAMPLES = 3
SAMPLE_TRIES = 5
MAX_SITEMAPS = 4
MAX_FEEDS = 3
API_PATH = "wp-json/wp/v2/posts?per_page=10"  # the crawl asks per_page=100
WORDPRESS_FEED = "feed/"  # what the crawl asks
BLOGGER_FEED = "feeds/posts/default"
ODOO_BLOG = "blog"
REDIRECTS = (301, 302, 303, 307, 308)
NOT_ASKED = "not asked (request budget spent)"
PLATFORM_NAMES = {"wordpress": "WordPress", "odoo": "Odoo", "blogger": "Blogger"}
NETWORK_ERRORS = {
    "dns": "its host name does not resolve (DNS)",
    "refused": "the connection was refused",
    "timeout": f"no answer within {TIMEOUT:g} s",
    "tls": "the TLS (https) handshake failed",
    "connection": "the connection broke",
}

# Indonesia's three zones, as printed and as UTC offsets (no daylight saving).
ZONE_LABELS = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
ZONE_OFFSETS = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}
_LABEL = re.compile(r"\b(W[Ii][Tt][Aa]|W[Ii][Bb]|W[Ii][Tt])\b")
# Province codes (Kemendagri) on WITA and WIT (Keppres 41/1987 and the provinces made
# since): Bali, Nusa Tenggara, South, East and North Kalimantan and Sulawesi are WITA;
# Maluku and Papua WIT; Sumatra, Java, West and Central Kalimantan WIB.
WITA_CODES = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
WIT_CODE_PREFIXES = ("8", "9")
# Words that make up a tenth of Indonesian prose and next to none of any other
# language's: a sample below MIN_INDONESIAN of them does not read as Indonesian.
INDONESIAN_WORDS = frozenset({
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "dalam", "ini", "itu",
    "tersebut", "juga", "akan", "oleh", "tidak", "sebagai", "atau", "karena", "para",
    "kepada", "telah", "sudah", "bahwa", "serta",
})  # fmt: skip
MIN_INDONESIAN = 0.04


class ProbeError(Exception):
    """The site cannot be probed at all (unreachable home page): one line for the user."""


class BadUrl(ProbeError):
    """What was given is not a web address."""


# -- fetching --------------------------------------------------------------------------


@dataclass
class Fetched:
    """One answer (or the reason there is none). ``error``: a network error kind (see
    ``NETWORK_ERRORS``), "robots" (robots.txt forbids it), "budget" (not asked: the
    request budget is spent), "elsewhere" (redirected off the registrable domain, not
    followed), "redirects" (too many)."""

    url: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    final_url: str = ""
    error: str | None = None
    redirects: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    def html(self) -> str:
        return decode_html(self.body, self.headers.get("content-type"))

    def outcome(self) -> str:
        """The answer in a word or two for the report: 200, 404, refused, …"""
        if self.error == "robots":
            return "disallowed by robots.txt"
        if self.error == "budget":
            return NOT_ASKED
        if self.error == "elsewhere":
            return f"redirects to {self.final_url}"
        return self.error or str(self.status)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers: the fetcher follows them itself, counting each."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        return None


def registrable_domain(url: str) -> str:
    """The domain a registrant holds: polri.go.id for kalsel.polri.go.id, but each blog
    of blogspot.com, from the public suffix list bundled with tldextract (Scrapy's
    dependency; the list is never fetched)."""
    host = (urlsplit(url).hostname or "").lower()
    parts = _tld_extract()(host)
    return ".".join(p for p in (parts.domain, parts.suffix) if p) or host


@cache
def _tld_extract():  # noqa: ANN202 - tldextract.TLDExtract
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def network_error(exc: BaseException) -> str:
    """The kind of a network failure, as ``NETWORK_ERRORS`` names them."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.gaierror):
        return "dns"
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout"
    if isinstance(reason, ssl.SSLError):
        return "tls"
    return "connection"


class Fetcher:
    """Sequential, polite GETs with a hard budget; ``log`` holds every request made.

    robots.txt is read once per origin before anything else there, with the crawl's
    User-Agent (``scraper.settings``), and obeyed (a Crawl-delay lengthens the pause).
    Redirects are followed up to ``MAX_REDIRECTS`` within the registrable domain, each
    hop a request. Network problems never raise: they are ``Fetched.error``.
    """

    def __init__(
        self,
        user_agent: str | None = None,
        *,
        max_requests: int = MAX_REQUESTS,
        delay: float = DELAY,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.user_agent = user_agent or build_settings()["USER_AGENT"]
        self.max_requests = max_requests
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.log: list[Fetched] = []
        self.robots: dict[str, tuple[Fetched, Protego]] = {}
        self._opener = urllib.request.build_opener(_NoRedirect)
        self._last = float("-inf")

    @property
    def remaining(self) -> int:
        return self.max_requests - len(self.log)

    def get(self, url: str, reserve: int = 0) -> Fetched:
        """GET ``url``; ``reserve`` requests stay unspent for what comes later."""
        chain: list[str] = []
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            refusal = self._refusal(current, reserve)
            if refusal:
                return Fetched(url, final_url=current, error=refusal, redirects=chain)
            answer = self._request(current)
            location = answer.headers.get("location")
            if answer.error or answer.status not in REDIRECTS or not location:
                return replace(answer, url=url, final_url=current, redirects=chain)
            chain.append(current)
            target = urljoin(current, location.strip())
            if registrable_domain(target) != registrable_domain(url):
                return replace(
                    answer, url=url, final_url=target, error="elsewhere", redirects=chain
                )
            current = target
        return Fetched(url, final_url=current, error="redirects", redirects=chain)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt (as far as it was read) lets this crawler fetch ``url``."""
        known = self.robots_of(url)
        return known is None or known[1].can_fetch(url, self.user_agent)

    def robots_of(self, url: str) -> tuple[Fetched, Protego] | None:
        """robots.txt of ``url``'s origin, if it was read."""
        return self.robots.get(_origin(url))

    def _refusal(self, url: str, reserve: int) -> str | None:
        origin = _origin(url)
        if origin not in self.robots:
            if self.remaining - reserve < 2:
                return "budget"
            answer = self._request(origin + "/robots.txt")
            text = answer.body.decode("utf-8", "replace") if answer.ok else ""
            self.robots[origin] = (answer, Protego.parse(text))
        if not self.robots[origin][1].can_fetch(url, self.user_agent):
            return "robots"
        return "budget" if self.remaining - reserve < 1 else None

    def _pause(self, url: str) -> None:
        delay = self.delay
        known = self.robots.get(_origin(url))
        if known is not None:
            delay = max(delay, min(known[1].crawl_delay(self.user_agent) or 0, MAX_CRAWL_DELAY))
        wait = self._last + delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _request(self, url: str) -> Fetched:
        self._pause(url)
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept-Language": "id, en;q=0.5"}
        )
        try:
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    status, headers = response.status, response.headers
                    body = response.read(self.max_bytes)
            except urllib.error.HTTPError as exc:  # 3xx (not followed here), 4xx, 5xx
                status, headers = exc.code, exc.headers
                body = exc.read(self.max_bytes) if exc.fp else b""
            answer = Fetched(
                url, status, {k.lower(): v for k, v in headers.items()}, body, final_url=url
            )
        except (OSError, http.client.HTTPException, ValueError) as exc:
            answer = Fetched(url, final_url=url, error=network_error(exc))
        self._last = time.monotonic()
        self.log.append(answer)
        return answer


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _xml_body(answer: Fetched) -> bytes | None:
    """A sitemap's or feed's bytes, gunzipped when they are ``.gz``; None for XML that
    declares entities (refused as the crawl refuses it) or a failed answer."""
    if not answer.ok:
        return None
    body = answer.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, MAX_BYTES)
        except zlib.error:
            return None
    return None if declares_entities(body) else body


# -- the report ------------------------------------------------------------------------


@dataclass
class Source:
    """One discovery method (``scraper.sites.DISCOVERY_METHODS``) and what it gave."""

    method: str
    works: bool
    summary: str
    asked: list[str] = field(default_factory=list)  # "/feed/ 404", one per URL asked

    @property
    def untested(self) -> bool:
        """Nothing of it was asked: the request budget was spent before."""
        return bool(self.asked) and all(a.endswith(NOT_ASKED) for a in self.asked)


@dataclass
class Sample:
    """One article read as the crawl reads it (or why it is not one)."""

    url: str
    title: str = ""
    published_at: str | None = None
    published_source: str | None = None
    zone_evidence: str | None = None  # how the date code learnt the page's zone
    chars: int = 0
    language: str | None = None
    province: str | None = None  # the province its text is about (the gazetteer's reading)
    indonesian: float = 0.0  # share of Indonesian function words in its text
    problem: str | None = None  # not an article, HTTP error…


@dataclass
class Decision:
    """A value chosen from evidence, the evidence, and how strong it is."""

    value: str | None
    evidence: list[str] = field(default_factory=list)
    strength: str = ""  # "strong", "weak", "from the province", "unknown"; or ""


@dataclass
class ProbeReport:
    url: str
    base_url: str
    name: str
    probed_on: str
    platform: Decision
    sources: list[Source]
    timezone: Decision
    province: Decision
    owner: Decision
    samples: list[Sample]
    suspicious: list[str]
    start_paths: tuple[str, ...] = ()
    requests: int = 0
    seconds: float = 0.0
    asked: list[str] = field(default_factory=list)  # every request: "200 URL"

    @property
    def discovery(self) -> tuple[str, ...]:
        """What the definition lists: the methods that worked or could not be tried,
        "listing" always (the crawl reads the home page whatever it lists), every method
        if nothing else did."""
        worked = {s.method for s in self.sources if s.works or s.untested} | {"listing"}
        if worked == {"listing"} and not any(s.works for s in self.sources):
            return DISCOVERY_METHODS
        return tuple(m for m in DISCOVERY_METHODS if m in worked)

    @property
    def articles(self) -> list[Sample]:
        return [s for s in self.samples if not s.problem]

    def definition(self) -> SiteDefinition:
        """The definition the drafted file defines (what ``crawl NAME`` will use)."""
        prune = {"odoo": ODOO_PRUNE, "blogger": BLOGGER_PRUNE}.get(self.platform.value or "", ())
        return SiteDefinition(
            name=self.name,
            base_url=self.base_url,
            platform=self.platform.value or "unknown",
            timezone=self.timezone.value,
            discovery=self.discovery,
            start_paths=self.start_paths,
            overrides=FieldOverrides(prune=prune),
            province=self.province.value,
            owner=self.owner.value or "unknown",
            verified=False,
            source=self.source_note(),
        )

    def source_note(self) -> str:
        """The definition's ``source``: where the facts came from, and when."""
        found = "; ".join(f"{s.method}: {s.summary}" for s in self.sources if s.works)
        evidence = ", ".join(self.platform.evidence[:2])
        return (
            f"newsarchive probe {self.url} on {self.probed_on}: {self.platform.value} "
            f"({evidence}); {found or 'no discovery source worked'}"
        )

    def to_dict(self) -> dict:
        data = asdict(self)
        data["discovery"] = list(self.discovery)
        return data


# -- the probe -------------------------------------------------------------------------


def start_url(url: str) -> str:
    """The home page to start from; ``BadUrl`` for anything that is not a web address."""
    text = url.strip()
    if "://" not in text and re.match(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", text, re.I):
        text = "https://" + text
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise BadUrl(f"{url!r} is not a web address (bad port)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadUrl(f"{url!r} is not a web address such as https://polres-contoh.id/")
    return f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"


def probe_site(url: str, fetcher: Fetcher, today: date | None = None) -> ProbeReport:
    """Probe the site at ``url`` within the fetcher's budget; ``ProbeError`` when its home
    page cannot be had (DNS, refused, timeout, an HTTP error), a report otherwise."""
    started, url = time.monotonic(), str(url)
    home = fetcher.get(start_url(url), reserve=SAMPLE_TRIES)
    if home.error in NETWORK_ERRORS:
        raise ProbeError(f"{url}: {NETWORK_ERRORS[home.error]}")
    if home.error == "redirects":
        raise ProbeError(f"{url}: the home page redirects more than {MAX_REDIRECTS} times")
    if home.error is None and not home.ok:
        raise ProbeError(f"{url}: the home page answered HTTP {home.status}")
    # Where the home page settled (http -> https, www.), short of another domain.
    base = _base_of(home.redirects[-1] if home.error == "elsewhere" else home.final_url)
    name = site_host(base)
    today = today or datetime.now(timezone.utc).date()
    report = ProbeReport(
        url=url,
        base_url=base,
        name=name,
        probed_on=today.isoformat(),
        platform=Decision("unknown", [f"the home page was not read: {home.outcome()}"]),
        sources=[],
        timezone=Decision(None),
        province=Decision(None),
        owner=owner_of(name),
        samples=[],
        suspicious=[],
    )
    if home.ok:
        _explore(report, home, fetcher)
    report.suspicious = suspicions(home, fetcher, report)
    report.requests = len(fetcher.log)
    report.asked = [f"{f.outcome()} {f.url}" for f in fetcher.log]
    report.seconds = round(time.monotonic() - started, 1)
    return report


def _base_of(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    return f"{parts.scheme}://{parts.netloc}{path or '/'}"


@dataclass
class _Found:
    """What discovery fetched that the samples and the zone need."""

    tree: Any  # the home page, parsed (or None)
    api_body: bytes
    feed_bodies: list[bytes]
    sitemap_entries: list[Discovered]
    candidates: list[str]  # article URLs to sample, best first
    hints: dict[str, dict]  # what discovery said of each URL (API dates, lastmod…)


def _explore(report: ProbeReport, home: Fetched, fetcher: Fetcher) -> None:
    """Everything after a readable home page: discovery, platform, samples, zone."""
    found = _discover(report, home, fetcher)
    # Read first with no zone, so each page's dates say which zone they are in.
    read = read_samples(fetcher, found.candidates, report_site(report), found.hints)
    report.samples = [sample for _, sample in read]
    notes = zone_observations(found.api_body, found.feed_bodies, found.sitemap_entries)
    learnt: Counter[tuple[str | None, str]] = Counter()
    labels = Counter(_labels(_visible_text(found.tree)))
    for page, sample in read:
        zone, sample.zone_evidence = page_zone(page, report_site(report))
        if sample.zone_evidence:
            learnt[zone, sample.zone_evidence] += 1
        if not sample.problem:
            labels.update(_labels(_visible_text(parse_html(page.html()))))
    notes += [(zone, 1, f"{how} on {n} sampled pages") for (zone, how), n in learnt.items()]
    notes += [
        (ZONE_LABELS[label], 2, f"{label} printed {n} times on the home page and samples")
        for label, n in labels.most_common()
    ]
    report.province = decide_province(report.name, report.samples, found.tree)
    report.timezone = decide_zone(notes + province_zone(report.province.value))
    # The samples' dates as the crawl will store them: in the zone now decided.
    site = report_site(report)
    for page, sample in read:
        if not sample.problem:
            again = read_sample(page, site, found.hints.get(page.url))
            sample.published_at = again.published_at
            sample.published_source = again.published_source


def _discover(report: ProbeReport, home: Fetched, fetcher: Fetcher) -> _Found:
    """Ask the API, sitemaps, Odoo's /blog and feeds (each only where it may exist),
    keeping ``SAMPLE_TRIES`` requests for the samples; set platform and sources."""
    base, html = report.base_url, home.html()
    tree = parse_html(html)
    links = read_links(tree, listing=True) if tree is not None else PageLinks()
    generator = _generator(tree)
    api = fetcher.get(urljoin(base, API_PATH), reserve=SAMPLE_TRIES)
    api_found = parse_wp_posts(api.body) if api.ok else []
    sitemap, sitemap_found = read_sitemaps(fetcher, base)
    hints = platform_evidence(generator, html, home.headers, api_found, None, [])
    undecided = not any(hints.values())
    blog = None
    if hints["odoo"] or undecided:
        blog = fetcher.get(urljoin(base, ODOO_BLOG), reserve=SAMPLE_TRIES)
    feed_urls = [join_url(home.final_url, href) for href in links.feeds]
    feed_urls.append(urljoin(base, WORDPRESS_FEED))
    if hints["blogger"] or undecided:
        feed_urls.append(urljoin(base, BLOGGER_FEED))
    # Only an Odoo blog index counts: many sites answer any path with their home page.
    is_blog = blog is not None and blog.ok and "o_wblog" in blog.html()
    blog_hrefs = _hrefs(blog) if is_blog else []
    if blog_hrefs:
        feed_urls.extend(odoo_feeds(base, blog_hrefs))
    feed, feed_found, feed_bodies = read_feeds(fetcher, [u for u in feed_urls if u])
    hints = platform_evidence(generator, html, home.headers, api_found, blog, feed_bodies)
    report.platform = decide_platform(hints)
    following = [u for u in (join_url(base, h) for h in links.next_hrefs) if u]
    listing = listing_source(base, links.hrefs, following, blog_hrefs, fetcher.allowed)
    report.sources = [api_source(api, api_found), sitemap, feed, listing]
    if report.platform.value == "odoo" and blog_hrefs:
        report.start_paths = (ODOO_BLOG,)
    return _Found(
        tree=tree,
        api_body=api.body if api.ok else b"",
        feed_bodies=feed_bodies,
        sitemap_entries=sitemap_found,
        candidates=sample_candidates(
            base, api_found, feed_found, sitemap_found, links.hrefs + blog_hrefs
        ),
        hints={d.url: d.hints for d in api_found + feed_found + sitemap_found},
    )


def report_site(report: ProbeReport) -> SiteDefinition:
    """The definition as far as it is decided, to read samples with."""
    return replace(report.definition(), source="probe")


# -- discovery readers (they ask; the summaries are pure) -------------------------------


def read_sitemaps(fetcher: Fetcher, base: str) -> tuple[Source, list[Discovered]]:
    """robots.txt's sitemaps, then the usual paths until one lists URLs; an index's
    children are read first, ``MAX_SITEMAPS`` fetches in all."""
    robots = fetcher.robots_of(base)
    declared = list(sitemap_urls_from_robots(robots[0].body, base)) if robots else []
    queue = list(dict.fromkeys(declared + [urljoin(base, p) for p in SITEMAP_PATHS]))
    usual = set(queue) - set(declared)
    read: list[str] = []
    found: list[Discovered] = []
    asked: list[str] = []
    seen: set[str] = set()
    while queue and len(seen) < MAX_SITEMAPS:
        url = queue.pop(0)
        if url in seen or (url in usual and found):
            continue
        seen.add(url)
        answer = fetcher.get(url, reserve=SAMPLE_TRIES)
        asked.append(f"{_path(url, base)} {answer.outcome()}")
        body = _xml_body(answer)
        if body is None:
            continue
        children, urls = parse_sitemap(body)
        if children or urls:
            read.append(_path(url, base) + (" (from robots.txt)" if url in declared else ""))
        found.extend(urls)
        queue = [c for c in children if c not in seen] + queue
    unread = len({u for u in queue if u not in usual and u not in seen})
    return sitemap_source(read, found, unread, asked), found


def sitemap_source(
    read: list[str], found: list[Discovered], unread: int, asked: list[str]
) -> Source:
    summary = f"{len(read)} sitemap{'s' if len(read) != 1 else ''} read, {len(found)} URLs"
    if read:
        summary += f" ({', '.join(read[:3])}{', …' if len(read) > 3 else ''})"
    if unread:
        summary += f"; {unread} more listed, not read"
    return Source("sitemap", bool(found), summary if read else "no sitemap found", list(asked))


def read_feeds(fetcher: Fetcher, urls: list[str]) -> tuple[Source, list[Discovered], list[bytes]]:
    """Feeds in order (those the home page links first) until one has entries."""
    found: list[Discovered] = []
    bodies: list[bytes] = []
    asked: list[str] = []
    worked = ""
    for url in list(dict.fromkeys(urls))[:MAX_FEEDS]:
        if found:
            break
        answer = fetcher.get(url, reserve=SAMPLE_TRIES)
        asked.append(f"{urlsplit(url).path} {answer.outcome()}")
        body = _xml_body(answer)
        entries = parse_feed(body) if body else []
        if entries:
            found, worked = entries, url
            bodies.append(body)
    if not found:
        return Source("feed", False, "no feed found", asked), [], bodies
    summary = f"1 feed ({urlsplit(worked).path or '/'}), {len(found)} entries"
    return Source("feed", True, summary, asked), found, bodies


def odoo_feeds(base: str, hrefs: list[str]) -> list[str]:
    """Odoo's per-blog Atom feed (``/blog/<blog>-<id>/feed``) of the first blog that
    ``/blog`` links (the home page links none)."""
    blogs = []
    for href in hrefs:
        url = join_url(base, href) or ""
        path = urlsplit(url).path.rstrip("/")
        if same_site(url, base) and re.fullmatch(r"/blog/[\w-]+-\d+", path):
            blogs.append(urljoin(base, path.lstrip("/") + "/feed"))
    return list(dict.fromkeys(blogs))[:1]


def api_source(api: Fetched, posts: list[Discovered]) -> Source:
    asked = [f"/{API_PATH} {api.outcome()}"]
    if not posts:
        why = "lists no posts" if api.ok else api.outcome()
        return Source("wp-api", False, f"the REST API: {why}", asked)
    total = api.headers.get("x-wp-total")
    summary = f"{len(posts)} posts on the first page" + (f", {total} in all" if total else "")
    return Source("wp-api", True, summary, asked)


def listing_source(
    base: str,
    hrefs: list[str],
    following: list[str],
    blog_hrefs: list[str],
    allowed: Callable[[str], bool] = lambda url: True,
) -> Source:
    """The home page (and Odoo's /blog) as listings: the article-like pages they link,
    and the next page (which robots.txt may forbid, as Blogger's /search)."""
    home = _article_links(base, hrefs)
    summary = f"the home page links {len(home)} article-like URLs"
    if blog_hrefs:
        summary += f", /{ODOO_BLOG} links {len(_article_links(base, blog_hrefs))}"
    if following:
        forbidden = "" if allowed(following[0]) else " (disallowed by robots.txt)"
        summary += f"; next page {_path(following[0], base)}{forbidden}"
    works = len(home) >= 3 or len(_article_links(base, blog_hrefs)) >= 3
    return Source("listing", works, summary)


def _article_links(base: str, hrefs: list[str]) -> list[str]:
    found = {}
    for href in hrefs:
        url = join_url(base, href)
        if url and same_site(url, base):
            url = canonicalize_url(url)
            if not looks_like_non_article(url) and not is_listing_url(url):
                found[url] = None
    return list(found)


def _hrefs(answer: Fetched) -> list[str]:
    tree = parse_html(answer.html())
    return read_links(tree, listing=False).hrefs if tree is not None else []


def _path(url: str, base: str) -> str:
    return "/" + url[len(base) :] if url.startswith(base) else url


# -- platform --------------------------------------------------------------------------


def _generator(tree) -> str:  # noqa: ANN001 - an lxml element or None
    if tree is None:
        return ""
    values = tree.xpath("//meta[translate(@name,'GENERATOR','generator')='generator']/@content")
    return values[0].strip() if values else ""


def platform_evidence(
    generator: str,
    html: str,
    headers: dict[str, str],
    api_posts: list[Discovered],
    blog: Fetched | None,
    feeds: list[bytes],
) -> dict[str, list[str]]:
    """What points at WordPress, Odoo or Blogger, each item one line of evidence."""
    found: dict[str, list[str]] = {"wordpress": [], "odoo": [], "blogger": []}
    lowered = generator.lower()
    for platform in found:
        if lowered.startswith(platform):
            found[platform].append(f'generator meta "{generator}"')
    if "/wp-content/" in html or "/wp-includes/" in html:
        found["wordpress"].append("wp-content/wp-includes assets on the home page")
    if "api.w.org" in headers.get("link", "") or "api.w.org" in html:
        found["wordpress"].append("REST API link (api.w.org)")
    if api_posts:
        found["wordpress"].append(f"/wp-json/wp/v2/posts lists {len(api_posts)} posts")
    if "data-oe-" in html or "/web/content/" in html or "o_wblog" in html:
        found["odoo"].append("Odoo markup on the home page (data-oe-*, /web/content/)")
    if blog is not None and blog.ok and "o_wblog" in blog.html():
        found["odoo"].append(f"/{ODOO_BLOG} is an Odoo website_blog index (o_wblog)")
    if "www.blogger.com" in html:
        found["blogger"].append("www.blogger.com assets and links on the home page")
    for body in feeds:
        generator_tag = re.search(rb"<generator\b[^>]*>[^<]*", body[:8192])
        said = generator_tag.group(0).lower() if generator_tag else b""
        for platform in ("blogger", "wordpress"):
            if platform.encode() in said:
                found[platform].append(f"the feed's <generator> names {PLATFORM_NAMES[platform]}")
    return found


def decide_platform(evidence: dict[str, list[str]]) -> Decision:
    """The platform with the most evidence; "other" when none of the three shows."""
    best = max(evidence, key=lambda p: len(evidence[p]))
    if not evidence[best]:
        return Decision("other", ["no WordPress, Odoo or Blogger marker anywhere asked"])
    others = [f"{p}: {', '.join(e)}" for p, e in evidence.items() if e and p != best]
    return Decision(best, evidence[best] + [f"(also {o})" for o in others])


# -- samples ---------------------------------------------------------------------------


def sample_candidates(
    base: str,
    api: list[Discovered],
    feeds: list[Discovered],
    sitemaps: list[Discovered],
    hrefs: list[str],
) -> list[str]:
    """Article URLs to sample, the most trustworthy and newest first: the API, feeds,
    sitemap entries by ``lastmod``, then what the listings link."""
    newest = sorted(sitemaps, key=lambda d: str(d.hints.get("lastmod") or ""), reverse=True)
    # Of what listings link, headline slugs (many words) before menu pages ("/profil").
    linked = sorted(_article_links(base, hrefs), key=lambda u: -_path(u, base).count("-"))
    urls = [d.url for d in api + feeds + newest] + linked
    found: dict[str, None] = {}
    for url in urls:
        url = join_url(base, url) or ""
        if same_site(url, base) and not looks_like_non_article(url) and not is_listing_url(url):
            found.setdefault(url, None)
    return list(found)


def read_samples(
    fetcher: Fetcher, candidates: list[str], site: SiteDefinition, hints: dict[str, dict]
) -> list[tuple[Fetched, Sample]]:
    """Up to ``SAMPLE_TRIES`` candidates, until ``SAMPLES`` of them are articles."""
    read: list[tuple[Fetched, Sample]] = []
    for url in candidates[:SAMPLE_TRIES]:
        if sum(not sample.problem for _, sample in read) >= SAMPLES:
            break
        page = fetcher.get(url)
        read.append((page, read_sample(page, site, hints.get(url))))
    return read


def read_sample(page: Fetched, site: SiteDefinition, hints: dict | None) -> Sample:
    """The page read as the crawl reads it (``scraper.reading.read_page``)."""
    if not page.ok:
        return Sample(page.url, problem=f"HTTP {page.outcome()}")
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    reading = read_page(page.html(), page.final_url, True, site, fetched_at, hints)
    result = reading.result
    if result is None:
        return Sample(page.url, problem=f"a copy: its rel=canonical is {reading.links.canonical}")
    record = result.record if isinstance(result, NotAnArticle) else result
    problem = result.reason if isinstance(result, NotAnArticle) else None
    if record is None:
        return Sample(page.url, problem=problem or "not an article")
    return Sample(
        url=page.url,
        title=record.title,
        published_at=record.published_at,
        published_source=record.published_at_source,
        chars=len(record.text),
        language=record.language,
        province=record.province,
        indonesian=indonesian_share(record.text),
        problem=f"not an article: {problem}" if problem else None,
    )


def indonesian_share(text: str) -> float:
    words = re.findall(r"[a-z]+", text.lower())
    return round(sum(w in INDONESIAN_WORDS for w in words) / len(words), 3) if words else 0.0


# -- time zone -------------------------------------------------------------------------

# An observation: (zone or None, tier, what was seen). Tier 1 is the site's own clock in
# structured data (API, feeds, sitemaps, the page's dated header); tier 2 a zone printed
# anywhere; tier 3 the province's zone.
Observation = tuple[str | None, int, str]


def page_zone(page: Fetched, site: SiteDefinition) -> tuple[str | None, str | None]:
    """The zone the page's own dates show (``Published.zone``), learnt with no zone
    given, and the date code's words for how it learnt it."""
    if not page.ok:
        return None, None
    tree = parse_html(page.html())
    if tree is None:
        return None, None
    blank = replace(site, timezone=None)
    now = datetime.now(timezone.utc)
    published = resolve_published(read_metadata(tree), tree, page.final_url, Hints(), blank, now)
    if published.zone is None:
        return None, None
    offset = published.zone.utcoffset(datetime(2024, 1, 1))
    return _offset_zone(offset), published.zone_evidence


def _offset_zone(offset: timedelta | None) -> str | None:
    if offset is None or offset % timedelta(hours=1):
        return None
    return ZONE_OFFSETS.get(int(offset / timedelta(hours=1)))


def _when(text: str) -> datetime | None:
    text = text.strip()
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def zone_observations(
    api_body: bytes, feeds: list[bytes], sitemaps: list[Discovered]
) -> list[Observation]:
    """Offsets in the site's structured dates: WordPress's ``date`` minus ``date_gmt``,
    feed and sitemap dates. UTC ("Z", +0000) says nothing about the site's zone."""
    notes: list[Observation] = []
    offsets: Counter[timedelta] = Counter()
    try:
        posts = json.loads(api_body) if api_body else []
    except ValueError:
        posts = []
    for post in posts if isinstance(posts, list) else []:
        if isinstance(post, dict):
            local, utc = _when(str(post.get("date", ""))), _when(str(post.get("date_gmt", "")))
            if local and utc and local.tzinfo is None and utc.tzinfo is None:
                offsets[local - utc] += 1
    for offset, n in offsets.items():
        notes.append(_offset_note(offset, f"wp-api: date − date_gmt = {_fmt(offset)} on {n} posts"))
    seen: Counter[tuple[str, timedelta]] = Counter()
    for body in feeds:
        for raw in re.findall(rb"<(?:pubDate|published|updated)>([^<]+)<", body):
            when = _when(raw.decode("utf-8", "replace"))
            if when and when.utcoffset():
                seen["feed", when.utcoffset()] += 1
    for entry in sitemaps:
        when = _when(str(entry.hints.get("lastmod") or ""))
        if when and when.utcoffset():
            seen["sitemap lastmod", when.utcoffset()] += 1
    for (where, offset), n in seen.items():
        notes.append(_offset_note(offset, f"{where}: {n} dates at {_fmt(offset)}"))
    return notes


def _offset_note(offset: timedelta, text: str) -> Observation:
    return (_offset_zone(offset), 1, text)


def _fmt(offset: timedelta) -> str:
    return datetime(2000, 1, 1, tzinfo=timezone(offset)).isoformat()[-6:]


def _labels(text: str) -> list[str]:
    return [m.upper() for m in _LABEL.findall(text)]


def _visible_text(tree) -> str:  # noqa: ANN001 - an lxml element or None
    if tree is None:
        return ""
    return " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))


def province_zone(province: str | None) -> list[Observation]:
    code = _province_codes().get(province or "")
    if not code:
        return []
    zone = "Asia/Makassar" if code in WITA_CODES else "Asia/Jakarta"
    zone = "Asia/Jayapura" if code.startswith(WIT_CODE_PREFIXES) else zone
    return [(zone, 3, f"the zone of {province}")]


@cache
def _province_codes() -> dict[str, str]:
    from scraper.entities.gazetteer import gazetteer

    return {p.name: p.code for p in gazetteer().provinces.values()}


def decide_zone(notes: list[Observation]) -> Decision:
    """The zone of the best tier that names one (the most observations within it);
    None when nothing does."""
    lines = [f"{text}{'' if zone else ' (not an Indonesian zone)'}" for zone, _, text in notes]
    for tier, strength in ((1, "strong"), (2, "weak"), (3, "from the province")):
        votes = Counter(zone for zone, t, _ in notes if t == tier and zone)
        if votes:
            zone = votes.most_common(1)[0][0]
            if len(votes) > 1:
                lines.append(f"conflicting evidence: {', '.join(sorted(votes))}")
            return Decision(zone, lines, strength)
    # No zone is invented (issue 10): the crawl keeps the offsets pages print and learns
    # the site's zone from its pages (``Archive.learned_zone``).
    learned = "no evidence: none set; the crawl learns it from the offsets its pages print"
    return Decision(None, [*lines, learned], "unknown")


# -- province and owner ----------------------------------------------------------------


def _host_province(host: str) -> tuple[str | None, str | None]:
    """The province a label of the host names ("kalsel" in tribratanews.kalsel.polri.go.id),
    through the gazetteer's province and Polda spellings."""
    from scraper.entities.gazetteer import gazetteer

    g = gazetteer()
    for label in host.split(":")[0].split(".")[:-1]:
        if province_of(label):
            return province_of(label), label
        polda = g.poldas.get(g.polda_keys.get(label, ""))
        if polda is not None and polda.province_code in g.provinces:
            return g.provinces[polda.province_code].name, label
    return None, None


@cache
def _province_pattern() -> re.Pattern[str]:
    names = sorted(province_names(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def decide_province(host: str, samples: list[Sample], tree) -> Decision:  # noqa: ANN001
    """The province a host label names; else the one most sample articles are about
    (the gazetteer's reading of their text); else the one the home page's title and
    description name."""
    province, label = _host_province(host)
    if province:
        return Decision(province, [f"the host's label {label!r}"], "strong")
    # The samples' own provinces come from read_page's entities (None when unnamed).
    about = Counter(s.province for s in samples if not s.problem)
    about.pop(None, None)
    if about:
        name, n = about.most_common(1)[0]
        if n * 2 > sum(1 for s in samples if not s.problem):
            return Decision(name, [f"{n} of the sample articles are about it"], "weak")
    if tree is not None:
        head = " ".join(
            tree.xpath(
                "//title/text() | //meta[@name='description' or @property='og:description'"
                " or @property='og:site_name']/@content"
            )
        )
        named = Counter(province_of(m) for m in _province_pattern().findall(head))
        if named:
            name = named.most_common(1)[0][0]
            return Decision(name, ["named in the home page's title or description"], "weak")
    return Decision(None, ["no province named by the host, the samples or the home page"])


def owner_of(host: str) -> Decision:
    """Who runs a site, by generic rules on its host name (review checks it):
    polri.go.id hosts and Humas/Tribratanews/Polres/Polda sites are Polri at the level
    their labels show; other *.go.id and *.desa.id are local government."""
    host = host.split(":")[0].lower()
    province, label = _host_province(host)
    if host == "polri.go.id" or host.endswith(".polri.go.id"):
        # <service>.polri.go.id is national; <service>.<region>.polri.go.id a Polda's,
        # or a Polres's when the service label names one (res<kabupaten>).
        labels = host.removesuffix("polri.go.id").strip(".").split(".")
        if len(labels) < 2:
            return Decision("polri-mabes", ["a polri.go.id host with no regional label"])
        if labels[0].startswith(("res", "polres", "polsek")):
            return Decision("polri-polres", [f"a polri.go.id host of a Polres ({labels[0]!r})"])
        return Decision("polri-polda", [f"a polri.go.id host of a region ({labels[-1]!r})"])
    if host.endswith((".go.id", ".desa.id")):
        return Decision("pemda", ["a government host (go.id, desa.id), not Polri"])
    if re.search(r"polres|polsek", host):
        return Decision("polri-polres", ["'polres'/'polsek' in the host name"])
    if "polda" in host:
        return Decision("polri-polda", ["'polda' in the host name"])
    if re.search(r"tribratanews|humas", host):
        rest = re.sub(r"tribratanews|humas", "", host.rsplit(".", 1)[0]).strip(".-")
        if province or (rest and province_of(rest)):
            return Decision("polri-polda", [f"a Tribratanews/Humas host naming {label or rest!r}"])
        return Decision("polri-polres", ["a Tribratanews/Humas host naming no province"])
    return Decision("unknown", ["the host matches no owner rule: set it in review"])


# -- what looks wrong ------------------------------------------------------------------


def suspicions(home: Fetched, fetcher: Fetcher, report: ProbeReport) -> list[str]:
    """Signs that the site is not what a definition should point at, or not yet."""
    found: list[str] = []
    if home.error == "elsewhere":
        found.append(f"the home page redirects to another domain: {home.final_url}")
    robots = fetcher.robots_of(home.final_url or home.url)
    if robots and not robots[1].can_fetch(report.base_url, fetcher.user_agent):
        everything = not robots[1].can_fetch(report.base_url + "any-article/", fetcher.user_agent)
        found.append(
            "robots.txt disallows everything for this crawler"
            if everything
            else "robots.txt disallows the home page"
        )
    for answer in fetcher.log:
        if answer.status >= 500 or answer.error in NETWORK_ERRORS:
            found.append(f"{answer.url} failed: {answer.outcome()}")
    if home.ok and not report.articles:
        found.append("no article found among the sampled pages")
    for i, sample in enumerate(report.samples, 1):
        if sample.problem:
            continue
        if sample.indonesian < MIN_INDONESIAN:
            found.append(
                f"sample {i} does not read as Indonesian ({sample.indonesian:.0%} Indonesian "
                f"function words; lang={sample.language})"
            )
        if not sample.published_at:
            found.append(f"sample {i} has no publication date")
    for line in report.timezone.evidence:
        if "not an Indonesian zone" in line or line.startswith("conflicting"):
            found.append(f"time zone: {line}")
    return found


# -- the definition file ---------------------------------------------------------------


def module_name(name: str) -> str:
    """The file name of a definition (``docs/sources.md``): the host, dots as underscores."""
    return re.sub(r"[.:]", "_", name)


def definition_source(report: ProbeReport) -> str:
    """A definition file in the catalogue's style, with what was found as its docstring."""
    site = report.definition()

    def para(text: str) -> str:
        text = text.replace("\\", "/").replace('"""', "'''")
        return textwrap.fill(text, 88, break_long_words=False, break_on_hyphens=False)

    found = "; ".join(f"{s.method} ({s.summary})" for s in report.sources if s.works) or "none"
    doc = "\n\n".join(
        [
            para(
                f"{report.name}: drafted by `newsarchive probe {report.url}` on {report.probed_on}."
            ),
            para(f"Platform {site.platform}: {'; '.join(report.platform.evidence)}."),
            para(f"Discovery that worked: {found}."),
            para(
                f"Time zone {site.timezone or 'not set'} ({report.timezone.strength}): "
                f"{'; '.join(report.timezone.evidence)}."
            ),
            para(f"Province {site.province}: {'; '.join(report.province.evidence)}."),
            para(f"Owner {site.owner}: {'; '.join(report.owner.evidence)}."),
            para(
                "To review before committing: the owner type, the province and its zone, a "
                f"description; crawl it once (`newsarchive crawl {site.name} --db "
                "data/try.db`) and look at what it archived. verified stays False until a "
                "crawl of the real site has succeeded."
            ),
        ]
    )
    fields = [
        ("name", _literal(site.name)),
        ("base_url", _literal(site.base_url)),
        ("platform", _literal(site.platform)),
        ("timezone", _literal(site.timezone)),
        ("discovery", _tuple(site.discovery)),
    ]
    if site.start_paths:
        fields.append(("start_paths", _tuple(site.start_paths)))
    imports = ["from scraper.sites import SiteDefinition"]
    prune = {"odoo": "ODOO_PRUNE", "blogger": "BLOGGER_PRUNE"}.get(site.platform)
    if prune:
        imports = [
            "from scraper.sites import FieldOverrides, SiteDefinition",
            f"from spiders.sites._profiles import {prune}",
        ]
        fields.append(("overrides", f"FieldOverrides(prune={prune})"))
    fields += [
        ("province", _literal(site.province)),
        ("owner", _literal(site.owner)),
        ("verified", "False"),
        ("source", _long_literal(site.source)),
    ]
    body = "\n".join(f"    {key}={value}," for key, value in fields)
    return f'"""{doc}\n"""\n\n' + "\n".join(imports) + f"\n\nSITE = SiteDefinition(\n{body}\n)\n"


def _literal(value: str | None) -> str:
    """A Python string literal as ``ruff format`` writes it (double quotes unless the
    text holds double quotes and no single ones)."""
    if value is None:
        return "None"
    text = json.dumps(value, ensure_ascii=False)
    if '"' in value and "'" not in value:
        return "'" + text[1:-1].replace('\\"', '"') + "'"
    return text


def _tuple(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(_literal(v) for v in values) + ("," if len(values) == 1 else "") + ")"


def _long_literal(text: str) -> str:
    chunks = textwrap.wrap(text, 80, drop_whitespace=False, break_on_hyphens=False)
    if len(chunks) <= 1:
        return _literal(text)
    inner = "\n".join(f"        {_literal(c)}" for c in chunks)
    return f"(\n{inner}\n    )"


def write_definition(report: ProbeReport, directory: Path, force: bool = False) -> Path:
    """Write the drafted definition into ``directory``; ``FileExistsError`` when the file
    is there already and ``force`` is not given."""
    path = directory / f"{module_name(report.name)}.py"
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; review it, or --force to overwrite it")
    directory.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".py.tmp")
    partial.write_text(definition_source(report), encoding="utf-8")
    partial.replace(path)
    return path
