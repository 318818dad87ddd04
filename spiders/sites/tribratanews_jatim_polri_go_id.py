"""Polda portal: tribratanews.jatim.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.jatim.polri.go.id/",
    province="Jawa Timur",
    timezone="Asia/Jakarta",
    platform="wordpress",
    source=(
        "WordPress: public code reads its RSS feed "
        "https://tribratanews.jatim.polri.go.id/feed (code index find_string id "
        "14642881230); 2026 citations of posts such as "
        "https://tribratanews.jatim.polri.go.id/polda-jatim-gelar-rakernis-humasdorong-pengua"
        "tan-komunikasi-publik-dan-manajemen-media (id 68600314881); read 2026-12-03 through "
        "the project's search tool (stored copies)"
    ),
)
