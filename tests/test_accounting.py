"""Issue 8: no article is lost without a trace.

The regression test reproduces, deterministically, how articles were lost: an article
page's post navigation (``<a rel="next">`` to the neighbouring post) was taken for
listing pagination, so the neighbour was fetched as a listing page (links followed,
never extracted) and the dupefilter then dropped its real article request from the
sitemap. The sitemap is made to answer late here, which is what load did by chance.
"""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from scraper.cli import cli
from tests.conftest import FAST
from tests.mutable_site import MutableSite, Post, serve_mutable

PARAGRAPHS = [
    "Pelaihari – Sat Samapta Polres Tanah Laut menggelar patroli malam menyisir jalan rawan "
    "di wilayah Kecamatan {place} pada Sabtu (11/11/2023) malam hingga Minggu dini hari.",
    "Kapolres Tanah Laut AKBP Rofikoh Yunianto melalui Kasi Humas AKP Joko Sutrisno "
    "mengatakan patroli menyasar titik yang kerap dipakai balap liar dan pencurian "
    "kendaraan bermotor di {place}.",
    "Petugas juga memberikan imbauan kepada warga yang masih berkumpul di pinggir jalan agar "
    "segera pulang dan menjaga keamanan lingkungan menjelang Pemilu 2024.",
]


def _post(slug: str, place: str, day: int) -> Post:
    return Post(
        slug=slug,
        title=f"Sisir Jalan Rawan, Tim Patroli Polres Tanah Laut Sambangi {place}",
        paragraphs=[p.format(place=place) for p in PARAGRAPHS],
        published=f"2023-11-{day:02d}T21:30:00+08:00",
    )


def _articles(db) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("select url from articles")}
    finally:
        conn.close()


def test_post_navigation_does_not_hide_articles(tmp_path):
    """Fails before the fix: only the home page's article was stored, exit status 0."""
    site = MutableSite(navigation=True, sitemap=True)
    for slug, place, day in (
        ("patroli-pelaihari", "Pelaihari", 11),
        ("patroli-bati-bati", "Bati-Bati", 12),
        ("patroli-takisung", "Takisung", 13),
    ):
        site.posts[slug] = _post(slug, place, day)
    site.home = ["patroli-pelaihari"]  # the others are in the sitemap only ...
    site.delays["/sitemap.xml"] = 2.0  # ... which answers after the first article
    db = tmp_path / "a.db"
    with serve_mutable(site) as base:
        result = CliRunner().invoke(
            cli, ["crawl", "--url", base, "--tz", "Asia/Makassar", "--db", str(db), *FAST]
        )
    assert result.exit_code == 0, result.output
    assert _articles(db) == {f"{base}{slug}/" for slug in site.posts}
    assert "3 new" in result.output
    # Each article page was fetched once: no second fetch was needed to find them.
    assert all(site.hits.get(f"/{slug}/") == 1 for slug in site.posts), site.hits


class DropOnePage:
    """A test double of a faulty pipeline: it drops the page of one article, silently."""

    def process_item(self, item):
        from scrapy.exceptions import DropItem

        if type(item).__name__ == "ReadPage" and "patroli-bati-bati" in item.url:
            raise DropItem("dropped by a faulty pipeline")
        return item


def test_a_pipeline_that_drops_an_item_makes_the_crawl_partial_and_names_it(tmp_path):
    import json

    from scraper.settings import PLUMBING

    site = MutableSite()
    for slug, place, day in (
        ("patroli-pelaihari", "Pelaihari", 11),
        ("patroli-bati-bati", "Bati-Bati", 12),
    ):
        site.posts[slug] = _post(slug, place, day)
    pipelines = {**PLUMBING["ITEM_PIPELINES"], f"{__name__}.DropOnePage": 200}
    db = tmp_path / "a.db"
    with serve_mutable(site) as base:
        result = CliRunner().invoke(
            cli,
            [
                "crawl",
                "--url",
                base,
                "--db",
                str(db),
                "--quiet",
                *FAST,
                "-s",
                f"ITEM_PIPELINES={json.dumps(pipelines)}",
            ],
        )
    dropped = f"{base}patroli-bati-bati/"
    assert result.exit_code == 3, result.output
    assert "unaccounted: 1" in result.output
    assert dropped in result.output  # the warning names it
    conn = sqlite3.connect(db)
    status, unaccounted = conn.execute(
        "select status, unaccounted from crawl_runs order by id desc limit 1"
    ).fetchone()
    assert status == "partial"
    assert json.loads(unaccounted) == [dropped]
    assert _articles(db) == {f"{base}patroli-pelaihari/"}


def test_every_fetched_article_page_has_one_outcome(tmp_path):
    """The summary's outcomes add up to the article pages fetched (crawl_runs)."""
    site = MutableSite(navigation=True, sitemap=True)
    for slug, place, day in (
        ("patroli-pelaihari", "Pelaihari", 11),
        ("patroli-bati-bati", "Bati-Bati", 12),
    ):
        site.posts[slug] = _post(slug, place, day)
    site.posts["dihapus"] = Post(
        "dihapus", "Berita yang dihapus", ["x"], "2023-11-01T08:00:00+08:00", status=404
    )
    db = tmp_path / "a.db"
    with serve_mutable(site) as base:
        result = CliRunner().invoke(
            cli, ["crawl", "--url", base, "--db", str(db), "--quiet", *FAST]
        )
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    run = conn.execute("select * from crawl_runs").fetchone()
    import json

    page_errors = json.loads(run["error_kinds"]).get("http_404", 0)
    outcomes = (
        run["articles_new"]
        + run["articles_updated"]
        + run["articles_unchanged"]
        + run["articles_duplicate"]
        + run["pages_not_article"]
        + run["articles_gone"]
        + page_errors
    )
    assert run["article_pages_fetched"] == outcomes == 3
    assert json.loads(run["unaccounted"]) == []
