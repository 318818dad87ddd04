"""Polda portal: tribratanews.lampung.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.lampung.polri.go.id/",
    province="Lampung",
    timezone="Asia/Jakarta",
    platform="other",
    source=(
        "own CMS: public source code on GitHub links "
        "https://tribratanews.lampung.polri.go.id/detail-post/seruit-makanan-khas-lampung-yang-leza"
        "t-dan-penuh-tradisi and its home page; read 2026-12-03 from saved copies (the live site "
        "was not visited)"
    ),
)
