"""Benchmark: police-news entities (scraper.entities) on the labelled set, with gates.

Run from the project root:  .venv/bin/python bench/bench_entities.py [--repeats N] [--errors]

Scores `extract_entities` on tests/data/entities/labelled.jsonl (112 releases: the
founding mci.life article, hand-written releases modelled on real Polri releases, and
generated releases of the scaled sample site; see that folder's README): primary unit,
region and first-topic accuracy, officers (rank + name) precision and recall, a table
per topic and per unit level, and the time per article (best of `--repeats` passes
after a warm-up, gazetteer loading excluded). Then `different_events` on
tests/data/entities/pairs.jsonl, beside the baseline of the story clustering today (a
5-shingle Jaccard of at least NEWSARCHIVE_STORY_THRESHOLD means "same story") in the
same run. Exits 1 below the gates of issue 12: primary unit, region >= 0.95; officers
P and R >= 0.90; first topic >= 0.85; < 5 ms per article; no copy pair called two
events and every different-event pair flagged (at least 20 of them, 10 copies).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper.entities import extract_entities  # noqa: E402
from scraper.entities.gazetteer import gazetteer  # noqa: E402
from scraper.entities.scoring import GATES, score_labelled, score_pairs  # noqa: E402

DATA = ROOT / "tests" / "data" / "entities"


def _load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _baseline_pairs(pairs: list[dict]) -> tuple[int, int, int]:
    """The word-overlap rule alone: (pairs right, copies split, different events merged)."""
    from scraper.settings import PLUMBING
    from scraper.stories.sketch import jaccard, shingles

    threshold = PLUMBING["NEWSARCHIVE_STORY_THRESHOLD"]
    right = split = merged = 0
    for p in pairs:
        same = jaccard(shingles(p["a"]["text"]), shingles(p["b"]["text"])) >= threshold
        right += same == p["same_event"]
        split += p["same_event"] and not same
        merged += (not p["same_event"]) and same
    return right, split, merged


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5, help="timed passes (best is kept)")
    ap.add_argument("--errors", action="store_true", help="list every release scored wrong")
    args = ap.parse_args()

    t0 = time.perf_counter()
    gazetteer()
    extract_entities("", "")
    load_ms = (time.perf_counter() - t0) * 1000

    records = _load("labelled.jsonl")
    pairs = _load("pairs.jsonl")
    rep = score_labelled(records)  # warm-up pass, also the scores
    best = min(score_labelled(records).ms_per_article for _ in range(max(1, args.repeats)))
    rep.ms_per_article = best
    n_gen = sum(r["id"].startswith("gen") for r in records)

    print(
        f"labelled set: {rep.n} releases ({rep.n - n_gen} hand-written or real, {n_gen} generated)"
    )
    print(f"gazetteer load and first call: {load_ms:.0f} ms (once per process)")
    print()
    rows = [
        ("primary_unit accuracy", rep.primary_unit, GATES["primary_unit"]),
        ("region accuracy", rep.region, GATES["region"]),
        ("province accuracy", rep.province, None),
        ("officers precision (rank+name)", rep.officers_precision, GATES["officers_precision"]),
        ("officers recall (rank+name)", rep.officers_recall, GATES["officers_recall"]),
        ("first-topic accuracy", rep.topic, GATES["topic"]),
    ]
    for label, value, gate in rows:
        mark = "" if gate is None else f"   (gate >= {gate:.2f})"
        print(f"{label:32s} {value:6.3f}{mark}")
    print(
        f"{'ms per article':32s} {rep.ms_per_article:6.3f}   (gate < {GATES['ms_per_article']:.1f})"
    )
    print()
    print("per topic (expected first topic)    n  precision  recall")
    for topic, row in rep.per_topic.items():
        print(f"  {topic:30s} {row['n']:4d}  {row['precision']:9.3f}  {row['recall']:6.3f}")
    print("per level of the expected primary unit    n  accuracy")
    for level, row in rep.per_level.items():
        print(f"  {level:36s} {row['n']:4d}  {row['accuracy']:8.3f}")
    print("per source (all fields right)             n  share")
    for source, row in rep.per_source.items():
        print(f"  {source:36s} {row['n']:4d}  {row['all_right']:6.3f}")
    if args.errors or rep.failures():
        for e in rep.errors:
            print(
                f"  WRONG {e['id']} {e['wrong']}: expected {e['expected']} got {e['got']}"
                f" missed {e['officers_missed']} extra {e['officers_extra']}"
            )

    pr = score_pairs(pairs)
    right, split, merged = _baseline_pairs(pairs)
    print()
    print(f"pairs: {pr.n} ({pr.negatives} different events of one template and unit, ", end="")
    print(f"{pr.copies} copies)")
    print(f"  different_events: accuracy {pr.accuracy:.3f}; ", end="")
    print(f"copies called different {pr.false_different} (gate 0); ", end="")
    print(f"different events flagged {pr.flagged}/{pr.negatives} (gate all)")
    print(f"  reasons given: {pr.reasons}")
    print(f"  baseline, word overlap alone: accuracy {right / max(1, pr.n):.3f}; ", end="")
    print(f"copies split {split}; different events merged {merged}")
    for e in pr.errors:
        print(f"  WRONG pair {e['id']} ({e['kind']}): {e['reason']}")

    failures = rep.failures() + pr.failures()
    print()
    if failures:
        print("SUMMARY FAIL: " + "; ".join(failures))
        return 1
    print(
        f"SUMMARY PASS: primary_unit {rep.primary_unit:.3f}, region {rep.region:.3f}, officers P "
        f"{rep.officers_precision:.3f} R {rep.officers_recall:.3f}, topic {rep.topic:.3f}, pairs "
        f"{pr.accuracy:.3f}, {rep.ms_per_article:.2f} ms/article"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
