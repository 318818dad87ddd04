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
        "stored page "
        "https://radarbanjarmasin.jawapos.com/ragam-info/tahulah-pian/02/03/2023/pak-kapolres"
        "-sekaligus-pak-bupati-25-kali-terjadi-di-kab-tapin/ in the pages corpus; platform "
        "not seen; read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
