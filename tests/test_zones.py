"""Issue 10: a site's time zone is learned from its own pages, never assumed to be WIB.

The site is tests/mutable_site.py (WordPress core markup, short releases written for
the tests), crawled with ``--url`` and no ``--tz``: pages that carry their own
``+08:00`` offset vote for WITA; a page that gives only a UTC value keeps it as UTC
until the site's zone is known, then later pages (and ``reextract``) read it in WITA.
"""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from scraper.archive import Archive
from scraper.archive.store import now_utc
from scraper.cli import cli
from tests.conftest import FAST
from tests.mutable_site import MutableSite, Post, serve_mutable

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=15)

TEXT = [
    "Pelaihari – Sat Samapta Polres Tanah Laut menggelar patroli malam di wilayah {place} "
    "pada Sabtu malam hingga Minggu dini hari untuk mencegah balap liar.",
    "Kapolres Tanah Laut melalui Kasi Humas mengatakan patroli menyasar titik rawan "
    "pencurian kendaraan bermotor dan tempat berkumpulnya remaja di {place}.",
    "Petugas juga memberikan imbauan kepada warga agar menjaga keamanan lingkungan dan "
    "segera melapor ke polisi bila melihat hal mencurigakan di {place}.",
]


def post(slug: str, published: str) -> Post:
    place = slug.replace("-", " ").title()
    return Post(
        slug=slug,
        title=f"Patroli Malam Polres Tanah Laut Sisir Wilayah {place}",
        paragraphs=[p.format(place=place) for p in TEXT],
        published=published,
    )


def crawl(base: str, db, *extra: str):
    return CliRunner().invoke(cli, ["crawl", "--url", base, "--db", str(db), *FAST, *extra])


def published(db) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, published_at from articles").fetchall()
    finally:
        conn.close()
    return {url.rstrip("/").rsplit("/", 1)[1]: value for url, value in rows}


def test_zone_learned_from_the_sites_pages_then_used(tmp_path):
    site = MutableSite()
    for i, place in enumerate(["pelaihari", "bati-bati", "takisung", "jorong"]):
        site.posts[place] = post(place, f"2023-11-1{i}T21:30:00+08:00")
    site.posts["kintap"] = post("kintap", "2023-11-15T13:30:00Z")  # only a UTC value
    db = tmp_path / "z.db"
    with serve_mutable(site) as base:
        first = crawl(base, db)
        assert first.exit_code == 0, first.output
        assert "times read in" not in first.output  # nothing known before the first crawl
        values = published(db)
        assert values["pelaihari"] == "2023-11-10T21:30:00+08:00"
        assert values["kintap"] == "2023-11-15T13:30:00+00:00"  # not moved to WIB
        host = base.split("//")[1].rstrip("/")
        with Archive.open(db) as archive:
            assert archive.learned_zone(host)[0] == "Asia/Makassar"

        site.posts["asam-asam"] = post("asam-asam", "2023-11-16T02:00:00Z")
        second = crawl(base, db)
        assert second.exit_code == 0, second.output
        assert "times read in Asia/Makassar, learned from its pages" in second.output
        assert "4 of 4 pages (offset +08:00 in meta 4)" in second.output
        assert published(db)["asam-asam"] == "2023-11-16T10:00:00+08:00"

        # The old UTC-only page, read again from its raw page in the learned zone.
        result = CliRunner().invoke(cli, ["reextract", "--db", str(db), "--workers", "0"])
        assert result.exit_code == 0, result.output
        assert "1 changed (new versions)" in result.output
        assert published(db)["kintap"] == "2023-11-15T21:30:00+08:00"

        site.posts["kurau"] = post("kurau", "2023-11-17T02:00:00Z")
        third = crawl(base, db, "--tz", "Asia/Jakarta")  # --tz wins over what was learned
        assert third.exit_code == 0 and "times read in" not in third.output
        assert published(db)["kurau"] == "2023-11-17T09:00:00+07:00"


def test_a_foreign_offset_is_kept_and_not_learned(tmp_path):
    site = MutableSite()
    for i, place in enumerate(["berlin", "hamburg", "koeln", "bonn"]):
        site.posts[place] = post(place, f"2023-11-1{i}T09:30:00+01:00")
    db = tmp_path / "f.db"
    with serve_mutable(site) as base:
        result = crawl(base, db)
        assert result.exit_code == 0, result.output
        assert set(published(db).values()) == {f"2023-11-1{i}T09:30:00+01:00" for i in range(4)}
        again = crawl(base, db)
        assert "times read in" not in again.output
    with Archive.open(db) as archive:
        assert archive.db["site_zone_votes"].count == 0


def test_disagreeing_pages_teach_nothing(tmp_path):
    with Archive.open(tmp_path / "v.db", create=True) as archive:
        now = now_utc()
        with archive.db.atomic():
            for _ in range(8):
                archive.vote_zone("contoh.id", "Asia/Makassar", "label WITA", now)
            archive.vote_zone("contoh.id", "Asia/Jakarta", "label WIB", now)
            archive.vote_zone("contoh.id", "Asia/Jakarta", "offset +07:00 in meta", now)
            archive.vote_zone("kecil.id", "Asia/Jayapura", "label WIT", now)
        assert archive.learned_zone("contoh.id") is None  # 8 of 10: not 90%
        assert archive.learned_zone("kecil.id") is None  # one page is not enough
        with archive.db.atomic():
            for _ in range(12):
                archive.vote_zone("contoh.id", "Asia/Makassar", "label WITA", now)
        zone, evidence = archive.learned_zone("contoh.id")
        assert zone == "Asia/Makassar" and evidence.startswith("20 of 22 pages")
