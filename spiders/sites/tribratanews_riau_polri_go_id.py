"""Polda portal: tribratanews.riau.polri.go.id.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import tribratanews_polda

SITE = tribratanews_polda(
    "https://tribratanews.riau.polri.go.id/",
    province="Riau",
    timezone="Asia/Jakarta",
    platform="other",
    source=(
        "own CMS: public page "
        "https://tribratanews.riau.polri.go.id/read-3882-kapolda-riau-beserta-staf-silaturahmi-dan-"
        "buka-bersama-dengan-mitra-media.html (June 2017, 'TBNewsriau'); the platform may have "
        "changed since; read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
