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
        "WordPress: public source code on GitHub reads "
        "https://tribratanews.sumut.polri.go.id/wp-json/wp/v2/posts and calls it 'portal berita "
        "resmi Humas Polda Sumut'; read 2026-12-03 from saved copies (the live site was not "
        "visited)"
    ),
)
