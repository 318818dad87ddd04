"""Read ``docs/schema.md``: the description of every table and column, parsed at runtime.

``docs/schema.md`` is the one place tables and columns are described (a test fails if a
migration adds a column it does not name). Datasette's metadata, the Parquet field
descriptions and the report's notes are all read from it, so they cannot drift.

Where the file comes from: ``scraper/research/schema.md`` is a symbolic link to
``docs/schema.md``, listed in the package data, so a checkout or an editable install
reads the document itself and a built wheel carries a copy of it (setuptools copies the
link's target). If the link did not survive (a checkout without symlink support leaves
a one-line file holding the target path), the document is looked up next to the
package in the repository.

The format the parser relies on, which the document already follows:

- a ``## `name` — what it is`` heading per table (several names for tables that share
  columns, e.g. ``## `non_articles`, `http_validators`, `page_markers` — …``);
- the prose between a heading and its first column table describes the table;
- column tables have rows ``| `column` | type | meaning |`` (a row may name several
  columns: ``| `title`, `text`, `content_hash` | …``);
- a column table introduced by a line naming other tables and ending with ``:``
  (``\\`page_markers\\` keeps, per fetched URL, …:``) belongs to those tables.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

_NAME = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*)`")
_ROW = re.compile(r"^\|(.+)\|\s*$")
_SEPARATOR = re.compile(r"^\|[\s:|-]+\|\s*$")


@dataclass
class ColumnDoc:
    name: str
    type: str
    meaning: str


@dataclass
class TableDoc:
    name: str
    title: str = ""  # the heading after the dash, e.g. "one row per article"
    description: str = ""  # markdown prose
    columns: dict[str, ColumnDoc] = field(default_factory=dict)


@dataclass
class SchemaDoc:
    title: str
    intro: str  # markdown prose before the first table section
    tables: dict[str, TableDoc]

    def column(self, table: str, column: str) -> ColumnDoc | None:
        doc = self.tables.get(table)
        return doc.columns.get(column) if doc else None


def schema_text() -> str:
    """The text of ``docs/schema.md`` (see the module docstring for where it is found)."""
    try:
        text = resources.files("scraper.research").joinpath("schema.md").read_text("utf-8")
    except (FileNotFoundError, OSError):
        text = ""
    if not text.lstrip().startswith("#"):
        repo_copy = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
        if not repo_copy.exists():
            raise FileNotFoundError(
                "docs/schema.md is not installed with the package and not found next to it"
            )
        text = repo_copy.read_text(encoding="utf-8")
    return text


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _ROW.match(line).group(1).split("|")]


def parse_schema(text: str) -> SchemaDoc:
    """Every table of the document with its prose and its columns."""
    lines = text.splitlines()
    title = ""
    intro: list[str] = []
    tables: dict[str, TableDoc] = {}
    section: list[str] = []  # tables named by the current heading
    prose: list[str] = []  # prose since the heading, until its first column table
    seen_table_in_section = False
    last_text = ""  # the last non-blank, non-table line (a column table's lead-in)

    def table(name: str) -> TableDoc:
        return tables.setdefault(name, TableDoc(name))

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            heading = line[3:].strip()
            names_part, _, after = heading.partition(" — ")
            section = _NAME.findall(names_part)
            for name in section:
                table(name).title = after.strip()
            prose, seen_table_in_section, last_text = [], False, ""
        elif _ROW.match(stripped):
            block = []
            while i < len(lines) and _ROW.match(lines[i].strip()):
                block.append(lines[i].strip())
                i += 1
            owners = section
            leadin = re.match(r"^((?:`[a-z_]+`(?:,\s*|\s+and\s+)?)+)\s", last_text)
            if leadin and last_text.endswith(":"):
                # "`page_markers` keeps, per fetched URL, …:" introduces its own table.
                owners = _NAME.findall(leadin.group(1))
                for name in owners:
                    table(name).description = last_text.rstrip(":").strip() + "."
            if not seen_table_in_section and section:
                text_ = "\n".join(prose).strip()
                for name in section:
                    if not tables[name].description:
                        tables[name].description = text_
                seen_table_in_section = True
            for row in block:
                if _SEPARATOR.match(row):
                    continue
                cells = _cells(row)
                if len(cells) < 3 or cells[0].lower() == "column":
                    continue
                names = _NAME.findall(cells[0])
                for owner in owners:
                    for name in names:
                        table(owner).columns[name] = ColumnDoc(name, cells[1], cells[2])
            last_text = ""  # a lead-in introduces only the table right after it
            continue
        elif stripped:
            last_text = stripped
            if section and not seen_table_in_section:
                prose.append(line)
            elif not section:
                intro.append(line)
        elif section and not seen_table_in_section:
            prose.append("")
        elif not section:
            intro.append("")
        i += 1
    # Paragraphs after a section's table that describe a table of their own, e.g.
    # "`articles_fts` is an FTS5 full-text index over `title` and `text` …".
    for paragraph in re.split(r"\n\s*\n", text):
        one_line = " ".join(paragraph.split())
        match = re.match(r"^`([a-z_]+)` is (.+)$", one_line)
        if match and match.group(1) not in tables:
            doc = table(match.group(1))
            doc.description = one_line
    return SchemaDoc(title, "\n".join(intro).strip(), tables)


@lru_cache(maxsize=1)
def load_schema() -> SchemaDoc:
    return parse_schema(schema_text())


def markdown_to_text(text: str) -> str:
    """Markdown prose to one plain line: code spans unquoted, links to their text."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = text.replace("**", "").replace("`", "")
    return " ".join(text.split())


def markdown_to_html(text: str) -> str:
    """The little markdown schema.md prose uses (code spans, links, emphasis, paragraphs)."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        if not paragraph.strip():
            continue
        escaped = html.escape(" ".join(paragraph.split()), quote=False)
        escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
        escaped = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", escaped)
        escaped = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", escaped)
        escaped = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"<em>\1</em>", escaped)
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)
