"""Output formats shared by every command that prints rows: table, JSON, CSV, JSONL.

One decorator (``output_options``) gives a command ``--format``; one function
(``write_rows``) writes. CSV cells that a spreadsheet would run as formulas are
neutralised, because exports are opened in Excel and LibreOffice. Parquet (binary,
typed, to a file) is ``write_parquet``, in ``scraper.research.parquet``.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

import click

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_cell(value: Any) -> Any:
    """Prefix a text cell that starts like a formula with ``'`` (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(rows: Iterable[dict], columns: Sequence[str], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([neutralise_cell(_cell(row.get(c))) for c in columns])
        count += 1
    return count


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(rows: Iterable[dict], path: str, source: str = "") -> int:
    """Typed Parquet, streamed in row groups (pyarrow is imported only when used)."""
    from scraper.research.parquet import write_parquet as write

    return write(rows, path, source=source)


def write_table(rows: Sequence[dict], columns: Sequence[str], out: IO[str]) -> None:
    """Aligned plain-text columns, the widest cut to fit the terminal."""
    if not rows:
        return
    cells = [[str(_cell(r.get(c)) if r.get(c) is not None else "") for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    budget = shutil.get_terminal_size((160, 20)).columns
    while sum(widths) + 2 * (len(widths) - 1) > budget and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1

    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(fit(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")


def write_rows(rows: Sequence[dict], columns: Sequence[str], fmt: str, out: IO[str]) -> None:
    if fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        write_csv(rows, columns, out)
    elif fmt == "jsonl":
        write_jsonl(rows, out)
    else:
        write_table(rows, columns, out)


def output_options(default: str = "table", choices: Sequence[str] = ("table", "json", "csv")):
    """``--format`` for every command that prints rows."""

    def decorator(func: Callable) -> Callable:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorator
