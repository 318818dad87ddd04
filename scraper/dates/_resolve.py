"""Turn printed date parts into values, given "now" (the reference) and the site's zone.

The rules, and why:

* A printed zone always wins; a naive value gets the site's zone (``tz``) or the zone of
  an aware reference only when the caller supplies one, because guessing a zone silently
  shifts every timestamp of a site by hours.
* A yearless body date takes the most recent year in which it is not more than a day
  after the reference; the weekday may pick the year before instead. Events are
  reported after they happen, and a day of slack covers "Senin (13/11)" announced on
  Sunday and references taken in another zone.
* A printed weekday that contradicts the printed numbers never overrides them: sources
  get weekdays wrong more often than digits, so the numbers stand and the conflict is
  recorded for the researcher.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from scraper.dates import _vocab as v
from scraper.dates._scan import Mention, Relative

log = logging.getLogger(__name__)

# How many years before the most recent candidate a yearless body date may move to
# match its weekday. One: a yearless date in a news body is about this year or, at a
# year's turn, the last; going further back lets a mistyped weekday (common) drag the
# date years into the past.
YEARLESS_LOOKBACK = 1
DateValue = date | datetime


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> tzinfo | None:
    """A cached ZoneInfo for an IANA name; None (and a warning) for an unknown name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        log.warning("unknown time zone %r ignored", name)
        return None


def as_tzinfo(tz: object) -> tzinfo | None:
    """Accept an IANA name or a tzinfo for ``tz``; anything else means no site zone."""
    if isinstance(tz, tzinfo):
        return tz
    if isinstance(tz, str) and tz.strip():
        return _zoneinfo(tz.strip())
    return None


@dataclass
class Context:
    """The reference ("now" for the text), the site zone and the known-lie switch."""

    reference: date | datetime | None
    tz: tzinfo | None
    trust_utc: bool = True
    # Whether a value with no printed zone and no ``tz`` takes an aware reference's zone.
    # Off for page candidates, whose reference is the fetch time in UTC: a crawl's clock
    # says nothing about the zone a page prints its times in.
    reference_zone: bool = True
    _point: date | datetime | None = field(default=None, init=False)

    @property
    def point(self) -> date | datetime:
        """The reference as used for arithmetic; the current time when none was given."""
        if self._point is None:
            ref = self.reference
            if ref is None:
                ref = datetime.now(self.tz) if self.tz else datetime.now()
            elif isinstance(ref, datetime) and ref.tzinfo is None and self.tz is not None:
                ref = ref.replace(tzinfo=self.tz)
            self._point = ref
        return self._point

    @property
    def day(self) -> date:
        """The reference's calendar day, in the reference's own zone."""
        p = self.point
        return p.date() if isinstance(p, datetime) else p

    def zone_for(self, printed: tzinfo | None, utc_printed: bool) -> tzinfo | None:
        """The zone of a value with a time: printed, else the site's, else the reference's."""
        if printed is not None and (self.trust_utc or not utc_printed):
            return printed
        if self.tz is not None:
            return self.tz
        ref = self.reference
        if self.reference_zone and isinstance(ref, datetime) and ref.tzinfo is not None:
            return ref.tzinfo
        return None


def _combine(
    day: date, clock: tuple[int, int, int, int], next_day: bool, zone: tzinfo | None
) -> datetime:
    """A datetime from a day, a clock and a zone ("24:00" rolls to the next day)."""
    value = datetime(day.year, day.month, day.day, *clock, tzinfo=zone)
    return value + timedelta(days=1) if next_day else value


def _weekday_note(wd_text: str | None, value: date) -> str:
    """The conflict note for a weekday that does not fall on the printed day."""
    return (
        f"weekday {wd_text!r} does not match {value.isoformat()}, "
        f"a {v.WEEKDAY_NAMES[value.weekday()]}; printed numbers kept"
    )


def _yearless(found: Mention, ctx: Context) -> tuple[date | None, str | None]:
    """The year for a day/month with no year: nearest to the reference, not after it."""
    limit = ctx.day + timedelta(days=1) if ctx.day < date.max else ctx.day
    candidates: list[date] = []
    for year in range(min(limit.year + 1, 9999), max(limit.year - 12, 0), -1):
        try:
            day = date(year, found.month, found.day)
        except ValueError:
            continue
        if day <= limit:
            candidates.append(day)
            if len(candidates) > YEARLESS_LOOKBACK:
                break
    if not candidates:
        return None, None
    if found.weekday is None:
        return candidates[0], None
    for day in candidates:
        if day.weekday() == found.weekday:
            return day, None
    return candidates[0], _weekday_note(found.weekday_text, candidates[0])


def resolve_mention(found: Mention, ctx: Context) -> tuple[DateValue | None, str | None]:
    """The value of an absolute mention and its conflict note, if any."""
    conflict = None
    if found.year is None:
        day, conflict = _yearless(found, ctx)
        if day is None:
            return None, None
    else:
        day = date(found.year, found.month, found.day)
        if found.weekday is not None and day.weekday() != found.weekday:
            conflict = _weekday_note(found.weekday_text, day)
    if found.time is None:
        return day, conflict
    try:
        zone = ctx.zone_for(found.zone, found.utc_printed)
        return _combine(day, found.time, found.next_day, zone), conflict
    except OverflowError:
        return day, conflict


def _shift_months(value: DateValue, months: int) -> DateValue:
    """``value`` moved back by calendar months, the day clamped to the month's end."""
    index = value.year * 12 + value.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    day = value.day
    while day > 28:
        try:
            return value.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1
    return value.replace(year=year, month=month, day=day)


def resolve_relative(found: Relative, ctx: Context) -> DateValue | None:
    """The value of a relative mention, in the reference's zone.

    Counted offsets ("2 jam yang lalu") keep the reference's time; a named day
    ("kemarin") is a date unless a time is printed with it. Against a date-only
    reference a sub-day offset gives that date: the day is all that is known.
    """
    point = ctx.point
    try:
        if found.now:
            return point
        if found.named:
            day = ctx.day + timedelta(days=found.days)
            if found.time is None:
                return day
            trusted = ctx.trust_utc or not found.utc_printed
            zone = found.zone if trusted else None
            if zone is None and isinstance(point, datetime):
                zone = point.tzinfo
            return _combine(day, found.time, found.next_day, zone)
        if found.months:
            point = _shift_months(point, found.months)
        if isinstance(point, datetime):
            return point - timedelta(seconds=found.seconds)
        return point - timedelta(days=found.seconds // 86400)
    except (OverflowError, ValueError):
        return None
