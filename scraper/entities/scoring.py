"""Scoring of the extraction against a labelled set (used by the bench and the tests).

A labelled release is a dict with `title`, `text`, and the expected `primary_unit`,
`region`, `province`, `officers` ([{rank, name}]) and `topic` (the main topic);
optionally `site_province`. A pair is {`a`: {title, text, published}, `b`: …,
`same_event`: bool}. `GATES` are the acceptance thresholds of issue 12.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from .events import different_events
from .extract import extract_entities
from .model import Entities

GATES = {
    "primary_unit": 0.95,
    "region": 0.95,
    "officers_precision": 0.90,
    "officers_recall": 0.90,
    "topic": 0.85,
    "ms_per_article": 5.0,
}


def _norm_name(name: str) -> str:
    return " ".join(name.replace(".", ". ").split()).casefold()


@dataclass
class Report:
    n: int = 0
    primary_unit: float = 0.0
    region: float = 0.0
    province: float = 0.0
    topic: float = 0.0
    officers_precision: float = 0.0
    officers_recall: float = 0.0
    ms_per_article: float = 0.0
    per_topic: dict[str, dict[str, float]] = field(default_factory=dict)
    per_level: dict[str, dict[str, float]] = field(default_factory=dict)
    per_source: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def failures(self) -> list[str]:
        """The gates this report misses, as readable lines (empty when all pass)."""
        out = []
        for key, gate in GATES.items():
            value = getattr(self, key)
            ok = value <= gate if key == "ms_per_article" else value >= gate
            if not ok:
                op = "<=" if key == "ms_per_article" else ">="
                out.append(f"{key} {value:.3f} (gate {op} {gate})")
        return out


def _level(unit: str | None) -> str:
    if not unit:
        return "none"
    for prefix, level in (("Polsek", "polsek"), ("Polres", "polres"), ("Polda", "polda")):
        if unit.startswith(prefix):
            return level
    return "mabes"


def score_labelled(records: list[dict], repeat: int = 1) -> Report:
    """Accuracy of primary unit, region, province, first topic; officers P/R; speed."""
    rep = Report(n=len(records))
    results: list[Entities] = []
    t0 = time.perf_counter()
    for _ in range(repeat):
        results = [extract_entities(r["title"], r["text"], r.get("site_province")) for r in records]
    rep.ms_per_article = (time.perf_counter() - t0) * 1000 / (len(records) * repeat)
    ok = defaultdict(int)
    tp = fp = fn = 0
    topic_tp: dict[str, int] = defaultdict(int)
    topic_exp: dict[str, int] = defaultdict(int)
    topic_got: dict[str, int] = defaultdict(int)
    level_ok: dict[str, int] = defaultdict(int)
    level_n: dict[str, int] = defaultdict(int)
    source_ok: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r, e in zip(records, results):
        got_o = {(p.rank, _norm_name(p.name)) for p in e.officers}
        exp_o = {(o["rank"], _norm_name(o["name"])) for o in r["officers"]}
        tp += len(got_o & exp_o)
        fp += len(got_o - exp_o)
        fn += len(exp_o - got_o)
        first = e.topics[0] if e.topics else "lainnya"
        checks = {
            "primary_unit": e.primary_unit == r["primary_unit"],
            "region": e.region == r["region"],
            "province": e.province == r["province"],
            "topic": first == r["topic"],
        }
        for k, v in checks.items():
            ok[k] += v
        topic_exp[r["topic"]] += 1
        topic_got[first] += 1
        topic_tp[r["topic"]] += first == r["topic"]
        level = _level(r["primary_unit"])
        level_n[level] += 1
        level_ok[level] += checks["primary_unit"]
        kind = "generated" if r["id"].startswith("gen") else "hand/real"
        source_ok[kind][0] += all(checks.values()) and got_o == exp_o
        source_ok[kind][1] += 1
        if not all(checks.values()) or got_o != exp_o:
            rep.errors.append(
                {
                    "id": r["id"],
                    "title": r["title"],
                    "wrong": [k for k, v in checks.items() if not v]
                    + (["officers"] if got_o != exp_o else []),
                    "expected": {k: r[k] for k in ("primary_unit", "region", "province", "topic")},
                    "got": {
                        "primary_unit": e.primary_unit,
                        "region": e.region,
                        "province": e.province,
                        "topic": first,
                    },
                    "officers_missed": sorted(exp_o - got_o),
                    "officers_extra": sorted(got_o - exp_o),
                }
            )
    n = max(1, len(records))
    rep.primary_unit = ok["primary_unit"] / n
    rep.region = ok["region"] / n
    rep.province = ok["province"] / n
    rep.topic = ok["topic"] / n
    rep.officers_precision = tp / max(1, tp + fp)
    rep.officers_recall = tp / max(1, tp + fn)
    for t in sorted(set(topic_exp) | set(topic_got)):
        p = topic_tp[t] / topic_got[t] if topic_got[t] else 0.0
        rcl = topic_tp[t] / topic_exp[t] if topic_exp[t] else 0.0
        rep.per_topic[t] = {"n": topic_exp[t], "precision": p, "recall": rcl}
    for lvl in sorted(level_n):
        rep.per_level[lvl] = {"n": level_n[lvl], "accuracy": level_ok[lvl] / level_n[lvl]}
    for kind, (good, total) in source_ok.items():
        rep.per_source[kind] = {"n": total, "all_right": good / total}
    return rep


@dataclass
class PairReport:
    n: int = 0
    accuracy: float = 0.0
    copies: int = 0
    false_different: int = 0  # copies said to be different events
    negatives: int = 0
    flagged: int = 0  # different events said to be different
    reasons: dict[str, int] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def failures(self) -> list[str]:
        out = []
        if self.false_different:
            out.append(f"{self.false_different} copy pair(s) called different events (gate 0)")
        if self.flagged < self.negatives:
            missed = self.negatives - self.flagged
            out.append(f"{missed} of {self.negatives} different-event pairs not flagged")
        if self.negatives < 20:
            out.append(f"only {self.negatives} different-event pairs (need >= 20)")
        if self.copies < 10:
            out.append(f"only {self.copies} copy pairs (need >= 10)")
        return out


def _dates(side: dict) -> list:
    from scraper.dates import find_dates

    ref = datetime.fromisoformat(side["published"])
    return [
        {"value": str(f.value), "kind": f.kind, "relative": f.relative}
        for f in find_dates(side["text"], reference=ref, tz=ref.tzinfo)
    ]


def score_pairs(pairs: list[dict]) -> PairReport:
    """`different_events` on labelled pairs (dates from `scraper.dates.find_dates`)."""
    rep = PairReport(n=len(pairs))
    good = 0
    for p in pairs:
        a, b = p["a"], p["b"]
        ea = extract_entities(a["title"], a["text"], a.get("site_province"))
        eb = extract_entities(b["title"], b["text"], b.get("site_province"))
        reason = different_events(ea, eb, _dates(a), _dates(b))
        said_same = reason is None
        if p["same_event"]:
            rep.copies += 1
            rep.false_different += not said_same
        else:
            rep.negatives += 1
            rep.flagged += not said_same
        if said_same == p["same_event"]:
            good += 1
        else:
            rep.errors.append({"id": p["id"], "kind": p["kind"], "reason": reason})
        if reason:
            key = reason.split(":", 1)[0]
            rep.reasons[key] = rep.reasons.get(key, 0) + 1
    rep.accuracy = good / max(1, len(pairs))
    return rep
