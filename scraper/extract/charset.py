"""Bytes to text, one way everywhere: the crawl's workers, ``extract FILE`` and
``reextract`` decode a page alike, so a record rebuilt from a kept page is the record
the crawl stored.

The declared encoding wins in the usual order (byte-order mark, HTTP header, the
page's ``<meta charset>``), with one correction: Indonesian sites often label
windows-1252 as UTF-8 and the other way round, and the bytes tell which it is.
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_to_unicode

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


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """The page's text; ``content_type`` is the HTTP header, if there was one."""
    encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_guess)
    better = better_encoding(body, encoding)
    if better:
        text = body.decode(better, errors="replace")
    return _CONTROLS.sub(" ", text) if any(c in text for c in _CONTROL_CHARS) else text
