"""Polda portal: tribratanews.kalsel.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.kalsel.polri.go.id/",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="wordpress",
    source=(
        "WordPress: public pages "
        "https://tribratanews.kalsel.polri.go.id/silaturahmi-kapolda-irjen-pol-dr-nico-afinta-s-i-k"
        "-s-h-m-h-sambangi-dprd-provinsi-kalsel and "
        "https://tribratanews.kalsel.polri.go.id/tag/polrestala/page/78 (WordPress tag "
        "pagination); the gazetteer notes (scraper/entities/data/README.md) cite it 2023-03-13; "
        "read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
