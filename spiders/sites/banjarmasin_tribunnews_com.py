"""Banjarmasin Post (Tribun Network), Banjarmasin.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://banjarmasin.tribunnews.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Banjarmasin Post",
    source=(
        "stored page "
        "https://banjarmasin.tribunnews.com/2024/03/17/ortu-diminta-datang-polres-kotabaru-ce"
        "gah-perang-sarung-antar-remaja-kembali-terjadi ('BANJARMASINPOST.CO.ID') in the "
        "pages corpus; platform not seen; read 2026-12-03 through the project's search tool "
        "(stored copies)"
    ),
)
