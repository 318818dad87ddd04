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
        "WordPress: public source code on GitHub reads its RSS feed "
        "https://tribratanews.jatim.polri.go.id/feed; 2026 citations of posts such as "
        "https://tribratanews.jatim.polri.go.id/polda-jatim-gelar-rakernis-humasdorong-penguatan-ko"
        "munikasi-publik-dan-manajemen-media; read 2026-12-03 from saved copies (the live site was "
        "not visited)"
    ),
)
