"""Parsers for the discovery formats: WordPress REST API, sitemaps, feeds, robots.txt.

Pure functions from bytes to plain data, so the spider stays thin and these are tested
directly. Sitemap parsing is Scrapy's own (``scrapy.utils.sitemap``); XML is parsed with
entity resolution and network access off. Scrapy is imported only when a sitemap is
read: ``newsarchive probe`` uses these parsers, and the CLI process that waits on a
crawl should not carry Scrapy (~20 MB) for nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import unescape

from lxml import etree

__all__ = [
    "Discovered",
    "feed_next_page",
    "parse_feed",
    "parse_sitemap",
    "parse_wp_posts",
    "parse_wp_terms",
    "sitemap_urls_from_robots",
]

# Where a site's sitemap is, when robots.txt does not say (WordPress core, Yoast, others).
SITEMAP_PATHS = ("wp-sitemap.xml", "sitemap_index.xml", "sitemap.xml")

_SKIP_SITEMAP = re.compile(
    r"(taxonom|users|author|categor|post_tag|tag-sitemap|-page-|page-sitemap)", re.I
)


@dataclass
class Discovered:
    """One article URL found by discovery, with what the source said about it."""

    url: str
    hints: dict = field(default_factory=dict)


def declares_entities(body: bytes) -> bool:
    """True for XML that declares entities: sitemaps and feeds never need them, and a
    declaration is how "billion laughs" expansion bombs start. Such a file is refused."""
    return b"<!ENTITY" in body[:65536].upper()


def sitemap_urls_from_robots(
    robots_text: str | bytes, base_url: str | None = None
) -> Iterator[str]:
    """The sitemaps a robots.txt declares (Scrapy's reading of it)."""
    from scrapy.utils.sitemap import sitemap_urls_from_robots as declared

    return declared(robots_text, base_url)


def parse_sitemap(body: bytes) -> tuple[list[str], list[Discovered]]:
    """(child sitemaps worth reading, article URLs with ``lastmod``, and a Google News
    sitemap's publication date as a feed's) of one sitemap."""
    from scrapy.utils.sitemap import Sitemap

    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, StopIteration, ValueError):
        return [], []
    children: list[str] = []
    urls: list[Discovered] = []
    published = _news_publication_dates(body) if sitemap.type == "urlset" else {}
    for entry in sitemap:
        loc = entry.get("loc")
        if not loc:
            continue
        if sitemap.type == "sitemapindex":
            if not _SKIP_SITEMAP.search(loc):
                children.append(loc)
        elif sitemap.type == "urlset":
            hints = {"lastmod": entry["lastmod"]} if entry.get("lastmod") else {}
            if loc.strip() in published:
                # A feed's pubDate by another name: the same weak evidence of the day.
                hints |= {"published": published[loc.strip()], "published_source": "feed"}
            urls.append(Discovered(loc, hints))
    return children, urls


def _news_publication_dates(body: bytes) -> dict[str, str]:
    """loc -> ``<news:publication_date>`` of a Google News sitemap (Yoast News SEO,
    Rank Math's news sitemap, a portal's own): it lists the last two days' articles,
    often without ``<lastmod>``, and Scrapy's reading keeps only an entry's top-level
    fields. Empty for any other sitemap."""
    if b"publication_date" not in body:
        return {}
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return {}
    found: dict[str, str] = {}
    for url in root if root is not None else ():
        loc = next((c.text for c in url if _local(c.tag) == "loc" and c.text), None)
        day = next(
            (e.text for e in url.iter() if _local(e.tag) == "publication_date" and e.text), None
        )
        if loc and day:
            found[loc.strip()] = day.strip()
    return found


_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_pis=True
)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_feed(body: bytes) -> list[Discovered]:
    """Article links of an RSS 2.0 or Atom feed, with ``pubDate``/``published``."""
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    found: list[Discovered] = []
    for item in root.iter():
        name = _local(item.tag)
        if name not in {"item", "entry"}:
            continue
        link, published = None, None
        for child in item:
            child_name = _local(child.tag)
            if child_name == "link":
                href = child.get("href")
                rel = child.get("rel", "alternate")
                if href and rel == "alternate":
                    link = href.strip()
                elif not href and child.text and not link:
                    link = child.text.strip()
            elif child_name in {"pubDate", "published", "date", "issued"} and child.text:
                published = published or child.text.strip()
        if link:
            hints = {"published": published, "published_source": "feed"} if published else {}
            found.append(Discovered(link, hints))
    return found


def feed_next_page(body: bytes) -> str | None:
    """The feed's next page, when it is paged (RFC 5005's ``<link rel="next">`` on the
    feed, or an ``atom:link`` in an RSS channel): Blogger's Atom feed holds 25 posts and
    links ``?start-index=26&max-results=25``, the only way to the older posts when its
    sitemap is missing and its "older posts" pager (``/search?updated-max=…``) is
    disallowed by its robots.txt."""
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    owners = [root, *(child for child in root if _local(child.tag) == "channel")]
    for owner in owners:
        for child in owner:
            if _local(child.tag) == "link" and child.get("rel") == "next" and child.get("href"):
                return child.get("href").strip()
    return None


def parse_wp_posts(body: bytes) -> list[Discovered]:
    """Posts of one WordPress REST API page (``/wp-json/wp/v2/posts``).

    ``date`` with the offset ``date - date_gmt`` gives (``_with_offset``), or
    ``date_gmt`` alone as UTC (the extractor expresses it in the site's zone); tag and
    category ids are kept for the caller to resolve to names.
    """
    try:
        posts = json.loads(body)
    except ValueError:
        return []
    if not isinstance(posts, list):
        return []
    found: list[Discovered] = []
    for post in posts:
        if not isinstance(post, dict) or not isinstance(post.get("link"), str):
            continue
        if post.get("type", "post") != "post":
            continue
        hints: dict = {"known_post": True}
        local = _with_offset(post.get("date"), post.get("date_gmt"))
        if local:
            hints.update(published=local, published_source="api")
        elif post.get("date_gmt"):
            hints.update(published=post["date_gmt"], published_source="api", published_is_utc=True)
        elif post.get("date"):
            hints.update(published=post["date"], published_source="api")
        modified = _with_offset(post.get("modified"), post.get("modified_gmt"))
        if modified:
            hints["modified"] = modified
        elif post.get("modified_gmt"):
            hints.update(modified=post["modified_gmt"], modified_is_utc=True)
        title = post.get("title")
        if isinstance(title, dict) and title.get("rendered"):
            hints["title"] = unescape(re.sub(r"<[^>]+>", "", title["rendered"])).strip()
        hints["tag_ids"] = _ids(post.get("tags"))
        hints["category_ids"] = _ids(post.get("categories"))
        found.append(Discovered(post["link"], hints))
    return found


# WordPress's own offset can be any whole quarter hour up to 14 hours (its UTC+5:45).
_QUARTER_HOUR = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


def _with_offset(local: object, gmt: object) -> str | None:
    """A post's ``date`` (the site's wall clock, no offset) with the offset that
    ``date - date_gmt`` gives: "2024-01-09T10:12:00+08:00". None when either is missing
    or unreadable, or they are the same time (a UTC site: ``date_gmt`` says it all).

    The two together are the only place where a site whose pages print every time in
    UTC (Yoast, many themes' ``<time datetime>``) and its days without a clock says
    which zone it is in: kept apart, the archive stored such a site's times in UTC.
    """
    if not isinstance(local, str) or not isinstance(gmt, str):
        return None
    try:
        wall, utc = datetime.fromisoformat(local), datetime.fromisoformat(gmt)
    except ValueError:
        return None
    if wall.tzinfo is not None or utc.tzinfo is not None:
        return None
    offset = wall - utc
    if not offset or abs(offset) > _MAX_OFFSET or offset % _QUARTER_HOUR:
        return None
    return wall.replace(tzinfo=timezone(offset)).isoformat()


def _ids(value: object) -> list[int]:
    return [i for i in value if isinstance(i, int)] if isinstance(value, list) else []


def parse_wp_terms(body: bytes) -> dict[int, str]:
    """``{id: name}`` from a ``/wp-json/wp/v2/tags`` or ``categories`` response."""
    try:
        terms = json.loads(body)
    except ValueError:
        return {}
    if not isinstance(terms, list):
        return {}
    return {
        t["id"]: unescape(t["name"]).strip()
        for t in terms
        if isinstance(t, dict) and isinstance(t.get("id"), int) and isinstance(t.get("name"), str)
    }


def chunks(values: list[int], size: int = 100) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


MAX_API_PAGES = 2000  # 200,000 posts: more than any site we crawl


def wp_total_pages(header: bytes | None) -> int:
    """``X-WP-TotalPages`` as a sane number (a broken header means one page)."""
    try:
        total = int((header or b"1").decode("latin-1").strip())
    except ValueError:
        return 1
    return min(max(total, 1), MAX_API_PAGES)
