"""Read the machine-readable metadata a page carries: JSON-LD, OpenGraph, <time>, tags.

trafilatura keeps only some of this (and only the day of a date), so we read it
ourselves from the parsed tree. Pure functions over an lxml tree. The parsed page and
its JSON-LD are ``scraper.extract.page``; where a date sits, ``date_places``.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from scraper.extract.cleanup import _paragraph_chars
from scraper.extract.date_places import (
    _LINKED,
    PUBLISHED_CUE,
    _container,
    _element_role,
    _Places,
    _text_role,
)
from scraper.extract.page import (
    _XML_SPACE,
    PageMetadata,
    _jsonld_objects,
    _types,
    block_names,
    canonical_hrefs,
    clean_space,
    read_jsonld,
)
from scraper.urls import registrable_domain


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """Collect every metadata signal in one pass over the parsed page."""
    md = PageMetadata()
    canon = canonical_hrefs(tree)
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

# How many elements from the headline a dated line may be and still be its date line.
NEAR_HEADLINE = 60
CHROME_PLACES = frozenset({"comment", "sidebar", "related", "embed", "site-header", "footer"})


@dataclass(frozen=True)
class DateCandidate:
    """One date the page states. ``raw`` is the machine value (a meta content, a JSON-LD
    string, a ``datetime``/``title`` attribute) or, for ``source == "text"``, the visible
    line (``"relative"``: a line that says only how long ago, "2 jam yang lalu");
    ``text`` is the visible text beside a machine value (a ``<time>``'s own text).
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
# "10", a 2-digit year). The elements holding them, up to three levels up while their
# text stays short, are the dated lines' candidates.
_BODY_TEXTS = lxml_html.etree.XPath("//body//text()")
_TWO_DIGITS = re.compile("[0-9][0-9]")
_XML_WS = " \t\n\r"  # XML's white space, which normalize-space() strips and collapses
_LINE_LEVELS = 3


def _digit_texts(tree) -> list:
    """The text nodes of ``//body//text()[string-length(normalize-space()) < 120]
    [contains(translate(., '123456789', '000000000'), '00')]``, in document order.

    The same test in Python on every text node: libxml2 evaluating those two string
    functions on each node (a theme's inline scripts among them) cost 4 million
    instructions a page, three times the walk and a search in C."""
    return [
        node
        for node in _BODY_TEXTS(tree)
        if _TWO_DIGITS.search(node) and len(_XML_SPACE.sub(" ", node.strip(_XML_WS))) < 120
    ]


def _dated_lines(tree) -> list[tuple[Any, str, re.Match]]:
    """Short elements whose visible text prints a full date; of nested elements with the
    same text the outermost, so "13 Nov 2023 | 14:30 WIB" split over two spans is one
    line. The same text elsewhere on the page (a related list) is another candidate."""
    holders: dict = {}
    for node in _digit_texts(tree):
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
                        if inner is None and PUBLISHED_CUE.search(node):
                            # An info line too long to be one date line ("Reporter: <a>X</a>
                            # Diterbitkan: Jumat, 10 November 2023 14:30 WIB | Diperbarui:
                            # … 873 views"): its part that says it is the publication.
                            holders[el] = clean_space(node)
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
            if match and not _names_a_day_in_a_sentence(text, match):
                found.append((el, text, match))
    return found


# A sentence is prose that names an event's day, not a date line: it ends as a sentence
# does, names the day as releases do, and has this many words in lower case besides the
# date ("Kedua tersangka rencananya dilimpahkan ke kejaksaan pada Senin (7/12/2026).").
# A police release names the days of its events so, often in a short paragraph right
# under the headline, where it passed for the date line of a page that prints none.
_SENTENCE_WORDS = 5
# Only the day as releases name an event's ("pada Senin (30/11/2026)", "Jumat (4/12)"):
# a publication line that ends with a period ("Ditulis oleh admin pada hari Jumat, 4
# Desember 2026 pukul 21.05 WIB.") is still one (helper-99's review).
_EVENT_DAY = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*\(\s*\d{1,2}\s*/\s*\d{1,2}",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")


def _names_a_day_in_a_sentence(text: str, match: re.Match) -> bool:
    if not _ENDS_SENTENCE.search(text) or not _EVENT_DAY.search(text):
        return False
    rest = f"{text[: match.start()]} {text[match.end() :]}"
    return sum(1 for word in rest.split() if word[0].islower()) >= _SENTENCE_WORDS


# RDFa dates (``property`` with ``content``) count as microdata's do: Drupal's RDF
# module writes the node's created time so, ``<span property="schema:dateCreated"
# content="2024-01-09T01:12:00+00:00">`` (Drupal 8/9; Drupal 7: ``property="dc:date
# dc:created"``), often as the only machine-readable date of the page.
#
# The elements in <body> that may carry a machine date: ``<time>`` and those with
# ``itemprop``, ``property`` or ``title`` (found by their attributes, in C), which
# ``_machine_date`` then tests. One XPath with the whole test in its predicate cost
# libxml2 4 million instructions a page (an XPath object per element and test), four
# times this.
_DATE_HOLDERS = lxml_html.etree.XPath(
    "//body//@itemprop/.. | //body//@property/.. | //body//@title/.. | //body//time"
)
_DATE_ITEMPROPS = ("datePublished", "dateModified", "dateCreated", "uploadDate")
_DATE_PROPERTIES = (
    "dateCreated", "datePublished", "dateModified", "dc:date", "dc:created", "dc:modified",
)  # fmt: skip
_DATE_TITLE_CLASSES = ("published", "updated", "entry-date")


def _machine_dates(tree) -> list:
    """``//body//*[self::time or (@itemprop and not(self::meta) and (@itemprop=
    'datePublished' or …='dateModified' or …='dateCreated' or …='uploadDate')) or
    (@property and @content and not(self::meta) and (contains(@property,'dateCreated')
    or …'datePublished', 'dateModified', 'dc:date', 'dc:created', 'dc:modified')) or
    (@title and (self::abbr or self::span) and (contains(@class,'published') or
    …'updated', 'entry-date'))]``, in document order."""
    return [el for el in _DATE_HOLDERS(tree) if _machine_date(el)]


def _machine_date(el) -> bool:
    tag = el.tag
    if tag == "body" and not any(a.tag == "body" for a in el.iterancestors()):
        return False  # ``//body//@x/..`` has the <body> itself, ``//body//*`` does not
    if tag == "time":
        return True
    if tag != "meta":
        if el.get("itemprop") in _DATE_ITEMPROPS:
            return True
        prop = el.get("property")
        if (
            prop is not None
            and el.get("content") is not None
            and any(p in prop for p in _DATE_PROPERTIES)
        ):
            return True
    if el.get("title") is not None and tag in ("abbr", "span"):
        classes = el.get("class") or ""
        return any(c in classes for c in _DATE_TITLE_CLASSES)
    return False


_META_NODES = lxml_html.etree.XPath(".//meta[@content][@property or @name or @itemprop]")
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
# Dated lines and machine dates kept per page: enough for a date line and its rivals,
# bounded on listings.
_MAX_LINES = 40
_MAX_MACHINE = 150
# An element's index in document order.
_POSITION = lxml_html.etree.XPath("count(preceding::*) + count(ancestor::*)")


def _positions(tree, elements: list) -> dict:
    """Each element's ``_POSITION``, from one walk of the page's elements in document
    order (in C), stopped at the last one wanted: an XPath count for each element
    walked the page up to it once per element (20 of them a page)."""
    wanted = set(elements)
    found: dict = {}
    if wanted:
        root = tree.getroottree().getroot()
        for index, el in enumerate(root.iter(lxml_html.etree.Element)):
            if el in wanted:
                found[el] = index
                if len(found) == len(wanted):
                    break
    for el in wanted - found.keys():  # not in the page's tree: never, but counted as before
        found[el] = int(_POSITION(el))
    return found


# --- Tags named only by links to the site's tag pages ---------------------------------
#
# Big portals (detik, Kompas, Tribun, Antara, Liputan6, Okezone, Suara, CNN Indonesia)
# mark their tags neither with rel="tag" nor with article:tag nor in JSON-LD: the
# article's tag block is a row of plain links to /tag/<name>; Lokomedia CMS's (many
# Pemda and Polres portals) one of relative links to its tag pages, "tag-<slug>.html".
# The same links appear in menus ("Pemilu 2024" in the top bar), trending bars and
# sidebar clouds, so only a block of them after the headline, outside those places, is
# the article's.
# (Lokomedia's at the site's root or in the one folder it is installed in: a Blogger
# post "/2024/01/tag-heuer-….html" is no tag page.)
# (Merdeka files its tag pages under their initial: /tag/b/banjir/.)
_TAG_PATH = re.compile(
    r"/(?:tag|tags|topik|topic)/(?:[a-z]/)?[^/]+/?$|^(?:/(?:[^/]+/)?)?tag-[^/]+\.html$",
    re.IGNORECASE,
)
# A tag page by its number and name (Sindonews's tag.sindonews.com/tag/103/kpk). The
# same form links a portal's "Topik Pilihan" box (Antara's /tag/78/letusan-barujari):
# such links are the article's tags only in a block labelled or named as its tags. (A
# tag named by a number, /tags/2020/page1, is another form: its page 1.)
# Drupal's own term pages, /taxonomy/term/<n>, are tags or sections alike: they too count
# only in a block labelled or named as the tags (Drupal's "field--tags").
_TAG_ID_PATH = re.compile(
    r"/(?:tag|tags|topik|topic)/\d+/(?!page\d)[^/]+/?$|/taxonomy/term/\d+/?$", re.IGNORECASE
)
_NOT_TAG_PLACES = frozenset({"nav", "header", "footer", "aside"})
# Blocks of a page that are not its article, by class or id: sidebars (Indonesian
# templates' right column, "kanan"), widgets, tag clouds, menus, trending and popular
# lists, related posts ("terkait"). (Not "comment": boingboing's tags sit in its
# "share-comments-container".)
_CHROME_BLOCK = re.compile(
    r"sidebar|widget|cloud|menu|trending|popul|terpopuler|kanan|related|terkait", re.I
)
TAG_BLOCK_MAX = 20


# Links whose address names a tag page, found in C: walking every element of the page
# in Python cost 0.6 ms a page.
_TAG_LINK_TEST = (
    "[contains(@href, '/tag/') or contains(@href, '/tags/') or contains(@href, '/topik/')"
    " or contains(@href, '/topic/') or contains(@href, 'tag-')"
    " or contains(@href, '/taxonomy/term/')]"
)
_TAG_LINKS_AFTER_HEADLINE = lxml_html.etree.XPath(f"(//h1)[1]/following::a{_TAG_LINK_TEST}")
_TAG_LINKS_AFTER = lxml_html.etree.XPath(f"following::a{_TAG_LINK_TEST}")
_TAG_LINKS = lxml_html.etree.XPath(f"//a{_TAG_LINK_TEST}")


def _links_after_headline(root, headline, article, after_h1, after, anywhere) -> list:
    """The links a rule reads: those after the first ``<h1>``; on a page without one,
    after the element that prints its headline (``PageMetadata.headline``: old portals
    and Lokomedia title with a <div> or <span>) when it is no link and sits in no
    sidebar or menu, or else the whole page's. A block in a left column before the
    article is then not taken for the article's."""
    if next(root.iter("h1"), None) is not None:
        return after_h1(root)
    if (
        usable_headline(headline)
        and headline.getroottree().getroot() is root
        and _tag_place(headline, article)
    ):
        return after(headline)
    return anywhere(root)


def tag_links(tree: lxml_html.HtmlElement, headline=None) -> list[str]:
    """The texts of the article's tag block: the first run of links to tag pages (a
    path ``/tag/<name>``, ``/tags/``, ``/topik/``, Lokomedia's ``tag-<slug>.html``)
    that share one container (their parent, or the list around their ``<li>``), after
    the first ``<h1>`` (or ``headline``, ``_links_after_headline``), and not inside
    navigation, a header, footer or aside, nor an element whose class names a sidebar,
    widget, tag cloud, menu or trending/popular list. A leading "#" is dropped ("#Polda
    Kalsel"). Empty when there is no such block.

    A run is two or more links, or one link that its container presents as the tags
    (``_lone_tag_block``): a post with one tag has a block of one ("Tag : Polres
    Banjar"), but a single tag link elsewhere is a word of the text linked to its tag
    page, or a reporter's name in the credit line, never the post's tags."""
    root = tree.getroottree().getroot()
    groups: dict[Any, list[str]] = {}
    by_number: set = set()  # containers with links to numbered tag pages
    article = headline_blocks(headline)
    own = _container(headline) if headline is not None else None
    places: dict = {}  # container -> whether it may hold the post's tags
    links = _links_after_headline(
        root, headline, article, _TAG_LINKS_AFTER_HEADLINE, _TAG_LINKS_AFTER, _TAG_LINKS
    )
    for element in links:
        try:
            path = urlsplit(element.get("href") or "").path
        except ValueError:
            continue
        numbered = False
        if not _TAG_PATH.search(path):
            if not _TAG_ID_PATH.search(path):
                continue
            numbered = True
        container = element.getparent()
        if container is not None and container.tag == "li":
            container = container.getparent()
        if container is None:
            continue
        placed = places.get(container)
        if placed is None:
            placed = places[container] = _tag_place(container, article) or (
                _own_cloud(container, own) and _tag_place(container, article, cloud=True)
            )
        if not placed:
            continue
        # "#Polri" as a hashtag; "Coronavirus," with the list's comma inside the link.
        name = clean_space(element.text_content()).lstrip("#").rstrip(",;").strip()
        if name and len(name) <= 60:
            groups.setdefault(container, []).append(name)
            if numbered:
                by_number.add(container)
    for container, names in groups.items():  # in the order their first link appears
        if container in by_number and not _lone_tag_block(container):
            continue
        if 2 <= len(names) <= TAG_BLOCK_MAX:
            return _unique(names)
        if len(names) == 1 and _lone_tag_block(container):
            return names
    return []


def _tag_place(container, article: frozenset = frozenset(), cloud: bool = False) -> bool:
    """Outside the page's chrome. The ``<body>``'s own classes are the page's layout
    (ColorMag's "cm-right-sidebar", "has-sidebar"), not a place on it: read as one, they
    hid every tag block of such a theme. Nor is a block that holds the headline and
    most of the text (``article``, ``headline_blocks``): a theme's
    "content-sidebar-wrap", an Elementor "widget", a post classed "category-popular".
    ``cloud``: a class naming a tag cloud is no chrome here (``_own_cloud``)."""
    return not any(
        element.tag in _NOT_TAG_PLACES and element not in article and not _posts_own(element)
        for element in _up_to_body(container)
    ) and not in_chrome_block(container, article, cloud)


def _posts_own(element) -> bool:
    """Whether a ``<footer>`` or ``<header>`` is the post's own, not the page's: inside
    the ``<article>`` that holds the headline (tagDiv Newspaper's "<footer><div
    class=td-post-source-tags>" under the text)."""
    if element.tag not in ("footer", "header"):
        return False
    post = next(element.iterancestors("article"), None)
    return post is not None and next(post.iter("h1"), None) is not None


def _own_cloud(container, own) -> bool:
    """Whether a block whose class says "cloud" may still be the post's own tags: it is
    inside the article's own element (``own``: Tribun's ``tagcloud3`` under the text),
    or it labels itself as the tags ("<div class=tag-cloud><span>Tags :</span><a>…",
    Republika). A sidebar's cloud is neither: its widget title stands outside it."""
    if own is not None and any(e is own for e in container.iterancestors()):
        return True
    rest = _unlinked_text(container)
    return bool(rest) and bool(_TAG_LABEL.match(rest))


def headline_blocks(headline) -> frozenset:
    """The blocks that hold the headline and most of the article's text: the article's
    own, whatever their class says (one in eleven evaluation pages has its headline in
    a block whose class or id names a sidebar, widget, menu or popular list: layout
    wrappers, page builders). A sidebar that repeats the title holds none of the text,
    and a linked headline is a teaser's, never the article's (``usable_headline``)."""
    if not usable_headline(headline):
        return frozenset()
    blocks = [
        e
        for e in headline.iterancestors()
        if e.tag not in ("body", "html")
        and (e.tag in _NOT_TAG_PLACES or _CHROME_BLOCK.search(block_names(e)))
    ]
    if not blocks:
        return frozenset()
    page = _paragraph_chars(headline.getroottree().getroot())
    return frozenset(e for e in blocks if page and _paragraph_chars(e) * 2 >= page)


def usable_headline(headline) -> bool:
    """Whether ``PageMetadata.headline`` may anchor the rules that read what follows the
    headline: not a link (on a page without an ``<h1>``, a widget's linked copy of the
    title, or the first teaser's title, can be what ``date_places`` found)."""
    return headline is not None and not _LINKED(headline)


def in_chrome_block(element, article: frozenset = frozenset(), cloud: bool = False) -> bool:
    """Inside a block whose class or id names a sidebar, widget, menu, related posts,
    comments … (``_CHROME_BLOCK``), other than one of ``article`` (the blocks that hold
    the headline, ``headline_blocks``); the ``<body>``'s own classes do not count.
    ``cloud``: a block named only a "cloud" does not count either."""
    for e in _up_to_body(element):
        if e in article:
            continue
        words = _CHROME_BLOCK.findall(block_names(e))
        if words and not (cloud and all(w.lower() == "cloud" for w in words)):
            return True
    return False


def _up_to_body(element):
    """The element and its ancestors, below ``<body>``."""
    for e in (element, *element.iterancestors()):
        if e.tag in ("body", "html"):
            return
        yield e


# What a tag block is called, as its label or in its class or id: "Tag :", "Tags:",
# "Label:", "Topik:", "Kata kunci:", class="tag-berita", "post-tags", id="tags".
_TAG_LABEL = re.compile(
    r"^\W*(tags?|label(s)?|topik|topic(s)?|kata\s+kunci|keywords?)\s*:?\W*$", re.I
)
_TAG_BLOCK_NAME = re.compile(r"tag|label|topik|topic|keyword|kata-?kunci", re.I)


def _unlinked_text(container) -> str:
    """The container's text outside its links: a tag block's label, if it has one."""
    rest = container.text_content()
    for text in (a.text_content() for a in container.iter("a")):
        rest = rest.replace(text, " ", 1)
    return clean_space(rest)


def _lone_tag_block(container) -> bool:
    """Whether a container holding a single tag link is the post's tag block: besides
    the link it says nothing but a tag label ("Tag : <a>Polres Banjar</a>"), and that
    label, or its class or id, or the element just before it names tags. A paragraph
    linking one word to its tag page has its sentence around the link, a credit line
    ("<div class=credit>") names no tags."""
    rest = _unlinked_text(container)
    if rest:
        return bool(_TAG_LABEL.match(rest))
    named = " ".join(filter(None, (container.get("class"), container.get("id"))))
    if _TAG_BLOCK_NAME.search(named):
        return True
    elements = (e for e in container.itersiblings(preceding=True) if isinstance(e.tag, str))
    before = next(elements, None)
    return before is not None and bool(_TAG_LABEL.match(clean_space(before.text_content())))


# --- Categories named only by a labelled link to the category's page ------------------
#
# Lokomedia CMS prints "Kategori: <a href=kategori-3-hukum.html><b>Hukum</b></a> -
# Dibaca: 1.234 kali" above its article, and other CMSes "Rubrik: <a
# href=/kanal/hukum/>"; none marks it with rel="category", article:section or JSON-LD.
# A link to a category page is the article's category only where a category label
# stands right before it: the same links fill menus and sidebars, unlabelled.
_CATEGORY_PATH = re.compile(
    r"/(?:category|categories|kategori|rubrik|kanal)/(?:\d+/)?[^/]+/?$"
    r"|(?:^|/)kategori-\d+-[^/]+\.html$",
    re.IGNORECASE,
)
_CATEGORY_LINK_TEST = (
    "[contains(@href, 'categor') or contains(@href, 'kategori') or contains(@href, 'rubrik')"
    " or contains(@href, 'kanal')]"
)
_CATEGORY_LINKS_AFTER_HEADLINE = lxml_html.etree.XPath(
    f"(//h1)[1]/following::a{_CATEGORY_LINK_TEST}"
)
_CATEGORY_LINKS_AFTER = lxml_html.etree.XPath(f"following::a{_CATEGORY_LINK_TEST}")
_CATEGORY_LINKS = lxml_html.etree.XPath(f"//a{_CATEGORY_LINK_TEST}")
# The label is all the text since the element before the link, or follows a separator
# ("13 Jan 2020 | categories:"): "Next post in category" is no label.
_CATEGORY_LABEL = re.compile(
    r"(?:^|[|•·»/–—-])\s*(?:kategori|category|categories|rubrik|kanal|posted\s+in"
    r"|filed\s+under)\s*:?\s*$",
    re.IGNORECASE,
)


def category_links(tree: lxml_html.HtmlElement, headline=None) -> list[str]:
    """The categories a label names: the first link to a category page (``/category/
    <name>``, ``/kategori/``, ``/rubrik/``, ``/kanal/``, Lokomedia's
    ``kategori-<id>-<slug>.html``) right after a label "Kategori:", "Category:",
    "Rubrik:", "Kanal:", "Posted in", "Filed under", and the category links that follow
    it separated only by commas, after the first ``<h1>`` (or ``headline``) and outside
    the page's chrome (as tag blocks are). Empty when no label names one."""
    root = tree.getroottree().getroot()
    article = headline_blocks(headline)
    links = _links_after_headline(
        root,
        headline,
        article,
        _CATEGORY_LINKS_AFTER_HEADLINE,
        _CATEGORY_LINKS_AFTER,
        _CATEGORY_LINKS,
    )
    for link in links:
        if not _is_category_link(link) or not _labelled(link):
            continue
        container = link.getparent()
        if container is None or not _tag_place(container, article):
            continue
        names = [clean_space(link.text_content())]
        for sibling in link.itersiblings():
            if _between(sibling):
                continue
            if sibling.tag != "a":
                break
            if not _is_category_link(sibling) or clean_space(_text_before(sibling)) != ",":
                break
            names.append(clean_space(sibling.text_content()))
        return _unique([n for n in names if n and len(n) <= 60])
    return []


# At most this many badges: more category links in one element is a menu.
_BADGES_MAX = 5


def category_badges(headline) -> list[str]:
    """The categories set as badges just above the headline, without ``rel=category``
    (Newsup's ``<div class="mg-blog-category"><a href="/category/hukum/">``): an element
    before the headline among its siblings (or its wrapper's) whose links, one to five,
    all go to category pages (``_CATEGORY_PATH``), outside the page's chrome. A
    breadcrumb, whose first link is the home page, is not such an element."""
    if headline is None or not usable_headline(headline):
        return []
    article = headline_blocks(headline)
    for level in (headline, headline.getparent()):
        if level is None or level.tag in ("body", "html"):
            break
        for sibling in level.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            links = [sibling] if sibling.tag == "a" else list(sibling.iter("a"))
            if not links:
                continue
            if len(links) > _BADGES_MAX or not all(_is_category_link(a) for a in links):
                return []  # the nearest block of links above the headline decides
            if not _tag_place(sibling, article):
                return []
            return _unique([n for a in links if (n := clean_space(a.text_content()))])
    return []


_CRUMBS_MAX = 3


def _first_breadcrumb(tree):
    """The first element below ``<body>`` whose class, id or aria-label says
    "breadcrumb" (the body's own classes are the page's layout). A walk in Python that
    stops at the first: half the cost of an XPath ``contains()`` on every element."""
    body = tree.find(".//body")
    if body is None:
        return None
    for element in body.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        for name in ("class", "id", "aria-label"):
            value = element.get(name)
            if value and "breadcrumb" in value:
                return element
    return None


def breadcrumb_sections(
    tree: lxml_html.HtmlElement, url: str, title: str | None, headline=None
) -> list[str]:
    """The sections a breadcrumb names above the article ("Beranda › Hukum › <title>"):
    the links of the page's first breadcrumb after its first, which must lead to the
    site's home page (a well-formed trail, not a "back" link or a menu), on the page's
    own domain, but the page's own and the headline's; outermost first, at most three.
    On a theme whose sections live at ``/hukum`` (no ``/category/`` in the path), or a
    portal whose sections are its subdomains ("Home › Keuangan" linking
    keuangan.kontan.co.id from www.kontan.co.id), the only statement of them.

    A trail no class names is read from the nearest links above ``headline`` when only
    separators stand between them ("Home / Nasional / Hukum & Kriminal",
    ``_trail_above``)."""
    crumbs = _first_breadcrumb(tree)
    classed = crumbs is not None
    if crumbs is None:
        crumbs = _trail_above(headline)
    if crumbs is None:
        return []
    page = urlsplit(url)
    links = []
    for link in crumbs.iter("a"):
        href = (link.get("href") or "").strip()
        if classed and (not href or href == "#" or href.lower().startswith("javascript:")):
            continue  # an unlinked crumb: the home page a theme prints as text
        try:
            target = urlsplit(urljoin(url, href))
        except ValueError:
            return []
        links.append((target, clean_space(link.text_content())))
    if classed and links and links[0][0].path not in ("", "/") and _home_unlinked(crumbs, links):
        # "<a>Home</a> › <a href=/jogjapolitan>…</a>": a trail a theme names a
        # breadcrumb starts at home though its first crumb links nowhere.
        links.insert(0, (page._replace(path="/", query="", fragment=""), "Home"))
    if not links or links[0][0].path not in ("", "/"):
        return []
    home = links[0][0].netloc
    domain = registrable_domain(url)
    if home != page.netloc and registrable_domain(f"//{home}") != domain:
        return []
    names: list[str] = []
    for target, name in links[1:]:
        if target.netloc != page.netloc and registrable_domain(f"//{target.netloc}") != domain:
            continue
        root = target.path in ("", "/")
        if (root and target.netloc == home) or (target.netloc, target.path) == (
            page.netloc,
            page.path,
        ):
            continue
        if not name or len(name) > 40 or (title and name.casefold() == title.casefold()):
            continue
        if name not in names:
            names.append(name)
    return names[:_CRUMBS_MAX]


def _home_unlinked(crumbs, links: list) -> bool:
    """Whether a breadcrumb names the home page as text before its first link."""
    shown, first = clean_space(crumbs.text_content()), links[0][1]
    at = shown.find(first) if first else -1
    return at > 0 and bool(_HOME_FIRST.match(shown[:at]))


# A breadcrumb's first crumb that names the home page, linked or not.
_HOME_FIRST = re.compile(
    r"^\s*(?:home|beranda|depan|halaman\s+(?:utama|depan)|index|start)\b", re.IGNORECASE
)
# What stands between a trail's links: separators and space only.
# Not "|", "·" or "•": a site menu's links stand apart so ("Home | Nasional | Daerah").
_TRAIL_GAP = re.compile(r"^[\s/›»>\\-]*$")
_TRAIL_MARKS = re.compile(r"[/›»>\\-]")
_OUTSIDE_LINKS = lxml_html.etree.XPath(".//text()[not(ancestor::a)]")


def _trail_above(headline):
    """The nearest block of links above ``headline`` (among its preceding siblings, or
    its wrapper's) when it reads as a breadcrumb: two to five links with a separator
    between each and nothing else outside them. None otherwise: a menu's links stand
    apart by space alone, a badge row links no home page (``breadcrumb_sections``)."""
    if headline is None or not usable_headline(headline):
        return None
    article = headline_blocks(headline)
    for level in (headline, headline.getparent()):
        if level is None or level.tag in ("body", "html"):
            return None
        for sibling in level.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            links = list(sibling.iter("a"))
            if not links:
                continue
            gaps = "".join(_OUTSIDE_LINKS(sibling))
            # A trail is navigation: set in a <nav> of its own, it is no site menu.
            place = sibling.getparent() if sibling.tag == "nav" else sibling
            if (
                not 2 <= len(links) <= _CRUMBS_MAX + 2
                or not _TRAIL_GAP.match(gaps)
                or len(_TRAIL_MARKS.findall(gaps)) < len(links) - 1
                or place is None
                or not _tag_place(place, article)
            ):
                return None  # the nearest block of links above the headline decides
            return sibling
    return None


def _is_category_link(link) -> bool:
    try:
        return bool(_CATEGORY_PATH.search(urlsplit(link.get("href") or "").path))
    except ValueError:
        return False


# A label in an element of its own, right before the link: "<b>Kategori:</b> <a>".
# Its colon is asked for ("Posted in" and "Filed under" need none): a bold word
# "category" in a sentence is no label.
_CATEGORY_LABEL_ELEMENT = re.compile(
    r"^(?:(?:kategori|category|categories|rubrik|kanal)\s*:|(?:posted\s+in|filed\s+under)\s*:?)$",
    re.IGNORECASE,
)
_LINE_START = re.compile(r"(?:^|[|•·»/–—-])\s*$")
_LABEL_TAGS = frozenset({"b", "strong", "span", "label", "em", "i", "small"})


def _labelled(link) -> bool:
    """Whether a category label stands right before ``link``: in the text before it, or
    as the whole text of the inline element just before it, its colon inside it or
    right after it ("<b>Kategori:</b> <a>", "<b>Kategori</b>: <a>")."""
    before_text = _text_before(link)
    if _CATEGORY_LABEL.search(before_text):
        return True
    colon = before_text.strip()
    if colon not in ("", ":"):
        return False
    before = _element_before(link)
    return (
        before is not None
        and before.tag in _LABEL_TAGS
        and bool(_CATEGORY_LABEL_ELEMENT.match(clean_space(before.text_content()) + colon))
        # The label starts its line or follows a separator: not a word of a sentence
        # set in bold ("Artikel ini <b>Posted in</b> <a>").
        and bool(_LINE_START.search(_text_before(before)))
    )


def _element_before(link):
    """The element before ``link`` in its container, comments and icons skipped (an
    empty ``<img>``, ``<svg>``, ``<i class="fa …">``, a line break: "Kategori: <img>
    <a>"); None if none."""
    before = link.getprevious()
    while before is not None and _between(before):
        before = before.getprevious()
    return before


def _between(node) -> bool:
    """A comment, or an element of no text a label and its link may have between them."""
    return not isinstance(node.tag, str) or (
        node.tag in _ICON_TAGS and not clean_space(node.text_content())
    )


_ICON_TAGS = frozenset({"img", "svg", "i", "span", "em", "br"})


def _text_before(link) -> str:
    """The text between ``link`` and the element before it in its container (icons
    skipped, their tails kept)."""
    tails: list[str] = []
    before = link.getprevious()
    while before is not None and _between(before):
        tails.append(before.tail or "")
        before = before.getprevious()
    if before is None:
        parent = link.getparent()
        start = (parent.text or "") if parent is not None else ""
    else:
        start = before.tail or ""
    return start + "".join(reversed(tails))


def listed_titles(tree: lxml_html.HtmlElement) -> list[str]:
    """The titles of the posts a page lists: its linked headings, and its links styled
    as titles outside any heading element. Read from the whole page, before the text is
    extracted (a tenth of a millisecond: only where it decides)."""
    texts = (
        clean_space(el.text_content()) for el in [*_LINKED_HEADINGS(tree), *_TITLE_LINKS(tree)]
    )
    return [text for text in texts if len(text) >= _TITLE_CHARS]


_LINKS = lxml_html.etree.XPath("//body//a[@href]")


def link_texts(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The texts of the page's links long enough to be a post's title (menus' labels
    are not). A plain "Indeks Berita" page lists its posts as bare links in a list, no
    heading and no title class (helper-103's trial): its text is these lines and
    nothing else, which ``listed_titles`` does not see."""
    texts = (clean_space(el.text_content()) for el in _LINKS(tree))
    return frozenset(text for text in texts if len(text) >= _TITLE_CHARS)


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
    if c.role == "modified" or c.place in CHROME_PLACES or c.source == "relative":
        return False
    if c.place == "head":
        return c.role == "published"
    near = c.distance is None or abs(c.distance) <= NEAR_HEADLINE
    if c.source != "text":
        return near and (c.role == "published" or bool(_MACHINE_TIME.search(c.raw)))
    return near and c.place != "body" and bool(_CLOCK.search(c.raw))


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


def _body_dates(
    tree, md: PageMetadata, found: list[DateCandidate], headings, body_metas: dict
) -> set:
    """<time>, microdata, hAtom and visible dated lines in <body>, with their places."""
    places = _Places(tree, md, headings)
    md.headline = places.headline
    machine = _machine_dates(tree)[:_MAX_MACHINE]
    dated = _dated_lines(tree)
    wanted = [*machine, *(el for el, _, _ in dated), *body_metas.values()]
    if places.headline is not None:
        wanted.append(places.headline)
    # Document order of the few elements that matter.
    positions = _positions(tree, wanted)
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
        marked = "itemprop" if el.get("itemprop") else "property" if el.get("property") else ""
        source = "meta" if marked else "time-element"
        key = (f"{marked} " if marked else "") + f"{el.tag} {el.get('class') or ''}"
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
        if not _CLOCK.search(text):
            text = f"{text} {_time_after(el)}".strip()
        found.append(DateCandidate("text", text, role, place, position, distance, key=el.tag))
    if not any(c.place not in CHROME_PLACES for c in found):
        found.extend(_relative_stamps(tree, places))
    return places.chrome_roots


# A time on a line of its own: "Pukul 14.30 WIB", "14:30 WITA".
_TIME_ALONE = re.compile(
    r"^(?:pukul|pkl\.?|jam)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:WIB|WITA|WIT|GMT|UTC))?$",
    re.IGNORECASE,
)


def _time_after(el) -> str:
    """The time printed in the element right after a date line that has none, itself or
    its parent's next ("<div class=entry-meta><span>Jumat, 10 November 2023</span></div>
    <div class=entry-meta-time>Pukul 14.30 WIB</div>"); "" when there is none."""
    for node in (el, el.getparent()):
        if node is None or node.tag in ("body", "html"):
            return ""
        after = node.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()  # a comment
        if after is not None:
            text = clean_space(after.text_content())
            return text if len(text) <= 30 and _TIME_ALONE.match(text) else ""
    return ""


# "2 jam yang lalu", "35 menit lalu", "kemarin, 15:20", "baru saja", "2 hours ago": themes
# that print only the time since publication (WordPress's human_time_diff). The words
# every such stamp has, tested on text nodes before anything else.
_RELATIVE_CUE = re.compile(
    r"\b(?:lalu|ago|kemarin|kemaren|yesterday|baru\s+saja|barusan|just\s+now)\b", re.I
)
_MAX_RELATIVE = 5


def _relative_stamps(tree, places: _Places) -> list[DateCandidate]:
    """Short lines near the headline that say only how long ago the page was published,
    as candidates of source ``relative`` (``scraper.extract.dates`` uses one when the
    page names no date of its own). Looked for only on such pages: a relative stamp
    beside a printed date adds nothing, and most pages have one."""
    holders: dict = {}
    for node in _BODY_TEXTS(tree):
        if len(node) > 200 or not _RELATIVE_CUE.search(node):
            continue
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        line = None
        for _ in range(_LINE_LEVELS):
            if el is None or el.tag in ("body", "html") or el.tag not in _DATE_TAGS:
                break
            text = clean_space(el.text_content())
            if len(text) > 110:
                break
            line = (el, text)
            el = el.getparent()
        if line is not None and line[0] not in holders:
            holders[line[0]] = line[1]
            if len(holders) >= _MAX_RELATIVE:
                break
    if not holders:
        return []
    wanted = list(holders)
    if places.headline is not None:
        wanted.append(places.headline)
    positions = _positions(tree, wanted)
    head_at = positions.get(places.headline) if places.headline is not None else None
    found = []
    for el, text in holders.items():
        position = positions[el]
        distance = position - head_at if head_at is not None else None
        place = places.place(el, distance)
        if place in CHROME_PLACES or place == "body":
            continue  # a comment's "1 jam lalu"; "seminggu lalu" in the story itself
        found.append(
            DateCandidate("relative", text, "published", place, position, distance, key=el.tag)
        )
    return found


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.lower() not in {v.lower() for v in seen}:
            seen[value] = None
    return list(seen)
