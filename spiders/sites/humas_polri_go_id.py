"""Humas Polri (humas.polri.go.id): the Divisi Humas Polri portal, on its own CMS.

Public code cites /news/detail/<id>-<slug> posts and the index /news/all?page=N (2026);
older citations have WordPress-style /YYYY/MM/DD/slug/ URLs (2024), so it moved platform.

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://humas.polri.go.id/",
    owner="polri-mabes",
    province="Daerah Khusus Ibukota Jakarta",
    timezone="Asia/Jakarta",
    platform="other",
    description="Divisi Humas Polri portal; province is its seat",
    start_paths=("news/all",),
    source=(
        "public source code on GitHub links "
        "https://humas.polri.go.id/news/detail/2251246-densus-88-at-polri-gelar-densus-goes-to-scho"
        "ol-di-sma-negeri-1-halmahera-utara and scrapes "
        "https://humas.polri.go.id/news/all?page={page}; a 2024 link to "
        "https://humas.polri.go.id/2024/02/02/kapolri-komitmen-kawal-pembangunan-ikn-tepat-waktu/; "
        "read 2026-12-03 from saved copies (the live site was not visited)"
    ),
)
