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
