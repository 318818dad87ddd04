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
        "public page "
        "https://banjarmasin.tribunnews.com/2024/03/17/ortu-diminta-datang-polres-kotabaru-cegah-pe"
        "rang-sarung-antar-remaja-kembali-terjadi ('BANJARMASINPOST.CO.ID'); platform not seen; "
        "read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
