"""The loopback HTTP server every platform imitation runs on (standard library only)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A site answers a request target ("/path?query") with (status, content type, body); a
# redirect's (3xx) body is its ``Location``. A body of bytes is sent as it is (a page in
# windows-1252), a text body as UTF-8.
Answer = tuple[int, str, "str | bytes"]
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
NOT_FOUND: Answer = (404, HTML, "<!DOCTYPE html><html><body><h1>404</h1></body></html>")


class ServedSite(str):
    """The base URL ("http://127.0.0.1:PORT/"), with ``requests``: every target asked."""

    requests: list[str]


@contextmanager
def serve(make_site: Callable[[str], Callable[[str], Answer]]) -> Iterator[ServedSite]:
    """Serve ``make_site(base_url)`` on 127.0.0.1 until the ``with`` block ends."""
    requests: list[str] = []
    answer: list[Callable[[str], Answer]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            requests.append(self.path)
            try:
                status, ctype, body = answer[0](self.path)
            except Exception as exc:  # noqa: BLE001 - a fixture bug is a 500, visibly
                status, ctype, body = 500, TEXT, f"fixture error: {exc!r}"
            data = body if isinstance(body, bytes) else body.encode("utf-8")
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", str(body))
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = ServedSite(f"http://127.0.0.1:{server.server_address[1]}/")
    base.requests = requests
    answer.append(make_site(base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
