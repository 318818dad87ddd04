"""Read the machine-readable metadata a page carries: JSON-LD, OpenGraph, <time>, tags.

trafilatura keeps only some of this (and only the day of a date), so we read it
ourselves from the parsed tree. Pure functions over an lxml tree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
    }
)
NON_ARTICLE_TYPES = frozenset(
    {"CollectionPage", "ProfilePage", "SearchResultsPage", "ItemList", "AboutPage", "ContactPage"}
)

_SPACE = re.compile(r"\s+")


def clean_space(text: str | None) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space."""
    return _SPACE.sub(" ", (text or "").replace("\xa0", " ")).strip()


@dataclass
class PageMetadata:
    """What the page says about itself, before any judgement about which to trust."""

    canonical: str | None = None
    lang: str | None = None
    body_classes: frozenset[str] = frozenset()
    meta: dict[str, str] = field(default_factory=dict)  # og:*, article:*, name=… (first wins)
    meta_all: dict[str, list[str]] = field(default_factory=dict)  # repeated keys (article:tag)
    jsonld_types: frozenset[str] = frozenset()
    jsonld_article: dict[str, Any] = field(default_factory=dict)
    microdata_published: str | None = None  # itemprop=datePublished (Blogger's <abbr title>)
    time_published: str | None = None  # <time datetime> marked as published
    time_modified: str | None = None
    rel_tags: list[str] = field(default_factory=list)
    rel_categories: list[str] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)  # visible text of date-ish elements
    # Shape of the page: listings are many linked headings and no long paragraph.
    linked_headings: int = 0
    longest_paragraph: int = 0


def parse_html(html: str | bytes) -> lxml_html.HtmlElement | None:
    """Parse ``html`` leniently; ``None`` for an empty or unparsable document."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    html = html.strip()
    if not html:
        return None
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^<\?xml[^>]*>", "", html)
    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


def _walk_jsonld(node: Any, found: list[dict]) -> None:
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, found)
    elif isinstance(node, dict):
        if "@graph" in node:
            _walk_jsonld(node["@graph"], found)
        if "@type" in node:
            found.append(node)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def read_jsonld(tree: lxml_html.HtmlElement) -> tuple[set[str], dict[str, Any]]:
    """All JSON-LD ``@type`` values on the page and its first article-like object."""
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            # Some themes emit trailing commas or raw newlines inside strings.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue
        _walk_jsonld(data, objects)
    types: set[str] = set()
    article: dict[str, Any] = {}
    for obj in objects:
        kinds = _types(obj)
        types |= kinds
        if not article and kinds & ARTICLE_TYPES:
            article = obj
    return types, article


def jsonld_names(value: Any) -> list[str]:
    """Names out of a JSON-LD person/organisation/keyword value in any of its shapes."""
    if value is None:
        return []
    if isinstance(value, str):
        return [clean_space(value)] if value.strip() else []
    if isinstance(value, dict):
        return jsonld_names(value.get("name"))
    if isinstance(value, list):
        names: list[str] = []
        for item in value:
            names.extend(jsonld_names(item))
        return names
    return []


def jsonld_image(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get("url") or value.get("contentUrl")
    if isinstance(value, list) and value:
        return jsonld_image(value[0])
    return None


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """Collect every metadata signal in one pass over the parsed page."""
    md = PageMetadata()
    canon = tree.xpath('//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href')
    md.canonical = canon[0].strip() if canon else None
    md.lang = (tree.get("lang") or tree.get("xml:lang") or "").strip() or None
    body = tree.find(".//body")
    if body is not None:
        md.body_classes = frozenset((body.get("class") or "").split())
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip()
        if not key:
            continue
        key = key.lower()
        value = clean_space(node.get("content"))
        md.meta_all.setdefault(key, []).append(value)
        md.meta.setdefault(key, value)
    types, article = read_jsonld(tree)
    md.jsonld_types = frozenset(types)
    md.jsonld_article = article
    micro = tree.xpath(
        "//*[@itemprop='datePublished'][not(self::meta)]/@content"
        " | //*[@itemprop='datePublished'][not(self::meta)]/@datetime"
        " | //*[@itemprop='datePublished'][not(self::meta)]/@title"
    )
    md.microdata_published = micro[0].strip() if micro else None
    published = tree.xpath(
        "//time[@datetime][contains(@class,'published') or @itemprop='datePublished'"
        " or contains(@class,'entry-date') or contains(@class,'post-date')]/@datetime"
    ) or tree.xpath("//time[@datetime]/@datetime")
    md.time_published = published[0].strip() if published else None
    modified = tree.xpath(
        "//time[@datetime][contains(@class,'updated') or @itemprop='dateModified']/@datetime"
    )
    md.time_modified = modified[0].strip() if modified else None
    md.rel_tags = _unique(
        clean_space(a.text_content())
        for a in tree.xpath("//a[contains(concat(' ',normalize-space(@rel),' '),' tag ')]")
        if "category" not in (a.get("rel") or "").split()
    )
    md.rel_categories = _unique(
        clean_space(a.text_content())
        for a in tree.xpath("//a[contains(concat(' ',normalize-space(@rel),' '),' category ')]")
    )
    md.h1 = [clean_space(h.text_content()) for h in tree.xpath("//h1")]
    md.linked_headings = len(
        tree.xpath("//body//*[self::h2 or self::h3 or self::h4][.//a[@href] or ancestor::a[@href]]")
    )
    md.longest_paragraph = max(
        (len(clean_space(p.text_content())) for p in tree.xpath("//body//p")), default=0
    )
    md.date_texts = date_lines(tree)
    return md


# A day, a month (Indonesian or English, full or short) and a year, or d/m/yyyy.
_DATELINE = re.compile(
    r"\b\d{1,2}\s+(jan|feb|peb|mar|apr|mei|may|jun|jul|agu|ags|aug|sep|okt|oct|nov|nop|des|dec)"
    r"[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)
_ZONE = re.compile(r"\b(WIB|WITA|WIT|GMT|UTC)\b|[+-]\d{2}:?\d{2}\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:.][0-5]\d\b")
_DATE_TAGS = {"span", "div", "p", "li", "time", "small", "abbr", "h2", "h3", "h4", "td", "em", "b"}


# Elements of those tags whose visible text is 6 to 100 characters long: a prefilter
# evaluated in C, so only short texts are built in Python.
_SHORT_DATE_TAG_TEXT = lxml_html.etree.XPath(
    "//body//*[" + " or ".join(f"self::{t}" for t in sorted(_DATE_TAGS)) + "]"
    "[string-length(normalize-space()) >= 4 and string-length(normalize-space()) <= 110]"
)


def date_lines(tree: lxml_html.HtmlElement, limit: int = 20) -> list[str]:
    """Short visible texts that print a date, most likely publication line first.

    Themes print the publication date in elements with any class name ("date",
    "newsdetail-schedule", "msmall grey"), so elements are found by what their text
    looks like, not by class. Order: a date with a time and a zone (WIB/WITA/WIT),
    then with a time, then a bare day; within each, nearest after the headline
    (sidebars listing other articles come later or before it).
    """
    body = tree.find(".//body")
    if body is None:
        return []
    candidates = set(_SHORT_DATE_TAG_TEXT(tree))
    found: list[tuple[int, int, str]] = []
    headline_at = None
    seen: set[str] = set()
    for position, el in enumerate(body.iter()):
        if headline_at is None and el.tag == "h1":
            headline_at = position
        if el not in candidates:
            continue
        text = clean_space(el.text_content())
        if not 6 <= len(text) <= 100 or text in seen or not _DATELINE.search(text):
            continue
        seen.add(text)
        rank = (
            0 if (_ZONE.search(text) and _CLOCK.search(text)) else 1 if _CLOCK.search(text) else 2
        )
        found.append((rank, position, text))
    anchor = headline_at or 0

    def key(item: tuple[int, int, str]) -> tuple[int, int, int]:
        rank, position, _ = item
        return (rank, 0 if position >= anchor else 1, abs(position - anchor))

    return [text for _, _, text in sorted(found, key=key)][:limit]


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.lower() not in {v.lower() for v in seen}:
            seen[value] = None
    return list(seen)
