# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A small news portal on its own CMS (platform "other") on 127.0.0.1, WIB: the twelve
releases of ``_articles``, reachable only through its HTML listings.

What it imitates: the URL shapes of the Divisi Humas Polri portal humas.polri.go.id as
public code cites them (``/news/detail/<id>-<slug>``, the index ``/news/all?page=N``;
seen through the code search, 2026), and what a home-grown PHP portal usually lacks:
no sitemap, no feed, no API, a robots.txt with one ``Disallow``. The markup is generic,
written for this test (no saved page of that portal was available): a Bootstrap-like
layout, ``h1.news-title``, a visible date "Selasa, 9 Januari 2024 10:12 WIB", the body
in ``div.news-content`` paragraphs, ``og:type`` ``article`` and a JSON-LD
``NewsArticle`` with ``datePublished``; the index has five cards a page and a relative
"Selanjutnya" link (``?page=2``); the home page shows the five newest and a link to the
index; ``/profil`` is a static page. Anything else is 404.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from urllib.parse import parse_qs, urlsplit

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, Answer, serve

OFFSET = 7  # WIB
TIMEZONE = "Asia/Jakarta"
PAGE_SIZE = 5
SITE_NAME = "Portal Berita Humas"


@dataclass(frozen=True)
class Post:
    release: Release
    news_id: int

    @property
    def path(self) -> str:
        return f"/news/detail/{self.news_id}-{self.release.slug}"

    @property
    def shown_date(self) -> str:
        d = self.release.local
        return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year} {d:%H:%M} WIB"


POSTS: tuple[Post, ...] = tuple(Post(r, 2251200 + 37 * i) for i, r in enumerate(RELEASES))
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))


def expected(base_url: str) -> dict[str, tuple[str, str]]:
    """What the archive must hold: URL -> (title, published_at in WIB)."""
    base = base_url.rstrip("/")
    return {base + p.path: (p.release.title, p.release.aware(OFFSET).isoformat()) for p in POSTS}


def _layout(base: str, title: str, head: str, main: str) -> str:
    return f"""<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{head}
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=3.2">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="{SITE_NAME}" height="40"></a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
      <li class="nav-item"><a class="nav-link" href="/news/all">Berita</a></li>
      <li class="nav-item"><a class="nav-link" href="/profil">Profil</a></li>
    </ul>
  </div>
</nav>
<main class="container my-4">
{main}
</main>
<footer class="bg-dark text-white py-4"><div class="container"><div class="row">
  <div class="col-md-6"><h6>{SITE_NAME}</h6><p class="small">Jl. Trunojoyo No. 3, Kebayoran Baru, Jakarta Selatan</p></div>
  <div class="col-md-6"><ul class="list-inline small"><li class="list-inline-item"><a class="text-white" href="/">Beranda</a></li><li class="list-inline-item"><a class="text-white" href="/profil">Profil</a></li></ul></div>
</div><p class="small mb-0">&copy; 2024 {SITE_NAME}</p></div></footer>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


def _card(post: Post) -> str:
    r = post.release
    return f"""<div class="col-md-4 mb-4"><div class="card h-100">
  <a href="{post.path}"><img class="card-img-top" src="/uploads/berita/{post.news_id}.jpg" alt=""></a>
  <div class="card-body">
    <small class="text-muted">{post.shown_date}</small>
    <h5 class="card-title"><a href="{post.path}">{escape(r.title)}</a></h5>
    <p class="card-text">{escape(r.paragraphs[0][:140])}…</p>
  </div>
</div></div>"""


def _article(base: str, post: Post) -> str:
    r = post.release
    url = base + post.path.lstrip("/")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": r.title,
        "datePublished": r.aware(OFFSET).isoformat(),
        "author": {"@type": "Organization", "name": SITE_NAME},
        "mainEntityOfPage": url,
    }
    head = f"""<meta name="description" content="{escape(r.paragraphs[0][:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(r.title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}uploads/berita/{post.news_id}.jpg">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    tags = " ".join(f'<span class="badge bg-secondary">{escape(t)}</span>' for t in r.tags)
    others = "\n".join(
        f'<li><a href="{p.path}">{escape(p.release.title)}</a></li>'
        for p in NEWEST_FIRST
        if p is not post
    )
    main = f"""<div class="row">
<div class="col-lg-8">
<article class="news-detail">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Beranda</a></li><li class="breadcrumb-item"><a href="/news/all">Berita</a></li></ol></nav>
  <h1 class="news-title">{escape(r.title)}</h1>
  <div class="news-meta text-muted"><span class="author">{SITE_NAME}</span> | <span class="date">{post.shown_date}</span></div>
  <img class="img-fluid my-3" src="/uploads/berita/{post.news_id}.jpg" alt="{escape(r.title)}">
  <div class="news-content">
{body}
  </div>
  <div class="news-tags">{tags}</div>
  <div class="share">Bagikan: <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></div>
</article>
</div>
<aside class="col-lg-4"><h5>Berita Lainnya</h5><ul class="list-unstyled">
{others}
</ul></aside>
</div>"""
    return _layout(base, f"{r.title} - {SITE_NAME}", head, main)


def _index(base: str, page: int) -> str | None:
    pages = -(-len(NEWEST_FIRST) // PAGE_SIZE)
    if not 1 <= page <= pages:
        return None
    shown = NEWEST_FIRST[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    pager = []
    if page > 1:
        pager.append(
            f'<li class="page-item"><a class="page-link" href="?page={page - 1}">Sebelumnya</a></li>'
        )
    for n in range(1, pages + 1):
        active = " active" if n == page else ""
        pager.append(
            f'<li class="page-item{active}"><a class="page-link" href="?page={n}">{n}</a></li>'
        )
    if page < pages:
        pager.append(
            f'<li class="page-item"><a class="page-link" href="?page={page + 1}">Selanjutnya</a></li>'
        )
    main = f"""<h2 class="mb-4">Semua Berita</h2>
<div class="row">
{chr(10).join(_card(p) for p in shown)}
</div>
<nav><ul class="pagination">
{chr(10).join(pager)}
</ul></nav>"""
    head = '<meta property="og:type" content="website">'
    return _layout(base, f"Berita - {SITE_NAME}", head, main)


def _home(base: str) -> str:
    main = f"""<div class="p-5 mb-4 bg-light rounded-3"><h1>{SITE_NAME}</h1><p class="lead">Informasi resmi kegiatan kepolisian.</p></div>
<h2>Berita Terkini</h2>
<div class="row">
{chr(10).join(_card(p) for p in NEWEST_FIRST[:PAGE_SIZE])}
</div>
<p><a class="btn btn-primary" href="/news/all">Lihat Semua Berita</a></p>"""
    return _layout(base, SITE_NAME, '<meta property="og:type" content="website">', main)


def make_site(base: str):
    by_path = {p.path: p for p in POSTS}

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path = parts.path.rstrip("/") or "/"
        if path == "/":
            return 200, HTML, _home(base)
        if path == "/robots.txt":
            return 200, TEXT, "User-agent: *\nDisallow: /admin\n"
        if path in by_path:
            return 200, HTML, _article(base, by_path[path])
        if path == "/news/all":
            raw = parse_qs(parts.query).get("page", ["1"])[0]
            body = _index(base, int(raw)) if raw.isdigit() else None
            return (200, HTML, body) if body else NOT_FOUND
        if path == "/profil":
            main = "<h1>Profil</h1><p>Bidang Hubungan Masyarakat.</p>"
            return 200, HTML, _layout(base, f"Profil - {SITE_NAME}", "", main)
        return NOT_FOUND

    return answer


def serve_custom_cms():
    """``with serve_custom_cms() as base_url:`` the portal on 127.0.0.1 until the block ends."""
    return serve(make_site)
