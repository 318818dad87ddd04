"""Shared fixtures: archives built from records, and served sample sites."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from scraper.archive import Archive
from scraper.extract.cleanup import content_hash
from scraper.extract.record import ArticleRecord

# Crawl settings for local servers: no politeness delay worth waiting for.
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "AUTOTHROTTLE_MAX_DELAY=0.5"]


def stored_articles(db) -> tuple[dict[str, tuple], dict[str, str]]:
    """url -> (title, published_at, authors, text), and alias url -> article url: what
    the platform trials (``tests/test_<platform>.py``) compare with their site's truth."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, title, published_at, authors, text from articles")
        articles = {u: (t, p, json.loads(a), x) for u, t, p, a, x in rows}
        aliases = dict(
            conn.execute(
                "select x.url, a.url from aliases x join articles a on a.id = x.article_id"
            )
        )
    finally:
        conn.close()
    return articles, aliases


def crawl_two_nights(served, db) -> tuple:
    """Crawl a trial site (``tests/platforms``, served) into ``db`` on two nights, as cron
    would: the first must end ok, the second find nothing new and nothing changed.
    Returns the first night's summary, the targets the site was asked by then, and all
    it was asked."""
    from scraper.crawl import run_crawl
    from scraper.sites import site_for_url

    fast = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
    first = run_crawl([site_for_url(str(served))], db, dict(fast))
    asked_first = list(served.requests)
    second = run_crawl([site_for_url(str(served))], db, dict(fast))
    assert first.status == "ok", first.line()
    assert second.status == "ok", second.line()
    assert second.counts.articles_new == 0 and second.counts.articles_updated == 0, second.line()
    return first, asked_first, list(served.requests)


def assert_whole_and_clean(articles: dict, base: str, posts, chrome) -> None:
    """Each of a platform trial's ``posts`` stored with exactly its release's paragraphs
    as text, and none of the site's ``chrome`` strings in it (``articles`` as
    ``stored_articles`` gives them)."""
    root = base.rstrip("/")
    for post in posts:
        text = articles[root + post.path][3]
        assert text == "\n".join(post.release.paragraphs), (post.path, text)
        assert not any(c in text for c in chrome), (post.path, text)


def make_record(slug: str, text: str, **kw) -> ArticleRecord:
    fields = {
        "url": f"https://mci.life/{slug}/",
        "site": "mci.life",
        "title": f"Judul {slug}",
        "text": text,
        "published_at": "2023-11-12T19:54:28+08:00",
        "published_utc": "2023-11-12T11:54:28Z",
        "tags": ["BeritaPolisi"],
        "content_hash": content_hash(text),
        "fetched_at": "2026-11-28T00:00:00+00:00",
    }
    fields.update(kw)
    return ArticleRecord(**fields)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules marked ``long`` first, the longest first. ``make test`` runs the suite
    in two processes (pytest-xdist, a module to a process); a long module started last
    kept one process busy for minutes after the other had finished."""

    def expected_seconds(item: pytest.Item) -> float:
        marker = item.get_closest_marker("long")
        return marker.kwargs.get("seconds", 0) if marker else -1

    items.sort(key=expected_seconds, reverse=True)  # stable: each module stays in order


@pytest.fixture(autouse=True)
def _no_sites_dir_from_the_shell(monkeypatch):
    """The suite's sites are those of spiders/sites/ alone. A NEWSARCHIVE_SITES_DIR left
    exported from trying a draft (README, "Adding a site") put the draft into every
    test: the catalogue and docs tests failed on it. A test that wants one sets it."""
    monkeypatch.delenv("NEWSARCHIVE_SITES_DIR", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def small_archive(tmp_path):
    """An archive with three articles, one with a formula-like title and no date."""
    path = tmp_path / "small.db"
    with Archive.open(path, create=True) as archive, archive.db.atomic():
        archive.store_article(make_record("apel", "Polres Tanah Laut menggelar apel pagi."))
        archive.store_article(
            make_record(
                "pemilu",
                "Kapolres mengajak warga menjaga Pemilu damai 2024.",
                title="Pemilu Damai di Tanah Laut",
                published_at="2024-01-15T09:15:00+07:00",
                published_utc="2024-01-15T02:15:00Z",
                tags=["Pemilu2024"],
            )
        )
        archive.store_article(
            make_record(
                "rumus",
                "Teks tentang =HYPERLINK dan penipuan daring.",
                title='=HYPERLINK("http://evil")',
                published_at=None,
                published_utc=None,
                site="contoh.id",
                url="https://contoh.id/rumus/",
            )
        )
    return path


def one_line_error(result, code: int, text: str) -> None:
    """Exit ``code`` and one line that says what is wrong (click's "Usage:" and "Try"
    lines aside), ``text`` in it, no traceback and no bare OS error."""
    assert result.exit_code == code, result.output
    lines = [
        line
        for line in result.output.splitlines()
        if line.strip() and not line.startswith(("Usage:", "Try "))
    ]
    assert len(lines) == 1 and text in lines[0], result.output
    assert "Traceback" not in result.output and "Errno" not in result.output


def crawl_args(base: str, db, *extra: str) -> list[str]:
    """The arguments of a quiet ``newsarchive crawl`` of a loopback test site (whose
    pages are in WITA, as the sample sites print them)."""
    return ["crawl", "--url", base, "--tz", "Asia/Makassar", "--db", str(db), "--quiet", *extra]


@pytest.fixture
def redis_server(tmp_path):
    """A redis-server of the test's own, stopped after it (``tests.cluster_helpers``;
    the test skips when none can be had)."""
    from tests.cluster_helpers import RedisServer

    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()
