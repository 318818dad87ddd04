"""What the probe asks, in order: the home page, the discovery sources, then a few
sample articles, within ``fetcher.MAX_REQUESTS``.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

from scraper.extract import NotAnArticle
from scraper.extract.page import parse_html
from scraper.probe.decide import (
    ZONE_LABELS,
    _generator,
    _labels,
    _visible_text,
    decide_platform,
    decide_province,
    decide_zone,
    indonesian_share,
    owner_of,
    page_zone,
    platform_evidence,
    province_zone,
    suspicions,
    zone_observations,
)
from scraper.probe.fetcher import (
    API_PATH,
    BLOGGER_FEED,
    MAX_FEEDS,
    MAX_REDIRECTS,
    MAX_SITEMAPS,
    NETWORK_ERRORS,
    ODOO_BLOG,
    SAMPLE_TRIES,
    SAMPLES,
    WORDPRESS_FEED,
    BadUrl,
    Fetched,
    Fetcher,
    ProbeError,
    _xml_body,
)
from scraper.probe.report import Decision, ProbeReport, Sample, Source
from scraper.reading import PageLinks, read_links, read_page
from scraper.sites import SiteDefinition
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
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
    sitemap_urls_from_robots,
)


def start_url(url: str) -> str:
    """The home page to start from; ``BadUrl`` for anything that is not a web address."""
    text = url.strip()
    if "://" not in text and re.match(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", text, re.I):
        text = "https://" + text
    try:
        # urlsplit itself raises on a malformed IPv6 host ("http://[::1/"): exit 2 with
        # the address, not exit 1 with Python's "Invalid IPv6 URL".
        parts = urlsplit(text)
    except ValueError as exc:
        raise BadUrl(f"{url!r} is not a web address ({exc})") from None
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
    links = read_links(tree, True, home.encoding()) if tree is not None else PageLinks()
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
        asked.append(f"{_target(url)} {answer.outcome()}")
        body = _xml_body(answer)
        entries = parse_feed(body) if body else []
        if entries:
            found, worked = entries, url
            bodies.append(body)
    if not found:
        return Source("feed", False, "no feed found", asked), [], bodies
    summary = f"1 feed ({_target(worked)}), {len(found)} entries"
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
    return read_links(tree, False, answer.encoding()).hrefs if tree is not None else []


def _target(url: str) -> str:
    """The path and query of ``url``: Joomla's feed is ``/index.php?format=feed&type=rss``,
    and its path alone names the home page."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _path(url: str, base: str) -> str:
    return "/" + url[len(base) :] if url.startswith(base) else url


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
    html, encoding = page.html(), page.encoding()
    reading = read_page(html, page.final_url, True, site, fetched_at, hints, encoding=encoding)
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
