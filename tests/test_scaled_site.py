"""The scaled sample site: N generated police-news articles served like a real WordPress.

It feeds the soak test (many crawls of a >= 200-article site with random
delays), the throughput bench (N = 2,000 and 20,000) and later entity
extraction (its labels), so these tests check what those rely on: determinism,
reachability from listings and sitemaps alone, the deliberate traps (reposts
with rel=canonical, the twice-503 post, near-twin texts, comments with dates)
and that the ground truth says exactly what the pages show.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from email.message import Message

import pytest

from scraper.samplesite import (
    SiteTruth,
    build_scaled_site,
    generate_articles,
    ground_truth,
    serve_site,
)
from scraper.samplesite.wordpress import page_numbers

N = 240


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> tuple[int, Message, bytes]:
    """GET without following redirects; HTTP errors are returned, not raised."""
    try:
        with _OPENER.open(url, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def text_of(url: str) -> str:
    status, _, body = fetch(url)
    assert status == 200, (status, url)
    return html.unescape(body.decode())


def words(paragraphs: list[str] | tuple[str, ...]) -> set[str]:
    return set(re.findall(r"\w+", " ".join(paragraphs).lower()))


@pytest.fixture(scope="module")
def scaled() -> Iterator[tuple[str, SiteTruth]]:
    with serve_site(scale=N, seed=0) as base:
        yield base, ground_truth(base_url=base, scale=N, seed=0)


# -- the generator -------------------------------------------------------------------


def test_generator_is_deterministic_per_seed() -> None:
    first = generate_articles(80, seed=7)
    again = generate_articles(80, seed=7)
    other = generate_articles(80, seed=8)
    assert [(a.title, a.paragraphs, a.published, a.labels) for a in first] == [
        (a.title, a.paragraphs, a.published, a.labels) for a in again
    ]
    assert [a.title for a in first] != [a.title for a in other]
    assert len({a.title for a in first}) == 80


def test_texts_look_like_releases() -> None:
    arts = generate_articles(400, seed=1)
    days = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6}
    templates = Counter(a.template for a in arts)
    assert len(templates) >= 12
    lengths = sorted(sum(map(len, a.paragraphs)) for a in arts)
    assert lengths[0] >= 1100 and lengths[-1] <= 3600
    assert lengths[len(lengths) // 2] > 1600
    assert {len(a.paragraphs) for a in arts} == set(range(3, 10))
    for art in arts:
        body = " ".join(art.paragraphs)
        label = art.labels
        assert art.paragraphs[0].startswith(label["dateline"]["text"])
        assert label["region"] in ("Kota Banjarmasin", "Kota Banjarbaru") or label[
            "region"
        ].startswith("Kabupaten ")
        for officer in label["officers"]:
            assert officer["surface"] in body, officer
            assert officer["rank"] in officer["surface"] and officer["name"] in officer["surface"]
        # Every "<weekday> (d/m[/y])" names the right weekday, as a careful Humas writes it.
        published = art.published.date()
        for m in re.finditer(r"(\w+) \((\d+)/(\d+)(?:/(\d+))?\)", body):
            if m.group(1).lower() in days:
                day, month = int(m.group(2)), int(m.group(3))
                year = published.year if month <= published.month else published.year - 1
                assert date(year, month, day).weekday() == days[m.group(1).lower()], m.group(0)
                assert date(year, month, day) <= published


def test_near_twins_share_words_but_not_events() -> None:
    arts = generate_articles(600, seed=2)
    pairs = [(arts[a.twin_of], a) for a in arts if a.twin_of is not None]
    assert len(pairs) >= 30
    close = 0
    for original, twin in pairs:
        assert original.template == twin.template and original.title != twin.title
        assert original.paragraphs != twin.paragraphs
        assert original.published < twin.published
        assert original.labels["village"] != twin.labels["village"] or (
            original.labels["polres"] != twin.labels["polres"]
        )
        a, b = words(original.paragraphs), words(twin.paragraphs)
        close += len(a & b) / len(a | b) >= 0.5
    assert close >= len(pairs) // 2
    sabu = [a for a in arts if a.template == "sabu_simpan" and a.title.startswith("Simpan Sabu di")]
    assert len(sabu) >= 2 and all("Ditangkap Polisi" in a.title for a in sabu)


# -- the site model ------------------------------------------------------------------


def test_articles_copies_and_labels(scaled: tuple[str, SiteTruth]) -> None:
    base, truth = scaled
    site = build_scaled_site(N, 0)
    assert len(truth.articles) == N
    assert len(truth.copies) == 12 and len(site.posts) == N + 12
    assert len({a.title for a in truth.articles}) == N
    assert len({p.path for p in site.posts}) == len(site.posts)
    for copy_url, original_url in truth.copies.items():
        art = truth.by_url(original_url)
        assert art is not None and truth.by_url(copy_url) is art
        assert copy_url in art.alias_urls
    for art in truth.articles:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", art.published_at)
        assert {"template", "primary_unit", "polres", "region", "dateline", "officers"} <= set(
            art.labels
        )
        assert art.labels["twin_of"] is None or truth.by_url(art.labels["twin_of"]) is not None
    assert any(a.labels["twin_of"] for a in truth.articles)
    commented = sum(1 for p in site.articles() if p.comments)
    assert 0.2 * N <= commented <= 0.5 * N


def test_page_numbers_like_paginate_links() -> None:
    assert page_numbers(1, 5) == [1, 2, 0, 5]
    assert page_numbers(6, 25) == [1, 0, 5, 6, 7, 0, 25]
    assert page_numbers(25, 25) == [1, 0, 24, 25]
    assert page_numbers(2, 3) == [1, 2, 3]


# -- served pages ----------------------------------------------------------------------


def _follow(url: str | None) -> tuple[set[str], int]:
    """Read a listing and its rel=next pages to the end: links seen, pages read."""
    found: set[str] = set()
    pages = 0
    while url:
        page = text_of(url)
        pages += 1
        found |= set(re.findall(r'href="([^"?#]+)"', page))
        nxt = re.search(r'<link rel="next" href="([^"]+)"', page)
        url = nxt.group(1) if nxt else None
    return found, pages


def test_listings_alone_reach_every_article(scaled: tuple[str, SiteTruth]) -> None:
    base, truth = scaled
    site = build_scaled_site(N, 0)
    found, pages = _follow(base)
    assert pages == -(-len(site.posts) // 10)
    assert {a.url for a in truth.articles} | set(truth.copies) <= found
    assert fetch(f"{base}page/{pages + 1}/")[0] == 404
    in_categories: set[str] = set()
    for cat in site.categories:
        members = site.in_term(cat)
        if not members:
            continue
        links, cat_pages = _follow(base + cat.path[1:])
        assert cat_pages == -(-len(members) // 10), cat.name
        in_categories |= links
    assert {a.url for a in truth.articles} <= in_categories


def test_truth_matches_served_pages(scaled: tuple[str, SiteTruth]) -> None:
    base, truth = scaled
    flaky = set(truth.flaky_urls)
    for art in truth.articles:
        if art.url in flaky:
            continue
        page = text_of(art.url)
        assert f'<link rel="canonical" href="{art.url}" />' in page
        assert art.title in page and art.published_at in page
        for para in art.paragraphs:
            assert para in page, (art.url, para[:60])
    checked = 0
    for art in truth.articles[::7]:
        for alias in art.alias_urls:
            if alias.startswith(tuple(flaky)):
                continue
            status, headers, body = fetch(alias)
            checked += 1
            if "?p=" in alias:
                assert status == 301 and headers["Location"] in {art.url, *art.alias_urls}
            else:
                assert status == 200, alias
                assert art.paragraphs[-1] in html.unescape(body.decode()), alias
    assert checked > 50


def test_reposts_name_their_original(scaled: tuple[str, SiteTruth]) -> None:
    base, truth = scaled
    slugs = [u.rstrip("/").rsplit("/", 1)[1] for u in truth.copies]
    assert any(s.endswith("-2") for s in slugs) and not all(s.endswith("-2") for s in slugs)
    for copy_url, original_url in truth.copies.items():
        art = truth.by_url(original_url)
        page = text_of(copy_url)
        assert f'<link rel="canonical" href="{original_url}" />' in page
        assert f'<h1 class="entry-title" itemprop="headline">{art.title}</h1>' in page
        assert all(p in page for p in art.paragraphs)
        published = re.search(r'entry-date published" datetime="([^"]+)"', page).group(1)
        assert published > art.published_at


def test_post_navigation(scaled: tuple[str, SiteTruth]) -> None:
    base, truth = scaled
    site = build_scaled_site(N, 0)
    newest, middle, oldest = site.posts[0], site.posts[N // 2], site.posts[-1]
    page = text_of(base + middle.path[1:])
    nav = re.search(r'<nav id="nav-below" class="post-navigation"[^>]*>(.*?)</nav>', page).group(1)
    older, newer = site.posts[N // 2 + 1], site.posts[N // 2 - 1]
    assert re.search(
        rf'<div class="nav-previous">.*?<a href="{base}{older.path[1:]}" rel="prev">', nav
    )
    assert re.search(rf'<div class="nav-next">.*?<a href="{base}{newer.path[1:]}" rel="next">', nav)
    assert 'rel="next"' not in text_of(base + newest.path[1:]).split("post-navigation")[1]
    assert 'rel="prev"' not in text_of(base + oldest.path[1:]).split("post-navigation")[1]


def test_comments_are_dated_after_the_post(scaled: tuple[str, SiteTruth]) -> None:
    base, _ = scaled
    site = build_scaled_site(N, 0)
    commented = [p for p in site.articles() if p.comments and p.id not in site.flaky_ids][:15]
    for post in commented:
        page = text_of(base + post.path[1:])
        published = page.index('class="entry-date published"')
        times = re.findall(
            r'<div class="comment-metadata"><a [^>]*><time datetime="([^"]+)">', page
        )
        assert len(times) == len(post.comments)
        assert published < page.index('class="comment-metadata"')
        for value in times:
            assert datetime.fromisoformat(value) > post.published


def test_core_sitemaps_split_at_2000_urls() -> None:
    with serve_site(scale=2000, seed=0) as base:
        truth = ground_truth(base_url=base, scale=2000, seed=0)
        index = text_of(base + "wp-sitemap.xml")
        names = re.findall(r"<loc>[^<]*/wp-sitemap-(posts-post-\d+)\.xml</loc>", index)
        assert names == ["posts-post-1", "posts-post-2"]
        locs: list[str] = []
        for name in names:
            body = text_of(f"{base}wp-sitemap-{name}.xml")
            entries = re.findall(r"<url><loc>([^<]+)</loc><lastmod>([^<]+)</lastmod></url>", body)
            locs += [loc for loc, _ in entries]
        assert len(locs) == 2100 and len(set(locs)) == 2100
        assert {a.url for a in truth.articles} | set(truth.copies) == set(locs)
        assert fetch(base + "wp-sitemap-posts-post-3.xml")[0] == 404
        feed = text_of(base + "feed/")
        assert feed.count("<item>") == 10
        api = fetch(base + "wp-json/wp/v2/posts?per_page=100&page=21")
        assert api[0] == 200 and api[1]["X-WP-Total"] == "2100"
        assert len(json.loads(api[2])) == 100


def test_flaky_post_fails_twice_per_server() -> None:
    for _ in range(2):  # each server instance starts over
        with serve_site(scale=60, seed=4) as base:
            truth = ground_truth(base_url=base, scale=60, seed=4)
            (url,) = truth.flaky_urls
            assert truth.by_url(url) is not None
            assert [fetch(url)[0] for _ in range(4)] == [503, 503, 200, 200]
            path = url[len(base) - 1 :]
            assert [r.status for r in base.log.records() if r.path == path] == [503, 503, 200, 200]


def test_request_log_and_seeded_delays() -> None:
    paths = ["/", "/feed/", "/robots.txt", "/wp-sitemap.xml"]
    runs = []
    for _ in range(2):
        with serve_site(scale=60, seed=0, delay=(0.01, 0.03), delay_seed=9) as base:
            for path in paths:
                assert fetch(base + path[1:])[0] == 200
            assert fetch(base + "nope/")[0] == 404
            records = base.log.records()
            assert [r.path for r in records] == [*paths, "/nope/"]
            assert all(0.01 <= r.delay <= 0.03 for r in records)
            assert all(r.bytes > 0 for r in records)
            assert base.log.count(status=404) == 1
            runs.append([r.delay for r in records])
    assert runs[0] == runs[1]


def test_build_and_serve_2000_quickly() -> None:
    started = time.perf_counter()
    site = build_scaled_site(2000, 5)
    built = time.perf_counter() - started
    assert built < 20  # a few tenths of a second on a laptop; generous for CI
    with serve_site(scale=2000, seed=5, features={"feed"}) as base:
        cat = max(site.categories, key=lambda c: len(site.in_term(c)))
        last = -(-len(site.in_term(cat)) // 10)
        urls = [base, f"{base}page/150/", f"{base}{cat.path[1:]}page/{last}/"]
        urls += [base + p.path[1:] for p in site.posts[::97] if p.id not in site.flaky_ids]
        started = time.perf_counter()
        for url in urls:
            assert fetch(url)[0] == 200, url
        assert (time.perf_counter() - started) / len(urls) < 0.5
        assert fetch(base + "wp-json/wp/v2/posts")[0] == 404
        assert fetch(base + "wp-sitemap.xml")[0] == 404


def test_cli_serves_a_scaled_site(tmp_path) -> None:
    truth_file = tmp_path / "truth.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scraper.samplesite",
            "--scale",
            "50",
            "--port",
            "0",
            "--quiet",
            "--write-truth",
            str(truth_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        url = re.search(r"at (http://127\.0\.0\.1:\d+/)", line).group(1)
        assert "scale=50" in line
        rows = [json.loads(x) for x in truth_file.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 50 and rows[0]["url"].startswith(url)
        assert text_of(rows[-1]["url"]).count(rows[-1]["title"]) >= 1
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
