"""A CodeIgniter 3 portal whose addresses route through the query string
(``tests/platforms/codeigniter_qs.py``), crawled as a new user points ``newsarchive
crawl --url`` at it: every article once, under the address its pages link, and its
revisits asking that same address.

Before (helper-102's trial, session 43): the archive's key spelled the route
``?/berita/baca/125/slug`` as a parameter (``?%2Fberita%2Fbaca%2F125%2Fslug=``), the
crawl requested that spelling, the site answered 400 ("disallowed characters") and
nothing was archived; on a site answering 404 instead, a revisit of such a key took
every stored article down.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import crawl_two_nights, stored_articles
from tests.platforms import codeigniter_qs

pytestmark = pytest.mark.long(seconds=15)


def test_a_query_routed_portal_is_archived_and_revisited_at_its_own_addresses(tmp_path):
    from scraper.crawl import run_crawl
    from scraper.sites import site_for_url

    db = tmp_path / "ci.db"
    with codeigniter_qs.serve_codeigniter() as served:
        first, asked, _ = crawl_two_nights(served, db)
        articles, _ = stored_articles(db)
        assert {u: (t, p) for u, (t, p, _, _) in articles.items()} == codeigniter_qs.expected(
            served
        )
        assert not [t for t in served.requests if "%" in t or t.endswith("=")]
        # The revisits, due: each asks the stored address, which the site answers.
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("update article_checks set next_check_at = '2000-01-01T00:00:00+00:00'")
        conn.close()
        before = len(served.requests)
        third = run_crawl([site_for_url(str(served))], db, {"AUTOTHROTTLE_START_DELAY": 0.01})
        revisited = served.requests[before:]
    assert third.status == "ok", third.line()
    assert third.counts.articles_gone == 0, third.line()
    assert {p.path for p in codeigniter_qs.POSTS} <= set(revisited)
