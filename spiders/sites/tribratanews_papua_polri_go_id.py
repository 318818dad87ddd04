"""Polda portal: tribratanews.papua.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.papua.polri.go.id/",
    province="Papua",
    timezone="Asia/Jayapura",
    platform="unknown",
    source=(
        "public page "
        "https://tribratanews.papua.polri.go.id/rakernis-bidang-humas-polda-papua-ajak-personel-tin"
        "gkatkan-kapasitas-di-era-digital (September 2025); platform not seen; read 2026-12-03 "
        "from saved copies (the live site was not visited)"
    ),
)
