"""``newsarchive probe`` (issue 13): a site with no definition, probed and drafted.

The decisions are pure functions of what was fetched, tested on built inputs; the
probe itself runs on the loopback imitations of each platform (``scraper.samplesite``
and ``tests/platforms``); ``--write`` is followed by a crawl of the drafted definition,
which must archive what ``crawl --url`` archives. Only 127.0.0.1 is ever asked: a DNS
failure is made by a patched resolver.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scraper.archive.snapshot import content_snapshot, differences
from scraper.cli import cli
from scraper.probe import (
    Decision,
    Fetcher,
    ProbeReport,
    Sample,
    Source,
    decide_platform,
    decide_province,
    decide_zone,
    definition_source,
    network_error,
    owner_of,
    platform_evidence,
    probe_site,
    sample_candidates,
    start_url,
    zone_observations,
)
from scraper.probe.report import PLATFORM_NAMES
from scraper.samplesite import ground_truth, serve_site
from scraper.settings import build_settings
from scraper.sites import SITES_DIR_ENV, SiteDefinition, load_sites
from spiders.discovery import Discovered
from spiders.sites._profiles import ODOO_PRUNE
from tests.conftest import FAST, one_line_error
from tests.platforms import blogger as blogger_site
from tests.platforms import blogger_v3, drupal, jannah, jnews, lokomedia, newsroom, nextjs
from tests.platforms import custom_cms as custom_site
from tests.platforms import joomla as joomla_site
from tests.platforms import odoo as odoo_site
from tests.platforms._articles import RELEASES

RELEASE_TITLES = {r.title for r in RELEASES}
QUICK = ["--delay", "0", "--format", "json"]


def probe_json(runner, url: str, *args: str) -> dict:
    result = runner.invoke(cli, ["probe", str(url), *QUICK, *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- a loopback server of fixed answers, for the fetcher's manners ----------------------


@contextmanager
def serve_routes(routes: dict[str, tuple[int, dict[str, str], str]]) -> Iterator[tuple]:
    """``routes``: path -> (status, headers, body); yields (base URL, [(path, headers)])."""
    seen: list[tuple[str, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            seen.append((self.path, dict(self.headers)))
            status, headers, body = routes.get(self.path, (404, {}, "nothing here"))
            data = body.encode()
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", seen
    finally:
        server.shutdown()
        server.server_close()


def test_fetcher_reads_robots_first_obeys_it_names_itself_and_keeps_its_budget():
    robots = "User-agent: *\nDisallow: /private/\n"
    routes = {"/robots.txt": (200, {}, robots), "/": (200, {}, "<html>home</html>")}
    with serve_routes(routes) as (base, seen):
        fetcher = Fetcher(max_requests=4, delay=0.1)
        started = time.monotonic()
        assert fetcher.get(base).ok
        assert fetcher.get(base + "private/x").error == "robots"
        assert fetcher.get(base + "a").status == 404
        assert fetcher.get(base + "b").status == 404
        assert fetcher.get(base + "c").error == "budget"
        elapsed = time.monotonic() - started
    assert [path for path, _ in seen] == ["/robots.txt", "/", "/a", "/b"]
    assert {headers["User-Agent"] for _, headers in seen} == {build_settings()["USER_AGENT"]}
    assert elapsed >= 0.3  # a pause before each of the three requests after the first
    assert len(fetcher.log) == 4


def test_fetcher_follows_redirects_on_its_domain_and_never_to_another():
    routes = {
        "/old": (301, {"Location": "/new"}, ""),
        "/new": (200, {}, "<html>new</html>"),
        "/": (302, {"Location": "http://judi-slot.invalid/"}, ""),
    }
    with serve_routes(routes) as (base, seen):
        fetcher = Fetcher(delay=0)
        moved = fetcher.get(base + "old")
        away = fetcher.get(base)
        report = probe_site(base, Fetcher(delay=0))
    assert moved.ok and moved.final_url == base + "new" and moved.redirects == [base + "old"]
    assert away.error == "elsewhere" and away.final_url == "http://judi-slot.invalid/"
    assert report.platform.value == "unknown" and not report.samples
    assert any("redirects to another domain" in s for s in report.suspicious)
    assert all(not path.startswith("http") for path, _ in seen)  # nothing asked elsewhere


def test_network_errors_have_kinds():
    import urllib.error

    assert network_error(urllib.error.URLError(socket.gaierror(-2, "unknown"))) == "dns"
    assert network_error(urllib.error.URLError(ConnectionRefusedError())) == "refused"
    assert network_error(TimeoutError()) == "timeout"
    assert network_error(ConnectionResetError()) == "connection"


# -- the decisions, on built inputs -----------------------------------------------------


def test_platform_evidence_names_each_platform_and_other():
    wp = platform_evidence(
        "WordPress 6.4.2", "<link href='/wp-content/x.css'>", {}, [Discovered("u")], None, []
    )
    assert decide_platform(wp).value == "wordpress" and len(wp["wordpress"]) == 3
    odoo = platform_evidence("Odoo", "<div data-oe-model='x'></div>", {}, [], None, [])
    assert decide_platform(odoo).value == "odoo"
    feed = b"<feed><generator uri='http://www.blogger.com'>Blogger</generator></feed>"
    blog = platform_evidence("", "<html></html>", {}, [], None, [feed])
    assert decide_platform(blog).value == "blogger"
    plain = decide_platform(platform_evidence("", "<html><p>Berita</p></html>", {}, [], None, []))
    assert plain.value == "other" and plain.evidence


def test_joomla_and_drupal_are_named_by_their_generator():
    # Both were "other": the probe knew only WordPress, Odoo and Blogger.
    joomla = platform_evidence(
        "Joomla! - Open Source Content Management", "<html></html>", {}, [], None, []
    )
    assert decide_platform(joomla).value == "joomla"
    rss = b"<rss><channel><generator>Joomla! - Open Source Content Management</generator>"
    assert decide_platform(platform_evidence("", "", {}, [], None, [rss])).value == "joomla"
    drupal = platform_evidence("Drupal 10 (https://www.drupal.org)", "", {}, [], None, [])
    assert decide_platform(drupal).value == "drupal"
    header = {"x-generator": "Drupal 10 (https://www.drupal.org)"}
    by_header = decide_platform(platform_evidence("", "", header, [], None, []))
    assert by_header.value == "drupal" and "X-Generator" in by_header.evidence[0]
    # Each is a platform a drafted definition may name, documented with the others.
    assert {"joomla", "drupal"} <= set(PLATFORM_NAMES)
    schema = (Path(__file__).parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in schema for name in [*PLATFORM_NAMES, "other", "unknown"])


def test_zone_comes_from_the_best_evidence_and_says_how_strong_it_is():
    api = json.dumps(
        [{"date": "2024-01-09T10:12:00", "date_gmt": "2024-01-09T02:12:00", "link": "x"}]
    ).encode()
    rss = b"<rss><item><pubDate>Tue, 09 Jan 2024 10:12:00 +0700</pubDate></item></rss>"
    utc = b"<rss><item><pubDate>Tue, 09 Jan 2024 03:12:00 +0000</pubDate></item></rss>"
    strong = zone_observations(api, [], [])
    assert strong == [("Asia/Makassar", 1, "wp-api: date − date_gmt = +08:00 on 1 posts")]
    assert zone_observations(b"", [rss], [])[0][0] == "Asia/Jakarta"
    assert zone_observations(b"", [utc], []) == []  # UTC says nothing of the site's zone
    labels = [("Asia/Jakarta", 2, "WIB printed 9 times")]
    province = [("Asia/Jayapura", 3, "the zone of Papua")]
    chosen = decide_zone(strong + labels + province)
    assert (chosen.value, chosen.strength) == ("Asia/Makassar", "strong")
    assert decide_zone(labels + province).strength == "weak"
    assert decide_zone(province).value == "Asia/Jayapura"
    nothing = decide_zone([])
    assert (nothing.value, nothing.strength) == (None, "unknown")  # never invented
    foreign = decide_zone([(None, 1, "feed: 3 dates at +02:00")])
    assert any("not an Indonesian zone" in line for line in foreign.evidence)


@pytest.mark.parametrize(
    ("host", "owner"),
    [
        ("tribratanews.polri.go.id", "polri-mabes"),
        ("tribratanews.kalsel.polri.go.id", "polri-polda"),
        ("tribratanews.metro.polri.go.id", "polri-polda"),
        ("restabalong.kalsel.polri.go.id", "polri-polres"),
        ("humas.polrestala.com", "polri-polres"),
        ("tribratanewsntt.com", "polri-polda"),
        ("sultra.tribratanews.com", "polri-polda"),
        ("tribratanewskupangkota.com", "polri-polres"),
        ("diskominfo.kalselprov.go.id", "pemda"),
        ("mci.life", "unknown"),
        ("kalsel.antaranews.com", "unknown"),
    ],
)
def test_owner_rules(host, owner):
    assert owner_of(host).value == owner


def test_owner_rules_agree_with_the_reviewed_catalogue():
    """No host rule contradicts a reviewed owner, and every police portal of the
    catalogue (Mabes, Polda, Polres) is told by its host alone: a media site's owner is
    not in its host name, a police portal's is."""
    police = 0
    for site in load_sites().values():
        guessed = owner_of(site.host).value
        assert guessed in (site.owner, "unknown"), (site.host, guessed, site.owner)
        if site.owner.startswith("polri"):
            assert guessed == site.owner, site.host
            police += 1
    assert police >= 20


def test_province_from_the_host_then_the_samples_then_the_home_page():
    from scraper.extract.page import parse_html

    assert decide_province("tribratanews.kalsel.polri.go.id", [], None).value == (
        "Kalimantan Selatan"
    )
    about = [Sample("a", province="Jawa Timur"), Sample("b", province="Jawa Timur")]
    assert decide_province("berita.example", about, None).value == "Jawa Timur"
    home = parse_html("<html><head><title>Berita Sulsel Terkini</title></head></html>")
    assert decide_province("berita.example", [], home).value == "Sulawesi Selatan"
    assert decide_province("berita.example", [], None).value is None


def test_sample_candidates_prefer_the_api_feeds_and_headline_slugs():
    base = "https://polres.example/"
    found = sample_candidates(
        base,
        [Discovered(base + "api-post/")],
        [Discovered(base + "feed-post/"), Discovered("https://other.example/x/")],
        [Discovered(base + "old/", {"lastmod": "2020-01-01"}), Discovered(base + "tag/x/")],
        ["/profil", "/polres-gelar-apel-pagi-bersama/", "/category/berita/"],
    )
    assert found == [
        base + "api-post/",
        base + "feed-post/",
        base + "old/",
        base + "polres-gelar-apel-pagi-bersama/",
        base + "profil",
    ]


@pytest.mark.parametrize(
    "bad", ["not a url", "ftp://polres.example/", "http://", "https://polres.example:99999/"]
)
def test_start_url_refuses_what_is_not_a_web_address(bad):
    from scraper.probe import BadUrl

    with pytest.raises(BadUrl):
        start_url(bad)
    assert start_url("polres-contoh.id") == "https://polres-contoh.id/"


def built_report(platform: str = "odoo") -> ProbeReport:
    return ProbeReport(
        url="https://tribratanews.kalsel.polri.go.id/",
        base_url="https://tribratanews.kalsel.polri.go.id/",
        name="tribratanews.kalsel.polri.go.id",
        probed_on="2026-12-03",
        platform=Decision(platform, ['generator meta "Odoo"', 'a """quoted""" \\ thing']),
        sources=[
            Source("sitemap", True, "1 sitemap read, 18 URLs"),
            Source("feed", False, "no feed found"),
            Source("listing", True, "the home page links 9 article-like URLs"),
        ],
        timezone=Decision("Asia/Makassar", ["WITA printed 3 times"], "weak"),
        province=Decision("Kalimantan Selatan", ["the host's label 'kalsel'"], "strong"),
        owner=owner_of("tribratanews.kalsel.polri.go.id"),
        samples=[Sample("https://tribratanews.kalsel.polri.go.id/blog/a-1/b-2", title="B")],
        suspicious=[],
        start_paths=("blog",),
    )


def test_the_drafted_file_defines_the_reported_definition_and_is_ruff_clean(tmp_path):
    report = built_report()
    path = tmp_path / "tribratanews_kalsel_polri_go_id.py"
    path.write_text(definition_source(report), encoding="utf-8")
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    site = namespace["SITE"]
    assert site == report.definition()
    assert (site.platform, site.discovery, site.start_paths) == (
        "odoo",
        ("sitemap", "listing"),
        ("blog",),
    )
    assert site.overrides.prune == ODOO_PRUNE and site.owner == "polri-polda"
    assert site.verified is False and "newsarchive probe" in site.source
    assert '"""quoted"""' not in namespace["__doc__"]
    ruff = Path(sys.executable).parent / "ruff"
    for args in (["check", "--isolated"], ["format", "--check", "--isolated"]):
        done = subprocess.run(
            [str(ruff), *args, "--line-length", "100", str(path)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_a_small_budget_is_kept_and_what_it_left_untried_stays_in_the_definition(runner):
    with custom_site.serve_custom_cms() as served:
        data = probe_json(runner, served, "--max-requests", "12")
        asked = list(served.requests)
    assert data["requests"] == len(asked) <= 12
    feed = next(s for s in data["sources"] if s["method"] == "feed")
    assert not feed["works"] and feed["asked"] and all("budget" in a for a in feed["asked"])
    assert data["discovery"] == ["feed", "listing"]  # never tried, so not ruled out
    assert sum(not s["problem"] for s in data["samples"]) == 3  # the samples' share kept


def test_nothing_found_keeps_every_discovery_method():
    report = built_report("other")
    report.sources = [Source(m, False, "none") for m in ("wp-api", "sitemap", "feed", "listing")]
    assert report.definition().discovery == ("wp-api", "sitemap", "feed", "listing")


# -- extra definition directories ----------------------------------------------------------


def test_sites_dir_adds_definitions_and_refuses_a_name_twice(runner, tmp_path, monkeypatch):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "polres_contoh_id.py").write_text(
        '"""A test definition."""\nfrom scraper.sites import SiteDefinition\n\n'
        'SITE = SiteDefinition(name="polres-contoh.id", base_url="https://polres-contoh.id/")\n'
    )
    monkeypatch.setenv(SITES_DIR_ENV, str(extra))
    listed = runner.invoke(cli, ["sites", "--format", "json", "--db", str(tmp_path / "x.db")])
    assert listed.exit_code == 0 and "polres-contoh.id" in listed.output
    assert "mci.life" in load_sites()
    (extra / "again.py").write_text(
        'from scraper.sites import SiteDefinition\nSITE = SiteDefinition(name="mci.life", '
        'base_url="https://mci.life/")\n'
    )
    clash = runner.invoke(cli, ["sites", "--db", str(tmp_path / "x.db")])
    assert clash.exit_code == 1 and "two site definitions are named 'mci.life'" in clash.output
    monkeypatch.setenv(SITES_DIR_ENV, str(tmp_path / "missing"))
    missing = runner.invoke(cli, ["sites", "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 1 and "is not a directory" in missing.output


def test_a_definition_stores_the_official_name_of_its_province():
    """Any gazetteer spelling, as the catalogue's profiles accept, so that
    `--province kalsel` selects a hand-written definition too."""
    site = SiteDefinition(name="x", base_url="https://contoh.id/", province="kalsel")
    assert site.province == "Kalimantan Selatan"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        # A draft hand-edited into invalid Python: a traceback from inside the file before.
        ("SITE = SiteDefinition(name='polres-contoh.id',\n", "SyntaxError: '(' was never closed"),
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url=BASE)\n",
            "NameError: name 'BASE' is not defined",
        ),
        # A misspelt zone: crawled with every date read in the default zone, exit 0 before.
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url='https://polres-contoh.id/',"
            " timezone='Asia/Makasar')\n",
            "unknown time zone 'Asia/Makasar'",
        ),
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url='https://polres-contoh.id/',"
            " owner='polres')\n",
            "owner 'polres' is not one of",
        ),
        # The new-user trial: each of these was accepted in silence. A misspelt discovery
        # method was never asked; a bare string was matched as a substring ("feed" is
        # not in "sitemap"); a misspelt province left the site out of `--province`.
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url='https://polres-contoh.id/',"
            " discovery=('wpapi', 'listing'))\n",
            "discovery ('wpapi', 'listing') must be a tuple of wp-api, sitemap, feed, listing",
        ),
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url='https://polres-contoh.id/',"
            " discovery=('sitemap'))\n",
            "discovery 'sitemap' must be a tuple of",
        ),
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url='https://polres-contoh.id/',"
            " province='Kalimantan Selatn')\n",
            "province 'Kalimantan Selatn' is not in the gazetteer",
        ),
        (
            "SITE = SiteDefinition(name='polres-contoh.id', base_url='polres-contoh.id/')\n",
            "base_url 'polres-contoh.id/' is not a web address",
        ),
        # A renamed SITE: the file was skipped, and `crawl --all` left the site out.
        (
            "SITES = SiteDefinition(name='polres-contoh.id', base_url='https://polres-contoh.id/')\n",
            "defines no SITE = SiteDefinition(…)",
        ),
    ],
)
def test_a_definition_that_cannot_be_used_is_one_line_and_exit_2(
    runner, tmp_path, monkeypatch, small_archive, source, message
):
    extra = tmp_path / "extra"
    extra.mkdir()
    draft = extra / "polres_contoh_id.py"
    draft.write_text("from scraper.sites import SiteDefinition\n" + source)
    monkeypatch.setenv(SITES_DIR_ENV, str(extra))
    db = tmp_path / "x.db"
    for args in (
        ["sites", "--db", str(db)],
        ["crawl", "polres-contoh.id", "--db", str(db)],
        ["crawl", "--all", "--db", str(db)],
        ["reextract", "--workers", "0", "--db", str(small_archive)],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
        assert f"Error: {draft}: " in result.output and message in result.output, args
        assert "Traceback" not in result.output and not isinstance(result.exception, SyntaxError)
    assert not db.exists()


# -- the probe on each loopback platform ---------------------------------------------------


def _wordpress():
    return serve_site(scale=12)


# Each loopback site: how to serve it, the platform the probe must name, the discovery
# that works there and the zone its pages state (None: they state none).
EVERY = ("wp-api", "sitemap", "feed", "listing")
NO_API = ("sitemap", "feed", "listing")
WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"
PLATFORMS = {
    "wordpress": (_wordpress, "wordpress", EVERY, WITA),
    "odoo": (odoo_site.serve_odoo, "odoo", NO_API, None),
    "blogger": (blogger_site.serve_blogger, "blogger", NO_API, WITA),
    "other": (custom_site.serve_custom_cms, "other", ("listing",), WIB),
    "joomla": (joomla_site.serve_joomla, "joomla", ("feed", "listing"), WITA),
    # The platform sites added after the probe: each theme's own markup and zone.
    "drupal": (drupal.serve_drupal, "drupal", NO_API, WIT),
    "jnews": (jnews.serve_jnews, "wordpress", NO_API, WITA),  # its REST API closed
    "jannah": (jannah.serve_jannah, "wordpress", EVERY, WIT),
    "newsroom": (newsroom.serve_newsroom, "wordpress", EVERY, WITA),
    "blogger_v3": (blogger_v3.serve_blogger_v3, "blogger", NO_API, WIT),
    # Two CMSs the probe has no name for: Lokomedia (PHP) and a Next.js front end.
    "lokomedia": (lokomedia.serve_lokomedia, "other", NO_API, WITA),
    "nextjs": (nextjs.serve_nextjs, "other", ("sitemap", "listing"), WIB),
}


def _asked(served) -> list[str]:
    log = getattr(served, "log", None)
    return [r.path for r in log.records()] if log is not None else list(served.requests)


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_probe_names_the_platform_and_the_discovery_that_works(runner, platform):
    serve, named, discovery, zone = PLATFORMS[platform]
    with serve() as served:
        data = probe_json(runner, served)
        asked = _asked(served)
        titles = (
            {a.title for a in ground_truth(base_url=served, scale=12).articles}
            if platform == "wordpress"
            else RELEASE_TITLES
        )
    assert data["platform"]["value"] == named and data["platform"]["evidence"]
    assert tuple(data["discovery"]) == discovery
    works = {s["method"] for s in data["sources"] if s["works"]}
    assert works == set(discovery)
    if zone:
        assert (data["timezone"]["value"], data["timezone"]["strength"]) == (zone, "strong")
    else:  # Odoo's dates are naive UTC: nothing on the page states its zone
        assert data["timezone"]["strength"] != "strong"
    articles = [s for s in data["samples"] if not s["problem"]]
    assert len(articles) >= 2 and {s["title"] for s in articles} <= titles
    assert all(s["published_at"] and s["chars"] > 300 for s in articles)
    assert data["province"]["value"] == "Kalimantan Selatan"
    assert data["suspicious"] == []
    assert data["requests"] == len(asked) <= 25 and asked[0] == "/robots.txt"
    assert data["start_paths"] == (["blog"] if platform == "odoo" else [])


def test_probe_prints_a_readable_report(runner):
    with blogger_site.serve_blogger() as served:
        result = runner.invoke(cli, ["probe", served, "--delay", "0"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith(f"probe {served}: ")
    assert "\nplatform   blogger\n" in out and "generator meta" in out
    assert "\ntime zone  Asia/Makassar (strong)\n" in out
    assert "  feed     works  1 feed (/feeds/posts/default), 12 entries" in out
    assert "  wp-api   no " in out and "(disallowed by robots.txt)" in out
    assert "suspicious: none" in out and f"newsarchive probe {served} --write" in out
    assert sum(title in out for title in RELEASE_TITLES) >= 2


def test_probe_names_a_joomla_feed_with_its_query(runner):
    # Joomla's feed is the home page's own path with a query: it was printed as
    # "1 feed (/index.php)", the home page.
    with joomla_site.serve_joomla() as served:
        result = runner.invoke(cli, ["probe", served, "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "  feed     works  1 feed (/index.php?format=feed&type=rss), 10 entries" in result.output
    assert "\nplatform   joomla\n" in result.output


# -- --write, then crawl ---------------------------------------------------------------------


def _crawl(runner, *args: str) -> None:
    result = runner.invoke(cli, ["crawl", *args, "--quiet", *FAST])
    assert result.exit_code == 0, result.output


def _draft_and_crawl_both_ways(runner, served, tmp_path, monkeypatch) -> tuple[dict, dict, dict]:
    """probe --write, crawl the draft by name, crawl --url: (probe JSON, snapshots)."""
    drafts = tmp_path / "drafts"
    data = probe_json(runner, served, "--write", "--sites-dir", str(drafts))
    assert Path(data["written"]).parent == drafts
    monkeypatch.setenv(SITES_DIR_ENV, str(drafts))
    _crawl(runner, data["name"], "--db", str(tmp_path / "by-name.db"))
    zone = data["timezone"]["value"]
    _crawl(runner, "--url", served, "--tz", zone, "--db", str(tmp_path / "by-url.db"))
    by_name = content_snapshot(tmp_path / "by-name.db")
    by_url = content_snapshot(tmp_path / "by-url.db")
    # The sites row records the definition each crawl used: the draft's platform and
    # discovery against --url's "unknown" and every method. Same site, same zone.
    named, adhoc = by_name.pop("sites"), by_url.pop("sites")
    assert (
        [row[:3] for row in named]
        == [row[:3] for row in adhoc]
        == [(data["name"], data["base_url"], zone)]
    )
    return data, by_name, by_url


def test_wordpress_draft_crawls_as_crawl_url_does(runner, tmp_path, monkeypatch):
    with serve_site(scale=12) as served:
        data, by_name, by_url = _draft_and_crawl_both_ways(runner, served, tmp_path, monkeypatch)
        truth = ground_truth(base_url=served, scale=12)
    site = load_sites()[data["name"]]
    assert isinstance(site, SiteDefinition) and site.platform == "wordpress"
    assert site.verified is False and f"newsarchive probe {served}" in site.source
    assert differences(by_name, by_url) == []
    assert {row[1] for row in by_name["articles"]} == {a.url for a in truth.articles}


def test_odoo_draft_crawls_as_crawl_url_does(runner, tmp_path, monkeypatch):
    """The draft carries the Odoo profile's prune (docs/sources.md); ``crawl --url``
    needs none: the three blog indexes, whose card teasers add up to an article's
    length, are judged listings by their lines of teasers. Either way every post is
    archived with its dates, aliases, entities and story, and no blog index is."""
    with odoo_site.serve_odoo() as served:
        data, by_name, by_url = _draft_and_crawl_both_ways(runner, served, tmp_path, monkeypatch)
        posts = odoo_site.expected(served)
    assert data["start_paths"] == ["blog"]
    assert {row[1] for row in by_url["articles"]} == set(posts)
    assert {row[1] for row in by_name["articles"]} == set(posts)
    # Per-run health figures count what each crawl asked: --url also asked the REST API
    # and /feed/ (404 here), which the draft leaves out. Not archive content.
    for snapshot in (by_name, by_url):
        snapshot.pop("source_health", None)
    # Both remember the blog indexes as not articles, each for its own reason (the
    # draft's prune leaves them too little text; --url reads their teasers).
    kept_out = [{row[0] for row in snapshot.pop("non_articles")} for snapshot in (by_name, by_url)]
    indexes = {served + "blog", served + "blog/nasional-2", served + "blog/polda-3"}
    assert kept_out[0] == kept_out[1] and indexes <= kept_out[1]
    assert differences(by_name, by_url) == []


@pytest.mark.parametrize("platform", ["blogger", "other", "joomla"])
def test_a_draft_of_the_other_platforms_crawls_as_crawl_url_does(
    runner, tmp_path, monkeypatch, platform
):
    """The platforms the probe names besides WordPress and Odoo: the draft by name and
    ``crawl --url`` store the same rows (the per-run health figures aside: each crawl
    counts what it asked, and --url asks every discovery method)."""
    serve = PLATFORMS[platform][0]
    with serve() as served:
        data, by_name, by_url = _draft_and_crawl_both_ways(runner, served, tmp_path, monkeypatch)
    assert load_sites()[data["name"]].platform == platform
    for snapshot in (by_name, by_url):
        snapshot.pop("source_health", None)
    assert len(by_name["articles"]) == len(RELEASES)
    assert differences(by_name, by_url) == []


def test_write_refuses_to_overwrite_without_force_and_a_name_defined_elsewhere(
    runner, tmp_path, monkeypatch
):
    drafts = tmp_path / "drafts"
    with custom_site.serve_custom_cms() as served:
        first = probe_json(runner, served, "--write", "--sites-dir", str(drafts))
        path = Path(first["written"])
        path.write_text(path.read_text() + "# reviewed\n")
        again = runner.invoke(cli, ["probe", served, *QUICK, "--write", "--sites-dir", str(drafts)])
        assert again.exit_code == 1 and "exists" in again.output and "--force" in again.output
        assert path.read_text().endswith("# reviewed\n")
        monkeypatch.setenv(SITES_DIR_ENV, str(drafts))
        elsewhere = runner.invoke(
            cli, ["probe", served, *QUICK, "--write", "--sites-dir", str(tmp_path / "other")]
        )
        assert elsewhere.exit_code == 1 and "already defined" in elsewhere.output
        forced = runner.invoke(
            cli, ["probe", served, *QUICK, "--write", "--sites-dir", str(drafts), "--force"]
        )
    assert forced.exit_code == 0, forced.output
    assert not path.read_text().endswith("# reviewed\n")
    assert load_sites()[first["name"]].discovery == ("listing",)
    # A site on this machine is crawled unthrottled (helper-46's trial: the step omitted
    # it, and the crawl took twice as long).
    crawl = f"newsarchive crawl {first['name']} --db data/try.db --unthrottled-loopback"
    # The step names the directory whether or not this shell's environment does: the
    # forced run, with NEWSARCHIVE_SITES_DIR exported, printed the bare crawl command,
    # which a new shell could not run ("unknown site").
    assert first["next"][1] == f"{SITES_DIR_ENV}={drafts} {crawl}"
    assert json.loads(forced.output)["next"][1] == f"{SITES_DIR_ENV}={drafts} {crawl}"
    assert "golden page" in first["next"][2]


def test_the_crawl_step_works_in_a_new_shell_when_this_one_exports_the_folder(
    runner, tmp_path, monkeypatch
):
    """With NEWSARCHIVE_SITES_DIR exported, ``probe --write`` printed the bare ``crawl``
    command: copied into a new shell (or a cron line) it said "unknown site"."""
    import shlex
    from types import SimpleNamespace

    from scraper.cli.probe import next_steps

    drafts = tmp_path / "my drafts"  # a space: the step must quote the folder
    drafts.mkdir()
    written = drafts / "polres_contoh_id.py"
    written.write_text(
        '"""A test definition."""\nfrom scraper.sites import SiteDefinition\n\n'
        'SITE = SiteDefinition(name="polres-contoh.id", base_url="https://polres-contoh.id/")\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(SITES_DIR_ENV, str(drafts))
    report = SimpleNamespace(name="polres-contoh.id", base_url="https://polres-contoh.id/")
    step = next_steps(report, written)[1]  # type: ignore[arg-type]
    assert step.endswith("newsarchive crawl polres-contoh.id --db data/try.db"), step
    # A new shell: the variable is only what the line itself sets.
    monkeypatch.delenv(SITES_DIR_ENV)
    assignment, *command = shlex.split(step)
    name, _, value = assignment.partition("=")
    assert name == SITES_DIR_ENV and command[:2] == ["newsarchive", "crawl"]
    listed = runner.invoke(cli, ["sites", "--format", "json"], env={name: value})
    assert listed.exit_code == 0, listed.output
    assert "polres-contoh.id" in {row["name"] for row in json.loads(listed.output)}


def test_write_refuses_a_site_whose_robots_forbid_everything(runner, tmp_path):
    routes = {"/robots.txt": (200, {}, "User-agent: *\nDisallow: /\n")}
    with serve_routes(routes) as (base, seen):
        shown = probe_json(runner, base)
        refused = runner.invoke(
            cli, ["probe", base, "--delay", "0", "--write", "--sites-dir", str(tmp_path)]
        )
    assert "robots.txt disallows everything for this crawler" in shown["suspicious"]
    assert [path for path, _ in seen] == ["/robots.txt", "/robots.txt"]  # one per probe
    assert refused.exit_code == 1 and "nothing written: no article was found" in refused.output
    assert list(tmp_path.iterdir()) == []


# -- bad input: one line, non-zero, no traceback ---------------------------------------------


@pytest.mark.parametrize("url", ["not a url", "http://[::1/", "http://127.0.0.1:99999/"])
def test_not_a_url(runner, url):
    # A malformed IPv6 host exited 1 with Python's bare "Invalid IPv6 URL".
    one_line_error(runner.invoke(cli, ["probe", url]), 2, f"{url!r} is not a web address")


def test_politeness_stays_on_for_real_hosts(runner):
    result = runner.invoke(cli, ["probe", "https://polres-contoh.id/", "--delay", "0"])
    assert result.exit_code == 2 and "politeness stays on" in result.output


def test_refused_connection(runner):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = runner.invoke(cli, ["probe", f"http://127.0.0.1:{port}/", "--delay", "0"])
    one_line_error(result, 1, "the connection was refused")


def test_dns_failure(runner, monkeypatch):
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if str(host).endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    result = runner.invoke(cli, ["probe", "https://polres-contoh.invalid/"])
    one_line_error(result, 1, "does not resolve (DNS)")


def test_home_page_server_error(runner):
    with serve_routes({"/": (503, {}, "<h1>503</h1>")}) as (base, _):
        result = runner.invoke(cli, ["probe", base, "--delay", "0"])
    one_line_error(result, 1, "the home page answered HTTP 503")
