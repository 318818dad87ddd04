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
        "public pages https://tribratanews.bengkulu.polri.go.id/launching-tribratanewsbengkulu-com "
        "and "
        "https://tribratanews.bengkulu.polri.go.id/polda-bengkulu-terima-21-laporan-masyarakat-kond"
        "isi-situasi-aman-terkendali (November 2024, 'TBNews, BENGKULU'); platform not seen; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
