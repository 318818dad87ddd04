"""Every command through click's CliRunner: output, formats, and clean errors."""

import csv
import io
import json
import os
import threading

import pytest

from scraper.cli import cli
from tests.conftest import one_line_error


def test_sites_lists_mci_life(runner, small_archive):
    counted = runner.invoke(cli, ["sites", "--db", str(small_archive), "--format", "json"])
    by_name = {row["name"]: row for row in json.loads(counted.output)}
    assert by_name["mci.life"]["articles"] == 2
    result = runner.invoke(cli, ["sites", "--db", "no/such.db"])
    assert result.exit_code == 0
    assert "mci.life" in result.output and "Asia/Makassar" in result.output
    rows = json.loads(runner.invoke(cli, ["sites", "--format", "json"]).output)
    assert "mci.life" in {row["name"] for row in rows}


def test_search_json_rows(runner, small_archive):
    result = runner.invoke(
        cli, ["search", "pemilu", "--db", str(small_archive), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["url"] == "https://mci.life/pemilu/"
    assert row["published_at"] == "2024-01-15T09:15:00+07:00"
    assert "[Pemilu]" in row["snippet"] and row["title"] == "Pemilu Damai di Tanah Laut"


def test_search_filters(runner, small_archive):
    db = ["--db", str(small_archive), "--format", "json"]
    assert json.loads(runner.invoke(cli, ["search", "polres OR pemilu", *db]).output)
    since = runner.invoke(cli, ["search", "polres OR pemilu", "--since", "2024-01-01", *db])
    assert [r["url"] for r in json.loads(since.output)] == ["https://mci.life/pemilu/"]
    until = runner.invoke(cli, ["search", "polres OR pemilu", "--until", "2023-12-31", *db])
    assert [r["url"] for r in json.loads(until.output)] == ["https://mci.life/apel/"]
    site = runner.invoke(cli, ["search", "penipuan", "--site", "mci.life", *db])
    assert json.loads(site.output) == []
    unknown = runner.invoke(cli, ["search", "polres", "--site", "foo", *db])
    assert unknown.exit_code == 2 and "site 'foo' has no articles" in unknown.output
    limited = runner.invoke(cli, ["search", "polres OR pemilu", "--limit", "1", *db])
    assert len(json.loads(limited.stdout)) == 1


def test_a_table_cut_by_limit_says_so(runner, small_archive):
    """``search pemilu`` printed 20 rows and nothing more: a table of exactly --limit
    rows read as every match. Under a table it now says more match; JSON does not."""
    db = ["--db", str(small_archive)]
    cut = runner.invoke(cli, ["search", "polres OR pemilu", "--limit", "1", *db])
    assert cut.exit_code == 0 and len(cut.stdout.splitlines()) == 3  # header, rule, row
    assert "the 1 best matches are shown; more match: raise --limit" in cut.stderr
    whole = runner.invoke(cli, ["search", "polres OR pemilu", "--limit", "2", *db])
    assert whole.exit_code == 0 and "raise --limit" not in whole.stderr
    assert len(whole.stdout.splitlines()) == 4
    machine = runner.invoke(cli, ["search", "polres OR pemilu", "--limit", "1", "--format",
                                  "json", *db])  # fmt: skip
    assert len(json.loads(machine.stdout)) == 1
    assert "the 1 best matches are written as json; more match" in machine.stderr


def test_every_limit_says_what_it_limits_and_that_the_table_says_so(runner, small_archive):
    """``--limit`` had no help in search, people, clusters and runs: what is limited,
    and which rows are kept, was nowhere. ``runs`` cut by it now says so as well."""
    from scraper.archive import Archive
    from scraper.archive.store import RunCounts

    for command, kept in (
        ("search", "best matches"),
        ("people", "most articles"),
        ("clusters", "newest"),
        ("runs", "most recent"),
    ):
        shown = runner.invoke(cli, [command, "--help"], terminal_width=200)
        assert shown.exit_code == 0, shown.output
        line = next(x for x in shown.output.splitlines() if x.strip().startswith("--limit"))
        assert kept in line and "a cut says so on stderr" in line, line
    db = ["--db", str(small_archive)]
    with Archive.open(small_archive) as archive:
        for _ in range(2):
            run = archive.start_run(["mci.life"])
            archive.finish_run(run, RunCounts(pages_fetched=1), "ok")
    cut = runner.invoke(cli, ["runs", "--limit", "1", *db])
    assert cut.exit_code == 0 and len(cut.stdout.splitlines()) == 3  # header, rule, row
    assert "the 1 most recent crawls are shown; more match: raise --limit" in cut.stderr
    whole = runner.invoke(cli, ["runs", "--limit", "2", *db])
    assert whole.exit_code == 0 and "raise --limit" not in whole.stderr
    machine = runner.invoke(cli, ["runs", "--limit", "1", "--format", "json", *db])
    assert len(json.loads(machine.stdout)) == 1 and "raise --limit" in machine.stderr


def test_search_table_and_csv(runner, small_archive):
    table = runner.invoke(cli, ["search", "apel", "--db", str(small_archive)])
    assert table.exit_code == 0 and "https://mci.life/apel/" in table.output
    out = runner.invoke(cli, ["search", "apel", "--db", str(small_archive), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert rows[0]["url"] == "https://mci.life/apel/"
    # The id joins a saved search back to the export (helper-86's trial).
    exported = runner.invoke(cli, ["export", "--db", str(small_archive), "--format", "jsonl"])
    ids = {
        json.loads(line)["url"]: str(json.loads(line)["id"])
        for line in exported.stdout.split("\n")
        if line
    }
    assert rows[0]["id"] == ids["https://mci.life/apel/"]


def test_malformed_query_is_one_clean_error(runner, small_archive):
    result = runner.invoke(cli, ["search", "*", "--db", str(small_archive)])
    one_line_error(result, 1, "Error: cannot search")


def test_missing_database_is_one_clean_error(runner, tmp_path):
    for args in (["search", "x"], ["stats"], ["export"], ["runs"]):
        result = runner.invoke(cli, [*args, "--db", str(tmp_path / "none.db")])
        one_line_error(result, 1, "no archive at")
        assert not (tmp_path / "none.db").exists()


def test_bad_date_is_a_usage_error(runner, small_archive):
    result = runner.invoke(
        cli, ["search", "x", "--since", "10/11/2023", "--db", str(small_archive)]
    )
    assert result.exit_code == 2 and "Invalid value for '--since'" in result.output


def test_export_csv_columns_and_formula_neutralised(runner, small_archive, tmp_path):
    out = tmp_path / "out.csv"
    result = runner.invoke(
        cli, ["export", "--db", str(small_archive), "--format", "csv", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "exported 3 articles" in result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"url", "site", "title", "text", "published_at", "tags"} <= set(rows[0])
    by_url = {r["url"]: r for r in rows}
    assert json.loads(by_url["https://mci.life/apel/"]["tags"]) == ["BeritaPolisi"]
    assert by_url["https://contoh.id/rumus/"]["title"].startswith("'=")
    # Why and when an article was taken down, and when it entered the archive: a
    # researcher could not tell a 404 from a soft 404 in the export (helper-86).
    assert {"gone_reason", "first_seen_at", "date_conflict"} <= set(rows[0])
    assert all(r["first_seen_at"] for r in rows)


def test_export_jsonl_streams_to_stdout_with_filters(runner, small_archive):
    result = runner.invoke(
        cli, ["export", "--db", str(small_archive), "--format", "jsonl", "--site", "mci.life"]
    )
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {r["site"] for r in rows} == {"mci.life"} and len(rows) == 2
    # In id order, a hash: which article comes first is no promise.
    by_url = {r["url"]: r for r in rows}
    assert by_url["https://mci.life/apel/"]["tags"] == ["BeritaPolisi"]


def test_stats(runner, small_archive):
    result = runner.invoke(cli, ["stats", "--db", str(small_archive), "--format", "json"])
    rows = {r["site"]: r for r in json.loads(result.output)}
    assert rows["mci.life"]["articles"] == 2
    assert rows["mci.life"]["first_published"] == "2023-11-12"
    assert rows["contoh.id"]["share_without_date"] == 1.0
    assert rows["mci.life"]["new_per_day"] == round(2 / 30, 2)  # two first seen today
    assert rows["mci.life"]["last_ok_crawl"] is None  # never crawled successfully


def test_unknown_site_is_one_clean_error(runner, tmp_path):
    result = runner.invoke(cli, ["crawl", "no.such.site", "--db", str(tmp_path / "a.db")])
    one_line_error(result, 2, "unknown site 'no.such.site'")  # a configuration error
    assert "mci.life" in result.output


def test_a_misspelt_site_name_gets_the_closest_names_not_every_site(runner, tmp_path):
    """The new-user trial: `crawl mci.lif` listed all 42 defined sites."""
    result = runner.invoke(cli, ["crawl", "mci.lif", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "unknown site 'mci.lif'; did you mean: mci.life?" in result.output
    assert "bakabar.com" not in result.output and "known sites" not in result.output
    far = runner.invoke(cli, ["crawl", "zzzz", "--db", str(tmp_path / "a.db")])
    assert far.exit_code == 2 and "see 'newsarchive sites'" in far.output
    assert "known sites" not in far.output


def test_crawl_needs_a_target(runner, tmp_path):
    result = runner.invoke(cli, ["crawl", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2 and "name a site" in result.output
    bad = runner.invoke(cli, ["crawl", "--url", "ftp://x", "--db", str(tmp_path / "a.db")])
    assert bad.exit_code == 2
    zone = runner.invoke(cli, ["crawl", "--url", "http://x.id/", "--tz", "Mars/Base"])
    assert zone.exit_code == 2 and "unknown time zone" in zone.output


def test_extract_not_an_article(runner, tmp_path):
    page = tmp_path / "tag.html"
    page.write_text(
        "<html><body class='archive tag tag-beritapolisi'><h1>Tag: BeritaPolisi</h1>"
        + "".join(
            f"<article><h2><a href='/a{i}/'>Judul {i}</a></h2><p>{'kata ' * 40}</p></article>"
            for i in range(8)
        )
        + "</body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(
        cli, ["extract", str(page), "--url", "https://mci.life/tag/beritapolisi/"]
    )
    # Still the record, with the reason: a bench can score every page, a user sees why.
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["not_article"].startswith("listing or static page")
    assert shown["title"] == "Tag: BeritaPolisi" and shown["text"].startswith("kata kata")
    empty = tmp_path / "empty.html"
    empty.write_text("   ", encoding="utf-8")
    nothing = runner.invoke(cli, ["extract", str(empty), "--url", "https://a.id/x/"])
    assert nothing.exit_code == 1 and "nothing to extract" in nothing.output
    missing = runner.invoke(cli, ["extract", str(tmp_path / "x.html"), "--url", "https://a.id/"])
    assert missing.exit_code == 2


def test_dates_command(runner):
    result = runner.invoke(cli, ["dates", "Jumat, 10 Nopember 2023 14:30 WITA"])
    assert result.exit_code == 0 and result.output.strip() == "2023-11-10T14:30:00+08:00"
    body = runner.invoke(
        cli, ["dates", "jumat sore (10/11)", "--reference", "2023-11-12T19:54:28+08:00"]
    )
    assert body.output.strip() == "2023-11-10"
    none = runner.invoke(cli, ["dates", "Pemilu 2024"])
    assert none.exit_code == 1 and "no date found" in none.output
    bad = runner.invoke(cli, ["dates", "10/11/2023", "--reference", "kemarin"])
    assert bad.exit_code == 2 and "--reference" in bad.output


def test_dates_says_when_the_printed_weekday_is_not_the_dates(runner):
    """ "jumat sore (10/11)" with no --reference printed this year's 10 November, whatever
    weekday that is, without a word (a new user's trial). The printed numbers are kept,
    and the weekday that disagrees is noted on stderr, with what to give for a date
    without its year."""
    yearless = runner.invoke(cli, ["dates", "jumat sore (10/11)", "--reference", "2026-12-06"])
    assert yearless.exit_code == 0 and yearless.stdout.strip() == "2026-11-10"
    assert yearless.stderr.startswith("note: weekday 'jumat' does not match 2026-11-10, a Selasa")
    assert "--reference" not in yearless.stderr  # one was given
    # Against today: a note, if this year's 10 November is no Friday, says what to give.
    now = runner.invoke(cli, ["dates", "jumat sore (10/11)"])
    assert now.exit_code == 0 and ("note" not in now.stderr or "give --reference" in now.stderr)
    dated = runner.invoke(cli, ["dates", "Senin, 10 Nopember 2023"])
    assert dated.stdout.strip() == "2023-11-10" and dated.stderr.strip() == (
        "note: weekday 'Senin' does not match 2023-11-10, a Jumat; printed numbers kept"
    )
    agreeing = runner.invoke(cli, ["dates", "Jumat, 10 Nopember 2023"])
    assert agreeing.stdout.strip() == "2023-11-10" and agreeing.stderr == ""


def test_extract_uses_the_site_serving_the_url(runner, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html lang='id'><head><meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2023-11-12T11:54:28+00:00'>"
        "<title>Judul</title></head><body class='single single-post postid-1'>"
        "<h1>Judul Berita Polres</h1><div class='entry-content'>"
        + "".join(
            f"<p>Polres Tanah Laut menggelar patroli ke-{i} di pusat kota Pelaihari malam hari.</p>"
            for i in range(6)
        )
        + "</div></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["extract", str(page), "--url", "https://mci.life/judul/"])
    record = json.loads(result.output)
    assert record["site"] == "mci.life"
    assert record["published_at"] == "2023-11-12T19:54:28+08:00"  # WITA, the site's zone
    assert record["title"] == "Judul Berita Polres"
    # fetched_at is UTC in the archive: a time given without an offset is read as UTC
    # (it was printed with none), one with an offset converted.
    for given, stored in [
        ("2024-03-01", "2024-03-01T00:00:00+00:00"),
        ("2024-03-01T10:00:00+08:00", "2024-03-01T02:00:00+00:00"),
    ]:
        result = runner.invoke(
            cli, ["extract", str(page), "--url", "https://mci.life/judul/", "--fetched-at", given]
        )
        assert json.loads(result.output)["fetched_at"] == stored, result.output


def test_corrupt_archive_is_one_clean_error(runner, small_archive, tmp_path):
    data = bytearray(small_archive.read_bytes())
    data[4096:8192] = b"\x00garbage" * 512
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    for args in (["stats"], ["export"], ["search", "polres"]):
        one_line_error(runner.invoke(cli, [*args, "--db", str(broken)]), 1, "Error:")


def test_export_refuses_to_overwrite_the_archive(runner, small_archive):
    before = small_archive.read_bytes()
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", str(small_archive)])
    assert result.exit_code == 2 and "is the archive itself" in result.output
    assert small_archive.read_bytes() == before


def test_bad_setting_is_a_configuration_error(runner, tmp_path):
    result = runner.invoke(
        cli,
        [
            "crawl",
            "--url",
            "http://127.0.0.1:9/",
            "-s",
            "DOWNLOAD_TIMEOUT=abc",
            "--db",
            str(tmp_path / "a.db"),
        ],
    )
    assert result.exit_code == 2 and "DOWNLOAD_TIMEOUT expects a number" in result.output
    days = runner.invoke(
        cli, ["crawl", "--url", "http://127.0.0.1:9/", "-s", "NEWSARCHIVE_REVISIT_DAYS=abc"]
    )
    assert days.exit_code == 2 and "a list of numbers" in days.output


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("DOWNLOAD_TIMOUT=10", "unknown setting DOWNLOAD_TIMOUT; did you mean DOWNLOAD_TIMEOUT?"),
        ("NEWSARCHIVE_WORKERS=-3", "NEWSARCHIVE_WORKERS expects a whole number (0 or more)"),
        ("NEWSARCHIVE_WORKERS=1.5", "NEWSARCHIVE_WORKERS expects a whole number"),
        # No request slot: the crawl would wait for ever.
        ("CONCURRENT_REQUESTS_PER_DOMAIN=0", "expects a number (1 or more), got 0"),
        ("NEWSARCHIVE_EXTRACT_TIMEOUT=0", "NEWSARCHIVE_EXTRACT_TIMEOUT expects a number above 0"),
        # Scrapy's own settings are checked too: these had killed the crawl process,
        # which then counted as a failed crawl of the site.
        ("DOWNLOAD_DELAY=abc", "DOWNLOAD_DELAY expects a number, got 'abc'"),
        ("LOG_LEVEL=debug", "LOG_LEVEL expects one of CRITICAL, ERROR, WARNING, INFO, DEBUG"),
        ("newsarchive_batch_size=10", "did you mean NEWSARCHIVE_BATCH_SIZE?"),
        ("RETRY_TIMES=2.5", "RETRY_TIMES expects a whole number"),
        ("DOWNLOAD_TIMEOUT=1e999", "DOWNLOAD_TIMEOUT expects a number, got inf"),
        ("NEWSARCHIVE_STORY_THRESHOLD=1.5", "expects a number from 0 to 1"),
        ("NEWSARCHIVE_REVISIT_DAYS=[-1,0]", "a list of numbers (0 or more)"),
        ("NEWSARCHIVE_SINCE=yesterday", "NEWSARCHIVE_SINCE expects a day, YYYY-MM-DD"),
    ],
)
def test_settings_are_checked_before_the_archive_is_touched(runner, tmp_path, setting, message):
    db = tmp_path / "a.db"
    db.write_bytes(b"not a database")  # opening it would be another error
    result = runner.invoke(
        cli, ["crawl", "--url", "http://127.0.0.1:9/", "-s", setting, "--db", str(db)]
    )
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert db.read_bytes() == b"not a database"


@pytest.mark.parametrize("setting", ["CLOSESPIDER_PAGECOUNT=50", "MEMUSAGE_LIMIT_MB=500"])
def test_a_per_process_limit_is_refused_on_a_distributed_crawl(runner, tmp_path, setting):
    """Each process of a distributed crawl would count on its own, and the seeding one
    would close before its handoff: every attempt of the crawl ended interrupted."""
    db = tmp_path / "a.db"
    result = runner.invoke(
        cli,
        ["crawl", "--url", "http://127.0.0.1:9/", "-s", setting, "--db", str(db),
         "--redis", "redis://127.0.0.1:9/0"],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert f"{setting.split('=')[0]} is not supported with --redis" in result.output
    assert not db.exists()


def test_scrapy_and_our_own_settings_are_accepted():
    import subprocess
    import sys

    from scrapy.settings import default_settings

    from scraper.settings import check_overrides, known_setting_names

    check_overrides({"LOG_LEVEL": "INFO", "DOWNLOAD_DELAY": 0.5, "NEWSARCHIVE_WORKERS": None})
    check_overrides({"NEWSARCHIVE_WORKERS": 0, "CONCURRENT_REQUESTS": 1})
    check_overrides({"DEPTH_PRIORITY": -1, "ROBOTSTXT_OBEY": 0, "NEWSARCHIVE_REVISIT_DAYS": []})
    check_overrides({"SPIDER_MODULES": ["x"], "NEWSARCHIVE_SINCE": "2024-01-01"})
    # As Scrapy's users write them: True/False in any case are booleans.
    from scraper.cli.crawling import parse_settings

    assert parse_settings(("AUTOTHROTTLE_ENABLED=False", "COOKIES_ENABLED=TRUE")) == {
        "AUTOTHROTTLE_ENABLED": False,
        "COOKIES_ENABLED": True,
    }
    # Scrapy's names are read from its source, the same as importing it would give…
    assert {n for n in dir(default_settings) if n.isupper()} <= known_setting_names()
    # …without importing Scrapy into the CLI process (whose memory counts in a crawl's).
    probe = (
        "import sys; from scraper.settings import check_overrides; "
        "check_overrides({'DOWNLOAD_DELAY': 1}); print('scrapy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out


def test_zone_labels_are_understood(runner, tmp_path):
    from scraper.cli.common import check_zone

    assert check_zone("WITA") == "Asia/Makassar" and check_zone("wit") == "Asia/Jayapura"
    assert check_zone("Asia/Jakarta") == "Asia/Jakarta"
    result = runner.invoke(cli, ["dates", "Jumat, 10 November 2023 14:30", "--tz", "WITA"])
    assert result.exit_code == 0 and "+08:00" in result.output, result.output
    wrong = runner.invoke(cli, ["crawl", "--url", "http://x.id/", "--tz", "WITB"])
    assert wrong.exit_code == 2 and "WITA (Asia/Makassar)" in wrong.output
    alone = runner.invoke(cli, ["crawl", "mci.life", "--tz", "WITA", "--db", str(tmp_path / "a")])
    assert alone.exit_code == 2 and "only with --url" in alone.output


def test_urls_without_a_host_are_refused(runner, tmp_path):
    assert (
        runner.invoke(cli, ["crawl", "--url", "http://", "--db", str(tmp_path / "a.db")]).exit_code
        == 2
    )
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>x</p></body></html>")
    assert runner.invoke(cli, ["extract", str(page), "--url", "mci.life/x"]).exit_code == 2
    unknown = runner.invoke(cli, ["extract", str(page), "--url", "https://a.id/x", "--site", "foo"])
    assert unknown.exit_code == 2 and "unknown site 'foo'" in unknown.output


def test_crawl_refuses_a_database_that_is_not_an_archive(tmp_path):
    import sqlite3

    from scraper.archive import Archive, ArchiveError

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table penelitian (id integer)")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="not a newsarchive archive"):
        Archive.open(other, create=True)


def test_dates_reference_with_z_works_everywhere(runner):
    result = runner.invoke(cli, ["dates", "kemarin, 15:20", "--reference", "2023-11-12T10:00:00Z"])
    assert result.exit_code == 0 and result.output.startswith("2023-11-11T15:20")


def test_runs_json_has_decoded_lists(runner, small_archive):
    from scraper.archive import Archive
    from scraper.archive.store import RunCounts

    with Archive.open(small_archive) as archive:
        run = archive.start_run(["mci.life"])
        archive.finish_run(run, RunCounts(error_kinds={"timeout": 2}), "partial", "2 pages failed")
    rows = json.loads(
        runner.invoke(cli, ["runs", "--db", str(small_archive), "--format", "json"]).output
    )
    assert rows[0]["sites"] == ["mci.life"] and rows[0]["error_kinds"] == {"timeout": 2}


def test_unthrottled_loopback_is_refused_for_real_hosts(runner, tmp_path):
    result = runner.invoke(
        cli,
        [
            "crawl",
            "--url",
            "https://mci.life/",
            "--unthrottled-loopback",
            "--db",
            str(tmp_path / "a.db"),
        ],
    )
    assert result.exit_code == 2
    assert "politeness stays on for real hosts: mci.life" in result.output
    assert not (tmp_path / "a.db").exists()


def test_loopback_hosts():
    from scraper.urls import is_loopback

    assert is_loopback("http://127.0.0.1:8765/") and is_loopback("http://localhost/")
    assert is_loopback("http://[::1]:80/") and is_loopback("http://127.8.0.2/")
    assert not is_loopback("https://mci.life/") and not is_loopback("http://10.0.0.1/")
    assert not is_loopback("http://localhost.evil.com/")


def test_sites_filters_and_json(runner, tmp_path):
    db = ["--db", str(tmp_path / "none.db")]
    listed = json.loads(runner.invoke(cli, ["sites", "--format", "json", *db]).output)
    keys = {"name", "base_url", "platform", "timezone", "province", "owner", "verified", "source"}
    assert listed and all(keys <= set(site) for site in listed)
    kalsel = json.loads(
        runner.invoke(cli, ["sites", "--province", "kalsel", "--format", "json", *db]).output
    )
    assert kalsel and {s["province"] for s in kalsel} == {"Kalimantan Selatan"}
    assert "mci.life" in {s["name"] for s in kalsel}
    bad = runner.invoke(cli, ["sites", "--province", "atlantis", *db])
    assert bad.exit_code == 2 and "unknown province 'atlantis'" in bad.output
    owner = runner.invoke(cli, ["sites", "--owner", "satpam", *db])
    assert owner.exit_code == 2 and "unknown owner type" in owner.output


def test_a_wrong_catalogue_option_is_named_alone(runner, tmp_path):
    """``sites --province atlantis`` said "Invalid value for
    --province/--owner/--platform": two options never given were named too."""
    db = ["--db", str(tmp_path / "none.db")]
    for option, value in (("--province", "atlantis"), ("--owner", "satpam"), ("--platform", "x")):
        for command in ("sites", "crawl"):
            bad = runner.invoke(cli, [command, option, value, *db])
            assert bad.exit_code == 2, bad.output
            assert f"Invalid value for {option}:" in bad.output, bad.output
            assert not (tmp_path / "none.db").exists()
    # Two options that match no site together: those two are named.
    none = runner.invoke(cli, ["crawl", "--province", "papua", "--owner", "polres", *db])
    assert none.exit_code == 2 and "Invalid value for --province/--owner:" in none.output
    both = runner.invoke(cli, ["crawl", "--all", "--owner", "polres", *db])
    assert both.exit_code == 2 and "give it without --owner" in both.output


def test_crawl_by_province_with_no_site_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(
        cli, ["crawl", "--province", "papua", "--owner", "polres", "--db", str(tmp_path / "a.db")]
    )
    assert result.exit_code == 2 and "no defined site matches" in result.output
    assert not (tmp_path / "a.db").exists()


def test_demo_command_crawls_the_sample_site(runner, tmp_path):
    """`make demo` runs this: the whole path, from the served site to the summary."""
    db = tmp_path / "demo.db"
    result = runner.invoke(cli, ["demo", "--port", "0", "--quiet", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ok: mci.life" in result.output and "41 new" in result.output


def test_crawl_summary_tells_the_sites_articles_from_the_archives(runner, tmp_path):
    """An archive holding other sites: the summary's count was the crawled site's alone,
    which read as the whole archive's ("41 articles in data/x.db" for 82)."""
    from scraper.samplesite import serve_site
    from tests.conftest import crawl_args

    db = tmp_path / "two.db"
    assert runner.invoke(cli, ["demo", "--port", "0", "--quiet", "--db", str(db)]).exit_code == 0
    with serve_site(theme="wordpress") as base:
        result = runner.invoke(cli, crawl_args(base, db, "--unthrottled-loopback", "--no-warc"))
    assert result.exit_code == 0, result.output
    assert "41 new" in result.output
    assert f"41 articles of this site, 82 in all, in {db}" in result.output


def test_extract_shows_what_the_crawl_does_with_a_spam_page(runner, tmp_path):
    """``extract`` reads a page as a crawl's worker does: a page that sells gambling is
    shown with the spam verdict that keeps it out of ``articles``."""
    from scraper.samplesite.injected import SPAM_POSTS

    title, paragraphs = SPAM_POSTS[0]
    page = tmp_path / "spam.html"
    page.write_text(
        f"<html><head><title>{title}</title></head><body class='single single-post'>"
        f"<h1>{title}</h1><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["extract", str(page), "--url", "https://a.go.id/slot/"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["title"] == title
    assert record["not_article"].startswith("gambling spam:"), record["not_article"]


def test_worker_without_redis_is_one_clean_error(runner):
    """No Redis at the address: the worker waits --give-up-after seconds (not twice
    that), then says so in one line, exit 1."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: nothing listens
    result = runner.invoke(
        cli, ["worker", "--redis", f"redis://127.0.0.1:{port}/0", "--give-up-after", "2"]
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "Error: Redis did not answer for 2 s" in result.output
    assert f"is Redis running at redis://127.0.0.1:{port}/0?" in result.output


@pytest.mark.parametrize(
    "url",
    [
        "redis:/127.0.0.1:6379/0",  # one slash: no host
        "redis://127.0.0.1:6379/abc",
        "redis://127.0.0.1:6379/0/",
        "redis://127.0.0.1:6379/0 ",
        "redis://127.0.0.1:6379/0?foo=bar",  # a traceback: an unknown keyword
        "http://127.0.0.1:6379/0",
        "",  # `--redis "$REDIS"` with REDIS unset: a local crawl ran instead
    ],
)
def test_a_malformed_redis_address_is_a_usage_error(runner, tmp_path, url):
    """Each was taken (a crawl started and seeded, or a traceback, or exit 1; an empty
    one ran a crawl of its own)."""
    db = tmp_path / "a.db"
    crawl = ["crawl", "--url", "http://127.0.0.1:9/", "--db", str(db), "--redis", url]
    for args in (crawl, ["worker", "--redis", url]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
        assert "is not a Redis address such as redis://127.0.0.1:6379/0" in result.output
    assert not db.exists()


def test_a_writer_without_redis_records_no_run(runner, tmp_path):
    """helper-28: each attempt opened a crawl_runs row before reaching Redis and never
    closed it; after three, health advised a longer cron timeout ("unfinished")."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path / "a.db"
    url = f"redis://127.0.0.1:{port}/0"
    args = ["crawl", "--url", "http://127.0.0.1:9/", "--db", str(db), "--redis", url]
    result = runner.invoke(cli, [*args, "-s", "NEWSARCHIVE_REDIS_GIVE_UP_AFTER=1"])
    assert result.exit_code == 1, result.output
    assert "Redis did not answer for 1 s" in result.output and "Traceback" not in result.output
    assert f"(is Redis running at {url}?)" in result.output
    assert not db.exists()


def test_runs_of_an_archive_never_crawled_says_so(runner, small_archive):
    table = runner.invoke(cli, ["runs", "--db", str(small_archive)])
    assert (
        table.exit_code == 0 and "no crawl of" in table.output and "is recorded yet" in table.output
    )
    as_json = runner.invoke(cli, ["runs", "--db", str(small_archive), "--format", "json"])
    assert as_json.exit_code == 0 and json.loads(as_json.output) == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_export_cut_short_leaves_the_last_good_one(
    runner, small_archive, tmp_path, fmt, monkeypatch
):
    """Ctrl-C two seconds into a large CSV export left a file under the final name that
    ended on a whole row (12,058 of 30,300) and looked complete, over the last good
    export of that name. Like Parquet, it is written aside and renamed when complete."""
    import scraper.cli.reading as reading

    out = tmp_path / f"artikel.{fmt}"
    command = ["export", "--format", fmt, "--db", str(small_archive), "--out", str(out)]
    assert runner.invoke(cli, command).exit_code == 0
    good = out.read_bytes()
    decoded: list = []
    original = reading.decode_row

    def interrupted(row):
        if decoded:
            raise KeyboardInterrupt  # Ctrl-C once the first row is written
        decoded.append(row)
        return original(row)

    monkeypatch.setattr(reading, "decode_row", interrupted)
    result = runner.invoke(cli, command)
    assert result.exit_code != 0 and decoded
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("artikel")] == [out.name]


def test_an_export_to_a_link_or_a_pipe_writes_through_it(runner, small_archive, tmp_path):
    """Written aside and renamed, an export replaced a symbolic link by a file, and could
    not write to a FIFO or /dev/stdout at all: a link keeps naming the file it names,
    something not a regular file is written directly."""
    real = tmp_path / "data" / "artikel.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "artikel.csv"
    link.symlink_to(real)
    result = runner.invoke(
        cli, ["export", "--format", "csv", "--db", str(small_archive), "--out", str(link)]
    )
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and real.read_text().startswith("id,")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = runner.invoke(
        cli, ["export", "--format", "jsonl", "--db", str(small_archive), "--out", str(fifo)]
    )
    reader.join(30)
    assert result.exit_code == 0, result.output
    assert received and received[0].count(b"\n") == 3


def test_dates_keeps_a_text_without_zone_naive_and_reads_kemarin_on_the_sites_clock(runner):
    """helper-106: with no --tz, "Jumat, 10 November 2023 14:30" came out at +00:00 (the
    reference's zone, UTC when none is given), where docs/dates.md says a zone is never
    guessed; with --tz Asia/Jayapura and a UTC --reference, "kemarin, 15:20" came out at
    +00:00, nine hours off."""
    plain = runner.invoke(cli, ["dates", "Jumat, 10 November 2023 14:30"])
    assert plain.exit_code == 0 and plain.output == "2023-11-10T14:30:00\n", plain.output
    referred = runner.invoke(
        cli, ["dates", "Jumat, 10 November 2023 14:30", "--reference", "2023-11-15T03:00:00Z"]
    )
    assert referred.output == "2023-11-10T14:30:00\n"
    zoned = runner.invoke(
        cli,
        ["dates", "kemarin, 15:20", "--reference", "2023-11-15T03:00:00Z"]
        + ["--tz", "Asia/Jayapura"],
    )
    assert zoned.output == "2023-11-14T15:20:00+09:00\n", zoned.output
    # A relative date is an instant: "2 jam yang lalu" keeps the reference's zone.
    ago = runner.invoke(cli, ["dates", "2 jam yang lalu", "--reference", "2023-11-15T03:00:00Z"])
    assert ago.output == "2023-11-15T01:00:00+00:00\n", ago.output


def test_extract_reads_a_saved_page_in_the_zone_given_with_tz(runner, tmp_path):
    """helper-106: a page saved from a site with no definition, printing its times with
    no zone, could be read in its zone only by borrowing another site's --site."""
    page = tmp_path / "p.html"
    page.write_text(
        "<html lang='id'><head><meta property='og:type' content='article'>"
        "<title>Patroli Malam</title></head><body class='single single-post postid-9'>"
        "<h1>Patroli Malam</h1><p class='tanggal'>Jumat, 10 November 2023 14:30</p>"
        "<div class='entry-content'>"
        + "<p>Polres Tanah Laut menggelar patroli malam di Pelaihari bersama warga.</p>" * 6
        + "</div></body></html>",
        encoding="utf-8",
    )
    args = ["extract", str(page), "--url", "https://tak-dikenal.id/patroli/"]
    args += ["--fetched-at", "2023-11-15T03:00:00Z"]
    plain = json.loads(runner.invoke(cli, args).stdout)
    assert plain["published_at"] == "2023-11-10T14:30:00"
    wita = json.loads(runner.invoke(cli, [*args, "--tz", "WITA"]).stdout)
    assert wita["published_at"] == "2023-11-10T14:30:00+08:00"
    bad = runner.invoke(cli, [*args, "--tz", "Mars"])
    assert bad.exit_code == 2 and "unknown time zone 'Mars'" in bad.output
