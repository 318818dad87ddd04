"""URL routing of the imitation WordPress sites, independent of the HTTP server.

WordPress ignores query parameters it does not know, so any tracking variant
of a permalink serves the article itself; it 301-redirects `?p=ID` shortlinks,
`/page/1/` and slash-less paths, and answers unknown paths with the theme's 404
page. Features ("rest_api", "sitemap", "feed") can be switched off to force a
crawler onto the HTML listings.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlsplit

from . import assets, feeds, headless, restapi, sitemaps
from .listing import Listing
from .model import SiteModel
from .newsportal import NewsPortalTheme
from .nightly import SiteControl, published_by
from .textfmt import BULAN
from .wordpress import WordPressTheme

ALL_FEATURES = frozenset({"rest_api", "sitemap", "feed"})
HTML = "text/html; charset=UTF-8"
FLAKY_FAILURES = 2  # a flaky post answers 503 this many times per app, then 200
_NGINX_503 = (
    b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    b"<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_PAGED = re.compile(r"^(?P<base>/(?:.*/)?)page/(?P<n>\d+)/$")
_DATE = re.compile(r"^/(?P<y>\d{4})/(?:(?P<m>\d{2})/(?:(?P<d>\d{2})/)?)?$")


@dataclass
class Response:
    """Status, headers and body of one answer."""

    status: int
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)


def _redirect(location: str, status: int = 301) -> Response:
    return Response(status, b"", HTML, {"Location": location})


class SampleSiteApp:
    """Answers requests for one theme, base URL and feature set.

    With a ``control`` (``nightly.SiteControl``) what is served follows its knobs, read
    at each request: which posts are out, which features work, which front end.
    """

    def __init__(
        self,
        site: SiteModel,
        base_url: str,
        features: frozenset[str],
        control: SiteControl | None = None,
    ) -> None:
        self.full_site = site
        self.base = base_url.rstrip("/")
        self.given_features = features
        self.is_wp = site.config.theme == "wordpress"
        self.control = control
        self._view: tuple | None = None
        self._view_lock = threading.Lock()
        self._show(site, features)
        self._sync()
        # Posts that fail before they work, as an overloaded origin does (per app).
        self._flaky = {pid: FLAKY_FAILURES for pid in site.flaky_ids}
        self._flaky_lock = threading.Lock()

    def _show(self, site: SiteModel, features: frozenset[str]) -> None:
        theme_cls = WordPressTheme if site.config.theme == "wordpress" else NewsPortalTheme
        theme = theme_cls(site, self.u, features)
        theme.warm()
        self.site, self.features, self.theme = site, features, theme

    def _sync(self) -> None:
        """Serve what the control says tonight (rebuilt only when a knob changed)."""
        if self.control is None:
            return
        key = self.control.key()
        if key == self._view:
            return
        with self._view_lock:
            if key == self._view:
                return
            shown = self.control.published(len(self.full_site.posts))
            features = self.control.features
            self._show(
                published_by(self.full_site, shown),
                self.given_features if features is None else frozenset(features),
            )
            self._view = key

    def u(self, path: str) -> str:
        """Absolute URL of a site-relative path."""
        return self.base + path

    # -- helpers ------------------------------------------------------------

    def _html(self, text: str, status: int = 200, **headers: str) -> Response:
        if self.is_wp and "rest_api" in self.features:
            headers.setdefault("Link", f'<{self.u("/wp-json/")}>; rel="https://api.w.org/"')
        return Response(status, text.encode(), HTML, headers)

    def _not_found(self) -> Response:
        return self._html(self.theme.not_found(), 404)

    def _rest(self, route: str, query: dict[str, str]) -> Response:
        if not self.is_wp:
            status, headers, payload = restapi.error(
                "rest_disabled", "The WordPress REST API has been disabled.", 401
            )
        elif "rest_api" not in self.features:
            status, headers, payload = restapi.error(*restapi.NO_ROUTE)
        else:
            status, headers, payload = restapi.handle(self.site, self.u, route, query)
        headers = {
            **headers,
            "X-Robots-Tag": "noindex",
            "Link": f'<{self.u("/wp-json/")}>; rel="https://api.w.org/"',
            "Allow": "GET",
        }
        return Response(status, restapi.dumps(payload), "application/json; charset=UTF-8", headers)

    def _listing(self, lst: Listing) -> Response:
        if lst.page > lst.total_pages:
            return self._not_found()
        return self._html(self.theme.listing(lst))

    # -- dispatch -----------------------------------------------------------

    def respond(self, raw_path: str) -> Response:
        """Answer a GET for `raw_path` (path plus query string)."""
        self._sync()
        parts = urlsplit(raw_path)
        path = parts.path or "/"
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if "rest_route" in query:
            return self._rest(query.pop("rest_route"), query)
        if path.startswith("/wp-json"):
            return self._rest(path[len("/wp-json") :], query)
        special = self._special(path, query)
        if special is not None:
            return special
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return _redirect(self.u(path + "/" + (f"?{parts.query}" if parts.query else "")))
        if path == "/" and query.get("p", "").isdigit():
            return self._shortlink(int(query["p"]))
        if path == "/" and query.get("page_id", "").isdigit():
            page = next((pg for pg in self.site.pages if pg.id == int(query["page_id"])), None)
            return _redirect(self.u(page.path)) if page else self._not_found()
        if path in self.site.doorways:
            return Response(200, self.site.doorways[path].encode(), HTML)
        post = self.site.by_path.get(path)
        if post is not None:
            if self._flaky and self._fails(post.id):
                return Response(503, _NGINX_503, "text/html")
            share = query.get("share")
            if share:
                return _redirect(_share_target(share, self.u(post.path)), 302)
            headless_paragraphs = self.control.headless if self.control else 0
            if headless_paragraphs:
                return self._html(headless.single(self.site, post, self.u, headless_paragraphs))
            return self._html(
                self.theme.single(post),
                Link=f"<{self.u(self.site.variant(post, 'shortlink'))}>; rel=shortlink",
            )
        return self._content(path, query)

    def _fails(self, post_id: int) -> bool:
        """True while a flaky post still has failures left (counts one down)."""
        with self._flaky_lock:
            left = self._flaky.get(post_id, 0)
            if left <= 0:
                return False
            self._flaky[post_id] = left - 1
            return True

    def _shortlink(self, post_id: int) -> Response:
        post = self.site.by_id.get(post_id)
        if post is not None:
            return _redirect(self.u(post.path))
        owner = self.site.by_image_id.get(post_id)
        if owner is not None:
            return _redirect(self.u(owner.image.attachment_path))
        return self._not_found()

    def _special(self, path: str, query: dict[str, str]) -> Response | None:
        """robots.txt, sitemaps, feeds, uploads and WordPress's PHP endpoints."""
        if path == "/robots.txt":
            lines = ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php"]
            if "sitemap" in self.features:
                index = "/wp-sitemap.xml" if self.is_wp else "/sitemap_index.xml"
                lines += ["", f"Sitemap: {self.u(index)}"]
            return Response(200, ("\n".join(lines) + "\n").encode(), "text/plain; charset=utf-8")
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return self._static_file(path)
        if path in ("/xmlrpc.php", "/wp-comments-post.php"):
            return Response(
                405, b"XML-RPC server accepts POST requests only.", "text/plain", {"Allow": "POST"}
            )
        if path.startswith("/wp-admin") and not path.startswith("/wp-admin/admin-ajax.php"):
            return _redirect(
                self.u("/wp-login.php?redirect_to=" + quote(self.u(path), safe="") + "&reauth=1"),
                302,
            )
        if path == "/wp-admin/admin-ajax.php":
            return Response(400, b"0", "text/html; charset=UTF-8")
        if path == "/wp-login.php":
            return self._html(
                '<!DOCTYPE html><html><body class="login"><form name="loginform" '
                'id="loginform" method="post"></form></body></html>'
            )
        sitemap = self._sitemap(path)
        if sitemap is not None:
            return sitemap
        return self._feed(path, query)

    def _static_file(self, path: str) -> Response:
        if path.endswith(".css"):
            return Response(200, assets.CSS, "text/css")
        if path.endswith(".js"):
            return Response(200, assets.JS, "application/javascript")
        if path.startswith("/wp-content/uploads/"):
            if path.endswith(".pdf"):
                if path in self.site.file_paths:
                    return Response(200, assets.PDF, "application/pdf")
            elif path.endswith((".jpg", ".jpeg")):
                return Response(200, assets.JPEG, "image/jpeg")
            elif path.endswith(".png"):
                return Response(200, assets.PNG, "image/png")
        return self._not_found()

    def _sitemap(self, path: str) -> Response | None:
        name = path.strip("/")
        is_sitemap = (name.endswith(".xml") and "sitemap" in name) or name.endswith(".xsl")
        if not is_sitemap:
            return None
        if "sitemap" not in self.features:
            return self._not_found()
        body: str | None = None
        ctype = "application/xml; charset=UTF-8"
        if name.endswith(".xsl"):
            body = sitemaps.STYLESHEET
        elif self.is_wp:
            if name == "sitemap.xml":
                return _redirect(self.u("/wp-sitemap.xml"))
            if name == "wp-sitemap.xml":
                body = sitemaps.core_index(self.site, self.u)
            elif name.startswith("wp-sitemap-"):
                body = sitemaps.core_sitemap(self.site, self.u, name[len("wp-sitemap-") : -4])
        else:
            ctype = "text/xml; charset=UTF-8"
            if name == "sitemap.xml":
                return _redirect(self.u("/sitemap_index.xml"))
            if name == "sitemap_index.xml":
                body = sitemaps.yoast_index(self.site, self.u)
            elif name.endswith("-sitemap.xml"):
                body = sitemaps.yoast_sitemap(self.site, self.u, name[: -len("-sitemap.xml")])
        if body is None:
            return self._not_found()
        return Response(200, body.encode(), ctype, {"X-Robots-Tag": "noindex, follow"})

    def _feed(self, path: str, query: dict[str, str]) -> Response | None:
        if not path.endswith("/feed/"):
            return None
        if "feed" not in self.features:
            return self._not_found()
        paged = int(query["paged"]) if query.get("paged", "").isdigit() else 1
        owner = path[: -len("feed/")]
        if path == "/comments/feed/":
            return self._rss(feeds.comments_rss(self.site, self.u))
        if owner == "/":
            posts, suffix = self.site.posts_tuple, ""
        elif owner in self.site.by_path:
            return self._rss(feeds.comments_rss(self.site, self.u, self.site.by_path[owner]))
        else:
            m = re.fullmatch(r"/(category|tag)/([^/]+)/", owner)
            term = (
                self.site.term("category" if m and m[1] == "category" else "post_tag", m[2])
                if m
                else None
            )
            if term is None:
                return self._not_found()
            posts, suffix = self.site.in_term(term), f" &#187; {term.name}"
        body = feeds.rss(self.site, self.u, posts, title_suffix=suffix, self_path=path, paged=paged)
        return self._rss(body) if body is not None else self._not_found()

    @staticmethod
    def _rss(body: str | None) -> Response:
        return Response(200, (body or "").encode(), "application/rss+xml; charset=UTF-8")

    def _content(self, path: str, query: dict[str, str]) -> Response:
        """Attachment pages, AMP pages, static pages and every kind of archive."""
        site = self.site
        owner = site.by_attachment_path.get(path)
        if owner is not None:
            return self._html(self.theme.attachment(owner))
        if self.is_wp and path.endswith("/amp/") and path[:-4] in site.by_path:
            return self._html(self.theme.amp(site.by_path[path[:-4]]))
        page = next((pg for pg in site.pages if pg.path == path), None)
        if page is not None:
            return self._html(self.theme.static_page(page))
        n = 1
        m = _PAGED.match(path)
        if m:
            n = int(m["n"])
            path = m["base"] or "/"
            if n == 1:
                return _redirect(self.u(path))
        if "s" in query and path == "/":
            term = query["s"]
            found = tuple(
                p
                for p in site.posts
                if term.lower() in (p.title + " " + " ".join(p.paragraphs)).lower()
            )
            return self._listing(
                Listing(
                    "search",
                    f"Hasil pencarian untuk: {term}",
                    found,
                    n,
                    "/",
                    f"?s={quote(term)}",
                    body_class="search",
                )
            )
        if path == "/":
            return self._listing(
                Listing("home", "Beranda", site.posts_tuple, n, "/", feed_path="/feed/")
            )
        lst = self._archive(path, n)
        return self._listing(lst) if lst is not None else self._not_found()

    def _archive(self, path: str, n: int) -> Listing | None:
        site = self.site
        m = re.fullmatch(r"/(category|tag|author)/([^/]+)/", path)
        if m:
            kind, slug = m[1], m[2]
            if kind == "author":
                author = site.author(slug)
                if author is None:
                    return None
                return Listing(
                    "author",
                    author.name,
                    site.by_author(author),
                    n,
                    path,
                    body_class=f"archive author author-{slug}",
                )
            term = site.term("category" if kind == "category" else "post_tag", slug)
            if term is None:
                return None
            label = "Kategori" if kind == "category" else "Tag"
            return Listing(
                kind,
                f"{label}: {term.name}",
                site.in_term(term),
                n,
                path,
                feed_path=f"{path}feed/",
                body_class=f"archive {kind} {kind}-{slug} {kind}-{term.id}",
            )
        m = _DATE.match(path)
        if m:
            y, mo, d = int(m["y"]), m["m"], m["d"]
            posts = site.by_date(y, None if mo is None else int(mo), None if d is None else int(d))
            if not posts:
                return None
            title = str(y) if mo is None else f"{BULAN[int(mo) - 1]} {y}"
            if d is not None:
                title = f"{int(d)} {title}"
            return Listing("date", title, posts, n, path, body_class="archive date")
        return None


def _share_target(service: str, url: str) -> str:
    """Where Jetpack's ?share=<service> links send the reader (off-site)."""
    encoded = quote(url, safe="")
    if service == "facebook":
        return f"https://www.facebook.com/sharer.php?u={encoded}"
    if service == "x":
        return f"https://x.com/intent/tweet?url={encoded}"
    return f"https://api.whatsapp.com/send?text={encoded}"
