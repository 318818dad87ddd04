"""What one page costs the extraction workers, by kind, against bare trafilatura.

``bench_crawl.py`` times a whole crawl; this bench splits the workers' share of it.
It serves the generated police-news site (``python -m scraper.samplesite``) on
127.0.0.1, fetches article pages spread over the site and its listing pages (home,
categories, their pagination), then times, in this one process (CPU time, the faster
of two passes, the same pages for each):

1. bare ``trafilatura.bare_extraction(html, url=url, with_metadata=True)`` per article
   page: the baseline;
2. ``read_body`` of an article page as a crawl's worker runs it, read in full;
3. the same with learnt containers, as a crawl runs it (``SiteTemplates``: the first
   pages learn, later ones are read from the container, one in 20 is checked);
4. ``read_body`` of a listing page (links and pagination only);
5. the WARC records of one response (``exchange_records``: digests, gzip).

    .venv/bin/python bench/bench_page_costs.py [--n 2000] [--pages 300]

Exits 1 when an article page, read as a crawl reads it (3.), costs the workers more
than 1.2 times what bare trafilatura spends on it: the reading wraps trafilatura with
our own metadata, dates, entities and story sketch, and learnt containers pay for
them (1.03x when this bench was written).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_crawl import fetch, start_site  # noqa: E402

from scraper.extract.template import SiteTemplates  # noqa: E402
from scraper.reading import DEFAULT_OPTIONS, read_body, read_page  # noqa: E402
from scraper.sites import SiteDefinition  # noqa: E402
from scraper.urls import is_listing_url, site_host  # noqa: E402
from scraper.warc import Exchange, exchange_records  # noqa: E402

CONTENT_TYPE = "text/html; charset=UTF-8"
FETCHED_AT = "2026-12-04T01:00:00+00:00"
# The most an article page may cost the workers, in bare trafilatura's time.
LIMIT = 1.2


def best_ms(run: Callable[[], None], count: int) -> float:
    """CPU milliseconds per item of the faster of two passes."""
    times = []
    for _ in range(2):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times) / count * 1000


def listing_urls(base: str, home: str, limit: int) -> list[str]:
    """The home page and the listing pages it links (categories, archives, page 2 …)."""
    site = SiteDefinition.for_url(base)
    reading = read_page(home, base, False, site)
    found = [base]
    for href in [*reading.links.hrefs, *reading.links.next_hrefs]:
        url = href if href.startswith("http") else base.rstrip("/") + "/" + href.lstrip("/")
        if site_host(url) == site.host and is_listing_url(url) and url not in found:
            found.append(url)
    return found[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles on the site")
    parser.add_argument("--pages", type=int, default=300, help="article pages timed")
    args = parser.parse_args()
    import trafilatura

    with tempfile.TemporaryDirectory() as tmp:
        truth = Path(tmp) / "truth.jsonl"
        server, base = start_site(args.n, truth)
        try:
            import json

            urls = [json.loads(line)["url"] for line in truth.read_text().splitlines()]
            step = max(1, len(urls) // args.pages)
            articles = [(url, fetch(url)) for url in urls[::step][: args.pages]]
            listings = [(url, fetch(url)) for url in listing_urls(base, fetch(base), 40)]
        finally:
            server.terminate()
            server.wait()
    site = SiteDefinition.for_url(base)
    encoded = [(url, html.encode("utf-8")) for url, html in articles]

    def bare() -> None:
        for url, html in articles:
            trafilatura.bare_extraction(html, url=url, with_metadata=True)

    def full() -> None:
        for url, body in encoded:
            read_body(body, CONTENT_TYPE, url, True, site, FETCHED_AT, {}, DEFAULT_OPTIONS)

    used = []

    def learnt() -> None:
        # What PageReader does in a crawl: a plan per page, the reading settles it.
        templates = SiteTemplates(enabled=True)
        count = 0
        for url, body in encoded:
            plan = templates.plan(site.name)
            reading = read_body(
                body, CONTENT_TYPE, url, True, site, FETCHED_AT, {}, DEFAULT_OPTIONS, plan
            )
            record = reading.result
            from_container = bool(getattr(record, "read_from_container", False))
            report = getattr(record, "template_report", None)
            templates.settle(site.name, plan, report, from_container)
            count += from_container
        used.append(count)

    def listing() -> None:
        for url, html in listings:
            read_body(html.encode("utf-8"), CONTENT_TYPE, url, False, site, FETCHED_AT)

    def warc() -> None:
        for url, body in encoded:
            exchange = Exchange(
                url=url,
                status=200,
                response_headers=[("Content-Type", CONTENT_TYPE)],
                body=body,
                request_headers=[("User-Agent", "newsarchive")],
                method="GET",
                fetched_at=FETCHED_AT,
                ip_address="127.0.0.1",
                context={"site": site.name},
            )
            exchange_records(exchange)

    # Once each untimed: first-use costs (parsers' tables, compiled patterns).
    for run in (bare, full, listing, warc):
        run()
    n = len(articles)
    bare_ms = best_ms(bare, n)
    full_ms = best_ms(full, n)
    learnt_ms = best_ms(learnt, n)
    listing_ms = best_ms(listing, len(listings))
    warc_ms = best_ms(warc, n)
    print(f"{n} article pages and {len(listings)} listing pages of a {args.n}-article site")
    print(f"  bare trafilatura, article page:    {bare_ms:6.2f} ms (baseline)")
    print(f"  read_body, article page, in full:  {full_ms:6.2f} ms ({full_ms / bare_ms:.2f}x)")
    print(
        f"  read_body, article page, learnt:   {learnt_ms:6.2f} ms ({learnt_ms / bare_ms:.2f}x;"
        f" {used[-1]}/{n} read from the container)"
    )
    print(f"  read_body, listing page:           {listing_ms:6.2f} ms")
    print(f"  WARC records of one response:      {warc_ms:6.2f} ms")
    ok = learnt_ms <= LIMIT * bare_ms
    print(
        "SUMMARY "
        + ("PASS" if ok else "FAIL")
        + f": an article page as a crawl reads it costs {learnt_ms / bare_ms:.2f}x bare"
        f" trafilatura's time (target <= {LIMIT:.2f})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
