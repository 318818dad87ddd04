"""The spam guard end to end: a hijacked sample site crawled, quarantined, flagged.

The site is the corpus WordPress site plus the 33 genuine gambling-arrest releases of
``tests/data/gambling_releases.json`` as articles, with the spam of
``scraper.samplesite.injected``: posts written into the site (in its feed, sitemap and
API like any post), doorway pages of their own (linked only from hidden blocks, as
search engines find them) and hidden link blocks in 10% of the genuine articles. The
spam share is raised from the issue's 5% to 12%: 10 spam pages, so that every spam post
the injector has (slot, togel, slot Thailand, casino, pharma, judi bola) is in the
crawl, one of them twice (a second post of the same title, at "slug-2").

One crawl with the CLI, on 127.0.0.1 and unthrottled, then ``newsarchive health``:
every spam page quarantined and none stored, every genuine article and release stored
with no hidden link left in its text, the run fully accounted for, and the site
flagged ``suspicious_content`` with the quarantined URLs as evidence.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from scraper.cli import cli
from scraper.samplesite import serve_site
from scraper.samplesite.injected import KEYWORD_SENTENCES, SPAM_HOSTS, SPAM_POSTS, SpamInjection
from scraper.spam.score import SPAM_SCORE
from tests.conftest import crawl_args

RELEASES = json.loads(
    (Path(__file__).parent / "data" / "gambling_releases.json").read_text(encoding="utf-8")
)["releases"]
INJECTION = SpamInjection(page_share=0.12, block_share=0.10, seed=3)
BLOCK_WORDS = tuple(s.split("{link}")[1].strip(" .").lower() for s in KEYWORD_SENTENCES)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    db = tmp_path_factory.mktemp("spam") / "archive.db"
    runner = CliRunner()
    with serve_site(extra_articles=RELEASES, spam=INJECTION) as base:
        crawl = runner.invoke(cli, crawl_args(base, db, "--unthrottled-loopback", "--no-warc"))
        model = base.site
    table = runner.invoke(cli, ["health", "--db", str(db)])
    as_json = runner.invoke(cli, ["health", "--db", str(db), "--format", "json"])
    conn = sqlite3.connect(db)
    try:
        yield {
            "base": str(base).rstrip("/"),
            "model": model,
            "crawl": crawl,
            "health": table,
            "health_json": as_json,
            "db": conn,
        }
    finally:
        conn.close()


def spam_urls(crawled) -> dict[str, str]:
    """URL -> "post" or "doorway", every spam page the site serves."""
    model, base = crawled["model"], crawled["base"]
    urls = {base + p.path: "post" for p in model.posts if model.labels.get(p.id, {}).get("spam")}
    urls.update({base + path: "doorway" for path in model.doorways})
    return urls


def genuine_posts(crawled) -> list:
    model = crawled["model"]
    return [p for p in model.articles() if not model.labels.get(p.id, {}).get("spam")]


def stored_article(crawled, url: str) -> int | None:
    row = (
        crawled["db"]
        .execute(
            "select id from articles where url = ? union "
            "select article_id from aliases where url = ?",
            [url, url],
        )
        .fetchone()
    )
    return row[0] if row else None


def test_the_site_carries_every_kind_of_spam(crawled):
    model = crawled["model"]
    kinds = spam_urls(crawled)
    titles = [p.title for p in model.posts if model.labels.get(p.id, {}).get("spam")]
    assert set(titles) == {title for title, _ in SPAM_POSTS}
    assert len(titles) == len(SPAM_POSTS) + 1  # one title twice, at two paths
    assert list(kinds.values()).count("doorway") == 3
    carriers = [p for p in model.posts if "link_block" in model.labels.get(p.id, {})]
    assert len(carriers) == round(0.10 * len(genuine_posts(crawled)))
    # Some of the hard case carry a hidden block too: genuine, in a hijacked site.
    assert any(model.labels[p.id].get("extra") for p in carriers)


def test_the_crawl_succeeds_and_counts_the_spam(crawled):
    result = crawled["crawl"]
    n = len(spam_urls(crawled))
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("ok: "), summary
    assert f"errors: spam {n};" in summary
    status, kinds, unaccounted, message = (
        crawled["db"]
        .execute("select status, error_kinds, unaccounted, message from crawl_runs")
        .fetchone()
    )
    assert status == "ok" and not message
    assert json.loads(kinds) == {"spam": n}
    assert json.loads(unaccounted or "[]") == []


def test_every_spam_page_is_quarantined_with_reason_and_evidence(crawled):
    rows = (
        crawled["db"]
        .execute("select url, site, run_id, reason, evidence, title from quarantine")
        .fetchall()
    )
    expected = spam_urls(crawled)
    assert {row[0] for row in rows} == set(expected)
    run_id = crawled["db"].execute("select max(id) from crawl_runs").fetchone()[0]
    for url, site, run, reason, evidence, title in rows:
        evidence = json.loads(evidence)
        assert run == run_id and site == crawled["base"].split("//")[1]
        assert reason.startswith(f"{evidence['kind']} spam: "), url
        assert evidence["kind"] in ("gambling", "pharma")
        assert evidence["score"] >= SPAM_SCORE and evidence["terms"]
        assert title
    doorways = [r for r in rows if expected[r[0]] == "doorway"]
    assert all(json.loads(r[4])["link_hosts"] for r in doorways)  # DAFTAR/LOGIN buttons


def test_no_spam_page_is_stored_as_an_article(crawled):
    stored = {url: stored_article(crawled, url) for url in spam_urls(crawled)}
    assert {url: id_ for url, id_ in stored.items() if id_ is not None} == {}
    titles = {t for (t,) in crawled["db"].execute("select title from articles")}
    assert not titles & {title for title, _ in SPAM_POSTS}
    # Remembered, so the next nights do not fetch them again before the week is out.
    reasons = dict(crawled["db"].execute("select url, reason from non_articles"))
    assert all(reasons[url].startswith("spam: ") for url in spam_urls(crawled))


def test_every_genuine_article_is_stored(crawled):
    base = crawled["base"]
    missing = [
        p.path for p in genuine_posts(crawled) if stored_article(crawled, base + p.path) is None
    ]
    assert missing == []
    count = crawled["db"].execute("select count(*) from articles").fetchone()[0]
    assert count == len(genuine_posts(crawled))


def test_all_33_releases_are_stored_as_articles(crawled):
    rows = dict(crawled["db"].execute("select title, text from articles"))
    missing = [r["title"] for r in RELEASES if r["title"] not in rows]
    assert missing == []
    for release in RELEASES:
        text = " ".join(rows[release["title"]].split())
        for paragraph in release["paragraphs"]:
            assert " ".join(paragraph.split())[:60] in text, release["title"]


def test_no_stored_text_carries_a_hidden_link(crawled):
    model, base = crawled["model"], crawled["base"]
    by_url = {base + p.path: p for p in model.posts}
    rows = crawled["db"].execute("select url, text from articles").fetchall()
    left = []
    for url, text in rows:
        lowered = text.lower()
        left += [(url, w) for w in (*SPAM_HOSTS, *BLOCK_WORDS) if w in lowered]
        post = by_url[url]
        own = (post.title + " " + " ".join(post.paragraphs)).lower()
        anchors = model.labels.get(post.id, {}).get("link_block", [])
        left += [(url, a) for a in anchors if a in lowered and a not in own]
    assert left == []


def test_the_site_health_counts_the_spam(crawled):
    model = crawled["model"]
    carriers = sum(1 for p in model.posts if "link_block" in model.labels.get(p.id, {}))
    spam_pages, spam_blocks, hosts = (
        crawled["db"]
        .execute("select spam_pages, spam_blocks, spam_link_hosts from source_health")
        .fetchone()
    )
    assert spam_pages == len(spam_urls(crawled))
    assert spam_blocks == carriers
    assert set(json.loads(hosts)) <= set(SPAM_HOSTS) and json.loads(hosts)


def test_health_flags_the_site_suspicious_and_exits_4(crawled):
    table = crawled["health"]
    assert table.exit_code == 4, table.output
    n = len(spam_urls(crawled))
    assert f"suspicious_content: suspicious content: {n} pages quarantined as spam" in (
        table.output
    )
    assert "hidden spam link blocks removed" in table.output
    assert (
        table.output.strip()
        .splitlines()[-1]
        .startswith("health: 1 site, 1 flagged (suspicious_content 1)")
    )

    result = crawled["health_json"]
    assert result.exit_code == 4
    (row,) = json.loads(result.stdout)
    assert [f["flag"] for f in row["flags"]] == ["suspicious_content"]
    signals = {s["signal"]: s for s in row["flags"][0]["evidence"]["signals"]}
    pages = signals["spam_pages"]
    assert pages["count"] == n
    named = {example["url"] for example in pages["examples"]}
    assert len(named) == min(n, 5) and named <= set(spam_urls(crawled))
    assert all(example["reason"] and example["title"] for example in pages["examples"])
    assert signals["hidden_spam_links"]["blocks"] == row["spam_blocks"] > 0
