"""Offline imitation WordPress news sites for tests and `make demo`.

    with serve_site(theme="wordpress") as base_url:
        truth = ground_truth(theme="wordpress", base_url=base_url)

"wordpress" imitates mci.life (GeneratePress-like, WITA, /slug/ permalinks,
core sitemaps, REST API); "newsportal" imitates a JNews portal (WIB,
/YYYY/MM/DD/slug/, Yoast sitemaps, REST API disabled). Standard library only.
"""

from .server import THEMES, serve_site
from .truth import ArticleTruth, SiteTruth, ground_truth

__all__ = ["THEMES", "ArticleTruth", "SiteTruth", "ground_truth", "serve_site"]
