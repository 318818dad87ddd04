"""Places: the villages, kecamatan, regencies and provinces a release names, and its
dateline's place.

The rules are in the package docstring ("Places") and docs/entities.md.
"""

from __future__ import annotations

import re

from ._patterns import _PLACE_STOP, _UNIT_RE
from ._reading import ReaderState, _lookup
from ._text import name_tokens
from .gazetteer import compact, norm
from .model import PlaceMention


class PlaceReading(ReaderState):
    """Finds places in the body (``places``) and reads the dateline's."""

    def find_places(self, region_hint: set[str]) -> None:
        g = self.g
        text = self.text
        unit_spans = [(r.start, r.end) for r in self.raws if not r.in_title]
        found: list[tuple[int, str, list[str], int, str]] = []
        for m in self.place_keywords:
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
