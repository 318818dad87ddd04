"""The article record: the one shape every stage after extraction agrees on."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Hints:
    """What discovery learnt about a URL before fetching it (all optional).

    The WordPress API gives ``date_gmt`` and tag/category names, a feed gives
    ``pubDate``, a sitemap gives ``lastmod``. Plain data, so it pickles.
    """

    published: str | None = None
    published_source: str | None = None  # "api" or "feed"
    published_is_utc: bool = False
    modified: str | None = None
    modified_is_utc: bool = False
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    known_post: bool = False
    lastmod: str | None = None
    # The page's rel=canonical answered no article (404, a listing): the page is read
    # as the article at its own URL (``spiders.news.NewsSpider.variants``).
    own_url: bool = False

    @classmethod
    def from_dict(cls, data: dict | None) -> Hints:
        if not data:
            return cls()
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class ArticleRecord:
    """One article as the archive stores it; see docs/schema.md for each field."""

    url: str
    site: str
    title: str
    text: str
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    published_utc: str | None = None
    published_at_source: str | None = None
    modified_at: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    image_url: str | None = None
    language: str | None = None
    slug: str = ""
    # The site's own number for the post ("wp:123", "blogger:…"; scraper.extract.postid):
    # the same post under a new slug, title or text is still this article.
    post_id: str | None = None
    content_hash: str = ""
    fetched_at: str = ""
    # Set when two date sources disagree by more than a day (which ones, what they say).
    date_conflict: str | None = None
    # Dates named in the text: {"position", "surface", "value", "kind", "conflict"}.
    event_dates: list[dict] = field(default_factory=list)
    # Discovery's last-change marker (API modified time or sitemap lastmod), kept in
    # article_checks so the next crawl can tell whether to fetch again.
    source_modified: str | None = None
    # Every URL at which this article was seen in this fetch (request, redirects, final).
    seen_urls: list[str] = field(default_factory=list)
    # Police-news entities (scraper.entities, computed in the worker; docs/entities.md):
    # the unit the release is about, its kabupaten/kota and province, its topics (main
    # topic first). Empty when they were not computed.
    primary_unit: str | None = None
    region: str | None = None
    province: str | None = None
    topics: list[str] = field(default_factory=list)
    # ``Entities.to_dict()`` of the release, for article_units/people/places and the
    # story index; transient (not an ``articles`` column).
    entities: dict | None = None
    # Where the raw page this record was read from is kept (scraper.warc): the WARC
    # file in the archive's WARC folder, the offset of its records and their length.
    # Set by the crawl, not by extraction; None when raw pages are not kept.
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    # The time zone the page showed its times in, and how that was read ("label
    # WITA", "offset +08:00 in json-ld"), when the page itself said so; None when it
    # did not, or when the zone came from the site definition. A crawl of a site with
    # no known zone remembers these (``site_zone_votes``) to learn the site's zone.
    zone: str | None = None
    zone_evidence: str | None = None
    # Hidden spam link blocks removed from the page before extraction (scraper.spam),
    # one evidence dict each; set by read_page, counted per site by the crawl's health
    # tally; transient (not an ``articles`` column).
    spam_blocks: list[dict] = field(default_factory=list)
    # Whether the text was read from the site's learnt article container alone, and
    # what a learn or check reading found (scraper.extract.template); transient.
    read_from_container: bool = False
    template_report: Any = None

    def to_dict(self) -> dict:
        return asdict(self)

    def to_row(self) -> dict:
        """The ``articles`` row: lists as JSON arrays, no transient fields.

        Built field by field, not with ``asdict``, which would deep-copy the transient
        entities and dates on the crawl's hot path only to drop them."""
        row = {name: getattr(self, name) for name in _ROW_FIELDS}
        for key in ("authors", "tags", "categories"):
            row[key] = json.dumps(row[key], ensure_ascii=False)
        # NULL, not "[]", when entities were not computed (the backfill looks for it).
        row["topics"] = json.dumps(row["topics"], ensure_ascii=False) if row["topics"] else None
        return row


# Fields of ArticleRecord that are not ``articles`` columns.
_TRANSIENT = (
    "seen_urls",
    "event_dates",
    "source_modified",
    "entities",
    "zone",
    "zone_evidence",
    "spam_blocks",
    "read_from_container",
    "template_report",
)
_ROW_FIELDS = tuple(f for f in ArticleRecord.__dataclass_fields__ if f not in _TRANSIENT)


@dataclass
class NotAnArticle:
    """A fetched page that is not stored, and why (for the crawl ledger and debugging).

    ``record`` is what the page would have given as an article, when it could be read
    at all: ``newsarchive extract`` prints it, and a benchmark can score every page.
    """

    url: str
    reason: str
    record: ArticleRecord | None = None
    # "soft_404" when the page says it is a "not found" page (``says_not_found``): at a
    # stored article's URL, the article was taken down.
    takedown: str | None = None
