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
        "WordPress: public pages https://restabalong.kalsel.polri.go.id/?p=15331 (a WordPress "
        "shortlink) and "
        "https://restabalong.kalsel.polri.go.id/polres-tabalong-patroli-dialogis-jaga-keamanan-menj"
        "elang-pilkada (2024-2025); read 2026-12-03 from saved copies (the live site was not "
        "visited)"
    ),
)
