"""Koran Banjar, Banjarbaru.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://koranbanjar.net/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Koran Banjar",
    source=(
        "public page "
        "https://koranbanjar.net/pasca-teror-bom-di-surabaya-polres-banjarbaru-tetapkan-siaga-1 "
        "('BANJARBARU, KORANBANJAR.NET'); platform not seen; read 2026-12-03 from saved copies "
        "(the live site was not visited)"
    ),
)
