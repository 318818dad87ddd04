"""`export --format parquet`: typed columns that round-trip, in row groups, and clean errors."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from scraper.archive import Archive
from scraper.archive.queries import Filters, decode_row, iter_articles
from scraper.cli import cli
from scraper.research.parquet import split_time, write_parquet
from tests.conftest import make_record

UTC_US = pa.timestamp("us", tz="UTC")


@pytest.fixture
def exported(runner, small_archive, tmp_path):
    out = tmp_path / "artikel.parquet"
    result = runner.invoke(
        cli, ["export", "--db", str(small_archive), "--format", "parquet", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "exported 3 articles to" in result.output
    return out


def by_slug(table: pa.Table) -> dict[str, dict]:
    return {row["url"].rstrip("/").rsplit("/", 1)[-1]: row for row in table.to_pylist()}


def test_row_count_and_column_types(exported, small_archive):
    table = pq.read_table(exported)
    conn = sqlite3.connect(small_archive)
    assert table.num_rows == conn.execute("select count(*) from articles").fetchone()[0] == 3
    conn.close()
    types = dict(zip(table.schema.names, table.schema.types))
    assert types["id"] == pa.int64() and types["story_id"] == pa.int64()
    for column in ("published_at", "modified_at", "fetched_at", "gone_at"):
        assert types[column] == UTC_US, column
    assert types["published_offset_minutes"] == pa.int16()
    assert types["published_day"] == pa.date32()
    for column in ("authors", "tags", "categories"):
        assert types[column] == pa.list_(pa.string()), column
    for column in ("url", "site", "title", "text", "language", "content_hash"):
        assert types[column] == pa.string(), column
    description = table.schema.field("title").metadata[b"description"].decode()
    assert description == "Headline as published."  # from docs/schema.md


def test_offset_date_kept_as_instant_and_offset(exported):
    rows = by_slug(pq.read_table(exported))
    apel = rows["apel"]  # published_at 2023-11-12T19:54:28+08:00 (WITA)
    assert apel["published_at"] == datetime(2023, 11, 12, 11, 54, 28, tzinfo=timezone.utc)
    assert apel["published_offset_minutes"] == 480
    assert apel["published_day"] == date(2023, 11, 12)
    local = apel["published_at"] + timedelta(minutes=apel["published_offset_minutes"])
    assert local.replace(tzinfo=None) == datetime(2023, 11, 12, 19, 54, 28)
    pemilu = rows["pemilu"]  # 2024-01-15T09:15:00+07:00 (WIB)
    assert pemilu["published_offset_minutes"] == 420
    assert pemilu["published_at"] == datetime(2024, 1, 15, 2, 15, tzinfo=timezone.utc)
    assert pemilu["tags"] == ["Pemilu2024"]
    rumus = rows["rumus"]  # no date; a formula-like title stays as it is (no CSV escaping)
    assert rumus["published_at"] is None and rumus["published_day"] is None
    assert rumus["title"] == '=HYPERLINK("http://evil")'


def test_pandas_reads_instants_and_offsets(exported):
    import pandas as pd

    df = pd.read_parquet(exported)
    assert str(df["published_at"].dtype) == "datetime64[us, UTC]"
    apel = df[df["url"].str.endswith("/apel/")].iloc[0]
    local = apel["published_at"].tz_convert("Asia/Makassar")
    assert local.isoformat() == "2023-11-12T19:54:28+08:00"
    assert list(apel["tags"]) == ["BeritaPolisi"]


def test_duckdb_and_polars_read_it(exported):
    import duckdb
    import polars as pl

    count, tags_type = duckdb.sql(
        f"select count(*), any_value(typeof(tags)) from read_parquet('{exported}')"
    ).fetchall()[0]
    assert count == 3 and tags_type == "VARCHAR[]"
    instant = duckdb.sql(
        f"select epoch(published_at) from read_parquet('{exported}') where url like '%/apel/'"
    ).fetchall()[0][0]
    assert instant == datetime(2023, 11, 12, 11, 54, 28, tzinfo=timezone.utc).timestamp()
    frame = pl.read_parquet(exported)
    assert frame.height == 3
    assert frame.schema["published_at"] == pl.Datetime("us", "UTC")
    assert frame.schema["tags"] == pl.List(pl.String)


def test_bare_day_and_odd_values():
    assert split_time("2023-11-12") == (None, None, date(2023, 11, 12))
    assert split_time("2023-11-12T11:54:28Z")[1] == 0
    assert split_time("2023-11-12T19:54:28") == (None, None, date(2023, 11, 12))
    assert split_time("kemarin") == (None, None, None)
    assert split_time(None) == (None, None, None)


def test_streams_in_row_groups(tmp_path):
    db = tmp_path / "many.db"
    with Archive.open(db, create=True) as archive, archive.db.atomic():
        for i in range(25):
            archive.store_article(
                make_record(
                    f"berita-{i}",
                    f"Polres Tapin menggelar kegiatan nomor {i} bersama warga desa.",
                    published_at="2023-11-12" if i == 3 else "2023-11-12T19:54:28+08:00",
                )
            )
    out = tmp_path / "many.parquet"
    with Archive.open(db) as archive:
        rows = (decode_row(r) for r in iter_articles(archive, Filters()))
        assert write_parquet(rows, out, row_group_rows=10) == 25
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 25 and meta.num_row_groups == 3
    table = pq.read_table(out)
    bare = [r for r in table.to_pylist() if r["published_at"] is None]
    assert len(bare) == 1 and bare[0]["published_day"] == date(2023, 11, 12)
    assert not list(tmp_path.glob("*.part"))


def test_filters_apply(runner, small_archive, tmp_path):
    out = tmp_path / "site.parquet"
    result = runner.invoke(
        cli,
        ["export", "--db", str(small_archive), "--format", "parquet", "--out", str(out),
         "--site", "contoh.id"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column("site").to_pylist() == ["contoh.id"]


def test_out_without_format_takes_the_format_its_name_asks_for(runner, small_archive, tmp_path):
    """``export --out artikel.parquet`` without ``--format`` wrote CSV text under that
    name (the default format), said "exported 3 articles to artikel.parquet", and
    ``pd.read_parquet`` failed on it. The extension decides; a --format it contradicts
    is refused (``--out as-asked.parquet --format csv`` wrote CSV under that name,
    helper-107), one it does not name is taken."""
    out = tmp_path / "artikel.parquet"
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == 3
    lines = tmp_path / "artikel.JSONL"
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(lines)])
    assert result.exit_code == 0 and lines.read_text().startswith('{"id": ')
    for name, fmt in (("artikel.txt", None), ("as-asked.txt", "csv")):
        args = ["export", "--db", str(small_archive), "--out", str(tmp_path / name)]
        result = runner.invoke(cli, args + (["--format", fmt] if fmt else []))
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text().startswith("id,url,site,")
    contradicted = tmp_path / "as-asked.parquet"
    args = ["export", "--db", str(small_archive), "--out", str(contradicted), "--format", "csv"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2 and "names a parquet file but --format is csv" in result.output
    assert not contradicted.exists()
    stdout = runner.invoke(cli, ["export", "--db", str(small_archive)])
    assert stdout.exit_code == 0 and stdout.output.startswith("id,url,site,")
    # JSON Lines is not one JSON document: .json is refused, not written as CSV.
    json_out = tmp_path / "artikel.json"
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(json_out)])
    assert result.exit_code == 2 and "name the file .jsonl" in result.output
    assert not json_out.exists()


def test_parquet_needs_a_file(runner, small_archive):
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--format", "parquet"])
    assert result.exit_code == 2 and "parquet is a binary file format" in result.output


def test_unwritable_out_leaves_nothing(runner, small_archive, tmp_path):
    """A file where --out needs a folder: one line, exit 2, no half-written file."""
    (tmp_path / "taken").write_text("x")
    out = tmp_path / "taken" / "a.parquet"
    result = runner.invoke(
        cli, ["export", "--db", str(small_archive), "--format", "parquet", "--out", str(out)]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "a file of that name is in the way" in result.output
    assert not list(tmp_path.rglob("*.part"))


def test_missing_archive(runner, tmp_path):
    result = runner.invoke(
        cli,
        ["export", "--db", str(tmp_path / "none.db"), "--format", "parquet",
         "--out", str(tmp_path / "a.parquet")],
    )  # fmt: skip
    assert result.exit_code == 1 and "no archive at" in result.output
    assert not (tmp_path / "a.parquet").exists()


def test_refuses_to_overwrite_the_archive(runner, small_archive):
    result = runner.invoke(
        cli,
        ["export", "--db", str(small_archive), "--format", "parquet", "--out", str(small_archive)],
    )
    assert result.exit_code == 2 and "is the archive itself" in result.output


def test_the_installed_command_exports_parquet(small_archive, tmp_path):
    """`python -m scraper` keeps pandas out of its process; the export must not need it."""
    import subprocess
    import sys

    out = tmp_path / "cmd.parquet"
    result = subprocess.run(
        [sys.executable, "-m", "scraper", "export", "--db", str(small_archive),
         "--format", "parquet", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert pq.read_table(out).num_rows == 3
