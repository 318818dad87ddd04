"""Typed Parquet export (pyarrow), streamed in row groups so memory stays flat.

The columns are those of the CSV export, with real types instead of text:

- times are instants, ``timestamp[us, tz=UTC]``: ``published_at``, ``modified_at``,
  ``fetched_at``, ``first_seen_at``, ``gone_at``. The offset the site printed is kept
  beside the instant (``published_offset_minutes``, ``modified_offset_minutes``: 480 for
  WITA, +08:00), so ``2023-11-12T19:54:28+08:00`` is the instant 11:54:28Z plus 480, and
  the local time is one ``tz_convert``/``+ offset`` away. ``published_day`` (``date32``)
  is the local calendar day the site printed, the day ``--since/--until`` filter on; it
  is the only date of an article whose site printed a day without a time
  (``published_at`` is then null, since the instant is unknown). The CSV's
  ``published_utc`` is ``published_at`` here;
- ``authors``, ``tags``, ``categories``, ``topics`` are ``list<string>``; ``units`` and
  ``people`` (the police-news entities, as in the CSV's JSON) are lists of structs;
- ``id`` and ``story_id`` are ``int64``.

Each field carries its description (from ``docs/schema.md``) in the Parquet field
metadata, and the file names the archive and the export time in its key-value metadata.
The file is written to ``NAME.PID.part`` (``scraper.output.written_aside``) and
renamed when complete, so a reader never sees half a file; missing folders of ``NAME``
are created.
"""

from __future__ import annotations

import importlib.abc
import json
import sys
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path

from scraper import __version__
from scraper.output import written_aside
from scraper.research.schema_doc import load_schema, markdown_to_text

# A row group is held in memory (as Arrow arrays) until it is written: it ends at
# ROW_GROUP_ROWS rows or ROW_GROUP_TEXT_BYTES of article text, whichever comes first,
# so memory stays flat however long the texts are (5,000 articles of 1.6 KB ≈ 8 MB).
ROW_GROUP_ROWS = 5000
ROW_GROUP_TEXT_BYTES = 8_000_000
BATCH_ROWS = 500  # rows held as Python objects before they become Arrow arrays
WRITER_OPTIONS: dict = {}

# (name, arrow type name, description when it is not the archive column's own).
_TIMESTAMP = "timestamp"
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("id", "int64", None),
    ("url", "string", None),
    ("site", "string", None),
    ("title", "string", None),
    ("published_at", _TIMESTAMP, "Publication instant in UTC; null when unknown or when the "
     "site printed only a day (see published_day)."),
    ("published_offset_minutes", "int16", "UTC offset the site printed with published_at, "
     "in minutes (420 WIB, 480 WITA, 540 WIT)."),
    ("published_day", "date32", "Local calendar day of publication as the site printed it."),
    ("published_at_source", "string", None),
    ("date_conflict", "string", None),
    ("modified_at", _TIMESTAMP, "Last modification instant the site declares, in UTC."),
    ("modified_offset_minutes", "int16", "UTC offset the site printed with modified_at, "
     "in minutes."),
    ("authors", "list", None),
    ("tags", "list", None),
    ("categories", "list", None),
    ("description", "string", None),
    ("image_url", "string", None),
    ("language", "string", None),
    ("slug", "string", None),
    ("post_id", "string", None),
    ("content_hash", "string", None),
    ("fetched_at", _TIMESTAMP, None),
    ("first_seen_at", _TIMESTAMP, None),
    ("story_id", "int64", None),
    ("gone_at", _TIMESTAMP, None),
    ("gone_reason", "string", None),
    ("primary_unit", "string", None),
    ("region", "string", None),
    ("province", "string", None),
    ("topics", "list", None),
    ("units", "units", "The Polri units the article names (article_units), primary unit "
     "first: name, level (mabes, polda, polres, polsek, satuan), parent. Null when the "
     "article's entities were never computed."),
    ("people", "people", "The officers and officials the article names (article_people): "
     "name, rank, academic titles, position (Kapolres …), unit of the post, role (police, "
     "other). Null when the article's entities were never computed."),
    ("text", "string", None),
)  # fmt: skip


class _NoPandas(importlib.abc.MetaPathFinder):
    """Makes ``import pandas`` fail like a missing package."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("pandas is kept out of this process", name=name)
        return None


def _pyarrow():
    """pyarrow, imported so that a process that keeps pandas out still works.

    ``python -m scraper`` keeps pandas out of its processes with
    ``sys.modules["pandas"] = None`` (scraper/__main__.py); pyarrow's compiled pandas
    probe takes that ``None`` for the module and fails. The same block expressed as an
    import failure is what pyarrow expects when pandas is not installed.
    """
    if "pandas" in sys.modules and sys.modules["pandas"] is None:
        del sys.modules["pandas"]
        sys.meta_path.insert(0, _NoPandas())
    import pyarrow

    return pyarrow


def arrow_schema():
    pa = _pyarrow()

    types = {
        "int64": pa.int64(),
        "int16": pa.int16(),
        "string": pa.string(),
        "date32": pa.date32(),
        _TIMESTAMP: pa.timestamp("us", tz="UTC"),
        "list": pa.list_(pa.string()),
        "units": pa.list_(
            pa.struct([("name", pa.string()), ("level", pa.string()), ("parent", pa.string())])
        ),
        "people": pa.list_(
            pa.struct(
                [
                    ("name", pa.string()),
                    ("rank", pa.string()),
                    ("titles", pa.list_(pa.string())),
                    ("position", pa.string()),
                    ("unit", pa.string()),
                    ("role", pa.string()),
                ]
            )
        ),
    }
    doc = load_schema()
    fields = []
    for name, kind, own in COLUMNS:
        found = doc.column("articles", name)
        description = own or (markdown_to_text(found.meaning) if found else "")
        fields.append(pa.field(name, types[kind], metadata={"description": description}))
    return pa.schema(fields)


def split_time(text: str | None) -> tuple[datetime | None, int | None, date | None]:
    """An archive time to (UTC instant, offset in minutes, local day); None where unknown.

    ``2023-11-12T19:54:28+08:00`` -> (11:54:28Z, 480, 2023-11-12); a bare day
    ``2023-11-12`` -> (None, None, 2023-11-12); a time without offset keeps only its day.
    """
    if not text:
        return None, None, None
    text = text.strip()
    try:
        if len(text) == 10:
            return None, None, date.fromisoformat(text)
        value = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "Zz" else text)
    except ValueError:
        return None, None, None
    if value.tzinfo is None:
        return None, None, value.date()
    offset = value.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else None
    return value.astimezone(timezone.utc), minutes, value.date()


def _as_list(value) -> list[str] | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def _convert(row: dict) -> dict:
    out = dict(row)
    out["published_at"], out["published_offset_minutes"], out["published_day"] = split_time(
        row.get("published_at")
    )
    out["modified_at"], out["modified_offset_minutes"], _ = split_time(row.get("modified_at"))
    out["fetched_at"] = split_time(row.get("fetched_at"))[0]
    out["first_seen_at"] = split_time(row.get("first_seen_at"))[0]
    out["gone_at"] = split_time(row.get("gone_at"))[0]
    for key in ("authors", "tags", "categories", "topics"):
        out[key] = _as_list(row.get(key))
    for key in ("units", "people"):
        value = row.get(key)
        out[key] = json.loads(value) if isinstance(value, str) else value
    return out


def write_parquet(
    rows: Iterable[dict],
    path: str | Path,
    row_group_rows: int = ROW_GROUP_ROWS,
    source: str = "",
) -> int:
    """Write ``rows`` (export rows, as ``iter_articles`` yields them) to ``path``.

    Rows are converted ``BATCH_ROWS`` at a time into Arrow arrays and written one row
    group at a time (``row_group_rows`` rows or ``ROW_GROUP_TEXT_BYTES`` of text), so
    memory holds one group whatever the archive's size. Returns the row count.
    """
    pa = _pyarrow()
    import pyarrow.parquet as pq

    path = Path(path)
    schema = arrow_schema().with_metadata(
        {
            "newsarchive": json.dumps(
                {
                    "version": __version__,
                    "source": source,
                    "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                }
            )
        }
    )
    names = schema.names
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        written_aside(path) as part,
        open(part, "wb") as sink,
        pq.ParquetWriter(sink, schema, compression="zstd", **WRITER_OPTIONS) as writer,
    ):
        columns: dict[str, list] = {n: [] for n in names}
        batches: list = []  # Arrow batches of the row group being filled

        def convert_chunk() -> None:
            # Python objects for BATCH_ROWS rows at most; Arrow holds them compactly.
            batches.append(pa.RecordBatch.from_pydict(columns, schema=schema))
            for values in columns.values():
                values.clear()

        def write_group() -> None:
            group = pa.Table.from_batches(batches, schema=schema)
            writer.write_table(group, row_group_size=group.num_rows)
            batches.clear()

        group_rows = group_bytes = 0
        for row in rows:
            converted = _convert(row)
            for name in names:
                columns[name].append(converted.get(name))
            count += 1
            group_rows += 1
            group_bytes += len(converted.get("text") or "")
            if len(columns["id"]) >= BATCH_ROWS:
                convert_chunk()
            if group_rows >= row_group_rows or group_bytes >= ROW_GROUP_TEXT_BYTES:
                if columns["id"]:
                    convert_chunk()
                write_group()
                group_rows = group_bytes = 0
        if columns["id"]:
            convert_chunk()
        if batches:
            write_group()
    return count
