"""Pick the publication and modification time of a page from its many candidates.

Sources are tried in a fixed order of trust (api, json-ld, meta, feed, time-element,
text, url); each raw value goes through ``scraper.dates.parse_date``. A value that
carries a time of day beats one that does not when both name the same day, because
trafilatura and many themes keep only the day. UTC values (WordPress ``date_gmt``,
Yoast's ``+00:00`` meta) are expressed in the site's own zone, so ``published_at``
reads as the site printed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from scraper.dates import ZONE_OFFSETS, parse_date, to_iso
from scraper.extract.record import Hints
from scraper.sites import SiteDefinition

_ZONE_WORD = re.compile(r"\b(WIB|WITA|WIT)\b", re.IGNORECASE)
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


@dataclass(frozen=True)
class Published:
    value: str | None = None
    utc: str | None = None
    source: str | None = None
    conflict: str | None = None
    # The chosen value itself, as the reference for dates named in the text.
    parsed: date | datetime | None = None


def _zone(site: SiteDefinition):
    try:
        return ZoneInfo(site.timezone) if site.timezone else None
    except (KeyError, ValueError):
        return None


def printed_zone(md) -> timezone | None:
    """The zone the page prints beside its dates (WIB/WITA/WIT), if any.

    It is the site's own statement of its local time, so it beats the site
    definition's (or the default) zone when a UTC value is expressed locally.
    """
    for text in md.date_texts:
        match = _ZONE_WORD.search(text)
        if match:
            return timezone(ZONE_OFFSETS[match.group(1).upper()], match.group(1).upper())
    return None


def _to_site_zone(value, site: SiteDefinition, zone=None):
    """A UTC datetime in the site's zone; anything else unchanged."""
    zone = zone or _zone(site)
    if isinstance(value, datetime) and zone and value.utcoffset() == timedelta(0):
        return value.astimezone(zone)
    return value


def _parse(
    raw: str | None, site: SiteDefinition, reference: datetime, utc: bool = False, zone=None
):
    if not raw:
        return None
    tz = "UTC" if utc else site.timezone
    value = parse_date(raw, reference=reference, tz=tz, trust_utc=site.trust_utc)
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is None and _zone(site):
        value = value.replace(tzinfo=_zone(site))
    return _to_site_zone(value, site, zone)


def _candidates(md, tree, url: str, hints: Hints):
    """(source, raw text, is UTC) in order of trust."""
    if hints.published and hints.published_source == "api":
        yield "api", hints.published, hints.published_is_utc
    article = md.jsonld_article
    if isinstance(article.get("datePublished"), str):
        yield "json-ld", article["datePublished"], False
    # Odoo writes its UTC post_date without an offset.
    naive_is_utc = md.meta.get("generator", "").lower().startswith("odoo")
    for key in (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
    ):
        if md.meta.get(key):
            yield "meta", md.meta[key], naive_is_utc
    if md.microdata_published:
        yield "meta", md.microdata_published, False
    if hints.published and hints.published_source == "feed":
        yield "feed", hints.published, hints.published_is_utc
    if md.time_published:
        yield "time-element", md.time_published, False
    # Already ordered: a dated line with time and zone near the headline first; a bare
    # day in a page header (often just today's date) last.
    for text in md.date_texts:
        yield "text", text, False
    match = _URL_DATE.search(url)
    if match:
        yield "url", "{}-{:0>2}-{:0>2}".format(*match.groups()), False


def resolve_published(
    md, tree, url: str, hints: Hints, site: SiteDefinition, fetched_at: datetime
) -> Published:
    """The publication time, its UTC twin for sorting, and where it came from."""
    zone = printed_zone(md)
    parsed = []
    refined = False
    for source, raw, is_utc in _candidates(md, tree, url, hints):
        if source in _VISIBLE and parsed and (refined or isinstance(parsed[0][1], datetime)):
            # Visible text and the URL count only as the winner or to refine a bare
            # day, never in conflicts: once neither can happen, skip parsing them.
            continue
        value = _parse(raw, site, fetched_at, utc=is_utc, zone=zone)
        if value is None or _in_future(value, fetched_at):
            continue
        if parsed and not refined and isinstance(value, datetime):
            refined = value.date() == parsed[0][1]
        parsed.append((source, value))
    if not parsed:
        return Published()
    best_source, best = parsed[0]
    if not isinstance(best, datetime):
        # A bare day: a later source with a time on that same day refines it.
        for _source, value in parsed[1:]:
            if isinstance(value, datetime) and value.date() == best:
                best = value
                break
    return Published(
        to_iso(best), _utc_iso(best), best_source, _conflict(best_source, best, parsed), best
    )


_VISIBLE = frozenset({"text", "url"})


def _conflict(best_source: str, best, parsed) -> str | None:
    """Name the structured sources that put publication more than a day away."""
    day = best.date() if isinstance(best, datetime) else best
    far = [
        f"{source} {to_iso(value)}"
        for source, value in parsed
        if source not in {"text", "url"}
        and abs(((value.date() if isinstance(value, datetime) else value) - day).days) > 1
    ]
    if not far:
        return None
    return f"{best_source} {to_iso(best)} disagrees with " + ", ".join(dict.fromkeys(far))


def resolve_modified(md, hints: Hints, site: SiteDefinition, fetched_at: datetime) -> str | None:
    raw_values = [
        (hints.modified, hints.modified_is_utc),
        (md.jsonld_article.get("dateModified"), False),
        (md.meta.get("article:modified_time"), False),
        (md.meta.get("og:updated_time"), False),
        (md.time_modified, False),
    ]
    zone = printed_zone(md)
    for raw, is_utc in raw_values:
        if isinstance(raw, str):
            value = _parse(raw, site, fetched_at, utc=is_utc, zone=zone)
            if value is not None:
                return to_iso(value)
    return None


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
