"""Which fetched pages are articles: what a page says about itself decides first."""

from datetime import datetime, timezone

from scraper.extract import NotAnArticle, extract_article

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
TEXT = "".join(
    f"<p>Redaksi tribratanews-contoh.id bekerja berdasarkan Pedoman Pemberitaan Media Siber"
    f" yang ditetapkan Dewan Pers; bagian {i} pedoman ini mengatur verifikasi berita.</p>"
    for i in range(6)
)


def page(post_class: str, body_class: str = "") -> str:
    """A WordPress page as a theme prints it with ``post_class()`` on its ``<article>``
    and, in ``body_class``, its body classes (some themes print none)."""
    return (
        "<html lang='id'><head><meta property='og:type' content='article'>"
        "<meta property='article:modified_time' content='2023-08-14T09:00:00+07:00'>"
        f"<title>Pedoman Media Siber</title></head><body class='{body_class}'>"
        f"<article class='{post_class}'><h1 class='entry-title'>Pedoman Media Siber</h1>"
        f"<div class='entry-content'>{TEXT}</div></article></body></html>"
    )


def test_a_wordpress_static_page_is_no_article_though_its_body_has_no_classes():
    """helper-80's sites: "Redaksi" and "Pedoman Media Siber", og:type article, enough
    text, ``<article class="page type-page status-publish">`` and a bare ``<body>``,
    were stored as articles (and gave the site a first publication day in 2023)."""
    url = "https://tribratanews-contoh.id/pedoman-media-siber/"
    result = extract_article(page("post-12 page type-page status-publish hentry"), url, FETCHED)
    assert isinstance(result, NotAnArticle)
    assert result.reason == "static page (type-page)"
    post = page("post-40 post type-post status-publish format-standard hentry")
    assert not isinstance(extract_article(post, url, FETCHED), NotAnArticle)
    # A single post's body classes outrank a block's.
    single = page("page type-page", body_class="single single-post postid-40")
    assert not isinstance(extract_article(single, url, FETCHED), NotAnArticle)
