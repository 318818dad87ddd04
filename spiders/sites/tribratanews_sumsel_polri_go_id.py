"""Polda portal: tribratanews.sumsel.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.sumsel.polri.go.id/",
    province="Sumatera Selatan",
    timezone="Asia/Jakarta",
    platform="other",
    source=(
        "own CMS: public code shows images at "
        "https://tribratanews.sumsel.polri.go.id/assets/artikel/41ad7a361cf7dcf1ec4facfd44f86"
        "138.jpg (code index find_string id 48983560425); a public test names the domain as "
        "a news publisher seen on a real run (id 60233643077); read 2026-12-03 through the "
        "project's search tool (stored copies)"
    ),
)
