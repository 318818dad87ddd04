"""A Blogger blog with a modern (layout v3) theme, crawled with no definition as a new
user points ``newsarchive crawl --url`` at a Polres humas blog on its own domain:
``tests/platforms/blogger_v3.py``, in WIT (+09:00), in Blogger's Contempo and in a
Median UI-style Indonesian news template.

Every post answers at its URL, at ``?m=1`` and ``?m=0`` (the mobile rendering links
everything with ``?m=1``; an admin's widget and an editor's "Baca Juga" carry such
links), at each comment's ``?showComment=…`` permalink and at ``?spref=fb``; the
listings page through ``/search?updated-max=…&start=N&by-date=false``, which Blogger's
own robots.txt forbids and the custom one of SEO guides allows. Each post must be
stored once, under its plain URL, with its title (not "Judul - Humas Polres Mimika"),
its WIT time, its author (in Median UI only in JSON-LD and a ``data-text`` attribute)
and its whole text, without the caption, the table of contents, "Baca Juga", labels,
share buttons or comments; no static page, label page or listing stored.

What the blog gave wrong: the photo caption in Blogger's caption table came out as the
text's first line, "| Foto: Dok. Humas Polres Mimika |"; the table of contents an
editor pastes into a post (Median UI's ``details.toc``) left "Daftar Isi" in the text;
layout v3's pager says "Postingan Lama", which was not taken for the next page, so the
listings were never read past their first page; and every comment permalink was
fetched, one request per comment, to learn it was the post.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from lxml import html as lxml_html

from scraper.extract import NotAnArticle, extract_article
from scraper.reading import read_links, read_page
from scraper.sites import SiteDefinition
from scraper.urls import canonicalize_url, looks_like_non_article
from tests.conftest import crawl_two_nights, stored_articles
from tests.platforms import blogger_v3

pytestmark = pytest.mark.long(seconds=30)

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
HOST = "http://humaspolresmimika.example.id"
SITE = SiteDefinition.for_url(HOST)


@pytest.mark.parametrize("theme", blogger_v3.THEMES)
def test_a_modern_blogger_blog_is_archived_once_per_post_under_its_plain_url(theme, tmp_path):
    db = tmp_path / "b.db"
    with blogger_v3.serve_blogger_v3(theme) as served:
        base = str(served)
        _, asked_first, _ = crawl_two_nights(served, db)  # the next night adds nothing
    articles, aliases = stored_articles(db)
    # Every post once, under its plain URL (no ?m=1, no comment permalink, no static
    # page, label page or listing), with its title, WIT time and author.
    assert {u: (t, p, a) for u, (t, p, a, _) in articles.items()} == blogger_v3.expected(base)
    root = base.rstrip("/")
    for post in blogger_v3.POSTS:
        text = articles[root + post.path][3]
        assert text == "\n".join(post.release.paragraphs), (post.path, text)
        assert not any(c in text for c in blogger_v3.CHROME), (post.path, text)
    # The mobile twins were read and are recorded as the posts' other names.
    mobile = {u: a for u, a in aliases.items() if u.endswith("?m=1")}
    assert mobile and all(a + "?m=1" == u for u, a in mobile.items())
    # A comment permalink is the post: never asked for.
    assert not [r for r in asked_first if "showComment" in r]
    paged = [r for r in asked_first if r.startswith("/search?")]
    if theme == "contempo":
        assert not paged  # Blogger's own robots.txt: Disallow: /search
    else:
        # Allowed: "Postingan Lama" read to the last page on the first crawl.
        assert any("start=10" in r for r in paged), paged
    assert len(stored_articles(db)[0]) == len(blogger_v3.POSTS)


def serve_page(target: str, theme: str) -> str:
    """One page of the blog as it serves ``target`` (no server needed)."""
    status, _, body = blogger_v3.make_site(HOST + "/", theme)(target)
    assert status == 200, target
    return body


@pytest.mark.parametrize("theme", blogger_v3.THEMES)
def test_a_blogger_post_is_read_whole_with_its_wit_time_and_author(theme):
    # Contempo: <time class="published" datetime="…+09:00">Januari 09, 2024</time>, the
    # byline "Oleh <span class=fn>", postMetadataJSON whose publisher is "Blogger".
    # Median UI: the author and date only in data-text attributes and its JSON-LD.
    for post in blogger_v3.POSTS:
        record = extract_article(serve_page(post.path, theme), HOST + post.path, FETCHED)
        assert not isinstance(record, NotAnArticle), record
        assert record.title == post.release.title
        assert record.published_at == post.iso, post.path
        assert record.authors == [post.author], post.path
        assert record.text.split("\n") == list(post.release.paragraphs), post.path


def test_a_photo_caption_in_bloggers_caption_table_is_not_text():
    # Blogger's editor captions a photo with a table: td.tr-caption "Foto: Dok. Humas
    # Polres Mimika" under the image's cell. Read cell by cell, it was the text's
    # first line, "| Foto: Dok. Humas Polres Mimika |".
    post = next(p for p in blogger_v3.POSTS if p.post_id in blogger_v3.PHOTO)
    record = extract_article(serve_page(post.path, "contempo"), HOST + post.path, FETCHED)
    assert record.text.split("\n") == list(post.release.paragraphs)
    assert "Foto:" not in record.text


def test_a_table_of_contents_pasted_into_a_post_is_not_text():
    # Median UI's <details class="toc"><summary>Daftar Isi</summary>…, its list filled
    # by script: "Daftar Isi" was a line of the text.
    post = blogger_v3.POSTS[1]
    record = extract_article(serve_page(post.path, "median"), HOST + post.path, FETCHED)
    assert record.text.split("\n") == list(post.release.paragraphs)
    # The Easy Table of Contents plugin's, by its class or, where a theme replaced
    # that, by its id: the list went, its heading "Daftar Isi" stayed.
    for container in (
        '<div id="ez-toc-container" class="ez-toc-v2_0_62 ez-toc-container">'
        '<p class="ez-toc-title">Daftar Isi</p>',
        '<div id="ez-toc-container" class="counter-hierarchy"><h2>Daftar Isi</h2>',
    ):
        html = (
            "<html><head><title>Apel Pagi di Mapolres</title></head><body><article>"
            f"<h1>Apel Pagi di Mapolres</h1>{container}"
            '<ul class="ez-toc-list"><li><a href="#Arahan">Arahan</a></li>'
            '<li><a href="#Pengamanan">Pengamanan Wilayah</a></li></ul></div>'
            f"{PARAS}</article></body></html>"
        )
        record = extract_article(html, HOST + "/2024/01/apel-pagi.html", FETCHED)
        assert record.text.split("\n") == PARA_LINES, container


def test_a_table_of_contents_anchor_in_a_heading_is_the_headings_text():
    # Easy Table of Contents also marks each heading it lists, with the class
    # ez-toc-section on a span in it (before its 2.0 the span held the heading's text)
    # or on the heading itself. Taken for the table's chrome, every subheading went,
    # and trafilatura dropped the paragraphs after the first emptied heading.
    anchors = (
        '<h2><span class="ez-toc-section" id="{0}">{1}</span></h2>',
        '<h2><span class="ez-toc-section" id="{0}"></span>{1}<span class="ez-toc-section-end">'
        "</span></h2>",
        '<h2 id="{0}" class="ez-toc-section">{1}</h2>',  # mtb-news.de's
    )
    names = ["Arahan", "Pengamanan Wilayah"]
    for anchor in anchors:
        sections = "".join(
            f"{anchor.format(name.replace(' ', '_'), name)}<p>{PARA_LINES[i + 1]}</p>"
            for i, name in enumerate(names)
        )
        html = (
            "<html><head><title>Apel Pagi di Mapolres</title></head><body><article>"
            '<h1>Apel Pagi di Mapolres</h1><div id="ez-toc-container" class="ez-toc-v1_7">'
            '<p class="ez-toc-title">Daftar Isi</p><ul class="ez-toc-list">'
            '<li><a href="#Arahan">Arahan</a></li></ul></div>'
            f"<p>{PARA_LINES[0]}</p>{sections}</article></body></html>"
        )
        record = extract_article(html, HOST + "/2024/01/apel-pagi.html", FETCHED)
        lines = [PARA_LINES[0], names[0], PARA_LINES[1], names[1], PARA_LINES[2]]
        assert record.text.split("\n") == lines, anchor


PARA_LINES = [
    f"Polres Mimika menggelar apel pagi di halaman Mapolres nomor {i} bersama seluruh "
    "personel, dan Kapolres menyampaikan arahan tentang pengamanan wilayah."
    for i in range(4)
]
PARAS = "".join(f"<p>{line}</p>" for line in PARA_LINES)


def test_layout_v3s_postingan_lama_is_the_next_page():
    # Contempo's pager: <a class="blog-pager-older-link" …>Postingan Lama</a> (the
    # classic layouts say "Posting Lama"). It was no next page: the listings were read
    # no further than their first page.
    html = serve_page("/", "median")
    links = read_links(lxml_html.fromstring(html), True)
    older = [h for h in links.next_hrefs if "/search?updated-max=" in h]
    assert older and "start=5" in older[0]


def test_bloggers_mobile_twin_and_comment_permalinks_are_the_post():
    post = blogger_v3.POSTS[2]
    plain = HOST + post.path
    # A comment's permalink and a share's referrer: the same post, by the URL alone.
    assert post.comment_ids
    for query in ("?showComment=1705312200000", "?spref=fb", "?showComment=1&spref=tw"):
        assert canonicalize_url(plain + query + "#c5102931") == plain, query
    # The mobile twin (?m=1) names the plain URL as its canonical: a variant, not an
    # article of its own. ``m`` itself is no tracking parameter (WordPress's ?m=202401
    # is a month's archive).
    reading = read_page(serve_page(post.path + "?m=1", "contempo"), plain + "?m=1", True, SITE)
    assert reading.result is None and reading.links.canonical == plain
    assert canonicalize_url(HOST + "/?m=202401") == HOST + "/?m=202401"


def test_bloggers_listings_feeds_and_static_pages_are_never_articles():
    for target in [
        "/search?updated-max=2024-02-05T15%3A45%3A00%2B09%3A00&max-results=5&start=5&by-date=false",
        "/search/label/Narkoba",
        "/search/label/Narkoba?updated-max=2024-01-19T09%3A25%3A00%2B09%3A00&max-results=5",
        "/feeds/posts/default?alt=rss",
        "/feeds/posts/summary",
        "/sitemap.xml?page=1",
        "/p/tentang-kami.html",
        "/p/kontak.html?m=1",
    ]:
        assert looks_like_non_article(canonicalize_url(HOST + target)), target
