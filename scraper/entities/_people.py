"""People: officers (rank, name, titles, post, unit) and other officials of a release.

The rules are in the package docstring ("People") and docs/entities.md.
"""

from __future__ import annotations

import re

from ._names import _WEAK_RANKS, _clean_gap, _generic_position, _parse_name, _same_name
from ._patterns import _ROLE_ORG, _TNI_CORPS, LEVEL_RANK
from ._reading import ReaderState, _lookup, _Person, _Raw, _title_case
from ._scan import finditer_hinted
from ._text import WEEKDAYS, name_tokens
from .gazetteer import Unit, norm
from .model import PersonMention

# A post held before ("mantan Kapolsek", "eks-Kapolres", "bekas Kasat"), right before it.
_FORMER = re.compile(r"\b(?:[Mm]antan|MANTAN|[Ee]ks|EKS|[Bb]ekas)[\s-]*$")

# Civil posts named with their area and then their holder ("Bupati Tanah Laut Sukamta",
# "Wakil Gubernur Sumatera Barat Audy Joinaldy"): what ``_named_between`` splits on.
_AREA_POSTS = frozenset(
    {"Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota",
     "Penjabat Kepala Daerah", "Sekretaris Daerah", "Camat", "Lurah", "Kepala Desa"}
)  # fmt: skip


class PeopleReading(ReaderState):
    """Finds people after ranks and posts (``people``) and gives officers their units."""

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
        for m in finditer_hinted(self.p.position, text, self.p.position_hint):
            surface = re.sub(r"\s+", " ", re.sub(r"^(?:Ps|PS|Plt|Plh|Pj)\.?\s+", "", m.group()))
            pos = self.p.position_of.get(surface) or self.p.position_of.get(
                surface.replace(" ", "")
            )
            if self.z.is_excluded(m.start()):
                continue
            if any(a <= m.start() < b for a, b in taken):
                continue
            if surface in self.g.full_positions:
                # "Kepala Bagian Perencanaan Setda Tapin Budi Santoso": a civil office's
                # words; written in full, a post is an officer's only before his rank.
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
        # A rank written with a full stop ("AKBP. Rofikoh", "Kombes. Pol. Adam", common on
        # regional sites) lost its officer whole (helper-104).
        dot = re.match(r"\.(?=[ \t]+[A-Z])", text[pos:])
        if dot:
            pos += dot.end()
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
        if dot and before is None:
            # "Apel dipimpin AKBP. Acara dilanjutkan …", "naik pangkat menjadi Bripka.
            # Upacara …": a rank that ends a sentence. Releases that write "AKBP." write
            # it after the officer's post (helper-105's review).
            return None
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
                if before is not None and position is before[0]:
                    apart = self._named_between(position, m.start())
                    if apart is not None:
                        # A civil post, its area, a name and a comma before a police
                        # rank: the post is another person's ("Wakil Gubernur Sumbar
                        # Audy Joinaldy, Karo SDM Polda Sumbar Kombes Pol …"; helper-88's
                        # round lost the official). The officer's mention starts after
                        # the comma, where his own post and unit are. "Pj Gubernur
                        # Kalsel, Irjen Pol …" names no one between: one person.
                        position, pstart = (
                            (None, None, text[apart : m.start()], (apart, m.start())),
                            apart,
                        )
            if posobj is not None:
                posname, level = posobj.name, posobj.level
            elif position is not None and position[1]:
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
        if _FORMER.search(text, max(0, lo + best.start() - 12), lo + best.start()):
            # "Mantan Kapolsek Tapin Utara Iptu Mulyadi kini menjabat Kasat Binmas": a
            # post he left says nothing of his unit now (helper-104: it was his post).
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

    def _named_between(self, position, rank_start: int) -> int | None:
        """Where the officer's own words start when a civil post before his rank is
        followed by its area and someone's name, then a comma: the character after the
        last comma (the official's name is ``_official``'s). None when only the area, or
        nothing, stands between the post and the comma."""
        if position[0].name not in _AREA_POSTS:
            return None  # "Kepala Dinas Perhubungan Tapin, AKP …": an office, no name
        gap_start, _ = position[3]
        area, area_end, _ = self._area(gap_start, position[0].name)
        comma = self.text.find(",", area_end, rank_start)  # the official's name ends there
        if not area or comma < 0:
            return None
        between = re.sub(r"\([^)]*\)", " ", self.text[area_end:comma])  # "(Kalsel)"
        _, name, _ = _parse_name(between, 0, self.p.rank_words, allow_caps=False)
        if not name:
            return None
        return (
            comma
            + 1
            + (
                len(self.text[comma + 1 : rank_start])
                - len(self.text[comma + 1 : rank_start].lstrip())
            )
        )

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
