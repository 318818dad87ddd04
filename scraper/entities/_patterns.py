"""Patterns and word lists the entity rules match with, built from the gazetteer once.

Kept apart from the rules (``_units``, ``_people``, ``_places``) so that each of those
reads as what it does with a match, not how the match is spelt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ._text import STOP
from ._trie import trie_pattern
from .gazetteer import gazetteer, norm

LEVEL_RANK = {"polsek": 0, "satuan": 0, "polres": 1, "polda": 2, "mabes": 3}

# -- patterns built from the gazetteer (once) -----------------------------------------------

_UNIT_RE = re.compile(
    r"\b(?:(?P<pre>Waka|Ka|Ma|WAKA|KA|MA)?(?P<kw>[Pp]ol(?:restabes|restro|resta|res|sekta|sek|da)|"
    r"POL(?:RESTABES|RESTRO|RESTA|RES|SEKTA|SEK|DA))|"
    r"Kepolisian\s+(?P<kep>Resor(?:t)?(?:\s+Kota(?:\s+Besar)?)?|Daerah|Sektor))\b"
)
# Where a unit mention can start: "Pol", "pol" or "POL" is at its start, or 2 or 4
# characters on ("Ka", "Ma", "Ke" of "Kepolisian"; "Waka", "WAKA"). See ``_scan``.
_UNIT_HINT = re.compile(r"Pol|pol|POL")
_UNIT_HINT_BACK = (0, 2, 4)
_PAREN_UNIT = re.compile(r"\s*\((?:Polres|Polresta|Polrestabes|Polrestro|Polda|Polsek)\w*\)")
_KOTA = {"Kota", "KOTA"}


def _alternation(words, flags=0) -> re.Pattern[str]:
    """A word-bounded regex matching any of `words` (written as a trie: fast).

    Not after a letter, digit or dot, not before a letter, digit or apostrophe. Matched
    case-sensitively, the "not after" is written inside the trie, after each first
    character (see ``_trie``): ``re`` then skips to the words' first characters. Ignoring
    case, ``re`` cannot skip ahead that way, and the assertion goes first (cheaper there).
    """
    if flags & re.IGNORECASE:
        return re.compile(rf"(?<![\w.])(?:{trie_pattern(words)})(?![\w’'])", flags)
    trie = trie_pattern(words, not_after=r"[\w.]")
    return re.compile(rf"(?:{trie})(?![\w’'])", flags)


@dataclass(frozen=True)
class _Patterns:
    satuan: re.Pattern[str]
    satuan_surface: dict[str, tuple[str, str]]
    satuan_norm: dict[str, tuple[str, str]]
    mabes: re.Pattern[str]
    rank: re.Pattern[str]
    rank_of: dict[str, object]
    rank_words: frozenset[str]
    position: re.Pattern[str]
    position_of: dict[str, object]
    position_hint: re.Pattern[str]
    province: re.Pattern[str]


_SATUAN_PREFIX = re.compile(r"^(Satres|Sat|Dit|Bid|Si|Subbag|Subbid|Unit)(?=[A-Z]?[a-z])", re.I)
# Posts the CSV lacks ("Kasubnit Opsnal", "Wakasat Lantas", "Kepala Seksi Operasional"):
# read as written.
_RANK_AHEAD = (
    r"(?=\s+(?:Polres|Polresta|Polsek|Polda|[A-Z]{2,}|Kompol|Ipda|Iptu|Aipda|Aiptu|Bripka))"
)
_GENERIC_POSITIONS = [
    r"Wakasat\s?(?:Res\s?)?[A-Z][a-z]+",
    r"Kasat\s?(?:Res\s?)?[A-Z][a-z]+",
    r"(?:Kanit|Panit|Kasubnit|Kasubsi|Kasubbag|Kasubbid|Kabag|Kaur|Paur|Wadir|Kasi|Kabid)"
    r"\s?[A-Z][A-Za-z]+",
    r"Kapospol",
    r"Kepala\s+(?:Satuan|Seksi|Unit|Bagian|Bidang|Kepolisian)\s+[A-Z][A-Za-z ]{2,30}?"
    + _RANK_AHEAD,
]
# The first two letters of every `_GENERIC_POSITIONS` post, and of "Ps.", "Plt.", "Pj." …
_GENERIC_POSITION_STARTS = {"Wa", "Ka", "Ke", "Pa", "Ps", "PS", "Pl", "Pj"}
# Roles from roles_other.csv that are too ambiguous to read as a position.
_SKIP_ROLE_VARIANTS = {"Tomas", "Toga", "Gub", "Tokoh Masyarakat", "Tokoh Agama", "Menteri",
                       "Legislator", "Jaksa", "JPU", "Hakim", "Majelis Hakim", "Penyidik",
                       "Penyidik Pembantu", "Penyidik Polri", "Lurah"}  # fmt: skip
# Other roles' organisation, for the `unit` of the person ("KPU Kabupaten Tanah Laut").
_ROLE_ORG = {
    "Ketua KPU": "KPU", "Anggota KPU": "KPU", "Ketua Bawaslu": "Bawaslu",
    "Anggota Bawaslu": "Bawaslu", "Ketua DPRD": "DPRD", "Wakil Ketua DPRD": "DPRD",
    "Anggota DPRD": "DPRD", "Komandan Kodim": "Kodim", "Komandan Koramil": "Koramil",
    "Komandan Korem": "Korem", "Panglima Kodam": "Kodam", "Komandan Lanal": "Lanal",
    "Komandan Lanud": "Lanud", "Kepala Kejaksaan Negeri": "Kejaksaan Negeri",
    "Kepala Kejaksaan Tinggi": "Kejaksaan Tinggi", "Ketua Pengadilan Negeri": "Pengadilan Negeri",
    "Kepala BNN": "BNN", "Kepala BPBD": "BPBD", "Kepala Satpol PP": "Satpol PP", "Ketua MUI": "MUI",
}  # fmt: skip
_TNI_CORPS = {"Inf", "Kav", "Arh", "Arm", "Czi", "CZI", "Cpl", "Chk", "Ckm", "Cku", "Cba", "Cke",
              "Ctp", "Kes", "Mar", "Pnb", "Tek", "Lek", "Adm", "Sus", "Psk", "Nav", "TNI", "(P)",
              "(K)", "(Mar)", "(Han)", "Inf.", "Kav."}  # fmt: skip


# Mabes names too short or too common to read alone ("Brimob" is usually a Polda's).
_MABES_TOO_SHORT = {"Brimob", "Densus", "Mabes", "Labfor", "Inafis", "Srena", "Sops", "SSDM",
                    "Slog", "Setum", "Yanma", "Spripim", "Puskeu", "Pusjarah", "Akpol", "Sespim",
                    "STIK"}  # fmt: skip


@cache
def _patterns() -> _Patterns:
    g = gazetteer()
    from .gazetteer import _rows, _split  # the CSV rows keep the surface forms

    satuan_surface: dict[str, tuple[str, str]] = {}
    for r in _rows("polri_units_functions.csv"):
        if r["level"] == "mabes":
            continue
        for v in [r["name"], *_split(r["variants"]), r["full_name"]]:
            forms = {v}
            m = _SATUAN_PREFIX.match(v)
            if m and " " not in v:  # "Satlantas" -> also "Sat Lantas"
                forms.add(m.group() + " " + v[m.end() :])
            for f in forms:
                satuan_surface[f] = (r["name"], r["level"])
    satuan_surface.pop("Reskrim", None)  # too short alone; "Unit Reskrim"/"Sat Reskrim" stay
    satuan_surface.pop("Setum", None)
    satuan_surface.pop("Yanma", None)
    satuan = _alternation(satuan_surface, re.I)
    mabes_words = {
        v
        for r in _rows("polri_units_functions.csv")
        if r["level"] == "mabes"
        for v in [r["name"], *_split(r["variants"])]
        if v not in _MABES_TOO_SHORT
    }
    mabes = _alternation(mabes_words)

    rank_of: dict[str, object] = {}
    for surface, rank in g.ranks.items():
        forms = {surface, surface.upper()}
        if surface.isupper() and len(surface) > 2:
            forms.add(surface.capitalize())
        if rank.force == "police" and surface.endswith(" Polisi") and surface.count(" ") >= 2:
            forms.add(surface[: -len(" Polisi")])
        for f in forms:
            rank_of.setdefault(f, rank)
    for bad in ("KOMISARIS", "Jenderal", "JENDERAL", "Mayor", "MAYOR", "KAPTEN"):
        rank_of.pop(bad, None)
    rank_of["Komisaris"] = g.ranks["Kompol"]  # only after a police post (see _ranked)
    rank = _alternation(rank_of)
    rank_words = frozenset(w for s in rank_of for w in s.split()[:1])

    position_of: dict[str, object] = {}
    for surface, pos in g.positions.items():
        if surface in _SKIP_ROLE_VARIANTS:
            continue
        position_of[surface] = pos
        if pos.role == "police" and " " in surface:
            position_of.setdefault(surface.replace(" ", ""), pos)
    generic = "|".join(_GENERIC_POSITIONS)
    known = trie_pattern(position_of)
    position = re.compile(
        rf"(?<![\w.])(?:(?:Ps\.?|PS\.?|Plt\.?|Plh\.?|Pj\.?)\s+)?(?:{known}|{generic})(?![\w’'])"
    )
    # Where a post can start (see ``_scan``): the first two characters of a known post, of
    # a generic one or of a "Ps."/"Plt." prefix, not after a letter, digit or dot.
    position_hint = re.compile(
        trie_pattern({w[:2] for w in position_of} | _GENERIC_POSITION_STARTS, not_after=r"[\w.]")
    )
    prov_words = set()
    for r in _rows("regions_provinces.csv"):
        prov_words.add(r["name"])
        prov_words |= set(_split(r["short"]))
    prov_words -= {"Jakarta", "DKI", "Yogyakarta", "Jogja", "Papua", "Maluku", "Riau", "Bali",
                   "Jambi", "Bengkulu", "Lampung", "Banten", "Gorontalo", "Aceh"}  # fmt: skip
    province = _alternation(prov_words)
    satuan_norm = {norm(k): v for k, v in satuan_surface.items()}
    return _Patterns(
        satuan,
        satuan_surface,
        satuan_norm,
        mabes,
        rank,
        rank_of,
        rank_words,
        position,
        position_of,
        position_hint,
        province,
    )


_PLACE_RE = re.compile(
    r"\b(?P<kw>Desa|Kelurahan|Kel\.|Ds\.|Kecamatan|Kec\.|PPK|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+"
)
# Where a place keyword can start: its first letters (see ``_scan``).
_PLACE_HINT = re.compile(r"Desa|Kel|Ds\.|Kec|PPK|Kab|Kota|Prov")
_PLACE_STOP = STOP - {"Kota"} | {"Polres", "Polsek", "Kapolres", "Kapolsek", "Polda", "Polresta"}
