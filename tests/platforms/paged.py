# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""Two loopback news sites whose long articles are split over several pages.

``make_tribun``: a Tribun-network regional edition (markup after the golden page
``tests/golden/pages/tribun-regional-paging.html``): ``/YYYY/MM/DD/slug`` articles,
page N at ``?page=N`` with ``<link rel="next">`` in the head and a paging block
"Halaman 1 2 3 Selanjutnya" after the body, some with "Tampilkan Semua" to
``?page=all`` (the whole text on one page), every page repeating the reporter's
"Laporan Wartawan" credit and an "ADVERTISEMENT" label, each page its own
``rel=canonical`` (the worst case: a page 2 that names itself). Found through a
sitemap and the home page.

``make_wordpress``: a WordPress site whose long post is split with ``<!--nextpage-->``
(``/slug/``, ``/slug/2/``, ``/slug/3/``; ``wp_link_pages``'s ``.page-links`` block
"Halaman: 1 2 3" inside ``.entry-content``; Yoast's ``<link rel="next">`` to
``/slug/2/``; WordPress core's canonical of a later page names that page), and
ordinary single posts whose head carries core's ``adjacent_posts_rel_link_wp_head``
links (``<link rel='next' title=… href=NEXT-POST>``) and whose foot the theme's post
navigation (``.nav-links`` with ``rel="next"``/``rel="prev"``): the next *post*, never
a continuation. Found through a sitemap; a category listing with ``/page/2/``.
With ``spam``, as a hijacked WordPress: page 2 of the long post carries a hidden
gambling link block (``scraper.samplesite.injected.link_block``), and one more split
post reads as a notice on page 1 and sells slots on page 2 (``spam_split_story``).

The articles are the releases of ``_articles``; a long one joins three releases' paragraphs
under the first one's title (four paragraphs a page). Everything is invented.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime
from html import escape
from urllib.parse import parse_qs, urlsplit

from scraper.samplesite.injected import HIDING, SPAM_POSTS, link_block
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 8  # WITA
TIMEZONE = "Asia/Makassar"
CREDIT = "Laporan Wartawan Bpost, Muhammad Rahmadi"


@dataclass(frozen=True)
class Story:
    path: str  # "/2024/01/09/slug" (Tribun) or "/slug/" (WordPress)
    release: Release
    pages: tuple[tuple[str, ...], ...]  # the paragraphs of each page
    show_all: bool = False  # links a one-page view (?page=all)

    @property
    def paragraphs(self) -> list[str]:
        return [p for page in self.pages for p in page]


def _long(first: Release, *others: Release) -> tuple[tuple[str, ...], ...]:
    return (first.paragraphs, *(r.paragraphs for r in others))


def tribun_stories() -> tuple[Story, ...]:
    r = RELEASES
    return (
        Story(f"/{r[0].local:%Y/%m/%d}/{r[0].slug}", r[0], _long(r[0], r[1], r[2])),
        Story(f"/{r[3].local:%Y/%m/%d}/{r[3].slug}", r[3], _long(r[3], r[4]), show_all=True),
        Story(f"/{r[5].local:%Y/%m/%d}/{r[5].slug}", r[5], (r[5].paragraphs,)),
        Story(f"/{r[6].local:%Y/%m/%d}/{r[6].slug}", r[6], (r[6].paragraphs,)),
    )


def wordpress_stories() -> tuple[Story, ...]:
    r = RELEASES
    return (
        Story(f"/{r[7].slug}/", r[7], _long(r[7], r[8], r[9])),
        Story(f"/{r[10].slug}/", r[10], (r[10].paragraphs,)),
        Story(f"/{r[11].slug}/", r[11], (r[11].paragraphs,)),
        Story(f"/{r[1].slug}/", r[1], (r[1].paragraphs,)),
    )


def spam_split_story() -> Story:
    """A post split over two pages whose page 1 is a harmless notice and whose page 2
    is a gambling spam post's promotion, in its own voice."""
    notice = (
        "Satlantas Polres Tanah Laut kembali membuka layanan SIM keliling di sejumlah "
        "titik di Pelaihari pekan ini, mulai Senin (15/1/2024) pukul 08.00 Wita.",
        "Pemohon perpanjangan SIM A dan SIM C diminta membawa KTP asli dan SIM lama yang "
        "masih berlaku.",
    )
    release = Release(
        "jadwal-pelayanan-sim-keliling-pekan-ini",
        "Jadwal Pelayanan SIM Keliling Pekan Ini",
        notice,
        ("SIM",),
        datetime(2024, 1, 14, 9, 0),
    )
    return Story(f"/{release.slug}/", release, (notice, SPAM_POSTS[0][1]))


def spam_block() -> tuple[str, list[str]]:
    """The hidden link block on page 2 of the long post (``spam``), and its anchors."""
    return link_block(random.Random(5), None, HIDING[1], keywords=True)


def _sitemap(base: str, stories: tuple[Story, ...]) -> str:
    urls = "".join(
        f"<url><loc>{base.rstrip('/')}{s.path}</loc><lastmod>{s.release.aware(OFFSET).isoformat()}</lastmod></url>"
        for s in stories
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def _ld(story: Story, url: str) -> str:
    r = story.release
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": r.title,
            "datePublished": r.aware(OFFSET).isoformat(),
            "author": {"@type": "Person", "name": "Muhammad Rahmadi"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        },
        ensure_ascii=False,
    )


# -- the Tribun-like portal ------------------------------------------------------------


def _tribun_page(base: str, story: Story, page: int | str, stories: tuple[Story, ...]) -> str:
    r = story.release
    url = base.rstrip("/") + story.path
    total = len(story.pages)
    if page == "all":
        shown = story.paragraphs
        here = url + "?page=all"
    else:
        shown = list(story.pages[int(page) - 1])
        here = url if page == 1 else f"{url}?page={page}"
    head_links = []
    if page != "all" and int(page) < total:
        head_links.append(f'<link rel="next" href="{url}?page={int(page) + 1}">')
    if page != "all" and int(page) > 1:
        prev = url if int(page) == 2 else f"{url}?page={int(page) - 1}"
        head_links.append(f'<link rel="prev" href="{prev}">')
    body = [f"<p><strong>{CREDIT}</strong></p>"]
    for i, paragraph in enumerate(shown):
        if i == 0 and page in (1, "all"):
            paragraph = f"<strong>BANJARMASINPOST.CO.ID, BANJARMASIN</strong> - {escape(paragraph)}"
        else:
            paragraph = escape(paragraph)
        body.append(f"<p>{paragraph}</p>")
        if i == 1:
            body.append(
                '<div class="ac mt10 mb20"><div class="f10 grey2 ac mb5">ADVERTISEMENT</div></div>'
            )
    paging = ""
    if total > 1 and page != "all":
        numbers = "".join(
            f'<a{" class=active" if n == page else ""} href="{url if n == 1 else f"{url}?page={n}"}">{n}</a>'
            for n in range(1, total + 1)
        )
        following = (
            f'<a class="next" href="{url}?page={int(page) + 1}">Selanjutnya</a>'
            if int(page) < total
            else ""
        )
        every = (
            f'<div class="mt10"><a class="f12 grey" href="{url}?page=all">Tampilkan Semua</a></div>'
            if story.show_all
            else ""
        )
        paging = f'<div class="paging mt20 mb20 ac"><span class="f14 mr10">Halaman</span>{numbers}{following}{every}</div>'
    related = "".join(
        f'<li><h3><a class="f16 fbo" href="{base.rstrip("/")}{s.path}">{escape(s.release.title)}</a></h3></li>'
        for s in stories
        if s is not story
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{escape(r.title)} - Banjarmasinpost.co.id</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Banjarmasinpost.co.id">
<meta property="og:title" content="{escape(r.title)}">
<meta name="content_Page" content="{page}">
<meta name="content_TotalPage" content="{total}">
<link rel="canonical" href="{here}">
{"".join(head_links)}
<script type="application/ld+json">{_ld(story, url)}</script>
</head>
<body>
<div id="header"><ul class="mainmenu"><li><a href="{base}">Home</a></li></ul></div>
<div class="main"><div class="content"><div id="article" class="fl w677">
<h1 class="f50 black2 f400 crimson" id="arttitle">{escape(r.title)}</h1>
<div class="grey bdr3 pb10 pt10"><span><time>{r.local:%d/%m/%Y %H:%M} WITA</time></span></div>
<div class="side-article txt-article multi-fontsize editcontent">
{chr(10).join(body)}
</div>
{paging}
<div class="mb20 bdr3"><h3 class="f20 fbo mb10">Berita Terkait</h3><ul class="lsi">{related}</ul></div>
</div></div></div>
<div id="footer">Copyright &copy; 2024 Banjarmasinpost.co.id</div>
</body>
</html>"""


def make_tribun(broken: bool = False):
    """The portal; ``broken``: page 2 of the three-page story answers 404, and so does
    the one-page view of the story that links one (its pages still answer)."""

    def make_site(base: str):
        stories = tribun_stories()
        by_path = {s.path: s for s in stories}

        def answer(target: str) -> Answer:
            parts = urlsplit(target)
            if parts.path == "/":
                items = "".join(
                    f'<li><a href="{s.path}">{escape(s.release.title)}</a></li>' for s in stories
                )
                return (
                    200,
                    HTML,
                    f"<html><head><title>Bpost</title></head><body><ul>{items}</ul></body></html>",
                )
            if parts.path == "/robots.txt":
                return 200, TEXT, f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n"
            if parts.path == "/sitemap.xml":
                return 200, XML, _sitemap(base, stories)
            story = by_path.get(parts.path)
            if story is None:
                return NOT_FOUND
            raw = parse_qs(parts.query).get("page", ["1"])[0]
            if raw == "all" and story.show_all:
                if broken:
                    return NOT_FOUND
                return 200, HTML, _tribun_page(base, story, "all", stories)
            if not raw.isdigit() or not 1 <= int(raw) <= len(story.pages):
                return NOT_FOUND
            if broken and int(raw) == 2 and len(story.pages) == 3:
                return NOT_FOUND
            return 200, HTML, _tribun_page(base, story, int(raw), stories)

        return answer

    return make_site


def serve_tribun(broken: bool = False):
    """``with serve_tribun() as base_url:`` the portal on 127.0.0.1 until the block ends."""
    return serve(make_tribun(broken))


# -- the WordPress site --------------------------------------------------------------


def _wp_page(
    base: str, story: Story, page: int, stories: tuple[Story, ...], spam: bool = False
) -> str:
    r = story.release
    root = base.rstrip("/")
    url = root + story.path
    total = len(story.pages)
    here = url if page == 1 else f"{url}{page}/"
    index = stories.index(story)
    older = stories[index + 1] if index + 1 < len(stories) else None
    newer = stories[index - 1] if index > 0 else None
    head = []
    # WordPress core's adjacent_posts_rel_link_wp_head: the neighbouring *posts*.
    if newer is not None:
        head.append(
            f"<link rel='prev' title='{escape(newer.release.title)}' href='{root}{newer.path}' />"
        )
    if older is not None:
        head.append(
            f"<link rel='next' title='{escape(older.release.title)}' href='{root}{older.path}' />"
        )
    if total > 1 and page < total:
        # Yoast SEO on a paginated post: the post's own next page.
        head = [f'<link rel="next" href="{url}{page + 1}/" />']
    links = ""
    if total > 1:
        numbers = " ".join(
            f'<span class="post-page-numbers current" aria-current="page">{n}</span>'
            if n == page
            else f'<a href="{url if n == 1 else f"{url}{n}/"}" class="post-page-numbers">{n}</a>'
            for n in range(1, total + 1)
        )
        links = f'<div class="page-links">Halaman: {numbers}</div>'
    paragraphs = [f"<p>{escape(p)}</p>" for p in story.pages[page - 1]]
    if spam and page == 2 and index == 0:
        paragraphs.insert(2, spam_block()[0])
    body = "\n".join(paragraphs)
    nav = []
    if newer is not None:
        nav.append(
            f'<div class="nav-previous"><a href="{root}{newer.path}" rel="prev"><span class="nav-subtitle">Sebelumnya:</span> {escape(newer.release.title)}</a></div>'
        )
    if older is not None:
        nav.append(
            f'<div class="nav-next"><a href="{root}{older.path}" rel="next"><span class="nav-subtitle">Selanjutnya:</span> {escape(older.release.title)}</a></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<title>{escape(r.title)} &#8211; Warta Banua</title>
<link rel="canonical" href="{here}" />
{chr(10).join(head)}
<meta property="og:type" content="article" />
<meta property="og:title" content="{escape(r.title)}" />
<meta property="article:published_time" content="{r.aware(OFFSET).isoformat()}" />
<link rel='shortlink' href='{root}/?p={1000 + index}' />
</head>
<body class="post-template-default single single-post single-format-standard">
<header id="masthead"><p class="site-title"><a href="{base}">Warta Banua</a></p>
<nav><ul><li><a href="{base}category/hukum/">Hukum</a></li><li><a href="{base}category/hukum/page/2/">Hukum (2)</a></li></ul></nav></header>
<main id="main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{escape(r.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{r.aware(OFFSET).isoformat()}">{r.local:%d/%m/%Y}</time></div></header>
<div class="entry-content">
{body}
{links}
</div>
</article>
<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links">{"".join(nav)}</div></nav>
</main>
<footer id="colophon"><div class="site-info">&copy; 2024 Warta Banua</div></footer>
</body>
</html>"""


def make_wordpress(base: str, spam: bool = False):
    stories = wordpress_stories() + ((spam_split_story(),) if spam else ())
    by_path = {s.path: s for s in stories}

    def answer(target: str) -> Answer:
        path = urlsplit(target).path
        if path == "/":
            items = "".join(
                f'<h2 class="entry-title"><a href="{s.path}">{escape(s.release.title)}</a></h2>'
                for s in stories
            )
            return (
                200,
                HTML,
                f'<html><head><title>Warta Banua</title></head><body class="home blog">{items}</body></html>',
            )
        if path == "/robots.txt":
            return 200, TEXT, f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {base}sitemap.xml\n"
        if path == "/sitemap.xml":
            return 200, XML, _sitemap(base, stories)
        if path in by_path:
            return 200, HTML, _wp_page(base, by_path[path], 1, stories, spam)
        head, _, tail = path.rstrip("/").rpartition("/")
        story = by_path.get(head + "/")
        if story is not None and tail.isdigit() and 2 <= int(tail) <= len(story.pages):
            return 200, HTML, _wp_page(base, story, int(tail), stories, spam)
        return NOT_FOUND

    return answer


def serve_wordpress(spam: bool = False):
    """``with serve_wordpress() as base_url:`` the site on 127.0.0.1 until the block ends
    (``spam``: hijacked, see the module)."""
    return serve(lambda base: make_wordpress(base, spam))
