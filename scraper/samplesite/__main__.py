"""`python -m scraper.samplesite --theme wordpress --port 8000`: serve until Ctrl-C or SIGTERM.

`--scale 2000` serves the generated police-news site with 2,000 articles
instead (`--seed`, `--delay MIN MAX`, `--delay-seed`); `--write-truth FILE`
writes its ground truth as JSON lines (one article a line) before serving.
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
import time
from dataclasses import asdict

from .router import ALL_FEATURES
from .server import THEMES, serve_site, site_model
from .truth import ground_truth


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, serve the chosen site and block until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m scraper.samplesite", description=__doc__)
    parser.add_argument("--theme", choices=THEMES, default="wordpress")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        choices=sorted(ALL_FEATURES),
        help="switch a feature off (repeatable)",
    )
    parser.add_argument("--scale", type=int, help="serve N generated articles (wordpress theme)")
    parser.add_argument("--seed", type=int, default=0, help="texts of the scaled site")
    parser.add_argument(
        "--delay",
        type=float,
        nargs=2,
        metavar=("MIN", "MAX"),
        help="hold every answer back MIN..MAX seconds",
    )
    parser.add_argument("--delay-seed", type=int, default=0)
    parser.add_argument(
        "--write-truth", metavar="FILE", help="write the ground truth as JSON lines"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    if args.scale is not None and args.theme != "wordpress":
        parser.error("--scale needs --theme wordpress")
    features = ALL_FEATURES - set(args.without)
    started = time.perf_counter()
    site_model(args.theme, args.scale, args.seed)  # build before binding the port
    built = time.perf_counter() - started
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with serve_site(
        args.theme,
        args.host,
        args.port,
        features,
        verbose=not args.quiet,
        scale=args.scale,
        seed=args.seed,
        delay=tuple(args.delay) if args.delay else None,
        delay_seed=args.delay_seed,
    ) as url:
        if args.write_truth:
            truth = ground_truth(args.theme, url, scale=args.scale, seed=args.seed)
            with open(args.write_truth, "w", encoding="utf-8") as out:
                for art in truth.articles:
                    out.write(json.dumps(asdict(art), ensure_ascii=False) + "\n")
        what = f"{args.theme!r}" if args.scale is None else f"scale={args.scale} seed={args.seed}"
        print(
            f"Serving sample site {what} at {url} (built in {built:.1f}s; Ctrl-C to stop)",
            flush=True,
        )
        try:
            while not stop.wait(3600):
                pass
        except KeyboardInterrupt:
            pass
        print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
