"""The parsed page: lxml parsing, white space, JSON-LD, and the ``PageMetadata`` record
that ``scraper.extract.metadata`` fills.

Shared by the metadata and date readers (``metadata``, ``date_places``); pure
functions over an lxml tree.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import html as lxml_html
from lxml.etree import XPath

if TYPE_CHECKING:
    from scraper.extract.metadata import DateCandidate


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


_XML_SPACE = re.compile("[ \t\n\r]+")


def clean_space(text: str | None) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space.

    ``str.split`` splits on exactly the characters ``\\s`` matches (tested over every
    code point) at a quarter of ``re.sub``'s cost; it runs ~150 times per page."""
    return " ".join((text or "").split())


# Elementor classes every element it lays out "elementor-widget", "elementor-widget-wrap"
# (a column), "elementor-widget-container", and a widget by its kind
# ("elementor-widget-theme-post-content", "elementor-widget-sidebar"): layout, not a
# widget area. Only the kind says what the block is.
_BUILDER_LAYOUT = re.compile(r"(?<!\S)elementor-widget(?:-(?:container|wrap)(?!\S)|(?!\S)|-)")


def block_names(element) -> str:
    """An element's class and id, the words that say what a block of the page is, without
    a page builder's layout classes (``_BUILDER_LAYOUT``): a tag row inside an Elementor
    post was read as a widget's."""
    named = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _BUILDER_LAYOUT.sub(" ", named) if "elementor-widget" in named else named


def first_text(tree, xpath: str | None) -> str | None:
    """The first non-empty text an XPath (a site definition's override) finds."""
    if not xpath:
        return None
    found = tree.xpath(xpath)
    for node in found:
        value = clean_space(node if isinstance(node, str) else node.text_content())
        if value:
            return value
    return None


_STATED_TITLES = XPath("//head/title/text() | //meta[@property='og:title']/@content")


def stated_titles(tree) -> str:
    """The titles a page states of itself (its ``<title>`` and og:title), joined: what
    ``scraper.urls.trusted_canonical`` compares slugs with, read before extraction."""
    return " ".join(_STATED_TITLES(tree))


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
    # Every date the page states, with where it sits (see DateCandidate); the fields
    # after it are views of it for readers that want one value.
    date_candidates: list[DateCandidate] = field(default_factory=list)
    microdata_published: str | None = None  # itemprop=datePublished (Blogger's <abbr title>)
    time_published: str | None = None  # <time datetime> marked as published, not in chrome
    time_modified: str | None = None
    # A copy of the page as it was before pruning, kept only when its dates are weak
    # (no structured publication date, no dated header line with a time), for the
    # second opinion (htmldate) that reads footers and asides too.
    unpruned: Any = field(default=None, repr=False, compare=False)
    rel_tags: list[str] = field(default_factory=list)
    rel_categories: list[str] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    # The headline's element (``date_places``): the first <h1> that is the title, or on
    # a page without one, the element that prints the title (Lokomedia's "judul").
    headline: Any = field(default=None, repr=False, compare=False)
    date_texts: list[str] = field(default_factory=list)  # visible dated lines, best first
    # Dated lines in comments, sidebars, related lists, the site's header: never the
    # publication date, and a second opinion that names their day is refused.
    chrome_date_texts: list[tuple[str, str]] = field(default_factory=list)  # (place, text)
    # Shape of the page: listings are many linked headings and no long paragraph.
    linked_headings: int = 0
    # The texts of its linked headings and of links styled as titles (``listed_titles``),
    # read only for a page that does not call itself a post (``pagekind.says_article``).
    listed_titles: list[str] = field(default_factory=list)
    # The texts of all its links long enough to be a post's title (``link_texts``), read
    # like ``listed_titles``: a plain index page lists bare links in a <ul>.
    link_texts: frozenset[str] = frozenset()
    longest_paragraph: int = 0


def _html_parser() -> lxml_html.HTMLParser:
    """lxml.html's parser, with every element an ``HtmlElement`` chosen in C.

    lxml.html's own class lookup is a Python method, called for each element a walk or
    an XPath hands to Python (about 500 times per page), only to give form controls
    classes of their own (``FormElement``, ``InputElement``) that nothing here uses."""
    parser = lxml_html.HTMLParser()
    parser.set_element_class_lookup(
        lxml_html.etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


_PARSER = _html_parser()


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
        return lxml_html.fromstring(html, parser=_PARSER)
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


# The two lookups below are ``//script[@type="application/ld+json"]`` and
# ``//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href``, read from a
# walk of the page's <script> or <link> elements in C: libxml2's XPath tested every
# node of the page for them (0.3 million instructions a page each).
_CANONICAL_CASE = str.maketrans("CANONICAL", "canonical")


def _jsonld_scripts(tree: lxml_html.HtmlElement) -> list:
    root = tree.getroottree().getroot()
    return [s for s in root.iter("script") if s.get("type") == "application/ld+json"]


def base_href(tree: lxml_html.HtmlElement) -> str | None:
    """The page's ``<base href>`` as written (the first, as browsers take it): what its
    relative links and rel=canonical resolve against, instead of its own URL."""
    root = tree.getroottree().getroot()
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return href
    return None


def canonical_hrefs(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's rel=canonical links (the spider reads them too: scraper.reading)."""
    root = tree.getroottree().getroot()
    return [
        href
        for link in root.iter("link")
        if (link.get("rel") or "").translate(_CANONICAL_CASE) == "canonical"
        and (href := link.get("href")) is not None
    ]


def _jsonld_objects(tree: lxml_html.HtmlElement, only_with: str = "") -> list[dict]:
    """Every object of the page's JSON-LD scripts (those containing ``only_with``)."""
    objects: list[dict] = []
    for script in _jsonld_scripts(tree):
        raw = (script.text or "").strip()
        if not raw or only_with not in raw:
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
    return objects


def read_jsonld(tree: lxml_html.HtmlElement) -> tuple[set[str], dict[str, Any]]:
    """All JSON-LD ``@type`` values on the page and its first article-like object."""
    objects = _jsonld_objects(tree)
    types: set[str] = set()
    article: dict[str, Any] = {}
    for obj in objects:
        kinds = _types(obj)
        types |= kinds
        if not article and kinds & ARTICLE_TYPES:
            article = obj
    return types, article


_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)


def unescape_entities(text: str | None) -> str:
    """Text with the HTML character references a CMS left in it decoded: JSON-LD and
    <meta> values written HTML-escaped ("Ma&#039;ruf", "Hukum &amp; Kriminal"), and
    escaped twice ("&amp;#8220;", helper-110). Twice at most: a third level is no
    plugin's doing."""
    for _ in range(2):
        if not text or not _ENTITY.search(text):
            break
        # Each reference alone: ``html.unescape`` of the whole text also reads names
        # without their ";" as a browser does in text, "?id=1&section=2" as "§ion=2".
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text or ""


def jsonld_names(value: Any) -> list[str]:
    """Names out of a JSON-LD person/organisation/keyword value in any of its shapes."""
    if value is None:
        return []
    if isinstance(value, str):
        return [clean_space(unescape_entities(value))] if value.strip() else []
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
