"""Polda portal: tribratanews.jateng.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.jateng.polri.go.id/",
    province="Jawa Tengah",
    timezone="Asia/Jakarta",
    platform="wordpress",
    source=(
        "WordPress: public code uses "
        "https://tribratanews.jateng.polri.go.id/wp-content/uploads/2023/02/WhatsApp-Image-20"
        "23-02-24-at-10.40.45.jpeg and a 2017 upload (code index find_string ids "
        "48062421388, 24826398023); an app loads its home page (id 34490726945); read "
        "2026-12-03 through the project's search tool (stored copies)"
    ),
)
