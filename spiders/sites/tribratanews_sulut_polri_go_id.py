"""Polda portal: tribratanews.sulut.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.sulut.polri.go.id/",
    province="Sulawesi Utara",
    timezone="Asia/Makassar",
    platform="unknown",
    source=(
        "public page "
        "https://tribratanews.sulut.polri.go.id/refleksi-akhir-tahun-2015-penanganan-terompet-yang-"
        "diduga-berbahan-dasar-al-quran-menjadi-perhatian-menjelang-tutup-tahun-2015; platform not "
        "seen; read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
