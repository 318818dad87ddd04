"""Kanal Kalimantan (Banjarbaru/Banjarmasin).

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://www.kanalkalimantan.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Kanal Kalimantan",
    source=(
        "public page "
        "https://www.kanalkalimantan.com/jelang-libur-nataru-polres-hsu-siapkan-pengamanan-dan-anti"
        "sipasi-kerawanan; platform not seen; read 2026-12-03 from saved copies (the live site was "
        "not visited)"
    ),
)
