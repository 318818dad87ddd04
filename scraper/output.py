"""Output formats shared by every command that prints rows: table, JSON, CSV, JSONL.

One decorator (``output_options``) gives a command ``--format``; one function
(``write_rows``) writes. CSV cells that a spreadsheet would run as formulas are
neutralised, because exports are opened in Excel and LibreOffice. Parquet (binary,
typed, to a file) is ``write_parquet``, in ``scraper.research.parquet``.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from glob import escape as glob_escape
from pathlib import Path
from typing import IO, Any

import click

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# On a terminal: no column is cut narrower than this, and no text longer than the other.
_NARROWEST, _LONGEST = 12, 40
# Characters that would break a table's line or column: line breaks, tabs, other controls.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")
# Cells a cut would turn into another value, not a shorter one: a number, and an ISO
# month, day or time (cut, "2023-11-22T17:35:00+08:00" lost its UTC offset).
_WHOLE = re.compile(
    r"-?\d+(?:\.\d+)?%?"
    r"|\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?"
)


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


@contextlib.contextmanager
def written_aside(path: Path) -> Iterator[Path]:
    """Where to write the file ``path``: ``NAME.PID.part`` beside it, renamed to it when
    the block ends, removed when it fails, so that a file cut short (Ctrl-C, a full disk)
    never stands under the name, nor replaces the last complete one. The process id
    keeps two exports to one name (a cron export and a manual one) each in its own
    file: with one ``NAME.part`` for both, one renamed the other's half-written file
    into place, or lost its own ("No such file or directory"). A ``.part`` left by an
    export that was killed is removed by the next one to the name. An error about the
    ``.part`` names ``path``. A symbolic link keeps pointing at the file it names, which
    keeps its permissions. Anything under ``/dev`` or ``/proc`` (``/dev/stdout``, a
    shell's ``>(gzip …)`` at ``/dev/fd/63``) and anything else that is not a regular
    file (a FIFO) is written directly: a rename would replace it, and ``/dev/stdout
    >> log.csv`` resolves to the log itself, whose earlier lines it would lose."""
    if str(path.absolute()).startswith(("/dev/", "/proc/")) or (
        path.exists() and not path.is_file()
    ):
        yield path
        return
    target = path.resolve() if path.is_symlink() else path
    _remove_abandoned_parts(target)
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        yield part
        if target.exists():
            shutil.copymode(target, part)
        os.replace(part, target)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename == str(part):
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise


def _remove_abandoned_parts(target: Path) -> None:
    """Remove the ``.part`` files of ``target`` whose process is gone (an export killed
    with ``kill -9``): each export writes its own, and a nightly one would pile them up."""
    with contextlib.suppress(OSError):
        for part in target.parent.glob(f"{glob_escape(target.name)}.*.part"):
            pid = part.name[len(target.name) + 1 : -len(".part")]
            if pid.isdigit() and not _process_alive(int(pid)):
                part.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another account's process: alive
        return True
    return True


def write_parquet(rows: Iterable[dict], path: str, source: str = "") -> int:
    """Typed Parquet, streamed in row groups (pyarrow is imported only when used)."""
    from scraper.research.parquet import write_parquet as write

    return write(rows, path, source=source)


def write_table(rows: Sequence[dict], columns: Sequence[str], out: IO[str]) -> None:
    """Aligned plain-text columns, each as wide as its widest cell.

    On a terminal the widest columns are cut (with ``…``, headers too) to fit its
    width, none below 12 characters; a table too wide for that keeps its columns whole
    but texts of over 40 characters, and wraps. A column of numbers and ISO dates and
    times is never cut, only its header: a cut text is visibly shorter, a cut
    timestamp is another one (``2023-11-22T17:35:0…`` has lost its UTC offset), a cut
    id names nothing. Anywhere else (a pipe, a file, cron mail) nothing is cut: the
    width comes from the data, and ``cut -c`` or ``less -S`` can trim it. Line breaks
    and tabs inside a cell become spaces.
    """
    if not rows:
        return
    header = [_one_line(c) for c in columns]
    cells = [[_one_line(_text(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(header)]
    if _is_terminal(out):
        room = shutil.get_terminal_size((160, 20)).columns - 2 * (len(widths) - 1)
        floors = [min(w, _NARROWEST) for w in widths]
        whole = [False] * len(widths)
        for i, h in enumerate(header):
            column = [row[i] for row in cells if row[i]]
            if column and all(_WHOLE.fullmatch(v) for v in column):
                whole[i] = True
                floors[i] = max(min(len(h), _NARROWEST), *map(len, column))
        if sum(floors) > room:
            # Too many columns to fit however they are cut: the terminal wraps the lines
            # anyway, so only texts too long to read in a row are cut.
            widths = [w if keep else min(w, _LONGEST) for w, keep in zip(widths, whole)]
        else:
            while sum(widths) > room:
                widest = max(
                    (i for i, w in enumerate(widths) if w > floors[i]), key=widths.__getitem__
                )
                widths[widest] -= 1

    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    out.write("  ".join(fit(h, w).ljust(w) for h, w in zip(header, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(fit(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")


def _text(value: Any) -> str:
    return "" if value is None else str(_cell(value))


def _one_line(text: str) -> str:
    return _CONTROL.sub(" ", text)


def _is_terminal(out: IO[str]) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


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
