"""Site definitions: what the crawler knows about a named site.

A site is one small declarative file in ``spiders/sites/`` that defines ``SITE``. The
generic spider needs nothing else; everything here is a hint, and a site with no
definition at all is crawled with ``SiteDefinition.for_url``. Definitions are frozen
dataclasses so they pickle cleanly into extraction worker processes.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from scraper.urls import canonicalize_url, site_host

# The discovery methods the generic spider knows, in the order it trusts them.
DISCOVERY_METHODS = ("wp-api", "sitemap", "feed", "listing")


@dataclass(frozen=True)
class FieldOverrides:
    """XPath expressions for what the generic extraction gets wrong on one site.

    Each is optional; when it matches, its text wins over every generic source.
    ``prune`` lists extra elements to delete before text extraction (a site's own
    share bar or "related" box that the generic rules miss).
    """

    title: str | None = None
    text: str | None = None
    published: str | None = None
    authors: str | None = None
    prune: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteDefinition:
    """Everything the crawler and the extractor may know about one site."""

    name: str
    base_url: str
    timezone: str | None = "Asia/Jakarta"
    language: str = "id"
    platform: str = "unknown"  # wordpress, blogger, odoo, …: documentation and hints only
    region: str | None = None
    description: str = ""
    # Which discovery methods to try, in order; methods a site does not support
    # simply find nothing, so the default tries them all.
    discovery: tuple[str, ...] = DISCOVERY_METHODS
    # Extra listing pages to start from (category pages of interest, archive roots).
    start_paths: tuple[str, ...] = ()
    # Some sites print local wall-clock time with a false "Z" in their meta values.
    trust_utc: bool = True
    overrides: FieldOverrides = field(default_factory=FieldOverrides)

    @property
    def host(self) -> str:
        return site_host(self.base_url)

    @classmethod
    def for_url(cls, url: str, timezone: str | None = "Asia/Jakarta") -> SiteDefinition:
        """A definition for a site the project has never seen: its host is its name."""
        base = canonicalize_url(url)
        parts = urlsplit(base)
        base = f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"
        return cls(name=site_host(base), base_url=base, timezone=timezone)

    def to_dict(self) -> dict:
        return asdict(self)


class UnknownSiteError(LookupError):
    """Raised for a site name that has no definition in ``spiders/sites``."""


def load_sites() -> dict[str, SiteDefinition]:
    """Every site definition in ``spiders/sites``, keyed by name."""
    import spiders.sites as package

    sites: dict[str, SiteDefinition] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, SiteDefinition):
            if site.name in sites:
                raise ValueError(f"two site definitions are named {site.name!r}")
            sites[site.name] = site
    return dict(sorted(sites.items()))


def get_site(name: str) -> SiteDefinition:
    sites = load_sites()
    try:
        return sites[name]
    except KeyError:
        known = ", ".join(sites) or "none"
        raise UnknownSiteError(f"unknown site {name!r} (known sites: {known})") from None


def site_for_url(url: str, timezone: str | None = "Asia/Jakarta") -> SiteDefinition:
    """The definition whose host serves ``url``, else an ad-hoc one for its host."""
    host = site_host(url)
    for site in load_sites().values():
        if site.host == host:
            return site
    return SiteDefinition.for_url(url, timezone=timezone)
