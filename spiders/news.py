"""The generic news spider: finds a site's articles by itself, from its base URL.

It only decides what to fetch. Discovery sources, in order of trust: the WordPress
REST API, XML sitemaps (from robots.txt and the usual paths), RSS/Atom feeds, and
listing pages with their pagination. Every candidate URL is canonicalised before it is
requested, so tracking variants are fetched once; the variants themselves are handed
on as ``AliasSeen`` items so the archive remembers them.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.gz import gunzip, gzip_magic_number

from scraper.archive.known import KnownArticles
from scraper.items import AliasSeen, FetchedPage, NotModified, Takedown
from scraper.sites import SiteDefinition
from scraper.urls import (
    canonicalize_url,
    is_followable_listing,
    is_listing_url,
    is_pagination,
    join_url,
    looks_like_non_article,
    same_site,
    without_fragment,
)
from spiders.discovery import (
    chunks,
    declares_entities,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
    parse_wp_terms,
    sitemap_urls_from_robots,
    wp_total_pages,
)
from spiders.errors import error_kind
from spiders.middlewares import KNOWN_UNCHANGED, SITE_UNREACHABLE

REDIRECTS = (301, 302, 303, 307, 308)
GONE = (404, 410)
# Discovery endpoints a site may simply not have: these statuses are not errors.
QUIET = [304, 400, 401, 403, 404, 410]
SITEMAP_PATHS = ("wp-sitemap.xml", "sitemap_index.xml", "sitemap.xml")
_NEXT_TEXT = re.compile(
    r"^\s*(berikutnya|selanjutnya|next|older|posting lama|lebih lama|›|»|>>)", re.I
)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(
        self,
        sites: list[SiteDefinition] | None = None,
        revisits: dict[str, list[str]] | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.sites = {site.name: site for site in sites or []}
        # Known articles due for a revisit (edits, takedowns), per site.
        self.revisits = revisits or {}
        self.hints: dict[str, dict] = {}  # canonical URL -> what discovery said
        self.listing_pages: dict[str, set[str]] = {}
        # While a site's WordPress API is being read, article requests found by other
        # sources wait, so every post is fetched with the API's metadata in hand.
        self.known: KnownArticles | None = None
        self.api_open: dict[str, int] = {}
        self.deferred: dict[str, list[Request]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.known = KnownArticles(crawler.settings.get("NEWSARCHIVE_DB"))
        crawler.signals.connect(spider.close_known, signal=signals.spider_closed)
        return spider

    def close_known(self, spider: Any) -> None:
        if self.known is not None:
            self.known.close()

    # -- start -------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for site in self.sites.values():
            for request in self.discovery_requests(site):
                yield request

    def discovery_requests(self, site: SiteDefinition) -> Iterator[Request]:
        base = site.base_url
        meta = {"site": site.name, "handle_httpstatus_list": QUIET, "conditional": True}
        if "wp-api" in site.discovery:
            self.api_open[site.name] = 1
            yield Request(
                urljoin(base, "wp-json/wp/v2/posts?per_page=100&page=1"),
                callback=self.parse_wp_posts,
                errback=self.wp_api_failed,
                meta=meta,
                priority=30,
            )
        if "sitemap" in site.discovery:
            yield Request(
                urljoin(base, "robots.txt"),
                self.parse_robots,
                errback=self.discovery_failed,
                meta=meta,
                priority=20,
            )
            for path in SITEMAP_PATHS:
                yield Request(
                    urljoin(base, path),
                    self.parse_sitemap,
                    errback=self.discovery_failed,
                    meta=meta,
                    priority=20,
                )
        if "feed" in site.discovery:
            yield Request(
                urljoin(base, "feed/"),
                self.parse_feed,
                errback=self.discovery_failed,
                meta=meta,
                priority=10,
            )
        for url in self.revisits.get(site.name, []):
            yield self.fetch_article(url, site, revisit=True)
        yield Request(
            base,
            self.parse_listing,
            errback=self.page_failed,
            meta={"site": site.name},
            priority=10,
        )
        for path in site.start_paths:
            yield Request(
                urljoin(base, path),
                self.parse_listing,
                errback=self.page_failed,
                meta={"site": site.name},
            )

    # -- candidates ----------------------------------------------------------------

    def site_of(self, response: Response) -> SiteDefinition:
        return self.sites[response.meta["site"]]

    def add_hints(self, url: str, hints: dict) -> None:
        if hints:
            merged = self.hints.setdefault(url, {})
            # The API is the most trusted source: its values replace a feed's.
            overwrite = hints.get("published_source") == "api"
            for key, value in hints.items():
                if value not in (None, [], "") and (overwrite or key not in merged):
                    merged[key] = value

    def article_request(
        self, url: str, site: SiteDefinition, hints: dict | None = None, hops: int = 0
    ) -> Iterator[Any]:
        """Request ``url`` as a candidate article, once, under its canonical form."""
        canonical = canonicalize_url(url, base=site.base_url)
        if not canonical.startswith("http") or not same_site(canonical, site.base_url):
            return
        if looks_like_non_article(canonical) and not (hints or {}).get("known_post"):
            return
        absolute = without_fragment(urljoin(site.base_url, url.strip()))
        if absolute != canonical:
            yield AliasSeen(url=absolute, target=canonical, site=site.name)
        self.add_hints(canonical, hints or {})
        request = self.fetch_article(canonical, site, hops=hops)
        if self.api_open.get(site.name) and not (hints or {}).get("known_post"):
            self.deferred.setdefault(site.name, []).append(request)
        else:
            yield request

    def fetch_article(
        self,
        url: str,
        site: SiteDefinition,
        hops: int = 0,
        revisit: bool = False,
        chain: tuple[str, ...] = (),
    ) -> Request:
        """The request for one article page; redirects and 404/410 come to the callback."""
        return Request(
            url,
            callback=self.parse_article,
            errback=self.page_failed,
            meta={
                "site": site.name,
                "dont_redirect": True,
                "handle_httpstatus_list": [*REDIRECTS, *GONE, 304],
                "hops": hops,
                "revisit": revisit,
                "article": True,
                "conditional": revisit,
                "redirect_chain": chain,
            },
        )

    def api_page_done(self, site: SiteDefinition, more_pages: int = 0) -> Iterator[Request]:
        """Count one API page as read; once all are, release the waiting requests."""
        self.api_open[site.name] = self.api_open.get(site.name, 1) + more_pages - 1
        if self.api_open[site.name] <= 0:
            self.api_open.pop(site.name, None)
            yield from self.deferred.pop(site.name, [])

    def wp_api_failed(self, failure: Any) -> Iterator[Request]:
        self.discovery_failed(failure)
        request = getattr(failure, "request", None)
        if request is not None:
            yield from self.api_page_done(self.sites[request.meta["site"]])

    # -- discovery callbacks ---------------------------------------------------------

    async def parse_wp_posts(self, response: Response) -> AsyncIterator[Any]:
        site = self.site_of(response)
        more_pages = 0
        try:
            posts = parse_wp_posts(response.body) if response.status == 200 else []
            if posts and response.meta.get("wp_page", 1) == 1:
                total = wp_total_pages(response.headers.get(b"X-WP-TotalPages"))
                more_pages = total - 1
                for page in range(2, total + 1):
                    url = urljoin(site.base_url, f"wp-json/wp/v2/posts?per_page=100&page={page}")
                    yield response.request.replace(url=url, meta={**response.meta, "wp_page": page})
            names = await self.resolve_terms(response, site, posts) if posts else {}
            for post in posts:
                hints = dict(post.hints)
                tags, categories = names["tags"], names["categories"]
                hints["tags"] = [tags[i] for i in hints.pop("tag_ids") if i in tags]
                hints["categories"] = [
                    categories[i] for i in hints.pop("category_ids") if i in categories
                ]
                for item in self.article_request(post.url, site, hints):
                    yield item
        except Exception:  # noqa: BLE001 - a broken API page must not strand the rest
            self.logger.exception("could not read %s", response.url)
            self.count_error_kind("parse")
        # Always, so the requests other sources found are released.
        for request in self.api_page_done(site, more_pages):
            yield request

    async def resolve_terms(self, response: Response, site: SiteDefinition, posts) -> dict:
        """Tag and category names for the ids on one API page (WordPress gives ids only)."""
        names: dict[str, dict[int, str]] = {"tags": {}, "categories": {}}
        for kind, key in (("tags", "tag_ids"), ("categories", "category_ids")):
            ids = sorted({i for p in posts for i in p.hints.get(key, [])})
            for chunk in chunks(ids):
                url = urljoin(
                    site.base_url,
                    f"wp-json/wp/v2/{kind}?per_page=100&include={','.join(map(str, chunk))}",
                )
                request = Request(url, meta={"handle_httpstatus_list": QUIET}, dont_filter=True)
                try:
                    answer = await self.crawler.engine.download_async(request)
                except Exception as exc:  # noqa: BLE001 - a failed lookup only loses names
                    self.count_error(exc)
                    continue
                if answer.status == 200:
                    names[kind].update(parse_wp_terms(answer.body))
        return names

    def parse_robots(self, response: Response) -> Iterator[Any]:
        if response.status != 200:
            return
        site = self.site_of(response)
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if same_site(url, site.base_url):
                yield Request(
                    url,
                    self.parse_sitemap,
                    errback=self.discovery_failed,
                    meta=dict(response.meta),
                    priority=20,
                )

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        if response.status != 200:
            return
        site = self.site_of(response)
        body = response.body
        if gzip_magic_number(response):
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:  # noqa: BLE001 - a bad or oversized archive is skipped
                self.crawler.stats.inc_value("newsarchive/errors/parse")
                return
        if declares_entities(body):
            self.count_error_kind("xml_entities")
            return
        children, urls = parse_sitemap(body)
        for child in children:
            if same_site(child, site.base_url):
                yield Request(
                    child,
                    self.parse_sitemap,
                    errback=self.discovery_failed,
                    meta=dict(response.meta),
                    priority=20,
                )
        since = self.settings.get("NEWSARCHIVE_SINCE")
        for entry in urls:
            lastmod = entry.hints.get("lastmod")
            if since and lastmod and lastmod[:10] < since:
                continue
            yield from self.article_request(entry.url, site, entry.hints)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        if response.status != 200:
            return
        site = self.site_of(response)
        if declares_entities(response.body):
            self.count_error_kind("xml_entities")
            return
        for entry in parse_feed(response.body):
            yield from self.article_request(entry.url, site, entry.hints)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            return
        site = self.site_of(response)
        for link in response.xpath("//link[@rel='alternate'][@href]"):
            if (link.attrib.get("type") or "").lower() in _FEED_TYPES and "feed" in site.discovery:
                url = join_url(response.url, link.attrib["href"])
                if url is None:
                    continue
                if same_site(url, site.base_url) and "comments" not in url:
                    yield Request(
                        url,
                        self.parse_feed,
                        errback=self.discovery_failed,
                        meta={"site": site.name, "handle_httpstatus_list": QUIET},
                    )
        yield from self.follow_links(response, site)

    def follow_links(self, response: TextResponse, site: SiteDefinition) -> Iterator[Any]:
        """Listing pages to read next, and candidate articles, from one page's links."""
        next_links = set(
            response.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").getall()
        )
        for anchor in response.xpath("//a[@href]"):
            text = " ".join(anchor.xpath(".//text()").getall())
            if _NEXT_TEXT.match(text) or "next" in (anchor.attrib.get("class") or ""):
                next_links.add(anchor.attrib["href"])
        limit = self.settings.getint("NEWSARCHIVE_MAX_LISTING_PAGES")
        if self.all_known(response, site):
            # Every article this page lists is archived: older pages are too.
            self.crawler.stats.inc_value("newsarchive/listings_stopped")
            next_links = set()
            stop_paging = True
        else:
            stop_paging = False
        for href in response.xpath("//a/@href").getall():
            url = join_url(response.url, href)
            if url is None or not url.startswith("http") or not same_site(url, site.base_url):
                continue
            listing = canonicalize_url(url)
            if stop_paging and is_pagination(listing):
                continue
            if href in next_links or is_listing_url(listing):
                seen = self.listing_pages.setdefault(site.name, set())
                wanted = is_followable_listing(url, href in next_links) and len(seen) < limit
                if wanted and listing not in seen:
                    seen.add(listing)
                    yield Request(
                        listing,
                        self.parse_listing,
                        errback=self.page_failed,
                        meta={"site": site.name},
                    )
                continue
            yield from self.article_request(url, site)

    def all_known(self, response: TextResponse, site: SiteDefinition) -> bool:
        """True when every candidate article linked from this page is already archived."""
        if self.known is None or self.settings.getbool("NEWSARCHIVE_FULL"):
            return False
        if self.settings.get("NEWSARCHIVE_SINCE"):
            return False
        candidates = set()
        for href in response.xpath("//a/@href").getall():
            joined = join_url(response.url, href)
            if joined is None:
                continue
            url = canonicalize_url(joined)
            if (
                url.startswith("http")
                and same_site(url, site.base_url)
                and not is_listing_url(url)
                and not looks_like_non_article(url)
            ):
                candidates.add(url)
        return bool(candidates) and all(
            self.known.lookup(u) or self.known.is_non_article(u) for u in candidates
        )

    # -- articles ----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        site = self.site_of(response)
        self.crawler.stats.inc_value("newsarchive/article_pages_fetched")
        if response.status in REDIRECTS:
            yield from self.follow_redirect(response, site)
            return
        if response.status == 304:
            yield NotModified(url=response.url, site=site.name)
            return
        if response.status in GONE:
            # The store decides: a takedown of a known article, or a plain broken link.
            yield Takedown(url=response.url, reason=f"http_{response.status}", site=site.name)
            return
        if (
            not isinstance(response, TextResponse)
            or b"html" not in response.headers.get(b"Content-Type", b"text/html").lower()
        ):
            self.crawler.stats.inc_value("newsarchive/pages_not_article")
            return
        url = canonicalize_url(response.url)
        declared = response.xpath("//link[@rel='canonical']/@href").get()
        if declared:
            target = canonicalize_url(declared, base=response.url)
            if target != url and same_site(target, site.base_url) and target.startswith("http"):
                # This page is a variant of another (AMP, print, a moved permalink).
                yield AliasSeen(url=response.url, target=target, site=site.name)
                yield from self.article_request(target, site)
                return
        yield FetchedPage(
            url=response.url,
            html=response.text,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            site=site.name,
            seen_urls=[response.url],
            hints=self.hints.get(url, {}),
        )
        yield from self.follow_links(response, site)

    def follow_redirect(self, response: Response, site: SiteDefinition) -> Iterator[Any]:
        location = response.headers.get(b"Location")
        hops = response.meta.get("hops", 0)
        chain = (*response.meta.get("redirect_chain", ()), canonicalize_url(response.url))
        if not location:
            self.count_error_kind("other")
            return
        joined = join_url(response.url, location.decode("latin-1"))
        if joined is None:
            self.count_error_kind("other")
            return
        target = canonicalize_url(joined)
        if target in chain:
            self.count_error_kind("redirect_loop")
            return
        if hops >= self.settings.getint("REDIRECT_MAX_TIMES"):
            self.count_error_kind("redirect_loop")  # too long a chain to be anything else
            return
        if urlsplit(target).path in ("", "/") and not urlsplit(target).query:
            # Deleted posts often redirect to the home page.
            yield Takedown(url=response.url, reason="redirect_home", site=site.name)
            return
        yield AliasSeen(url=response.url, target=target, site=site.name)
        if not same_site(target, site.base_url) or looks_like_non_article(target):
            return
        self.add_hints(target, self.hints.get(canonicalize_url(response.url), {}))
        yield self.fetch_article(target, site, hops=hops + 1, chain=chain)

    # -- failures ----------------------------------------------------------------------

    def count_error(self, failure_or_exc: Any) -> str:
        """Count a failed request under its kind, for the summary and ``crawl_runs``."""
        exc = getattr(failure_or_exc, "value", failure_or_exc)
        kind = error_kind(exc)
        if kind in ("dns", "connection") and self._host_counted(failure_or_exc):
            return kind  # DropUnreachableSites counted this host's failure already
        return self.count_error_kind(kind)

    def _host_counted(self, failure: Any) -> bool:
        request = getattr(failure, "request", None)
        hosts = self.crawler.stats.get_value("newsarchive/unreachable_hosts", [])
        return request is not None and urlsplit(request.url).netloc in hosts

    def count_error_kind(self, kind: str) -> str:
        self.crawler.stats.inc_value(f"newsarchive/errors/{kind}")
        return kind

    def page_failed(self, failure: Any) -> None:
        if str(getattr(failure, "value", "")) in (KNOWN_UNCHANGED, SITE_UNREACHABLE):
            return  # not fetched on purpose (known), or its site's failure is counted
        kind = self.count_error(failure)
        request = getattr(failure, "request", None)
        exc = getattr(failure, "value", None)
        self.logger.warning("%s (%s): %s", kind, type(exc).__name__, getattr(request, "url", "?"))

    def discovery_failed(self, failure: Any) -> None:
        # A missing sitemap or API is normal; a site that cannot be reached is not,
        # and the home page request reports that.
        exc = getattr(failure, "value", None)
        if type(exc).__name__ not in {"HttpError", "IgnoreRequest"}:
            self.crawler.stats.inc_value("newsarchive/discovery_failures")
