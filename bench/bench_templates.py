"""Learnt article containers on real pages: how often, how much faster, how safe.

A crawl learns a site's article container from its first articles and reads later
pages from it alone (``scraper.extract.template``). This bench measures that on the
public evaluation pages in ../shared/eval (the Zyte set, the Indonesian pages, the
htmldate and trafilatura sets; each page once, by URL), in one run:

1. learnable: the share of article pages whose text the container found for it
   reproduces character for character (a site of such pages can be learnt);
2. speed: on those pages, ``extract_article`` reading the container alone against
   the full reading, the same pages in the same process (CPU time, the faster of
   two passes), and the ratio;
3. transfer: for every two pages of one host (133 hosts have two or more), the
   container learnt from one applied to the other, as a crawl would between its
   checks. Counted: read in full (the container was missing, or too short: no
   harm), same text as the full reading, and *different* text. Pessimistic: the
   sets' pages of one host are often years and redesigns apart, where a crawl sees
   one template at a time and learns only from five pages in a row that agree, then
   checks one page in 20.

    .venv/bin/python bench/bench_templates.py [--eval ../shared/eval]

Exits 1 when the container reading is not faster, or when more than 5% of the
transfers that used a container gave a different text; 2 when the data is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper.extract import NotAnArticle, extract_article  # noqa: E402
from scraper.extract.charset import decode_html  # noqa: E402
from scraper.extract.page import parse_html  # noqa: E402
from scraper.extract.template import TemplatePlan  # noqa: E402
from scraper.sites import SiteDefinition  # noqa: E402

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
MAX_DIFFERENT = 0.05


def pages(root: Path) -> list[tuple[str, str]]:
    """(url, html) of every evaluation page, each URL once."""
    found: dict[str, str] = {}
    truth = json.loads((root / "extraction/data/ground-truth.json").read_text(encoding="utf-8"))
    for item_id, expected in sorted(truth.items()):
        path = root / "extraction/data/html" / f"{item_id}.html.gz"
        found.setdefault(expected["url"], gzip.decompress(path.read_bytes()))
    for name in ("indonesian-pages", "dates-htmldate", "snippets-trafilatura"):
        for line in (root / name / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            url = row.get("url")
            if url and urlsplit(url).hostname != "web.archive.org":
                found.setdefault(url, (root / name / "html" / row["file"]).read_bytes())
    out = []
    for url, body in found.items():
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        out.append((url, decode_html(body)))
    return out


def read(html: str, url: str, plan: TemplatePlan | None):
    tree = parse_html(html)
    if tree is None:
        return None
    site = SiteDefinition.for_url(url, timezone="Asia/Jakarta")
    result = extract_article(tree, url, FETCHED, site=site, template=plan)
    return None if isinstance(result, NotAnArticle) else result


def cpu(work) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval"
    parser.add_argument("--eval", type=Path, default=default)
    args = parser.parse_args()
    if not (args.eval / "extraction").is_dir():
        print(f"no evaluation data in {args.eval}", file=sys.stderr)
        return 2
    every = pages(args.eval)
    # url -> (html, the plan its container gives, full text, host)
    learnt: dict[str, tuple[str, TemplatePlan, str, str]] = {}
    articles = 0
    for url, html in every:
        record = read(html, url, TemplatePlan("learn"))
        if record is None:
            continue
        articles += 1
        report = record.template_report
        if report.found and report.reproduced:
            plan = TemplatePlan("use", report.path, report.outside)
            learnt[url] = (html, plan, record.text, urlsplit(url).hostname or "")
    print(f"pages: {len(every)} ({articles} read as articles)")
    print(
        f"learnable: {len(learnt)} of {articles} articles"
        f" ({len(learnt) / max(articles, 1):.1%}): the container found for the text"
        " reproduces the full reading"
    )

    # Speed: the same learnable pages, read in full and from their own container.
    items = list(learnt.items())
    full_s = cpu(lambda: [read(html, url, None) for url, (html, _, _, _) in items])
    used_s = cpu(lambda: [read(html, url, plan) for url, (html, plan, _, _) in items])
    same = sum(read(html, url, plan).text == text for url, (html, plan, text, _) in items)
    n = max(len(items), 1)
    print(
        f"speed on those pages: full reading {full_s / n * 1000:.2f} ms/page, from the"
        f" container {used_s / n * 1000:.2f} ms/page: {full_s / used_s:.2f}x"
        f" (same text on {same}/{len(items)})"
    )

    # Transfer: a container learnt on one page of a host, used on another of it.
    by_host: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for url, html in every:
        by_host[urlsplit(url).hostname or ""].append((url, html))
    in_full = identical = different = 0
    examples = []
    for url, (_, plan, _, host) in learnt.items():
        for other_url, other_html in by_host[host]:
            if other_url == url:
                continue
            full = read(other_html, other_url, None)
            if full is None:
                continue
            used = read(other_html, other_url, plan)
            if not used.read_from_container:
                in_full += 1
            elif used.text == full.text:
                identical += 1
            else:
                different += 1
                examples.append(other_url)
    used_any = identical + different
    share = different / used_any if used_any else 0.0
    print(
        f"transfer between pages of one host: {in_full + used_any} tries; read in full"
        f" {in_full}, from the container {used_any}: same text {identical},"
        f" different {different} ({share:.1%} of those read from the container)"
    )
    for url in examples[:10]:
        print(f"  different: {url}")
    ok = full_s > used_s and share <= MAX_DIFFERENT
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
