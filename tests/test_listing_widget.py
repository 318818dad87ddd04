"""A later night's crawl stops paging a listing at its first page whose own posts were
all archived before, though a "Berita Terbaru" widget on every page lists new ones.

WordPress's Recent Posts widget prints the site's newest posts in the sidebar of every
page. After a day with new posts, every listing page linked articles not archived
before the run, so every listing was read to its last page on every busy night
(helper-92's busy nights: all 13 home pages and all 13 category pages for posts on the
first four). The site below is a GeneratePress-like WordPress blog reduced to that
shape: five posts a listing page, ``/page/N/``, the widget with the three newest posts
on every page, no sitemap, feed or API.
"""

from __future__ import annotations

import sqlite3
from html import escape

import pytest

from tests.platforms._server import HTML, NOT_FOUND, serve

pytestmark = pytest.mark.long(seconds=12)

PER_PAGE = 5
TEXT = (
    "Satlantas Polres Tanah Laut menggelar patroli {n} di jalan trans Kalimantan pada Senin"
    " malam untuk mencegah balap liar dan menertibkan kendaraan tanpa lampu.",
    "Petugas menegur {n} pengendara, memeriksa surat kendaraan dan membagikan brosur"
    " keselamatan berlalu lintas kepada warga yang melintas di Pelaihari.",
    "Kasat Lantas mengatakan patroli serupa akan digelar setiap akhir pekan hingga akhir"
    " tahun bersama Polsek jajaran dan Dinas Perhubungan Kabupaten Tanah Laut.",
)


def _title(n: int) -> str:
    return f"Patroli Malam Satlantas Ke-{n} Tertibkan Pengendara"


def _path(n: int) -> str:
    return f"/patroli-malam-satlantas-ke-{n}/"


def _page(title: str, main: str, newest: list[int], body_class: str, head: str = "") -> str:
    widget = "".join(f"<li><a href='{_path(n)}'>{escape(_title(n))}</a></li>" for n in newest[:3])
    return (
        f"<html lang='id-ID'><head><title>{escape(title)}</title>{head}</head>"
        f"<body class='{body_class}'><main id='main' class='site-main'>{main}</main>"
        "<aside class='widget widget_recent_entries'><h2 class='widget-title'>Berita Terbaru"
        f"</h2><ul>{widget}</ul></aside></body></html>"
    )


def make_site(posts: list[int], more_news: bool = False):
    """``more_news``: the home page also shows the next page's posts, as "Berita
    Lainnya" (a portal's home page)."""

    def factory(base: str):
        def answer(target: str):
            path = target.split("?")[0]
            newest = sorted(posts, reverse=True)
            number = 1
            if path.startswith("/page/"):
                number = int(path.split("/")[2])
            if path == "/" or path.startswith("/page/"):
                shown = newest[(number - 1) * PER_PAGE : number * PER_PAGE]
                if not shown:
                    return NOT_FOUND
                cards = "".join(
                    f"<article class='post'><h2 class='entry-title'><a href='{_path(n)}'>"
                    f"{escape(_title(n))}</a></h2></article>"
                    for n in shown
                )
                if more_news and number == 1:
                    cards += (
                        "<section class='more'><h3>Berita Lainnya</h3>"
                        + "".join(
                            f"<a href='{_path(n)}'>{escape(_title(n))}</a>"
                            for n in newest[PER_PAGE : 2 * PER_PAGE]
                        )
                        + "</section>"
                    )
                if number * PER_PAGE < len(newest):
                    cards += (
                        f"<a class='next page-numbers' href='/page/{number + 1}/'>Berikutnya »</a>"
                    )
                return 200, HTML, _page("Polres Contoh", cards, newest, "home blog")
            for n in posts:
                if path == _path(n):
                    body = "".join(f"<p>{escape(p.format(n=n))}</p>" for p in TEXT)
                    head = (
                        "<meta property='og:type' content='article'>"
                        f"<meta property='article:published_time' content='2024-01-{n:02d}"
                        "T20:00:00+08:00'>"
                    )
                    main = (
                        f"<article><h1 class='entry-title'>{escape(_title(n))}</h1>{body}</article>"
                    )
                    return 200, HTML, _page(_title(n), main, newest, f"single postid-{n}", head)
            return NOT_FOUND

        return answer

    return factory


def test_a_busy_night_pages_a_listing_only_as_far_as_its_new_posts(tmp_path):
    from scraper.crawl import run_crawl
    from scraper.sites import site_for_url

    db = tmp_path / "w.db"
    posts = list(range(1, 26))  # 25 posts: five listing pages
    fast = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
    with serve(make_site(posts)) as served:
        first = run_crawl([site_for_url(str(served))], db, dict(fast))
        night1 = len(served.requests)
        posts += [26, 27, 28]  # the next day: three posts, the home page shows them
        second = run_crawl([site_for_url(str(served))], db, dict(fast))
        night2 = served.requests[night1:]
    assert first.counts.articles_new == 25, first.line()
    assert second.status == "ok" and second.counts.articles_new == 3, second.line()
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("select count(*) from articles").fetchone()
    assert stored == 28
    # Page 2 lists five posts archived the night before (the widget's three new ones
    # were on the home page too): no page after it is read.
    listing_pages = sorted(r for r in night2 if r.startswith("/page/"))
    assert listing_pages == ["/page/2/"], night2


def test_a_page_whose_posts_the_home_page_showed_too_is_paged_past(tmp_path):
    """helper-93's review: a home page showing the next page's posts as "Berita
    Lainnya" left page 2 with no post of its own, and paging stopped there, though
    page 3 held two posts new that night: lost, the crawl "ok"."""
    from scraper.crawl import run_crawl
    from scraper.sites import site_for_url

    db = tmp_path / "m.db"
    posts = list(range(1, 26))
    fast = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
    with serve(make_site(posts, more_news=True)) as served:
        run_crawl([site_for_url(str(served))], db, dict(fast))
        posts += list(range(26, 38))  # twelve new posts: the home page shows ten
        second = run_crawl([site_for_url(str(served))], db, dict(fast))
    assert second.counts.articles_new == 12, second.line()
