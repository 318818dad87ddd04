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
