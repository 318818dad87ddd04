"""A page that lists the site's posts, reached as a candidate article, is read again on
every night: its new posts are found.

Odoo's national Tribratanews links its blog index from the home page as "Lihat Semua
Berita" (``/blog/berita-1``), a URL with no listing's shape, so the crawl fetched it as
a candidate article, judged it a listing and remembered it in ``non_articles``; from
then on it was skipped as known, and every post the home page did not show was lost
(helper-81's trial: 36 of 44 after the second night, the crawl "ok"). The site below is
that shape reduced: a home page with the two newest posts and the link to the index,
the index with every post, no sitemap, feed or API.
"""

from __future__ import annotations

import sqlite3
from html import escape

import pytest

from tests.platforms._server import HTML, NOT_FOUND, serve

pytestmark = pytest.mark.long(seconds=15)

PARAGRAPHS = (
    "Satuan Reserse Narkoba Polres {n} menangkap dua pengedar sabu di sebuah rumah kontrakan"
    " pada Kamis malam setelah menerima laporan warga tentang transaksi mencurigakan.",
    "Dari tangan para tersangka polisi menyita 12 paket sabu seberat 24,5 gram, timbangan"
    " digital, plastik klip dan dua telepon genggam yang dipakai untuk bertransaksi.",
    "Kedua tersangka dijerat Pasal 114 ayat (2) juncto Pasal 112 ayat (2) Undang-Undang"
    " Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman penjara seumur hidup.",
)


def _post(n: int) -> tuple[str, str, str]:
    """(path, title, page) of post ``n``: newer posts have higher numbers."""
    path = f"/blog/berita-1/pengedar-sabu-ditangkap-{n}"
    title = f"Polres Nomor {n} Tangkap Dua Pengedar Sabu di Rumah Kontrakan"
    body = "".join(f"<p>{escape(p.format(n=n))}</p>" for p in PARAGRAPHS)
    stamp = f"2024-01-{n:02d} 03:12:00"
    page = (
        "<html lang='id'><head><meta name='generator' content='Odoo'>"
        f"<meta property='og:type' content='article'><meta property='og:title' content="
        f"'{title}'><meta property='article:published_time' content='{stamp}'>"
        f"<title>{title} | Tribratanews</title></head><body><main><h1 id='o_wblog_post_name'>"
        f"{title}</h1><div class='o_wblog_post_content_field'>{body}</div></main></body></html>"
    )
    return path, title, page


def _teasers(numbers: list[int]) -> str:
    items = []
    for n in numbers:
        path, title, _ = _post(n)
        items.append(
            f"<article class='o_wblog_post'><h2><a href='{path}'>{escape(title)}</a></h2>"
            "<p>Polisi menangkap dua pengedar sabu.</p></article>"
        )
    return "".join(items)


def make_site(posts: list[int]):
    def factory(base: str):
        def answer(target: str):
            path = target.split("?")[0]
            newest = sorted(posts, reverse=True)
            if path == "/":
                main = _teasers(newest[:2]) + "<a href='/blog/berita-1'>Lihat Semua Berita</a>"
                return 200, HTML, f"<html><body><h1>Tribratanews</h1>{main}</body></html>"
            if path == "/blog/berita-1":
                main = f"<div id='o_wblog_posts_loop_container'>{_teasers(newest)}</div>"
                return 200, HTML, f"<html><body><h1>Berita</h1>{main}</body></html>"
            for n in posts:
                post_path, _, page = _post(n)
                if path == post_path:
                    return 200, HTML, page
            return NOT_FOUND

        return answer

    return factory


def test_a_listing_reached_as_a_candidate_is_read_again_each_night(tmp_path):
    from scraper.crawl import run_crawl
    from scraper.sites import site_for_url

    db = tmp_path / "a.db"
    posts = list(range(1, 9))
    fast = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
    with serve(make_site(posts)) as served:
        first = run_crawl([site_for_url(str(served))], db, dict(fast))
        posts += [9, 10, 11]  # the next day: three posts; the home page shows two
        second = run_crawl([site_for_url(str(served))], db, dict(fast))
        asked = list(served.requests)
    assert first.status == "ok" and first.counts.articles_new == 8, first.line()
    assert second.status == "ok" and second.counts.articles_new == 3, second.line()
    with sqlite3.connect(db) as conn:
        stored = {url.split("/")[-1] for (url,) in conn.execute("select url from articles")}
        (reason,) = conn.execute("select reason from non_articles").fetchone()
    assert stored == {f"pengedar-sabu-ditangkap-{n}" for n in range(1, 12)}
    assert reason.startswith("listing page")
    assert asked.count("/blog/berita-1") == 2  # once a night


def test_a_listing_is_fetched_again_but_counts_as_known_for_the_paging_rule(tmp_path):
    """Read again each night, a section's page must still count as known when a listing
    page's links are weighed ("every article on this page is known: stop paging"): a
    section linked from every listing page kept every listing paging to its end every
    night (helper-83's review). A page typed as about the site ("Redaksi", Yoast's
    AboutPage) is not a listing to read again."""
    from scraper.archive import Archive
    from scraper.archive.known import KnownArticles

    db = tmp_path / "k.db"
    with Archive.open(db, create=True) as archive:
        archive.db["non_articles"].insert_all(
            [
                {
                    "url": "https://a.id/nasional/",
                    "site": "a.id",
                    "seen_at": "2026-01-01",
                    "reason": "listing page (12 linked titles, no long paragraph)",
                },
                {
                    "url": "https://a.id/redaksi/",
                    "site": "a.id",
                    "seen_at": "2026-01-01",
                    "reason": "listing page (AboutPage)",
                },
            ]  # fmt: skip
        )
    known = KnownArticles(db)
    try:
        assert not known.is_non_article("https://a.id/nasional/")
        assert known.judged_before("https://a.id/nasional/")
        assert known.is_non_article("https://a.id/redaksi/")
        assert not known.judged_before("https://a.id/berita/baru/")
    finally:
        known.close()
