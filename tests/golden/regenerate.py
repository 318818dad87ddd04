"""Write the expected JSON record of every saved page in tests/golden/pages/.

Run it after adding a page or after a deliberate extraction change, READ the diff
(`git diff tests/golden/expected`), and commit the reviewed result. From then on
tests/test_golden.py fails if any field of any record changes.

    .venv/bin/python tests/golden/regenerate.py            # all pages
    .venv/bin/python tests/golden/regenerate.py mci-life-wp # one page

Each page's first line is `<!-- url: https://… -->`, the URL it was saved from.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from scraper.extract import NotAnArticle, extract_article  # noqa: E402
from scraper.extract.charset import decode_html  # noqa: E402
from scraper.reading import add_entities  # noqa: E402
from scraper.sites import site_for_url  # noqa: E402

PAGES = HERE / "pages"
EXPECTED = HERE / "expected"
# A fixed fetch time makes relative dates and fetched_at reproducible.
FETCHED_AT = datetime.fromisoformat("2026-11-28T00:00:00+00:00")
_URL = re.compile(r"<!--\s*url:\s*(\S+)\s*-->")


def page_url(html: str) -> str:
    match = _URL.search(html[:500])
    if not match:
        raise ValueError("the page's first line must be <!-- url: https://… -->")
    return match.group(1)


def expected_for(path: Path) -> dict:
    """The record (or the non-article verdict) for one saved page."""
    # Decoded as the crawl's workers and `newsarchive extract` decode (BOM, <meta>,
    # then the bytes themselves), so a mislabelled page is tested as the crawl sees it.
    html = decode_html(path.read_bytes())
    url = page_url(html)
    site = site_for_url(url)
    result = extract_article(html, url, FETCHED_AT, site=site)
    if isinstance(result, NotAnArticle):
        return {"page_url": url, "not_an_article": result.reason}
    add_entities(result, site)  # as the crawl's worker does (scraper.reading.read_page)
    record = result.to_dict()
    record.pop("seen_urls")  # crawl-time fields, not extraction
    record.pop("source_modified")
    for key in ("warc_file", "warc_offset", "warc_length"):
        record.pop(key)
    record.pop("entities")  # its summary fields (primary_unit, region, …) are kept
    record.pop("spam_blocks")  # set by read_page's spam guard, not by extraction
    record.pop("read_from_container")  # the crawl's template bookkeeping
    record.pop("template_report")
    return {"page_url": url, "record": record}


def main(names: list[str]) -> None:
    EXPECTED.mkdir(exist_ok=True)
    for path in sorted(PAGES.glob("*.html")):
        if names and path.stem not in names:
            continue
        data = expected_for(path)
        out = EXPECTED / f"{path.stem}.json"
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        verdict = data.get("not_an_article") or data["record"]["title"]
        print(f"{path.stem}: {verdict}")


if __name__ == "__main__":
    main(sys.argv[1:])
