"""Extraction quality: newsarchive's extract_article against plain trafilatura.

Both run on the same pages in the same run, and the result is their ratio, so the
number means something on any machine. Two held-out sets, read from ../shared/eval/
(they are evaluation data, not shipped with the project):

- extraction/: the Zyte article-extraction benchmark (181 pages, mostly English):
  body text scored as the benchmark does (4-word shingles, per-page precision and
  recall, macro-averaged, F1 of the means);
- indonesian-pages/: 26 pages of 10 Indonesian news sites with title, publication
  time, body text and lead image: body F1 as above, plus exact title and
  publication-time accuracy (the same minute in the same offset).

    .venv/bin/python bench/bench_extraction.py [--eval ../shared/eval]

On the Zyte set trafilatura also runs with ``favor_precision`` and ``favor_recall``, and
a line names its best setting (the issue's bar is that one, not only the default).

Exits 1 when any of the issues' bars is missed (2 when the data is missing): our body
F1 below trafilatura's best setting on the Zyte set, or below plain trafilatura's on
all 26 Indonesian pages or on the 23 text pages (our chrome removal must not cost
text); on the 26 pages, exact titles, publication times right to the minute and in the
right offset, or body F1 under 0.95, 0.95 and 0.90. The three Indonesian photo pages (a gallery,
"In Picture", a photo story; SOURCE.md names them) are photo stories: on such a page
newsarchive keeps the captions as the text (a page whose prose is a short intro at
most, and whose captions hold as much text), so they are gated with the rest; the
23-page line shows the text pages alone. Read the gallery's score with care: its
expected text is its first caption five times (SOURCE.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura  # noqa: E402

from scraper.extract import NotAnArticle, extract_article  # noqa: E402
from scraper.sites import SiteDefinition  # noqa: E402

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall((text or "").lower())
    return {tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 0))}


def prf(predicted: str, truth: str) -> tuple[float, float]:
    """Per-page precision and recall over 4-word shingles (empty/empty counts as 1, 1)."""
    p, t = shingles(predicted), shingles(truth)
    if not p and not t:
        return 1.0, 1.0
    tp = len(p & t)
    return (tp / len(p) if p else 0.0), (tp / len(t) if t else 0.0)


def summary(pairs: list[tuple[float, float]]) -> dict:
    precision = sum(p for p, _ in pairs) / len(pairs)
    recall = sum(r for _, r in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def ours(html: str, url: str, tz: str | None = "Asia/Jakarta"):
    site = SiteDefinition.for_url(url, timezone=tz)
    result = extract_article(html, url, FETCHED, site=site)
    return None if isinstance(result, NotAnArticle) else result


def baseline(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url, include_comments=False) or ""


# trafilatura's other settings, scored on the Zyte set beside its default.
SETTINGS = {"favor_precision": {"favor_precision": True}, "favor_recall": {"favor_recall": True}}


def zyte(folder: Path) -> tuple[dict, dict, dict[str, dict]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    mine, theirs = [], []
    settings: dict[str, list] = {name: [] for name in SETTINGS}
    for item_id, expected in sorted(truth.items()):
        path = folder / "html" / f"{item_id}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        record = ours(html, expected["url"])
        mine.append(prf(record.text if record else "", expected["articleBody"]))
        theirs.append(prf(baseline(html, expected["url"]), expected["articleBody"]))
        for name, options in SETTINGS.items():
            text = trafilatura.extract(html, url=expected["url"], include_comments=False, **options)
            settings[name].append(prf(text or "", expected["articleBody"]))
    return summary(mine), summary(theirs), {k: summary(v) for k, v in settings.items()}


PHOTO_PAGES = {
    "detik-singlepage2.html.gz",
    "republika-singlepage2.html.gz",
    "liputan6-singlepage3.html.gz",
}


def same_minute(a: str | None, b: str) -> bool:
    """Same instant to the minute (the expected values are minute-precise), written in
    the same offset: a WITA time given in UTC, or without its offset, is wrong."""
    if not a:
        return False
    try:
        left = datetime.fromisoformat(a.replace("Z", "+00:00"))
    except ValueError:
        return False
    right = datetime.fromisoformat(b)
    if left.tzinfo is None or left.utcoffset() != right.utcoffset():
        return False
    return abs((left - right).total_seconds()) < 60


def indonesian(folder: Path) -> tuple[dict, dict, dict, dict, dict]:
    mine, theirs, mine_text, theirs_text = [], [], [], []
    titles = dates = 0
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    for row in rows:
        raw = gzip.decompress((folder / "html" / row["file"]).read_bytes())
        html = raw.decode("utf-8", "replace")
        record = ours(html, row["url"])
        pair_mine = prf(record.text if record else "", row["text"])
        pair_theirs = prf(baseline(html, row["url"]), row["text"])
        mine.append(pair_mine)
        theirs.append(pair_theirs)
        if row["file"] not in PHOTO_PAGES:
            mine_text.append(pair_mine)
            theirs_text.append(pair_theirs)
        titles += bool(record and record.title.strip() == row["title"].strip())
        dates += bool(record and same_minute(record.published_at, row["published_at"]))
    fields = {"title": titles / len(rows), "published": dates / len(rows), "pages": len(rows)}
    return summary(mine), summary(theirs), summary(mine_text), summary(theirs_text), fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval"
    parser.add_argument("--eval", type=Path, default=default)
    args = parser.parse_args()
    zyte_dir, indo_dir = args.eval / "extraction" / "data", args.eval / "indonesian-pages"
    if not (zyte_dir / "ground-truth.json").exists() or not (indo_dir / "truth.jsonl").exists():
        print(
            f"evaluation data not found under {args.eval} (expected extraction/data/ and "
            "indonesian-pages/); pass --eval DIR",
            file=sys.stderr,
        )
        return 2
    failed = False
    z_ours, z_base, z_settings = zyte(zyte_dir)
    i_ours, i_base, t_ours, t_base, fields = indonesian(indo_dir)
    for name, a, b, gated in (
        ("zyte (181 pages)", z_ours, z_base, True),
        ("indonesian, all 26 pages", i_ours, i_base, True),
        ("indonesian, 23 text pages", t_ours, t_base, True),
    ):
        ratio = a["f1"] / b["f1"] if b["f1"] else float("inf")
        print(
            f"{name}: newsarchive P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} | "
            f"trafilatura P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f} | "
            f"F1 ratio {ratio:.3f}"
        )
        failed |= gated and a["f1"] < b["f1"]
    scores = {"default": z_base["f1"], **{k: v["f1"] for k, v in z_settings.items()}}
    best = max(scores, key=scores.get)
    failed |= z_ours["f1"] < scores[best]
    failed |= fields["title"] < 0.95 or fields["published"] < 0.95 or i_ours["f1"] < 0.90
    print(
        "zyte, trafilatura settings: "
        + ", ".join(f"{name} F1 {f1:.3f}" for name, f1 in scores.items())
        + f" | best {best} {scores[best]:.3f}, newsarchive {z_ours['f1']:.3f}"
    )
    print(
        f"indonesian fields: title exact {fields['title']:.0%}, published_at same minute and "
        f"offset {fields['published']:.0%} of {fields['pages']} pages (targets 95%, 95%; text "
        f"F1 {i_ours['f1']:.3f}, target 0.90)"
    )
    print(
        f"SUMMARY {'FAIL' if failed else 'PASS'}: body F1 zyte {z_ours['f1']:.3f} vs "
        f"{z_base['f1']:.3f} (best setting {scores[best]:.3f}), indonesian all pages "
        f"{i_ours['f1']:.3f} vs {i_base['f1']:.3f}, "
        f"text pages {t_ours['f1']:.3f} vs {t_base['f1']:.3f}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
