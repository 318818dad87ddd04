"""Polda portal: tribratanews.sulsel.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.sulsel.polri.go.id/",
    province="Sulawesi Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    source=(
        "a public Next.js config on GitHub allows images from tribratanews.sulsel.polri.go.id; "
        "platform not seen; read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
