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
        "public code cites "
        "https://tribratanews.jabar.polri.go.id/ungkap-sindikat-penipuan-online-polda-jabar-i"
        "mbau-masyarakat-waspada-lowongan-kerja-palsu-di-media-sosial/ (code index "
        "find_string id 71115585636) and lists it as the West Java Police source (id "
        "54384140226); platform not seen; read 2026-12-03 through the project's search tool "
        "(stored copies)"
    ),
)
