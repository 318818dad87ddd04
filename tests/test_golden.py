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
