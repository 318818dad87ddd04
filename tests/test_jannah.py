"""A regional portal on TieLabs' Jannah WordPress theme with its "time ago" date option
(``tests/platforms/jannah.py``), crawled with no definition as a new user points
``newsarchive crawl --url`` at it: every article once, under its permalink, whole, with
its headline, author and publication time in WIT (+09:00).

What trips a crawler there: the article page prints no date, only "2 jam yang lalu"
(and "Terakhir diperbarui: 1 hari yang lalu"), as do the sidebar's "Terpopuler" and
"Terbaru", the related posts, the listings and the AMP twin; the real times are in Rank
Math's ``article:published_time`` and ``@graph``, in the REST API and (the edit) in the
sitemap, or, with Rank Math's dates off, nowhere on the page. A later night changes
every relative text and nothing else. Rank Math's ``NewsArticle`` headline is the SEO
title, "Judul - Kabar Mimika"; the category badge sits above the ``<h1>`` inside the
article.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from scraper.crawl import run_crawl
from scraper.extract import NotAnArticle, extract_article
from scraper.reading import read_page
from scraper.sites import SiteDefinition, site_for_url
from spiders.discovery import parse_feed, parse_sitemap
from tests.conftest import assert_whole_and_clean, stored_articles
from tests.platforms import jannah

FAST = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
FETCHED = datetime(2024, 2, 26, 2, 45, tzinfo=timezone.utc)  # minutes after FIRST_NIGHT
HOST = "http://kabarmimika.example.id"
LATER = timedelta(days=1, hours=3)  # the next night's crawl
# Four crawls, about twenty seconds: run first, so a parallel run does not end on them.
pytestmark = pytest.mark.long(seconds=25)


def crawl_twice(features: frozenset[str], db: Path):
    """A first crawl, then the next night's (the server's clock a day and more later)."""
    clock = jannah.Clock()
    with jannah.serve_jannah(features, clock) as served:
        base = str(served)
        first = run_crawl([site_for_url(base)], db, dict(FAST))
        asked = list(served.requests)
        clock.now += LATER
        second = run_crawl([site_for_url(base)], db, dict(FAST))
    return base, first, second, asked


def assert_archived(db: Path, base: str, first, second) -> dict[str, str]:
    assert first.status == "ok", first.line()
    articles, aliases = stored_articles(db)
    # Every article once under its permalink, its headline without " - Kabar Mimika",
    # its publication in WIT: not "2 jam yang lalu" read against the crawl's clock, not
    # the "Terakhir diperbarui" edit, a sidebar's, a related post's or a comment's time.
    got = {u: (t, p, a) for u, (t, p, a, _) in articles.items()}
    assert got == jannah.expected(base)
    assert_whole_and_clean(articles, base, jannah.POSTS, jannah.CHROME)
    # The next night every "… yang lalu" reads differently: nothing new, nothing updated.
    assert second.status == "ok", second.line()
    assert second.counts.articles_new == 0 and second.counts.articles_updated == 0
    assert len(stored_articles(db)[0]) == len(jannah.POSTS)
    return aliases


def test_a_jannah_portal_is_archived_once_whole_in_wit(tmp_path):
    db = tmp_path / "j.db"
    base, first, second, _ = crawl_twice(jannah.FEATURES, db)
    aliases = assert_archived(db, base, first, second)
    # A comment's "Balas" link (?replytocom=N) is the post, recorded as its alias.
    assert any("replytocom=" in a for a in aliases)
    assert all(a.split("?")[0] == u for a, u in aliases.items())


def test_with_no_api_or_sitemap_the_pages_machine_dates_win_over_time_ago(tmp_path):
    # Only the listings find the posts, and only Rank Math's head dates them.
    db = tmp_path / "j.db"
    base, first, second, asked = crawl_twice(frozenset({"schema"}), db)
    assert_archived(db, base, first, second)
    # "Berita" (twelve posts, three a page) paged to its last page on the first crawl,
    # though Jannah's numbered pagination shows only a window of pages.
    assert "/category/berita/page/4/" in asked


def serve_page(target: str, features: frozenset[str] = jannah.FEATURES, now=None) -> str:
    """One page of the portal as it serves ``target`` (no server needed)."""
    clock = jannah.Clock(now) if now else jannah.Clock()
    status, _, body = jannah.make_site(HOST + "/", features, clock)(target)
    assert status == 200, target
    return body


def test_rank_maths_headline_is_the_seo_title_without_the_sites_name():
    # "headline": "Judul - Kabar Mimika" in the NewsArticle: JSON-LD's headline was
    # trusted whole, so every title kept " - Kabar Mimika".
    for post in jannah.POSTS[:3]:
        record = extract_article(serve_page(post.path), HOST + post.path, FETCHED)
        assert record.title == post.release.title, post.path
    # A kicker before a colon is the headline's own, though it shares a word with the
    # site's name ("Mimika" of "Kabar Mimika"): only a name after a separator goes.
    ld = '{"@type": "NewsArticle", "headline": "Mimika Hari Ini: Polisi Jaga Gudang Logistik"}'
    body = "".join(f"<p>{p}</p>" for p in jannah.POSTS[4].release.paragraphs)
    html = (
        f'<html><head><meta property="og:site_name" content="{jannah.SITE_NAME}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><article>{body}</article></body></html>"
    )
    record = extract_article(html, HOST + "/berita/x/", FETCHED)
    assert record.title == "Mimika Hari Ini: Polisi Jaga Gudang Logistik"


def test_the_category_badge_above_the_headline_is_not_text():
    # Jannah's entry-header inside the article: span.post-cat-wrap > a.post-cat, then
    # h1.post-title. The badge and the headline were the text's first two lines
    # ("Peristiwa", "Kapolres Tabalong Cek …"); a headline alone was already dropped.
    for post in jannah.POSTS:
        record = extract_article(serve_page(post.path), HOST + post.path, FETCHED)
        assert record.text.split("\n") == list(post.release.paragraphs), post.path
    # Any theme's kicker: short lines above a repeated headline go, a sentence stays.
    from scraper.extract.cleanup import clean_text

    body = "Kapolres memeriksa gudang logistik pemilu bersama KPU pada Selasa pagi."
    title = "Kapolres Cek Gudang Logistik Pemilu"
    assert clean_text(f"Hukum & Kriminal\n{title}\n{body}", title=title) == body
    assert clean_text(f"Berita\nPemilu 2024\n{title}\n{body}", title=title) == body
    said = "Polisi mengimbau warga tetap tenang."
    assert clean_text(f"{said}\n{title}\n{body}", title=title) == f"{said}\n{title}\n{body}"


@pytest.mark.parametrize("features", [jannah.FEATURES, frozenset({"api", "sitemap"})])
def test_time_ago_never_dates_the_article_and_a_later_night_reads_the_same(features):
    # With Rank Math's dates the page's machine date wins; without them the API's
    # (a hint) does. "2 jam yang lalu" against the fetch time never becomes the
    # publication, and the next night's page is the same record.
    post = jannah.POSTS[11]  # two hours old at the first crawl: "2 jam yang lalu"
    hints = None
    if "schema" not in features:
        hints = {
            "published": post.release.aware(jannah.OFFSET).isoformat(),
            "published_source": "api",
            "known_post": True,
        }
    records = [
        extract_article(
            serve_page(post.path, features, now),
            HOST + post.path,
            FETCHED + shift,
            hints=hints,
        )
        for now, shift in ((None, timedelta(0)), (jannah.FIRST_NIGHT + LATER, LATER))
    ]
    want = post.release.aware(jannah.OFFSET).isoformat()
    for record in records:
        assert record.published_at == want
        assert record.text == records[0].text and record.modified_at == records[0].modified_at
    # No machine date, no hint: at most the body's day, never a clock time read off
    # "2 jam yang lalu" and the fetch.
    bare = extract_article(serve_page(post.path, frozenset()), HOST + post.path, FETCHED)
    assert "T" not in (bare.published_at or ""), bare.published_at


@pytest.mark.parametrize(
    "target",
    [
        "/",
        "/category/berita/page/2/",
        "/category/berita/hukum/",
        "/tag/narkoba/",
        "/author/yohanes/",
        "/redaksi/",
    ],
)
def test_jannah_listings_and_pages_are_no_articles(target):
    result = extract_article(serve_page(target), HOST + target, FETCHED)
    assert isinstance(result, NotAnArticle), (target, result)


def test_the_amp_reader_page_names_the_article():
    # The AMP plugin's reader template: <time datetime> in UTC, "2 jam yang lalu".
    site = SiteDefinition.for_url(HOST)
    post = jannah.POSTS[5]
    target = post.path + "amp/"
    reading = read_page(serve_page(target), HOST + target, True, site, FETCHED.isoformat())
    url = reading.result.url if reading.result else reading.links.canonical
    assert url == HOST + post.path


def test_a_sitemaps_lastmod_offset_puts_the_feeds_utc_time_in_the_sites_zone():
    # Rank Math's dates off, no API: the page prints "… yang lalu" only, the feed's
    # pubDate is "+0000", Rank Math's post-sitemap.xml writes lastmod "…+09:00". The
    # publication was stored at +00:00 though the sitemap said the site is in WIT.
    site = jannah.make_site(HOST + "/", frozenset({"feed", "sitemap"}))
    _, feed = parse_sitemap(site("/post-sitemap.xml")[2].encode())
    lastmod = {d.url: d.hints for d in feed}
    post = jannah.POSTS[3]
    hints = next(
        d.hints for d in parse_feed(site("/feed/")[2].encode()) if d.url.endswith(post.path)
    )
    page = serve_page(post.path, frozenset({"feed", "sitemap"}))
    both = hints | lastmod[HOST + post.path]
    record = extract_article(page, HOST + post.path, FETCHED, hints=both)
    assert record.published_at == post.release.aware(jannah.OFFSET).isoformat()
    # Read in it, but no vote for the site's zone: a server abroad writes its lastmod
    # in its own zone, and 90% of such pages would make that the site's.
    assert record.zone is None and record.zone_evidence is None
    # Yoast's UTC lastmod, or none, says nothing: the feed's moment stays as given.
    for other in ({"lastmod": "2024-01-20T05:25:00+00:00"}, {}):
        record = extract_article(page, HOST + post.path, FETCHED, hints=hints | other)
        assert record.published_at == post.release.utc(jannah.OFFSET).isoformat()
