"""Humas Polres Tanah Laut (Polda Kalsel), a Blogger blog on its own domain.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import blogger

SITE = blogger(
    "https://humas.polrestala.com/",
    owner="polri-polres",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    region="Kabupaten Tanah Laut",
    description="Seksi Humas Polres Tanah Laut blog",
    source=(
        "Blogger: public page "
        "https://humas.polrestala.com/2024/12/pasca-pilkada-polres-tanah-laut-dan.html ('Posted by "
        "subbaghumas-restala', '0 komentar: Posting Komentar'); read 2026-12-03 from saved copies "
        "(the live site was not visited)"
    ),
)
