"""A new user's paths: every one works, or fails with one clear line and an exit code.

Findings of a new-user trial: ``export`` into a folder that does not exist yet,
``extract`` of a file that is no HTML page, ``reextract`` of a file that is no archive,
of an archive crawled with ``--no-warc`` and of one whose raw pages a crawl kept with
``--warc-dir`` elsewhere, ``search``/``export`` of an unknown site, and the wording of
the site definitions' ``source``.

A second trial: the report counted re-extractions as edits, the lock message blamed a
crawl while ``reextract`` held the lock, a malformed query no phrase rescued printed
"no articles match" and exit 0, a 0-byte ``--db`` was refused by ``crawl``, ``crawl
--all --url`` crawled both, and ``takedowns_and_edits`` listed re-extractions.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from scraper.cli import cli
from tests.conftest import one_line_error

# 1. export --out into folders that do not exist yet


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_creates_the_missing_folders_of_out(runner, small_archive, tmp_path, fmt):
    out = tmp_path / "missing" / "deeper" / f"artikel.{fmt}"
    result = runner.invoke(
        cli, ["export", "--db", str(small_archive), "--format", fmt, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.is_file() and out.stat().st_size > 0
    assert f"exported 3 articles to {out}" in result.output
    assert not list(out.parent.glob("*.part"))


def test_export_out_below_a_file_is_a_usage_error(runner, small_archive, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for fmt in ("parquet", "csv"):
        result = runner.invoke(
            cli,
            ["export", "--db", str(small_archive), "--format", fmt, "--out", str(blocker / "a")],
        )
        one_line_error(result, 2, "a file of that name is in the way")
        assert ".part" not in result.output


# 2. extract FILE that is no HTML page


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    pixels = zlib.compress(bytes(range(256)) * 64)
    header = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def page_html(in_text: str = "", in_tail: str = "") -> str:
    """An article page; ``in_text`` goes into each paragraph, ``in_tail`` after a comment."""
    paragraph = f"<p>Polres Tanah Laut menggelar apel pagi bersama warga di Pelaihari.{in_text}</p>"
    return (
        "<html><head><title>Apel pagi</title></head><body><article><h1>Apel pagi Polres</h1>"
        + paragraph * 12
        + f"<!-- iklan -->{in_tail}catatan</article></body></html>"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_png(), "is not an HTML page (binary data"),
        (bytes(range(256)) * 40, "is not an HTML page (binary data"),
        (b"", "is empty"),
        # Files that start as text but say what they are.
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>", "is not an HTML page"),
        (b"SQLite format 3\x00" + bytes(100), "is not an HTML page"),
    ],
    ids=["png", "binary-with-nul", "empty", "pdf", "sqlite"],
)
def test_extract_of_a_file_that_is_no_html_page(runner, tmp_path, content, message):
    page = tmp_path / "page.html"
    page.write_bytes(content)
    result = runner.invoke(cli, ["extract", str(page), "--url", "https://mci.life/apel/"])
    one_line_error(result, 1, f"nothing to extract: {page} {message}")
    assert "XML compatible" not in result.output


def test_extract_of_a_page_with_control_characters_reads_it(runner, tmp_path):
    """A form feed pasted from a word processor: lxml refuses it in text, a browser shows
    nothing; the page is read (by the crawl as by extract) with the character blanked."""
    page = tmp_path / "page.html"
    page.write_text(page_html(in_text="\x0c", in_tail="\x0b"), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(page), "--url", "https://mci.life/apel/"])
    assert result.exit_code == 0, result.output
    text = json.loads(result.output)["text"]
    assert text.startswith("Polres Tanah Laut") and "\x0c" not in text


def test_extract_of_a_page_with_stray_nul_bytes_still_reads_it(runner, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(page_html(in_text="\x00"), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(page), "--url", "https://mci.life/apel/"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"].startswith("Polres Tanah Laut")


def test_extract_of_a_variant_names_its_canonical_page_and_reads_it_as_that(runner, tmp_path):
    """A page whose rel=canonical names another page (Kompas's page 1, canonical
    ``?page=all``; an AMP or print copy) is a variant the crawl reads at its canonical.
    ``extract`` says which page that is, and reads the file as it when told so."""
    canonical = "https://mci.life/apel/?page=all"
    page = tmp_path / "page.html"
    html = page_html().replace("</title>", f'</title><link rel="canonical" href="{canonical}">')
    page.write_text(html, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(page), "--url", "https://mci.life/apel/"])
    one_line_error(result, 1, f"names another page ({canonical}), where a crawl reads")
    assert f"--url '{canonical}' reads this file as it" in result.output
    result = runner.invoke(cli, ["extract", str(page), "--url", canonical])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"].startswith("Polres Tanah Laut")


# 3. reextract: a file that is no archive; an archive without raw pages


def test_reextract_of_a_file_that_is_no_archive_says_so_first(runner, tmp_path):
    db = tmp_path / "rusak.db"
    db.write_bytes(bytes(range(256)) * 20)
    result = runner.invoke(cli, ["reextract", "--db", str(db), "--workers", "0"])
    one_line_error(result, 1, f"cannot open {db} as an archive")
    assert "WARC" not in result.output


def test_reextract_of_a_missing_archive_is_exit_1_as_every_read(runner, tmp_path):
    missing = tmp_path / "nowhere" / "arsip.db"
    for command in ("reextract", "stats"):
        result = runner.invoke(cli, [command, "--db", str(missing)])
        one_line_error(result, 1, f"no archive at {missing}")
    assert not missing.parent.exists()


def test_reextract_of_an_archive_without_raw_pages_counts_them(runner, small_archive):
    # Stored without --warc (the records carry no raw page), and no WARC folder.
    result = runner.invoke(cli, ["reextract", "--db", str(small_archive), "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert "0 articles read again" in result.output
    assert "3 articles have no raw page" in result.output
    assert "nothing to read again" in result.output


# 4. reextract finds the raw pages a crawl kept with --warc-dir, without being told


def _crawl_into(runner, db, warc_dir) -> None:
    from tests.conftest import FAST
    from tests.mutable_site import MutableSite, Post, serve_mutable
    from tests.test_recrawl import PARAS

    site = MutableSite(
        {
            "apel": Post(
                "apel",
                "Apel pagi Polres Tanah Laut",
                list(PARAS),
                "2023-11-13T08:00:00+08:00",
            )
        }
    )
    with serve_mutable(site) as base:
        crawl = runner.invoke(
            cli, ["crawl", "--url", base, "--db", str(db), "--warc-dir", str(warc_dir), *FAST]
        )
    assert crawl.exit_code == 0 and " 1 new" in crawl.output, crawl.output


def test_reextract_finds_the_raw_pages_where_the_crawl_kept_them(runner, tmp_path):
    db, warc_dir = tmp_path / "arsip.db", tmp_path / "simpanan" / "warc"
    _crawl_into(runner, db, warc_dir)
    result = runner.invoke(cli, ["reextract", "--db", str(db), "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert "1 articles read again" in result.output and "0 raw pages unreadable" in result.output


def test_reextract_says_where_it_looked_when_the_raw_pages_moved(runner, tmp_path):
    db, warc_dir = tmp_path / "arsip.db", tmp_path / "simpanan" / "warc"
    _crawl_into(runner, db, warc_dir)
    moved = tmp_path / "dipindah"
    warc_dir.rename(moved)
    result = runner.invoke(cli, ["reextract", "--db", str(db), "--workers", "0"])
    one_line_error(result, 2, "give the folder they are in now")
    assert str(warc_dir.resolve()) in result.output
    given = runner.invoke(
        cli, ["reextract", "--db", str(db), "--workers", "0", "--warc-dir", str(moved)]
    )
    assert given.exit_code == 0 and "1 articles read again" in given.output, given.output


# 5. an unknown --site is a usage error


def test_unknown_site_is_a_usage_error(runner, small_archive, tmp_path):
    db = ["--db", str(small_archive)]
    search = runner.invoke(cli, ["search", "polres", "--site", "nosuch", *db])
    one_line_error(search, 2, "site 'nosuch' has no articles")
    assert "newsarchive sites" in search.output
    out = tmp_path / "x.csv"
    export = runner.invoke(cli, ["export", "--site", "nosuch", "--out", str(out), *db])
    one_line_error(export, 2, "site 'nosuch' has no articles")
    assert not out.exists()
    for command in ("units", "people"):
        listed = runner.invoke(cli, [command, "--site", "nosuch", *db])
        one_line_error(listed, 2, "site 'nosuch' has no articles")


def test_a_known_site_without_articles_matches_nothing(runner, small_archive, tmp_path):
    """A site crawled without finding an article yet, or defined and not crawled, is
    no typo: its export is empty (a header) and every listing exits 0."""
    from scraper.archive import Archive
    from scraper.sites import SiteDefinition, load_sites

    with Archive.open(small_archive) as archive:
        archive.register_site(SiteDefinition.for_url("https://polsek-baru.example/"))
    defined = next(iter(load_sites()))
    db = ["--db", str(small_archive)]
    for site in ("polsek-baru.example", defined):
        out = tmp_path / f"{site}.csv"
        export = runner.invoke(cli, ["export", "--site", site, "--out", str(out), *db])
        assert export.exit_code == 0, export.output
        assert "exported 0 articles" in export.output
        assert out.read_text(encoding="utf-8").splitlines()[0].startswith("id,url,site,")
        assert len(out.read_text(encoding="utf-8").splitlines()) == 1
        search = runner.invoke(cli, ["search", "polres", "--site", site, "--format", "json", *db])
        assert search.exit_code == 0 and json.loads(search.output) == [], search.output
        for command in ("units", "people"):
            listed = runner.invoke(cli, [command, "--site", site, *db])
            assert listed.exit_code == 0, listed.output


# 6. the site definitions say where they came from in a researcher's terms


def test_site_sources_name_public_pages_not_internal_tools(runner):
    rows = json.loads(runner.invoke(cli, ["sites", "--format", "json"]).output)
    internal = ("find_string", "corpus", "search tool", "code index", "shared/", "helper")
    for row in rows:
        source = row["source"].lower()
        assert not [word for word in internal if word in source], (row["name"], source)
        assert "2026-" in source, row["name"]  # the day it was read or written


# 7. crawl of a site under the wrong one of its names


def test_links_elsewhere_needs_no_own_page_and_enough_links_to_one_host():
    from spiders.links import MIN_LINKS_ELSEWHERE, links_elsewhere

    other = [f"https://www.polres-contoh.id/berita/{n}/" for n in range(MIN_LINKS_ELSEWHERE)]
    home = "https://polres-contoh.id/"
    assert links_elsewhere(home, ["#content", home, *other], "polres-contoh.id") is None
    assert links_elsewhere(home, ["#content", *other], "polres-contoh.id") is None  # www: same
    mirror = [u.replace("www.polres-contoh.id", "polres-contoh.go.id") for u in other]
    assert links_elsewhere(home, ["#content", home, *mirror], "polres-contoh.id") == (
        "polres-contoh.go.id",
        MIN_LINKS_ELSEWHERE,
    )
    assert links_elsewhere(home, [*mirror, "/tentang/"], "polres-contoh.id") is None
    assert links_elsewhere(home, mirror[:-1], "polres-contoh.id") is None


def test_a_crawl_of_the_sites_other_name_fails_and_names_the_right_one(runner, tmp_path):
    """The sample site answers on localhost too, but links to 127.0.0.1 only: the crawl
    fetched 15 pages, archived nothing and said "ok", exit 0."""
    from scraper.samplesite import serve_site
    from tests.conftest import FAST

    with serve_site(scale=12) as base:
        other = base.replace("127.0.0.1", "localhost")
        wrong = runner.invoke(cli, ["crawl", "--url", other, "--db", str(tmp_path / "a.db"), *FAST])
        right = runner.invoke(cli, ["crawl", "--url", base, "--db", str(tmp_path / "b.db"), *FAST])
    host = base.split("//")[1].rstrip("/")
    assert wrong.exit_code == 1, wrong.output
    assert wrong.output.startswith("failed: localhost:")
    assert f"times to {host} (is that the site's address? crawl it instead)" in wrong.output
    assert right.exit_code == 0 and " 12 new" in right.output, right.output


def test_a_misnamed_site_is_judged_on_its_own_counters(small_archive):
    """Per site, not on the crawl's totals; never on a quiet night or a known site."""
    from scraper.archive import Archive
    from scraper.crawl import judge_sites
    from spiders.health import count_home_links_elsewhere

    class AddsOnly:
        """Like a distributed crawl's stats (RedisStats), which carry additions only."""

        def __init__(self):
            self.values: dict = {}

        def inc_value(self, key, count=1):
            self.values[key] = self.values.get(key, 0) + count

    stats = AddsOnly()
    count_home_links_elsewhere(stats, "salah.id", "benar.id", 40)
    stats.inc_value("newsarchive/site/lain.id/articles_new", 3)
    count_home_links_elsewhere(stats, "mci.life", "portal.example", 9)  # archived before
    sites = ["salah.id", "lain.id", "mci.life"]
    with Archive.open(small_archive) as archive:
        status, message = judge_sites(archive, sites, stats.values, "ok", "")
        assert status == "partial"  # lain.id was archived
        assert message == (
            "no article of salah.id found: its home page links to none of its own pages but "
            "40 times to benar.id (is that the site's address? crawl it instead)"
        )
        alone = judge_sites(archive, ["salah.id"], stats.values, "ok", "")
        assert alone[0] == "failed"
        failed = judge_sites(archive, sites, stats.values, "partial", "2 pages failed")
        assert failed[0] == "partial" and failed[1].startswith("2 pages failed; no article of")
        stats.inc_value("newsarchive/site/salah.id/discovery/feed/not_modified/http://x/feed/")
        assert judge_sites(archive, sites, stats.values, "ok", "") == ("ok", "")  # quiet


# 8. the report counts the site's edits, not re-extractions


def _keep_version(archive, url: str, reason: str | None) -> None:
    """A version of the article at ``url`` replaced for ``reason`` (None: an archive
    older than the column)."""
    row = next(archive.db["articles"].rows_where("url = ?", [url]))
    archive._save_version(row["id"], row, "2024-03-01T00:00:00+00:00", reason=reason or "")
    if reason is None:
        archive.db.execute(
            "update article_versions set reason = null where article_id = ?", [row["id"]]
        )


def test_the_report_counts_only_articles_the_site_edited(runner, small_archive, tmp_path):
    from scraper.archive import Archive

    with Archive.open(small_archive) as archive, archive.db.atomic():
        _keep_version(archive, "https://mci.life/apel/", "reextracted")
        _keep_version(archive, "https://mci.life/apel/", "reextracted")
        _keep_version(archive, "https://mci.life/pemilu/", "edited")
        _keep_version(archive, "https://mci.life/pemilu/", "reextracted")
        _keep_version(archive, "https://contoh.id/rumus/", None)  # before the column: an edit
    result = runner.invoke(
        cli, ["report", "--db", str(small_archive), "--out", str(tmp_path / "r")]
    )
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "<td>edited articles (earlier versions kept)</td><td>2</td>" in page


def test_takedowns_and_edits_lists_what_the_site_did_not_reextractions(small_archive):
    """Its description says "every edit, takedown and return the revisits saw": a
    re-extraction is none of them (``article_history`` and ``article_events`` have it)."""
    import sqlite3

    from scraper.archive import Archive
    from scraper.research import canned

    with Archive.open(small_archive) as archive, archive.db.atomic():
        _keep_version(archive, "https://mci.life/apel/", "reextracted")
        _keep_version(archive, "https://mci.life/pemilu/", "edited")
    conn = sqlite3.connect(small_archive)
    try:
        rows = canned.run(conn, canned.TAKEDOWNS_AND_EDITS)
        assert [(r["event"], r["url"]) for r in rows] == [("edited", "https://mci.life/pemilu/")]
        # Asked for by name, it is no event of this query: no row but the one saying so.
        asked = canned.run(conn, canned.TAKEDOWNS_AND_EDITS, event="reextracted")
        assert [(r["event"], r["url"]) for r in asked] == [
            ("no event is called 'reextracted': edited, gone, back or moved", None)
        ]
    finally:
        conn.close()


# 9. the lock message names the command that holds the archive, or no command


def test_a_command_refused_by_the_lock_names_the_one_holding_it(runner, small_archive, monkeypatch):
    """``reextract`` held the lock: a crawl said "another crawl is running", a second
    reextract "a crawl is running"."""
    from types import SimpleNamespace

    import scraper.archive.entities
    import scraper.reextract

    db = ["--db", str(small_archive)]
    refused = {}

    def try_all(holder):
        for args in (["crawl", "mci.life"], ["reextract", "--workers", "0"], ["backfill-entities"]):
            refused[holder, args[0]] = runner.invoke(cli, [*args, *db])

    def reextracting(*args, **kwargs):
        try_all("reextract")
        return SimpleNamespace(
            read=0,
            changed=0,
            unchanged=0,
            not_article=0,
            unreadable=0,
            without_raw_page=0,
            rejoined=0,
            multi_page=0,
            seconds=0.0,
            problems=[],
        )

    def backfilling(*args, **kwargs):
        try_all("backfill-entities")
        return SimpleNamespace(
            read=0,
            with_unit=0,
            failed=0,
            rematched=0,
            stories_before=0,
            stories_after=0,
            seconds=0.0,
        )

    monkeypatch.setattr(scraper.reextract, "reextract", reextracting)
    monkeypatch.setattr(scraper.archive.entities, "backfill_entities", backfilling)
    assert runner.invoke(cli, ["reextract", "--workers", "0", *db]).exit_code == 0
    assert runner.invoke(cli, ["backfill-entities", *db]).exit_code == 0
    assert len(refused) == 6
    for (holder, command), result in refused.items():
        one_line_error(result, 75, f"newsarchive {holder} is running on {small_archive}")
        assert "crawl is running" not in result.output, (holder, command, result.output)
        assert result.output.count("\n") == 1
    assert "another newsarchive reextract is running" in refused["reextract", "reextract"].output


def test_a_lock_whose_holder_is_unknown_blames_no_command(runner, small_archive):
    """A lock taken by no newsarchive command of this version (or a holder that died
    and left its note behind): the message says which commands take it."""
    import subprocess
    from pathlib import Path

    from scraper.crawl import archive_lock

    gone = subprocess.Popen(["true"])
    gone.wait()  # a process id that is no longer alive
    lock = archive_lock(small_archive)
    lock.acquire()
    try:
        results = []
        for note in (None, f"crawl {gone.pid}\n", "crawl abc\n"):
            if note:
                Path(f"{lock.lock_file}.holder").write_text(note)
            for args in (["crawl", "mci.life"], ["reextract"], ["backfill-entities"]):
                results.append(runner.invoke(cli, [*args, "--db", str(small_archive)]))
    finally:
        lock.release()
    for result in results:
        one_line_error(
            result,
            75,
            "another newsarchive command (crawl, reextract or backfill-entities) is writing "
            f"to {small_archive}",
        )
        assert "crawl is running" not in result.output


# 10. a malformed query that no phrase rescues is an error (exit 1), not "no match"


@pytest.mark.parametrize("query", ["kamtibmas AND", "NOT kamtibmas", "polres OR"])
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_malformed_query_no_phrase_rescues_exits_1(runner, small_archive, query, fmt):
    result = runner.invoke(cli, ["search", query, "--format", fmt, "--db", str(small_archive)])
    one_line_error(result, 1, f"cannot search for {query!r}: not valid search syntax (fts5:")
    assert "double quotes" in result.output and "no articles match" not in result.output


def test_a_malformed_query_a_phrase_rescues_still_finds(runner, small_archive):
    result = runner.invoke(cli, ["search", "apel-pagi", "--db", str(small_archive)])
    assert result.exit_code == 0 and "https://mci.life/apel/" in result.output, result.output


# 11. a 0-byte --db is a new archive for a crawl, and no archive for a read


def test_a_crawl_into_an_empty_file_makes_it_an_archive(runner, tmp_path):
    """SQLite takes a 0-byte file for an empty database: ``crawl --url`` said "is not a
    newsarchive archive", exit 1."""
    from scraper.samplesite import serve_site
    from tests.conftest import FAST

    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    with serve_site(scale=12) as base:
        crawl = runner.invoke(cli, ["crawl", "--url", base, "--db", str(db), *FAST])
    assert crawl.exit_code == 0 and " 12 new" in crawl.output, crawl.output
    stats = runner.invoke(cli, ["stats", "--db", str(db)])
    assert stats.exit_code == 0 and "127.0.0.1" in stats.output, stats.output


def test_an_empty_file_is_no_archive_to_read(runner, tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    for args in (["stats"], ["search", "apel"], ["export"], ["runs"], ["reextract"]):
        result = runner.invoke(cli, [*args, "--db", str(db)])
        one_line_error(result, 1, f"{db} is not a newsarchive archive (an empty file")
    assert db.stat().st_size == 0


# 12. crawl --all takes no site names, --url or catalogue filter


@pytest.mark.parametrize(
    "extra",
    [["--url", "https://polres-contoh.id/"], ["mci.life"], ["--province", "kalsel"]],
    ids=["url", "name", "province"],
)
def test_crawl_all_with_a_site_selection_is_a_usage_error(runner, tmp_path, monkeypatch, extra):
    import scraper.cli.crawling

    crawled = []
    monkeypatch.setattr(scraper.cli.crawling, "run_and_report", lambda *a, **k: crawled.append(a))
    result = runner.invoke(cli, ["crawl", "--all", *extra, "--db", str(tmp_path / "a.db")])
    one_line_error(result, 2, "--all crawls every defined site")
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert crawled == [] and not (tmp_path / "a.db").exists()


@pytest.mark.parametrize("query", ["Pemilu-2024", "Jum'at"])
def test_words_with_punctuation_that_match_nothing_are_no_articles(runner, small_archive, query):
    """Not valid FTS5 only because of punctuation: searched as a phrase, and a phrase
    that matches nothing is no articles (exit 0), as for any word."""
    result = runner.invoke(cli, ["search", query, "--format", "json", "--db", str(small_archive)])
    assert result.exit_code == 0 and result.output.strip() == "[]", result.output


# A sweep of every command with hostile input: paths, output places, option values.


def test_demo_refuses_to_delete_an_archive_that_is_not_its_own(runner, small_archive, tmp_path):
    """``demo`` starts from an empty archive by deleting the one at ``--db`` and the
    WARC files beside it: given a real archive (or any other file) it deleted them."""
    import sqlite3

    raw = small_archive.with_name("small-warc")
    raw.mkdir()
    (raw / "kept.warc.gz").write_bytes(b"raw pages")
    before = small_archive.read_bytes()
    result = runner.invoke(cli, ["demo", "--port", "0", "--quiet", "--db", str(small_archive)])
    one_line_error(result, 2, f"{small_archive} is not a demo archive (it holds crawls of")
    assert small_archive.read_bytes() == before and (raw / "kept.warc.gz").exists()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table notes (text)")
    result = runner.invoke(cli, ["demo", "--port", "0", "--quiet", "--db", str(other)])
    one_line_error(result, 2, "is not a demo archive (it is not a newsarchive archive)")
    assert other.stat().st_size > 0


@pytest.mark.parametrize("port", ["-1", "70000"])
def test_demo_port_out_of_range_is_a_usage_error(runner, tmp_path, port):
    result = runner.invoke(cli, ["demo", "--port", port, "--quiet", "--db", str(tmp_path / "d.db")])
    one_line_error(result, 2, "--port")
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "args",
    [
        ["worker", "--redis", "redis://127.0.0.1:1/0", "--wait", "nan"],
        ["worker", "--redis", "redis://127.0.0.1:1/0", "--give-up-after", "inf"],
        ["probe", "http://127.0.0.1:1/", "--delay", "nan"],
    ],
    ids=["wait-nan", "give-up-inf", "delay-nan"],
)
def test_seconds_that_are_not_a_number_are_a_usage_error(runner, args):
    """click's FloatRange lets nan and inf through: `worker --wait nan` waited for ever
    (helper-43's sweep)."""
    result = runner.invoke(cli, args)
    one_line_error(result, 2, "is not a number of seconds")


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-23:59"])
def test_extract_fetched_at_outside_the_calendar_is_a_usage_error(runner, tmp_path, when):
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Judul</h1><p>Isi berita.</p></body></html>")
    result = runner.invoke(
        cli, ["extract", str(page), "--url", "https://mci.life/a/", "--fetched-at", when]
    )
    one_line_error(result, 2, "--fetched-at")
    assert isinstance(result.exception, SystemExit), result.exception


def test_an_articles_table_of_another_program_is_left_alone(runner, tmp_path):
    """Opening it turned on WAL and added ``_sqlite_migrations``, then failed with
    'table "articles" already exists'."""
    import sqlite3

    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table articles (x)")
    for args in (["stats"], ["search", "apel"], ["backfill-entities"]):
        result = runner.invoke(cli, [*args, "--db", str(db)])
        one_line_error(result, 1, f"{db} is not a newsarchive archive (it has an articles table")
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
        tables = [row[0] for row in conn.execute("select name from sqlite_master")]
    assert tables == ["articles"]


def test_an_archive_of_a_newer_newsarchive_is_refused(runner, small_archive):
    """A migration this version does not know: read, its new columns were missed;
    written (backfill-entities, reextract, crawl), they were left unfilled."""
    from sqlite_utils import Database

    db = Database(small_archive)
    db["_sqlite_migrations"].insert(
        {"migration_set": "newsarchive", "name": "m999_future", "applied_at": "2030-01-01"}
    )
    db.close()
    for args in (["stats"], ["export"], ["backfill-entities"]):
        result = runner.invoke(cli, [*args, "--db", str(small_archive)])
        one_line_error(result, 1, "was written by a newer newsarchive (schema m999_future")


def test_export_to_a_full_disk_names_the_file(runner, small_archive):
    """A write cut short names no file: the error was "[Errno 28] No space left on
    device" alone."""
    import os

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    result = runner.invoke(cli, ["export", "--db", str(small_archive), "--out", "/dev/full"])
    one_line_error(result, 1, "cannot write /dev/full: No space left on device")


def test_a_report_cut_short_keeps_the_last_complete_charts(runner, small_archive, monkeypatch):
    """A full disk while a chart was written left it truncated over the last good one,
    and said "[Errno 28] No space left on device" alone."""
    import errno
    import os

    import scraper.research.report as report

    out = small_archive.parent / "report"
    args = ["report", "--db", str(small_archive), "--out", str(out)]
    assert runner.invoke(cli, args).exit_code == 0
    charts = {path.name: path.read_bytes() for path in out.glob("*.png")}
    save = report._save
    saved = []

    def fill_the_disk(fig, path):
        if saved:
            path.write_bytes(b"\x89PNG half")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        saved.append(path)
        save(fig, path)

    monkeypatch.setattr(report, "_save", fill_the_disk)
    result = runner.invoke(cli, args)
    one_line_error(result, 1, f"cannot write the report to {out}: No space left on device")
    assert {path.name: path.read_bytes() for path in out.glob("*.png")} == charts
    assert not [path for path in out.iterdir() if path.suffix in (".part", ".tmp")]


def test_a_crawl_into_a_folder_that_does_not_exist_is_refused(runner, tmp_path):
    """A typo in a cron line's --db ("dta/archive.db") made the folder, started a new
    archive and crawled every site in full, exit 0, every night (helper-70)."""
    db = tmp_path / "dta" / "archive.db"
    result = runner.invoke(cli, ["crawl", "--url", "http://127.0.0.1:9/", "--db", str(db)])
    one_line_error(result, 2, f"the archive's folder {db.parent} does not exist")
    assert not db.parent.exists()
    (tmp_path / "file").write_text("x")
    db = tmp_path / "file" / "archive.db"
    result = runner.invoke(cli, ["crawl", "--url", "http://127.0.0.1:9/", "--db", str(db)])
    one_line_error(result, 2, f"the archive's folder {db.parent} is a file, not a folder")
    result = runner.invoke(cli, ["crawl", "--url", "http://127.0.0.1:9/", "--db", "~/x/a.db"])
    one_line_error(result, 2, "the shell did not expand its '~'")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_lock_that_cannot_be_created_is_no_other_commands_lock(runner):
    """/proc takes no new file: filelock read the failure to create the lock as another
    holder's, and the crawl was refused as locked, exit 75, a success to systemd."""
    result = runner.invoke(
        cli, ["crawl", "--url", "http://127.0.0.1:9/", "--db", "/proc/a.db", "--no-warc"]
    )
    one_line_error(result, 1, "cannot take the lock /proc/a.db.lock beside the archive")


def test_a_crawl_that_cannot_keep_raw_pages_says_so_before_fetching(runner, tmp_path):
    """The WARC folder could not be made: every page failed as "other" and the crawl
    said "the start page could not be read … (is the base URL right?)"."""
    (tmp_path / "a-warc").write_text("a file where the WARC folder goes")
    db = tmp_path / "a.db"
    result = runner.invoke(cli, ["crawl", "--url", "http://127.0.0.1:9/", "--db", str(db)])
    one_line_error(result, 1, f"cannot keep raw pages in {tmp_path / 'a-warc'}")
    assert not db.exists()


@pytest.mark.parametrize(
    "args",
    [["report", "--out", ""], ["export", "--out", ""], ["stats"], ["crawl", "--warc-dir", ""]],
    ids=["report-out", "export-out", "db", "warc-dir"],
)
def test_an_empty_path_is_a_usage_error(runner, small_archive, tmp_path, monkeypatch, args):
    """click reads "" as ".": ``report --out "$DIR"`` with DIR unset wrote the report into
    the folder it ran in (exit 0), ``--db ""`` said "disk I/O error"."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    db = "" if args == ["stats"] else str(small_archive)
    if args[0] == "crawl":
        args = [*args, "--url", "http://127.0.0.1:9/"]
    result = runner.invoke(cli, [*args, "--db", db])
    one_line_error(result, 2, "an empty path")
    assert list(cwd.iterdir()) == []


def test_a_writing_command_on_a_read_only_mount_says_what_to_do(runner, small_archive, monkeypatch):
    """A read-only mount refuses the lock file as EROFS, not as a PermissionError: the
    error was "[Errno 30] Read-only file system: '….lock'"."""
    import errno

    import scraper.crawl

    class ReadOnlyMount:
        def __init__(self, path: str, timeout: float = 0):
            self.lock_file = path

        def acquire(self) -> None:
            raise OSError(errno.EROFS, "Read-only file system", self.lock_file)

    monkeypatch.setattr(scraper.crawl, "FileLock", ReadOnlyMount)
    for args in (["backfill-entities"], ["reextract", "--workers", "0"]):
        result = runner.invoke(cli, [*args, "--db", str(small_archive)])
        one_line_error(
            result, 1, f"cannot take the lock {small_archive.resolve()}.lock beside the archive"
        )


def test_a_crawl_whose_settings_name_a_missing_component_says_so(runner, tmp_path):
    """Scrapy could not load the pipeline and the crawl never started: the run said "no
    page could be fetched (no answer)", as if the site were down."""
    db = tmp_path / "a.db"
    setting = 'ITEM_PIPELINES={"nope.Nope": 1}'
    args = ["crawl", "--url", "http://127.0.0.1:9/", "--no-warc", "-s", setting, "--db", str(db)]
    result = runner.invoke(cli, args)
    # A crawl ends with its summary line, then the line that says why it failed.
    summary, error = result.output.splitlines()
    assert result.exit_code == 1 and summary.startswith("failed: 127.0.0.1:9 — 0 pages")
    assert "the crawl could not run: ModuleNotFoundError: No module named 'nope'" in error
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "text", ["31 Desember 99999", "31 Desember 0", "31 Desember 3000", "10/13/2023"]
)
def test_dates_with_an_impossible_year_or_month_finds_no_date(runner, text):
    """``dates "31 Desember 99999"`` printed 2025-12-31 and exit 0: the year was left
    out and the rest read as this year's 31 December. "10/13/2023" came back as 13
    October from dateparser, though numeric dates are day first."""
    result = runner.invoke(cli, ["dates", text])
    one_line_error(result, 1, f"no date found in {text!r}")


FILTERS = [
    ["search", "apel", "--site", ""],
    ["search", "apel", "--unit", ""],
    ["search", "apel", "--region", " "],
    ["export", "--site", ""],
    ["export", "--topic", ""],
    ["units", "--site", ""],
    ["units", "--province", ""],
    ["people", "--site", ""],
    ["people", "--unit", ""],
    ["sites", "--province", ""],
    ["sites", "--owner", ""],
    ["sites", "--platform", ""],
    ["reextract", "--site", ""],
    ["crawl", "no-such-site", "--province", ""],
    ["crawl", "mci.life", "--url", ""],  # crawled mci.life alone
    ["crawl", "--tz", "", "--url", "http://127.0.0.1:9/"],  # kept no zone
]


@pytest.mark.parametrize(
    "args",
    FILTERS,
    ids=[" ".join([a[0], next(w for w in a if w.startswith("--"))]) for a in FILTERS],
)
def test_an_empty_filter_value_is_a_usage_error(runner, small_archive, args):
    """``export --site "$SITE"`` with SITE unset filtered nothing: the whole archive,
    exit 0 (and ``reextract --site ""`` re-read every site)."""
    result = runner.invoke(cli, [*args, "--db", str(small_archive)])
    option = next(arg for arg in args if arg.startswith("--"))
    one_line_error(result, 2, f"Invalid value for '{option}': an empty value")


@pytest.mark.parametrize("args", [["search", ""], ["search", "  "], ["history", ""]])
def test_an_empty_argument_is_a_usage_error(runner, small_archive, args):
    """``search "$WORDS"`` and ``history "$URL"`` with the variable unset exited 1 as if
    the archive had failed them: an empty argument is the caller's mistake (exit 2)."""
    result = runner.invoke(cli, [*args, "--db", str(small_archive)])
    name = "QUERY" if args[0] == "search" else "URL"
    one_line_error(result, 2, f"Invalid value for '{name}': an empty value: give one")


def test_extract_with_an_empty_site_is_a_usage_error(runner, tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><h1>Apel</h1><p>Polres Tala menggelar apel.</p></body></html>")
    args = ["extract", str(page), "--url", "https://contoh.id/apel/", "--site", ""]
    one_line_error(runner.invoke(cli, args), 2, "Invalid value for '--site': an empty value")


@pytest.mark.parametrize(
    ("args", "day", "message"),
    [
        (["export", "--since"], "2024-02-30", "'2024-02-30' is no day of the calendar (day is"),
        (["search", "pemilu", "--until"], "2024-13-01", "(month must be in 1..12)"),
        (["crawl", "mci.life", "--since"], "2024-02-30", "is no day of the calendar"),
        (["reextract", "--since"], "kemarin", "'kemarin' is not a day: write it as YYYY-MM-DD"),
        (["clusters", "--since"], "01/02/2024", "is not a day: write it as YYYY-MM-DD"),
    ],
    ids=["export", "search", "crawl", "reextract", "clusters"],
)
def test_a_day_that_is_none_says_so_in_words(runner, small_archive, args, day, message):
    """``--since 2024-02-30`` said "does not match the format '%Y-%m-%d'" (click's
    words, strftime's notation) of a day the calendar does not have (a new user's
    trial). Every command's day options say what is wrong with the day."""
    result = runner.invoke(cli, [*args, day, "--db", str(small_archive)])
    one_line_error(result, 2, message)
    assert "%Y" not in result.output


@pytest.mark.parametrize(
    "args", [["export"], ["search", "pemilu"], ["units"], ["people"]], ids=lambda a: a[0]
)
def test_since_after_until_is_a_usage_error(runner, small_archive, args):
    """``export --since 2024-02-01 --until 2024-01-01`` (the days swapped) wrote an empty
    file and exited 0, and ``search`` said "no articles match": no day is in the range."""
    result = runner.invoke(
        cli, [*args, "--since", "2024-02-01", "--until", "2024-01-01", "--db", str(small_archive)]
    )
    one_line_error(result, 2, "'--since': 2024-02-01 is after --until 2024-01-01")
    same_day = runner.invoke(
        cli, [*args, "--since", "2024-01-15", "--until", "2024-01-15", "--db", str(small_archive)]
    )
    assert same_day.exit_code == 0, same_day.output


def test_a_crawl_into_sqlites_in_memory_database_is_a_usage_error(runner, tmp_path, monkeypatch):
    """`--db :memory:`: each of the crawl's processes opened its own in-memory database;
    the crawl said "no archive at :memory: (run 'newsarchive crawl … --db :memory:' to
    create one)" and left `:memory:.lock` and `:memory:-warc` in the working folder."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["crawl", "--url", "http://127.0.0.1:9/", "--db", ":memory:"])
    one_line_error(result, 2, "--db :memory: is SQLite's in-memory database")
    assert list(tmp_path.iterdir()) == []
