"""A paged feed is read to its end: a Blogger blog whose only way to its older posts is
its Atom feed's next page.

Blogger's feed holds 25 posts and links the rest with ``<link rel="next"
href=".../feeds/posts/default?start-index=26&max-results=25">``; its "Posting Lama"
pager is ``/search?updated-max=…``, which Blogger's own robots.txt disallows, and the
blog's sitemap is what usually reaches old posts. A blog whose sitemap fails (a custom
domain's misconfigured redirect, a 404) lost every post after the 25th, and the crawl
said ok (helper-80's trial: 25 of 45). The site below is that blog, reduced: its home
page shows three posts, its sitemap is a 404, its post pages link no other post, and its
feed pages hold five entries each (Blogger's ``max-results``), so the twelve releases
are reachable only through the feed's pages. Blogger names the next page on its API
host (``https://www.blogger.com/feeds/<blog id>/posts/default?start-index=…``); the
same page is the blog's own ``/feeds/posts/default`` with those parameters. Markup after
``tests/platforms/blogger.py`` (Blogger's classic layout, as a Polres Humas blog).
"""

from __future__ import annotations

from html import escape
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import crawl_two_nights, stored_articles
from tests.platforms._articles import RELEASES
from tests.platforms._server import HTML, NOT_FOUND, TEXT, serve

pytestmark = pytest.mark.long(seconds=15)

OFFSET = 8  # WITA
PER_FEED_PAGE = 5
NEWEST_FIRST = sorted(RELEASES, key=lambda r: r.local, reverse=True)


def _path(release) -> str:
    return f"/{release.local:%Y/%m}/{release.slug[:40].rstrip('-')}.html"


def _page(base: str, title: str, main: str, og_title: str) -> str:
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='UTF-8'/>"
        f"<meta content='blogger' name='generator'/><meta content='{escape(og_title)}'"
        f" property='og:title'/><title>{escape(title)}</title><link rel='alternate'"
        f" type='application/atom+xml' href='{base}feeds/posts/default'/></head><body>"
        "<div class='content-outer'><header><div class='header-outer'><h1 class='title'>"
        f"<a href='{base}'>Humas Polres Tanah Laut</a></h1></div></header>"
        f"<div class='main-inner'>{main}</div></div></body></html>"
    )


def _post(base: str, release) -> str:
    body = "".join(f"<div>{escape(p)}</div>" for p in release.paragraphs)
    stamp = release.aware(OFFSET).isoformat()
    main = (
        f"<div class='blog-posts hfeed'><h2 class='date-header'><span>{release.local:%d/%m/%Y}"
        "</span></h2><div class='post-outer'><div class='post hentry'>"
        f"<h3 class='post-title entry-title'>{escape(release.title)}</h3>"
        f"<div class='post-body entry-content'>{body}</div><div class='post-footer'>"
        f"Diposting oleh Humas di <abbr class='published' title='{stamp}'>"
        f"{release.local:%H.%M}</abbr></div></div></div></div>"
    )
    return _page(base, f"Humas Polres Tanah Laut: {release.title}", main, release.title)


def _home(base: str) -> str:
    teasers = "".join(
        f"<div class='post-outer'><h3 class='post-title'><a href='{base}{_path(r)[1:]}'>"
        f"{escape(r.title)}</a></h3><div class='post-body'>{escape(r.paragraphs[0])}</div></div>"
        for r in NEWEST_FIRST[:3]
    )
    pager = (
        f"<div class='blog-pager'><a class='blog-pager-older-link' href='{base}search?"
        "updated-max=2024-01-05T08:00:00%2B08:00&max-results=3'>Posting Lama</a></div>"
    )
    main = f"<div class='blog-posts'>{teasers}</div>{pager}"
    return _page(base, "Humas Polres Tanah Laut", main, "Humas Polres Tanah Laut")


def _feed(base: str, start: int) -> str:
    shown = NEWEST_FIRST[start - 1 : start - 1 + PER_FEED_PAGE]
    entries = "".join(
        f"<entry><published>{r.aware(OFFSET).isoformat()}</published>"
        f"<title type='text'>{escape(r.title)}</title>"
        f"<link rel='alternate' type='text/html' href='{base}{_path(r)[1:]}'/></entry>"
        for r in shown
    )
    after = start + PER_FEED_PAGE
    following = (
        # As Blogger writes it: on its own API host, not the blog's.
        "<link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/"
        f"4419852031176623908/posts/default?start-index={after}&amp;"
        f"max-results={PER_FEED_PAGE}'/>"
        if after <= len(NEWEST_FIRST)
        else ""
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'"
        " xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
        "<title type='text'>Humas Polres Tanah Laut</title>"
        f"<link rel='alternate' type='text/html' href='{base}'/>{following}"
        f"<openSearch:totalResults>{len(NEWEST_FIRST)}</openSearch:totalResults>"
        f"<openSearch:startIndex>{start}</openSearch:startIndex>{entries}</feed>"
    )


def make_site(base: str):
    posts = {_path(r): r for r in RELEASES}

    def answer(target: str):
        parts = urlsplit(target)
        if parts.path == "/":
            return 200, HTML, _home(base)
        if parts.path == "/robots.txt":
            return (
                200,
                TEXT,
                f"User-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {base}sitemap.xml\n",
            )
        if parts.path == "/feeds/posts/default":
            start = int(parse_qs(parts.query).get("start-index", ["1"])[0])
            return 200, "application/atom+xml; charset=UTF-8", _feed(base, start)
        if parts.path in posts:
            return 200, HTML, _post(base, posts[parts.path])
        return NOT_FOUND  # the sitemap too

    return answer


def test_a_paged_feed_is_read_to_its_end_and_only_as_far_as_new_posts_on_later_nights(
    tmp_path,
):
    db = tmp_path / "b.db"
    with serve(make_site) as served:
        _, first, every = crawl_two_nights(served, db)
    articles, _ = stored_articles(db)
    root = served.rstrip("/")
    assert set(articles) == {root + _path(r) for r in RELEASES}
    for release in RELEASES:
        title, published, _, text = articles[root + _path(release)]
        assert (title, published) == (release.title, release.aware(OFFSET).isoformat())
        assert text == "\n".join(release.paragraphs)
    paged = [t for t in first if t.startswith("/feeds/posts/default?start-index=")]
    assert sorted(paged) == [
        f"/feeds/posts/default?start-index={n}&max-results={PER_FEED_PAGE}" for n in (11, 6)
    ]
    assert not any(t.startswith("/search") for t in every)  # robots.txt
    # The second night: the feed's first page lists only archived posts, so its next
    # page is not asked for again.
    later = every[len(first) :]
    assert "/feeds/posts/default" in later
    assert not [t for t in later if "start-index" in t]
