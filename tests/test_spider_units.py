"""The spider's pure helpers and the discovery parsers, without a crawl."""

import pytest
from scrapy.exceptions import CannotResolveHostError, DownloadTimeoutError, IgnoreRequest

from spiders.discovery import (
    feed_next_page,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
    parse_wp_terms,
)
from spiders.errors import error_kind


def test_error_kinds():
    assert error_kind(CannotResolveHostError("x")) == "dns"
    assert error_kind(DownloadTimeoutError("x")) == "timeout"
    assert error_kind(IgnoreRequest("Forbidden by robots.txt")) == "robots"
    assert error_kind(ValueError("x")) == "other"


def test_sitemap_index_skips_taxonomies_and_users():
    body = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://a.id/wp-sitemap-posts-post-1.xml</loc></sitemap>
    <sitemap><loc>https://a.id/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
    <sitemap><loc>https://a.id/wp-sitemap-users-1.xml</loc></sitemap></sitemapindex>"""
    children, urls = parse_sitemap(body)
    assert children == ["https://a.id/wp-sitemap-posts-post-1.xml"] and urls == []


def test_urlset_keeps_lastmod():
    body = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>https://a.id/berita/</loc><lastmod>2023-11-12T11:54:28+00:00</lastmod></url></urlset>"""
    _, urls = parse_sitemap(body)
    assert urls[0].url == "https://a.id/berita/"
    assert urls[0].hints == {"lastmod": "2023-11-12T11:54:28+00:00"}


def test_a_news_sitemaps_publication_date_is_a_feeds():
    """A Google News sitemap (Yoast News SEO, Rank Math) lists the last two days'
    articles with ``<news:publication_date>`` and often no ``<lastmod>``: Scrapy's
    reading keeps an entry's top-level fields only, so the date was lost, and ``crawl
    --since`` could not skip those entries. It is read as a feed's ``pubDate`` is."""
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
     xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://a.id/polres-gelar-apel/</loc><news:news><news:publication>
      <news:name>Warta Banua</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>2024-01-09T10:12:00+08:00</news:publication_date>
      <news:title>Polres Gelar Apel</news:title></news:news></url>
    <url><loc> https://a.id/kedua/ </loc><lastmod>2024-01-10T01:00:00+00:00</lastmod>
      <news:news><news:publication_date>2024-01-08</news:publication_date></news:news></url>
    <url><loc>https://a.id/tanpa-tanggal/</loc></url></urlset>"""
    _, urls = parse_sitemap(body)
    assert [(u.url, u.hints) for u in urls] == [
        (
            "https://a.id/polres-gelar-apel/",
            {"published": "2024-01-09T10:12:00+08:00", "published_source": "feed"},
        ),
        (
            "https://a.id/kedua/",
            {
                "lastmod": "2024-01-10T01:00:00+00:00",
                "published": "2024-01-08",
                "published_source": "feed",
            },
        ),
        ("https://a.id/tanpa-tanggal/", {}),
    ]


def test_crawl_since_skips_news_sitemap_entries_published_before_it(tmp_path):
    """``crawl --since`` skips sitemap entries last changed before the day; a news
    sitemap's entry with no ``<lastmod>`` is as old as its publication."""
    from scrapy.http import Request, XmlResponse
    from scrapy.utils.test import get_crawler

    from scraper.sites import site_for_url
    from spiders.news import NewsSpider

    site = site_for_url("https://a.id/")
    settings = {
        "NEWSARCHIVE_DB": str(tmp_path / "a.db"),
        "NEWSARCHIVE_WORKERS": 0,
        "NEWSARCHIVE_SINCE": "2024-01-09",
    }
    crawler = get_crawler(NewsSpider, settings)
    spider = NewsSpider.from_crawler(crawler, sites=[site])
    crawler.spider = spider
    entry = (
        "<url><loc>https://a.id/{}/</loc><news:news><news:publication_date>{}"
        "</news:publication_date></news:news></url>"
    )
    body = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + entry.format("baru", "2024-01-09T10:12:00+08:00")
        + entry.format("lama", "2024-01-07T10:12:00+08:00")
        + "</urlset>"
    ).encode()
    url = "https://a.id/news-sitemap.xml"
    response = XmlResponse(url, body=body, request=Request(url, meta={"site": site.name}))
    list(spider.parse_sitemap(response))
    assert list(spider.held) == ["https://a.id/baru/"]


def test_entity_expansion_is_not_resolved():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">
    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
    <rss><channel><item><link>https://a.id/x/&b;</link></item></channel></rss>"""
    for entry in parse_feed(bomb):
        assert "aaaaaaaaaa" not in entry.url


def test_rss_and_atom_feeds():
    rss = b"""<rss version="2.0"><channel><item><title>A</title><link>https://a.id/a/</link>
    <pubDate>Sun, 12 Nov 2023 11:54:28 +0000</pubDate></item></channel></rss>"""
    (item,) = parse_feed(rss)
    assert item.url == "https://a.id/a/"
    assert item.hints == {
        "published": "Sun, 12 Nov 2023 11:54:28 +0000",
        "published_source": "feed",
    }
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry>
    <link rel="alternate" href="https://a.id/b.html"/><link rel="replies" href="https://a.id/c"/>
    <published>2024-02-26T10:45:00+08:00</published></entry></feed>"""
    (entry,) = parse_feed(atom)
    assert entry.url == "https://a.id/b.html"
    assert parse_feed(b"not xml at all") == []


def test_a_paged_feed_names_its_next_page():
    """Blogger's Atom feed and an RSS channel's ``atom:link`` (RFC 5005); an entry's own
    links are not the feed's."""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://a.id/f"/>
    <link rel="next" href="https://a.id/feeds/posts/default?start-index=26&amp;max-results=25"/>
    <entry><link rel="next" href="https://a.id/x"/></entry></feed>"""
    assert feed_next_page(atom) == "https://a.id/feeds/posts/default?start-index=26&max-results=25"
    rss = b"""<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
    <atom:link rel="next" href="https://a.id/feed/?paged=2"/><item><link>https://a.id/a/</link>
    </item></channel></rss>"""
    assert feed_next_page(rss) == "https://a.id/feed/?paged=2"
    last = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="next" href="https://a.id/x"/>
    </entry></feed>"""
    assert feed_next_page(last) is None
    assert feed_next_page(b"not xml") is None
    # The page as the blog serves it: Blogger's API host's link on the feed's own URL,
    # a relative link resolved, another site's feed not followed.
    from spiders.news import _own_next_page

    blog = "https://humas.blogspot.com/feeds/posts/default?alt=rss"
    api = "https://www.blogger.com/feeds/44/posts/default?alt=rss&start-index=26&max-results=25"
    assert _own_next_page(blog, api) == blog + "&start-index=26&max-results=25"
    assert _own_next_page("https://a.id/feed/", "?paged=2") == "https://a.id/feed/?paged=2"
    assert _own_next_page("https://a.id/feed/", "https://b.id/feed/?paged=2") is None


def test_wp_posts_and_terms():
    posts = parse_wp_posts(
        b'[{"id": 1, "type": "post", "link": "https://a.id/x/", "date_gmt": "2023-11-12T11:54:28",'
        b' "modified_gmt": "2023-11-12T12:00:00", "title": {"rendered": "Judul &amp; Isi"},'
        b' "tags": [5], "categories": [2]}, {"id": 2, "type": "page", "link": "https://a.id/p/"}]'
    )
    (post,) = posts
    assert post.hints["published"] == "2023-11-12T11:54:28"
    assert post.hints["published_is_utc"] and post.hints["known_post"]
    assert post.hints["title"] == "Judul & Isi" and post.hints["tag_ids"] == [5]
    assert parse_wp_posts(b'{"code": "rest_no_route"}') == []
    assert parse_wp_terms(b'[{"id": 5, "name": "BeritaPolisi"}]') == {5: "BeritaPolisi"}


def test_progress_line_counts():
    from types import SimpleNamespace

    from pipelines.progress import ProgressReporter

    # Pages as Scrapy counts responses, live (newsarchive/pages_fetched is set only
    # once the crawl ends); articles read as the ledger opens them.
    stats = {
        "downloader/response_count": 120,
        "newsarchive/article_pages": 80,
        "newsarchive/articles_new": 34,
        "newsarchive/articles_duplicate": 2,
        "newsarchive/errors/timeout": 2,
        "newsarchive/errors/http_500": 1,
    }
    crawler = SimpleNamespace(stats=SimpleNamespace(get_stats=lambda: stats))
    line = ProgressReporter(crawler).line()
    assert line.startswith("pages 120 · articles read 80 · new 34 ·") and "duplicates 2" in line
    assert line.endswith("errors 3")


def test_charset_mislabels():
    from scraper.extract.charset import better_encoding

    cp1252 = "Jum’at, André".encode("cp1252")
    utf8 = "Jum’at, André".encode()
    assert better_encoding(cp1252, "utf-8") == "cp1252"
    assert better_encoding(utf8, "cp1252") == "utf-8"
    assert better_encoding(utf8, "utf-8") is None
    assert better_encoding(b"plain ascii", "cp1252") is None


def test_a_utf8_page_with_a_stray_windows_1252_byte_stays_utf8():
    """One byte 0x92 in a comment widget made the whole UTF-8 page windows-1252: its
    title "Skala Besar â€“ Antisipasi â€œBalap Liarâ€�" (helper-110). Whatever the
    label, a page of UTF-8 characters keeps them and the stray byte is read alone; a
    windows-1252 page, whose high bytes are all strays, is still windows-1252."""
    from scraper.extract.charset import decode_html

    page = "<title>Skala Besar – Antisipasi “Balap Liar”</title><p>Komentar: it@s</p>"
    body = page.encode().replace(b"@", b"\x92")
    expected = page.replace("@", "’")
    for header in ("text/html; charset=UTF-8", "text/html; charset=ISO-8859-1", None):
        assert decode_html(body, header) == expected
    cp1252 = "<p>“Polisi” – tangkap … café, Jum’at</p>"
    for header in ("text/html; charset=UTF-8", "text/html; charset=windows-1252", None):
        assert decode_html(cp1252.encode("cp1252"), header) == cp1252


def test_mojibake_a_site_stored_is_repaired():
    """A WordPress database that stored UTF-8 read as windows-1252 serves it in a valid
    UTF-8 page: everywhere (title, text, author "Hj. Siti Nurâ€™aini"), or in its JSON-LD
    headline only, which then beat the right <title> (helper-110). Accented capitals
    that are no such marks stay."""
    from scraper.extract.charset import decode_html

    right = "Sosialisasi “Stop Bullying” – Hj. Siti Nur’aini, café"
    # As the site's database has it: every byte as windows-1252 shows it, the five it
    # leaves undefined (0x9d of "”") as Latin-1 does.
    garbled = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in right.encode()
    )
    assert garbled.startswith("Sosialisasi â€œStop")
    assert decode_html(f"<h1>{garbled}</h1>".encode()) == f"<h1>{right}</h1>"
    kept = "<p>Ângela, São Paulo, Âmbito — “ya” – Ã</p>"
    assert decode_html(kept.encode()) == kept
    # Only the pieces with marks are repaired (ftfy over a whole page costs ~1 ms per KB,
    # helper-113): the rest of the page is left as it was, byte for byte.
    page = f'<p>{kept}</p>\n<footer>Â© 2024 Polres</footer><script>{{"h": "{garbled}"}}</script>'
    assert decode_html(page.encode()) == (
        f'<p>{kept}</p>\n<footer>© 2024 Polres</footer><script>{{"h": "{right}"}}</script>'
    )


def test_decode_html_blanks_every_c0_control_but_whitespace():
    """Each control character lxml refuses becomes a space, wherever it is; tab,
    newline and carriage return stay (the test that finds them is not a regex)."""
    from scraper.extract.charset import decode_html

    for code in [*range(1, 9), 11, 12, *range(14, 32)]:
        body = f"<p>Polres\tTala{chr(code)}Pelaihari\r\n–</p>".encode()
        assert decode_html(body, "text/html; charset=UTF-8") == "<p>Polres\tTala Pelaihari\r\n–</p>"
    assert decode_html("<p>a\x00b é</p>".encode()) == "<p>a\x00b é</p>"  # NUL: lxml's own


def test_item_pipelines_are_synchronous():
    """The crawl runs CONCURRENT_ITEMS = 1 because every item pipeline finishes an item
    before returning it: one that awaited (a coroutine, a Deferred) would hold each
    response's other outputs behind it, or reorder them with a larger setting."""
    import inspect

    from scrapy.utils.misc import load_object

    from scraper.cluster.run import cluster_settings
    from scraper.settings import build_settings

    settings = build_settings()
    assert settings["CONCURRENT_ITEMS"] == 1
    paths = {
        *settings["ITEM_PIPELINES"],
        *cluster_settings("worker", "redis://x", "p", {})["ITEM_PIPELINES"],
    }
    assert len(paths) == 5
    for path in paths:
        method = load_object(path).process_item
        assert not inspect.iscoroutinefunction(method), path
        assert not inspect.isasyncgenfunction(method), path
        assert "Deferred" not in inspect.getsource(method), path


def test_a_crawl_opens_no_remote_control_server():
    """Scrapy 2.19 enables by default an extension that serves, on a port of
    127.0.0.1, an endpoint executing Python code sent to it (its token in a job file
    under ~/.local/state/scrapy). A cron crawl must not open one, nor import it: Scrapy
    imports every extension its list names, disabled or not, and this one's import
    (aiohttp) cost every crawl 0.8 s of CPU."""
    from scrapy.settings import Settings
    from scrapy.utils.conf import build_component_list

    from scraper.settings import build_settings

    settings = Settings(build_settings())
    listed = {**settings["EXTENSIONS_BASE"], **settings["EXTENSIONS"]}
    assert not [path for path in listed if "remote_control" in path]
    assert "scrapy.extensions.corestats.CoreStats" in listed  # the rest of Scrapy's list
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    extensions = build_component_list(settings.getwithbase("EXTENSIONS"))
    assert "pipelines.progress.ReportUnaccounted" in extensions


def test_an_extension_a_user_switches_on_runs():
    """``-s TELNETCONSOLE_ENABLED=true`` (or REMOTE_CONTROL_ENABLED) asks for Scrapy's
    extension: left out of EXTENSIONS_BASE, it silently never ran."""
    from scrapy.settings import Settings
    from scrapy.utils.conf import build_component_list

    from scraper.settings import build_settings

    for key, path in [
        ("TELNETCONSOLE_ENABLED", "scrapy.extensions.telnet.TelnetConsole"),
        ("REMOTE_CONTROL_ENABLED", "scrapy.extensions.remote_control.RemoteControl"),
    ]:
        settings = Settings(build_settings({key: True}))
        assert path in build_component_list(settings.getwithbase("EXTENSIONS")), key
    settings = Settings(build_settings({"TELNETCONSOLE_ENABLED": False}))
    assert not [
        p for p in build_component_list(settings.getwithbase("EXTENSIONS")) if "telnet" in p
    ]


def test_the_spider_closes_once(tmp_path):
    """Scrapy calls a spider's ``closed`` when it closes; connected to the signal as
    well, it ran twice (the page reader closed twice, every learnt container logged
    twice)."""
    from scrapy import signals
    from scrapy.utils.test import get_crawler

    from spiders.news import NewsSpider

    crawler = get_crawler(
        NewsSpider, {"NEWSARCHIVE_DB": str(tmp_path / "a.db"), "NEWSARCHIVE_WORKERS": 0}
    )
    spider = NewsSpider.from_crawler(crawler, sites=[])
    crawler.spider = spider
    closes = []
    original = spider.reader.close
    spider.reader.close = lambda: (closes.append(1), original())
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    assert closes == [1]


class _Known:
    """A stored article and the change marker kept when it was fetched."""

    def __init__(self, marker: str | None):
        self.marker = marker

    def lookup(self, url: str) -> tuple[int, str | None]:
        return 1, self.marker

    def is_non_article(self, url: str) -> bool:
        return False


def _skip(marker: str | None):
    from spiders.middlewares import SkipKnownArticles

    middleware = object.__new__(SkipKnownArticles)
    middleware.full = False
    middleware.known = _Known(marker)
    return middleware


def test_a_known_posts_marker_written_another_way_is_no_change():
    # An archive from before the API's ``modified`` kept its offset holds the post's
    # ``modified_gmt``; the API now says the same moment in WITA. Compared as text,
    # every known WordPress post was fetched again the first night after the upgrade.
    from scrapy.http import Request

    def asked(stored: str | None, modified: str) -> bool:
        request = Request(
            "https://a.id/x/", meta={"article": True, "hints": {"modified": modified}}
        )
        try:
            return _skip(stored).process_request(request) is None
        except IgnoreRequest:
            return False

    assert not asked("2024-01-21T04:25:00", "2024-01-21T12:25:00+08:00")
    assert not asked("2024-01-21T04:25:00+00:00", "2024-01-21T11:25:00+07:00")
    assert not asked("2024-01-21T12:25:00+08:00", "2024-01-21T12:25:00+08:00")
    # A later edit, a marker never kept, or markers that are no times: fetched.
    assert asked("2024-01-21T04:25:00", "2024-01-21T12:26:00+08:00")
    assert asked(None, "2024-01-21T12:25:00+08:00")
    assert asked("kemarin", "2024-01-21T12:25:00+08:00")
    assert asked("2024-01-21T04:25:00", "hari ini")


def test_discovery_pages_pass_on_only_the_crawls_own_request_keys(tmp_path):
    """A discovery page's requests for the pages it names (robots.txt's sitemaps, an
    index's child sitemaps, a feed's next page, the API's later pages) took a copy of
    its whole ``meta``, Scrapy's bookkeeping included: a sitemap index that needed its
    two retries left each child sitemap none (``retry_times`` 2 of ``RETRY_TIMES`` 2),
    and a redirected one shortened its children's redirect allowance. The API's later
    pages were sent with page 1's validators (``If-None-Match``) instead of their own."""
    import asyncio

    from scrapy.http import Request, Response, TextResponse, XmlResponse
    from scrapy.utils.test import get_crawler

    from scraper.sites import site_for_url
    from spiders.news import NewsSpider

    site = site_for_url("https://a.id/")
    settings = {"NEWSARCHIVE_DB": str(tmp_path / "a.db"), "NEWSARCHIVE_MAX_LISTING_PAGES": 9}
    crawler = get_crawler(NewsSpider, settings)
    spider = NewsSpider.from_crawler(crawler, sites=[site])
    crawler.spider = spider
    own = {"site": site.name, "handle_httpstatus_list": [404], "conditional": True}
    scrapys = {
        "retry_times": 2,
        "redirect_times": 1,
        "redirect_ttl": 19,
        "redirect_urls": ["https://a.id/sitemap.xml"],
        "download_latency": 0.2,
        "download_slot": "a.id",
        "depth": 1,
    }

    def answer(cls: type[Response], url: str, body: bytes, **kwargs) -> Response:
        # Sent with its own validators, which the pages it names must not reuse.
        sent = Request(url, meta={**own, **scrapys}, headers={"If-None-Match": '"v1"'})
        return cls(url, body=body, request=sent, **kwargs)

    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://a.id/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>"
    )
    feed = (
        b'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        b'<atom:link rel="next" href="https://a.id/feed/?paged=2"/>'
        b"<item><link>https://a.id/berita-satu/</link></item></channel></rss>"
    )
    posts = b'[{"id": 1, "type": "post", "link": "https://a.id/berita-dua/"}]'

    async def api_requests() -> list:
        response = answer(
            TextResponse, "https://a.id/wp-json/wp/v2/posts?per_page=100&page=1", posts,
            headers={"X-WP-TotalPages": "2"},
        )  # fmt: skip
        return [r async for r in spider.parse_wp_posts(response) if isinstance(r, Request)]

    robots = b"Sitemap: https://a.id/sitemap_index.xml\n"
    named = [
        *spider.parse_robots(answer(TextResponse, "https://a.id/robots.txt", robots)),
        *spider.parse_sitemap(answer(XmlResponse, "https://a.id/sitemap_index.xml", index)),
        *spider.parse_feed(answer(XmlResponse, "https://a.id/feed/", feed)),
        *asyncio.run(api_requests()),
    ]
    # robots.txt's sitemap, then the usual addresses it did not name, tried on the chance.
    guessed = {"https://a.id/sitemap.xml", "https://a.id/wp-sitemap.xml"}
    assert sorted(r.url for r in named if isinstance(r, Request)) == [
        "https://a.id/feed/?paged=2",
        "https://a.id/sitemap.xml",
        "https://a.id/sitemap_index.xml",
        "https://a.id/wp-json/wp/v2/posts?per_page=100&page=2",
        "https://a.id/wp-sitemap-posts-post-1.xml",
        "https://a.id/wp-sitemap.xml",
    ]
    named = [r for r in named if r.url not in guessed]
    for request in named:
        assert not scrapys.keys() & request.meta.keys(), request
        assert b"If-None-Match" not in request.headers, request
        assert request.meta["named"], request
        assert {k: request.meta[k] for k in own} == own, request


def test_a_redirect_target_is_requested_once(tmp_path):
    """An old URL that discovery listed with its lastmod and date redirects to the
    post's new URL, which a listing also links: a link after the redirect made a second
    request for the target (helper-96's review). The redirect passes the old URL's
    hints on: its lastmod is the post's change marker (helper-97's review)."""
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    from scraper.sites import site_for_url
    from spiders.news import NewsSpider

    old, new = "https://a.id/lama/polres-gelar-apel/", "https://a.id/berita/polres-gelar-apel/"
    hints = {"lastmod": "2023-01-01T00:00:00+00:00", "published": "2022-12-31"}

    def requests_for_new(redirect_first: bool) -> list:
        site = site_for_url("https://a.id/")
        db = tmp_path / f"{redirect_first}.db"
        crawler = get_crawler(NewsSpider, {"NEWSARCHIVE_DB": str(db), "NEWSARCHIVE_WORKERS": 0})
        spider = NewsSpider.from_crawler(crawler, sites=[site])
        crawler.spider = spider
        crawler.stats.open_spider()
        spider.first_phase = False
        moved = Response(
            old, status=301, headers={"Location": new},
            request=spider.fetch_article(old, site, hints=hints),
        )  # fmt: skip
        redirect = lambda: spider.follow_redirect(moved, site, spider.ledger.open_page(old))  # noqa: E731
        link = lambda: spider.article_request(new, site)  # noqa: E731
        made = [*redirect(), *link()] if redirect_first else [*link(), *redirect()]
        return [r for r in made if isinstance(r, Request)]

    first, second = requests_for_new(True), requests_for_new(False)
    assert len(first) == len(second) == 1
    assert first[0].url == second[0].url == new
    assert first[0].meta["hints"] == hints


@pytest.mark.parametrize(
    ("home", "takedown"),
    [
        ("https://polres.contoh.go.id/", True),  # the site's own home page
        ("https://contoh.go.id/", True),  # another host of its domain (helper-121)
        ("https://slot-gacor.top/", False),  # a parked domain's (helper-119)
    ],
)
def test_a_redirect_home_is_a_takedown_only_within_the_sites_domain(tmp_path, home, takedown):
    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    from scraper.items import Takedown
    from scraper.sites import site_for_url
    from spiders.news import NewsSpider

    site = site_for_url("https://polres.contoh.go.id/")
    post = "https://polres.contoh.go.id/2023/11/apel-pagi/"
    crawler = get_crawler(NewsSpider, {"NEWSARCHIVE_DB": str(tmp_path / "a.db")})
    spider = NewsSpider.from_crawler(crawler, sites=[site])
    crawler.spider = spider
    crawler.stats.open_spider()
    moved = Response(
        post, status=301, headers={"Location": home}, request=spider.fetch_article(post, site)
    )
    made = list(spider.follow_redirect(moved, site, spider.ledger.open_page(post)))
    assert any(isinstance(item, Takedown) for item in made) == takedown, made
