"""The probe's decisions, pure functions over what it fetched: the platform, the time
zone, the province, the owner, and what looks wrong.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache

from scraper.extract import Hints
from scraper.extract.dates import resolve_published
from scraper.extract.metadata import read_metadata
from scraper.extract.page import parse_html
from scraper.probe.fetcher import NETWORK_ERRORS, ODOO_BLOG, Fetched, Fetcher
from scraper.probe.report import PLATFORM_NAMES, Decision, ProbeReport, Sample
from scraper.sites import SiteDefinition, province_names, province_of
from spiders.discovery import Discovered

# Indonesia's three zones, as printed and as UTC offsets (no daylight saving).
ZONE_LABELS = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
ZONE_OFFSETS = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}
_LABEL = re.compile(r"\b(W[Ii][Tt][Aa]|W[Ii][Bb]|W[Ii][Tt])\b")
# Province codes (Kemendagri) on WITA and WIT (Keppres 41/1987 and the provinces made
# since): Bali, Nusa Tenggara, South, East and North Kalimantan and Sulawesi are WITA;
# Maluku and Papua WIT; Sumatra, Java, West and Central Kalimantan WIB.
WITA_CODES = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
WIT_CODE_PREFIXES = ("8", "9")
# Words that make up a tenth of Indonesian prose and next to none of any other
# language's: a sample below MIN_INDONESIAN of them does not read as Indonesian.
INDONESIAN_WORDS = frozenset({
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "dalam", "ini", "itu",
    "tersebut", "juga", "akan", "oleh", "tidak", "sebagai", "atau", "karena", "para",
    "kepada", "telah", "sudah", "bahwa", "serta",
})  # fmt: skip
MIN_INDONESIAN = 0.04


def _generator(tree) -> str:  # noqa: ANN001 - an lxml element or None
    if tree is None:
        return ""
    values = tree.xpath("//meta[translate(@name,'GENERATOR','generator')='generator']/@content")
    return values[0].strip() if values else ""


def platform_evidence(
    generator: str,
    html: str,
    headers: dict[str, str],
    api_posts: list[Discovered],
    blog: Fetched | None,
    feeds: list[bytes],
) -> dict[str, list[str]]:
    """What points at each platform of ``PLATFORM_NAMES``, each item one line of
    evidence. Joomla and Drupal show themselves by name only (the generator meta,
    Drupal's ``X-Generator`` header, the feed's ``<generator>``): the crawl treats them
    as any other site, so naming them is all the probe does for them."""
    found: dict[str, list[str]] = {platform: [] for platform in PLATFORM_NAMES}
    lowered = generator.lower()
    said_header = headers.get("x-generator", "").strip()
    for platform in found:
        if lowered.startswith(platform):
            found[platform].append(f'generator meta "{generator}"')
        if said_header.lower().startswith(platform):
            found[platform].append(f'X-Generator header "{said_header}"')
    if "/wp-content/" in html or "/wp-includes/" in html:
        found["wordpress"].append("wp-content/wp-includes assets on the home page")
    if "api.w.org" in headers.get("link", "") or "api.w.org" in html:
        found["wordpress"].append("REST API link (api.w.org)")
    if api_posts:
        found["wordpress"].append(f"/wp-json/wp/v2/posts lists {len(api_posts)} posts")
    if "data-oe-" in html or "/web/content/" in html or "o_wblog" in html:
        found["odoo"].append("Odoo markup on the home page (data-oe-*, /web/content/)")
    if blog is not None and blog.ok and "o_wblog" in blog.html():
        found["odoo"].append(f"/{ODOO_BLOG} is an Odoo website_blog index (o_wblog)")
    if "www.blogger.com" in html:
        found["blogger"].append("www.blogger.com assets and links on the home page")
    for body in feeds:
        generator_tag = re.search(rb"<generator\b[^>]*>[^<]*", body[:8192])
        said = generator_tag.group(0).lower() if generator_tag else b""
        for platform in ("blogger", "wordpress", "joomla", "drupal"):
            if platform.encode() in said:
                found[platform].append(f"the feed's <generator> names {PLATFORM_NAMES[platform]}")
    return found


def decide_platform(evidence: dict[str, list[str]]) -> Decision:
    """The platform with the most evidence; "other" when none of them shows."""
    best = max(evidence, key=lambda p: len(evidence[p]))
    if not evidence[best]:
        names = [PLATFORM_NAMES.get(p, p) for p in evidence]
        listed = ", ".join(names[:-1]) + f" or {names[-1]}"
        return Decision("other", [f"no {listed} marker anywhere asked"])
    others = [f"{p}: {', '.join(e)}" for p, e in evidence.items() if e and p != best]
    return Decision(best, evidence[best] + [f"(also {o})" for o in others])


def indonesian_share(text: str) -> float:
    words = re.findall(r"[a-z]+", text.lower())
    return round(sum(w in INDONESIAN_WORDS for w in words) / len(words), 3) if words else 0.0


# -- time zone -------------------------------------------------------------------------

# An observation: (zone or None, tier, what was seen). Tier 1 is the site's own clock in
# structured data (API, feeds, sitemaps, the page's dated header); tier 2 a zone printed
# anywhere; tier 3 the province's zone.
Observation = tuple[str | None, int, str]


def page_zone(page: Fetched, site: SiteDefinition) -> tuple[str | None, str | None]:
    """The zone the page's own dates show (``Published.zone``), learnt with no zone
    given, and the date code's words for how it learnt it."""
    if not page.ok:
        return None, None
    tree = parse_html(page.html())
    if tree is None:
        return None, None
    blank = replace(site, timezone=None)
    now = datetime.now(timezone.utc)
    published = resolve_published(read_metadata(tree), tree, page.final_url, Hints(), blank, now)
    if published.zone is None:
        return None, None
    offset = published.zone.utcoffset(datetime(2024, 1, 1))
    return _offset_zone(offset), published.zone_evidence


def _offset_zone(offset: timedelta | None) -> str | None:
    if offset is None or offset % timedelta(hours=1):
        return None
    return ZONE_OFFSETS.get(int(offset / timedelta(hours=1)))


def _when(text: str) -> datetime | None:
    text = text.strip()
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def zone_observations(
    api_body: bytes, feeds: list[bytes], sitemaps: list[Discovered]
) -> list[Observation]:
    """Offsets in the site's structured dates: WordPress's ``date`` minus ``date_gmt``,
    feed and sitemap dates. UTC ("Z", +0000) says nothing about the site's zone."""
    notes: list[Observation] = []
    offsets: Counter[timedelta] = Counter()
    try:
        posts = json.loads(api_body) if api_body else []
    except ValueError:
        posts = []
    for post in posts if isinstance(posts, list) else []:
        if isinstance(post, dict):
            local, utc = _when(str(post.get("date", ""))), _when(str(post.get("date_gmt", "")))
            if local and utc and local.tzinfo is None and utc.tzinfo is None:
                offsets[local - utc] += 1
    for offset, n in offsets.items():
        notes.append(_offset_note(offset, f"wp-api: date − date_gmt = {_fmt(offset)} on {n} posts"))
    seen: Counter[tuple[str, timedelta]] = Counter()
    for body in feeds:
        for raw in re.findall(rb"<(?:pubDate|published|updated)>([^<]+)<", body):
            when = _when(raw.decode("utf-8", "replace"))
            if when and when.utcoffset():
                seen["feed", when.utcoffset()] += 1
    for entry in sitemaps:
        when = _when(str(entry.hints.get("lastmod") or ""))
        if when and when.utcoffset():
            seen["sitemap lastmod", when.utcoffset()] += 1
    for (where, offset), n in seen.items():
        notes.append(_offset_note(offset, f"{where}: {n} dates at {_fmt(offset)}"))
    return notes


def _offset_note(offset: timedelta, text: str) -> Observation:
    return (_offset_zone(offset), 1, text)


def _fmt(offset: timedelta) -> str:
    return datetime(2000, 1, 1, tzinfo=timezone(offset)).isoformat()[-6:]


def _labels(text: str) -> list[str]:
    return [m.upper() for m in _LABEL.findall(text)]


def _visible_text(tree) -> str:  # noqa: ANN001 - an lxml element or None
    if tree is None:
        return ""
    return " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))


def province_zone(province: str | None) -> list[Observation]:
    code = _province_codes().get(province or "")
    if not code:
        return []
    zone = "Asia/Makassar" if code in WITA_CODES else "Asia/Jakarta"
    zone = "Asia/Jayapura" if code.startswith(WIT_CODE_PREFIXES) else zone
    return [(zone, 3, f"the zone of {province}")]


@cache
def _province_codes() -> dict[str, str]:
    from scraper.entities.gazetteer import gazetteer

    return {p.name: p.code for p in gazetteer().provinces.values()}


def decide_zone(notes: list[Observation]) -> Decision:
    """The zone of the best tier that names one (the most observations within it);
    None when nothing does."""
    lines = [f"{text}{'' if zone else ' (not an Indonesian zone)'}" for zone, _, text in notes]
    for tier, strength in ((1, "strong"), (2, "weak"), (3, "from the province")):
        votes = Counter(zone for zone, t, _ in notes if t == tier and zone)
        if votes:
            zone = votes.most_common(1)[0][0]
            if len(votes) > 1:
                lines.append(f"conflicting evidence: {', '.join(sorted(votes))}")
            return Decision(zone, lines, strength)
    # No zone is invented (issue 10): the crawl keeps the offsets pages print and learns
    # the site's zone from its pages (``Archive.learned_zone``).
    learned = "no evidence: none set; the crawl learns it from the offsets its pages print"
    return Decision(None, [*lines, learned], "unknown")


# -- province and owner ----------------------------------------------------------------


def _host_province(host: str) -> tuple[str | None, str | None]:
    """The province a label of the host names ("kalsel" in tribratanews.kalsel.polri.go.id),
    through the gazetteer's province and Polda spellings."""
    from scraper.entities.gazetteer import gazetteer

    g = gazetteer()
    for label in host.split(":")[0].split(".")[:-1]:
        if province_of(label):
            return province_of(label), label
        polda = g.poldas.get(g.polda_keys.get(label, ""))
        if polda is not None and polda.province_code in g.provinces:
            return g.provinces[polda.province_code].name, label
    return None, None


@cache
def _province_pattern() -> re.Pattern[str]:
    names = sorted(province_names(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def decide_province(host: str, samples: list[Sample], tree) -> Decision:  # noqa: ANN001
    """The province a host label names; else the one most sample articles are about
    (the gazetteer's reading of their text); else the one the home page's title and
    description name."""
    province, label = _host_province(host)
    if province:
        return Decision(province, [f"the host's label {label!r}"], "strong")
    # The samples' own provinces come from read_page's entities (None when unnamed).
    about = Counter(s.province for s in samples if not s.problem)
    about.pop(None, None)
    if about:
        name, n = about.most_common(1)[0]
        if n * 2 > sum(1 for s in samples if not s.problem):
            return Decision(name, [f"{n} of the sample articles are about it"], "weak")
    if tree is not None:
        head = " ".join(
            tree.xpath(
                "//title/text() | //meta[@name='description' or @property='og:description'"
                " or @property='og:site_name']/@content"
            )
        )
        named = Counter(province_of(m) for m in _province_pattern().findall(head))
        if named:
            name = named.most_common(1)[0][0]
            return Decision(name, ["named in the home page's title or description"], "weak")
    return Decision(None, ["no province named by the host, the samples or the home page"])


def owner_of(host: str) -> Decision:
    """Who runs a site, by generic rules on its host name (review checks it):
    polri.go.id hosts and Humas/Tribratanews/Polres/Polda sites are Polri at the level
    their labels show; other *.go.id and *.desa.id are local government."""
    host = host.split(":")[0].lower()
    province, label = _host_province(host)
    if host == "polri.go.id" or host.endswith(".polri.go.id"):
        # <service>.polri.go.id is national; <service>.<region>.polri.go.id a Polda's,
        # or a Polres's when the service label names one (res<kabupaten>).
        labels = host.removesuffix("polri.go.id").strip(".").split(".")
        if len(labels) < 2:
            return Decision("polri-mabes", ["a polri.go.id host with no regional label"])
        if labels[0].startswith(("res", "polres", "polsek")):
            return Decision("polri-polres", [f"a polri.go.id host of a Polres ({labels[0]!r})"])
        return Decision("polri-polda", [f"a polri.go.id host of a region ({labels[-1]!r})"])
    if host.endswith((".go.id", ".desa.id")):
        return Decision("pemda", ["a government host (go.id, desa.id), not Polri"])
    if re.search(r"polres|polsek", host):
        return Decision("polri-polres", ["'polres'/'polsek' in the host name"])
    if "polda" in host:
        return Decision("polri-polda", ["'polda' in the host name"])
    if re.search(r"tribratanews|humas", host):
        rest = re.sub(r"tribratanews|humas", "", host.rsplit(".", 1)[0]).strip(".-")
        if province or (rest and province_of(rest)):
            return Decision("polri-polda", [f"a Tribratanews/Humas host naming {label or rest!r}"])
        return Decision("polri-polres", ["a Tribratanews/Humas host naming no province"])
    return Decision("unknown", ["the host matches no owner rule: set it in review"])


# -- what looks wrong ------------------------------------------------------------------


def suspicions(home: Fetched, fetcher: Fetcher, report: ProbeReport) -> list[str]:
    """Signs that the site is not what a definition should point at, or not yet."""
    found: list[str] = []
    if home.error == "elsewhere":
        found.append(f"the home page redirects to another domain: {home.final_url}")
    robots = fetcher.robots_of(home.final_url or home.url)
    if robots and not robots[1].can_fetch(report.base_url, fetcher.user_agent):
        everything = not robots[1].can_fetch(report.base_url + "any-article/", fetcher.user_agent)
        found.append(
            "robots.txt disallows everything for this crawler"
            if everything
            else "robots.txt disallows the home page"
        )
    for answer in fetcher.log:
        if answer.status >= 500 or answer.error in NETWORK_ERRORS:
            found.append(f"{answer.url} failed: {answer.outcome()}")
    if home.ok and not report.articles:
        found.append("no article found among the sampled pages")
    for i, sample in enumerate(report.samples, 1):
        if sample.problem:
            continue
        if sample.indonesian < MIN_INDONESIAN:
            found.append(
                f"sample {i} does not read as Indonesian ({sample.indonesian:.0%} Indonesian "
                f"function words; lang={sample.language})"
            )
        if not sample.published_at:
            found.append(f"sample {i} has no publication date")
    for line in report.timezone.evidence:
        if "not an Indonesian zone" in line or line.startswith("conflicting"):
            found.append(f"time zone: {line}")
    return found
