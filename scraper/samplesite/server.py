"""HTTP serving: a ThreadingHTTPServer in a daemon thread, wrapped as a context manager.

Tests and `make demo` need a real socket on 127.0.0.1 so that Scrapy,
trafilatura and urllib all talk to the imitation sites exactly as they would to
a remote WordPress; port 0 lets parallel test runs pick free ports.

Every answer is logged (method, path, status, bytes) in a `RequestLog` the
caller can read, and can be held back by a random delay drawn per request from
a seed, so repeated crawls meet different arrival orders reproducibly.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .generator import h64
from .injected import SpamInjection, add_articles, inject_spam
from .model import SiteModel, build_site
from .nightly import SiteControl
from .router import ALL_FEATURES, Response, SampleSiteApp
from .scaled import build_scaled_site

THEMES = ("wordpress", "newsportal")


@dataclass(frozen=True)
class RequestRecord:
    """One answered request."""

    method: str
    path: str  # path and query string as requested
    status: int
    bytes: int  # body bytes sent (compressed size when gzipped; 0 for HEAD and 304)
    delay: float  # seconds the answer was held back
    at: float  # time.monotonic() when it was sent


class RequestLog:
    """Thread-safe record of every request a served site answered, in answer order."""

    def __init__(self) -> None:
        self._items: list[RequestRecord] = []
        self._lock = threading.Lock()

    def add(self, record: RequestRecord) -> None:
        """Append one record (called by the server)."""
        with self._lock:
            self._items.append(record)

    def records(self) -> list[RequestRecord]:
        """A copy of the records so far."""
        with self._lock:
            return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.records())

    def count(self, path: str | None = None, status: int | None = None) -> int:
        """How many requests matched `path` (exact, with query) and/or `status`."""
        return sum(
            1
            for r in self.records()
            if (path is None or r.path == path) and (status is None or r.status == status)
        )

    def paths(self, status: int | None = None) -> list[str]:
        """Requested paths in answer order, optionally only those answered with `status`."""
        return [r.path for r in self.records() if status is None or r.status == status]

    def clear(self) -> None:
        """Forget everything logged so far (e.g. between two crawls)."""
        with self._lock:
            self._items.clear()


class Delays:
    """Per-request delays in [lo, hi] seconds, drawn from a seed.

    The n-th request for a given path always waits the same time for one seed,
    whatever order requests arrive in, so a run is reproducible while different
    seeds reorder the answers.
    """

    def __init__(self, lo: float, hi: float, seed: int = 0) -> None:
        if not 0 <= lo <= hi:
            raise ValueError(f"delay must be (min, max) with 0 <= min <= max, got {(lo, hi)}")
        self.lo, self.hi, self.seed = lo, hi, seed
        self._seen: Counter[str] = Counter()
        self._lock = threading.Lock()

    def next(self, path: str) -> float:
        """The delay of the next answer for `path`."""
        with self._lock:
            k = self._seen[path]
            self._seen[path] = k + 1
        return self.lo + (self.hi - self.lo) * (h64(self.seed, path, k) / 2**64)


class ServedSite(str):
    """The base URL ("http://127.0.0.1:PORT/") that also carries the request log, the
    model and the control (None unless one was given)."""

    log: RequestLog
    site: SiteModel
    control: SiteControl | None

    def __new__(
        cls, url: str, log: RequestLog, site: SiteModel, control: SiteControl | None = None
    ) -> ServedSite:
        obj = super().__new__(cls, url)
        obj.log = log
        obj.site = site
        obj.control = control
        return obj


class _Server(ThreadingHTTPServer):
    """Holds the app so the handler can reach it."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    app: SampleSiteApp
    verbose: bool = False
    log: RequestLog
    delays: Delays | None = None


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
        delay = self.server.delays.next(self.path) if self.server.delays else 0.0
        if delay:
            time.sleep(delay)
        self._write(resp, head_only, delay)

    def _log(self, status: int, size: int, delay: float) -> None:
        # Before the answer goes out: a client that has the answer finds it logged.
        self.server.log.add(
            RequestRecord(self.command, self.path, status, size, delay, time.monotonic())
        )

    def _write(self, resp: Response, head_only: bool, delay: float) -> None:
        """Log, then send the answer."""
        body = resp.body
        # Feeds and sitemaps carry validators, as WordPress sends for its feeds (ETag
        # and Last-Modified) and nginx for static files; a matching conditional GET
        # answers 304 with no body.
        etag = None
        if resp.status == 200 and ("xml" in resp.content_type or "json" in resp.content_type):
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._log(304, 0, delay)
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
            # nginx's default gzip_comp_level 1: a 70 KB page costs ~0.5 ms, not ~1.3 ms.
            body = gzip.compress(body, compresslevel=1, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        for key, value in resp.headers.items():
            self.send_header(key, value)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self._log(resp.status, 0 if head_only else len(body), delay)
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


def _check(theme: str, features: Iterable[str] | None, scale: int | None) -> frozenset[str]:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {THEMES}")
    if scale is not None and (theme != "wordpress" or scale < 1):
        raise ValueError("scale=N needs theme 'wordpress' and N >= 1")
    chosen = ALL_FEATURES if features is None else frozenset(features)
    unknown = chosen - ALL_FEATURES
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)}; known: {sorted(ALL_FEATURES)}")
    return chosen


def site_model(theme: str = "wordpress", scale: int | None = None, seed: int = 0) -> SiteModel:
    """The (cached) model a `serve_site` call with these arguments serves."""
    model = build_scaled_site(scale, seed) if scale is not None else build_site(theme)
    return model.warm()


@contextmanager
def serve_site(
    theme: str = "wordpress",
    host: str = "127.0.0.1",
    port: int = 0,
    features: Iterable[str] | None = None,
    *,
    verbose: bool = False,
    scale: int | None = None,
    seed: int = 0,
    delay: tuple[float, float] | None = None,
    delay_seed: int = 0,
    control: SiteControl | None = None,
    extra_articles: Iterable[dict] = (),
    spam: SpamInjection | None = None,
) -> Iterator[ServedSite]:
    """Serve one imitation site until the `with` block ends; yields "http://host:port/".

    `features` lists what stays ON among {"rest_api", "sitemap", "feed"}
    (default: all); switched-off features answer 404 and vanish from `<head>`
    and robots.txt, so discovery must fall back to the HTML listings.

    `scale=N` serves the generated police-news site with N articles (theme
    "wordpress"; `seed` picks the texts, see `scaled.py`) instead of the corpus
    sites. `delay=(min_s, max_s)` holds every answer back by a random time drawn
    from `delay_seed`. The yielded URL is a `ServedSite`: a str with `.log`
    (every request answered) and `.site` (the model).

    `control` (`nightly.SiteControl`) changes the site between crawls: posts out night
    by night, features that break, a new front end. `extra_articles` (dicts of title,
    paragraphs, published, tags) are added as posts; `spam` injects spam posts, doorway
    pages and hidden link blocks (`injected.py`), labelled in `.site.labels`.
    """
    chosen = _check(theme, features, scale)
    model = site_model(theme, scale, seed)
    extra = list(extra_articles)
    if extra:
        model = add_articles(model, extra)
    if spam is not None:
        model = inject_spam(model, spam)
    if extra or spam is not None:
        model = model.warm()
    server = _Server((host, port), _Handler)
    server.verbose = verbose
    server.log = RequestLog()
    server.delays = Delays(delay[0], delay[1], delay_seed) if delay else None
    base_url = f"http://{host}:{server.server_address[1]}/"
    server.app = SampleSiteApp(model, base_url, chosen, control)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.1},
        daemon=True,
        name=f"samplesite-{theme}" + (f"-{scale}" if scale is not None else ""),
    )
    thread.start()
    try:
        yield ServedSite(base_url, server.log, model, control)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
