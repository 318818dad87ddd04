"""Which publication date a page gets, where it came from, and conflicts."""

from datetime import datetime, timezone

from scraper.extract import extract_article
from scraper.sites import SiteDefinition

SITE = SiteDefinition(name="contoh.id", base_url="https://contoh.id/", timezone="Asia/Makassar")
FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
BODY = "".join(
    f"<p>Polres Tanah Laut menggelar patroli ke-{i} pada Senin (13/11) malam di Pelaihari.</p>"
    for i in range(5)
)


def page(head: str = "", body_extra: str = "") -> str:
    return (
        f"<html lang='id'><head><meta property='og:type' content='article'>{head}</head>"
        f"<body class='single single-post postid-9'><h1>Patroli Malam</h1>{body_extra}"
        f"<div class='entry-content'>{BODY}</div></body></html>"
    )


def test_utc_meta_is_expressed_in_site_zone():
    html = page("<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>")
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert record.published_at == "2023-11-14T11:00:00+08:00"
    assert record.published_utc == "2023-11-14T03:00:00Z"
    assert record.published_at_source == "meta"
    assert record.date_conflict is None


def test_api_hint_wins_and_conflict_is_recorded():
    html = page("<meta property='article:published_time' content='2023-10-01T08:00:00+08:00'>")
    hints = {
        "published": "2023-11-14T03:00:00",
        "published_source": "api",
        "published_is_utc": True,
    }
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE, hints=hints)
    assert record.published_at == "2023-11-14T11:00:00+08:00"
    assert record.published_at_source == "api"
    assert record.date_conflict.startswith("api 2023-11-14T11:00:00+08:00 disagrees with meta")


def test_printed_header_with_time_is_text_source():
    html = page(body_extra="<div class='post-date'>Selasa, 14 Nov 2023 10:05 WITA</div>")
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert record.published_at == "2023-11-14T10:05:00+08:00"
    assert record.published_at_source == "text"


def test_no_date_stays_empty_never_crawl_time():
    record = extract_article(page(), "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert record.published_at is None and record.published_at_source is None


def test_url_date_is_the_last_resort():
    record = extract_article(page(), "https://contoh.id/2023/11/14/patroli/", FETCHED, site=SITE)
    assert record.published_at == "2023-11-14" and record.published_at_source == "url"


def test_event_dates_resolved_against_publication():
    html = page("<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>")
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert {d["value"] for d in record.event_dates} == {"2023-11-13"}
    assert record.event_dates[0]["surface"].startswith("Senin (13/11)")
