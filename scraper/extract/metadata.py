"""Read the machine-readable metadata a page carries: JSON-LD, OpenGraph, <time>, tags.

trafilatura keeps only some of this (and only the day of a date), so we read it
ourselves from the parsed tree. Pure functions over an lxml tree.
"""

from __future__ import annotations

import copy
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


_XML_SPACE = re.compile("[ \t\n\r]+")


def clean_space(text: str | None) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space.

    ``str.split`` splits on exactly the characters ``\\s`` matches (tested over every
    code point) at a quarter of ``re.sub``'s cost; it runs ~150 times per page."""
    return " ".join((text or "").split())


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
    date_texts: list[str] = field(default_factory=list)  # visible dated lines, best first
    # Dated lines in comments, sidebars, related lists, the site's header: never the
    # publication date, and a second opinion that names their day is refused.
    chrome_date_texts: list[tuple[str, str]] = field(default_factory=list)  # (place, text)
    # Shape of the page: listings are many linked headings and no long paragraph.
    linked_headings: int = 0
    # The texts of its linked headings and of links styled as titles (``listed_titles``),
    # read only for a page that does not call itself a post (``pagekind.says_article``).
    listed_titles: list[str] = field(default_factory=list)
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


# Compiled once: ``tree.xpath("…")`` compiles its expression on every call.
_JSONLD_SCRIPTS = lxml_html.etree.XPath('//script[@type="application/ld+json"]')
# The page's rel=canonical links (the spider reads them too: scraper.reading).
CANONICAL_HREFS = lxml_html.etree.XPath(
    "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href", smart_strings=False
)


def _jsonld_objects(tree: lxml_html.HtmlElement, only_with: str = "") -> list[dict]:
    """Every object of the page's JSON-LD scripts (those containing ``only_with``)."""
    objects: list[dict] = []
    for script in _JSONLD_SCRIPTS(tree):
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
    canon = CANONICAL_HREFS(tree)
    md.canonical = canon[0].strip() if canon else None
    md.lang = (tree.get("lang") or tree.get("xml:lang") or "").strip() or None
    body = tree.find(".//body")
    if body is not None:
        md.body_classes = frozenset((body.get("class") or "").split())
    # Elements by name are walked from the document's root in C (``iter``), as ``//x``
    # would find them, at a fraction of libxml2's XPath cost.
    root = tree.getroottree().getroot()
    for node in root.iter("meta"):
        if node.get("content") is None:
            continue
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
    # rel="tag" and rel="category" links, in one walk: rel's words split as XPath's
    # normalize-space() splits them (XML white space only).
    rels = [(a, _XML_SPACE.split(a.get("rel"))) for a in root.iter("a") if a.get("rel") is not None]
    md.rel_tags = _unique(
        clean_space(a.text_content())
        for a, words in rels
        if "tag" in words and "category" not in a.get("rel").split()
    )
    md.rel_categories = _unique(
        clean_space(a.text_content()) for a, words in rels if "category" in words
    )
    md.h1 = [clean_space(h.text_content()) for h in root.iter("h1")]
    linked_headings = _LINKED_HEADINGS(tree)
    md.linked_headings = len(linked_headings)
    md.longest_paragraph = max(
        (len(clean_space(p.text_content())) for b in root.iter("body") for p in b.iter("p")),
        default=0,
    )
    read_dates(tree, md, linked_headings)
    return md


# --- Dates: every value the page states, with where it sits --------------------------
#
# Which date is the publication date is judged in scraper.extract.dates; here the page
# is only read: each candidate with its source, what its markup says it is (published
# or modified) and its place on the page. Places: "head" (<meta>, JSON-LD), "header"
# (inside the article, outside its text: the byline and date line), "body" (the
# article's text), "page" (outside the article container, or none found: only the
# distance to the headline tells), and the places that are never the article's own
# date: "comment", "sidebar", "related" (a listed post: its linked title is in the
# same small block), "embed" (a quoted tweet or post), "site-header" (a "today" line
# above the headline), "footer" (below it).

# How many elements from the headline a dated line may be and still be its date line,
# and how close it must be to count as the headline's own line whatever its classes.
NEAR_HEADLINE = 60
_BESIDE_HEADLINE = 6
CHROME_PLACES = frozenset({"comment", "sidebar", "related", "embed", "site-header", "footer"})


@dataclass(frozen=True)
class DateCandidate:
    """One date the page states. ``raw`` is the machine value (a meta content, a JSON-LD
    string, a ``datetime``/``title`` attribute) or, for ``source == "text"``, the visible
    line; ``text`` is the visible text beside a machine value (a ``<time>``'s own text).
    ``role`` is "published", "modified" or "unknown"; ``position`` the element's index
    in document order (-1 in ``<head>`` and JSON-LD); ``distance`` its position minus the
    headline's (None when there is no headline); ``key`` the meta name, JSON-LD property or the
    element's tag and classes."""

    source: str
    raw: str
    role: str = "unknown"
    place: str = "head"
    position: int = -1
    distance: int | None = None
    text: str = ""
    key: str = ""


# <meta> names of the publication and modification time, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "shareaholic:article_published_time",
    "og:pubdate",
    "date_published",
    "rnews:datepublished",
    "originalpublicationdate",
    "article_date_original",
    "datecreated",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "shareaholic:article_modified_time",
    "article.updated",
    "lastmod",
    "last-modified",
    "dateupdate",
)
_META_ROLE = {k: "published" for k in PUBLISHED_META} | {k: "modified" for k in MODIFIED_META}
_META_RANK = {k: i for i, k in enumerate(PUBLISHED_META + MODIFIED_META)}
# JSON-LD objects whose dates are not the page's: people, places, things, comments.
_NOT_PAGE_TYPES = frozenset(
    {
        "Comment",
        "Review",
        "Rating",
        "Answer",
        "Question",
        "Person",
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "LocalBusiness",
        "Place",
        "Event",
        "Offer",
        "Product",
        "ImageObject",
        "VideoObject",
        "AudioObject",
        "BreadcrumbList",
        "ListItem",
        "WebSite",
        "SearchAction",
    }
)

# Class and id words of the places that are never the article's own date.
# Reader comments: "comments", "comment-list", "comment-metadata", "td-comments",
# "wp-block-comments", Disqus; not an opinion column ("ArticleHeaderComment_headline").
_COMMENT = re.compile(
    r"^(?:comments?|commentlist|respond|replies|disqus\w*)$|^comments?[-_]|[-_]comments?$"
    r"|^comment(?:body|meta|list|area)",
    re.IGNORECASE,
)
_SIDEBAR = re.compile(r"sidebar|^widget|^secondary$", re.IGNORECASE)
_RELATED = re.compile(
    r"related|terkait|baca-?juga|bacajuga|read-?next|also-?read|popular|terpopuler|trending"
    r"|recommend|yarpp|more-?(?:stories|news|posts|articles|from)|post-?nav|nav-?links"
    r"|pagination|^prev|^next|carousel|slider|ticker|latest|terbaru|recent|most-?read"
    r"|lainnya|rekomendasi|teaser|^list-?berita|article-?list|news-?list|post-?list",
    re.IGNORECASE,
)
_EMBED = re.compile(r"instagram|twitter-tweet|tiktok|^fb-post|embed", re.IGNORECASE)
_SITE_HEADER = re.compile(
    r"masthead|site-?header|top-?bar|header-?top|navbar|^nav$|^menu|topnav|^header$"
    r"|^header-|^site-?head|^td-header|^jeg_header|^header_",
    re.IGNORECASE,
)
_ARTICLE_HEADER = re.compile(r"entry|post|article|page|single|content|title|meta|story")
_FOOTER = re.compile(r"site-?footer|colophon|^footer", re.IGNORECASE)
# The article's own text container.
_BODY_TEXT = re.compile(
    r"(?:entry|post|article|story|detail|news|td-post|tdb_single)[-_]*(?:content|body|text)"
    r"|articlebody|content-?inner|itp_bodycontent|^post-?entry$",
    re.IGNORECASE,
)
# The element that holds one article: its headline, byline, date line and text.
_CONTAINER_CLASSES = frozenset(
    {
        "hentry",
        "h-entry",
        "post",
        "type-post",
        "entry",
        "article",
        "single-post",
        "post-single",
        "story",
        "article-detail",
        "detail",
        "news-detail",
        "blog-post",
        "post-outer",
        "newsentry",
    }
)
# Class words and attributes that say what a dated element is.
_PUBLISHED_MARK = re.compile(
    r"publish|entry-date|post-?date|posted|pubdate|created|erstellt|dt-published|date-?header",
    re.IGNORECASE,
)
_MODIFIED_MARK = re.compile(r"updat|modif|revis|aktualisiert|edited", re.IGNORECASE)
# Words before a visible date that say it is the modification time.
MODIFIED_CUE = re.compile(
    r"(?:updated?|last\s+modified|modified|diperbarui|diperbaharui|diupdate|aktualisiert"
    r"|zuletzt|stand|mis\s+à\s+jour|aggiornat[oa]|actualizado|atualizado|bijgewerkt"
    r"|revised|geändert)\b",
    re.IGNORECASE,
)
PUBLISHED_CUE = re.compile(
    r"(?:published|posted|diterbitkan|dipublikasikan|diposting|terbit|veröffentlicht"
    r"|erstellt|publié|pubblicato|publicado|gepubliceerd|geschrieben)\b",
    re.IGNORECASE,
)

# A cheap test that a short text prints a full date: a day, a month (a word or a
# number) and a year. scraper.dates reads it properly later.
_DATELINE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?(?:1[89]|20)\d\d\b"
    r"|\b[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\b"
    r"|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})\b"
    r"|\b(?:1[89]|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b",
)
_ZONE = re.compile(r"\b(WIB|WITA|WIT|GMT|UTC)\b|[+-]\d{2}:?\d{2}\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])[:.][0-5]\d(?![.\d])")
_DATE_TAGS = {
    "span", "div", "p", "li", "time", "small", "abbr", "h2", "h3", "h4", "h5", "h6", "td",
    "em", "b", "dd", "strong", "a", "i", "font", "nobr", "label", "center",
}  # fmt: skip
# Short text nodes with two digits in a row (every full date has them: a year, a day
# "10", a 2-digit year): a prefilter evaluated in C. The elements holding them, up to
# three levels up while their text stays short, are the dated lines' candidates.
_DIGIT_TEXTS = lxml_html.etree.XPath(
    "//body//text()[string-length(normalize-space()) < 120]"
    "[contains(translate(., '123456789', '000000000'), '00')]"
)
_LINE_LEVELS = 3


def _dated_lines(tree) -> list[tuple[Any, str, re.Match]]:
    """Short elements whose visible text prints a full date; of nested elements with the
    same text the outermost, so "13 Nov 2023 | 14:30 WIB" split over two spans is one
    line. The same text elsewhere on the page (a related list) is another candidate."""
    holders: dict = {}
    for node in _DIGIT_TEXTS(tree):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        inner = None
        for _ in range(_LINE_LEVELS):
            if el is None or el.tag in ("body", "html"):
                break
            if el.tag in _DATE_TAGS:
                text = holders.get(el)
                if text is None:
                    text = clean_space(el.text_content())
                    if len(text) > 110:
                        break
                    holders[el] = text
                if inner is not None and holders.get(inner) == text:
                    holders[inner] = None  # the same line, held by its parent
                inner = el
            el = el.getparent()
    found = []
    for el, text in holders.items():
        if text and len(text) >= 6:
            match = _DATELINE.search(text)
            if match:
                found.append((el, text, match))
    return found


_MACHINE_DATES = lxml_html.etree.XPath(
    "//body//*[self::time or (@itemprop and not(self::meta) and (@itemprop='datePublished'"
    " or @itemprop='dateModified' or @itemprop='dateCreated' or @itemprop='uploadDate'))"
    " or (@title and (self::abbr or self::span) and (contains(@class,'published')"
    " or contains(@class,'updated') or contains(@class,'entry-date')))]"
)
_META_NODES = lxml_html.etree.XPath(".//meta[@content][@property or @name or @itemprop]")
_MARKED_TITLES = lxml_html.etree.XPath(
    "//body//*[@itemprop='headline' or contains(@class,'entry-title')"
    " or contains(@class,'post-title')][not(self::meta)]"
)
_SUBHEADS = lxml_html.etree.XPath("//body//*[self::h2 or self::h3]")
# Headings that link elsewhere: the titles of listed posts (related, popular, archives).
_LINKED_HEADINGS = lxml_html.etree.XPath(
    "(//body//h2 | //body//h3 | //body//h4)[.//a[@href] or ancestor::a[@href]]"
)
# Links that are a listed post's title without a heading element: Odoo's blog cards
# (<a class="o_blog_post_title h5">), Bootstrap's heading classes, and a class word
# that ends in "title" ("card-title", "post-title"; not "title-wrap"). They count
# towards a listing's shape only; the date rules keep to real headings.
_TITLE_LINKS = lxml_html.etree.XPath(
    "//body//a[@href][not(ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4)]"
    "[not(.//h1 or .//h2 or .//h3 or .//h4)]"
    "[contains(concat(' ', normalize-space(@class), ' '), 'title ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h2 ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h3 ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h4 ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h5 ')]"
)
# Shorter texts are labels ("Baca", "Selengkapnya"), not a post's title.
_TITLE_CHARS = 12
# A listed post's block: up to 3 levels above its linked title, and a date in it is
# at most 6 levels below that block's top.
_ITEM_DEPTH = 3
_DATE_DEPTH = 6
# Dated lines and machine dates kept per page: enough for a date line and its rivals,
# bounded on listings.
_MAX_LINES = 40
_MAX_MACHINE = 150
# An element's index in document order.
_POSITION = lxml_html.etree.XPath("count(preceding::*) + count(ancestor::*)")


def listed_titles(tree: lxml_html.HtmlElement) -> list[str]:
    """The titles of the posts a page lists: its linked headings, and its links styled
    as titles outside any heading element. Read from the whole page, before the text is
    extracted (a tenth of a millisecond: only where it decides)."""
    texts = (
        clean_space(el.text_content()) for el in [*_LINKED_HEADINGS(tree), *_TITLE_LINKS(tree)]
    )
    return [text for text in texts if len(text) >= _TITLE_CHARS]


def _tokens(el) -> list[str]:
    """The class words and the id of an element."""
    words = (el.get("class") or "").split()
    if el.get("id"):
        words.append(el.get("id"))
    return words


def read_dates(tree: lxml_html.HtmlElement, md: PageMetadata, linked_headings=None) -> None:
    """Fill ``md.date_candidates`` (and its one-value views) from the whole page.

    Runs before the tree is pruned: comments and sidebars are still there, and each
    candidate says where it sits, so the judge can refuse them.
    """
    found: list[DateCandidate] = []
    body_metas = _structured_dates(tree, md, found)
    body = tree.find(".//body")
    roots: set = set()
    if body is not None:
        if linked_headings is None:
            linked_headings = _LINKED_HEADINGS(tree)
        roots = _body_dates(tree, md, found, linked_headings, body_metas)
    md.date_candidates = found
    if not any(_strong(c) for c in found):
        md.unpruned = _without(tree, roots)
    allowed = [c for c in found if c.place not in CHROME_PLACES]
    md.microdata_published = next(
        (c.raw for c in allowed if c.key.startswith("itemprop") and c.role == "published"),
        None,
    )
    md.time_published = next(
        (
            c.raw
            for c in allowed
            if c.source == "time-element" and c.key.startswith("time") and c.role == "published"
        ),
        None,
    ) or next((c.raw for c in allowed if c.key.startswith("time")), None)
    md.time_modified = next(
        (c.raw for c in allowed if c.source == "time-element" and c.role == "modified"), None
    )
    md.date_texts = [
        c.raw for c in sorted((c for c in allowed if c.source == "text"), key=_line_order)
    ]


_MACHINE_TIME = re.compile(r"\d[T ]?\d\d:\d\d")


def _strong(c: DateCandidate) -> bool:
    """Whether a candidate is good enough that no second opinion will be asked: a
    structured publication date, or a dated header line or <time> with a time."""
    if c.role == "modified" or c.place in CHROME_PLACES:
        return False
    if c.place == "head":
        return c.role == "published"
    near = c.distance is None or abs(c.distance) <= NEAR_HEADLINE
    if c.source != "text":
        return near and (c.role == "published" or bool(_MACHINE_TIME.search(c.raw)))
    return near and c.place != "body" and bool(_CLOCK.search(c.raw))


# Chrome that the second opinion (htmldate, which reads the whole page) must not see:
# reader comments and the site header's "today".
_HIDDEN_FROM_SECOND_OPINION = frozenset({"comment", "site-header"})


def _without(tree, roots: set):
    """A copy of ``tree`` without the elements ``roots`` (found in ``tree``)."""
    paths = [tree.getroottree().getpath(el) for el in roots]
    clone = copy.deepcopy(tree)
    for path in paths:
        for el in clone.getroottree().xpath(path):
            parent = el.getparent()
            if parent is None:
                continue
            if el.tail:  # the text after the element is its parent's: keep it
                previous = el.getprevious()
                if previous is not None:
                    previous.tail = (previous.tail or "") + el.tail
                else:
                    parent.text = (parent.text or "") + el.tail
            parent.remove(el)
    return clone


def _line_order(c: DateCandidate) -> tuple[int, int, int]:
    """Dated lines, most likely publication line first: with a time and a zone, then
    with a time, then a bare day; within each, nearest after the headline."""
    rank = 0 if (_ZONE.search(c.raw) and _CLOCK.search(c.raw)) else 1 if _CLOCK.search(c.raw) else 2
    distance = c.distance if c.distance is not None else c.position
    return (rank, 0 if distance >= 0 else 1, abs(distance))


def _structured_dates(tree, md: PageMetadata, found: list[DateCandidate]) -> dict:
    """JSON-LD and <meta> values, in the order of their trust; returns the <meta>
    elements found inside <body> (microdata), by key and value."""
    article = md.jsonld_article
    for key, role in (
        ("datePublished", "published"),
        ("dateCreated", "published"),
        ("dateModified", "modified"),
    ):
        value = article.get(key)
        if isinstance(value, str) and value.strip():
            found.append(DateCandidate("json-ld", value.strip(), role, key=key))
    if not isinstance(article.get("datePublished"), str):
        # Yoast's WebPage node and other non-article objects: the page's own dates.
        for obj in _jsonld_page_objects(tree):
            value = obj.get("datePublished")
            if isinstance(value, str) and value.strip():
                found.append(
                    DateCandidate("json-ld", value.strip(), "published", key="page:datePublished")
                )
                modified = obj.get("dateModified")
                if isinstance(modified, str) and modified.strip():
                    found.append(
                        DateCandidate(
                            "json-ld", modified.strip(), "modified", key="page:dateModified"
                        )
                    )
                break
    metas = []
    body_metas: dict = {}
    for node in _META_NODES(tree):
        key = _meta_key(node)
        if key not in _META_ROLE:
            continue
        value = clean_space(node.get("content"))
        if value:
            metas.append((_META_RANK[key], key, value, node))
    seen: set[tuple[str, str]] = set()
    for _rank, key, value, node in sorted(metas, key=lambda m: m[0]):
        if (key, value) in seen:
            continue
        seen.add((key, value))
        place = "head"
        if any(a.tag == "body" for a in node.iterancestors()):
            place = "body-meta"  # resolved with the body's places below
            body_metas[key + "\0" + value] = node
        found.append(DateCandidate("meta", value, _META_ROLE[key], place, key=key))
    return body_metas


def _meta_key(node) -> str:
    return (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()


def _jsonld_page_objects(tree) -> list[dict]:
    """JSON-LD objects that may carry the page's dates (not people, things, comments)."""
    objects = _jsonld_objects(tree, only_with="datePublished")
    return [o for o in objects if not (_types(o) & _NOT_PAGE_TYPES)]


class _Places:
    """Where an element sits, relative to the page's headline and article container."""

    def __init__(self, tree, md: PageMetadata, linked_headings) -> None:
        self.headline = _headline(tree, md)
        self.headline_line = (
            set(self.headline.iterancestors()) if self.headline is not None else set()
        )
        self.container = _container(self.headline) if self.headline is not None else None
        self.cache: dict = {}
        self.chrome_roots: set = set()  # comment blocks and site headers that hold dates
        # Elements that hold the linked title of a listed post within a few levels: a
        # date inside one belongs to that post, not to the page.
        self.items: set = set()
        for heading in linked_headings:
            if heading is self.headline:
                continue
            node = heading
            for _ in range(_ITEM_DEPTH):
                node = node.getparent()
                if node is None or node in self.headline_line or node.tag in ("body", "html"):
                    break
                self.items.add(node)

    def listed(self, el) -> bool:
        """Whether ``el`` sits in the same small block as a listed post's linked title."""
        node = el
        for _ in range(_DATE_DEPTH):
            if node is None or node in self.headline_line:
                return False
            if node in self.items:
                return True
            node = node.getparent()
        return False

    def place(self, el, distance: int | None = None) -> str:
        """The place of ``el`` (see the section comment); ``distance`` is its position
        relative to the headline: the site's header is above it, its footer below."""
        in_container = False
        in_text = False
        for anc in (el, *el.iterancestors()):
            if anc.tag in ("body", "html"):
                break
            if anc is self.container:
                in_container = True
                break
            holds_headline = anc in self.headline_line
            zone, text = self._marks(anc)
            if not holds_headline:
                if zone == "site-header" and (distance is None or distance > 0):
                    zone = None  # the site's header is above the headline, when one is known
                if zone == "footer" and distance is not None and distance < 0:
                    zone = None
                if (
                    zone in ("related", "sidebar")
                    and distance is not None
                    and abs(distance) <= _BESIDE_HEADLINE
                    and self._beside_headline(anc)
                ):
                    zone = None  # right beside the headline, in its block: the article's
                    # own date whatever its class says (TYPO3's "news-list-date")
                if zone:
                    if zone in _HIDDEN_FROM_SECOND_OPINION:
                        self.chrome_roots.add(anc)
                    return zone
            # The text container never holds the headline; one that does wraps the header.
            in_text = in_text or (text and not holds_headline)
        if self.listed(el):
            return "related"
        if self.container is None:
            return "body" if in_text else "page"
        if not in_container:
            return "page"  # Blogger prints the day above the post's container
        return "body" if in_text else "header"

    def _beside_headline(self, anc) -> bool:
        """Whether ``anc`` shares a small block with the headline (within 3 levels)."""
        node = anc.getparent()
        for _ in range(3):
            if node is None or node.tag == "body":
                return False
            if node in self.headline_line:
                return True
            node = node.getparent()
        return False

    def _marks(self, anc) -> tuple[str | None, bool]:
        """The chrome zone an element's own tag and classes name, and whether they mark
        the article's text; cached, since candidates share their ancestors."""
        found = self.cache.get(anc)
        if found is None:
            words = _tokens(anc)
            tag = anc.tag if isinstance(anc.tag, str) else ""
            text = anc.get("itemprop") == "articleBody" or any(_BODY_TEXT.search(w) for w in words)
            found = self.cache[anc] = (self._zone(anc, tag, words), text)
        return found

    def _zone(self, anc, tag: str, words: list[str]) -> str | None:
        if tag == "blockquote" or tag == "iframe":
            return "embed"
        for word in words:
            if _COMMENT.search(word):
                return "comment"
        if tag == "aside" and self.container is None:
            return "sidebar"
        for word in words:
            if _SIDEBAR.search(word):
                return "sidebar"
            if _RELATED.search(word):
                return "related"
            if _EMBED.search(word):
                return "embed"
        # An element that names itself an entry/post/page header is the article's.
        article_header = any(
            "head" in word.lower() and _ARTICLE_HEADER.search(word.lower()) for word in words
        )
        if tag in ("header", "nav") and self.container is None and not article_header:
            return "site-header"
        for word in words:
            if article_header:
                break
            if _SITE_HEADER.search(word) and not _ARTICLE_HEADER.search(word.lower()):
                return "site-header"
            if _FOOTER.search(word) and not _ARTICLE_HEADER.search(word.lower()):
                return "footer"
        if tag == "footer" and self.container is None:
            return "footer"
        return None


def _headline(tree, md: PageMetadata):
    """The article's headline element: the <h1> whose text is the page's title, else an
    ``entry-title``/``post-title``/``itemprop=headline`` or <h2>/<h3> that is, else the
    first <h1> not in the site's header, else a marked title, else the element whose
    text is the ``og:title`` (old portals title with a <div>)."""
    jsonld_headline = md.jsonld_article.get("headline")
    titles = [
        clean_space(t).casefold()
        for t in (
            jsonld_headline if isinstance(jsonld_headline, str) else None,
            md.meta.get("og:title"),
            md.meta.get("twitter:title"),
            tree.findtext(".//title"),
        )
        if t
    ]

    # "Blog Archiv » Judul", "Judul | Nama Situs": the longest part is the headline.
    parts = set()
    for title in titles:
        pieces = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
        if len(pieces) > 1:
            parts.add(max(pieces, key=len))

    def matches(el) -> int:
        """2: the title itself, or its longest part; 1: most of it; 0: not it."""
        text = clean_space(el.text_content()).casefold()
        if len(text) < 3:
            return 0
        if text in titles or (len(text) >= 10 and text in parts):
            return 2
        if any(len(text) > 10 and text in t and 2 * len(text) >= len(t) for t in titles):
            return 1
        return 0

    h1s = [h for h in tree.iter("h1") if h.getparent() is not None]
    scored = [(matches(h), h) for h in h1s]
    for score, h in scored:
        if score == 2:
            return h
    marked = _MARKED_TITLES(tree)
    for el in marked:
        if matches(el) == 2:
            return el
    for score, h in scored:
        if score == 1:
            return h
    # Old themes and portals title the post with an <h2>/<h3>.
    subheads = [(matches(el), el) for el in _SUBHEADS(tree)] if titles else []
    for wanted in (2, 1):
        for score, el in subheads:
            if score == wanted:
                return el
    first_h1 = next((h for h in h1s if not _in_site_header(h)), None)
    if first_h1 is not None:
        return first_h1
    if marked:
        return marked[0]
    # No heading: old portals print the headline in a <div>; find it by its text.
    for title in (md.meta.get("og:title"), md.meta.get("twitter:title")):
        title = clean_space(title)
        if not 10 <= len(title) <= 300:
            continue
        exact = []
        for node in _TEXT_WITH(tree, t=title[:24]):
            el = node.getparent()
            while (
                el is not None
                and el.tag in ("a", "strong", "b", "span", "em", "font")
                and clean_space(el.text_content()).casefold() != title.casefold()
            ):
                el = el.getparent()  # an inline piece of the title: its holder is above
            if el is not None and clean_space(el.text_content()).casefold() == title.casefold():
                exact.append(el)
        # A linked copy of the title is a teaser in a list; the headline is not a link.
        unlinked = [e for e in exact if not _LINKED(e)]
        if exact:
            return (unlinked or exact)[0]
    return None


_TITLE_SEPARATORS = re.compile(r"\s+[|»«·•–—-]\s+|\s*::\s*")
_LINKED = lxml_html.etree.XPath("boolean(descendant-or-self::a[@href] or ancestor::a[@href])")
_TEXT_WITH = lxml_html.etree.XPath("//body//text()[contains(., $t)]")


def _in_site_header(el) -> bool:
    for anc in el.iterancestors():
        if anc.tag == "article":
            return False
        words = _tokens(anc)
        if anc.tag in ("header", "nav") and not any(
            _ARTICLE_HEADER.search(w.lower()) for w in words
        ):
            return True
        if any(_SITE_HEADER.search(w) and not _ARTICLE_HEADER.search(w.lower()) for w in words):
            return True
    return False


def _container(headline):
    """The nearest ancestor of the headline that holds one article."""
    for anc in headline.iterancestors():
        if anc.tag in ("body", "html"):
            return None
        if anc.tag == "article":
            return anc
        itemtype = anc.get("itemtype") or ""
        if "Article" in itemtype or "Posting" in itemtype:
            return anc
        if any(w.lower() in _CONTAINER_CLASSES for w in _tokens(anc)):
            return anc
    return None


def _element_role(el, text: str = "") -> str:
    """What an element's markup says its date is: "published", "modified" or "unknown"."""
    itemprop = el.get("itemprop") or ""
    if itemprop in ("datePublished", "dateCreated", "uploadDate"):
        return "published"
    if itemprop == "dateModified":
        return "modified"
    node = el
    for _ in range(3):
        if node is None or node.tag == "body":
            break
        words = " ".join(_tokens(node))
        if _PUBLISHED_MARK.search(words):
            return "published"
        if _MODIFIED_MARK.search(words):
            return "modified"
        node = node.getparent()
    role = _text_role(text)
    parent = el.getparent()
    if role == "unknown" and parent is not None and parent.tag != "body":
        # "PUBLISHED: <time>…</time> | UPDATED: <time>…": the words just before it.
        before = (parent.text or "") if parent[0] is el else (el.getprevious().tail or "")
        role = _text_role(before[-40:])
    return role


def _text_role(text: str, before: int | None = None) -> str:
    head = text[:before] if before is not None else text
    if MODIFIED_CUE.search(head):
        return "modified"
    if PUBLISHED_CUE.search(head):
        return "published"
    return "unknown"


def _body_dates(
    tree, md: PageMetadata, found: list[DateCandidate], headings, body_metas: dict
) -> set:
    """<time>, microdata, hAtom and visible dated lines in <body>, with their places."""
    places = _Places(tree, md, headings)
    machine = _MACHINE_DATES(tree)[:_MAX_MACHINE]
    dated = _dated_lines(tree)
    wanted = [*machine, *(el for el, _, _ in dated), *body_metas.values()]
    if places.headline is not None:
        wanted.append(places.headline)
    # Document order of the few elements that matter, counted in C: cheaper than
    # walking every element of the page in Python.
    positions = {el: int(_POSITION(el)) for el in wanted}
    dated.sort(key=lambda item: positions[item[0]])
    head_at = positions.get(places.headline) if places.headline is not None else None

    def where(el) -> tuple[str, int, int | None]:
        position = positions.get(el, -1)
        distance = position - head_at if head_at is not None and position >= 0 else None
        return places.place(el, distance), position, distance

    for i, c in enumerate(found):
        if c.place == "body-meta":
            # An itemprop <meta> inside <body>: the article's, a comment's, a listed post's.
            node = body_metas.get(c.key + "\0" + c.raw)
            place, position, distance = where(node) if node is not None else ("page", -1, None)
            found[i] = DateCandidate(c.source, c.raw, c.role, place, position, distance, key=c.key)
    with_value = set()
    for el in machine:
        value = (el.get("datetime") or el.get("content") or el.get("title") or "").strip()
        text = clean_space(el.text_content())
        if el.tag == "time" and not value:
            continue  # a <time> with only text is read as a dated line below
        if not value:
            value, text = text, ""
        if not value or len(value) > 100:
            continue
        if text:
            with_value.add(el)
        place, position, distance = where(el)
        role = _element_role(el, text)
        source = "meta" if el.get("itemprop") else "time-element"
        key = ("itemprop " if el.get("itemprop") else "") + f"{el.tag} {el.get('class') or ''}"
        found.append(
            DateCandidate(source, value, role, place, position, distance, text, key.strip())
        )
    kept = 0
    for el, text, match in dated:
        if kept >= _MAX_LINES:
            break
        if el in with_value:
            continue  # a <time datetime> already read above, with this text beside it
        place, position, distance = where(el)
        if place in CHROME_PLACES:
            if len(md.chrome_date_texts) < _MAX_LINES:
                md.chrome_date_texts.append((place, text))
            continue
        kept += 1
        role = _text_role(text, match.start())
        if role == "unknown":
            role = _element_role(el)
        found.append(DateCandidate("text", text, role, place, position, distance, key=el.tag))
    return places.chrome_roots


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.lower() not in {v.lower() for v in seen}:
            seen[value] = None
    return list(seen)
