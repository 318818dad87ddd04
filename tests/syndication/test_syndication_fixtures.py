"""Fast checks of the labelled syndication set and of the three fixture sites serving it."""

from __future__ import annotations

import html
import itertools
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime

import pytest

from tests.syndication.sites import (
    STORY_PAIRS,
    load_data,
    load_publications,
    publication_urls,
    same_story_pairs,
    serve_sites,
    tied_stories,
)

KINDS = {"origin", "verbatim", "retitled", "dateline", "caption", "edited"}
SITES = {"polres", "tribratanews", "aggregator"}
OFFSETS = {"polres": "+08:00", "tribratanews": "+07:00", "aggregator": "+08:00"}
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WEEKDAY = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)"
)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NEXT = re.compile(r'class="(?:next page-numbers|page-link)" href="([^"]+)">Berikutnya')
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def pubs() -> list[dict]:
    return load_publications()


@pytest.fixture(scope="module")
def served():
    with serve_sites() as bases:
        yield bases


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""


def _shingles(rec: dict, k: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", " ".join(rec["paragraphs"]).lower())
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


# -- the data ------------------------------------------------------------------------


def test_counts_and_fields(pubs):
    assert len(pubs) >= 66
    assert {p["site"] for p in pubs} == SITES
    assert len({p["story"] for p in pubs}) >= 25
    assert len({p["id"] for p in pubs}) == len(pubs)
    assert len({(p["site"], p["path"]) for p in pubs}) == len(pubs)
    for p in pubs:
        assert p["id"].startswith(f"{p['story']}-{p['site']}"), p["id"]
        assert p["kind"] in KINDS
        assert p["title"] and p["author"] and p["tags"]
        assert all(isinstance(t, str) and t.strip() for t in p["paragraphs"])
        assert p["published_at"].endswith(OFFSETS[p["site"]]), p["id"]
        if p["site"] == "aggregator":
            assert re.fullmatch(r"[0-9a-f]{13}", p["unique_id"]) and p["feed_id"] > 0


def test_paths_follow_each_platform(pubs):
    for p in pubs:
        if p["site"] == "polres":
            day = datetime.fromisoformat(p["published_at"]).strftime("%Y/%m/%d")
            assert re.fullmatch(rf"/{day}/[a-z0-9-]+/", p["path"]), p["path"]
        elif p["site"] == "tribratanews":
            assert re.fullmatch(r"/blog/berita-polda-1/[a-z0-9-]+-\d{5}", p["path"]), p["path"]
        else:
            assert re.fullmatch(r"/[a-z0-9-]+/", p["path"]), p["path"]


def test_every_kind_present_and_one_origin_per_story(pubs):
    kinds = Counter(p["kind"] for p in pubs)
    assert set(kinds) == KINDS
    by_story: dict[str, list[dict]] = {}
    for p in pubs:
        by_story.setdefault(p["story"], []).append(p)
    for story, group in by_story.items():
        assert 1 <= len(group) <= 4, story
        assert [p["kind"] for p in group].count("origin") == 1, story
        sites = {p["site"] for p in group}
        assert len(sites) == len(group) or len(group) == 4, story


def test_variant_kinds_match_their_definition(pubs):
    origins = {p["story"]: p for p in pubs if p["kind"] == "origin"}
    for p in pubs:
        o = origins[p["story"]]
        if p["kind"] == "verbatim":
            assert (p["title"], p["paragraphs"]) == (o["title"], o["paragraphs"]), p["id"]
        elif p["kind"] == "retitled":
            assert p["paragraphs"] == o["paragraphs"] and p["title"] != o["title"], p["id"]
        elif p["kind"] == "caption":
            extra = [x for x in p["paragraphs"] if x not in o["paragraphs"]]
            assert len(extra) == 1 and extra[0].startswith("Foto: "), p["id"]
            assert [x for x in p["paragraphs"] if x != extra[0]] == o["paragraphs"], p["id"]
        elif p["kind"] == "dateline":
            assert p["paragraphs"][0] != o["paragraphs"][0], p["id"]
            assert p["paragraphs"][1 : len(o["paragraphs"])] == o["paragraphs"][1:], p["id"]
        elif p["kind"] == "edited":
            changed = set(p["paragraphs"]) ^ set(o["paragraphs"])
            assert 2 <= len(changed) <= 5, p["id"]
            assert abs(len(p["paragraphs"]) - len(o["paragraphs"])) <= 1, p["id"]
            # numbers unchanged: a rephrased paragraph keeps its origin paragraph's numbers
            for para in set(p["paragraphs"]) - set(o["paragraphs"]):
                words = set(para.lower().split())
                best = max(o["paragraphs"], key=lambda x: _jaccard(words, set(x.lower().split())))
                if _jaccard(words, set(best.lower().split())) >= 0.4:
                    assert NUMBER.findall(para) == NUMBER.findall(best), (p["id"], para)
        if p["kind"] != "retitled":
            assert p["title"] == o["title"], p["id"]


def test_origin_is_earliest_and_ties_are_declared(pubs):
    origins = {p["story"]: p for p in pubs if p["kind"] == "origin"}
    ties = set()
    for p in pubs:
        o = origins[p["story"]]
        t, to = datetime.fromisoformat(p["published_at"]), datetime.fromisoformat(o["published_at"])
        assert t >= to, p["id"]
        if p is not o and t == to:
            ties.add(p["story"])
    assert ties == set(tied_stories()) and len(ties) == 2


def test_template_family_hard_negatives(pubs):
    families: dict[str, set[str]] = {}
    for p in pubs:
        if p["family"]:
            families.setdefault(p["family"], set()).add(p["story"])
    assert sum(len(s) for s in families.values()) >= 10
    assert all(len(s) >= 2 for s in families.values())
    per_story = Counter((p["story"], p["family"]) for p in pubs)
    assert len({story for story, _ in per_story}) == len(per_story)


def test_weekdays_in_bodies_match_the_calendar(pubs):
    seen = 0
    for p in pubs:
        year = datetime.fromisoformat(p["published_at"]).year
        for m in WEEKDAY.finditer(" ".join(p["paragraphs"])):
            name, d, mo, y = m.groups()
            real = HARI[date(int(y or year), int(mo), int(d)).weekday()]
            assert name.replace("'", "") == real, (p["id"], m.group(0), real)
            seen += 1
    assert seen >= len(pubs)


def test_same_story_pairs(pubs):
    pairs = same_story_pairs()
    assert pairs == set(STORY_PAIRS)
    sizes = Counter(p["story"] for p in pubs)
    assert len(pairs) == sum(n * (n - 1) // 2 for n in sizes.values())
    story = {p["id"]: p["story"] for p in pubs}
    assert all(len({story[i] for i in pair}) == 1 for pair in pairs)


def test_shingle_jaccard_separates_stories(pubs, capsys):
    shingles = {p["id"]: _shingles(p) for p in pubs}
    family = {p["story"]: p["family"] for p in pubs}
    same, diff, fam = [], [], []
    for a, b in itertools.combinations(pubs, 2):
        j = _jaccard(shingles[a["id"]], shingles[b["id"]])
        if a["story"] == b["story"]:
            same.append((j, a["id"], b["id"]))
        else:
            diff.append((j, a["id"], b["id"]))
            if family[a["story"]] and family[a["story"]] == family[b["story"]]:
                fam.append((j, a["id"], b["id"]))
    same.sort()
    diff.sort(reverse=True)
    fam.sort(reverse=True)
    with capsys.disabled():
        print(
            f"\nword 5-shingle Jaccard over {len(same)} same-story and {len(diff)} "
            f"different-story pairs:\n"
            f"  same-story min {same[0][0]:.3f} ({same[0][1]} ~ {same[0][2]}), "
            f"median {same[len(same) // 2][0]:.3f}\n"
            f"  different-story max {diff[0][0]:.3f} ({diff[0][1]} ~ {diff[0][2]})\n"
            f"  template-family pairs: {len(fam)}, max {fam[0][0]:.3f}, "
            f"median {fam[len(fam) // 2][0]:.3f}\n"
            f"  non-family different-story max "
            f"{max(j for j, a, b in diff if (j, a, b) not in set(fam)):.3f}"
        )
    assert sum(j >= 0.6 for j, _, _ in same) / len(same) >= 0.9
    assert fam[0][0] < same[0][0]
    assert diff[0][0] < same[0][0]
    assert fam[0][0] > 0.15  # the template families really are hard negatives


# -- the served sites -------------------------------------------------------------


def test_every_publication_is_served(served, pubs):
    urls = publication_urls(served)
    assert set(urls) == {p["id"] for p in pubs}
    by_id = {p["id"]: p for p in pubs}
    for pid, url in urls.items():
        status, body = _get(url)
        assert status == 200, url
        rec = by_id[pid]
        assert all(html.escape(x, quote=False) in body for x in rec["paragraphs"]), url
        if rec["site"] == "tribratanews":
            assert 'id="o_wblog_post_main"' in body and "o_wblog_post_content" in body
            naive = re.search(r'property="article:published_time" content="([^"]+)"', body)[1]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", naive)
        else:
            assert "single-post postid-" in body and 'class="entry-title"' in body
            assert f'datetime="{rec["published_at"]}"' in body
            assert f'"datePublished": "{rec["published_at"]}"' in body
        if rec["site"] == "aggregator":
            line = f"{url}?feed_id={rec['feed_id']}&amp;_unique_id={rec['unique_id']}"
            assert line in body and '<h4 class="tags-title">Tags</h4>' in body
            assert _get(f"{url}?feed_id={rec['feed_id']}&_unique_id={rec['unique_id']}")[0] == 200
    assert _get(served["polres"] + "no-such-post/")[0] == 404


def test_sitemaps_robots_and_listings(served, pubs):
    urls = publication_urls(served)
    for site, base in served.items():
        status, robots = _get(base + "robots.txt")
        assert status == 200 and f"Sitemap: {base}sitemap.xml" in robots
        status, xml = _get(base + "sitemap.xml")
        assert status == 200
        root = ET.fromstring(xml)
        locs = {u.findtext("sm:loc", namespaces=SITEMAP_NS) for u in root}
        assert all(u.find("sm:lastmod", SITEMAP_NS) is not None for u in root)
        mine = {urls[p["id"]] for p in pubs if p["site"] == site}
        assert mine <= locs
        # follow the paginated home page and find every post
        found: set[str] = set()
        page, pages = base, 0
        while page:
            status, body = _get(page)
            assert status == 200
            pages += 1
            links = set(re.findall(r'href="([^"]+)"', body))
            found |= links & mine
            nxt = NEXT.search(body)
            page = nxt[1] if nxt else None
        assert found == mine, site
        assert pages == (len(mine) + 9) // 10


def test_load_data_sites():
    doc = load_data()
    assert set(doc["sites"]) == SITES
    assert doc["sites"]["tribratanews"]["platform"] == "odoo"
