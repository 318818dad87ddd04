"""Polda portal: tribratanews.papua.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.papua.polri.go.id/",
    province="Papua",
    timezone="Asia/Jayapura",
    platform="unknown",
    source=(
        "stored page "
        "https://tribratanews.papua.polri.go.id/rakernis-bidang-humas-polda-papua-ajak-person"
        "el-tingkatkan-kapasitas-di-era-digital (September 2025) in the pages corpus; "
        "platform not seen; read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
