"""What the spider hands to the pipelines: plain, picklable dataclasses.

Every item carries the ``ticket`` of its entry in the crawl ledger (``scraper.ledger``):
an item that stands for a fetched article page carries that page's ticket, and the
stage that decides the page's fate settles it. Items that are not pages get a ticket
when they enter the pipelines (``pipelines.ledger``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scraper.extract.record import ArticleRecord, NotAnArticle
from scraper.stories.sketch import TextSketch


@dataclass
class AliasSeen:
    """``url`` (a tracking variant, an AMP page, a shortlink) stands for ``target``.

    ``page`` is set when ``url`` is a fetched article page that turned out to be a
    variant of ``target`` (its ``rel=canonical`` names another page, or it redirects):
    the page's outcome is then a duplicate of whatever is stored at ``target``.
    """

    url: str
    target: str
    site: str
    page: bool = False
    ticket: int = 0


@dataclass
class ReadPage:
    """A fetched article page as a worker read it: its record, or why it is not one."""

    url: str  # the URL the page was fetched from
    site: str
    result: ArticleRecord | NotAnArticle
    sketch: TextSketch | None = None
    hints: dict = field(default_factory=dict)
    # Link variants (tracking parameters, shortlinks) the page showed: its own item
    # each would cost the crawl process as much as a small page.
    aliases: list[AliasSeen] = field(default_factory=list)
    ticket: int = 0
    # Where the raw page was kept: (WARC file, offset, length); None without --warc.
    warc: tuple[str, int, int] | None = None


@dataclass
class ExtractedArticle:
    """A fetched page that extraction turned into an article record."""

    record: ArticleRecord
    sketch: TextSketch | None = None  # for story matching, computed beside extraction
    aliases: list[AliasSeen] = field(default_factory=list)  # link variants on the page
    ticket: int = 0

    @property
    def url(self) -> str:
        return self.record.url


@dataclass
class AliasesSeen:
    """The link variants one page showed, handed on together (one item, not dozens)."""

    aliases: list[AliasSeen]
    ticket: int = 0

    @property
    def url(self) -> str:
        return self.aliases[0].url if self.aliases else ""


@dataclass
class Takedown:
    """A URL that answered 404/410 or redirected to the home page on this fetch."""

    url: str
    reason: str  # http_404, http_410, redirect_home (soft_404: NonArticlePage.takedown)
    site: str
    ticket: int = 0


@dataclass
class NotModified:
    """A revisited article answered 304: unchanged since the last fetch."""

    url: str
    site: str
    ticket: int = 0


@dataclass
class NonArticlePage:
    """A fetched page judged not to be an article (a listing, a static page, a file)."""

    url: str
    reason: str
    site: str
    aliases: list[AliasSeen] = field(default_factory=list)  # link variants on the page
    ticket: int = 0
    # "soft_404": the page says it is not found; at a stored article's URL the store
    # records a takedown instead (``NotAnArticle.takedown``).
    takedown: str | None = None


@dataclass
class Quarantined:
    """A fetched page judged spam (``scraper.spam``): kept out of ``articles``, written
    to ``quarantine`` with why, and counted as the run's ``spam`` error kind."""

    url: str
    site: str
    reason: str
    evidence: dict = field(default_factory=dict)
    title: str = ""
    ticket: int = 0
