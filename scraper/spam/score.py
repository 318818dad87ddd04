"""Is a page gambling, porn or pharma spam? Counting its words where they stand.

A page is read as tokens (lower-case runs of letters or of digits), once per zone:
the title counts three times (spam titles are written for search engines), the text
once, and the page's links to other hosts whose address names the trade
(``slotgacor88.xyz``, ``/bokep-indo/``) twice each. Promotion phrases and neutral
names add to the spam score, the vocabulary of the law to the report score
(``scraper.spam.vocab``). A page is spam when its spam score is high, its own title or
text uses a promotion phrase, *and* the law words are few beside it: a release about a
togel arrest names togel ten times and says tersangka, diamankan, barang bukti and
Pasal 303 KUHP twenty.

A warning says fewer arrest words and more of the seller's: "Polres Banjar Imbau Warga
Jauhi Judi Online dan Slot Gacor" quotes the ads it warns about ("bonus new member",
"RTP live", "deposit pulsa", "link alternatif") and was quarantined, losing the police
campaign against judi online (imbauan, sosialisasi, patroli siber, arrests of
promotors) from the archive. Two things tell it from a page that sells:

- who speaks and what is asked: a release is signed and quoted by ranks and units
  (Kasi Humas, AKP, Bhabinkamtibmas) and asks the reader to keep away and report
  (mengimbau, jauhi, jangan tergiur, melaporkan, sanksi); a spam page asks the reader
  to register and deposit, and says none of that. Those words count as law words
  (``vocab.POLICE``, ``vocab.WARNING``);
- where the seller's words stand: a release puts them in quotation marks or in a
  sentence that names the law ("Iklan itu menawarkan 'deposit pulsa'", "Jangan
  percaya istilah maxwin," ujar Iptu ...); a spam page says them in its own voice. So
  on a page that speaks the law at all (``REPORT_MIN``), such phrases are *reported*:
  they count as names, not promotion (``read_zone``). A page below that gets no such
  reading (a spam page's quoted testimonial is still its own), and the law words a
  spam page says of itself ("diblokir Kominfo", ``vocab.SAID_BY_SPAM_TOO``) frame no
  sentence. Titles are cut at "|" and a spaced dash, so a hijacked site's name after a
  spam title ("Slot Gacor Maxwin – Polres Kapuas Hulu") frames nothing; a colon joins a
  headline's halves ("Gacor, Maxwin, hingga Scatter: Istilah Judi Online yang Perlu
  Dipahami Orang Tua").

Not only the police report the trade. A regulator's list of blocked sites, an
explainer of the ads' signs, a glossary for parents, a fatwa, a psychologist or an
opinion column quote the seller's words, often in their own voice ("Situs judi hampir
selalu mencantumkan bonus new member"), and say no arrest word. They say the words of
looking at the trade from outside (``vocab.OUTSIDE``: iklan, istilah, putus akses,
haram, kecanduan, utang, orang tua), which count as law words too.

Tested on ``tests/data/gambling_releases.json`` (arrests) and
``tests/data/gambling_warnings.json`` (the campaign and the pieces from outside the
police, against spam of many kinds, some dressed as warnings or explainers).

Pure and cheap: a page that names no gambling, porn or pharma word at all costs one
tokenisation of its title and text and a set intersection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from scraper.spam import vocab
from scraper.urls import site_host

_TOKENS = re.compile(r"[a-z]+|\d+")

# Zone weights.
TITLE, TEXT, LINK = 3.0, 1.0, 2.0
# One phrase repeated counts this many times per zone at most (keyword stuffing is
# spam enough after a few; a release naming "judi" twenty times is not twice as bad).
CAP = 6
LAW_CAP = 3
# A page is spam at this score, when its law score is below a third of it.
SPAM_SCORE = 12.0
LAW_RATIO = 3.0
# ... and when its own title and text sell something: at least one promotion phrase
# (weight 3 in the text, or any in the title). Links alone never make a page spam: a
# genuine article that says "judi" once, on a site whose sidebar carries spam links,
# is still the site's article.
PROMOTION_MIN = 3.0
# A page speaks the frame of a report when its law score reaches this (a warning
# release: a unit, a rank, "mengimbau", "jangan tergiur"; a spam page says "diblokir
# Kominfo" once, if at all). On such a page a promotion phrase in quotation marks, or
# in a sentence that names the law, is reported, not said: it counts as a name (1
# point, halved), and not as promotion.
REPORT_MIN = 6.0
# Quotation marks: typographic, straight double, and straight single ones that open a
# word and close one (not the apostrophe of "Indonesia's"); within one paragraph.
_QUOTED = re.compile(
    r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|‘[^’\n]{1,300}’|(?<!\w)'[^'\n]{1,300}'(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n")
_TITLE_BREAK = re.compile(r"[.!?;|]+(?=\s|$)|\s[-–—]\s|\n")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text.lower())


def _index(*groups: tuple[tuple[str, ...], float, str]) -> dict[str, list]:
    """First token -> [(phrase tokens, weight, kind)], longest phrases first."""
    index: dict[str, list] = {}
    for phrases, weight, kind in groups:
        for phrase in phrases:
            words = tuple(tokens(phrase))
            index.setdefault(words[0], []).append((words, weight, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


SPAM_PHRASES = _index(
    (vocab.GAMBLING_PROMOTION_3, 3.0, "gambling"),
    (vocab.GAMBLING_PROMOTION_2, 2.0, "gambling"),
    (vocab.PORN_PROMOTION_3, 3.0, "porn"),
    (vocab.PHARMA_PROMOTION_3, 3.0, "pharma"),
    (vocab.NEUTRAL, 1.0, "neutral"),
)
LAW_PHRASES = _index(
    (vocab.LAW, 1.0, "law"),
    (vocab.POLICE, 1.0, "law"),
    (vocab.WARNING, 1.0, "law"),
    (vocab.OUTSIDE, 1.0, "law"),
)


def matches(words: list[str], index: dict[str, list]):
    """(position, phrase) of each phrase of ``index`` in ``words`` (longest match wins)."""
    i, n = 0, len(words)
    while i < n:
        entries = index.get(words[i])
        step = 1
        if entries:
            for phrase, _weight, _kind in entries:
                if tuple(words[i : i + len(phrase)]) == phrase:
                    yield i, phrase
                    step = len(phrase)
                    break
        i += step


def count_phrases(words: list[str], index: dict[str, list]) -> Counter:
    """How often each phrase of ``index`` occurs in ``words`` (longest match wins)."""
    return Counter(phrase for _, phrase in matches(words, index))


_WEIGHTS = {
    phrase: (weight, kind) for entries in SPAM_PHRASES.values() for phrase, weight, kind in entries
}


def spam_points(found: Counter, zone: float) -> tuple[float, Counter]:
    """Score of the phrases found in one zone, and the points per kind."""
    kinds: Counter = Counter()
    for phrase, count in found.items():
        weight, kind = _WEIGHTS[phrase]
        kinds[kind] += weight * min(count, CAP) * zone
    return sum(kinds.values()), kinds


def reported_points(found: Counter, zone: float) -> float:
    """Points of the phrases a report quotes: 1 each (neutral names stay 1), capped."""
    return sum(min(count, CAP) for count in found.values()) * zone


def law_points(words: list[str], zone: float) -> float:
    found = count_phrases(words, LAW_PHRASES)
    return sum(min(c, LAW_CAP) for c in found.values()) * zone


@dataclass
class Zone:
    """One zone (title or text) read for reporting: its tokens, and for each token
    whether it stands in quotation marks or in a sentence that says a word of the
    law (``Zone.reported``)."""

    words: list[str]
    reported: list[bool]


def read_zone(text: str, title: bool = False) -> Zone:
    """``text`` as tokens, each marked reported or not (see ``split_promotion``).

    Sentences end at ``.``, ``!``, ``?`` or ``;`` followed by a space or the end, and
    at a line break; in a title also at ``|`` and a spaced dash, which set a site's name
    apart ("Slot Gacor Maxwin – Polres Kapuas Hulu": the site's name frames nothing)."""
    lowered = text.lower()
    spans = [m.span() for m in _QUOTED.finditer(lowered)]
    ends = [m.end() for m in (_TITLE_BREAK if title else _SENTENCE_END).finditer(lowered)]
    words: list[str] = []
    starts: list[int] = []
    for m in _TOKENS.finditer(lowered):
        words.append(m.group(0))
        starts.append(m.start())
    quoted = [False] * len(words)
    at = 0
    for begin, end in spans:
        while at < len(starts) and starts[at] < begin:
            at += 1
        while at < len(starts) and starts[at] < end:
            quoted[at] = True
            at += 1
    sentence = [bisect_right(ends, start) for start in starts]
    framed = {
        sentence[i]
        for i, phrase in matches(words, LAW_PHRASES)
        if " ".join(phrase) not in vocab.SAID_BY_SPAM_TOO
    }
    return Zone(words, [q or s in framed for q, s in zip(quoted, sentence)])


def split_promotion(zone: Zone) -> tuple[Counter, Counter]:
    """The phrases of ``SPAM_PHRASES`` in ``zone``: those said in the page's own voice,
    and those reported (quoted, or in a sentence that names the law)."""
    said: Counter = Counter()
    reported: Counter = Counter()
    for i, phrase in matches(zone.words, SPAM_PHRASES):
        (reported if zone.reported[i] else said)[phrase] += 1
    return said, reported


def names_the_trade(words: Iterable[str]) -> bool:
    """Whether any gambling, porn or pharma word occurs at all (the cheap first test)."""
    return not vocab.CORE.isdisjoint(words)


def spam_href(href: str) -> bool:
    """A link whose address names the trade (``slotgacor88.xyz``, ``/situs-togel/``).

    Its host and path only: a share button's query carries the article's own address
    ("facebook.com/sharer.php?u=https://site/…-judi-online/"), which named the trade on
    every page about gambling whose theme has share buttons (helper-114)."""
    lowered = href.lower().partition("?")[0].partition("#")[0]
    return any(stem in lowered for stem in vocab.HREF_STEMS)


_WRAPPED = re.compile(r"(?:^|&)[^=&]*=(https?(?:://|%3A%2F%2F)[^&]+)", re.IGNORECASE)


def trade_host(href: str, own_host: str) -> str | None:
    """The other host a link leads to that names the trade, or None: the link's own
    address, or one it carries in its query for a redirector to send the reader to
    ("google.com/url?q=https://slot88gacor.xyz/", helper-116), not ``own_host``'s (a
    share button's ``?u=`` is the article itself)."""
    if not href.startswith(("http://", "https://", "//")):
        return None
    absolute = href if not href.startswith("//") else "http:" + href
    candidates = [absolute, *(unquote(u) for u in _WRAPPED.findall(urlsplit(absolute).query))]
    for candidate in candidates:
        other = site_host(candidate)
        if other and other != own_host and spam_href(candidate):
            return other
    return None


@dataclass
class Verdict:
    """What the words of one page say; ``spam`` decides, the rest is evidence."""

    spam: bool
    score: float
    law: float
    kind: str  # gambling, porn or pharma: the trade the page promotes most
    terms: dict[str, int] = field(default_factory=dict)  # the phrases found, most first
    spam_links: int = 0  # links to other hosts whose address names the trade
    link_hosts: list[str] = field(default_factory=list)
    promotion: float = 0.0  # the points of promotion phrases in the title and text
    # ... of which read as reported (quoted, or in a sentence naming the law, on a page
    # that speaks the law): counted as names, not as promotion.
    reported: float = 0.0

    @property
    def reason(self) -> str:
        named = ", ".join(f"{t} ×{n}" for t, n in list(self.terms.items())[:6])
        return f"{self.kind} spam: {named} (score {self.score:.0f}, law words {self.law:.0f})"

    def evidence(self) -> dict:
        return {
            "kind": self.kind,
            "score": round(self.score, 1),
            "law_score": round(self.law, 1),
            "promotion": round(self.promotion, 1),
            "reported": round(self.reported, 1),
            "terms": self.terms,
            "spam_links": self.spam_links,
            "link_hosts": self.link_hosts,
        }


def judge_page(title: str, text: str, hrefs: Iterable[str] = (), url: str = "") -> Verdict | None:
    """The verdict on one page read as an article, or None when it names no gambling,
    porn or pharma word at all (most pages: decided without scoring).

    ``hrefs`` are the page's links; those to another host that name the trade count
    as spam links. ``url`` is the page's own address (its host is not "another").
    """
    title_words = tokens(title)
    text_words = tokens(text)
    if not (names_the_trade(title_words) or names_the_trade(text_words)):
        return None
    law = law_points(title_words, 2.0) + law_points(text_words, 1.0)
    if law >= REPORT_MIN:
        said_title, reported_title = split_promotion(read_zone(title, title=True))
        said_text, reported_text = split_promotion(read_zone(text))
    else:  # no report around them: every phrase is the page's own
        said_title, reported_title = count_phrases(title_words, SPAM_PHRASES), Counter()
        said_text, reported_text = count_phrases(text_words, SPAM_PHRASES), Counter()
    title_score, title_kinds = spam_points(said_title, TITLE)
    text_score, text_kinds = spam_points(said_text, TEXT)
    # Reported phrases count as names (1 point each, halved below) ...
    names = reported_points(reported_title, TITLE) + reported_points(reported_text, TEXT)
    # ... and the promotion points they would have had are evidence, not promotion.
    reported_kinds = spam_points(reported_title, TITLE)[1] + spam_points(reported_text, TEXT)[1]
    reported = sum((v for k, v in reported_kinds.items() if k != "neutral"), 0.0)
    host = site_host(url) if url else ""
    hosts: Counter = Counter()
    for href in hrefs:
        target = trade_host(href, host)
        if target:
            hosts[target] += 1
    links = sum(hosts.values())
    link_score = LINK * min(links, 10)
    kinds = title_kinds + text_kinds
    # Neutral names count half: they say what the page is about, not that it sells it.
    # So do the phrases a report quotes.
    score = title_score + text_score + link_score - kinds["neutral"] / 2 + names / 2
    trades = {k: v for k, v in kinds.items() if k != "neutral"}
    own = sum(trades.values())  # promotion in the page's own voice
    if not trades:  # a page that only quotes: named by the trade it quotes
        trades = {k: v for k, v in reported_kinds.items() if k != "neutral"}
    kind = max(trades, key=trades.get) if trades else "gambling"
    terms = Counter()
    for found in (said_title, reported_title, said_text, reported_text):
        for phrase, count in found.items():
            terms[" ".join(phrase)] += count
    spam = score >= SPAM_SCORE and law * LAW_RATIO < score and own >= PROMOTION_MIN
    return Verdict(
        spam=spam,
        score=score,
        law=law,
        kind=kind,
        terms=dict(terms.most_common(12)),
        spam_links=links,
        link_hosts=[h for h, _ in hosts.most_common(5)],
        promotion=own + reported,
        reported=reported,
    )
