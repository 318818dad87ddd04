"""The site's own number for a post, which stays when its slug, title or text change.

An editor who fixes a headline on WordPress changes the post's slug too, and the old
URL answers a redirect (or, with no redirect plugin, 404). The new URL names itself as
canonical and its text may be edited as well: nothing in the URL or the text says it
is the post already stored. The number the CMS gives the post says it (helper-92's
busy nights: edited and renamed posts became second articles, and headline fixes
never reached the row). Read from what the platforms print on every post page:

* WordPress: the body class ``postid-123`` (``body_class()`` on single posts), the
  shortlink ``<link rel="shortlink" href="…/?p=123">`` and the REST API's
  ``<link rel="alternate" type="application/json" href="…/wp-json/wp/v2/posts/123">``;
* Blogger: ``<meta itemprop="postId" content="…">`` in the post's microdata.

Values that disagree give no number: a page that names two posts is not trusted to be
either. A multisite WordPress serves several blogs on one host, each numbering its
own posts, so the store also asks for the same publication time before it believes
that two URLs are one post, or for a path that differs in numbers alone and a text
that agrees (a post re-dated, its date-based permalink moved: ``scraper.archive.store``).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from lxml.html import HtmlElement

_BODY_POSTID = re.compile(r"^postid-(\d+)$")
_REST_POST = re.compile(r"/wp-json/wp/v2/posts/(\d+)/?$")


def site_post_id(tree: HtmlElement, body_classes: frozenset[str], meta_all: dict) -> str | None:
    """``"wp:123"`` or ``"blogger:8471…"`` for a post page; None when the page names no
    post number, or more than one. ``body_classes`` and ``meta_all`` are the page's as
    ``read_metadata`` collected them (``PageMetadata``)."""
    wordpress = {m.group(1) for c in body_classes if (m := _BODY_POSTID.match(c))}
    root = tree.getroottree().getroot()
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "shortlink" in rel:
            values = parse_qs(urlsplit(href).query).get("p", [])
            wordpress.update(v for v in values if v.isdigit())
        elif "alternate" in rel and "json" in (link.get("type") or ""):
            match = _REST_POST.search(urlsplit(href).path)
            if match:
                wordpress.add(match.group(1))
    blogger = {v for v in meta_all.get("postid", []) if v.isdigit()}
    if len(wordpress) + len(blogger) != 1:
        return None
    return f"wp:{wordpress.pop()}" if wordpress else f"blogger:{blogger.pop()}"
