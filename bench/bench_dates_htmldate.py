"""Publication dates on htmldate's own evaluation pages: newsarchive against htmldate.

About 1,000 real pages (mostly German and English news, blogs, public bodies) with the
day each was published, from htmldate's repository (../shared/eval/dates-htmldate,
SOURCE.md says how they were collected). In the same run, on the same pages:

- newsarchive: ``extract_article`` as ``newsarchive extract FILE --url URL`` runs it
  (the page's bytes decoded as a browser would, no site definition, no time zone
  given); a page judged not an article still counts with the date it would have had;
- htmldate: ``find_date(html, original_date=True, extensive_search=True)``, the call of
  htmldate's own comparison script, on the same bytes.

The score is the share of pages whose predicted day *as written* (the date part in the
page's own offset) is the annotated day; the 5 undateable pages count as right when
nothing is predicted (the scorer in SOURCE.md). Also printed: how many of our right
days carry a time of day and an offset, which htmldate never gives.

    .venv/bin/python bench/bench_dates_htmldate.py [--eval ../shared/eval] [--limit N]

Exits 1 when our accuracy is below htmldate's in this run, 2 when the data is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from htmldate import find_date  # noqa: E402
from w3lib.encoding import html_to_unicode  # noqa: E402

from scraper.extract import NotAnArticle, extract_article  # noqa: E402
from scraper.sites import SiteDefinition  # noqa: E402

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
_WITH_TIME = re.compile(r"T\d\d:\d\d.*([+-]\d\d:\d\d|Z)$")


def ours(raw: bytes, url: str) -> str | None:
    _encoding, html = html_to_unicode(None, raw)
    result = extract_article(html, url, FETCHED, site=SiteDefinition.for_url(url, timezone=None))
    record = result.record if isinstance(result, NotAnArticle) else result
    return record.published_at if record else None


def theirs(raw: bytes) -> str | None:
    try:
        return find_date(raw, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - the peer failing on a page is a miss
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval"
    parser.add_argument("--eval", type=Path, default=default)
    parser.add_argument("--limit", type=int, help="only the first N pages (a quick look)")
    parser.add_argument("--show", type=int, default=0, help="print N of our wrong pages")
    args = parser.parse_args()
    folder = args.eval / "dates-htmldate"
    if not (folder / "truth.jsonl").exists():
        print(f"evaluation data not found under {folder}; pass --eval DIR", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    rows = rows[: args.limit] if args.limit else rows
    score: Counter[str] = Counter()
    wrong = []
    seconds = {"newsarchive": 0.0, "htmldate": 0.0}
    for row in rows:
        raw = gzip.decompress((folder / "html" / row["file"]).read_bytes())
        url = row["url"] or "http://unknown.invalid/" + row["file"]
        started = time.process_time()
        mine = ours(raw, url)
        seconds["newsarchive"] += time.process_time() - started
        started = time.process_time()
        peer = theirs(raw)
        seconds["htmldate"] += time.process_time() - started
        truth = row["date"]
        mine_day = mine[:10] if mine else None
        score["newsarchive"] += mine_day == truth
        score["htmldate"] += (peer or None) == truth
        if mine_day == truth and mine and _WITH_TIME.search(mine):
            score["with time and offset"] += 1
        if mine_day != truth:
            score["missing" if mine is None else "wrong day"] += 1
            wrong.append((row["file"], truth, mine, peer))
    n = len(rows)
    ours_acc, peer_acc = score["newsarchive"] / n, score["htmldate"] / n
    print(
        f"dates-htmldate ({n} pages): newsarchive day accuracy {ours_acc:.3f} "
        f"({score['missing']} missing, {score['wrong day']} wrong day; "
        f"{score['with time and offset']} right days also carry time and offset) | "
        f"htmldate extensive {peer_acc:.3f} | "
        f"CPU {seconds['newsarchive'] / n * 1000:.0f} vs "
        f"{seconds['htmldate'] / n * 1000:.0f} ms/page"
    )
    for file, truth, mine, peer in wrong[: args.show]:
        print(f"  {file}: truth {truth}, newsarchive {mine}, htmldate {peer}")
    passed = ours_acc >= peer_acc
    print(
        f"SUMMARY {'PASS' if passed else 'FAIL'}: day accuracy {ours_acc:.3f} vs htmldate "
        f"{peer_acc:.3f} in the same run"
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
