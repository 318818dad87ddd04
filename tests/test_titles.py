"""The article's title without the site's name (``scraper.extract.titles``)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scraper.extract import extract_article

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
TEXT = "".join(
    f"<p>Polres Mimika menggelar apel pagi di halaman Mapolres nomor {i} bersama seluruh "
    "personel, dan Kapolres menyampaikan arahan tentang pengamanan wilayah.</p>"
    for i in range(4)
)


def page(og_title: str, site_name: str) -> str:
    return (
        f'<html><head><meta property="og:title" content="{og_title}">'
        f'<meta property="og:site_name" content="{site_name}"><title>{og_title}</title>'
        f"</head><body><article>{TEXT}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("og_title", "site_name", "title"),
    [
        # A site name with a separator of its own: only its last part was taken for the
        # site's, and " | Kabar Mimika" stayed.
        (
            "Apel Pagi di Mapolres Mimika | Kabar Mimika - Berita Papua Tengah",
            "Kabar Mimika - Berita Papua Tengah",
            "Apel Pagi di Mapolres Mimika",
        ),
        # The headline's own last part stays: only the site's name goes (the word test
        # alone cut "- Apel Pagi" too, as a part holding a word of the site's name).
        (
            "Kapolres Mimika Pimpin Dua Kegiatan - Apel Pagi | Kabar Mimika",
            "Kabar Mimika",
            "Kapolres Mimika Pimpin Dua Kegiatan - Apel Pagi",
        ),
    ],
)
def test_the_sites_exact_name_is_taken_off_the_title_and_nothing_more(og_title, site_name, title):
    record = extract_article(page(og_title, site_name), "https://kabarmimika.id/apel/", FETCHED)
    assert record.title == title


def ld_page(headline: str, site_name: str, h1: str) -> str:
    ld = f'{{"@type": "NewsArticle", "headline": "{headline}"}}'
    return (
        f'<html><head><meta property="og:site_name" content="{site_name}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><h1>{h1}</h1><article>{TEXT}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("headline", "site_name"),
    [
        # A last part of the headline's own that shares a word with og:site_name or a
        # host label ("Polda", "Kalsel"), or holds a site word inside one of its own
        # ("di" of "Kabar di Kalsel" in "Diamankan"): the og:title's word test cut each.
        ("Polda Kalsel Gelar Operasi Zebra - Polda Kalsel Siap Amankan Nataru", "Tribratanews"),
        ("Banjir Rendam Tiga Desa di Tapin | Kalsel Hari Ini", "Tribratanews Polda Kalsel"),
        ("Pencuri Motor Ditangkap Warga - Pelaku Diamankan Polisi", "Kabar di Kalsel"),
        # A site name of one common word.
        ("Warga Desa Gelar Syukuran Panen - Berita Baik di Akhir Tahun", "Berita"),
        ("Pemkot Luncurkan Aplikasi Baru - Newsletter Mingguan Dibuka", "News"),
    ],
)
def test_a_json_ld_headline_keeps_its_own_last_part(headline, site_name):
    url = "https://tribratanews.kalsel.polri.go.id/2024/01/operasi/"
    for h1 in (headline, site_name):  # shown whole as the headline, or a logo's <h1>
        record = extract_article(ld_page(headline, site_name, h1), url, FETCHED)
        assert record.title == headline, h1


@pytest.mark.parametrize(
    "headline",
    [
        "Pencuri Motor Ditangkap Warga - Tribratanews Polda Kalsel",
        "Pencuri Motor Ditangkap Warga | TRIBRATANEWS KALSEL",
        "Pencuri Motor Ditangkap Warga - Kalsel.Polri.go.id",
    ],
)
def test_a_json_ld_headline_still_loses_the_sites_name(headline):
    # Rank Math's SEO title as the headline: a last part of nothing but the site's
    # name or host words goes.
    url = "https://tribratanews.kalsel.polri.go.id/2024/01/pencuri/"
    page = ld_page(headline, "Tribratanews Polda Kalsel", "Tribratanews Polda Kalsel")
    assert extract_article(page, url, FETCHED).title == "Pencuri Motor Ditangkap Warga"
