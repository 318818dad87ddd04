"""Polda portal: tribratanews.metro.polri.go.id.

Polda Metro Jaya also covers parts of Jawa Barat and Banten (Bekasi, Depok, Tangerang).

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.metro.polri.go.id/",
    province="Daerah Khusus Ibukota Jakarta",
    timezone="Asia/Jakarta",
    platform="unknown",
    source=(
        "a public data file on GitHub lists the domain with the page title '… - Tribratanews Polda "
        "Metro Jaya'; platform not seen; read 2026-12-03 from saved copies (the live site was not "
        "visited)"
    ),
)
