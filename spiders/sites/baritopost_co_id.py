"""Barito Post, Banjarmasin.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://www.baritopost.co.id/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="Barito Post",
    source=(
        "public page "
        "https://www.baritopost.co.id/jaga-situasi-kondusif-polres-hulu-sungai-tengah-polda-kalsel-"
        "lakukan-patroli-malam-di-kecamatan-batang-alai-selatan/; cited 2020-10-20 in the "
        "gazetteer's notes (scraper/entities/data/README.md); platform not seen; read 2026-12-03 "
        "from saved copies (the live site was not visited)"
    ),
)
