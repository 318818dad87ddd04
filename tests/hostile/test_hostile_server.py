"""The hostile server itself behaves as documented (urllib/http.client/raw sockets, no Scrapy).

One module-wide server serves most tests; hit counts are reset before each test. Tests
that need other settings (tiny huge page, long slow response) start their own server.
"""

from __future__ import annotations

import html
import http.client
import socket
import struct
import threading
import time
import zlib
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from tests.hostile.server import (
    ARCHIVABLE_FAULTS,
    FAULT_KINDS,
    GZIP_BOMB_BYTES,
    HostileTruth,
    serve_hostile,
)

MAX_PAGE = 10 * 1024 * 1024  # the crawler's DOWNLOAD_MAXSIZE
SLOW_SECONDS = 3.0


@pytest.fixture(scope="module")
def site():
    with serve_hostile(slow_seconds=SLOW_SECONDS) as (base_url, truth):
        yield base_url, truth


@pytest.fixture(autouse=True)
def _fresh_counts(request):
    if "site" in request.fixturenames:
        request.getfixturevalue("site")[1].reset_hits()


def _conn(base_url: str, timeout: float = 5.0) -> http.client.HTTPConnection:
    parts = urlsplit(base_url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)


def get(base_url: str, path: str, method: str = "GET", headers: dict | None = None):
    """(status, headers, body) of one request on a fresh connection."""
    conn = _conn(base_url)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def path_of(url: str) -> str:
    return urlsplit(url).path


def the(truth: HostileTruth, kind: str) -> str:
    (url,) = truth.faults[kind]
    return path_of(url)


class _Paragraphs(HTMLParser):
    """Texts of the <p> inside div.entry-content; a <p> cut off by EOF counts as partial."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # div nesting inside entry-content, 0 = outside
        self.current: list[str] | None = None
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "div" and (self.depth or "entry-content" in (dict(attrs).get("class") or "")):
            self.depth += 1
        elif tag == "p" and self.depth:
            self.current = []

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.current is not None:
            self.paragraphs.append("".join(self.current))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def paragraphs(text: str) -> list[str]:
    parser = _Paragraphs()
    parser.feed(text)
    parser.close()
    return parser.paragraphs


# -- the site ---------------------------------------------------------------------------------


def test_truth_shape(site):
    base_url, truth = site
    assert set(truth.faults) == set(FAULT_KINDS)
    assert all(truth.faults[kind] for kind in FAULT_KINDS)
    plain = [a for a in truth.good_articles if a.kind == "good"]
    assert len(plain) >= 8
    assert {a.kind for a in truth.good_articles} - {"good"} == ARCHIVABLE_FAULTS
    for article in truth.good_articles:
        assert article.url.startswith(base_url)
        assert article.published_at.endswith("+07:00")
        assert len(article.paragraphs) >= 3
        assert truth.kind_of(article.url) == article.kind
    assert len(truth.linked_urls) >= 20
    for kind, urls in truth.faults.items():
        if kind != "xml_bomb":
            assert set(urls) <= set(truth.linked_urls), kind


def test_home_sitemap_and_feed_list_every_article(site):
    base_url, truth = site
    status, _, home = get(base_url, "/")
    assert status == 200
    _, _, sitemap = get(base_url, "/sitemap.xml")
    status, headers, feed = get(base_url, "/feed/")
    assert status == 200 and "rss" in headers["Content-Type"]
    for url in truth.linked_urls:
        assert f'href="{url}"'.encode() in home
        assert f"<loc>{url}</loc>".encode() in sitemap
        assert f"<link>{url}</link>".encode() in feed
    assert f'href="{base_url}feed/bomb/"'.encode() in home
    _, _, index = get(base_url, "/sitemap_index.xml")
    assert f"<loc>{base_url}sitemap.xml</loc>".encode() in index
    assert f"<loc>{base_url}sitemap-bomb.xml</loc>".encode() in index


def test_robots_txt_and_private_page_counting(site):
    base_url, truth = site
    status, headers, body = get(base_url, "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert "Disallow: /private/" in text
    for name in ("sitemap.xml", "sitemap_index.xml", "sitemap-bomb.xml"):
        assert f"Sitemap: {base_url}{name}\n" in text
    private = truth.faults["robots"][0]
    assert private.startswith(base_url + "private/")
    assert truth.hits(private) == 0
    status, _, _ = get(base_url, path_of(private))
    assert status == 200  # the server does not enforce robots.txt; the crawler must
    assert truth.hits(private) == 1
    assert truth.hit_counts()["/robots.txt"] == 1


def test_good_articles_have_the_expected_bytes(site):
    base_url, truth = site
    for article in truth.good_articles:
        if article.kind == "server_error_then_ok":
            continue  # its own test
        status, headers, body = get(base_url, article.path)
        assert status == 200, article.url
        encoding = "cp1252" if article.kind == "charset_cp1252_as_utf8" else "utf-8"
        text = body.decode(encoding)
        assert f'itemprop="headline">{html.escape(article.title, False)}</h1>' in text
        assert "single single-post" in text and 'class="entry-content"' in text
        assert f'<time class="entry-date published" datetime="{article.published_at}"' in text
        assert f'property="article:published_time" content="{article.published_at}"' in text
        assert html.escape(article.title, quote=False) in text
        found = paragraphs(text)
        assert found[: len(article.paragraphs)] == list(article.paragraphs), article.url
        if article.kind == "good":
            assert headers["Content-Type"] == "text/html; charset=UTF-8"
            assert int(headers["Content-Length"]) == len(body)
            assert body.rstrip().endswith(b"</html>")


def test_head_and_unknown_paths(site):
    base_url, truth = site
    article = next(a for a in truth.good_articles if a.kind == "good")
    status, headers, body = get(base_url, article.path, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    status, _, _ = get(base_url, "/wp-json/wp/v2/posts?per_page=100")
    assert status == 404
    assert truth.hits("/wp-json/wp/v2/posts") == 1
    assert truth.hits(article.url) == 1


# -- faults ---------------------------------------------------------------------------------


def test_slow_does_not_answer_within_a_second_nor_block_others(site):
    base_url, truth = site
    parts = urlsplit(base_url)
    start = time.monotonic()
    sock = socket.create_connection((parts.hostname, parts.port), timeout=0.3)
    try:
        sock.sendall(f"GET {the(truth, 'slow')} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        received = b""
        while time.monotonic() - start < 1.0:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            assert chunk, "closed too early"
            received += chunk
            # Meanwhile, other pages come back at once.
            t0 = time.monotonic()
            assert get(base_url, "/robots.txt")[0] == 200
            assert time.monotonic() - t0 < 0.5
        head, _, body = received.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200")
        length = int(next(h for h in head.split(b"\r\n") if h.startswith(b"Content-Length:"))[15:])
        assert 1 <= len(body) <= 2 < length  # one byte a second, far from complete
    finally:
        sock.close()


def test_slow_closes_after_slow_seconds_and_shutdown_is_prompt():
    with serve_hostile(slow_seconds=0.5, slow_mode="stall") as (base_url, truth):
        status_line, body = _raw_slow(base_url, truth, wait=3.0)
        assert status_line.startswith(b"HTTP/1.1 200") and body == b""  # stall: nothing at all
    with serve_hostile(slow_seconds=60) as (base_url, truth):
        parts = urlsplit(base_url)
        sock = socket.create_connection((parts.hostname, parts.port), timeout=3)
        sock.sendall(f"GET {the(truth, 'slow')} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        # leave the `with`: the in-flight slow response must not hold up shutdown
    assert time.monotonic() - started < 1.0
    try:
        rest = b""
        while chunk := sock.recv(65536):
            rest += chunk
        assert len(rest) <= 2  # the connection ends soon after shutdown, body incomplete
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    with pytest.raises(OSError):
        socket.create_connection((parts.hostname, parts.port), timeout=1).close()


def _raw_slow(base_url: str, truth: HostileTruth, wait: float) -> tuple[bytes, bytes]:
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=wait) as sock:
        sock.sendall(f"GET {the(truth, 'slow')} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0], body


def test_huge_streams_past_the_page_limit(site):
    base_url, truth = site
    conn = _conn(base_url)
    try:
        conn.request("GET", the(truth, "huge"))
        resp = conn.getresponse()
        assert resp.status == 200
        assert resp.headers["Transfer-Encoding"] == "chunked"
        assert resp.headers["Content-Length"] is None
        first = resp.read(65536)
        assert first.startswith(b"<!DOCTYPE html>") and b"single-post" in first
        total = len(first)
        while total <= MAX_PAGE:
            chunk = resp.read(1 << 20)
            assert chunk
            total += len(chunk)
        assert total > MAX_PAGE
    finally:
        conn.close()  # stop reading half-way: the server notices and moves on
    assert get(base_url, "/robots.txt")[0] == 200


@pytest.mark.parametrize("chunked", [True, False])
def test_huge_has_exactly_huge_bytes(chunked):
    size = 300_001
    with serve_hostile(huge_bytes=size, huge_chunked=chunked) as (base_url, truth):
        status, headers, body = get(base_url, the(truth, "huge"))
    assert status == 200 and len(body) == size
    assert (headers["Content-Length"] is None) is chunked
    assert body.startswith(b"<!DOCTYPE html>") and body.endswith(b"</html>\n")


def test_gzip_bomb_small_on_the_wire_huge_inflated(site):
    base_url, truth = site
    status, headers, body = get(
        base_url, the(truth, "gzip_bomb"), headers={"Accept-Encoding": "identity"}
    )
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert int(headers["Content-Length"]) == len(body) < 1.1 * 1024 * 1024  # way below MAX_PAGE
    (isize,) = struct.unpack("<I", body[-4:])  # decompressed size mod 2**32
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    first = inflater.decompress(body[:8192], 4 << 20)
    assert first.startswith(b"<!DOCTYPE html>") and b'class="entry-content"' in first
    # Inflate it all, a bounded piece at a time, to prove the size (about 1.5 s).
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    total, pending = 0, body
    while pending and not inflater.eof:
        total += len(inflater.decompress(pending, 16 << 20))
        pending = inflater.unconsumed_tail or inflater.unused_data
    assert inflater.eof and total >= GZIP_BOMB_BYTES > 1 << 30
    assert total % (1 << 32) == isize


def test_xml_bombs(site):
    base_url, truth = site
    sitemap_url, feed_url = truth.faults["xml_bomb"]
    assert path_of(sitemap_url) == "/sitemap-bomb.xml" and path_of(feed_url) == "/feed/bomb/"
    for url in (sitemap_url, feed_url):
        status, headers, body = get(base_url, path_of(url))
        assert status == 200 and "xml" in headers["Content-Type"]
        assert b"<!ENTITY lol9" in body and b"&lol9;" in body and len(body) < 4096
    etree = pytest.importorskip("lxml.etree")
    # libxml2 refuses the amplification outright unless recovering; recovering drops the
    # references, leaving one sane entry and one empty <loc>.
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(get(base_url, "/sitemap-bomb.xml")[2], strict)
    safe = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    root = etree.fromstring(get(base_url, "/sitemap-bomb.xml")[2], safe)
    locs = [el.text for el in root.iter("{*}loc")]
    assert locs[0] in {a.url for a in truth.good_articles}
    assert locs[1:] == [None]


def test_redirect_loop_alternates(site):
    base_url, truth = site
    path = the(truth, "redirect_loop")
    assert path == "/2023/11/20/loop-a/"
    for _ in range(3):
        status, headers, _ = get(base_url, path)
        assert status == 301
        nxt = path_of(headers["Location"])
        assert headers["Location"] == base_url + nxt.lstrip("/")
        assert nxt != path and {path, nxt} == {"/2023/11/20/loop-a/", "/2023/11/20/loop-b/"}
        path = nxt
    assert truth.hits("/2023/11/20/loop-a/") == 2 and truth.hits("/2023/11/20/loop-b/") == 1


def test_charset_cp1252_served_as_utf8(site):
    base_url, truth = site
    status, headers, body = get(base_url, the(truth, "charset_cp1252_as_utf8"))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=UTF-8"
    assert b'<meta charset="UTF-8">' in body
    assert b"Jum\x92at" in body and b"Andr\xe9" in body and b"\x93Jum\x92at Berkah\x94" in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_charset_utf8_served_as_cp1252(site):
    base_url, truth = site
    status, headers, body = get(base_url, the(truth, "charset_utf8_as_cp1252"))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=windows-1252"
    assert b'content="text/html; charset=windows-1252"' in body
    assert "Jum\u2019at".encode() in body and "André".encode() in body
    # Believing the label gives mojibake; strict cp1252 even fails (0x9D of U+201D is unmapped).
    assert "Jumâ€™at" in body.decode("cp1252", "replace")
    with pytest.raises(UnicodeDecodeError):
        body.decode("cp1252")


def test_charset_missing(site):
    base_url, truth = site
    status, headers, body = get(base_url, the(truth, "charset_missing"))
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset" not in body.lower()
    assert "René".encode() in body and "\u201cWarga".encode() in body
    body.decode("utf-8")


def test_truncated_page(site):
    base_url, truth = site
    path = the(truth, "truncated")
    (article,) = [a for a in truth.good_articles if a.kind == "truncated"]
    assert len(article.paragraphs) == 3
    status, headers, body = get(base_url, path)
    assert status == 200 and int(headers["Content-Length"]) == len(body)
    assert b"</html>" not in body and not body.rstrip().endswith(b"</p>")
    found = paragraphs(body.decode())
    assert found == list(article.paragraphs)  # the 4th <p> is open at EOF
    tail = body.rsplit(b"<p>", 1)[1].decode()
    assert len(tail) > 20 and tail not in article.paragraphs


def test_server_error_then_ok(site):
    base_url, truth = site
    path = the(truth, "server_error_then_ok")
    assert [get(base_url, path)[0] for _ in range(4)] == [503, 503, 200, 200]
    assert truth.hits(path) == 4
    truth.reset_hits()
    assert get(base_url, path)[0] == 503


@pytest.mark.parametrize(
    ("kind", "status"),
    [("server_error_always", 500), ("not_found", 404), ("gone", 410)],
)
def test_error_statuses(site, kind, status):
    base_url, truth = site
    for _ in range(3):
        assert get(base_url, the(truth, kind))[0] == status
    assert truth.hits(the(truth, kind)) == 3


def test_wrong_content_type(site):
    base_url, truth = site
    status, headers, body = get(base_url, the(truth, "wrong_content_type"))
    assert status == 200 and headers["Content-Type"] == "application/octet-stream"
    assert body.startswith(b"<!DOCTYPE html>")
    article = truth.other_articles["wrong_content_type"]
    assert paragraphs(body.decode()) == list(article.paragraphs)


def test_connection_reset(site):
    base_url, truth = site
    parts = urlsplit(base_url)
    path = the(truth, "connection_reset")
    with socket.create_connection((parts.hostname, parts.port), timeout=2) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        try:
            data = sock.recv(65536)
        except ConnectionResetError:
            data = b""
    assert data == b""
    with pytest.raises(ConnectionError):  # http.client: RemoteDisconnected or a reset
        get(base_url, path)
    assert truth.hits(path) == 2
    assert get(base_url, "/")[0] == 200


def test_concurrent_requests_are_served(site):
    base_url, truth = site
    results: list[int] = []

    def fetch(url: str) -> None:
        results.append(get(base_url, path_of(url))[0])

    good = [a for a in truth.good_articles if a.kind == "good"][:8]
    threads = [threading.Thread(target=fetch, args=(a.url,)) for a in good]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert results == [200] * 8
