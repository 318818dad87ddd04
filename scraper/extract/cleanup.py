"""Remove page chrome that survives generic text extraction.

Two layers, both pure: ``prune_chrome`` deletes chrome from the tree before trafilatura
sees it (share bars, tag blocks, "Baca Juga" boxes, related lists), and ``clean_text``
drops the lines that are still chrome by their wording (an inline "Baca Juga:" line,
the aggregator's trailing link line, a "Tags" heading and what follows it).
``prune_captions`` decides what captions are: chrome beside an article's paragraphs,
the text itself on a photo story or a gallery.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

# Class-name fragments that WordPress, Blogger, Odoo and the common news themes use
# for blocks that are never article text.
_CHROME_CLASSES = (
    "sharedaddy",
    "jp-relatedposts",
    "share",
    "sharing",
    "social",
    "tags-links",
    "tag-links",
    "post-tags",
    "entry-tags",
    "td-post-source-tags",
    "jeg_post_tags",
    "post-labels",
    "o_wblog_post_short_tag_section",
    "baca-juga",
    "bacajuga",
    "related",
    "jnews_inline_related_post",
    "td_block_related_posts",
    "yarpp",
    "crp_related",
    "post-navigation",
    "nav-links",
    # Joomla's pagebreak plugin on a page of a split article: its table of contents
    # ("Daftar Isi", the pages' titles, "Semua halaman") and "Halaman 1 dari 2".
    "article-index",
    "pagenavcounter",
    # A table of contents of the article's own headings: Blogger news templates' (Median
    # UI's ``details.toc``, "Daftar Isi", filled by script), "toc-container" and the
    # like, and the Easy Table of Contents plugin's ``ez-toc-container``.
    "toc",
    "ez-toc",
    "author-box",
    "comments-area",
    "comment-respond",
    # Home-grown and Lokomedia-style CMSes name the reader comments in Indonesian
    # ("komentar", "komentar-list"): their "Belum ada komentar." and the comments
    # themselves were kept as the article's last lines.
    "komentar",
    # A post's info bar (author, date, "319 kali dibaca", "Cetak"): a home-grown CMS's
    # ``div.meta-berita``, a theme's ``div.meta``. Beside a body written in text and
    # <br> (no <p>), trafilatura kept it as the text's first line, and its read counter
    # made every revisit an edit.
    "meta",
    "ads",
    "advert",
    "newsletter",
)
# An element is chrome when one of its class names is one of these, or starts with one
# of these and a hyphen ("share-buttons", "related-posts"). Tested with one regular
# expression per class attribute: the same rules as 28 XPath ``contains(concat(...))``
# tests, at a fraction of the cost (those were nearly half of extraction's time).
_CHROME_CLASS = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(name) for name in _CHROME_CLASSES) + r")(?=$|\s|-)"
)


def is_chrome_class(value: str | None) -> bool:
    """Whether a class attribute names chrome (``_CHROME_CLASSES``)."""
    return bool(value) and _CHROME_CLASS.search(value) is not None


# By id: the comments, Jetpack's related posts, and a table of contents by its
# plugin's id (Easy Table of Contents' ``#ez-toc-container``, whose class a theme may
# replace, Table of Contents Plus' ``#toc_container``, MediaWiki's ``#toc``). And what
# the page never shows: an element with the ``hidden`` attribute, as trafilatura drops
# one styled ``display:none`` (not ``hidden="until-found"``, a collapsed section that
# the browser's find opens).
_CHROME_TAGS_AND_IDS = etree.XPath(
    "//nav | //footer | //aside | //*[@id='comments' or @id='respond' or @id='jp-relatedposts'"
    " or @id='ez-toc-container' or @id='toc_container' or @id='toc']"
    " | //body//*[@hidden and @hidden!='until-found']"
)
_WITH_CLASS = etree.XPath("//*[@class]")
# Run after the chrome is gone: a paragraph left with an image and a short text is the
# image's own caption block.
IMAGE_CAPTION_PARAGRAPH = "//p[.//img][string-length(normalize-space()) < 160]"


def prune_chrome(tree) -> None:
    """Delete share bars, tag blocks, related lists, comments, navigation, footers
    and asides from ``tree``, in place (captions are ``prune_captions``'s).

    Never an element that holds the article: themes put "share" or "ads-helper" on
    the post's wrapper, and broken markup leaves the whole page inside an unclosed
    ``<nav>``. An element is kept when it is the page itself (html, body, main,
    article), holds the headline (``<h1>``) or the marked article body, or holds half
    of the page's text, or half of the text of its paragraphs.
    """
    with_class = _WITH_CLASS(tree)
    chrome = [
        el for el in with_class if _CHROME_CLASS.search(el.get("class")) and not _heading_anchor(el)
    ]
    chrome += _CHROME_TAGS_AND_IDS(tree)
    chrome += _page_links(with_class)
    if not chrome:
        return
    page = (len(tree.text_content()), _paragraph_chars(tree))
    _delete_all(el for el in chrome if not _holds_article(el, page))


# The rows and cells of a table itself, not of a table nested in it.
_OWN_ROWS = etree.XPath("./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr")
_OWN_SECTIONS = etree.XPath("./tbody | ./thead | ./tfoot")


def _has_text(text: str | None) -> bool:
    return bool(text and text.strip())


# A post body holds blocks beside its text: pictures (a photo post has dozens), a clear,
# captions; <br>s between them are not counted.
_UNWRAP_SIBLINGS = 120


def _unwrap_styled(blocks) -> None:
    """Unwrap each ``<br>``-lined block styled and nothing else (a ``<div>`` with a
    style and no class or id: how Blogger's editor wraps a post justified, "<div
    style="text-align: justify;">") that is all the text its parent holds (beside empty
    elements, Blogger's ``<div style="clear: both;">``, and blocks of pictures without
    words: its ``<div class="separator">`` over the text, helper-88's Polsek blog).

    trafilatura took the justified block of a Blogger post body for no text of the
    body's, and recovered "wild" text from the whole page: the blog's tagline, its
    "Langganan: Posting Komentar (Atom)" and "Diberdayakan oleh Blogger" were appended
    to the post (helper-78's and helper-79's village and Polsek blogs). Unwrapped, the
    lines are the post body's own, as on a post its editor did not justify."""
    for block in blocks:
        parent = block.getparent()
        if parent is None or _has_text(parent.text) or _has_text(block.tail):
            continue
        if sum(child.tag != "br" for child in parent) > _UNWRAP_SIBLINGS:
            continue  # a long run of blocks is no post body (and each would scan them all)
        if any(
            isinstance(other.tag, str)
            and other is not block
            and (_has_text(other.text_content()) or _has_text(other.tail))
            for other in parent
        ):
            continue
        block.drop_tag()


def unwrap_layout_tables(tree) -> None:
    """Make the tables that lay a page out into plain blocks, in place.

    Old portals (PHP-Nuke-era and early Lokomedia templates) set the whole page in
    tables: the date line, headline, byline, paragraphs, "Berita Sebelumnya" and the
    comments in one cell. trafilatura reads a table as data, row by row, and kept all
    of it as one table row of text ("| Rabu, 15 Maret 2023 … Komentar: |"). A table
    holding a table, or a cell holding two paragraphs or more, is layout: its rows and
    cells become ``<div>``s, and the chrome rules and trafilatura read the blocks in
    them as on any page. A data table (figures, a schedule) is left as it is."""
    for table in list(tree.iter("table")):
        rows = _OWN_ROWS(table)
        cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
        nested = next(table.iterdescendants("table"), None) is not None
        if (
            not nested
            and not any(len(cell.findall(".//p")) >= 2 for cell in cells)
            and not _link_list(cells)
        ):
            continue
        for element in (table, *_OWN_SECTIONS(table), *rows, *cells):
            element.tag = "div"
            for name in ("width", "height", "colspan", "rowspan", "valign", "align"):
                element.attrib.pop(name, None)


# A sidebar set as a table beside the article's cell: a cell a link, each with its
# count ("Hukum & Kriminal (5)", Lokomedia's "Kategori" box, helper-117). Read as a
# data table it was the text's last rows, and every new article on the site changed
# the counts: a false edit of every article at each revisit. Made blocks, its links
# are the link-dense chrome trafilatura leaves out.
_LINK_LIST_CELLS = 3
_COUNT_ONLY = re.compile(r"^[\s\[\]|»·•-]*[(\[]\s*\d+\s*[)\]][\s\[\]|»·•-]*$")


def _link_list(cells: list) -> bool:
    """Whether a table's cells are a widget's counted links: at least
    ``_LINK_LIST_CELLS`` with text, each one link and its count ("Hukum & Kriminal
    (5)"). An article's own table of links (documents to download, "Daftar Polsek")
    has no counts, and stays (helper-118)."""
    full = [cell for cell in cells if _has_text(cell.text_content())]
    if len(full) < _LINK_LIST_CELLS:
        return False
    for cell in full:
        links = cell.findall(".//a")
        if len(links) != 1:
            return False
        rest = cell.text_content().replace(links[0].text_content(), "", 1)
        if not _COUNT_ONLY.match(rest):
            return False
    return True


# A table of contents' class names, which its plugin also gives the anchors it puts in
# the article's own headings.
_TOC_CLASS = re.compile(r"(?:^|\s)(?:toc|ez-toc)(?=$|\s|-)")
_IN_HEADING = etree.XPath(
    "ancestor-or-self::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
)


def _heading_anchor(element: HtmlElement) -> bool:
    """One of the article's headings, or a table of contents' anchor in it: no chrome.

    Easy Table of Contents marks each heading it lists with the class
    ``ez-toc-section``: on the heading itself (``<h2 class="ez-toc-section">``, as on
    mtb-news.de), or on a span in it (since 2.0 an empty one before the heading's
    text; before, it held the text: ``<h2><span class="ez-toc-section"
    id="Kronologi">Kronologi</span></h2>``). Taken for its table's chrome, every
    subheading of those articles was deleted, and trafilatura then dropped the
    paragraphs after the first emptied heading.
    """
    value = element.get("class")
    if not _TOC_CLASS.search(value) or not _IN_HEADING(element):
        return False
    # Chrome by another of its class names ("share-heading toc-x") stays chrome.
    rest = " ".join(c for c in value.split() if not _TOC_CLASS.search(c))
    return not _CHROME_CLASS.search(rest)


# WordPress's wp_link_pages() (5.1 and later) gives each link to a page of a post split
# by <!--nextpage-->, and the current page's number, the class "post-page-numbers",
# whatever the theme wraps them in (core's "post-nav-links", Twenty Twenty-One's
# "page-links", tagDiv's "page-nav page-nav-post").
_PAGE_NUMBERS = re.compile(r"(?:^|\s)post-page-numbers(?=$|\s)")
# A wrapper saying this much besides its page links ("Halaman:", "Pages:") is theirs.
_PAGE_LINKS_LABEL_CHARS = 24


def _page_links(with_class: list) -> list:
    """The split post's page links: their wrapper when it says next to nothing else,
    else each link. Their numbers ("1 2") were left as the last line of a page's text.
    """
    links = [el for el in with_class if _PAGE_NUMBERS.search(el.get("class"))]
    found: list = []
    for parent in dict.fromkeys(el.getparent() for el in links if el.getparent() is not None):
        own = [el for el in links if el.getparent() is parent]
        rest = len(" ".join(parent.text_content().split())) - sum(
            len(" ".join(el.text_content().split())) for el in own
        )
        found.extend([parent] if rest <= _PAGE_LINKS_LABEL_CHARS else own)
    return found


def prune_captions(tree: HtmlElement, delete: bool = True) -> bool:
    """Keep captions as text on a photo page, delete them (when ``delete``) elsewhere.

    Beside an article's paragraphs a caption describes a picture and is not the
    story; on a photo story or a gallery the captions *are* the story, and trafilatura
    would still drop them (it discards ``<figure>`` and anything with "caption" in
    its class), so there they become plain paragraphs in place. Run after
    ``prune_chrome``, so that related lists and sidebars do not count as the page's
    prose. Returns whether the page is a photo page.
    """
    captions = find_captions(tree)
    if is_photo_page(tree, captions):
        found = set(captions)
        for caption in captions:
            _as_paragraph(caption, found)
        return True
    if delete:
        # Only the markup that was always deleted, and a caption that is a table's
        # cell: other caption-like classes are left to trafilatura, which drops them on
        # its own, but it reads a table cell by cell whatever its class, so Blogger's
        # captioned photo (``table.tr-caption-container``, ``td.tr-caption`` "Foto:
        # Dok. Humas") left "| Foto: Dok. Humas |" as the text's first line; and an
        # inline caption under its image, which trafilatura keeps as a line of text.
        chrome = [
            c
            for c in captions
            if c.tag in _CELL
            or c.tag == "figcaption"
            or c.tag in _INLINE_CAPTION_TAGS
            or _WP_CAPTION.search(_class(c))
        ]
        if chrome:
            page = (len(tree.text_content()), _paragraph_chars(tree))
            _delete_all(el for el in chrome if not _holds_article(el, page))
    return False


# A photo page: the captions hold at least CAPTION_CHARS and at least as much text as
# the page's prose outside them, and that prose is under PHOTO_PAGE_CHARS (an intro of
# a few sentences at most).
PHOTO_PAGE_CHARS = 500
CAPTION_CHARS = 80
# A paragraph of at least this many characters (link text aside) is prose, not a
# headline or a label.
SENTENCE_CHARS = 80
# <figcaption>, and any element with a class name that ends in "caption" (WordPress's
# gallery-caption, wp-element-caption, blocks-gallery-item__caption; photo-caption,
# image-caption, …__caption) or "caption-text" (wp-caption-text).
_CAPTION_CANDIDATES = etree.XPath("//figcaption | //*[contains(@class, 'caption')]")
_CAPTION_CLASS = re.compile(r"caption(?:-text)?(?=$|\s)")
_WP_CAPTION = re.compile(r"(?:^|\s)wp-caption-text(?=$|\s)")
_CELL = frozenset({"td", "th"})
_IMAGE_PARAGRAPHS = etree.XPath(
    "//p[.//img][string-length(normalize-space()) < 160][string-length(normalize-space()) > 0]"
)
# A class like "has-caption" on a post's wrapper must not make the post a caption: a
# caption holds no headline, no page section, and at most this much text.
CAPTION_MAX_CHARS = 1500
_NEVER_CAPTION = frozenset({"html", "body", "main", "article", "section", "header", "table"})
_HEADINGS = etree.XPath(".//h1 | .//h2 | .//h3")
# Never prose: code and templates.
_NOT_PROSE = frozenset({"script", "style", "noscript", "template", "head", "title"})


def _class(element: HtmlElement) -> str:
    return element.get("class") or ""


def find_captions(tree: HtmlElement) -> list[HtmlElement]:
    """The page's caption elements, innermost only (a ``wp-caption`` wrapper holding a
    ``wp-caption-text`` counts once), and its paragraphs that are an image and a short
    text (themes that put the caption beside the image in one ``<p>``)."""
    candidates = [
        el
        for el in _CAPTION_CANDIDATES(tree)
        if (el.tag == "figcaption" or _CAPTION_CLASS.search(_class(el)))
        and el.tag not in _NEVER_CAPTION
        and not _HEADINGS(el)
        and len(el.text_content()) <= CAPTION_MAX_CHARS
    ]
    found = set(candidates)
    outer = {a for el in candidates for a in el.iterancestors() if a in found}
    captions = [el for el in candidates if el not in outer]
    inside = {d for el in captions for d in el.iter()}
    for p in _IMAGE_PARAGRAPHS(tree):
        if p not in inside and not any(c in inside for c in p.iter()):
            captions.append(p)
            inside.update(p.iter())
    captions.extend(el for el in inline_captions(tree) if el not in inside)
    return captions


# A caption written after its image in a body of text and <br> (no <p>), as CKEditor
# and TinyMCE leave it in home-grown CMSes: the image (or a link holding only it), line
# breaks, then a short line in italics or small print standing on its own.
_INLINE_CAPTION_TAGS = frozenset({"em", "i", "small"})
_QUOTES = ('"', "“", "”", "'", "‘", "’", "«", "„")
INLINE_CAPTION_CHARS = 160


def inline_captions(tree: HtmlElement) -> list[HtmlElement]:
    """The ``<em>``/``<i>``/``<small>`` lines that caption the image printed over them."""
    found = []
    for img in tree.iter("img"):  # walked by tag name in C, not by an XPath scan
        above = img.getparent()
        if above is None or not (above.tag == "a" and len(above) == 1 and not _text(above)):
            above = img
        line = above.getnext()
        if _text_of_tail(above):
            continue
        while line is not None and line.tag == "br" and not _text_of_tail(line):
            line = line.getnext()
        if line is None or line.tag not in _INLINE_CAPTION_TAGS or _text_of_tail(line):
            continue
        after = line.getnext()
        words = " ".join(line.text_content().split())
        if words.startswith(_QUOTES):
            continue  # a quotation set in italics, the story's own words
        if 0 < len(words) < INLINE_CAPTION_CHARS and (after is None or after.tag == "br"):
            found.append(line)
    return found


def _text(element: HtmlElement) -> str:
    return (element.text or "").strip()


def _text_of_tail(element: HtmlElement) -> str:
    return (element.tail or "").strip()


def is_photo_page(tree: HtmlElement, captions: list[HtmlElement]) -> bool:
    """True when the captions are the page's text: together they hold at least
    ``CAPTION_CHARS`` and at least as much as the prose outside them, and that prose
    is under ``PHOTO_PAGE_CHARS``.

    The prose is the largest of: the page's paragraphs of a sentence or more
    (``SENTENCE_CHARS`` not counting link text, so the headlines of a list of other
    articles do not count), wherever each sits (themes wrap every paragraph in its
    own ``<div>``); the paragraphs under any one element; and the text written
    directly in any one element (bodies in text and ``<br>``, not in ``<p>``).
    """
    caption_chars = sum(len(" ".join(c.text_content().split())) for c in captions)
    if caption_chars < CAPTION_CHARS:
        return False
    inside = {d for c in captions for d in c.iter()}
    sentences = 0
    under: dict[HtmlElement, int] = {}
    for p in tree.iter("p"):
        if p in inside:
            continue
        chars = _unlinked_chars(p)
        if chars >= SENTENCE_CHARS:
            sentences += chars
        parent = p.getparent()
        under[parent] = under.get(parent, 0) + chars
    prose = max([sentences, *under.values()])
    if prose >= PHOTO_PAGE_CHARS or prose > caption_chars:
        return False
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_PROSE or element in inside:
            continue
        own = len((element.text or "").strip()) + sum(
            len((child.tail or "").strip()) for child in element
        )
        prose = max(prose, own)
    return prose < PHOTO_PAGE_CHARS and caption_chars >= prose


def _unlinked_chars(element: HtmlElement) -> int:
    text = len(" ".join(element.text_content().split()))
    links = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return max(text - links, 0)


def _as_paragraph(caption: HtmlElement, captions: set[HtmlElement]) -> None:
    """Make a caption a plain paragraph that trafilatura keeps.

    The gallery item around it (its ``<figure>``, or the ``<dl>`` of an old WordPress
    gallery) is replaced by the caption alone: the image, its link and its share
    buttons are no text, and trafilatura drops the last of a run of such items.
    Other figure markup around it becomes ``<div>``; the caption loses its class (it
    says "caption", which trafilatura discards) and is a ``<p>`` unless it holds
    blocks of its own.
    """
    for attribute in ("class", "id"):
        caption.attrib.pop(attribute, None)
    if caption.find(".//p") is None and caption.find(".//div") is None:
        caption.tag = "p"
    elif caption.tag in _FIGURE_TAGS:
        caption.tag = "div"
    item = next((a for a in caption.iterancestors() if a.tag in ("figure", "dl")), None)
    parent = item.getparent() if item is not None else None
    if parent is not None and not any(c in captions for c in item.iter() if c is not caption):
        tail = item.tail
        parent.replace(item, caption)
        caption.tail = tail
    for ancestor in caption.iterancestors():
        if ancestor.tag in _FIGURE_TAGS:
            ancestor.tag = "div"


_FIGURE_TAGS = frozenset({"figure", "figcaption", "dl", "dt", "dd"})


_ARTICLE_INSIDE = etree.XPath(".//h1 | .//*[@itemprop='articleBody']")


def _paragraph_chars(element) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def _holds_article(element, page: tuple[int, int]) -> bool:
    if element.tag in ("html", "body", "main", "article"):
        return True
    if _ARTICLE_INSIDE(element):
        return True
    text, paragraphs = page
    if len(element.text_content()) * 2 >= text:
        return True
    return paragraphs > 0 and _paragraph_chars(element) * 2 >= paragraphs


@lru_cache(maxsize=256)
def _compiled(xpath: str) -> etree.XPath:
    return etree.XPath(xpath)


def prune(tree, xpaths: tuple[str, ...]) -> None:
    """Delete what each of ``xpaths`` matches, in order, in place, keeping the text
    that follows each element (its tail), as trafilatura's own pruning does."""
    for xpath in xpaths:
        _delete_all(_compiled(xpath)(tree))


def drop_markup_comments(tree: HtmlElement) -> None:
    """Delete HTML comments and processing instructions, keeping the text after them.

    trafilatura parses its own input without them (its parser drops them); handed a
    tree that still has them, it loses the paragraphs that follow a comment in some
    layouts, whole runs of article text.
    """
    _delete_all(_markup_walk(tree)[0])


def tidy_markup(tree: HtmlElement) -> None:
    """``drop_markup_comments``, and the styled text blocks unwrapped
    (``_unwrap_styled``), in one walk of the page (in C: 0.12 ms a page, less than the
    XPath for the comments alone took)."""
    marks, styled, bodies = _markup_walk(tree)
    _delete_all(marks)
    _unwrap_styled(styled)
    for body in bodies:
        _paragraphs_at_breaks(body)


# A style that hides the block (a hacked site's gambling links): trafilatura drops it,
# unwrapped its lines would be text.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0", re.I)


def _markup_walk(tree) -> tuple[list, list, list]:
    """The page's comments and processing instructions, the blocks that may be styled
    text blocks (``_unwrap_styled``: the ``<div>``s, styled and nothing else, that hold
    a ``<br>``), and the post bodies whose lines may be parted by ``<br>``s
    (``_paragraphs_at_breaks``). Each ``<br>``'s parent is looked at once."""
    marks = []
    styled: dict = {}
    bodies: dict = {}
    seen: set = set()
    for node in tree.iter(etree.Comment, etree.ProcessingInstruction, "br"):
        if node.tag != "br":
            marks.append(node)
            continue
        block = node.getparent()
        if block is None or block in seen:
            continue
        seen.add(block)
        if (
            block.tag == "div"
            and block.get("style")
            and block.get("class") is None
            and block.get("id") is None
            and not _HIDDEN_STYLE.search(block.get("style"))
        ):
            styled[block] = None
            block = block.getparent()  # the post body it may be unwrapped into
            if block is None:
                continue
        if _POST_BODY.search(f"{block.get('itemprop') or ''} {block.get('class') or ''}"):
            bodies[block] = None
    return marks, list(styled), list(bodies)


# The element a blog marks as the post's body: Blogger's ``div.post-body`` with
# ``itemprop="articleBody"`` (also schema.org markup elsewhere).
_POST_BODY = re.compile(r"(?<![\w-])(?:articleBody|post-body)(?![\w-])")
_BREAK_BLOCKS = frozenset(
    {"div", "p", "table", "figure", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5",
     "h6", "pre", "section", "article", "iframe", "center", "hr", "script", "style",
     "noscript", "form", "nav", "aside", "img", "video", "audio", "object", "embed"}
)  # fmt: skip


def _picture_only(element) -> bool:
    """A link or span holding a picture and no words (Blogger's ``<a><img></a>``): kept
    apart from the lines, or a paragraph of it and the lead would be a caption."""
    return element.find(".//img") is not None and not _has_text(element.text_content())


def _paragraphs_at_breaks(body) -> None:
    """Make the lines of a post body written with blank lines between them (Blogger's
    editor: text, ``<br><br>``, text) into paragraphs, when the body has no ``<p>`` of
    its own and two blank lines at least.

    trafilatura read such a body as too little text and recovered the page's own
    lines around it: a Polsek blog's post got its tagline, its date header, its title
    and "Diposting oleh … di 11.26" appended (helper-88's round). Only a body marked as
    the post's (``_POST_BODY``): every ``<br><br>``-lined block made paragraphs changed
    88 evaluation texts for the worse."""
    if next(body.iter("p"), None) is not None:
        return  # paragraphs of its own, however deep (a <font> holding them)
    children = list(body)
    doubles = sum(
        1
        for a, b in zip(children, children[1:])
        if a.tag == "br" and b.tag == "br" and not _has_text(a.tail)
    )
    if doubles < 2:
        return
    out: list = []
    current = etree.Element("p")
    current.text, body.text = body.text, None

    def flush() -> None:
        nonlocal current
        if _has_text(current.text) or len(current):
            out.append(current)
        current = etree.Element("p")

    for child in children:
        body.remove(child)
        if isinstance(child.tag, str) and (child.tag in _BREAK_BLOCKS or _picture_only(child)):
            tail, child.tail = child.tail, None
            flush()
            out.append(child)
            current.text = tail
        elif (
            child.tag == "br"
            and len(current)
            and current[-1].tag == "br"
            and not _has_text(current[-1].tail)
        ):
            current.remove(current[-1])
            tail = child.tail
            flush()
            current.text = tail
        else:
            current.append(child)
    flush()
    body.extend(out)


def _delete_all(elements) -> None:
    for element in elements:
        remove_keeping_tail(element)


def remove_keeping_tail(element) -> None:
    """Delete ``element`` but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


# The page's article paragraphs: sibling <p> elements holding at least this much text.
BLOCK_CHARS = 600


@dataclass
class ParagraphBlock:
    """The page's main run of paragraphs, and the lone paragraphs elsewhere."""

    paragraphs: list[str]  # texts of the <p> children of the richest element
    # First 40 characters of every <p> that is its parent's only paragraph: the
    # teaser under each headline of a list of other articles looks like that.
    lone: set[str]


def paragraph_block(tree) -> ParagraphBlock | None:
    """The ``<p>`` children of the one element whose paragraphs hold the most text (at
    least ``BLOCK_CHARS``, three paragraphs or more), else None."""
    totals: dict = {}
    counts: dict = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            totals[parent] = totals.get(parent, 0) + len(p.text_content())
            counts[parent] = counts.get(parent, 0) + 1
    if not totals:
        return None
    parent, total = max(totals.items(), key=lambda item: item[1])
    if total < BLOCK_CHARS or counts[parent] < 3:
        return None
    texts = (" ".join(p.text_content().split()) for p in parent.iterchildren("p"))
    lone = {
        " ".join(p.text_content().split())[:40]
        for p in tree.iter("p")
        if p.getparent() is not None and counts.get(p.getparent()) == 1
    }
    return ParagraphBlock([t for t in texts if t], lone)


def misses_block(text: str, block: ParagraphBlock) -> bool:
    """True when the extraction went to a list of teasers instead of the article: it
    holds fewer than a third of the block's paragraphs, and most of its lines are lone
    paragraphs (one under each headline of a list)."""
    flat = " ".join(text.split())
    found = sum(1 for para in block.paragraphs if para[:40] in flat)
    if found * 3 >= len(block.paragraphs):
        return False
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    lone = sum(1 for line in lines if line[:40] in block.lone)
    return len(lines) >= 3 and lone * 2 > len(lines)


# "Baca Juga:", "Baca juga :", "BACA JUGA", "Simak juga:", "Lihat juga:", "Simak Video
# Pilihan Berikut Ini:" and the like; also when trafilatura renders the box as a table
# row ("| Lihat Juga :Judul |", detik's and CNN Indonesia's ``table.linksisip``).
# English-language portals write "Read also:"; Tempo's network "Pilihan Editor:".
_READ_ALSO = re.compile(
    r"^[\s|]*[\[(]?\s*(?:(baca|simak|lihat|klik|cek|tonton)\s+"
    r"(juga|pula|selengkapnya|berita\s+lainnya|video)\b"
    # The regional-language sections of the same portals: Javanese "Waca uga", Sundanese
    # "Baca ogé".
    r"|waca\s+uga\b|baca\s+og[eé]\b"
    r"|(?:read|see)\s+also\b|also\s+read\b|pilihan\s+editor\s*:)",
    re.IGNORECASE,
)
# Lines the big Indonesian portals put inside the article's text that are no part of
# it, wherever they stand (a vocabulary, not one site's markup):
# - the ad slot's labels: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT" (detik
#   network, Jawa Pos, Suara), "Scroll untuk melanjutkan membaca";
# - embed placeholders: "[Gambas:Video CNN]", "[Gambas:Instagram]" (detik network);
# - syndication notes: "Artikel ini telah tayang di Kompas.com dengan judul …" (Tribun
#   network and every portal that republishes a partner's story);
# - invitations to follow the portal: "Dapatkan update berita pilihan … Telegram",
#   "Simak breaking news … WhatsApp Channel", "Follow Berita Okezone di Google News",
#   "Ikuti kami di Google News", "Dapatkan berita up to date … di ORION", and any short
#   line that asks to read, check or follow the portal "di Google News" or on its
#   WhatsApp channel ("Cek Berita dan Artikel yang lain di Google News", "Baca Berita
#   Tribun Jateng lainnya di Google News", "Simak … di Google News dan WA Channel"),
#   or to join its group for its news ("Join Grup Telegram Tribun Kaltim untuk
#   mendapatkan update berita pilihan …"; not a scam story's "Bergabung dengan grup
#   Telegram yang dibuat pelaku, para korban …");
# - a photo's credit on a line of its own: "Photo : VIVA/M Ali Wafa", "Foto: Humas";
# - "Ikuti saluran WhatsApp Metro Kalimantan untuk berita terbaru", "Klik di sini".
# (Not an embedded tweet's attribution, "— Basarnas Banjarmasin (@sar_bjm) March 5,
# 2024": tried; without it the tweet's words are no one's, and trafilatura's annotated
# pages count it as text.)
_PORTAL_BOILERPLATE = re.compile(
    r"^\s*(?:advertisement|iklan|ads|scroll\s+(?:to|untuk)\s+(?:continue|resume|lanjut|"
    r"melanjutkan)(?:\s+(?:with|reading|membaca))?(?:\s+(?:content|artikel|berita))?)"
    r"\s*[.:]?\s*$"
    r"|^\s*\[\s*gambas\s*:[^\]]*\]\s*$"
    r"|^\s*artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat)\s+di\b"
    r"|^\s*(?:dapatkan\s+(?:update\s+)?berita|simak\s+(?:breaking\s+news|berita\s+"
    r"(?:terbaru|terkini|pilihan|menarik))|pilih\s+saluran\s+andalanmu)\b"
    r"|^\s*(?:ikuti|follow)\b.{0,60}\b(?:di|on|via|melalui)\s+(?:google\s+news|"
    r"whatsapp|telegram|saluran\s+whatsapp|channel\s+whatsapp)\b"
    r"|^(?=.{0,160}$)\s*(?:simak|cek|baca|pantau|dapatkan|update|gabung)\b.{0,90}\b"
    r"(?:di|on|via|melalui)\s+(?:google\s+news|whatsapp\s+channel|wa\s+channel|"
    r"saluran\s+whatsapp|channel\s+whatsapp)"
    r"(?:\s+(?:dan|&|and)\s+(?:wa|whatsapp|google)\s+(?:channel|news))?\s*[.!]?\s*$"
    r"|^(?=.{0,250}$)\s*(?:join|gabung|bergabung(?:lah)?)\s+(?:(?:di|ke|dengan)\s+)?"
    r"(?:grup|group|channel|saluran|komunitas)\s+(?:telegram|whatsapp|wa)\b"
    r"(?=.*\b(?:untuk\s+(?:mendapatkan|mendapat|update)|update\s+berita|berita\s+"
    r"(?:terkini|terbaru|pilihan)|breaking\s+news|klik|t\.me/|caranya)\b)"
    r"|^\s*(?:photo|foto|sumber\s+foto)\s*:\s*\S.{0,60}$"
    r"|^(?=.{0,200}$)\s*(?:ikuti|follow)\s+(?:saluran|channel|grup|group|akun)\s+"
    r"(?:whatsapp|wa|telegram)\b(?=.*\b(?:untuk\s+(?:mendapatkan\s+|mendapat\s+)?(?:update"
    r"|berita\s+(?:terbaru|terkini|pilihan)|informasi\s+(?:terbaru|terkini))|klik)\b)"
    r"|^\s*klik\s+di\s*sini\s*[.!]?\s*$",
    re.IGNORECASE,
)
# The reporter's credit over the first paragraph: "Laporan Wartawan BanjarmasinPost.co.id,
# Muhammad Rahmadi" (Tribun network), "Laporan Reporter Kontributor …".
_REPORT_BYLINE = re.compile(
    r"^\s*laporan\s+(?:wartawan|reporter|kontributor|jurnalis|koresponden)\b[^!?]{0,100}(?<![.!?])$",
    re.IGNORECASE,
)
# Closing credit lines after the text: "Pewarta: …", "Editor: …", "Kontributor : …",
# "Penulis: … | Editor: …", "COPYRIGHT © ANTARA 2023". Only at the end, and short.
# Not "Sumber:": a press release names its issuer so, and that line is its text.
_CREDIT_ROLES = (
    "pewarta|editor|penulis|reporter|wartawan|kontributor|penyunting|redaktur|fotografer"
    "|videografer"
)
_CLOSING_CREDIT = re.compile(
    rf"^\s*(?:(?:{_CREDIT_ROLES}|publisher|produser)\s*:|(?:copyright|hak\s+cipta)\b|©)",
    re.IGNORECASE,
)
# A photo's caption typed as the text's last paragraph, labelled: "Foto: Kedua tersangka
# beserta barang bukti diperlihatkan di Mapolres Paser. (ist)", "Keterangan foto: …"
# (helper-115). The text's last lines only, and never its only line (a photo page's
# caption is its text).
_CLOSING_CAPTION = re.compile(
    r"^\s*(?:foto|photo|ket(?:erangan)?\.?\s*(?:foto|gambar))\s*:\s*\S.{0,250}$", re.IGNORECASE
)
# A credit table's row as trafilatura writes it: "| Penulis | : | Siti Nurjanah |".
_CELL_MARKS = re.compile(r"^\s*\|\s*|\s*\|\s*$|\s*\|(?=\s*:)")
# The text's last line when it only announces what followed it, an embed that is not
# text: "Jangan Lewatkan Video Terbaru:", "Saksikan videonya berikut ini:".
_DANGLING_LABEL = re.compile(r"^[^-•*.!?][^.!?]{2,59}:$")
# The byline a theme prints over the text as names with their role beneath each
# (Tempo's "Eka Yudha Prasetya / Reporter"): the role alone on a line.
_ROLE_ALONE = re.compile(rf"^\s*(?:{_CREDIT_ROLES})\s*:?\s*$", re.IGNORECASE)
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}$")
BYLINE_LINES = 6
CLOSING_CREDIT_CHARS = 100
_URL_LINE = re.compile(r"^\s*(sumber\s*:?\s*)?(https?://|www\.)\S+\s*$", re.IGNORECASE)
_BARE_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S+\s*$", re.IGNORECASE)
# From this many bare link lines on, they are the article's own list (references, the
# items of a list of offers), not the one link line a feed plugin appends.
LINK_LIST_LINES = 3
# Headings after which a page holds no more article text: related lists, comments,
# popular-posts widgets. Only honoured once some text has been kept.
_END_OF_ARTICLE = re.compile(
    r"^\s*(berita|artikel|postingan|tulisan)\s+(terkait|lainnya|terpopuler|populer|terbaru)\s*:?$"
    r"|^\s*(komentar|tinggalkan (balasan|komentar)|related (posts|articles)|leave a reply"
    r"|terpopuler|populer|baca juga|simak juga)\s*:?$"
    # The comments' count over them: "2 Komentar :" (Lokomedia), "0 Comments".
    r"|^\s*\d+\s+(komentar|comments?|tanggapan)\s*:?$",
    re.IGNORECASE,
)
# The post's info line a CMS prints over the text, kept with it where the article
# module prints everything in one block (Lokomedia: "Diposting oleh : Nama", "Kategori:
# Hukum - Dibaca: 1.234 kali"): who posted it, or how often it was read. Only among the
# first lines, and short.
_POSTING_INFO = re.compile(
    r"^\s*(?:(?:diposting|ditulis|dipublikasikan|dikirim)\s+oleh|(?:posted|written)\s+by)\b"
    r"|\b(?:dibaca|dilihat)\s*:?\s*\d[\d.,]*\s*(?:kali|x)\b"
    # "319 kali dibaca" and the label printed after it with no space ("…dibacaCetak")
    r"|\b\d[\d.,]*\s*(?:kali|x)\s+dibaca(?:\b|(?=(?-i:[A-Z][a-z])))"
    # "Reporter: Mohammad Fathur 2023-11-10 14:30:00 873 views"
    r"|\b\d[\d.,]*\s+(?:views|pembaca)\s*$",
    re.IGNORECASE,
)
# A caption typed as the text's first paragraph, ending in its photo's credit, over a
# first line that opens with its dateline: "Warga berunjuk rasa …, Selasa (12/3).
# (FOTO: RIZKY/RADAR BANJARMASIN)", then "MARTAPURA - Ratusan warga …" (helper-108).
# Only there, and only when no other line ends so: a photo story's captions are its
# text, and its credit may close the last one ("… aman dan kondusif. (Foto: Humas
# Polres)"); a lead may end in its photo's credit too ("BANJARMASIN - Polisi …, Senin
# (11/3). (Foto: dok. Polresta)", helper-109).
_CAPTION_CREDIT = re.compile(r"^(?=.{0,250}$).*\((?:foto|photo)\s*:\s*[^()]{1,60}\)\s*$", re.I)
_OPENS_DATELINE = re.compile(r"^[^.!?\n]{2,40}?\s[-–—]\s")
# The writer credited on the text's first line: "Oleh: Tim Redaksi", "Pewarta: Dede
# Suherlan", "Laporan: Irfan Wahab dan Kontributor Luwu, Andi Baso Tenri" (the record's
# authors, not its text), and what else its line says: "Reporter: Hafiz Maulana |
# Editor: Dedy Irawan", "Oleh: Tim Redaksi | Banjarmasin Post".
_OPENING_CREDIT = re.compile(
    r"^\s*(?:oleh|penulis|pewarta|reporter|wartawan|kontributor|laporan)\s*:\s*[^.!?:|]{2,80}"
    r"(?:[|/]\s*(?:(?:editor|penyunting|redaktur|fotografer|foto|pewarta|penulis|reporter)"
    r"\s*:\s*)?[^.!?:|]{2,80}){0,3}$",
    re.IGNORECASE,
)
# Or "Oleh Nama" with no colon: "Oleh" and a name in capitals, and nothing else ("Oleh
# karena itu …" opens a sentence).
_OPENING_BYLINE = re.compile(r"^\s*(?:[Oo]leh|OLEH)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$")
POSTING_INFO_CHARS = 120
# A related list's item as trafilatura writes it: "- Judul berita lain".
_LIST_ITEM = re.compile(r"^[-•·»*]\s+\S")
LIST_ITEM_CHARS = 160
# A closing credit on a line of its own: "(asm/asm)", "(Humas Polres Tanah Laut)".
_CREDIT_LINE = re.compile(r"^\s*\([^()]{1,40}\)\s*$")
_TAGS_HEADING = re.compile(r"^\s*(tags?|tagar|label|labels|topik|kata\s+kunci)\s*:?\s*", re.I)
_SHARE_LINE = re.compile(
    r"^\s*(bagikan(\s+ini)?|share(\s+this)?|sebarkan|share\s+on)\s*:?\s*$", re.IGNORECASE
)
_SHARE_TARGETS = re.compile(
    r"^\s*(facebook|twitter|x|whatsapp|telegram|line|email|e-mail|print|cetak|linkedin|"
    r"pinterest|copy link|salin tautan|like this:|suka ini:|menyukai ini:)\s*$",
    re.IGNORECASE,
)


# A dateline's place in capitals ("JAKARTA", "BANJARMASIN, KOMPAS.com") on a line of
# its own, and the text's first line that goes on from it after a dash.
_DATELINE_ALONE = re.compile(r"^[A-Z][A-Z .'/-]{1,30}(?:,\s*[\w.]{2,25})?$")
_DASH_START = re.compile(r"^[-–—]\s")


def _dateline_joined(lines: list[str]) -> list[str]:
    """The text's first line, when it is a dateline's place alone and the next line
    starts with its dash, joined to that line: "<strong>JAKARTA</strong> - Komisi …"
    over ``<br>``-separated paragraphs came out of trafilatura as "JAKARTA" and "- Komisi
    …", two paragraphs."""
    if len(lines) >= 2 and _DATELINE_ALONE.match(lines[0]) and _DASH_START.match(lines[1]):
        return [f"{lines[0]} {lines[1]}", *lines[2:]]
    return lines


def clean_text(
    text: str,
    tags: list[str] | tuple[str, ...] = (),
    title: str | None = None,
    shown_title: str | None = None,
) -> str:
    """Drop chrome lines from extracted text; paragraphs stay one per line.

    ``tags`` are the article's tags: a run of lines at the end that are only tags (a
    tag block whose heading was already removed) is dropped too. A first line that
    repeats ``title`` is the headline, not text; so is one that repeats
    ``shown_title``, the headline the page shows when the record's title is another
    (an SEO og:title over the page's ``<h1>``). Lists of other articles (dated
    headlines, "BERITA LAINNYA") are dropped wherever they are. A lone link line (a
    feed plugin's source link) is dropped; several are the article's own references
    or list items and stay.
    """
    titles = [t for t in (title, shown_title) if t]
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    lines = drop_dated_lists(_dateline_joined([line for line in lines if line]))
    link_list = sum(1 for line in lines if _BARE_URL_LINE.match(line)) >= LINK_LIST_LINES
    captions = sum(1 for line in lines if _CAPTION_CREDIT.match(line))
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _READ_ALSO.match(line) or _SHARE_LINE.match(line) or _PORTAL_BOILERPLATE.match(line):
            continue
        if len(kept) < 2 and _REPORT_BYLINE.match(line):
            continue
        if len(kept) < BYLINE_LINES and _ROLE_ALONE.match(line):
            if kept and _NAME_LINE.match(kept[-1]):
                kept.pop()  # the name the role is under
            continue
        if len(kept) < 3 and date_alone(line):
            continue  # the date line over the text: the record's date, not its text
        opening = not kept or bool(titles and _headline_end(kept, titles) == len(kept))
        if opening and (_OPENING_CREDIT.match(line) or _OPENING_BYLINE.match(line)):
            continue  # the first line under the headline (dropped below)
        if (
            opening
            and captions == 1
            and _CAPTION_CREDIT.match(line)
            and not _OPENS_DATELINE.match(line)
            and index + 1 < len(lines)
            and _OPENS_DATELINE.match(lines[index + 1])
        ):
            continue  # the photo's caption typed over the text
        if (
            len(kept) < 3
            and len(line) <= POSTING_INFO_CHARS
            and _POSTING_INFO.search(line)
            and not _SENTENCE_END.search(line)
        ):
            continue  # an info line, not a sentence that says how often a post was read
        if _URL_LINE.match(line) and not (link_list and _BARE_URL_LINE.match(line)):
            continue
        if _SHARE_TARGETS.match(line):
            continue
        if kept and _END_OF_ARTICLE.match(line):
            break
        heading = _TAGS_HEADING.match(line)
        if heading and _is_tag_block(line[heading.end() :], _until_end(lines, index + 1), tags):
            break
        kept.append(line)
    tag_set = {t.casefold() for t in tags}
    while kept and (
        kept[-1].casefold() in tag_set
        or _CREDIT_LINE.match(kept[-1])
        or (
            len(kept[-1]) <= CLOSING_CREDIT_CHARS
            and _CLOSING_CREDIT.match(_CELL_MARKS.sub(" ", kept[-1]))
        )
    ):
        kept.pop()
    if len(kept) > 1 and _DANGLING_LABEL.match(kept[-1]):
        kept.pop()
    while len(kept) > 1 and _CLOSING_CAPTION.match(kept[-1]):
        kept.pop()  # "Foto: Kedua tersangka … diperlihatkan di Mapolres Paser. (ist)"
    if len(kept) > 1 and labelled_date(kept[-1]):
        kept.pop()  # "Diperbarui: 2023-11-10 16:05:00" under the text
    if kept and titles:
        kept = kept[_headline_end(kept, titles) :]
    return "\n".join(kept)


# A theme's line above the headline: its category badge or kicker ("Peristiwa",
# "Hukum & Kriminal"), a few words with no sentence's end.
KICKER_CHARS = 40
KICKER_LINES = 2


# The byline run on to the headline's line where only a <br> parts them (an old table
# layout's "<span class=judul>…</span><br><span class=penulis>Oleh Nama</span>").
_BYLINE_AFTER = re.compile(
    r"^\s+(?:oleh|by|penulis|reporter|pewarta|laporan)\b\s*:?\s*[^.!?:]{2,50}$", re.IGNORECASE
)


def _headline_end(lines: list[str], titles: list[str]) -> int:
    """How many first lines are the headline and the short badges above it.

    A first line repeating one of ``titles`` (or it and the byline after it) is the
    headline; so is one after a badge or two (Jannah's and many themes' ``post-cat``
    category link sits in the header above the ``<h1>``), which were left as the
    text's first two lines. A longer line or a sentence above the title is text, and
    then nothing is dropped.
    """
    for index, line in enumerate(lines[: KICKER_LINES + 1]):
        folded = line.casefold()
        for title in titles:
            wanted = title.casefold()
            if folded == wanted or (
                folded.startswith(wanted) and _BYLINE_AFTER.match(line[len(title) :])
            ):
                return index + 1
        if len(line) > KICKER_CHARS or _SENTENCE_END.search(line):
            return 0
    return 0


# A day with a month and a year, "05/11/2015", "23 Februari 2016", "Nov 5, 2015".
_DAY = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})\b"
    r"|\b\d{1,2}\s+(jan|feb|peb|mar|apr|mei|may|jun|jul|agu|ags|aug|sep|okt|oct|nov|nop|des|dec)"
    r"[a-z]*\.?,?\s+\d{4}\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[-•·»>*\d\s.]{1,4}$")
# What a date line holds besides its day: the weekday, the time and its zone.
_DATE_LINE_REST = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|sen|sel|rab|kam|jum|sab"
    r"|min|wib|wita|wit|gmt|utc"
    r"|pukul|jam)\b|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|[-–—|,/·•:()\s]",
    re.IGNORECASE,
)


def date_alone(line: str) -> bool:
    """Whether the line is only a date: "Sabtu, 11 November 2023 - 08:15 WIB", or one
    under its label, "Diperbarui: 2023-11-10 16:05:00"."""
    if len(line) > 70:
        return False
    match = _DAY.search(line) or _ISO_DAY.search(line)
    if match is None:
        return False
    rest = _DATE_LABEL.sub("", line[: match.start()]) + " " + line[match.end() :]
    return not _DATE_LINE_REST.sub("", rest)


def labelled_date(line: str) -> bool:
    """Whether the line is a date under its label and nothing else: "Diperbarui:
    2023-11-10 16:05:00", "Diterbitkan: Jumat, 10 November 2023 14:30 WIB"."""
    return bool(_DATE_LABEL.match(line)) and date_alone(line)


_ISO_DAY = re.compile(r"\b(?:19|20)\d\d-\d{1,2}-\d{1,2}\b")
_DATE_LABEL = re.compile(
    r"^\s*(?:diperbarui|diperbaharui|diupdate|update[d]?|diterbitkan|dipublikasikan|terbit"
    r"|published|posted(?:\s+on)?|last\s+updated)\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def drop_dated_lists(lines: list[str]) -> list[str]:
    """Remove lists of other articles: runs of short dated headlines ("Kamis,
    05/11/2015 09:25 WIB Judul…", or a date line then a headline), with their bullets,
    when a run holds three dates, or two and a bullet. An article's own sentences are
    long and end with a full stop; list items are short and do not."""
    item = [False] * len(lines)
    dated = [False] * len(lines)
    widget_labels = _widget_labels(lines)
    for i, line in enumerate(lines):
        short = len(line) <= 160 and not _SENTENCE_END.search(line)
        if _BULLET.match(line):
            item[i] = True
        elif short and _listed_date(line, widget_labels):
            item[i] = dated[i] = True
        elif (
            short
            and len(line) <= 120
            and not line.endswith(":")  # a lead-in to what follows, not a headline
            and i
            and dated[i - 1]
            and len(lines[i - 1]) <= 60
        ):
            item[i] = True  # the headline under a date line
    keep: list[str] = []
    i = 0
    while i < len(lines):
        if not item[i]:
            keep.append(lines[i])
            i += 1
            continue
        end = i
        while end < len(lines) and item[end]:
            end += 1
        dates = sum(dated[i:end])
        bullets = sum(1 for line in lines[i:end] if _BULLET.match(line))
        if dates < 3 and not (dates == 2 and bullets):
            keep.extend(lines[i:end])
        i = end
    return keep


# A label opening a line ("- Penetapan pasangan calon: "), and how far the date may
# start after it ("24 – 26 Agustus 2024", "27 Agustus – 21 September 2024") and what may
# follow it ("pukul 10.00 WITA"): "Baca: Jawaban Soal SMP, Senin 4 Mei 2020, …" and
# "- Gavin's Choice: The Leading Candidates … - October 10, 2020" are other posts.
_LABEL = re.compile(r"^(?:[-•·*]\s+)?(?P<label>[^:|]{2,40}?)\s*:\s+")
_DATE_VALUE_LEAD = 16
_DATE_VALUE_TAIL = 40
_DATE_CELL_CHARS = 60
_COLON_AFTER = re.compile(r"\s*:\s")
# What follows a timeline's date before its words: the time, its zone, a separator.
# "12 Maret 2024 – pelaku mengambil …", "Jumat, 15/03/2024 pukul 21.00 WITA, polisi
# menangkap …": a sentence goes on in lower case where a listed post's headline opens
# with a capital ("Kamis, 05/11/2015 09:25 WIB Polres Banjar Gelar Apel Pagi").
# A post's meta line ("12 Maret 2024 - oleh Admin", "- redaksi", "- dibaca 120 kali")
# is no sentence.
_SENTENCE_AFTER_DATE = re.compile(
    r"\)?(?:[\s,]*(?:sekira|sekitar)?\s*(?:pukul|pkl\.?|jam)?\s*\d{1,2}[.:]\d{2}"
    r"(?:\s*(?i:WIB|WITA|WIT)\b)?)?"
    r"\s*[,–—-]\s*(?!(?:oleh|by|dalam|in|dibaca|views?|komentar|comments?|posted|admin"
    r"|redaksi|humas|editor|penulis|reporter|tim)\b)[a-z]"
)


def _listed_date(line: str, widget_labels: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` holds a date as a list of other posts prints one: not a table's
    row of data (trafilatura writes a table as "| Tahapan | 23 April – 2 Mei 2024 |"),
    nor a value after a label or before one ("- Penetapan pasangan calon: 22 September
    2024", "- 22 September 2024: penetapan pasangan calon"), unless the label is a
    widget's (``widget_labels``), nor a timeline's date that a sentence in lower case
    goes on from ("12 Maret 2024 – pelaku mengambil …"). An election schedule, a
    timeline of a case, an agenda: the article's own dated items were dropped as a list
    of other articles (helper-108, helper-109)."""
    found = _DAY.search(line)
    if found is None:
        return False
    if line.startswith("|"):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        filled = [cell for cell in cells if cell]
        dated = [cell for cell in filled if _DAY.search(cell)]
        # A row of data: the date in a short cell of its own beside others. A portal's
        # list of posts laid out as a table has one long cell of headline, date and
        # summary beside an empty picture cell (Lokomedia's).
        return not (len(filled) >= 2 and all(len(cell) <= _DATE_CELL_CHARS for cell in dated))
    label = _LABEL.match(line)
    valued = (
        label is not None
        and label.group("label").casefold() not in widget_labels
        and found.start() - label.end() <= _DATE_VALUE_LEAD
        and len(line) - found.end() <= _DATE_VALUE_TAIL
    )
    after = found.end()
    return not (
        valued or _COLON_AFTER.match(line, after) or _SENTENCE_AFTER_DATE.match(line, after)
    )


def _widget_labels(lines: list[str]) -> frozenset[str]:
    """Labels that open several lines: a list of posts says "Diposting:" or "Tanggal:"
    over each date (helper-109); a schedule names a different step on each line."""
    labels = Counter(found.group("label").casefold() for found in map(_LABEL.match, lines) if found)
    return frozenset(label for label, count in labels.items() if count > 1)


def _until_end(lines: list[str], start: int) -> list[str]:
    """The lines from ``start`` up to the next end-of-article heading (``_END_OF_ARTICLE``:
    the comments, a related list's heading), where the text stops anyway."""
    for index in range(start, len(lines)):
        if _END_OF_ARTICLE.match(lines[index]):
            return lines[start:index]
    return lines[start:]


def _is_tag_block(rest: str, following: list[str], tags) -> bool:
    """A "Tags" heading starts the tag block when only short tag-like lines follow, or
    the items of a list of other posts' titles after them (Lokomedia's "Tag: narkoba,
    polres tanah laut", then "Berita Terkait" as a picture and its titles, then the
    comments)."""
    if len(following) > 12:
        return False
    candidates = [rest] if rest else []
    candidates += following
    return all(
        (len(c) <= 60 and not c.endswith("."))
        or (len(c) <= LIST_ITEM_CHARS and _LIST_ITEM.match(c) and not _SENTENCE_END.search(c))
        for c in candidates
    )


def normalise_for_hash(text: str) -> str:
    """The form of the text two copies share: NFKC, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: equal for copies that differ only in layout."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
