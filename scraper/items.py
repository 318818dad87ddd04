"""What the spider hands to the pipelines: plain, picklable dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchedPage:
    """One fetched page that may be an article; extraction decides."""

    url: str  # the URL the page was fetched from
    html: str
    fetched_at: str  # ISO 8601, UTC
    site: str
    seen_urls: list[str] = field(default_factory=list)  # request URL, redirects, final URL
    hints: dict = field(default_factory=dict)


@dataclass
class AliasSeen:
    """``url`` (a tracking variant, an AMP page, a shortlink) stands for ``target``."""

    url: str
    target: str
    site: str


@dataclass
class Takedown:
    """A URL that answered 404/410 or redirected to the home page on this fetch."""

    url: str
    reason: str  # http_404, http_410, redirect_home
    site: str


@dataclass
class NotModified:
    """A revisited article answered 304: unchanged since the last fetch."""

    url: str
    site: str


@dataclass
class NonArticlePage:
    """A fetched page judged not to be an article (a listing, a static page, a file)."""

    url: str
    reason: str
    site: str
