"""A site's article container, learnt from its first articles, then read directly.

Nearly every news site prints all its articles in one template: the body sits in the
same element on every page (WordPress's ``div.entry-content``, a theme's
``div.td-post-content``, Odoo's ``div.o_wblog_post_content``). Once a crawl has read a
few articles of a site in full and found that each one's text came wholly from one
element named the same way, and that reading that element alone gives the very same
text, later pages of the site are read from a copy of that element only: the same
cleaning and the same trafilatura call, on a tree a fraction of the page's size.
The page's metadata and dates are still read from the whole page.

Nothing here trusts the template blindly (``SiteTemplates``):

- it is learnt only from ``LEARN_PAGES`` articles in a row whose container, read
  alone, reproduced the full extraction character for character;
- a page where the container is missing, not unique, or gives a short text, or where
  the article has more prose around it than the learning pages had (a lead or a
  standfirst the container would miss), is read in full, in the same task;
- one page in ``CHECK_EVERY`` (and the first two) is read both ways and the full
  reading is kept; one disagreement sends the site back to learning, and after
  ``MAX_DISAGREEMENTS`` the site is read in full for the rest of the crawl.

The functions are pure (lxml trees in, values out); ``SiteTemplates`` is the crawl's
bookkeeping, plain Python, no Scrapy. ``scraper.reading.PageReader`` uses both.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from scraper.extract.cleanup import is_chrome_class
from scraper.extract.page import clean_space

# Articles in a row whose container reproduced the full text before a site's template
# is used; how often a page read from it is checked against a full reading; how many
# disagreements end learning for the crawl; full readings in a row (container missing)
# after which the template is given up and learnt again.
LEARN_PAGES = 5
CHECK_EVERY = 20
FIRST_CHECKS = 2
MAX_DISAGREEMENTS = 3
MAX_FALLBACKS = 5
# Lines of the extracted text used to locate it in the page: long enough to be the
# article's own ("Baca juga" one-liners are not).
_LINE_CHARS = 40
_NEVER_CONTAINER = frozenset({"html", "body", "head"})


@dataclass(frozen=True)
class TemplatePlan:
    """How the worker reads one article page: ``learn`` (in full, and report the
    container), ``use`` (from ``path``, in full when that fails) or ``check`` (in full,
    and report whether ``path`` gives the same text)."""

    mode: str
    path: str | None = None
    # The most paragraphs of prose the learning pages had around the container, in
    # the article but outside it (``outside_prose``): a page with more has text the
    # container would miss (a lead, a standfirst, a dateline), and is read in full.
    outside: int = 0


@dataclass(frozen=True)
class ContainerReport:
    """What a ``learn`` or ``check`` reading found: the container's name (tag, id,
    stable class words) and XPath; whether the page has it, as a ``use`` reading
    would take it (exactly one, with an article's worth of text, no more prose
    around it than the plan allows); whether reading it alone gave the full
    reading's text; and the prose paragraphs around it (``outside_prose``)."""

    tag: str | None = None
    ident: str | None = None
    classes: tuple[str, ...] = ()
    path: str | None = None
    found: bool = False
    reproduced: bool = False
    outside: int = 0


def stable_words(value: str | None) -> tuple[str, ...]:
    """Class words that can name an element on every page: not ``post-1234`` or
    ``postid-7``, which change from article to article."""
    return tuple(
        sorted(
            {
                word
                for word in (value or "").split()
                if not any(ch.isdigit() for ch in word) and "'" not in word
            }
        )
    )


def container_xpath(tag: str, ident: str | None, classes: tuple[str, ...]) -> str | None:
    """An XPath naming the element by its id, else by all its stable class words."""
    if ident:
        return f"//{tag}[@id='{ident}']"
    if classes:
        tests = "".join(
            f"[contains(concat(' ', normalize-space(@class), ' '), ' {word} ')]" for word in classes
        )
        return f"//{tag}{tests}"
    return None


def find_container(tree: HtmlElement, text: str) -> HtmlElement | None:
    """The element of ``tree`` that holds the extracted ``text``: the nearest common
    ancestor of the elements where its first and last long lines are printed, or the
    nearest ancestor of it that has an id or a stable class. None when the text
    cannot be located, or only the page itself holds it. An id or class that changes
    from page to page names nothing (``describe``): its nearest named ancestor is taken."""
    lines = [line for line in text.split("\n") if len(line) >= _LINE_CHARS]
    if len(lines) < 2:
        return None
    first = _holder(tree, lines[0][:_LINE_CHARS])
    last = _holder(tree, lines[-1][:_LINE_CHARS])
    if first is None or last is None:
        return None
    ancestors = {id(a): a for a in first.iterancestors()}
    ancestors[id(first)] = first
    common = last
    while common is not None and id(common) not in ancestors:
        common = common.getparent()
    while common is not None and common.tag not in _NEVER_CONTAINER:
        if describe(common).path is not None:
            return common
        common = common.getparent()
    return None


def _holder(tree: HtmlElement, start: str) -> HtmlElement | None:
    """The innermost element whose visible text starts with ``start``."""
    found = None
    for element in tree.iter(etree.Element):
        if element.tag in _NEVER_CONTAINER:
            continue
        if clean_space(element.text_content()).startswith(start):
            found = element  # document order: an inner element comes after its parent
    return found


def describe(element: HtmlElement) -> ContainerReport:
    """The container's name, and an XPath that names it. An id that changes from
    page to page (Blogger's ``post-body-2913…``) is no name."""
    tag = element.tag
    ident = element.get("id") or None
    if ident is not None and (any(ch.isdigit() for ch in ident) or "'" in ident):
        ident = None
    classes = stable_words(element.get("class"))
    return ContainerReport(tag, ident, classes, container_xpath(tag, ident, classes))


@lru_cache(maxsize=64)
def _compiled(path: str) -> etree.XPath:
    return etree.XPath(path)


def the_container(tree: HtmlElement, path: str) -> HtmlElement | None:
    """The one element ``path`` names, or None when the page has none or several."""
    found = _compiled(path)(tree)
    return found[0] if len(found) == 1 else None


def container_copy(element: HtmlElement) -> HtmlElement:
    """A small page holding a copy of ``element``, to read (and prune) alone; the page
    the element is in is untouched."""
    # HtmlElements, like the parsed page's: the cleaning rules use their methods.
    page = lxml_html.Element("html")
    body = etree.SubElement(page, "body")
    element = copy.deepcopy(element)
    element.tail = None
    body.append(element)
    return page


# A paragraph of at least this many characters is prose (not a label or a byline).
PROSE_CHARS = 40


def outside_prose(element: HtmlElement) -> int:
    """Paragraphs of prose around the container, in the article but not in it: the
    ``<p>`` elements of the nearest ancestor that also holds the headline (``<h1>``),
    outside ``element`` and outside chrome (share bars, related lists, comments).

    Some pages of a template print a lead, a standfirst or a dateline beside the body
    (an opinion page, a long read), which a full reading keeps and the container
    alone would miss; counting them is cheap, and such a page is read in full.
    """
    holders = {a for h1 in element.getroottree().iter("h1") for a in h1.iterancestors()}
    article = element.getparent()
    while article is not None and article not in holders:
        article = article.getparent()
    if article is None or article.tag == "html":
        return 0
    count = 0
    for p in article.iter("p"):
        if len(clean_space(p.text_content())) < PROSE_CHARS:
            continue
        for ancestor in (p, *p.iterancestors()):
            if ancestor is article:
                count += 1  # reached the article: neither in the container nor chrome
                break
            if ancestor is element or is_chrome_class(ancestor.get("class")):
                break
    return count


@dataclass
class _Site:
    state: str = "learning"  # learning, using, off
    path: str | None = None
    outside: int = 0  # the plan's limit of prose paragraphs around the container
    streak: list[ContainerReport] = field(default_factory=list)
    used: int = 0  # pages planned from the template since it was learnt
    fallbacks: int = 0  # full readings in a row while using it
    disagreements: int = 0


class SiteTemplates:
    """The crawl's per-site state: learning a template, using it, or not at all.

    ``plan`` says how to read the next article page of a site; ``settle`` takes what
    the reading reported. Counts are kept for the crawl's stats.
    """

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self.sites: dict[str, _Site] = {}
        self.counts: Counter[str] = Counter()

    def plan(self, site: str) -> TemplatePlan | None:
        if not self.enabled:
            return None
        state = self.sites.setdefault(site, _Site())
        if state.state == "learning":
            return TemplatePlan("learn")
        if state.state == "off" or state.path is None:
            return None
        state.used += 1
        mode = "check" if state.used <= FIRST_CHECKS or state.used % CHECK_EVERY == 0 else "use"
        return TemplatePlan(mode, state.path, state.outside)

    def settle(
        self, site: str, plan: TemplatePlan | None, report: ContainerReport | None, used: bool
    ) -> None:
        """Take one reading's outcome: ``report`` of a learn or check reading (None for
        a page that was no article), ``used`` whether the text came from the container."""
        if plan is None:
            return
        state = self.sites.setdefault(site, _Site())
        if plan.mode == "use":
            self.counts["read_from_container" if used else "container_fallback"] += 1
            state.fallbacks = 0 if used else state.fallbacks + 1
            if state.state == "using" and state.fallbacks >= MAX_FALLBACKS:
                self._relearn(state, "given_up")
            return
        if report is None:
            return
        if plan.mode == "check":
            self.counts["container_checked"] += 1
            # A page without the container would have been read in full: no harm.
            disagrees = report.found and not report.reproduced
            if state.state == "using" and plan.path == state.path and disagrees:
                self.counts["container_disagreed"] += 1
                state.disagreements += 1
                if state.disagreements >= MAX_DISAGREEMENTS:
                    state.state, state.path = "off", None
                    self.counts["sites_read_in_full"] += 1
                else:
                    self._relearn(state, "relearnt")
            return
        if state.state != "learning":
            return  # a learn reading that finished after the template was learnt
        if not report.reproduced or report.path is None:
            state.streak.clear()
            return
        head = state.streak[0] if state.streak else report
        if (report.tag, report.ident) != (head.tag, head.ident):
            state.streak.clear()
        state.streak.append(report)
        if len(state.streak) < LEARN_PAGES:
            return
        words = set(state.streak[0].classes)
        for other in state.streak[1:]:
            words &= set(other.classes)
        path = container_xpath(head.tag, head.ident, tuple(sorted(words)))
        streak = list(state.streak)
        state.streak.clear()
        if path is None:
            return
        state.state, state.path, state.used, state.fallbacks = "using", path, 0, 0
        state.outside = max(r.outside for r in streak)
        self.counts["templates_learnt"] += 1

    def _relearn(self, state: _Site, why: str) -> None:
        state.state, state.path, state.used, state.fallbacks = "learning", None, 0, 0
        state.streak.clear()
        self.counts[f"templates_{why}"] += 1

    def learnt(self) -> dict[str, str]:
        """site -> the XPath of its container, for the sites whose template is in use."""
        return {name: s.path for name, s in self.sites.items() if s.path and s.state == "using"}
