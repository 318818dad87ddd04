"""Suara Borneo, Banjarbaru.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://suaraborneo.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Suara Borneo",
    source=(
        "public page "
        "https://suaraborneo.com/2023/09/27/kericuhan-tak-terkendali-masa-demo-akibat-tak-puas-deng"
        "an-hasil-pemilu/ ('BANJARBARU, Suaraborneo.com'); platform not seen; read 2026-12-03 from "
        "saved copies (the live site was not visited)"
    ),
)
