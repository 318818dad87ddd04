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
        "stored page "
        "https://tribratanewsntt.com/kapolda-ntt-gelar-tatap-muka-bersama-forkopimda-tokoh-ma"
        "syarakat-dan-personel-polres-kupang-kota (February 2020) in the pages corpus; an "
        "older https://ntt.tribratanews.com/ page (August 2017) is stored too; platform not "
        "seen; read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
