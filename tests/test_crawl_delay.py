"""A site's robots.txt ``Crawl-delay`` spaces the crawl's requests to it.

helper-103's trial: a site asking ``Crawl-delay: 10`` was crawled at AutoThrottle's
pace, four requests at a time; only ``probe`` read the delay. The site here is
``tests.mutable_site`` (WordPress-shaped pages) with ``Crawl-delay`` in its robots.txt.
"""

from __future__ import annotations

from click.testing import CliRunner

from scraper.cli import cli
from spiders.crawl_delay import robots_crawl_delay
from tests.conftest import FAST
from tests.mutable_site import MutableSite, Post, serve_mutable
from tests.test_recrawl import OTHER, PARAS


def _site(delay: float) -> MutableSite:
    posts = {
        slug: Post(slug, f"Polres Tanah Laut gelar {slug}", list(text), "2023-11-13T08:00:00+08:00")
        for slug, text in (("patroli", PARAS), ("razia", OTHER))
    }
    return MutableSite(posts, sitemap=True, crawl_delay=delay)


def _gaps(site: MutableSite) -> list[float]:
    """Seconds between the site's requests after its robots.txt."""
    times = [at for at, path in site.requests if path != "/robots.txt"]
    return [b - a for a, b in zip(times, times[1:])]


def test_a_crawl_delay_spaces_every_request_to_the_site(tmp_path):
    site = _site(0.6)
    with serve_mutable(site) as base:
        # FAST starts AutoThrottle at 0.01 s, which a loopback site's speed keeps there.
        crawl = CliRunner().invoke(
            cli, ["crawl", "--url", base, "--db", str(tmp_path / "a.db"), "--no-warc", *FAST]
        )
    assert crawl.exit_code == 0 and " 2 new" in crawl.output, crawl.output
    host = base.split("//")[1].rstrip("/")
    said = f"robots.txt of {host} asks 0.6 s between requests (Crawl-delay): honoured"
    assert said in crawl.stdout.splitlines(), crawl.stdout
    gaps = _gaps(site)
    assert len(gaps) >= 4, site.requests
    # Requests leave 0.6 s apart; on a loaded machine one may arrive a little late and
    # the next on time (0.549 s seen). Without the delay they came 0.02-0.07 s apart.
    assert min(gaps) >= 0.45, gaps
    assert sorted(gaps)[len(gaps) // 2] >= 0.58, gaps


def test_unthrottled_loopback_ignores_it_and_a_huge_delay_is_capped(tmp_path):
    site = _site(30)
    with serve_mutable(site) as base:
        crawl = CliRunner().invoke(
            cli,
            ["crawl", "--url", base, "--db", str(tmp_path / "a.db"), "--no-warc"]
            + ["--unthrottled-loopback"],
        )
    assert crawl.exit_code == 0, crawl.output
    assert sum(_gaps(site)) < 10, _gaps(site)
    assert "Crawl-delay" not in crawl.output
    assert robots_crawl_delay(b"User-agent: *\nCrawl-delay: 86400\n", "newsarchive", 10) == 10
    assert robots_crawl_delay(b"User-agent: Googlebot\nCrawl-delay: 5\n", "newsarchive", 10) == 0
    said = b"User-agent: newsarchive\nCrawl-delay: 2.5\n\nUser-agent: *\nCrawl-delay: 1\n"
    assert robots_crawl_delay(said, "newsarchive/1.0 (+https://x.id)", 10) == 2.5
