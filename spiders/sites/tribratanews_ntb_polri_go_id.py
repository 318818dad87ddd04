"""Polda portal: tribratanews.ntb.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.ntb.polri.go.id/",
    province="Nusa Tenggara Barat",
    timezone="Asia/Makassar",
    platform="wordpress",
    source=(
        "WordPress: public source code on GitHub uses an image at "
        "https://tribratanews.ntb.polri.go.id/wp-content/uploads/2024/10/Image-21.jpg; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
