"""Words and compiled patterns for Indonesian (and English) date strings.

Everything here is compiled once, at import, because the date layer runs on every
header, meta value and body paragraph the crawler sees; a pattern built per call would
cost more than the parse. Nothing here resolves anything: ``_scan`` turns matches into
values.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone

# Month names as they occur in the wild: Indonesian and English, full and short, the
# pre-1972 spellings that regional sites still print (Nopember, Pebruari) and the
# common typos. Keys are lower case without a trailing dot.
MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1, "januri": 1,
    "februari": 2, "february": 2, "pebruari": 2, "febuari": 2, "pebuari": 2,
    "feb": 2, "peb": 2, "pebr": 2, "febr": 2,
    "maret": 3, "march": 3, "mar": 3, "mrt": 3,
    "april": 4, "apr": 4, "aprl": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "ags": 8, "agt": 8, "agst": 8, "agus": 8,
    "aug": 8, "augustus": 8,
    "september": 9, "sep": 9, "sept": 9, "sepember": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "oktobre": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "novemver": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12, "desembar": 12,
}  # fmt: skip
# The European languages of pages the crawler meets beside Indonesian ones (syndicated
# wire copy, foreign sources, the peers' test pages): German, Dutch, French, Italian,
# Spanish and Portuguese. Only where they cannot be read as an Indonesian word next to
# a number; a month name is only ever taken with a day number beside it.
MONTHS.update({
    "januar": 1, "jänner": 1, "jaenner": 1, "janvier": 1, "janv": 1, "gennaio": 1,
    "enero": 1, "janeiro": 1,
    "februar": 2, "feber": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
    "febbraio": 2, "febrero": 2, "fevereiro": 2,
    "märz": 3, "maerz": 3, "mrz": 3, "maart": 3, "mars": 3, "marzo": 3, "março": 3,
    "mär": 3,
    "avril": 4, "avr": 4, "aprile": 4, "abril": 4,
    "mai": 5, "maggio": 5, "mayo": 5, "maio": 5,
    "juin": 6, "giugno": 6, "junio": 6, "junho": 6,
    "juillet": 7, "juil": 7, "luglio": 7, "julio": 7, "julho": 7,
    "août": 8, "aout": 8, "agosto": 8,
    "septembre": 9, "settembre": 9, "septiembre": 9, "setiembre": 9, "setembro": 9,
    "oktober": 10, "octobre": 10, "ottobre": 10, "octubre": 10, "outubro": 10,
    "novembre": 11, "noviembre": 11, "novembro": 11,
    "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "déc": 12, "dicembre": 12,
    "diciembre": 12, "dezembro": 12,
})  # fmt: skip

# Full weekday names may stand anywhere before a date; the short ones only when a comma
# follows ("Mon, 03 Aug 2026", "Sen, 13 Nov 2023"), because "sen", "min", "sat" and
# "sun" are ordinary words too.
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jumaat": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6, "mgg": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Indonesian clock zones. Fixed offsets named after the printed zone: WITA 14:30 stays
# 14:30+08:00 and keeps "WITA" as its tzname, it is never converted to WIB.
ZONE_OFFSETS: dict[str, timedelta] = {
    "WIB": timedelta(hours=7),
    "WITA": timedelta(hours=8),
    "WIT": timedelta(hours=9),
}
ZONES: dict[str, timezone] = {name: timezone(off, name) for name, off in ZONE_OFFSETS.items()}
# Other zone names pages print after a time, only the unambiguous ones ("CST" and "IST"
# name several zones, so they are left out and the time stays without a zone).
FOREIGN_ZONE_OFFSETS: dict[str, timedelta] = {
    "CET": timedelta(hours=1), "CEST": timedelta(hours=2), "MEZ": timedelta(hours=1),
    "MESZ": timedelta(hours=2), "EET": timedelta(hours=2), "EEST": timedelta(hours=3),
    "BST": timedelta(hours=1),
    "EST": timedelta(hours=-5), "EDT": timedelta(hours=-4), "CDT": timedelta(hours=-5),
    "MST": timedelta(hours=-7), "MDT": timedelta(hours=-6), "PST": timedelta(hours=-8),
    "PDT": timedelta(hours=-7), "JST": timedelta(hours=9), "KST": timedelta(hours=9),
    "SGT": timedelta(hours=8), "HKT": timedelta(hours=8), "AEST": timedelta(hours=10),
    "AEDT": timedelta(hours=11),
}  # fmt: skip
ZONES.update({name: timezone(off, name) for name, off in FOREIGN_ZONE_OFFSETS.items()})

# Counting words in relative dates ("dua jam yang lalu", "an hour ago").
NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "beberapa": 3,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# Relative units, mapped to (kind, amount): kind is "s" for a fixed timedelta in
# seconds, "m" for calendar months (a month or a year is not a fixed number of days).
UNITS: dict[str, tuple[str, int]] = {
    "detik": ("s", 1), "menit": ("s", 60), "jam": ("s", 3600), "hari": ("s", 86400),
    "minggu": ("s", 7 * 86400), "pekan": ("s", 7 * 86400),
    "bulan": ("m", 1), "tahun": ("m", 12),
    "second": ("s", 1), "sec": ("s", 1), "minute": ("s", 60), "min": ("s", 60),
    "hour": ("s", 3600), "hr": ("s", 3600), "day": ("s", 86400), "week": ("s", 7 * 86400),
    "month": ("m", 1), "year": ("m", 12),
}  # fmt: skip


def _alternation(words: object) -> str:
    """A regex alternation that tries longer words first, so "Nopember" beats "Nop"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_FLAGS = re.IGNORECASE
# A month is a whole word of 3 to 10 letters that MONTHS knows: the pattern takes the
# word, ``_scan`` looks it up (one dict lookup is cheaper than trying 150 alternatives
# at every digit, and "10 orang" is refused there).
_MON = r"[^\W\d_]{3,10}(?![^\W\d_])\.?"
_WD_FULL = rf"(?:{_alternation(WEEKDAYS)}|jum['’`]a?at)(?![a-z])"
_WD_ABBR = rf"(?:{_alternation(WEEKDAY_ABBREVIATIONS)})(?=\.?\s*,)"
PART = r"(?:dini\s+hari|tengah\s+malam|subuh|pagi|siang|sore|petang|malam)(?![a-z])"
_YEAR4 = r"(?:1[0-9]|2[0-9])\d\d"
# The years _YEAR4 reads; dateparser's answers are held to the same range.
YEARS = range(1000, 3000)
# A bare 2-digit year ("12 Nov 23") only where nothing but punctuation or a time follows;
# "10 Nov 23 tersangka" counts people.
_YY_END = r"\s*(?:$|[,|)\-–—]|(?:[01]?\d|2[0-4])[:.][0-5]\d)"
_ZONE = (
    rf"(?P<z>WITA|WIT|WIB|{_alternation(FOREIGN_ZONE_OFFSETS)}|Z"
    r"|(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|[+-](?:0\d|1[0-4]):?[0-5]\d)(?![a-z0-9])"
)

# ISO 8601 and its meta-tag relatives: "2023-11-12T19:54:28+08:00", "2023-11-12 11:54:28",
# "2015-11-05 T10:08:58Z", "2026-05-13WIB18:45:00+07:00" (a zone name in place of "T").
ISO_RE = re.compile(
    r"(?<![\d\w])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"(?:(?:\s*(?P<sep>T|WITA|WIT|WIB)\s*|\s+)"
    r"(?P<H>[01]\d|2[0-4]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,](?P<f>\d+))?)?)?"
    r"(?![\d])",
    _FLAGS,
)
# Day-first numeric dates: "06/07/2023" is 6 July. Dots only with a 4-digit year,
# because "10.30.45" is a time. The second group may be up to 31 with slashes: a
# month-first date ("Sel, 01/23/2024") is kept when its weekday confirms it
# (``_scan._day_order``), and dropped otherwise.
NUM_RE = re.compile(
    r"(?<![\w/.\-:+])(?P<d>[0-3]?\d)(?:\s*/\s*(?P<m1>[0-3]?\d)\s*/\s*|(?P<s>[.\-])(?P<m2>[01]?\d)(?P=s))"
    r"(?P<y>\d{4}|\d{2})(?![\w/]|[.\-:]\d)",
    _FLAGS,
)
# "10 November 2023", "04 November, 2015", "10-Nov-2023", "17 Agustus" (no year).
TXT_RE = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?(?:\s*[-/.]\s*|\s+de\s+|\s*)(?P<mon>{_MON})"
    rf"(?:(?:\s*[,/\-]\s*|\s+de\s+|\s+)(?P<y>{_YEAR4}|['’]\d\d|\d\d(?={_YY_END}))"
    r"(?![\d:.]\d|\d))?",
    _FLAGS,
)
# A number where TXT_RE's year goes that TXT_RE did not take as one: "31 Desember 99999",
# "31 Desember 3000", "31 Desember 0". Read without it, such a date silently became this
# year's 31 December. Five digits or more are always a year gone wrong; one to four are a
# year only where nothing but a comma, a bracket, a dash or a time follows, as for
# 2-digit years: "17 Agustus 5000 personel" counts people, and a full stop after the
# number ("Proklamasi 17 Agustus 45.") leaves the date yearless, as before. ``(?!\d)``
# keeps "17 Agustus 10:00" a time.
BAD_YEAR_RE = re.compile(
    r"(?:\s*[,/\-]\s*|\s+de\s+|\s+)['’]?"
    r"(?:\d{5,}|\d{1,4}(?!\d)(?=\s*(?:$|[,;|)\-–—]|(?:[01]?\d|2[0-4])[:.][0-5]\d)))",
    _FLAGS,
)
# Month first, as Odoo and English sites print it: "Nov 10, 2023", "Mei 2, 2024".
MDY_RE = re.compile(
    rf"(?<![\w])(?P<mon>{_MON})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,\s*|\s+)"
    rf"(?P<y>{_YEAR4})(?![\d:.]\d|\d)",
    _FLAGS,
)
# The day and year every MDY_RE match ends with ("10, 2023"), from the day's last digit:
# a search for it (from a digit, fast) tells whether MDY_RE, which must try every
# position for its month word, can match at all. Most texts have none.
MDY_TAIL_RE = re.compile(rf"\d(?:st|nd|rd|th)?(?:\s*,\s*|\s+){_YEAR4}", _FLAGS)
# The body-text convention "Senin (13/11)": a weekday, maybe a part of day, then day/month
# in brackets. Without the weekday "(2/3)" is as likely a score or a fraction. The weekday
# is a word of its own, as in PREFIX_RE: "seminggu (10/11)" names none.
PAREN_RE = re.compile(
    rf"(?<![^\W_])(?P<wd>{_WD_FULL})(?:\s+(?P<part>{PART}))?\s*\(\s*(?P<d>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)\s*\)",
    _FLAGS,
)
# The bracketed day/month every PAREN_RE match ends with: a search for it (from its
# literal "(", fast) tells whether PAREN_RE, which must try every position for its
# weekday, can match at all. Most texts have none.
PAREN_TAIL_RE = re.compile(r"\(\s*[0-3]?\d\s*/\s*[01]?\d\s*\)", _FLAGS)
# What may stand right before a date and still belong to it: a weekday, a part of day,
# "tanggal", an opening bracket. Searched in a short window ending at the date. The
# weekday is a word of its own: "min" ends "Admin" and "Kasmin", "minggu" "seminggu"
# ("Posted by Admin, 14 Januari 2024" is no Sunday's date).
PREFIX_RE = re.compile(
    rf"(?<![^\W_])(?:(?P<wd>{_WD_FULL})|(?P<wda>{_WD_ABBR}))\.?(?:\s+(?P<part>{PART}))?\s*,?\s*"
    r"(?:(?:tanggal|tgl\.?)\s*:?\s*)?(?P<paren>\(\s*)?$",
    _FLAGS,
)
BARE_PAREN_RE = re.compile(r"\(\s*$")
CLOSE_PAREN_RE = re.compile(r"\s*\)")
# Numbers of laws, articles and letters look like dates: "UU No 12/11/2023".
NUMBERING_RE = re.compile(
    r"(?:\b(?:no|nomor|nomer|nr|pasal|ayat|uu|perda|perpres|perkap|pp|sk|nrp|nip|nik)\.?\s*:?\s*$)",
    _FLAGS,
)
# Words that may follow a bracketed body date and belong to it ("selasa (31/5) kemarin" is
# narrative, not a second, relative date).
TRAIL_RE = re.compile(rf"\s*(?:(?P<part>{PART})|(?:kemarin|lalu|tadi|ini)(?![a-z]))", _FLAGS)
# Glue between a date and its time: "| ", ", ", " - ", " at ", " sekitar pukul ", "malam".
# The Hijri date a Kemenag or pesantren page prints between the day and the time,
# "Jumat, 10 November 2023 / 26 Rabiul Akhir 1445 H 14:30 WIB": glue, not another date.
_HIJRI = (
    r"\d{1,2}\s+(?:muharr?am|s[h]?afar|rabi['’]?u?l\s*(?:awal|awwal|akhir|tsani)"
    r"|jumad[ai]l?\s*(?:awal|ula|akhir|tsaniyah|tsani)|rajab|sya['’]?ban|ramad(?:h)?an"
    r"|syawal|d?zul\s*q[ao]['’]?i?dah|d?zulkaidah|d?zul\s*hij(?:j)?ah)\s+\d{4}\s*h\b\.?"
)
GLUE_RE = re.compile(
    rf"(?:[\s,|•·@/]|[-–—](?!\d)|{_HIJRI}|(?:sekitar|kurang\s+lebih|pada|waktu|at|on|um|à"
    rf"|a\s+las|alle|às|{PART})(?![a-z]))*",
    _FLAGS,
)
# A time: hours and minutes ("pukul 19.30 WITA", "14:30"), or, after a "pukul/jam"
# word, an hour a part of day follows ("pukul 7 malam WITA": 19:00; ``_clock`` takes
# 1-12 only). Its zone is printed before the part of day ("19.30 WITA malam", group
# ``z``) or after it ("pukul 07.30 malam WITA", group ``z2``: ignored before, and the
# site's zone taken instead).
TIME_RE = re.compile(
    r"(?:(?<![a-z])(?P<w>pukul|pkl\.?|jam|at|@)\s*)?(?<![\d.:])(?P<H>[01]?\d|2[0-4])"
    r"(?:(?P<hs>[:.])(?P<M>[0-5]\d)"
    r"(?:(?P=hs)(?P<S>[0-5]\d)(?:[.,](?P<f>\d{1,6})\d*)?)?(?![\d])(?!\.\d|,\d)"
    rf"|(?(w)(?![\d.:])(?=\s+{PART})|(?!)))"
    r"(?:\s*(?P<ap>[ap])\.?m\.?(?![a-z]))?"
    r"(?:\s*(?:-|–|—|s/d|s\.d\.?|sampai(?:\s+dengan)?|hingga|to)\s*(?:pukul\s*)?"
    r"(?:[01]?\d|2[0-4])[:.][0-5]\d(?:[:.][0-5]\d)?(?!\d))?"
    rf"(?:\s*uhr(?![a-z]))?(?:\s*{_ZONE})?"
    rf"(?:\s+(?P<part>{PART})(?(z)|(?:\s*{_ZONE.replace('(?P<z>', '(?P<z2>')})?))?",
    _FLAGS,
)
# Zone right after an ISO value: "+08:00", "Z", " WIB", "+0700".
ZONE_AFTER_RE = re.compile(rf"\s*{_ZONE}", _FLAGS)
# Time glue before a date, for "14:30 WIB, Jumat 10 Nov 2023".
BACK_GLUE_RE = re.compile(r"[\s,|•·\-–—]*", _FLAGS)

# Relative dates: "2 jam yang lalu", "sehari yang lalu", "4 bulan lalu", "3 days ago".
REL_RE = re.compile(
    rf"(?<![\w])(?:(?P<n>\d{{1,4}}|{_alternation(NUMBER_WORDS)})\s*|(?P<se>se))"
    r"(?P<u>detik|menit|jam|hari|minggu|pekan|bulan|tahun|sec(?:ond)?s?|min(?:ute)?s?|hours?"
    r"|hrs?|days?|weeks?|months?|years?)(?![a-z])\s*(?:yang\s+|yg\.?\s+)?"
    r"(?:lalu|silam|ago|sebelumnya|yll)(?![a-z])",
    _FLAGS,
)
# Named days: "kemarin", "kemarin lusa", "hari ini", "baru saja", "yesterday".
NAMED_RE = re.compile(
    r"(?<![\w])(?P<w>kemarin\s+lusa|kemarin|kemaren|yesterday|hari\s+ini|today|besok"
    r"|tomorrow|baru\s+saja|barusan|just\s+now)(?![a-z])",
    _FLAGS,
)
NAMED_GLUE_RE = re.compile(rf"(?:[\s,|]|(?:sekitar|pada|{PART})(?![a-z]))*", _FLAGS)

# Cue words that say what a date in running text is.
PUBLISHED_CUE_RE = re.compile(
    r"(?:diterbitkan|dipublikasikan|dipublish|diposting|diposkan|terbit|tayang|published"
    r"|posted|dirilis|ditulis|upload|diunggah)\b[^.\n]{0,25}$",
    _FLAGS,
)
UPDATED_CUE_RE = re.compile(
    r"(?:diperbarui|diperbaharui|update[ds]?|diupdate|modified|edited)\b[^.\n]{0,25}$", _FLAGS
)
EVENT_CUE_RE = re.compile(
    r"(?:\b(?:pada|tanggal|tgl|sejak|mulai|hingga|sampai|hari|digelar|berlangsung|dilaksanakan"
    r"|terjadi|sekitar|since|until)\b\.?\s*)$",
    _FLAGS,
)
