"""`extract_entities`: units, primary unit, people, places, region and topics of a release.

The rules are documented in the package docstring (`scraper/entities/__init__.py`) and in
`docs/entities.md`; they run in one pass over the title and text.

The reader is split by what it finds: units (``_units``), people (``_people``) and
places (``_places``), over shared state (``_reading``) and patterns (``_patterns``).
"""

from __future__ import annotations

import re
from collections import Counter

from ._patterns import _PLACE_HINT, _PLACE_RE, _patterns
from ._people import PeopleReading
from ._places import PlaceReading
from ._reading import _Person, _Raw
from ._scan import finditer_hinted
from ._text import STOP, Zones, zones
from ._units import UnitReading
from .counts import counts
from .gazetteer import Gazetteer, Unit, gazetteer
from .model import Entities, PlaceMention, UnitMention
from .topics import topics_of


class _Reader(UnitReading, PeopleReading, PlaceReading):
    """One release, read in the order ``extract_entities`` calls the parts."""

    def __init__(self, title: str, text: str, site_province: str | None) -> None:
        self.g: Gazetteer = gazetteer()
        self.p = _patterns()
        self.title = title or ""
        self.text = text or ""
        self.z: Zones = zones(self.title, self.text)
        self.site_prov = self._province_code(site_province) if site_province else None
        self.raws: list[_Raw] = []
        self.prov_votes: Counter[str] = Counter()
        self.people: list[_Person] = []
        self.places: list[PlaceMention] = []
        self.unit_stop = STOP | set(self.p.rank_words) | {"Pol", "Kalsel"} - {"Kota"}
        # place keywords ("Desa X", "Kabupaten Y"): province votes and places, one scan
        self.place_keywords = finditer_hinted(_PLACE_RE, self.text, _PLACE_HINT)


# Initials and age: "RH (33)". The initials start a word: written after their first
# letter ("not after a letter or digit", the ``\b`` before it), so ``re`` skips to capitals.
_SUSPECT = re.compile(
    r"([A-Z](?<!\w[A-Z])[A-Z]{0,3})(?:\s+alias\s+[A-Z][a-z]+)?\s+\((\d{1,2})(?:\s*tahun|\s*th)?\)"
)


def extract_entities(title: str, text: str, site_province: str | None = None) -> Entities:
    """Units, primary unit, people, places, region, province and topics of one release.

    Pure and fast (a few milliseconds): no network, no database. `site_province` (a
    province name, e.g. the province a site reports on) only breaks ties between
    same-named places and units.
    """
    r = _Reader(title, text, site_province)
    g = r.g
    r.find_units()
    r.resolve_units()
    r.find_people()
    primary = r.primary()
    r.fill_satuan_parents(primary)
    people = r.finish_people(primary)

    # region hint from the primary unit, for places
    hint: set[str] = set()
    for u in r.lineage(primary):
        if u.level in ("polres", "polsek") and u.region_codes:
            hint |= {c[:5] for c in u.region_codes}
            break
    r.find_places(hint)
    dl_place, dl_province = r.dateline_place(hint)
    places = [dl_place] if dl_place else []
    seen: dict[str, PlaceMention] = {}
    for p in r.places:
        if p.code in seen:
            seen[p.code].mentions += 1
        else:
            seen[p.code] = p
            places.append(p)

    region_code = _region(r, primary, dl_place)
    region = g.regencies[region_code].official_name if region_code else None
    prov_code = region_code[:2] if region_code else None
    if prov_code is None and primary is not None:
        prov_code = g.unit_province(primary)
    if prov_code is None and dl_place is not None:
        prov_code = dl_place.code[:2]
    if prov_code is None and dl_province:
        prov_code = dl_province
    if prov_code is None:
        for p in places:
            prov_code = p.code[:2]
            break
    if prov_code is None:
        votes = {k: v for k, v in r.prov_votes.items() if v >= 1}
        if votes:
            prov_code = max(votes, key=votes.get)
        elif r.site_prov:
            prov_code = r.site_prov
    province = g.provinces[prov_code].name if prov_code in g.provinces else None

    units = _unit_mentions(r, primary, region_code)
    # Not in captions and credit lines, which name no people: a copy that adds a photo
    # caption ("Foto: tersangka AS (25) saat diamankan") is the same release.
    suspects = list(
        dict.fromkeys(
            f"{m.group(1)} ({m.group(2)})"
            for m in _SUSPECT.finditer(text)
            if not r.z.is_excluded(m.start())
        )
    )
    dateline = None
    if r.z.dateline_parts:
        dateline = " – ".join(text[a:b] for a, b in r.z.dateline_parts)
    return Entities(
        units=units,
        primary_unit=primary.name if primary else None,
        people=people,
        places=places,
        region=region,
        region_code=region_code,
        province=province,
        topics=topics_of(title, text, r.z),
        dateline=dateline,
        suspects=suspects,
        counts=counts(text, r.z, title),
    )


def _region(r: _Reader, primary: Unit | None, dl_place: PlaceMention | None) -> str | None:
    for u in r.lineage(primary):
        if u.level == "polsek" and u.region_codes:
            return u.region_codes[0][:5]
        if u.level == "polres" and u.region_codes:
            codes = [c[:5] for c in u.region_codes]
            if len(codes) > 1:
                seen = Counter(
                    p.code[:5] for p in r.places if p.level != "province" and p.code[:5] in codes
                )
                if dl_place is not None and dl_place.code[:5] in codes:
                    seen[dl_place.code[:5]] += 1
                if seen:
                    return seen.most_common(1)[0][0]
            return codes[0]
    if dl_place is not None and dl_place.level != "province":
        return dl_place.code[:5]
    for level in ("village", "district", "regency"):
        for p in r.places:
            if p.level == level:
                return p.code[:5]
    return None


def _unit_mentions(r: _Reader, primary: Unit | None, region_code: str | None) -> list[UnitMention]:
    by_name: dict[str, UnitMention] = {}
    order: list[str] = []
    for raw in sorted(r.raws, key=lambda x: (x.in_title is False, x.start)):
        u = raw.unit
        if u is None:
            continue
        um = by_name.get(u.name)
        if um is None:
            um = UnitMention(
                name=u.name,
                level=u.level,
                parent=u.parent,
                region_code=_unit_region(r, u, primary, region_code),
                surface=raw.surface,
                start=-1 if raw.in_title else raw.start,
                mentions=0,
                in_title=raw.in_title,
                known=u.known,
            )
            by_name[u.name] = um
            order.append(u.name)
        elif um.start == -1 and not raw.in_title:
            um.surface, um.start = raw.surface, raw.start
        um.mentions += 1
        um.in_title = um.in_title or raw.in_title
    for u in r.lineage(primary):
        if u.name not in by_name:
            by_name[u.name] = UnitMention(
                u.name, u.level, u.parent, _unit_region(r, u, primary, region_code), "", -1,
                mentions=0, implied=True, known=u.known,
            )  # fmt: skip
            order.append(u.name)
    out = [by_name[n] for n in order]
    out.sort(key=lambda m: (m.name != (primary.name if primary else None), m.implied,
                            m.start if m.start >= 0 else 10**9))  # fmt: skip
    return out


def _unit_region(r: _Reader, u: Unit, primary: Unit | None, region_code: str | None) -> str | None:
    if u.level == "polsek":
        return u.region_codes[0] if u.region_codes else None
    if u.level == "polres":
        if primary is not None and region_code and region_code in u.region_codes:
            return region_code
        return u.region_codes[0] if u.region_codes else None
    if u.level == "polda":
        return u.province_code
    return None
