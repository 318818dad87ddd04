"""What the spider sees of a site's health, as per-site counters (``scraper.health``).

The spider is where a crawl learns how a site's discovery answered (its feed, sitemaps
and REST API) and where its article pages redirect; the downloader is where every
response passes. Each fact becomes a counter of the crawl's stats under
``site/<site>/…``, the channel a local crawl and a distributed one (workers on other
hosts, summed in Redis) already share. ``newsarchive health`` reads them back.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from scraper.health.figures import FETCH_ERRORS, HOME_LINKS_ELSEWHERE, HOME_REDIRECT, site_key
from scraper.sites import SiteDefinition
from scraper.urls import redirect_target, registrable_domain, site_host

# The spider's discovery callbacks, and the source each reads.
_SOURCES = {"parse_wp_posts": "api", "parse_sitemap": "sitemap", "parse_feed": "feed"}


def discovery_source(request: Any) -> str | None:
    """``api``, ``sitemap`` or ``feed`` for a discovery request, else None."""
    callback = getattr(request, "callback", None) if request is not None else None
    return _SOURCES.get(getattr(callback, "__name__", ""))


def count_discovery(
    stats: Any, answer: Any, source: str, found: int = 0, status: str | None = None
) -> None:
    """Count how one discovery request for a site answered.

    ``answer`` is the response (or, for a request that got none, the request);
    ``found`` the URLs it listed; ``status`` overrides what the answer says (an error
    kind, ``xml_entities``). A 304 is a source that works and has nothing new.
    """
    site = answer.meta.get("site") if answer is not None else None
    if not site:
        return
    if status is None:
        code = getattr(answer, "status", 0)
        if code == 304:
            status = "not_modified"
        elif code != 200:
            status = f"http_{code}"
        else:
            status = "ok" if found else "empty"
    stats.inc_value("newsarchive/" + site_key(site, f"discovery/{source}/{status}/{answer.url}"))
    if found:
        stats.inc_value("newsarchive/" + site_key(site, f"discovery/{source}/urls"), found)


def count_fetch_error(stats: Any, request: Any, kind: str, spider: Any = None) -> None:
    """A failure that ``crawl_runs`` counts outside the ledger, counted for its site too:
    a page that is not an article page (its home page, a listing, robots.txt) that got
    no usable answer or could not be read, a discovery answer refused (``xml_entities``,
    ``parse``), or the refused connection or failed DNS lookup that proved a host
    unreachable, whichever request met it (the article pages dropped after it are their
    ledger outcome, ``site_unreachable``). ``request`` is the request or its response;
    one without a site (Scrapy's own robots.txt) is the site's whose host it asked,
    among the spider's sites."""
    site = request.meta.get("site") if request is not None else None
    if not site and request is not None:
        host = site_host(request.url)
        sites = getattr(spider, "sites", None) or {}
        site = next((s.name for s in sites.values() if s.host == host), None)
    if site:
        stats.inc_value("newsarchive/" + site_key(site, FETCH_ERRORS + kind))


def count_home_links_elsewhere(stats: Any, site: str, host: str, links: int) -> None:
    """A site's home page links to none of its pages but ``links`` times to ``host``:
    most likely the site under another name (``scraper.crawl`` says so when the crawl
    finds nothing)."""
    # Added, not set: a distributed crawl's stats (RedisStats) carry only additions.
    stats.inc_value("newsarchive/" + site_key(site, HOME_LINKS_ELSEWHERE + host), links)


def count_start_page_failed(stats: Any, request: Any) -> None:
    """A site's start page (its home page) got no usable answer, a 404 included: its
    base URL is wrong or its front end is down (``start_page_failed``). The run says so
    (``newsarchive/start_pages_failed``); this says whose, for the site's own status in
    a crawl of many (``scraper.health.flags.site_status``), where a 404 is otherwise no
    failure (a broken link)."""
    site = request.meta.get("site")
    if site:
        stats.inc_value("newsarchive/" + site_key(site, "start_page_failed"))


def count_home_page(stats: Any, site: str, links: int, size: int) -> None:
    """A site's home page was read: its links to the site's own pages, its size in
    bytes (``home_pages``, ``home_links``, ``home_bytes``)."""
    # Added, not set (RedisStats carries only additions); 0 is added too, so that a
    # home page with no link to its site is told from one not read.
    stats.inc_value("newsarchive/" + site_key(site, "home_pages"))
    stats.inc_value("newsarchive/" + site_key(site, "home_links"), links)
    stats.inc_value("newsarchive/" + site_key(site, "home_bytes"), size)


_SPACE = re.compile(rb"\s+")
# The part of a page its text digest reads: a maintenance page is small.
_DIGEST_BYTES = 1 << 18


def page_text_digest(body: bytes) -> bytes:
    """A digest of a page's visible text, blind to its markup: a maintenance page
    rendered in a WordPress theme marks another menu item current on every URL
    (``current-menu-item``), while its words stay the same.

    It runs in the crawl process, so on hostile pages too: a scan that moves forward
    only, never a regular expression that looks for an end tag from every unclosed
    ``<script`` or ``<!--`` (which took 44 s on 225 KB of them, helper-44's review).
    An unclosed tag, comment, script or style ends the text."""
    body = body[:_DIGEST_BYTES]
    lower = body.lower()
    parts: list[bytes] = []
    at = 0
    while True:
        start = lower.find(b"<", at)
        if start < 0:
            parts.append(body[at:])
            break
        parts.append(body[at:start])
        if lower.startswith(b"<!--", start):
            end, closing = lower.find(b"-->", start + 4), 3
        elif lower.startswith((b"<script", b"<style"), start):
            name = b"</script" if lower.startswith(b"<script", start) else b"</style"
            end, closing = lower.find(name, start), 1
            if end >= 0:
                end = lower.find(b">", end)
        else:
            end, closing = lower.find(b">", start), 1
        if end < 0:
            break
        parts.append(b" ")
        at = end + closing
    text = _SPACE.sub(b" ", b"".join(parts)).strip()
    return hashlib.blake2b(text, digest_size=16).digest()


# Distinct links to posts (a slug of several words) that make a home page a front page.
HOME_POST_LINKS = 5


class HomeLikeness:
    """Whether a site's other pages answer with its home page's very text: counted per
    site as ``pages_as_home`` (pages that did) and ``pages_unlike_home`` (one that did
    not), for ``scraper.health.flags.not_serving``.

    A maintenance page rendered in the site's theme keeps its menu, which links to the
    site's own pages, so the home page's links (``home_links``) cannot tell it from a
    site; but each of those pages answers the same maintenance page, and no page of a
    working site is its home page. Comparing stops at the first page that differs, so a
    working site costs one digest beyond its home page's. Only a process that read the
    home page compares (a local crawl; in a distributed one, the seeding process
    reads it and the workers the articles, so nothing is counted there)."""

    def __init__(self) -> None:
        self.home: dict[str, bytes] = {}  # site -> digest of its home page's text
        self.unlike: set[str] = set()  # sites whose pages were seen to differ
        self.lists_posts: set[str] = set()  # sites whose home page linked to posts

    def read_home(self, site: str, body: bytes, post_links: int = 0) -> None:
        """Remember a site's home page: its text's digest, and whether it links to
        posts (``post_links``: distinct links with an article's slug), as a front page
        does and a maintenance page in the site's theme (its menu's links) does not."""
        self.home[site] = page_text_digest(body)
        if post_links >= HOME_POST_LINKS:
            self.lists_posts.add(site)

    def compare(self, stats: Any, site: str, body: bytes) -> None:
        """Count whether a page of ``site`` (a listing, an article page) other than its
        home page answered the home page's text."""
        home = self.home.get(site)
        if home is None or site in self.unlike:
            return
        if page_text_digest(body) == home:
            stats.inc_value("newsarchive/" + site_key(site, "pages_as_home"))
        else:
            self.unlike.add(site)
            stats.inc_value("newsarchive/" + site_key(site, "pages_unlike_home"))

    def serves_home_instead(self, site: str, body: bytes) -> bool:
        """Whether a stored article's URL answered the home page itself, on a site seen
        serving other pages: some portals answer a deleted post's URL (a bad id) with
        their front page and 200, the same takedown as a redirect to it. A site whose
        every page is its home page (a maintenance page) has no such pages: asked before
        any page differed, the answer is no (the next night's revisit asks again); and a
        home page read while a maintenance page was up, which links to no posts, is no
        front page to compare with (helper-87's review)."""
        home = self.home.get(site)
        if home is None or site not in self.unlike or site not in self.lists_posts:
            return False
        return page_text_digest(body) == home


def count_offsite_redirect(stats: Any, site: SiteDefinition, target: str) -> None:
    """An article page of ``site`` redirected to another registrable domain (a hijacked
    domain sends its old URLs to a gambling site; a moved site to its new name)."""
    domain = registrable_domain(target)
    if domain and domain != registrable_domain(site.base_url):
        stats.inc_value("newsarchive/" + site_key(site.name, f"offsite_redirect/{domain}"))


class CountSiteResponses:
    """Downloader middleware: every response of a site's requests, per site.

    Placed outermost (below the retry and redirect middlewares' numbers), so it counts
    the response the spider gets, once, not each retried attempt.
    """

    def __init__(self, stats: Any):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CountSiteResponses:
        return cls(crawler.stats)

    def process_response(self, request: Any, response: Any) -> Any:
        site = request.meta.get("site")
        if site:
            self.stats.inc_value("newsarchive/" + site_key(site, "pages_fetched"))
        return response


class CountHomeRedirects:
    """Downloader middleware: a site's home page redirected to another registrable
    domain, counted per site (``home_redirect/<domain>``) for ``suspicious_content``.

    A moved site, or a lapsed domain bought to send visitors to a gambling or parking
    page, redirects its home page; its known articles are not fetched again, so the
    article-page redirect signal never sees it. Placed below the redirect middleware
    (600) so it sees the 3xx answer itself: the page it leads to may never be fetched
    (every URL of a parked domain leads to one landing page, fetched once a crawl).
    """

    def __init__(self, stats: Any):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CountHomeRedirects:
        return cls(crawler.stats)

    def process_response(self, request: Any, response: Any) -> Any:
        site = request.meta.get("site")
        location = response.headers.get(b"Location")
        if site and request.meta.get("home") and 300 <= response.status < 400 and location:
            target = redirect_target(request.url, location) or request.url
            first = (request.meta.get("redirect_urls") or [request.url])[0]
            domain = registrable_domain(target)
            if domain and domain != registrable_domain(first):
                self.stats.inc_value("newsarchive/" + site_key(site, HOME_REDIRECT + domain))
        return response
