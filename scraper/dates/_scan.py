"""Find date mentions in text and read their printed parts, without resolving them.

Scanning is separate from resolution because what a mention *says* (day, month, maybe a
year, a weekday, a time, a printed zone) does not depend on the reference or the site's
zone, while what it *means* does. ``_resolve`` does the second half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta, timezone, tzinfo

from scraper.dates import _vocab as v

# How far before a date a weekday/"tanggal" prefix or a cue word may start, and how
# long the glue between a date and its time may be. Short on purpose: anything further
# away is another clause.
_PREFIX_WINDOW = 40
_GLUE_MAX = 40
_BACK_TIME_WINDOW = 30
# Printed 12-hour values a part of day moves to the afternoon: "pukul 3 sore" is 15:00,
# "pukul 08.00 malam" 20:00, but "pukul 02.00 malam" stays 02:00 and "pagi" never moves.
_PM_HOURS: dict[str, tuple[int, int]] = {
    "siang": (1, 5),
    "sore": (1, 11),
    "petang": (1, 11),
    "malam": (6, 11),
    "tengah": (9, 11),  # "tengah malam": about midnight, "pukul 11 tengah malam" 23:00
}


@dataclass
class Mention:
    """An absolute date as printed: numbers, optional year, weekday, time and zone."""

    start: int
    end: int
    year: int | None  # None: the text gives no year ("Senin (13/11)")
    month: int
    day: int
    weekday: int | None = None
    weekday_text: str | None = None
    time: tuple[int, int, int, int] | None = None  # hour, minute, second, microsecond
    next_day: bool = False  # "24:00" is midnight at the end of the day
    zone: tzinfo | None = None  # the printed zone, if any
    utc_printed: bool = False  # the printed zone is UTC ("Z", "+00:00", "GMT")
    part: str | None = None  # pagi/siang/sore/petang/malam: a hint, never a time
    paren: bool = False  # the "Senin (13/11)" body convention
    # Only a month-first reading names a day ("01/15/2024"): kept when a printed weekday
    # confirms it (``_day_order``).
    month_first: bool = False


@dataclass
class Relative:
    """A date relative to "now": "2 jam yang lalu", "kemarin, 15:20", "baru saja"."""

    start: int
    end: int
    seconds: int = 0  # fixed part of the offset into the past
    months: int = 0  # calendar part (bulan, tahun)
    days: int = 0  # named day offset: kemarin = -1, besok = +1
    named: bool = False  # a named day (kemarin, hari ini) resolves to a date
    now: bool = False  # "baru saja": the reference itself
    time: tuple[int, int, int, int] | None = None
    next_day: bool = False
    zone: tzinfo | None = None
    utc_printed: bool = False


Found = Mention | Relative


def _zone(token: str | None) -> tuple[tzinfo | None, bool]:
    """The tzinfo a printed zone token names, and whether it claims UTC."""
    if not token:
        return None, False
    up = token.upper().replace(" ", "")
    if up in v.ZONES:
        return v.ZONES[up], False
    if up in ("Z", "UTC", "GMT"):
        return timezone.utc, True
    sign_at = max(up.find("+"), up.find("-"))
    if sign_at < 0:
        return None, False
    sign = -1 if up[sign_at] == "-" else 1
    digits = up[sign_at + 1 :].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes > 59:
        return None, False
    offset = sign * timedelta(hours=hours, minutes=minutes)
    if not offset:
        return timezone.utc, True
    return timezone(offset), False


def _clock(m: re.Match[str]) -> tuple[tuple[int, int, int, int] | None, bool]:
    """Validated (h, m, s, µs) from a TIME_RE/ISO_RE match, and whether it is "24:00"."""
    hour, minute = int(m.group("H")), int(m.group("M") or 0)
    second = int(m.group("S") or 0)
    frac = m.group("f")
    micro = int(frac[:6].ljust(6, "0")) if frac else 0
    groups = m.re.groupindex
    ap = m.group("ap") if "ap" in groups else None
    part = m.group("part") if "part" in groups else None
    if ap:
        if hour == 0 or hour > 12:
            return None, False
        if ap.lower() == "p" and hour < 12:
            hour += 12
        elif ap.lower() == "a" and hour == 12:
            hour = 0
    elif part:
        word = part.lower().split()[0]
        if hour == 12 and word in ("malam", "dini", "tengah"):
            # "pukul 12.00 malam", "12.30 dini hari", "12.00 tengah malam": about
            # midnight, but of which day? Read as noon before (helper-109, helper-113);
            # the day alone is what the page says.
            return None, False
        if m.group("M") is None and not 1 <= hour <= 12:
            return None, False
        # "pukul 08.00 malam" is 20:00; a part of day only moves an ambiguous 12-hour value.
        low, high = _PM_HOURS.get(word, (0, -1))
        if low <= hour <= high:
            hour += 12
    if hour == 24:
        if minute or second or micro:
            return None, False
        return (0, 0, 0, 0), True
    return (hour, minute, second, micro), False


def printed_zone(m: re.Match[str]) -> str | None:
    """The zone a TIME_RE match prints, before or after its part of day."""
    return m.group("z") or m.group("z2")


def _month_day_ok(year: int | None, month: int, day: int) -> bool:
    """Whether the printed numbers name a real day (any leap year when the year is unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _year(token: str | None) -> tuple[int | None, bool]:
    """The year a printed token names; 2-digit years follow POSIX %y (69-99 → 19xx)."""
    if not token:
        return None, False
    digits = token.lstrip("'’")
    if len(digits) == 2:
        yy = int(digits)
        return (1900 + yy if yy >= 69 else 2000 + yy), True
    return int(digits), False


def _core(m: re.Match[str], kind: str) -> Mention | None:
    """The printed parts of one core match, or None when the numbers are not a day."""
    gd = m.groupdict()
    if kind == "mon":
        month = v.MONTHS.get(gd["mon"].lower().rstrip("."))
    elif kind == "num":
        month = int(gd["m1"] or gd["m2"])
    else:
        month = int(gd["m"])
    if month is None:
        return None
    year, two = _year(gd.get("y"))
    if year is None and kind == "mon" and v.BAD_YEAR_RE.match(m.string, m.end()):
        return None  # a year no news date has: no date, not this year's
    if kind == "num" and gd["s"] == "." and two:
        return None  # "10.30.45" is a clock, not a date
    day = int(gd["d"])
    month_first = False
    if not _month_day_ok(year, month, day):
        if not (kind == "num" and gd["s"] is None and _month_day_ok(year, day, month)):
            return None
        month, day, month_first = day, month, True
    found = Mention(m.start(), m.end(), year, month, day, month_first=month_first)
    if kind == "iso":
        if gd["H"] is not None:
            found.time, found.next_day = _clock(m)
            if found.time is None:
                return None
        if gd["sep"] and gd["sep"].upper() in v.ZONES:
            found.zone = v.ZONES[gd["sep"].upper()]
    if kind == "paren":
        found.paren = True
        found.weekday_text = gd["wd"]
        found.weekday = _weekday(gd["wd"])
        found.part = gd["part"]
    return found


def _day_order(found: Mention) -> bool:
    """Put a numeric date's day and month in the order its printed weekday confirms;
    False for a month-first-only date ("01/15/2024") no weekday confirms (drop it).

    Day first is the rule ("09/01/2024" is 9 January), but some software prints the
    month first with the weekday before it: Drupal's default "medium" format is
    ``D, m/d/Y - H:i`` ("Sel, 01/09/2024 - 10:12" is Tuesday 9 January, and 1 September
    2024 was a Sunday), kept by many Indonesian Drupal sites. A weekday that fits only
    the month-first reading decides it; it never moves the numbers otherwise.

    Only an abbreviated weekday outside brackets (Drupal's ``D``) may turn a date that
    reads day first month first. A full name, or the "Senin (12/1/2024)" convention, is
    an Indonesian writer's, day first: a wrong one ("Minggu (12/1/2024)", 12 January was
    a Friday, 1 December a Sunday) stays a weekday conflict, not a date moved by months.
    """
    year, weekday = found.year, found.weekday
    if year is None or weekday is None:
        return not found.month_first

    def fits(month: int, day: int) -> bool:
        return _month_day_ok(year, month, day) and date(year, month, day).weekday() == weekday

    if found.month_first:
        return fits(found.month, found.day)
    if found.paren or not _abbreviated(found.weekday_text):
        return True
    if not fits(found.month, found.day) and fits(found.day, found.month):
        found.month, found.day = found.day, found.month
    return True


def _abbreviated(word: str | None) -> bool:
    """Whether a printed weekday is a short form ("Sel", "Tue."), as software prints it."""
    key = re.sub(r"[\s'’`.]", "", (word or "").lower())
    return key in v.WEEKDAY_ABBREVIATIONS and key not in v.WEEKDAYS


def _weekday(word: str) -> int | None:
    """The weekday number of a printed name, tolerant of "Jum'at" and case."""
    key = re.sub(r"[\s'’`.]", "", word.lower())
    if key in v.WEEKDAYS:
        return v.WEEKDAYS[key]
    return v.WEEKDAY_ABBREVIATIONS.get(key)


_CORES: tuple[tuple[re.Pattern[str], str], ...] = (
    (v.ISO_RE, "iso"),
    (v.PAREN_RE, "paren"),
    (v.NUM_RE, "num"),
    (v.TXT_RE, "mon"),
    (v.MDY_RE, "mon"),
)


def _extend(text: str, found: Mention, kind: str, lo: int, hi: int) -> None:
    """Grow a core match over its weekday, brackets, trailing words, time and zone.

    ``lo``/``hi`` are the neighbouring mentions' edges: a mention never swallows another.
    """
    start, end = found.start, found.end
    if kind == "iso":
        z = v.ZONE_AFTER_RE.match(text, end)
        if z and found.time is not None:
            found.zone, found.utc_printed = _zone(z.group("z"))
            end = z.end()
    if kind in ("num", "mon"):
        p = v.PREFIX_RE.search(text, max(lo, start - _PREFIX_WINDOW), start)
        if p:
            word = p.group("wd") or p.group("wda")
            found.weekday, found.weekday_text = _weekday(word), word
            found.part = p.group("part")
            start = p.start()
        if (p and p.group("paren")) or v.BARE_PAREN_RE.search(text, max(lo, start - 3), start):
            close = v.CLOSE_PAREN_RE.match(text, end)
            if close:
                found.paren, end = True, close.end()
    if found.paren:
        trail = v.TRAIL_RE.match(text, end)
        if trail and trail.end() <= hi:
            found.part = found.part or trail.group("part")
            end = trail.end()
    if found.time is None:
        glue = v.GLUE_RE.match(text, end, hi)
        if glue.end() - end <= _GLUE_MAX:
            t = v.TIME_RE.match(text, glue.end(), hi)
            if t:
                clock, nxt = _clock(t)
                if clock is not None:
                    found.time, found.next_day = clock, nxt
                    found.zone, found.utc_printed = _zone(printed_zone(t))
                    end = t.end()
    if found.time is None:
        _time_before(text, found, max(lo, start - _BACK_TIME_WINDOW), start)
    found.start, found.end = start, end


def _time_before(text: str, found: Mention, lo: int, start: int) -> None:
    """Take a time printed just before the date ("14:30 WIB, Jumat 10 Nov 2023")."""
    last = None
    for t in v.TIME_RE.finditer(text, lo, start):
        last = t
    # Unmistakably a time: with its zone, its pukul/jam/at word or its AM/PM ("Updated:
    # Sat 8:31 PM, Feb 17, 2018": read through the "at" of "Sat" until that word had to
    # start a word of its own).
    if last is None or not (printed_zone(last) or last.group(0)[:1].isalpha() or last.group("ap")):
        return
    gap = v.BACK_GLUE_RE.match(text, last.end(), start)
    if gap.end() != start:
        return
    clock, nxt = _clock(last)
    if clock is not None:
        found.time, found.next_day = clock, nxt
        found.zone, found.utc_printed = _zone(printed_zone(last))


# The cores whose matches start with a digit that no letter or digit precedes (their
# lookbehind says so): the first digit of a run of digits.
_DIGIT_LED = frozenset({v.ISO_RE, v.NUM_RE, v.TXT_RE})
_DIGIT_RUN = re.compile(r"\d+")


def _led(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at one of ``starts``
    (where its lookbehind lets a match begin): tried there alone. ``re`` tries a
    pattern that opens with a lookbehind at every position of the text, some 400
    instructions a character; a date can begin at few of them. (Not for the relative
    dates: a word can begin one, and a call a word cost more than the scan.)"""
    found = []
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def scan(text: str) -> list[Found]:
    """Every date mention in ``text``, in order, absolute and relative, never overlapping."""
    raw: list[tuple[int, int, int, re.Match[str], str]] = []
    starts = [m.start() for m in _DIGIT_RUN.finditer(text)]
    for rank, (pattern, kind) in enumerate(_CORES):
        if pattern is v.PAREN_RE and not v.PAREN_TAIL_RE.search(text):
            continue  # no "(10/11)": no weekday-and-bracket date either
        if pattern is v.MDY_RE and not v.MDY_TAIL_RE.search(text):
            continue  # no day and year after a month: no month-first date
        matches = _led(pattern, text, starts) if pattern in _DIGIT_LED else pattern.finditer(text)
        for m in matches:
            raw.append((m.start(), -(m.end() - m.start()), rank, m, kind))
    raw.sort(key=lambda r: (r[0], r[1], r[2]))
    cores: list[tuple[Mention, str]] = []
    last_end = 0
    for start, _, _, m, kind in raw:
        if start < last_end:
            continue
        if kind == "num" and v.NUMBERING_RE.search(text, max(0, start - 12), start):
            continue  # "UU No 12/11/2023" numbers a law, it does not date it
        found = _core(m, kind)
        if found is not None:
            cores.append((found, kind))
            last_end = m.end()
    out: list[Found] = []
    prev_end = 0
    for i, (found, kind) in enumerate(cores):
        nxt = cores[i + 1][0].start if i + 1 < len(cores) else len(text)
        _extend(text, found, kind, prev_end, nxt)
        if kind == "num" and not _day_order(found):
            continue
        prev_end = found.end
        out.append(found)
    rel = _relatives(text, [(f.start, f.end) for f in out])
    if rel:
        out.extend(rel)
        out.sort(key=lambda f: f.start)
    return out


def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps none of the taken spans."""
    return all(end <= s or start >= e for s, e in spans)


def _relatives(text: str, taken: list[tuple[int, int]]) -> list[Relative]:
    """Relative mentions outside the absolute ones ("selasa (31/5) kemarin" is one date)."""
    out: list[Relative] = []
    for m in v.REL_RE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        n = 1 if m.group("se") else _count(m.group("n"))
        unit = m.group("u").lower()
        key = unit if unit in v.UNITS else unit.rstrip("s")
        kind, amount = v.UNITS.get(key, ("s", 0))
        if not amount or n > 10_000:
            continue
        rel = Relative(m.start(), m.end())
        if kind == "m":
            rel.months = n * amount
        else:
            rel.seconds = n * amount
        out.append(rel)
    for m in v.NAMED_RE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        word = " ".join(m.group("w").lower().split())
        rel = Relative(m.start(), m.end(), named=True)
        if word in ("baru saja", "barusan", "just now"):
            rel.named, rel.now = False, True
        elif word == "kemarin lusa":
            rel.days = -2
        elif word in ("kemarin", "kemaren", "yesterday"):
            rel.days = -1
        elif word in ("besok", "tomorrow"):
            rel.days = 1
        if rel.named:
            glue = v.NAMED_GLUE_RE.match(text, m.end())
            t = v.TIME_RE.match(text, glue.end()) if glue.end() - m.end() <= _GLUE_MAX else None
            if t:
                clock, nxt = _clock(t)
                if clock is not None:
                    rel.time, rel.next_day = clock, nxt
                    rel.zone, rel.utc_printed = _zone(printed_zone(t))
                    rel.end = t.end()
        out.append(rel)
    return out


def _count(word: str) -> int:
    """The number a digit string or a counting word stands for."""
    return int(word) if word.isdigit() else v.NUMBER_WORDS.get(word.lower(), 0)


def clock_only(text: str) -> tuple[tuple[int, int, int, int], tzinfo | None] | None:
    """The first unmistakable time of day in ``text`` ("pukul 07.30 WIT", "14:30 WIB").

    A bare "10.30" is as likely a price or a score, so a time counts only with a
    "pukul/jam" word, a printed zone or a colon.
    """
    for t in v.TIME_RE.finditer(text):
        if not (printed_zone(t) or t.group(0)[:1].isalpha() or t.group("hs") == ":"):
            continue
        clock, _ = _clock(t)
        if clock is not None:
            return clock, _zone(printed_zone(t))[0]
    return None
