"""HTTP serving: a ThreadingHTTPServer in a daemon thread, wrapped as a context manager.

Tests and `make demo` need a real socket on 127.0.0.1 so that Scrapy,
trafilatura and urllib all talk to the imitation sites exactly as they would to
a remote WordPress; port 0 lets parallel test runs pick free ports.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .model import build_site
from .router import ALL_FEATURES, Response, SampleSiteApp

THEMES = ("wordpress", "newsportal")


class _Server(ThreadingHTTPServer):
    """Holds the app so the handler can reach it."""

    daemon_threads = True
    allow_reuse_address = True
    app: SampleSiteApp
    verbose: bool = False


class _Handler(BaseHTTPRequestHandler):
    """Thin adapter from http.server to `SampleSiteApp.respond`."""

    server: _Server
    server_version = "nginx"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def _send(self, head_only: bool) -> None:
        try:
            resp = self.server.app.respond(self.path)
        except Exception as exc:  # a bug here must not kill the serving thread
            resp = Response(500, f"internal error: {exc!r}".encode(), "text/plain")
        body = resp.body
        # Feeds and sitemaps carry validators, as WordPress sends for its feeds (ETag
        # and Last-Modified) and nginx for static files; a matching conditional GET
        # answers 304 with no body.
        etag = None
        if resp.status == 200 and ("xml" in resp.content_type or "json" in resp.content_type):
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        compressible = resp.content_type.startswith(("text/", "application/"))
        compressible = compressible and resp.content_type != "application/pdf"
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        if accepts_gzip and compressible and len(body) > 256:
            body = gzip.compress(body, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        for key, value in resp.headers.items():
            self.send_header(key, value)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        """Serve a GET."""
        self._send(head_only=False)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        """Serve a HEAD (same headers, no body)."""
        self._send(head_only=True)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay quiet in tests; the CLI turns logging on."""
        if self.server.verbose:
            super().log_message(format, *args)


def _check(theme: str, features: Iterable[str] | None) -> frozenset[str]:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {THEMES}")
    chosen = ALL_FEATURES if features is None else frozenset(features)
    unknown = chosen - ALL_FEATURES
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)}; known: {sorted(ALL_FEATURES)}")
    return chosen


@contextmanager
def serve_site(
    theme: str = "wordpress",
    host: str = "127.0.0.1",
    port: int = 0,
    features: Iterable[str] | None = None,
    *,
    verbose: bool = False,
) -> Iterator[str]:
    """Serve one imitation site until the `with` block ends; yields "http://host:port/".

    `features` lists what stays ON among {"rest_api", "sitemap", "feed"}
    (default: all); switched-off features answer 404 and vanish from `<head>`
    and robots.txt, so discovery must fall back to the HTML listings.
    """
    chosen = _check(theme, features)
    server = _Server((host, port), _Handler)
    server.verbose = verbose
    base_url = f"http://{host}:{server.server_address[1]}/"
    server.app = SampleSiteApp(build_site(theme), base_url, chosen)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.1},
        daemon=True,
        name=f"samplesite-{theme}",
    )
    thread.start()
    try:
        yield base_url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
