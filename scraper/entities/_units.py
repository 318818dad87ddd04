"""Units: the police units a release names, which ones they are, and its primary unit.

The rules are in the package docstring ("Units", "Primary unit") and docs/entities.md.
"""

from __future__ import annotations

import re
from collections import Counter

from ._patterns import (
    _KOTA,
    _PAREN_UNIT,
    _PLACE_STOP,
    _UNIT_HINT,
    _UNIT_HINT_BACK,
    _UNIT_RE,
    LEVEL_RANK,
)
from ._reading import ReaderState, _lookup, _Raw, _satuan, _title_case
from ._scan import finditer_hinted
from ._text import STOP, name_tokens
from .gazetteer import Unit, compact, norm

# A unit named as the place where something happens, not its actor: "di Gedung
# Serbaguna Polres Tarakan", "bertempat di Aula Rupatama Polda …", "di Lapangan Apel
# Polres …" (helper-88's round: a Polda training held at a Polres hall made the Polres
# the primary unit). Only after "di", in the text: a headline in Title Case ("Sambangi
# Kantor Bupati Kapolres Tapin") names no venue so (helper-90's review).
_VENUE_BEFORE = re.compile(
    r"\bdi\s+(?i:gedung|aula|lapangan|halaman|ruang|ruangan|balai|auditorium|gor|mako"
    r"|markas|kantor|lobi|lobby|masjid|musala|mushola|rupatama|wisma)\b"
    r"(?:\s+[A-Z][\w.'-]*){0,3}\s+$"
)


# Words that name a unit as a partner of another, not the one acting: "bersama",
# "dibantu", "beserta", "serta", "dan", "didukung (oleh)", "bekerja sama dengan",
# "bersinergi dengan", "gabungan", right before the unit.
_PARTNER = re.compile(
    r"\b(?:bersama(?:\s+dengan)?|dibantu(?:\s+oleh)?|didukung(?:\s+oleh)?|beserta|serta|dan"
    r"|(?:bekerja\s*sama|bersinergi|berkolaborasi|berkoordinasi)\s+dengan|gabungan)"
    r"(?:\s+(?:personel|personil|anggota|jajaran|tim))?\s+$",
    re.IGNORECASE,
)


def _named_as_venue(s: str, start: int) -> bool:
    """Whether the unit mention at ``start`` follows a venue's name (``_VENUE_BEFORE``)."""
    return _VENUE_BEFORE.search(s, max(0, start - 60), start) is not None


class UnitReading(ReaderState):
    """Finds unit mentions (``raws``), resolves each to a unit, picks the primary one."""

    def find_units(self) -> None:
        for in_title, s in ((True, self.title), (False, self.text)):
            found: list[_Raw] = []
            for m in finditer_hinted(_UNIT_RE, s, _UNIT_HINT, _UNIT_HINT_BACK):
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
        raw.venue = not in_title and not pre and _named_as_venue(s, m.start())
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
            ids, n = [], 0
            if m.group("kw") and m.group("kw").lower() == "polrestro":
                # "Polrestro Tangerang": Polda Metro Jaya's "Polres Metro Tangerang …",
                # not Polda Banten's Polresta Tangerang (helper-90's review).
                ids, n = _lookup([("Metro", 0, 0), *toks], g.polres_keys)
                n = n - 1 if ids and n > 1 else 0
                ids = ids if n else []
            if not ids:
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
        for m in self.place_keywords:
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
            rs = [r for r in rs if not r.qualifier and not r.building and not r.venue]
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
            first = next(r for r in title if not r.qualifier and not r.building and not r.venue)
            if not first.position:
                # the lead may name who did it more precisely ("Polda Kalsel Kerahkan
                # Personil …" / "Polres Banjarbaru Polda Kalsel melaksanakan …")
                for r in lead:
                    u = r.unit
                    if r.qualifier or r.building or r.venue or r.position:
                        continue
                    if _PARTNER.search(self.text, max(0, r.start - 30), r.start):
                        # "Polres Banjar bersama Polsek Astambul, Polsek Pengaron …
                        # menggelar …": the Polres's work, with help (helper-104: the
                        # release was the first Polsek's). The units after a partner
                        # are the list's.
                        break
                    if u is None or u.level == "satuan":
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
