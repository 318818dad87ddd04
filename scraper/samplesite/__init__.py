"""Offline imitation WordPress news sites for tests, benches and `make demo`.

    with serve_site(theme="wordpress") as base_url:
        truth = ground_truth(theme="wordpress", base_url=base_url)

    with serve_site(scale=2000, seed=1, delay=(0.0, 0.05)) as base_url:
        truth = ground_truth(base_url=base_url, scale=2000, seed=1)
        base_url.log.records()        # every request answered: path, status, bytes

"wordpress" imitates mci.life (GeneratePress-like, WITA, /slug/ permalinks,
core sitemaps, REST API); "newsportal" imitates a JNews portal (WIB,
/YYYY/MM/DD/slug/, Yoast sitemaps, REST API disabled); `scale=N` serves the
wordpress theme with N generated police-news articles ("Bhayangkara Banua").
Standard library only.
"""

from .generator import generate_articles
from .scaled import build_scaled_site
from .server import THEMES, RequestLog, RequestRecord, ServedSite, serve_site, site_model
from .truth import ArticleTruth, SiteTruth, ground_truth

__all__ = [
    "THEMES",
    "ArticleTruth",
    "RequestLog",
    "RequestRecord",
    "ServedSite",
    "SiteTruth",
    "build_scaled_site",
    "generate_articles",
    "ground_truth",
    "serve_site",
    "site_model",
]
