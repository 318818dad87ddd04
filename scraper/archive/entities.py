"""The police-news entities in the archive: who reports what, who speaks, and the backfill.

Read side: ``unit_counts`` (articles per primary unit, per month or over the whole
period) and ``spokespeople`` (the officers and officials the articles name, with their
post and unit, how often and when). Write side: ``backfill_entities`` gives articles
stored before entities existed (or all, after a gazetteer update) their entities, from
the stored title and text, and re-checks their stories. Entities themselves are
``scraper.entities`` (docs/entities.md); the tables are in docs/schema.md.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from scraper.archive.queries import (
    Filters,
    check_site,
    resolve_province,
    resolve_unit,
    unit_subtree,
)
from scraper.archive.store import Archive
from scraper.stories.events import matcher_json
from scraper.stories.index import StoryIndex, StorySettings

NO_FILTERS = Filters()


def missing_entities(archive: Archive) -> int:
    """How many articles have no entities yet (stored before them, not backfilled)."""
    return archive.db.execute("select count(*) from articles where topics is null").fetchone()[0]


def _where(filters: Filters, province: str | None) -> tuple[str, list]:
    where, params = filters.where("a")
    if province:
        where += " and a.province = ?"
        params.append(province)
    return where, params


def _topics(counter: Counter, n: int = 3) -> list[dict]:
    """The ``n`` most frequent topics, ties by name: ``most_common`` kept the order the
    articles came in, so the same counts printed "pemilu 1, sosial 1" or "sosial 1,
    pemilu 1" as the article ids fell."""
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return [{"topic": topic, "articles": count} for topic, count in ranked[:n]]


def _most_common(counter: Counter) -> str | None:
    """The most frequent non-empty key, ties by name (not by the order articles came)."""
    ranked = sorted(((k, c) for k, c in counter.items() if k), key=lambda kc: (-kc[1], kc[0]))
    return ranked[0][0] if ranked else None


def topics_text(topics: list[dict]) -> str:
    """``unit_counts``'s topics as a table prints them: "pemilu 3, kamtibmas 1"."""
    return ", ".join(f"{t['topic']} {t['articles']}" for t in topics)


def unit_counts(
    archive: Archive,
    filters: Filters = NO_FILTERS,
    province: str | None = None,
    per: str = "month",
) -> list[dict]:
    """Articles per primary unit: per month (``per="month"``: month, unit, level,
    articles, topics), or over the whole period (``per="unit"``: unit, level, parent,
    region, articles, first/last published day, months with articles, topics).

    ``topics`` counts the articles' main topics, the three most frequent, ties by name:
    ``[{"topic": "pemilu", "articles": 3}, {"topic": "kamtibmas", "articles": 1}]``
    (a list, as every list of the JSON output is; the table prints "pemilu 3,
    kamtibmas 1"). Months are
    the local months the sites printed; articles without a primary unit (or without
    entities) are left out. ``province`` is any spelling ("Kalsel").
    """
    check_site(archive, filters.site)
    if province:
        province = resolve_province(province)
    where, params = _where(filters, province)
    rows = archive.db.execute(
        f"""select a.primary_unit, u.level, u.parent, a.region,
                   substr(a.published_at, 1, 10) as day, json_extract(a.topics, '$[0]') as topic
            from articles a left join article_units u
              on u.article_id = a.id and u.position = 0 and u.name = a.primary_unit
            where a.primary_unit is not null and {where}""",
        params,
    ).fetchall()
    groups: dict[tuple, dict] = {}
    for unit, level, parent, region, day, topic in rows:
        month = day[:7] if day else None
        # Units of one name under two parents are two units: Polres Banjar of Polda
        # Kalimantan Selatan and of Polda Jawa Barat (helper-104: one row of both).
        key = (month, unit, parent) if per == "month" else (unit, parent)
        group = groups.get(key)
        if group is None:
            group = groups[key] = {
                "month": month,
                "unit": unit,
                "level": level,
                "parent": parent,
                "regions": Counter(),
                "articles": 0,
                "days": [],
                "topics": Counter(),
            }
        group["articles"] += 1
        group["regions"][region] += 1
        if day:
            group["days"].append(day)
        if topic:
            group["topics"][topic] += 1
    out = []
    for group in groups.values():
        row = {
            "unit": group["unit"],
            "level": group["level"],
            "articles": group["articles"],
            "topics": _topics(group["topics"]),
        }
        if per == "month":
            row = {"month": group["month"], **row, "parent": group["parent"]}
        else:
            days = sorted(group["days"])
            region = _most_common(group["regions"])
            row.update(
                parent=group["parent"],
                region=region,
                first_published=days[0] if days else None,
                last_published=days[-1] if days else None,
                months=len({d[:7] for d in days}),
            )
        out.append(row)
    if per == "month":
        out.sort(key=lambda r: (r["month"] or "9999", -r["articles"], r["unit"]))
    else:
        out.sort(key=lambda r: (-r["articles"], r["unit"]))
    return out


def unit_parents(archive: Archive, unit: str) -> list[str]:
    """The parents the archive's articles give units named ``unit``: more than one when
    two units share a name (Polres Banjar in Kalimantan Selatan and in Jawa Barat),
    which a filter by name counts together."""
    return [
        parent
        for (parent,) in archive.db.execute(
            "select distinct parent from article_units where name = ? and parent != ''"
            " order by parent",
            [unit],
        )
    ]


def spokespeople(
    archive: Archive,
    filters: Filters = NO_FILTERS,
    unit: str | None = None,
    role: str = "police",
    limit: int = 100,
) -> list[dict]:
    """Who speaks for which unit: the people the articles name, once per (name, rank,
    position, unit), with how many articles name them and the first and last day one
    was published. ``role``: "police" (officers with rank and name), "other"
    (officials named with their name) or "all". ``unit`` keeps the people whose post is
    in that unit or one under it (a Polres' Polsek and satuan)."""
    check_site(archive, filters.site)
    where, params = filters.where("a")
    clauses = ["p.name != ''"]
    if role == "police":
        clauses.append("p.role = 'police' and p.rank is not null")
    elif role == "other":
        clauses.append("p.role = 'other'")
    if unit:
        names = unit_subtree(archive, resolve_unit(archive, unit))
        clauses.append(f"p.unit in ({', '.join('?' * len(names))})")
        params = [*names, *params]
    rows = archive.db.execute(
        f"""select p.name, p.rank, p.role_position, p.unit, p.role,
                   count(distinct p.article_id) as articles,
                   min(substr(a.published_at, 1, 10)) as first_seen,
                   max(substr(a.published_at, 1, 10)) as last_seen
            from article_people p join articles a on a.id = p.article_id
            where {" and ".join(clauses)} and {where}
            group by p.name, p.rank, p.role_position, p.unit, p.role
            order by articles desc, last_seen desc, p.name limit ?""",
        [*params, limit],
    ).fetchall()
    keys = ("name", "rank", "position", "unit", "role", "articles", "first_seen", "last_seen")
    return [dict(zip(keys, row)) for row in rows]


# -- backfill -------------------------------------------------------------------------


@dataclass
class BackfillResult:
    read: int = 0  # articles whose entities were computed
    with_unit: int = 0  # of those, with a primary unit
    failed: int = 0  # extraction raised: left without entities
    stories_before: int = 0  # stories among the re-matched articles, before and after
    stories_after: int = 0
    rematched: int = 0  # articles matched again to their stories
    seconds: float = 0.0


def _site_provinces(archive: Archive) -> dict[str, str | None]:
    """Each archived site's province: from its stored definition, else the registry."""
    from scraper.sites import load_sites

    try:
        registry = load_sites()
    except Exception:  # noqa: BLE001 - a broken registry must not stop a backfill
        registry = {}
    out = {}
    for name, definition in archive.db.execute("select name, definition from sites"):
        province = None
        with contextlib.suppress(ValueError, AttributeError):
            province = json.loads(definition or "{}").get("province")
        if not province and name in registry:
            province = registry[name].province
        out[name] = province
    return out


def _reference(published: str | None, fetched: str | None) -> date | datetime | None:
    for text in (published, fetched):
        if not text:
            continue
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "Zz" else text)
        except ValueError:
            continue
    return None


def _mark_relative_dates(archive: Archive, article_id: int, text: str, reference) -> None:
    """Fill ``article_dates.relative`` of rows stored before migration m007."""
    rows = archive.db.execute(
        "select position from article_dates where article_id = ? and relative is null",
        [article_id],
    ).fetchall()
    if not rows:
        return
    from scraper.dates import find_dates

    relative = {f.start: f.relative for f in find_dates(text, reference=reference)}
    archive.db.conn.executemany(
        "update article_dates set relative = ? where article_id = ? and position = ?",
        [(int(relative.get(pos, False)), article_id, pos) for (pos,) in rows],
    )


def backfill_entities(
    archive: Archive,
    everything: bool = False,
    batch: int = 200,
    progress: Callable[[str, int, int], None] | None = None,
    stories: StorySettings | None = None,
) -> BackfillResult:
    """Compute the entities of stored articles from their title and text, and store
    them as a crawl would: the ``articles`` columns, ``article_units/people/places``,
    the story index's entities; then re-match the stories of the articles that got
    them, so template twins merged before entities existed split.

    Only articles without entities (``topics`` null), unless ``everything``: then all
    of them, and every story is matched again (after a gazetteer or rules update).
    Idempotent: a second run finds nothing to do (or, with ``everything``, writes the
    same). One transaction per ``batch`` articles; ``progress(stage, done, total)``.
    """
    from scraper.entities import extract_entities

    started = time.perf_counter()
    result = BackfillResult()
    where = "1" if everything else "topics is null"
    ids = [r[0] for r in archive.db.execute(f"select id from articles where {where} order by id")]
    provinces = _site_provinces(archive)
    touched: set[int] = set()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        marks = ", ".join("?" * len(chunk))
        rows = archive.db.execute(
            "select id, site, title, text, published_at, fetched_at, story_id from articles"
            f" where id in ({marks}) order by id",
            chunk,
        ).fetchall()
        with archive.db.atomic():
            for article_id, site, title, text, published, fetched, story in rows:
                try:
                    found = extract_entities(title or "", text or "", provinces.get(site))
                except Exception:  # noqa: BLE001 - one text the rules break on
                    result.failed += 1
                    continue
                entities = found.to_dict()
                archive.db.execute(
                    "update articles set primary_unit = ?, region = ?, province = ?, topics = ?"
                    " where id = ?",
                    [
                        found.primary_unit,
                        found.region,
                        found.province,
                        json.dumps(found.topics, ensure_ascii=False) if found.topics else None,
                        article_id,
                    ],
                )
                archive.store_entities(article_id, entities)
                archive.db.execute(
                    "update story_signatures set entities = ? where article_id = ?",
                    [matcher_json(entities), article_id],
                )
                _mark_relative_dates(
                    archive, article_id, text or "", _reference(published, fetched)
                )
                result.read += 1
                result.with_unit += found.primary_unit is not None
                if story is not None:
                    touched.add(story)
        if progress:
            progress("entities", min(start + batch, len(ids)), len(ids))
    result.rematched, result.stories_before, result.stories_after = _rematch(
        archive, touched, everything, progress, stories
    )
    result.seconds = time.perf_counter() - started
    return result


def _rematch(
    archive: Archive,
    stories: set[int],
    everything: bool,
    progress,
    settings: StorySettings | None = None,
) -> tuple[int, int, int]:
    """Match again the members of ``stories`` with several members (all articles with
    ``everything``); (articles re-matched, their stories before, after)."""
    db = archive.db
    if everything:
        ids = [r[0] for r in db.execute("select article_id from story_signatures order by 1")]
    else:
        several = {
            r[0] for r in db.execute("select id from stories where member_count > 1")
        } & stories
        ids = []
        for story in sorted(several):
            ids += [r[0] for r in db.execute("select id from articles where story_id = ?", [story])]
    if not ids:
        return 0, 0, 0

    def count() -> int:
        found = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(
                r[0]
                for r in db.execute(
                    f"select distinct story_id from articles where id in ({marks})", chunk
                )
            )
        return len(found)

    before = count()
    index = StoryIndex(archive, settings)
    with db.atomic():
        index.recluster(ids, (lambda d, t: progress("stories", d, t)) if progress else None)
    return len(ids), before, count()
