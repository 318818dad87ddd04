"""Articles split over several pages: where the text goes on, and the text joined.

Big portals cut a long article into pages: the Tribun network and Kompas
(``?page=2``, a paging block "Halaman 1 2 Selanjutnya", "Tampilkan Semua" to
``?page=all``), Okezone, Suara, Jawa Pos/Radar, and WordPress's ``<!--nextpage-->``
(``/slug/2/``, a ``.page-links`` block "Halaman: 1 2", Yoast's ``<link rel="next">``).
Read alone, page 1 is a truncated text.

``find_continuation`` says how an article page's text goes on: the page that shows
it whole ("all") when the page links one, else the next page of *this* article. The
test that keeps everything else out is the URL: a continuation is the article's own
URL with a page marker (``page=N`` / ``page=all`` in the query, or ``/N/`` after the
path), never another path. So a category's ``/page/2/`` (a listing), the next *post*
that WordPress themes and core (``adjacent_posts_rel_link_wp_head``) name with
``rel=next`` on a single post, and related articles are never taken, whatever their
text says. ``join_texts`` joins the pages' texts, each already cleaned of its own
boilerplate by the extraction, without repeating a paragraph (a "page=all" view
repeats page 1).

``paged_elsewhere`` says when a page with no continuation of its own is page 1 of an
article whose main URL is another (Joomla's pagebreak links route to the SEF URL
whatever URL was asked): the page is then a variant of that URL, as with
``rel=canonical``.

Runs on every article page, so it is cheap: it reuses the page's hrefs that the link
reading took already, keeps by substring tests the few that can be paging links (a
page marker, or the article's own path followed by ``/`` or ``?``), parses only those
as URLs, and adds one compiled XPath for the head's ``rel=next`` (cost measured in
tests/test_paging.py).
Pure functions: no Scrapy, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote_plus, urlsplit, urlunsplit

from lxml import etree

from scraper.extract.page import clean_space
from scraper.urls import (
    canonicalize_url,
    is_front_page,
    join_url,
    looks_like_non_article,
    query_as_page_sends,
    site_host,
)

# The most pages of one article the crawl reads (page 1 included): a guard against a
# paging block that never ends (a calendar, a broken CMS counting up forever).
MAX_PAGES = 20
# Query parameters that number an article's pages, and values that mean "all of it".
PAGE_PARAMS = ("page", "halaman", "hal")
# Query parameters that number an article's pages from 0: Joomla's pagebreak plugin
# (``?start=1`` is page 2; its "Semua halaman" link is ``?showall=1&limitstart=``).
OFFSET_PARAMS = ("start", "limitstart")
ALL_VALUES = frozenset({"all", "semua", "full", "single"})
# Flags that some portals add for the one-page view (``?single=1``, ``?showall=1``).
ALL_FLAGS = frozenset({"single", "showall", "show_all", "full"})

# Links that say "the whole article on one page", by their text.
ALL_TEXT = re.compile(
    r"^\s*(tampilkan|lihat|baca)\s+(semua|seluruh(nya)?|selengkapnya\s+di\s+satu)"
    r"|^\s*baca\s+(di|dalam)\s+(satu|1)\s+halaman"
    r"|^\s*(satu|1)\s+halaman\s*$"
    r"|^\s*(show|view|read)\s+(all|full|single\s+page|on\s+one\s+page)",
    re.IGNORECASE,
)

# Substrings of an href that may make it a page of an article (a page marker in the
# query); hrefs with none of them are dropped before any URL parsing.
_MARKERS = re.compile(r"page=|hal(?:aman)?=|start=|single=|show_?all|full=")
_HREFS = etree.XPath("//a/@href", smart_strings=False)
_HEAD_NEXT = etree.XPath("//head/link[@rel='next']/@href", smart_strings=False)
_ANCHOR_TEXT = etree.XPath("string(//a[@href=$href][1])", smart_strings=False)
_PATH_PAGE = re.compile(r"/(\d{1,3})/?$")


@dataclass(frozen=True)
class Continuation:
    """How an article's text goes on beyond the page it was read from."""

    all_url: str | None = None  # the page that shows the whole article
    next_url: str | None = None  # the next page of the article
    next_page: int = 0  # the number of ``next_url``
    # Every href of the page that points at another page of this article, as the page
    # writes it: the crawl must not follow them as articles of their own.
    hrefs: frozenset[str] = frozenset()

    @property
    def url(self) -> str | None:
        """The page to read next: the whole article if the page offers it."""
        return self.all_url or self.next_url


def page_of(url: str, first: str) -> int | str | None:
    """Which page of the article at ``first`` the URL ``url`` is: a page number (2 and
    up), ``"all"`` for the one-page view, or None when it is no page of that article
    (another article, a listing, the article's page 1 itself).

    Both are absolute URLs. The same host (``www.`` and port aside), and either the
    same path with a page marker in the query (the article's other query parameters
    unchanged: ``?p=123&page=2`` is page 2 of ``?p=123``), or the same query with
    ``/N`` after the path.
    """
    a, b = urlsplit(url), urlsplit(first)
    if site_host(url) != site_host(first):
        return None
    path, base = a.path.rstrip("/"), b.path.rstrip("/")
    query = parse_qsl(a.query, keep_blank_values=True)
    first_query = _without_paging(parse_qsl(b.query, keep_blank_values=True))
    if path == base:
        marker, rest = _page_marker(query)
        if marker is None or sorted(rest) != sorted(first_query):
            return None
        if isinstance(marker, int) and not 2 <= marker <= 999:
            return None
        return marker
    if base and path.startswith(base + "/") and sorted(query) == sorted(first_query):
        match = _PATH_PAGE.fullmatch(path[len(base) :])
        if match and 2 <= int(match.group(1)) <= 999:
            return int(match.group(1))
        if path[len(base) :] in ("/all", "/semua"):
            return "all"
    return None


def _page_marker(
    query: list[tuple[str, str]],
) -> tuple[int | str | None, list[tuple[str, str]]]:
    """The page a query names (a number from 1, "all", or None) and the rest of it."""
    marker: int | str | None = None
    rest = []
    for key, value in query:
        name, value_ = key.lower(), value.strip().lower()
        if name in PAGE_PARAMS and (value_.isdigit() or value_ in ALL_VALUES):
            marker = "all" if value_ in ALL_VALUES else int(value_)
        elif name in OFFSET_PARAMS and value_.isdigit():
            marker = int(value_) + 1 if marker is None else marker
        elif name in OFFSET_PARAMS and not value_:
            continue  # "limitstart=" beside "showall=1": no page
        elif name in ALL_FLAGS and value_ in ("1", "true", "yes", "all"):
            marker = "all"
        else:
            rest.append((key, value))
    return marker, rest


def _by_offset(url: str) -> bool:
    """Whether the URL numbers its page by an offset (``?start=N``), not a page number."""
    names = {k.lower() for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    return bool(names & set(OFFSET_PARAMS)) and not names & set(PAGE_PARAMS)


def _without_paging(query: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The query of a page-1 URL without a page marker (``?page=1`` is page 1)."""
    return [(k, v) for k, v in query if k.lower() not in PAGE_PARAMS + OFFSET_PARAMS]


def find_continuation(
    tree,
    url: str,
    first: str | None = None,
    current: int = 1,
    hrefs: list[str] | None = None,
    encoding: str = "utf-8",
) -> Continuation | None:
    """How the article page ``tree``, fetched from ``url``, goes on; None if it does not.

    ``first``: the URL of the article's page 1 (``url`` itself when this is page 1);
    ``current``: this page's number; ``hrefs``: the page's ``//a/@href``, when the
    caller has them already (``scraper.reading.read_links``). An "all" link wins (one
    more request for the whole text); otherwise the lowest page number after
    ``current`` that the page links, whether from a paging block, a "Selanjutnya"
    link or ``<link rel=next>`` in its head: each must be a page of the same article
    (``page_of``). ``encoding``: the page's, in which its links' queries are sent
    (``scraper.urls.query_as_page_sends``; ``hrefs`` are then the page's as written).

    Only hrefs with a page marker, or the article's own path in them, or a bare query
    (``?page=2``) are looked at; so a page costs a scan of its hrefs as strings and
    one small XPath for its head's ``rel=next``.
    """
    first = first or url
    parts = urlsplit(first)
    path = parts.path.rstrip("/")
    if not path or is_front_page(parts.path, parts.query):
        # A home page (``/``, ``/index.php?page=2``) is no article: its next page is
        # its own listing's, never the rest of a text.
        return None
    below, query = path + "/", path + "?"
    anchors = _HREFS(tree) if hrefs is None else hrefs
    candidates = [
        (href, True)
        for href in anchors
        if below in href or query in href or href.startswith("?") or _MARKERS.search(href)
    ]
    candidates += [(href, False) for href in _HEAD_NEXT(tree)]
    if not candidates:
        return None
    all_url: str | None = None
    next_url: str | None = None
    next_page = 0
    found: set[str] = set()
    for raw, anchor in candidates:
        href = query_as_page_sends(raw.strip(), encoding)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = href if href.startswith(("http://", "https://")) else join_url(url, href)
        if not target:
            continue
        number = page_of(target, first)
        if (
            number is None
            and anchor
            and "#" not in href
            and _all_by_text(target, first)
            and ALL_TEXT.match(_ANCHOR_TEXT(tree, href=raw) or "")
        ):
            # The article's own path under another query: the one-page view when the
            # link says so ("Tampilkan Semua"); its text is read for these few only.
            number = "all"
        if number is None:
            continue
        if anchor:
            found.add(href)
        if number == "all":
            all_url = all_url or canonicalize_url(target)
        elif isinstance(number, int) and current < number and (number < next_page or not next_page):
            if number > current + 1 and _by_offset(target):
                # An offset that skips pages is no pagebreak's (whose next page is the
                # very next): a video's "?start=90" (seconds), comments' "?start=10".
                continue
            next_url, next_page = canonicalize_url(target), number
    if current > 1:
        all_url = None  # page 2 and on: only the next page counts (page 1 chose)
    if all_url is None and next_url is None:
        return None
    return Continuation(all_url, next_url, next_page, frozenset(found))


def paged_elsewhere(tree, url: str, hrefs: list[str] | None = None) -> str | None:
    """The URL of the article this page is page 1 of, when that is another URL: a
    split article reached at another of its addresses, whose paging names the pages
    of its main address. None otherwise (and for every page with its own continuation:
    ask ``find_continuation`` first).

    Joomla's pagebreak plugin writes the "Daftar Isi" and "Selanjutnya" links with the
    article's SEF route whatever URL was asked, so page 1 read at its bare id
    (``/berita/144``) or at the raw ``index.php?option=com_content…`` query leads to
    ``/berita/144-judul?start=1``, not to a page of this URL: read alone, it was stored
    as a second article holding page 1 alone. Such a page is a variant of the other
    URL, as one naming it with ``rel=canonical`` is.

    Only when all of this holds: every link of the page with a page marker in its
    query is a page of one same-site URL, not this one and not the home page; they
    name at least two of its pages, one of them past page 1 (a next page, the
    one-page view); and the page links that URL itself under its own headline (a link
    text of 15 characters or more, half its ``<title>`` at least, that the
    ``<title>`` contains: a table of contents' first entry, a breadcrumb's last item).
    A sidebar paging through a listing (``/berita?page=2``) names no page of the
    listing under the article's title."""
    anchors = _HREFS(tree) if hrefs is None else hrefs
    marked = [href for href in anchors if _MARKERS.search(href)]
    if len(marked) < 2:
        return None
    pages: dict[str, set[int | str]] = {}
    for raw in marked:
        href = raw.strip()
        target = join_url(url, href) if href and not href.startswith("#") else None
        split = _split_page(target) if target else None
        if split is None:
            continue
        first, number = split
        pages.setdefault(first, set()).add(number)
    if len(pages) != 1:
        return None
    first, numbers = next(iter(pages.items()))
    parts = urlsplit(first)
    if (
        first == canonicalize_url(url)
        or site_host(first) != site_host(url)
        or is_front_page(parts.path, parts.query)
        or len(numbers) < 2
        or numbers == {1}
    ):
        return None
    title = clean_space(tree.findtext(".//title")).casefold()
    path = parts.path.rstrip("/")
    for raw in anchors:
        if path not in raw or _MARKERS.search(raw):
            continue
        target = join_url(url, raw.strip())
        if not target or canonicalize_url(target) != first:
            continue
        text = clean_space(_ANCHOR_TEXT(tree, href=raw)).casefold()
        if len(text) >= 15 and 2 * len(text) >= len(title) and text in title:
            return first
    return None


def _split_page(url: str) -> tuple[str, int | str] | None:
    """``url`` as (its page 1, canonicalised; the page it is) when its query carries a
    page marker (``page=2``, ``start=1``, ``showall=1``); None when it carries none."""
    parts = urlsplit(url)
    # The other pieces are kept as written, for ``canonicalize_url`` to spell: decoded
    # and encoded again they lost a Latin-1 value ("judul=Caf%E9" became "Caf%EF%BF%BD")
    # and turned a CodeIgniter route into a parameter (helper-113).
    pieces = [piece for piece in parts.query.split("&") if piece]
    decoded = [
        (unquote_plus(key), unquote_plus(value))
        for key, _, value in (piece.partition("=") for piece in pieces)
    ]
    marker, rest = _page_marker(decoded)
    if marker is None:
        return None
    kept = "&".join(piece for piece, pair in zip(pieces, decoded) if pair in rest)
    first = urlunsplit((parts.scheme, parts.netloc, parts.path, kept, ""))
    return canonicalize_url(first), marker


def _all_by_text(target: str, first: str) -> bool:
    """Whether ``target`` is the article's own path with a query of its own: the
    one-page view, whatever its parameter is called, if its link's text says so."""
    a, b = urlsplit(target), urlsplit(first)
    same_path = a.path.rstrip("/") == b.path.rstrip("/") and a.query and a.query != b.query
    if not same_path or site_host(target) != site_host(first):
        return False
    # Not a share button (?share=facebook), a print view, nor the page itself with
    # tracking parameters (?feed_id=…, ?utm_source=…).
    return not looks_like_non_article(target) and canonicalize_url(target) != canonicalize_url(
        first
    )


def _key(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def join_texts(texts: list[str]) -> str:
    """The pages' texts as one: each page's paragraphs in order, a paragraph that an
    earlier page already gave left out (a "page=all" view repeats page 1; a credit
    or a "Baca juga" line repeated on every page counts once). Repeats within one
    page are the page's own and stay."""
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        paragraphs = [p for p in (text or "").split("\n") if p.strip()]
        fresh = [p for p in paragraphs if _key(p) not in seen]
        seen.update(_key(p) for p in paragraphs)
        out.extend(fresh)
    return "\n".join(out)
