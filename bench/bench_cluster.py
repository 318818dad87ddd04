"""A distributed crawl's throughput with 1, 2 and 3 workers, and its writer's ceiling.

Starts a real redis-server on loopback, serves the generated 2,000-article site
(``python -m scraper.samplesite --scale N``) and, for 1, 2 and 3 workers, crawls it with
``crawl --redis URL --no-fetch --unthrottled-loopback`` (the writer) and that many
``newsarchive worker`` processes (one page reader each), timing the whole crawl. Then
it measures what the writer alone can store: the crawl's records are put back in the
stream and one writer drains them into a fresh archive.

    .venv/bin/python bench/bench_cluster.py [--n 2000] [--workers 1 2 3]

On one 2-core machine every worker shares the same two cores with the writer and the
site, so more workers cannot mean more pages per second here; the figure that matters
for scaling out is that the writer's ceiling stays well above what the workers bring.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_crawl import free_port, start_site  # noqa: E402

PYTHON = sys.executable


def start_redis(folder: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder), "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return proc, f"redis://127.0.0.1:{port}/0"


# A request as ``http.server`` logs it: '… "GET /path HTTP/1.1" 200 -'.
_REQUEST = re.compile(r'"GET (\S+) HTTP')


def requested_paths(log: Path, start: int) -> Counter:
    """Requests per path (query dropped) in ``log`` from byte ``start``."""
    with log.open("rb") as f:
        f.seek(start)
        lines = f.read().decode("utf-8", "replace").splitlines()
    found = (_REQUEST.search(line) for line in lines)
    return Counter(m.group(1).split("?")[0] for m in found if m)


def check_against_local(base: str, n: int, dist_db: Path, local_db: Path, requests: Counter):
    """Issue 14's first acceptance point: (passed, what was found)."""
    from scraper.archive.snapshot import content_snapshot, differences
    from scraper.samplesite import ground_truth

    subprocess.run(
        [PYTHON, "-m", "scraper", "crawl", "--url", base, "--tz", "Asia/Makassar",
         "--db", str(local_db), "--quiet", "--unthrottled-loopback"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    found = differences(content_snapshot(local_db), content_snapshot(dist_db))
    truth = ground_truth(base_url=base, scale=n)
    urls = [*(a.url for a in truth.articles), *truth.copies]
    paths = {"/" + url.split(base, 1)[1] for url in urls}
    fetched = sum(requests[path] for path in paths)
    distinct = sum(1 for path in paths if requests[path])
    conn = sqlite3.connect(dist_db)
    row = conn.execute("select workers from crawl_runs").fetchone()[0]
    conn.close()
    shares = [w["article_pages_fetched"] for w in json.loads(row) if w["article_pages_fetched"]]
    total = sum(shares) or 1
    passed = (
        not found
        and distinct == len(paths)
        and fetched <= 1.02 * distinct
        and len(shares) == 2
        and all(share >= 0.3 * total for share in shares)
    )
    said = (
        f"archive {'equal to' if not found else 'DIFFERENT from'} a local crawl's"
        f"{'' if not found else ' (' + '; '.join(found[:3]) + ')'}; article pages requested"
        f" {fetched} times for {distinct} of {len(paths)} ({fetched / max(distinct, 1):.3f}x,"
        f" target <= 1.02x); worker shares {', '.join(f'{s / total:.0%}' for s in shares)}"
        " (target >= 30% each)"
    )
    return passed, said


def crawl(base: str, redis_url: str, db: Path, workers: int) -> float:
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [PYTHON, "-m", "scraper", "worker", "--redis", redis_url, "--workers", "1"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(workers)
    ]
    writer = subprocess.run(
        [PYTHON, "-m", "scraper", "crawl", "--url", base, "--tz", "Asia/Makassar", "--db", str(db),
         "--quiet", "--redis", redis_url, "--no-fetch", "--unthrottled-loopback"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.monotonic() - started
    for proc in procs:
        proc.wait(120)
    print(f"  {workers} worker(s): {writer.stdout.strip()}")
    return seconds


def writer_ceiling(db: Path, redis_url: str) -> float:
    """Records/s one writer stores when the stream already holds the whole crawl."""
    from scraper.archive.batch import BatchStore
    from scraper.cluster.connection import Keys, connect
    from scraper.cluster.run import StreamWriter
    from scraper.extract.record import ArticleRecord
    from scraper.items import ExtractedArticle
    from scraper.ledger import Ledger
    from scraper.stories.sketch import sketch_text

    server, keys = connect(redis_url), Keys("bench")
    server.delete(keys.items)
    fields = [
        f
        for f in ArticleRecord.__dataclass_fields__
        if f not in ("event_dates", "seen_urls", "source_modified", "entities")
    ]
    conn = sqlite3.connect(db)
    columns = {r[1] for r in conn.execute("pragma table_info(articles)")}
    fields = [f for f in fields if f in columns]
    conn.row_factory = sqlite3.Row
    count = 0
    for row in conn.execute(f"select {', '.join(fields)} from articles"):
        data = dict(row)
        for key in ("authors", "tags", "categories", "topics"):
            if key in data:
                data[key] = json.loads(data[key] or "[]")
        record = ArticleRecord(**data, seen_urls=[data["url"]])
        item = ExtractedArticle(record=record, sketch=sketch_text(record.text))
        server.xadd(keys.items, {b"item": pickle.dumps(item, protocol=5)})
        count += 1
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(lambda outcome: None)
        store = BatchStore(ledger, lambda key: None, str(Path(tmp) / "w.db"), batch_size=10**9)
        store.open()
        with store.archive.db.atomic():
            run_id = store.archive.start_run(["bench"])
        writer = StreamWriter(server, keys, store, ledger, run_id, str(Path(tmp) / "w.db"))
        writer.replay = None
        started = time.monotonic()
        done = 0
        while done < count:
            done += writer.drain_once(block_ms=100)
        seconds = time.monotonic() - started
        store.close()
    return count / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        redis, url = start_redis(folder)
        log = folder / "requests.log"
        site, base = start_site(args.n, folder / "truth.jsonl", log)
        checked = None
        try:
            rates = {}
            last_db = None
            for workers in args.workers:
                subprocess.run(["redis-cli", "-u", url, "flushall"], capture_output=True)
                db = folder / f"c{workers}.db"
                start = log.stat().st_size
                seconds = crawl(base, url, db, workers)
                if workers == 2:
                    time.sleep(0.5)  # the server's last log lines
                    requests = requested_paths(log, start)
                    checked = check_against_local(base, args.n, db, folder / "local.db", requests)
                stored = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
                rates[workers] = stored / seconds
                print(
                    f"{workers} worker(s): {stored}/{args.n} articles in {seconds:.1f}s, "
                    f"{rates[workers]:.1f} articles/s"
                )
                last_db = db
            ceiling = writer_ceiling(last_db, url)
            print(f"writer alone: {ceiling:.0f} records/s (drained from the stream)")
            best = max(rates.values())
            print(
                f"SUMMARY: articles/s with {', '.join(f'{k}: {v:.1f}' for k, v in rates.items())} "
                f"workers; writer ceiling {ceiling:.0f} records/s = {ceiling / best:.1f}x the best"
            )
            if checked is not None:
                print(f"CHECK (2 workers, {args.n} articles): {'PASS' if checked[0] else 'FAIL'}: "
                      f"{checked[1]}")  # fmt: skip
        finally:
            site.terminate()
            redis.terminate()
    return 0 if checked is None or checked[0] else 1


if __name__ == "__main__":
    raise SystemExit(main())
