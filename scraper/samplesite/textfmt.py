"""Text helpers shared by every renderer: slugs, Indonesian dates, escaping.

They live in one place so that the HTML, the feeds, the REST API and the ground
truth all derive the same strings from the same corpus record; a mismatch
between what a page shows and what `ground_truth` claims would make the tests
of the crawler lie.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import datetime, timezone

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def wp_slugify(title: str) -> str:
    """Mimic WordPress `sanitize_title_with_dashes()` so slugs look like real permalinks.

    WordPress drops accents and punctuation (``&``, commas), turns dots and
    whitespace into dashes and collapses runs of dashes.
    """
    text = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
    text = text.replace(".", "-")
    text = re.sub(r"[^a-z0-9 _-]", "", text)
    text = re.sub(r"\s+", "-", text)
    return re.sub(r"-+", "-", text).strip("-")


def esc(text: str) -> str:
    """Escape text for an HTML text node the way WordPress leaves content (quotes kept)."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Escape a value for a double-quoted HTML attribute (like `esc_attr`)."""
    return html.escape(text, quote=True)


def tanggal(dt: datetime) -> str:
    """WordPress `date_format` "j F Y" in the id_ID locale: "12 November 2023"."""
    return f"{dt.day} {BULAN[dt.month - 1]} {dt.year}"


def jam(dt: datetime) -> str:
    """WordPress `time_format` "H:i" as Indonesian sites set it: "19:54"."""
    return f"{dt:%H:%M}"


def tanggal_lengkap(dt: datetime, zone_label: str) -> str:
    """Portal style with weekday and zone: "Senin, 15 Januari 2024 - 09:15 WIB"."""
    return f"{HARI[dt.weekday()]}, {tanggal(dt)} - {jam(dt)} {zone_label}"


def rfc822_gmt(dt: datetime) -> str:
    """RSS `pubDate` exactly as WordPress prints it: always GMT with "+0000"."""
    utc = dt.astimezone(timezone.utc)
    return (
        f"{_EN_DAYS[utc.weekday()]}, {utc.day:02d} {_EN_MONTHS[utc.month - 1]} {utc.year} "
        f"{utc:%H:%M:%S} +0000"
    )


def iso(dt: datetime) -> str:
    """ISO 8601 with the site's offset, seconds kept: "2023-11-12T19:54:28+08:00"."""
    return dt.isoformat(timespec="seconds")


def wall(dt: datetime) -> str:
    """REST API `date` field: local wall-clock time without offset."""
    return dt.replace(tzinfo=None).isoformat(timespec="seconds")


def gmt_wall(dt: datetime) -> str:
    """REST API `date_gmt` field: UTC wall-clock time without offset."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")


def texturize(text: str) -> str:
    """A small `wptexturize()`: curly quotes, apostrophes and spaced en dashes.

    Only the "newsportal" theme uses it (its WordPress still texturizes), so its
    readers see “…” where the corpus has "…"; the ground truth follows the page.
    """
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev in " (\u2013[" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev in " (" else "\u2019")
        else:
            out.append(ch)
    return "".join(out).replace(" - ", " \u2013 ")


def excerpt(paragraphs: list[str] | tuple[str, ...], words: int = 55) -> str:
    """WordPress auto-excerpt: the first 55 words of the content followed by " […]"."""
    tokens = " ".join(paragraphs).split()
    if len(tokens) <= words:
        return " ".join(tokens)
    return " ".join(tokens[:words]) + " [\u2026]"
