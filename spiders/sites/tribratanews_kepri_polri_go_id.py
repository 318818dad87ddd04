"""Polda portal: tribratanews.kepri.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.kepri.polri.go.id/",
    province="Kepulauan Riau",
    timezone="Asia/Jakarta",
    platform="unknown",
    source=(
        "public source code on GitHub cites "
        "https://tribratanews.kepri.polri.go.id/2021/06/17/penggunaan-helm-standar-yang-diatur-dala"
        "m-uu-lalu-lintas-dan-angkutan-jalan-2/; platform not seen; read 2026-12-03 from saved "
        "copies (the live site was not visited)"
    ),
)
