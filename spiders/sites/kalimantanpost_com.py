"""Kalimantan Post, Banjarmasin.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://kalimantanpost.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Kalimantan Post",
    source=(
        "public pages "
        "https://kalimantanpost.com/2025/03/kapolda-kalsel-tinjau-pos-pengamanan-dan-pelayanan-di-b"
        "anjarbaru and "
        "https://kalimantanpost.com/2020/06/pasca-penyerangan-pengamanan-mapolsek-daha-diperketat/;"
        " platform not seen; read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
