"""Warta Banjar, Banjarmasin.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://wartabanjar.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Warta Banjar",
    source=(
        "public page "
        "https://wartabanjar.com/2024/11/26/malam-ini-polresta-banjarmasin-patroli-skala-besar-pant"
        "au-situasi-jelang-pilkada ('WARTABANJAR.COM, BANJARMASIN'); platform not seen; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
