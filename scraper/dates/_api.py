"""The public functions of the date layer; see the package docstring for the rules."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from scraper.dates import _vocab as v
from scraper.dates._fallback import fallback
from scraper.dates._resolve import Context, DateValue, as_tzinfo, resolve_mention, resolve_relative
from scraper.dates._scan import Found, Mention, Relative, clock_only, scan

log = logging.getLogger(__name__)

_CUE_WINDOW = 40


@dataclass(frozen=True)
class FoundDate:
    """One date mentioned in running text.

    ``kind`` is "published" (a header or a "diterbitkan …" stamp), "event" (a body date
    such as "jumat sore (10/11)" or "pada Sabtu, 9 Desember 2023") or "other".
    ``conflict`` says why a value may be doubtful, e.g. a weekday the printed day does
    not fall on; the printed numbers are kept either way.
    """

    start: int
    end: int
    surface: str
    value: DateValue
    kind: str
    conflict: str | None = None
    # Relative to the reference ("2 jam yang lalu", "kemarin"), not printed in full.
    relative: bool = False


def _kind(text: str, found: Found) -> str:
    """Classify a mention by the words just before it and by its shape."""
    lo = max(0, found.start - _CUE_WINDOW)
    if v.PUBLISHED_CUE_RE.search(text, lo, found.start):
        return "published"
    if v.UPDATED_CUE_RE.search(text, lo, found.start):
        return "other"
    if isinstance(found, Relative):
        # "2 jam yang lalu" and "baru saja" are listing/header stamps; "kemarin" is prose.
        sub_day = not found.named and not found.months and found.seconds < 86400
        return "published" if sub_day else "other"
    if found.paren or found.year is None or found.part:
        return "event"
    if v.EVENT_CUE_RE.search(text, lo, found.start):
        return "event"
    return "published" if found.time is not None else "other"


def _resolve(found: Found, ctx: Context) -> tuple[DateValue | None, str | None]:
    """The value and conflict note of one mention."""
    if isinstance(found, Mention):
        return resolve_mention(found, ctx)
    return resolve_relative(found, ctx), None


def _find(text: str, ctx: Context) -> list[FoundDate]:
    """find_dates without the safety net, so tests can see real exceptions."""
    out: list[FoundDate] = []
    for found in scan(text):
        value, conflict = _resolve(found, ctx)
        if value is None:
            continue
        surface = text[found.start : found.end]
        kind = _kind(text, found)
        relative = isinstance(found, Relative)
        out.append(FoundDate(found.start, found.end, surface, value, kind, conflict, relative))
    return out


def _parse(text: str, ctx: Context) -> DateValue | None:
    """parse_date without the safety net: the first absolute date, else the first
    relative one, else dateparser's reading of a short string."""
    value = _parse_rules(text, ctx)
    return value if value is not None else fallback(text, ctx)


def _parse_rules(text: str, ctx: Context) -> DateValue | None:
    """The first absolute date the rules find, else the first relative one."""
    mentions = scan(text)
    for wanted in (Mention, Relative):
        for found in mentions:
            if isinstance(found, wanted):
                value, _ = _resolve(found, ctx)
                if value is not None:
                    return value
    return None


def _context(
    reference: object, tz: object, trust_utc: bool, reference_zone: bool = True
) -> Context | None:
    """A Context from loosely typed arguments; None when the reference is unusable."""
    if reference is not None and not isinstance(reference, date):
        return None
    return Context(reference, as_tzinfo(tz), bool(trust_utc), bool(reference_zone))


def parse_date(
    text: object,
    reference: date | datetime | None = None,
    tz: str | tzinfo | None = None,
    trust_utc: bool = True,
    *,
    reference_zone: bool = True,
    fallback_parser: bool = True,
) -> DateValue | None:
    """The date (or datetime, when a time is printed) that ``text`` names, or None.

    ``reference`` is "now" for the text (publication time for a body date, fetch time
    for a page header); ``tz`` the site's zone, an IANA name. A printed zone always
    wins. ``trust_utc=False`` reads a trailing "Z"/"+00:00" as a lie and takes the wall
    clock in ``tz``. ``reference_zone=False`` leaves a value with no printed zone and no
    ``tz`` naive even when the reference is aware (a page's times are not in the zone
    of the crawler's clock); ``fallback_parser=False`` never asks dateparser. Never
    raises: a scraper must not die on one odd page.
    """
    if not isinstance(text, str) or not text:
        return None
    try:
        ctx = _context(reference, tz, trust_utc, reference_zone)
        if ctx is None:
            return None
        return _parse(text, ctx) if fallback_parser else _parse_rules(text, ctx)
    except Exception:  # the contract is "never raises"; a bug here must not stop a crawl
        log.exception("parse_date failed on %r", text[:200])
        return None


def find_dates(
    text: object,
    reference: date | datetime | None = None,
    tz: str | tzinfo | None = None,
    trust_utc: bool = True,
    *,
    reference_zone: bool = True,
) -> list[FoundDate]:
    """Every date mentioned in running text, in order, with its span and kind.

    Rules only: dateparser's search finds dates in numbers and words that are not
    dates, which is worse than missing the rare odd format in a body.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        ctx = _context(reference, tz, trust_utc, reference_zone)
        return _find(text, ctx) if ctx is not None else []
    except Exception:  # same contract as parse_date
        log.exception("find_dates failed on %r", text[:200])
        return []


def parse_time(text: object) -> time | None:
    """The time of day in a string with no date ("Pukul 07.30 WIT" → 07:30+09:00).

    parse_date returns None for such strings (a time is not a date); extractors that
    know the day from elsewhere can combine the two.
    """
    if not isinstance(text, str):
        return None
    found = clock_only(text)
    if found is None:
        return None
    (hour, minute, second, micro), zone = found
    return time(hour, minute, second, micro, tzinfo=zone)


def to_iso(value: DateValue) -> str:
    """ISO 8601 text: "YYYY-MM-DD" for a date, ``isoformat()`` (offset kept) otherwise."""
    if not isinstance(value, date):
        raise TypeError(f"to_iso needs a date or datetime, not {type(value).__name__}")
    return value.isoformat()
