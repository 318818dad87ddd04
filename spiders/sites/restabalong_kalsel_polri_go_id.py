"""Polres Tabalong (Polda Kalsel) on WordPress at restabalong.kalsel.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import wordpress_polres

SITE = wordpress_polres(
    "https://restabalong.kalsel.polri.go.id/",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    region="Kabupaten Tabalong",
    source=(
        "WordPress: stored pages https://restabalong.kalsel.polri.go.id/?p=15331 (a "
        "WordPress shortlink) and "
        "https://restabalong.kalsel.polri.go.id/polres-tabalong-patroli-dialogis-jaga-keamana"
        "n-menjelang-pilkada (2024-2025) in the pages corpus; read 2026-12-03 through the "
        "project's search tool (stored copies)"
    ),
)
