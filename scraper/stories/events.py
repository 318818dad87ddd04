"""What story matching keeps of an article's entities, and the check it runs with them.

Two texts whose shingles overlap enough are one story, unless their entities say they
report different events (``scraper.entities.different_events``: another unit, other
places, other event dates, other people, other figures of one thing). The story index
keeps, per article, only what that check reads (``story_signatures.entities``, a small
JSON object: figures only when the article has some); the event dates are the
article's ``article_dates`` rows, without relative dates ("kemarin": resolved against
the publication, so a copy published a day later names another day) and publication
lines.

The check is symmetric (``different_events(a, b) is None`` exactly when
``different_events(b, a) is None``), so story membership does not depend on the order
in which articles arrive. ``scraper.entities`` is imported only when two articles with
entities overlap, so the crawl process does not load it for every article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from scraper.entities import Entities

# The fields of each part of ``Entities.to_dict()`` that ``different_events`` reads.
_UNIT_FIELDS = ("name", "parent")
_PLACE_FIELDS = ("name", "level", "code", "dateline")
_PERSON_FIELDS = ("name", "rank", "position", "role")


def matcher_json(entities: dict | None) -> str | None:
    """The part of ``Entities.to_dict()`` story matching needs, as compact JSON."""
    if not entities:
        return None
    state = {
        "primary_unit": entities.get("primary_unit"),
        "units": [[u[f] for f in _UNIT_FIELDS] for u in entities.get("units") or ()],
        "places": [[p[f] for f in _PLACE_FIELDS] for p in entities.get("places") or ()],
        "people": [[p[f] for f in _PERSON_FIELDS] for p in entities.get("people") or ()],
        "suspects": list(entities.get("suspects") or ()),
    }
    if entities.get("counts"):  # left out when empty: rows stored before it read alike
        state["counts"] = entities["counts"]
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


def load_matcher(text: str | None) -> Entities | None:
    """``Entities`` rebuilt from ``matcher_json`` (the fields the check reads)."""
    if not text:
        return None
    from scraper.entities import Entities, PersonMention, PlaceMention, UnitMention

    state = json.loads(text)
    return Entities(
        primary_unit=state.get("primary_unit"),
        units=[
            UnitMention(name, "", parent, None, "", -1) for name, parent in state.get("units", ())
        ],
        places=[
            PlaceMention(name, level, code, "", -1, bool(dateline))
            for name, level, code, dateline in state.get("places", ())
        ],
        people=[
            PersonMention(name, rank, [], position, None, role, "", -1)
            for name, rank, position, role in state.get("people", ())
        ],
        suspects=list(state.get("suspects", ())),
        counts=state.get("counts") or {},
    )


def event_days(rows: Iterable[tuple[str, str | None, int | None]]) -> list[str]:
    """The days of an article's ``article_dates`` rows (value, kind, relative) that say
    when its event happened: relative dates and publication lines left out."""
    return sorted(
        {
            value[:10]
            for value, kind, relative in rows
            if value and not relative and kind != "published"
        }
    )


def different_events(a: Entities, b: Entities, a_days: list[str], b_days: list[str]):
    """``scraper.entities.different_events``: None, or why ``a`` and ``b`` differ."""
    from scraper.entities import different_events as check

    return check(a, b, a_days, b_days)
