"""Read-side queries: search, export and statistics, as plain iterators of dicts.

These never write, so they can run while a crawl writes (WAL mode). Date filters act on
the local calendar day the site printed (the first ten characters of ``published_at``).
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from scraper.archive.store import Archive, ArchiveError

# The articles columns an export carries, in order.
ARTICLE_COLUMNS = (
    "id",
    "url",
    "site",
    "title",
    "published_at",
    "published_utc",
    "published_at_source",
    "date_conflict",
    "modified_at",
    "authors",
    "tags",
    "categories",
    "description",
    "image_url",
    "language",
    "slug",
    "post_id",
    "content_hash",
    "fetched_at",
    "first_seen_at",
    "story_id",
    "gone_at",
    "gone_reason",
    "primary_unit",
    "region",
    "province",
    "topics",
    "text",
)
# Export columns: the article's, plus the units and the people it names (JSON lists,
# from article_units and article_people), the text last.
EXPORT_COLUMNS = (*ARTICLE_COLUMNS[:-1], "units", "people", "text")
JSON_COLUMNS = ("authors", "tags", "categories", "topics")
# What the export says of each unit and person (a subset of article_units/article_people).
UNIT_FIELDS = ("name", "level", "parent")
PERSON_FIELDS = ("name", "rank", "titles", "position", "unit", "role")


class BadFilter(ArchiveError):
    """A filter value that names nothing (a misspelt unit, region, topic, province).

    The CLI prints it as one line and exits 2 (a usage error), with close matches.
    """


@dataclass(frozen=True)
class Filters:
    """The filters the read commands share (``--site``, ``--since``, ``--until``, and
    ``--unit``, ``--region``, ``--topic``).

    ``unit``: articles whose primary unit is that unit or one under it (a Polres gives
    its Polsek's releases too, a Polda its Polres'); a satuan (never a primary unit)
    gives the articles that name it. ``units`` holds the names that ``unit`` covers,
    filled by ``resolve_filters`` from the archive. ``region`` is the article's
    kabupaten/kota (``articles.region``); ``topic`` any of its topics.
    """

    site: str | None = None
    since: date | None = None
    until: date | None = None
    unit: str | None = None
    region: str | None = None
    topic: str | None = None
    units: tuple[str, ...] = ()

    def where(self, table: str = "articles") -> tuple[str, list]:
        clauses, params = [], []
        if self.site:
            clauses.append(f"{table}.site = ?")
            params.append(self.site)
        if self.since:
            clauses.append(f"substr({table}.published_at, 1, 10) >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append(f"substr({table}.published_at, 1, 10) <= ?")
            params.append(self.until.isoformat())
        if self.unit:
            names = self.units or (self.unit,)
            marks = ", ".join("?" * len(names))
            clauses.append(
                f"({table}.primary_unit in ({marks}) or {table}.id in (select article_id"
                " from article_units where name = ? and level = 'satuan'))"
            )
            params += [*names, self.unit]
        if self.region:
            clauses.append(f"{table}.region = ?")
            params.append(self.region)
        if self.topic:
            clauses.append(f"exists (select 1 from json_each({table}.topics) where value = ?)")
            params.append(self.topic)
        return (" and ".join(clauses) or "1"), params


def decode_row(row: dict) -> dict:
    """JSON-array columns back to lists."""
    for key in JSON_COLUMNS:
        if key in row and isinstance(row[key], str):
            with contextlib.suppress(ValueError):
                row[key] = json.loads(row[key])
    return row


def search(archive: Archive, query: str, filters: Filters, limit: int = 20) -> list[dict]:
    """Full-text search (SQLite FTS5 syntax), best match first; ``gone_at`` says which
    of the articles found were taken down since (their text stays searchable).

    A query that is not valid FTS5 ("Jum'at", "Pemilu-2024", "polisi -narkoba") is
    searched again as the phrase of its words, which is what a person typing it meant.
    When the phrase finds nothing either and the query uses the syntax ("kamtibmas
    AND", "NOT kamtibmas"), the query is an error that says why, not an empty answer.
    """
    check_site(archive, filters.site)
    filters = resolve_filters(archive, filters)
    where, params = filters.where()
    sql = f"""
        select articles.id, articles.url, articles.site, articles.title,
               articles.published_at,
               snippet(articles_fts, 1, '[', ']', ' … ', 16) as snippet,
               nullif(articles.gone_at, '') as gone_at
        from articles_fts join articles on articles.id = articles_fts.rowid
        where articles_fts match ? and {where}
        order by rank limit ?
    """
    try:
        cursor = archive.db.execute(sql, [query, *params, limit])
    except sqlite3.OperationalError as first:
        if getattr(first, "sqlite_errorname", "SQLITE_ERROR") != "SQLITE_ERROR":
            raise  # busy, locked, I/O: the archive's trouble, not the query's
        words = re.findall(r"\w+", query)
        rows = None
        with contextlib.suppress(sqlite3.OperationalError):
            if words:
                phrase = '"' + " ".join(words) + '"'
                rows = _rows(archive.db.execute(sql, [phrase, *params, limit]))
        if rows or (rows is not None and not _SEARCH_OPERATORS.search(query)):
            # Words with punctuation ("Pemilu-2024") that nothing matches: no articles,
            # as for any word; a query using the syntax wrongly is said to be wrong.
            return rows
        reason = str(first).replace('near ""', "at its end")
        raise ArchiveError(
            f"cannot search for {query!r}: not valid search syntax ({reason}). Use words, "
            '"an exact phrase" in double quotes (for words with punctuation), AND / OR / NOT '
            "in capitals between two words (polisi NOT narkoba), and word* for a prefix"
        ) from None
    return _rows(cursor)


# What makes a query FTS5 syntax rather than words: operators, prefixes, columns,
# groups and phrases.
_SEARCH_OPERATORS = re.compile(r'\b(?:AND|OR|NOT|NEAR)\b|[*:^()"]')


def _rows(cursor) -> list[dict]:
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def check_site(archive: Archive, site: str | None) -> None:
    """A --site that neither the archive nor the site catalogue knows is a typo worth
    saying so (exit 2). A known site with no articles yet (crawled without finding
    any, or defined and not crawled) simply matches nothing: a researcher's nightly
    export of a new source must not fail before its first article."""
    if (
        not site
        or archive.db.execute("select 1 from articles where site = ? limit 1", [site]).fetchone()
    ):
        return
    if (
        "sites" in archive.db.table_names()
        and archive.db.execute("select 1 from sites where name = ?", [site]).fetchone()
    ):
        return
    if site in _defined_sites():
        return
    known = [r[0] for r in archive.db.execute("select distinct site from articles")]
    raise BadFilter(
        f"site {site!r} has no articles in the archive and is not a defined site (sites with"
        f" articles: {', '.join(known) or 'none'}; 'newsarchive sites' lists the defined ones)"
    )


def _defined_sites() -> set[str]:
    """The names in the site catalogue (empty when it cannot be read: the error then
    belongs to the commands that use it, ``sites`` and ``crawl``)."""
    from scraper.sites import load_sites

    try:
        return set(load_sites())
    except Exception:  # noqa: BLE001 - a broken extra definition is not this query's error
        return set()


def iter_articles(archive: Archive, filters: Filters, batch: int = 500) -> Iterator[dict]:
    """Every matching article in id order (not by date: the id is a hash; the order is
    the same from one export to the next), streamed in batches (constant memory).

    ``units`` and ``people`` are lists of dicts (``UNIT_FIELDS``, ``PERSON_FIELDS``),
    read for each batch in one query each; None for an article whose entities were
    never computed (stored before them and not backfilled).
    """
    check_site(archive, filters.site)
    filters = resolve_filters(archive, filters)
    where, params = filters.where()
    columns = ", ".join(ARTICLE_COLUMNS)
    last_id = 0
    while True:
        rows = archive.db.execute(
            f"select {columns} from articles where {where} and id > ? order by id limit ?",
            [*params, last_id, batch],
        ).fetchall()
        if not rows:
            return
        ids = [row[0] for row in rows]
        units = _by_article(archive, "article_units", UNIT_FIELDS, ids)
        people = _by_article(archive, "article_people", PERSON_FIELDS, ids)
        topics = ARTICLE_COLUMNS.index("topics")
        for row in rows:
            out = dict(zip(ARTICLE_COLUMNS, row))
            computed = row[topics] is not None
            out["units"] = units.get(row[0], []) if computed else None
            out["people"] = people.get(row[0], []) if computed else None
            out["text"] = out.pop("text")  # last, as in EXPORT_COLUMNS
            yield out
        last_id = ids[-1]


def _by_article(archive: Archive, table: str, fields: tuple[str, ...], ids: list[int]) -> dict:
    """Rows of an entity table for the articles ``ids``: article id -> list of dicts."""
    sql_fields = ", ".join("role_position" if f == "position" else f for f in fields)
    marks = ", ".join("?" * len(ids))
    out: dict[int, list[dict]] = {}
    for article_id, *values in archive.db.execute(
        f"select article_id, {sql_fields} from {table} where article_id in ({marks})"
        " order by article_id, position",
        ids,
    ):
        item = dict(zip(fields, values))
        if "titles" in item and isinstance(item["titles"], str):
            item["titles"] = json.loads(item["titles"])
        out.setdefault(article_id, []).append(item)
    return out


def _close(value: str, choices, n: int = 5) -> list[str]:
    """The choices closest to ``value`` (case ignored), best first."""
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(choice.casefold(), choice)
    found = difflib.get_close_matches(value.casefold(), list(by_key), n=n, cutoff=0.6)
    return [by_key[k] for k in found]


def _unknown(kind: str, value: str, choices, example: str) -> BadFilter:
    close = _close(value, choices)
    hint = f"did you mean: {', '.join(close)}?" if close else f"e.g. {example}"
    return BadFilter(f"unknown {kind} {value!r}; {hint}")


def archive_units(archive: Archive) -> dict[str, str | None]:
    """Every unit the archive's articles name: name -> parent (the first seen)."""
    out: dict[str, str | None] = {}
    for name, parent in archive.db.execute("select distinct name, parent from article_units"):
        if out.get(name) is None:
            out[name] = parent
    return out


def resolve_unit(archive: Archive, value: str) -> str:
    """The unit name ``value`` means: a name of the gazetteer or of the archive (any
    case), or a short form the extractor reads ("Polres Tala" -> "Polres Tanah Laut");
    else ``BadFilter`` with the closest names."""
    from scraper.entities import extract_entities
    from scraper.entities.gazetteer import gazetteer, norm

    g = gazetteer()
    names = {
        *g.poldas,
        *(u.name for u in g.polres.values()),
        *g.polsek,
        *g.mabes_keys.values(),
        *archive_units(archive),
    }
    by_norm = {norm(n): n for n in sorted(names)}
    wanted = norm(value)
    if wanted in by_norm:
        return by_norm[wanted]
    words = value.split()
    spellings = [value, value.title()]  # "polda kalsel" as a release would print it
    if len(words) > 1:
        spellings.append(" ".join([words[0].title(), *(w.upper() for w in words[1:])]))  # HSU
    for spelling in spellings:
        found = extract_entities(spelling, "")
        if found.units and norm(found.units[0].surface) == wanted:
            return found.units[0].name
    raise _unknown("unit", value, names, "'Polres Tanah Laut', 'Polsek Kurau', 'Polda Kalsel'")


def unit_subtree(archive: Archive, unit: str) -> tuple[str, ...]:
    """``unit`` and every unit under it, by the parents the archive's articles give."""
    children: dict[str, set[str]] = {}
    for name, parent in archive.db.execute("select distinct name, parent from article_units"):
        if parent:
            children.setdefault(parent, set()).add(name)
    out, todo = {unit}, [unit]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in out:
                out.add(child)
                todo.append(child)
    return tuple(sorted(out))


def resolve_region(archive: Archive, value: str) -> str:
    """The kabupaten/kota ``value`` names: its official name ("Kabupaten Tanah Laut"),
    any case, or its bare name when only one kabupaten/kota has it ("Tanah Laut")."""
    from scraper.entities.gazetteer import gazetteer, norm

    g = gazetteer()
    names = {r.official_name for r in g.regencies.values()}
    names |= {r[0] for r in archive.db.execute("select distinct region from articles") if r[0]}
    wanted = norm(value)
    by_norm = {norm(n): n for n in sorted(names)}
    if wanted in by_norm:
        return by_norm[wanted]
    bare = sorted(r.official_name for r in g.regencies.values() if norm(r.name) == wanted)
    if len(bare) == 1:
        return bare[0]
    if bare:
        raise BadFilter(f"region {value!r} is ambiguous: {', '.join(bare)}")
    raise _unknown("region", value, names, "'Kabupaten Tanah Laut', 'Kota Banjarmasin'")


def resolve_topic(value: str) -> str:
    from scraper.entities import TOPICS

    wanted = value.strip().casefold().replace(" ", "_").replace("-", "_")
    if wanted in TOPICS:
        return wanted
    raise _unknown("topic", value, TOPICS, ", ".join(TOPICS))


def resolve_province(value: str) -> str:
    """The official name of the province ``value`` names (any spelling: "Kalsel")."""
    from scraper.entities.gazetteer import gazetteer
    from scraper.sites import province_of

    found = province_of(value)
    if found:
        return found
    names = [p.name for p in gazetteer().provinces.values()]
    raise _unknown("province", value, names, "'Kalimantan Selatan', 'Kalsel'")


def resolve_filters(archive: Archive, filters: Filters) -> Filters:
    """Check ``--unit``, ``--region``, ``--topic`` against the gazetteer and the
    vocabulary (``BadFilter`` with close matches), and give them their stored names."""
    if not (filters.unit or filters.region or filters.topic) or filters.units:
        return filters
    changes: dict = {}
    if filters.unit:
        unit = resolve_unit(archive, filters.unit)
        changes.update(unit=unit, units=unit_subtree(archive, unit))
    if filters.region:
        changes["region"] = resolve_region(archive, filters.region)
    if filters.topic:
        changes["topic"] = resolve_topic(filters.topic)
    return replace(filters, **changes)


# The crawl ``r`` was ok for the site ``j.value``: by the site's own status where the
# crawl recorded its figures (one site's failure is not the others'), else the run's.
_SITE_OK = """coalesce((select h.status from source_health h
                      where h.run_id = r.id and h.site = j.value), r.status) = 'ok'"""


def _has_site_status(archive: Archive) -> bool:
    """Whether the archive records each site's status (m018; a read-only archive
    opened immutable may predate it)."""
    if "source_health" not in archive.db.table_names():
        return False
    return "status" in archive.db["source_health"].columns_dict


def site_stats(archive: Archive, days: int = 30) -> list[dict]:
    """Per site: articles, those taken down (``gone``: still in the archive, counted in
    ``articles``), date coverage, share without a date, and whether it is alive.

    ``new_per_day`` is the mean number of articles first seen per day over the last
    ``days`` days, and ``last_ok_crawl`` the end of the last crawl that was ok for the
    site (``source_health.status``; another site's failure in the same crawl does not
    count), so a site that went silent (or keeps failing) stands out. A site crawled but
    with no article has a row of zeros.
    """
    ok = _SITE_OK if _has_site_status(archive) else "r.status = 'ok'"
    since = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")
    rows = archive.db.execute(
        f"""
        select a.site, count(*) as articles,
               sum(coalesce(a.gone_at, '') != '') as gone,
               min(substr(a.published_at, 1, 10)) as first_published,
               max(substr(a.published_at, 1, 10)) as last_published,
               sum(a.published_at is null) as without_date,
               sum(a.first_seen_at >= :since) as recent,
               (select count(*) from aliases x join articles y on y.id = x.article_id
                 where y.site = a.site) as urls_seen,
               (select max(r.finished_at) from crawl_runs r, json_each(r.sites) j
                 where j.value = a.site and {ok}) as last_ok_crawl,
               s.last_crawled_at
        from articles a left join sites s on s.name = a.site
        group by a.site order by a.site
        """,
        {"since": since},
    ).fetchall()
    out = []
    for site, count, gone, first, last, undated, recent, urls, last_ok, crawled in rows:
        out.append(
            {
                "site": site,
                "articles": count,
                "gone": gone,
                "first_published": first,
                "last_published": last,
                "without_date": undated,
                "share_without_date": round(undated / count, 3) if count else 0.0,
                "new_per_day": round((recent or 0) / days, 2),
                "urls_seen": urls,
                "last_ok_crawl": last_ok,
                "last_crawled_at": crawled,
            }
        )
    # A site crawled without ever yielding an article (unreachable from the first
    # night, a wrong address) is listed too, with nothing: it must stand out, not vanish.
    listed = {row["site"] for row in out}
    crawled_only = archive.db.execute(
        f"""
        select j.value, max(case when {ok} then r.finished_at end),
               (select s.last_crawled_at from sites s where s.name = j.value)
        from crawl_runs r, json_each(r.sites) j
        group by j.value
        """
    ).fetchall()
    for site, last_ok, crawled in crawled_only:
        if site not in listed:
            out.append(
                {
                    "site": site, "articles": 0, "gone": 0, "first_published": None,
                    "last_published": None, "without_date": 0, "share_without_date": None,
                    "new_per_day": 0.0, "urls_seen": 0, "last_ok_crawl": last_ok,
                    "last_crawled_at": crawled,
                }
            )  # fmt: skip
    return sorted(out, key=lambda row: row["site"])


def recent_runs(archive: Archive, limit: int = 10) -> list[dict]:
    """The latest crawls, newest first; JSON columns decoded."""
    rows = list(archive.db["crawl_runs"].rows_where(order_by="id desc", limit=limit))
    for row in rows:
        for key in ("sites", "error_kinds", "unaccounted", "workers"):
            if isinstance(row.get(key), str):
                with contextlib.suppress(ValueError):
                    row[key] = json.loads(row[key])
    return rows
