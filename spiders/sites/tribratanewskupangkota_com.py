"""Tribratanews Polresta Kupang Kota (Polda NTT).

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://www.tribratanewskupangkota.com/",
    owner="polri-polres",
    province="Nusa Tenggara Timur",
    timezone="Asia/Makassar",
    region="Kota Kupang",
    description="Polresta Kupang Kota news",
    source=(
        "stored page "
        "https://www.tribratanewskupangkota.com/tindak-lanjuti-laporan-afp-kapolresta-kupang-"
        "kota-pimpin-patroli-perairan-laut (October 2025) in the pages corpus; platform not "
        "seen; read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
