"""Three local fixture sites that publish the labelled syndication set in ``data.json``.

Each site is a ``http.server.ThreadingHTTPServer`` on 127.0.0.1, port 0, in a daemon thread:

``polres``
    A Polres WordPress 6.x site (Polres Tanah Laut, WITA). Permalinks ``/YYYY/MM/DD/slug/``.
    Markup follows WordPress core + a GeneratePress-style theme + Yoast SEO, as
    ``scraper/samplesite/wordpress.py`` and ``seo.py`` model it (read, not imported):
    ``body.single.single-post.postid-N``, ``article.post-N.hentry``, ``h1.entry-title``,
    ``time.entry-date.published[datetime]``, ``div.entry-content`` with one ``<p>`` per
    paragraph, OpenGraph + ``article:published_time`` meta, and a Yoast ``@graph`` JSON-LD
    script whose ``NewsArticle`` carries ``datePublished``.
``tribratanews``
    A Tribratanews-style regional portal on Odoo ``website_blog`` (WIB). URLs
    ``/blog/berita-polda-1/<slug>-<id>``. Markup modelled on Odoo 16's ``website_blog``
    templates (``blog_post_complete``): ``<meta name="generator" content="Odoo">``,
    ``section#o_wblog_post_top`` with ``#o_wblog_post_name``, ``section#o_wblog_post_main``
    holding ``div.o_wblog_post_content_field``, the ``o_wblog_post_short_tag_section`` tag list,
    and ``<meta property="article:published_time" content="YYYY-MM-DD HH:MM:SS">`` written as
    naive UTC, the way Odoo serialises ``post_date``. The sitemap's ``<lastmod>`` is a bare
    date, as Odoo's ``/sitemap.xml`` prints it.
``aggregator``
    An mci.life-style aggregator (WordPress, WITA), URLs ``/slug/``. Same WordPress markup,
    plus what FS Poster and the theme add after the body: a link line
    ``<base>/slug/?feed_id=NNN&_unique_id=<13 hex>`` as the last paragraph of
    ``div.entry-content`` (the ``_unique_id`` is PHP ``uniqid()``: 8 hex digits of the Unix
    time, 5 of microseconds) and a ``div.post-tags`` "Tags" block. Posts also answer with
    any query string, as WordPress does.

Every site serves a home page listing its posts newest first with pagination of 10
(WordPress ``/page/N/``; Odoo ``/blog/berita-polda-1/page/N``), ``/robots.txt`` with a
``Sitemap:`` line and ``/sitemap.xml`` (a ``urlset`` with ``<lastmod>``). Anything else is 404.

API::

    from tests.syndication.sites import serve_sites, load_publications, STORY_PAIRS
    with serve_sites() as base_urls:          # {"polres": "http://127.0.0.1:PORT/", ...}
        urls = publication_urls(base_urls)    # publication id -> absolute URL
    same_story_pairs()                        # set of frozenset({id_a, id_b}), same story
"""

from __future__ import annotations

import copy
import functools
import html
import itertools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from scraper.samplesite.textfmt import BULAN

DATA_PATH = Path(__file__).with_name("data.json")
SITE_NAMES = ("polres", "tribratanews", "aggregator")
PAGE_SIZE = 10
BLOG = "/blog/berita-polda-1"


# -- data ---------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))


def load_data() -> dict:
    """The whole ``data.json`` document (a fresh copy)."""
    return copy.deepcopy(_data())


def load_publications() -> list[dict]:
    """All publication records (fresh copies), in file order."""
    return copy.deepcopy(_data()["publications"])


def tied_stories() -> frozenset[str]:
    """Stories where a copy carries exactly the origin's publication minute."""
    return frozenset(_data()["tied_stories"])


def same_story_pairs() -> set[frozenset[str]]:
    """All unordered pairs of publication ids that belong to the same story."""
    by_story: dict[str, list[str]] = {}
    for rec in _data()["publications"]:
        by_story.setdefault(rec["story"], []).append(rec["id"])
    return {frozenset(pair) for ids in by_story.values() for pair in itertools.combinations(ids, 2)}


STORY_PAIRS: frozenset[frozenset[str]] = frozenset(same_story_pairs())


def publication_urls(base_urls: dict[str, str]) -> dict[str, str]:
    """Publication id -> absolute URL, given the base URLs ``serve_sites()`` yielded."""
    return {
        rec["id"]: base_urls[rec["site"]].rstrip("/") + rec["path"]
        for rec in _data()["publications"]
    }


# -- formatting helpers ---------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _dt(rec: dict) -> datetime:
    return datetime.fromisoformat(rec["published_at"])


def _tanggal(d: datetime) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _excerpt(rec: dict, words: int = 30) -> str:
    ws = " ".join(rec["paragraphs"]).split()
    return " ".join(ws[:words]) + (" [&hellip;]" if len(ws) > words else "")


def _description(rec: dict) -> str:
    return " ".join(" ".join(rec["paragraphs"]).split()[:30])


# -- WordPress (polres, aggregator) ---------------------------------------------------


class _WordPress:
    def __init__(self, key: str, posts: list[dict], base: str) -> None:
        self.key = key
        self.name = _data()["sites"][key]["name"]
        self.posts = posts  # newest first
        self.base = base
        first = 5200 if key == "polres" else 61000
        self.ids = {p["id"]: first + 7 * i for i, p in enumerate(reversed(posts))}

    def u(self, path: str) -> str:
        return self.base.rstrip("/") + path

    def _page(self, title: str, body_class: str, main: str, head: str = "") -> str:
        recent = "".join(
            f'<li><a href="{_attr(self.u(p["path"]))}">{_esc(p["title"])}</a></li>'
            for p in self.posts[:5]
        )
        return (
            '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n"
            '<meta name="robots" content="index, follow, max-image-preview:large" />\n'
            f"{head}"
            f'<link rel="alternate" type="application/rss+xml" title="{_attr(self.name)} '
            f'&raquo; Feed" href="{self.u("/feed/")}" />\n'
            '<meta name="generator" content="WordPress 6.4.2" />\n</head>\n'
            f'<body class="{body_class} wp-embed-responsive right-sidebar nav-float-right '
            'separate-containers header-aligned-left dropdown-hover" '
            'itemtype="https://schema.org/WebPage" itemscope>\n'
            '<header class="site-header grid-container" id="masthead" aria-label="Situs">'
            '<div class="inside-header grid-container"><div class="site-branding">'
            f'<p class="main-title" itemprop="headline"><a href="{self.u("/")}" rel="home">'
            f"{_esc(self.name)}</a></p></div>"
            '<nav class="main-navigation" id="site-navigation" aria-label="Utama"><ul class="menu">'
            f'<li class="menu-item"><a href="{self.u("/")}">Beranda</a></li>'
            f'<li class="menu-item"><a href="{self.u("/category/berita-polisi/")}">Berita '
            "Polisi</a></li></ul></nav></div></header>\n"
            '<div class="site grid-container container hfeed" id="page">'
            '<div class="site-content" id="content"><div class="content-area" id="primary">'
            f'<main class="site-main" id="main">\n{main}</main></div>\n'
            '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">'
            '<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">'
            f'<h2 class="widget-title">Pos-pos Terbaru</h2><ul>{recent}</ul></aside></div>'
            "</div></div>\n"
            '<div class="site-footer"><footer class="site-info" aria-label="Situs">'
            f'<div class="copyright-bar">&copy; 2023 {_esc(self.name)}</div></footer></div>\n'
            "</body>\n</html>\n"
        )

    def _json_ld(self, rec: dict, url: str) -> str:
        home = self.u("/")
        graph = [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": rec["author"], "@id": f"{home}#/schema/person/1"},
                "headline": rec["title"],
                "datePublished": rec["published_at"],
                "dateModified": rec["published_at"],
                "mainEntityOfPage": {"@id": url},
                "wordCount": sum(len(p.split()) for p in rec["paragraphs"]),
                "publisher": {"@id": f"{home}#organization"},
                "keywords": rec["tags"],
                "articleSection": ["Berita Polisi"],
                "inLanguage": "id",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{rec['title']} - {self.name}",
                "isPartOf": {"@id": f"{home}#website"},
                "datePublished": rec["published_at"],
                "dateModified": rec["published_at"],
                "description": _description(rec),
                "inLanguage": "id",
            },
            {"@type": "WebSite", "@id": f"{home}#website", "url": home, "name": self.name},
            {"@type": "Organization", "@id": f"{home}#organization", "name": self.name},
            {"@type": "Person", "@id": f"{home}#/schema/person/1", "name": rec["author"]},
        ]
        body = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        body = body.replace("</", "<\\/")
        return f'<script type="application/ld+json" class="yoast-schema-graph">{body}</script>\n'

    def post(self, rec: dict) -> str:
        url = self.u(rec["path"])
        pid = self.ids[rec["id"]]
        published = _dt(rec)
        meta = [
            ('name="description"', _description(rec)),
            ('property="og:locale"', "id_ID"),
            ('property="og:type"', "article"),
            ('property="og:title"', rec["title"]),
            ('property="og:description"', _description(rec)),
            ('property="og:url"', url),
            ('property="og:site_name"', self.name),
            ('property="article:published_time"', rec["published_at"]),
            ('property="article:modified_time"', rec["published_at"]),
            ('name="author"', rec["author"]),
            ('name="twitter:card"', "summary_large_image"),
        ]
        head = (
            "".join(f'<meta {k} content="{_attr(v)}" />\n' for k, v in meta)
            + f'<link rel="canonical" href="{_attr(url)}" />\n'
            + self._json_ld(rec, url)
            + f'<link rel="shortlink" href="{self.u(f"/?p={pid}")}" />\n'
        )
        parts = [f"<p>{_esc(p)}</p>" for p in rec["paragraphs"]]
        tag_slugs = [(t, _slug(t)) for t in rec["tags"]]
        if self.key == "aggregator":
            line = f"{url}?feed_id={rec['feed_id']}&_unique_id={rec['unique_id']}"
            parts.append(f'<p><a href="{_attr(line)}">{_esc(line)}</a></p>')
            tags_html = (
                '<div class="post-tags"><h4 class="tags-title">Tags</h4>'
                + "".join(
                    f'<a href="{self.u(f"/tag/{s}/")}" rel="tag">{_esc(t)}</a>'
                    for t, s in tag_slugs
                )
                + "</div>"
            )
        else:
            links = ", ".join(
                f'<a href="{self.u(f"/tag/{s}/")}" rel="tag">{_esc(t)}</a>' for t, s in tag_slugs
            )
            tags_html = (
                '<footer class="entry-meta" aria-label="Meta entri"><span class="cat-links">'
                f'<a href="{self.u("/category/berita-polisi/")}" rel="category tag">Berita '
                f'Polisi</a></span> <span class="tags-links">Tags: {links}</span></footer>'
            )
        classes = " ".join(f"tag-{s}" for _, s in tag_slugs)
        article = (
            f'<article id="post-{pid}" class="post-{pid} post type-post status-publish '
            f'format-standard hentry category-berita-polisi {classes}" '
            'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
            '<header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{_esc(rec["title"])}</h1>'
            '<div class="entry-meta"><span class="posted-on">'
            f'<time class="entry-date published" datetime="{rec["published_at"]}" '
            f'itemprop="datePublished">{_tanggal(published)}</time></span> '
            '<span class="byline">oleh <span class="author vcard" itemprop="author">'
            f'<span class="author-name" itemprop="name">{_esc(rec["author"])}</span></span>'
            "</span></div></header>\n"
            '<div class="entry-content" itemprop="text">\n'
            + "\n\n".join(parts)
            + "\n</div>\n"
            + tags_html
            + "</div></article>\n"
        )
        body_class = f"post-template-default single single-post postid-{pid} single-format-standard"
        return self._page(f"{rec['title']} - {self.name}", body_class, article, head)

    def page_path(self, n: int) -> str:
        return "/" if n == 1 else f"/page/{n}/"

    def listing(self, n: int) -> str | None:
        chunk = self.posts[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
        if not chunk:
            return None
        items = "".join(
            f'<article id="post-{self.ids[p["id"]]}" class="post-{self.ids[p["id"]]} post '
            'type-post status-publish format-standard hentry"><div class="inside-article">'
            '<header class="entry-header"><h2 class="entry-title" itemprop="headline">'
            f'<a href="{_attr(self.u(p["path"]))}" rel="bookmark">{_esc(p["title"])}</a></h2>'
            '<div class="entry-meta"><span class="posted-on">'
            f'<time class="entry-date published" datetime="{p["published_at"]}">'
            f"{_tanggal(_dt(p))}</time></span></div></header>"
            f'<div class="entry-summary" itemprop="text"><p>{_excerpt(p)}</p></div>'
            "</div></article>\n"
            for p in chunk
        )
        nav = []
        if n > 1:
            nav.append(
                f'<a class="prev page-numbers" href="{self.u(self.page_path(n - 1))}">'
                "&laquo; Sebelumnya</a>"
            )
        if n * PAGE_SIZE < len(self.posts):
            nav.append(
                f'<a class="next page-numbers" href="{self.u(self.page_path(n + 1))}">'
                "Berikutnya &raquo;</a>"
            )
        main = (
            items
            + '<nav id="nav-below" class="paging-navigation"><div class="nav-links">'
            + " ".join(nav)
            + "</div></nav>\n"
        )
        body_class = "home blog" + (f" paged paged-{n}" if n > 1 else "")
        return self._page(self.name, body_class, main)

    def page_number(self, path: str) -> int | None:
        if path == "/":
            return 1
        bits = path.strip("/").split("/")
        if len(bits) == 2 and bits[0] == "page" and bits[1].isdigit() and int(bits[1]) > 1:
            return int(bits[1])
        return None

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {self.u('/sitemap.xml')}\n"
        )

    def lastmod(self, rec: dict) -> str:
        return rec["published_at"]


# -- Odoo website_blog (tribratanews) ------------------------------------------------


class _Odoo(_WordPress):
    def post(self, rec: dict) -> str:
        url = self.u(rec["path"])
        published = _dt(rec)
        naive_utc = published.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
        meta = [
            ('property="og:type"', "article"),
            ('property="og:title"', rec["title"]),
            ('property="og:site_name"', self.name),
            ('property="og:url"', url),
            ('property="og:description"', _description(rec)),
            ('property="article:published_time"', naive_utc),
            ('property="article:modified_time"', naive_utc),
            ('name="twitter:card"', "summary_large_image"),
            ('name="twitter:title"', rec["title"]),
        ]
        head = "".join(f'<meta {k} content="{_attr(v)}"/>\n' for k, v in meta)
        tags = "".join(
            f'<a class="badge border mb-1 text-decoration-none post_link" '
            f'href="{self.u(f"{BLOG}/tag/{_slug(t)}-{40 + i}")}">{_esc(t)}</a>'
            for i, t in enumerate(rec["tags"])
        )
        paras = "\n".join(f"<p>{_esc(p)}</p>" for p in rec["paragraphs"])
        blog_id = rec["path"].rsplit("-", 1)[1]
        main = (
            '<div id="wrap" class="js_blog website_blog">\n'
            '<section id="o_wblog_post_top"><div id="title" class="blog_header">'
            '<div class="o_record_cover_container d-flex flex-column h-100 o_colored_level '
            'o_cc o_cc3 cover_auto o_wblog_post_page_cover">'
            '<div class="o_wblog_post_title container text-center py-5">'
            f'<h1 id="o_wblog_post_name" class="o_editable_no_shadow" '
            f'data-oe-expression="blog_post.name" placeholder="Judul Postingan">'
            f"{_esc(rec['title'])}</h1>"
            '<div id="o_wblog_post_subtitle" class="o_editable_no_shadow" '
            'placeholder="Subtitle"></div>'
            '<div class="text-white-75 small"><span>oleh</span> '
            f'<span class="text-white">{_esc(rec["author"])}</span> &bull; '
            f'<time class="text-nowrap">{_tanggal(published)}</time></div>'
            "</div></div></div></section>\n"
            '<section id="o_wblog_post_main" class="container pt-4 pb-5">'
            '<div class="o_container_small"><div class="d-flex flex-column flex-lg-row">'
            '<div id="o_wblog_post_content" class="o_container_small w-100 flex-shrink-0">'
            f'<div data-oe-model="blog.post" data-oe-id="{blog_id}" data-oe-field="content" '
            'class="o_wblog_post_content_field o_wblog_read_text">\n'
            f"{paras}\n</div>"
            '<div class="css_editable_mode_hidden text-muted">'
            f'<div class="o_wblog_post_short_tag_section d-flex align-items-baseline">{tags}</div>'
            "</div></div></div></div></section>\n</div>\n"
        )
        return self._odoo_page(f"{rec['title']} | {self.name}", main, head, blog_id)

    def _odoo_page(self, title: str, main: str, head: str = "", obj: str = "") -> str:
        main_object = f"blog.post({obj},)" if obj else "blog.blog(1,)"
        return (
            '<!DOCTYPE html>\n<html lang="id-ID" data-website-id="1" '
            f'data-main-object="{main_object}">\n<head>\n<meta charset="utf-8"/>\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge"/>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            '<meta name="generator" content="Odoo"/>\n'
            f"{head}<title>{_esc(title)}</title>\n"
            '<link type="image/x-icon" rel="shortcut icon" '
            f'href="{self.u("/web/image/website/1/favicon")}"/>\n'
            "</head>\n<body>\n"
            '<div id="wrapwrap" class="">\n'
            '<header id="top" data-anchor="true" data-name="Header" class="o_header_standard">'
            '<nav data-name="Navbar" class="navbar navbar-expand-lg navbar-light o_colored_level">'
            f'<a href="{self.u("/")}" class="navbar-brand logo"><span>{_esc(self.name)}</span></a>'
            '<ul id="top_menu" class="nav navbar-nav">'
            f'<li class="nav-item"><a role="menuitem" href="{self.u("/")}" class="nav-link">'
            "Beranda</a></li>"
            f'<li class="nav-item"><a role="menuitem" href="{self.u(BLOG)}" class="nav-link">'
            "Berita Polda</a></li></ul></nav></header>\n"
            f"<main>\n{main}</main>\n"
            '<footer id="bottom" data-anchor="true" class="bg-light o_footer">'
            '<div id="footer" class="oe_structure oe_structure_solo">'
            f"<p>&copy; 2023 {_esc(self.name)}</p></div>"
            '<div class="o_footer_copyright"><span class="o_footer_copyright_name">'
            'Dibuat dengan <a class="badge text-bg-light" href="https://www.odoo.com">Odoo</a>'
            "</span></div></footer>\n</div>\n</body>\n</html>\n"
        )

    def page_path(self, n: int) -> str:
        return BLOG if n == 1 else f"{BLOG}/page/{n}"

    def page_number(self, path: str) -> int | None:
        if path in ("/", BLOG, BLOG + "/"):
            return 1
        prefix = BLOG + "/page/"
        if path.startswith(prefix) and path[len(prefix) :].isdigit():
            n = int(path[len(prefix) :])
            return n if n > 1 else None
        return None

    def listing(self, n: int) -> str | None:
        chunk = self.posts[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
        if not chunk:
            return None
        cards = "".join(
            '<div class="pb-4 col-12 col-md-6 col-xl-4">'
            '<article class="o_wblog_post position-relative" name="blog_post">'
            f'<a href="{_attr(self.u(p["path"]))}" class="text-reset text-decoration-none">'
            f'<h3 class="card-title mb-0">{_esc(p["title"])}</h3></a>'
            f'<div class="o_wblog_post_teaser mt-2 text-muted">{_excerpt(p)}</div>'
            '<div class="o_wblog_normalize_font mt-2">'
            f'<time class="text-nowrap fw-bold">{_tanggal(_dt(p))}</time></div>'
            "</article></div>\n"
            for p in chunk
        )
        pages = (len(self.posts) + PAGE_SIZE - 1) // PAGE_SIZE
        pager = "".join(
            f'<li class="page-item{" active" if i == n else ""}">'
            f'<a class="page-link" href="{self.u(self.page_path(i))}">{i}</a></li>'
            for i in range(1, pages + 1)
        )
        if n < pages:
            pager += (
                f'<li class="page-item"><a class="page-link" '
                f'href="{self.u(self.page_path(n + 1))}">Berikutnya</a></li>'
            )
        main = (
            '<div id="wrap" class="js_blog website_blog"><section id="o_wblog_index_content">'
            '<div class="container py-4"><div id="o_wblog_posts_loop"><div class="row">\n'
            + cards
            + f'</div><ul class="pagination m-0 justify-content-center">{pager}</ul>'
            "</div></div></section></div>\n"
        )
        return self._odoo_page(self.name, main)

    def robots(self) -> str:
        return f"User-agent: *\nSitemap: {self.u('/sitemap.xml')}\n"

    def lastmod(self, rec: dict) -> str:
        return _dt(rec).date().isoformat()


# -- serving ----------------------------------------------------------------------------


def _sitemap(site: _WordPress) -> str:
    newest = site.posts[0]
    rows = [(site.u("/"), site.lastmod(newest))]
    rows += [(site.u(p["path"]), site.lastmod(p)) for p in site.posts]
    urls = "".join(
        f"<url><loc>{_esc(loc)}</loc><lastmod>{mod}</lastmod></url>\n" for loc, mod in rows
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )


def _handler(site: _WordPress) -> type[BaseHTTPRequestHandler]:
    by_path = {p["path"]: p for p in site.posts}

    class Handler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(self, status: int, body: str, ctype: str = "text/html; charset=UTF-8") -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == "/robots.txt":
                return self._send(200, site.robots(), "text/plain; charset=UTF-8")
            if path == "/sitemap.xml":
                return self._send(200, _sitemap(site), "application/xml; charset=UTF-8")
            if path in by_path:
                return self._send(200, site.post(by_path[path]))
            n = site.page_number(path)
            page = site.listing(n) if n else None
            if page is not None:
                return self._send(200, page)
            return self._send(404, "<!DOCTYPE html><html><body><h1>404</h1></body></html>\n")

        do_HEAD = do_GET

    return Handler


@contextmanager
def serve_sites() -> Iterator[dict[str, str]]:
    """Start the three sites; yield ``{"polres": "http://127.0.0.1:PORT/", ...}``."""
    servers: list[ThreadingHTTPServer] = []
    bases: dict[str, str] = {}
    try:
        for key in SITE_NAMES:
            posts = sorted(
                (p for p in load_publications() if p["site"] == key),
                key=lambda p: (_dt(p), p["id"]),
                reverse=True,
            )
            server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
            server.daemon_threads = True
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            cls = _Odoo if key == "tribratanews" else _WordPress
            server.RequestHandlerClass = _handler(cls(key, posts, base))
            threading.Thread(target=server.serve_forever, name=f"site-{key}", daemon=True).start()
            servers.append(server)
            bases[key] = base
        yield bases
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
