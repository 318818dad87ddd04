"""The offline sample sites answer like the WordPress sites they imitate.

The crawler's own tests trust `ground_truth()`; these tests make sure that
trust is deserved: every URL it names is served, every paragraph it claims is
on the page, and discovery paths (sitemaps, REST API, feeds, listings) behave
like WordPress's, including when switched off.
"""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from email.message import Message

import pytest

from scraper.samplesite import THEMES, SiteTruth, ground_truth, serve_site

FOUNDING_SLUG = (
    "kapolres-tanah-laut-gelar-ngupi-bakisahan-bersama-warga-untuk-silaturohmi-dalam-rangka-"
    "pemilu-damai-2024/"
)
FOUNDING_TITLE = (
    "Kapolres Tanah Laut Gelar Ngupi Bakisahan Bersama Warga Untuk Silaturohmi Dalam Rangka "
    "Pemilu Damai 2024"
)


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
    """Body of a 200 answer, HTML entities decoded."""
    status, _, body = fetch(url)
    assert status == 200, url
    return html.unescape(body.decode())


@pytest.fixture(scope="module", params=THEMES)
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, SiteTruth]]:
    with serve_site(theme=request.param) as base:
        yield base, ground_truth(theme=request.param, base_url=base)


@pytest.fixture(scope="module")
def wp() -> Iterator[tuple[str, SiteTruth]]:
    with serve_site(theme="wordpress") as base:
        yield base, ground_truth(theme="wordpress", base_url=base)


def test_base_url_and_counts(served: tuple[str, SiteTruth]) -> None:
    base, truth = served
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", base)
    assert len(truth.articles) >= (36 if truth.theme == "wordpress" else 40)
    assert len({a.url for a in truth.articles}) == len(truth.articles)
    for art in truth.articles:
        assert 4 <= len(art.paragraphs) <= 11
        assert art.url.startswith(base) and "?" not in art.url
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[78]:00", art.published_at)


def test_every_article_and_alias_is_served(served: tuple[str, SiteTruth]) -> None:
    _, truth = served
    for art in truth.articles:
        page = text_of(art.url)
        for para in art.paragraphs:
            assert para in page, (art.url, para[:60])
        assert art.title in page
        assert art.published_at in page
        for alias in art.alias_urls:
            status, headers, body = fetch(alias)
            if "?p=" in alias:
                assert status == 301, alias
                assert headers["Location"] in {art.url, *art.alias_urls}
            else:
                assert status == 200, alias
                assert all(p in html.unescape(body.decode()) for p in art.paragraphs), alias


def test_non_article_urls_are_served(served: tuple[str, SiteTruth]) -> None:
    _, truth = served
    for url in truth.non_article_urls:
        status, headers, body = fetch(url)
        assert status == 200, url
        if url.endswith(".pdf"):
            assert headers["Content-Type"] == "application/pdf"
            assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")
    assert any("/page/2/" in u for u in truth.non_article_urls)
    assert any("/attachment/" in u for u in truth.non_article_urls)


def test_unknown_paths_404_and_pagination_ends(served: tuple[str, SiteTruth]) -> None:
    base, _ = served
    assert fetch(base + "tidak-ada-halaman-ini/")[0] == 404
    assert fetch(base + "page/99/")[0] == 404
    status, headers, _ = fetch(base + "page/1/")
    assert status == 301 and headers["Location"] == base
    status, headers, _ = fetch(base + "tentang-kami")
    assert status == 301 and headers["Location"] == base + "tentang-kami/"


def test_listings_alone_reach_every_article(served: tuple[str, SiteTruth]) -> None:
    base, truth = served
    found: set[str] = set()
    url: str | None = base
    while url:
        page = text_of(url)
        found |= set(re.findall(r'href="([^"?#]+)"', page))
        nxt = re.search(r'<link rel="next" href="([^"]+)"', page)
        url = nxt.group(1) if nxt else None
    assert {a.url for a in truth.articles} <= found


def test_wordpress_post_head_and_body(wp: tuple[str, SiteTruth]) -> None:
    base, truth = wp
    art = next(a for a in truth.articles if a.url == base + FOUNDING_SLUG)
    page = text_of(art.url)
    assert f'<link rel="canonical" href="{art.url}" />' in page
    assert f'<link rel="shortlink" href="{base}?p=37301" />' in page
    assert f'<link rel="amphtml" href="{art.url}amp/" />' in page
    assert f'<link rel="https://api.w.org/" href="{base}wp-json/" />' in page
    assert f'href="{base}feed/"' in page
    assert 'content="2023-11-12T19:54:28+08:00"' in page
    assert re.search(
        r'<time class="entry-date published" datetime="2023-11-12T19:54:28\+08:00"[^>]*>'
        r"12 November 2023</time>",
        page,
    )
    graph = json.loads(re.search(r'yoast-schema-graph">(.*?)</script>', page).group(1))
    article = next(n for n in graph["@graph"] if n["@type"] == "NewsArticle")
    assert article["datePublished"] == art.published_at
    assert article["keywords"] == ["BeritaPolisi"]
    assert '<article id="post-37301" class="post-37301 post type-post status-publish' in page
    assert "Bagikan ini:" in page and "Berita Terkait" in page and 'id="respond"' in page


def test_founding_article(wp: tuple[str, SiteTruth]) -> None:
    base, truth = wp
    art = next(a for a in truth.articles if a.title == FOUNDING_TITLE)
    assert art.url == base + FOUNDING_SLUG
    assert art.tags == ["BeritaPolisi"]
    assert art.published_at == "2023-11-12T19:54:28+08:00"
    assert int("6550bcf4", 16) == int(datetime.fromisoformat(art.published_at).timestamp())
    assert len(art.paragraphs) == 11
    assert art.paragraphs[0].startswith("Tanah Laut- Polres Tanah Laut Polda Kalsel")
    assert art.paragraphs[-1].endswith("pungkasnya.")
    link = f"{art.url}?feed_id=37317&_unique_id=6550bcf4beec2"
    raw = fetch(art.url)[2].decode()
    line = link.replace("&", "&amp;")
    assert f'<p><a href="{line}">{line}</a></p>\n</div>' in raw
    tags_block = re.search(
        r'<div class="post-tags"><h4 class="tags-title">Tags</h4>(.*?)</div>', raw
    )
    assert tags_block and ">BeritaPolisi</a>" in tags_block.group(1)
    five = {
        art.url,
        link,
        f"{art.url}?utm_source=facebook&utm_medium=social&utm_campaign=beritapolisi",
        f"{art.url}amp/",
        f"{base}?p=37301",
    }
    assert five - {art.url} <= set(art.alias_urls)
    linked: set[str] = set()
    for page in [base, *(a.url for a in truth.articles)]:
        linked |= {html.unescape(h) for h in re.findall(r'href="([^"]+)"', fetch(page)[2].decode())}
    assert five <= linked
    status, headers, _ = fetch(f"{base}?p=37301")
    assert status == 301 and headers["Location"] == art.url
    amp = text_of(f"{art.url}amp/")
    assert "<html amp" in amp and "amp-boilerplate" in amp
    assert f'<link rel="canonical" href="{art.url}">' in amp
    assert all(p in amp for p in art.paragraphs)


def test_syndicated_copy_is_an_alias(wp: tuple[str, SiteTruth]) -> None:
    base, truth = wp
    art = next(a for a in truth.articles if a.post_id == 37545)
    copy = art.url.rstrip("/") + "-2/"
    assert copy in art.alias_urls
    page = text_of(copy)
    assert f'<link rel="canonical" href="{copy}" />' in page
    assert all(p in page for p in art.paragraphs)
    sitemap = text_of(base + "wp-sitemap-posts-post-1.xml")
    assert f"<loc>{copy}</loc>" in sitemap and f"<loc>{art.url}</loc>" in sitemap


def test_core_sitemaps_list_every_post(wp: tuple[str, SiteTruth]) -> None:
    base, truth = wp
    robots = text_of(base + "robots.txt")
    assert "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php" in robots
    assert f"Sitemap: {base}wp-sitemap.xml" in robots
    index = text_of(base + "wp-sitemap.xml")
    for name in (
        "posts-post-1",
        "posts-page-1",
        "taxonomies-category-1",
        "taxonomies-post_tag-1",
        "users-1",
    ):
        assert f"<loc>{base}wp-sitemap-{name}.xml</loc>" in index
        assert fetch(f"{base}wp-sitemap-{name}.xml")[0] == 200
    posts = text_of(base + "wp-sitemap-posts-post-1.xml")
    for art in truth.articles:
        assert f"<loc>{art.url}</loc><lastmod>{art.modified_at}</lastmod>" in posts


def test_yoast_sitemaps_list_every_post() -> None:
    with serve_site(theme="newsportal") as base:
        truth = ground_truth("newsportal", base)
        assert f"Sitemap: {base}sitemap_index.xml" in text_of(base + "robots.txt")
        index = text_of(base + "sitemap_index.xml")
        for name in ("post", "page", "category", "post_tag", "author"):
            assert f"<loc>{base}{name}-sitemap.xml</loc>" in index
            assert fetch(f"{base}{name}-sitemap.xml")[0] == 200
        posts = text_of(base + "post-sitemap.xml")
        for art in truth.articles:
            assert f"<loc>{art.url}</loc>" in posts
        status, _, body = fetch(base + "wp-json/wp/v2/posts")
        assert status == 401 and json.loads(body)["code"] == "rest_disabled"
        page = text_of(truth.articles[0].url)
        assert 'class="jeg_post_title"' in page and 'class="jeg_meta_date"' in page
        assert re.search(
            r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d+ \w+ 20\d\d - "
            r"\d\d:\d\d WIB",
            page,
        )


def test_rest_api_pagination(wp: tuple[str, SiteTruth]) -> None:
    base, truth = wp
    status, headers, body = fetch(base + "wp-json/wp/v2/posts?per_page=10&page=2")
    total = len(truth.articles) + 1  # plus the syndicated copy
    assert status == 200
    assert headers["X-WP-Total"] == str(total)
    assert headers["X-WP-TotalPages"] == str(-(-total // 10))
    posts = json.loads(body)
    assert len(posts) == 10
    first = posts[0]
    for key in (
        "id",
        "date",
        "date_gmt",
        "guid",
        "modified",
        "modified_gmt",
        "slug",
        "status",
        "type",
        "link",
        "title",
        "content",
        "excerpt",
        "author",
        "featured_media",
        "comment_status",
        "format",
        "categories",
        "tags",
        "_links",
    ):
        assert key in first
    status, _, body = fetch(base + "wp-json/wp/v2/posts?per_page=10&page=99")
    assert status == 400
    assert json.loads(body) == {
        "code": "rest_post_invalid_page_number",
        "message": "The page number requested is larger than the number of pages available.",
        "data": {"status": 400},
    }
    assert fetch(base + "wp-json/wp/v2/posts?per_page=101")[0] == 400
    status, _, body = fetch(base + "wp-json/wp/v2/posts?per_page=100&_fields=id,link,date,date_gmt")
    everything = json.loads(body)
    assert set(everything[0]) == {"id", "link", "date", "date_gmt"}
    founding = next(p for p in everything if p["id"] == 37301)
    assert founding["date"] == "2023-11-12T19:54:28"
    assert founding["date_gmt"] == "2023-11-12T11:54:28"
    assert {a.url for a in truth.articles} <= {p["link"] for p in everything}
    after = json.loads(fetch(base + "wp-json/wp/v2/posts?after=2024-02-01T00:00:00")[2])
    assert after and all(p["date"] > "2024-02-01" for p in after)
    tags = json.loads(fetch(base + "wp-json/wp/v2/tags?include=20,21&per_page=100")[2])
    assert {t["id"] for t in tags} == {20, 21}
    assert json.loads(fetch(base + "wp-json/wp/v2/users/1")[2])["slug"] == "admin"
    assert "wp/v2" in json.loads(fetch(base + "wp-json/")[2])["namespaces"]


def test_feed_like_wordpress(wp: tuple[str, SiteTruth]) -> None:
    base, truth = wp
    status, headers, body = fetch(base + "feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    feed = body.decode()
    assert feed.count("<item>") == 10
    assert re.search(r"<pubDate>\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0000</pubDate>", feed)
    assert "<dc:creator><![CDATA[" in feed and '<guid isPermaLink="false">' in feed
    assert fetch(base + "feed/?paged=2")[0] == 200
    assert fetch(base + "category/pemilu/feed/")[0] == 200
    assert fetch(base + "comments/feed/")[0] == 200


@pytest.mark.parametrize("theme", THEMES)
def test_features_switch_off(theme: str) -> None:
    with serve_site(theme=theme, features={"feed"}) as base:
        truth = ground_truth(theme, base)
        status, _, body = fetch(base + "wp-json/wp/v2/posts")
        assert status in (401, 404)
        assert json.loads(body)["code"] in ("rest_no_route", "rest_disabled")
        for path in ("wp-sitemap.xml", "sitemap_index.xml", "post-sitemap.xml"):
            assert fetch(base + path)[0] == 404
        assert "Sitemap:" not in text_of(base + "robots.txt")
        assert fetch(base + "feed/")[0] == 200
        assert "api.w.org" not in text_of(truth.articles[0].url)
    with serve_site(theme=theme, features=set()) as base:
        assert fetch(base + "feed/")[0] == 404
        assert "application/rss+xml" not in text_of(base)
        assert fetch(truth.articles[0].url.replace(truth.base_url, base))[0] == 200


def test_body_dates_match_publication_weekdays() -> None:
    days = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6}
    weekday = re.compile(
        rf"\b({'|'.join(days)})\b(?: \w+)? \(\s?(\d+)/(\d+)(?:/\d+)?\)", re.IGNORECASE
    )
    checked = 0
    for art in ground_truth("wordpress").articles:
        published = datetime.fromisoformat(art.published_at)
        for m in weekday.finditer(" ".join(art.paragraphs)):
            day, month = int(m.group(2)), int(m.group(3))
            year = published.year if month <= published.month else published.year - 1
            assert date(year, month, day).weekday() == days[m.group(1).lower()], m.group(0)
            checked += 1
    assert checked >= 40, checked


def test_template_pairs_are_distinct_stories() -> None:
    arts = {a.post_id: a for a in ground_truth("wordpress").articles}
    for first, second in ((36702, 37499), (36547, 37012)):
        a, b = arts[first], arts[second]
        assert a.paragraphs[-1] == b.paragraphs[-1] or a.paragraphs[0][:30] == b.paragraphs[0][:30]
        assert a.paragraphs != b.paragraphs and a.title != b.title
