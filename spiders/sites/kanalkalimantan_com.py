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
        "stored page "
        "https://www.kanalkalimantan.com/jelang-libur-nataru-polres-hsu-siapkan-pengamanan-da"
        "n-antisipasi-kerawanan in the pages corpus; platform not seen; read 2026-12-03 "
        "through the project's search tool (stored copies)"
    ),
)
