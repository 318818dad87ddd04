"""A regional portal on tagDiv's "Newspaper" WordPress theme (``tests/platforms/
newsroom.py``), crawled with no definition as a new user points ``newsarchive crawl
--url`` at it: every article once, under its permalink, whole (both pages of the split
one), with its headline, author and publication time in WITA.

What trips a crawler there: every machine date is UTC (Yoast's ``@graph`` and
``article:published_time``, the theme's ``<time datetime>``) and the pages print the day
alone, so only the REST API's ``date`` beside ``date_gmt`` says the site runs on WITA
(``spiders.discovery._with_offset``); two ``time.entry-date.updated.td-module-date``
in the header, the second the "Diperbarui" edit; teaser dates in the "Populer"
sidebar, the related posts and the listings ("2 jam yang lalu"), comment times; the
``?amp=1`` and ``/amp/`` twins, ``?p=`` shortlinks, FS Poster and ``utm_*`` links;
``wp_link_pages()``'s page numbers under a split post's page (``cleanup._page_links``).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scraper.crawl import run_crawl
from scraper.extract import NotAnArticle, extract_article
from scraper.reading import read_page
from scraper.sites import SiteDefinition, site_for_url
from spiders.discovery import parse_wp_posts
from tests.conftest import assert_whole_and_clean, crawl_two_nights, stored_articles
from tests.platforms import newsroom

FAST = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
HOST = "http://wartabanua.example.id"
# Three crawls, tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=30)
# What the theme and its plugins put around the text; none of it is the article's.
CHROME = (
    "Baca Juga",
    "BACA JUGA",
    "Advertisement",
    "Bagikan",
    "WhatsApp",
    "ARTIKEL TERKAIT",
    "Populer",
    "Diperbarui",
    "Oleh",
    "Foto: Dok.",
    "sejak 2019",  # the author box
    "Mantap pak polisi",  # a comment
    "Artikel sebelumnya",
    "Tags",
)


def test_a_newspaper_portal_is_archived_once_whole_in_its_own_zone(tmp_path):
    db = tmp_path / "n.db"
    with newsroom.serve_newsroom() as served:
        base = str(served)
        crawl_two_nights(served, db)  # the next night adds nothing
    articles, aliases = stored_articles(db)
    # Every article once under its permalink, its headline without " - Warta Banua",
    # its publication in WITA: not the UTC the pages print (it was "…T02:12:00+00:00"),
    # not the "Diperbarui" edit, a sidebar's, a related post's or a comment's date.
    got = {u: (t, p, a) for u, (t, p, a, _) in articles.items()}
    assert got == {u: (t, p, [a]) for u, (t, p, a) in newsroom.expected(base).items()}
    assert_whole_and_clean(articles, base, newsroom.POSTS, CHROME)
    # The twins and tracked links it met are recorded as aliases of the article.
    root = base.rstrip("/")
    split = next(p for p in newsroom.POSTS if p.number in newsroom.SPLIT)
    assert aliases[root + split.path + "2/"] == root + split.path
    assert any(a.startswith(root + "/?p=") for a in aliases)
    assert any(a.endswith("/amp/") for a in aliases)
    assert any("feed_id=" in a for a in aliases) and any("utm_source=" in a for a in aliases)
    assert len(stored_articles(db)[0]) == len(newsroom.POSTS)


def test_a_newspaper_portal_with_no_api_sitemap_or_feed_is_read_through_its_listings(
    tmp_path,
):
    db = tmp_path / "n.db"
    with newsroom.serve_newsroom(frozenset()) as served:
        base = str(served)
        first = run_crawl([site_for_url(base)], db, dict(FAST))
        requested = list(served.requests)
    assert first.status == "ok", first.line()
    articles, _ = stored_articles(db)
    want = newsroom.expected(base)
    assert set(articles) == set(want)
    for url, (title, published, authors, _) in articles.items():
        assert (title, authors) == (want[url][0], [want[url][2]]), url
        # No page says the site's zone here (UTC values, days without a clock): the
        # moment is right, in whatever offset the archive could know.
        assert datetime.fromisoformat(published) == datetime.fromisoformat(want[url][1]), url
    assert_whole_and_clean(articles, base, newsroom.POSTS, CHROME)
    # "Berita" paged to its last page on the first crawl (the home page's "Muat lebih
    # banyak" is an admin-ajax button with no URL).
    assert "/category/berita/page/4/" in requested


def test_wordpress_api_date_beside_date_gmt_gives_the_sites_offset():
    # date_gmt alone was kept as UTC: on a site whose pages print UTC only, every
    # article was stored at +00:00 although WordPress said its clock is WITA.
    site = newsroom.make_site(HOST + "/")
    status, _, body = site("/wp-json/wp/v2/posts?per_page=100&page=1")
    assert status == 200
    found = {d.url: d.hints for d in parse_wp_posts(body.encode())}
    for post in newsroom.POSTS:
        hints = found[HOST + post.path]
        assert hints["published"] == post.release.aware(newsroom.OFFSET).isoformat()
        assert not hints.get("published_is_utc")
        assert hints["modified"].endswith("+08:00")
    # A UTC site (date == date_gmt), or a date_gmt alone: UTC as before.
    utc = parse_wp_posts(
        b'[{"link": "https://a.id/x/", "date": "2024-01-09T02:12:00",'
        b' "date_gmt": "2024-01-09T02:12:00"}, {"link": "https://a.id/y/",'
        b' "date_gmt": "2024-01-09T02:12:00"}]'
    )
    assert [d.hints["published"] for d in utc] == ["2024-01-09T02:12:00"] * 2
    assert all(d.hints["published_is_utc"] for d in utc)
    # Nonsense (a date a day off, not a zone) is no offset.
    odd = parse_wp_posts(
        b'[{"link": "https://a.id/x/", "date": "2024-01-10T02:12:00",'
        b' "date_gmt": "2024-01-09T02:12:00"}]'
    )
    assert odd[0].hints["published"] == "2024-01-09T02:12:00"


def serve_page(target: str) -> str:
    status, _, body = newsroom.make_site(HOST + "/")(target)
    assert status == 200, target
    return body


def test_the_apis_offset_puts_the_pages_utc_times_in_the_sites_zone():
    # The API gave the publication with +08:00; the page's own "Diperbarui" and
    # Yoast's dateModified are UTC. The page's zone was unknown, so the edit time was
    # stored at +00:00 and the site never learned it is in WITA.
    post = newsroom.POSTS[3]
    hints = {
        "published": post.release.aware(newsroom.OFFSET).isoformat(),
        "published_source": "api",
        "known_post": True,
    }
    record = extract_article(serve_page(post.path), HOST + post.path, FETCHED, hints=hints)
    assert record.published_at == "2024-01-19T09:25:00+08:00"
    assert record.modified_at == "2024-01-21T12:25:00+08:00"
    assert record.zone == "Asia/Makassar"


def test_a_split_posts_page_leaves_its_page_numbers_out_of_the_text():
    # wp_link_pages()'s "1 2" under page 2 was the text's last two lines.
    post = next(p for p in newsroom.POSTS if p.number in newsroom.SPLIT)
    for target, shown in [(post.path, post.pages[0]), (post.path + "2/", post.pages[1])]:
        record = extract_article(serve_page(target), HOST + target, FETCHED)
        assert record.text.split("\n") == list(shown), target
    # WordPress core's own wrapper, with its label, on any theme.
    paragraphs = "".join(f"<p>{p}</p>" for p in post.pages[1])
    core = (
        '<p class="post-nav-links">Halaman: <a href="/x/" class="post-page-numbers">1</a> '
        '<span class="post-page-numbers current" aria-current="page">2</span></p>'
    )
    html = f"<html><head><title>{post.release.title}</title></head><body><article>"
    html += f"<h1>{post.release.title}</h1>{paragraphs}{core}</article></body></html>"
    record = extract_article(html, HOST + "/x/2/", FETCHED)
    assert record.text.split("\n") == list(post.pages[1])


@pytest.mark.parametrize(
    "target",
    [
        "/",
        "/category/berita/page/2/",
        "/category/berita/hukum-kriminal/",
        "/tag/narkoba/",
        "/author/rahmat/page/2/",
        "/2024/01/",
        "/redaksi/",
    ],
)
def test_newspaper_listings_and_pages_are_no_articles(target):
    result = extract_article(serve_page(target), HOST + target, FETCHED)
    assert isinstance(result, NotAnArticle), (target, result)


def test_the_amp_twins_name_the_article():
    # The AMP plugin's reader page, at /amp/ and at ?amp=1: never an article of its own.
    site = SiteDefinition.for_url(HOST)
    post = newsroom.POSTS[5]
    for target in (post.path + "amp/", post.path + "?amp=1"):
        reading = read_page(serve_page(target), HOST + target, True, site, FETCHED.isoformat())
        # Read as a variant (its canonical) or as the article under the permalink.
        url = reading.result.url if reading.result else reading.links.canonical
        assert url == HOST + post.path, target
