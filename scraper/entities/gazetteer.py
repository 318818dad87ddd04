"""The gazetteer: regions, Polri units, ranks, positions and other roles, from `data/`.

Loaded once per process, lazily (`gazetteer()` is cached), from the CSV files whose
sources `data/README.md` documents. Everything here is lookup tables; the rules that
use them live in the other modules of this package.

Keys are *normalised names* (`norm`): case-folded, hyphens and dots as spaces, runs of
spaces collapsed, apostrophes dropped. Every name is also indexed in its compact form
(spaces removed), because the press writes "Batulicin" for the Kemendagri "Batu Licin",
"Tanahlaut" for "Tanah Laut" and "Bati-Bati" for "Bati Bati".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

_NORM_DROP = re.compile(r"[’'`´]")
_NORM_SPACE = re.compile(r"[\s\-–—.]+")


def norm(text: str) -> str:
    """Normalised lookup key of a name ("Bati-Bati" -> "bati bati")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _NORM_DROP.sub("", text)
    return _NORM_SPACE.sub(" ", text).strip()


def compact(key: str) -> str:
    """The key without spaces ("batu licin" -> "batulicin")."""
    return key.replace(" ", "")


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@dataclass(frozen=True)
class Province:
    code: str
    name: str


@dataclass(frozen=True)
class Regency:
    code: str
    province_code: str
    kind: str  # "kabupaten" | "kota"
    name: str  # "Tanah Laut"
    official_name: str  # "Kabupaten Tanah Laut"
    capital: str


@dataclass(frozen=True)
class District:
    code: str
    regency_code: str
    name: str


@dataclass(frozen=True)
class Village:
    code: str
    district_code: str
    name: str
    kind: str  # "desa" | "kelurahan"


@dataclass(frozen=True)
class Unit:
    """A Polri unit of the gazetteer (or inferred, `known=False`)."""

    name: str  # "Polres Tanah Laut"
    level: str  # mabes | polda | polres | polsek | satuan
    parent: str | None  # "Polda Kalimantan Selatan"
    region_codes: tuple[str, ...] = ()  # regency codes (polres), district code (polsek)
    province_code: str | None = None
    known: bool = True
    parent_uid: str | None = None  # a parent Polres named twice in Indonesia ("Polres Banjar")

    @property
    def uid(self) -> str:
        """Unique key: a Polres name with its Polda ("Polres Banjar|Polda Kalimantan Selatan")."""
        return f"{self.name}|{self.parent}" if self.level == "polres" else self.name


@dataclass(frozen=True)
class Rank:
    abbr: str  # "AKBP"
    full: str  # "Ajun Komisaris Besar Polisi"
    order: int
    force: str  # "police" | "tni"


@dataclass(frozen=True)
class Position:
    name: str  # canonical: "Kasi Humas"
    level: str  # mabes | polda | polres | polsek | any
    role: str  # "police" | "other"


@dataclass
class Gazetteer:
    provinces: dict[str, Province] = field(default_factory=dict)
    province_keys: dict[str, str] = field(default_factory=dict)  # key -> code
    regencies: dict[str, Regency] = field(default_factory=dict)
    regency_keys: dict[str, list[str]] = field(default_factory=dict)  # key -> codes
    capital_keys: dict[str, list[str]] = field(default_factory=dict)  # key -> regency codes
    districts: dict[str, District] = field(default_factory=dict)
    district_keys: dict[str, list[str]] = field(default_factory=dict)
    villages: dict[str, Village] = field(default_factory=dict)
    village_keys: dict[str, list[str]] = field(default_factory=dict)
    poldas: dict[str, Unit] = field(default_factory=dict)  # name -> unit
    polda_keys: dict[str, str] = field(default_factory=dict)  # key -> name
    polda_of_province: dict[str, str] = field(default_factory=dict)
    polres: dict[str, Unit] = field(default_factory=dict)  # name|polda -> unit
    polres_keys: dict[str, list[str]] = field(default_factory=dict)  # key -> ids
    polres_of_regency: dict[str, list[str]] = field(default_factory=dict)
    polsek: dict[str, Unit] = field(default_factory=dict)  # name -> unit (Kalsel list)
    polsek_keys: dict[str, list[str]] = field(default_factory=dict)
    polsek_of_district: dict[str, list[str]] = field(default_factory=dict)
    satuan_keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (name, level)
    mabes_keys: dict[str, str] = field(default_factory=dict)  # key -> name
    ranks: dict[str, Rank] = field(default_factory=dict)  # surface variant -> rank
    positions: dict[str, Position] = field(default_factory=dict)  # surface -> position
    # Of those, the posts written in full ("Kepala Bagian Perencanaan"): civil offices
    # use the same words, so they name an officer's post only before his rank.
    full_positions: set[str] = field(default_factory=set)

    # -- region helpers --------------------------------------------------------------

    def regency_of(self, code: str | None) -> Regency | None:
        """The kabupaten/kota a region code lies in."""
        if not code or len(code) < 5:
            return None
        return self.regencies.get(code[:5])

    def province_of(self, code: str | None) -> Province | None:
        """The province a region code lies in."""
        if not code:
            return None
        return self.provinces.get(code[:2])

    def unit_province(self, unit: Unit | None) -> str | None:
        """Province code of a unit (through its parents when needed)."""
        seen = 0
        while unit is not None and seen < 5:
            if unit.province_code:
                return unit.province_code
            if unit.region_codes:
                return unit.region_codes[0][:2]
            unit = self.parent_of(unit)
            seen += 1
        return None

    def parent_of(self, unit: Unit) -> Unit | None:
        """The gazetteer unit above `unit` (None for a Polda or an unknown parent)."""
        if unit.parent_uid and unit.parent_uid in self.polres:
            return self.polres[unit.parent_uid]
        return self.unit(unit.parent) if unit.parent else None

    def unit(self, name: str | None) -> Unit | None:
        """A gazetteer unit by its normalised name (Polda, Polres, Polsek)."""
        if not name:
            return None
        if name in self.poldas:
            return self.poldas[name]
        if name in self.polsek:
            return self.polsek[name]
        for uid in self.polres_keys.get("=" + name, ()):
            return self.polres[uid]
        return None


def _add(index: dict[str, list[str]], name: str, value: str) -> None:
    key = norm(name)
    if not key:
        return
    for k in {key, compact(key)}:
        bucket = index.setdefault(k, [])
        if value not in bucket:
            bucket.append(value)


_POLRES_PREFIX = re.compile(r"^(Polres Metro|Polrestabes|Polresta|Polres)\s+", re.I)


_METRO = re.compile(r"^Polres\s+Metro\s+(?=\S)", re.I)


def _polres_suffix(name: str) -> str:
    return _POLRES_PREFIX.sub("", name).strip()


# Posts whose full name is the head of longer ones (see ``gazetteer``'s positions).
_BARE_HEADS = frozenset({"Kanit", "Kasubdit"})


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built from the CSV files on first use (about 60 ms), then cached."""
    g = Gazetteer()
    for r in _rows("regions_provinces.csv"):
        g.provinces[r["code"]] = Province(r["code"], r["name"])
        for name in [r["name"], *_split(r["short"])]:
            g.province_keys[norm(name)] = r["code"]
            g.province_keys[compact(norm(name))] = r["code"]
        g.province_keys[norm("Provinsi " + r["name"])] = r["code"]
    for r in _rows("regions_regencies.csv"):
        reg = Regency(
            r["code"], r["province_code"], r["kind"], r["name"], r["official_name"], r["capital"]
        )
        g.regencies[reg.code] = reg
        names = {reg.name, *_split(r["aliases"])}
        for name in names:  # "Banjarmasin" and "Kota Banjarmasin" both name the city
            _add(g.regency_keys, name, reg.code)
        _add(g.regency_keys, reg.official_name, reg.code)
        if reg.capital:
            _add(g.capital_keys, reg.capital, reg.code)
    for r in _rows("regions_districts.csv"):
        d = District(r["code"], r["regency_code"], r["name"])
        g.districts[d.code] = d
        _add(g.district_keys, d.name, d.code)
    for r in _rows("regions_villages_kalsel.csv"):
        v = Village(r["code"], r["district_code"], r["name"], r["kind"])
        g.villages[v.code] = v
        _add(g.village_keys, v.name, v.code)

    for r in _rows("polri_polda.csv"):
        u = Unit(r["name"], "polda", None, (), r["province_code"])
        g.poldas[u.name] = u
        g.polda_of_province[r["province_code"]] = u.name
        for name in {u.name, r["short"]}:
            suffix = re.sub(r"^Polda\s+", "", name)
            g.polda_keys[norm(suffix)] = u.name
            g.polda_keys[compact(norm(suffix))] = u.name
        prov = g.provinces.get(r["province_code"])
        if prov is not None and u.name != "Polda Metro Jaya":
            for key, code in list(g.province_keys.items()):
                if code == prov.code:
                    g.polda_keys.setdefault(key, u.name)
    for r in _rows("polri_polres.csv"):
        uid = f"{r['name']}|{r['polda']}"
        codes = tuple(_split(r["regency_codes"]))
        u = Unit(r["name"], "polres", r["polda"], codes, g.poldas[r["polda"]].province_code)
        g.polres[uid] = u
        g.polres_keys.setdefault("=" + u.name, []).append(uid)
        for name in {u.name, *_split(r["aliases"])}:
            _add(g.polres_keys, _polres_suffix(name), uid)
            # Polda Metro Jaya's own: "Polres Metro Jakarta Selatan" as printed, read
            # whole before "Metro" alone (Polres Metro, Lampung) matches its first word.
            if _METRO.match(name):
                _add(g.polres_keys, _METRO.sub("Metro ", name), uid)
        for code in codes:
            g.polres_of_regency.setdefault(code, []).append(uid)
    for uid, u in g.polres.items():
        # Polda Metro Jaya's units as people name them with "Metro": "Polres Metro
        # Tangerang" and "Polres Metro Kota Tangerang" for Polres Metro Tangerang Kota
        # (where no other unit is called so: "Polres Metro Bekasi" is the regency's
        # own), "Polres Metro Tangerang Selatan" for Polres Tangerang Selatan; read
        # before "Metro" alone, Lampung's (helper-90's and helper-91's reviews).
        if u.parent != "Polda Metro Jaya":
            continue
        suffix = _METRO.sub("", u.name) if _METRO.match(u.name) else _polres_suffix(u.name)
        keys = [f"Metro {suffix}"]
        if suffix.endswith(" Kota"):
            town = suffix[: -len(" Kota")]
            keys += [f"Metro {town}", f"Metro Kota {town}"]
        for key in keys:
            if norm(key) not in g.polres_keys:
                _add(g.polres_keys, key, uid)
    for r in _rows("polri_polsek_kalsel.csv"):
        ids = g.polres_keys["=" + r["polres"]]  # "Polres Banjar" is also in Jawa Barat
        polres = next(i for i in ids if g.polres[i].province_code == "63")
        parent = g.polres[polres]
        district = (r["district_code"],) if r["district_code"] else ()
        u = Unit(r["name"], "polsek", parent.name, district, parent.province_code, True, polres)
        g.polsek[u.name] = u
        names = {re.sub(r"^Polsek\s+", "", u.name)}
        names |= set(re.findall(r"also written (Polsek [A-Z][\w ]+?)(?:;|$)", r["notes"]))
        for name in names:
            _add(g.polsek_keys, re.sub(r"^Polsek\s+", "", name), u.name)
        if r["district_code"]:
            g.polsek_of_district.setdefault(r["district_code"], []).append(u.name)

    for r in _rows("polri_units_functions.csv"):
        names = [r["name"], *_split(r["variants"])]
        if r["level"] == "mabes":
            for name in names:
                g.mabes_keys.setdefault(norm(name), r["name"])
        else:
            for name in names:
                g.satuan_keys.setdefault(norm(name), (r["name"], r["level"]))
            g.satuan_keys.setdefault(norm(r["full_name"]), (r["name"], r["level"]))

    for r in _rows("polri_ranks.csv"):
        rank = Rank(r["abbr"], r["rank"], int(r["order"]), "police")
        for v in {r["abbr"], r["rank"], *_split(r["variants"])}:
            g.ranks[v] = rank
    for r in _rows("tni_ranks.csv"):
        rank = Rank(r["abbr"], r["rank"], int(r["order"]), "tni")
        for v in {r["abbr"], r["rank"], *_split(r["variants"])}:
            g.ranks.setdefault(v, rank)

    for r in _rows("polri_positions.csv"):
        pos = Position(r["name"], r["level"], "police")
        for v in {r["name"], *_split(r["variants"])}:
            g.positions.setdefault(v, pos)
        # The post written in full, as formal releases do ("Direktur Reserse Narkoba Polda
        # Kalsel", "Kepala Kepolisian Resor Tanah Laut"): helper-104 found it read as no
        # post. Without the file's note in brackets ("(Sihumas)"); not a bare head that
        # longer posts start with ("Kepala Unit" of "Kepala Unit Lantas", kept as
        # printed, and of a civil "Kepala Unit Pelaksana Teknis").
        full = re.sub(r"\s*\(.*\)$", "", r["full_name"]).strip()
        if r["name"] not in _BARE_HEADS and full not in g.positions:
            g.positions[full] = pos
            g.full_positions.add(full)
    for r in _rows("roles_other.csv"):
        pos = Position(r["name"], r["kind"], "other")
        for v in {r["name"], *_split(r["variants"])}:
            g.positions.setdefault(v, pos)
    return g
