"""Where a dated element sits on the page: the article's header or text, the page
around it, or a place that is never the article's own date (comments, sidebars,
related posts, embeds, the site's header, the footer).

``scraper.extract.metadata`` reads each date with the place this module gives it;
``scraper.extract.dates`` judges them.
"""

from __future__ import annotations

import itertools
import re

from lxml import html as lxml_html

from scraper.extract.page import PageMetadata, clean_space

# Class and id words of the places that are never the article's own date.
# Reader comments: "comments", "comment-list", "comment-metadata", "td-comments",
# "wp-block-comments", Disqus; not an opinion column ("ArticleHeaderComment_headline").
_COMMENT = re.compile(
    r"^(?:comments?|komentar|commentlist|respond|replies|disqus\w*)$|^(?:comments?|komentar)[-_]"
    r"|[-_]comments?$"
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


_MARKED_TITLES = lxml_html.etree.XPath(
    "//body//*[@itemprop='headline' or contains(@class,'entry-title')"
    " or contains(@class,'post-title')][not(self::meta)]"
)
_SUBHEADS = lxml_html.etree.XPath("//body//*[self::h2 or self::h3]")


# A listed post's block: up to 3 levels above its linked title, and a date in it is
# at most 6 levels below that block's top.
_ITEM_DEPTH = 3
_DATE_DEPTH = 6


# How close a dated line must be to the headline to count as its own line,
# whatever its classes.
_BESIDE_HEADLINE = 6


# Chrome that the second opinion (htmldate, which reads the whole page) must not see:
# reader comments and the site header's "today".
_HIDDEN_FROM_SECOND_OPINION = frozenset({"comment", "site-header"})


# Where a link to an author's own page goes: WordPress's author archive and its
# translations, ``?author=N``, a Blogger profile.
AUTHOR_HREF = re.compile(
    r"/(?:author|authors|auteur|autor|autore|penulis|reporter|wartawan|kontributor|editor"
    r"|profile|user)/"
    r"|[?&]author=\d|blogger\.com/profile/",
    re.IGNORECASE,
)


def _byline_heading(heading) -> bool:
    """Whether a heading's links all lead to an author's page: a byline set as a
    heading, not a listed post's title (Newsup's author block, ``<h4
    class="media-heading">By <a href="…/author/x/">``, with the article's date beside
    it)."""
    links = heading.findall(".//a[@href]")
    return bool(links) and all(
        link.get("rel") == "author" or AUTHOR_HREF.search(link.get("href")) for link in links
    )


def _tokens(el) -> list[str]:
    """The class words and the id of an element."""
    words = (el.get("class") or "").split()
    if el.get("id"):
        words.append(el.get("id"))
    return words


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
            if heading is self.headline or _byline_heading(heading):
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
        if self.listed(el) or _in_post_list(el):
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
        if tag == "footer" and self.container is None and not _article_footer(anc):
            return "footer"
        return None


# A list of other posts without headings or classes that say so ("<div>Berita
# Lainnya</div><ul><li><a>Dua Pelaku Curanmor di Babat Dibekuk</a> <small>2023-11-09
# 19:12:44</small></li>…"): each item links a title of a few words. A post's own meta
# line set as a list ("<li>By <a>X</a></li><li><a>10 Nov 2023</a></li>") links names
# and dates, no titles.
_TITLE_WORDS = 4
_LISTED_ITEMS = 2
_ITEM_CHARS = 300


def _in_post_list(el) -> bool:
    """Whether ``el`` sits in an item of a list whose items link other posts' titles."""
    near = [el, *itertools.islice(el.iterancestors(), _ITEM_DEPTH)]
    item = next((a for a in near if a.tag == "li"), None)
    if item is None or item.getparent() is None or not _links_title(item):
        return False
    if len(item.text_content()) > _ITEM_CHARS:
        return False  # a post's whole block set in a list, not a listed title
    items = [li for li in item.getparent() if li.tag == "li"]
    return sum(1 for li in items if _links_title(li)) >= _LISTED_ITEMS


def _links_title(item) -> bool:
    return any(
        len(clean_space(a.text_content()).split()) >= _TITLE_WORDS
        and not _DATE_IN_LINK.search(a.text_content())
        for a in item.iter("a")
    )


_DATE_IN_LINK = re.compile(r"\d{4}|\d{1,2}[/.-]\d{1,2}")


def _article_footer(footer) -> bool:
    """Whether a ``<footer>`` is an ``<article>``'s own: its nearest sectioning ancestor
    is the article, so it holds the article's byline and date (Drupal's Classy-based
    themes put "Submitted by X on <date>" in ``<footer class="node__meta">`` at the
    top of the node), not the site's colophon."""
    for anc in footer.iterancestors():
        if anc.tag in ("section", "aside", "nav", "body"):
            return False
        if anc.tag == "article":
            return True
    return False


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
    # RDFa terms without their prefix: schema:dateCreated, dc:date dc:created, dc:modified.
    terms = {t.rpartition(":")[2] for t in (el.get("property") or "").split()}
    if terms & {"datePublished", "dateCreated", "created"}:
        return "published"
    if terms & {"dateModified", "modified"}:
        return "modified"
    if terms & {"date", "issued"}:
        return "published"
    # What the reader is told outranks a class: Liputan6 prints "<span>Diterbitkan</span>
    # <time class="… updated">", its publication time, and "Diperbarui …" apart.
    role = _text_role(text)
    if role == "unknown":
        role = _text_role(_label_before(el)[-40:])
    if role != "unknown":
        return role
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
    return "unknown"


# Inline elements that set a date's label apart: "<span>Diterbitkan</span> <time>".
_LABEL_TAGS = frozenset({"span", "b", "strong", "label", "em", "i", "small", "abbr"})


def _label_before(el) -> str:
    """The words just before ``el`` in its line: "PUBLISHED: <time>…</time> | UPDATED:
    <time>…" (the text before it), "<span>Diterbitkan</span> <time>" (a label element
    and the text after it)."""
    parent = el.getparent()
    if parent is None or parent.tag == "body":
        return ""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment
    if before is None:
        return parent.text or ""
    label = before.text_content() if before.tag in _LABEL_TAGS else ""
    return label + (before.tail or "")


def _text_role(text: str, before: int | None = None) -> str:
    head = text[:before] if before is not None else text
    if MODIFIED_CUE.search(head):
        return "modified"
    if PUBLISHED_CUE.search(head):
        return "published"
    return "unknown"
