"""bakabar.com, formerly apahabar.com (Banjarmasin).

Catalogue entry (issue 13): unverified until a crawl of the real site succeeds.
"""

from spiders.sites._profiles import news_portal

SITE = news_portal(
    "https://bakabar.com/",
    owner="media-local",
    province="Kalimantan Selatan",
    timezone="Asia/Makassar",
    platform="unknown",
    description="bakabar.com (formerly apahabar.com)",
    source=(
        "stored pages "
        "https://bakabar.com/post/apel-pasukan-pengamanan-larangan-mudik-polres-tala-dirikan-"
        "4-posko-terpadu-l7bps1g2 and "
        "https://bakabar.com/post/pastikan-kesiapan-dirlantas-polda-kalsel-cek-pos-operasi-ke"
        "tupat-intan-di-tanbu-l7bq2hzl (whose text still says 'apahabar.com, BATULICIN'), "
        "and the older "
        "https://apahabar.com/2020/06/pasca-penyerangan-polsek-daha-selatan-polres-banjarbaru"
        "-perketat-penjagaan/ in the pages corpus; platform not seen; read 2026-12-03 "
        "through the project's search tool (stored copies)"
    ),
)
