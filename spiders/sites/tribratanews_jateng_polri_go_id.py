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
        "WordPress: public source code on GitHub uses "
        "https://tribratanews.jateng.polri.go.id/wp-content/uploads/2023/02/WhatsApp-Image-2023-02-"
        "24-at-10.40.45.jpeg and a 2017 upload; a public app on GitHub loads its home page; read "
        "2026-12-03 from saved copies (the live site was not visited)"
    ),
)
