"""`newsarchive serve`: the real Datasette server on a crawled archive, over HTTP.

The archive is built by real crawls (``research_archive``, shared with test_report.py
and test_browser.py): the offline WordPress sample site served twice, on two ports, so
its 41 articles are two sites' publications of the same stories; and the small mutable
site of test_recrawl.py, crawled three times, so the archive has an edit (a kept
version) and takedowns. The server runs as a subprocess on a free port, and every
test talks to it over HTTP.
"""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from scraper.cli import cli
from scraper.research.canned import CANNED_QUERIES
from scraper.samplesite import serve_site
from tests.conftest import FAST
from tests.mutable_site import MutableSite, Post, serve_mutable

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=30)

ROOT = Path(__file__).parent.parent

ZEBRA = [
    "Pelaihari – Satlantas Polres Tanah Laut menggelar Operasi Zebra Intan 2023 di depan "
    "Mapolres, Senin (13/11) pagi, dengan menyasar pelanggaran helm dan kelengkapan surat.",
    "Kasat Lantas AKP Sugiarto mengatakan operasi berlangsung selama 14 hari dan "
    "mengedepankan teguran simpatik kepada pengendara yang kedapatan melanggar.",
    "Dalam hari pertama operasi, petugas menegur 57 pengendara dan menilang 12 pengendara "
    "yang tidak membawa SIM maupun STNK.",
]
JAMBRET = [
    "Banjarmasin – Polresta Banjarmasin menangkap dua pelaku jambret di Jalan Ahmad Yani Km 4 "
    "pada Rabu (15/11) malam setelah korban berteriak meminta tolong kepada warga sekitar.",
    "Kapolsek Banjarmasin Timur Kompol Andi Pratama mengatakan kedua pelaku sudah beraksi "
    "di lima lokasi berbeda dalam sebulan terakhir dengan sasaran pengendara perempuan.",
    "Barang bukti yang diamankan berupa satu unit sepeda motor dan tiga telepon genggam "
    "hasil kejahatan, sementara para pelaku dijerat Pasal 365 KUHP.",
]

_BUILT: dict[str, Path] = {}


def _crawl(runner: CliRunner, db: Path, base: str, *extra: str) -> None:
    result = runner.invoke(cli, ["crawl", "--url", base, "--db", str(db), "--quiet", *FAST, *extra])
    assert result.exit_code == 0, result.output


def _a_day_passes(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update article_checks set next_check_at = '2000-01-01T00:00:00+00:00'")
    conn.close()


def build_research_archive(db: Path) -> Path:
    runner = CliRunner()
    with serve_site(theme="wordpress") as first, serve_site(theme="wordpress") as second:
        _crawl(runner, db, first, "--tz", "Asia/Makassar")
        _crawl(runner, db, second, "--tz", "Asia/Makassar")
    site = MutableSite(
        {
            "operasi-zebra": Post(
                "operasi-zebra", "Operasi Zebra Intan 2023 Dimulai", list(ZEBRA),
                "2023-11-13T10:00:00+08:00",
            ),
            "jambret": Post(
                "jambret", "Polresta Banjarmasin Tangkap Dua Jambret", list(JAMBRET),
                "2023-11-16T09:00:00+08:00",
            ),
        }
    )  # fmt: skip
    revisit = ("-s", "NEWSARCHIVE_REVISIT_DAYS=[0]", "--tz", "Asia/Makassar")
    with serve_mutable(site) as base:
        _crawl(runner, db, base, *revisit)
        site.posts["operasi-zebra"].paragraphs[2] = ZEBRA[2].replace("menilang 12", "menilang 14")
        _a_day_passes(db)
        _crawl(runner, db, base, *revisit)
        site.posts["jambret"].status = 410
        _a_day_passes(db)
        _crawl(runner, db, base, *revisit)
    return db


def research_archive_path(tmp_path_factory) -> Path:
    """The crawled archive, built once per test session whichever module asks first."""
    key = str(tmp_path_factory.getbasetemp())
    if key not in _BUILT:
        _BUILT[key] = build_research_archive(tmp_path_factory.mktemp("research") / "research.db")
    return _BUILT[key]


@pytest.fixture(scope="module")
def research_archive(tmp_path_factory) -> Path:
    return research_archive_path(tmp_path_factory)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(db: Path, tmp_path: Path):
    """``newsarchive serve`` as a subprocess; yields its base URL; stopped at the end."""
    port = free_port()
    log = (tmp_path / f"serve-{port}.log").open("w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "serve", "--db", str(db), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None:
                    log.seek(0)
                    raise AssertionError(f"serve exited {proc.returncode}: {log.read()}") from None
                if time.monotonic() > deadline:
                    raise AssertionError("serve did not answer within 60 s") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        return json.loads(response.read())


def get_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def query(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server(research_archive, tmp_path_factory):
    with running_server(research_archive, tmp_path_factory.mktemp("serve")) as base:
        yield base, research_archive.stem


def test_search_returns_matching_rows(server, research_archive):
    base, name = server
    data = get_json(f"{base}/{name}/articles.json?_search=pemilu&_shape=objects&_size=max")
    expected = query(
        research_archive,
        "select rowid from articles_fts where articles_fts match 'pemilu'",
    )
    assert len(expected) > 10
    assert data["filtered_table_rows_count"] == len(expected)
    assert {r["id"] for r in data["rows"]} == {r[0] for r in expected}
    for row in data["rows"]:
        assert "pemilu" in (row["title"] + row["text"]).lower()


def test_every_table_and_column_has_a_description(server, research_archive):
    base, name = server
    metadata = get_json(f"{base}/-/metadata.json")
    assert metadata["title"] and metadata["license"] and metadata["source"]
    tables = metadata["databases"][name]["tables"]
    shadow = (
        "articles_fts_data",
        "articles_fts_idx",
        "articles_fts_docsize",
        "articles_fts_config",
    )
    names = [
        r[0]
        for r in query(research_archive, "select name from sqlite_master where type = 'table'")
        if r[0] not in shadow and not r[0].startswith("sqlite_")
    ]
    assert {"articles", "aliases", "stories", "article_versions", "crawl_runs"} <= set(names)
    missing = []
    for table in names:
        meta = tables.get(table, {})
        if not (meta.get("description_html") or meta.get("description")):
            missing.append(table)
        for (column,) in query(research_archive, f"select name from pragma_table_info('{table}')"):
            if not (meta.get("columns") or {}).get(column):
                missing.append(f"{table}.{column}")
    assert not missing, f"no description in /-/metadata.json (add to docs/schema.md): {missing}"
    published = tables["articles"]["columns"]["published_at"]
    assert "offset" in published  # the text of docs/schema.md, not a placeholder


def test_table_page_shows_column_descriptions(server):
    base, name = server
    page = get_text(f"{base}/{name}/articles")
    assert "Headline as published." in page and "one row per article" in page.lower()


def test_facets_and_default_sort(server, research_archive):
    base, name = server
    data = get_json(f"{base}/{name}/articles.json?_shape=objects&_size=5")
    facets = data["facet_results"]
    assert {"site", "tags", "categories", "language"} <= set(facets)
    assert len(facets["site"]["results"]) == 3
    by_type = {f["type"]: f for f in facets.values()}
    years = by_type["year"]["results"]
    assert {y["value"] for y in years} == {"2023", "2024"}
    months = by_type["month"]["results"]
    assert "2023-11" in {m["value"] for m in months}
    tags = {t["value"]: t["count"] for t in facets["tags"]["results"]}
    assert (
        tags["BeritaPolisi"]
        == query(
            research_archive,
            "select count(*) from articles, json_each(articles.tags) where value = 'BeritaPolisi'",
        )[0][0]
    )
    newest = query(
        research_archive,
        "select id from articles order by published_utc desc limit 5",
    )
    assert [r["id"] for r in data["rows"]] == [r[0] for r in newest]
    # A month facet value filters the table to that month.
    november = next(m for m in months if m["value"] == "2023-11")
    link = urllib.parse.urlsplit(november["toggle_url"])
    params = {**dict(urllib.parse.parse_qsl(link.query)), "_size": "max"}
    assert params["published_at__startswith"] == "2023-11"
    filtered = get_json(f"{base}{link.path}?{urllib.parse.urlencode(params)}")
    assert filtered["filtered_table_rows_count"] == november["count"]
    assert all(r["published_at"].startswith("2023-11") for r in filtered["rows"])


CANNED_PARAMS = {
    "search_by_date": {"q": "pemilu", "since": "2024-01-01", "until": "2024-02-29"},
}


@pytest.mark.parametrize("canned", CANNED_QUERIES, ids=lambda q: q.name)
def test_canned_query_runs_and_has_rows(server, research_archive, canned):
    base, name = server
    params = dict(CANNED_PARAMS.get(canned.name, {}))
    if canned.name == "article_history":
        (url,) = query(
            research_archive,
            "select a.url from article_versions v join articles a on a.id = v.article_id",
        )[0]
        params["article"] = url
    qs = urllib.parse.urlencode({"_shape": "objects", **params})
    data = get_json(f"{base}/{name}/{canned.name}.json?{qs}")
    assert data["ok"], data
    rows = data["rows"]
    assert rows, f"{canned.name} returned no rows"
    if canned.name == "stories_on_several_sites":
        assert all(r["site_count"] >= 2 for r in rows)
        assert len(rows) >= 30  # the sample site's articles, carried by both of its copies
    elif canned.name == "takedowns_and_edits":
        assert {r["event"] for r in rows} >= {"edited", "gone"}
        gone = next(r for r in rows if r["event"] == "gone")
        assert gone["gone_reason"] == "http_410" and gone["url"].endswith("/jambret/")
    elif canned.name == "search_by_date":
        assert all("2024-01-01" <= r["published_at"][:10] <= "2024-02-29" for r in rows)
        assert all("pemilu" in (r["title"] + r["snippet"]).lower() for r in rows)
        # Every match, not the first thousand or twenty; a blank q filters nothing
        # (it matched nothing: helper-86's trial).
        (count,) = query(
            research_archive,
            "select count(*) from articles_fts join articles a on a.id = articles_fts.rowid"
            " where articles_fts match 'pemilu' and substr(a.published_at, 1, 10)"
            " between '2024-01-01' and '2024-02-29'",
        )[0]
        assert len(rows) == count
        qs = urllib.parse.urlencode({"_shape": "objects", **params, "q": " "})
        days = get_json(f"{base}/{name}/{canned.name}.json?{qs}")["rows"]
        (in_days,) = query(
            research_archive,
            "select count(*) from articles where substr(published_at, 1, 10)"
            " between '2024-01-01' and '2024-02-29'",
        )[0]
        assert len(days) == in_days > len(rows)
        assert [r["published_at"] for r in days] == sorted(
            (r["published_at"] for r in days), reverse=True
        )
    elif canned.name == "article_history":
        kinds = {r["what"] for r in rows}
        assert {"current text", "version 1", "url seen", "event: edited"} <= kinds
    elif canned.name == "silent_sites":
        assert {r["site"] for r in rows} == {
            r[0] for r in query(research_archive, "select distinct site from articles")
        }
    elif canned.name == "articles_per_site_per_day":
        assert (
            sum(r["articles"] for r in rows)
            == query(
                research_archive, "select count(*) from articles where published_at is not null"
            )[0][0]
        )


def test_article_page_links_to_versions_aliases_and_story(server, research_archive):
    base, name = server
    article_id, story_id = query(
        research_archive,
        "select a.id, a.story_id from article_versions v join articles a on a.id = v.article_id",
    )[0]
    page = get_text(f"{base}/{name}/articles/{article_id}")
    assert f"/{name}/article_versions?article_id={article_id}" in page
    assert f"/{name}/aliases?article_id={article_id}" in page
    assert f"/{name}/article_history?article=" in page
    assert f'href="/{name}/stories/{story_id}"' in page
    versions = get_json(
        f"{base}/{name}/article_versions.json?_shape=objects&article_id={article_id}"
    )
    assert versions["rows"] and "menilang 12" in versions["rows"][0]["text"]


def test_server_is_read_only(server, research_archive):
    base, name = server
    before = query(research_archive, "select count(*) from articles")
    qs = urllib.parse.urlencode({"sql": "delete from articles"})
    with pytest.raises(urllib.error.HTTPError):
        get_json(f"{base}/{name}.json?{qs}")
    assert query(research_archive, "select count(*) from articles") == before


def test_usable_while_a_crawl_writes(research_archive, tmp_path):
    """A writer holding the lock (as a crawl's batch does) neither blocks nor hides."""
    db = tmp_path / "live.db"
    source = sqlite3.connect(research_archive)
    target = sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.execute("pragma journal_mode = wal")
    target.close()
    with running_server(db, tmp_path) as base:
        url = f"{base}/live/article_events.json?_shape=objects&_size=max"
        before = len(get_json(url)["rows"])
        writer = sqlite3.connect(db, isolation_level=None)
        writer.execute("begin immediate")
        article_id = writer.execute("select id from articles limit 1").fetchone()[0]
        writer.execute(
            "insert into article_events (article_id, at, event, detail) values (?, ?, ?, ?)",
            [article_id, "2030-01-01T00:00:00+00:00", "edited", "written during the test"],
        )
        started = time.monotonic()
        assert len(get_json(url)["rows"]) == before  # not committed yet: not visible
        assert time.monotonic() - started < 5
        writer.execute("commit")
        rows = get_json(url)["rows"]
        assert len(rows) == before + 1 and rows[0]["detail"] == "written during the test"
        writer.close()


# -- errors: one clear line, non-zero exit ------------------------------------------------


def test_missing_archive(runner, tmp_path):
    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), "--port", "8999"])
    assert result.exit_code == 1
    assert "no archive at" in result.output and len(result.output.strip().splitlines()) == 1


def test_not_an_archive(runner, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("this is not sqlite\n" * 100)
    result = runner.invoke(cli, ["serve", "--db", str(junk), "--port", "8999"])
    assert result.exit_code == 1 and "Error:" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_port_in_use(runner, small_archive):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--db", str(small_archive), "--port", str(port)])
    assert result.exit_code == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_host_and_port(runner, small_archive):
    result = runner.invoke(
        cli, ["serve", "--db", str(small_archive), "--host", "no-such-host.invalid"]
    )
    assert result.exit_code == 1 and "cannot listen on 'no-such-host.invalid'" in result.output
    result = runner.invoke(cli, ["serve", "--db", str(small_archive), "--port", "70000"])
    assert result.exit_code == 2 and "70000" in result.output


@pytest.mark.parametrize("name", ["archive.2024-12-01", "arsip malam"])
def test_the_printed_address_opens_an_archive_named_with_a_dot_or_space(
    small_archive, tmp_path, name
):
    """A dated copy, ``archive.2024-12-01.db``: ``serve`` printed ``/archive.2024-12-01``,
    which answered 404 (Datasette serves it at ``/archive~2E2024-12-01``), and so did the
    footer's "Data source" link to the sites table."""
    db = tmp_path / f"{name}.db"
    shutil.copy(small_archive, db)
    with running_server(db, tmp_path) as base:
        (log,) = tmp_path.glob("serve-*.log")
        printed = log.read_text().split(" read-only at ")[1].split()[0]
        assert printed.startswith(base + "/")
        assert get_json(printed + ".json")["database"] == name
        source = get_json(base + "/-/metadata.json")["source_url"]
        assert f"<title>{name}: sites:" in get_text(base + source)


def test_a_canned_query_day_not_written_yyyy_mm_dd_is_no_wrong_answer(small_archive):
    """A day typed into a Datasette form as ``2024-1-1`` was compared as text: ``until``
    let January 15 through (``'2024-01-15' <= '2024-1-1'``), and a bad ``as_of`` called
    every site "active". Such a day now matches nothing, and silent_sites says why."""
    from scraper.research import canned

    conn = sqlite3.connect(small_archive)
    try:
        per_day = canned.run(conn, canned.ARTICLES_PER_SITE_PER_DAY, until="2024-1-1")
        assert per_day == []
        found = canned.run(conn, canned.SEARCH_BY_DATE, q="pemilu", until="2024-1-1")
        assert found == []
        # Written as documented, the same filters find the article of 2024-01-15.
        per_day = canned.run(conn, canned.ARTICLES_PER_SITE_PER_DAY, since="2024-01-01")
        assert [(r["day"], r["articles"]) for r in per_day] == [("2024-01-15", 1)]
        found = canned.run(conn, canned.SEARCH_BY_DATE, q="pemilu", until="2024-01-31")
        assert [r["published_at"][:10] for r in found] == ["2024-01-15"]
        for as_of in ("2024-3-31", "31/03/2024"):
            rows = canned.run(conn, canned.SILENT_SITES, as_of=as_of)
            assert rows and {r["status"] for r in rows} == {"as_of is not a day (YYYY-MM-DD)"}
        assert {r["status"] for r in canned.run(conn, canned.SILENT_SITES, as_of="2025-01-01")} == {
            "silent"
        }
    finally:
        conn.close()


def test_silent_sites_as_of_a_past_day_counts_only_what_was_published_by_then(small_archive):
    """``as_of=2020-01-01`` answered "active", silent for -1513 days: the articles
    published after that day were counted (helper-100)."""
    from scraper.research import canned

    conn = sqlite3.connect(small_archive)
    try:
        rows = canned.run(conn, canned.SILENT_SITES, as_of="2023-12-31")
        assert [(r["site"], r["last_published"]) for r in rows] == [("mci.life", "2023-11-12")]
        assert rows[0]["silent_days"] == 49 and rows[0]["status"] == "silent"
        assert canned.run(conn, canned.SILENT_SITES, as_of="2020-01-01") == []
        today = canned.run(conn, canned.SILENT_SITES, as_of="2024-01-20")
        assert [(r["last_published"], r["silent_days"]) for r in today] == [("2024-01-15", 5)]
        # A blank as_of is today, as written (helper-101): a day printed wrong, years
        # ahead, is no "last published" day a negative silence follows.
        conn.execute(
            "update articles set published_at = '2030-01-15T09:15:00+07:00'"
            " where published_at like '2024-01-15%'"
        )
        blank = canned.run(conn, canned.SILENT_SITES, as_of="")
        assert [r["last_published"] for r in blank] == ["2023-11-12"]
        assert blank[0]["silent_days"] > 1000 and blank[0]["status"] == "silent"
    finally:
        conn.close()


def test_a_canned_query_day_that_sqlite_reads_as_a_number_matches_nothing(small_archive):
    """SQLite's ``date()`` reads a bare number as a Julian day: ``since=2024`` (a year,
    typed into a Datasette form) was ``date('2024')``, 4707 BC, so every article was
    "since" it, the one of 2023 too, and ``as_of=2024`` called every site "active"."""
    from scraper.research import canned

    conn = sqlite3.connect(small_archive)
    try:
        for day in ("2024", "2460000", "now", "2024-01-01T00:00"):
            assert canned.run(conn, canned.ARTICLES_PER_SITE_PER_DAY, since=day) == [], day
            assert canned.run(conn, canned.SEARCH_BY_DATE, q="apel", since=day) == [], day
            rows = canned.run(conn, canned.SILENT_SITES, as_of=day)
            assert {r["status"] for r in rows} == {"as_of is not a day (YYYY-MM-DD)"}, day
        assert canned.run(conn, canned.SEARCH_BY_DATE, q="apel", since="2023-11-12")
    finally:
        conn.close()


def test_a_canned_query_value_it_cannot_read_matches_nothing_and_says_so(small_archive):
    """``stories_on_several_sites?min_sites=abc`` cast ``abc`` to 0 and listed every
    story, single-site ones too; ``takedowns_and_edits?event=edtied`` was empty, read as
    "nothing was edited". Each matches nothing now, and one row says why, in the column
    the parameter is about."""
    from scraper.research import canned

    conn = sqlite3.connect(small_archive)
    try:
        conn.execute(
            "insert into stories (id, site_count, member_count, sites, first_published_utc)"
            " values (901, 1, 1, '[\"mci.life\"]', '2024-01-15T00:00:00+00:00')"
        )
        ids = conn.execute("select id from articles order by id limit 2").fetchall()
        conn.executemany(
            "insert into article_events (article_id, at, event, detail) values (?, ?, ?, ?)",
            [(ids[0][0], "2024-02-01T00:00:00+00:00", "gone", "404"),
             (ids[1][0], "2024-02-02T00:00:00+00:00", "edited", "version 1 replaced")],
        )  # fmt: skip
        for bad in ("abc", "2.5", "-1"):
            rows = canned.run(conn, canned.STORIES_ON_SEVERAL_SITES, min_sites=bad)
            assert [(r["story_id"], r["site_count"], r["origin_title"]) for r in rows] == [
                (None, None, f"min_sites '{bad}' is not a whole number: no story matches")
            ]
        single = canned.run(conn, canned.STORIES_ON_SEVERAL_SITES, min_sites="1")
        assert 901 in {r["story_id"] for r in single}
        several = canned.run(conn, canned.STORIES_ON_SEVERAL_SITES)
        assert 901 not in {r["story_id"] for r in several}
        assert several == canned.run(conn, canned.STORIES_ON_SEVERAL_SITES, min_sites=" 2 ")
        rows = canned.run(conn, canned.TAKEDOWNS_AND_EDITS, event="edtied")
        assert [(r["at"], r["event"], r["article_id"]) for r in rows] == [
            (None, "no event is called 'edtied': edited, gone, back or moved", None)
        ]
        every = canned.run(conn, canned.TAKEDOWNS_AND_EDITS)
        assert [r["event"] for r in every][:2] == ["edited", "gone"]
        gone = canned.run(conn, canned.TAKEDOWNS_AND_EDITS, event="gone")
        assert {r["event"] for r in gone} == {"gone"}
    finally:
        conn.close()


def test_metadata_comes_from_the_installed_schema_doc():
    """The package reads docs/schema.md through scraper/research/schema.md (a link to it)."""
    from scraper.research.schema_doc import schema_text

    assert schema_text() == (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    link = ROOT / "scraper" / "research" / "schema.md"
    assert link.is_symlink() or shutil.which("git") is None


def test_schema_doc_parser_shapes():
    """The shapes of docs/schema.md the parser relies on, on a small document."""
    from scraper.research.schema_doc import parse_schema

    doc = parse_schema(
        "# Schema\n\nIntro `x`.\n\n"
        "## `things` — one row per thing\n\nThings are *here*.\n\n"
        "| column | type | meaning |\n|---|---|---|\n| `id` | integer | Id. |\n\n"
        "| `a`, `b` | text | Both. |\n\n"
        "`thing_index` is the index (not for analysis):\n\n"
        "| column | type | meaning |\n|---|---|---|\n| `thing_id` | integer | The thing. |\n\n"
        "## `left`, `right` — pairs\n\n| column | type | meaning |\n|---|---|---|\n"
        "| `url` | text | A URL. |\n\n`right` keeps more:\n\n"
        "| column | type | meaning |\n|---|---|---|\n| `url` | text | Its own URL. |\n"
        "| `extra` | text | More. |\n"
    )
    assert doc.title == "Schema" and doc.intro == "Intro `x`."
    things = doc.tables["things"]
    assert things.title == "one row per thing" and things.description == "Things are *here*."
    assert set(things.columns) == {"id", "a", "b"} and things.columns["b"].meaning == "Both."
    assert set(doc.tables["thing_index"].columns) == {"thing_id"}
    assert "not for analysis" in doc.tables["thing_index"].description
    assert doc.column("left", "url").meaning == "A URL."
    assert doc.column("right", "url").meaning == "Its own URL."
    assert doc.column("left", "extra") is None and doc.column("right", "extra")
