"""Hidden spam link blocks inside genuine pages: found, removed before extraction, counted.

A compromised site keeps its own articles and gains a block of links its visitors never
see: ``<div style="display:none">`` lists of "slot gacor" links to other domains,
``<div style="position:absolute;left:-9999px">`` (the form Indonesian government and
campus sites were found carrying in 2023), one-pixel or zero-size text, a box of
height 1px with its overflow hidden. Search engines read such links; trafilatura,
which applies no CSS, would keep their words in the article text. So they are deleted
from the tree before extraction, and counted: a site that carries them is compromised
even when every article is genuine.

The hiding rule may also sit in the page's own ``<style>`` block, on a class or id
made up for the purpose (``<style>.qx7{position:absolute;left:-9999px}</style>`` then
``<div class="qx7">``: the shape of injected blocks that avoid inline styles). Rules
on one simple selector (``.name``, ``#name``, ``div.name``) are read; a hidden element
is still only removed when its own words and links score as promotion.

Cheap for the page that has none: the raw HTML is scanned for inline ``style``
attributes and ``<style>`` rules that hide (literal-prefix searches), and only when
what follows a hidden element's opening names the trade is the tree walked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from scraper.extract.cleanup import remove_keeping_tail
from scraper.spam import vocab
from scraper.spam.score import (
    LAW_RATIO,
    SPAM_PHRASES,
    count_phrases,
    law_points,
    names_the_trade,
    spam_href,
    spam_points,
    tokens,
)
from scraper.urls import site_host

# Matched against lower-cased text (see may_hide_spam).
_STYLE_ATTR = re.compile(r"""style\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_HIDES = re.compile(
    r"display\s*:\s*none"
    r"|visibility\s*:\s*hidden"
    r"|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)\s*(?:;|!|$)"
    r"|clip\s*:\s*rect\(\s*0",
    re.IGNORECASE,
)
# A box moved off the page: "left:-9999px", "text-indent:-999em". Only far: a heading
# pulled up by "margin-top:-120px" or "top:-100px" is still on screen.
_OFFSCREEN = re.compile(
    r"(?<![\w-])(left|top|right|bottom|text-indent|margin-left|margin-top)\s*:\s*"
    r"-\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%|vw|vh)?",
    re.IGNORECASE,
)
_OFFSCREEN_FROM = {
    "": 999,
    "px": 999,
    "pt": 750,
    "em": 60,
    "rem": 60,
    "%": 100,
    "vw": 100,
    "vh": 100,
}
# Text too small to read: "font-size:1px", "0", "0.01em". Not "0.9em" or "0.85rem",
# the small print of many genuine themes.
_FONT_SIZE = re.compile(
    r"(?<![\w-])font-size\s*:\s*(\d*(?:\.\d+)?)\s*(px|pt|em|rem|%)?", re.IGNORECASE
)
_TINY_FONT = {"": 1.5, "px": 1.5, "pt": 1.5, "em": 0.1, "rem": 0.1, "%": 10}
# A box of at most 1px, its overflow hidden: "height:1px;overflow:hidden". Not a
# "line-height:1" (the word boundary) nor a "height:10px".
_TINY_BOX = re.compile(
    r"(?<![\w-])(?:max-)?(?:height|width)\s*:\s*(?:0|1)(?:\.0+)?\s*(?:px)?\s*(?:;|!|$)",
    re.IGNORECASE,
)
_OVERFLOW_HIDDEN = re.compile(r"overflow\s*:\s*hidden", re.IGNORECASE)
_WITH_STYLE = etree.XPath("//body//*[@style]")
_WITH_CLASS_OR_ID = etree.XPath("//body//*[@class or @id]")
# In a <style> element's lower-cased content: comments, and a rule's selector when it
# is one class or id (with or without an element name).
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# A declaration that may hide its element (``hides`` decides): the rules worth reading.
_HIDING_HINT = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*[0.]|clip\s*:\s*rect"
    r"|:\s*-\s*\d\d|font-size\s*:\s*[0.1]|overflow\s*:\s*hidden"
)
_SIMPLE_SELECTOR = re.compile(r"^\s*(?:[a-z][a-z0-9]*)?([.#])(-?[_a-z][\w-]*)\s*$")
# A <style> element longer than this is a theme's or a plugin's stylesheet; the rule
# that hides an injected block comes in a <style> of its own, a line or two.
SHEET_CHARS = 2000
# How far after a hiding style attribute the quick test looks for the trade's words.
WINDOW = 4000
# A hidden element is a spam block at this score (a few promotion phrases, or several
# links whose addresses name the trade), and it has links or is plain keyword stuffing.
BLOCK_SCORE = 4.0
STUFFING_SCORE = 9.0


@dataclass
class HiddenBlock:
    """One hidden spam block removed from a page."""

    hidden_by: str  # the style rule that hid it, e.g. "left:-9999px"
    tag: str
    hrefs: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)  # other hosts its links point to
    score: float = 0.0

    def evidence(self) -> dict:
        return {
            "hidden_by": self.hidden_by,
            "tag": self.tag,
            "links": len(self.hrefs),
            "anchors": self.anchors[:5],
            "hosts": self.hosts[:5],
            "score": round(self.score, 1),
        }


def hides(style: str) -> str | None:
    """The rule of an inline ``style`` that hides its element from readers, or None.

    A short style's answer is cached: a site's theme writes the same few dozen styles
    on every page. A long one (a hostile page's) is read each time, never kept."""
    return _hides_short(style) if len(style) <= _CACHED_STYLE_CHARS else _hides(style)


_CACHED_STYLE_CHARS = 300


@lru_cache(maxsize=4096)
def _hides_short(style: str) -> str | None:
    return _hides(style)


def _hides(style: str) -> str | None:
    found = _HIDES.search(style)
    if found:
        return _rule(found.group(0))
    for found in _OFFSCREEN.finditer(style):
        unit = (found.group(3) or "").lower()
        if float(found.group(2)) >= _OFFSCREEN_FROM[unit]:
            return _rule(found.group(0))
    for found in _FONT_SIZE.finditer(style):
        if found.group(1) in ("", "."):
            continue
        unit = (found.group(2) or "").lower()
        if float(found.group(1)) <= _TINY_FONT[unit]:
            return _rule(found.group(0))
    if _TINY_BOX.search(style) and _OVERFLOW_HIDDEN.search(style):
        return "tiny box, overflow:hidden"
    return None


def _rule(text: str) -> str:
    return re.sub(r"\s+", "", text.rstrip(";!")).lower()


_ASCII = bytes(range(128))


def lower_page(html: str) -> str:
    """``html.lower()``, at a fifth of its cost on a page that is ASCII but for a few
    characters no case touches (an en dash, a curly quote): ``str.lower`` reads such a
    string a character at a time through Unicode's full case mapping (3 million
    instructions on a 70 KB page), ``bytes.lower`` its ASCII letters in one pass."""
    if html.isascii():
        return html.lower()
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return html.lower()
    others = data.translate(None, _ASCII).decode("utf-8")
    if others.lower() != others:
        return html.lower()  # a letter with a case beyond ASCII
    return data.lower().decode("utf-8")


def may_hide_spam(html: str) -> bool:
    """The quick test: some element is hidden (by its inline style or a short
    ``<style>`` rule) and the trade's words follow it. False for nearly every genuine
    page, in a fraction of a millisecond."""
    # Searched in a lower-cased copy: a case-sensitive scan for "style" is several
    # times faster than an IGNORECASE one, and styles and words are compared in lower
    # case anyway.
    lowered = lower_page(html)
    return _trade_follows_hiding(lowered, stylesheet_hiding(lowered))


def _trade_follows_hiding(lowered: str, hidden: dict[tuple[str, str], str]) -> bool:
    """``may_hide_spam`` of the lower-cased page, whose ``stylesheet_hiding`` is
    ``hidden``. The windows after the hidden elements' openings (themes hide dozens of
    menus and icons) are merged, so each part of the page is read once, and a substring
    test of the trade's words comes before the exact test on tokens."""
    starts = [
        match.end()
        for match in _STYLE_ATTR.finditer(lowered)
        if hides(match.group(1) or match.group(2) or match.group(3) or "")
    ]
    for _, name in hidden:
        # Every place the name is written (found by a substring search, in C): a
        # window too many costs nothing but reading it, and the tree walk is exact.
        at = lowered.find(name)
        while at >= 0:
            if lowered.rfind("<", 0, at) > lowered.rfind(">", 0, at):
                starts.append(at)  # inside a tag: an element's class or id
            at = lowered.find(name, at + len(name))
    windows: list[list[int]] = []
    for start in sorted(starts):
        if windows and start <= windows[-1][1]:
            windows[-1][1] = start + WINDOW
        else:
            windows.append([start, start + WINDOW])
    for start, end in windows:
        region = lowered[start:end]
        if any(word in region for word in vocab.CORE) and names_the_trade(tokens(region)):
            return True
    return False


def strip_hidden_spam(html: str, tree, page_url: str = "") -> list[HiddenBlock]:
    """Delete hidden spam blocks from ``tree`` (in place) and return them.

    ``html`` is the page the tree was parsed from (for the quick test). A hidden
    element is a spam block when its words and link addresses score as promotion; a
    hidden mobile menu that lists a "Judi Online" category is not.
    """
    if tree is None:
        return []
    lowered = lower_page(html)
    hidden = stylesheet_hiding(lowered)
    if not _trade_follows_hiding(lowered, hidden):
        return []
    host = site_host(page_url) if page_url else ""
    blocks: list[HiddenBlock] = []
    for element in _WITH_STYLE(tree):
        _remove_if_spam(element, hides(element.get("style") or ""), tree, host, blocks)
    if hidden:
        for element in _WITH_CLASS_OR_ID(tree):
            _remove_if_spam(element, _hidden_by_sheet(element, hidden), tree, host, blocks)
    return blocks


def _remove_if_spam(element, rule: str | None, tree, host: str, blocks: list) -> None:
    if rule is None or _detached(element, tree):
        return  # not hidden, or inside a block removed already
    block = _judge_block(element, rule, host)
    if block is not None:
        blocks.append(block)
        remove_keeping_tail(element)


def stylesheet_hiding(lowered: str) -> dict[tuple[str, str], str]:
    """(``"."`` or ``"#"``, name) -> hiding rule, for the page's ``<style>`` rules that
    hide one class or id; ``lowered``: the page in lower case.

    Only short ``<style>`` elements are read (``SHEET_CHARS``), and in them only the
    rules around a declaration that may hide (``_HIDING_HINT``, one scan in C)."""
    if "<style" not in lowered:
        return {}
    found: dict[tuple[str, str], str] = {}
    for css in _style_elements(lowered):
        if len(css) > SHEET_CHARS:
            continue  # a theme's stylesheet, not a rule written for one block
        if "/*" in css:
            css = _CSS_COMMENT.sub("", css)
        read: set[int] = set()
        for hint in _HIDING_HINT.finditer(css):
            opening = css.rfind("{", 0, hint.start())
            closing = css.find("}", hint.end())
            if opening < 0 or closing < 0 or opening in read:
                continue
            read.add(opening)
            rule = hides(css[opening + 1 : closing])
            if rule is None:
                continue
            start = max(css.rfind("}", 0, opening), css.rfind("{", 0, opening)) + 1
            for selector in css[start:opening].split(","):
                simple = _SIMPLE_SELECTOR.match(selector)
                if simple:
                    found.setdefault((simple.group(1), simple.group(2)), rule)
    return found


def _style_elements(lowered: str):
    """The content of each ``<style>`` element (substring searches: a regex that scans
    the page for them costs more than all the rest of the quick test)."""
    at = lowered.find("<style")
    while at >= 0:
        opened = lowered.find(">", at)
        closed = lowered.find("</style", opened)
        if opened < 0 or closed < 0:
            return
        if lowered[at + 6] in " \t\n\r>/":  # <style>, not <styles-foo>
            yield lowered[opened + 1 : closed]
        at = lowered.find("<style", closed)


def _hidden_by_sheet(element, hidden: dict[tuple[str, str], str]) -> str | None:
    for name in (element.get("class") or "").lower().split():
        if (".", name) in hidden:
            return f"{hidden['.', name]} (.{name})"
    name = (element.get("id") or "").lower().strip()
    if name and ("#", name) in hidden:
        return f"{hidden['#', name]} (#{name})"
    return None


def _judge_block(element, rule: str, host: str) -> HiddenBlock | None:
    words = tokens(element.text_content())
    hrefs = [a.get("href") or "" for a in element.iter("a")]
    if not (names_the_trade(words) or any(spam_href(h) for h in hrefs)):
        return None
    phrases = count_phrases(words, SPAM_PHRASES)
    score, kinds = spam_points(phrases, 1.0)
    score -= kinds["neutral"] / 2
    others = [h for h in hrefs if _other_host(h, host)]
    trade_links = min(sum(spam_href(h) for h in others), 10)
    if trade_links == 0 and len(phrases) < 2:
        # One term said over and over, no link that names the trade: a cookie banner's
        # "xxx" placeholders, not a block of promotion.
        return None
    score += 2.0 * trade_links
    if score < BLOCK_SCORE or not (hrefs or score >= STUFFING_SCORE):
        return None
    # A hidden box of the site's own that reports gambling (a collapsed "Baca juga" of
    # arrest releases, a mobile menu) speaks the law's words; a spam block does not.
    if law_points(words, 1.0) * LAW_RATIO >= score:
        return None
    anchors = [" ".join(a.text_content().split())[:60] for a in element.iter("a")]
    return HiddenBlock(
        hidden_by=rule,
        tag=str(element.tag),
        hrefs=hrefs,
        anchors=[a for a in anchors if a],
        hosts=sorted({_host(h) for h in others}),
        score=score,
    )


def _host(href: str) -> str:
    return site_host("http:" + href if href.startswith("//") else href)


def _other_host(href: str, host: str) -> bool:
    """A link to another site: absolute (or protocol-relative) and not to ``host``."""
    return href.startswith(("http://", "https://", "//")) and _host(href) not in ("", host)


def _detached(element, tree) -> bool:
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    return element.getroottree().getroot() is not root
