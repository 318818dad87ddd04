"""Tribratanews Polri: the national Polri news portal (Divisi Humas Polri), on Odoo.

Province is the seat of Divisi Humas (Jakarta); the portal covers all of Indonesia.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import odoo_tribratanews

SITE = odoo_tribratanews(
    "https://tribratanews.polri.go.id/",
    description="National Polri news portal (Divisi Humas Polri); province is its seat",
    source=(
        "Odoo: public source code on GitHub cites its images at /web/image/blog.post/<id>/image "
        "(Odoo's route) and a public research note on GitHub records 'tribratanews.polri.go.id: "
        "Odoo, no /feed or /rss (tested 2026-07-05)'; a saved page of the site "
        "(tests/golden/pages/tribratanews-odoo.html) shows its post URL shape; read 2026-12-03 "
        "from saved copies (the live site was not visited)"
    ),
)
