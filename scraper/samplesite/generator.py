"""Generated Humas-style police news for the scaled sample site.

`generate_articles(n, seed)` writes `n` articles from the templates in
`templates.py`, deterministically for a seed: publication times at about
`POSTS_PER_DAY` a day ending at `END`, a template valid on that day (operations
and seasons have their windows), a unit and a place, officers from a roster
that rotates like real postings (the same Kapolres for a year or so), event
dates relative to the publication date with the right weekday, and the unit's
own way of writing dates ("Jumat (10/11)", "Jumat (10/11/2023)", …).

Two random streams feed every article: *slots* (unit, place, names, numbers,
items) and *style* (which phrasing, which optional paragraphs, their order).
A deliberate near-twin reuses the style stream of an earlier article of the
same template with new slots: the same sentences about a different event
("Simpan Sabu di Kotak Korek Api, Warga Semayap …" beside "… di Kotak Permen,
Warga Hamalau …"). Ordinary articles of one template already share most of
their wording.

Every person is invented; units, districts and villages are real names.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from .model import WITA
from .textfmt import BULAN, HARI
from .vocab import (
    CIVIL_FEMALE,
    CIVIL_MALE,
    FEMALE_FIRST,
    INITIAL_LETTERS,
    MALE_FIRST,
    SURNAMES,
    UNITS,
    Unit,
)

END = datetime(2024, 2, 29, 21, 40, tzinfo=WITA)
POSTS_PER_DAY = 28
TWIN_RATE = 0.12
_EPOCH = date(2020, 1, 1)
_MARKER = re.compile("\x01(\\d+)\x02")
_HOUR_WEIGHTS = (
    (6, 1),
    (7, 3),
    (8, 6),
    (9, 9),
    (10, 10),
    (11, 9),
    (12, 5),
    (13, 7),
    (14, 8),
    (15, 8),
    (16, 7),
    (17, 4),
    (18, 3),
    (19, 5),
    (20, 6),
    (21, 5),
    (22, 3),
    (23, 1),
)
_WORDS = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "dua_belas",
    "tiga_belas",
    "empat_belas",
    "lima_belas",
    "enam_belas",
    "tujuh_belas",
    "delapan_belas",
    "sembilan_belas",
    "dua_puluh",
]


def h64(*parts: object) -> int:
    """A stable 64-bit hash of the parts (Python's hash() is salted per process)."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


# -- officers -----------------------------------------------------------------------

# kind -> (position pattern, ranks with weights, title sets with weights, tenure days)
_POSITIONS: dict[str, tuple[str, tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], int]] = {
    "kapolres": (
        "{head} {suffix}",
        (("AKBP", 1),),
        (("S.I.K.", 3), ("S.I.K., M.H.", 4), ("S.I.K., M.Si.", 2), ("S.I.K., M.I.K.", 2)),
        430,
    ),
    "waka": (
        "{wakil} {suffix}",
        (("Kompol", 1),),
        (("S.I.K.", 2), ("S.H., M.H.", 3), ("S.I.K., M.H.", 2), ("S.H.", 1)),
        520,
    ),
    "humas": (
        "Kasi Humas {unit}",
        (("AKP", 3), ("Iptu", 4), ("Ipda", 2)),
        (("S.H.", 4), ("", 3), ("S.Sos.", 1), ("S.H., M.H.", 1)),
        600,
    ),
    "reskrim": (
        "Kasat Reskrim {unit}",
        (("AKP", 5), ("Iptu", 2)),
        (("S.I.K.", 3), ("S.H.", 3), ("S.Tr.K., S.I.K.", 2), ("S.H., M.H.", 1)),
        480,
    ),
    "narkoba": (
        "Kasat Resnarkoba {unit}",
        (("AKP", 4), ("Iptu", 3)),
        (("S.H.", 3), ("S.I.K.", 2), ("S.Tr.K.", 2), ("", 1)),
        500,
    ),
    "lantas": (
        "Kasat Lantas {unit}",
        (("AKP", 5), ("Iptu", 2)),
        (("S.I.K.", 3), ("S.Tr.K., S.I.K.", 2), ("S.H.", 2)),
        510,
    ),
    "samapta": (
        "Kasat Samapta {unit}",
        (("AKP", 4), ("Iptu", 3)),
        (("S.H.", 3), ("", 2), ("S.Sos.", 1)),
        560,
    ),
    "binmas": (
        "Kasat Binmas {unit}",
        (("AKP", 3), ("Iptu", 4)),
        (("S.Sos.", 2), ("S.H.", 2), ("", 2)),
        620,
    ),
    "kapolsek": (
        "Kapolsek {where}",
        (("Iptu", 5), ("AKP", 2), ("Ipda", 2)),
        (("S.H.", 4), ("", 4), ("S.Sos.", 1)),
        470,
    ),
    "kanit": (
        "Kanit Reskrim Polsek {where}",
        (("Ipda", 3), ("Aiptu", 3), ("Aipda", 2)),
        (("", 5), ("S.H.", 1)),
        540,
    ),
    "bhabin": (
        "Bhabinkamtibmas {where}",
        (("Bripka", 4), ("Aipda", 3), ("Brigpol", 3), ("Aiptu", 2)),
        (("", 1),),
        900,
    ),
}
_KOMBES_HEAD = "Kombes Pol"


@dataclass(frozen=True)
class Officer:
    """A police officer as a release names them: rank, name, academic titles, post."""

    rank: str
    name: str
    titles: tuple[str, ...]
    position: str
    unit: str
    kind: str

    def full(self, sep: str = ", ") -> str:
        """First mention: "AKBP Dedi Kurniawan, S.I.K., M.H."."""
        if not self.titles:
            return f"{self.rank} {self.name}"
        return f"{self.rank} {self.name}{sep}{', '.join(self.titles)}"

    @property
    def short(self) -> str:
        """Later mentions: rank and call name, "AKP Yudi"."""
        parts = self.name.split()
        call = parts[1] if len(parts) > 1 and parts[0] in ("M.", "Muhammad", "Ahmad") else parts[0]
        return f"{self.rank} {call}"

    def label(self, surface: str) -> dict[str, Any]:
        """Ground-truth label of this officer as mentioned in one article."""
        return {
            "rank": self.rank,
            "name": self.name,
            "titles": list(self.titles),
            "position": self.position,
            "unit": self.unit,
            "role": self.kind,
            "surface": surface,
        }


@cache
def _officer_label(o: Officer, surface: str) -> dict[str, Any]:
    """One shared (read-only) label per officer and surface: 20,000 articles name few people."""
    return o.label(surface)


def _weighted(rng: random.Random, options: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _, w in options)
    x = rng.random() * total
    for value, w in options:
        x -= w
        if x < 0:
            return value
    return options[-1][0]


@lru_cache(maxsize=65536)
def _roster(seed: int, unit_key: str, kind: str, where: str, period: int) -> Officer:
    unit = next(u for u in UNITS if u.key == unit_key)
    pattern, ranks, titles, _ = _POSITIONS[kind]
    rng = random.Random(h64(seed, "officer", unit_key, kind, where, period))
    female = rng.random() < (0.06 if kind in ("kapolres", "waka") else 0.14)
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    parts = [first]
    if not female and first not in ("Gusti",) and rng.random() < 0.12:
        parts = ["M.", first] if rng.random() < 0.5 else ["Muhammad", first]
    if rng.random() < 0.85:
        parts.append(rng.choice(SURNAMES))
    if first == "Gusti" and len(parts) == 1:
        parts.append(rng.choice(MALE_FIRST))
    rank = _weighted(rng, ranks)
    if kind == "kapolres" and unit.name.startswith("Polresta"):
        rank = _KOMBES_HEAD
    if kind == "waka" and unit.name.startswith("Polresta"):
        rank = "AKBP"
    title = _weighted(rng, titles)
    position = pattern.format(
        head=unit.head, wakil=unit.wakil, suffix=unit.suffix, unit=unit.name, where=where
    )
    if kind in ("kapolsek", "kanit"):
        owner = f"Polsek {where}"
    elif kind == "bhabin":
        owner = where.split("|", 1)[1] if "|" in where else unit.name
        position = f"Bhabinkamtibmas {where.split('|', 1)[0]}"
    else:
        owner = unit.name
    return Officer(
        rank=rank,
        name=" ".join(parts),
        titles=tuple(t.strip() for t in title.split(",") if t.strip()),
        position=position,
        unit=owner,
        kind=kind,
    )


def roster(seed: int, unit: Unit, kind: str, day: date, where: str = "") -> Officer:
    """Who holds post `kind` of `unit` (at `where`) on `day`: postings rotate."""
    tenure = _POSITIONS[kind][3]
    wobble = h64(seed, "tenure", unit.key, kind, where)
    tenure = tenure + wobble % 200 - 100
    offset = (wobble >> 16) % tenure
    period = ((day - _EPOCH).days + offset) // tenure
    return _roster(seed, unit.key, kind, where, period)


# -- the writing context --------------------------------------------------------------

_POLSEK_OF = {
    "Martapura": "Martapura Kota",
    "Amuntai Tengah": "Amuntai Kota",
    "Banjarbaru Utara": "Banjarbaru Kota",
    "Banjarbaru Selatan": "Banjarbaru Kota",
}


def polsek_of(unit: Unit, kecamatan: str) -> str | None:
    """The Polsek covering a kecamatan, if it has its own."""
    name = _POLSEK_OF.get(kecamatan, kecamatan)
    return name if name in unit.polsek else None


@dataclass
class Draft:
    """What a template writes for one article."""

    title: str
    paragraphs: list[str]
    caption: str
    category: str
    tags: list[str]
    comment_topic: str
    background: str | None = None  # padding pool (templates.BACKGROUND), default comment_topic


class Body:
    """Paragraphs of one article; optional ones are kept or dropped by the style stream."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.items: list[tuple[str, bool]] = []

    def add(self, text: str) -> Body:
        """A paragraph every version of the template has."""
        self.items.append((text, False))
        return self

    def opt(self, p: float, text: str | Callable[[], str]) -> Body:
        """A paragraph kept with probability `p`, scaled by the article's length class."""
        keep = self.ctx.s.random() < min(1.0, p * self.ctx.length)
        if keep:
            self.items.append((text() if callable(text) else text, True))
        return self

    def swap_tail(self) -> Body:
        """Sometimes the last two paragraphs are written the other way round."""
        if len(self.items) >= 4 and self.ctx.s.random() < 0.3:
            self.items[-1], self.items[-2] = self.items[-2], self.items[-1]
        return self

    def paragraphs(self) -> list[str]:
        """The paragraphs kept (`templates.pad` later joins them into 3 to 9 blocks)."""
        return [t for t, _ in self.items]


class Ctx:
    """Slots and style of one article being written."""

    def __init__(
        self,
        *,
        seed: int,
        pub: datetime,
        unit: Unit,
        slot: random.Random,
        style: random.Random,
        event_offsets: Sequence[int],
    ) -> None:
        self.seed = seed
        self.pub = pub
        self.pubd = pub.date()
        self.unit = unit
        self.r = slot
        self.s = style
        kec, villages = unit.kecamatan[int(slot.random() * len(unit.kecamatan))]
        self.kec = kec
        self.desa = villages[int(slot.random() * len(villages))]
        self.vw = unit.village_word
        self.polsek = polsek_of(unit, kec)
        self.length = (0.35, 0.8, 1.25, 1.9)[int(style.random() * 4)]
        self.title_sep = (", ", ", ", " ", ",")[int(style.random() * 4)]
        # How this article writes dates: mostly the unit's Humas habit.
        dev = style.random()
        self.date_style = (
            unit.date_style if dev < 0.8 else ("dm", "dmy4", "dmy4z", "dmy2")[int(dev * 20) % 4]
        )
        self.wita = "Wita" if h64(unit.key, "wita") % 3 else "WITA"
        dl_pick = slot.random()
        self.dateline = unit.datelines[
            0 if dl_pick < 0.55 else int(dl_pick * 97) % len(unit.datelines)
        ]
        self.ev = self.pubd - timedelta(days=event_offsets[int(slot.random() * len(event_offsets))])
        self.officers: list[dict[str, Any]] = []
        self._named: dict[Officer, int] = {}
        self.primary = unit.name
        self.extra_labels: dict[str, Any] = {}

    # -- random choices --------------------------------------------------------------

    def pick(self, seq: Sequence[Any]) -> Any:
        """A slot value (differs between twins)."""
        return seq[int(self.r.random() * len(seq))]

    def alt(self, *options: str) -> str:
        """A phrasing choice (shared by twins)."""
        return options[int(self.s.random() * len(options))]

    def maybe(self, p: float) -> bool:
        """A style decision (shared by twins)."""
        return self.s.random() < p

    def n(self, lo: int, hi: int) -> int:
        """A number slot."""
        return lo + int(self.r.random() * (hi - lo + 1))

    def other_kec(self) -> str:
        """Another kecamatan of the same unit."""
        names = [k for k, _ in self.unit.kecamatan if k != self.kec]
        return self.pick(names) if names else self.kec

    def other_village(self) -> str:
        """Another village of the article's kecamatan (or the same if it has one)."""
        villages = next(v for k, v in self.unit.kecamatan if k == self.kec)
        others = [v for v in villages if v != self.desa]
        return self.pick(others) if others else self.desa

    # -- people --------------------------------------------------------------------------

    def officer(self, kind: str, where: str = "") -> Officer:
        """The holder of a post on the event day."""
        return roster(self.seed, self.unit, kind, self.ev, where)

    def name(self, o: Officer) -> str:
        """A mention of an officer, resolved once the body is final (see `resolve`).

        Paragraphs may still be dropped or reordered, so the text holds a marker;
        the first mention left in the article becomes the full name with titles,
        later ones rank and call name, and only officers left in it are labelled.
        """
        if o not in self._named:
            self._named[o] = len(self._named)
        return f"\x01{self._named[o]}\x02"

    def named(self, o: Officer, paragraphs: list[str]) -> bool:
        """True when `o` is already mentioned in these paragraphs."""
        marker = f"\x01{self._named[o]}\x02" if o in self._named else None
        return marker is not None and any(marker in p for p in paragraphs)

    def resolve(self, paragraphs: list[str]) -> list[str]:
        """Replace officer markers: full name at the first mention, short after; label them."""
        officers = list(self._named)
        done: set[int] = set()

        def mention(m: re.Match[str]) -> str:
            idx = int(m.group(1))
            o = officers[idx]
            if idx in done:
                return o.short
            done.add(idx)
            surface = o.full(self.title_sep)
            self.officers.append(_officer_label(o, surface))
            return surface

        return [_MARKER.sub(mention, p) for p in paragraphs]

    def use_polsek(self) -> str | None:
        """Make the article's Polsek its primary unit; None when the kecamatan has none."""
        if self.polsek:
            self.primary = f"Polsek {self.polsek}"
        return self.polsek

    def kapolsek(self) -> Officer:
        """The Kapolsek of the article's kecamatan (needs a Polsek)."""
        return self.officer("kapolsek", self.polsek or self.unit.seat)

    def bhabin(self) -> Officer:
        """The village's Bhabinkamtibmas."""
        owner = f"Polsek {self.polsek}" if self.polsek else self.unit.name
        return self.officer("bhabin", f"{self.vw} {self.desa}|{owner}")

    def humas_chain(self) -> str:
        """ "Kapolres Tanah Laut AKBP X, S.I.K. melalui Kasi Humas Iptu Y"."""
        head = self.officer("kapolres")
        humas = self.officer("humas")
        return f"{head.position} {self.name(head)} melalui Kasi Humas {self.name(humas)}"

    def warga(self, female: bool | None = None) -> str:
        """An invented civilian with age: "Mahrita (45)"."""
        if female is None:
            female = self.r.random() < 0.4
        return f"{self.pick(CIVIL_FEMALE if female else CIVIL_MALE)} ({self.n(24, 63)})"

    def inisial(self, lo: int = 19, hi: int = 52) -> str:
        """A suspect as releases name them: initials and age, "RH (33)"."""
        size = 1 + int(self.r.random() * 2.6)
        letters = "".join(self.pick(INITIAL_LETTERS) for _ in range(size))
        return f"{letters} ({self.n(lo, hi)})"

    # -- dates and numbers ----------------------------------------------------------------

    def tgl(self, d: date) -> str:
        """Weekday and date the unit's way: "Jumat (10/11)", "Jumat (10/11/2023)"."""
        day = HARI[d.weekday()]
        if self.date_style == "dm":
            return f"{day} ({d.day}/{d.month})"
        if self.date_style == "dmy2":
            return f"{day} ({d.day}/{d.month}/{d:%y})"
        if self.date_style == "dmy4z":
            return f"{day} ({d:%d/%m/%Y})"
        return f"{day} ({d.day}/{d.month}/{d.year})"

    def on_weekday(self, weekday: int) -> None:
        """Put the event on the latest `weekday` (0 = Senin) on or before publication."""
        self.ev = self.pubd - timedelta(days=(self.pubd.weekday() - weekday) % 7)

    def balai(self) -> str:
        """The village hall."""
        if self.unit.kota:
            return f"Aula Kantor Kelurahan {self.desa}"
        return f"Balai Desa {self.desa}"

    def hari(self, d: date) -> str:
        """Weekday name."""
        return HARI[d.weekday()]

    def bulan(self, d: date) -> str:
        """ "November 2023"."""
        return f"{BULAN[d.month - 1]} {d.year}"

    def tanggal(self, d: date) -> str:
        """ "10 November 2023"."""
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"

    def jam(self, lo: int, hi: int) -> tuple[int, str]:
        """An event hour in [lo, hi] (before publication on the same day) and "pukul 09.30 Wita"."""
        if self.ev == self.pubd:
            hi = min(hi, self.pub.hour - 1)
            lo = min(lo, hi)
        hour = max(0, self.n(lo, max(lo, hi)))
        minute = self.pick((0, 0, 15, 30, 30, 45, 10, 20, 40, 50, 5))
        return hour, f"pukul {hour:02d}.{minute:02d} {self.wita}"

    @staticmethod
    def waktu(hour: int) -> str:
        """Part of the day an hour falls in."""
        if hour < 4:
            return "dini hari"
        if hour < 11:
            return "pagi"
        if hour < 15:
            return "siang"
        if hour < 18:
            return "sore"
        return "malam"

    @staticmethod
    def words(n: int) -> str:
        """Small numbers in words ("tiga"), larger ones in digits."""
        return _WORDS[n].replace("_", " ") if 0 <= n < len(_WORDS) else num(n)

    def rupiah(self, lo: int, hi: int) -> str:
        """An amount: "Rp850 ribu", "Rp1,2 juta"."""
        value = self.n(lo, hi)
        if value < 1000:
            return f"Rp{value} ribu"
        juta = value / 1000
        return f"Rp{juta:.1f} juta".replace(".0 ", " ").replace(".", ",")

    def gram(self, lo: float, hi: float) -> str:
        """A weight with a decimal comma: "6,48"."""
        return f"{lo + self.r.random() * (hi - lo):.2f}".replace(".", ",")


def num(n: int) -> str:
    """Digits with Indonesian thousands dots: 1.240."""
    return f"{n:,}".replace(",", ".")


def cap(text: str) -> str:
    """Capitalise the first letter only."""
    return text[:1].upper() + text[1:]


def title_case(text: str) -> str:
    """Headline capitalisation of a phrase ("kotak korek api" -> "Kotak Korek Api")."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


# -- templates and the article generator ---------------------------------------------------


@dataclass(frozen=True)
class Template:
    """One kind of release: its writer, when it can be published and how often."""

    id: str
    topic: str
    write: Callable[[Ctx], Draft]
    weight: float
    valid: Callable[[datetime], bool]
    event_offsets: tuple[int, ...] = (0, 0, 0, 1, 1, 2)
    units: tuple[str, ...] = ()


@dataclass
class GeneratedArticle:
    """One generated article with its labels."""

    index: int
    template: str
    topic: str
    published: datetime
    title: str
    paragraphs: tuple[str, ...]
    caption: str
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    comment_topic: str
    unit: Unit
    labels: dict[str, Any] = field(default_factory=dict)
    style_seed: int = 0
    twin_of: int | None = None


def publication_times(n: int, seed: int) -> list[datetime]:
    """`n` distinct, sorted publication times at about POSTS_PER_DAY a day, ending at END."""
    rng = random.Random(h64(seed, "times"))
    days = max(1, math.ceil(n / POSTS_PER_DAY))
    start = END.date() - timedelta(days=days - 1)
    hours = [h for h, _ in _HOUR_WEIGHTS]
    weights = [w for _, w in _HOUR_WEIGHTS]
    seen: set[datetime] = set()
    out: list[datetime] = []
    for _ in range(n):
        day = start + timedelta(days=int(rng.random() * days))
        hour = rng.choices(hours, weights)[0]
        t = datetime(
            day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=WITA
        )
        if t > END:
            t = END - timedelta(minutes=rng.randrange(600), seconds=rng.randrange(60))
        while t in seen:
            t += timedelta(seconds=1)
        seen.add(t)
        out.append(t)
    out.sort()
    return out


def _unit_for(slot: random.Random, template: Template, avoid: str | None) -> Unit:
    units = [u for u in UNITS if (not template.units or u.key in template.units) and u.key != avoid]
    if not units:
        units = list(UNITS)
    return slot.choices(units, [u.weight for u in units])[0]


def generate_articles(n: int, seed: int = 0) -> list[GeneratedArticle]:
    """`n` articles, oldest first, with unique titles; deterministic for `seed`."""
    from .templates import TEMPLATES, pad  # the templates use this module's helpers

    if n < 1:
        raise ValueError("n must be at least 1")
    picker = random.Random(h64(seed, "templates"))
    times = publication_times(n, seed)
    titles: set[str] = set()
    by_template: dict[str, list[int]] = {}
    out: list[GeneratedArticle] = []
    valid: dict[tuple[date, bool], list[Template]] = {}
    for i, pub in enumerate(times):
        key = (pub.date(), pub.hour >= 11)  # what template windows depend on
        candidates = valid.get(key)
        if candidates is None:
            candidates = valid[key] = [t for t in TEMPLATES if t.valid(pub)]
        template = picker.choices(candidates, [t.weight for t in candidates])[0]
        earlier = by_template.get(template.id, [])
        twin: int | None = None
        if earlier and picker.random() < TWIN_RATE:
            twin = earlier[-1 - int(picker.random() * min(len(earlier), 30))]
        style_seed = out[twin].style_seed if twin is not None else h64(seed, "style", i)
        for attempt in range(200):
            if attempt >= 100:  # this style's titles are used up: write it afresh
                twin, style_seed = None, h64(seed, "style", i, attempt)
            slot = random.Random(h64(seed, "slot", i, attempt))
            avoid = out[twin].unit.key if twin is not None else None
            unit = _unit_for(slot, template, avoid)
            ctx = Ctx(
                seed=seed,
                pub=pub,
                unit=unit,
                slot=slot,
                style=random.Random(style_seed),
                event_offsets=template.event_offsets,
            )
            draft = template.write(ctx)
            if draft.title not in titles:
                pad(ctx, draft)
                draft.paragraphs = ctx.resolve(draft.paragraphs)
                break
        else:  # pragma: no cover - 200 colliding draws would be a template bug
            raise RuntimeError(f"no unique title for article {i} ({template.id})")
        titles.add(draft.title)
        by_template.setdefault(template.id, []).append(i)
        categories = [draft.category]
        tags = [*draft.tags]
        flavour = random.Random(h64(seed, "terms", i))
        if draft.category != "Berita Polisi" and flavour.random() < 0.55:
            categories.append("Berita Polisi")
        if flavour.random() < 0.2:
            categories.append("Daerah")
        unit_tag = (
            ctx.primary
            if ctx.primary.startswith("Polsek") and flavour.random() < 0.5
            else unit.name
        )
        tags.insert(0, unit_tag)
        if unit_tag != unit.name:
            tags.insert(1, unit.name)
        if flavour.random() < 0.6:
            tags.append("BeritaPolisi")
        if flavour.random() < 0.25:
            tags.append(unit.region_short)
        labels = {
            "template": template.id,
            "topic": template.topic,
            "primary_unit": ctx.primary,
            "polres": unit.name,
            "polsek": f"Polsek {ctx.polsek}" if ctx.polsek else None,
            "region": unit.region,
            "kecamatan": ctx.kec,
            "village": f"{ctx.vw} {ctx.desa}",
            "dateline": {"text": ctx.dateline[0], "place": ctx.dateline[1]},
            "event_date": ctx.ev.isoformat(),
            "officers": ctx.officers,
            **ctx.extra_labels,
        }
        out.append(
            GeneratedArticle(
                index=i,
                template=template.id,
                topic=template.topic,
                published=pub,
                title=draft.title,
                paragraphs=tuple(draft.paragraphs),
                caption=draft.caption,
                categories=tuple(dict.fromkeys(categories)),
                tags=tuple(dict.fromkeys(tags)),
                comment_topic=draft.comment_topic,
                unit=unit,
                labels=labels,
                style_seed=style_seed,
                twin_of=twin,
            )
        )
    return out
