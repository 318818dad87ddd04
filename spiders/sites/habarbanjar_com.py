"""Habar Banjar.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import wordpress_media

SITE = wordpress_media(
    "https://habarbanjar.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    description="Habar Banjar",
    source=(
        "WordPress: public page "
        "https://habarbanjar.com/2025/08/07/kebakaran-polres-banjarbaru-dugaan-korsleting-listrik-l"
        "ayanan-publik-dialihkan-sementara/?amp=1 (the WordPress AMP plugin's ?amp=1); read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
