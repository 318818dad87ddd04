"""Tribratanews Polri: the national Polri news portal (Divisi Humas Polri), on Odoo.

Province is the seat of Divisi Humas (Jakarta); the portal covers all of Indonesia.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import odoo_tribratanews

SITE = odoo_tribratanews(
    "https://tribratanews.polri.go.id/",
    description="National Polri news portal (Divisi Humas Polri); province is its seat",
    source=(
        "Odoo: public code cites its images at /web/image/blog.post/<id>/image (Odoo's "
        "route; code index find_string ids 28705881583, 25413327291) and a public research "
        "note records 'tribratanews.polri.go.id: Odoo, no /feed or /rss (tested 2026-07-05)' "
        "(id 58174401937); the saved page tests/golden/pages/tribratanews-odoo.html has its "
        "post URL shape; read 2026-12-03 through the project's search tool (stored copies)"
    ),
)
