"""The entity rules' faster scans find what the plain ones find (``scraper.entities._scan``)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from scraper.entities._patterns import (
    _PLACE_HINT,
    _PLACE_RE,
    _UNIT_HINT,
    _UNIT_HINT_BACK,
    _UNIT_RE,
    _patterns,
)
from scraper.entities._scan import finditer_hinted
from scraper.entities._trie import trie_pattern
from scraper.entities.counts import _MONEY, _MONEY_HINT

DATA = Path(__file__).parent / "data" / "entities"

EDGES = [
    "Kapolres Tala AKBP Rofikoh, Wakapolres, WAKAPOLRES BANJAR, Mapolsek Kurau, KAPOLDA KALSEL",
    "Kepolisian Resor Kota Banjarmasin, Kepolisian Daerah, xPolres, Polresta Polres",
    "Desa Tabanio Kec. Takisung Kabupaten Tanah Laut, Kab. Banjar, Ds. X, PPK Kota Prov. Kalsel",
    "Plt. Kapolsek, Ps. Kanit Reskrim, Kasat Lantas, Kepala Satuan Lalu Lintas AKP Joko, xKasat",
    "Rp 1,5 juta, rp2.500.000, RP 10 ribu, terpadu Rp.5, ARp 3",
    "",
    "Pol",
    "Ka",
]


def _texts() -> list[str]:
    out = list(EDGES)
    for name in ("labelled.jsonl", "pairs.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            for side in (r, r.get("a") or {}, r.get("b") or {}):
                out += [side.get("title") or "", side.get("text") or ""]
    return out


def _same(pattern: re.Pattern[str], hint: re.Pattern[str], back: tuple[int, ...] = (0,)) -> None:
    for text in _texts():
        want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        got = [(m.span(), m.groups()) for m in finditer_hinted(pattern, text, hint, back)]
        assert got == want, text[:80]


def test_hinted_scans_find_what_finditer_finds() -> None:
    p = _patterns()
    _same(_UNIT_RE, _UNIT_HINT, _UNIT_HINT_BACK)
    _same(_PLACE_RE, _PLACE_HINT)
    _same(p.position, p.position_hint)
    _same(_MONEY, _MONEY_HINT)


def test_position_hint_matches_where_every_post_starts() -> None:
    p = _patterns()
    for post in p.position_of:
        assert p.position_hint.match(post), post
    posts = (
        "Wakasat Lantas", "Kasat Reskrim", "Kanit Reskrim", "Panit Lantas", "Kasubnit Reskrim",
        "Kasubsi Penmas", "Kasubbag Humas", "Kasubbid Penmas", "Kabag Ops", "Kaur Bin",
        "Paur Subbag", "Wadir Polairud", "Kasi Humas", "Kabid Humas", "Kapospol",
        "Kepala Satuan Lalu Lintas AKP", "Plt. Kapolres", "Ps. Kanit", "PS Kasat Lantas",
        "Pj. Bupati", "Plh Kapolsek",
    )  # fmt: skip
    for post in posts:
        assert p.position.match(post) and p.position_hint.match(post), post


def test_money_hint_covers_every_r_and_p_ignoring_case() -> None:
    """``_MONEY_HINT`` finds where the money pattern (case-insensitive "Rp") may match:
    every character it matches as R and as P (Unicode case folding may add some)."""
    from scraper.entities.counts import _MONEY_HINT

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    r_like, p_like = set(re.findall("(?i)r", every)), set(re.findall("(?i)p", every))
    assert r_like and p_like
    for r in r_like:
        for p in p_like:
            assert _MONEY_HINT.search(f"x {r}{p} 5"), (r, p)


def test_trie_not_after_reads_as_a_look_behind() -> None:
    words = ["Polres", "Polsek", "AKBP", "Kota Baru", "A"]
    before = re.compile(rf"(?<![\w.])(?:{trie_pattern(words)})")
    after = re.compile(trie_pattern(words, not_after=r"[\w.]"))
    for text in [*EDGES, "A.Polres xA A", "Kota  Baru .AKBP _Polsek"]:
        assert [m.span() for m in after.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ], text
