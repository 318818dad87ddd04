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
        "https://tribratanews.gorontalo.polri.go.id/wp-content/uploads/2019/04/IMG-20190416-WA0090."
        "jpg and a public WordPress child theme (Newsever) on GitHub that names the host; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
