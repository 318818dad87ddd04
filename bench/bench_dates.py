"""Benchmark: scraper.dates against tuned dateparser alone, on the dev set, same process.

Run from the project root:  .venv/bin/python bench/bench_dates.py [--repeats N]

Both parsers get the same strings, the same references and the same site zone. Our layer
is scored strictly (its ISO text must equal expected_iso). dateparser is scored twice:
strictly the same way, and leniently (a midnight datetime counts as a date, a naive value
counts when its wall clock is right), and it is the lenient score that ours must beat, so
the comparison flatters dateparser, not us. Speed is the ratio of per-string times, each
the best of several full passes after a warm-up pass. Exits 1 unless ours is at least
MIN_RATIO times faster and more accurate.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper.dates import parse_date, parse_time, to_iso  # noqa: E402

DEV_TSV = ROOT / "tests" / "data" / "id_dates_dev.tsv"
MIN_RATIO = 10.0
# The zone and "Z" trust a site definition would give, for the sources that need one
# (the same table as tests/test_dates.py).
SITE_PROFILES: dict[str, tuple[str, bool]] = {
    "nusabali": ("Asia/Makassar", True),
    "jpnn": ("Asia/Jakarta", True),
    "tribunnews": ("Asia/Jakarta", True),
    "liputan6": ("Asia/Jakarta", True),
    "/detik/": ("Asia/Jakarta", False),
}


class Case:
    """One dev-set row with the arguments both parsers get."""

    def __init__(self, row: dict[str, str]) -> None:
        self.text = row["text"]
        self.expected = row["expected_iso"]
        self.family = row["family"]
        ref = row["reference_date"]
        self.reference: date | datetime | None = None
        if ref:
            self.reference = datetime.fromisoformat(ref) if "T" in ref else date.fromisoformat(ref)
        self.tz: str | None = None
        self.trust_utc = True
        for needle, (tz, trust) in SITE_PROFILES.items():
            if needle in row["source"]:
                self.tz, self.trust_utc = tz, trust
        self.dateparser_settings = self._dateparser_settings()

    def _dateparser_settings(self) -> dict[str, Any]:
        """The tuning the issue names: DMY, past, our reference; plus the site zone."""
        settings: dict[str, Any] = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
        ref = self.reference
        if isinstance(ref, datetime):
            settings["RELATIVE_BASE"] = ref.replace(tzinfo=None)
        elif isinstance(ref, date):
            settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
        if self.tz:
            settings["TIMEZONE"] = self.tz
            settings["RETURN_AS_TIMEZONE_AWARE"] = True
        return settings


def ours(case: Case) -> Any:
    """scraper.dates on one case (parse_time for the time-only family)."""
    if case.family == "time_only":
        return parse_time(case.text)
    return parse_date(case.text, reference=case.reference, tz=case.tz, trust_utc=case.trust_utc)


def make_dateparser() -> Callable[[Case], Any]:
    """Tuned dateparser alone on one case."""
    import dateparser

    def run(case: Case) -> Any:
        return dateparser.parse(
            case.text, languages=["id", "en"], settings=case.dateparser_settings
        )

    return run


def strict_ok(case: Case, value: Any) -> bool:
    """Exactly the expected ISO text."""
    if value is None:
        return False
    if case.family == "time_only":
        return value.isoformat(timespec="minutes") == case.expected
    return to_iso(value) == case.expected


def lenient_ok(case: Case, value: Any) -> bool:
    """Right day, right wall clock, and right offset when dateparser gives one."""
    if strict_ok(case, value):
        return True
    if not isinstance(value, datetime):
        return False
    if case.family == "time_only":
        hhmm, offset = case.expected[:5], case.expected[5:]
        if value.strftime("%H:%M") != hhmm:
            return False
        return value.tzinfo is None or value.strftime("%z") == offset.replace(":", "")
    if "T" not in case.expected:
        return value.date() == date.fromisoformat(case.expected)
    want = datetime.fromisoformat(case.expected)
    if value.replace(tzinfo=None) != want.replace(tzinfo=None):
        return False
    return value.tzinfo is None or want.tzinfo is None or value.utcoffset() == want.utcoffset()


def per_string_seconds(parse: Callable[[Case], Any], cases: list[Case], repeats: int) -> float:
    """Best-of-``repeats`` time of a full pass, divided by the number of strings."""
    for case in cases:  # warm-up: imports, caches, language detection
        parse(case)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for case in cases:
            parse(case)
        best = min(best, time.perf_counter() - start)
    return best / len(cases)


def main(argv: list[str] | None = None) -> int:
    """Print both accuracies, both speeds and the ratio; 1 when the targets are missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    with DEV_TSV.open(encoding="utf-8", newline="") as fh:
        cases = [Case(row) for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    dp = make_dateparser()
    n = len(cases)
    our_values = [ours(c) for c in cases]
    dp_values = [dp(c) for c in cases]
    our_acc = sum(strict_ok(c, val) for c, val in zip(cases, our_values)) / n
    dp_strict = sum(strict_ok(c, val) for c, val in zip(cases, dp_values)) / n
    dp_lenient = sum(lenient_ok(c, val) for c, val in zip(cases, dp_values)) / n
    our_t = per_string_seconds(ours, cases, args.repeats)
    dp_t = per_string_seconds(dp, cases, args.repeats)
    ratio = dp_t / our_t
    print(f"strings: {n}  (tests/data/id_dates_dev.tsv), repeats: {args.repeats}, best-of")
    print(f"scraper.dates : accuracy {our_acc:6.1%} (strict)      {our_t * 1e6:8.1f} µs/string")
    print(
        f"dateparser    : accuracy {dp_strict:6.1%} (strict) "
        f"{dp_lenient:6.1%} (lenient)  {dp_t * 1e6:8.1f} µs/string"
    )
    for case, value in zip(cases, dp_values):
        if not lenient_ok(case, value):
            print(f"  dateparser miss [{case.family}] {case.text!r}: {value!r}")
    ok = ratio >= MIN_RATIO and our_acc > dp_lenient
    print(
        f"SUMMARY {'PASS' if ok else 'FAIL'}: scraper.dates {our_acc:.1%} vs dateparser "
        f"{dp_lenient:.1%} (lenient) / {dp_strict:.1%} (strict); {ratio:.1f}x faster "
        f"({our_t * 1e6:.1f} vs {dp_t * 1e6:.1f} µs/string; target >= {MIN_RATIO:.0f}x)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
