"""A regional portal on Jegtheme's JNews WordPress theme (``tests/platforms/jnews.py``),
crawled with no definition as a new user points ``newsarchive crawl --url`` at it:
every article once, under its permalink, whole, with its headline, author and
publication time in WITA (+08:00).

What trips a crawler there: the REST API answers 401 (a security plugin), the home
page's and the archives' "Muat Lebih Banyak" buttons load the next posts only by POST,
so the sitemap and the feed are what list every post; the article page prints "9
Januari 2024" with no clock; All in One SEO's ``article:published_time`` is the site's
wall time labelled +00:00 beside its schema's true offset; inside ``content-inner`` sit
an editor's "Baca juga:" line with FS Poster's tracking link, JNews's inline related
box with its teasers' dates, an inline ad, a photo caption, the "Sumber:"/"Via:" lines
and "Tags:"; comments broken into pages link ``comment-page-N/`` from the sidebar.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from scraper.extract import NotAnArticle, extract_article
from scraper.sites import SiteDefinition
from spiders.discovery import parse_feed
from tests.conftest import assert_whole_and_clean, crawl_two_nights, stored_articles
from tests.platforms import jnews

FETCHED = datetime(2024, 2, 27, 3, 45, tzinfo=timezone.utc)  # minutes after jnews.NOW
HOST = "http://lintasbanua.example.id"


def serve_page(target: str, features: frozenset[str] = jnews.FEATURES) -> str:
    """One page of the portal as it serves ``target`` (no server needed)."""
    status, _, body = jnews.make_site(HOST + "/", features)(target)
    assert status == 200, target
    return body


def test_a_jnews_portal_with_its_api_closed_is_archived_once_whole_in_wita(tmp_path: Path):
    # The archives' pagination is JNews's "Muat Lebih Banyak" (no page links): the
    # sitemap and the feed list what the listings do not.
    features = frozenset({"aioseo", "sitemap", "feed"})
    db = tmp_path / "j.db"
    with jnews.serve_jnews(features) as served:
        base = str(served)
        _, asked, _ = crawl_two_nights(served, db)  # the next night: nothing new
    articles, aliases = stored_articles(db)
    got = {u: (t, p, a) for u, (t, p, a, _) in articles.items()}
    assert got == jnews.expected(base)
    assert_whole_and_clean(articles, base, jnews.POSTS, jnews.CHROME)
    # The tracked links and the comment pages it met are the article, as aliases.
    assert any("feed_id=" in a for a in aliases) and any("utm_source=" in a for a in aliases)
    assert any("/comment-page-1/" in a for a in aliases)
    assert all(a.split("?")[0].split("comment-page")[0] == u for a, u in aliases.items())
    # The closed API was asked once, JNews's ajax endpoint never (it wants a POST).
    assert sum(t.startswith("/wp-json/") for t in asked) == 1
    assert not any("ajax-request" in t for t in asked)


def _without_schema(html: str) -> str:
    return re.sub(
        r'<script type="application/ld\+json" class="aioseo-schema">.*?</script>',
        "",
        html,
        flags=re.S,
    )


def test_a_wall_time_labelled_utc_is_read_in_the_zone_the_feed_shows():
    # All in One SEO 4.4 printed article:published_time "…T08:00:00+00:00" beside its
    # schema's "…T08:00:00-05:00" on a real JNews site; themes formatting post_date
    # with PHP's date('c') do the same. With the schema gone, the +00:00 time won and
    # the article was stored eight hours late (10:12+00:00, no conflict) though the
    # feed's pubDate gave the true moment (02:12 UTC).
    site = jnews.make_site(HOST + "/")
    feed = {d.url: d.hints for d in parse_feed(site("/feed/")[2].encode())}
    for post in jnews.NEWEST_FIRST[:3]:
        page = _without_schema(serve_page(post.path))
        record = extract_article(page, HOST + post.path, FETCHED, hints=feed[HOST + post.path])
        assert record.published_at == post.release.aware(jnews.OFFSET).isoformat(), post.path
        assert record.modified_at == post.modified.replace(tzinfo=record_zone(record)).isoformat()
        # Read in +08:00, but one page's pair is no vote for the site's zone: a feed
        # that labels its wall times UTC beside a page's true UTC time reads the same.
        assert record.zone is None
    # A true UTC time (Yoast's) beside the feed's same moment stays as it is; with no
    # feed the +00:00 time is all there is.
    post = jnews.NEWEST_FIRST[0]
    page = _without_schema(serve_page(post.path))
    utc = post.release.utc(jnews.OFFSET).isoformat()
    yoast = page.replace(post.release.local.replace(tzinfo=timezone.utc).isoformat(), utc)
    record = extract_article(yoast, HOST + post.path, FETCHED, hints=feed[HOST + post.path])
    assert record.published_at == utc and record.zone is None
    record = extract_article(page, HOST + post.path, FETCHED)
    assert record.published_at == post.release.local.replace(tzinfo=timezone.utc).isoformat()


def record_zone(record):
    """The fixed offset of a record's publication time."""
    return datetime.fromisoformat(record.published_at).tzinfo


def test_jnews_content_inner_keeps_only_the_text():
    # The subtitle, the inline related box and its dates, the inline ad, a photo
    # caption, "Sumber:"/"Via:", "Tags:", the share bars, the author box, related
    # posts and the comments are the theme's.
    for features in (jnews.FEATURES, frozenset({"F j, Y"})):
        for post in jnews.POSTS[features == jnews.FEATURES :: 2]:
            record = extract_article(serve_page(post.path, features), HOST + post.path, FETCHED)
            assert record.title == post.release.title
            assert record.text.split("\n") == list(post.release.paragraphs), post.path
            assert record.authors == [post.author]


def test_without_a_seo_plugin_the_printed_day_and_the_featured_image_are_read():
    # "9 Januari 2024" or, on a site that kept WordPress's format, "Januari 9, 2024":
    # the day, never a related post's, a comment's or the top bar's date.
    for features in (frozenset(), frozenset({"F j, Y"})):
        for post in jnews.POSTS[::3]:
            record = extract_article(serve_page(post.path, features), HOST + post.path, FETCHED)
            assert record.published_at == post.release.local.date().isoformat(), post.path
            # No og:image: the image was None though div.jeg_featured shows the post's
            # img.wp-post-image (lazy: the file in data-src, jeg-empty.png in src).
            assert record.image_url == HOST + post.image, post.path
    # A teaser's thumbnail (linked to its post) is no article's image.
    teaser = f'<a href="{HOST}/other/"><img class="wp-post-image" src="/t.jpg"></a>'
    body = "".join(f"<p>{p}</p>" for p in jnews.POSTS[0].release.paragraphs)
    html = (
        f"<html><body><h1>Judul</h1><article>{body}</article><aside>{teaser}</aside></body></html>"
    )
    assert extract_article(html, HOST + "/x/", FETCHED).image_url is None


def test_jnews_listings_and_pages_are_no_articles():
    for target in (
        "/",
        "/category/berita/page/2/",
        "/category/hukum/",
        "/tag/narkoba/",
        "/author/rahmadi/",
        "/redaksi/",
    ):
        result = extract_article(serve_page(target), HOST + target, FETCHED)
        assert isinstance(result, NotAnArticle), (target, result)


def test_the_amp_twin_names_the_article():
    post = jnews.POSTS[5]
    target = post.path + "amp/"
    record = extract_article(
        serve_page(target), HOST + target, FETCHED, SiteDefinition.for_url(HOST)
    )
    assert record.url == HOST + post.path


def test_a_feed_that_dates_the_last_edit_moves_no_true_utc_time():
    # A CMS whose feed gives the post's last edit as its pubDate, on minute times: two
    # hours after the publication the page's true UTC article:published_time names.
    # The page's article:modified_time is that moment: the feed dates the edit, and
    # the publication time was read as a wall time labelled UTC (07:00-02:00).
    body = "".join(f"<p>{p}</p>" for p in jnews.POSTS[0].release.paragraphs)
    html = (
        '<html><head><title>Judul</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-01-09T07:00:00+00:00">'
        '<meta property="article:modified_time" content="2024-01-09T09:00:00+00:00">'
        f"</head><body><h1>Judul</h1><article>{body}</article></body></html>"
    )
    hints = {"published": "Tue, 09 Jan 2024 09:00:00 +0000", "published_source": "feed"}
    record = extract_article(html, HOST + "/judul/", FETCHED, hints=hints)
    assert record.published_at == "2024-01-09T07:00:00+00:00"
    assert record.modified_at == "2024-01-09T09:00:00+00:00"
