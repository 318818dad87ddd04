"""Tribratanews Polres Tanah Laut (Polda Kalsel), a Blogger blog on its own domain.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import blogger

SITE = blogger(
    "https://tribratanews.polrestala.com/",
    owner="polri-polres",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    region="Kabupaten Tanah Laut",
    description="Polres Tanah Laut news (Tribratanews)",
    source=(
        "Blogger: public daily archive pages "
        "https://tribratanews.polrestala.com/2024_02_26_archive.html, /2025_09_25_archive.html and "
        "/2026_01_19_archive.html (Blogger's archive URL shape); read 2026-12-03 from saved copies "
        "(the live site was not visited)"
    ),
)
