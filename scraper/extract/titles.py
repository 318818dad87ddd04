"""The article's title: which of the page's headlines to trust, without the site's name.

A page names its headline many ways (a site definition's override, JSON-LD, ``<h1>``,
``og:title``, ``<title>``), and most of them carry the site's name or a section with it
("Judul - Kompas.com", "Judul | Rubrik | Situs"). ``page_title`` picks one and strips
what is not the headline. A pure function over an lxml tree and the page's metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from lxml import etree

from scraper.extract.page import clean_space, first_text, jsonld_names, unescape_entities
from scraper.extract.record import Hints
from scraper.sites import SiteDefinition
from scraper.urls import join_url


def page_title(tree, md, hints: Hints, site: SiteDefinition, url: str = "") -> str:
    """Headline, in order of trust: site override, JSON-LD, a single <h1>, og:title.

    HTML entities left in by double escaping (``Türkiye&#039;de``) are decoded.
    """
    return unescape_entities(_headline(tree, md, hints, site, url))


def _headline(tree, md, hints: Hints, site: SiteDefinition, url: str) -> str:
    override = first_text(tree, site.overrides.title)
    if override:
        return override
    headline = jsonld_names(md.jsonld_article.get("headline"))
    if headline:
        return _jsonld_headline(headline[0], md, url)  # decoded by jsonld_names
    og = md.meta.get("og:title") or md.meta.get("twitter:title")
    h1 = [h for h in md.h1 if h]
    if og:
        whole = unescape_entities(og)
        og = _strip_site_suffix(whole, md.meta.get("og:site_name"), url)
        shown = next((h for h in h1 if _as_shown(h) == _as_shown(whole)), None)
        if shown and og != whole and _part_of_its_own(whole, og, md.meta.get("og:site_name")):
            # The headline the page shows is the og:title whole, and what came off is
            # a part that shares a word with the site's name, not the name: the
            # headline's own ("Polda Jatim: 14 Polres …" on Tribratanews Polda Jatim,
            # helper-88's round; "… - Sinergi TNI-Polri Tindak 500 Pelanggar"). The
            # site's whole name, before or after it, still goes (helper-90, -91).
            return shown
    if og:
        # The page's own <h1> when the og:title is it, or it with a section or the
        # site's name around it ("Musik - Judul", "Judul | Rubrik | Situs"); Blogger's
        # and many themes' only <h1> is the site name, so an <h1> that is not (in)
        # the og:title loses.
        matching = [h for h in h1 if _is_headline_of(h, og)]
        return matching[0] if matching else og
    title = clean_space(tree.findtext(".//title") or "")
    named = _site_headings(tree, url, title) if h1 else set()
    if len(h1) == 1 and _as_shown(h1[0]) not in named:
        return h1[0]
    if hints.title:
        return clean_space(hints.title)
    stripped = _strip_site_suffix(title, md.meta.get("og:site_name"), url)
    if stripped != title:
        return stripped
    site_test = _site_test(md.meta.get("og:site_name"), url)
    return (
        _headline_in_title(tree, title, lambda part: site_test(part) or _as_shown(part) in named)
        or title
    )


def _site_headings(tree, url: str, title: str) -> set[str]:
    """The headings (as ``_as_shown``) that are the site's name: a heading whose whole
    text is one link to the site's home page and one part of the page's ``<title>``
    beside another. Blogger's classic layouts print the blog's name as the page's only
    ``<h1>`` ("<h1 class='title'><a href='/'>Tribrata News Polres Malang</a></h1>", the
    post's title an ``<h3>``, the ``<title>`` "Tribrata News Polres Malang: <post>"); on
    a page with no og:title it was every post's title (helper-119). The ``<title>``'s
    other part must be a heading too (the post's): a theme that links its post's own
    headline home is no such page (helper-121: "<title>Berita Polres</title>", or
    "Headline | Polres Example" with no heading saying "Polres Example")."""
    parts = {_as_shown(part) for part in _title_parts(title)}
    if not parts:
        return set()
    headings = _HEADLINE_ELEMENTS(tree)
    shown = {_as_shown(heading.text_content()) for heading in headings}
    host = urlsplit(url).hostname
    named = set()
    for heading in headings:
        links = heading.findall(".//a")
        if len(links) != 1:
            continue
        text = _as_shown(heading.text_content())
        if text not in parts or _as_shown(links[0].text_content()) != text:
            continue
        if not any(part != text and part in shown for part in parts):
            continue  # the <title>'s other part is no heading: no post title beside it
        target = urlsplit(join_url(url, links[0].get("href") or "") or "")
        if target.path in ("", "/") and not target.query and target.hostname == host:
            named.add(text)
    return named


def _part_of_its_own(whole: str, stripped: str, site_name: str | None) -> bool:
    """Whether what ``_strip_site_suffix`` took off ``whole`` (before or after what it
    left) is not the site's whole name (``og:site_name``): with no name to compare, the
    shown headline is believed."""
    if stripped and whole.endswith(stripped):
        cut = whole[: len(whole) - len(stripped)]
    elif stripped and whole.startswith(stripped):
        cut = whole[len(stripped) :]
    else:
        return False
    cut = cut.strip(" :|-–—»·")
    return bool(cut) and _as_shown(cut) != _as_shown(site_name or "")


def _jsonld_headline(headline: str, md, url: str) -> str:
    """The JSON-LD ``headline`` without the site's name after a separator.

    Rank Math's default Article headline is the SEO title, "Judul - Situs". But a
    JSON-LD headline is most often the post's own title, and Indonesian headlines end
    with parts of their own that share a word with the site's name or host ("… -
    Polda Kalsel Siap Amankan Nataru" on tribratanews.kalsel.polri.go.id), so the
    og:title's loose word test cut them. Here the headline stays whole when an
    ``<h1>`` shows it so; otherwise only a last part made of nothing but the site's
    name or host words goes ("- Kabar Mimika", "| KOMPAS.com"). A "Rubrik: Judul"
    stays whole (a headline's own kicker often shares a word with the site's name).
    """
    shown = _as_shown(headline)
    for h1 in md.h1:
        if h1 and _as_shown(h1) == shown:
            # The <h1>'s typography where the JSON-LD types it plain: "Sosialisasi
            # \"Pemilu Damai\"" of a headline the page shows with curly quotes
            # (helper-110). Its letters' case is the headline's.
            typeset = _typographic(h1) > _typographic(headline)
            return h1 if typeset and _typed_plain(h1) == _typed_plain(headline) else headline
    site_name = md.meta.get("og:site_name")
    whole = _uncut(headline, md, url)
    if whole:
        return whole
    return _without_site_part(headline, site_name, _only_site_words(site_name, url))


# Schema generators cut a long headline (Yoast at 110 characters, Google's old limit
# for an Article's headline), even mid-word: "… Situs yang Paling Sering Muncu" where
# the <h1> and og:title say "Muncul" (helper-114). A long headline that the page's <h1>
# and its og:title (without the site's name) both continue, as one text, is that text
# cut; an <h1> alone that goes on ("H <span>VIDEO</span>", a date in <small>) or an
# og:title with a site's name the page does not declare is no such text (helper-116).
CUT_HEADLINE_MIN = 90


def _uncut(headline: str, md, url: str) -> str | None:
    """The text the page's <h1> and og:title both give, of which ``headline`` is the
    start, when they give one."""
    shown = _as_shown(headline)
    og = md.meta.get("og:title")
    if len(shown) < CUT_HEADLINE_MIN or not og:
        return None
    og = _strip_site_suffix(unescape_entities(og), md.meta.get("og:site_name"), url)
    whole = _as_shown(og)
    if len(whole) <= len(shown) or not whole.startswith(shown):
        return None
    return next((h for h in md.h1 if h and _as_shown(h) == whole), None)


_WORDS = re.compile(r"[^\W_]+")


def _only_site_words(site_name: str | None, url: str) -> Callable[[str], bool]:
    """Whether a part of a title is nothing but the site's name: its letters run
    together are in the host's or in ``og:site_name``'s ("Il Mattino.it" of
    www.ilmattino.it), or each of its words is ``og:site_name``'s or a host label's, or
    (four letters or more) a piece of one ("Tribun" of tribunkaltim), or a domain word
    ("com", "id")."""
    host = urlsplit(url).hostname or ""
    names = set(_WORDS.findall((site_name or "").casefold())) | set(host.lower().split("."))
    names -= {""}
    runs = ["".join(_WORDS.findall(text.casefold())) for text in (host, site_name or "")]

    def is_site(part: str) -> bool:
        words = _WORDS.findall(part.casefold())
        if not words:
            return False
        run = "".join(words)
        if len(run) >= 4 and any(run in r for r in runs):
            return True
        return all(
            w in _NOT_A_NAME or any(w == n or (len(w) >= 4 and w in n) for n in names)
            for w in words
        )

    return is_site


# The elements a page shows its headline in: headings, and the marked titles of themes
# and of schema.org microdata (Joomla's <h2 itemprop="headline">).
_HEADLINE_ELEMENTS = etree.XPath(
    "//body//*[self::h1 or self::h2 or self::h3 or @itemprop='headline'"
    " or contains(@class,'entry-title') or contains(@class,'post-title')][not(self::meta)]"
)


def _headline_in_title(tree, title: str, is_site) -> str | None:
    """The part of a "Judul - Nama Situs" (or "Situs | Judul") ``<title>`` that the page
    shows as its headline, when no ``og:site_name`` or host label names the other part.

    A site without Open Graph (core Joomla, a home-grown CMS) titles every page "Judul -
    Nama Situs" and shows "Judul" in a heading: the whole <title> was the headline. The
    part must be one heading's whole text, so a colon inside a headline stays; when two
    parts are (a site name in a heading too), nothing says which is the headline.
    """
    parts = _title_parts(title)
    # The site's name (``is_site``) is no headline, though its theme shows it in an <h1>
    # ("Judul Pendek | situsku.com", the headline too short to count).
    parts = {p for p in parts if len(p) >= 15 and not is_site(p)}
    if not parts:
        return None
    shown = {_as_shown(el.text_content()) for el in _HEADLINE_ELEMENTS(tree)}
    if _as_shown(title) in shown:
        # The whole title is a heading ("Kolumne: Queer Royal - Über …"); a part of it
        # is another's, a related list's ("Kolumne: Queer Royal" under "mehr Kolumnen").
        return None
    found = {p for p in parts if _as_shown(p) in shown}
    return found.pop() if len(found) == 1 else None


def _title_parts(title: str) -> set[str]:
    """What a ``<title>`` holds before and after each of its separators."""
    parts = set()
    for sep in _SEPARATORS:
        start = title.find(sep)
        while start != -1:
            parts |= {title[:start].strip(), title[start + len(sep) :].strip()}
            start = title.find(sep, start + 1)
    return parts


_TYPED_ALIKE = str.maketrans(
    {"–": "-", "—": "-", "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"}
)


def _as_shown(text: str) -> str:
    """A heading's text as compared with the title's: the same dash may be typed as -,
    – or — in the two, the same quotes straight or curly."""
    return _typed_plain(text).casefold()


def _typed_plain(text: str) -> str:
    return clean_space(text).translate(_TYPED_ALIKE)


def _typographic(text: str) -> int:
    """How many of its quotes and dashes are typeset (curly, en or em)."""
    return sum(1 for c in text if c in _TYPESET)


_TYPESET = frozenset("–—“”„‘’‚")


def _is_headline_of(h1: str, title: str) -> bool:
    """``h1`` is the headline that ``title`` carries, alone or between separators."""
    a, b = h1.casefold(), title.casefold()
    if a == b:
        return True
    if len(a) < 0.5 * len(b) or len(a) < 15:
        return False
    if b.startswith(a) and len(a) > 0.8 * len(b):
        return True
    return any(b.endswith(sep + a) or b.startswith(a + sep) for sep in _SEPARATORS)


_SEPARATORS = (" - ", " | ", " – ", " — ", ": ", " :: ", " » ")


_NOT_A_NAME = {"www", "com", "co", "id", "go", "net", "org", "or", "ac", "sch", "web", "my"}


def _site_test(site_name: str | None, url: str):
    """Whether a part of a title names the site: it contains ``og:site_name``'s words
    or a label of the host ("kompas" of regional.kompas.com)."""
    names = {n.lower() for n in (site_name or "").split()} if site_name else set()
    names |= {
        label
        for label in (urlsplit(url).hostname or "").lower().split(".")
        if len(label) > 3 and label not in _NOT_A_NAME
    }

    # A hyphenated label as its name is written: "suarakarya-online", "Suara Karya Online".
    names |= {name.replace("-", "") for name in names}

    def is_site(part: str) -> bool:
        flat = part.lower().replace(" ", "")
        return any(name.replace(" ", "") in flat for name in names if name)

    return is_site


def _strip_site_suffix(title: str, site_name: str | None, url: str = "") -> str:
    """Drop the site's name from a headline: "Judul - Kompas.com", "KapanLagi.com: Judul".

    A part is the site's name when it contains ``og:site_name`` or a label of the
    host ("kompas" of regional.kompas.com); what is left must still be a headline.
    """
    is_site = _site_test(site_name, url)
    stripped = _without_site_part(title, site_name, is_site)
    if stripped != title:
        return stripped
    head, found, tail = title.partition(": ")
    if found and is_site(head) and len(head) <= 40 and len(tail) >= 15:
        return tail.strip()
    # The site's whole name first, after another separator: "Suara Karya Online ::
    # Judul" on suarakarya-online.com, "BMAS - Judul" on bmas.de. Not a word of it
    # ("Polres - Kodim 1009 …" on humaspolrestanahlaut.blogspot.com is a headline).
    for sep in (" :: ", " - ", " | ", " – ", " — ", " » "):
        head, found, tail = title.partition(sep)
        if found and _whole_site_name(head, site_name, url) and len(tail) >= 15:
            return tail.strip()
    return title


def _whole_site_name(part: str, site_name: str | None, url: str) -> bool:
    """Whether ``part``, its letters run together, is the site's whole name: its
    ``og:site_name``'s, or one label of its host's ("suarakarya-online", "bmas")."""
    run = "".join(_WORDS.findall(part.casefold()))
    if len(run) < 3:
        return False
    names = {"".join(_WORDS.findall((site_name or "").casefold()))}
    names |= {
        "".join(_WORDS.findall(label))
        for label in (urlsplit(url).hostname or "").lower().split(".")
        if label not in _NOT_A_NAME
    }
    return run in names


def _without_site_part(title: str, site_name: str | None, is_site) -> str:
    """``title`` without the site's exact name after a separator, else without a last
    part that ``is_site`` takes for the site's; what is left must still be a headline."""
    exact = _without_site_name(title, site_name)
    if exact != title:
        return exact
    for sep in (" - ", " | ", " – ", " — "):
        head, found, tail = title.rpartition(sep)
        if found and is_site(tail) and len(head) >= 15:
            return head.strip()
    return title


def _without_site_name(title: str, site_name: str | None) -> str:
    """``title`` without a final separator and ``og:site_name``, when that is exactly
    how it ends ("Judul - LA Weekly", "Judul | AOC media - Analyse Opinion Critique":
    a site name with a separator of its own); what is left must still be a headline."""
    name = clean_space(site_name or "").casefold()
    if not name:
        return title
    for sep in (" - ", " | ", " – ", " — ", " · ", " » "):
        at = title.find(sep)
        while at != -1:
            if clean_space(title[at + len(sep) :]).casefold() == name:
                head = title[:at].strip()
                return head if len(head) >= 15 else title
            at = title.find(sep, at + 1)
    return title
