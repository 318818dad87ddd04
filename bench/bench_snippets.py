"""Main text on trafilatura's own evaluation pages: newsarchive against trafilatura.

About 990 real pages with snippets that must appear in the main text and snippets
that must not (../shared/eval/snippets-trafilatura; SOURCE.md gives the origin and the
metric). In the same run, on the same pages:

- newsarchive: ``extract_article`` as ``newsarchive extract`` runs it (bytes decoded as
  a browser would; a page judged not an article is scored with the text it would have
  had);
- trafilatura: its default ``extract(html, url=url)``.

Scored as trafilatura scores itself: per snippet, a "with" found is a true positive
and a "without" found a false positive, text and snippets whitespace-normalised and
matched case-sensitively; summed over pages: precision, recall, F1. Also exact title
accuracy over the pages with an annotated title.

    .venv/bin/python bench/bench_snippets.py [--eval ../shared/eval] [--limit N]

Exits 1 when our F1 is below trafilatura's in this run, 2 when the data is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura  # noqa: E402
from w3lib.encoding import html_to_unicode  # noqa: E402

from scraper.extract import NotAnArticle, extract_article  # noqa: E402
from scraper.sites import SiteDefinition  # noqa: E402

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def ours(html: str, url: str):
    result = extract_article(html, url, FETCHED, site=SiteDefinition.for_url(url, timezone=None))
    return result.record if isinstance(result, NotAnArticle) else result


def count(text: str, row: dict, tally: Counter) -> None:
    text = norm(text)
    for snippet in row["with"]:
        tally["tp" if norm(snippet) in text else "fn"] += 1
    for snippet in row["without"]:
        tally["fp" if norm(snippet) in text else "tn"] += 1


def metrics(t: Counter) -> tuple[float, float, float]:
    precision = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    recall = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    f1 = 2 * t["tp"] / (2 * t["tp"] + t["fp"] + t["fn"]) if t["tp"] else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval"
    parser.add_argument("--eval", type=Path, default=default)
    parser.add_argument("--limit", type=int, help="only the first N pages (a quick look)")
    args = parser.parse_args()
    folder = args.eval / "snippets-trafilatura"
    if not (folder / "truth.jsonl").exists():
        print(f"evaluation data not found under {folder}; pass --eval DIR", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    rows = rows[: args.limit] if args.limit else rows
    mine, peer = Counter(), Counter()
    titles = Counter()
    for row in rows:
        raw = gzip.decompress((folder / "html" / row["file"]).read_bytes())
        _encoding, html = html_to_unicode(None, raw)
        url = row["url"] or "http://unknown.invalid/" + row["file"]
        record = ours(html, url)
        count(record.text if record else "", row, mine)
        count(trafilatura.extract(html, url=url) or "", row, peer)
        if row.get("title"):
            titles["pages"] += 1
            titles["newsarchive"] += bool(record and norm(record.title) == norm(row["title"]))
            meta = trafilatura.extract_metadata(html, default_url=url)
            titles["trafilatura"] += bool(meta and norm(meta.title) == norm(row["title"]))
    p1, r1, f1 = metrics(mine)
    p2, r2, f2 = metrics(peer)
    print(
        f"snippets-trafilatura ({len(rows)} pages): newsarchive P {p1:.3f} R {r1:.3f} F1 {f1:.3f} "
        f"| trafilatura extract P {p2:.3f} R {r2:.3f} F1 {f2:.3f}"
    )
    if titles["pages"]:
        print(
            f"titles exact ({titles['pages']} pages): newsarchive "
            f"{titles['newsarchive'] / titles['pages']:.3f} | trafilatura "
            f"{titles['trafilatura'] / titles['pages']:.3f}"
        )
    passed = f1 >= f2
    print(f"SUMMARY {'PASS' if passed else 'FAIL'}: snippet F1 {f1:.3f} vs trafilatura {f2:.3f}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
