"""The source catalogue (issue 13): its entries, its filters, and its platform profiles.

Every platform profile in ``spiders/sites/_profiles.py`` is crawled on a loopback site
of its platform: WordPress on ``scraper.samplesite``, Odoo, Blogger and a portal on its
own CMS on the imitations in ``tests/platforms/``. Each crawl must archive every article
of the site once, under its own URL, with its title and publication time.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import pkgutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from scraper.cli import cli
from scraper.crawl import run_crawl
from scraper.samplesite import ground_truth, serve_site
from scraper.sites import OWNERS, SiteDefinition, load_sites, province_names
from spiders.sites import _profiles as profiles
from tests.platforms import blogger as blogger_site
from tests.platforms import custom_cms as custom_site
from tests.platforms import odoo as odoo_site

GOLDEN = Path(__file__).parent / "golden" / "pages"
# Crawl settings for loopback servers (tests/conftest.py's FAST, as a settings dict).
FAST = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
# The zone of each province's clock: WIB, WITA, WIT.
WITA = {
    "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Bali",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Sulawesi Utara", "Sulawesi Tengah",
    "Sulawesi Selatan", "Sulawesi Tenggara", "Sulawesi Barat", "Gorontalo",
}  # fmt: skip
WIT = {
    "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah",
    "Papua Pegunungan", "Papua Barat Daya",
}  # fmt: skip


def zone_of(province: str) -> str:
    if province in WIT:
        return "Asia/Jayapura"
    return "Asia/Makassar" if province in WITA else "Asia/Jakarta"


def listed(runner, tmp_path, *args: str) -> list[dict]:
    result = runner.invoke(
        cli, ["sites", *args, "--format", "json", "--db", str(tmp_path / "none.db")]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- the catalogue -------------------------------------------------------------------


def test_catalogue_lists_at_least_40_real_sources(runner, tmp_path):
    sites = listed(runner, tmp_path)
    assert len(sites) >= 40
    names = [s["name"] for s in sites]
    assert len(names) == len(set(names))
    provinces = set(province_names().values())
    for site in sites:
        assert site["name"] and site["platform"], site
        assert site["base_url"].startswith("https://") and site["base_url"].endswith("/"), site
        ZoneInfo(site["timezone"])
        assert site["province"] in provinces, site
        assert site["timezone"] == zone_of(site["province"]), site
        assert site["owner"] in OWNERS and site["owner"] != "unknown", site
        assert site["verified"] is False, site
        assert len(site["source"]) > 20, site
        assert site["platform"] in profiles.PLATFORMS, site


def test_catalogue_covers_polri_portals_kalsel_polres_and_kalsel_media(runner, tmp_path):
    sites = {s["name"]: s for s in listed(runner, tmp_path)}
    national = sites["tribratanews.polri.go.id"]
    assert (national["owner"], national["platform"]) == ("polri-mabes", "odoo")
    polda = listed(runner, tmp_path, "--owner", "polda")
    assert len(polda) >= 20 and {s["owner"] for s in polda} == {"polri-polda"}
    # One portal per Polda: no province twice among the Tribratanews portals.
    portals = [s for s in polda if "tribratanews" in s["name"]]
    assert len({s["province"] for s in portals}) == len(portals)
    assert "tribratanews.kalsel.polri.go.id" in {s["name"] for s in polda}
    polres = listed(runner, tmp_path, "--owner", "polres")
    assert {s["owner"] for s in polres} == {"polri-polres"}
    kalsel_polres = {s["name"] for s in polres if s["province"] == "Kalimantan Selatan"}
    assert len(kalsel_polres) >= 4
    kalsel = listed(runner, tmp_path, "--province", "kalsel")
    assert {s["province"] for s in kalsel} == {"Kalimantan Selatan"}
    kalsel_names = {s["name"] for s in kalsel}
    assert {"mci.life", "tribratanews.kalsel.polri.go.id"} <= kalsel_names
    assert kalsel_polres <= kalsel_names
    media = [s for s in kalsel if s["owner"].startswith("media-")]
    assert len(media) >= 10
    assert {"banjarmasin.tribunnews.com", "kalsel.antaranews.com", "bakabar.com"} <= {
        s["name"] for s in media
    }
    assert all(s["timezone"] == "Asia/Makassar" for s in kalsel)


def test_owner_and_platform_filters(runner, tmp_path):
    everything = listed(runner, tmp_path)
    polri = listed(runner, tmp_path, "--owner", "polri")
    assert {s["owner"] for s in polri} == {"polri-mabes", "polri-polda", "polri-polres"}
    assert len(polri) == sum(s["owner"].startswith("polri-") for s in everything)
    media = listed(runner, tmp_path, "--owner", "media")
    assert {s["owner"] for s in media} == {"media-local", "media-national"}
    for platform in ("wordpress", "odoo", "blogger", "other"):
        chosen = listed(runner, tmp_path, "--platform", platform)
        assert chosen and {s["platform"] for s in chosen} == {platform}
    both = listed(runner, tmp_path, "--province", "kalsel", "--owner", "polres")
    assert both and all(
        s["province"] == "Kalimantan Selatan" and s["owner"] == "polri-polres" for s in both
    )
    # A platform no site is on is a typo, as an unknown owner is (it listed nothing, exit 0).
    for command in (["sites"], ["crawl"]):
        typo = runner.invoke(
            cli, [*command, "--platform", "wordpres", "--db", str(tmp_path / "x.db")]
        )
        assert typo.exit_code == 2, typo.output
        assert "no site is on platform 'wordpres'" in typo.output and "wordpress" in typo.output
    assert not (tmp_path / "x.db").exists()


def test_every_catalogue_module_defines_a_site_and_helpers_define_none():
    """load_sites() imports every module of spiders/sites and keeps only those with a
    SITE: a catalogue file that forgot it would vanish silently, so check both ways."""
    import spiders.sites as package

    sites = load_sites()
    by_module = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"spiders.sites.{info.name}")
        site = getattr(module, "SITE", None)
        if info.name.startswith("_"):
            assert site is None, info.name
            continue
        assert isinstance(site, SiteDefinition), f"{info.name} defines no SITE"
        assert module.__doc__, f"{info.name} has no docstring"
        by_module[info.name] = site.name
    assert sorted(by_module.values()) == sorted(sites)
    assert "_profiles" not in by_module and len(sites) == len(by_module)


# -- the profiles ---------------------------------------------------------------------


def test_profiles_check_what_a_hand_written_file_gets_wrong():
    ok = {"province": "Kalsel", "timezone": "Asia/Makassar", "source": "seen somewhere"}
    site = profiles.wordpress_polres("https://polres.example/", **ok)
    assert site.province == "Kalimantan Selatan" and site.name == "polres.example"
    assert site.verified is False and site.owner == "polri-polres"
    with pytest.raises(ValueError, match="province"):
        profiles.wordpress_polres("https://polres.example/", **{**ok, "province": "Atlantis"})
    with pytest.raises(ValueError, match="time zone"):
        profiles.wordpress_polres("https://polres.example/", **{**ok, "timezone": "WITA"})
    with pytest.raises(ValueError, match="source"):
        profiles.wordpress_polres("https://polres.example/", **{**ok, "source": " "})
    with pytest.raises(ValueError, match="base_url"):
        profiles.wordpress_polres("https://polres.example", **ok)
    with pytest.raises(ValueError, match="owner"):
        profiles.blogger("https://x.example/", owner="polisi", **ok)
    with pytest.raises(ValueError, match="platform"):
        profiles.news_portal("https://x.example/", owner="pemda", platform="odoo", **ok)


def test_each_profile_says_what_its_platform_needs():
    kw = {"province": "Kalsel", "timezone": "Asia/Makassar", "source": "s"}
    wp = profiles.tribratanews_polda("https://a.example/", **kw)
    assert (wp.platform, wp.owner, wp.discovery) == (
        "wordpress",
        "polri-polda",
        profiles.WORDPRESS_DISCOVERY,
    )
    assert (
        "wp-api"
        not in profiles.tribratanews_polda("https://a.example/", platform="other", **kw).discovery
    )
    assert profiles.tribratanews_polda(
        "https://a.example/", platform="unknown", **kw
    ).discovery == (profiles.WORDPRESS_DISCOVERY)
    odoo = profiles.odoo_tribratanews("https://b.example/", source="s")
    assert (odoo.platform, odoo.timezone, odoo.owner) == ("odoo", "Asia/Jakarta", "polri-mabes")
    assert odoo.province == "Daerah Khusus Ibukota Jakarta"
    assert "wp-api" not in odoo.discovery and odoo.start_paths == ("blog",)
    assert odoo.overrides.prune == profiles.ODOO_PRUNE
    blog = profiles.blogger("https://c.example/", owner="polri-polres", **kw)
    assert blog.platform == "blogger" and "wp-api" not in blog.discovery
    assert blog.overrides.prune == profiles.BLOGGER_PRUNE
    media = profiles.wordpress_media("https://d.example/", **kw)
    assert (media.platform, media.owner) == ("wordpress", "media-local")
    portal = profiles.news_portal("https://e.example/", owner="media-local", **kw)
    assert portal.platform == "unknown" and portal.discovery == profiles.WORDPRESS_DISCOVERY


def _extract(page: str, site: SiteDefinition):
    from scraper.extract.article import extract_article

    html = (GOLDEN / page).read_text(encoding="utf-8")
    url = html.split("\n", 1)[0].removeprefix("<!-- url: ").removesuffix(" -->").strip()
    return url, extract_article(html, url, datetime(2026, 11, 28, tzinfo=timezone.utc), site=site)


def test_odoo_profile_refuses_blog_indexes_and_keeps_posts():
    site = profiles.odoo_tribratanews("https://tribratanews.polri.go.id/", source="s")
    from scraper.extract.article import extract_article

    html = (GOLDEN / "tribratanews-odoo-list.html").read_text(encoding="utf-8")
    for url in (
        "https://tribratanews.polri.go.id/blog",
        "https://tribratanews.polri.go.id/blog/nasional-2",
    ):
        result = extract_article(html, url, datetime(2026, 11, 28, tzinfo=timezone.utc), site=site)
        assert type(result).__name__ == "NotAnArticle", url
    _, post = _extract("tribratanews-odoo.html", site)
    assert post.title.startswith("Peringati Hari Pahlawan, Polri Gelar Ziarah")
    assert post.published_at == "2023-11-10T10:15:00+07:00"


def test_blogger_profile_keeps_a_saved_item_page():
    site = profiles.blogger(
        "https://polrestanahlaut.blogspot.com/",
        owner="polri-polres", province="Kalsel", timezone="Asia/Makassar", source="s",
    )  # fmt: skip
    _, post = _extract("polres-blogger.html", site)
    assert post.title.startswith("Sat Samapta Polres Tanah Laut Gelar Patroli Dialogis")
    assert post.published_at == "2024-02-26T10:45:00+08:00"
    assert post.text.startswith("Pelaihari – Satuan Samapta")


# -- each profile crawls a loopback site of its platform --------------------------------


def stored(db: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, title, published_at from articles").fetchall()
    finally:
        conn.close()
    assert len(rows) == len({u for u, _, _ in rows})
    return {url: (title, published) for url, title, published in rows}


def crawl(site: SiteDefinition, db: Path):
    summary = run_crawl([site], db, dict(FAST))
    assert summary.status == "ok", summary.line()
    return summary


WORDPRESS_PROFILES = {
    "tribratanews_polda": lambda base: profiles.tribratanews_polda(
        base, province="Kalsel", timezone="Asia/Makassar", source="loopback"
    ),
    "wordpress_polres": lambda base: profiles.wordpress_polres(
        base, province="Kalsel", timezone="Asia/Makassar", source="loopback"
    ),
    "wordpress_media": lambda base: profiles.wordpress_media(
        base, province="Kalsel", timezone="Asia/Makassar", source="loopback"
    ),
}


@pytest.mark.parametrize("profile", sorted(WORDPRESS_PROFILES))
def test_wordpress_profiles_crawl_the_sample_site(profile, tmp_path):
    with serve_site(theme="wordpress") as served:
        base = str(served)
        site = WORDPRESS_PROFILES[profile](base)
        assert site.platform == "wordpress"
        crawl(site, tmp_path / "a.db")
        truth = ground_truth("wordpress", base)
    expected = {a.url: (a.title, a.published_at) for a in truth.articles}
    assert stored(tmp_path / "a.db") == expected


def test_odoo_profile_crawls_an_odoo_portal(tmp_path):
    with odoo_site.serve_odoo() as served:
        base = str(served)
        site = profiles.odoo_tribratanews(base, source="loopback", timezone=odoo_site.TIMEZONE)
        summary = crawl(site, tmp_path / "a.db")
        requested = list(served.requests)
    assert stored(tmp_path / "a.db") == odoo_site.expected(base)
    assert summary.counts.articles_new == len(odoo_site.POSTS)
    # Found through the sitemap and the /blog listing (a start path), not the API.
    assert "/sitemap.xml" in requested and "/blog/page/2" in requested
    assert not any(r.startswith("/wp-json") for r in requested)


def test_blogger_profile_crawls_a_blogger_blog(tmp_path):
    with blogger_site.serve_blogger() as served:
        base = str(served)
        site = profiles.blogger(
            base, owner="polri-polres", province="Kalsel", timezone=blogger_site.TIMEZONE,
            source="loopback",
        )  # fmt: skip
        summary = crawl(site, tmp_path / "a.db")
        requested = list(served.requests)
    # Every post once, under its item URL: never under a daily archive that shows it.
    assert stored(tmp_path / "a.db") == blogger_site.expected(base)
    assert summary.counts.articles_new == len(blogger_site.POSTS)
    assert "/sitemap.xml?page=1" in requested and "/feeds/posts/default" in requested
    assert any(r.endswith("_archive.html") for r in requested)
    # Blogger's robots.txt forbids /search: the "Posting Lama" pages are never fetched.
    assert not any(r.startswith("/search") for r in requested)


def test_news_portal_profile_crawls_a_portal_on_its_own_cms(tmp_path):
    with custom_site.serve_custom_cms() as served:
        base = str(served)
        site = profiles.news_portal(
            base, owner="polri-mabes", province="DKI Jakarta", timezone=custom_site.TIMEZONE,
            source="loopback", platform="other", start_paths=("news/all",),
            prune=("//div[contains(concat(' ', normalize-space(@class), ' '), ' card ')]",),
        )  # fmt: skip
        crawl(site, tmp_path / "a.db")
        requested = list(served.requests)
    # No sitemap, no feed, no API: every article comes from the paginated index.
    assert stored(tmp_path / "a.db") == custom_site.expected(base)
    assert "/news/all?page=3" in requested


def test_a_catalogue_definition_pointed_at_a_loopback_site_crawls_it(tmp_path):
    """A real entry, moved to the loopback address, is what a crawl of it will be."""
    entry = load_sites()["tribratanews.polri.go.id"]
    with odoo_site.serve_odoo() as served:
        base = str(served)
        site = dataclasses.replace(entry, name="loopback-odoo", base_url=base)
        crawl(site, tmp_path / "a.db")
    assert stored(tmp_path / "a.db") == odoo_site.expected(base)


# -- what the profiles' overrides make up for (scraper's generic rules) ------------------


def test_blogger_daily_archive_has_a_listing_shape():
    from scraper.urls import is_listing_url, looks_like_non_article

    for url in (
        "https://tribratanews.polrestala.com/2026_01_19_archive.html",
        "https://tribratanews.polrestala.com/2026_01_archive.html",
    ):
        assert looks_like_non_article(url) and is_listing_url(url)
    assert not looks_like_non_article("https://tribratanews.polrestala.com/2026/01/apel.html")


def test_odoo_blog_index_is_not_an_article_without_the_profile():
    """Odoo's blog cards title each post with a link styled as a heading
    (<a class="o_blog_post_title h5">), not a heading element: counted as listed
    titles, a page of them with no long paragraph is a listing, profile or not."""
    site = SiteDefinition.for_url("https://tribratanews.polri.go.id/")
    from scraper.extract.article import extract_article

    html = (GOLDEN / "tribratanews-odoo-list.html").read_text(encoding="utf-8")
    url = "https://tribratanews.polri.go.id/blog/nasional-2"
    result = extract_article(html, url, datetime(2026, 11, 28, tzinfo=timezone.utc), site=site)
    assert type(result).__name__ == "NotAnArticle"


def _short_page(og_type: str) -> str:
    """A Polsek post of short paragraphs with five related posts titled by links."""
    related = "".join(
        f'<li><a class="post-title" href="/2026/01/kegiatan-{i}/">Kegiatan Polsek hari ke-{i}</a>'
        "</li>"
        for i in range(5)
    )
    paragraphs = "".join(
        f"<p>Personel Polsek Bajuin melaksanakan patroli dialogis di Desa Tirta Jaya ({i}).</p>"
        for i in range(6)
    )
    return (
        f'<html><head><title>Patroli dialogis</title><meta property="og:type" '
        f'content="{og_type}"></head><body><h1>Patroli dialogis Polsek Bajuin</h1>'
        f"<div class='content'>{paragraphs}</div><ul class='related'>{related}</ul></body></html>"
    )


def test_links_styled_as_titles_make_a_listing_only_of_a_page_that_is_no_post():
    from scraper.extract.article import extract_article

    url = "https://polsekbajuin.example/2026/01/patroli-dialogis/"
    when = datetime(2026, 1, 20, tzinfo=timezone.utc)
    article = extract_article(_short_page("article"), url, when)
    assert type(article).__name__ == "ArticleRecord", article
    listing = extract_article(_short_page("website"), url, when)
    assert type(listing).__name__ == "NotAnArticle"
    assert listing.reason == "listing page (5 linked titles, no long paragraph)"


def test_a_page_whose_lines_are_teasers_of_its_listed_titles_is_a_listing():
    """Odoo's blog cards come out of extraction one line each (author, title, a long
    excerpt, a date): a page of them is a listing though its lines are long. An
    article that leaves five related titles bare in its text, beside long paragraphs,
    stays an article."""
    from scraper.extract.article import extract_article

    when = datetime(2026, 1, 20, tzinfo=timezone.utc)
    base = "https://tribratanews.example/"
    answer = odoo_site.make_site(base)
    for path in ("blog", "blog/polda-3"):
        status, _, page = answer("/" + path)
        listing = extract_article(page, base + path, when)
        assert status == 200 and type(listing).__name__ == "NotAnArticle", path
        assert listing.reason.endswith("lines are teasers of listed posts)"), listing.reason
    body = "".join(
        "<p>"
        + "Personel Polsek Bajuin melaksanakan patroli dialogis di Desa Tirta Jaya. " * 5
        + f"({i})</p>"
        for i in range(4)
    )
    related = "".join(
        f'<p><a class="post-title" href="/blog/lain-{i}">Kegiatan Polsek hari ke-{i}</a></p>'
        for i in range(5)
    )
    article = extract_article(
        f"<html><head><title>Patroli</title></head><body><h1>Patroli dialogis</h1>"
        f"<div>{body}{related}</div></body></html>",
        "https://polsekbajuin.example/blog/berita-2/patroli-7",
        when,
    )
    assert type(article).__name__ == "ArticleRecord", article
