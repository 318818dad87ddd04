"""Remove page chrome that survives generic text extraction.

Two layers, both pure: ``prune_chrome`` deletes chrome from the tree before trafilatura
sees it (share bars, tag blocks, "Baca Juga" boxes, related lists), and ``clean_text``
drops the lines that are still chrome by their wording (an inline "Baca Juga:" line,
the aggregator's trailing link line, a "Tags" heading and what follows it).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

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
    "author-box",
    "comments-area",
    "comment-respond",
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
_CHROME_TAGS_AND_IDS = etree.XPath(
    "//nav | //footer | //aside | //*[@id='comments' or @id='respond' or @id='jp-relatedposts']"
)
_WITH_CLASS = etree.XPath("//*[@class]")
# Run after the chrome is gone: a paragraph left with an image and a short text is the
# image's own caption block.
IMAGE_CAPTION_PARAGRAPH = "//p[.//img][string-length(normalize-space()) < 160]"


def prune_chrome(tree) -> None:
    """Delete share bars, tag blocks, related lists, comments, navigation, footers,
    asides and captions from ``tree``, in place.

    Never an element that holds the article: themes put "share" or "ads-helper" on
    the post's wrapper, and broken markup leaves the whole page inside an unclosed
    ``<nav>``. An element is kept when it is the page itself (html, body, main,
    article), holds the headline (``<h1>``) or the marked article body, or holds half
    of the page's text, or half of the text of its paragraphs.
    """
    chrome = [el for el in _WITH_CLASS(tree) if _CHROME_CLASS.search(el.get("class"))]
    chrome += _CHROME_TAGS_AND_IDS(tree)
    captions = _CAPTIONS(tree)
    paragraphs = _paragraph_chars(tree)
    if captions and paragraphs - sum(_paragraph_chars(c) for c in captions) >= PHOTO_PAGE_CHARS:
        # Captions are chrome beside an article's paragraphs; on a photo story or a
        # gallery (little text but the captions) they are the article.
        chrome += captions
    if not chrome:
        return
    page = (len(tree.text_content()), paragraphs)
    _delete_all(el for el in chrome if not _holds_article(el, page))


# Below this many characters of paragraph text besides captions, a page is a photo
# story or gallery whose captions are its text.
PHOTO_PAGE_CHARS = 500
_CAPTIONS = etree.XPath(
    "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
)


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


# "Baca Juga:", "Baca juga :", "BACA JUGA", "Simak juga:", "Lihat juga:" and the like.
_READ_ALSO = re.compile(
    r"^\s*[\[(]?\s*(baca|simak|lihat|klik|cek)\s+(juga|pula|selengkapnya|berita\s+lainnya)\b",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^\s*(sumber\s*:?\s*)?(https?://|www\.)\S+\s*$", re.IGNORECASE)
# Headings after which a page holds no more article text: related lists, comments,
# popular-posts widgets. Only honoured once some text has been kept.
_END_OF_ARTICLE = re.compile(
    r"^\s*(berita|artikel|postingan|tulisan)\s+(terkait|lainnya|terpopuler|populer|terbaru)\s*:?$"
    r"|^\s*(komentar|tinggalkan (balasan|komentar)|related (posts|articles)|leave a reply"
    r"|terpopuler|populer|baca juga|simak juga)\s*:?$",
    re.IGNORECASE,
)
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


def clean_text(text: str, tags: list[str] | tuple[str, ...] = (), title: str | None = None) -> str:
    """Drop chrome lines from extracted text; paragraphs stay one per line.

    ``tags`` are the article's tags: a run of lines at the end that are only tags (a
    tag block whose heading was already removed) is dropped too. A first line that
    repeats ``title`` is the headline, not text. Lists of other articles (dated
    headlines, "BERITA LAINNYA") are dropped wherever they are.
    """
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    lines = drop_dated_lists([line for line in lines if line])
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _READ_ALSO.match(line) or _URL_LINE.match(line) or _SHARE_LINE.match(line):
            continue
        if _SHARE_TARGETS.match(line):
            continue
        if kept and _END_OF_ARTICLE.match(line):
            break
        heading = _TAGS_HEADING.match(line)
        if heading and _is_tag_block(line[heading.end() :], lines[index + 1 :], tags):
            break
        kept.append(line)
    tag_set = {t.casefold() for t in tags}
    while kept and (kept[-1].casefold() in tag_set or _CREDIT_LINE.match(kept[-1])):
        kept.pop()
    if kept and title and kept[0].casefold() == title.casefold():
        kept.pop(0)
    return "\n".join(kept)


# A day with a month and a year, "05/11/2015", "23 Februari 2016", "Nov 5, 2015".
_DAY = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})\b"
    r"|\b\d{1,2}\s+(jan|feb|peb|mar|apr|mei|may|jun|jul|agu|ags|aug|sep|okt|oct|nov|nop|des|dec)"
    r"[a-z]*\.?,?\s+\d{4}\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[-•·»>*\d\s.]{1,4}$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def drop_dated_lists(lines: list[str]) -> list[str]:
    """Remove lists of other articles: runs of short dated headlines ("Kamis,
    05/11/2015 09:25 WIB Judul…", or a date line then a headline), with their bullets,
    when a run holds three dates, or two and a bullet. An article's own sentences are
    long and end with a full stop; list items are short and do not."""
    item = [False] * len(lines)
    dated = [False] * len(lines)
    for i, line in enumerate(lines):
        short = len(line) <= 160 and not _SENTENCE_END.search(line)
        if _BULLET.match(line):
            item[i] = True
        elif short and _DAY.search(line):
            item[i] = dated[i] = True
        elif short and len(line) <= 120 and i and dated[i - 1] and len(lines[i - 1]) <= 60:
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


def _is_tag_block(rest: str, following: list[str], tags) -> bool:
    """A "Tags" heading starts the tag block when only short tag-like lines follow."""
    if len(following) > 12:
        return False
    candidates = [rest] if rest else []
    candidates += following
    return all(len(c) <= 60 and not c.endswith(".") for c in candidates)


def normalise_for_hash(text: str) -> str:
    """The form of the text two copies share: NFKC, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: equal for copies that differ only in layout."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
