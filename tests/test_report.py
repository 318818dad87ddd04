"""`newsarchive report`: index.html and PNG charts of the right size, and clean errors."""

from __future__ import annotations

import html
import re
import struct
from pathlib import Path

import pytest

from scraper.archive import Archive
from scraper.cli import cli
from scraper.research.report import CHART_SIZE, CHARTS
from tests.conftest import make_record
from tests.test_serve import research_archive  # noqa: F401  (the crawled archive)

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=15)

NAMES = [chart.filename for chart, _ in CHARTS]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    assert kind == b"IHDR" and length == 13
    return width, height


def distinct_colours(path: Path) -> int:
    from matplotlib.image import imread

    pixels = imread(path)
    return len({tuple(p) for p in pixels.reshape(-1, pixels.shape[-1])[::97]})


@pytest.fixture(scope="module")
def written(research_archive, tmp_path_factory):  # noqa: F811
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("report") / "new" / "folder"
    result = CliRunner().invoke(cli, ["report", "--db", str(research_archive), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_charts_are_pngs_of_the_chosen_size(written):
    out, _ = written
    assert len(NAMES) == 5
    for name in NAMES:
        path = out / name
        assert path.stat().st_size > 5000, name
        assert png_size(path) == CHART_SIZE, name
        assert distinct_colours(path) > 5, f"{name} looks blank"


def test_index_references_every_chart(written, research_archive):  # noqa: F811
    out, _ = written
    page = (out / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'<img src="([^"]+)"', page)
    assert sorted(sources) == sorted(NAMES)
    assert all((out / s).exists() for s in sources)
    # The summary holds real numbers, and the per-site table every site.
    import sqlite3

    conn = sqlite3.connect(research_archive)
    articles = conn.execute("select count(*) from articles").fetchone()[0]
    sites = [r[0] for r in conn.execute("select distinct site from articles")]
    several = conn.execute("select count(*) from stories where site_count >= 2").fetchone()[0]
    conn.close()
    assert f"<td>articles</td><td>{articles}</td>" in page
    assert all(site in page for site in sites)
    assert "silent" in page  # the sample sites published in 2023-2024
    assert several > 30 and f"({several} on two or more sites)" in page


def test_summary_line(written):
    out, output = written
    (line,) = output.strip().splitlines()
    assert line.startswith(f"report: wrote {out / 'index.html'} and 5 charts")
    assert "articles from 3 sites" in line


def test_empty_archive_still_gives_a_readable_report(runner, tmp_path):
    db = tmp_path / "empty.db"
    Archive.open(db, create=True).close()
    result = runner.invoke(cli, ["report", "--db", str(db), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    for name in NAMES:
        assert png_size(tmp_path / "r" / name) == CHART_SIZE
    assert "0 articles from 0 sites" in result.output


def test_one_site_and_one_month_read_as_prose(runner, small_archive, tmp_path):
    """Its dated articles are one site's, its top tag on one article: "from 1 sites",
    "1 articles" before."""
    result = runner.invoke(
        cli, ["report", "--db", str(small_archive), "--out", str(tmp_path / "r")]
    )
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r" / "index.html").read_text()
    assert "2 dated articles from 1 site between" in page and "(1 article in 2 months)" in page
    assert "of 65 days have no article" in page
    assert not re.search(
        r"\b1 (?:[a-z ]+ )?(?:sites|months|articles|days|weeks|crawls|tags|stories|charts)\b",
        page + result.output,
    )


def test_a_few_undated_articles_are_never_rounded_away(runner, tmp_path):
    """339 dated articles of 340 read "100%" in the summary and the dated-share chart's
    line (helper-107): a reader takes it for "every article is dated"."""
    db = tmp_path / "many.db"
    with Archive.open(db, create=True) as archive, archive.db.atomic():
        for i in range(340):
            undated = {"published_at": None, "published_utc": None} if i == 0 else {}
            archive.store_article(make_record(f"a{i}", f"Berita nomor {i} dari Polres.", **undated))
    result = runner.invoke(cli, ["report", "--db", str(db), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    page = html.unescape((tmp_path / "r" / "index.html").read_text())
    assert "339 of 340 articles (>99%) have a publication date." in page
    assert "<td>with a publication date</td><td>>99%</td>" in page
    assert '<td class="n">>99%</td>' in page  # the site's row
    assert "100%</td>" not in page and "(100%)" not in page


def test_missing_archive(runner, tmp_path):
    result = runner.invoke(
        cli, ["report", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "r")]
    )
    assert result.exit_code == 1 and "no archive at" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("where", ["a file", "inside a file"])
def test_unwritable_out(runner, small_archive, tmp_path, where):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out = blocker if where == "a file" else blocker / "report"
    result = runner.invoke(cli, ["report", "--db", str(small_archive), "--out", str(out)])
    assert result.exit_code == 1
    assert f"cannot write the report to {out}" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_out_is_required(runner, small_archive):
    result = runner.invoke(cli, ["report", "--db", str(small_archive)])
    assert result.exit_code == 2 and "--out" in result.output
