"""Golden files: every saved page must extract to exactly its reviewed expected JSON.

The expected files are written by tests/golden/regenerate.py and reviewed by a person;
any changed field fails here. A page without an expected file fails too.
"""

import json
from pathlib import Path

import pytest

from tests.golden.regenerate import EXPECTED, PAGES, expected_for

PAGE_FILES = sorted(PAGES.glob("*.html"))


def test_there_are_golden_pages():
    assert len(PAGE_FILES) >= 8


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_page_extracts_to_expected(page: Path):
    expected_file = EXPECTED / f"{page.stem}.json"
    assert expected_file.exists(), f"run tests/golden/regenerate.py {page.stem} and review it"
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    actual = expected_for(page)
    if "record" in expected:
        assert "record" in actual, f"no longer an article: {actual.get('not_an_article')}"
        for field, value in expected["record"].items():
            assert actual["record"][field] == value, f"{page.stem}: field {field!r} changed"
    assert actual == expected


DRAFT = """from scraper.sites import SiteDefinition

SITE = SiteDefinition(
    name="draft-polres-tala",
    base_url="https://polrestanahlaut.blogspot.com/",
    timezone="Asia/Jakarta",
    platform="blogger",
)
"""


@pytest.fixture
def draft_of_the_blogger_page(tmp_path, monkeypatch):
    """A `probe --write` draft, in NEWSARCHIVE_SITES_DIR, for the host of a golden page."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "draft_polres_tala.py").write_text(DRAFT, encoding="utf-8")
    monkeypatch.setenv("NEWSARCHIVE_SITES_DIR", str(drafts))
    return PAGES / "polres-blogger.html"


def test_a_record_does_not_depend_on_NEWSARCHIVE_SITES_DIR(draft_of_the_blogger_page):
    # Regenerated with a draft in the variable, a record named the draft's site (and
    # used its zone); the test, run without it, then failed on "field 'site' changed".
    expected = json.loads((EXPECTED / "polres-blogger.json").read_text(encoding="utf-8"))
    assert expected_for(draft_of_the_blogger_page) == expected


def test_regenerate_refuses_a_page_whose_site_is_only_a_draft(
    draft_of_the_blogger_page, tmp_path, monkeypatch, capsys
):
    from tests.golden import regenerate

    pages, expected = tmp_path / "pages", tmp_path / "expected"
    pages.mkdir()
    (pages / "my-site.html").write_bytes(draft_of_the_blogger_page.read_bytes())
    monkeypatch.setattr(regenerate, "PAGES", pages)
    monkeypatch.setattr(regenerate, "EXPECTED", expected)
    with pytest.raises(SystemExit) as refused:
        regenerate.main(["my-site"])
    assert "'draft-polres-tala' is defined only in NEWSARCHIVE_SITES_DIR" in str(refused.value)
    assert "Move the reviewed definition into spiders/sites/" in str(refused.value)
    assert not (expected / "my-site.json").exists()
    # A name that is no saved page (the site's name, "x.html") is an error, not silence.
    with pytest.raises(SystemExit) as unknown:
        regenerate.main(["draft-polres-tala"])
    assert "no saved page draft-polres-tala.html" in str(unknown.value)
