"""`python -m scraper.samplesite --theme wordpress --port 8000`: serve until Ctrl-C."""

from __future__ import annotations

import argparse
import time

from .router import ALL_FEATURES
from .server import THEMES, serve_site


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, serve the chosen theme and block until interrupted."""
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
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    features = ALL_FEATURES - set(args.without)
    with serve_site(args.theme, args.host, args.port, features, verbose=not args.quiet) as url:
        print(f"Serving sample site {args.theme!r} at {url} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
