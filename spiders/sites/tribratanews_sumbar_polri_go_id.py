"""Polda portal: tribratanews.sumbar.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.sumbar.polri.go.id/",
    province="Sumatera Barat",
    timezone="Asia/Jakarta",
    platform="unknown",
    source=(
        "public code links "
        "https://tribratanews.sumbar.polri.go.id/2025/06/13/kapolda-sumbar-dan-kapolresta-pad"
        "ang-hadiri-pelantikan-rektor-dan-para-dekan-baru-upi (code index find_string id "
        "60667929190); platform not seen; read 2026-12-03 through the project's search tool "
        "(stored copies)"
    ),
)
