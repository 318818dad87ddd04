"""Write the expected JSON record of every saved page in tests/golden/pages/.

Run it after adding a page or after a deliberate extraction change, READ the diff
(`git diff tests/golden/expected`), and commit the reviewed result. From then on
tests/test_golden.py fails if any field of any record changes.

    .venv/bin/python tests/golden/regenerate.py            # all pages
    .venv/bin/python tests/golden/regenerate.py mci-life-wp # one page

Each page's first line is `<!-- url: https://… -->`, the URL it was saved from. The
page is extracted with the definition in spiders/sites/ whose host serves that URL (or,
with none, as `crawl --url` would), never one of NEWSARCHIVE_SITES_DIR: the test runs
without it. A page whose site is defined only there is refused, with what to do.
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
from scraper.sites import SITES_DIR_ENV, extra_sites_dir, site_for_url  # noqa: E402

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
    # Never a definition of NEWSARCHIVE_SITES_DIR: the record must not depend on the
    # shell it was written in (tests/test_golden.py runs without it).
    site = site_for_url(url, include_extra=False)
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


def draft_only(path: Path) -> str | None:
    """Why ``path`` cannot be a golden page yet: its site is defined only in
    NEWSARCHIVE_SITES_DIR (a draft of `probe --write`), which golden files ignore."""
    url = page_url(decode_html(path.read_bytes()))
    draft = site_for_url(url)
    if draft == site_for_url(url, include_extra=False):
        return None
    return (
        f"{path.stem}: its site {draft.name!r} is defined only in {SITES_DIR_ENV}="
        f"{extra_sites_dir()}, and golden files use spiders/sites/ alone "
        "(tests/test_golden.py runs without that variable). Move the reviewed definition "
        "into spiders/sites/, then run this again."
    )


def main(names: list[str]) -> None:
    EXPECTED.mkdir(exist_ok=True)
    paths = sorted(PAGES.glob("*.html"))
    unknown = sorted(set(names) - {path.stem for path in paths})
    if unknown:
        sys.exit(
            f"no saved page {', '.join(n + '.html' for n in unknown)} in {PAGES} "
            "(give a page's file name without .html)"
        )
    refused = []
    for path in paths:
        if names and path.stem not in names:
            continue
        reason = draft_only(path)
        if reason:
            refused.append(reason)
            continue
        data = expected_for(path)
        out = EXPECTED / f"{path.stem}.json"
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        verdict = data.get("not_an_article") or data["record"]["title"]
        print(f"{path.stem}: {verdict}")
    if refused:
        sys.exit("\n".join(refused))


if __name__ == "__main__":
    main(sys.argv[1:])
