"""Decide whether a fetched page is one article or something else.

Tag, category, author, search and date archives, page-2 listings, attachment pages,
static pages and files are never stored as articles. The decision uses what the page
says about itself (WordPress body classes, JSON-LD types, og:type) before falling back
to the URL's shape and the amount of text.
"""

from __future__ import annotations

import re

from scraper.extract.page import ARTICLE_TYPES, NON_ARTICLE_TYPES, PageMetadata, clean_space
from scraper.urls import looks_like_non_article

# WordPress/Blogger body classes of pages that list or describe other pages.
_LISTING_BODY = frozenset(
    {
        "archive",
        "category",
        "tag",
        "author",
        "search",
        "search-results",
        "search-no-results",
        "home",
        "blog",
        "paged",
        "date",
        "attachment",
        "error404",
        "page-template-default",
        "tax",
    }
)
_ARTICLE_BODY = frozenset({"single-post", "single-format-standard", "postid", "item-view"})
# Of those, the ones of a page that lists posts (not a static page, an attachment's
# page or a "not found" page).
_LISTS_POSTS_BODY = _LISTING_BODY - {"attachment", "error404", "page-template-default"}
# Linked titles (headings, or links styled as titles) that make a page a listing when
# it has no long paragraph, or when most of its text's lines are teasers.
LISTED_TITLES = 4
# A teaser is a line holding a listed title and at least this much more (an excerpt, a
# byline, a date): a related post's bare title left in an article's text is none.
TEASER_EXTRA_CHARS = 40


def says_article(md: PageMetadata) -> bool:
    """The page calls itself one post: a WordPress/Blogger single-post body class, an
    article type in JSON-LD, or og:type article."""
    body = md.body_classes
    wp_single = bool(body & _ARTICLE_BODY) or any(c.startswith("postid-") for c in body)
    return (
        wp_single
        or bool(md.jsonld_types & ARTICLE_TYPES)
        or (md.meta.get("og:type", "").lower() == "article")
    )


def _static_post_class(headline) -> bool:
    """Whether the block that holds the headline is a WordPress static page's by the
    classes ``post_class()`` gives it ("post-12 page type-page status-publish"): a theme
    that prints no body classes still marks the post's ``<article>`` so, and a page
    ("Redaksi", "Pedoman Media Siber") with og:type article and enough text was stored
    as an article."""
    node = headline
    while node is not None and node.tag not in ("body", "html"):
        if "type-page" in (node.get("class") or "").split():
            return True
        node = node.getparent()
    return False


_ABOUT_SITE_TYPES = frozenset({"AboutPage", "ContactPage", "ProfilePage"})


def lists_articles(reason: str) -> bool:
    """Whether ``judge_page``'s verdict ``reason`` says the page lists other posts (a
    blog's index, a category's page one), as opposed to a static page or an attachment:
    such a page has new posts on it tomorrow. Odoo's ``/blog/berita-1``, linked from the
    home page as "Lihat Semua Berita" and so fetched as a candidate article, was
    remembered as no article and never read again: no post past the home page's was
    found on a later night (helper-81's trial)."""
    if reason.startswith("listing page ("):
        # Not a page typed as about its site ("Redaksi", "Kontak": Yoast's AboutPage,
        # ContactPage, ProfilePage), linked from every footer.
        kinds = set(reason[len("listing page (") :].rstrip(")").split(", "))
        return not kinds <= _ABOUT_SITE_TYPES
    prefix = "listing or static page ("
    if reason.startswith(prefix):
        classes = set(reason[len(prefix) :].rstrip(")").split(", "))
        return bool(classes & _LISTS_POSTS_BODY)
    return False


# What a "not found" page says in its <title> or headline, in Indonesian and English:
# "Halaman tidak ditemukan", "Maaf, halaman yang Anda cari tidak ada", "Berita tidak
# tersedia", "Page not found", "Oops! That page can't be found", "Error 404", "404". A
# headline's "Jejak Pelaku Tidak Ditemukan" or "Polres Amankan 404 Knalpot Brong" is
# none: the page, article or post itself must be what is missing ("Konten tidak
# tersedia" is a region block, not a deletion).
_NOT_FOUND = re.compile(
    r"^\s*404\b|\b(?:error\s*404|404\s*(?:error|not found|page)|(?:halaman|page)\s+404"
    r"|not found|can.t be found|nothing found"
    r"|(?:halaman|artikel|berita|postingan|tulisan|page|post)\s+"
    r"(?:yang\s+(?:anda|kamu)\s+(?:cari|tuju)\s+)?(?:tidak|tak)\s+"
    r"(?:ditemukan|ada|tersedia|dapat\s+ditemukan))\b",
    re.IGNORECASE,
)


# What a post emptied for a takedown says instead of its text ("Berita ini telah dihapus
# oleh redaksi", "Konten ini telah dihapus", "This post has been removed"): read in the
# title, the headline, or the little text such a page has (helper-89's round: an editor
# emptied the post and WordPress kept answering 200).
_REMOVED = re.compile(
    r"^\W*(?:(?:mohon\s+)?maaf,?\s+|sorry,?\s+)?(?:(?:this|the)\s+)?"
    r"(?:berita|artikel|konten|halaman|postingan|tulisan|post|content|article|page|story)"
    r"\s+(?:ini\s+|this\s+)?(?:telah|sudah|has\s+been|was)\s+"
    r"(?:dihapus|diturunkan|ditarik|removed|deleted|taken\s+down|unpublished)\b"
    r"(?:\s+(?:oleh|by)\s+(?:redaksi|admin\w*|penulis|pengelola|the\s+editors?|editors?))?",
    re.IGNORECASE,
)
# After the notice in a title or headline, only the site's name may follow a separator
# ("Berita Telah Dihapus - Polres Contoh"): "Unggahan Sudah Dihapus, Pemilik Akun …"
# is a headline about a deletion (helper-91's review).
_NOTICE_END = re.compile(r"\W*(?:[-|–—:]\s.*)?$")
# The same in the words of a page's text (no bare "404", no "not found" of a file).
_NOT_FOUND_SAID = re.compile(
    r"\b(?:error\s*404|404\s*(?:error|not found)|(?:halaman|page)\s+404|page\s+not\s+found"
    r"|(?:halaman|artikel|berita|postingan|tulisan)\s+(?:yang\s+(?:anda|kamu)\s+"
    r"(?:cari|tuju)\s+)?(?:tidak|tak)\s+(?:ditemukan|ada|tersedia|dapat\s+ditemukan))\b",
    re.IGNORECASE,
)
# Text beyond this is an article's, whatever it says of some other post's removal.
_REMOVED_TEXT_CHARS = 400
# A "not found" notice as a line of such a text is this short.
_NOT_FOUND_LINE_CHARS = 80


def says_not_found(tree, md: PageMetadata, text: str = "") -> str | None:
    """Why a page judged no article says it is a "not found" page, or None.

    A site that answers a deleted post with 200 and its "Halaman tidak ditemukan"
    template (a soft 404: many Lokomedia and CodeIgniter portals, WordPress behind some
    caching plugins) took the article down as surely as a 404 does; read as a mere
    non-article, a takedown on such a site left no trace. Asked only of a page that is
    no article by ``judge_page``: an article about something "tidak ditemukan" keeps
    its text."""
    if "error404" in md.body_classes:
        return "body class error404"
    title = clean_space(tree.findtext(".//title") or "")
    for said in (title, *md.h1):
        if said and (_NOT_FOUND.search(said) or _removal_notice(said)):
            return f"it says {said[:60]!r}"
    if len(text) <= _REMOVED_TEXT_CHARS:
        removed = _REMOVED.match(text)  # the text opens with it: the notice is the page
        if removed:
            return f"it says {removed.group().strip()!r}"
        # A template with no title and no headline that says it in a line of its short
        # text: "Maaf, Berita tidak ditemukan." (a Lokomedia portal, under its ticker of
        # headlines: helper-117). In words: a ticker's "404 Kendaraan Terjaring …" or a
        # stray "File not found" over a database error is no takedown (helper-118).
        if not title and not any(md.h1):
            for line in text.split("\n"):
                line = line.strip()
                if len(line) <= _NOT_FOUND_LINE_CHARS and _NOT_FOUND_SAID.search(line):
                    return f"it says {line!r}"
    return None


def _removal_notice(said: str) -> bool:
    """A title or headline that is a removal notice and nothing more (``_REMOVED``, then
    at most the site's name after a separator)."""
    notice = _REMOVED.match(said)
    return notice is not None and _NOTICE_END.match(said, notice.end()) is not None


def teaser_lines(lines: list[str], titles: list[str]) -> int:
    """How many of the text's lines are a listed post's teaser (``TEASER_EXTRA_CHARS``)."""
    return sum(
        1
        for line in lines
        if any(title in line and len(line) >= len(title) + TEASER_EXTRA_CHARS for title in titles)
    )


def link_lines(lines: list[str], texts: frozenset[str]) -> list[str]:
    """The text's lines that are one of the page's links (``PageMetadata.link_texts``),
    maybe followed by a little more (a date, a count: under ``TEASER_EXTRA_CHARS``).
    A text that is at least ``LISTED_TITLES`` of them and, beside them, too little for
    an article is a list of links (``judge_page``): an index page. An article keeps its
    own words beside a list of related posts left in its text; so does a page whose
    text caught a ticker of headlines beside its story."""
    if not texts:
        return []
    return [
        line
        for line in lines
        if line in texts
        or any(line.startswith(t) and len(line) < len(t) + TEASER_EXTRA_CHARS for t in texts)
    ]


def judge_page(
    md: PageMetadata,
    url: str,
    text: str,
    min_text_chars: int,
    known_post: bool = False,
) -> str | None:
    """Return ``None`` for an article, else a short reason why the page is not one.

    ``text`` is the extracted text. ``known_post`` is set when discovery already knows
    the URL is a post (the WordPress API or a feed said so); then only an empty page is
    refused. A listing has only short teasers, or lines that are each a listed post's
    title and excerpt (Odoo's blog cards come out one line each).
    """
    text_chars = len(text)
    if text_chars < min_text_chars:
        return f"too little text ({text_chars} characters)"
    if known_post:
        return None
    body = md.body_classes
    wp_single = bool(body & _ARTICLE_BODY) or any(c.startswith("postid-") for c in body)
    if not wp_single and body & _LISTING_BODY:
        return "listing or static page (" + ", ".join(sorted(body & _LISTING_BODY)) + ")"
    if not wp_single and "page" in body and any(c.startswith("page-id-") for c in body):
        return "static page"
    if not wp_single and _static_post_class(md.headline):
        return "static page (type-page)"
    jsonld_article = bool(md.jsonld_types & ARTICLE_TYPES)
    listing_types = md.jsonld_types & NON_ARTICLE_TYPES
    # An article's own list of related news ("Berita Terkait" as an ItemList of
    # NewsArticle items) on a page that calls itself an article (og:type article): the
    # list is not the page (helper-98's trial lost such an article whole). Whether the
    # page is a listing is then its shape's question (linked titles, teasers), as for a
    # page that says nothing: some themes print og:type article on their category pages.
    related_list = listing_types == {"ItemList"} and says_article(md)
    if related_list:
        listing_types = set()
    if not jsonld_article and listing_types:
        return "listing page (" + ", ".join(sorted(listing_types)) + ")"
    if looks_like_non_article(url) and not (wp_single or jsonld_article):
        return "listing, archive or file URL"
    if says_article(md) and not (related_list and not (wp_single or jsonld_article)):
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    longest = max([md.longest_paragraph, *map(len, lines)])
    listed = max(md.linked_headings, len(md.listed_titles))
    if listed >= LISTED_TITLES and longest < 250:
        return f"listing page ({listed} linked titles, no long paragraph)"
    teasers = teaser_lines(lines, md.listed_titles) if listed >= LISTED_TITLES else 0
    if teasers >= LISTED_TITLES and teasers * 5 >= len(lines) * 3:
        return f"listing page ({teasers} of its {len(lines)} lines are teasers of listed posts)"
    linked = link_lines(lines, md.link_texts)
    beside = text_chars - sum(map(len, linked)) - len(linked)  # their line breaks too
    if len(linked) >= LISTED_TITLES and beside < min_text_chars:
        return (
            f"listing page ({len(linked)} of its {len(lines)} lines are links, "
            f"{max(beside, 0)} characters beside them)"
        )
    og_type = md.meta.get("og:type", "").lower()
    if og_type in {"website", "profile", "book", "video.other"} and text_chars < 3 * min_text_chars:
        return f"og:type {og_type}"
    return None
