"""Regular expressions for word lists, factored as a trie.

Python's `re` tries the branches of an alternation one by one at every position, so a
list of 300 unit names or topic keywords as `a|b|c|…` is slow. The same list written as
a trie (`Sat(?:lantas|res(?:krim|narkoba))`) is matched in one walk, several times
faster; the set of matched strings is the same.
"""

from __future__ import annotations

import re


def _esc(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def trie_pattern(words) -> str:
    """A regex (no groups, no anchors) matching exactly the given words."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append(_esc(ch) + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            # longest first: the optional continuation is tried before stopping here
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return emit(root)
