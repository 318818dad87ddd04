"""A server-rendered Next.js news portal (``tests/platforms/nextjs.py``), crawled with no
definition: every article once, whole, with its title, WIB time and reporter."""

from __future__ import annotations

from pathlib import Path

from scraper.crawl import run_crawl
from scraper.reading import read_page
from scraper.sites import SiteDefinition
from tests.conftest import stored_articles
from tests.platforms import nextjs

FAST = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
CHROME = ("Baca Juga", "Editor:", "Bagikan", "Salin Tautan", "Berita Terkait", "Selanjutnya")


def crawl(base: str, db: Path):
    return run_crawl([SiteDefinition.for_url(base)], db, dict(FAST))


def test_a_nextjs_portal_is_archived_once_whole_with_its_reporters(tmp_path):
    with nextjs.serve_nextjs() as served:
        base = str(served)
        first = crawl(base, tmp_path / "a.db")
        second = crawl(base, tmp_path / "a.db")
    assert first.status == "ok", first.line()
    articles, aliases = stored_articles(tmp_path / "a.db")
    # Every article once under its canonical URL; no index, kanal, tag or static page.
    got = {u: (t, p, a) for u, (t, p, a, _) in articles.items()}
    want = {u: (t, p, [a]) for u, (t, p, a) in nextjs.expected(base).items()}
    assert got == want
    root = base.rstrip("/")
    for post in nextjs.POSTS:
        text = articles[root + post.path][3]
        positions = [text.index(p) for p in post.release.paragraphs]
        assert positions == sorted(positions)
        assert all(text.count(p) == 1 for p in post.release.paragraphs)
        assert not any(c in text for c in CHROME), (post.path, text)
    # A split article's page 2 and the share and related links are its aliases.
    for number in nextjs.SPLIT:
        url = root + nextjs.POSTS[number].path
        assert aliases[url + "?page=2"] == url
    assert any("utm_source=related" in a for a in aliases)
    # The next night finds nothing new.
    assert second.counts.articles_new == 0 and second.counts.articles_updated == 0
    assert len(stored_articles(tmp_path / "a.db")[0]) == len(nextjs.POSTS)


def test_a_nextjs_portal_s_amp_twin_is_a_variant_of_the_article():
    """The AMP page names the article as canonical: read, it is no article of its own."""
    base = "http://127.0.0.1:9/"
    post = nextjs.POSTS[0]
    page = nextjs._amp(base, post)
    reading = read_page(page, base + post.amp_path.lstrip("/"), True, SiteDefinition.for_url(base))
    assert reading.result is None
    assert reading.links.canonical == base + post.path.lstrip("/")
