"""Site definitions: what the crawler knows about a named site.

A site is one small declarative file in ``spiders/sites/`` that defines ``SITE``. The
generic spider needs nothing else; everything here is a hint, and a site with no
definition at all is crawled with ``SiteDefinition.for_url``. Definitions are frozen
dataclasses so they pickle cleanly into extraction worker processes.

Files of the same shape in the directory ``NEWSARCHIVE_SITES_DIR`` names are read as
well (``extra_sites_dir``): drafts that ``newsarchive probe --write --sites-dir DIR``
wrote, a private list kept outside the repository, or a test's definitions. They are
loaded by path, so the directory needs no ``__init__.py`` and is not a package.
"""

from __future__ import annotations

import csv
import difflib
import importlib
import importlib.util
import os
import pkgutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from pathlib import Path
from urllib.parse import urlsplit

from scraper.urls import canonicalize_url, site_host

# The discovery methods the generic spider knows, in the order it trusts them.
DISCOVERY_METHODS = ("wp-api", "sitemap", "feed", "listing")
# Who runs a source: Polri at each level, a local government, the press, aggregators.
OWNERS = (
    "polri-mabes",
    "polri-polda",
    "polri-polres",
    "pemda",
    "media-national",
    "media-local",
    "aggregator",
    "unknown",
)


PROVINCES_CSV = Path(__file__).parent / "entities" / "data" / "regions_provinces.csv"


@cache
def province_names() -> dict[str, str]:
    """Every spelling of a province (lower case: "kalsel", "kalimantan selatan") to its
    official name, from the gazetteer's Kemendagri province list."""
    names: dict[str, str] = {}
    with PROVINCES_CSV.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for spelling in [row["name"], *filter(None, row["short"].split("|"))]:
                names[spelling.strip().lower()] = row["name"]
    return names


def province_of(text: str) -> str | None:
    """The official name of the province ``text`` names (any spelling), or None."""
    return province_names().get(text.strip().lower())


def owner_matches(owner: str, wanted: str) -> bool:
    """``--owner polri`` matches every Polri level, ``--owner polres`` just Polres."""
    wanted = wanted.lower()
    return owner == wanted or wanted in owner.split("-")


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
    # The IANA zone its pages print local times in; None: not known (times keep the
    # offset each page gave, and a crawl learns the zone from the pages).
    timezone: str | None = None
    language: str = "id"
    platform: str = "unknown"  # wordpress, blogger, odoo, …: documentation and hints only
    region: str | None = None  # the area it covers (kabupaten/kota), if one
    description: str = ""
    # Catalogue facts: the province it covers ("Kalimantan Selatan"), who runs it
    # (see OWNERS), whether a crawl of the real site has succeeded, and where its
    # name and address were taken from.
    province: str | None = None
    owner: str = "unknown"
    verified: bool = False
    source: str = ""
    # Which discovery methods to try, in order; methods a site does not support
    # simply find nothing, so the default tries them all.
    discovery: tuple[str, ...] = DISCOVERY_METHODS
    # Extra listing pages to start from (category pages of interest, archive roots).
    start_paths: tuple[str, ...] = ()
    # Some sites print local wall-clock time with a false "Z" in their meta values.
    trust_utc: bool = True
    overrides: FieldOverrides = field(default_factory=FieldOverrides)

    @cached_property
    def host(self) -> str:
        """``site_host`` of the base URL, worked out once: the spider compares it with
        the host of every link on every page (~50 a page)."""
        return site_host(self.base_url)

    @classmethod
    def for_url(cls, url: str, timezone: str | None = None) -> SiteDefinition:
        """A definition for a site the project has never seen: its host is its name."""
        base = canonicalize_url(url)
        parts = urlsplit(base)
        base = f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"
        return cls(name=site_host(base), base_url=base, timezone=timezone)

    def to_dict(self) -> dict:
        return asdict(self)

    def __post_init__(self) -> None:
        parts = urlsplit(self.base_url) if isinstance(self.base_url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            # Every discovery URL is joined to it: without a scheme and host, nothing
            # can be fetched.
            raise SiteDefinitionError(
                f"site {self.name}: base_url {self.base_url!r} is not a web address "
                "such as https://polres-contoh.id/"
            )
        if isinstance(self.discovery, str) or not all(
            method in DISCOVERY_METHODS for method in self.discovery
        ):
            # A misspelt method was skipped in silence, and a bare string ("sitemap"
            # without a tuple's comma) was matched as a substring: the source was never
            # asked, and nothing said so.
            raise SiteDefinitionError(
                f"site {self.name}: discovery {self.discovery!r} must be a tuple of "
                f'{", ".join(DISCOVERY_METHODS)} (e.g. ("sitemap", "listing"))'
            )
        if self.province is not None:
            official = province_of(self.province)
            if official is None:
                # Stored as written, a misspelt province left the site out of every
                # `crawl --province` and `sites --province` selection, in silence.
                raise SiteDefinitionError(
                    f"site {self.name}: province {self.province!r} is not in the gazetteer "
                    "(e.g. Kalimantan Selatan, kalsel, Jawa Timur)"
                )
            object.__setattr__(self, "province", official)
        if self.owner not in OWNERS:
            raise SiteDefinitionError(
                f"site {self.name}: owner {self.owner!r} is not one of {OWNERS}"
            )
        if self.timezone is not None and not known_zone(self.timezone):
            # Dates would be read in the default zone instead, hours off, with exit 0.
            raise SiteDefinitionError(
                f"site {self.name}: unknown time zone {self.timezone!r} "
                "(a zone name such as Asia/Jakarta, Asia/Makassar, Asia/Jayapura)"
            )


class SiteDefinitionError(ValueError):
    """A site definition that cannot be used: a file that does not load, an unknown owner
    or time zone. A configuration error (exit 2), found before anything is fetched."""


@cache
def known_zone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone this machine knows."""
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return False
    return True


class UnknownSiteError(LookupError):
    """Raised for a site name that has no definition in ``spiders/sites``, or a value of
    ``field`` (province, owner, platform) no defined site could have: the command line
    names the one option that was wrong, not all three."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# The environment variable naming a directory of extra site definitions.
SITES_DIR_ENV = "NEWSARCHIVE_SITES_DIR"


def extra_sites_dir() -> Path | None:
    """The directory ``NEWSARCHIVE_SITES_DIR`` names, or None: the one place it is read,
    so every command (``sites``, ``crawl NAME``, ``probe --write``) sees the same list."""
    value = os.environ.get(SITES_DIR_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _package_sites() -> Iterator[SiteDefinition]:
    import spiders.sites as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, SiteDefinition):
            yield site


def _directory_sites(directory: Path) -> Iterator[SiteDefinition]:
    """The ``SITE`` of every ``*.py`` file in ``directory`` (``_helpers.py`` skipped).

    Each file is run afresh on every call and kept out of ``sys.modules``: a draft that
    was just rewritten is read as it now is, and two directories may hold files of the
    same name.
    """
    if not directory.is_dir():
        raise ValueError(f"{SITES_DIR_ENV}={directory} is not a directory")
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"newsarchive_sites.{path.stem}", path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # noqa: BLE001 - any error of a hand-edited file
            # One line naming the file, not a traceback from inside it.
            detail = exc if isinstance(exc, SiteDefinitionError) else f"{type(exc).__name__}: {exc}"
            raise SiteDefinitionError(f"{path}: {detail}") from None
        site = getattr(module, "SITE", None)
        if not isinstance(site, SiteDefinition):
            # A draft whose SITE was renamed or misspelt was left out in silence, and
            # `crawl --all` from cron simply stopped crawling it.
            raise SiteDefinitionError(
                f"{path}: defines no SITE = SiteDefinition(…) (a helper module's name "
                "must start with '_')"
            )
        yield site


def load_sites(include_extra: bool = True) -> dict[str, SiteDefinition]:
    """Every site definition in ``spiders/sites`` and in ``extra_sites_dir()``, by name
    (``include_extra=False``: only those of ``spiders/sites``, as the golden files use).

    A name defined twice is an error, never a silent choice between two definitions.
    """
    extra = extra_sites_dir() if include_extra else None
    found = list(_package_sites())
    if extra is not None:
        found.extend(_directory_sites(extra))
    sites: dict[str, SiteDefinition] = {}
    for site in found:
        if site.name in sites:
            raise ValueError(f"two site definitions are named {site.name!r}")
        sites[site.name] = site
    return dict(sorted(sites.items()))


def get_site(name: str) -> SiteDefinition:
    sites = load_sites()
    try:
        return sites[name]
    except KeyError:
        raise UnknownSiteError(unknown_site(name, sites)) from None


def unknown_site(name: str, sites: dict[str, SiteDefinition]) -> str:
    """The error for a site name without a definition: the closest names, else how many
    are defined and where to see them (a list of every site buried the typo)."""
    close = difflib.get_close_matches(name.casefold(), list(sites), n=3, cutoff=0.6)
    if close:
        return f"unknown site {name!r}; did you mean: {', '.join(close)}?"
    if not sites:
        return f"unknown site {name!r} (no site is defined)"
    example = "mci.life" if "mci.life" in sites else next(iter(sites))
    return f"unknown site {name!r} ({len(sites)} defined, e.g. {example}; see 'newsarchive sites')"


def site_for_url(
    url: str, timezone: str | None = None, include_extra: bool = True
) -> SiteDefinition:
    """The definition whose host serves ``url``, else an ad-hoc one for its host
    (``include_extra=False``: ignoring the definitions of ``NEWSARCHIVE_SITES_DIR``)."""
    host = site_host(url)
    for site in load_sites(include_extra).values():
        if site.host == host:
            return site
    return SiteDefinition.for_url(url, timezone=timezone)


def select_sites(
    province: str | None = None, owner: str | None = None, platform: str | None = None
) -> list[SiteDefinition]:
    """The defined sites of a province (any spelling), an owner type and a platform.

    Raises ``UnknownSiteError`` for a province or owner no site could ever have, or a
    platform no defined site is on, so a typo is an error, not an empty crawl.
    """
    wanted_province = None
    if province:
        wanted_province = province_of(province)
        if wanted_province is None:
            raise UnknownSiteError(
                f"unknown province {province!r} (e.g. kalsel, Jawa Timur)", "province"
            )
    if owner and not any(owner_matches(known, owner) for known in OWNERS):
        raise UnknownSiteError(
            f"unknown owner type {owner!r} (one of {', '.join(OWNERS)})", "owner"
        )
    defined = load_sites().values()
    platforms = sorted({site.platform for site in defined})
    if platform and platform.lower() not in platforms:
        # A free-form field: any value a definition uses, and only those.
        raise UnknownSiteError(
            f"no site is on platform {platform!r} (the sites' platforms: {', '.join(platforms)})",
            "platform",
        )
    return [
        site
        for site in defined
        if (not wanted_province or site.province == wanted_province)
        and (not owner or owner_matches(site.owner, owner))
        and (not platform or site.platform == platform.lower())
    ]
