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
        "public pages "
        "https://bakabar.com/post/apel-pasukan-pengamanan-larangan-mudik-polres-tala-dirikan-4-posk"
        "o-terpadu-l7bps1g2 and "
        "https://bakabar.com/post/pastikan-kesiapan-dirlantas-polda-kalsel-cek-pos-operasi-ketupat-"
        "intan-di-tanbu-l7bq2hzl (whose text still says 'apahabar.com, BATULICIN'), and the older "
        "https://apahabar.com/2020/06/pasca-penyerangan-polsek-daha-selatan-polres-banjarbaru-perke"
        "tat-penjagaan/; platform not seen; read 2026-12-03 from saved copies (the live site was "
        "not visited)"
    ),
)
