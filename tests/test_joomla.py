"""A Joomla 3 site crawled with no definition (``newsarchive crawl --url``), as a new
user points it at a Polres or Pemkab portal: ``tests/platforms/joomla.py``.

One article answers at its SEF URL, at its id alone, at the raw ``index.php?option=
com_content…`` query and at its print view, with no ``rel=canonical`` (or, with the SEF
plugin's "Site Domain" set, a canonical naming whatever URL was asked); categories are
paged by ``?start=N``, and so is an article the pagebreak plugin splits; the title is in
``<h2 itemprop="headline">`` and the ``<title>`` is "Judul - Nama Situs" with no Open
Graph. Each article must be stored once, under its SEF URL, with its headline, time,
author and whole text, and nothing else stored.

The split article is linked by its id alone and by the raw query too: read there, its
page 1's "Daftar Isi" and "Selanjutnya" links name the SEF URL's pages, not this URL's,
so it was a second row holding page 1 alone. Its paging makes it a variant of the SEF
URL (``scraper.extract.paging.paged_elsewhere``).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from scraper.extract import NotAnArticle, extract_article
from scraper.reading import read_page
from scraper.sites import SiteDefinition
from scraper.urls import canonicalize_url
from tests.conftest import crawl_two_nights
from tests.platforms import joomla

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
# A host none of whose labels is in the site's name ("Humas Polres Tanah Laut"), as a
# Pemkab's or a Polres's own domain often is.
HOST = "http://polrestala.example.id"


def rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "select url, title, published_at, authors, text from articles"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("canonical", ["none", "self"])
def test_a_joomla_site_is_archived_once_per_article_with_its_headline(canonical, tmp_path):
    db = tmp_path / "j.db"
    with joomla.serve_joomla(canonical) as served:
        base = str(served)
        _, _, requested = crawl_two_nights(served, db)  # the next night adds nothing
    stored = rows(db)
    # Every article once, under its SEF URL (not its bare id /berita/140, which the
    # pager links; not /berita?start=5, a category's page 2; not the "Profil" page),
    # titled by its headline, not "Judul - Humas Polres Tanah Laut".
    assert {url: (title, published) for url, title, published, _, _ in stored} == (
        joomla.expected(base)
    )
    authors = {url: json.loads(a) for url, _, _, a, _ in stored}
    for post in joomla.POSTS:
        assert authors[canonicalize_url(base.rstrip("/") + post.path)] == [post.author]
    # The text is the paragraphs, and no "Ditulis oleh", "Dilihat: 123", "Daftar Isi"
    # or "Halaman 1 dari 2"; the split article's two pages are joined.
    texts = {url: text for url, _, _, _, text in stored}
    for post in joomla.POSTS:
        url = canonicalize_url(base.rstrip("/") + post.path)
        assert texts[url] == "\n".join(post.release.paragraphs), url
    conn = sqlite3.connect(db)
    pictured = dict(conn.execute("select url, image_url from articles").fetchall())
    conn.close()
    for post in joomla.POSTS:
        url = canonicalize_url(base.rstrip("/") + post.path)
        assert pictured[url] == (base.rstrip("/") + post.image if post.image else None), url
    # The print views and the "e-mail this link" forms are never fetched.
    assert not any("tmpl=component" in r for r in requested)
    assert any("start=5" in r for r in requested)  # the pages were read for their links
    assert any("showall=1" in r for r in requested)  # the split article read whole
    split = next(p for p in joomla.POSTS if p.art_id in joomla.SPLIT)
    assert split.short_path in requested  # read at its bare id too, and stored once
    assert len(rows(db)) == len(joomla.POSTS)


def test_a_split_joomla_article_read_at_another_url_is_a_variant_of_its_sef_url():
    # Page 1 at /berita/144 or at the raw query: its "Daftar Isi" and "Selanjutnya"
    # name /berita/144-judul's pages. It was stored as its own article, page 1 alone.
    post = next(p for p in joomla.POSTS if p.art_id in joomla.SPLIT)
    sef = canonicalize_url(HOST + post.path)
    for target in (post.short_path, post.raw_path):
        reading = read_page(serve_page(target), HOST + target, True, SITE, FETCHED.isoformat())
        assert reading.result is None and reading.links.canonical == sef, target
    # At its SEF URL it is the article, read on through its pages.
    reading = read_page(serve_page(post.path), HOST + post.path, True, SITE, FETCHED.isoformat())
    assert reading.result.url == sef and reading.continuation.all_url


SITE = SiteDefinition.for_url(HOST)


def serve_page(target: str) -> str:
    """One page of the site as it serves ``target`` (no server needed)."""
    status, _, body = joomla.make_site(HOST + "/")(target)
    assert status == 200, target
    return body


def test_a_joomla_article_is_read_whole_from_its_markup():
    # No og:title, no JSON-LD, no <h1>: the headline is the <h2 itemprop="headline">
    # that the <title> "Judul - Humas Polres Tanah Laut" begins with.
    post = joomla.POSTS[3]
    url = HOST + post.path
    record = extract_article(serve_page(post.path), url, FETCHED)
    assert not isinstance(record, NotAnArticle), record
    assert record.title == post.release.title
    assert record.published_at == post.release.aware(joomla.OFFSET).isoformat()
    assert record.authors == [post.author]
    assert record.text.split("\n") == list(post.release.paragraphs)


def test_a_joomla_articles_image_and_category_are_read_from_its_microdata():
    # Core Joomla writes no og:image, no article:section, no JSON-LD: the full-text
    # image is <img itemprop="image"> and the category <a itemprop="genre"> inside the
    # article's scope. Both came out empty. The sidebar's "Terbaru" scopes are others.
    for post in joomla.POSTS:
        record = extract_article(serve_page(post.path), HOST + post.path, FETCHED)
        assert record.image_url == (HOST + post.image if post.image else None), post.path
        assert record.categories == [post.category[2]], post.path


def test_a_split_joomla_article_page_leaves_its_table_of_contents_out_of_the_text():
    # The pagebreak plugin's "Halaman 1 dari 2" and "Daftar Isi" (the pages' titles,
    # "Halaman 2", "Semua halaman") came out as the text's first lines.
    post = next(p for p in joomla.POSTS if p.art_id in joomla.SPLIT)
    for target, shown in [
        (post.path, post.release.paragraphs[:2]),
        (post.path + "?showall=1&limitstart=", post.release.paragraphs),
    ]:
        record = extract_article(serve_page(target), HOST + target, FETCHED)
        assert record.text.split("\n") == list(shown), target


def test_a_category_page_2_is_no_article_with_or_without_friendly_urls():
    # Page 2 of "Berita" shows one teaser with its whole intro paragraph: by its shape
    # alone it was an article (stored, titled "Berita"). Its URL is a page: SEF
    # "?start=5", or the raw query a site with friendly URLs off links.
    html = serve_page("/index.php/berita?start=5")
    for url in [
        HOST + "/index.php/berita?start=5",
        HOST + "/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=102"
        "&limitstart=5",
    ]:
        result = extract_article(html, url, FETCHED)
        assert isinstance(result, NotAnArticle), url


def test_a_joomla_page_whose_body_is_one_line_is_no_article():
    # Its one address line was too little, so trafilatura returned the whole page (the
    # menu, the "Terbaru" and "Berita Pilihan" lists), and the footer's "© 2024" gave it
    # 2024-01-01: it was stored as an article.
    result = extract_article(serve_page("/index.php/profil"), HOST + "/index.php/profil", FETCHED)
    assert isinstance(result, NotAnArticle), result
    assert result.reason.startswith("too little text")
    assert result.record.published_at is None


def test_the_headline_is_the_part_of_the_title_the_page_shows_as_a_heading():
    def title_of(title: str, body: str) -> str:
        html = f"<html><head><title>{title}</title></head><body>{body}{PARAS}</body></html>"
        return extract_article(html, HOST + "/index.php/berita/9-x", FETCHED).title

    headline = "Polres Tapin: Pemungutan Suara Berjalan Aman"
    h2 = f"<h2>{headline}</h2>"
    assert title_of(f"{headline} - Humas Polres Tanah Laut", h2) == headline
    assert title_of(f"Humas Polres Tanah Laut | {headline}", h2) == headline
    # The site's name in a heading too: nothing says which part is the headline.
    both = f"<h2>Humas Polres Tanah Laut</h2>{h2}"
    title = f"{headline} - Humas Polres Tanah Laut"
    assert title_of(title, both) == title
    # No heading shows a part: the title as it is.
    assert title_of(title, "<h2>Berita</h2>") == title
    # The whole title is a heading (its dash typed otherwise), one part another's, in a
    # related list: the title as it is (nachtkritik.de was titled by its related list).
    title = "Kolumne: Queer Royal – Über Dragqueens und Dragkings"
    related = "<h3>mehr Kolumnen</h3><h3>Kolumne: Queer Royal</h3>"
    assert title_of(title, f"<h2>{title.replace('–', '-')}</h2>{related}") == title


def test_a_part_of_the_title_that_names_the_site_is_no_headline():
    # A theme shows the site's name in an <h1> of its header; the headline itself is too
    # short to count as a part (iloveponysmag.com: "OUTDOOR LOVERS | iloveponysmag.com"
    # was titled "iloveponysmag.com").
    html = (
        "<html><head><title>Apel Pagi | polrestala.example.id</title></head><body>"
        "<header><h1>polrestala.example.id</h1></header><h1>Apel Pagi</h1>"
        f"{PARAS}</body></html>"
    )
    result = extract_article(html, "https://polrestala.example.id/berita/9-x", FETCHED)
    assert result.title == "Apel Pagi | polrestala.example.id"


def test_an_empty_marked_article_body_leaves_the_text_to_the_page():
    # An itemprop="articleBody" element left empty (an ad slot, a script's, a wrapper
    # beside the text; rzn.mk.ru, hss.de) held "less than an article": no text at all.
    html = (
        "<html><head><title>Polres Tapin Amankan Pemungutan Suara</title></head><body>"
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        "<h1>Polres Tapin Amankan Pemungutan Suara</h1>"
        f'<div itemprop="articleBody"></div>{PARAS}</article></body></html>'
    )
    result = extract_article(html, HOST + "/index.php/berita/9-x", FETCHED)
    assert not isinstance(result, NotAnArticle), result
    assert "TPS nomor 3" in result.text


PARAS = "".join(
    f"<p>Polres Tapin memantau pemungutan suara di TPS nomor {i} sejak pagi hari bersama "
    "petugas KPPS dan Linmas, dan tidak menemukan gangguan berarti.</p>"
    for i in range(4)
)
