"""Short, stable names for why a request failed, as the crawl ledger counts them."""

from __future__ import annotations

_ERROR_KINDS = {
    "CannotResolveHostError": "dns",
    "DNSLookupError": "dns",
    "DownloadConnectionRefusedError": "connection",
    "ConnectionRefusedError": "connection",
    "ConnectionLost": "connection",
    "ResponseNeverReceived": "connection",
    "ResponseFailed": "connection",
    "DownloadFailedError": "connection",  # reset or dropped mid-response
    "ResponseDataLossError": "truncated",
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "DownloadCancelledError": "too_large",  # Scrapy cancels bodies over DOWNLOAD_MAXSIZE
}


def error_kind(exc: BaseException) -> str:
    """A short, stable name for why a request failed (``timeout``, ``http_503``, …)."""
    name = type(exc).__name__
    if name == "HttpError":
        return f"http_{exc.response.status}"
    if name == "IgnoreRequest":
        message = str(exc).lower()
        if "robots" in message:
            return "robots"
        return "too_large" if "max size" in message or "maxsize" in message else "ignored"
    if name in _ERROR_KINDS:
        return _ERROR_KINDS[name]
    if "Timeout" in name:
        return "timeout"
    if "Connection" in name or "DNS" in name:
        return "connection"
    return "other"
