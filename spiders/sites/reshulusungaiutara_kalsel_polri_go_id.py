"""Polres Hulu Sungai Utara (Polda Kalsel) at reshulusungaiutara.kalsel.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import wordpress_polres

SITE = wordpress_polres(
    "https://reshulusungaiutara.kalsel.polri.go.id/",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    region="Kabupaten Hulu Sungai Utara",
    source=(
        "public page "
        "http://reshulusungaiutara.kalsel.polri.go.id/2025/10/11/patroli-bailang-sat-samapta-polres"
        "-hsu-cegah-premanisme-dan-kejahatan-jalanan-pastikan-kamtibmas-kondusif/ (a WordPress "
        "date permalink; seen over http, https assumed); cited 2025 in the gazetteer's notes "
        "(scraper/entities/data/README.md); WordPress assumed like its sister site "
        "restabalong.kalsel.polri.go.id; read 2026-12-03 from saved copies (the live site was not "
        "visited)"
    ),
)
