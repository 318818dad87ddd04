"""Story clustering at scale: does adding an article cost the same at 10k and 100k?

Builds an archive of N synthetic police-news articles (default 100,000; 1 in 8 is a
near copy of an earlier one: re-titled, dateline added, a sentence edited), then
assigns every article to its story one by one, as a nightly crawl does, committing in
batches. Reports the total time, the peak memory, and the cost per added article in a
window when the archive holds 10k articles versus when it holds N: the ratio is the
result (it must stay below 1.5 for the index to be "not growing with the archive").

    .venv/bin/python bench/bench_stories.py            # 100k, several minutes
    .venv/bin/python bench/bench_stories.py --n 20000  # quicker look
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper.archive import Archive  # noqa: E402
from scraper.extract.cleanup import content_hash  # noqa: E402
from scraper.stories.index import StoryIndex  # noqa: E402

WINDOW = 1000
PLACES = [
    "Pelaihari",
    "Martapura",
    "Rantau",
    "Marabahan",
    "Banjarmasin",
    "Banjarbaru",
    "Kotabaru",
    "Tanjung",
    "Barabai",
    "Kandangan",
    "Amuntai",
    "Paringin",
    "Batulicin",
    "Takisung",
]
UNITS = [
    "Polres Tanah Laut",
    "Polres Banjar",
    "Polres Tapin",
    "Polres Batola",
    "Polresta Banjarmasin",
    "Polda Kalsel",
    "Polres Kotabaru",
    "Polres HSU",
]
EVENTS = [
    "patroli dialogis",
    "Jumat Curhat",
    "pengungkapan kasus narkoba",
    "operasi zebra",
    "pengamanan TPS",
    "bakti sosial",
    "penangkapan pelaku curanmor",
    "sosialisasi pemilu",
]


def make_vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = [
        "ba",
        "ka",
        "ta",
        "ma",
        "na",
        "la",
        "ra",
        "sa",
        "pa",
        "da",
        "ga",
        "ja",
        "wa",
        "ng",
        "an",
        "in",
        "un",
        "ri",
        "lu",
        "se",
        "ke",
        "ti",
        "pe",
        "ber",
        "ter",
        "kan",
    ]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_text(rng: random.Random, vocab: list[str]) -> str:
    unit, place, event = rng.choice(UNITS), rng.choice(PLACES), rng.choice(EVENTS)
    paragraphs = [
        f"{place} – {unit} menggelar kegiatan {event} pada Senin ({rng.randint(1, 28)}/"
        f"{rng.randint(1, 12)}) di wilayah hukum {unit}."
    ]
    for _ in range(rng.randint(4, 7)):
        paragraphs.append(" ".join(rng.choice(vocab) for _ in range(rng.randint(25, 45))) + ".")
    paragraphs.append(f'"Kegiatan {event} ini akan terus kami lakukan," ujar Kapolres {place}.')
    return "\n".join(paragraphs)


def near_copy(rng: random.Random, text: str, vocab: list[str]) -> str:
    paragraphs = text.split("\n")
    kind = rng.randrange(3)
    if kind == 0:
        paragraphs[0] = "TRIBRATANEWS.POLRI.GO.ID – " + paragraphs[0]
    elif kind == 1:
        paragraphs.insert(1, "Foto: " + " ".join(rng.choice(vocab) for _ in range(8)))
    else:
        i = rng.randrange(1, len(paragraphs))
        words = paragraphs[i].split()
        for j in rng.sample(range(len(words)), min(4, len(words))):
            words[j] = rng.choice(vocab)
        paragraphs[i] = " ".join(words)
    return "\n".join(paragraphs)


def build(archive: Archive, n: int, seed: int) -> None:
    rng = random.Random(seed)
    vocab = make_vocabulary(rng)
    texts: list[str] = []
    rows = []
    for i in range(n):
        text = (
            near_copy(rng, rng.choice(texts), vocab)
            if texts and rng.random() < 0.125
            else make_text(rng, vocab)
        )
        if len(texts) < 5000:
            texts.append(text)
        else:
            texts[rng.randrange(5000)] = text
        rows.append(
            {
                "url": f"https://situs{i % 40}.id/berita/{i}/",
                "site": f"situs{i % 40}.id",
                "title": f"Berita {i}",
                "text": text,
                "published_utc": f"2024-01-01T00:00:{i % 60:02d}Z",
                "fetched_at": "2026-11-28T00:00:00+00:00",
                "content_hash": content_hash(text),
            }
        )
        if len(rows) == 5000:
            archive.db["articles"].insert_all(rows)
            rows = []
    if rows:
        archive.db["articles"].insert_all(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    if args.n < 10_000 + WINDOW:
        parser.error("--n must be at least 11000 (the 10k window is the baseline)")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(Path(tmp) / "bench.db", create=True)
        started = time.perf_counter()
        with archive.db.atomic():
            build(archive, args.n, args.seed)
        print(
            f"built {args.n} synthetic articles in {time.perf_counter() - started:.1f}s", flush=True
        )
        index = StoryIndex(archive)
        windows: dict[int, float] = {}
        started = time.perf_counter()
        window_start = started
        for first in range(1, args.n + 1, args.batch):
            with archive.db.atomic():
                for article_id in range(first, min(first + args.batch, args.n + 1)):
                    index.assign(article_id)
                    if article_id in (10_000 - WINDOW, args.n - WINDOW):
                        window_start = time.perf_counter()
                    if article_id in (10_000, args.n):
                        windows[article_id] = (time.perf_counter() - window_start) / WINDOW
            if first % 10_000 == 1 and first > 1:
                print(f"  {first - 1} assigned, {time.perf_counter() - started:.0f}s", flush=True)
        total = time.perf_counter() - started
        stories, multi = archive.db.execute(
            "select count(*), sum(member_count > 1) from stories"
        ).fetchone()
        archive.close()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    small, large = windows[10_000], windows[args.n]
    ratio = large / small
    print(
        f"clustered {args.n} articles incrementally in {total:.1f}s "
        f"({1000 * total / args.n:.2f} ms/article); {stories} stories, {multi} with copies"
    )
    print(
        f"cost per added article: {1000 * small:.2f} ms at 10k, {1000 * large:.2f} ms at "
        f"{args.n // 1000}k; ratio {ratio:.2f}"
    )
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")
    verdict = "PASS" if ratio < 1.5 else "FAIL"
    print(
        f"SUMMARY {verdict}: per-article cost ratio {args.n // 1000}k/10k = {ratio:.2f} "
        f"(target < 1.5), peak {peak_mib:.0f} MiB"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
