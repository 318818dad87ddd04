"""mci.life: WordPress news aggregator from Kalimantan Selatan (WITA).

It republishes police press releases (Polres/Polda Kalsel) and local news. Every
shared link carries FS Poster's ``feed_id``/``_unique_id`` parameters and every post
ends with its own link line and a "Tags" block; the generic rules handle both.
"""

from scraper.sites import SiteDefinition

SITE = SiteDefinition(
    name="mci.life",
    base_url="https://mci.life/",
    timezone="Asia/Makassar",
    language="id",
    platform="wordpress",
    province="Kalimantan Selatan",
    owner="aggregator",
    description="Aggregator of police and local news, Kalimantan Selatan",
    verified=False,  # no crawl of the real site has run yet (no internet here)
    source=(
        "written by hand on 2026-11-28 from the text of one of its articles as a reader sees it, "
        "https://mci.life/kapolres-tanah-laut-gelar-ngupi-bakisahan-bersama-warga-untuk-silaturohmi"
        "-dalam-rangka-pemilu-damai-2024/ (published 2023-11-12; its link carries the FS Poster "
        "parameters of a WordPress site); the site's HTML was not seen"
    ),
)
