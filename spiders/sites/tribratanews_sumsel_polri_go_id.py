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
        "own CMS: public source code on GitHub shows images at "
        "https://tribratanews.sumsel.polri.go.id/assets/artikel/41ad7a361cf7dcf1ec4facfd44f86138.jp"
        "g; a public test suite on GitHub names the domain as a news publisher seen on a real run; "
        "read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
