"""Polda portal: tribratanewsntt.com.

No tribratanews.ntt.polri.go.id address was found; this is the newest one seen.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanewsntt.com/",
    province="Nusa Tenggara Timur",
    timezone="Asia/Makassar",
    platform="unknown",
    source=(
        "public page "
        "https://tribratanewsntt.com/kapolda-ntt-gelar-tatap-muka-bersama-forkopimda-tokoh-masyarak"
        "at-dan-personel-polres-kupang-kota (February 2020); an older "
        "https://ntt.tribratanews.com/ page (August 2017) was seen too; platform not seen; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
