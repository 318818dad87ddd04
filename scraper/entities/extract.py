"""`extract_entities`: units, primary unit, people, places, region and topics of a release.

The rules are documented in the package docstring (`scraper/entities/__init__.py`) and in
`docs/entities.md`; this module implements them in one pass over the title and text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from ._text import STOP, WEEKDAYS, Zones, name_tokens, zones
from ._trie import trie_pattern
from .counts import counts
from .gazetteer import Gazetteer, Unit, compact, gazetteer, norm
from .model import Entities, PersonMention, PlaceMention, UnitMention
from .topics import topics_of

LEVEL_RANK = {"polsek": 0, "satuan": 0, "polres": 1, "polda": 2, "mabes": 3}

# -- patterns built from the gazetteer (once) -----------------------------------------------

_UNIT_RE = re.compile(
    r"\b(?:(?P<pre>Waka|Ka|Ma|WAKA|KA|MA)?(?P<kw>[Pp]ol(?:restabes|resta|res|sekta|sek|da)|"
    r"POL(?:RESTABES|RESTA|RES|SEKTA|SEK|DA))|"
    r"Kepolisian\s+(?P<kep>Resor(?:t)?(?:\s+Kota(?:\s+Besar)?)?|Daerah|Sektor))\b"
)
_PAREN_UNIT = re.compile(r"\s*\((?:Polres|Polresta|Polrestabes|Polda|Polsek)\w*\)")
_KOTA = {"Kota", "KOTA"}


def _alternation(words, flags=0) -> re.Pattern[str]:
    """A word-bounded regex matching any of `words` (written as a trie: fast)."""
    return re.compile(rf"(?<![\w.])(?:{trie_pattern(words)})(?![\w’'])", flags)


@dataclass(frozen=True)
class _Patterns:
    satuan: re.Pattern[str]
    satuan_surface: dict[str, tuple[str, str]]
    satuan_norm: dict[str, tuple[str, str]]
    mabes: re.Pattern[str]
    rank: re.Pattern[str]
    rank_of: dict[str, object]
    rank_words: frozenset[str]
    position: re.Pattern[str]
    position_of: dict[str, object]
    province: re.Pattern[str]


_SATUAN_PREFIX = re.compile(r"^(Satres|Sat|Dit|Bid|Si|Subbag|Subbid|Unit)(?=[A-Z]?[a-z])", re.I)
# Posts the CSV names only by their common forms ("Kasat Intelkam", "Kanit Pidum",
# "Wakasat Lantas", "Kepala Satuan Lalu Lintas"): read as written.
_RANK_AHEAD = (
    r"(?=\s+(?:Polres|Polresta|Polsek|Polda|[A-Z]{2,}|Kompol|Ipda|Iptu|Aipda|Aiptu|Bripka))"
)
_GENERIC_POSITIONS = [
    r"Wakasat\s?(?:Res\s?)?[A-Z][a-z]+",
    r"Kasat\s?(?:Res\s?)?[A-Z][a-z]+",
    r"(?:Kanit|Panit|Kasubnit|Kasubsi|Kasubbag|Kasubbid|Kabag|Kaur|Paur|Wadir|Kasi|Kabid)"
    r"\s?[A-Z][A-Za-z]+",
    r"Kapospol",
    r"Kepala\s+(?:Satuan|Seksi|Unit|Bagian|Bidang|Kepolisian)\s+[A-Z][A-Za-z ]{2,30}?"
    + _RANK_AHEAD,
]
# Roles from roles_other.csv that are too ambiguous to read as a position.
_SKIP_ROLE_VARIANTS = {"Tomas", "Toga", "Gub", "Tokoh Masyarakat", "Tokoh Agama", "Menteri",
                       "Legislator", "Jaksa", "JPU", "Hakim", "Majelis Hakim", "Penyidik",
                       "Penyidik Pembantu", "Penyidik Polri", "Lurah"}  # fmt: skip
# Other roles' organisation, for the `unit` of the person ("KPU Kabupaten Tanah Laut").
_ROLE_ORG = {
    "Ketua KPU": "KPU", "Anggota KPU": "KPU", "Ketua Bawaslu": "Bawaslu",
    "Anggota Bawaslu": "Bawaslu", "Ketua DPRD": "DPRD", "Wakil Ketua DPRD": "DPRD",
    "Anggota DPRD": "DPRD", "Komandan Kodim": "Kodim", "Komandan Koramil": "Koramil",
    "Komandan Korem": "Korem", "Panglima Kodam": "Kodam", "Komandan Lanal": "Lanal",
    "Komandan Lanud": "Lanud", "Kepala Kejaksaan Negeri": "Kejaksaan Negeri",
    "Kepala Kejaksaan Tinggi": "Kejaksaan Tinggi", "Ketua Pengadilan Negeri": "Pengadilan Negeri",
    "Kepala BNN": "BNN", "Kepala BPBD": "BPBD", "Kepala Satpol PP": "Satpol PP", "Ketua MUI": "MUI",
}  # fmt: skip
_TNI_CORPS = {"Inf", "Kav", "Arh", "Arm", "Czi", "CZI", "Cpl", "Chk", "Ckm", "Cku", "Cba", "Cke",
              "Ctp", "Kes", "Mar", "Pnb", "Tek", "Lek", "Adm", "Sus", "Psk", "Nav", "TNI", "(P)",
              "(K)", "(Mar)", "(Han)", "Inf.", "Kav."}  # fmt: skip


# Mabes names too short or too common to read alone ("Brimob" is usually a Polda's).
_MABES_TOO_SHORT = {"Brimob", "Densus", "Mabes", "Labfor", "Inafis", "Srena", "Sops", "SSDM",
                    "Slog", "Setum", "Yanma", "Spripim", "Puskeu", "Pusjarah", "Akpol", "Sespim",
                    "STIK"}  # fmt: skip


@cache
def _patterns() -> _Patterns:
    g = gazetteer()
    from .gazetteer import _rows, _split  # the CSV rows keep the surface forms

    satuan_surface: dict[str, tuple[str, str]] = {}
    for r in _rows("polri_units_functions.csv"):
        if r["level"] == "mabes":
            continue
        for v in [r["name"], *_split(r["variants"]), r["full_name"]]:
            forms = {v}
            m = _SATUAN_PREFIX.match(v)
            if m and " " not in v:  # "Satlantas" -> also "Sat Lantas"
                forms.add(m.group() + " " + v[m.end() :])
            for f in forms:
                satuan_surface[f] = (r["name"], r["level"])
    satuan_surface.pop("Reskrim", None)  # too short alone; "Unit Reskrim"/"Sat Reskrim" stay
    satuan_surface.pop("Setum", None)
    satuan_surface.pop("Yanma", None)
    satuan = _alternation(satuan_surface, re.I)
    mabes_words = {
        v
        for r in _rows("polri_units_functions.csv")
        if r["level"] == "mabes"
        for v in [r["name"], *_split(r["variants"])]
        if v not in _MABES_TOO_SHORT
    }
    mabes = _alternation(mabes_words)

    rank_of: dict[str, object] = {}
    for surface, rank in g.ranks.items():
        forms = {surface, surface.upper()}
        if surface.isupper() and len(surface) > 2:
            forms.add(surface.capitalize())
        if rank.force == "police" and surface.endswith(" Polisi") and surface.count(" ") >= 2:
            forms.add(surface[: -len(" Polisi")])
        for f in forms:
            rank_of.setdefault(f, rank)
    for bad in ("KOMISARIS", "Jenderal", "JENDERAL", "Mayor", "MAYOR", "KAPTEN"):
        rank_of.pop(bad, None)
    rank_of["Komisaris"] = g.ranks["Kompol"]  # only after a police post (see _ranked)
    rank = _alternation(rank_of)
    rank_words = frozenset(w for s in rank_of for w in s.split()[:1])

    position_of: dict[str, object] = {}
    for surface, pos in g.positions.items():
        if surface in _SKIP_ROLE_VARIANTS:
            continue
        position_of[surface] = pos
        if pos.role == "police" and " " in surface:
            position_of.setdefault(surface.replace(" ", ""), pos)
    generic = "|".join(_GENERIC_POSITIONS)
    known = trie_pattern(position_of)
    position = re.compile(
        rf"(?<![\w.])(?:(?:Ps\.?|PS\.?|Plt\.?|Plh\.?|Pj\.?)\s+)?(?:{known}|{generic})(?![\w’'])"
    )
    prov_words = set()
    for r in _rows("regions_provinces.csv"):
        prov_words.add(r["name"])
        prov_words |= set(_split(r["short"]))
    prov_words -= {"Jakarta", "DKI", "Yogyakarta", "Jogja", "Papua", "Maluku", "Riau", "Bali",
                   "Jambi", "Bengkulu", "Lampung", "Banten", "Gorontalo", "Aceh"}  # fmt: skip
    province = _alternation(prov_words)
    satuan_norm = {norm(k): v for k, v in satuan_surface.items()}
    return _Patterns(
        satuan,
        satuan_surface,
        satuan_norm,
        mabes,
        rank,
        rank_of,
        rank_words,
        position,
        position_of,
        province,
    )


# -- small helpers --------------------------------------------------------------------------


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


@dataclass
class _Person:
    person: PersonMention
    end: int
    key: tuple
    unit_raw: _Raw | None = None
    level: str = ""
    villages: list[str] = field(default_factory=list)
    chain: _Person | None = None  # "Kapolres X melalui Kasi Humas Y": Y's superior X


class _Reader:
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

    def _province_code(self, name: str) -> str | None:
        key = norm(name)
        return self.g.province_keys.get(key) or self.g.province_keys.get(compact(key))

    # -- units ---------------------------------------------------------------------------

    def find_units(self) -> None:
        for in_title, s in ((True, self.title), (False, self.text)):
            found: list[_Raw] = []
            for m in _UNIT_RE.finditer(s):
                raw = self._unit_at(s, m, in_title)
                if raw is not None:
                    found.append(raw)
            for m in self.p.satuan.finditer(s):
                name, level = self.p.satuan_norm.get(norm(m.group()), (None, None))
                if name is None:
                    continue
                zone = "title" if in_title else self.z.zone(m.start())
                found.append(
                    _Raw("satuan", m.group(), m.start(), m.end(), in_title, zone, name=name,
                         satuan_level=level)
                )  # fmt: skip
            for m in self.p.mabes.finditer(s):
                key = norm(m.group())
                name = self.g.mabes_keys.get(key)
                if name:
                    zone = "title" if in_title else self.z.zone(m.start())
                    unit = Unit(name, "mabes", None)
                    found.append(
                        _Raw("mabes", m.group(), m.start(), m.end(), in_title, zone, [unit], unit)
                    )
            found.sort(key=lambda r: (r.start, -r.end))
            # drop mentions nested in another (a "Humas" inside "Bidhumas Polda" etc.)
            kept: list[_Raw] = []
            for r in found:
                if kept and r.start < kept[-1].end and r.kind == kept[-1].kind:
                    continue
                if kept and r.start < kept[-1].end and r.end <= kept[-1].end:
                    continue
                kept.append(r)
            self._link(kept, s)
            self.raws.extend(kept)

    def _unit_at(self, s: str, m: re.Match[str], in_title: bool) -> _Raw | None:
        g = self.g
        kep = m.group("kep")
        kota = False
        if kep:
            first = kep.split()[0].lower()
            kind = {"daerah": "polda", "sektor": "polsek"}.get(first, "polres")
            kota = "Kota" in kep
        else:
            kw = m.group("kw").lower()
            kind = "polda" if kw == "polda" else "polsek" if kw.startswith("polsek") else "polres"
            kota = kw in ("polresta", "polrestabes", "polsekta")
        pos = m.end()
        pm = _PAREN_UNIT.match(s, pos)
        if pm:
            pos = pm.end()
        toks = name_tokens(s, pos, 6, self.unit_stop if kind != "polda" else STOP)
        zone = "title" if in_title else self.z.zone(m.start())
        raw = _Raw(kind, "", m.start(), pos, in_title, zone, kota=kota)
        pre = (m.group("pre") or "").lower()
        raw.position = pre in ("ka", "waka")
        raw.building = pre == "ma"
        if not toks:
            return None
        if kind == "polda":
            for n in range(min(len(toks), 4), 0, -1):
                key = norm(" ".join(t for t, _, _ in toks[:n]))
                name = g.polda_keys.get(key) or g.polda_keys.get(compact(key))
                if name:
                    raw.cands = [g.poldas[name]]
                    raw.unit = raw.cands[0]
                    raw.end = toks[n - 1][2]
                    break
            else:
                return None
        elif kind == "polres":
            ids, n = _lookup(toks, g.polres_keys)
            if not ids and toks[0][0] in _KOTA and len(toks) > 1:
                ids, n = _lookup(toks[1:], g.polres_keys)
                n = n + 1 if ids else 0
                kota = True
            if not ids:
                return None
            if n < len(toks) and toks[n][0] in _KOTA:
                kota = True
                n += 1
            raw.cands = [g.polres[i] for i in ids]
            raw.kota = kota
            raw.end = toks[n - 1][2]
        else:
            names, n = _lookup(toks, g.polsek_keys)
            self._infer_polsek(raw, toks)
            if names and n >= raw.n_words:
                raw.cands = [g.polsek[x] for x in names]
                raw.end = toks[n - 1][2]
            if not raw.cands and not raw.name:
                return None
        raw.surface = s[m.start() : raw.end]
        return raw

    def _infer_polsek(self, raw: _Raw, toks) -> None:
        """How a Polsek name reads as a place: its kecamatan, or the seat or city it names.

        ("Polsek Kuranji" -> kecamatan Kuranji; "Polsek Amuntai Kota" -> Amuntai, the seat
        of Hulu Sungai Utara; "Polsek Banjarbaru Kota" -> Kota Banjarbaru.) The place is
        chosen against the rest of the text in `_polsek_unit`.
        """
        g = self.g
        words = [t for t, _, _ in toks]
        codes, n = _lookup(toks, g.district_keys, 4)
        core = toks[:-1] if len(toks) > 1 and words[-1] in _KOTA else toks
        regs, n_reg = _lookup(core, g.capital_keys, 3)
        regs2, n_reg2 = _lookup(core, g.regency_keys, 3)
        raw.districts = list(codes)
        raw.regencies = list(dict.fromkeys([*regs, *regs2]))
        n = max(n, n_reg, n_reg2)
        if n == 0:
            if words[0].isdigit():
                return
            n = min(len(toks), 3)
        if n < len(words) and words[n] in _KOTA:
            n += 1
        raw.n_words = n
        raw.name = "Polsek " + " ".join(_title_case(words[:n]))
        raw.end = toks[n - 1][2]

    def _link(self, found: list[_Raw], s: str) -> None:
        """Satuan parents and qualifiers ("Polres X Polda Y": Y qualifies X)."""
        for a, b in zip(found, found[1:]):
            gap = s[a.end : b.start]
            if not re.fullmatch(
                r"[\s,]*(?:\((?:[^()]{1,40})\)\s*)?(?:jajaran\s+|wilayah\s+)?", gap
            ):
                continue
            if a.kind == "satuan":
                if b.kind in ("polres", "polda", "polsek", "mabes"):
                    a.parent_raw = b
                continue
            if LEVEL_RANK.get(b.kind, 0) > LEVEL_RANK.get(a.kind, 0) and b.kind != "satuan":
                b.qualifier = True
                if a.kind == "polsek" and b.kind == "polres" and a.parent_raw is None:
                    a.parent_raw = b

    def resolve_units(self) -> None:
        g = self.g
        for r in self.raws:
            if r.kind in ("polda", "polres", "polsek") and len(r.cands) == 1:
                self.prov_votes[g.unit_province(r.cands[0]) or ""] += 1
        for m in self.p.province.finditer(self.title + "\n" + self.text):
            code = self._province_code(m.group())
            if code:
                self.prov_votes[code] += 1
        for m in _PLACE_RE.finditer(self.text):
            kw = m.group("kw")
            index = (
                g.village_keys if kw in ("Desa", "Kelurahan", "Kel.", "Ds.")
                else g.district_keys if kw in ("Kecamatan", "Kec.")
                else g.regency_keys if kw in ("Kabupaten", "Kab.")
                else None
            )  # fmt: skip
            if index is None:
                continue
            codes, _ = _lookup(name_tokens(self.text, m.end(), 4, _PLACE_STOP), index, 4)
            if kw in ("Kabupaten", "Kab."):
                codes = [c for c in codes if g.regencies[c].kind == "kabupaten"]
            provs = {c[:2] for c in codes}
            if len(provs) == 1:
                self.prov_votes[provs.pop()] += 0.5
        for a, b in self.z.dateline_parts:
            for part in re.findall(r"[^,()\[\]]+", self.text[a:b]):
                key = norm(part)
                codes = (
                    g.regency_keys.get(key) or g.capital_keys.get(key)
                    or g.regency_keys.get(compact(key)) or g.capital_keys.get(compact(key)) or []
                )  # fmt: skip
                code = g.province_keys.get(key)
                provs = {c[:2] for c in codes} | ({code} if code else set())
                if len(provs) == 1:
                    self.prov_votes[provs.pop()] += 1
        self.prov_votes.pop("", None)
        if self.site_prov:
            self.prov_votes[self.site_prov] += 0.5
        for r in self.raws:
            if r.kind in ("polres", "polda") and r.cands:
                r.unit = self._best_unit(r)
        polres_here = [r.unit for r in self.raws if r.kind == "polres" and r.unit]
        for r in self.raws:
            if r.kind == "polsek":
                r.unit = self._polsek_unit(r, polres_here)
        for r in self.raws:
            if r.kind == "satuan":
                r.unit = self._satuan_unit(r)

    def _best_unit(self, r: _Raw) -> Unit:
        if len(r.cands) == 1:
            return r.cands[0]
        g = self.g

        def score(u: Unit):
            prov = g.unit_province(u) or ""
            kota_ok = 0
            if r.kota and u.region_codes:
                reg = g.regencies.get(u.region_codes[0])
                kota_ok = 1 if (reg and reg.kind == "kota") or u.name.startswith("Polresta") else 0
            return (self.prov_votes.get(prov, 0), kota_ok)

        return max(r.cands, key=score)

    def _polsek_unit(self, r: _Raw, polres_here: list[Unit]) -> Unit:
        """A Polsek: the gazetteer's, or one read from its name and the text around it."""
        g = self.g
        here_regs = {c for u in polres_here for c in u.region_codes}
        here_names = {u.name for u in polres_here}
        if r.parent_raw is not None and r.parent_raw.unit is not None:
            here_regs = set(r.parent_raw.unit.region_codes)
            here_names = {r.parent_raw.unit.name}
        known = r.cands[0] if r.cands else None
        if known is not None and (not here_names or known.parent in here_names):
            return known
        places = [*r.districts, *r.regencies]
        code = None
        for pick in (
            [c for c in places if c[:5] in here_regs],
            [c for c in places if self.prov_votes.get(c[:2], 0) >= 0.5],
            [c for c in places if c[:2] == self.site_prov],
            places if len(places) == 1 and not self.prov_votes else [],
        ):
            if pick:
                code = pick[0]
                break
        if known is not None and (code is None or code[:5] not in here_regs):
            return known
        district = code if code and len(code) > 5 else None
        regency = code[:5] if code else None
        parent = None
        if r.parent_raw is not None and r.parent_raw.unit is not None:
            parent = r.parent_raw.unit
        elif regency:
            units = [g.polres[i] for i in g.polres_of_regency.get(regency, [])]
            mentioned = [u for u in units if u in polres_here]
            first = [u for u in units if u.region_codes and u.region_codes[0] == regency]
            parent = (mentioned or first or units or [None])[0]
        elif polres_here:
            parent = Counter(polres_here).most_common(1)[0][0]
        if district is None and known is None and regency is None and parent is None:
            return Unit(r.name, "polsek", None, (), None, False)
        province = g.unit_province(parent) if parent else (regency or "")[:2] or None
        region = (district,) if district else ((regency,) if regency else ())
        return Unit(
            r.name, "polsek", parent.name if parent else None, region, province, False,
            parent.uid if parent else None,
        )  # fmt: skip

    def _satuan_unit(self, r: _Raw) -> Unit:
        parent = r.parent_raw.unit if r.parent_raw is not None else None
        return _satuan(r.name, parent)

    def fill_satuan_parents(self, primary: Unit | None) -> None:
        """A satuan named alone ("Satlantas juga mengingatkan") belongs to the release's unit."""
        lineage = self.lineage(primary)
        for r in self.raws:
            if r.kind != "satuan" or r.unit is None or r.unit.parent:
                continue
            want = {"polres": "polres", "polda": "polda", "polsek": "polsek"}.get(r.satuan_level)
            parent = next((u for u in lineage if u.level == want), None)
            if parent is None and want == "polsek":
                parent = next((u for u in lineage if u.level == "polres"), None)
            if parent is not None:
                r.unit = _satuan(r.name, parent)

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

    # -- primary unit ----------------------------------------------------------------------

    def primary(self) -> Unit | None:
        org = [r for r in self.raws if r.unit is not None and r.kind != "satuan"]
        satuan_parent = [
            r.parent_raw for r in self.raws if r.kind == "satuan" and r.parent_raw is not None
        ]

        def tier(rs: list[_Raw]) -> Unit | None:
            """The first unit named, or a sub-unit of it named after it ("Polres Banjar
            melalui Polsek Astambul …"), unless the first is a chief's post ("Kapolda
            Kalsel Kunjungi Polres Tanbu": the Polda's visit)."""
            rs = [r for r in rs if not r.qualifier and not r.building]
            if not rs:
                return None
            best = rs[0].unit
            if rs[0].position:
                return best
            for r in rs[1:]:
                u = r.unit
                if u is None or u.level == "satuan" or r.position:
                    continue  # "… Tewaskan Wakapolsek X": a post names a person
                if best.name in {x.name for x in self.lineage(u)[1:]}:
                    best = u
            return best

        title = [r for r in org if r.in_title]
        lead = [r for r in org if not r.in_title and r.zone in ("dateline", "lead")]
        got = tier(title)
        if got:
            first = next(r for r in title if not r.qualifier and not r.building)
            if not first.position:
                # the lead may name who did it more precisely ("Polda Kalsel Kerahkan
                # Personil …" / "Polres Banjarbaru Polda Kalsel melaksanakan …")
                for r in lead:
                    u = r.unit
                    if r.qualifier or r.building or r.position or u is None or u.level == "satuan":
                        continue
                    if got.name in {x.name for x in self.lineage(u)[1:]}:
                        got = u
            return got
        got = tier(lead)
        if got:
            return got
        for person in sorted(self.people, key=lambda p: p.person.start):
            if person.person.role != "police":
                continue
            u = self._person_unit(person, None)
            if u is not None and u.level != "satuan":
                return u
        signoff = [r for r in org if not r.in_title and r.zone == "signoff"]
        signoff += [r for r in satuan_parent if r and not r.in_title and r.zone == "signoff"]
        got = tier(signoff)
        if got:
            return got
        counts: Counter[str] = Counter()
        units: dict[str, Unit] = {}
        for r in org:
            if r.qualifier or r.building or r.zone == "caption":
                continue
            counts[r.unit.name] += 1
            units[r.unit.name] = r.unit
        if not counts:
            return None
        top = max(counts.values())
        best = [units[n] for n, c in counts.items() if c == top]
        best.sort(key=lambda u: (LEVEL_RANK[u.level] != 1, LEVEL_RANK[u.level]))
        return best[0]

    # -- people ----------------------------------------------------------------------------

    def find_people(self) -> None:
        text = self.text
        taken: list[tuple[int, int]] = []
        for m in self.p.rank.finditer(text):
            if self.z.is_excluded(m.start()):
                continue
            if (
                text[max(0, m.start() - 6) : m.start()]
                .rstrip()
                .endswith(("Jalan", "Jl.", "Jln.", "Jl"))
            ):
                continue
            person = self._ranked(m)
            if person is not None:
                self.people.append(person)
                taken.append((person.person.start, person.end))
        for m in self.p.position.finditer(text):
            surface = re.sub(r"\s+", " ", re.sub(r"^(?:Ps|PS|Plt|Plh|Pj)\.?\s+", "", m.group()))
            pos = self.p.position_of.get(surface) or self.p.position_of.get(
                surface.replace(" ", "")
            )
            if self.z.is_excluded(m.start()):
                continue
            if any(a <= m.start() < b for a, b in taken):
                continue
            if pos is not None and pos.role == "other":
                person = self._official(m, pos)
            else:
                person = self._rankless(m, pos, surface)
            if person is not None:
                self.people.append(person)
                taken.append((person.person.start, person.end))
        self.people.sort(key=lambda p: p.person.start)

    def _ranked(self, m: re.Match[str]) -> _Person | None:
        text = self.text
        rank = self.p.rank_of.get(re.sub(r"\s+", " ", m.group()))
        if rank is None:
            return None
        pos = m.end()
        tail = re.match(
            r"\s*(?:\(\s*Pol\s*\)|Pol\.?(?![\w])|POL\.?(?![\w])|Polisi(?![\w]))", text[pos:]
        )
        if tail:
            pos += tail.end()
        if rank.force == "tni":
            while True:
                t = re.match(r"\s+(\S+)", text[pos:])
                if t and t.group(1).rstrip(",") in _TNI_CORPS:
                    pos += t.end()
                else:
                    break
        titles, name, end = _parse_name(text, pos, self.p.rank_words)
        if not name:
            return None
        before = self._position_before(m.start())
        police_post = before is not None and (
            (before[0][0] is not None and before[0][0].role == "police") or bool(before[0][1])
        )  # a known police post, or one read as written ("Kepala Satuan Lalu Lintas")
        if m.group() in _WEAK_RANKS and not police_post:
            return None
        position = before[0] if before else None
        pstart = before[1] if before else m.start()
        if position is None:
            position = self._position_after(end)
        role = "police" if rank.force == "police" else "other"
        posname = None
        level = ""
        if position is not None:
            posobj = position[0]
            if (
                posobj is not None
                and getattr(posobj, "role", "police") != role
                and role == "police"
            ):
                posobj = None
            if posobj is not None:
                posname, level = posobj.name, posobj.level
            elif position[1]:
                posname, level = position[1], "polres"
        gap = position[2] if position is not None and len(position) > 2 else ""
        rank_abbr = rank.abbr
        start = pstart
        pm = PersonMention(
            name=" ".join(_title_case(name)),
            rank=rank_abbr,
            titles=titles,
            position=posname,
            unit=None,
            role=role,
            surface=text[start:end].strip(),
            start=start,
        )
        person = _Person(pm, end, ("r", rank_abbr, pm.name), level=level)
        if position is not None and position[3] is not None:
            gap_start, gap_end = position[3]
            person.unit_raw = self._raw_within(gap_start, gap_end, posname)
            person.villages = self._villages_in(gap_start, gap_end)
        if role == "other" and posname:
            person.person.unit = self._other_unit(posname, gap)
        chain = re.search(
            r"melalui\s+$|didampingi\s+$|diwakili\s+$", text[max(0, start - 14) : start]
        )
        if chain and self.people:
            person.chain = self.people[-1]
        return person

    def _position_before(self, start: int):
        """(position, start, gap text, (gap start, gap end)) of the post named before a rank."""
        text = self.text
        lo = max(0, start - 110)
        window = text[lo:start]
        best = None
        for m in self.p.position.finditer(window):
            gap = window[m.end() :]
            if _clean_gap(gap):
                best = m
        if best is None:
            return None
        surface = re.sub(r"^(?:Ps|PS|Plt|Plh|Pj)\.?\s+", "", best.group())
        surface_n = re.sub(r"\s+", " ", surface)
        pos = self.p.position_of.get(surface_n) or self.p.position_of.get(
            surface_n.replace(" ", "")
        )
        generic = None
        if pos is None:
            generic = _generic_position(surface_n)
        gap = window[best.end() :]
        return (pos, generic, gap, (lo + best.end(), start)), lo + best.start()

    def _position_after(self, end: int):
        text = self.text
        m = re.match(r"\s*(?:\(\s*|,?\s+(?:selaku|sebagai)\s+)", text[end : end + 20])
        if not m:
            return None
        at = end + m.end()
        pm = self.p.position.match(text, at)
        if not pm:
            return None
        surface = re.sub(r"\s+", " ", pm.group())
        pos = self.p.position_of.get(surface) or self.p.position_of.get(surface.replace(" ", ""))
        close = text.find(")", pm.end(), pm.end() + 60) if "(" in m.group() else -1
        gap_end = close if close > 0 else min(len(text), pm.end() + 40)
        return (
            pos,
            None if pos else _generic_position(surface),
            text[pm.end() : gap_end],
            (pm.end(), gap_end),
        )

    def _raw_within(self, a: int, b: int, posname: str | None) -> _Raw | None:
        best = None
        for r in self.raws:
            if r.in_title:
                continue
            inside = a - 12 <= r.start < b
            if inside and (best is None or LEVEL_RANK[r.kind] < LEVEL_RANK[best.kind]):
                best = r
        return best

    def _villages_in(self, a: int, b: int) -> list[str]:
        m = re.search(r"\b(?:Desa|Kelurahan|Kel\.|Ds\.)\s+", self.text[a:b])
        if not m:
            return []
        toks = name_tokens(self.text, a + m.end(), 4)
        codes, _ = _lookup(toks, self.g.village_keys, 4)
        return list(codes)

    def _rankless(self, m: re.Match[str], pos, surface: str) -> _Person | None:
        """A police post followed by a name with no rank ("diwakili Wakapolres Budi Santika").

        The person is kept without a rank; a later "Kompol Budi" gives the rank.
        """
        text = self.text
        at = m.end()
        unit_raw = None
        for r in self.raws:  # "Kapolres Barito Kuala …": skip the unit named by the post
            if not r.in_title and m.start() <= r.start <= at + 2 and r.end > at:
                unit_raw, at = r, r.end
                break
        if re.match(r",?\s*(?:\(|" + self.p.rank.pattern + ")", text[at:]):
            return None
        titles, name, end = _parse_name(text, at, self.p.rank_words, allow_caps=False)
        if len(name) < 1 or name[0] in WEEKDAYS or not re.match(r"[ \t]+[A-Z]", text[at:]):
            return None
        words = [w.rstrip(".") for w in name]
        toks = [(w, 0, 0) for w in words]
        for index in (self.g.regency_keys, self.g.district_keys, self.g.polres_keys):
            if _lookup(toks, index, 4)[0]:
                return None  # a place or unit, not a person
        posname = pos.name if pos is not None else _generic_position(surface)
        pm = PersonMention(
            name=" ".join(_title_case(name)),
            rank=None,
            titles=titles,
            position=posname,
            unit=None,
            role="police",
            surface=text[m.start() : end].strip(),
            start=m.start(),
        )
        person = _Person(pm, end, ("p", posname, pm.name), level=pos.level if pos else "polres")
        person.unit_raw = unit_raw
        return person

    def _official(self, m: re.Match[str], pos) -> _Person | None:
        text = self.text
        at = m.end()
        area_name, area_end, area_code = self._area(at, pos.name)
        at = area_end
        # a TNI rank here is read by _ranked; an official's name follows directly
        titles, name, end = _parse_name(text, at, self.p.rank_words, allow_caps=False)
        if name and name[0] in WEEKDAYS:
            name = []
        org = _ROLE_ORG.get(pos.name, "")
        unit = " ".join(x for x in (org, area_name) if x) or None
        pm = PersonMention(
            name=" ".join(_title_case(name)),
            rank=None,
            titles=titles if name else [],
            position=pos.name,
            unit=unit,
            role="other",
            surface=text[m.start() : end if name else area_end].strip().rstrip(","),
            start=m.start(),
        )
        return _Person(pm, end if name else area_end, ("o", pos.name, unit, pm.name))

    def _area(self, at: int, posname: str) -> tuple[str, int, str | None]:
        """The place or number after a role ("Kabupaten Tanah Laut", "1009/Pelaihari")."""
        g = self.g
        text = self.text
        m = re.match(
            r"\s+(\d{2,4}(?:[-/.]\d{1,3})?/[A-Z][\w\-]+|RI\b|Provinsi\b|Prov\.|Kabupaten\b|Kab\.|Kota\b|Kecamatan\b|Kec\.|Desa\b|Kelurahan\b)",
            text[at:],
        )
        if m and m.group(1)[0].isdigit():
            return m.group(1), at + m.end(), None
        if m and m.group(1) == "RI":
            return "RI", at + m.end(), None
        kw = m.group(1) if m else ""
        pos = at + (m.end() if m else 0)
        toks = name_tokens(text, pos, 5)
        if not toks:
            return ("", at, None) if not kw else (kw, pos, None)
        indexes: list[tuple[str, dict]] = []
        if kw in ("Desa", "Kelurahan") or posname in ("Kepala Desa", "Lurah"):
            indexes.append(("village", g.village_keys))
        if kw in ("Kecamatan", "Kec.") or posname == "Camat":
            indexes.append(("district", g.district_keys))
        if kw in ("Kabupaten", "Kab.", "Kota", "") and posname not in ("Camat", "Kepala Desa"):
            indexes.append(("regency", g.regency_keys))
        if kw in ("Provinsi", "Prov.", ""):
            indexes.append(("province", {}))
        for level, index in indexes:
            if level == "province":
                for n in range(min(3, len(toks)), 0, -1):
                    key = norm(" ".join(t for t, _, _ in toks[:n]))
                    code = g.province_keys.get(key)
                    if code:
                        return g.provinces[code].name, toks[n - 1][2], code
                continue
            codes, n = _lookup(toks, index, 5)
            if not codes:
                continue
            if level == "regency":
                if kw == "Kota":
                    codes = [c for c in codes if g.regencies[c].kind == "kota"] or codes
                elif kw in ("Kabupaten", "Kab."):
                    codes = [c for c in codes if g.regencies[c].kind == "kabupaten"] or codes
                code = self._pick_code(codes)
                if code:
                    return g.regencies[code].official_name, toks[n - 1][2], code
            elif level == "district":
                code = self._pick_code(codes)
                if code:
                    return "Kecamatan " + g.districts[code].name, toks[n - 1][2], code
            else:
                code = self._pick_code(codes)
                if code:
                    v = g.villages[code]
                    return (
                        f"{'Kelurahan' if v.kind == 'kelurahan' else 'Desa'} {v.name}",
                        toks[n - 1][2],
                        code,
                    )
        if kw:  # "Kabupaten Tanah," - a keyword with a name the gazetteer does not know
            words = [t for t, _, _ in toks[:3]]
            return f"{kw} {' '.join(words)}", toks[min(3, len(toks)) - 1][2], None
        return "", at, None

    def _other_unit(self, posname: str, gap: str) -> str | None:
        org = _ROLE_ORG.get(posname, "")
        gap = gap.strip().strip(",").strip()
        return " ".join(x for x in (org, gap) if x) or None

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

    def _person_unit(self, person: _Person, primary: Unit | None) -> Unit | None:
        """The unit of an officer's post: named with the post, or the release's unit."""
        r = person.unit_raw
        level = person.level
        if r is not None and r.unit is not None:
            u = r.unit
            if u.level == "satuan" and u.parent:
                return self._mentioned(u.parent, u.parent_uid) or self.g.parent_of(u) or u
            return u
        if level == "polsek" and person.villages:
            for raw in self.raws:
                u = raw.unit
                if (
                    raw.kind == "polsek"
                    and u
                    and u.region_codes
                    and any(v[:8] == u.region_codes[0] for v in person.villages)
                ):
                    return u
            polseks = {
                raw.unit.name: raw.unit for raw in self.raws if raw.kind == "polsek" and raw.unit
            }
            if len(polseks) == 1:
                return next(iter(polseks.values()))
        if person.chain is not None and level in ("polres", "polda", "polsek", ""):
            up = self._person_unit(person.chain, primary)
            if up is not None:
                for u in self.lineage(up):
                    if u.level == level:
                        return u
        if primary is None or not level:
            return None
        for u in self.lineage(primary):
            if u.level == level:
                return u
        if level == "polsek":  # no Polsek named: the Bhabinkamtibmas's Polres
            return next((u for u in self.lineage(primary) if u.level == "polres"), None)
        if level == "polda":
            code = self.g.unit_province(primary)
            name = self.g.polda_of_province.get(code or "")
            return self.g.poldas.get(name) if name else None
        return None

    def finish_people(self, primary: Unit | None) -> list[PersonMention]:
        out: list[PersonMention] = []
        police: list[_Person] = []
        for person in self.people:
            pm = person.person
            if pm.role == "police":
                u = self._person_unit(person, primary)
                pm.unit = u.name if u is not None else None
                police.append(person)
        # merge repeated mentions: the same rank and name, or rank and one of the names
        merged: list[_Person] = []
        for person in self.people:
            pm = person.person
            target = None
            for other in merged:
                om = other.person
                if om.role != pm.role:
                    continue
                if om.rank != pm.rank and not (pm.role == "police" and None in (om.rank, pm.rank)):
                    continue
                if pm.role == "other" and not pm.rank:
                    if (
                        om.position == pm.position
                        and om.unit == pm.unit
                        and (om.name == pm.name or not pm.name or not om.name)
                    ):
                        target = other
                        break
                    continue
                if _same_name(om.name, pm.name):
                    target = other
                    break
            if target is None:
                merged.append(person)
                continue
            om = target.person
            om.mentions += 1
            if om.rank is None and pm.rank is not None:
                om.rank = pm.rank
            if len(pm.name) > len(om.name):
                om.name = pm.name
            if not om.titles and pm.titles:
                om.titles = pm.titles
            if not om.position and pm.position:
                om.position, om.unit = pm.position, pm.unit
            elif om.unit is None and pm.unit is not None and om.position == pm.position:
                om.unit = pm.unit
        for person in merged:
            out.append(person.person)
        return out

    # -- places ----------------------------------------------------------------------------

    def find_places(self, region_hint: set[str]) -> None:
        g = self.g
        text = self.text
        unit_spans = [(r.start, r.end) for r in self.raws if not r.in_title]
        found: list[tuple[int, str, list[str], int, str]] = []
        for m in _PLACE_RE.finditer(text):
            if self.z.is_excluded(m.start()):
                continue
            kw = m.group("kw")
            toks = name_tokens(text, m.end(), 5, _PLACE_STOP)
            if not toks:
                continue
            if kw in ("Desa", "Kelurahan", "Kel.", "Ds."):
                codes, n = _lookup(toks, g.village_keys, 5)
                level = "village"
            elif kw in ("Kecamatan", "Kec.", "PPK"):  # PPK: Panitia Pemilihan Kecamatan X
                codes, n = _lookup(toks, g.district_keys, 5)
                level = "district"
            elif kw in ("Provinsi", "Prov."):
                codes, n = [], 0
                for k in range(min(3, len(toks)), 0, -1):
                    code = g.province_keys.get(norm(" ".join(t for t, _, _ in toks[:k])))
                    if code:
                        codes, n = [code], k
                        break
                level = "province"
            else:
                level = "regency"
                if kw == "Kota":
                    if any(a <= m.start() < b for a, b in unit_spans):
                        continue
                    codes, n = _lookup([("Kota", 0, 0), *toks], g.regency_keys, 5)
                    n = n - 1
                    if n <= 0:
                        codes, n = _lookup(toks, g.regency_keys, 5)
                        codes = [c for c in codes if g.regencies[c].kind == "kota"]
                else:
                    codes, n = _lookup(toks, g.regency_keys, 5)
                    codes = [c for c in codes if g.regencies[c].kind == "kabupaten"] or codes
            if codes and n > 0:
                found.append((m.start(), level, list(codes), toks[n - 1][2], kw))
        for m in self.p.province.finditer(text):
            if self.z.is_excluded(m.start()) or any(a <= m.start() < b for a, b in unit_spans):
                continue
            code = self._province_code(m.group())
            if code:
                found.append((m.start(), "province", [code], m.end(), ""))
        found.sort()
        districts_named = set()
        regencies = set(region_hint) | self.context_regencies
        for _, level, codes, _, _ in found:
            if level == "regency":
                code = self._pick_code(codes, regencies)
                if code:
                    regencies.add(code)
        for _, level, codes, _, _ in found:
            if level == "district":
                code = self._pick_code(codes, regencies)
                if code:
                    districts_named.add(code)
        for start, level, codes, end, _ in found:
            code = None
            if level == "village":
                near = re.search(r"Kec(?:amatan|\.)\s+([A-Z][\w\- ]{2,30})", text[end : end + 45])
                near_codes: set[str] = set()
                if near:
                    dc, _ = _lookup(
                        name_tokens(text, end + near.start(1), 4, _PLACE_STOP), g.district_keys, 4
                    )
                    near_codes = set(dc)
                pick = [c for c in codes if c[:8] in near_codes] or [
                    c for c in codes if c[:8] in districts_named
                ]
                code = pick[0] if pick else self._pick_code(codes, regencies)
                if code is None:
                    continue
                v = g.villages[code]
                name = f"{'Kelurahan' if v.kind == 'kelurahan' else 'Desa'} {v.name}"
            elif level == "district":
                code = self._pick_code(codes, regencies)
                if code is None:
                    continue
                name = "Kecamatan " + g.districts[code].name
            elif level == "regency":
                code = self._pick_code(codes, regencies)
                if code is None:
                    continue
                name = g.regencies[code].official_name
            else:
                code = codes[0]
                name = g.provinces[code].name
            self.places.append(PlaceMention(name, level, code, text[start:end], start))

    def dateline_place(self, region_hint: set[str]) -> tuple[PlaceMention | None, str | None]:
        """The dateline's place (regency, seat or kecamatan) and province, when it names them."""
        g = self.g
        place = None
        province = None
        regencies = set(region_hint) | self.context_regencies
        for a, b in self.z.dateline_parts:
            chunk = self.text[a:b]
            for part_m in re.finditer(r"[^,()\[\]]+", chunk):
                part = " ".join(w for w in part_m.group().split() if "." not in w)
                if not part or _UNIT_RE.match(part):
                    continue
                key = norm(part)
                pstart = a + part_m.start() + (len(part_m.group()) - len(part_m.group().lstrip()))
                code = g.province_keys.get(key) or g.province_keys.get(compact(key))
                if code:
                    province = province or code
                    continue
                if place is not None:
                    continue
                regs = g.regency_keys.get(key) or g.regency_keys.get(compact(key)) or []
                if regs:
                    code = self._pick_code(list(regs), regencies) or (
                        regs[0] if len({r[:2] for r in regs}) == 1 else None
                    )
                    if code:
                        place = PlaceMention(
                            g.regencies[code].official_name, "regency", code, part, pstart, True
                        )
                        continue
                caps = g.capital_keys.get(key) or g.capital_keys.get(compact(key)) or []
                if caps:
                    reg = caps[0]
                    dist = [
                        c
                        for c in g.district_keys.get(key, [])
                        + g.district_keys.get(compact(key), [])
                        if c[:5] == reg
                    ]
                    if dist:
                        place = PlaceMention(
                            "Kecamatan " + g.districts[dist[0]].name,
                            "district",
                            dist[0],
                            part,
                            pstart,
                            True,
                        )
                    else:
                        place = PlaceMention(
                            g.regencies[reg].official_name, "regency", reg, part, pstart, True
                        )
                    continue
                dists = g.district_keys.get(key) or g.district_keys.get(compact(key)) or []
                if dists:
                    code = self._pick_code(list(dists), regencies)
                    if code:
                        place = PlaceMention(
                            "Kecamatan " + g.districts[code].name,
                            "district",
                            code,
                            part,
                            pstart,
                            True,
                        )
        return place, province


_PLACE_RE = re.compile(
    r"\b(?P<kw>Desa|Kelurahan|Kel\.|Ds\.|Kecamatan|Kec\.|PPK|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+"
)
_PLACE_STOP = STOP - {"Kota"} | {"Polres", "Polsek", "Kapolres", "Kapolsek", "Polda", "Polresta"}

_NO_DOT_TITLES = {
    "SH": "S.H.", "SIK": "S.I.K.", "SIk": "S.I.K.", "Sik": "S.I.K.", "Msi": "M.Si.",
    "MH": "M.H.", "MSi": "M.Si.", "MM": "M.M.",
    "SE": "S.E.", "SIP": "S.IP.", "SPd": "S.Pd.", "SSos": "S.Sos.", "STrK": "S.Tr.K.",
    "SKom": "S.Kom.", "MIK": "M.I.K.", "MKn": "M.Kn.", "MAP": "M.A.P.", "MPd": "M.Pd.",
    "SAg": "S.Ag.", "SHI": "S.H.I.", "SPdI": "S.Pd.I.", "CPHR": "CPHR", "MBA": "MBA",
    "Lc": "Lc.", "ST": "S.T.", "MT": "M.T.", "SKM": "S.K.M.", "MKes": "M.Kes.", "Amd": "A.Md.",
    "AMd": "A.Md.", "SSi": "S.Si.", "MHum": "M.Hum.", "MTr": "M.Tr.", "SHum": "S.Hum.",
}  # fmt: skip
_TITLE_FIX = {"S.IK.": "S.I.K.", "S.Ik.": "S.I.K.", "S.I.K": "S.I.K.", "M.Si": "M.Si.",
              "S.Tr.K": "S.Tr.K.", "S.H": "S.H.", "M.H": "M.H.", "S.Sos": "S.Sos."}  # fmt: skip
_DOTTED_TITLE = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,;:)\"”]|$)")
_WEAK_RANKS = {"Komisaris"}  # a company's commissioner too: a rank only after a police post
_ABBREVIATED_NAMES = {"Moch", "Moh", "Muh", "Abd", "Mochd", "Muhd", "Mhd", "Ach", "Akh", "Moc"}
_ONE_DOT_TITLE = re.compile(
    r"[SMD]\.(?:IK|Ik|Si|H|E|Sos|Kom|Pd|Ag|IP|T|Kes|Hum|Tr|M|Han|Psi|Ked|Farm|Ak|AP|Kn|Pd\.I)\.?"
)
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.?){1,3}(?=[ \t]+[A-Z][a-z])")
_PREFIX_TITLE = re.compile(r"(?:Prof\.|Dr\.|Drs\.|Dra\.|Ir\.|dr\.|Dr(?=\s)|Drs(?=\s))\s*")
_NAME_PART = re.compile(r"[A-Z][\w’'\-]*\.?|[A-Z]\.")
_NAME_STOP = STOP | {
    "Kasi", "Kasat", "Kanit", "Kabag", "Kapolsek", "Kapolres", "Kabid", "Bhabinkamtibmas",
    "Babinsa", "Ketua", "Bupati", "Wakil", "Camat", "Kepala", "Pejabat", "Para", "Seluruh",
    "Pol", "POL", "Polisi", "Wita", "S.H.", "Humas", "Selasa", "Kompol", "Gubernur", "Ia",
    "Dia", "Beliau", "Namun", "Sementara", "Menurut", "Kata", "Ujar", "Hadir", "Turut",
    "Kegiatan", "Sedangkan", "Adapun", "Dalam", "Juga", "Tak", "Tidak", "Saya", "Kami",
    "Brimob", "Satbrimob", "Polairud", "Intel", "Reskrim", "Lantas", "Samapta", "Binmas",
}  # fmt: skip


def _parse_name(text: str, pos: int, rank_words, allow_caps: bool = True):
    """(titles, name words, end) of a name written after a rank or a post."""
    titles: list[str] = []
    m = re.match(r"[ \t]+", text[pos:])
    if not m and pos < len(text) and text[pos] not in " \t":
        return [], [], pos
    pos += m.end() if m else 0
    while True:
        pm = _PREFIX_TITLE.match(text, pos)
        if not pm:
            break
        titles.append(_norm_title(pm.group().strip()))
        pos = pm.end()
    words: list[str] = []
    end = pos
    while len(words) < 5:
        gap = re.match(r"[ \t]+", text[end:]) if words else None
        at = end + (gap.end() if gap else 0)
        if words and not gap:
            break
        tm = _DOTTED_TITLE.match(text, at)
        if tm and (tm.group().count(".") >= 2 or _ONE_DOT_TITLE.fullmatch(tm.group())):
            break  # "S.I.K." or "S.IK" after the name, without a comma
        im = _INITIALS.match(text, at)
        if im:  # "F.L" in "Sony F.L Gaol"
            words.append(im.group())
            end = im.end()
            continue
        nm = _NAME_PART.match(text, at)
        if not nm:
            break
        tok = nm.group()
        bare = tok.rstrip(".")
        if (
            bare in _NAME_STOP
            or bare in rank_words
            or tok in _NO_DOT_TITLES
            or bare in _NO_DOT_TITLES
        ):
            break
        if _DOTTED_TITLE.fullmatch(tok) and tok.count(".") >= 2:
            break
        nxt = text[nm.end() : nm.end() + 1]
        glued = nxt and (nxt.isalnum() or nxt in "./")  # "S.H" glued, "1009/…": not a name
        if glued and not (tok.endswith(".") and len(bare) <= 2):
            break
        if bare.isupper() and len(bare) > 3 and not allow_caps:
            break
        if tok.endswith("."):
            if len(bare) <= 2 or bare.capitalize() in _ABBREVIATED_NAMES:
                words.append(tok)  # an initial or abbreviated name: "M.", "Hj.", "Moh."
                end = nm.end()
                continue
            words.append(bare)  # the sentence ends after the name
            end = nm.end() - 1
            break
        words.append(tok)
        end = nm.end()
    if not words:
        return titles, [], pos
    if all(w.endswith(".") for w in words):  # "M." alone is not a name
        return titles, [], pos
    # titles after the name: ", S.H., M.H." / " S.I.K." / ",S.H." / " SH SIK MSi"
    p = end
    while True:
        tm = re.match(r"[ \t]*,?[ \t]*", text[p:])
        at = p + tm.end()
        t = _DOTTED_TITLE.match(text, at)
        if t and "." in t.group():
            titles.append(_norm_title(t.group()))
            p = t.end()
            continue
        w = re.match(r"([A-Za-z]{2,5})\.?(?=[\s,;:)\"”]|$)", text[at:])
        if w and w.group(1) in _NO_DOT_TITLES:
            titles.append(_NO_DOT_TITLES[w.group(1)])
            p = at + w.end()
            continue
        break
    if titles and p > end:
        end = p
    return titles, words, end


def _norm_title(t: str) -> str:
    t = t.strip().rstrip(",")
    if t in _TITLE_FIX:
        return _TITLE_FIX[t]
    if t in ("Dr", "Drs"):
        return t + "."
    if not t.endswith("."):
        t += "."
    return _TITLE_FIX.get(t, t)


def _clean_gap(gap: str) -> bool:
    """Between a post and a rank only the post's unit or place may stand.

    ("Kapolres Tanah Laut (Tala) AKBP", "Dandim 1009/Pelaihari Letkol", "Kapolda Kalsel,
    Irjen Pol"); a lower-case word, a quote or the end of a sentence means the post
    belongs to someone else.
    """
    g = gap.strip()
    if not g:
        return True
    if len(g) > 70 or re.search(r"[!?;:\"“”]", g) or re.search(r"[a-z]\.\s", gap):
        return False
    for tok in re.findall(r"[^\s,()]+", g):
        if tok == "dan" or not (
            tok[0].isupper() or tok[0].isdigit() or tok in ("&", "/", "-", "–")
        ):
            return False
    return True


def _generic_position(surface: str) -> str:
    surface = re.sub(r"\s+", " ", surface).strip()
    return surface[:-3] if surface.endswith("nya") and len(surface) > 8 else surface


def _same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    ta = [w.rstrip(".") for w in a.split()]
    tb = [w.rstrip(".") for w in b.split()]
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        return short[0] in long_ and len(short[0]) > 1
    return all(w in long_ for w in short)


_SUSPECT = re.compile(
    r"\b([A-Z]{1,4})(?:\s+alias\s+[A-Z][a-z]+)?\s+\((\d{1,2})(?:\s*tahun|\s*th)?\)"
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
    suspects = list(dict.fromkeys(f"{a} ({b})" for a, b in _SUSPECT.findall(text)))
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
