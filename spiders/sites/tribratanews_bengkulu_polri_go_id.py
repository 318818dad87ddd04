"""Polda portal: tribratanews.bengkulu.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.bengkulu.polri.go.id/",
    province="Bengkulu",
    timezone="Asia/Jakarta",
    platform="unknown",
    source=(
        "stored pages "
        "https://tribratanews.bengkulu.polri.go.id/launching-tribratanewsbengkulu-com and "
        "https://tribratanews.bengkulu.polri.go.id/polda-bengkulu-terima-21-laporan-masyaraka"
        "t-kondisi-situasi-aman-terkendali (November 2024, 'TBNews, BENGKULU') in the pages "
        "corpus; platform not seen; read 2026-12-03 through the project's search tool "
        "(stored copies)"
    ),
)
