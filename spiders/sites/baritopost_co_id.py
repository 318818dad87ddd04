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
        "stored page "
        "https://www.baritopost.co.id/jaga-situasi-kondusif-polres-hulu-sungai-tengah-polda-k"
        "alsel-lakukan-patroli-malam-di-kecamatan-batang-alai-selatan/ in the pages corpus; "
        "cited 2020-10-20 in scraper/entities/data/README.md; platform not seen; read "
        "2026-12-03 through the project's search tool (stored copies)"
    ),
)
