"""Polda portal: tribratanews.jabar.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.jabar.polri.go.id/",
    province="Jawa Barat",
    timezone="Asia/Jakarta",
    platform="unknown",
    source=(
        "public source code on GitHub cites "
        "https://tribratanews.jabar.polri.go.id/ungkap-sindikat-penipuan-online-polda-jabar-imbau-m"
        "asyarakat-waspada-lowongan-kerja-palsu-di-media-sosial/ and lists it as the West Java "
        "Police source; platform not seen; read 2026-12-03 from saved copies (the live site was "
        "not visited)"
    ),
)
