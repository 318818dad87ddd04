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

Pure and cheap: a page that names no gambling, porn or pharma word at all costs one
tokenisation of its title and text and a set intersection.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

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
LAW_PHRASES = _index((vocab.LAW, 1.0, "law"))


def count_phrases(words: list[str], index: dict[str, list]) -> Counter:
    """How often each phrase of ``index`` occurs in ``words`` (longest match wins)."""
    found: Counter = Counter()
    i, n = 0, len(words)
    while i < n:
        entries = index.get(words[i])
        step = 1
        if entries:
            for phrase, _weight, _kind in entries:
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found[phrase] += 1
                    step = len(phrase)
                    break
        i += step
    return found


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


def law_points(words: list[str], zone: float) -> float:
    found = count_phrases(words, LAW_PHRASES)
    return sum(min(c, LAW_CAP) for c in found.values()) * zone


def names_the_trade(words: Iterable[str]) -> bool:
    """Whether any gambling, porn or pharma word occurs at all (the cheap first test)."""
    return not vocab.CORE.isdisjoint(words)


def spam_href(href: str) -> bool:
    """A link whose address names the trade (``slotgacor88.xyz``, ``/situs-togel/``)."""
    lowered = href.lower()
    return any(stem in lowered for stem in vocab.HREF_STEMS)


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
    found_title = count_phrases(title_words, SPAM_PHRASES)
    found_text = count_phrases(text_words, SPAM_PHRASES)
    title_score, title_kinds = spam_points(found_title, TITLE)
    text_score, text_kinds = spam_points(found_text, TEXT)
    host = site_host(url) if url else ""
    hosts: Counter = Counter()
    for href in hrefs:
        if href.startswith(("http://", "https://", "//")) and spam_href(href):
            other = site_host(href if not href.startswith("//") else "http:" + href)
            if other and other != host:
                hosts[other] += 1
    links = sum(hosts.values())
    link_score = LINK * min(links, 10)
    kinds = title_kinds + text_kinds
    # Neutral names count half: they say what the page is about, not that it sells it.
    score = title_score + text_score + link_score - kinds["neutral"] / 2
    law = law_points(title_words, 2.0) + law_points(text_words, 1.0)
    trades = {k: v for k, v in kinds.items() if k != "neutral"}
    promotion = sum(trades.values())
    kind = max(trades, key=trades.get) if trades else "gambling"
    terms = Counter()
    for found in (found_title, found_text):
        for phrase, count in found.items():
            terms[" ".join(phrase)] += count
    spam = score >= SPAM_SCORE and law * LAW_RATIO < score and promotion >= PROMOTION_MIN
    return Verdict(
        spam=spam,
        score=score,
        law=law,
        kind=kind,
        terms=dict(terms.most_common(12)),
        spam_links=links,
        link_hosts=[h for h, _ in hosts.most_common(5)],
        promotion=promotion,
    )
