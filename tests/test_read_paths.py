"""What a reader meets: an archive in a directory it may not write, ``health --format
json`` before any crawl, and tables read from a pipe or a cron mail."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.archive import Archive
from scraper.archive.health import record_run_health
from scraper.archive.store import RunCounts
from scraper.cli import cli
from scraper.output import write_table

# -- health --format json with nothing recorded ----------------------------------------


def test_health_json_before_any_crawl_prints_an_empty_list(runner, tmp_path):
    db = tmp_path / "archive.db"
    Archive.open(db, create=True).close()
    result = runner.invoke(cli, ["health", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert "no crawl of" in result.stderr and "health figures" in result.stderr
    table = runner.invoke(cli, ["health", "--db", str(db)])
    assert table.exit_code == 0 and table.stdout == ""
    assert "no crawl of" in table.stderr


# -- tables: whole on a pipe, fitted on a terminal -------------------------------------


def _cells(lines: list[str]) -> list[list[str]]:
    """Each line cut where the dashes under the header put its columns, stripped: a
    misaligned line gives cells cut in the wrong places."""
    spans, start = [], 0
    dashes = lines[1]
    while start < len(dashes):
        end = dashes.find(" ", start)
        end = len(dashes) if end < 0 else end
        spans.append((start, end))
        start = end + 2
    out = []
    for line in lines[:1] + lines[2:]:
        for a, _ in spans[1:]:
            assert line[a - 2 : a] in ("  ", " ", ""), f"misaligned at {a}: {line!r}"
        out.append([line[a:b].strip() for a, b in spans])
    return out


ROWS = [
    {"site": "humas.polrestala.com", "title": "Kapolres " + "sangat " * 40 + "panjang", "n": 3},
    {"site": "a.id", "title": "Baris\nkedua\tdengan tab", "n": None},
]


def test_a_table_on_a_pipe_is_whole_and_aligned(monkeypatch):
    # A narrow COLUMNS (a terminal's, inherited by cron or a pipe) must not cut anything.
    monkeypatch.setenv("COLUMNS", "60")
    out = io.StringIO()
    write_table(ROWS, ["site", "title", "n"], out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 4 and "…" not in out.getvalue()
    assert _cells(lines) == [
        ["site", "title", "n"],
        ["humas.polrestala.com", ROWS[0]["title"], "3"],
        ["a.id", "Baris kedua dengan tab", ""],
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_table_on_a_terminal_fits_its_width_and_stays_aligned(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = Terminal()
    rows = [{**row, "a_long_column_name_here": "x"} for row in ROWS]
    write_table(rows, ["site", "title", "n", "a_long_column_name_here"], out)
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 60 for line in lines), lines
    header, first, second = _cells(lines)
    assert header[0] == "site" and header[3].endswith("…")  # the header is cut too
    assert first[1].startswith("Kapolres sangat") and first[1].endswith("…")
    assert second[0] == "a.id" and second[1].startswith("Baris kedua") and second[2:] == ["", "x"]
    # Too many columns to fit at any width: they stay whole, but for texts over 40
    # characters (the terminal wraps the lines anyway).
    wide = [{f"column_{i}": "2026-12-04T16:02:10+00:00" for i in range(6)} | ROWS[0]]
    out = Terminal()
    write_table(wide, [*wide[0]], out)
    header, row = _cells(out.getvalue().splitlines())
    assert header[:6] == [f"column_{i}" for i in range(6)]
    assert row[:6] == ["2026-12-04T16:02:10+00:00"] * 6 and row[6] == "humas.polrestala.com"
    assert len(row[7]) == 40 and row[7].endswith("…")


def test_a_table_on_a_terminal_cuts_texts_never_timestamps_or_numbers(monkeypatch):
    """``search`` on an 80-column terminal cut ``published_at`` to
    ``2023-11-22T17:35:0…``: the time's UTC offset was lost. Numbers, ids and ISO
    dates and times stay whole; the texts (title, URL) are cut instead."""
    monkeypatch.setenv("COLUMNS", "80")
    rows = [
        {
            "id": 123456789012,
            "published_at": "2023-11-22T17:35:00+08:00",
            "month": "2023-11",
            "title": "Kapolres " + "sangat " * 20 + "panjang",
            "url": "https://humas.polrestala.com/2023/11/22/" + "judul-berita-" * 5,
        },
        {"id": 7, "published_at": "2023-11-22", "month": None, "title": "Pendek", "url": "x"},
    ]
    out = Terminal()
    write_table(rows, [*rows[0]], out)
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    header, first, second = _cells(lines)
    assert header[:3] == ["id", "published_at", "month"]
    assert first[:3] == ["123456789012", "2023-11-22T17:35:00+08:00", "2023-11"]
    assert second[:3] == ["7", "2023-11-22", ""]
    assert first[3].endswith("…") and first[4].endswith("…")
    assert second[3:] == ["Pendek", "x"]


def test_runs_and_health_tables_through_a_pipe_are_whole(runner, small_archive, monkeypatch):
    """``newsarchive runs | cat``, ``newsarchive health`` in cron mail: CliRunner's
    stdout is not a terminal, like a pipe's."""
    monkeypatch.setenv("COLUMNS", "80")
    _record_a_run(small_archive)
    runs = runner.invoke(cli, ["runs", "--db", str(small_archive)])
    assert runs.exit_code == 0, runs.output
    lines = runs.stdout.splitlines()
    assert "…" not in runs.stdout and len(lines[0]) > 80
    header, row = _cells(lines)
    assert header[-1] == "errors" and row[4] == "ok" and row[3] == '["mci.life"]'
    # Every outcome of article_pages_fetched has its column (pages_not_article had none).
    assert header[6:14] == [
        "article_pages_fetched", "pages_skipped", "articles_new", "articles_updated",
        "articles_unchanged", "articles_duplicate", "pages_not_article", "articles_gone",
    ]  # fmt: skip
    assert row[1].endswith("+00:00")  # started_at, whole
    health = runner.invoke(cli, ["health", "--db", str(small_archive)])
    assert health.exit_code == 0, health.output
    lines = health.stdout.splitlines()
    assert "…" not in "\n".join(lines[:3])
    header, row = _cells(lines[:3])
    assert header[6] == "median_text_chars" and row[0] == "mci.life" and row[-1] == "ok"


def test_stats_lists_a_site_that_never_yielded_an_article(runner, small_archive):
    """A site whose every crawl failed has no article: stats left it out ("the archive
    has no articles yet" when it was the only one), though health flags it."""
    _record_a_run(small_archive)
    with Archive.open(small_archive) as archive:
        run = archive.start_run(["mati.example"])
        archive.finish_run(run, RunCounts(pages_fetched=0), "failed", "nothing could be fetched")
    stats = runner.invoke(cli, ["stats", "--format", "json", "--db", str(small_archive)])
    assert stats.exit_code == 0, stats.output
    rows = {row["site"]: row for row in json.loads(stats.output)}
    assert list(rows) == ["contoh.id", "mati.example", "mci.life"]
    dead = rows["mati.example"]
    assert dead["articles"] == 0 and dead["share_without_date"] is None
    assert dead["last_ok_crawl"] is None and [f["flag"] for f in dead["health"]] == ["unreachable"]
    table = runner.invoke(cli, ["stats", "--db", str(small_archive)])
    assert "mati.example" in table.output and "unreachable" in table.output


def _record_a_run(db: Path) -> None:
    """A finished crawl of mci.life with its health figures, as a crawl records them."""
    with Archive.open(db) as archive:
        run = archive.start_run(["mci.life"])
        archive.finish_run(run, RunCounts(pages_fetched=5, articles_new=2), "ok")
        stats = {
            "newsarchive/site/mci.life/pages_fetched": 5,
            "newsarchive/site/mci.life/articles_new": 2,
        }
        record_run_health(archive, run, ["mci.life"], stats)


# -- an archive in a read-only directory -----------------------------------------------

READ_COMMANDS = {
    "search": ["search", "apel"],
    "stats": ["stats", "--format", "json"],
    "runs": ["runs", "--format", "json"],
    "health": ["health", "--format", "json"],
    "export": ["export", "--format", "jsonl"],
    "clusters": ["clusters", "--format", "json"],
}

# Run in a child process that may not write the directory: each command through
# CliRunner, the results as JSON on stdout.
CHILD = """
import json, sys
from click.testing import CliRunner
from scraper.cli import cli
db, commands = sys.argv[1], json.loads(sys.argv[2])
out = {}
for name, args in commands.items():
    result = CliRunner().invoke(cli, [*args, "--db", db])
    out[name] = [result.exit_code, result.stdout, result.stderr]
print(json.dumps(out))
"""


def _without_write_access(directory: Path) -> list[str]:
    """A command prefix under which ``directory`` (mode 0o555) cannot be written.

    Tests run as root, and root writes anywhere: its capability CAP_DAC_OVERRIDE skips
    the permission bits. ``setpriv --bounding-set=-dac_override,-dac_read_search`` runs a
    child as root without those capabilities, so the kernel checks the bits as for any
    owner: a 0o555 directory refuses to create files, exactly as for a researcher's
    account reading an archive the crawling account owns (and /root, 0o700, stays
    readable, which running as 'nobody' would not allow). As any other user, the
    permission bits alone do it. Checked by trying to create a file first.
    """
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot drop CAP_DAC_OVERRIDE")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", f"open({str(directory / 'probe')!r}, 'w')"],
        capture_output=True,
    )
    if probe.returncode == 0:
        (directory / "probe").unlink()
        pytest.skip("could not make the directory read-only for a child process")
    return prefix


@pytest.fixture
def read_only_dir(tmp_path):
    directory = tmp_path / "shared"
    directory.mkdir()
    yield directory
    directory.chmod(0o755)  # so pytest can clean up


def _run_read_commands(db: Path, commands: dict[str, list[str]]) -> dict[str, list]:
    directory = db.parent
    directory.chmod(0o555)
    prefix = _without_write_access(directory)
    child = subprocess.run(
        [*prefix, sys.executable, "-c", CHILD, str(db), json.dumps(commands)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout)


def test_read_commands_work_on_an_archive_in_a_read_only_directory(small_archive, read_only_dir):
    """SQLite needs to create archive.db-shm beside a WAL archive to read it: in a
    read-only directory every read command failed with "attempt to write a readonly
    database". They now read it (immutable, nothing created or changed)."""
    _record_a_run(small_archive)
    db = read_only_dir / "archive.db"
    shutil.copy(small_archive, db)
    assert db.read_bytes()[18:20] == b"\x02\x02"  # a WAL archive, as every crawl leaves it
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    results = _run_read_commands(db, READ_COMMANDS)

    for name, (code, _out, err) in results.items():
        assert code == 0, f"{name}: {err}"
    assert "https://mci.life/apel/" in results["search"][1]
    assert {row["site"] for row in json.loads(results["stats"][1])} == {"mci.life", "contoh.id"}
    assert json.loads(results["runs"][1])[0]["status"] == "ok"
    (health,) = json.loads(results["health"][1])
    assert health["site"] == "mci.life" and health["flags"] == []
    assert len(results["export"][1].splitlines()) == 3
    assert json.loads(results["clusters"][1]) == []
    # Nothing was created beside it, nothing in it changed.
    assert sorted(p.name for p in read_only_dir.iterdir()) == ["archive.db"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


# `serve` in such a child: the real Datasette app, asked through its own client.
SERVE_CHILD = """
import asyncio, json, sys
from pathlib import Path
from scraper.research.serve import check_archive, make_datasette

async def ask():
    checked = check_archive(Path(sys.argv[1]))
    ds = make_datasette(Path(sys.argv[1]), checked)
    await ds.invoke_startup()
    answer = await ds.client.get("/archive/articles.json?_shape=array&_col=title")
    return [answer.status_code, answer.json(), checked[1]]

print(json.dumps(asyncio.run(ask())))
"""


def test_serve_works_on_an_archive_in_a_read_only_directory(small_archive, read_only_dir):
    """Every read command read such an archive, but `serve` failed: "the archive is
    read-only here … this command writes to it". It serves it immutable now."""
    db = read_only_dir / "archive.db"
    shutil.copy(small_archive, db)
    read_only_dir.chmod(0o555)
    prefix = _without_write_access(read_only_dir)
    child = subprocess.run(
        [*prefix, sys.executable, "-c", SERVE_CHILD, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    status, rows, immutable = json.loads(child.stdout.strip().splitlines()[-1])
    assert status == 200 and len(rows) == 3 and immutable is True
    from scraper.research.serve import check_archive

    assert check_archive(small_archive)[1] is False  # where it may write: live, mode=ro
    assert sorted(p.name for p in read_only_dir.iterdir()) == ["archive.db"]


def test_a_writing_command_in_a_read_only_directory_says_what_to_do(small_archive, read_only_dir):
    """Its lock file cannot be created beside the archive: "[Errno 13] Permission
    denied: '….lock'" was all it said."""
    db = read_only_dir / "archive.db"
    shutil.copy(small_archive, db)
    writers = {"backfill": ["backfill-entities"], "reextract": ["reextract", "--workers", "0"]}
    results = _run_read_commands(db, writers)
    for name, (code, out, err) in results.items():
        assert code == 1 and out == "", (name, out, err)
        (line,) = err.strip().splitlines()
        assert f"cannot take the lock {db}.lock beside the archive" in line, line
        assert "run it as an account that may write the archive and its directory" in line
    assert sorted(p.name for p in read_only_dir.iterdir()) == ["archive.db"]


def test_a_read_only_archive_whose_wal_holds_commits_is_one_clear_error(
    small_archive, read_only_dir
):
    """A crawl killed before its checkpoint leaves commits in archive.db-wal. Read
    without the -shm index (which cannot be created here), they would be ignored: the
    command says so in one line, with what to do, instead of showing stale data."""
    db = read_only_dir / "archive.db"
    writer = sqlite3.connect(small_archive, isolation_level=None)
    try:
        writer.execute("pragma wal_autocheckpoint = 0")
        writer.execute("update articles set title = 'Ditulis belakangan'")
        shutil.copy(small_archive, db)
        shutil.copy(f"{small_archive}-wal", f"{db}-wal")
        assert Path(f"{db}-wal").stat().st_size > 0
    finally:
        writer.close()

    results = _run_read_commands(db, {"stats": ["stats"]})

    code, out, err = results["stats"]
    assert code == 1 and out == ""
    (line,) = err.strip().splitlines()
    assert "archive.db-wal still holds commits" in line and "Traceback" not in line
    assert "copy the archive with archive.db-wal to a writable directory" in line
