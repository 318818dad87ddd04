"""Decide whether a fetched page is one article or something else.

Tag, category, author, search and date archives, page-2 listings, attachment pages,
static pages and files are never stored as articles. The decision uses what the page
says about itself (WordPress body classes, JSON-LD types, og:type) before falling back
to the URL's shape and the amount of text.
"""

from __future__ import annotations

from scraper.extract.metadata import ARTICLE_TYPES, NON_ARTICLE_TYPES, PageMetadata
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


def judge_page(
    md: PageMetadata,
    url: str,
    text_chars: int,
    min_text_chars: int,
    known_post: bool = False,
    longest_line: int | None = None,
) -> str | None:
    """Return ``None`` for an article, else a short reason why the page is not one.

    ``known_post`` is set when discovery already knows the URL is a post (the WordPress
    API or a feed said so); then only an empty page is refused. ``longest_line`` is the
    longest line of the extracted text: a listing has only short teasers.
    """
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
    jsonld_article = bool(md.jsonld_types & ARTICLE_TYPES)
    if not jsonld_article and md.jsonld_types & NON_ARTICLE_TYPES:
        return "listing page (" + ", ".join(sorted(md.jsonld_types & NON_ARTICLE_TYPES)) + ")"
    if looks_like_non_article(url) and not (wp_single or jsonld_article):
        return "listing, archive or file URL"
    og_type = md.meta.get("og:type", "").lower()
    if wp_single or jsonld_article or og_type == "article":
        return None
    longest = max(md.longest_paragraph, longest_line or 0)
    if md.linked_headings >= 4 and longest < 250:
        return f"listing page ({md.linked_headings} linked headings, no long paragraph)"
    if og_type in {"website", "profile", "book", "video.other"} and text_chars < 3 * min_text_chars:
        return f"og:type {og_type}"
    return None
