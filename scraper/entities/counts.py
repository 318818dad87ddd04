"""Counted things of a release: "121 TPS", "52 personel", "tiga truk", "0,5 gram".

Releases written from one template about different events differ in their figures
(another kecamatan has another number of TPS, another arrest another weight of sabu)
while every copy quotes the figures of its origin. `counts(text, zones)` maps each
counted noun (the word after the number, lower case) to the sorted numbers the body
gives it; `different_events` calls two releases different when both count the same
noun and no number is shared (`events.py`, rule 5).

Read from the title and the body, not the dateline, captions or credit lines (which
copies change); a re-titled copy keeps its origin's figures or drops them, and the
title often holds the one figure of the event ("Logistik 138 TPS Tiba di PPK …").
Numbers are read the Indonesian way ("1.841" is 1841, "2,5" is 2.5, "198 ribu"
198000, "Rp 1,5 juta" 1500000 rupiah) and in words ("satu" to "sepuluh", "sebelas",
"seratus", "seribu"; not inside a longer number in words). Not counts: dates and
times ("14 Februari", "14/2", "pukul 10.30"), years ("Pemilu 2024", "2023-2024"),
ordinals ("ke-3"), identifiers after a label ("Km 5", "RT 03", "Pasal 114", "No. 12"),
ages in brackets ("RH (33)") and numbers followed by a function word ("2024 yang").
"""

from __future__ import annotations

import re

from ._scan import finditer_hinted
from ._text import Zones

_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = {"ribu": 1_000, "juta": 1_000_000, "miliar": 1_000_000_000, "triliun": 10**12}

# A number (digits with Indonesian separators, or a number word), an optional scale
# word, then the counted word. The number must stand alone: not part of a date
# ("14/2"), a time ("10.30" after "pukul" is caught by the label list), a range or
# an ordinal ("2023-2024", "ke-3").
_COUNT = re.compile(
    r"(?<![\w/.,:\-])"
    rf"(?P<num>{_NUMBER}|"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r")(?![\w/:\-]|[.,]\d)"
    r"(?:\s+(?P<scale>ribu|juta|miliar|triliun)\b)?"
    r"\s+(?P<noun>[A-Za-z][A-Za-z\-]*)",
    re.I,
)

# Amounts of money: "Rp 1,5 miliar", "Rp2.500.000", counted as "rupiah".
_MONEY = re.compile(
    rf"(?<!\w)Rp\.?\s?(?P<num>{_NUMBER})(?![\w/:\-]|[.,]\d)"
    r"(?:\s+(?P<scale>ribu|juta|miliar|triliun)\b)?",
    re.I,
)

# Where an amount can start: "Rp" in any case (no other character is an "r" or a "p" to
# ``re.I``).
_MONEY_HINT = re.compile(r"[Rr][Pp]")

# The word just before a number ("Km 5", "Pasal 114", "No. 12").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")

# Words before a number that make it an identifier, a time or a year, not a count.
_LABELS = {
    "km",
    "kilometer",
    "no",
    "nomor",
    "nomer",
    "rt",
    "rw",
    "pasal",
    "ayat",
    "pukul",
    "jam",
    "tahun",
    "pemilu",
    "pilkada",
    "periode",
    "angkatan",
    "gang",
    "blok",
    "lantai",
    "kamar",
    "salah",  # "salah satu": one of them
    "ke",
    "tanggal",
    "tgl",
    "hari",
    "nopol",
}
# Words after a number that are no counted noun.
_NOT_NOUNS = {
    # months and time zones: dates and times
    "januari",
    "februari",
    "pebruari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "agu",
    "agt",
    "ags",
    "sep",
    "sept",
    "okt",
    "nov",
    "des",
    "wita",
    "wib",
    "wit",
    # function words
    "yang",
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "pada",
    "dengan",
    "untuk",
    "oleh",
    "dalam",
    "serta",
    "hingga",
    "sampai",
    "sekitar",
    "lalu",
    "ini",
    "itu",
    "tersebut",
    "telah",
    "sudah",
    "akan",
    "juga",
    "pun",
    "per",
    "sebagai",
    "adalah",
    "ialah",
    "menjadi",
    "saat",
    "sejak",
    "selama",
    "tadi",
    "mulai",
    "lebih",
    "kurang",
    "sebanyak",
    # parts of numbers in words ("dua puluh", "tiga belas", "lima ratus")
    "puluh",
    "belas",
    "ratus",
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "kepada",
    "bagi",
    "karena",
    "agar",
    "namun",
}


def _value(num: str, scale: str | None) -> int | float:
    word = _WORDS.get(num.lower())
    if word is not None:
        value: float = word
    elif "." in num:  # thousands: "1.841", "198.000", "1.250,5"
        value = float(num.replace(".", "").replace(",", "."))
    else:
        value = float(num.replace(",", "."))
    if scale:
        value *= _SCALE[scale.lower()]
    return int(value) if value == int(value) else value


def counts(text: str, z: Zones | None = None, title: str = "") -> dict[str, list[int | float]]:
    """Counted noun -> sorted numbers the title and body give it (module docstring)."""
    found: dict[str, set[int | float]] = {}
    if title:
        for noun, values in counts(title).items():
            found[noun] = set(values)
    for m in _COUNT.finditer(text):
        start = m.start()
        if z is not None and z.zone(start) not in ("lead", "body"):
            continue
        noun = m.group("noun").lower().rstrip("-")
        if noun in _NOT_NOUNS or noun in _WORDS or len(noun) < 2:
            continue
        num = m.group("num")
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        word = before.group(1).lower() if before else ""
        if word in _LABELS or word in _WORDS or word in ("puluh", "belas", "ratus"):
            continue  # an identifier ("Km 5"), or part of a number in words
        if text[start - 1 : start] == "(" or (
            num.isdigit() and len(num) == 4 and num[:2] in ("19", "20")
        ):
            continue  # "(33)" an age, "2024" a year
        found.setdefault(noun, set()).add(_value(num, m.group("scale")))
    for m in finditer_hinted(_MONEY, text, _MONEY_HINT):
        if z is None or z.zone(m.start()) in ("lead", "body"):
            found.setdefault("rupiah", set()).add(_value(m.group("num"), m.group("scale")))
    return {noun: sorted(values) for noun, values in sorted(found.items())}
