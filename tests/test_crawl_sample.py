"""End to end: crawl the offline sample sites on 127.0.0.1 through the real CLI.

Each crawl runs in its own process (scraper.crawl), so one pytest process can run many.
The sites and their ground truth come from scraper.samplesite.
"""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from scraper.cli import cli
from scraper.samplesite import ground_truth, serve_site
from tests.conftest import FAST

FOUNDING_SLUG = (
    "kapolres-tanah-laut-gelar-ngupi-bakisahan-bersama-warga-untuk-silaturohmi"
    "-dalam-rangka-pemilu-damai-2024/"
)
SEED_TAIL = (
    '"Kami berkomitmen untuk bekerja sama secara sinergis demi mewujudkan demokrasi'
    ' yang kuat dan berkeadilan," pungkasnya.'
)


def crawl(runner, db, base_url, *extra):
    result = runner.invoke(
        cli, ["crawl", "--url", base_url, "--db", str(db), "--quiet", *FAST, *extra]
    )
    assert result.exit_code == 0, result.output
    return result


def rows(db, sql):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def wordpress_crawl(tmp_path_factory):
    """The demo site crawled twice into one archive, with a snapshot after each run."""
    from click.testing import CliRunner

    runner = CliRunner()
    db = tmp_path_factory.mktemp("wp") / "archive.db"
    with serve_site(theme="wordpress") as base_url:
        truth = ground_truth("wordpress", base_url)
        first = crawl(runner, db, base_url, "--tz", "Asia/Makassar")
        snapshot = (
            rows(db, "select * from articles order by id"),
            rows(db, "select * from aliases order by url"),
        )
        second = crawl(runner, db, base_url, "--tz", "Asia/Makassar")
    return {
        "db": db,
        "truth": truth,
        "base": base_url,
        "first": first,
        "second": second,
        "snapshot": snapshot,
    }


def test_every_article_archived_once(wordpress_crawl):
    truth, db = wordpress_crawl["truth"], wordpress_crawl["db"]
    stored = {r["url"] for r in rows(db, "select url from articles")}
    expected = {a.url for a in truth.articles}
    assert stored == expected


def test_no_non_article_stored(wordpress_crawl):
    db = wordpress_crawl["db"]
    stored = {r["url"] for r in rows(db, "select url from articles")}
    assert not stored & set(wordpress_crawl["truth"].non_article_urls)
    for url in stored:
        assert "/tag/" not in url and "/category/" not in url and "/author/" not in url


def test_founding_article_exactly(wordpress_crawl):
    base, db, truth = wordpress_crawl["base"], wordpress_crawl["db"], wordpress_crawl["truth"]
    (row,) = rows(db, f"select * from articles where url = '{base}{FOUNDING_SLUG}'")
    expected = next(a for a in truth.articles if a.url == base + FOUNDING_SLUG)
    assert row["title"] == (
        "Kapolres Tanah Laut Gelar Ngupi Bakisahan Bersama Warga Untuk Silaturohmi "
        "Dalam Rangka Pemilu Damai 2024"
    )
    assert row["text"] == "\n".join(expected.paragraphs)
    assert row["text"].startswith("Tanah Laut- Polres Tanah Laut Polda Kalsel")
    assert row["text"].endswith(SEED_TAIL)
    assert "feed_id" not in row["text"] and "Tags" not in row["text"]
    assert json.loads(row["tags"]) == ["BeritaPolisi"]
    assert "feed_id" not in row["url"] and "_unique_id" not in row["url"]
    assert row["published_at"] == "2023-11-12T19:54:28+08:00"
    assert row["published_utc"] == "2023-11-12T11:54:28Z"


def test_founding_article_event_date(wordpress_crawl):
    base, db = wordpress_crawl["base"], wordpress_crawl["db"]
    dates = rows(
        db,
        "select d.* from article_dates d join articles a on a.id = d.article_id "
        f"where a.url = '{base}{FOUNDING_SLUG}'",
    )
    assert [(d["surface"], d["value"], d["kind"]) for d in dates] == [
        ("jumat sore (10/11)", "2023-11-10", "event")
    ]


def test_founding_article_entities(wordpress_crawl):
    """Issue 12: the unit, region, province, topic and officers, read in the crawl's
    workers and stored by its writer."""
    base, db = wordpress_crawl["base"], wordpress_crawl["db"]
    (row,) = rows(db, f"select * from articles where url = '{base}{FOUNDING_SLUG}'")
    assert row["primary_unit"] == "Polres Tanah Laut"
    assert row["region"] == "Kabupaten Tanah Laut"
    assert row["province"] == "Kalimantan Selatan"
    assert json.loads(row["topics"])[0] == "pemilu"
    people = rows(
        db, f"select * from article_people where article_id = {row['id']} order by position"
    )
    assert [
        (p["role_position"], p["unit"], p["rank"], p["name"], json.loads(p["titles"]))
        for p in people
        if p["role"] == "police"
    ] == [
        ("Kapolres", "Polres Tanah Laut", "AKBP", "Rofikoh Yunianto", ["S.I.K."]),
        ("Wakapolres", "Polres Tanah Laut", "Kompol", "M. Irfan", ["S.H.", "M.H."]),
    ]
    assert [p["role_position"] for p in people if p["role"] == "other"] == [
        "Ketua KPU",
        "Ketua Bawaslu",
    ]
    (unit,) = rows(
        db, f"select * from article_units where article_id = {row['id']} and position = 0"
    )
    assert unit["name"] == "Polres Tanah Laut" and unit["parent"] == "Polda Kalimantan Selatan"
    # Every article of the crawl has its entities, in the story index too.
    assert rows(db, "select count(*) as n from articles where topics is null")[0]["n"] == 0
    assert (
        rows(db, "select count(*) as n from story_signatures where entities is null")[0]["n"] == 0
    )


def test_founding_article_has_its_five_urls(wordpress_crawl):
    base, db, truth = wordpress_crawl["base"], wordpress_crawl["db"], wordpress_crawl["truth"]
    expected = next(a for a in truth.articles if a.url == base + FOUNDING_SLUG)
    aliases = {
        r["url"]
        for r in rows(
            db,
            "select x.url from aliases x join articles a on a.id = x.article_id "
            f"where a.url = '{base}{FOUNDING_SLUG}'",
        )
    }
    assert {expected.url, *expected.alias_urls} <= aliases
    assert len(aliases) >= 5


def test_every_field_matches_ground_truth(wordpress_crawl):
    db, truth = wordpress_crawl["db"], wordpress_crawl["truth"]
    stored = {r["url"]: r for r in rows(db, "select * from articles")}
    for article in truth.articles:
        row = stored[article.url]
        assert row["title"] == article.title, article.url
        assert row["text"] == "\n".join(article.paragraphs), article.url
        assert json.loads(row["tags"]) == article.tags, article.url
        assert json.loads(row["categories"]) == article.categories, article.url
        assert row["published_at"] == article.published_at, article.url
        assert row["published_at_source"] == "api", article.url
        assert json.loads(row["authors"]) == [article.author], article.url
        assert row["modified_at"] == article.modified_at, article.url
        assert row["image_url"] == article.image_url, article.url


def test_second_crawl_changes_nothing(wordpress_crawl):
    db = wordpress_crawl["db"]
    after = (
        rows(db, "select * from articles order by id"),
        rows(db, "select * from aliases order by url"),
    )
    assert after == wordpress_crawl["snapshot"]
    runs = rows(db, "select * from crawl_runs order by id")
    assert [r["status"] for r in runs] == ["ok", "ok"]
    assert runs[1]["articles_new"] == 0 and runs[1]["articles_updated"] == 0
    # The second run is incremental: only discovery pages are fetched, no article page.
    assert runs[0]["article_pages_fetched"] >= len(wordpress_crawl["truth"].articles)
    assert runs[1]["article_pages_fetched"] == 0
    assert runs[1]["pages_skipped"] >= len(wordpress_crawl["truth"].articles)
    assert 0 < runs[1]["pages_fetched"] < runs[0]["pages_fetched"]


def test_summary_line(wordpress_crawl):
    line = wordpress_crawl["first"].output.strip()
    assert line.startswith("ok: 127.0.0.1:")
    assert f"{len(wordpress_crawl['truth'].articles)} new" in line


def test_export_csv_after_crawl(wordpress_crawl, tmp_path):
    from click.testing import CliRunner

    out = tmp_path / "export.csv"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(wordpress_crawl["db"]), "--format", "csv", "--out", str(out)]
    )
    assert result.exit_code == 0
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(exported) == len(wordpress_crawl["truth"].articles)
    assert {"url", "site", "title", "text", "published_at", "tags"} <= set(exported[0])


@pytest.mark.parametrize("features", [{"feed"}, set()], ids=["feed-and-listings", "listings-only"])
def test_wordpress_without_api_or_sitemaps(tmp_path, runner, features):
    db = tmp_path / "a.db"
    with serve_site(theme="wordpress", features=features) as base_url:
        truth = ground_truth("wordpress", base_url)
        crawl(runner, db, base_url, "--tz", "Asia/Makassar")
    stored = {r["url"] for r in rows(db, "select url from articles")}
    assert stored == {a.url for a in truth.articles}


def test_unseen_theme_without_definition(tmp_path, runner):
    db = tmp_path / "a.db"
    with serve_site(theme="newsportal") as base_url:
        truth = ground_truth("newsportal", base_url)
        crawl(runner, db, base_url)
    stored = rows(db, "select * from articles")
    urls = [r["url"] for r in stored]
    expected = {a.url for a in truth.articles}
    assert len(urls) == len(set(urls))
    assert len(set(urls) & expected) >= 0.98 * len(expected)
    assert not set(urls) - expected
    by_url = {r["url"]: r for r in stored}
    for article in truth.articles:
        if article.url in by_url:
            assert by_url[article.url]["text"] == "\n".join(article.paragraphs), article.url
            assert by_url[article.url]["published_at"] == article.published_at, article.url
    # Then `export --format csv` holds them, one row each, with the columns researchers
    # read (issue 2).
    out = tmp_path / "export.csv"
    result = runner.invoke(cli, ["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["url"] for r in exported) == sorted(urls)
    assert {"url", "site", "title", "text", "published_at", "tags"} <= set(exported[0])
    for row in exported:
        assert row["text"] == by_url[row["url"]]["text"] and row["title"], row["url"]


def test_unreachable_url_is_one_clean_error(tmp_path, runner):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = runner.invoke(
        cli,
        [
            "crawl",
            "--url",
            f"http://127.0.0.1:{port}/",
            "--db",
            str(tmp_path / "a.db"),
            "--quiet",
            "-s",
            "RETRY_TIMES=0",
            # Without a throttle's one-second start delay between the discovery
            # requests, each refused at once (this took ~10 s, the point is the error).
            *FAST,
        ],
    )
    assert result.exit_code == 1
    assert "no page could be fetched (connection)" in result.output
    assert "Traceback" not in result.output
