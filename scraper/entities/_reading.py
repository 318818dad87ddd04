"""What every part of the entity reader shares: the mentions it collects, and lookups.

``extract._Reader`` combines the unit, people and place readers (``_units``,
``_people``, ``_places``); each works on the state declared here (``ReaderState``),
filled in by ``_Reader.__init__``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ._patterns import _Patterns
from ._text import Zones
from .gazetteer import Gazetteer, Unit, compact, norm
from .model import PersonMention, PlaceMention


def _lookup(tokens: list[tuple[str, int, int]], index: dict[str, list[str]], limit: int = 6):
    """Longest prefix of `tokens` that is a key of `index`: (values, n) or ([], 0)."""
    for n in range(min(len(tokens), limit), 0, -1):
        key = norm(" ".join(t for t, _, _ in tokens[:n]))
        hit = index.get(key) or index.get(compact(key))
        if hit:
            return hit, n
    return [], 0


def _satuan(name: str, parent: Unit | None) -> Unit:
    """A satuan/fungsi of a unit: "Satresnarkoba Polres Banjar" (parent "Polres Banjar")."""
    if parent is None:
        return Unit(name, "satuan", None)
    return Unit(
        f"{name} {parent.name}", "satuan", parent.name, parent.region_codes, parent.province_code,
        parent.known, parent.uid,
    )  # fmt: skip


def _title_case(words: list[str]) -> list[str]:
    if len(words) > 0 and all(w.isupper() for w in words) and any(len(w) > 3 for w in words):
        return [w if len(w) <= 2 and w.endswith(".") else w.capitalize() for w in words]
    return words


@dataclass
class _Raw:
    """One unit mention before resolution."""

    kind: str  # polda | polres | polsek | satuan | mabes
    surface: str
    start: int  # offset in text, or in the title when in_title
    end: int
    in_title: bool
    zone: str
    cands: list[Unit] = field(default_factory=list)
    unit: Unit | None = None
    kota: bool = False
    districts: list[str] = field(default_factory=list)  # inferred Polsek: kecamatan codes
    regencies: list[str] = field(default_factory=list)  # inferred Polsek: by seat name
    name: str = ""  # inferred Polsek name / satuan name
    n_words: int = 0  # words of an inferred Polsek name
    satuan_level: str = ""
    parent_raw: _Raw | None = None
    qualifier: bool = False
    position: bool = False  # "Kapolres X": a post of the unit, not the unit acting
    building: bool = False  # "Mapolsek X": the headquarters, a place
    # "di Gedung Serbaguna Polres X": where it happened; counted only when no unit is
    # named otherwise (``UnitReading.primary``'s last tier).
    venue: bool = False


@dataclass
class _Person:
    person: PersonMention
    end: int
    key: tuple
    unit_raw: _Raw | None = None
    level: str = ""
    villages: list[str] = field(default_factory=list)
    chain: _Person | None = None  # "Kapolres X melalui Kasi Humas Y": Y's superior X


class ReaderState:
    """One release being read: its text, what was found so far, and shared lookups."""

    g: Gazetteer
    p: _Patterns
    title: str
    text: str
    z: Zones
    site_prov: str | None
    raws: list[_Raw]
    prov_votes: Counter[str]
    people: list[_Person]
    places: list[PlaceMention]
    unit_stop: set[str]
    place_keywords: list[re.Match[str]]  # ``_PLACE_RE`` in the text: units and places read them

    def _province_code(self, name: str) -> str | None:
        key = norm(name)
        return self.g.province_keys.get(key) or self.g.province_keys.get(compact(key))

    def _pick_code(self, codes: list[str], regencies: set[str] | None = None) -> str | None:
        """One code among same-named places: the article's regency, province, site, unique."""
        if len(codes) == 1:
            return codes[0]
        regencies = regencies if regencies is not None else self.context_regencies
        for pick in (
            [c for c in codes if c[:5] in regencies],
            [c for c in codes if c[:2] in self.prov_votes and self.prov_votes[c[:2]] >= 1],
            [c for c in codes if self.site_prov and c[:2] == self.site_prov],
        ):
            if len(pick) >= 1:
                return pick[0]
        return None

    @property
    def context_regencies(self) -> set[str]:
        regs = set()
        for r in self.raws:
            u = r.unit
            if u is not None and u.region_codes and u.level in ("polres", "polsek"):
                regs |= {c[:5] for c in u.region_codes}
        return regs

    def lineage(self, unit: Unit | None) -> list[Unit]:
        """The unit and its parents, most specific first."""
        out: list[Unit] = []
        while unit is not None and len(out) < 5:
            out.append(unit)
            if not unit.parent:
                break
            unit = self._mentioned(unit.parent, unit.parent_uid) or self.g.parent_of(unit)
        return out

    def _mentioned(self, name: str, uid: str | None = None) -> Unit | None:
        for r in self.raws:
            u = r.unit
            if u is not None and u.name == name and (uid is None or u.uid == uid):
                return u
        return None
