"""What every command shares: exit codes, the error wrapper, ``--db`` and filters."""

from __future__ import annotations

import errno
import math
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import click

from scraper.archive import Archive, ArchiveError
from scraper.archive.queries import BadFilter, Filters
from scraper.settings import DEFAULT_DB
from scraper.sites import SiteDefinitionError, UnknownSiteError

# Exit codes, documented in the README for cron.
EXIT_OK = 0  # everything fetched and archived
EXIT_FAILED = 1  # nothing could be fetched or stored; or a read command failed
EXIT_CONFIG = 2  # a usage or configuration error: bad option, unknown site or zone
EXIT_PARTIAL = 3  # some pages failed, the rest is archived
EXIT_FLAGGED = 4  # `health`: a source is flagged (unreachable, silent, broken, drifting…)
EXIT_LOCKED = 75  # another command holds the archive's lock (EX_TEMPFAIL: try again later)


class UsageProblem(click.ClickException):
    """A bad value the user can fix (an unknown unit, region, topic): one line, exit 2."""

    exit_code = EXIT_CONFIG


class Errors(click.Group):
    """Turn the library's user-facing errors into one clean line and exit code 1 (2 for a
    filter value that names nothing)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (BadFilter, SiteDefinitionError) as exc:
            raise UsageProblem(str(exc)) from None
        except BrokenPipeError:
            # `newsarchive export | head`: the reader has all it wanted; stop quietly.
            sys.stderr.close()
            os._exit(0)
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_READONLY"):
                # Opened read-only (scraper.archive.open_read_only): this command writes.
                raise click.ClickException(
                    f"the archive is read-only here ({exc}): this command writes to it; run "
                    "it as an account that may write the archive and its directory"
                ) from None
            raise click.ClickException(f"the archive cannot be read: {exc}") from None
        except OSError as exc:
            # A read-only mount refuses the lock as EROFS, not as a PermissionError: it
            # was "[Errno 30] Read-only file system: '….lock'", not this line.
            refused = isinstance(exc, PermissionError) or exc.errno == errno.EROFS
            if not refused or not str(exc.filename or "").endswith(".lock"):
                raise click.ClickException(str(exc)) from None
            # The crawl lock beside the archive (crawl, reextract, backfill-entities).
            reason = "a read-only file system" if exc.errno == errno.EROFS else "permission denied"
            raise click.ClickException(
                f"cannot take the lock {exc.filename} beside the archive ({reason}): this "
                "command writes to the archive; run it as an account that may write the "
                "archive and its directory"
            ) from None
        except (ArchiveError, UnknownSiteError, ValueError) as exc:
            if isinstance(exc, click.ClickException):
                raise
            message = exc.args[0] if isinstance(exc, UnknownSiteError) else str(exc)
            raise click.ClickException(message) from None


class Seconds(click.FloatRange):
    """A number of seconds: finite and not negative. ``click.FloatRange`` lets "nan" and
    "inf" through (no comparison with them is true): ``worker --wait nan`` waited for
    ever (helper-43's sweep)."""

    name = "seconds"

    def __init__(self) -> None:
        super().__init__(min=0)

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> object:
        seconds = super().convert(value, param, ctx)
        if not math.isfinite(seconds):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


class NonEmptyPath(click.Path):
    """A ``click.Path`` that refuses an empty value, which click reads as ``.``, the
    current folder: ``--out "$DIR"`` with DIR unset wrote a report (or WARC files)
    into whatever folder cron ran in and exited 0, and ``--db ""`` failed with "disk
    I/O error"."""

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> object:
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path: give a file or folder name", param, ctx)
        return super().convert(value, param, ctx)


class NonEmptyText(click.types.StringParamType):
    """A filter value (or crawl's ``--url``, ``--tz``) that refuses to be empty. The
    commands read an empty ``--site``, ``--unit``, ``--province``… as no filter at all,
    so ``export --site "$SITE"`` with SITE unset (or misspelt) exported the whole archive
    and exited 0, and ``reextract --site ""`` re-read every site's pages; ``crawl NAME
    --url ""`` crawled NAME alone, and ``--tz ""`` kept no zone. ``search ""`` and
    ``history ""`` are refused the same way, as the usage error they are."""

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> object:
        text = super().convert(value, param, ctx)
        if isinstance(text, str) and not text.strip():
            if isinstance(param, click.Argument):
                self.fail("an empty value: give one", param, ctx)
            self.fail("an empty value: give one, or leave the option out", param, ctx)
        return text


NON_EMPTY_TEXT = NonEmptyText()

_DAY_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


class Day(click.ParamType):
    """A calendar day, ``YYYY-MM-DD`` (``--since``, ``--until``). click's own date type
    said "'2024-02-30' does not match the format '%Y-%m-%d'" of a day the calendar does
    not have: strftime's notation, and not the problem."""

    name = "day"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> object:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        if not _DAY_SHAPE.fullmatch(text):
            self.fail(f"{value!r} is not a day: write it as YYYY-MM-DD (2024-02-01)", param, ctx)
        try:
            return datetime(*(int(part) for part in text.split("-")))
        except ValueError as exc:
            self.fail(f"{value!r} is no day of the calendar ({exc})", param, ctx)


DAY = Day()


def db_option(default: str = DEFAULT_DB) -> Callable:
    return click.option(
        "--db",
        "db_path",
        type=NonEmptyPath(dir_okay=False, path_type=Path),
        default=default,
        show_default=True,
        help="Archive file (SQLite).",
    )


def filter_options(func: Callable) -> Callable:
    func = click.option("--until", type=DAY, help="Published on or before this day.")(func)
    func = click.option("--since", type=DAY, help="Published on or after this day.")(func)
    func = click.option(
        "--site",
        type=NON_EMPTY_TEXT,
        help="Only this site (its name, see 'sites').",
    )(func)
    return func


def entity_filter_options(func: Callable) -> Callable:
    """``--unit``, ``--region``, ``--topic``: filters on the police-news entities."""
    func = click.option(
        "--topic",
        type=NON_EMPTY_TEXT,
        help="Only articles with this topic (pemilu, narkoba, bencana, lalu_lintas, kriminal, "
        "pengamanan, sosial, internal, kamtibmas, lainnya; docs/entities.md).",
    )(func)
    func = click.option(
        "--region",
        type=NON_EMPTY_TEXT,
        help="Only articles of this kabupaten/kota, e.g. 'Kabupaten Tanah Laut' or 'Tanah Laut'.",
    )(func)
    func = click.option(
        "--unit",
        type=NON_EMPTY_TEXT,
        help="Only articles whose primary unit is this unit or one under it, e.g. "
        "'Polres Tanah Laut' (its Polsek too) or a short form ('Polres Tala').",
    )(func)
    return func


def parse_iso(text: str) -> datetime:
    """ISO 8601 with a trailing ``Z`` accepted on every Python (3.10 refuses it)."""
    text = text.strip()
    return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


def make_filters(
    site: str | None,
    since: datetime | None,
    until: datetime | None,
    unit: str | None = None,
    region: str | None = None,
    topic: str | None = None,
) -> Filters:
    """The shared filters of a read command. ``--since`` after ``--until`` is refused: no
    day is in that range, so ``export --since 2024-02-01 --until 2024-01-01`` (the two
    days swapped, or day and month read the other way) wrote an empty file and exited 0,
    and ``search`` said "no articles match", as if the archive held nothing then."""
    if since and until and since > until:
        raise click.BadParameter(
            f"{since:%Y-%m-%d} is after --until {until:%Y-%m-%d}, so no day is in the "
            "range; give the earlier day to --since",
            ctx=click.get_current_context(silent=True),
            param_hint="'--since'",
        )
    return Filters(
        site,
        since.date() if since else None,
        until.date() if until else None,
        unit=unit,
        region=region,
        topic=topic,
    )


def missing_entities_note(archive: Archive) -> str | None:
    """A note for articles stored before entities existed: they count nowhere in
    ``units`` and ``people``, and no ``--unit``, ``--region`` or ``--topic`` of
    ``search`` or ``export`` matches them."""
    from scraper.archive.entities import missing_entities

    missing = missing_entities(archive)
    if not missing:
        return None
    return (
        f"note: {missing} articles have no entities yet (stored before them): "
        f"run 'newsarchive backfill-entities --db {archive.path}'"
    )


def shared_name_note(archive: Archive, unit: str | None) -> str | None:
    """A note when ``--unit`` names units of one name under different parents (Polres
    Banjar of Polda Kalimantan Selatan and of Polda Jawa Barat): the filter counts them
    all, which a table of names cannot show (helper-104)."""
    from scraper.archive.entities import unit_parents
    from scraper.archive.queries import resolve_unit

    if not unit:
        return None
    name = resolve_unit(archive, unit)
    parents = unit_parents(archive, name)
    if len(parents) < 2:
        return None
    return (
        f"note: {name} names {len(parents)} units in this archive (under "
        f"{', '.join(parents)}): --unit counts them all"
    )


def note_cut_at_limit(found: list[dict], limit: int, what: str, fmt: str) -> None:
    """Say on standard error that ``--limit`` cut the rows: ``found`` holds the rows
    asked for with ``limit + 1``. A table of exactly ``--limit`` rows ("search pemilu"
    shows 20) read as all there is: a researcher counted 20 articles, or 100 officers,
    where more match; and so did one who saved ``--format csv`` to a file (helper-86's
    trial: 20 of 35, nothing said). Standard error leaves the CSV or JSON whole."""
    if len(found) > limit:
        shown = "shown" if fmt == "table" else f"written as {fmt}"
        click.echo(f"the {limit} {what} are {shown}; more match: raise --limit", err=True)


# The clock labels Indonesian pages print, and the zone each one is.
ZONE_LABELS = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}


def check_zone(name: str, hint: str = "--tz") -> str:
    """The IANA zone ``name`` means: a zone name, or a label a page prints (WIB, WITA, WIT)."""
    from zoneinfo import ZoneInfo

    if name.upper() in ZONE_LABELS:
        return ZONE_LABELS[name.upper()]
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        labels = ", ".join(f"{label} ({zone})" for label, zone in ZONE_LABELS.items())
        raise click.BadParameter(
            f"unknown time zone {name!r}; use a zone name such as {labels}", param_hint=hint
        ) from None
    return name


def check_redis_url(url: str, hint: str = "--redis") -> None:
    """A Redis address the client can use: redis://HOST:PORT/DB (or rediss://, unix://)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
        if parts.scheme == "unix":
            ok = bool(parts.path)
        else:
            # A host, and at most a database number: "/abc", "/0/" or a query were
            # taken, and failed later as a traceback (an unknown keyword) or not at all.
            ok = (
                parts.scheme in ("redis", "rediss")
                and bool(parts.hostname)
                and re.fullmatch(r"(/\d+)?", parts.path) is not None
                and not parts.query
                and not parts.fragment
            )
    except ValueError:
        ok = False
    if not ok:
        raise click.BadParameter(
            f"{url!r} is not a Redis address such as redis://127.0.0.1:6379/0", param_hint=hint
        )
