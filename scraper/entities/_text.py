"""Text zones and tokens shared by the extractors.

A release is read as zones: the title, the dateline ("Tanah Laut –", "BANJARMASIN,
Kalsel –", "Banjarmasin (ANTARA) -", "Polres Tanah Bumbu, Polda Kalsel –"), the lead
(dateline plus the first sentence), the body, photo captions ("Foto: …"), and credit
lines ("Penulis : …", "Editor : …", "(Humas Polres Tala)") that form the sign-off.
Captions and credits are kept out of people and places, so a copy that adds one is
still the same release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WEEKDAYS = {
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Jum'at",
    "Jum’at",
    "Sabtu",
    "Minggu",
    "Ahad",
}
MONTHS = {
    "Januari", "Februari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Nopember", "Desember",
}  # fmt: skip

# A capitalised token of a proper name: "Tanah", "HSU", "Bati-Bati", "50", "Rifa’i".
NAME_TOKEN = re.compile(r"[A-Z0-9][A-Za-z0-9’'\-]*")
_GAP = re.compile(r"[ \t\u00a0]+")

# Words that end a run of name tokens: unit and place keywords, ranks are added by the
# callers, weekdays and months (dates follow names: "Kapolsek Kurau Iptu Joko Senin").
STOP = {
    "Polres", "Polresta", "Polrestabes", "Polrestro", "Polsek", "Polsekta", "Polda", "Polri",
    "POLRI", "Mapolres", "Mapolresta", "Mapolrestro", "Mapolsek", "Mapolda", "Kapolres",
    "Kapolresta", "Kapolrestro", "Kapolsek", "Kapolda", "Wakapolres", "Wakapolsek",
    "Wakapolda", "Desa", "Kelurahan", "Kecamatan",
    "Kabupaten", "Provinsi", "Jalan", "Jl", "Jln", "Gang", "Dusun", "Kampung", "Komplek",
    "Kompleks", "RT", "RW", "Pukul", "Sekitar", "Wita", "WITA", "WIB", "WIT", "Pada",
    "Dan", "Di", "Ke", "Dari", "Yang", "Serta", "Beserta", "Bersama", "Selaku", "Sebagai",
    "Saat", "Ketika", "Usai", "Dalam", "Tahun", "TNI", "KPU", "Bawaslu", "Sat", "Satuan",
    "Tim", "Personel", "Anggota", "Jajaran", "Melalui", "Didampingi", "Brimob",
} | WEEKDAYS | MONTHS  # fmt: skip

_CAPTION = re.compile(
    r"^\s*[(\[]?\s*(?:foto|photo|ket(?:erangan)?\.?\s*foto|caption)\b\s*[:.\-–]", re.I
)
_CREDIT = re.compile(
    r"^\s*[(\[]?\s*(?:penulis|editor|publish(?:er)?|pewarta|reporter|wartawan|redaktur|"
    r"kontributor|sumber|rilis|release|tags?|baca juga|copyright)\b\s*[:.\-–]?",
    re.I,
)
_SIGNOFF_PAREN = re.compile(
    r"\(\s*(?:[\w.]+\s*/\s*)*(?:rilis\s+|rel\s+|sumber\s*:?\s*)?(?:si\s*)?humas[^()\n]{0,60}\)\s*$|"
    r"\(\s*(?:rel|rls|ant|adv|hms|humas)[^()\n]{0,40}\)\s*$",
    re.I,
)
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")

# Dateline: the words before the first dash of the first paragraph, when they are all
# capitalised words, numbers, media names ("apahabar.com") or bracketed tags ("(ANTARA)").
_DASH = re.compile(r"\s*[–—]+\s*|\s+-{1,2}\s+|(?<=[\w)])-{1,2}\s+")
_DL_WORD = re.compile(r"[A-Z0-9][^\s]*|[a-z][\w\-]*\.[a-z][\w.\-]*|\(.*?\)|\[.*?\]|dan|,")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]\"”])[.!?](?=\s+[\"“A-Z])")


@dataclass
class Zones:
    """Offsets of the zones of one release's text."""

    text: str
    title: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)  # captions and credits
    signoff: list[tuple[int, int]] = field(default_factory=list)
    dateline: tuple[int, int] | None = None  # the place part, without the dash
    dateline_parts: list[tuple[int, int]] = field(default_factory=list)
    lead: tuple[int, int] = (0, 0)

    def zone(self, pos: int) -> str:
        """Where an offset of the text lies: dateline, lead, signoff, caption, body."""
        if self.dateline and self.dateline[0] <= pos < self.dateline[1]:
            return "dateline"
        for a, b in self.signoff:
            if a <= pos < b:
                return "signoff"
        for a, b in self.excluded:
            if a <= pos < b:
                return "caption"
        if self.lead[0] <= pos < self.lead[1]:
            return "lead"
        return "body"

    def is_excluded(self, pos: int) -> bool:
        """True inside captions and credit lines (no people or places are read there)."""
        return any(a <= pos < b for a, b in self.excluded) or any(
            a <= pos < b for a, b in self.signoff
        )


def zones(title: str, text: str) -> Zones:
    """Cut a release into zones (see the module docstring)."""
    z = Zones(text=text, title=title)
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            z.paragraphs.append((start, end))
    body: list[tuple[int, int]] = []
    for a, b in z.paragraphs:
        line = text[a:b]
        if _CAPTION.match(line):
            z.excluded.append((a, b))
        elif (
            _CREDIT.match(line)
            or _URL_LINE.match(line)
            or (len(line) < 90 and _SIGNOFF_PAREN.fullmatch(line.strip()))
        ):
            z.signoff.append((a, b))
        else:
            body.append((a, b))
    if body:
        a, b = body[-1]
        m = _SIGNOFF_PAREN.search(text, a, b)
        if m:
            z.signoff.append((m.start(), b))
    if not body:
        return z
    a, b = body[0]
    if len(body) > 1 and b - a < 60 and not _SENTENCE_END.search(text, a, b):
        # a header line of its own ("Banjarmasin, News PATROLI.COM"): dateline material,
        # and the lead runs on into the next paragraph
        words = re.sub(r"\([^()]*\)", " ", text[a:b]).replace(",", " ").split()
        if words and len(words) <= 8 and all(_DL_WORD.fullmatch(w) for w in words):
            z.dateline_parts.append((a, b))
        nxt_a, nxt_b = body[1]
        z.dateline = z.dateline_parts[0] if z.dateline_parts else None
        m = _SENTENCE_END.search(text, nxt_a, nxt_b)
        z.lead = (a, m.end() if m else nxt_b)
        return z
    start = a
    for _ in range(3):  # "TRIBRATANEWS.POLRI.GO.ID – KALSEL – Pelaihari –"
        part = _dateline_part(text, start, min(b, start + 90))
        if part is None:
            break
        z.dateline_parts.append(part[:2])
        start = part[2]
    if z.dateline_parts:
        z.dateline = (z.dateline_parts[0][0], z.dateline_parts[-1][1])
    m = _SENTENCE_END.search(text, start, b)
    end = m.end() if m else b
    z.lead = (a, end)
    return z


def _dateline_part(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(start, end, next) of a dateline part in text[start:end], or None."""
    m = _DASH.search(text, start, end)
    if not m or m.start() <= start:
        return None
    words = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text[start : m.start()])
    words = words.replace(",", " ").split()
    if not words or len(words) > 8:
        return None
    if not all(_DL_WORD.fullmatch(w) for w in words):
        return None
    lead = start + len(text[start : m.start()]) - len(text[start : m.start()].lstrip())
    return lead, m.start(), m.end()


def name_tokens(text: str, pos: int, limit: int = 7, stop: set[str] | None = None):
    """The run of capitalised tokens starting at `pos` (after spaces), as (token, start, end).

    Tokens are separated by spaces only; punctuation, a lower-case word or a stop word
    ends the run.
    """
    out: list[tuple[str, int, int]] = []
    stop = STOP if stop is None else stop
    n = len(text)
    while len(out) < limit:
        m = _GAP.match(text, pos)
        p = m.end() if m else pos
        if out and p == pos:  # tokens must be separated by a space
            break
        if p >= n:
            break
        t = NAME_TOKEN.match(text, p)
        if not t:
            break
        tok = t.group()
        if tok in stop or tok.rstrip("-") in stop:
            break
        out.append((tok, t.start(), t.end()))
        pos = t.end()
    return out


def first_sentence_end(text: str, start: int, end: int) -> int:
    """End offset of the sentence starting at `start` (or `end`)."""
    m = _SENTENCE_END.search(text, start, end)
    return m.end() if m else end
