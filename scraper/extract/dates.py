"""Pick the publication and modification time of a page from every date it states.

The page is read once (``metadata.read_dates``): each candidate comes with its source
(API, JSON-LD, meta, feed, ``<time>``/microdata, a visible dated line, the URL), what
its markup says it is (published, modified) and where it sits (article header, body,
a comment, a sidebar, a related list, the site's header). Here the candidates are
judged, by evidence rather than by order:

1. Comments, sidebars, related lists, embeds, the site header and footer are never the
   publication date, and a modification time (``dateModified``, ``time.updated``,
   "Diperbarui …") never is either.
2. The page's zone is learned from the page itself when the site definition gives none:
   a WIB/WITA/WIT (or CET, PST …) label beside a visible time, a non-zero offset in its
   own local-time values, or a naive local value that is a UTC value moved by whole
   hours; failing all of those, the offset of the sitemap's ``lastmod`` for the page.
   A naive value takes that zone; a UTC value is expressed in it; with no
   evidence each value keeps the offset it was given (never WIB by default).
3. A structured value that shows the visible header's wall-clock time with another
   offset is a false offset (detik's ``10:08:58Z`` beside "10:08 WIB"): the visible
   zone is taken. A structured value that is the header's instant is expressed in the
   header's printed zone.
4. Candidates are ranked by trust (API, JSON-LD and <head> meta, microdata and marked
   ``<time>``, feed, a dated line or ``<time>`` near the headline, the URL) and, within
   a rank, by nearness to the headline. Each source votes for its day: a day named by
   more of the page's sources (the printed header among them) beats a lone stale one.
   A bare day is refined by a time on that day; a UTC value on a page of unknown zone
   whose header shows the next or previous day keeps the day the page shows.
5. When the page's evidence is weak (no structured value, no header time), htmldate's
   extensive search reads the unpruned page for the day: a candidate of ours on that
   day keeps its time and offset; a day only comments, sidebars, the site header (and,
   on a page that declares itself an article, related lists) name is refused.

Rules and numbers: docs/dates.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from scraper.dates import find_dates, parse_date, to_iso
from scraper.dates._vocab import ZONES
from scraper.extract.cleanup import labelled_date
from scraper.extract.date_places import MODIFIED_CUE
from scraper.extract.metadata import CHROME_PLACES, NEAR_HEADLINE, DateCandidate
from scraper.extract.page import ARTICLE_TYPES
from scraper.extract.record import Hints
from scraper.sites import SiteDefinition

_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_YEAR_PRINTED = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d\d\b")
# No web page was published before this year: earlier values are placeholders.
_OLDEST_YEAR = 1900
# Offsets a zone may have: whole quarter hours, at most 14 hours from UTC.
_QUARTER = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


@dataclass(frozen=True)
class Published:
    value: str | None = None
    utc: str | None = None
    source: str | None = None
    conflict: str | None = None
    # The chosen value itself, as the reference for dates named in the text.
    parsed: date | datetime | None = None
    # The zone the page's times are in, when known, and how it was learned ("label
    # WITA", "site", "offset +08:00 in json-ld", "local time beside its UTC value"):
    # what a crawl may remember for the site. None when the page gave no evidence.
    zone: tzinfo | None = None
    zone_evidence: str | None = None


@dataclass
class _Value:
    """One parsed candidate."""

    cand: DateCandidate
    given: date | datetime  # as parsed, in the offset it was given (or naive)
    value: date | datetime  # in the page's zone where that is known
    order: int  # its index among the candidates: the page's own order of trust
    shown: date | datetime | None = None  # what the visible text beside it says
    utc_by_contract: bool = False  # API date_gmt, RSS +0000: truly UTC


@dataclass
class _Evidence:
    values: list[_Value]
    zone: tzinfo | None
    zone_evidence: str | None
    anchor: _Value | None  # the visible header time, the cross-check for the rest
    # The page says it is one article (WordPress single-post body class, JSON-LD article
    # type, og:type article): then listed posts are others, never its own date.
    declared_article: bool = False


# Indonesia's zones by offset: WIB, WITA, WIT (none observes daylight saving).
INDONESIAN_ZONES = {
    timedelta(hours=7): "Asia/Jakarta",
    timedelta(hours=8): "Asia/Makassar",
    timedelta(hours=9): "Asia/Jayapura",
}


def zone_name(zone: tzinfo | None) -> str | None:
    """An IANA name for a page's zone, for a site to remember: a named zone's own key;
    a fixed offset of WIB, WITA or WIT as that zone; other fixed offsets None (a
    foreign site's offset may be daylight saving time, not its zone)."""
    if zone is None:
        return None
    key = getattr(zone, "key", None)
    if key:
        return key
    offset = zone.utcoffset(None)
    return INDONESIAN_ZONES.get(offset) if offset is not None else None


def _site_zone(site: SiteDefinition):
    try:
        return ZoneInfo(site.timezone) if site.timezone else None
    except (KeyError, ValueError):
        return None


def _is_label(value: datetime) -> bool:
    name = value.tzname()
    return bool(name) and not name.startswith("UTC")


def _is_utc(value) -> bool:
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)


# --- reading -------------------------------------------------------------------------


def _parse_machine(raw: str, site: SiteDefinition, fetched_at: datetime, utc: bool = False):
    """A machine value (meta, JSON-LD, attribute, API): in the offset it was given."""
    return parse_date(
        raw,
        reference=fetched_at,
        tz="UTC" if utc else None,
        trust_utc=site.trust_utc,
        reference_zone=False,
    )


def _parse_visible(text: str, fetched_at: datetime, trust_utc: bool):
    """The first full date (with a printed year) in a visible line, rules only."""
    for found in find_dates(text, reference=fetched_at, trust_utc=trust_utc, reference_zone=False):
        if found.relative or not _YEAR_PRINTED.search(found.surface):
            continue
        return found.value, text[: found.start]
    return None, ""


def _after_the_edit(text: str, fetched_at: datetime, trust_utc: bool):
    """In a line whose first date is an edit's ("Update: Sabtu, 11 November 2023 - 09:00
    WITA | Jumat, 10 November 2023 - 14:30 WITA"), the first later full date that no
    edit's word introduces, or None."""
    dates = [
        found
        for found in find_dates(
            text, reference=fetched_at, trust_utc=trust_utc, reference_zone=False
        )
        if not found.relative and _YEAR_PRINTED.search(found.surface)
    ]
    for before, found in zip(dates, dates[1:]):
        if not _modified_cue(text[before.end : found.start]):
            return found.value
    return None


def _candidates(md, hints: Hints) -> list[DateCandidate]:
    found = []
    if hints.published and hints.published_source == "api":
        found.append(DateCandidate("api", hints.published, "published", key="api"))
    if hints.modified:
        found.append(DateCandidate("api", hints.modified, "modified", key="api"))
    found.extend(md.date_candidates)
    if hints.published and hints.published_source == "feed":
        found.append(DateCandidate("feed", hints.published, "published", key="feed"))
    return found


def _url_value(url: str, order: int) -> _Value | None:
    """The day in a /2023/11/14/ path, the last resort."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        day = date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
    return _Value(
        DateCandidate("url", day.isoformat(), "published", "url", key="url"), day, day, order
    )


def _read(md, hints: Hints, site: SiteDefinition, fetched_at: datetime) -> list[_Value]:
    # Odoo writes its UTC post_date without an offset.
    naive_is_utc = md.meta.get("generator", "").lower().startswith("odoo")
    values: list[_Value] = []
    # Pages repeat a value (JSON-LD, meta, <time>): each string is parsed once.
    memo: dict[tuple[str, str, bool], object] = {}

    def visible(text: str):
        key = ("visible", text, False)
        if key not in memo:
            memo[key] = _parse_visible(text, fetched_at, site.trust_utc)
        return memo[key]

    def machine(raw: str, utc: bool):
        key = ("machine", raw, utc)
        if key not in memo:
            memo[key] = _parse_machine(raw, site, fetched_at, utc=utc)
        return memo[key]

    for order, cand in enumerate(_candidates(md, hints)):
        if cand.source == "relative":
            continue  # read only when nothing else dates the page (_relative_choice)
        shown = None
        contract = False
        if cand.source == "text":
            given, before = visible(cand.raw)
            if given is None:
                continue
            if cand.role in ("unknown", "modified") and _modified_cue(before):
                # The line's next date, when no edit's word introduces it, is the
                # publication's (helper-106: "Update: <edit> | <publication>" on one
                # line gave htmldate's edit day, and no modification time).
                later = _after_the_edit(cand.raw, fetched_at, site.trust_utc)
                if later is not None:
                    values.append(_Value(_with_role(cand, "unknown"), later, later, order))
                cand = _with_role(cand, "modified")
        else:
            is_utc = False
            if cand.source == "api":
                is_utc = (
                    hints.modified_is_utc if cand.role == "modified" else hints.published_is_utc
                )
            elif cand.source == "feed":
                is_utc = hints.published_is_utc
            given = machine(cand.raw, is_utc)
            if given is None:
                continue
            contract = cand.source in ("api", "feed") and (is_utc or _is_utc(given))
            if naive_is_utc and cand.source == "meta" and _naive(given):
                given = given.replace(tzinfo=timezone.utc)
            if cand.text:
                shown, _ = visible(cand.text)
                if shown is not None and abs((_day(shown) - _day(given)).days) > 1:
                    # <time datetime=X>another day</time>: readers see the text; the
                    # attribute is then an edit time or another date altogether.
                    given = shown
        if _in_future(given, fetched_at) or given.year < _OLDEST_YEAR:
            continue  # a misread (a phone number) or a placeholder ("0001-01-01T00:00Z")
        values.append(_Value(cand, given, given, order, shown, contract))
    return values


def _modified_cue(before: str) -> bool:
    return bool(MODIFIED_CUE.search(before[-40:]))


def _with_role(cand: DateCandidate, role: str) -> DateCandidate:
    return DateCandidate(
        cand.source, cand.raw, role, cand.place, cand.position, cand.distance, cand.text, cand.key
    )


def _naive(value) -> bool:
    return isinstance(value, datetime) and value.tzinfo is None


# --- the page's zone ---------------------------------------------------------------


def _visible(v: _Value) -> date | datetime | None:
    """What a reader sees of a candidate: a dated line, or the text of a <time>."""
    return v.given if v.cand.source == "text" else v.shown


def _learn_zone(values: list[_Value], site: SiteDefinition) -> tuple[tzinfo | None, str | None]:
    """The zone the page's times are in, and how it was learned (None, None: unknown)."""
    own = [v for v in values if v.cand.place != "embed"]
    ranked = sorted(own, key=lambda v: (v.cand.place in CHROME_PLACES, v.order))
    # 1. A zone printed beside a visible time: the page's own statement of its local
    # time, which even a site definition's zone does not overrule.
    for v in ranked:
        seen = _visible(v)
        if isinstance(seen, datetime) and seen.tzinfo is not None and seen.utcoffset():
            label = seen.tzname() if _is_label(seen) else _offset_text(seen.utcoffset())
            return seen.tzinfo, f"label {label}"
    # 2. The site definition's zone (or --tz).
    zone = _site_zone(site)
    if zone is not None:
        return zone, "site"
    # 3. A non-zero offset in the page's own local-time values, or in the API's (the
    # WordPress post's ``date`` with the offset its ``date_gmt`` gives).
    for v in ranked:
        if v.cand.source in ("api", "json-ld", "meta", "time-element") and isinstance(
            v.given, datetime
        ):
            offset = v.given.utcoffset()
            if offset:
                return timezone(offset), f"offset {_offset_text(offset)} in {v.cand.source}"
    # 4. A naive local value that is a UTC value moved by whole quarter hours: the same
    # moment written twice, once in local time (sailthru.date, a <time datetime> with
    # no offset, the visible header time) and once in UTC. Only the page's own values
    # (<head>, JSON-LD, the article's header) and the same role are compared, and a
    # machine value must agree to the second.
    main = [
        v for v in ranked if v.cand.place in ("head", "header", "page", "body") and _near(v.cand)
    ]
    utc_values = [v for v in main if _is_utc(v.given) and v.cand.source != "text"]
    for v in main:
        if _naive(v.given) and v.cand.source != "text":
            local, exact = v.given, True
        elif _naive(_visible(v)):
            local, exact = _visible(v), False
        else:
            continue
        for u in utc_values:
            if (v.cand.role == "modified") != (u.cand.role == "modified"):
                continue
            moved = u.given.replace(tzinfo=None)
            if not exact:
                moved = moved.replace(second=0, microsecond=0)
            elif not (local.second or local.microsecond):
                continue  # a round minute on both sides is too weak a match
            offset = local - moved
            if offset and abs(offset) <= _MAX_OFFSET and not offset % _QUARTER:
                return timezone(offset), "local time beside its UTC value"
    # 5. The page's own "+00:00" time that is the feed's (or the API's) UTC moment moved
    # by whole quarter hours: the page wrote its local wall time labelled UTC.
    for v, u in _labelled_utc_pairs(values):
        offset = v.given - u.given
        return timezone(offset), _LABELLED_UTC
    return None, None


_LABELLED_UTC = "local time labelled UTC beside the feed's UTC"
# The page's own machine values: what a theme or SEO plugin writes, never by contract.
_PAGE_MACHINE = ("json-ld", "meta", "time-element")


def _labelled_utc_pairs(values: list[_Value], zone: tzinfo | None = None):
    """(page value, UTC value) pairs where the page's "+00:00" time is the site's wall
    time labelled UTC, the same moment as a value that is UTC by contract (the feed's
    ``pubDate``, the API's ``date_gmt``) of the same role.

    All in One SEO 4.4 on a JNews site printed ``article:published_time`` "…T08:00:00
    +00:00" beside its schema's "…T08:00:00-05:00", and themes that format
    ``post_date`` with PHP's ``date('c')`` (WordPress runs PHP in UTC) do the same: read
    as UTC, the time was stored hours off (eight on a WITA site) while the feed said
    the true moment. Without ``zone`` any non-zero whole quarter-hour shift up to 14
    hours pairs them (and is the zone); with one, only that zone's offset does.
    """
    truth = [v for v in values if v.utc_by_contract and isinstance(v.given, datetime)]
    # A feed whose pubDate is the moment the page gives as its modification time, and
    # as no publication time, dates the last edit (a CMS's feed of updates): the page's
    # publication time is then no wall time, whatever whole hours lie between them.
    page = [
        w
        for w in values
        if w.cand.source in _PAGE_MACHINE and isinstance(w.given, datetime) and w.given.tzinfo
    ]
    truth = [
        u
        for u in truth
        if not (roles := {w.cand.role == "modified" for w in page if w.given == u.given})
        or (u.cand.role == "modified") in roles
    ]
    if not truth:
        return
    for v in values:
        if (
            v.cand.source not in _PAGE_MACHINE
            or v.utc_by_contract
            or not _is_utc(v.given)
            or v.cand.place in CHROME_PLACES
            or not _near(v.cand)
        ):
            continue
        for u in truth:
            if (v.cand.role == "modified") != (u.cand.role == "modified"):
                continue
            offset = v.given - u.given
            if zone is not None:
                if v.given.replace(tzinfo=zone) == u.given and offset:
                    yield v, u
            elif offset and abs(offset) <= _MAX_OFFSET and not offset % _QUARTER:
                yield v, u


def _lastmod_zone(lastmod: str | None) -> tuple[tzinfo | None, str | None]:
    """The zone a sitemap's ``lastmod`` for the page is written in, when the page itself
    says none: the weakest evidence, after every value of the page's own.

    Rank Math and All in One SEO write ``lastmod`` in the site's zone ("…T14:40:00
    +09:00"); a page that prints only "2 jam yang lalu" and a feed that gives only UTC
    were stored at +00:00 though the sitemap said the site's offset. An offset of zero
    (Yoast's sitemaps are UTC) says nothing.
    """
    if not lastmod or "T" not in lastmod:
        return None, None
    try:
        value = datetime.fromisoformat(lastmod.strip().replace("Z", "+00:00"))
    except ValueError:
        return None, None
    offset = value.utcoffset()
    if not offset or abs(offset) > _MAX_OFFSET or offset % _QUARTER:
        return None, None
    return timezone(offset), f"offset {_offset_text(offset)} {_IN_LASTMOD}"


_IN_LASTMOD = "in sitemap lastmod"


def votes_for_site_zone(evidence: str | None) -> bool:
    """Whether the zone a page was read in, learnt so, counts towards the site's zone
    (``site_zone_votes``): not when it is the site definition's own, nor a sitemap's
    ``lastmod`` (written in the server's clock, which a host abroad keeps in its own
    zone: its offset may read one page whose text says none, but 90% of such pages
    would make it the site's, over its pages' own offsets on later crawls); nor a page's
    "+00:00" time read as a wall time beside the feed's UTC (``_labelled_utc_pairs``):
    a feed that labels its wall times UTC beside a page's true UTC time reads the same,
    and one such pair must not set the zone of every later page)."""
    return (
        bool(evidence)
        and evidence not in ("site", _LABELLED_UTC)
        and not evidence.endswith(_IN_LASTMOD)
    )


def _offset_text(offset: timedelta) -> str:
    return datetime(2000, 1, 1, tzinfo=timezone(offset)).isoformat()[-6:]


def _in_zone(value, zone: tzinfo | None, keep_utc: bool = False):
    """A naive value in ``zone``; a UTC value expressed in it; anything else unchanged."""
    if zone is None or not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    if _is_utc(value) and not keep_utc:
        try:
            return value.astimezone(zone)
        except (OverflowError, ValueError):  # at the edge of datetime's range
            return value
    return value


# --- the evidence ------------------------------------------------------------------


def _evidence(md, hints: Hints, site: SiteDefinition, fetched_at: datetime) -> _Evidence:
    """Every candidate parsed and put in the page's zone, cached on ``md`` for the
    publication and the modification time of one extraction."""
    cache = md.__dict__.setdefault("_date_evidence", {})
    key = (id(hints), site.timezone, site.trust_utc, fetched_at)
    if key in cache:
        return cache[key]
    values = _read(md, hints, site, fetched_at)
    zone, how = _learn_zone(values, site)
    if zone is None:
        zone, how = _lastmod_zone(hints.lastmod)
    # A page source whose "+00:00" time is the wall time of the feed's UTC moment
    # labels every time it writes so: all of them are wall times in the zone.
    labelled = {v.cand.source for v, _ in _labelled_utc_pairs(values, zone)} if zone else set()
    for v in values:
        # A "UTC"/"GMT" the page prints in a visible line is its own statement.
        printed_utc = v.cand.source == "text" and _is_utc(v.given)
        if v.cand.source in labelled and not v.utc_by_contract and _is_utc(v.given):
            v.value = v.given.replace(tzinfo=zone)
        else:
            v.value = _in_zone(v.given, zone, keep_utc=printed_utc)
    anchor = _anchor(values)
    if anchor is not None:
        _cross_check(values, anchor)
    evidence = _Evidence(values, zone, how, anchor, _declared_article(md))
    cache[key] = evidence
    return evidence


def _anchor(values: list[_Value]) -> _Value | None:
    """The visible header time that structured values are checked against."""
    best = None
    for v in values:
        seen = _visible(v)
        if not isinstance(seen, datetime) or seen.tzinfo is None or v.cand.role == "modified":
            continue
        if v.cand.place in CHROME_PLACES or not _near(v.cand):
            continue
        if v.cand.place == "body" and v.cand.role != "published":
            continue
        key = (v.cand.place != "header", abs(v.cand.distance or 0), v.order)
        if best is None or key < best[0]:
            best = (key, v)
    return best[1] if best else None


def _cross_check(values: list[_Value], anchor: _Value) -> None:
    """False offsets and same-instant twins of the visible header time."""
    seen = _visible(anchor)
    assert isinstance(seen, datetime) and seen.tzinfo is not None
    wall = seen.replace(tzinfo=None, second=0, microsecond=0)
    false_offsets: set[tuple[str, timedelta | None]] = set()
    for v in values:
        if v.cand.source not in ("json-ld", "meta", "time-element") or v.cand.role == "modified":
            continue
        given = v.given
        if not isinstance(given, datetime) or given.tzinfo is None:
            continue
        if given.replace(tzinfo=None, second=0, microsecond=0) == wall and (
            given.utcoffset() != seen.utcoffset()
        ):
            # Same wall clock, another offset: the offset is false (a local time
            # written with "Z" or with the server's zone).
            false_offsets.add((v.cand.source, given.utcoffset()))
    for v in values:
        given = v.given
        if not isinstance(given, datetime) or given.tzinfo is None:
            continue
        if (v.cand.source, given.utcoffset()) in false_offsets and not v.utc_by_contract:
            v.value = given.replace(tzinfo=seen.tzinfo)
        elif v.cand.source != "text" and abs((given - seen).total_seconds()) < 60:
            v.value = _in_zone(given.astimezone(timezone.utc), seen.tzinfo)


# --- ranking -------------------------------------------------------------------------


def _near(cand: DateCandidate) -> bool:
    return cand.distance is None or abs(cand.distance) <= NEAR_HEADLINE


def _tier(v: _Value) -> int | None:
    """Trust rank of a publication candidate (lower is better); None: never publication.

    0 API, 1 JSON-LD datePublished and <head> meta, 2 other JSON-LD dates, microdata
    datePublished and a <time> marked published near the headline, 3 feed, 4 a visible
    date line or <time> near the headline, 5 an unmarked <time> in the text, 6 the URL,
    7 anything far from the headline.
    """
    cand = v.cand
    if cand.role == "modified" or cand.place in CHROME_PLACES:
        return None
    source = cand.source
    if source == "api":
        return 0
    if source == "json-ld":
        return 1 if cand.key == "datePublished" else 2
    if source == "meta" and cand.place == "head":
        return 1
    if source == "feed":
        return 3
    if source == "url":
        return 6
    if source in ("meta", "time-element"):  # microdata, <time>, hAtom in <body>
        explicit = cand.key.startswith("itemprop") and cand.role == "published"
        if explicit or (cand.role == "published" and _near(cand)):
            return 2
        if not _near(cand):
            return 7
        return 5 if cand.place == "body" else 4
    # A visible dated line.
    if cand.place == "body" and cand.role != "published":
        return None
    return 4 if _near(cand) else 7


def _day(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def _rank_key(item: tuple[int, _Value]):
    """Within a rank: a visible line that prints its zone first (listing stamps rarely
    do), then the nearest to the headline, then the page's own order."""
    tier, v = item
    visible = v.cand.source in ("text", "time-element") or v.cand.key.startswith("itemprop")
    near = abs(v.cand.distance) if visible and v.cand.distance is not None else 0
    zoned = v.cand.source == "text" and isinstance(v.given, datetime) and v.given.tzinfo
    return (tier, not zoned, near, v.order)


@dataclass(frozen=True)
class _Choice:
    value: date | datetime
    source: str
    utc: date | datetime | None = None  # the instant, when the value is a bare local day


def _choose(
    evidence: _Evidence, tree, unpruned, chrome_texts, url: str, fetched_at: datetime
) -> tuple[_Choice | None, list]:
    values = list(evidence.values)
    from_url = _url_value(url, len(values))
    if from_url is not None:
        values.append(from_url)
    ranked = sorted(((t, v) for v in values if (t := _tier(v)) is not None), key=_rank_key)
    if not ranked:
        choice = None
        tier = 99
        weak = True
    else:
        tier, best = _corroborated(ranked)
        choice = _Choice(best.value, best.cand.source)
        if not isinstance(best.value, datetime):
            choice = _refine(choice, ranked)
        choice = _local_day(choice, best, ranked, evidence)
        weak = tier >= 5 or (tier == 4 and not isinstance(choice.value, datetime))
    if weak:
        choice = _ask_htmldate(
            choice,
            tier,
            ranked,
            unpruned if unpruned is not None else tree,
            fetched_at,
            lambda: _chrome_days(evidence, chrome_texts, fetched_at),
            evidence.values,
        )
    return choice, ranked


def _corroborated(ranked) -> tuple[int, _Value]:
    """The best candidate, unless most of the page's own sources name another day.

    Each structured source (JSON-LD, each meta name, microdata, a marked <time>, the
    API, the feed) and the visible date line nearest the headline is one vote for a
    day; when another day has more votes than the best candidate's, its best-ranked
    candidate wins (a stale JSON-LD beside two metas and the printed header). A tie
    goes to the day the page prints, else keeps the order of trust.
    """
    tier, best = ranked[0]
    votes: dict[date, set[str]] = {}
    visible_voted = False
    for t, v in ranked:
        if t <= 3:
            votes.setdefault(_day(v.value), set()).add(f"{v.cand.source} {v.cand.key}")
        elif t == 4 and not visible_voted:
            visible_voted = True
            votes.setdefault(_day(v.value), set()).add("visible")
    if len(votes) < 2:
        return tier, best
    mine = votes.get(_day(best.value), set())
    top_day, top = max(votes.items(), key=lambda item: (len(item[1]), "visible" in item[1]))
    if len(top) < 2 or len(top) < len(mine):
        return tier, best
    if len(top) == len(mine) and ("visible" in mine or "visible" not in top):
        return tier, best
    for t, v in ranked:
        if _day(v.value) == top_day:
            return t, v
    return tier, best


def _refine(choice: _Choice, ranked) -> _Choice:
    """A bare day takes the time of a candidate on that same day."""
    for _, v in ranked:
        if isinstance(v.value, datetime) and v.value.date() == choice.value:
            return _Choice(v.value, choice.source)
    return choice


def _local_day(choice: _Choice, best: _Value, ranked, evidence: _Evidence) -> _Choice:
    """A UTC value in a page of unknown zone whose header shows the next or previous
    day: the page's day is the one it shows (the instant is kept for sorting)."""
    value = choice.value
    if evidence.zone is not None or not _is_utc(value):
        return choice
    days = []
    for _, v in ranked:
        seen = _visible(v)
        if seen is None or v.cand.place not in ("header", "page") or not _near(v.cand):
            continue
        days.append(_day(seen) if not _is_utc(seen) else None)
    days = [d for d in days if d is not None]
    if not days or value.date() in days:
        return choice
    shown = days[0]
    if abs((shown - value.date()).days) == 1:
        return _Choice(shown, "text", utc=value)
    return choice


def _declared_article(md) -> bool:
    body = md.body_classes
    return (
        "single-post" in body
        or any(c.startswith("postid-") for c in body)
        or bool(md.jsonld_types & ARTICLE_TYPES)
        or md.meta.get("og:type", "").lower() == "article"
    )


def _chrome_days(evidence: _Evidence, chrome_texts, fetched_at: datetime) -> set[date]:
    """The days that comments, sidebars, related lists and the site header name."""
    refused = {"comment", "site-header", "sidebar"}
    if evidence.declared_article:
        refused.add("related")
    days = {_day(v.value) for v in evidence.values if v.cand.place in refused}
    for place, text in chrome_texts:
        if place not in refused:
            continue
        value, _ = _parse_visible(text, fetched_at, True)
        if value is not None:
            days.add(_day(value))
    return days


def _ask_htmldate(
    choice: _Choice | None,
    tier: int,
    ranked,
    tree,
    fetched_at: datetime,
    chrome_days,
    evidence_values=(),
) -> _Choice | None:
    """htmldate's day when our evidence is weak; ours on that day keeps its time.

    htmldate reads the whole page, chrome included: a day that only a comment, a
    sidebar, a related list or the site header's "today" names is refused.
    """
    day = _htmldate_day(tree, fetched_at)
    if day is None:
        return choice
    if choice is not None and _day(choice.value) == day:
        return choice
    for _, v in ranked:
        if isinstance(v.value, datetime) and v.value.date() == day:
            return _Choice(v.value, v.cand.source)
    for _, v in ranked:
        if _day(v.value) == day:
            return _Choice(v.value, v.cand.source)
    if choice is not None and tier <= 4:
        # Our day is printed next to the headline; a day htmldate found elsewhere on the
        # page (none of our candidates names it) is the weaker reading.
        return choice
    own = {_day(v.value) for v in evidence_values if v.cand.place not in CHROME_PLACES}
    if day in chrome_days() and day not in own:
        return choice
    if choice is not None and choice.source == "url" and _only_an_edit_names(day, evidence_values):
        # The address gives the day, and htmldate's is one only an edit names (its last
        # resort is a modification date: "Update: Senin, 7 Desember 2026 08:00 WITA").
        return choice
    if (day.month, day.day) == (1, 1) and not _prints_new_years_day(tree, day.year):
        # htmldate's last resort is a bare year read as 1 January: the footer's "© 2024"
        # (an undated page got 2024-01-01), a law the story cites ("Undang-Undang Nomor
        # 35 Tahun 2009", helper-106: every drug case without a date of its own was
        # filed on 2009-01-01), a date badge in three spans. A year, no day.
        return choice
    return _Choice(day, "htmldate")


def _only_an_edit_names(day: date, evidence_values) -> bool:
    """Whether the page's own dates name ``day`` only as a modification time."""
    roles = {
        v.cand.role
        for v in evidence_values
        if v.cand.place not in CHROME_PLACES and _day(v.value) == day
    }
    return roles == {"modified"}


def _htmldate_day(tree, fetched_at: datetime) -> date | None:
    if tree is None:
        return None
    try:
        from htmldate import find_date

        found = find_date(
            tree,
            extensive_search=True,
            original_date=True,
            outputformat="%Y-%m-%d",
            max_date=(fetched_at + timedelta(days=1)).strftime("%Y-%m-%d"),
        )
    except Exception:  # noqa: BLE001 - a peer failing on one page is a miss, not a crash
        return None
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


# January as pages write it: Indonesian, English, German and Austrian, abbreviated.
_JANUARY = r"(?:januari|january|januar|jänner|jan)"


def _prints_new_years_day(tree, year: int) -> bool:
    """Whether the page names 1 January ``year`` as a day: in its text ("1 Januari 2024",
    "Jan 1, 2024", "1. Januar 2024", "01/01/2024", "2024-01-01") or in an attribute (a
    ``datetime``, a meta tag's content)."""
    text = tree.text_content() if hasattr(tree, "text_content") else ""
    written = re.compile(
        rf"\b0?1\.?\s*{_JANUARY}\.?,?\s*{year}\b"
        rf"|\b{_JANUARY}\.?\s+0?1(?:st)?,?\s+{year}\b"
        rf"|\b0?1\s*[/.-]\s*0?1\s*[/.-]\s*{year}\b|\b{year}\s*[/.-]\s*0?1\s*[/.-]\s*0?1\b",
        re.IGNORECASE,
    )
    if written.search(text):
        return True
    marks = (f"{year}-01-01", f"{year}/01/01", f"{year}0101")
    return any(
        mark in value
        for el in tree.iter()
        if isinstance(el.tag, str)
        for value in el.attrib.values()
        for mark in marks
    )


# --- the public functions ----------------------------------------------------------


def resolve_published(
    md, tree, url: str, hints: Hints, site: SiteDefinition, fetched_at: datetime
) -> Published:
    """The publication time, its UTC twin for sorting, and where it came from."""
    evidence = _evidence(md, hints, site, fetched_at)
    choice, ranked = _choose(evidence, tree, md.unpruned, md.chrome_date_texts, url, fetched_at)
    choice = _relative_choice(choice, md, evidence.zone, fetched_at)
    if choice is None:
        return Published(zone=evidence.zone, zone_evidence=evidence.zone_evidence)
    value = choice.value
    return Published(
        to_iso(value),
        _utc_iso(choice.utc if choice.utc is not None else value),
        choice.source,
        _conflict(choice, ranked),
        value,
        evidence.zone,
        evidence.zone_evidence,
    )


def _relative_choice(
    choice: _Choice | None, md, zone: tzinfo | None, fetched_at: datetime
) -> _Choice | None:
    """The stamp near the headline that says only how long ago the page was published
    ("2 jam yang lalu", WordPress's ``human_time_diff``), when the page names no date
    of its own: read against the fetch time (a re-extraction of the kept page reads it
    against the same time). When only the page's address or htmldate gave a day, the
    stamp's time on that same day.
    """
    if choice is not None and (
        isinstance(choice.value, datetime) or choice.source not in ("url", "htmldate")
    ):
        return choice
    stamps = [
        c
        for c in md.date_candidates
        if c.source == "relative" and c.distance is not None and abs(c.distance) <= NEAR_HEADLINE
    ]
    for cand in sorted(stamps, key=lambda c: abs(c.distance)):
        value = _relative_value(cand.raw, fetched_at, zone)
        if value is None:
            continue
        if choice is None:
            return _Choice(value, "relative")
        if isinstance(value, datetime) and value.date() == choice.value:
            return _Choice(value, "relative")
        return choice
    return choice


_CLOCK_PRINTED = re.compile(r"\d{1,2}[:.]\d{2}")
_ZONE_LABEL = re.compile(r"\b(WIB|WITA|WIT)\b", re.IGNORECASE)


def _relative_value(text: str, fetched_at: datetime, zone: tzinfo | None):
    """What a relative stamp says, only as precisely as its unit allows: "35 menit" and
    "2 jam yang lalu" the minute (an instant: UTC when the page's zone is unknown);
    "kemarin" and "3 hari lalu" the day, and "kemarin, 15:20" its time, only in a known
    zone (a crawl at 01:00 WIB is still the day before in UTC); weeks, months, an
    edit's stamp ("Diperbarui 3 jam lalu") or a line with a full date, nothing. A stamp
    that prints its zone ("kemarin, 21:05 WIB") is read in that zone."""
    label = _ZONE_LABEL.search(text) if zone is None else None
    zone = ZONES[label.group(1).upper()] if label else zone
    reference = fetched_at.astimezone(zone) if zone is not None else fetched_at
    for found in find_dates(text, reference=reference, reference_zone=False):
        if not found.relative or _modified_cue(text[: found.start]):
            return None
        value = found.value
        if not isinstance(value, datetime):
            return (
                value if zone is not None and reference.date() - value <= _RELATIVE_DAYS else None
            )
        ago = reference - value
        if _CLOCK_PRINTED.search(found.surface):  # "kemarin, 15:20": a named day
            return value if zone is not None else None
        if ago < timedelta(days=1):
            return value.replace(second=0, microsecond=0)
        if zone is not None and ago <= _RELATIVE_DAYS and not ago % timedelta(days=1):
            return value.date()
        return None
    return None


# "6 hari lalu" is still a day; "seminggu lalu" is a week.
_RELATIVE_DAYS = timedelta(days=6)


def _conflict(choice: _Choice, ranked) -> str | None:
    """Name the structured sources that put publication more than a day away."""
    day = _day(choice.value)
    far = [
        f"{v.cand.source} {to_iso(v.value)}"
        for tier, v in ranked
        if tier <= 3 and abs((_day(v.value) - day).days) > 1
    ]
    if not far:
        return None
    return f"{choice.source} {to_iso(choice.value)} disagrees with " + ", ".join(dict.fromkeys(far))


_MODIFIED_ORDER = {"api": 0, "json-ld": 1, "meta": 2, "time-element": 3, "text": 4}


def resolve_modified(md, hints: Hints, site: SiteDefinition, fetched_at: datetime) -> str | None:
    """The last modification time the page (or the API) declares, in the page's zone."""
    evidence = _evidence(md, hints, site, fetched_at)
    modified = [
        v
        for v in evidence.values
        if v.cand.role == "modified"
        and v.cand.place not in CHROME_PLACES
        # A visible edit time: the article header's, or a line that is only the date
        # under its label anywhere outside the chrome ("Diperbarui: 2023-11-10 16:05:00"
        # under the text), never a sentence's ("data diperbarui 10 November").
        and (v.cand.source != "text" or v.cand.place == "header" or labelled_date(v.cand.raw))
    ]
    if not modified:
        return None
    best = min(modified, key=lambda v: (_MODIFIED_ORDER.get(v.cand.source, 9), v.order))
    return to_iso(best.value)


def _in_future(value, fetched_at: datetime) -> bool:
    """A date more than a day after the fetch is a misread (a phone number, an ad)."""
    if isinstance(value, datetime):
        if value.tzinfo is None or fetched_at.tzinfo is None:
            return value.replace(tzinfo=None) > fetched_at.replace(tzinfo=None) + timedelta(days=1)
        return value > fetched_at + timedelta(days=1)
    return value > (fetched_at.date() + timedelta(days=1))


def _utc_iso(value) -> str:
    """Sortable UTC form; a bare day stays a bare day (its time is unknown)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.isoformat()
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
