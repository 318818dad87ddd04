"""An article marked only with schema.org microdata (core Joomla, many CMSes that are
not WordPress): its image and categories are read from its own article scope, after
Open Graph and JSON-LD, and never from the scopes of listed or related posts."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scraper.extract import extract_article

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
URL = "https://polres.example.id/index.php/berita/12-judul"
PARAS = "".join(
    f"<p>Polres Tapin memantau pemungutan suara di TPS nomor {i} sejak pagi hari bersama "
    "petugas KPPS dan Linmas, dan tidak menemukan gangguan berarti.</p>"
    for i in range(4)
)
# A sidebar of related posts, each its own Article scope with an image and a genre.
RELATED = """<aside><ul>
<li itemscope itemtype="https://schema.org/Article"><img itemprop="image" src="/img/lain.jpg">
<a itemprop="url" href="/index.php/berita/11-lain"><span itemprop="headline">Berita lain yang
terkait dengan pemilu</span></a> <span itemprop="articleSection">Lalu Lintas</span></li>
<li itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="image"
content="/img/lain2.jpg"><span itemprop="genre">Olahraga</span></li>
</ul></aside>"""


def page(article: str, head: str = "", before: str = RELATED) -> str:
    return (
        f"<html><head><title>Judul Berita Pemilu di Tapin - Polres</title>{head}</head>"
        f"<body>{before}{article}</body></html>"
    )


def scope(props: str, kind: str = "Article", body: bool = True) -> str:
    text = f'<div itemprop="articleBody">{PARAS}</div>' if body else PARAS
    return (
        f'<div class="item-page" itemscope itemtype="https://schema.org/{kind}">'
        f'<h2 itemprop="headline">Judul Berita Pemilu di Tapin</h2>{props}{text}</div>'
    )


@pytest.mark.parametrize(
    "props",
    [
        '<div class="item-image"><img src="/images/foto.jpg" itemprop="image"></div>',
        '<div itemprop="image"><img src="/images/foto.jpg" alt=""></div>',
        '<meta itemprop="image" content="/images/foto.jpg">',
        '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
        '<meta itemprop="url" content="https://polres.example.id/images/foto.jpg">'
        '<meta itemprop="width" content="800"></div>',
    ],
)
def test_the_image_is_the_article_scopes_own(props):
    for kind in ("Article", "NewsArticle", "BlogPosting"):
        record = extract_article(page(scope(props, kind)), URL, FETCHED)
        assert record.image_url == "https://polres.example.id/images/foto.jpg", (kind, props)


def test_categories_are_the_scopes_genre_or_article_section():
    joomla = (
        '<dl><dd class="category-name">Kategori: <a href="/b" itemprop="genre">Berita</a></dd></dl>'
    )
    record = extract_article(page(scope(joomla)), URL, FETCHED)
    assert record.categories == ["Berita"]
    sections = (
        '<meta itemprop="articleSection" content="Hukum">'
        '<span itemprop="articleSection">Kriminal</span>'
    )
    record = extract_article(page(scope(sections)), URL, FETCHED)
    assert record.categories == ["Hukum", "Kriminal"]


def test_listed_and_related_posts_microdata_is_not_the_articles():
    # The page's article has neither image nor category; its related posts have both.
    record = extract_article(page(scope("")), URL, FETCHED)
    assert record.image_url is None and record.categories == []
    # No articleBody marked: the one unnested article scope with a headline is the
    # page's; with a related post's headline marked too, nothing says which.
    marked = scope(
        '<img itemprop="image" src="/images/foto.jpg"><b itemprop="genre">Berita</b>', body=False
    )
    record = extract_article(page(marked, before=""), URL, FETCHED)
    assert record.image_url.endswith("/images/foto.jpg") and record.categories == ["Berita"]
    record = extract_article(page(marked), URL, FETCHED)
    assert record.image_url is None and record.categories == []
    # A listing of teasers, each a blogPost scope with its image: no page image.
    teasers = "".join(
        f'<div itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<h2 itemprop="headline">Judul berita nomor {i} di Tapin</h2>'
        f'<img itemprop="thumbnailUrl" src="/img/{i}.jpg">'
        f'<div itemprop="articleBody">{PARAS}</div></div>'
        for i in range(2)
    )
    blog = f'<div itemscope itemtype="https://schema.org/Blog">{teasers}</div>'
    record = extract_article(page(blog, before=""), URL, FETCHED)
    record = getattr(record, "record", record)
    assert record.image_url is None and record.categories == []


def test_open_graph_and_json_ld_come_before_microdata():
    head = (
        '<meta property="og:image" content="https://cdn.example.id/og.jpg">'
        '<meta property="article:section" content="Nasional">'
    )
    props = '<img itemprop="image" src="/images/foto.jpg"><a itemprop="genre">Berita</a>'
    record = extract_article(page(scope(props), head=head), URL, FETCHED)
    assert record.image_url == "https://cdn.example.id/og.jpg"
    assert record.categories == ["Nasional"]
