"""``python -m scraper`` is the same as the ``newsarchive`` command (``main``).

Kept light on purpose: a crawl's worker processes start by importing the module
that started the command, so the command-line interface is imported only in
``main``. And sqlite-utils imports pandas whenever it is installed, only to accept
DataFrames, which no command passes it: blocking it keeps ~70 MB out of every
process of a crawl.
"""

import sys


def main() -> None:
    sys.modules.setdefault("pandas", None)
    try:
        from scraper.cli import cli
    except KeyboardInterrupt:
        # Ctrl-C before any command started: what click says of one during a command.
        print("\nAborted!", file=sys.stderr)
        sys.exit(1)
    cli()


if __name__ == "__main__":
    main()
