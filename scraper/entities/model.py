"""What `extract_entities` returns: units, people, places, region, topics of one release."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class UnitMention:
    """A Polri unit the release names, normalised to the gazetteer.

    `surface`/`start` are the first mention in the text (`start` is an offset of `text`;
    -1 when the unit is only in the title, or `implied`: a parent of the primary unit
    that the text does not name). `known` is False for a Polsek that is not in the
    gazetteer but whose kecamatan (or parent Polres) the text makes clear.
    """

    name: str
    level: str  # mabes | polda | polres | polsek | satuan
    parent: str | None
    region_code: str | None
    surface: str
    start: int
    mentions: int = 1
    in_title: bool = False
    implied: bool = False
    known: bool = True


@dataclass
class PersonMention:
    """An officer (role "police": rank and name) or an official named by position ("other")."""

    name: str  # "" for an official named only by position ("Ketua KPU Kabupaten Tanah Laut")
    rank: str | None
    titles: list[str]
    position: str | None
    unit: str | None
    role: str  # "police" | "other"
    surface: str
    start: int
    mentions: int = 1


@dataclass
class PlaceMention:
    """A place normalised to the Kemendagri codes (province, kabupaten/kota, kecamatan, desa)."""

    name: str  # "Kabupaten Tanah Laut", "Kecamatan Takisung", "Desa Tabanio", "Kalimantan Selatan"
    level: str  # province | regency | district | village
    code: str
    surface: str
    start: int  # offset of the first mention in `text`
    dateline: bool = False  # the dateline's place ("Pelaihari –"), listed first
    mentions: int = 1


@dataclass
class Entities:
    """Everything `extract_entities` reads from one release."""

    units: list[UnitMention] = field(default_factory=list)
    primary_unit: str | None = None
    people: list[PersonMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    region: str | None = None  # "Kabupaten Tanah Laut"
    region_code: str | None = None  # "63.01"
    province: str | None = None  # "Kalimantan Selatan"
    topics: list[str] = field(default_factory=list)
    dateline: str | None = None  # the dateline as printed ("BANJARMASIN, Kalsel")
    suspects: list[str] = field(default_factory=list)  # "RH (33)": initials and age
    # Counted nouns of title and body, their numbers: {"tps": [121, 905], "personel": [52]}
    counts: dict[str, list[int | float]] = field(default_factory=dict)

    @property
    def officers(self) -> list[PersonMention]:
        """Police officers named with rank and name."""
        return [p for p in self.people if p.role == "police" and p.name and p.rank]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form (for storage and exports): what ``dataclasses.asdict``
        gives, built directly (asdict deep-copies field by field, a tenth of the time
        of reading a release's entities)."""
        out = dict(self.__dict__)
        for key in ("units", "people", "places"):
            out[key] = [_plain(mention) for mention in out[key]]
        for key in ("topics", "suspects"):
            out[key] = list(out[key])
        out["counts"] = {noun: list(values) for noun, values in out["counts"].items()}
        return out


def _plain(mention: UnitMention | PersonMention | PlaceMention) -> dict[str, Any]:
    out = dict(mention.__dict__)
    if isinstance(mention, PersonMention):
        out["titles"] = list(mention.titles)
    return out
