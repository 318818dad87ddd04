"""Bytes to text, one way everywhere: the crawl's workers, ``extract FILE`` and
``reextract`` decode a page alike, so a record rebuilt from a kept page is the record
the crawl stored.

The declared encoding wins in the usual order (byte-order mark, HTTP header, the
page's ``<meta charset>``), with two corrections: Indonesian sites often label
windows-1252 as UTF-8 and the other way round, and the bytes tell which it is; and a
UTF-8 page with a few stray windows-1252 bytes is read as UTF-8 (``mostly_utf8``).
Text that was mis-decoded before it reached us (mojibake stored by the site) is
repaired (``repair_mojibake``).
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    to_unicode,
)

_SINGLE_BYTE = {"cp1252", "windows-1252", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii"}
_SINGLE_BYTE_NAMES = {codecs.lookup(n).name for n in _SINGLE_BYTE}


def better_encoding(body: bytes, declared: str) -> str | None:
    """The right encoding when the declared one is a common mislabel, else None.

    Bytes that decode as UTF-8 and use multi-byte sequences are UTF-8 whatever the
    label; bytes that do not decode as UTF-8 under a UTF-8 label are windows-1252.
    """
    name = codecs.lookup(declared).name if declared else ""
    try:
        body.decode("utf-8")
        valid_utf8 = True
    except UnicodeDecodeError:
        valid_utf8 = False
    if name == "utf-8" and not valid_utf8:
        return "cp1252"
    if name in _SINGLE_BYTE_NAMES and valid_utf8:
        return "utf-8" if any(b >= 0x80 for b in body) else None
    return None


def _guess(body: bytes) -> str | None:
    """For a page that declares nothing: UTF-8 if it decodes, else windows-1252."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


# C0 control characters other than tab, newline and carriage return (and NUL, which the
# parser replaces itself): invalid in HTML text, refused by lxml ("All strings must be
# XML compatible"), yet found in real pages pasted from word processors (a form feed, a
# vertical tab). A browser shows nothing for them; neither do we.
_CONTROLS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f]")
# Looking for each of them with ``in`` (a C scan of the text per character) is five
# times cheaper than the character class on a page with none, which is nearly all.
_CONTROL_CHARS = tuple(chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32)))


# A byte that is no part of a UTF-8 sequence, as ``surrogateescape`` decodes it.
_STRAY = re.compile("[\udc80-\udcff]")


def mostly_utf8(body: bytes) -> str | None:
    """The text of a UTF-8 page with a few stray windows-1252 bytes (a word processor's
    quote pasted in a comment or a widget), those bytes read as windows-1252; None
    when the bytes are valid UTF-8, or when strays are as many as the UTF-8
    characters (a windows-1252 page). The whole page was read as windows-1252 for one
    stray byte, its title and text garbled ("Skala Besar â€“ Antisipasi", helper-110),
    where a browser shows one odd character."""
    try:
        body.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="surrogateescape")
    # Counted in C: a stray (a lone surrogate) is what UTF-8 cannot encode.
    strays = len(text) - len(text.encode("utf-8", errors="ignore").decode("utf-8"))
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - strays <= strays:
        return None
    return _STRAY.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text
    ).removeprefix("\ufeff")


# What UTF-8 read as windows-1252 (or Latin-1) leaves: "â€" of – — “ ” ’ …, "Ã" and "Â"
# before a byte of 0x80-0xBF as that encoding prints it.
_MOJIBAKE_LEADS = ("â€", "Ã", "Â")
_MOJIBAKE = re.compile("[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def repair_mojibake(text: str) -> str:
    """The text with its mojibake undone (ftfy's ``fix_encoding``): a WordPress database
    that stored UTF-8 read as windows-1252 serves "â€œPolri Peduliâ€" in a valid UTF-8
    page, everywhere or in one field (a JSON-LD headline beat the right <title>,
    helper-110). Only the pieces of the page that show the marks (between tags and
    line ends) go through ftfy: over a whole page it costs ~1 ms per KB, every page of
    a site whose footer keeps one "Â©" (helper-113)."""
    if not any(lead in text for lead in _MOJIBAKE_LEADS):
        return text
    # Imported on the first page that needs it: ftfy and its tables weigh ~8 MB in each
    # process of a crawl (the bench's tree peak PSS 299 → 310 MiB), and most crawls
    # never meet a mojibake page.
    from ftfy import fix_encoding

    pieces: list[str] = []
    done = 0
    for m in _MOJIBAKE.finditer(text):
        if m.start() < done:
            continue  # in the piece just repaired
        start = max(text.rfind(c, 0, m.start()) for c in "<>\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in "<>\n") if i >= 0]
        end = min(ends) if ends else len(text)
        pieces += [text[done:start], fix_encoding(text[start:end])]
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def _declared(body: bytes, content_type: str | None) -> tuple[str, str]:
    """The encoding a page declares, in the usual order (byte-order mark, HTTP header,
    ``<meta charset>``), else ``_guess``'s, and the text in it. What w3lib's
    ``html_to_unicode(…, auto_detect_fun=_guess)`` did: w3lib 2.6 deprecates that
    parameter and guesses otherwise without it (from the bytes and the host's country),
    so the steps are its own functions here, the same in every version."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding is not None and bom is not None:
        return bom_encoding, to_unicode(body[len(bom) :], bom_encoding)
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    encoding = declared or _guess(body)
    return encoding, to_unicode(body, encoding)


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """The page's text; ``content_type`` is the HTTP header, if there was one."""
    return decode_page(body, content_type)[0]


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page's text and the encoding it was read in (Python's codec name): a page's
    links send their queries in its encoding (``scraper.urls.query_as_page_sends``)."""
    encoding, text = _declared(body, content_type)
    name = codecs.lookup(encoding).name if encoding else "utf-8"
    mixed = mostly_utf8(body) if name == "utf-8" or name in _SINGLE_BYTE_NAMES else None
    if mixed is not None:
        text, name = mixed, "utf-8"
    else:
        better = better_encoding(body, encoding)
        if better:
            text, name = body.decode(better, errors="replace"), codecs.lookup(better).name
    text = repair_mojibake(text)
    if any(c in text for c in _CONTROL_CHARS):
        text = _CONTROLS.sub(" ", text)
    return text, name
