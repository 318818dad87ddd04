"""What a probe found: each discovery source, each sample article, each decision with
its evidence, and the site definition they make.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from scraper.probe.fetcher import NOT_ASKED
from scraper.sites import DISCOVERY_METHODS, FieldOverrides, SiteDefinition
from spiders.sites._profiles import BLOGGER_PRUNE, ODOO_PRUNE

# The platforms the probe names (``SiteDefinition.platform``); any other site is "other".
PLATFORM_NAMES = {
    "wordpress": "WordPress",
    "odoo": "Odoo",
    "blogger": "Blogger",
    "joomla": "Joomla",
    "drupal": "Drupal",
}


@dataclass
class Source:
    """One discovery method (``scraper.sites.DISCOVERY_METHODS``) and what it gave."""

    method: str
    works: bool
    summary: str
    asked: list[str] = field(default_factory=list)  # "/feed/ 404", one per URL asked

    @property
    def untested(self) -> bool:
        """Nothing of it was asked: the request budget was spent before."""
        return bool(self.asked) and all(a.endswith(NOT_ASKED) for a in self.asked)


@dataclass
class Sample:
    """One article read as the crawl reads it (or why it is not one)."""

    url: str
    title: str = ""
    published_at: str | None = None
    published_source: str | None = None
    zone_evidence: str | None = None  # how the date code learnt the page's zone
    chars: int = 0
    language: str | None = None
    province: str | None = None  # the province its text is about (the gazetteer's reading)
    indonesian: float = 0.0  # share of Indonesian function words in its text
    problem: str | None = None  # not an article, HTTP error…


@dataclass
class Decision:
    """A value chosen from evidence, the evidence, and how strong it is."""

    value: str | None
    evidence: list[str] = field(default_factory=list)
    strength: str = ""  # "strong", "weak", "from the province", "unknown"; or ""


@dataclass
class ProbeReport:
    url: str
    base_url: str
    name: str
    probed_on: str
    platform: Decision
    sources: list[Source]
    timezone: Decision
    province: Decision
    owner: Decision
    samples: list[Sample]
    suspicious: list[str]
    start_paths: tuple[str, ...] = ()
    requests: int = 0
    seconds: float = 0.0
    asked: list[str] = field(default_factory=list)  # every request: "200 URL"

    @property
    def discovery(self) -> tuple[str, ...]:
        """What the definition lists: the methods that worked or could not be tried,
        "listing" always (the crawl reads the home page whatever it lists), every method
        if nothing else did."""
        worked = {s.method for s in self.sources if s.works or s.untested} | {"listing"}
        if worked == {"listing"} and not any(s.works for s in self.sources):
            return DISCOVERY_METHODS
        return tuple(m for m in DISCOVERY_METHODS if m in worked)

    @property
    def articles(self) -> list[Sample]:
        return [s for s in self.samples if not s.problem]

    def definition(self) -> SiteDefinition:
        """The definition the drafted file defines (what ``crawl NAME`` will use)."""
        prune = {"odoo": ODOO_PRUNE, "blogger": BLOGGER_PRUNE}.get(self.platform.value or "", ())
        return SiteDefinition(
            name=self.name,
            base_url=self.base_url,
            platform=self.platform.value or "unknown",
            timezone=self.timezone.value,
            discovery=self.discovery,
            start_paths=self.start_paths,
            overrides=FieldOverrides(prune=prune),
            province=self.province.value,
            owner=self.owner.value or "unknown",
            verified=False,
            source=self.source_note(),
        )

    def source_note(self) -> str:
        """The definition's ``source``: where the facts came from, and when."""
        found = "; ".join(f"{s.method}: {s.summary}" for s in self.sources if s.works)
        evidence = ", ".join(self.platform.evidence[:2])
        return (
            f"newsarchive probe {self.url} on {self.probed_on}: {self.platform.value} "
            f"({evidence}); {found or 'no discovery source worked'}"
        )

    def to_dict(self) -> dict:
        data = asdict(self)
        data["discovery"] = list(self.discovery)
        return data
