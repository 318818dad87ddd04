"""Mata Banua, Banjarmasin daily.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import wordpress_media

SITE = wordpress_media(
    "https://matabanua.co.id/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    description="Mata Banua",
    source=(
        "WordPress: public pages https://matabanua.co.id/?p=337113, "
        "https://matabanua.co.id/?p=241385 (WordPress shortlinks) and "
        "https://matabanua.co.id/2022/07/13/polda-gelar-ramah-tamah-dengan-insan-pers/; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
