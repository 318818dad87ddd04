"""Issue 11: raw pages kept as WARC, and ``reextract`` rebuilding records from them.

A crawl of the generated WordPress sample site (scraper/samplesite) keeps every
response; the files must validate with warcio's own checker and indexer, every article
row must point at the response it was read from, and re-reading those pages offline
must give back exactly the archive the crawl wrote, until the extraction changes.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scraper.archive.snapshot import content_snapshot, differences
from scraper.cli import cli
from scraper.samplesite import serve_site
from scraper.warc import (
    OPEN_SUFFIX,
    Exchange,
    RawPointer,
    ResponseIndex,
    WarcFiles,
    complete_length,
    read_raw_page,
)
from tests.cluster_helpers import free_port
from tests.conftest import one_line_error

FAST = ["--unthrottled-loopback", "--quiet"]


def warcio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from warcio.cli import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A 60-article sample site crawled into an archive with its raw pages."""
    folder = tmp_path_factory.mktemp("warc")
    db = folder / "archive.db"
    with serve_site(port=free_port(), scale=60) as base:
        result = CliRunner().invoke(
            cli, ["crawl", "--url", base, "--tz", "Asia/Makassar", "--db", str(db), *FAST]
        )
    assert result.exit_code == 0, result.output
    return db, folder / "archive-warc"


def copy_archive(db: Path, warc_dir: Path, to: Path) -> Path:
    """An independent copy of the crawled archive (the raw pages are only read)."""
    target = to / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def rows(db: Path, sql: str) -> list:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def reextract(db: Path, warc_dir: Path, *extra: str):
    return CliRunner().invoke(
        cli, ["reextract", "--db", str(db), "--warc-dir", str(warc_dir), "--workers", "0", *extra]
    )


def test_warc_files_validate_and_hold_every_exchange(crawled):
    db, warc_dir = crawled
    files = sorted(warc_dir.glob("*.warc.gz"))
    assert files and not list(warc_dir.glob("*" + OPEN_SUFFIX))
    checked = warcio("check", "-v", *map(str, files))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "digest pass" in checked.stdout and "fail" not in checked.stdout
    index = warcio("index", "-f", "warc-type,warc-target-uri,http:status", *map(str, files))
    assert index.returncode == 0, index.stderr
    kinds = index.stdout.count('"warc-type": "response"'), index.stdout.count('"request"')
    assert kinds[0] == kinds[1] > 60  # articles, listings and discovery, each with its request
    for discovery in ("wp-json/wp/v2/posts", "sitemap", "robots.txt", "/feed/"):
        assert discovery in index.stdout, discovery


def test_every_article_points_at_the_page_it_was_read_from(crawled):
    db, warc_dir = crawled
    articles = rows(db, "select url, warc_file, warc_offset, warc_length, fetched_at from articles")
    assert len(articles) == 60
    for url, file, offset, length, fetched_at in articles:
        page = read_raw_page(warc_dir, RawPointer(file, offset, length))
        assert page.status == 200 and page.url == url
        assert b"</html>" in page.body.lower()
        assert page.context["site"] and page.context["fetched_at"] == fetched_at


def test_reextract_reproduces_the_archive_and_twice_changes_nothing(crawled, tmp_path):
    db = copy_archive(*crawled, tmp_path)
    before = content_snapshot(db)
    for _ in range(2):
        result = reextract(db, crawled[1])
        assert result.exit_code == 0, result.output
        assert "60 articles read again" in result.output
        assert "0 changed (new versions), 60 unchanged" in result.output
        assert differences(before, content_snapshot(db)) == []
    assert rows(db, "select count(*) from article_versions") == [(0,)]


def test_reextract_gives_rows_from_before_post_ids_theirs_without_a_version(crawled, tmp_path):
    """Rows stored before migration m020 have no ``post_id``; ``reextract`` reads it from
    their kept raw pages and fills it in, adding no version (nothing a reader reads
    changed)."""
    db = copy_archive(*crawled, tmp_path)
    numbers = rows(db, "select id, post_id from articles order by id")
    assert all(number and number.startswith("wp:") for _, number in numbers)
    with sqlite3.connect(db) as conn:
        conn.execute("update articles set post_id = null")
    result = reextract(db, crawled[1])
    assert result.exit_code == 0, result.output
    assert "0 changed (new versions), 60 unchanged" in result.output
    assert rows(db, "select id, post_id from articles order by id") == numbers
    assert rows(db, "select count(*) from article_versions") == [(0,)]


def test_a_changed_extraction_gives_new_versions_only_where_records_change(
    crawled, tmp_path, monkeypatch
):
    """A deliberate change: titles of pages whose URL has an odd length get a prefix."""
    import scraper.reading

    db = copy_archive(*crawled, tmp_path)
    urls = [r[0] for r in rows(db, "select url from articles")]
    changed = {u for u in urls if len(u) % 2}
    assert 0 < len(changed) < len(urls)
    original = scraper.reading.read_page

    def changed_extraction(html, url, *args, **kwargs):
        reading = original(html, url, *args, **kwargs)
        if url in changed:
            reading.result.title = "[revisi] " + reading.result.title
        return reading

    monkeypatch.setattr(scraper.reading, "read_page", changed_extraction)
    result = reextract(db, crawled[1])
    assert result.exit_code == 0, result.output
    assert f"{len(changed)} changed (new versions)" in result.output
    stored = dict(rows(db, "select url, title from articles"))
    assert all(stored[u].startswith("[revisi] ") == (u in changed) for u in urls)
    versions = rows(
        db,
        "select a.url, v.reason, v.title, v.warc_file from article_versions v"
        " join articles a on a.id = v.article_id",
    )
    assert {v[0] for v in versions} == changed
    assert all(v[1] == "reextracted" and not v[2].startswith("[") and v[3] for v in versions)
    events = rows(db, "select count(*) from article_events where event = 'reextracted'")
    assert events == [(len(changed),)]
    history = CliRunner().invoke(cli, ["history", sorted(changed)[0], "--db", str(db)])
    assert history.exit_code == 0 and "reextracted" in history.output, history.output
    again = reextract(db, crawled[1])
    assert f"0 changed (new versions), {len(urls)} unchanged" in again.output


def test_a_record_altered_by_hand_is_restored_from_its_raw_page(crawled, tmp_path):
    db = copy_archive(*crawled, tmp_path)
    article_id, text = rows(db, "select id, text from articles order by id limit 1")[0]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update articles set text = 'diubah tangan' where id = ?", [article_id])
    conn.close()
    result = reextract(db, crawled[1])
    assert result.exit_code == 0, result.output
    assert "1 changed (new versions)" in result.output
    assert rows(db, f"select text from articles where id = {article_id}") == [(text,)]
    assert rows(db, "select text, reason from article_versions") == [
        ("diubah tangan", "reextracted")
    ]


def test_reextract_by_site_and_day(crawled, tmp_path):
    db = copy_archive(*crawled, tmp_path)
    site = rows(db, "select site from articles limit 1")[0][0]
    days = sorted(r[0] for r in rows(db, "select substr(published_at, 1, 10) from articles"))
    since = days[len(days) // 2]
    expected = sum(1 for d in days if d >= since)
    result = reextract(db, crawled[1], "--site", site, "--since", since)
    assert result.exit_code == 0, result.output
    assert f"{expected} articles read again" in result.output


def test_bad_input_is_one_clear_line(crawled, tmp_path):
    db, warc_dir = crawled
    one_line_error(reextract(db, tmp_path / "nowhere"), 2, "no WARC folder")
    one_line_error(reextract(tmp_path / "none.db", warc_dir), 1, "no archive")  # as every command
    one_line_error(reextract(db, warc_dir, "--site", "tidak-ada"), 2, "no articles of site")


def test_unreadable_raw_pages_are_named_and_fail_the_run(crawled, tmp_path):
    db = copy_archive(*crawled, tmp_path)
    empty = tmp_path / "empty-warc"
    empty.mkdir()
    result = reextract(db, empty)
    assert result.exit_code == 1
    assert "60 raw pages unreadable" in result.output
    assert "No such file" in result.output


def test_no_warc_keeps_nothing_and_says_so(tmp_path):
    db = tmp_path / "plain.db"
    with serve_site(port=free_port(), scale=8) as base:
        result = CliRunner().invoke(
            cli, ["crawl", "--url", base, "--db", str(db), "--no-warc", *FAST]
        )
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "plain-warc").exists()
    assert rows(db, "select count(*), count(warc_file) from articles") == [(8, 0)]
    again = reextract(db, tmp_path)  # a folder without WARC files: nothing to read
    assert again.exit_code == 0 and "8 articles have no raw page" in again.output


def _exchange(i: int) -> Exchange:
    return Exchange(
        url=f"http://127.0.0.1/berita/{i}/",
        status=200,
        response_headers=[("Content-Type", "text/html; charset=UTF-8")],
        body=f"<html><body><p>Apel pagi Polres Tanah Laut {i}</p></body></html>".encode() * 50,
        request_headers=[("User-Agent", "newsarchive-test")],
        fetched_at="2026-12-03T01:00:00+00:00",
        context={"site": "contoh", "hints": {"tags": ["Polres"]}},
    )


def test_files_rotate_by_size_and_every_one_validates(tmp_path):
    files = WarcFiles(tmp_path, max_bytes=3000)
    files.open()
    pointers = [files.append(_exchange(i)) for i in range(12)]
    files.close()
    assert len(files.files) > 3 and len({p.file for p in pointers}) == len(files.files)
    checked = warcio("check", *map(str, sorted(tmp_path.glob("*.warc.gz"))))
    assert checked.returncode == 0, checked.stdout
    for i, pointer in enumerate(pointers):
        page = read_raw_page(tmp_path, pointer)
        assert page.url.endswith(f"/{i}/") and page.context["hints"] == {"tags": ["Polres"]}


def test_a_crawl_that_rotates_files_keeps_every_record_in_place(tmp_path):
    """Files of ~50 KB: the crawl closes and starts dozens of them mid-crawl, between
    the appends of pages still arriving. Every file validates, and every article's
    pointer still reads the page it came from."""
    db = tmp_path / "archive.db"
    with serve_site(port=free_port(), scale=40) as base:
        result = CliRunner().invoke(
            cli,
            ["crawl", "--url", base, "--tz", "Asia/Makassar", "--db", str(db), *FAST]
            + ["-s", "NEWSARCHIVE_WARC_MAX_BYTES=50000"],
        )
    assert result.exit_code == 0, result.output
    warc_dir = tmp_path / "archive-warc"
    files = sorted(warc_dir.glob("*.warc.gz"))
    assert len(files) > 10 and not list(warc_dir.glob("*" + OPEN_SUFFIX))
    checked = warcio("check", *map(str, files))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    articles = rows(db, "select url, warc_file, warc_offset, warc_length from articles")
    assert len(articles) == 40 and len({file for _, file, _, _ in articles}) > 5
    for url, file, offset, length in articles:
        page = read_raw_page(warc_dir, RawPointer(file, offset, length))
        assert page.status == 200 and page.url == url


def test_a_file_left_open_by_a_killed_crawl_is_cut_back_and_closed(tmp_path):
    files = WarcFiles(tmp_path)
    files.open()
    pointers = [files.append(_exchange(i)) for i in range(5)]
    name = files.files[0]
    open_path = tmp_path / (name + OPEN_SUFFIX)
    # kill -9 in the middle of the sixth record: its bytes are half written.
    files._file.write(b"\x1f\x8b\x08\x00" + b"\x00" * 40)
    files._file.close()
    files._file = None  # the process is gone: nothing closes it properly
    assert open_path.exists() and complete_length(open_path) < open_path.stat().st_size
    closed = WarcFiles(tmp_path).open()  # the next crawl in this folder
    assert closed == [name] and not open_path.exists()
    checked = warcio("check", str(tmp_path / name))
    assert checked.returncode == 0, checked.stdout
    for i, pointer in enumerate(pointers):
        assert read_raw_page(tmp_path, pointer).url.endswith(f"/{i}/")


def test_a_file_another_writer_holds_is_left_alone(tmp_path):
    writing = WarcFiles(tmp_path)
    writing.open()
    writing.append(_exchange(1))
    assert WarcFiles(tmp_path).open() == []  # a second worker sharing the folder
    assert (tmp_path / (writing.files[0] + OPEN_SUFFIX)).exists()
    writing.close()
    assert (tmp_path / writing.files[0]).exists()


def test_a_later_page_is_looked_for_in_its_writers_next_file_only(tmp_path):
    """A split article's later page is in page 1's file or in the next file its writer
    wrote. A writer is named by host and process id, which a later night's crawl can
    have again (helper-44's review: a crawl in a container gets the same pid), and its
    serials start again: another night's file of serial + 1 is not the next file."""

    def kept(url: str, body: bytes, name: str) -> RawPointer:
        files = WarcFiles(tmp_path)
        files.open()
        exchange = Exchange(
            url=url, status=200, response_headers=[("Content-Type", "text/html")],
            body=body, request_headers=[], fetched_at="2024-01-01T00:00:00+00:00",
        )  # fmt: skip
        pointer = files.append(exchange)
        files.close()
        (tmp_path / pointer.file).rename(tmp_path / name)
        return RawPointer(name, pointer.offset, pointer.length)

    first = kept("https://k.id/a/", b"<p>page 1</p>", "na-20240101000000000-00001-host-7.warc.gz")
    # Two months later, a crawl with the same host and pid: its first and second files.
    kept("https://k.id/b/", b"<p>other</p>", "na-20240301000000000-00001-host-7.warc.gz")
    kept("https://k.id/a/2/", b"<p>edited</p>", "na-20240301000000000-00002-host-7.warc.gz")
    assert ResponseIndex().after("https://k.id/a/2/", first, tmp_path) is None
    # The same night's next file is found.
    kept("https://k.id/a/2/", b"<p>page 2</p>", "na-20240101000005000-00002-host-7.warc.gz")
    found = ResponseIndex().after("https://k.id/a/2/", first, tmp_path)
    assert found is not None and read_raw_page(*found).body == b"<p>page 2</p>"
