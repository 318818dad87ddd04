"""Datasette metadata for an archive, generated from ``docs/schema.md`` at start-up.

Datasette 0.65 (the stable series this project pins) reads titles, descriptions,
licence and source, per-table options (facets, default sort, full-text search, label
column, hidden) and canned queries from one *metadata* document, served back at
``/-/metadata.json``. ``build_metadata`` writes that document for the tables and columns
an archive actually has, taking every description from ``docs/schema.md``
(``scraper.research.schema_doc``), so the documentation is the one source of truth; a
column the document does not describe gets no description (and ``tests/test_serve.py``
fails).
"""

from __future__ import annotations

import sqlite3

from scraper import __version__
from scraper.research.canned import CANNED_QUERIES
from scraper.research.schema_doc import SchemaDoc, load_schema, markdown_to_html, markdown_to_text

TITLE = "newsarchive: Indonesian police and local news"
DESCRIPTION = (
    "Articles crawled from Indonesian local and police news sites, one row per article, "
    "with the text, dates with the site's own offset, tags, categories, the URLs each "
    "was seen at, earlier versions of edited articles, takedowns, and stories carried by "
    "several sites. Read-only: nothing here changes the archive."
)
LICENSE = "Texts and images © their publishers; archived for research (newsarchive code: MIT)"
SOURCE = "Crawled by newsarchive from the sites in the sites table"

# SQLite-internal tables of the full-text index: Datasette hides them itself.
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")

# The archive's own bookkeeping: kept out of the table list (still reachable by URL).
HIDDEN = {
    "story_signatures",
    "story_bands",
    "story_bands_recent",
    "page_markers",
    "http_validators",
    "article_checks",
    "waiting_aliases",
    "_sqlite_migrations",
}

# How each table is shown: default sort, facets, and what names a row in a link.
TABLE_OPTIONS: dict[str, dict] = {
    "articles": {
        "sort_desc": "published_utc",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "label_column": "title",
        "facets": [
            "site",
            {"array": "tags"},
            {"array": "categories"},
            "primary_unit",
            {"array": "topics"},
            "region",
            "language",
            {"year": "published_at"},
            {"month": "published_at"},
        ],
        "facet_size": 12,
    },
    "aliases": {"sort_desc": "first_seen_at"},
    "article_dates": {"facets": ["kind"]},
    "article_units": {"facets": ["level", "name"]},
    "article_people": {"facets": ["role", "role_position", "unit"]},
    "article_places": {"facets": ["level", "name"]},
    "article_versions": {"sort_desc": "replaced_at"},
    "article_events": {"sort_desc": "at", "facets": ["event"]},
    "stories": {"sort_desc": "first_published_utc", "facets": ["site_count"]},
    "crawl_runs": {"sort_desc": "id", "facets": ["status"]},
    "non_articles": {"facets": ["site", "reason"]},
    "sites": {"label_column": "name", "facets": ["platform", "timezone"]},
}

# `_sqlite_migrations` is sqlite-utils' table, not ours: schema.md names it only in prose.
_MIGRATIONS_DOC = {
    "description": "Which schema migrations have run (sqlite-utils); the schema version "
    "is the number of rows for the set `newsarchive`.",
    "columns": {
        "id": "Row number.",
        "migration_set": "The set of migrations (`newsarchive`).",
        "name": "The migration function, e.g. `m003_stories_versions_takedowns`.",
        "applied_at": "When it ran (UTC).",
    },
}


def archive_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every table (and view) of the archive with its columns, FTS internals left out."""
    names = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type in ('table', 'view') "
            "and name not like 'sqlite_%' order by name"
        )
    ]
    fts = {
        n
        for n in names
        if conn.execute(
            "select sql like '%VIRTUAL TABLE%USING FTS%' from sqlite_master where name = ?", [n]
        ).fetchone()[0]
    }
    shadow = {n for n in names for f in fts if n in {f + s for s in FTS_SHADOW_SUFFIXES}}
    return {
        name: [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        for name in names
        if name not in shadow
    }


def _table_description(doc: SchemaDoc, name: str) -> tuple[str, str]:
    table = doc.tables.get(name)
    if table is None:
        return "", ""
    parts = []
    if table.title:
        parts.append(table.title[0].upper() + table.title[1:] + ".")
    if table.description:
        parts.append(table.description)
    text = "\n\n".join(parts)
    return markdown_to_text(text), markdown_to_html(text)


def _column_description(doc: SchemaDoc, table: str, column: str) -> str | None:
    found = doc.column(table, column)
    if found is None and table == "articles_fts":
        found = doc.column("articles", column)
    if found is None:
        return None
    return markdown_to_text(f"{found.meaning} ({found.type})")


def database_route(name: str) -> str:
    """The URL path segment Datasette serves database ``name`` at. Datasette tilde-encodes
    every character but letters, digits, ``_`` and ``-`` (a dot would read as a format,
    ``.json``): a copy named ``archive.2024-12-01.db`` is at ``/archive~2E2024-12-01``,
    and the ``/archive.2024-12-01`` that ``serve`` printed answered 404."""
    from datasette.utils import tilde_encode

    return tilde_encode(name)


def build_metadata(
    db_name: str, tables: dict[str, list[str]], doc: SchemaDoc | None = None
) -> dict:
    """Datasette metadata for database ``db_name`` holding ``tables`` (name -> columns)."""
    doc = doc or load_schema()
    table_meta: dict[str, dict] = {}
    for name, columns in tables.items():
        meta: dict = {}
        if name == "_sqlite_migrations":
            meta["description"] = markdown_to_text(_MIGRATIONS_DOC["description"])
            described = {
                c: markdown_to_text(_MIGRATIONS_DOC["columns"].get(c, "")) for c in columns
            }
        else:
            _text, html = _table_description(doc, name)
            if html:
                meta["description_html"] = html
            described = {c: _column_description(doc, name, c) for c in columns}
        meta["columns"] = {c: d for c, d in described.items() if d}
        options = TABLE_OPTIONS.get(name, {})
        meta.update({k: v for k, v in options.items() if k != "facets"})
        if options.get("facets"):
            meta["facets"] = [
                f
                for f in options["facets"]
                if (f if isinstance(f, str) else next(iter(f.values()))) in columns
            ]
        if name in HIDDEN:
            meta["hidden"] = True
        table_meta[name] = meta
    if "articles" in tables and "articles_fts" not in tables:
        for key in ("fts_table", "fts_pk"):
            table_meta["articles"].pop(key, None)
    queries = {q.name: q.datasette() for q in CANNED_QUERIES}
    return {
        "title": TITLE,
        "description_html": f"<p>{DESCRIPTION}</p>"
        + markdown_to_html(doc.intro)
        + "<p>Every table and column description on these pages is read from "
        f"<code>docs/schema.md</code> (newsarchive {__version__}).</p>",
        "license": LICENSE,
        "source": SOURCE,
        # The sites table's page, at the database's URL path (``database_route``): a
        # raw name with a dot or a space in it linked to a page that does not exist.
        "source_url": f"/{database_route(db_name)}/sites",
        "databases": {
            db_name: {
                "description_html": markdown_to_html(doc.intro),
                "tables": table_meta,
                "queries": queries,
            }
        },
    }
