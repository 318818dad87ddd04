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
        "public source code on GitHub links "
        "https://tribratanews.sumbar.polri.go.id/2025/06/13/kapolda-sumbar-dan-kapolresta-padang-ha"
        "diri-pelantikan-rektor-dan-para-dekan-baru-upi; platform not seen; read 2026-12-03 from "
        "saved copies (the live site was not visited)"
    ),
)
