"""dateparser for the long tail the rules do not know, imported only when first needed.

dateparser costs about a millisecond a string and a noticeable import, and left to
itself it reads "Tahun 2024" or a phone number as a date. So it only sees short strings
the rules found nothing in, it must find a day, a month and a year (or a relative
phrase), and its answer is held to the same "not after the reference" rule for
relative phrases.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from typing import Any

from scraper.dates._resolve import Context, DateValue
from scraper.dates._vocab import YEARS

log = logging.getLogger(__name__)

# Header strings and meta values are short; a long string with no date the rules know
# is running text, and dateparser would only find noise in it.
MAX_FALLBACK_LENGTH = 80
_HAS_DIGIT = re.compile(r"\d")
_HAS_CLOCK = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")
# Strings that number things rather than date them; dateparser would read
# "Nomor 12/11/2023" or "UU 1/2023" as a day.
_NOT_A_DATE = re.compile(
    r"\b(?:no|nomor|nomer|nr|pasal|ayat|uu|perda|perpres|perkap|pp|sk|hut|pemilu|pilkada"
    r"|pilpres|rp|tel|telp|hp|wa)\b|\d{4}[-. ]\d{3,4}",
    re.IGNORECASE,
)
# A numeric day-month-year (or ISO year-month-day) the rules refused: its numbers are no
# real day read day first ("10/13/2023", "2023/13/10"). dateparser would swap day and
# month and give a date the rules say the page does not print.
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)"
)
_RELATIVE_WORDS = re.compile(r"\b(?:ago|lalu|yang|yesterday|kemarin)\b", re.IGNORECASE)
# "1 jam", "3 hari", "0 bulan": a duration, not a date, without "lalu"/"ago".
_BARE_DURATION = re.compile(
    r"^\s*\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|hours?"
    r"|days?|weeks?|months?|years?)\s*$",
    re.IGNORECASE,
)

_parse: Any = None


def _dateparser() -> Any:
    """dateparser.parse, imported once, on first use."""
    global _parse
    if _parse is None:
        import dateparser

        _parse = dateparser.parse
    return _parse


def settings_for(ctx: Context) -> dict[str, Any]:
    """The tuned dateparser settings: day first, past preferred, our reference, all parts.

    REQUIRE_PARTS keeps it from completing "Tahun 2024" with today's day and month.
    """
    point = ctx.point
    base = point if isinstance(point, datetime) else datetime(point.year, point.month, point.day)
    settings: dict[str, Any] = {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base.replace(tzinfo=None),
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    zone_name = getattr(ctx.tz, "key", None)
    if zone_name:
        settings["TIMEZONE"] = zone_name
        settings["RETURN_AS_TIMEZONE_AWARE"] = True
    return settings


def fallback(text: str, ctx: Context) -> DateValue | None:
    """dateparser's reading of a short string the rules found no date in, or None."""
    stripped = text.strip()
    if len(stripped) > MAX_FALLBACK_LENGTH or not _HAS_DIGIT.search(stripped):
        return None
    if _NOT_A_DATE.search(stripped) or _BARE_DURATION.match(stripped):
        return None
    if _NUMERIC_DATE.search(stripped):
        return None  # the rules read numeric dates, day first, and found no day
    try:
        value = _dateparser()(stripped, languages=["id", "en"], settings=settings_for(ctx))
    except Exception:  # dateparser has raised on odd input before; the contract is None
        log.debug("dateparser failed on %r", stripped, exc_info=True)
        return None
    if not isinstance(value, datetime):
        return None
    if value.year not in YEARS:
        return None  # "31 Desember 3000", "1 Jan 0999": no news date, whatever the words
    if _RELATIVE_WORDS.search(stripped) and value.date() > ctx.day + timedelta(days=1):
        return None
    if not _HAS_CLOCK.search(stripped):
        return date(value.year, value.month, value.day)
    if value.tzinfo is None:
        zone = ctx.zone_for(None, False)
        if zone is not None:
            value = value.replace(tzinfo=zone)
    return value
