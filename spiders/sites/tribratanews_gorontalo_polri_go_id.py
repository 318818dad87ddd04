"""Polda portal: tribratanews.gorontalo.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.gorontalo.polri.go.id/",
    province="Gorontalo",
    timezone="Asia/Makassar",
    platform="wordpress",
    source=(
        "WordPress: an upload "
        "https://tribratanews.gorontalo.polri.go.id/wp-content/uploads/2019/04/IMG-20190416-W"
        "A0090.jpg and a WordPress child theme (Newsever) that names the host (code index "
        "find_string ids 7938584604, 44409894175); read 2026-12-03 through the project's "
        "search tool (stored copies)"
    ),
)
