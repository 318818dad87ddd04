"""Polda portal: tribratanews.sulteng.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.sulteng.polri.go.id/",
    province="Sulawesi Tengah",
    timezone="Asia/Makassar",
    platform="wordpress",
    source=(
        "WordPress: public source code on GitHub uses "
        "https://tribratanews.sulteng.polri.go.id/wp-content/uploads/2023/07/WhatsApp-Image-2023-07"
        "-23-at-12.59.06.jpeg; read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
