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
import threading

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
        ("artikel.json.gz", "name the file .jsonl"),
        ("artikel.csv.zip", "gzip only"),
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


@pytest.mark.parametrize("beside", ["-wal", "-shm", "-journal", ".lock"])
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
