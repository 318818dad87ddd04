"""Polda portal: sultra.tribratanews.com.

The <polda>.tribratanews.com addresses are the 2017-2019 generation of the portals.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://sultra.tribratanews.com/",
    province="Sulawesi Tenggara",
    timezone="Asia/Makassar",
    platform="unknown",
    source=(
        "public page "
        "https://sultra.tribratanews.com/binkam/press-release-akhir-tahun-polda-sultra-paparkan-keb"
        "erhasilan-di-tahun-2019 (December 2019); platform not seen; the portal may have moved to "
        "a polri.go.id address since (none found); read 2026-12-03 from saved copies (the live "
        "site was not visited)"
    ),
)
