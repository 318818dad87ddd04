# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A regional-government news portal on CodeIgniter 3 whose every address routes through
the query string (``$config['uri_protocol'] = 'QUERY_STRING'``): the twelve releases of
``_articles`` at ``/index.php?/berita/baca/<id>/<slug>``, WITA.

What it imitates: CodeIgniter 3's routing as its documentation and ``system/core/URI.php``
describe it (``_parse_query_string``: the query must start with ``/controller/method``;
``_filter_uri``: a ``%`` is not among the default ``permitted_uri_chars`` and is answered
400 "The URI you submitted has disallowed characters."; any route it does not know gets
its stock 404 page), and what such pemda portals usually have: no sitemap, no API, an
RSS feed of the ten newest at ``index.php?/rss``, the home page's ten newest with
"Selanjutnya" pages at ``index.php?/berita/index/<offset>``, a Bootstrap 3 layout with a
"Berita Terbaru" sidebar, a date line "Selasa, 9 Januari 2024 10:12 WITA" and no
``rel=canonical``. The markup is written for this test (adapted from helper-102's
imitation, session 43; no saved page of such a portal was available).

Before: every link was requested as ``index.php?%2Fberita%2Fbaca%2F…=`` (the archive's
key spelled the route as a parameter), answered 400, and nothing was archived.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import format_datetime
from html import escape

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, Answer, serve

OFFSET = 8  # WITA
PAGE_SIZE = 5
SITE_NAME = "Diskominfo Kabupaten Banjar"
RSS = "application/rss+xml; charset=utf-8"
CI_404: Answer = (
    404,
    HTML,
    '<!DOCTYPE html><html><head><title>404 Page Not Found</title></head><body><div id="container"><h1>404 Page Not Found</h1><p>The page you requested was not found.</p></div></body></html>',
)
CI_400: Answer = (400, HTML, "The URI you submitted has disallowed characters.")


@dataclass(frozen=True)
class Post:
    release: Release
    news_id: int

    @property
    def path(self) -> str:
        return f"/index.php?/berita/baca/{self.news_id}/{self.release.slug}"

    @property
    def shown_date(self) -> str:
        d = self.release.local
        return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year} {d:%H:%M} WITA"


POSTS: tuple[Post, ...] = tuple(Post(r, 101 + i) for i, r in enumerate(RELEASES))
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))


def expected(base_url: str) -> dict[str, tuple[str, str]]:
    """What the archive must hold: URL -> (title, published_at in WITA)."""
    base = base_url.rstrip("/")
    return {base + p.path: (p.release.title, p.release.aware(OFFSET).isoformat()) for p in POSTS}


def _layout(title: str, main: str, head: str = "") -> str:
    latest = "\n".join(
        f'<li><a href="/index.php?/berita/baca/{p.news_id}/{p.release.slug}">{escape(p.release.title)}</a></li>'
        for p in NEWEST_FIRST[:5]
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/index.php?/rss">
{head}
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css">
</head>
<body>
<nav class="navbar navbar-default"><div class="container">
  <a class="navbar-brand" href="/index.php">{SITE_NAME}</a>
  <ul class="nav navbar-nav">
    <li><a href="/index.php">Beranda</a></li>
    <li><a href="/index.php?/berita/index/0">Berita</a></li>
    <li><a href="/index.php?/halaman/profil">Profil</a></li>
  </ul>
</div></nav>
<div class="container"><div class="row">
<div class="col-md-8">
{main}
</div>
<div class="col-md-4 sidebar"><div class="panel panel-default"><div class="panel-heading">Berita Terbaru</div>
<ul class="list-unstyled panel-body">
{latest}
</ul></div></div>
</div></div>
<footer class="footer"><div class="container"><p>&copy; 2024 {SITE_NAME}. Jl. Ahmad Yani Km. 40, Martapura.</p></div></footer>
</body>
</html>"""


def _article(post: Post) -> str:
    r = post.release
    body = "\n".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    head = f'<meta name="description" content="{escape(r.paragraphs[0][:150])}">'
    main = f"""<div class="berita-detail">
  <h1 class="judul">{escape(r.title)}</h1>
  <p class="tanggal text-muted"><i class="glyphicon glyphicon-time"></i> {post.shown_date} | Admin Diskominfo</p>
  <img class="img-responsive" src="/uploads/berita/{post.news_id}.jpg" alt="">
  <div class="isi-berita">
{body}
  </div>
  <p class="bagikan">Bagikan: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></p>
</div>"""
    return _layout(f"{r.title} | {SITE_NAME}", main, head)


def _index(offset: int) -> str | None:
    if offset % PAGE_SIZE or not 0 <= offset < len(NEWEST_FIRST):
        return None
    shown = NEWEST_FIRST[offset : offset + PAGE_SIZE]
    items = "\n".join(
        f'<div class="media"><div class="media-body"><h4><a href="{p.path}">{escape(p.release.title)}</a></h4>'
        f"<small>{p.shown_date}</small><p>{escape(p.release.paragraphs[0][:120])}…</p></div></div>"
        for p in shown
    )
    pager = ""
    if offset + PAGE_SIZE < len(NEWEST_FIRST):
        pager = f'<ul class="pager"><li class="next"><a href="/index.php?/berita/index/{offset + PAGE_SIZE}">Selanjutnya &raquo;</a></li></ul>'
    return _layout(f"Berita | {SITE_NAME}", f"<h2>Berita</h2>\n{items}\n{pager}")


def _rss(base: str) -> str:
    items = "\n".join(
        f"<item><title>{escape(p.release.title)}</title><link>{escape(base.rstrip('/') + p.path)}</link>"
        f"<pubDate>{format_datetime(p.release.utc(OFFSET))}</pubDate>"
        f"<description>{escape(p.release.paragraphs[0][:150])}</description></item>"
        for p in NEWEST_FIRST[:10]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{SITE_NAME}</title><link>{escape(base)}</link>
<description>Berita {SITE_NAME}</description>
{items}
</channel></rss>"""


def make_site(base: str):
    by_route = {p.path.split("?", 1)[1]: p for p in POSTS}

    def answer(target: str) -> Answer:
        path, _, query = target.partition("?")
        if path == "/robots.txt":
            return CI_404
        if path not in ("/", "/index.php"):
            return CI_404
        if "%" in query:
            return CI_400
        route = query.rstrip("/")
        if route in ("", "/berita"):
            return 200, HTML, _index(0).replace("<h2>Berita</h2>", "<h2>Berita Terkini</h2>")
        if route in by_route:
            return 200, HTML, _article(by_route[route])
        if route.startswith("/berita/index/") and route.rsplit("/", 1)[1].isdigit():
            page = _index(int(route.rsplit("/", 1)[1]))
            return (200, HTML, page) if page else CI_404
        if route == "/rss":
            return 200, RSS, _rss(base)
        if route == "/halaman/profil":
            return (
                200,
                HTML,
                _layout(
                    f"Profil | {SITE_NAME}",
                    "<h2>Profil</h2><p>Dinas Komunikasi dan Informatika.</p>",
                ),
            )
        return CI_404

    return answer


def serve_codeigniter():
    """``with serve_codeigniter() as base_url:`` the portal on 127.0.0.1 until the block ends."""
    return serve(make_site)
