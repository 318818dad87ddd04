"""ANTARA News Kalimantan Selatan, the national agency's Kalsel desk.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://kalsel.antaranews.com/",
    owner="media-national",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="ANTARA News Kalimantan Selatan",
    source=(
        "public pages "
        "https://kalsel.antaranews.com/berita/325425/arus-mudik-kapolres-tapin-bagikan-takjil-untuk"
        "-pemudik and /amp/berita/369309/@antara_kalsel ('COPYRIGHT © ANTARA News Kalimantan "
        "Selatan'); platform not seen; read 2026-12-03 from saved copies (the live site was not "
        "visited)"
    ),
)
