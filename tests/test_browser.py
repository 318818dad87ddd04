"""A real headless Chromium against `newsarchive serve`: the article page and the search.

Chromium comes from the Debian packages (``apt-get install chromium``; ``.ci/run``
installs it when it runs as root). Without a chromium binary these tests are skipped,
and say why.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import struct
import subprocess
from pathlib import Path

import pytest

from tests.test_serve import research_archive, running_server  # noqa: F401

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=15)

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((path for name in BROWSERS if (path := shutil.which(name))), None)

needs_browser = pytest.mark.skipif(
    BROWSER is None,
    reason="no chromium binary on PATH: install it with 'apt-get install chromium' "
    "(.ci/run does so when run as root)",
)

WINDOW = (1280, 900)


def chromium(profile: Path, *args: str) -> str:
    result = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def visible_text(dom: str) -> str:
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", dom).split())


@pytest.fixture(scope="module")
def browsing(research_archive, tmp_path_factory):  # noqa: F811
    tmp = tmp_path_factory.mktemp("browser")
    with running_server(research_archive, tmp) as base:
        yield base, research_archive, tmp


@needs_browser
def test_article_page(browsing):
    base, db, tmp = browsing
    conn = sqlite3.connect(db)
    article_id, title, url = conn.execute(
        "select a.id, a.title, a.url from article_versions v join articles a on a.id = v.article_id"
    ).fetchone()
    conn.close()
    page = f"{base}/{db.stem}/articles/{article_id}"
    text = visible_text(chromium(tmp / "profile", "--dump-dom", page))
    assert title in text and "menilang 14" in text  # the current text
    assert "1 row from article_id in article_versions" in text  # link to the edit's version
    assert "from article_id in aliases" in text
    assert url in text and "(history)" in text


@needs_browser
def test_search_results_page_and_screenshot(browsing):
    base, db, tmp = browsing
    conn = sqlite3.connect(db)
    (matches,) = conn.execute(
        "select count(*) from articles_fts where articles_fts match 'pemilu'"
    ).fetchone()
    (some_title,) = conn.execute(
        "select a.title from articles_fts f join articles a on a.id = f.rowid"
        " where articles_fts match 'pemilu' order by a.published_utc desc limit 1"
    ).fetchone()
    conn.close()
    page = f"{base}/{db.stem}/articles?_search=pemilu"
    text = visible_text(chromium(tmp / "profile", "--dump-dom", page))
    assert f'{matches} rows where search matches "pemilu"' in text
    assert some_title in text
    assert "What each column means" in text  # the plugin's script ran in the browser
    assert "published_at (month)" in text and "tags (array)" in text

    shot = tmp / "screenshot.png"
    chromium(
        tmp / "profile",
        f"--screenshot={shot}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        page,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    assert struct.unpack(">II", data[16:24]) == WINDOW


def test_the_docs_screenshot_is_committed():
    shot = Path(__file__).parent.parent / "docs" / "screenshot-serve.png"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == WINDOW
