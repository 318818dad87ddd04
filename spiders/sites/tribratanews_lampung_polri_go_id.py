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
        "own CMS: public code links "
        "https://tribratanews.lampung.polri.go.id/detail-post/seruit-makanan-khas-lampung-yan"
        "g-lezat-dan-penuh-tradisi (code index find_string id 60798667132) and its home page "
        "(id 40178627904); read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
