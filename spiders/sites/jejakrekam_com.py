"""Jejak Rekam, Banjarmasin.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://jejakrekam.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Jejak Rekam",
    source=(
        "named as the reporting outlet ('Dari informasi dihimpun jejakrekam.com') in the public "
        "page https://migoberita.blogspot.com/2022/08/kalsel-dalam-berita.html; no page of the "
        "site itself was found; platform not seen; read 2026-12-03 from saved copies (the live "
        "site was not visited)"
    ),
)
