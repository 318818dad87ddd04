"""The probe's few requests: sequential GETs with the crawl's User-Agent, robots.txt
obeyed, a pause between two and a hard budget.

Deliberately small: a probe is a first visit to a stranger's site, and Scrapy's
machinery is for crawls. Everything else in the probe works on what this fetched
(``Fetched``).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import urljoin, urlsplit

from protego import Protego

from scraper.extract.charset import decode_page
from scraper.settings import MAX_CRAWL_DELAY, build_settings
from spiders.discovery import declares_entities

# Politeness: at most this many requests per probe (robots.txt and redirects count),
# this pause between two, this long for an answer, this much of a body.
MAX_REQUESTS = 25
DELAY = 1.0
TIMEOUT = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
# Articles to read, and fetches kept back for them while discovery runs.
SAMPLES = 3
SAMPLE_TRIES = 5
MAX_SITEMAPS = 4
MAX_FEEDS = 3
API_PATH = "wp-json/wp/v2/posts?per_page=10"  # the crawl asks per_page=100
WORDPRESS_FEED = "feed/"  # what the crawl asks
BLOGGER_FEED = "feeds/posts/default"
ODOO_BLOG = "blog"
REDIRECTS = (301, 302, 303, 307, 308)
NOT_ASKED = "not asked (request budget spent)"
NETWORK_ERRORS = {
    "dns": "its host name does not resolve (DNS)",
    "refused": "the connection was refused",
    "timeout": f"no answer within {TIMEOUT:g} s",
    "tls": "the TLS (https) handshake failed",
    "connection": "the connection broke",
}


class ProbeError(Exception):
    """The site cannot be probed at all (unreachable home page): one line for the user."""


class BadUrl(ProbeError):
    """What was given is not a web address."""


# -- fetching --------------------------------------------------------------------------


@dataclass
class Fetched:
    """One answer (or the reason there is none). ``error``: a network error kind (see
    ``NETWORK_ERRORS``), "robots" (robots.txt forbids it), "budget" (not asked: the
    request budget is spent), "elsewhere" (redirected off the registrable domain, not
    followed), "redirects" (too many)."""

    url: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    final_url: str = ""
    error: str | None = None
    redirects: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    def html(self) -> str:
        return decode_page(self.body, self.headers.get("content-type"))[0]

    def encoding(self) -> str:
        """The encoding the page was read in: its links' queries are sent in it."""
        return decode_page(self.body, self.headers.get("content-type"))[1]

    def outcome(self) -> str:
        """The answer in a word or two for the report: 200, 404, refused, …"""
        if self.error == "robots":
            return "disallowed by robots.txt"
        if self.error == "budget":
            return NOT_ASKED
        if self.error == "elsewhere":
            return f"redirects to {self.final_url}"
        return self.error or str(self.status)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers: the fetcher follows them itself, counting each."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        return None


def registrable_domain(url: str) -> str:
    """The domain a registrant holds: polri.go.id for kalsel.polri.go.id, but each blog
    of blogspot.com, from the public suffix list bundled with tldextract (Scrapy's
    dependency; the list is never fetched)."""
    host = (urlsplit(url).hostname or "").lower()
    parts = _tld_extract()(host)
    return ".".join(p for p in (parts.domain, parts.suffix) if p) or host


@cache
def _tld_extract():  # noqa: ANN202 - tldextract.TLDExtract
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def network_error(exc: BaseException) -> str:
    """The kind of a network failure, as ``NETWORK_ERRORS`` names them."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.gaierror):
        return "dns"
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout"
    if isinstance(reason, ssl.SSLError):
        return "tls"
    return "connection"


class Fetcher:
    """Sequential, polite GETs with a hard budget; ``log`` holds every request made.

    robots.txt is read once per origin before anything else there, with the crawl's
    User-Agent (``scraper.settings``), and obeyed (a Crawl-delay lengthens the pause).
    Redirects are followed up to ``MAX_REDIRECTS`` within the registrable domain, each
    hop a request. Network problems never raise: they are ``Fetched.error``.
    """

    def __init__(
        self,
        user_agent: str | None = None,
        *,
        max_requests: int = MAX_REQUESTS,
        delay: float = DELAY,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.user_agent = user_agent or build_settings()["USER_AGENT"]
        self.max_requests = max_requests
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.log: list[Fetched] = []
        self.robots: dict[str, tuple[Fetched, Protego]] = {}
        self._opener = urllib.request.build_opener(_NoRedirect)
        self._last = float("-inf")

    @property
    def remaining(self) -> int:
        return self.max_requests - len(self.log)

    def get(self, url: str, reserve: int = 0) -> Fetched:
        """GET ``url``; ``reserve`` requests stay unspent for what comes later."""
        chain: list[str] = []
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            refusal = self._refusal(current, reserve)
            if refusal:
                return Fetched(url, final_url=current, error=refusal, redirects=chain)
            answer = self._request(current)
            location = answer.headers.get("location")
            if answer.error or answer.status not in REDIRECTS or not location:
                return replace(answer, url=url, final_url=current, redirects=chain)
            chain.append(current)
            target = urljoin(current, location.strip())
            if registrable_domain(target) != registrable_domain(url):
                return replace(
                    answer, url=url, final_url=target, error="elsewhere", redirects=chain
                )
            current = target
        return Fetched(url, final_url=current, error="redirects", redirects=chain)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt (as far as it was read) lets this crawler fetch ``url``."""
        known = self.robots_of(url)
        return known is None or known[1].can_fetch(url, self.user_agent)

    def robots_of(self, url: str) -> tuple[Fetched, Protego] | None:
        """robots.txt of ``url``'s origin, if it was read."""
        return self.robots.get(_origin(url))

    def _refusal(self, url: str, reserve: int) -> str | None:
        origin = _origin(url)
        if origin not in self.robots:
            if self.remaining - reserve < 2:
                return "budget"
            answer = self._request(origin + "/robots.txt")
            text = answer.body.decode("utf-8", "replace") if answer.ok else ""
            self.robots[origin] = (answer, Protego.parse(text))
        if not self.robots[origin][1].can_fetch(url, self.user_agent):
            return "robots"
        return "budget" if self.remaining - reserve < 1 else None

    def _pause(self, url: str) -> None:
        delay = self.delay
        known = self.robots.get(_origin(url))
        if known is not None:
            delay = max(delay, min(known[1].crawl_delay(self.user_agent) or 0, MAX_CRAWL_DELAY))
        wait = self._last + delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _request(self, url: str) -> Fetched:
        self._pause(url)
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept-Language": "id, en;q=0.5"}
        )
        try:
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    status, headers = response.status, response.headers
                    body = response.read(self.max_bytes)
            except urllib.error.HTTPError as exc:  # 3xx (not followed here), 4xx, 5xx
                status, headers = exc.code, exc.headers
                body = exc.read(self.max_bytes) if exc.fp else b""
            answer = Fetched(
                url, status, {k.lower(): v for k, v in headers.items()}, body, final_url=url
            )
        except (OSError, http.client.HTTPException, ValueError) as exc:
            answer = Fetched(url, final_url=url, error=network_error(exc))
        self._last = time.monotonic()
        self.log.append(answer)
        return answer


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _xml_body(answer: Fetched) -> bytes | None:
    """A sitemap's or feed's bytes, gunzipped when they are ``.gz``; None for XML that
    declares entities (refused as the crawl refuses it) or a failed answer."""
    if not answer.ok:
        return None
    body = answer.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, MAX_BYTES)
        except zlib.error:
            return None
    return None if declares_entities(body) else body
