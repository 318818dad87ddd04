"""The generic news spider: finds a site's articles by itself, from its base URL.

It only decides what to fetch. Discovery sources, in order of trust: the WordPress
REST API, XML sitemaps (from robots.txt and the usual paths), RSS/Atom feeds, and
listing pages with their pagination. Every candidate URL is canonicalised before it is
requested, so tracking variants are fetched once; the variants themselves are handed
on as ``AliasSeen`` items so the archive remembers them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.gz import gunzip, gzip_magic_number

from scraper.archive.known import KnownArticles
from scraper.extract.paging import MAX_PAGES, Continuation
from scraper.extract.record import ArticleRecord, NotAnArticle
from scraper.items import (
    AliasesSeen,
    AliasSeen,
    NonArticlePage,
    NotModified,
    ReadPage,
    Takedown,
)
from scraper.ledger import ledger_of
from scraper.pool import default_workers
from scraper.reading import ContinuedPage, PageLinks, PageReader, ReadFailed
from scraper.sites import SiteDefinition
from scraper.urls import (
    canonical_elsewhere,
    canonicalize_url,
    join_url,
    looks_like_non_article,
    redirect_target,
    registrable_domain,
    same_site,
)
from spiders.discovery import (
    SITEMAP_PATHS,
    chunks,
    declares_entities,
    feed_next_page,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
    parse_wp_terms,
    sitemap_urls_from_robots,
    wp_total_pages,
)
from spiders.errors import error_kind
from spiders.health import (
    HomeLikeness,
    count_discovery,
    count_fetch_error,
    count_home_links_elsewhere,
    count_home_page,
    count_offsite_redirect,
    count_start_page_failed,
    discovery_source,
)
from spiders.links import Link, absolute, links_elsewhere, links_to_site, post_links, read_link
from spiders.middlewares import KNOWN_UNCHANGED, SITE_UNREACHABLE

REDIRECTS = (301, 302, 303, 307, 308)
GONE = (404, 410)
# Discovery endpoints a site may simply not have: these statuses are not errors.
QUIET = [304, 400, 401, 403, 404, 410]
# What a discovery page's request passes on to the requests for the pages it names (its
# child sitemaps, a feed's or the API's next page): the crawl's own keys only. A copy of
# the whole ``response.meta`` passed on Scrapy's bookkeeping too: a sitemap index that
# needed both its retries left each child sitemap none (``retry_times``).
PASSED_ON = ("site", "handle_httpstatus_list", "conditional", "download_maxsize")
# The most a sitemap may weigh, uncompressed: the sitemaps protocol's limit (50 MB,
# 50,000 URLs), above the 10 MB DOWNLOAD_MAXSIZE of any other page.
SITEMAP_MAX_BYTES = 50 * 1024 * 1024
# Released articles handed to the scheduler at a time (several times the concurrency).
RELEASE_CHUNK = 64


def _candidates(links: list) -> set[str]:
    """The canonical URLs of the candidate articles among a page's links."""
    return {link.canonical for _, link in links if not (link.listing or link.non_article)}


def passed_on(meta: dict) -> dict[str, Any]:
    return {key: meta[key] for key in PASSED_ON if key in meta}


def named_by(response: Response) -> dict[str, Any]:
    """The meta of a discovery page that ``response`` names (``named``: the site's own
    address for it, not one we guessed; ``discovery_failed`` counts its failure)."""
    return {**passed_on(response.meta), "named": True}


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(
        self,
        sites: list[SiteDefinition] | None = None,
        revisits: dict[str, list[str]] | None = None,
        role: str = "local",
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        # "local": the whole crawl in one process. In a distributed crawl (see
        # scraper.cluster) "seed" reads the discovery sources and hands what it held
        # to the shared frontier; "worker" starts nothing and takes from the frontier.
        self.role = role
        self.handoff: Any = None  # set by the cluster's seeding process
        self.sites = {site.name: site for site in sites or []}
        # Known articles due for a revisit (edits, takedowns), per site.
        self.revisits = revisits or {}
        self.listing_pages: dict[str, set[str]] = {}
        self.feed_pages: dict[str, set[str]] = {}  # a paged feed's pages read, by site
        self.known: KnownArticles | None = None
        # Discovery runs in two phases. In the first, only the sources that say
        # something about an article before it is fetched (the WordPress API, sitemaps,
        # feeds, and the home page that links the feeds) are read; every article and
        # listing page they find is held here, its hints merged, until the engine
        # falls idle. Then all are released. So each article is fetched with
        # everything discovery will ever say about it, whatever order the discovery
        # responses arrived in, and the record does not depend on timing.
        self.first_phase = role != "worker"
        self.held: dict[str, str] = {}  # canonical URL -> merged hints (JSON)
        self.held_sites: dict[str, str] = {}  # canonical URL -> site name
        self.held_listings: list[Request] = []
        # Released articles not yet handed to the scheduler: (URL, site, hints,
        # revisit), a chunk at a time whenever the scheduler runs dry. A backfill finds
        # tens of thousands of articles at once; as Request objects in the scheduler
        # they held ~1.3 KB each for the whole crawl.
        self.waiting: list[tuple[str, str, str, bool]] = []
        # Hashes of the canonical URLs requested as articles, and of the link variants
        # already handed on as aliases: each is dealt with once per crawl.
        self.articles_requested: set[int] = set()
        # Hashes of the URLs asked again because a known article's own URL answered a
        # takedown (``answered_elsewhere``): each once per crawl.
        self.asked_again: set[int] = set()
        # Discovery pages the site names, and the failures of those tried on the chance
        # (``named``): canonical URL -> error kind.
        self.named_pages: set[str] = set()
        self.failed_guesses: dict[str, str] = {}
        self.aliases_seen: set[int] = set()
        # Pages that named another page of their site as their canonical, by that
        # target, until it is read: should it answer no article (a 404, a listing, a
        # redirect home), each is fetched again and read as itself, or it would wait
        # for ever as the alias of nothing. (url, site, hints) each.
        self.variants: dict[str, list[tuple[str, str, dict, bool]]] = {}
        # What such targets answered in this crawl, for the variants that name them
        # after they were read (a page's order of arrival must not decide how it is
        # stored): hashes of those that answered no article, and where those that
        # redirected went. Both are few: listings, 404s, moved permalinks.
        self.no_article: set[int] = set()
        self.forwarded: dict[int, str] = {}
        # Whether the site's pages answer its home page's text (a maintenance page).
        self.home_likeness = HomeLikeness()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.known = KnownArticles(settings.get("NEWSARCHIVE_DB"))
        spider.ledger = ledger_of(crawler)
        # Pages are parsed (links, and the record of an article page) by worker
        # processes: this process only fetches, schedules and writes.
        workers = settings.get("NEWSARCHIVE_WORKERS")
        spider.reader = PageReader(
            default_workers() if workers is None else int(workers),
            settings.getfloat("NEWSARCHIVE_EXTRACT_TIMEOUT"),
            learn_templates=settings.getbool("NEWSARCHIVE_LEARN_TEMPLATES"),
        )
        crawler.signals.connect(spider.opened, signal=signals.spider_opened)
        # ``closed`` needs no connecting: Scrapy calls a spider's ``closed`` itself
        # (connected too, it ran twice: the pool closed twice, each line logged twice).
        crawler.signals.connect(spider.release_held, signal=signals.spider_idle)
        crawler.signals.connect(spider.release_waiting, signal=signals.scheduler_empty)
        return spider

    def opened(self, spider: Any) -> None:
        self.reader.open()
        if self.reader.pool is not None:
            self.crawler.stats.set_value("newsarchive/reader_pids", self.reader.pool.pids())

    def closed(self, reason: str) -> None:
        self.reader.close()
        if self.reader.pool is not None:
            self.crawler.stats.set_value("newsarchive/workers_replaced", self.reader.pool.replaced)
        templates = self.reader.templates
        for name, count in templates.counts.items():
            self.crawler.stats.set_value(f"newsarchive/templates/{name}", count)
        for site, path in templates.learnt().items():
            self.logger.info("%s: article container learnt, %s", site, path)
        if self.known is not None:
            self.known.close()

    # -- start -------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        if self.role == "worker":
            return
        for site in self.sites.values():
            for request in self.discovery_requests(site):
                yield request

    def discovery_requests(self, site: SiteDefinition) -> Iterator[Request]:
        base = site.base_url
        meta = {"site": site.name, "handle_httpstatus_list": QUIET, "conditional": True}
        # Sitemaps are asked for unconditionally: robots.txt and a sitemap index only
        # name other sitemaps, and one that answered 304 (unchanged) left the sitemaps it
        # names unread, with the new posts listed only there. (A sitemap's known entries
        # cost no fetch: the article requests carry their own change markers.)
        sitemaps = {
            "site": site.name,
            "handle_httpstatus_list": QUIET,
            "download_maxsize": SITEMAP_MAX_BYTES,
        }
        if "wp-api" in site.discovery:
            yield Request(
                urljoin(base, "wp-json/wp/v2/posts?per_page=100&page=1"),
                callback=self.parse_wp_posts,
                errback=self.discovery_failed,
                meta=meta,
                priority=30,
            )
        if "sitemap" in site.discovery:
            # robots.txt first: the sitemaps it names are the site's own (one that
            # fails is a failed page), and the usual addresses are tried after it,
            # those it does not name (``guessed_sitemaps``).
            yield Request(
                urljoin(base, "robots.txt"),
                self.parse_robots,
                errback=self.robots_failed,
                meta=sitemaps,
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
            self.hold(url, site, {})
        # The home page is read in the first phase: it links the site's feeds.
        yield Request(
            base,
            self.parse_listing,
            errback=self.page_failed,
            meta={"site": site.name, "home": True},
            priority=10,
        )
        for path in site.start_paths:
            self.held_listings.append(self.listing_request(urljoin(base, path), site))

    def release_held(self, spider: Any = None) -> None:
        """End of the first phase: release every held article and listing page (and,
        whenever the engine falls idle later, what is still waiting)."""
        if not self.first_phase:
            if self.waiting:
                self.release_waiting()
                raise DontCloseSpider
            return
        self.first_phase = False
        started = self.crawler.stats.get_value("start_time")
        if started is not None:
            elapsed = datetime.now(started.tzinfo) - started
            self.crawler.stats.set_value("newsarchive/discovery_seconds", elapsed.total_seconds())
        held, self.held = self.held, {}
        sites, self.held_sites = self.held_sites, {}
        revisits = {u for urls in self.revisits.values() for u in urls}
        articles = [(url, sites[url], hints, url in revisits) for url, hints in held.items()]
        del held
        for url, *_ in articles:
            self.articles_requested.add(hash(url))
        listings, self.held_listings = self.held_listings, []
        if self.handoff is not None:
            # A seeding process hands them all at once to the shared frontier (so no
            # worker requests one of them first, without its hints) and is done.
            self.handoff([self._waiting_request(*a) for a in articles] + listings)
            return
        for request in listings:
            self.crawler.engine.crawl(request)
        # Popped from the end: the last held is fetched first, as when all of them
        # went through the last-in-first-out scheduler at once.
        self.waiting = articles
        self.release_waiting()
        if articles or listings:
            raise DontCloseSpider

    def release_waiting(self, spider: Any = None) -> None:
        """Hand the scheduler the next chunk of released articles (on ``scheduler_empty``:
        the downloader still has its requests in flight, so it never waits for these)."""
        for _ in range(min(RELEASE_CHUNK, len(self.waiting))):
            self.crawler.engine.crawl(self._waiting_request(*self.waiting.pop()))

    def _waiting_request(self, url: str, site: str, hints: str, revisit: bool) -> Request:
        return self.fetch_article(url, self.sites[site], hints=json.loads(hints), revisit=revisit)

    # -- candidates ----------------------------------------------------------------

    def site_of(self, response: Response) -> SiteDefinition:
        return self.sites[response.meta["site"]]

    def hold(self, url: str, site: SiteDefinition, hints: dict) -> None:
        """Keep a first-phase candidate until the phase ends, merging what sources say.

        The merged hints are kept as compact JSON: a backfill holds every article of a
        site at once, and a dict of ten keys weighs about three times its JSON."""
        self.held_sites.setdefault(url, site.name)
        if not hints and url in self.held:
            return
        merged = json.loads(self.held.get(url) or "{}")
        merge_hints(merged, hints)
        self.held[url] = json.dumps(merged, ensure_ascii=False, separators=(",", ":"))

    def article_request(
        self, url: str, site: SiteDefinition, hints: dict | None = None, hops: int = 0
    ) -> Iterator[Any]:
        """Request ``url`` as a candidate article, once, under its canonical form."""
        joined = absolute(site.base_url, url)
        link = read_link(joined) if joined else None
        if link is not None and link.host == site.host:
            yield from self.article_link_request(link, site, hints, hops)

    def article_link_request(
        self, link: Link, site: SiteDefinition, hints: dict | None = None, hops: int = 0
    ) -> Iterator[Any]:
        """``article_request`` for a link already read and on the site's host."""
        if link.non_article and not (hints or {}).get("known_post"):
            return
        if link.url != link.canonical and hash(link.url) not in self.aliases_seen:
            self.aliases_seen.add(hash(link.url))
            yield AliasSeen(url=link.url, target=link.canonical, site=site.name)
        if self.first_phase:
            self.hold(link.canonical, site, hints or {})
        elif hash(link.canonical) not in self.articles_requested:
            # Requested once per crawl: the many links to one article on other
            # pages cost a set lookup, not a request through the scheduler.
            self.articles_requested.add(hash(link.canonical))
            yield self.fetch_article(link.canonical, site, hints=hints or {}, hops=hops)

    def listing_request(
        self, url: str, site: SiteDefinition, listed: tuple[str, ...] = ()
    ) -> Request:
        """``listed``: the articles the page before this one in its listing linked (see
        ``all_known``)."""
        meta: dict[str, Any] = {"site": site.name}
        if listed:
            meta["listed"] = listed
        return Request(url, self.parse_listing, errback=self.page_failed, meta=meta)

    def fetch_article(
        self,
        url: str,
        site: SiteDefinition,
        hints: dict | None = None,
        hops: int = 0,
        revisit: bool = False,
        chain: tuple[str, ...] = (),
        again: bool = False,
    ) -> Request:
        """The request for one article page; redirects and 404/410 come to the callback.
        ``again``: the page was fetched in this crawl already (the dupefilter lets it
        through)."""
        return Request(
            url,
            callback=self.parse_article,
            errback=self.page_failed,
            dont_filter=again,
            meta={
                "site": site.name,
                "dont_redirect": True,
                "handle_httpstatus_list": [*REDIRECTS, *GONE, 304],
                "hops": hops,
                "revisit": revisit,
                "article": True,
                "conditional": revisit,
                "redirect_chain": chain,
                "hints": hints or {},
            },
        )

    # -- discovery callbacks ---------------------------------------------------------

    async def parse_wp_posts(self, response: Response) -> AsyncIterator[Any]:
        site = self.site_of(response)
        try:
            posts = parse_wp_posts(response.body) if response.status == 200 else []
            count_discovery(self.crawler.stats, response, "api", len(posts))
            if posts and response.meta.get("wp_page", 1) == 1:
                total = wp_total_pages(response.headers.get(b"X-WP-TotalPages"))
                for page in range(2, total + 1):
                    url = urljoin(site.base_url, f"wp-json/wp/v2/posts?per_page=100&page={page}")
                    yield self.named(
                        Request(
                            url,
                            self.parse_wp_posts,
                            errback=self.discovery_failed,
                            meta={**named_by(response), "wp_page": page},
                            priority=response.request.priority,
                        )
                    )
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
            self.count_error_kind("parse", response)

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
                    self.count_error(exc, request)
                    continue
                if answer.status == 200:
                    names[kind].update(parse_wp_terms(answer.body))
        return names

    def parse_robots(self, response: Response) -> Iterator[Any]:
        site = self.site_of(response)
        named: set[str] = set()
        if response.status == 200:
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                if same_site(url, site.base_url):
                    named.add(canonicalize_url(url))
                    yield self.named(self.sitemap_request(url, named_by(response)))
        yield from self.guessed_sitemaps(site, named)

    def robots_failed(self, failure: Any) -> Iterator[Any]:
        self.discovery_failed(failure)
        site = self.sites.get(failure.request.meta.get("site", ""))
        if site is not None:
            yield from self.guessed_sitemaps(site, set())

    def guessed_sitemaps(self, site: SiteDefinition, named: set[str]) -> Iterator[Request]:
        """The usual sitemap addresses (``SITEMAP_PATHS``) that robots.txt did not name:
        tried on the chance, their failure is no failed page. (Requested before robots.txt
        answered, one it names was dropped as a duplicate of the guess, and its failure
        went uncounted.)"""
        for path in SITEMAP_PATHS:
            url = urljoin(site.base_url, path)
            if canonicalize_url(url) not in named:
                meta = {"site": site.name, "handle_httpstatus_list": QUIET}
                yield self.sitemap_request(url, {**meta, "download_maxsize": SITEMAP_MAX_BYTES})

    def sitemap_request(self, url: str, meta: dict[str, Any]) -> Request:
        return Request(
            url, self.parse_sitemap, errback=self.discovery_failed, meta=meta, priority=20
        )

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        stats = self.crawler.stats
        if response.status != 200:
            count_discovery(stats, response, "sitemap")
            return
        site = self.site_of(response)
        body = response.body
        if gzip_magic_number(response):
            try:
                body = gunzip(body, max_size=SITEMAP_MAX_BYTES)
            except Exception:  # noqa: BLE001 - a bad or oversized archive is skipped
                self.count_error_kind("parse", response)
                count_discovery(stats, response, "sitemap", status="parse")
                return
        if declares_entities(body):
            self.count_error_kind("xml_entities", response)
            count_discovery(stats, response, "sitemap", status="xml_entities")
            return
        children, urls = parse_sitemap(body)
        count_discovery(stats, response, "sitemap", len(children) + len(urls))
        for child in children:
            if same_site(child, site.base_url):
                yield self.named(self.sitemap_request(child, named_by(response)))
        since = self.settings.get("NEWSARCHIVE_SINCE")
        for entry in urls:
            # A news sitemap may give only the publication: an article not changed
            # since it was published is as old as that.
            lastmod = entry.hints.get("lastmod") or entry.hints.get("published")
            if since and lastmod and lastmod[:10] < since:
                continue
            yield from self.article_request(entry.url, site, entry.hints)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        stats = self.crawler.stats
        if response.status != 200:
            count_discovery(stats, response, "feed")
            return
        site = self.site_of(response)
        if declares_entities(response.body):
            self.count_error_kind("xml_entities", response)
            count_discovery(stats, response, "feed", status="xml_entities")
            return
        entries = parse_feed(response.body)
        count_discovery(stats, response, "feed", len(entries))
        for entry in entries:
            yield from self.article_request(entry.url, site, entry.hints)
        next_page = _own_next_page(response.url, feed_next_page(response.body)) if entries else None
        if next_page and same_site(next_page, site.base_url):
            links = [(e.url, link) for e in entries if (link := read_link(e.url)) is not None]
            seen = self.feed_pages.setdefault(site.name, set())
            limit = self.settings.getint("NEWSARCHIVE_MAX_LISTING_PAGES")
            if self.all_known(_candidates(links)):
                stats.inc_value("newsarchive/listings_stopped")
            elif next_page not in seen and len(seen) < limit:
                # A paged feed (Blogger's 25 posts a page) is read to its end on a first
                # crawl, and on later ones as far as it lists articles not yet archived.
                seen.add(next_page)
                yield self.named(
                    Request(
                        next_page,
                        self.parse_feed,
                        errback=self.discovery_failed,
                        meta=named_by(response),
                        priority=10,
                    )
                )

    async def parse_listing(self, response: Response) -> AsyncIterator[Any]:
        if not isinstance(response, TextResponse):
            return
        site = self.site_of(response)
        try:
            reading = await self.reader.read(
                response.body, content_type_of(response), response.url, False, site
            )
        except ReadFailed as exc:
            self.count_error_kind(exc.kind, response)
            return
        if not response.meta.get("home"):
            self.home_likeness.compare(self.crawler.stats, site.name, response.body)
        else:
            base = reading.links.resolved_against(response.url)
            posts = post_links(base, reading.links.hrefs, site.host)
            self.home_likeness.read_home(site.name, response.body, posts)
            own = links_to_site(response.url, reading.links.hrefs, site.host, base)
            count_home_page(self.crawler.stats, site.name, own, len(response.body))
            elsewhere = links_elsewhere(response.url, reading.links.hrefs, site.host, base)
            if elsewhere:
                count_home_links_elsewhere(self.crawler.stats, site.name, *elsewhere)
        if response.meta.get("home") and "feed" in site.discovery:
            # Only the home page's feeds: they are read in the first phase, so what
            # they say about an article is known before it is fetched. Category feeds
            # hold a subset of the same posts and would arrive too late to count.
            for href in reading.links.feeds:
                url = join_url(reading.links.resolved_against(response.url), href)
                if url and same_site(url, site.base_url) and "comments" not in url:
                    yield self.named(
                        Request(
                            url,
                            self.parse_feed,
                            errback=self.discovery_failed,
                            meta={
                                "site": site.name,
                                "handle_httpstatus_list": QUIET,
                                "named": True,
                            },
                        )
                    )
        aliases: list[AliasSeen] = []
        listed = response.meta.get("listed", ())
        for request in self.follow_links(response.url, reading.links, site, True, aliases, listed):
            yield request
        if aliases:
            yield AliasesSeen(aliases)

    def follow_links(
        self,
        page_url: str,
        page: PageLinks,
        site: SiteDefinition,
        listing: bool,
        aliases: list[AliasSeen],
        listed_before: tuple[str, ...] = (),
    ) -> Iterator[Request]:
        """Listing pages to read next, and candidate articles, from one page's links;
        the link variants seen on the way are added to ``aliases``.

        On a listing page, ``rel=next`` and "Berikutnya »" links are its pagination. On
        an article page they are post navigation to the neighbouring *article*, which
        must be requested as an article: taken for pagination, it was fetched as a
        listing and never extracted (issue 8).
        """
        host = site.host
        links = []
        # Links resolve against the page's <base href>, but "#top" and "" name the page
        # itself: Joomla's base is the page's path without its query, against which
        # they named another address of the article.
        base = page.resolved_against(page_url)
        for href in page.hrefs:
            itself = not href.strip() or href.lstrip().startswith("#")
            joined = absolute(page_url if itself else base, href)
            link = read_link(joined) if joined else None
            if link is not None and link.host == host:
                links.append((href, link))
        next_links = set(page.next_hrefs) if listing else set()
        listed = tuple(sorted(_candidates(links))) if listing else ()
        stop_paging = listing and self.all_known(set(listed), set(listed_before))
        if stop_paging:
            # Every article this page lists was archived before this run: older
            # pages are too.
            self.crawler.stats.inc_value("newsarchive/listings_stopped")
            next_links = set()
        limit = self.settings.getint("NEWSARCHIVE_MAX_LISTING_PAGES")
        seen = self.listing_pages.setdefault(site.name, set())
        for href, link in links:
            if stop_paging and link.pagination:
                continue
            is_next = href in next_links
            if is_next or link.listing:
                wanted = (is_next or link.followable) and len(seen) < limit
                if wanted and link.canonical not in seen:
                    seen.add(link.canonical)
                    paging = is_next or link.pagination
                    request = self.listing_request(link.canonical, site, listed if paging else ())
                    if self.first_phase:
                        self.held_listings.append(request)
                    else:
                        yield request
                if link.listing:
                    continue
                # A "next" link whose URL is not a listing's may be an article too:
                # requested under both roles, each is handled as what it is.
            for item in self.article_link_request(link, site):
                if isinstance(item, AliasSeen):
                    aliases.append(item)
                else:
                    yield item

    def all_known(self, candidates: set[str], listed_before: set[str] = frozenset()) -> bool:
        """True when every candidate article this listing page links was archived before
        this run.

        Articles stored by this very crawl do not count: on a first crawl every listing
        page is read to its end (issue 9: posts reachable only from deep pages). Nor do
        those the page before it in its listing linked too (``listed_before``): the
        "Berita Terbaru" widget on every page of a WordPress site lists the newest posts,
        new in this run after any busy day, and kept every listing paging to its end
        every night (helper-92).
        """
        if self.known is None or not self.known.any_before_run():
            return False
        if self.settings.getbool("NEWSARCHIVE_FULL") or self.settings.get("NEWSARCHIVE_SINCE"):
            return False
        # A page all of whose posts the page before it linked too (a "Berita Lainnya"
        # block showing the next page's posts) is judged by them all (helper-93).
        own = (candidates - listed_before) or candidates
        return bool(candidates) and all(
            self.known.known_before_run(u) or self.known.judged_before(u) for u in own
        )

    # -- articles ----------------------------------------------------------------------

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        """One article page: every path below ends in an item carrying the page's ticket
        (the store settles it) or settles the ticket here."""
        site = self.site_of(response)
        ticket = self.ledger.open_page(response.url, site.name)
        response.meta["ticket"] = ticket
        self.crawler.stats.inc_value("newsarchive/article_pages_fetched")
        if response.status in REDIRECTS:
            items = list(self.follow_redirect(response, site, ticket))
            for item in items:
                yield item
            gone = any(isinstance(item, Takedown) for item in items)
            if gone:
                for item in self.answered_elsewhere(response.url, site):
                    yield item
            onward = [i.url for i in items if isinstance(i, Request)]
            if not gone and onward:  # the canonical moved on: its new URL decides
                self._pass_variants_on(response.url, onward[0])
            else:
                for item in self.variants_read_as_themselves(response.url, site, not gone):
                    yield item
            return
        if response.status == 304:
            yield NotModified(url=response.url, site=site.name, ticket=ticket)
            self.variants.pop(canonicalize_url(response.url), None)
            return
        if response.status in GONE:
            # The store decides: a takedown of a known article, or a plain broken link.
            yield Takedown(
                url=response.url, reason=f"http_{response.status}", site=site.name, ticket=ticket
            )
            for item in self.answered_elsewhere(response.url, site):
                yield item
            for item in self.variants_read_as_themselves(response.url, site, found=False):
                yield item
            return
        content_type = response.headers.get(b"Content-Type", b"text/html").lower()
        if not isinstance(response, TextResponse) or b"html" not in content_type:
            reason = f"not an HTML page ({content_type.decode('latin-1') or 'no type'})"
            yield NonArticlePage(url=response.url, reason=reason, site=site.name, ticket=ticket)
            return
        self.home_likeness.compare(self.crawler.stats, site.name, response.body)
        hints = response.meta.get("hints") or {}
        # The time the raw page was kept (KeepRawPages), so a re-extraction reads it
        # at the same time ("2 jam yang lalu").
        fetched_at = response.meta.get("fetched_at") or datetime.now(timezone.utc).isoformat(
            timespec="seconds"
        )
        try:
            reading = await self.reader.read(
                response.body,
                content_type_of(response),
                response.url,
                True,
                site,
                fetched_at,
                hints,
            )
        except ReadFailed as exc:
            self.ledger.settle(ticket, f"errors/{exc.kind}")
            self.logger.warning("%s: %s", exc.kind, response.url)
            return
        if (
            response.meta.get("revisit")
            and isinstance(reading.result, NotAnArticle)
            and self.home_likeness.serves_home_instead(site.name, response.body)
        ):
            reading.result.takedown = "home_page"  # the store records it gone
        target = canonical_elsewhere(reading.links.canonical, response.url, site.base_url)
        if target:
            self._pass_variants_on(response.url, target)
        else:
            found = reading.result is not None and not isinstance(reading.result, NotAnArticle)
            for item in self.variants_read_as_themselves(response.url, site, found):
                yield item
        if target:
            # This page is a variant of another (AMP, print, a moved permalink).
            yield AliasSeen(
                url=response.url, target=target, site=site.name, page=True, ticket=ticket
            )
            revisit = bool(response.meta.get("revisit"))
            for item in self.wait_for_canonical(response.url, target, site, hints, revisit):
                yield item
            return
        aliases: list[AliasSeen] = []
        requests = list(self.follow_links(response.url, reading.links, site, False, aliases))
        result, sketch = reading.result, reading.sketch
        if isinstance(result, ArticleRecord) and reading.continuation is not None:
            result, sketch = await self.read_continuation(
                response, site, result, sketch, reading.continuation, fetched_at
            )
        yield ReadPage(
            url=response.url,
            site=site.name,
            result=result,
            sketch=sketch,
            hints=hints,
            aliases=aliases,
            ticket=ticket,
            warc=response.meta.get("warc"),
        )
        for request in requests:
            yield request

    async def read_continuation(
        self,
        response: Response,
        site: SiteDefinition,
        record: ArticleRecord,
        sketch: Any,
        continuation: Continuation,
        fetched_at: str,
    ) -> tuple[ArticleRecord | NotAnArticle, Any]:
        """Page 1's record with the text of the article's other pages joined to it, or
        the ``SpamPage`` the spam guard made of the joined article (quarantined).

        Read here, before the record leaves the spider, so the article is stored once,
        whole, under page 1's URL (the other pages' URLs become its aliases). The
        one-page view ("page=all") when page 1 links one, else page after page up to
        ``MAX_PAGES``; a one-page view that fails falls back to the pages. A page that
        fails keeps what was read and counts ``continuation_<kind>`` (a partial
        crawl: the stored text is short of its end).
        """
        self.crawler.stats.inc_value("newsarchive/articles_continued")
        first = response.url
        pages: list[ContinuedPage] = []
        failure: tuple[str, Request] | None = None
        starts: list[tuple[str, int | str]] = []
        if continuation.all_url:
            starts.append((continuation.all_url, "all"))
        if continuation.next_url:
            starts.append((continuation.next_url, continuation.next_page))
        for url, number in starts:
            pages, failure = await self._continued_pages(first, url, number, site, fetched_at)
            if failure is None:
                break
        if failure is not None:
            kind, request = failure
            self.count_error_kind(f"continuation_{kind}", request)
            self.logger.warning(
                "continuation_%s: %s (article %s stored with %d of its later pages)",
                kind, request.url, first, len(pages),
            )  # fmt: skip
        if not pages:
            return record, sketch
        self.crawler.stats.inc_value("newsarchive/continuation_pages", len(pages))
        try:
            return await self.reader.join_continued(record, pages, site)
        except ReadFailed as exc:
            self.count_error_kind(f"continuation_{exc.kind}", response)
            return record, sketch

    async def _continued_pages(
        self, first: str, url: str | None, number: int | str, site: SiteDefinition, fetched_at: str
    ) -> tuple[list[ContinuedPage], tuple[str, Request] | None]:
        """The article's later pages from ``url`` (page ``number``, or "all") on, and
        the failure (error kind, request) that stopped them early, if one did.

        Fetched through the engine's downloader, so the site's politeness (delay,
        concurrency, robots.txt, retries) applies; not through the scheduler, and
        without the ``article`` mark: they are not articles, nor skipped as known.
        ``scraper.reextract._walk`` takes these steps on the kept responses: a change
        here is a change there."""
        pages: list[ContinuedPage] = []
        seen = {canonicalize_url(first)}
        while url:
            if url in seen:
                break  # a loop: a later page naming an earlier one as the next
            request = Request(
                url,
                meta={"site": site.name, "dont_redirect": True, "continuation": True},
                dont_filter=True,
            )
            if len(pages) + 1 >= MAX_PAGES:
                return pages, ("too_many_pages", request)
            seen.add(url)
            try:
                answer = await self.crawler.engine.download_async(request)
            except Exception as exc:  # noqa: BLE001 - any failed fetch ends the pages
                return pages, (error_kind(exc), request)
            if answer.status != 200:
                return pages, (f"http_{answer.status}", request)
            if not isinstance(answer, TextResponse):
                return pages, ("not_html", request)
            try:
                page = await self.reader.read_continued(
                    answer.body, content_type_of(answer), answer.url, first, number, site,
                    fetched_at,
                )  # fmt: skip
            except ReadFailed as exc:
                return pages, (exc.kind, request)
            pages.append(page)
            if number == "all":
                break
            url, number = page.next_url, page.next_page
        return pages, None

    def answered_elsewhere(self, url: str, site: SiteDefinition) -> Iterator[Request]:
        """A known article's URL answered a takedown: the other URLs of its site at
        which its text answered on earlier nights are asked again in this crawl (once),
        so the store moves it to one only if it still answers, and records the
        takedown otherwise (``Archive.record_gone``). A local crawl only: a worker of a
        distributed crawl has no archive to ask."""
        if self.known is None:
            return
        for other in self.known.answered_aliases(url):
            if hash(other) not in self.asked_again:
                self.asked_again.add(hash(other))
                # A revisit, so the known URL is not skipped, read in full (no 304): the
                # store moves the article only to a URL that answered its text in this
                # very crawl.
                request = self.fetch_article(other, site, revisit=True, again=True)
                request.meta["conditional"] = False
                yield request

    def wait_for_canonical(
        self, url: str, target: str, site: SiteDefinition, hints: dict, revisit: bool = False
    ) -> Iterator[Any]:
        """The page ``url`` names ``target`` as its canonical: it waits for the target
        to be read (and requests it), or, when the target already answered no article
        in this crawl, is fetched again at once to be read as itself (``revisit``: as
        the known article's revisit it was, which a known article's URL needs not to
        be skipped as unchanged)."""
        waiting_on = canonicalize_url(target)
        for _ in range(self.settings.getint("REDIRECT_MAX_TIMES")):
            if hash(waiting_on) not in self.forwarded:
                break
            waiting_on = self.forwarded[hash(waiting_on)]
        if hash(waiting_on) in self.no_article:
            yield self.read_as_itself(url, site, hints, revisit)
            return
        self.variants.setdefault(waiting_on, []).append((url, site.name, hints, revisit))
        yield from self.article_request(target, site)

    def _pass_variants_on(self, url: str, onward: str) -> None:
        """The pages waiting on ``url`` wait on ``onward`` instead: ``url`` is itself a
        variant of it, or redirects there."""
        self.forwarded[hash(canonicalize_url(url))] = canonicalize_url(onward)
        waiting = self.variants.pop(canonicalize_url(url), None)
        if waiting:
            self.variants.setdefault(canonicalize_url(onward), []).extend(waiting)

    def variants_read_as_themselves(
        self, url: str, site: SiteDefinition, found: bool | None
    ) -> Iterator[Request]:
        """The pages that named ``url`` as their canonical, fetched again to be read as
        themselves when ``url`` answered no article (``found`` False: a 404 or 410, a
        redirect home, a listing, a static page); forgotten when it answered one (or
        could not be read: ``found`` None). A post whose canonical was left pointing at
        a deleted one waited for ever as the alias of nothing, and was lost."""
        if found is False:
            self.no_article.add(hash(canonicalize_url(url)))
        waiting = self.variants.pop(canonicalize_url(url), None)
        if not waiting or found is not False:
            return
        for page, site_name, hints, revisit in waiting:
            yield self.read_as_itself(page, self.sites.get(site_name, site), hints, revisit)

    def read_as_itself(self, url: str, site: SiteDefinition, hints: dict, revisit: bool) -> Request:
        """A page fetched in this crawl, whose canonical answered no article, fetched
        again to be read as itself: in full (no 304), and, when it was a known
        article's revisit, as that revisit (not skipped as a known unchanged article)."""
        request = self.fetch_article(
            url, site, hints={**hints, "own_url": True}, revisit=revisit, again=True
        )
        request.meta["conditional"] = False
        return request

    def follow_redirect(
        self, response: Response, site: SiteDefinition, ticket: int
    ) -> Iterator[Any]:
        location = response.headers.get(b"Location")
        hops = response.meta.get("hops", 0)
        chain = (*response.meta.get("redirect_chain", ()), canonicalize_url(response.url))
        joined = redirect_target(response.url, location) if location else None
        if joined is None:
            self.ledger.settle(ticket, "errors/other")
            return
        target = canonicalize_url(joined)
        if target in chain or hops >= self.settings.getint("REDIRECT_MAX_TIMES"):
            # A loop, or too long a chain to be anything else.
            self.ledger.settle(ticket, "errors/redirect_loop")
            return
        home = urlsplit(target).path in ("", "/") and not urlsplit(target).query
        if home and registrable_domain(target) == registrable_domain(site.base_url):
            # Deleted posts often redirect to the home page (of its domain: another
            # host of it too, polres.example.go.id's to example.go.id, helper-121).
            # Another domain's home page is no editor's takedown: the site taken over,
            # a lapsed domain sent to a parked page (helper-119: every article "taken
            # down", then "back"); it is an offsite redirect, counted below for the
            # site's health.
            yield Takedown(url=response.url, reason="redirect_home", site=site.name, ticket=ticket)
            return
        yield AliasSeen(url=response.url, target=target, site=site.name, page=True, ticket=ticket)
        count_offsite_redirect(self.crawler.stats, site, target)
        if not same_site(target, site.base_url) or looks_like_non_article(target):
            return
        if hash(target) in self.articles_requested:
            # The target is an article discovery found itself: its own request, with
            # everything discovery said about it, is scheduled or still waiting to be
            # released. Requested from here first, it would make the dupefilter drop
            # that one.
            return
        # Requested once, as a link to it is (a listing's later link to it made a second
        # request), with what discovery said of the old URL: its lastmod is the post's
        # change marker, without which its later edits were skipped as unchanged.
        self.articles_requested.add(hash(target))
        yield self.fetch_article(
            target, site, hints=response.meta.get("hints"), hops=hops + 1, chain=chain
        )

    # -- failures ----------------------------------------------------------------------

    def count_error(self, failure_or_exc: Any, request: Any = None) -> str:
        """Count a failed request under its kind, for the summary and ``crawl_runs``, and
        under its site's (``source_health``; an article page's is the ledger's).
        ``request``: the one that failed, when ``failure_or_exc`` does not carry it."""
        exc = getattr(failure_or_exc, "value", failure_or_exc)
        kind = error_kind(exc)
        request = request or getattr(failure_or_exc, "request", None)
        if kind in ("dns", "connection") and self._host_counted(request):
            return kind  # DropUnreachableSites counted this host's failure already
        return self.count_error_kind(kind, request)

    def _host_counted(self, request: Any) -> bool:
        """Whether DropUnreachableSites counted the failure of ``request``'s host."""
        hosts = self.crawler.stats.get_value("newsarchive/unreachable_hosts", [])
        url = getattr(request, "url", None)
        return bool(url) and urlsplit(url).netloc in hosts

    def count_error_kind(self, kind: str, source: Any = None) -> str:
        """Count one failure of ``kind``; ``source``, the request or response it befell,
        says whose site's it is too."""
        self.crawler.stats.inc_value(f"newsarchive/errors/{kind}")
        if source is not None:
            count_fetch_error(self.crawler.stats, source, kind, self)
        return kind

    def page_failed(self, failure: Any) -> None:
        request = getattr(failure, "request", None)
        article = request is not None and request.meta.get("article")
        reason = str(getattr(failure, "value", ""))
        if article:
            # An article request that got no page: its outcome is settled here.
            ticket = self.ledger.open_page(request.url, request.meta.get("site", ""))
            if reason == KNOWN_UNCHANGED:
                self.ledger.settle(ticket, "pages_skipped")
                return
            if reason == SITE_UNREACHABLE or self._host_counted(request):
                # Not fetched: its site's one failure is counted already.
                self.ledger.settle(ticket, "errors/site_unreachable")
                return
        elif reason in (KNOWN_UNCHANGED, SITE_UNREACHABLE):
            return
        exc = getattr(failure, "value", None)
        kind = error_kind(exc)
        if article:
            self.ledger.settle(ticket, f"errors/{kind}")
        else:
            self.count_error(failure)
        if request is not None and request.meta.get("home"):
            # A start page that answers 404 is a wrong base URL, not a broken link:
            # the crawl must not end "ok" on it (scraper.crawl judges it). A counter
            # too: a distributed crawl adds up counters only.
            self.crawler.stats.inc_value("newsarchive/start_page_failures")
            count_start_page_failed(self.crawler.stats, request)
            failed = self.crawler.stats.get_value("newsarchive/start_pages_failed", [])
            self.crawler.stats.set_value(
                "newsarchive/start_pages_failed", [*failed, f"{request.url} ({kind})"]
            )
        self.logger.warning("%s (%s): %s", kind, type(exc).__name__, getattr(request, "url", "?"))

    def discovery_failed(self, failure: Any) -> None:
        # A missing sitemap or API is normal; a site that cannot be reached is not,
        # and the home page request reports that.
        exc = getattr(failure, "value", None)
        if type(exc).__name__ not in {"HttpError", "IgnoreRequest"}:
            self.crawler.stats.inc_value("newsarchive/discovery_failures")
        request = getattr(failure, "request", None)
        source = discovery_source(request)
        if source and type(exc).__name__ != "IgnoreRequest":
            count_discovery(self.crawler.stats, request, source, status=error_kind(exc))
        kind = error_kind(exc) if exc is not None else "other"
        if request is None or not self._server_failure(kind, request):
            return
        key = canonicalize_url(request.url)
        if not request.meta.get("named") and key not in self.named_pages:
            # Tried on the chance (/feed/, /sitemap.xml): counted if the site names it
            # later in this crawl, when that request goes to the dupefilter (``named``).
            self.failed_guesses[key] = kind
            return
        self.count_error(failure, request)

    def _server_failure(self, kind: str, request: Request) -> bool:
        """Whether a discovery page's failure is its server's: 5xx after retries, a
        timeout, a body cut short, or a connection dropped by the origin the crawl reads.
        Not one we refused (too large), nor a host or scheme that does not answer at
        all (an https sitemap of an http-only site): those would make a healthy site's
        every night partial."""
        if kind.startswith("http_") or kind in ("timeout", "truncated"):
            return True
        if kind != "connection":
            return False
        site = self.sites.get(request.meta.get("site", ""))
        origin = urlsplit(site.base_url.lower())[:2] if site is not None else None
        return urlsplit(request.url.lower())[:2] == origin

    def named(self, request: Request) -> Request:
        """A discovery page the site itself names (in robots.txt, a sitemap index, its
        home page's feed links, a feed's or the API's paging): when its server fails it,
        the articles listed only there are missing, and the night is partial (a page
        tried on the chance, /wp-sitemap.xml on a site without one, is not). A request
        for an address already tried on the chance goes to the dupefilter: that try's
        failure is counted now, or when it comes."""
        key = canonicalize_url(request.url)
        self.named_pages.add(key)
        kind = self.failed_guesses.pop(key, None)
        if kind is not None:
            self.count_error_kind(kind, request)
        return request


def content_type_of(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


def merge_hints(merged: dict, hints: dict) -> None:
    """Merge what one discovery source says into what others said, order-free.

    The API is the most trusted source: its values replace a feed's. Between sources
    of equal trust the smaller value wins, so the result never depends on which
    response arrived first.
    """
    if not hints:
        return
    trust = _TRUST.get(hints.get("published_source"), 0)
    held = _TRUST.get(merged.get("published_source"), 0)
    for key, value in hints.items():
        if value in (None, [], ""):
            continue
        current = merged.get(key)
        tie_won = trust == held and key in _ORDERED_KEYS and repr(value) < repr(current)
        if key not in merged or trust > held or tie_won:
            merged[key] = value


_TRUST = {"api": 2, "feed": 1}
_ORDERED_KEYS = {"published", "modified", "lastmod", "title", "tags", "categories"}


# The query parameters that page a feed (GData's, which Blogger's feeds use).
_FEED_PAGE_PARAMS = ("start-index", "max-results")


def _own_next_page(feed_url: str, next_href: str | None) -> str | None:
    """A feed's next page as the site serves it: ``next_href`` resolved against the
    feed's URL, and, when it names another host (Blogger links
    ``https://www.blogger.com/feeds/<blog id>/posts/default?start-index=26&…`` from a
    blog's own ``/feeds/posts/default``), the same page of the feed the crawl read, on
    the blog's host (its paging parameters on the feed's own URL)."""
    if not next_href:
        return None
    joined = urljoin(feed_url, next_href)
    if same_site(joined, feed_url):
        return joined
    paging = [(k, v) for k, v in parse_qsl(urlsplit(joined).query) if k in _FEED_PAGE_PARAMS]
    if not any(k == "start-index" for k, _ in paging):
        return None
    own = urlsplit(feed_url)
    kept = [(k, v) for k, v in parse_qsl(own.query) if k not in _FEED_PAGE_PARAMS]
    return urlunsplit(own._replace(query=urlencode(kept + paging)))
