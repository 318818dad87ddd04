"""Which publication date a page gets, where it came from, and conflicts."""

from datetime import date, datetime, timezone

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


# --- Issue 10: the date chosen by evidence --------------------------------------------

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from scraper.extract import dates as extract_dates  # noqa: E402
from scraper.extract.metadata import read_metadata  # noqa: E402
from scraper.extract.page import parse_html  # noqa: E402
from scraper.extract.record import Hints  # noqa: E402

NO_ZONE = SiteDefinition(name="contoh.id", base_url="https://contoh.id/", timezone=None)
GOLDEN = Path(__file__).parent / "golden" / "pages"


def wp_page(head: str = "", meta_line: str = "", after: str = "") -> str:
    """A WordPress single post: header with ``meta_line``, the text, then ``after``."""
    return (
        "<html lang='id'><head><meta property='og:type' content='article'>"
        f"<title>Patroli Malam di Pelaihari - Contoh</title>{head}</head>"
        "<body class='single single-post postid-9'>"
        "<header id='masthead' class='site-header'><div class='top-bar'>"
        "<span class='top-date'>Sabtu, 28 November 2026</span></div></header>"
        "<main id='primary'><article class='post-9 post type-post hentry'>"
        "<header class='entry-header'><h1 class='entry-title'>Patroli Malam di Pelaihari</h1>"
        f"<div class='entry-meta'>{meta_line}</div></header>"
        f"<div class='entry-content'>{BODY}</div></article>{after}</main>"
        "<aside id='secondary' class='widget-area'><section class='widget widget_recent_entries'>"
        "<ul><li><a href='https://contoh.id/lain/'>Berita lain</a>"
        "<span class='post-date'>3 Januari 2024</span></li></ul></section></aside>"
        "</body></html>"
    )


COMMENTS = (
    "<div id='comments' class='comments-area'><ol class='comment-list'>"
    "<li id='comment-1' class='comment depth-1'><article class='comment-body'>"
    "<footer class='comment-meta'><div class='comment-metadata'><a href='#comment-1'>"
    "<time datetime='2024-01-06T01:12:44+00:00'>6 Januari 2024 pukul 09:12</time>"
    "</a></div></footer><div class='comment-content'><p>Mantap.</p></div></article></li>"
    "</ol></div>"
)


def extract(html: str, site=NO_ZONE, url: str = "https://contoh.id/patroli/", hints=None):
    return extract_article(html, url, FETCHED, site=site, hints=hints)


def test_visible_date_wins_over_a_reader_comment_time():
    html = wp_page(meta_line="<span class='posted-on'>Jumat, 5 Januari 2024 | 10:15 WITA</span>",
                   after=COMMENTS)  # fmt: skip
    record = extract(html)
    assert record.published_at == "2024-01-05T10:15:00+08:00"
    assert record.published_at_source == "text"


def test_comment_sidebar_and_todays_date_are_never_the_publication_date():
    # Only a bare visible day near the headline, and chrome with full <time>s.
    html = wp_page(meta_line="<span class='posted-on'>5 Januari 2024</span>", after=COMMENTS)
    record = extract(html)
    assert record.published_at == "2024-01-05"
    # No date of its own at all: not the comment's, the sidebar's or the top bar's
    # "today", whatever the second opinion (htmldate) reads in them.
    record = extract(wp_page(after=COMMENTS))
    assert record.published_at is None


def test_updated_time_first_is_the_modification_not_the_publication():
    # GeneratePress: <time class="updated"> is printed before the published one.
    line = (
        "<span class='posted-on'><a href='#' rel='bookmark'>"
        "<time class='updated' datetime='2024-02-12T16:47:03+08:00'>12 Februari 2024</time>"
        "<time class='entry-date published' datetime='2024-02-10T08:30:15+08:00'>"
        "10 Februari 2024</time></a></span>"
    )
    record = extract(wp_page(meta_line=line))
    assert record.published_at == "2024-02-10T08:30:15+08:00"
    assert record.modified_at == "2024-02-12T16:47:03+08:00"


def test_itemprop_says_which_time_is_which_when_classes_lie():
    # Blossom themes with "show updated date": the first <time> has the classes
    # "entry-date published updated" but holds the modification (itemprop tells).
    line = (
        "<span class='posted-on'>Updated on <a href='#'>"
        "<time class='entry-date published updated' datetime='2024-02-12T16:47:03+08:00'"
        " itemprop='dateModified'>12 Februari 2024</time>"
        "<time class='updated' datetime='2024-02-10T08:30:15+08:00' itemprop='datePublished'>"
        "10 Februari 2024</time></a></span>"
    )
    record = extract(wp_page(meta_line=line))
    assert record.published_at == "2024-02-10T08:30:15+08:00"
    assert record.modified_at == "2024-02-12T16:47:03+08:00"


def test_modified_meta_is_never_the_publication_date():
    head = "<meta property='article:modified_time' content='2024-02-12T08:47:03+00:00'>"
    record = extract(wp_page(head=head, meta_line="<span>10 Februari 2024</span>"))
    assert record.published_at.startswith("2024-02-10")
    assert record.modified_at == "2024-02-12T08:47:03+00:00"


@pytest.mark.parametrize(
    ("label", "offset"),
    [("WIB", "+07:00"), ("WITA", "+08:00"), ("WIT", "+09:00"), ("CET", "+01:00")],
)
def test_false_z_is_read_as_the_visible_zone(label, offset):
    head = (
        "<meta name='pubdate' content='2015-11-05T10:08:58Z'>"
        "<meta property='article:modified_time' content='2015-11-05T10:31:12Z'>"
    )
    html = wp_page(head=head, meta_line=f"<div class='date'>Kamis, 05/11/2015 10:08 {label}</div>")
    for site in (NO_ZONE, SITE):
        record = extract(html, site=site)
        assert record.published_at == f"2015-11-05T10:08:58{offset}"
        assert record.published_at_source == "meta"
        assert record.modified_at == f"2015-11-05T10:31:12{offset}"


def test_true_utc_beside_the_same_instant_is_expressed_in_the_printed_zone():
    head = "<meta property='article:published_time' content='2023-11-10T06:30:00+00:00'>"
    html = wp_page(head=head, meta_line="<span>Jumat, 10 November 2023 14:30 WITA</span>")
    record = extract(html, site=SiteDefinition("x", "https://contoh.id/", "Asia/Jakarta"))
    assert record.published_at == "2023-11-10T14:30:00+08:00"
    assert record.published_utc == "2023-11-10T06:30:00Z"
    assert record.published_at_source == "meta"


def test_an_api_utc_time_is_never_taken_for_a_false_z():
    hints = {"published": "2023-11-10T10:08:58", "published_source": "api",
             "published_is_utc": True}  # fmt: skip
    html = wp_page(meta_line="<span>Jumat, 10 November 2023 10:08 WIB</span>")
    record = extract(html, hints=hints)
    assert record.published_at == "2023-11-10T17:08:58+07:00"  # the API's date_gmt is UTC
    assert record.published_at_source == "api"


def test_no_zone_given_keeps_utc_and_never_invents_wib():
    head = "<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>"
    record = extract(wp_page(head=head, meta_line="<span>14 November 2023</span>"))
    assert record.published_at == "2023-11-14T03:00:00+00:00"
    naive = extract(wp_page(meta_line="<span>14 November 2023 10:05</span>"))
    assert naive.published_at == "2023-11-14T10:05:00"  # no zone printed, none given


def test_a_printed_wita_label_gives_utc_values_the_page_zone():
    head = (
        "<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>"
        "<meta property='article:modified_time' content='2023-11-14T05:00:00+00:00'>"
    )
    after = "<div class='box'><span>Senin, 13 November 2023 20:15 WITA</span></div>"
    record = extract(wp_page(head=head, meta_line="<span>14 November 2023</span>", after=after))
    assert record.published_at == "2023-11-14T11:00:00+08:00"
    assert record.modified_at == "2023-11-14T13:00:00+08:00"


def test_the_page_own_offset_gives_utc_values_its_zone():
    head = (
        "<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>"
        "<meta property='article:modified_time' content='2023-11-14T13:00:00+08:00'>"
    )
    record = extract(wp_page(head=head))
    assert record.published_at == "2023-11-14T11:00:00+08:00"


def test_a_local_time_beside_its_utc_value_reveals_the_offset():
    # sailthru.date is the local wall clock of article:published_time: -05:00.
    head = (
        "<meta name='sailthru.date' content='2023-11-08 22:28:35'>"
        "<meta property='article:published_time' content='2023-11-09T03:28:35+00:00'>"
    )
    record = extract(wp_page(head=head))
    assert record.published_at == "2023-11-08T22:28:35-05:00"
    assert record.published_utc == "2023-11-09T03:28:35Z"


def test_a_site_definition_zone_wins_over_learned_offsets():
    head = (
        "<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>"
        "<meta property='article:modified_time' content='2023-11-14T10:00:00+07:00'>"
    )
    record = extract(wp_page(head=head), site=SITE)  # Asia/Makassar
    assert record.published_at == "2023-11-14T11:00:00+08:00"


def test_the_learned_zone_and_its_evidence_are_exposed():
    html = wp_page(meta_line="<span>Jumat, 10 November 2023 14:30 WITA</span>")
    tree = parse_html(html)
    md = read_metadata(tree)
    published = extract_dates.resolve_published(
        md, tree, "https://contoh.id/patroli/", Hints(), NO_ZONE, FETCHED
    )
    assert published.zone.utcoffset(None).total_seconds() == 8 * 3600
    assert published.zone_evidence == "label WITA"


def test_utc_value_with_the_next_day_shown_keeps_the_shown_day():
    # No zone known; the header shows the local day, the meta the UTC instant.
    head = "<meta property='article:published_time' content='2023-11-01T23:01:00+00:00'>"
    record = extract(wp_page(head=head, meta_line="<span>02 Novembre 2023</span>"))
    assert record.published_at == "2023-11-02"
    assert record.published_utc == "2023-11-01T23:01:00Z"


def test_most_of_the_page_sources_outvote_a_stale_structured_value():
    head = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"datePublished":"2023-11-03T10:25:56+00:00"}</script>'
        "<meta property='article:published_time' content='2023-11-06T14:25:00+00:00'>"
    )
    record = extract(wp_page(head=head, meta_line="<span>6. November 2023, 15:25 Uhr</span>"))
    assert record.published_at.startswith("2023-11-06T")
    assert record.date_conflict.startswith("meta 2023-11-06")


def test_weak_evidence_asks_htmldate_and_keeps_our_time_on_its_day(monkeypatch):
    asked = []

    def fake(tree, fetched_at):
        asked.append(tree)
        return date(2024, 1, 4)

    monkeypatch.setattr(extract_dates, "_htmldate_day", fake)
    # No date near the headline, one far below it: weak evidence, htmldate is asked; a
    # time of ours on the day it names keeps its time and offset.
    filler = "<div><span>iklan</span></div>" * 40
    record = extract(wp_page(after=filler + "<div>4 Januari 2024 pukul 08:00 WITA</div>"))
    assert asked
    assert record.published_at == "2024-01-04T08:00:00+08:00"
    # Structured evidence: htmldate is not asked at all.
    asked.clear()
    head = "<meta property='article:published_time' content='2023-11-14T03:00:00+00:00'>"
    extract(wp_page(head=head))
    assert not asked


def test_htmldate_day_fills_a_page_with_no_date_of_ours(monkeypatch):
    monkeypatch.setattr(extract_dates, "_htmldate_day", lambda tree, fetched_at: date(2019, 12, 19))
    record = extract(page())
    assert record.published_at == "2019-12-19" and record.published_at_source == "htmldate"


def test_a_copyright_year_is_no_publication_day():
    # htmldate's last resort reads the footer's "© 2024" as 1 January 2024: an undated
    # page (a Joomla "Profil" article, an article whose date is not printed) got it.
    footer = "<footer><p>&copy; 2024 Humas Polres Tanah Laut</p></footer>"
    html = page().replace("</body>", footer + "</body>")
    assert extract(html).published_at is None
    # A day the page prints is still read, Jan 1 included.
    dated = html.replace(
        "<h1>Patroli Malam</h1>", "<h1>Patroli Malam</h1><p>Senin, 1 Januari 2024</p>"
    )
    assert extract(dated).published_at == "2024-01-01"


def test_a_year_in_the_story_or_a_date_badge_is_no_publication_day():
    """helper-106: htmldate read a year the story cites ("Undang-Undang Nomor 35 Tahun
    2009": nearly every drug case) or a date badge split over three spans as 1 January
    of that year; an undated page was filed on 2009-01-01, silently."""
    law = (
        "<p>Tersangka dijerat Pasal 114 ayat (2) Undang-Undang Nomor 35 Tahun 2009 "
        "tentang Narkotika.</p>"
    )
    assert extract(page(body_extra=law)).published_at is None
    since = "<p>Ronda malam digelar secara rutin sejak tahun 2019 oleh warga.</p>"
    assert extract(page(body_extra=since)).published_at is None
    badge = (
        "<div class='post-date-box'><span class='d'>10</span><span class='m'>Nov</span>"
        "<span class='y'>2023</span></div>"
    )
    assert extract(page(body_extra=badge)).published_at in (None, "2023-11-10")
    # 1 January printed as a day is a day.
    new_year = law + "<p class='tanggal'>Banjarmasin, 01/01/2024</p>"
    assert extract(page(body_extra=new_year)).published_at == "2024-01-01"


def test_an_edit_printed_first_on_the_date_line_leaves_the_publication_after_it():
    """helper-106: "Update: Sabtu, 11 November 2023 - 09:00 WITA | Jumat, 10 November
    2023 - 14:30 WITA" on one line: the line was the edit's, and htmldate gave the
    edit's day as the publication."""
    for word in ("Update:", "Diperbarui"):
        line = (
            f"<div class='info'>{word} Sabtu, 11 November 2023 - 09:00 WITA | Jumat, 10 "
            "November 2023 - 14:30 WITA</div>"
        )
        record = extract(page(body_extra=line))
        assert record.published_at == "2023-11-10T14:30:00+08:00", word
    both_edits = (
        "<div class='info'>Update: Sabtu, 11 November 2023 - 09:00 WITA | Diperbarui: "
        "Minggu, 12 November 2023 - 10:00 WITA</div>"
    )
    assert extract(page(body_extra=both_edits)).published_at != "2023-11-12T10:00:00+08:00"


def test_odoo_naive_modified_time_is_utc_too():
    head = (
        "<meta name='generator' content='Odoo'>"
        "<meta property='article:published_time' content='2023-11-10 03:15:00'>"
        "<meta property='article:modified_time' content='2023-11-10 04:02:37'>"
    )
    site = SiteDefinition("x", "https://contoh.id/", timezone="Asia/Jakarta")
    record = extract(wp_page(head=head), site=site)
    assert record.published_at == "2023-11-10T10:15:00+07:00"
    assert record.modified_at == "2023-11-10T11:02:37+07:00"
    # With no zone known, the instant stays in the offset it was given (UTC).
    record = extract(wp_page(head=head), site=SiteDefinition("x", "https://contoh.id/"))
    assert record.published_at == "2023-11-10T03:15:00+00:00"


def test_golden_wita_page_with_no_zone_given():
    html = (GOLDEN / "wp-wita-no-zone.html").read_text(encoding="utf-8")
    url = html.split("url: ", 1)[1].split(" ", 1)[0]
    for tz in (None, "Asia/Jakarta", "Asia/Makassar"):
        record = extract_article(html, url, FETCHED, site=SiteDefinition.for_url(url, timezone=tz))
        assert record.published_at == "2023-12-14T09:30:00+08:00"
        assert record.modified_at == "2023-12-14T10:05:10+08:00"


def test_golden_false_z_page_with_no_zone_given():
    html = (GOLDEN / "portal-false-z.html").read_text(encoding="utf-8")
    url = html.split("url: ", 1)[1].split(" ", 1)[0]
    record = extract_article(html, url, FETCHED, site=SiteDefinition.for_url(url, timezone=None))
    assert record.published_at == "2023-11-20T10:08:58+07:00"


def test_an_impossible_year_gives_no_date_rather_than_this_years():
    """ "31 Desember 99999" lost its year and became a yearless date: in a body
    published on 5 January 2024, an event on 31 December 2023."""
    sentence = "<p>Polres Tanah Laut menggelar apel pada 31 Desember 99999 di lapangan.</p>"
    html = page(
        "<meta property='article:published_time' content='2024-01-05T03:00:00+00:00'>"
    ).replace("</div></body>", f"{sentence}</div></body>")
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert "31 Desember 99999" in record.text
    assert record.published_at == "2024-01-05T11:00:00+08:00"
    assert [d for d in record.event_dates if "Desember" in d["surface"]] == []


def test_a_date_beside_a_byline_set_as_a_linked_heading_is_the_article_s():
    """Newsup's author block sets the byline as a heading (``<h4 class="media-heading">By
    <a href="…/author/x/">``) with the article's date beside it, after a headline whose
    own block holds only the categories. A heading that links only to an author's page is
    no listed post's title: the date was read as a related post's, and the page got the
    day of its URL. A listed post's title in the same markup still marks its date."""
    author_block = (
        "<div class='media mg-info-author-block'><a class='mg-author-pic' "
        "href='https://contoh.id/author/yulius/'><img src='a.jpg'></a><div class='media-body'>"
        "<h4 class='media-heading'><span>By</span><a href='https://contoh.id/author/yulius/'>"
        "Yulius Lopo</a></h4><span class='mg-blog-date'>Senin, 6 Mei 2024 | 09:15 WIT</span>"
        "</div></div>"
    )
    html = (
        "<html lang='id'><head><title>Patroli Dialogis</title></head><body>"
        "<div class='mg-blog-post-box'><div class='mg-header'><div class='mg-blog-category'>"
        "<a href='https://contoh.id/category/hukum/'>Hukum</a></div>"
        f"<h1 class='title single'>Patroli Dialogis di Pasar Youtefa</h1>{author_block}</div>"
        f"<article class='small single'>{BODY}</article></div></body></html>"
    )
    url = "https://contoh.id/2024/05/06/patroli-dialogis/"
    record = extract(html, url=url)
    assert record.published_at == "2024-05-06T09:15:00+09:00"
    assert record.published_at_source == "text"
    # The same date line beside a post title that links a post stays that post's.
    listed = author_block.replace("https://contoh.id/author/yulius/", "https://contoh.id/lain/")
    record = extract(html.replace(author_block, listed), url=url)
    assert record.published_at == "2024-05-06" and record.published_at_source == "url"


# --- A stamp that says only how long ago ------------------------------------------------

NOZONE = SiteDefinition(name="contoh.id", base_url="https://contoh.id/")


def stamped(stamp: str, comment: str = "", story: str = "") -> str:
    """A post whose header prints only the time since publication (WordPress's
    ``human_time_diff`` in a small theme, no SEO plugin: no meta date, no JSON-LD)."""
    return (
        "<html lang='id'><head><title>Patroli Malam</title></head>"
        "<body class='single single-post postid-9'><article class='post'>"
        "<h1 class='entry-title'>Patroli Malam</h1><div class='entry-meta'>"
        f"<span class='byline'>Oleh: Rina Wulandari</span> <span class='ago'>{stamp}</span>"
        f"</div><div class='entry-content'>{BODY}{story}</div></article>{comment}</body></html>"
    )


def test_a_relative_stamp_dates_a_page_that_names_no_date_of_its_own():
    """Read against the fetch time, to the minute; in the site's zone when known, else
    as the UTC instant it is (zones are never guessed)."""
    record = extract_article(
        stamped("2 jam yang lalu"), "https://contoh.id/patroli/", FETCHED, site=SITE
    )
    assert record.published_at == "2026-11-28T06:00:00+08:00"
    assert record.published_utc == "2026-11-27T22:00:00Z"
    assert record.published_at_source == "relative"
    fetched = datetime(2026, 11, 28, 9, 41, 37, tzinfo=timezone.utc)
    record = extract_article(
        stamped("35 menit lalu"), "https://contoh.id/patroli/", fetched, site=NOZONE
    )
    assert record.published_at == "2026-11-28T09:06:00+00:00"
    record = extract_article(
        stamped("baru saja"), "https://contoh.id/patroli/", fetched, site=NOZONE
    )
    assert record.published_at == "2026-11-28T09:41:00+00:00"


def test_a_relative_day_needs_the_page_s_zone():
    """ "kemarin" of a crawl at 01:00 WITA is the day before in WITA, two days before in
    UTC's calendar: a named or counted day is read only in a known zone."""
    fetched = datetime(2026, 11, 27, 17, 0, tzinfo=timezone.utc)  # 28 Nov, 01:00 WITA
    url = "https://contoh.id/patroli/"
    assert extract_article(stamped("kemarin"), url, fetched, site=SITE).published_at == "2026-11-27"
    assert (
        extract_article(stamped("3 hari lalu"), url, fetched, site=SITE).published_at
        == "2026-11-25"
    )
    record = extract_article(stamped("kemarin, 15:20"), url, fetched, site=SITE)
    assert record.published_at == "2026-11-27T15:20:00+08:00"
    for stamp in ("kemarin", "kemarin, 15:20", "3 hari lalu"):
        assert extract_article(stamped(stamp), url, fetched, site=NOZONE).published_at is None
    # A stamp that prints its zone is read in it, the site's zone unknown (helper-98).
    record = extract_article(stamped("Kemarin, 21:05 WIB"), url, fetched, site=NOZONE)
    assert record.published_at == "2026-11-27T21:05:00+07:00"
    # Coarser than a day says no day.
    for stamp in ("2 minggu lalu", "1 bulan yang lalu"):
        assert extract_article(stamped(stamp), url, fetched, site=SITE).published_at is None


def test_relative_stamps_that_are_not_the_publication_are_not_read():
    url = "https://contoh.id/patroli/"
    # An edit's stamp.
    assert (
        extract_article(stamped("Diperbarui 3 jam lalu"), url, FETCHED, site=SITE).published_at
        is None
    )
    # A reader comment's, and "2 hari lalu" in the story itself.
    comment = (
        "<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
        "<b class='fn'>Budi</b> <span class='comment-time'>1 jam yang lalu</span>"
        "<p>Mantap pak polisi.</p></li></ol></div>"
    )
    story = "<p>Warga melapor 2 hari lalu.</p>"
    record = extract_article(stamped("", comment, story), url, FETCHED, site=SITE)
    assert record.published_at is None


def test_a_printed_date_wins_over_a_relative_stamp_and_a_url_day_keeps_its_own_day():
    html = stamped("Selasa, 14 Nov 2023 10:05 WITA · 2 jam yang lalu")
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert record.published_at == "2023-11-14T10:05:00+08:00"
    # The address names the day: the stamp gives its time on that same day only.
    same = extract_article(
        stamped("2 jam yang lalu"), "https://contoh.id/2026/11/28/patroli/", FETCHED, site=SITE
    )
    assert same.published_at == "2026-11-28T06:00:00+08:00"
    assert same.published_at_source == "relative"
    other = extract_article(
        stamped("2 jam yang lalu"), "https://contoh.id/2023/11/14/patroli/", FETCHED, site=SITE
    )
    assert other.published_at == "2023-11-14" and other.published_at_source == "url"


def test_a_visible_label_outranks_a_class_that_says_otherwise():
    """Liputan6 prints "<span>Diterbitkan</span> <time class="… updated">" for the
    publication time and "Diperbarui …" for the edit: the class made the publication
    time the modification time too. A label in the element's own text outranks it as
    well ("<time class=published>Actualizado …</time>")."""
    header = (
        "<p class='author__datetime-wrapper'><span class='author__datetime-label'>Diterbitkan"
        "</span> <time class='author__datetime updated' datetime='2024-05-09 07:05:00'>"
        "09 Mei 2024, 07:05 WIB</time></p>"
        "<p class='author__modified-time'>Diperbarui 09 Mei 2024, 10:02 WIB</p>"
    )
    html = page(body_extra=header).replace("<h1>", "<article class='post'><h1>")
    html = html.replace("</body>", "</article></body>")
    record = extract_article(html, "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert record.published_at == "2024-05-09T07:05:00+07:00"
    assert record.modified_at == "2024-05-09T10:02:00+07:00"
    own = "<time class='published' datetime='2024-05-09T10:02:00+08:00'>Diperbarui 10:02</time>"
    record = extract_article(page(body_extra=own), "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert record.modified_at == "2024-05-09T10:02:00+08:00"
    assert record.published_at != "2024-05-09T10:02:00+08:00"


def test_a_list_of_other_posts_dates_no_page_and_a_long_info_line_still_does():
    """ "<div>Berita Lainnya</div><ul><li><a>Dua Pelaku Curanmor di Babat Dibekuk</a>
    <small>2023-11-09 19:12:44</small></li>…" has neither a class nor a heading that
    says it lists other posts: its first time was taken as the page's. And the page's
    own info line, "Reporter: <a>X</a> Diterbitkan: Jumat, 10 November 2023 14:30 WIB |
    Diperbarui: … 873 views", was too long to be read as a date line."""
    info = (
        "<p class='info-berita'>Reporter: <a href='/reporter/8/fathur'>Mohammad Fathur</a>"
        " &nbsp; Diterbitkan: Jumat, 10 November 2023 14:30 WIB | Diperbarui: Jumat, 10"
        " November 2023 16:05 WIB &nbsp; 873 views</p>"
    )
    others = (
        "<div class='panel'><div class='panel-heading'>Berita Lainnya</div><ul>"
        "<li><a href='/detail/12838/curanmor'>Dua Pelaku Curanmor di Babat Dibekuk</a>"
        " <small>2023-11-09 19:12:44</small></li>"
        "<li><a href='/detail/12833/lantik'>Bupati Lantik Seratus Pejabat Fungsional</a>"
        " <small>2023-11-09 10:05:31</small></li></ul></div>"
    )
    url = "https://contoh.id/detail/12840/patroli"
    html = page(body_extra=others)
    assert extract_article(html, url, FETCHED, site=NOZONE).published_at is None
    record = extract_article(page(body_extra=info + others), url, FETCHED, site=NOZONE)
    assert record.published_at == "2023-11-10T14:30:00+07:00"
    # A post's own meta line set as a list links names and dates, no titles.
    meta = (
        "<ul class='meta'><li>Oleh <a href='/author/rina'>Rina</a></li>"
        "<li><a href='/2023/11/14/'>14 Nov 2023</a> 10:05 WITA</li>"
        "<li><a href='#comments'>3 Komentar</a></li></ul>"
    )
    record = extract_article(page(body_extra=meta), url, FETCHED, site=SITE)
    assert record.published_at == "2023-11-14T10:05:00+08:00"


def test_a_time_in_the_block_after_the_date_line_completes_it():
    """ "<div class=entry-meta><span>Jumat, 10 November 2023</span></div><div
    class=entry-meta-time>Pukul 14.30 WIB</div>" gave the bare day. Only a block that
    is nothing but a time counts."""
    header = (
        "<div class='entry-meta'><span>Jumat, 10 November 2023</span></div>"
        "<div class='entry-meta-time'>Pukul 14.30 WIB</div>"
    )
    record = extract_article(
        page(body_extra=header), "https://contoh.id/patroli/", FETCHED, site=NOZONE
    )
    assert record.published_at == "2023-11-10T14:30:00+07:00"
    other = header.replace("Pukul 14.30 WIB", "Dibaca 14.30 kali oleh warga")
    record = extract_article(
        page(body_extra=other), "https://contoh.id/patroli/", FETCHED, site=NOZONE
    )
    assert record.published_at == "2023-11-10"


def test_a_labelled_edit_date_under_the_text_is_the_modification_time():
    """A custom CMS prints "<p class=update>Diperbarui: 2023-11-10 16:05:00</p>" under
    the text and no edit time elsewhere: the record had none. A sentence that says data
    were updated on a day is no edit time of the page."""
    edited = page().replace(
        "</div></body>", "</div><p class='update'>Diperbarui: 13/11/2023 16:05 WITA</p></body>"
    )
    assert extract(edited).modified_at == "2023-11-13T16:05:00+08:00"
    # A weekday shortened as Indonesian portals shorten it ("Sen", "Sel", "Rab" …).
    short = edited.replace("Diperbarui: 13/11/2023", "Update: Sen, 13 Nov 2023")
    assert extract(short).modified_at == "2023-11-13T16:05:00+08:00"
    sentence = (
        "<p>Data kasus itu terakhir diperbarui Senin, 13 November 2023 pukul 16.05 WITA oleh"
        " petugas Satreskrim Polres Tanah Laut di Pelaihari.</p>"
    )
    assert extract(page().replace("</div></body>", f"{sentence}</div></body>")).modified_at is None


def test_a_page_that_prints_only_an_edit_is_dated_by_its_address_not_a_sentence():
    """A portal that prints only "Update: …" over the text, whose address gives the day
    (``/2026/11/24/``), and whose release names the day of a later event in a short
    paragraph under the headline ("… dilimpahkan ke kejaksaan pada Senin (30/11/2026)."):
    that sentence passed for the page's date line, and with it gone htmldate's last
    resort, the edit's day, beat the address (helper-98's trial)."""
    body = (
        "<article><h1>Polisi Bekuk Dua Pelaku Curanmor di Poso</h1>"
        "<div class='date'>Update: Jumat, 27 November 2026 08:00 WITA</div>"
        "<div class='content'><p>POSO – Satreskrim Polres Poso mengamankan dua pelaku "
        "pencurian sepeda motor yang kerap beraksi di wilayah hukumnya.</p>"
        "<p>Kedua tersangka rencananya dilimpahkan ke kejaksaan pada Senin (30/11/2026).</p>"
        f"{BODY}</div></article>"
    )
    html = f"<html lang='id'><head><title>Polisi Bekuk Dua Pelaku</title></head><body>{body}"
    url = "https://contoh.id/news/2026/11/24/polisi-bekuk-dua-pelaku-curanmor-di-poso"
    record = extract_article(html + "</body></html>", url, FETCHED, site=SITE)
    assert (record.published_at, record.published_at_source) == ("2026-11-24", "url")
    assert record.modified_at == "2026-11-27T08:00:00+08:00"
    # A publication line that ends as a sentence is still one (helper-99's review).
    line = "<p>Ditulis oleh admin pada hari Senin, 23 November 2026 pukul 21.05 WITA.</p>"
    dated = extract_article(page(body_extra=line), "https://contoh.id/patroli/", FETCHED, site=SITE)
    assert dated.published_at == "2026-11-23T21:05:00+08:00"
    # A byline that names the day is a date line, not a sentence.
    byline = "<p class='meta'>By Louis Jacobson on Monday, November 23rd, 2026 at 11:04 a.m.</p>"
    dated = extract_article(
        page(body_extra=byline), "https://contoh.id/patroli/", FETCHED, site=SITE
    )
    assert dated.published_at.startswith("2026-11-23T11:04")
