"""What every sample-site theme shares: the site, its URL builder and its features."""

from __future__ import annotations

from collections.abc import Callable

from .model import SiteModel

UrlFn = Callable[[str], str]


class Theme:
    """Base of the themes: each renders every HTML page of one site for one base URL."""

    def __init__(self, site: SiteModel, u: UrlFn, features: frozenset[str]) -> None:
        self.site = site
        self.u = u
        self.features = features

    def warm(self) -> None:
        """Build whatever the theme precomputes (its page chrome) before serving."""
