"""Radar Banjarmasin (Jawa Pos group).

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://radarbanjarmasin.jawapos.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Radar Banjarmasin",
    source=(
        "public page "
        "https://radarbanjarmasin.jawapos.com/ragam-info/tahulah-pian/02/03/2023/pak-kapolres-sekal"
        "igus-pak-bupati-25-kali-terjadi-di-kab-tapin/; platform not seen; read 2026-12-03 from "
        "saved copies (the live site was not visited)"
    ),
)
