r"""Regular expressions for word lists, factored as a trie.

Python's `re` tries the branches of an alternation one by one at every position, so a
list of 300 unit names or topic keywords as `a|b|c|…` is slow. The same list written as
a trie (`Sat(?:lantas|res(?:krim|narkoba))`) is matched in one walk, several times
faster; the set of matched strings is the same.

A pattern that starts with an assertion ("not after a letter": ``(?<![\w.])``) is tried
by ``re`` at every offset of the text. Starting with a character instead lets ``re`` skip
ahead to the next offset holding one of the words' first characters, several times
faster on a text of a few thousand characters; `trie_pattern(words, not_after=...)`
writes the assertion after each first character, with the same meaning.
"""

from __future__ import annotations

import re


def _esc(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def trie_pattern(words, not_after: str | None = None) -> str:
    r"""A regex (no groups, no anchors) matching exactly the given words.

    With `not_after` (a character class, ``r"[\w.]"``), a word only matches where the
    character before it is not in that class (or at the start of the text): the same as
    ``(?<!{not_after})`` before the whole pattern, but written after each word's first
    character (``K(?<![\w.]K)apolres``) so that the pattern starts with a character.
    """
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict, first: bool = False) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            guard = ""
            if first and not_after is not None:
                if ch == " ":
                    raise ValueError("a word starting with a space")
                # at the offset after `ch`: the character before `ch` is not in the class
                guard = f"(?<!{not_after}{re.escape(ch)})"
            alts.append(_esc(ch) + guard + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            # longest first: the optional continuation is tried before stopping here
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return emit(root, first=True)
