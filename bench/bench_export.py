"""Export memory: does ``export --format parquet`` stay flat on a big archive?

Builds a synthetic archive of N articles (default 200,000; ~1.6 KB of Indonesian
police-news text each, 20 sites, dates with +07/+08/+09 offsets, bare days and missing
dates, tags and categories) in a migrated archive, then runs the real command,
``python -m scraper export``, in a child process per format and reads each child's peak
RSS from the kernel (``wait4``). The CSV export of the same archive, in the same run, is
the baseline; a Parquet export of a quarter of the rows (``--until``) shows whether
memory grows with the row count. Target: Parquet peak RSS under 200 MB at 200,000 rows.

The archive is built in a child process too, and this process imports nothing heavy:
a child's peak RSS as the kernel reports it includes what it shared with its parent
between fork and exec, so a fat parent would inflate every figure.

    .venv/bin/python bench/bench_export.py               # 200k rows, about a minute
    .venv/bin/python bench/bench_export.py --rows 50000  # quicker look
    .venv/bin/python bench/bench_export.py --db /tmp/big.db   # keep/reuse the archive
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TARGET_MB = 200
PLACES = ["Pelaihari", "Martapura", "Rantau", "Marabahan", "Banjarmasin", "Banjarbaru",
          "Kotabaru", "Tanjung", "Barabai", "Kandangan", "Amuntai", "Paringin"]  # fmt: skip
UNITS = ["Polres Tanah Laut", "Polres Banjar", "Polres Tapin", "Polres Batola",
         "Polresta Banjarmasin", "Polda Kalsel", "Polres Kotabaru", "Polres HSU"]  # fmt: skip
EVENTS = ["patroli dialogis", "Jumat Curhat", "pengungkapan kasus narkoba", "bakti sosial",
          "pengamanan Pemilu 2024", "Operasi Zebra Intan", "sosialisasi pemilih pemula",
          "penangkapan pelaku curanmor", "vaksinasi massal", "apel gelar pasukan"]  # fmt: skip
TAGS = ["BeritaPolisi", "Pemilu2024", "Narkoba", "Polda Kalsel", "Bakti Sosial",
        "Lalu Lintas", "Curanmor", "Kamtibmas", "Jumat Curhat", "Bhabinkamtibmas"]  # fmt: skip
SENTENCES = [
    "{unit} menggelar {event} di {place} pada {day} dengan melibatkan tokoh masyarakat.",
    "Kapolres mengatakan kegiatan {event} bertujuan menjaga situasi kamtibmas tetap kondusif.",
    "Warga {place} menyambut baik {event} yang digelar {unit} bersama instansi terkait.",
    "Dalam kegiatan tersebut petugas juga mengimbau masyarakat agar tidak mudah terprovokasi.",
    "Kasi Humas menyampaikan bahwa {event} akan dilaksanakan secara rutin setiap pekan.",
    "Sebanyak {n} personel diterjunkan untuk mendukung kelancaran {event} di wilayah {place}.",
    '"Kami mengajak seluruh lapisan masyarakat untuk bersinergi," ujar pejabat {unit}.',
]
OFFSETS = {"+07:00": 7, "+08:00": 8, "+09:00": 9}


def synthetic_rows(n: int, seed: int = 11):
    rng = random.Random(seed)
    start = datetime(2021, 1, 1, tzinfo=timezone.utc)
    for i in range(1, n + 1):
        site = f"polres-{i % 20:02d}.example.id"
        unit, place, event = rng.choice(UNITS), rng.choice(PLACES), rng.choice(EVENTS)
        moment = start + timedelta(seconds=rng.randrange(0, 3 * 365 * 86400))
        offset = rng.choice(list(OFFSETS))
        local = moment.astimezone(timezone(timedelta(hours=OFFSETS[offset])))
        roll = rng.random()
        if roll < 0.03:
            published_at, published_utc = None, None
        elif roll < 0.06:
            published_at = published_utc = local.date().isoformat()
        else:
            published_at = local.isoformat(timespec="seconds")
            published_utc = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        paragraphs = []
        while sum(map(len, paragraphs)) < 1500:
            paragraphs.append(
                rng.choice(SENTENCES).format(
                    unit=unit, place=place, event=event, n=rng.randrange(20, 400),
                    day=local.strftime("%A (%d/%m)"),
                )
            )  # fmt: skip
        title = f"{unit} Gelar {event.title()} di {place}"
        yield (
            i, f"https://{site}/{i}-{event.replace(' ', '-')}/", site, title, "\n".join(paragraphs),
            f"{unit} menggelar {event}.", json.dumps([f"Humas {unit}"]), published_at,
            published_utc, "json-ld" if published_at else None, None,
            json.dumps(rng.sample(TAGS, rng.randrange(1, 4))), json.dumps(["Berita Polisi"]),
            "id", f"{i:064x}", moment.isoformat(timespec="seconds"),
            moment.isoformat(timespec="seconds"), i,
        )  # fmt: skip


def build(db: Path, n: int) -> None:
    """Runs in a child process (``--build``): a migrated archive holding ``n`` rows."""
    sys.path.insert(0, str(ROOT))
    from scraper.archive import Archive

    with Archive.open(db, create=True) as archive:
        conn = archive.db.conn
        # The full-text index is not what this bench measures (export never reads it).
        for (name,) in conn.execute(
            "select name from sqlite_master where type = 'trigger' and tbl_name = 'articles'"
        ).fetchall():
            conn.execute(f"drop trigger [{name}]")
        conn.execute("begin")
        conn.executemany(
            """insert into articles (id, url, site, title, text, description, authors,
               published_at, published_utc, published_at_source, modified_at, tags,
               categories, language, content_hash, fetched_at, first_seen_at, story_id)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            synthetic_rows(n),
        )
        conn.execute("commit")


def run_export(db: Path, fmt: str, out: Path, *extra: str) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, rows) of one ``export`` in its own process."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "export", "--db", str(db), "--format", fmt,
         "--out", str(out), *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    message = proc.stderr.read().decode()
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"export --format {fmt} failed: {message}")
    rows = int(message.split("exported ")[1].split()[0])
    return usage.ru_maxrss / 1024, seconds, rows  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="keep the synthetic archive here (reused)")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args()
    if args.build:
        build(args.build, args.rows)
        return

    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        db = args.db or work / "synthetic.db"
        if db.exists():
            conn = sqlite3.connect(db)
            have = conn.execute("select count(*) from articles").fetchone()[0]
            conn.close()
            print(f"synthetic archive: reusing {db} ({have:,} articles)")
        else:
            started = time.monotonic()
            subprocess.run(
                [sys.executable, __file__, "--build", str(db), "--rows", str(args.rows)],
                check=True,
            )
            seconds = time.monotonic() - started
            size = db.stat().st_size / 1e6
            print(f"synthetic archive: {args.rows:,} articles, {size:,.0f} MB, "
                  f"built in {seconds:.1f}s")  # fmt: skip

        results = {}
        for label, fmt, extra in (
            ("csv (baseline)", "csv", ()),
            ("parquet", "parquet", ()),
            ("parquet, 1/4 of rows", "parquet", ("--until", "2021-09-30")),
        ):
            out = work / f"out.{fmt}"
            rss, seconds, rows = run_export(db, fmt, out, *extra)
            size = out.stat().st_size / 1e6
            results[label] = (rss, rows)
            print(f"export {label:<21} {rows:>9,} rows: peak RSS {rss:6.1f} MB, "
                  f"{seconds:5.1f}s, file {size:,.0f} MB")  # fmt: skip
            out.unlink()

        rss, rows = results["parquet"]
        quarter_rss, quarter_rows = results["parquet, 1/4 of rows"]
        csv_rss = results["csv (baseline)"][0]
        verdict = "PASS" if rss < TARGET_MB else "FAIL"
        print(
            f"SUMMARY {verdict}: parquet export of {rows:,} rows peaked at {rss:.0f} MB RSS "
            f"(target < {TARGET_MB} MB; CSV baseline {csv_rss:.0f} MB; {quarter_rss:.0f} MB "
            f"for {quarter_rows:,} rows, so {round(rss - quarter_rss):+d} MB for "
            f"{rows / max(quarter_rows, 1):.1f}x the rows)"
        )
        if verdict == "FAIL":
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
