"""Police-news entities in the archive and the CLI: ``units``, ``people``, the
``--unit/--region/--topic`` filters of ``search`` and ``export``, ``extract`` and
``backfill-entities`` (issue 12). Releases come from the labelled set
(tests/data/entities/labelled.jsonl) and the founding article."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from scraper.archive import Archive
from scraper.archive.schema import MIGRATIONS
from scraper.archive.writer import ArchiveWriter
from scraper.cli import cli
from scraper.dates import find_dates, to_iso
from scraper.extract.cleanup import content_hash
from scraper.extract.record import ArticleRecord
from scraper.reading import add_entities
from scraper.sites import SiteDefinition

DATA = Path(__file__).parent / "data" / "entities"
LABELLED = {
    r["id"]: r
    for r in (
        json.loads(line) for line in (DATA / "labelled.jsonl").read_text("utf-8").splitlines()
    )
}
NOW = "2026-11-28T00:00:00+00:00"
SITE = SiteDefinition.for_url("https://mci.life/", "Asia/Makassar")

# (labelled id, published_at): Tanah Laut's Polres and two of its Polsek, other Polres.
RELEASES = [
    ("founding", "2023-11-12T19:54:28+08:00"),
    ("h45", "2023-11-16T21:00:00+08:00"),
    ("h01", "2023-09-06T14:10:00+08:00"),
    ("h26", "2024-01-13T16:00:00+08:00"),
    ("h35", "2023-11-20T10:00:00+08:00"),
    ("h02", "2023-11-15T09:00:00+08:00"),
    ("h07", "2023-11-21T11:00:00+08:00"),
    ("h17", "2023-11-05T10:00:00+08:00"),
]


def release(key: str, published: str, url: str | None = None, entities: bool = True):
    data = LABELLED[key]
    record = ArticleRecord(
        url=url or f"https://mci.life/{key}/",
        site="mci.life",
        title=data["title"],
        text=data["text"],
        published_at=published,
        published_utc=published,  # not compared here
        content_hash=content_hash(data["text"]),
        fetched_at=NOW,
    )
    record.event_dates = [
        {
            "position": f.start,
            "surface": f.surface,
            "value": to_iso(f.value),
            "kind": f.kind,
            "conflict": f.conflict,
            "relative": f.relative,
        }
        for f in find_dates(record.text, reference=datetime.fromisoformat(published))
    ]
    return add_entities(record, SITE) if entities else record


def founding_release() -> tuple[str, str]:
    raw = (DATA / "founding-mci-life-kapolres-tanah-laut.txt").read_text(encoding="utf-8")
    title, _, text = raw.partition("\n")
    return title.strip(), text.strip()


LABELLED["founding"] = dict(zip(("title", "text"), founding_release()))


def build(path: Path, releases=RELEASES, entities: bool = True, extra=()) -> Path:
    with Archive.open(path, create=True) as archive:
        writer = ArchiveWriter(archive)
        with archive.db.atomic():
            for key, published in releases:
                writer.article(release(key, published, entities=entities), None, NOW)
            for record in extra:
                writer.article(record, None, NOW)
    return path


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> Path:
    # Plus one article stored without entities (as before migration m007).
    old = release("h08", "2023-11-18T16:00:00+08:00", entities=False)
    return build(tmp_path_factory.mktemp("ent") / "a.db", extra=[old])


def run(runner, *args):
    return runner.invoke(cli, [*args])


def rows(db, sql, params=()):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


# -- stored ---------------------------------------------------------------------------


def test_articles_and_entity_tables(archive_path):
    (row,) = rows(archive_path, "select * from articles where url like '%/founding/'")
    assert row["primary_unit"] == "Polres Tanah Laut"
    assert row["region"] == "Kabupaten Tanah Laut"
    assert row["province"] == "Kalimantan Selatan"
    assert json.loads(row["topics"])[0] == "pemilu"
    people = rows(
        archive_path,
        "select * from article_people where article_id = ? order by position",
        [row["id"]],
    )
    officers = [
        (p["role_position"], p["rank"], p["name"], json.loads(p["titles"]))
        for p in people
        if p["role"] == "police"
    ]
    assert officers == [
        ("Kapolres", "AKBP", "Rofikoh Yunianto", ["S.I.K."]),
        ("Wakapolres", "Kompol", "M. Irfan", ["S.H.", "M.H."]),
    ]
    units = rows(archive_path, "select * from article_units where article_id = ?", [row["id"]])
    assert units[0]["position"] == 0 and units[0]["name"] == "Polres Tanah Laut"
    assert units[0]["parent"] == "Polda Kalimantan Selatan" and units[0]["region_code"] == "63.01"
    places = rows(archive_path, "select * from article_places where article_id = ?", [row["id"]])
    assert places[0]["dateline"] == 1 and places[0]["name"] == "Kabupaten Tanah Laut"
    (old,) = rows(archive_path, "select * from articles where url like '%/h08/'")
    assert old["topics"] is None and old["primary_unit"] is None


def test_story_index_keeps_what_the_matcher_needs(archive_path):
    (row,) = rows(
        archive_path,
        "select s.entities from story_signatures s join articles a on a.id = s.article_id"
        " where a.url like '%/founding/'",
    )
    state = json.loads(row["entities"])
    assert state["primary_unit"] == "Polres Tanah Laut"
    assert ["Rofikoh Yunianto", "AKBP", "Kapolres", "police"] in state["people"]


def test_a_revisit_gives_an_old_article_its_entities(tmp_path):
    path = build(tmp_path / "a.db", [("h45", "2023-11-16T21:00:00+08:00")], entities=False)
    assert rows(path, "select count(*) as n from article_units")[0]["n"] == 0
    with Archive.open(path) as archive, archive.db.atomic():
        status = ArchiveWriter(archive).article(
            release("h45", "2023-11-16T21:00:00+08:00"), None, NOW
        )
    assert status == "unchanged"
    (row,) = rows(path, "select primary_unit, topics from articles")
    assert row["primary_unit"] == "Polres Tanah Laut" and json.loads(row["topics"])
    assert rows(path, "select count(*) as n from article_units")[0]["n"] >= 1
    assert rows(path, "select entities from story_signatures")[0]["entities"]
    assert rows(path, "select relative from article_dates")[0]["relative"] == 0


# -- units ----------------------------------------------------------------------------


def test_units_per_month(runner, archive_path):
    result = run(runner, "units", "--db", str(archive_path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    november = {r["unit"]: r for r in data if r["month"] == "2023-11"}
    assert november["Polres Tanah Laut"]["articles"] == 2  # founding, h45
    assert november["Polres Tanah Laut"]["level"] == "polres"
    assert {"topic": "pemilu", "articles": 1} in november["Polres Tanah Laut"]["topics"]
    assert november["Polsek Takisung"]["level"] == "polsek"
    assert [r["month"] for r in data] == sorted(r["month"] for r in data)
    table = run(runner, "units", "--db", str(archive_path))
    assert table.exit_code == 0
    header = table.stdout.splitlines()[0].split()
    assert header == ["month", "unit", "level", "parent", "articles", "topics"]
    # The article stored without entities is pointed at the backfill.
    assert "1 articles have no entities yet" in table.stderr
    assert "backfill-entities" in table.stderr


def test_units_topics_are_a_list_and_ties_go_by_name(runner, archive_path, tmp_path):
    """Two topics of one article each printed "pemilu 1, sosial 1" or "sosial 1,
    pemilu 1" as the article ids fell; in JSON they were that string, where every
    other list of the JSON output is a list."""
    db = tmp_path / "a.db"
    shutil.copy(archive_path, db)
    unit, month = "Polres Tanah Laut", "2023-11"
    ids = [
        r["id"]
        for r in rows(
            db,
            "select id from articles where primary_unit = ? and published_at like ? order by id",
            (unit, month + "%"),
        )
    ]
    assert len(ids) == 2
    for first, second in (("sosial", "pemilu"), ("pemilu", "sosial")):
        conn = sqlite3.connect(db)
        with conn:
            for article, topic in zip(ids, (first, second)):
                conn.execute(
                    "update articles set topics = ? where id = ?", (json.dumps([topic]), article)
                )
        conn.close()
        data = json.loads(run(runner, "units", "--db", str(db), "--format", "json").stdout)
        row = next(r for r in data if r["unit"] == unit and r["month"] == month)
        assert row["topics"] == [
            {"topic": "pemilu", "articles": 1},
            {"topic": "sosial", "articles": 1},
        ]
        table = run(runner, "units", "--db", str(db)).stdout
        line = next(x for x in table.splitlines() if x.startswith(month) and unit in x)
        assert line.endswith("pemilu 1, sosial 1"), line


@pytest.mark.parametrize(
    "args",
    [
        ["search", "polres", "--unit", "Polres Tala"],
        ["export", "--topic", "pemilu", "--out", "{tmp}/pemilu.csv"],
        ["export", "--region", "Tanah Laut", "--out", "{tmp}/tala.parquet"],
    ],
    ids=["search --unit", "export --topic", "export --region"],
)
def test_an_entity_filter_points_at_the_backfill(runner, archive_path, args, tmp_path):
    """``search``/``export`` with --unit, --region or --topic cannot match an article
    stored before entities existed: they said "no articles match" (or exported fewer
    rows, exit 0) where ``units`` and ``people`` point at the backfill."""
    args = [arg.format(tmp=tmp_path) for arg in args]
    result = run(runner, *args, "--db", str(archive_path))
    assert result.exit_code == 0, result.output
    assert "note: 1 articles have no entities yet" in result.stderr
    assert "backfill-entities" in result.stderr and "note" not in result.stdout
    command = args[:2] if args[0] == "search" else [args[0], *args[3:]]
    unfiltered = run(runner, *command, "--db", str(archive_path))
    assert unfiltered.exit_code == 0 and "no entities yet" not in unfiltered.stderr
    # JSON and CSV on standard output are read by programs: no note there.
    to_stdout = args if args[0] == "search" else args[:3]  # without --out
    machine = run(runner, *to_stdout, "--db", str(archive_path), "--format", "csv")
    assert machine.exit_code == 0 and "no entities yet" not in machine.stderr


def test_people_cut_by_limit_say_so(runner, archive_path):
    """``people`` printed --limit rows (100) and nothing more: a cut table read as every
    officer. It says more match, under a table only."""
    every = json.loads(run(runner, "people", "--db", str(archive_path), "--format", "json").output)
    assert len(every) >= 2
    cut = run(runner, "people", "--db", str(archive_path), "--limit", str(len(every) - 1))
    assert cut.exit_code == 0 and len(cut.stdout.splitlines()) == len(every) + 1
    assert "most named people are shown; more match: raise --limit" in cut.stderr
    whole = run(runner, "people", "--db", str(archive_path), "--limit", str(len(every)))
    assert whole.exit_code == 0 and "raise --limit" not in whole.stderr


def test_units_per_unit_and_filters(runner, archive_path):
    result = run(runner, "units", "--db", str(archive_path), "--per", "unit", "--format", "json")
    data = {r["unit"]: r for r in json.loads(result.output)}
    tala = data["Polres Tanah Laut"]
    assert tala["articles"] == 3 and tala["months"] == 2  # 2023-09, 2023-11
    assert tala["first_published"] == "2023-09-06" and tala["last_published"] == "2023-11-16"
    assert tala["region"] == "Kabupaten Tanah Laut"
    assert data["Polsek Kurau"]["parent"] == "Polres Tanah Laut"
    since = run(
        runner,
        "units",
        "--db",
        str(archive_path),
        "--per",
        "unit",
        "--since",
        "2024-01-01",
        "--format",
        "json",
    )
    assert [r["unit"] for r in json.loads(since.output)] == ["Polsek Kurau"]
    kalsel = run(
        runner, "units", "--db", str(archive_path), "--province", "kalsel", "--format", "csv"
    )
    assert kalsel.exit_code == 0 and "Polres Tanah Laut" in kalsel.output
    jatim = run(runner, "units", "--db", str(archive_path), "--province", "Jawa Timur")
    assert jatim.exit_code == 0 and "no articles with a primary unit match" in jatim.stderr


def test_units_bad_province_is_one_line_with_close_matches(runner, archive_path):
    result = run(runner, "units", "--db", str(archive_path), "--province", "Kalimantan Selatn")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: unknown province 'Kalimantan Selatn'; did you mean: Kalimantan Selatan, "
        + result.output.split("did you mean: Kalimantan Selatan, ")[1].strip()
    ]
    assert "Traceback" not in result.output


def test_units_on_a_missing_archive(runner, tmp_path):
    result = run(runner, "units", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no archive at" in result.output


# -- people ---------------------------------------------------------------------------


def test_people_lists_officers_with_post_and_unit(runner, archive_path):
    result = run(runner, "people", "--db", str(archive_path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    rofikoh = next(p for p in data if p["name"] == "Rofikoh Yunianto")
    assert rofikoh == {
        "name": "Rofikoh Yunianto",
        "rank": "AKBP",
        "position": "Kapolres",
        "unit": "Polres Tanah Laut",
        "role": "police",
        "articles": 1,
        "first_seen": "2023-11-12",
        "last_seen": "2023-11-12",
    }
    assert all(p["role"] == "police" and p["rank"] for p in data)
    table = run(runner, "people", "--db", str(archive_path))
    assert table.stdout.splitlines()[0].split() == [
        "name",
        "rank",
        "position",
        "unit",
        "articles",
        "first_seen",
        "last_seen",
    ]


def test_people_of_a_unit_include_its_polsek(runner, archive_path):
    result = run(
        runner, "people", "--db", str(archive_path), "--unit", "Polres Tala", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    units = {p["unit"] for p in json.loads(result.output)}
    assert "Polres Tanah Laut" in units and "Polsek Kurau" in units
    assert not units - {"Polres Tanah Laut", "Polsek Kurau", "Polsek Takisung"}
    others = run(runner, "people", "--db", str(archive_path), "--role", "other", "--format", "json")
    assert others.exit_code == 0
    assert all(p["role"] == "other" and p["name"] for p in json.loads(others.output))


def test_people_bad_unit_is_one_line_with_close_matches(runner, archive_path):
    result = run(runner, "people", "--db", str(archive_path), "--unit", "Polres Tanah Lau")
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(
        "Error: unknown unit 'Polres Tanah Lau'; did you mean: Polres Tanah Laut"
    )


# -- search and export filters --------------------------------------------------------


def urls_of(output: str) -> set[str]:
    return {r["url"].rstrip("/").rsplit("/", 1)[-1] for r in json.loads(output)}


def test_search_by_unit_region_topic(runner, archive_path):
    db = str(archive_path)
    by_unit = run(
        runner,
        "search",
        "polres OR polsek",
        "--db",
        db,
        "--unit",
        "Polres Tanah Laut",
        "--format",
        "json",
    )
    assert by_unit.exit_code == 0, by_unit.output
    # The Polres' own releases and its Polsek's (Kurau, Takisung).
    assert urls_of(by_unit.output) == {"founding", "h45", "h01", "h26", "h35"}
    polsek = run(
        runner, "search", "polsek", "--db", db, "--unit", "polsek kurau", "--format", "json"
    )
    assert urls_of(polsek.output) == {"h26"}
    region = run(
        runner,
        "search",
        "polres OR polsek",
        "--db",
        db,
        "--region",
        "kabupaten banjar",
        "--format",
        "json",
    )
    assert urls_of(region.output) == {"h07", "h17"}
    topic = run(runner, "search", "sabu", "--db", db, "--topic", "narkoba", "--format", "json")
    assert urls_of(topic.output) == {"h02"}
    both = run(
        runner,
        "search",
        "polres OR polsek",
        "--db",
        db,
        "--unit",
        "Polres Tala",
        "--topic",
        "lalu_lintas",
        "--format",
        "json",
    )
    assert urls_of(both.output) == {"h01"}


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--unit", "Polres Tanahlaut Selatan", "unknown unit"),
        ("--topic", "narkotik", "unknown topic 'narkotik'; did you mean: narkoba"),
        ("--region", "Kabupaten Tanah Lau", "did you mean: Kabupaten Tanah Laut"),
        ("--region", "Banjarmasn", "unknown region"),
    ],
)
def test_bad_filter_values_exit_2_with_one_line(runner, archive_path, option, value, expected):
    for command in (["search", "polres"], ["export", "--format", "csv"]):
        result = run(runner, *command, "--db", str(archive_path), option, value)
        assert result.exit_code == 2, result.output
        (line,) = result.output.strip().splitlines()
        assert line.startswith("Error: ") and expected in line


def test_a_bare_region_name_when_it_is_unique(runner, archive_path):
    result = run(
        runner,
        "search",
        "polres OR polsek",
        "--db",
        str(archive_path),
        "--region",
        "Tanah Laut",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert urls_of(result.output) == {"founding", "h45", "h01", "h26", "h35"}
    # Kabupaten Banjar (Kalimantan Selatan) and Kota Banjar (Jawa Barat): say which.
    result = run(runner, "search", "polres", "--db", str(archive_path), "--region", "Banjar")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Error: region 'Banjar' is ambiguous: Kabupaten Banjar, Kota Banjar"
    )


def test_export_csv_and_jsonl_carry_the_entities(runner, archive_path):
    csv_out = run(runner, "export", "--db", str(archive_path), "--format", "csv")
    assert csv_out.exit_code == 0, csv_out.output
    table = list(csv.DictReader(io.StringIO(csv_out.output)))
    header = list(table[0])
    for column in ("primary_unit", "region", "province", "topics", "units", "people"):
        assert column in header
    assert header[-1] == "text"
    founding = next(r for r in table if r["url"].endswith("/founding/"))
    assert founding["primary_unit"] == "Polres Tanah Laut"
    assert json.loads(founding["topics"])[0] == "pemilu"
    assert json.loads(founding["units"])[0] == {
        "name": "Polres Tanah Laut",
        "level": "polres",
        "parent": "Polda Kalimantan Selatan",
    }
    people = json.loads(founding["people"])
    assert {
        "name": "M. Irfan",
        "rank": "Kompol",
        "titles": ["S.H.", "M.H."],
        "position": "Wakapolres",
        "unit": "Polres Tanah Laut",
        "role": "police",
    } in people
    old = next(r for r in table if r["url"].endswith("/h08/"))
    assert old["units"] == "" and old["topics"] == ""
    jsonl = run(
        runner, "export", "--db", str(archive_path), "--format", "jsonl", "--topic", "pemilu"
    )
    records = [json.loads(line) for line in jsonl.output.splitlines()]
    assert {r["url"].rstrip("/").rsplit("/", 1)[-1] for r in records} == {"founding", "h07"}
    assert all(isinstance(r["topics"], list) and "pemilu" in r["topics"] for r in records)
    assert all(isinstance(r["units"], list) and isinstance(r["people"], list) for r in records)


def test_parquet_carries_the_entities(runner, archive_path, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "a.parquet"
    result = run(
        runner,
        "export",
        "--db",
        str(archive_path),
        "--format",
        "parquet",
        "--out",
        str(out),
        "--unit",
        "Polres Tanah Laut",
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 5
    row = next(r for r in table.to_pylist() if r["url"].endswith("/founding/"))
    assert row["primary_unit"] == "Polres Tanah Laut" and row["topics"][0] == "pemilu"
    assert row["units"][0] == {
        "name": "Polres Tanah Laut",
        "level": "polres",
        "parent": "Polda Kalimantan Selatan",
    }
    assert {
        "name": "Rofikoh Yunianto",
        "rank": "AKBP",
        "titles": ["S.I.K."],
        "position": "Kapolres",
        "unit": "Polres Tanah Laut",
        "role": "police",
    } in row["people"]
    assert (
        table.schema.field("region")
        .metadata[b"description"]
        .decode()
        .startswith("The article's kabupaten/kota")
    )


# -- extract --------------------------------------------------------------------------


def test_extract_prints_the_entities(runner, tmp_path):
    title, text = founding_release()
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    page = tmp_path / "p.html"
    page.write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<div class='entry-content'>{paragraphs}</div></article></body></html>",
        encoding="utf-8",
    )
    result = run(runner, "extract", str(page), "--url", "https://mci.life/ngupi/")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["primary_unit"] == "Polres Tanah Laut"
    assert shown["region"] == "Kabupaten Tanah Laut" and shown["province"] == "Kalimantan Selatan"
    assert shown["topics"][0] == "pemilu"
    assert [p["name"] for p in shown["entities"]["people"] if p["role"] == "police"] == [
        "Rofikoh Yunianto",
        "M. Irfan",
    ]


# -- backfill -------------------------------------------------------------------------


def pairs() -> list[dict]:
    return [json.loads(line) for line in (DATA / "pairs.jsonl").read_text("utf-8").splitlines()]


def twin_records(entities: bool) -> list[ArticleRecord]:
    """Two template twins of Polres Tanah Laut (different days) and a copy of one."""
    by_id = {p["id"]: p for p in pairs()}
    out = []
    for pair_id, side, slug in (
        ("twin-h20", "a", "h20"),
        ("twin-h20", "b", "h20-twin"),
        ("copy-h20", "b", "h20-copy"),
    ):
        data = by_id[pair_id][side]
        LABELLED[slug] = {"title": data["title"], "text": data["text"]}
        out.append(release(slug, data["published"], entities=entities))
    return out


def story_of(db) -> dict[str, int]:
    return {
        r["url"].rstrip("/").rsplit("/", 1)[-1]: r["story_id"]
        for r in rows(db, "select url, story_id from articles")
    }


def test_backfill_gives_entities_and_splits_template_twins(runner, tmp_path):
    db = tmp_path / "old.db"
    build(db, RELEASES[:3], entities=False, extra=twin_records(entities=False))
    before = story_of(db)
    # Words alone: the twin is the same story as the release (and its copy).
    assert before["h20"] == before["h20-twin"] == before["h20-copy"]
    result = run(runner, "backfill-entities", "--db", str(db))
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("backfill-entities: 6 articles given entities (6 with a primary unit);")
    assert "3 articles re-matched to stories: 1 stories before, 2 after" in line
    after = story_of(db)
    assert after["h20"] == after["h20-copy"] != after["h20-twin"]
    (row,) = rows(
        db, "select primary_unit, region, topics from articles where url like '%/founding/'"
    )
    assert row["primary_unit"] == "Polres Tanah Laut" and json.loads(row["topics"])[0] == "pemilu"
    assert rows(db, "select count(*) as n from articles where topics is null")[0]["n"] == 0
    assert (
        rows(db, "select count(*) as n from story_signatures where entities is null")[0]["n"] == 0
    )
    # The same as crawling with entities from the start.
    fresh = tmp_path / "fresh.db"
    build(fresh, RELEASES[:3], entities=True, extra=twin_records(entities=True))
    assert story_of(fresh) == after
    snapshot = rows(db, "select * from article_people order by article_id, position")
    again = run(runner, "backfill-entities", "--db", str(db))
    assert again.exit_code == 0
    assert again.output.startswith("backfill-entities: 0 articles given entities")
    assert rows(db, "select * from article_people order by article_id, position") == snapshot
    assert story_of(db) == after
    everything = run(runner, "backfill-entities", "--db", str(db), "--all", "--batch", "2")
    assert everything.exit_code == 0, everything.output
    assert "6 articles given entities" in everything.output
    assert "6 articles re-matched" in everything.output
    assert rows(db, "select * from article_people order by article_id, position") == snapshot
    assert story_of(db) == after


def test_backfill_of_an_archive_from_before_migration_7(runner, tmp_path):
    """An archive written by the previous release: m007 runs on open, the backfill fills
    the entities and the relative flag of stored dates."""
    from sqlite_utils import Database

    db_path = tmp_path / "v6.db"
    db = Database(db_path)
    MIGRATIONS.apply(db, stop_before="m007_entities")
    assert "primary_unit" not in db["articles"].columns_dict
    title, text = founding_release()
    db["articles"].insert(
        {
            "id": 7,
            "url": "https://mci.life/ngupi/",
            "site": "mci.life",
            "title": title,
            "text": text,
            "published_at": "2023-11-12T19:54:28+08:00",
            "content_hash": content_hash(text),
            "fetched_at": NOW,
        }
    )
    db["article_dates"].insert(
        {
            "article_id": 7,
            "position": text.index("jumat sore"),
            "surface": "jumat sore (10/11)",
            "value": "2023-11-10",
            "kind": "event",
            "conflict": None,
        }
    )
    db.close()
    result = run(runner, "backfill-entities", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "1 articles given entities (1 with a primary unit)" in result.output
    (row,) = rows(db_path, "select primary_unit, region, province from articles")
    assert row == {
        "primary_unit": "Polres Tanah Laut",
        "region": "Kabupaten Tanah Laut",
        "province": "Kalimantan Selatan",
    }
    assert rows(db_path, "select relative from article_dates") == [{"relative": 0}]
    assert len(rows(db_path, "select * from article_people where role = 'police'")) == 2


def test_backfill_waits_for_no_crawl(runner, tmp_path):
    from scraper.crawl import archive_lock

    db = build(tmp_path / "a.db", RELEASES[:1], entities=False)
    lock = archive_lock(db)
    lock.acquire()
    try:
        result = run(runner, "backfill-entities", "--db", str(db))
    finally:
        lock.release()
    assert result.exit_code == 75 and "is writing to" in result.output
    assert rows(db, "select topics from articles") == [{"topics": None}]


def test_backfill_on_a_missing_archive(runner, tmp_path):
    result = run(runner, "backfill-entities", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no archive at" in result.output


def test_two_units_of_one_name_are_two_rows_and_a_filter_says_it_takes_both(runner, tmp_path):
    """helper-104: Polres Banjar of Polda Kalimantan Selatan and of Polda Jawa Barat were
    one row of `units` (three articles, the parent of one), and `people`/`search --unit`
    mixed their officers without a word."""
    LABELLED["banjar-kalsel"] = {
        "title": "Polres Banjar Amankan Dua Pelaku Curanmor di Martapura",
        "text": "Martapura – Satreskrim Polres Banjar, Polda Kalimantan Selatan, mengamankan "
        "dua pelaku pencurian sepeda motor di Kecamatan Martapura, Kabupaten Banjar. Kasi "
        "Humas Polres Banjar AKP Suwarto mengatakan kedua pelaku ditangkap di rumahnya.",
    }
    LABELLED["banjar-jabar"] = {
        "title": "Polres Banjar Gelar Apel Pasukan Operasi Lilin Lodaya",
        "text": "Banjar – Polres Banjar, Polda Jawa Barat, menggelar apel pasukan Operasi "
        "Lilin Lodaya di alun-alun Kota Banjar. Kapolres Banjar AKBP Bayu Catur Prabowo "
        "memimpin apel yang diikuti personel gabungan TNI, Polri dan Dishub Kota Banjar.",
    }
    db = build(
        tmp_path / "a.db",
        releases=[
            ("banjar-kalsel", "2024-01-18T10:00:00+08:00"),
            ("banjar-jabar", "2024-01-20T09:00:00+07:00"),
        ],
    )
    data = json.loads(run(runner, "units", "--db", str(db), "--format", "json").stdout)
    banjar = sorted((r["unit"], r["parent"], r["articles"]) for r in data)
    assert banjar == [
        ("Polres Banjar", "Polda Jawa Barat", 1),
        ("Polres Banjar", "Polda Kalimantan Selatan", 1),
    ]
    per_unit = run(runner, "units", "--db", str(db), "--per", "unit", "--format", "json")
    assert len(json.loads(per_unit.stdout)) == 2
    note = (
        "note: Polres Banjar names 2 units in this archive (under Polda Jawa Barat, Polda "
        "Kalimantan Selatan): --unit counts them all"
    )
    out = str(tmp_path / "banjar.csv")
    for command in (["people"], ["search", "banjar"], ["export", "--out", out]):
        result = run(runner, *command, "--unit", "Polres Banjar", "--db", str(db))
        assert result.exit_code == 0, result.output
        assert note in result.stderr.splitlines(), result.stderr
    single = run(runner, "people", "--unit", "Polres Tanah Laut", "--db", str(build(
        tmp_path / "b.db")))  # fmt: skip
    assert "names 2 units" not in single.stderr
