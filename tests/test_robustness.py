"""Failures found by review: each must end counted in the ledger, never silently."""

from __future__ import annotations

import json
import sqlite3

from scraper.archive import Archive
from scraper.archive.store import RunCounts
from scraper.cli import cli
from scraper.crawl import _judge, archive_lock
from scraper.samplesite import ground_truth, serve_site
from scraper.urls import canonicalize_url, join_url
from spiders.discovery import wp_total_pages
from tests.conftest import FAST
from tests.mutable_site import MutableSite, Post, serve_mutable
from tests.test_recrawl import OTHER, PARAS


def test_a_record_the_archive_refuses_is_counted_and_the_rest_is_stored(runner, tmp_path):
    db = tmp_path / "a.db"
    with Archive.open(db, create=True) as archive:
        archive.db.execute(
            "create trigger refuse before insert on articles when new.title like '%Tanah Laut%'"
            " begin select raise(abort, 'refused by test trigger'); end"
        )
    with serve_site(theme="wordpress") as base:
        truth = ground_truth("wordpress", base)
        result = runner.invoke(cli, ["crawl", "--url", base, "--db", str(db), "--quiet", *FAST])
    assert result.exit_code == 3, result.output  # partial, not ok
    conn = sqlite3.connect(db)
    (kinds,) = conn.execute("select error_kinds from crawl_runs").fetchone()
    refused = [a for a in truth.articles if "Tanah Laut" in a.title]
    assert json.loads(kinds)["store"] >= len(refused) > 0
    stored = conn.execute("select count(*) from articles").fetchone()[0]
    assert stored == len(truth.articles) - len(refused)
    assert conn.execute("select count(*) from http_validators").fetchone()[0] == 0


def test_malformed_links_are_skipped_not_fatal():
    assert join_url("https://a.id/", "http://[URL-situs]/") is None
    assert canonicalize_url("http://[::1") == "http://[::1"
    assert join_url("https://a.id/x/", "../y/") == "https://a.id/y/"


def test_broken_api_page_count_header():
    assert wp_total_pages(b"abc") == 1
    assert wp_total_pages(None) == 1
    assert wp_total_pages(b"3") == 3
    assert wp_total_pages(b"99999999") == 2000


def test_maintenance_page_is_looked_at_again(runner, tmp_path):
    db = tmp_path / "m.db"
    site = MutableSite(
        {
            "zebra": Post(
                "zebra", "Operasi Zebra", ["Sedang perbaikan."], "2023-11-13T10:00:00+08:00"
            )
        }
    )
    with serve_mutable(site) as base:
        first = runner.invoke(cli, ["crawl", "--url", base, "--db", str(db), "--quiet", *FAST])
        assert first.exit_code == 0, first.output
        site.posts["zebra"].paragraphs = list(PARAS)
        conn = sqlite3.connect(db)
        # The maintenance page was kept as a page that is no article, not as an article.
        assert conn.execute("select count(*) from articles").fetchone()[0] == 0
        kept = conn.execute("select count(*) from non_articles where url like '%zebra%'")
        assert kept.fetchone()[0] == 1
        with conn:  # a week passes
            conn.execute("update non_articles set seen_at = '2000-01-01T00:00:00+00:00'")
        result = runner.invoke(cli, ["crawl", "--url", base, "--db", str(db), "--quiet", *FAST])
    assert "1 new" in result.output
    assert conn.execute("select count(*) from articles").fetchone()[0] == 1


def test_a_crawl_that_stopped_early_is_not_ok():
    counts = RunCounts(pages_fetched=27, articles_new=3)
    status, message = _judge({"finish_reason": "shutdown"}, counts, 0)
    assert status == "interrupted" and "shutdown" in message
    assert _judge({"finish_reason": "finished"}, counts, 0)[0] == "ok"


def test_lock_is_the_same_through_a_symlink(tmp_path):
    real = tmp_path / "archive.db"
    real.touch()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    assert archive_lock(real).lock_file == archive_lock(link).lock_file


def test_syndicated_copy_does_not_clear_a_takedown(tmp_path):
    from tests.conftest import make_record

    with Archive.open(tmp_path / "t.db", create=True) as archive:
        text = "\n".join(OTHER)
        with archive.db.atomic():
            first = archive.store_article(make_record("asli", text)).article_id
            archive.record_gone("https://mci.life/asli/", "http_410")
            archive.store_article(
                make_record("salinan", text, published_utc="2023-11-20T00:00:00Z")
            )
        row = archive.db["articles"].get(first)
        assert row["gone_reason"] == "http_410"
