"""A tiny WordPress-style site whose articles a test can edit or take down between crawls.

The markup follows WordPress 6 core output (GeneratePress-like classes, OpenGraph,
``article:published_time``), the same shapes as ``scraper.samplesite``; the texts are
short police releases written for the tests.
"""

from __future__ import annotations

import hashlib
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


@dataclass
class Post:
    slug: str
    title: str
    paragraphs: list[str]
    published: str  # ISO with offset
    status: int = 200  # 404 / 410 to take it down, 301 to redirect home
    # Taken down, answered with 200 and the site's "not found" template (a soft 404,
    # as Lokomedia and CodeIgniter portals answer a deleted post; no error404 class).
    soft_gone: bool = False
    # Taken down, its URL answering the home page itself with 200 (a portal that shows
    # its front page for an unknown post id).
    serves_home: bool = False
    # The URL its rel=canonical names (default: its own), as a misconfigured theme or a
    # cloned post prints it.
    canonical: str | None = None
    # WordPress's number for the post (body class postid-N, shortlink ?p=N); default:
    # one derived from the slug. A post renamed by its editor keeps its number.
    number: int | None = None
    # With status 301: the slug its old URL redirects to (default: the home page).
    moved_to: str | None = None
    # With status 301: the absolute URL it redirects to instead (another domain's page).
    redirect_to: str | None = None

    @property
    def post_number(self) -> int:
        return (
            self.number
            if self.number is not None
            else zlib.crc32(self.slug.encode()) % 90000 + 1000
        )


@dataclass
class MutableSite:
    posts: dict[str, Post] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    # Slugs the home page lists (default: every post).
    home: list[str] | None = None
    # Serve /sitemap.xml listing every post (robots.txt names it).
    sitemap: bool = False
    # With ``sitemap``: robots.txt names /sitemap_index.xml instead, an index whose one
    # child, /post-sitemap.xml, lists the posts (Yoast's shape).
    sitemap_index: bool = False
    # Answer every 200 with an ETag, and a matching If-None-Match with 304 (nginx's
    # static files and page caches do).
    validators: bool = False
    # The sitemap robots.txt names, when another than ``sitemap``'s.
    robots_sitemap: str | None = None
    # Paths that answer only this status (a sitemap's server error, say).
    broken: dict[str, int] = field(default_factory=dict)
    # Seconds to wait before answering a path, to fix the order responses arrive in.
    delays: dict[str, float] = field(default_factory=dict)
    # Print GeneratePress/Twenty Twenty-One post navigation (rel=prev/rel=next links to
    # the neighbouring posts, in the order of ``posts``) under each article.
    navigation: bool = False
    # robots.txt asks this Crawl-delay (seconds) of every user agent.
    crawl_delay: float | None = None
    # (time.monotonic(), path) of every request, in the order they came.
    requests: list[tuple[float, str]] = field(default_factory=list)

    def page(self, path: str, base: str) -> tuple[int, str, dict]:
        if path in self.broken:
            return self.broken[path], "", {}
        post = self.posts.get(path.strip("/"))
        if path == "/" or (post is not None and post.serves_home):
            slugs = self.home if self.home is not None else list(self.posts)
            slugs = [s for s in slugs if not self.posts[s].serves_home]
            links = "".join(
                f'<article class="post"><h2 class="entry-title"><a href="{base}{p.slug}/">'
                f"{escape(p.title)}</a></h2></article>"
                for p in (self.posts[s] for s in slugs)
            )
            return 200, _doc("Beranda", "home blog", links, ""), {}
        if path == "/sitemap_index.xml" and self.sitemap and self.sitemap_index:
            xml = (
                '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps'
                f'.org/schemas/sitemap/0.9"><sitemap><loc>{base}post-sitemap.xml</loc></sitemap>'
                "</sitemapindex>"
            )
            return 200, xml, {"Content-Type": "application/xml; charset=UTF-8"}
        posts_sitemap = "/post-sitemap.xml" if self.sitemap_index else "/sitemap.xml"
        if path == posts_sitemap and self.sitemap:
            urls = "".join(f"<url><loc>{base}{slug}/</loc></url>" for slug in self.posts)
            xml = (
                '<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            )
            return 200, xml, {"Content-Type": "application/xml; charset=UTF-8"}
        slug = path.strip("/")
        post = self.posts.get(slug)
        if post is None:
            return (
                404,
                _doc("Tidak ditemukan", "error404", "<h1>Halaman tidak ditemukan</h1>", ""),
                {},
            )
        if post.soft_gone:
            main = (
                '<div class="content"><h1>Halaman Tidak Ditemukan</h1><p>Maaf, halaman yang '
                'Anda cari tidak tersedia atau telah dihapus.</p><a href="/">Kembali</a></div>'
            )
            return 200, _doc("Halaman Tidak Ditemukan - Polres Contoh", "", main, ""), {}
        if post.status in (301, 302):
            return (
                post.status,
                "",
                {
                    "Location": post.redirect_to
                    or (base + post.moved_to + "/" if post.moved_to else base)
                },
            )
        if post.status != 200:
            return post.status, _doc("Tidak ditemukan", "error404", "<h1>Tidak ada</h1>", ""), {}
        body = "".join(f"<p>{escape(p)}</p>" for p in post.paragraphs)
        if self.navigation:
            body += self._navigation(slug, base)
        head = (
            f'<link rel="canonical" href="{post.canonical or base + post.slug + "/"}">'
            '<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{escape(post.title)}">'
            f'<meta property="article:published_time" content="{post.published}">'
            f'<link rel="shortlink" href="{base}?p={post.post_number}">'
        )
        article = (
            f'<article class="post type-post"><h1 class="entry-title">{escape(post.title)}</h1>'
            f'<time class="entry-date published" datetime="{post.published}"></time>'
            f'<div class="entry-content">{body}</div></article>'
        )
        body_class = f"single single-post postid-{post.post_number}"
        return 200, _doc(post.title, body_class, article, head), {}

    def _navigation(self, slug: str, base: str) -> str:
        order = list(self.posts)
        at = order.index(slug)
        links = []
        if at > 0:
            prev = self.posts[order[at - 1]]
            links.append(
                f'<div class="nav-previous"><a href="{base}{prev.slug}/" rel="prev">'
                f"Sebelumnya: {escape(prev.title)}</a></div>"
            )
        if at + 1 < len(order):
            nxt = self.posts[order[at + 1]]
            links.append(
                f'<div class="nav-next"><a href="{base}{nxt.slug}/" rel="next">'
                f"Berikutnya: {escape(nxt.title)}</a></div>"
            )
        return f'<nav class="post-navigation"><div class="nav-links">{"".join(links)}</div></nav>'


def _doc(title: str, body_class: str, main: str, head: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><title>{escape(title)}'
        f'</title>{head}</head><body class="{body_class}"><header><nav><a href="/">Beranda'
        f"</a></nav></header><main>{main}</main><footer>© 2023 Polres Contoh</footer></body></html>"
    )


@contextmanager
def serve_mutable(site: MutableSite):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            site.hits[self.path] = site.hits.get(self.path, 0) + 1
            site.requests.append((time.monotonic(), self.path))
            path = self.path.split("?")[0]
            if path in site.delays:
                time.sleep(site.delays[path])
            if self.path == "/robots.txt":
                named = "sitemap_index.xml" if site.sitemap_index else "sitemap.xml"
                sitemap = f"Sitemap: {base}{named}\n" if site.sitemap else ""
                if site.robots_sitemap:
                    sitemap = f"Sitemap: {site.robots_sitemap}\n"
                delay = f"Crawl-delay: {site.crawl_delay}\n" if site.crawl_delay else ""
                status, html, headers = 200, f"User-agent: *\nDisallow:\n{delay}{sitemap}", {}
            else:
                status, html, headers = site.page(unquote(self.path.split("?")[0]), base)
            data = html.encode("utf-8")
            if site.validators and status == 200:
                etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
                headers["ETag"] = etag
                if self.headers.get("If-None-Match") == etag:
                    status, data = 304, b""
            self.send_response(status)
            headers.setdefault("Content-Type", "text/html; charset=UTF-8")
            for key, value in headers.items():
                # Raw UTF-8, as PHP's header() sends a Location with a non-ASCII slug
                # (http.server would write the value as latin-1).
                self.send_header(key, value.encode("utf-8").decode("latin-1"))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
