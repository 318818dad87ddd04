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
    source="the project's founding article, ../shared/seed/ (https://mci.life/)",
)
