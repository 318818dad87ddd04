"""What every command shares: exit codes, the error wrapper, ``--db`` and filters."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import click

from scraper.archive import ArchiveError
from scraper.archive.queries import Filters
from scraper.settings import DEFAULT_DB
from scraper.sites import UnknownSiteError

# Exit codes, documented in the README for cron.
EXIT_OK = 0  # everything fetched and archived
EXIT_FAILED = 1  # nothing could be fetched or stored; or a read command failed
EXIT_CONFIG = 2  # a usage or configuration error: bad option, unknown site or zone
EXIT_PARTIAL = 3  # some pages failed, the rest is archived
EXIT_LOCKED = 75  # another crawl holds the archive (EX_TEMPFAIL: try again later)


class Errors(click.Group):
    """Turn the library's user-facing errors into one clean line and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `newsarchive export | head`: the reader has all it wanted; stop quietly.
            sys.stderr.close()
            os._exit(0)
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(f"the archive cannot be read: {exc}") from None
        except (ArchiveError, UnknownSiteError, OSError, ValueError) as exc:
            if isinstance(exc, click.ClickException):
                raise
            message = exc.args[0] if isinstance(exc, UnknownSiteError) else str(exc)
            raise click.ClickException(message) from None


def db_option(default: str = DEFAULT_DB) -> Callable:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=True,
        help="Archive file (SQLite).",
    )


def filter_options(func: Callable) -> Callable:
    day = click.DateTime(formats=["%Y-%m-%d"])
    func = click.option("--until", type=day, help="Published on or before this day.")(func)
    func = click.option("--since", type=day, help="Published on or after this day.")(func)
    func = click.option("--site", help="Only this site (its name, see 'sites').")(func)
    return func


def parse_iso(text: str) -> datetime:
    """ISO 8601 with a trailing ``Z`` accepted on every Python (3.10 refuses it)."""
    text = text.strip()
    return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


def make_filters(site: str | None, since: datetime | None, until: datetime | None) -> Filters:
    return Filters(site, since.date() if since else None, until.date() if until else None)


def check_zone(name: str, hint: str = "--tz") -> None:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        raise click.BadParameter(f"unknown time zone {name!r}", param_hint=hint) from None
