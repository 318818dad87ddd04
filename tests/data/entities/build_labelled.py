"""Build labelled.jsonl and pairs.jsonl of this folder (run once; both are committed).

    .venv/bin/python tests/data/entities/build_labelled.py

Sources (README.md in this folder has the details):
* the founding mci.life article (real), `founding-mci-life-kapolres-tanah-laut.txt`;
* hand-written releases, `handwritten_a.py`, `_b.py`, `_c.py` (labels written by hand);
* generated releases of the scaled sample site, `scraper.samplesite.generate_articles`
  (N=2000, seed=11; never used while the rules were written), 50 of them, the first
  articles of each template in publication order; labels from the generator's ground
  truth, mapped to this package's vocabulary, with the corrections in `OVERRIDES`;
* pairs: the hand-made TWINS and COPIES of `pairs_src.py`, and same-template pairs of
  one Polres from the generated site (the most word-similar pair of each template).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

SAMPLE_N, SAMPLE_SEED, SAMPLE_TAKE, PER_TEMPLATE = 2000, 11, 50, 3
TEMPLATE_TOPIC = {
    "jumat_curhat": "kamtibmas", "patroli_malam": "kamtibmas", "sambang_desa": "kamtibmas",
    "sabu_simpan": "narkoba", "sabu_edar": "narkoba", "curanmor": "kriminal",
    "kilat_24jam": "kriminal", "judi": "kriminal", "miras": "kriminal",
    "penemuan_mayat": "kriminal", "operasi_lalin": "lalu_lintas", "knalpot_brong": "lalu_lintas",
    "laka_lantas": "lalu_lintas", "pengamanan_ibadah": "pengamanan", "operasi_lilin": "pengamanan",
    "pemilu_logistik": "pemilu", "pemilu_damai": "pemilu", "jumat_berkah": "sosial",
    "takjil": "sosial", "banjir": "bencana", "karhutla": "bencana",
}  # fmt: skip

# Generated articles whose generator label is not what the text says, by index in
# generate_articles(SAMPLE_N, SAMPLE_SEED): {index: ({field: value}, reason)}.
OVERRIDES: dict[int, tuple[dict, str]] = {}


def _polsek_name(name: str | None) -> str | None:
    """The gazetteer's spelling of a Polsek the generator spells otherwise (Batumandi)."""
    if not name or not name.startswith("Polsek "):
        return name
    from scraper.entities.gazetteer import compact, gazetteer, norm

    g = gazetteer()
    known = g.polsek_keys.get(compact(norm(name[len("Polsek ") :])))
    return known[0] if known else name


def handwritten() -> list[dict]:
    from handwritten_a import ENTRIES as A
    from handwritten_b import ENTRIES as B
    from handwritten_c import ENTRIES as C

    out = []
    for e in [*A, *B, *C]:
        out.append(
            {
                "id": e["id"],
                "source": e["source"],
                "title": e["title"],
                "text": e["text"],
                "primary_unit": e["primary_unit"],
                "region": e["region"],
                "province": e["province"],
                "officers": [{"rank": r, "name": n} for r, n in e["officers"]],
                "topic": e["topic"],
            }
        )
    return out


def founding() -> dict:
    raw = (HERE / "founding-mci-life-kapolres-tanah-laut.txt").read_text(encoding="utf-8")
    lines = raw.split("\n")
    return {
        "id": "founding",
        "source": "real article: mci.life 2023-11-12, the project's founding article (seed)",
        "title": lines[0],
        "text": "\n".join(lines[1:]),
        "primary_unit": "Polres Tanah Laut",
        "region": "Kabupaten Tanah Laut",
        "province": "Kalimantan Selatan",
        "officers": [
            {"rank": "AKBP", "name": "Rofikoh Yunianto"},
            {"rank": "Kompol", "name": "M. Irfan"},
        ],
        "topic": "pemilu",
    }


def generated() -> tuple[list[dict], list]:
    from scraper.samplesite import generate_articles

    arts = generate_articles(SAMPLE_N, SAMPLE_SEED)
    taken: dict[str, int] = {}
    out = []
    for a in arts:
        if len(out) >= SAMPLE_TAKE:
            break
        if taken.get(a.template, 0) >= PER_TEMPLATE:
            continue
        taken[a.template] = taken.get(a.template, 0) + 1
        lab = a.labels
        rec = {
            "id": f"gen{SAMPLE_SEED}-{a.index}",
            "source": (
                f"generated: scraper.samplesite.generate_articles({SAMPLE_N}, seed={SAMPLE_SEED})"
                f" article {a.index}, template {a.template}; labels from its ground truth"
            ),
            "title": a.title,
            "text": "\n".join(a.paragraphs),
            "primary_unit": _polsek_name(lab["primary_unit"]),
            "region": lab["region"],
            "province": "Kalimantan Selatan",
            "officers": [{"rank": o["rank"], "name": o["name"]} for o in lab["officers"]],
            "topic": TEMPLATE_TOPIC[a.template],
        }
        if a.index in OVERRIDES:
            fields, why = OVERRIDES[a.index]
            rec.update(fields)
            rec["label_note"] = why
        out.append(rec)
    return out, arts


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def generated_twins(arts, take: int = 12) -> list[dict]:
    """The most word-similar pair of each template among releases of one Polres."""
    by_key: dict[tuple[str, str], list] = {}
    for a in arts:
        by_key.setdefault((a.template, a.unit.name), []).append(a)
    best: dict[str, tuple[float, object, object]] = {}
    for (template, _), group in by_key.items():
        group = group[:40]
        sh = [_shingles("\n".join(a.paragraphs)) for a in group]
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                a, b = group[i], group[j]
                if (
                    a.labels["event_date"] == b.labels["event_date"]
                    and a.labels["village"] == b.labels["village"]
                ):
                    continue
                jac = len(sh[i] & sh[j]) / max(1, len(sh[i] | sh[j]))
                if template not in best or jac > best[template][0]:
                    best[template] = (jac, a, b)
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])[:take]
    out = []
    for template, (jac, a, b) in ranked:
        out.append(
            {
                "id": f"gen-twin-{a.index}-{b.index}",
                "same_event": False,
                "kind": "template twin (generated)",
                "source": (
                    f"generated: generate_articles({SAMPLE_N}, seed={SAMPLE_SEED}) articles "
                    f"{a.index} and {b.index}, template {template}, both {a.unit.name}; "
                    f"5-shingle Jaccard {jac:.2f}"
                ),
                "a": _side(a.title, "\n".join(a.paragraphs), a.published.isoformat()),
                "b": _side(b.title, "\n".join(b.paragraphs), b.published.isoformat()),
            }
        )
    return out


def _side(title: str, text: str, published: str) -> dict:
    return {"title": title, "text": text, "published": published}


def _apply(text: str, replace) -> str:
    for old, new in replace:
        if old not in text:
            raise SystemExit(f"replacement not found: {old!r}")
        text = text.replace(old, new, 1)
    return text


def hand_pairs(hand: dict[str, dict]) -> list[dict]:
    from pairs_src import COPIES, TWINS

    out = []
    for t in TWINS:
        base = hand[t["base"]]
        out.append(
            {
                "id": f"twin-{t['base']}",
                "same_event": False,
                "kind": "template twin (hand-made)",
                "source": f"hand-made from {t['base']}: {t['note']}",
                "a": _side(base["title"], base["text"], t["published"][0]),
                "b": _side(t["title"], _apply(base["text"], t["replace"]), t["published"][1]),
            }
        )
    for c in COPIES:
        base = hand[c["base"]]
        text = base["text"]
        if "dateline" in c:
            old, new = c["dateline"]
            if not text.startswith(old):
                raise SystemExit(f"{c['base']}: dateline {old!r} not at the start")
            text = new + text[len(old) :]
        if "caption" in c:
            at, caption = c["caption"]
            paras = text.split("\n")
            paras.insert(min(at + 1, len(paras)), caption)
            text = "\n".join(paras)
        if "append" in c:
            text = text + "\n" + c["append"]
        out.append(
            {
                "id": f"copy-{c['base']}",
                "same_event": True,
                "kind": f"copy: {c['kind']}",
                "source": f"hand-made copy of {c['base']} ({c['kind']})",
                "a": _side(base["title"], base["text"], c["published"][0]),
                "b": _side(c.get("title", base["title"]), text, c["published"][1]),
            }
        )
    return out


def main() -> None:
    hand = handwritten()
    gen, arts = generated()
    labelled = [founding(), *hand, *gen]
    ids = [r["id"] for r in labelled]
    assert len(ids) == len(set(ids))
    with open(HERE / "labelled.jsonl", "w", encoding="utf-8") as fh:
        for rec in labelled:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pairs = hand_pairs({r["id"]: r for r in hand}) + generated_twins(arts)
    with open(HERE / "pairs.jsonl", "w", encoding="utf-8") as fh:
        for rec in pairs:
            datetime.fromisoformat(rec["a"]["published"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_gen = len(gen)
    print(
        f"labelled.jsonl: {len(labelled)} releases ({len(hand)} hand-written, 1 real, "
        f"{n_gen} generated = {n_gen / len(labelled):.0%}); pairs.jsonl: {len(pairs)} pairs "
        f"({sum(not p['same_event'] for p in pairs)} different events, "
        f"{sum(p['same_event'] for p in pairs)} copies)"
    )


if __name__ == "__main__":
    main()
