"""`finditer` over a whole text, trying the pattern only where a cheap hint says it can start.

A pattern that starts with an assertion (``\\b``, ``(?<![\\w.])``) or an optional group is
tried by ``re`` at every offset of a text: about 25 ns an offset, a tenth of a
millisecond for a release of a few thousand characters, for each of the ten or so
patterns the entity rules scan a release with. A pattern starting with a character,
or with one of a few characters, is found much faster: ``re`` skips ahead to the next
offset holding it. So a "hint" (such a pattern, matching at or just after every
offset where the full pattern can start) finds the few offsets worth trying, and the
full pattern is tried there only (``Pattern.match`` sees the text before the offset, so
look-behinds and ``\\b`` read as they do in ``finditer``).

The matches are those of ``pattern.finditer(text)``, in order, provided that every
offset where the pattern matches is a hint's start minus one of `back`, and that the
pattern matches no empty string. Each caller says why its hint meets that.
"""

from __future__ import annotations

import re


def finditer_hinted(
    pattern: re.Pattern[str], text: str, hint: re.Pattern[str], back: tuple[int, ...] = (0,)
) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, trying `pattern` only near `hint`'s."""
    starts: set[int] = set()
    h = hint.search(text)
    while h is not None:
        at = h.start()
        starts.update(at - b for b in back if b <= at)
        h = hint.search(text, at + 1)  # overlapping hints too: every offset the hint finds
    out: list[re.Match[str]] = []
    end = 0  # as finditer: the next match starts where the last one ended, or after
    for at in sorted(starts):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out
