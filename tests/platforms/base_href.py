# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A portal whose template prints ``<base href="<?= base_url() ?>">`` and links every page
relative to it: the twelve releases of ``_articles`` at
``berita/detail/<id>-<slug>.html``, WIB.

What it imitates: CodeIgniter and Lokomedia themes that put ``base_url()`` in a
``<base>`` element and write ``berita/detail/…`` and ``kategori/hukum/`` (no leading
slash) on every page; the home page shows the three newest, each category page lists
its own, an article page lists the others ("Berita Terkait"), and the rel=canonical is
relative too. On the home page the links resolve the same with or without the base; on a
category or article page only against it. Markup written for this test (adapted from
helper-103's imitation, session 43); no sitemap, no feed.

Before: links were joined with the page's own URL (``/kategori/hukum/`` +
``berita/detail/101-….html``), every one a 404, and only the home page's three articles
were archived, with exit 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, Answer, serve

OFFSET = 7  # WIB
SITE_NAME = "Kabar Banua"
CATEGORIES = ("hukum", "peristiwa", "pemerintahan")


@dataclass(frozen=True)
class Post:
    release: Release
    news_id: int
    category: str

    @property
    def href(self) -> str:  # as the pages write it, relative to the base
        return f"berita/detail/{self.news_id}-{self.release.slug}.html"

    @property
    def shown_date(self) -> str:
        d = self.release.local
        return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year} {d:%H:%M} WIB"


POSTS: tuple[Post, ...] = tuple(
    Post(r, 101 + i, CATEGORIES[i % len(CATEGORIES)]) for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))


def expected(base_url: str) -> dict[str, tuple[str, str]]:
    """What the archive must hold: URL -> (title, published_at in WIB)."""
    return {
        base_url + p.href: (p.release.title, p.release.aware(OFFSET).isoformat()) for p in POSTS
    }


def _page(base: str, title: str, main: str, head: str = "") -> str:
    cats = " | ".join(f'<a href="kategori/{c}/">{c.title()}</a>' for c in CATEGORIES)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<base href="{base}">
<title>{escape(title)}</title>
{head}
<link rel="stylesheet" href="assets/css/style.css">
</head>
<body>
<header class="header"><a class="logo" href="./">{SITE_NAME}</a>
<nav class="menu"><a href="./">Beranda</a> | {cats} | <a href="redaksi/">Redaksi</a></nav></header>
<div class="wrapper">
<div class="konten">
{main}
</div>
<div class="sidebar"><h3>Kategori</h3><ul>{"".join(f'<li><a href="kategori/{c}/">{c.title()}</a></li>' for c in CATEGORIES)}</ul></div>
</div>
<footer class="footer">&copy; 2024 {SITE_NAME}. <a href="redaksi/">Redaksi</a> <a href="pedoman-media-siber/">Pedoman Media Siber</a></footer>
</body>
</html>"""


def _list(posts) -> str:
    return (
        "<ul class='daftar-berita'>"
        + "".join(
            f'<li><h3><a href="{p.href}">{escape(p.release.title)}</a></h3><span class="tgl">{p.shown_date}</span></li>'
            for p in posts
        )
        + "</ul>"
    )


def _article(base: str, post: Post) -> str:
    r = post.release
    body = "\n".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    related = _list(p for p in NEWEST_FIRST if p is not post and p.category == post.category)
    head = f'<link rel="canonical" href="{post.href}">\n<meta property="og:type" content="article">'
    main = f"""<article class="detail-berita">
<h1 class="judul-berita">{escape(r.title)}</h1>
<div class="info-berita">{post.shown_date} | Kategori: <a href="kategori/{post.category}/">{post.category.title()}</a></div>
<div class="isi-berita">
{body}
</div>
</article>
<div class="terkait"><h3>Berita Terkait</h3>{related}</div>"""
    return _page(base, f"{r.title} - {SITE_NAME}", main, head)


def make_site(base: str):
    by_path = {"/" + p.href: p for p in POSTS}

    def answer(target: str) -> Answer:
        path = target.split("?", 1)[0]
        if path == "/robots.txt":
            return 200, TEXT, "User-agent: *\nDisallow: /admin/\n"
        if path == "/":
            return (
                200,
                HTML,
                _page(base, SITE_NAME, "<h2>Berita Terbaru</h2>" + _list(NEWEST_FIRST[:3])),
            )
        if path in by_path:
            return 200, HTML, _article(base, by_path[path])
        for category in CATEGORIES:
            if path == f"/kategori/{category}/":
                listed = [p for p in NEWEST_FIRST if p.category == category]
                return (
                    200,
                    HTML,
                    _page(
                        base,
                        f"{category.title()} - {SITE_NAME}",
                        f"<h2>{category.title()}</h2>" + _list(listed),
                    ),
                )
        if path in ("/redaksi/", "/pedoman-media-siber/"):
            return (
                200,
                HTML,
                _page(
                    base,
                    f"Redaksi - {SITE_NAME}",
                    "<h2>Redaksi</h2><p>Pemimpin Redaksi: Ahmad Fauzi.</p>",
                ),
            )
        return NOT_FOUND

    return answer


def serve_base_href():
    """``with serve_base_href() as base_url:`` the portal on 127.0.0.1 until the block ends."""
    return serve(make_site)
