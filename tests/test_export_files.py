"""Where ``export`` writes: compressed names, names it refuses, pipes, two at once.

Found by a new user's trial of the research commands (helper-100): ``--out
artikel.csv.gz`` wrote plain CSV that ``pd.read_csv`` took for gzip; ``--out
artikel.xlsx`` wrote CSV; ``--out /dev/stdout`` into a pipe and a shell's ``>(gzip …)``
failed ("No such file or directory"); two exports to one name shared one ``.part``;
``--out`` could replace the archive's write-ahead log or the crawl's lock.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scraper import output
from scraper.cli import cli
from tests.conftest import one_line_error


@pytest.mark.parametrize(
    ("name", "start"), [("artikel.csv.gz", "id,url,site,"), ("artikel.jsonl.gz", '{"id": ')]
)
def test_a_name_ending_gz_is_written_compressed(runner, small_archive, tmp_path, name, start):
    out = tmp_path / name
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with gzip.open(out, "rt", encoding="utf-8") as f:
        text = f.read()
    assert text.startswith(start)
    if name.endswith(".jsonl.gz"):
        assert len([json.loads(line) for line in text.splitlines()]) == 3
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("artikel.xlsx", "name the file .csv"),
        ("artikel.tsv", "not tab-separated"),
        ("artikel.json.gz", "name the file .jsonl.gz"),
        ("artikel.csv.zip", "gzip only"),
        ("artikel.tar.gz", "gzip only"),
        ("artikel.tgz", "gzip only"),
        ("artikel.csv.bz2", "gzip only"),
        ("artikel.parquet.gz", "Parquet compresses its own columns"),
    ],
)
def test_a_name_asking_for_a_format_export_does_not_write_is_refused(
    runner, small_archive, tmp_path, name, says
):
    out = tmp_path / name
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(out)])
    one_line_error(result, 2, says)
    assert not out.exists()


def test_a_compression_it_cannot_write_is_refused_whatever_format_says(
    runner, small_archive, tmp_path
):
    """``--format csv --out y.csv.zip`` wrote plain CSV under .zip (helper-101)."""
    out = tmp_path / "y.csv.zip"
    args = ["export", "--db", str(small_archive), "--format", "csv", "--out", str(out)]
    one_line_error(runner.invoke(cli, args), 2, "gzip only")
    assert not out.exists()
    out = tmp_path / "z.csv.gz"
    args = ["export", "--db", str(small_archive), "--format", "parquet", "--out", str(out)]
    one_line_error(runner.invoke(cli, args), 2, "name the file without .gz")


@pytest.mark.parametrize(
    ("name", "fmt", "says"),
    [
        ("r.parquet", "csv", "names a parquet file but --format is csv"),
        ("f2.csv", "parquet", "names a csv file but --format is parquet"),
        ("a.jsonl.gz", "csv", "names a jsonl file but --format is csv"),
    ],
)
def test_a_format_the_name_contradicts_is_refused(runner, small_archive, tmp_path, name, fmt, says):
    """``--out r.parquet --format csv`` wrote CSV text under the Parquet name, exit 0
    (helper-107)."""
    out = tmp_path / name
    args = ["export", "--db", str(small_archive), "--format", fmt, "--out", str(out)]
    one_line_error(runner.invoke(cli, args), 2, says)
    assert not out.exists()


def test_a_format_for_a_name_of_no_format_is_taken(runner, small_archive, tmp_path):
    out = tmp_path / "artikel.txt"
    args = ["export", "--db", str(small_archive), "--format", "jsonl", "--out", str(out)]
    assert runner.invoke(cli, args).exit_code == 0
    assert len(out.read_text().splitlines()) == 3


def test_an_unreadable_but_writable_out_is_written(runner, small_archive, tmp_path, monkeypatch):
    """click's default ``readable`` refused a write-only ``--out`` as "not readable"
    (helper-107, ``/dev/stdout`` owned by another user). Root reads any file, so the
    file is made unreadable to the check itself."""
    out = tmp_path / "write-only.csv"
    out.touch()
    access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            not (str(p) == str(out) and mode == os.R_OK) and access(p, mode, **kw)
        ),
    )
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(out)])
    monkeypatch.undo()
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("id,url,site,")


def test_the_gzip_header_names_the_file_it_unpacks_to(runner, small_archive, tmp_path):
    """Not the ``.part`` it was written as (``gunzip -N`` restored that name)."""
    out = tmp_path / "artikel.csv.gz"
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(out)])
    assert result.exit_code == 0, result.output
    header = out.read_bytes()
    assert header[3] & 0x08  # FNAME: a name follows the 10-byte header
    assert header[10:].split(b"\0", 1)[0] == b"artikel.csv"


@pytest.mark.parametrize("beside", ["-wal", "-shm", "-journal", ".lock", ".lock.holder"])
def test_out_may_not_name_a_file_kept_beside_the_archive(runner, small_archive, beside):
    side = small_archive.with_name(small_archive.name + beside)
    side.write_bytes(b"kept")
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(side)])
    one_line_error(result, 2, "keeps beside it")
    assert side.read_bytes() == b"kept"


def test_a_pipe_named_by_a_link_is_written_directly(runner, small_archive):
    """``--out /dev/stdout`` into a pipe, and a shell's ``>(gzip …)`` (``/dev/fd/63``),
    are links to a pipe: the link's resolved name (``/proc/…/pipe:[123]``) is no path
    to write ``.part`` beside."""
    read_end, write_end = os.pipe()
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(os.fdopen(read_end, "rb").read()))
    reader.start()
    try:
        result = runner.invoke(
            cli, ["export", "--db", str(small_archive), "--out", f"/dev/fd/{write_end}"]
        )
    finally:
        os.close(write_end)
        reader.join(10)
    assert result.exit_code == 0, result.output
    assert received[0].decode().startswith("id,url,site,")
    assert received[0].count(b"\n") >= 4  # the header and three articles


def test_dev_stdout_appending_to_a_file_keeps_its_earlier_lines(small_archive, tmp_path):
    """``export --out /dev/stdout >> log.csv``: /dev/stdout resolves to the log, which
    the rename of a ``.part`` replaced, its earlier lines lost (helper-101)."""
    log = tmp_path / "log.csv"
    log.write_text("earlier line\n")
    with log.open("a") as appended:
        subprocess.run(
            [sys.executable, "-m", "scraper", "export", "--db", str(small_archive),
             "--out", "/dev/stdout"],
            stdout=appended, check=True, cwd=Path(__file__).parent.parent,
        )  # fmt: skip
    lines = log.read_text().splitlines()
    assert lines[0] == "earlier line" and lines[1].startswith("id,url,site,")


def test_a_loop_of_links_is_a_usage_error(runner, small_archive, tmp_path):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(loop)])
    one_line_error(result, 2, "loop of symbolic links")


def test_a_part_left_by_a_killed_export_is_removed_by_the_next(tmp_path):
    target = tmp_path / "artikel.csv"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"artikel.csv.{dead.pid}.part"
    left.write_text("half")
    alive = tmp_path / f"artikel.csv.{os.getppid()}.part"  # a live export's
    alive.write_text("writing")
    with output.written_aside(target) as part:
        part.write_text("whole\n")
    assert not left.exists() and alive.exists()
    assert target.read_text() == "whole\n"


def test_two_exports_to_one_name_each_write_their_own_part(tmp_path, monkeypatch):
    """A cron export and a manual one to the same name: each writes its own ``.part``
    (named by its process id); the last to finish stands, whole. With one ``.part``
    for both, one renamed the other's half-written file into place."""
    target = tmp_path / "artikel.csv"
    pids = iter([101, 202])
    monkeypatch.setattr(output.os, "getpid", lambda: next(pids))
    with output.written_aside(target) as first:
        first.write_text("first, half")
        with output.written_aside(target) as second:
            assert second != first
            second.write_text("second, whole\n")
        assert target.read_text() == "second, whole\n"
        first.write_text("first, whole\n")
    assert target.read_text() == "first, whole\n"
    assert not list(tmp_path.glob("*.part"))
