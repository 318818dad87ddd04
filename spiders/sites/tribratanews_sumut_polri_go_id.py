"""Polda portal: tribratanews.sumut.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.sumut.polri.go.id/",
    province="Sumatera Utara",
    timezone="Asia/Jakarta",
    platform="wordpress",
    source=(
        "WordPress: public code reads "
        "https://tribratanews.sumut.polri.go.id/wp-json/wp/v2/posts (code index find_string "
        "ids 61820245255, 54557570870) and calls it 'portal berita resmi Humas Polda Sumut' "
        "(id 61466528189); read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
