"""A portal that links every page relative to its ``<base href>``
(``tests/platforms/base_href.py``): every article once, under the address the base
makes of its links, found through the category pages the home page links.

Before (helper-103's trial, session 43): links were joined with the page's own URL,
the category pages' links were all 404s, and only the three articles on the home page
were archived, with exit 0.
"""

from __future__ import annotations

import pytest

from scraper.extract.page import parse_html
from scraper.reading import read_links
from tests.conftest import crawl_two_nights, stored_articles
from tests.platforms import base_href

pytestmark = pytest.mark.long(seconds=15)


def test_a_portal_linking_relative_to_its_base_is_archived_whole(tmp_path):
    db = tmp_path / "b.db"
    with base_href.serve_base_href() as served:
        first, _, asked = crawl_two_nights(served, db)
    articles, _ = stored_articles(db)
    got = {u: (t, p) for u, (t, p, _, _) in articles.items()}
    assert got == base_href.expected(served)
    assert first.counts.error_kinds.get("http_404", 0) == 0, first.line()
    assert not [t for t in asked if t.startswith("/kategori/") and "berita/detail" in t]


def test_links_resolve_against_the_base_and_the_page_without_one():
    page = parse_html(
        '<html><head><base href="https://portal.example/"><link rel="canonical" '
        'href="berita/detail/7-apel.html"></head><body><a href="kategori/hukum/">H</a>'
        "</body></html>"
    )
    links = read_links(page, listing=True)
    assert links.base == "https://portal.example/"
    assert links.resolved_against("https://portal.example/kategori/peristiwa/") == (
        "https://portal.example/"
    )
    plain = read_links(parse_html("<html><body><a href='x/'>x</a></body></html>"), True)
    assert plain.base is None
    assert plain.resolved_against("https://portal.example/a/") == "https://portal.example/a/"
