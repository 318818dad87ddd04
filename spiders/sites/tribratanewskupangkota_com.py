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
        "public page "
        "https://www.tribratanewskupangkota.com/tindak-lanjuti-laporan-afp-kapolresta-kupang-kota-p"
        "impin-patroli-perairan-laut (October 2025); platform not seen; read 2026-12-03 from saved "
        "copies (the live site was not visited)"
    ),
)
