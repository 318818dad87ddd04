"""Tests for scraper.dates: the dev set, hand-made cases per family, properties."""

from __future__ import annotations

import csv
import dataclasses
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.dates import (
    ZONE_OFFSETS,
    FoundDate,
    find_dates,
    parse_date,
    parse_time,
    to_iso,
)
from scraper.dates._api import _context, _find, _parse

DEV_TSV = Path(__file__).parent / "data" / "id_dates_dev.tsv"
WITA = timezone(timedelta(hours=8))
WIB = timezone(timedelta(hours=7))
# The founding article: published 2023-11-12 19:54:28 WITA.
REF = datetime(2023, 11, 12, 19, 54, 28, tzinfo=WITA)

# What a site definition would tell the parser about the dev-set sources (zone and
# whether its "Z" can be trusted): the TSV has no column for it, its notes do.
SITE_PROFILES: dict[str, tuple[str, bool]] = {
    "nusabali": ("Asia/Makassar", True),  # Bali: WITA
    "jpnn": ("Asia/Jakarta", True),
    "tribunnews": ("Asia/Jakarta", True),  # aceh.tribunnews prints WIB wall clock
    "liputan6": ("Asia/Jakarta", True),
    "/detik/": ("Asia/Jakarta", False),  # meta pubdate "...Z" is WIB wall clock
}

# Dev rows whose expected value the test believes is wrong, with the reason. None.
DEV_XFAIL: dict[str, str] = {}


def _profile(source: str) -> tuple[str | None, bool]:
    """The (tz, trust_utc) a spider would pass for a dev-set source."""
    for needle, profile in SITE_PROFILES.items():
        if needle in source:
            return profile
    return None, True


def _reference(text: str) -> date | datetime | None:
    """A TSV reference: empty, a date, or an ISO datetime."""
    if not text:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _dev_rows() -> list[dict[str, str]]:
    with DEV_TSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


DEV_ROWS = _dev_rows()


def test_dev_set_is_complete() -> None:
    assert len(DEV_ROWS) == 95
    assert all(row["text"] and row["expected_iso"] for row in DEV_ROWS)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            id=f"{i:02d}-{row['family']}",
            marks=[pytest.mark.xfail(reason=DEV_XFAIL[row["text"]], strict=True)]
            if row["text"] in DEV_XFAIL
            else [],
        )
        for i, row in enumerate(DEV_ROWS)
    ],
)
def test_dev_set(row: dict[str, str]) -> None:
    tz, trust_utc = _profile(row["source"])
    reference = _reference(row["reference_date"])
    if row["family"] == "time_only":
        # A time with no day is not a date: parse_date says None, parse_time has it.
        assert parse_date(row["text"], reference=reference, tz=tz) is None
        got = parse_time(row["text"])
        assert got is not None
        assert got.isoformat(timespec="minutes") == row["expected_iso"]
        return
    value = parse_date(row["text"], reference=reference, tz=tz, trust_utc=trust_utc)
    assert value is not None, row["text"]
    assert to_iso(value) == row["expected_iso"], row["text"]
    # A value with a time is a datetime; a bare day is a date, never midnight.
    assert isinstance(value, datetime) == ("T" in row["expected_iso"])


# (text, reference, tz, trust_utc, expected ISO or None) — hand-made, one family at a time.
EXTRA: list[tuple[str, date | datetime | None, str | None, bool, str | None]] = [
    # page headers, with the noise around them
    ("Jumat, 10 November 2023 14:30 WIB", None, None, True, "2023-11-10T14:30:00+07:00"),
    ("Jumat, 10 Nov 2023 14:30 WIB", None, "Asia/Makassar", True, "2023-11-10T14:30:00+07:00"),
    (
        "Penulis: Budi | Kompas.com - 10/11/2023, 14:30 WIB | 1.229 Views",
        None,
        None,
        True,
        "2023-11-10T14:30:00+07:00",
    ),
    (
        "Wednesday, 04 November, 2015 | 07:28 WIB",
        None,
        None,
        True,
        "2015-11-04T07:28:00+07:00",
    ),
    ("Selasa, 23 Februari 2016 14.49 WIB", None, None, True, "2016-02-23T14:49:00+07:00"),
    ("12 Jul 2026 19:37:24", None, None, True, "2026-07-12T19:37:24"),
    ("Jumat, 10 Nov 2023 14:30", REF, None, True, "2023-11-10T14:30:00+08:00"),
    ("14:30 WIB, Jumat 10 Nov 2023", None, None, True, "2023-11-10T14:30:00+07:00"),
    ("Diposting oleh Admin pada Senin, 26 Februari 2024", None, None, True, "2024-02-26"),
    ("Senin, 1 Juni 2020 - 15:20 WIB", None, None, True, "2020-06-01T15:20:00+07:00"),
    # numeric dates are day first
    ("06/07/2023", None, None, True, "2023-07-06"),
    ("6-7-2023", None, None, True, "2023-07-06"),
    ("31/12/2023 23:59", None, None, True, "2023-12-31T23:59:00"),
    ("10.11.2023", None, None, True, "2023-11-10"),
    ("12 Nov 23 14:30 WIB", None, None, True, "2023-11-12T14:30:00+07:00"),
    # month names: Indonesian, English, old spellings, short forms, weekday spellings
    ("5 Pebruari 2020", None, None, True, "2020-02-05"),
    ("5 Peb 2020", None, None, True, "2020-02-05"),
    ("17 Agu 2024", None, None, True, "2024-08-17"),
    ("17 Ags 2024", None, None, True, "2024-08-17"),
    ("1 Okt 2023", None, None, True, "2023-10-01"),
    ("25 Des 2023", None, None, True, "2023-12-25"),
    ("10 Sept 2023", None, None, True, "2023-09-10"),
    ("Jum'at, 10 Nov 2023", None, None, True, "2023-11-10"),
    ("Ahad, 12 Nopember 2023", None, None, True, "2023-11-12"),
    ("17 Agustus", date(2024, 3, 1), None, True, "2023-08-17"),
    # times, ranges, parts of day
    ("Senin (13/11) pukul 10.30 wita", REF, None, True, "2023-11-13T10:30:00+08:00"),
    ("Jumat (10/11) 19:00 - 21:00 WITA", REF, None, True, "2023-11-10T19:00:00+08:00"),
    ("Jumat (10/11) malam", REF, None, True, "2023-11-10"),
    ("Jumat subuh (10/11)", REF, None, True, "2023-11-10"),
    ("Jumat (10/11) pukul 08.00 malam", REF, None, True, "2023-11-10T20:00:00+08:00"),
    ("Jumat, 10 Nov 2023 pukul 24.00 WIB", None, None, True, "2023-11-11T00:00:00+07:00"),
    ("Jumat (10/11) pukul 3.00 sore", REF, None, True, "2023-11-10T15:00:00+08:00"),
    # an hour and a part of day, no minutes (helper-106): after a pukul/jam word only
    (
        "Jumat, 10 November 2023 pukul 7 malam WITA",
        None,
        "Asia/Jakarta",
        True,
        "2023-11-10T19:00:00+08:00",
    ),
    ("Jumat (10/11) sekitar pukul 10 pagi", REF, None, True, "2023-11-10T10:00:00+08:00"),
    ("Jumat, 10 Nov 2023 jam 2 siang", None, "Asia/Jakarta", True, "2023-11-10T14:00:00+07:00"),
    ("Jumat, 10 Nov 2023 jam 1 malam", None, "Asia/Jakarta", True, "2023-11-10T01:00:00+07:00"),
    ("Jumat, 10 Nov 2023 jam 12 malam", None, "Asia/Jakarta", True, "2023-11-10"),
    ("Jumat, 10 Nov 2023 pukul 7 WIB", None, None, True, "2023-11-10"),
    ("Jumat, 10 Nov 2023 jam 12 dini hari", None, "Asia/Jakarta", True, "2023-11-10"),
    ("Jumat, 10 Nov 2023 pukul 12.00 malam", None, "Asia/Jakarta", True, "2023-11-10"),
    ("Jumat, 10 Nov 2023 pukul 12.30 dini hari", None, "Asia/Jakarta", True, "2023-11-10"),
    ("Jumat, 10 Nov 2023 pukul 12.00 tengah malam", None, "Asia/Jakarta", True, "2023-11-10"),
    ("Jumat, 10 Nov 2023 pukul 11 tengah malam WIB", None, None, True, "2023-11-10T23:00:00+07:00"),
    (
        "Jumat, 10 Nov 2023 pukul 23.30 tengah malam WIB",
        None,
        None,
        True,
        "2023-11-10T23:30:00+07:00",
    ),
    ("Jumat, 10 Nov 2023 pukul 12.30 siang WIB", None, None, True, "2023-11-10T12:30:00+07:00"),
    ("Jumat, 10 Nov 2023 pukul 5 subuh", None, "Asia/Jakarta", True, "2023-11-10T05:00:00+07:00"),
    ("Jumat, 10 Nov 2023, 2 jam sore", None, "Asia/Jakarta", True, "2023-11-10"),
    # a zone printed after the part of day is the time's (it was ignored for the site's)
    (
        "Jumat, 10 Nov 2023 pukul 07.30 malam WITA",
        None,
        "Asia/Jakarta",
        True,
        "2023-11-10T19:30:00+08:00",
    ),
    ("10 Nov 2023 02:30 PM", None, None, True, "2023-11-10T14:30:00"),
    ("Updated: Sat 8:31 PM, Feb 17, 2018", None, None, True, "2018-02-17T20:31:00"),
    # zones: printed wins, offsets, ISO meta values
    ("10 Nov 2023 14:30 WIT", None, "Asia/Jakarta", True, "2023-11-10T14:30:00+09:00"),
    ("10 Nov 2023 14:30 wita", None, None, True, "2023-11-10T14:30:00+08:00"),
    ("2023-11-12T19:54:28+08:00", None, "Asia/Jakarta", True, "2023-11-12T19:54:28+08:00"),
    ("2023-11-12 11:54:28", None, None, True, "2023-11-12T11:54:28"),
    ("2023-11-12 11:54:28", None, "Asia/Makassar", True, "2023-11-12T11:54:28+08:00"),
    ("Mon, 03 Aug 2026 14:03:28 GMT", None, None, True, "2026-08-03T14:03:28+00:00"),
    ("10 Nov 2023 14:30 GMT+7", None, None, True, "2023-11-10T14:30:00+07:00"),
    # body dates with a weekday and no year: nearest year, not after the reference
    ("jumat sore (10/11)", REF, None, True, "2023-11-10"),
    ("Senin (13/11)", REF, None, True, "2023-11-13"),
    ("Rabu (14/2) petang", datetime(2024, 2, 15, 9, 0), None, True, "2024-02-14"),
    ("Jumat (29/12)", date(2024, 1, 2), None, True, "2023-12-29"),
    ("Kamis (29/2)", date(2025, 3, 1), None, True, "2024-02-29"),
    ("Kamis (08/05/25)", None, None, True, "2025-05-08"),
    ("Kamis ( 9/11/23)", None, None, True, "2023-11-09"),
    # relative, in the reference's zone
    ("2 jam yang lalu", REF, None, True, "2023-11-12T17:54:28+08:00"),
    ("10 Menit yang lalu", REF, None, True, "2023-11-12T19:44:28+08:00"),
    ("kemarin, 15:20", REF, None, True, "2023-11-11T15:20:00+08:00"),
    ("Kemarin 15.20", REF, None, True, "2023-11-11T15:20:00+08:00"),
    ("baru saja", REF, None, True, "2023-11-12T19:54:28+08:00"),
    ("3 minggu yang lalu", REF, None, True, "2023-10-22T19:54:28+08:00"),
    ("4 bulan lalu", REF, None, True, "2023-07-12T19:54:28+08:00"),
    ("sejam yang lalu", REF, None, True, "2023-11-12T18:54:28+08:00"),
    ("3 hari lalu", date(2023, 11, 12), None, True, "2023-11-09"),
    (
        "2 hours ago",
        datetime(2023, 11, 12, 12, 0),
        "Asia/Jakarta",
        True,
        "2023-11-12T10:00:00+07:00",
    ),
    ("1 bulan lalu", datetime(2024, 3, 31, 8, 0), None, True, "2024-02-29T08:00:00"),
    ("kemarin lusa", REF, None, True, "2023-11-10"),
    ("hari ini", REF, None, True, "2023-11-12"),
    # platform formats and the known lie
    ("Nov 10, 2023", None, None, True, "2023-11-10"),
    ("Mei 2, 2024", None, None, True, "2024-05-02"),
    ("2023-11-12T11:54:28", None, "UTC", True, "2023-11-12T11:54:28+00:00"),
    ("2015-11-05 T10:08:58Z", None, None, True, "2015-11-05T10:08:58+00:00"),
    ("2015-11-05 T10:08:58Z", None, None, False, "2015-11-05T10:08:58"),
    ("2015-11-05T10:08:58+00:00", None, "Asia/Jakarta", False, "2015-11-05T10:08:58+07:00"),
    # the long tail goes to dateparser
    ("10th of November 2023", None, None, True, "2023-11-10"),
    # not dates
    ("Pemilu 2024", REF, None, True, None),
    ("Tahun 2024", REF, None, True, None),
    ("HUT ke-78", REF, None, True, None),
    ("0812-3456-7890", REF, None, True, None),
    ("Pasal 363 KUHP", REF, None, True, None),
    ("UU No 1/2023", REF, None, True, None),
    ("Nomor 12/11/2023", REF, None, True, None),
    ("pukul 10.00", REF, None, True, None),
    ("Pukul 07.30 WIT", REF, None, True, None),
    ("Rp 1.500.000", REF, None, True, None),
    ("Skor 2-1", REF, None, True, None),
    ("31/02/2023", REF, None, True, None),
    ("November 2023", REF, None, True, None),
    ("10.30", REF, None, True, None),
    ("", REF, None, True, None),
]


@pytest.mark.parametrize(("text", "reference", "tz", "trust_utc", "expected"), EXTRA)
def test_extra_cases(
    text: str,
    reference: date | datetime | None,
    tz: str | None,
    trust_utc: bool,
    expected: str | None,
) -> None:
    value = parse_date(text, reference=reference, tz=tz, trust_utc=trust_utc)
    assert (None if value is None else to_iso(value)) == expected


def test_extra_cases_cover_enough() -> None:
    assert len(EXTRA) >= 40


def test_founding_article() -> None:
    assert parse_date("jumat sore (10/11)", reference=REF) == date(2023, 11, 10)


@pytest.mark.parametrize("bad", [None, 12, b"10/11/2023", ["10/11/2023"], object()])
def test_non_strings_give_none(bad: object) -> None:
    assert parse_date(bad) is None
    assert find_dates(bad) == []
    assert parse_time(bad) is None


def test_bad_reference_and_zone_do_not_raise() -> None:
    assert parse_date("10 Nov 2023", reference="2023-11-12") is None  # type: ignore[arg-type]
    assert to_iso(parse_date("10 Nov 2023 14:30", tz="Mars/Olympus")) == "2023-11-10T14:30:00"


def test_weekday_conflicts_are_recorded() -> None:
    (found,) = find_dates("Senin (20/5/2018)")
    assert found.value == date(2018, 5, 20)
    assert found.conflict is not None and "Minggu" in found.conflict
    (ok,) = find_dates("Minggu (20/5/2018)")
    assert ok.conflict is None
    # No nearby year puts 15/11 on a Wednesday without going past the reference.
    (yearless,) = find_dates("Rabu (15/11)", reference=REF)
    assert yearless.value == date(2022, 11, 15) and yearless.conflict is not None


def test_a_weekday_is_a_word_of_its_own() -> None:
    """The end of a word was read as a weekday before a date: "min" (Minggu) of "Admin"
    put a byline's name into its date ("Posted by Admin, Januari 12, 2024": "min, Januari
    12, 2024", a Sunday that conflicts), and made "Kasmin, 01/07/2024" a month-first date
    on a Sunday (7 January); "seminggu (10/11)" was a Sunday's date."""
    found = find_dates("Posted by Admin, Januari 12, 2024")
    assert [(f.surface, f.value, f.conflict) for f in found] == [
        ("Januari 12, 2024", date(2024, 1, 12), None)
    ]
    assert [f.value for f in find_dates("Kasmin, 01/07/2024")] == [date(2024, 7, 1)]
    assert find_dates("Pada seminggu (10/11) lalu", reference=REF) == []
    # A weekday of its own still belongs to its date.
    assert [f.surface for f in find_dates("Admin, Min, 14 Jan 2024")] == ["Min, 14 Jan 2024"]


def test_find_dates_in_running_text() -> None:
    text = (
        "Kapolres menggelar ngopi bareng bertempat di Fellas Coffe jumat sore (10/11). "
        "Hubungi 0812-3456-7890 sesuai Pasal 363 KUHP dan UU No 1/2023 jelang Pemilu 2024 "
        "dan HUT ke-78. Tahun 2024 nanti. Kegiatan lanjut pada Senin (13/11) pukul 09.00 WITA."
    )
    found = find_dates(text, reference=REF)
    assert [(f.surface, to_iso(f.value), f.kind) for f in found] == [
        ("jumat sore (10/11)", "2023-11-10", "event"),
        ("Senin (13/11) pukul 09.00 WITA", "2023-11-13T09:00:00+08:00", "event"),
    ]
    for f in found:
        assert text[f.start : f.end] == f.surface


def test_find_dates_kinds() -> None:
    (header,) = find_dates("Kompas.com - 10/10/2017, 13:37 WIB")
    assert header.kind == "published"
    (stamp,) = find_dates("Diterbitkan 12 Nov 2023")
    assert stamp.kind == "published"
    (updated,) = find_dates("Diperbarui 12 Nov 2023 19:54 WITA")
    assert updated.kind == "other"
    (plain,) = find_dates("Jumat, 10 November 2023")
    assert plain.kind == "other"
    (prose,) = find_dates("Acara digelar pada 9 Desember 2023 di Pelaihari.")
    assert prose.kind == "event"
    (ago,) = find_dates("2 jam yang lalu", reference=REF)
    assert ago.kind == "published"


def test_narrative_kemarin_is_part_of_the_date() -> None:
    found = find_dates("selasa (31/5) kemarin", reference=date(2022, 5, 31))
    assert [(f.surface, f.value) for f in found] == [("selasa (31/5) kemarin", date(2022, 5, 31))]


def test_found_date_is_frozen() -> None:
    (found,) = find_dates("10 Nov 2023")
    assert isinstance(found, FoundDate)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.kind = "event"  # type: ignore[misc]


def test_parse_time_and_to_iso() -> None:
    assert parse_time("pukul 10.30 wita") == time(10, 30, tzinfo=timezone(timedelta(hours=8)))
    assert parse_time("10.30") is None  # a bare number with a dot may be a price
    assert to_iso(date(2023, 11, 10)) == "2023-11-10"
    assert to_iso(datetime(2023, 11, 10, 14, 30, tzinfo=WIB)) == "2023-11-10T14:30:00+07:00"
    with pytest.raises(TypeError):
        to_iso("2023-11-10")  # type: ignore[arg-type]


def test_zone_offsets() -> None:
    expected = {"WIB": timedelta(hours=7), "WITA": timedelta(hours=8), "WIT": timedelta(hours=9)}
    assert expected == ZONE_OFFSETS
    value = parse_date("10 Nov 2023 14:30 WITA")
    assert isinstance(value, datetime) and value.tzname() == "WITA"


def test_import_is_cheap() -> None:
    code = "import sys, scraper.dates; print('dateparser' in sys.modules)"
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


# ---- properties -------------------------------------------------------------------

_TOKENS = [
    "Senin", "selasa", "Jum'at", "Minggu", "Ahad", "Mon,", "pagi", "malam", "sore",
    "(", ")", "/", ",", "|", "-", ":", ".", "10", "31", "29", "2", "12", "24", "00",
    "2023", "1945", "23", "10/11", "29/2", "31/12/2023", "24:00", "14.30", "23:59:59",
    "Nopember", "Peb", "Mei", "Des", "December", "WIB", "wita", "WIT", "Z", "+07:00",
    "+0700", "GMT+7", "T", "pukul", "jam", "yang", "lalu", "kemarin", "baru saja", "hari ini",
    "menit", "bulan", "tahun", "sehari", "ago", "2023-11-12T19:54:28", "9999-12-31",
    "0001-01-01", "Pasal", "No", "0812-3456-7890", "tanggal", "at", "pm",
]  # fmt: skip
_datey_text = st.lists(st.sampled_from(_TOKENS), max_size=12).map(" ".join)
_offsets = st.integers(min_value=-14 * 60 + 1, max_value=14 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
_naive = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31))
_references = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    _naive,
    st.builds(lambda d, z: d.replace(tzinfo=z), _naive, _offsets),
)
_zones = st.sampled_from([None, "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=60), _datey_text), reference=_references, tz=_zones)
def test_never_raises(text: str, reference: date | None, tz: str | None) -> None:
    # The unguarded internals: the public functions' safety net would hide a bug.
    ctx = _context(reference, tz, True)
    assert ctx is not None
    _parse(text, ctx)
    for found in _find(text, ctx):
        assert text[found.start : found.end] == found.surface


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


_past_text = st.one_of(
    st.builds(
        "{} ({}/{})".format,
        st.sampled_from(["Senin", "selasa", "Rabu", "Kamis", "jumat sore", "Sabtu", "Minggu"]),
        st.integers(1, 31),
        st.integers(1, 12),
    ),
    st.builds(
        "{} {}".format,
        st.integers(1, 31),
        st.sampled_from(["Januari", "Peb", "Mei", "Agustus", "Nopember", "Des"]),
    ),
    st.builds(
        "{} {} yang lalu".format,
        st.integers(0, 500),
        st.sampled_from(["detik", "menit", "jam", "hari", "minggu", "bulan", "tahun"]),
    ),
    st.sampled_from(["kemarin", "kemarin 23:59", "baru saja", "sehari yang lalu"]),
)
_refs_1950_2090 = st.one_of(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 12, 31)),
    st.builds(
        lambda d, z: d.replace(tzinfo=z),
        st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 12, 31)),
        _offsets,
    ),
)


@settings(max_examples=300, deadline=None)
@given(text=_past_text, reference=_refs_1950_2090)
def test_past_dates_are_not_after_the_reference(text: str, reference: date) -> None:
    for found in find_dates(text, reference=reference):
        assert _day(found.value) <= _day(reference) + timedelta(days=1), (text, found)
    value = parse_date(text, reference=reference)
    # A time ago always names a moment; a weekday with a day that does not exist
    # ("Senin (31/2)") names none.
    if text.endswith("lalu") or text.startswith(("kemarin", "baru saja")):
        assert value is not None, text
    if value is not None:
        assert _day(value) <= _day(reference) + timedelta(days=1)


_values = st.one_of(
    st.dates(),
    st.datetimes(),
    st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(), _offsets),
)


@settings(max_examples=300, deadline=None)
@given(value=_values)
def test_iso_round_trip(value: date) -> None:
    back = parse_date(to_iso(value))
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, datetime):
        assert back.utcoffset() == value.utcoffset()
        assert back.replace(tzinfo=None) == value.replace(tzinfo=None)


@pytest.mark.parametrize("text", ["1 jam", "1 menit", "0 bulan", "3 hari", "2 weeks"])
def test_bare_durations_are_not_dates(text):
    assert parse_date(text, reference=datetime(2023, 11, 12, tzinfo=timezone.utc)) is None


# --- European and English visible formats (issue 10) ----------------------------------

CET = timezone(timedelta(hours=1))
EUROPEAN: list[tuple[str, str]] = [
    ("Samstag, 19. Juli 2014", "2014-07-19"),
    ("16.12.2012", "2012-12-16"),
    ("July 19, 2014", "2014-07-19"),
    ("19 July 2014", "2014-07-19"),
    ("Donnerstag, 15.2.2018, 19:51", "2018-02-15T19:51:00"),
    ("Mittwoch, 20. Februar 2019,  14:45 Uhr", "2019-02-20T14:45:00"),
    ("Erstellt am Dienstag 6. Mai 2014 um 23:30", "2014-05-06T23:30:00"),
    ("Sonntag, Dezember 16th, 2012, 7:05 pm", "2012-12-16T19:05:00"),
    ("Mär 12, 2018", "2018-03-12"),
    ("jeudi 27 juin 2019", "2019-06-27"),
    ("1er juin 2019", "2019-06-01"),
    ("5 mars 2020 à 14:30", "2020-03-05T14:30:00"),
    ("17 de febrero de 2020", "2020-02-17"),
    ("02 Novembre 2023", "2023-11-02"),
    ("November 8, 2023 at 5:49 p.m.", "2023-11-08T17:49:00"),
    ("Nov 8, 2023 / 10:35 PM PST", "2023-11-08T22:35:00-08:00"),
    ("6. November 2023, 15:25 Uhr MEZ", "2023-11-06T15:25:00+01:00"),
]


@pytest.mark.parametrize(("text", "expected"), EUROPEAN)
def test_european_and_english_formats(text: str, expected: str) -> None:
    assert to_iso(parse_date(text, reference=REF, reference_zone=False)) == expected


def test_foreign_zone_names_are_printed_zones_but_indonesian_ones_stay_first() -> None:
    value = parse_date("10:08 CET, 5 Nov 2015")
    assert value == datetime(2015, 11, 5, 10, 8, tzinfo=CET)
    assert parse_date("5 Nov 2015 10:08 WITA").utcoffset() == timedelta(hours=8)
    # "CST" and "IST" name several zones: the time stays without one.
    assert parse_date("5 Nov 2015 10:08 CST").tzinfo is None


def test_reference_zone_can_be_kept_out_of_naive_values() -> None:
    fetched = datetime(2026, 11, 28, tzinfo=timezone.utc)
    # Default: a naive value takes an aware reference's zone (a body date, whose
    # reference is the publication time).
    assert parse_date("2023-11-12 11:54:28", reference=fetched).tzinfo is timezone.utc
    # A page's own value must not take the crawler's clock zone.
    naive = parse_date("2023-11-12 11:54:28", reference=fetched, reference_zone=False)
    assert naive == datetime(2023, 11, 12, 11, 54, 28)
    assert find_dates("Senin, 13/11/2023 10:05", reference=fetched, reference_zone=False)[
        0
    ].value == datetime(2023, 11, 13, 10, 5)
    # Relative stamps still count back from the reference, in its zone.
    ago = parse_date("2 jam yang lalu", reference=fetched, reference_zone=False)
    assert ago == fetched - timedelta(hours=2)


def test_fallback_parser_can_be_switched_off() -> None:
    assert parse_date("12th of Nov. 2023", fallback_parser=False) is None


def test_found_dates_say_when_they_are_relative() -> None:
    found = find_dates("Diposting 2 jam yang lalu, kejadian Senin (13/11/2023)", reference=REF)
    assert [f.relative for f in found] == [True, False]


def test_mars_is_a_month_only_beside_a_day() -> None:
    # Indonesian "Mars" is an anthem; only "<day> mars <year>" is March.
    assert find_dates("Peserta menyanyikan Mars Bhayangkara 2024.", reference=REF) == []


def test_paren_dates_survive_the_bracket_prefilter():
    """scan() skips the weekday-and-bracket pattern when a text has no "(d/m)": every
    form that pattern reads must also hold the bracket the prefilter looks for."""
    from scraper.dates import _vocab as v
    from scraper.dates._scan import scan

    forms = [
        "Jumat (10/11)",
        "jumat sore (10/11)",
        "JUM'AT PAGI ( 3 / 2 )",
        "Jum’at dini hari (3/2)",
        "Selasa\n(31/5)",
        "Kamis\u00a0(\u0661/\u0662)",  # digits of another script: \d matches them in both
    ]
    for form in forms:
        match = v.PAREN_RE.search(form)
        assert match is not None, form
        assert v.PAREN_TAIL_RE.search(match.group(0)), form
        found = scan(f"Polres Tala menggelar apel pada {form} di halaman Mapolres.")
        assert [f.start for f in found] == [len("Polres Tala menggelar apel pada ")], form
    assert scan("Apel digelar Jumat pagi di halaman Mapolres (lihat foto).") == []


@pytest.mark.parametrize(
    "text",
    [
        "31 Desember 99999",
        "31 Desember 10000",
        "31 December 0999",
        "31 Desember 2023123",
        "Selasa, 31 Desember 99999 10:05 WITA",
        "31 Desember 99999, 10:00",
        "31 Desember 3000",  # the rules read years 1000-2999; dateparser read this one
        "32 Desember 2023",
        "29 Februari 2023",
        "10/13/2023",  # day first, always: dateparser read it as 13 October
        "10.13.2023",
        "2023/13/10",
    ],
)
def test_an_impossible_date_is_no_date_not_another_one(text: str) -> None:
    """The year of "31 Desember 99999" was left out and the rest read as a yearless date:
    this year's 31 December (``newsarchive dates`` printed 2025-12-31, exit 0). What
    cannot be read gives no date, in the command and in extraction."""
    assert parse_date(text, reference=REF) is None
    assert find_dates(f"Apel digelar pada {text}, di Mapolres.", reference=REF) == []


@pytest.mark.parametrize("text", ["31 Desember 0", "31 Desember 7,", "31 Desember 0, 10:00"])
def test_a_short_number_where_the_year_goes_is_no_year(text: str) -> None:
    assert parse_date(text, reference=REF) is None
    assert find_dates(f"Apel digelar pada {text}", reference=REF) == []


def test_a_short_number_after_a_yearless_date_that_counts_things_keeps_the_date() -> None:
    """Up to four digits followed by a word count things ("17 Agustus 5000 personel"
    dikerahkan), as for 2-digit years, and "17 Agustus 10:00" is a time; a full stop
    after the number leaves the date yearless, as before. Five digits or more are a
    year gone wrong ("31 Desember 99999 di Mapolres")."""
    for count in ("15", "150", "3500", "5000"):
        text = f"17 Agustus {count} personel"
        assert parse_date(text, reference=REF) == date(2023, 8, 17), text
    assert parse_date("31 Desember 999", reference=REF) is None
    assert find_dates("Apel pada 31 Desember 99999 di Mapolres.", reference=REF) == []
    (found,) = find_dates("Proklamasi 17 Agustus 45.", reference=REF)
    assert found.value == date(2023, 8, 17)
    assert parse_date("17 Agustus 10:00", reference=REF) == datetime(
        2023, 8, 17, 10, 0, tzinfo=WITA
    )
    assert parse_date("31 Desember 00", reference=REF) == date(2000, 12, 31)  # POSIX %y


def test_a_hijri_date_between_the_day_and_the_time_is_skipped():
    """Kemenag and pesantren pages print the Hijri date between the day and the time:
    "Jumat, 10 November 2023 / 26 Rabiul Akhir 1445 H 14:30 WIB" lost its time."""
    from datetime import datetime, timezone

    from scraper.dates import find_dates

    reference = datetime(2023, 11, 11, tzinfo=timezone.utc)
    for text in (
        "Jumat, 10 November 2023 / 26 Rabiul Akhir 1445 H 14:30 WIB",
        "Jumat, 10 November 2023 - 26 Rabi'ul Akhir 1445 H - 14.30 WIB",
    ):
        (found,) = find_dates(text, reference=reference)
        assert found.value.isoformat() == "2023-11-10T14:30:00+07:00", text
    (alone,) = find_dates("Senin, 11 Maret 2024 / 1 Ramadhan 1445 H", reference=reference)
    assert alone.value.isoformat() == "2024-03-11"


def test_an_hour_without_minutes_needs_its_pukul_or_jam_word() -> None:
    """ "dipinjam 2 malam" (two nights) and "tepat 7 malam" are no times: the words
    ending in -jam or -at are not the prefix (helper-109)."""
    assert parse_time("mobil itu dipinjam 2 malam") is None
    assert parse_time("tepat 7 malam") is None
    assert parse_time("pukul 7 malam") == time(19, 0)
