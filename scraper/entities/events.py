"""`different_events`: do two releases report different events?

Story clustering groups texts whose words overlap. Releases written from one template
by one Humas office (two Operasi Zebra days, two Jumat Curhat visits, two sabu
arrests) share most of their words but report different events. The entities say so:

1. **Unit.** Both primary units known and neither is the other or one of its parents
   ("Polsek Kurau" vs "Polres Tanah Laut" is one lineage; "Polres Tapin" vs "Polres
   Banjar" is not): `different unit`.
2. **Place.** Both texts name desa/kelurahan (or, when neither names one, kecamatan) in
   their body, and no place is shared: `different place`. Datelines, captions and credit
   lines do not count (a copy often changes exactly those).
3. **Event date.** Each text names a date the other does not (dates both name, such as
   an operation's period, do not count): `different event date`. Pass dates printed in
   the text (`scraper.dates.find_dates` values); relative ones ("kemarin") are skipped
   when `FoundDate`-like objects or dicts with `relative`/`kind` are passed.
4. **People.** Each text names a police officer (or a suspect, "RH (33)", or a named
   official) the other does not; a short mention ("AKP Joko") matches the full one
   ("AKP Joko Susilo"): `different officers` / `different people`.
5. **Figures.** Both texts count the same thing in their body ("121 TPS" / "43 TPS",
   "52 personel" / "48 personel", "0,5 gram" / "1,2 gram") and no number of it is
   shared: `different figures`. `Entities.counts` (`counts.py`) holds them; a copy quotes
   its origin's figures, so it shares them, and one that adds a sentence with another
   figure of the same thing still shares the original ones.

A text that only adds to the other (a copy with a caption, a credit line, one more
paragraph) is never different by rules 2–5: each rule needs something on *both* sides
that the other side lacks. Copies that differ only in headline, dateline style,
reporter line or caption therefore give None.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._names import _same_name
from .model import Entities


def _lineage(e: Entities, name: str | None) -> set[str]:
    parents = {u.name: u.parent for u in e.units}
    out: set[str] = set()
    while name and name not in out and len(out) < 6:
        out.add(name)
        name = parents.get(name)
    return out


def _unmatched(xs: list[tuple[str, str]], ys: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Members of xs (kind, name) with no match in ys."""
    return [(k, n) for k, n in xs if not any(k == k2 and _same_name(n, n2) for k2, n2 in ys)]


def _people(e: Entities) -> list[tuple[str, str]]:
    out = []
    for p in e.people:
        if not p.name:
            continue
        if p.role == "police" and p.rank:
            out.append((p.rank, p.name))
        elif p.role == "other":
            out.append((p.position or "other", p.name))
    return out


def _dates(values: Iterable) -> set[str]:
    out = set()
    for v in values or ():
        if isinstance(v, dict):
            if v.get("relative") or v.get("kind") == "published":
                continue
            v = v.get("value")
        elif hasattr(v, "value"):
            if getattr(v, "relative", False) or getattr(v, "kind", "") == "published":
                continue
            v = v.value
        if v is None:
            continue
        out.add(str(v)[:10])
    return out


def _places(e: Entities, level: str) -> set[str]:
    return {p.code for p in e.places if p.level == level and not p.dateline}


def different_events(
    a: Entities,
    b: Entities,
    a_dates: Iterable = (),
    b_dates: Iterable = (),
) -> str | None:
    """None when nothing says `a` and `b` report different events, else a short reason."""
    pa, pb = a.primary_unit, b.primary_unit
    if pa and pb and pa not in _lineage(b, pb) and pb not in _lineage(a, pa):
        return f"different unit: {pa} / {pb}"

    va, vb = _places(a, "village"), _places(b, "village")
    if va and vb:
        if not va & vb:
            return "different place: " + _place_names(a, va) + " / " + _place_names(b, vb)
    else:
        da, db = _places(a, "district"), _places(b, "district")
        if da and db and not da & db:
            return "different place: " + _place_names(a, da) + " / " + _place_names(b, db)

    xa, xb = _dates(a_dates), _dates(b_dates)
    only_a, only_b = xa - xb, xb - xa
    if only_a and only_b:
        return f"different event date: {min(only_a)} / {min(only_b)}"

    la, lb = _people(a), _people(b)
    ua, ub = _unmatched(la, lb), _unmatched(lb, la)
    if ua and ub:
        return f"different officers: {_who(ua)} / {_who(ub)}"
    sa, sb = set(a.suspects), set(b.suspects)
    if sa and sb and sa - sb and sb - sa:
        return f"different people: {', '.join(sorted(sa - sb))} / {', '.join(sorted(sb - sa))}"

    ca, cb = a.counts or {}, b.counts or {}
    for noun in sorted(ca.keys() & cb.keys()):
        xs, ys = set(ca[noun]), set(cb[noun])
        if xs and ys and not xs & ys:
            return f"different figures: {_figures(xs)} {noun} / {_figures(ys)} {noun}"
    return None


def _figures(values: set) -> str:
    return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in sorted(values)[:3])


def _who(people: list[tuple[str, str]]) -> str:
    return ", ".join(f"{k} {n}" for k, n in people[:3])


def _place_names(e: Entities, codes: set[str]) -> str:
    names = []
    for p in e.places:
        if p.code in codes and p.name not in names:
            names.append(p.name)
    return ", ".join(names[:3])
