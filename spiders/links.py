"""What a link on a page is, computed once per distinct URL.

Every article page links a hundred or more URLs, most of them the same from page to
page (menus, sidebars, related posts). Canonicalising and classifying each one on
every page was the crawl process's biggest cost, so the answer for each absolute URL
is cached. The cache is small: what repeats is a site's menus, sidebars and recent
posts (a few hundred URLs), and an entry costs ~0.7 KB (the URL, its canonical form,
the cache's own links). At 65,536 entries it was the largest thing a 20,000-article
crawl held, ~45 MB that a 2,000-article crawl never reaches. Pure functions of the URL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from scraper.urls import (
    canonicalize_url,
    is_followable_listing,
    is_listing_url,
    is_pagination,
    join_url,
    looks_like_non_article,
    site_host,
    slug_words,
    without_fragment,
)


@dataclass(frozen=True)
class Link:
    url: str  # absolute, without its fragment: what a server is asked for
    canonical: str  # the archive's key for it (scraper.urls.canonicalize_url)
    host: str  # site_host of the canonical URL
    listing: bool  # a listing's shape: home, category, archive, pagination
    non_article: bool  # a shape that is never an article (tag, feed, file …)
    followable: bool  # a listing worth reading for links (not tag, author, search)
    pagination: bool  # page 2 and later of a listing


def absolute(page_url: str, href: str) -> str | None:
    """``href`` resolved against the page it is on; None when malformed."""
    href = href.strip()
    if href.startswith(("http://", "https://")):
        return href
    return join_url(page_url, href)


def read_link(url: str) -> Link | None:
    """Classify an absolute URL once; None for anything that is not a usable web link.

    A fragment changes nothing here (the canonical form drops it): ``#respond``,
    ``#content`` and the like on every article page are looked up as the page itself,
    not classified anew, each once."""
    return _read_link(without_fragment(url) if "#" in url else url)


@lru_cache(maxsize=8192)
def _read_link(url: str) -> Link | None:
    if not url.startswith(("http://", "https://")) or join_url(url, "") is None:
        return None
    canonical = canonicalize_url(url)
    if not canonical.startswith("http"):
        return None
    return Link(
        url=without_fragment(url),
        canonical=canonical,
        host=site_host(canonical),
        listing=is_listing_url(canonical),
        non_article=looks_like_non_article(canonical),
        followable=is_followable_listing(canonical),
        pagination=is_pagination(canonical),
    )


# A home page with this many links to one other host, and none to its own pages, is
# most likely the site under another name (another domain, a mirror).
MIN_LINKS_ELSEWHERE = 5


def links_to_site(page_url: str, hrefs: Iterable[str], host: str, base: str | None = None) -> int:
    """How many of a page's links lead to another page of ``host``'s site (the page
    itself, "#content", is none). A home page with none, whose site's feeds and
    sitemaps list nothing either, is no page of the site: a database error, a
    maintenance or parking page (``scraper.health.flags.not_serving``). ``base``: what
    the links resolve against, when not the page's URL (``PageLinks.resolved_against``)."""
    page = read_link(page_url)
    count = 0
    for href in hrefs:
        joined = absolute(base or page_url, href)
        link = read_link(joined) if joined else None
        if link is None or (page is not None and link.canonical == page.canonical):
            continue
        count += link.host == host
    return count


def post_links(page_url: str, hrefs: Iterable[str], host: str) -> int:
    """How many distinct posts of ``host``'s site a page links to: links whose shape may
    be an article, with a slug of four words or more (a front page's teasers; not a
    menu's "Profil", "Kontak", categories). ``spiders.health.HomeLikeness`` asks it of
    the home page."""
    seen = set()
    for href in hrefs:
        joined = absolute(page_url, href)
        link = read_link(joined) if joined else None
        if link is None or link.host != host or link.listing or link.non_article:
            continue
        if len(slug_words(link.canonical)) >= 4:
            seen.add(link.canonical)
    return len(seen)


def links_elsewhere(
    page_url: str, hrefs: Iterable[str], host: str, base: str | None = None
) -> tuple[str, int] | None:
    """The host a page links to instead of its own, and how often: only when it links
    to none of ``host``'s pages and to that host at least ``MIN_LINKS_ELSEWHERE`` times.

    A crawl given the wrong one of a site's names (its pages link to another) fetches
    the home page, finds nothing to follow and archives nothing, with exit 0; told
    this, the researcher can crawl the name the site uses."""
    hosts: Counter[str] = Counter()
    page = read_link(page_url)
    for href in hrefs:
        joined = absolute(base or page_url, href)
        link = read_link(joined) if joined else None
        if link is None or (page is not None and link.canonical == page.canonical):
            continue  # "#content", the page itself: no page of the site
        if link.host == host:
            return None
        hosts[link.host] += 1
    if not hosts:
        return None
    other, count = hosts.most_common(1)[0]
    return (other, count) if count >= MIN_LINKS_ELSEWHERE else None
