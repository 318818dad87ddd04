"""A page's links send their queries in the page's encoding, as a browser sends them.

The portal here is built after the old PHP portals helper-110 and helper-113 met (their
pages are not kept): pages in windows-1252 under ``charset=iso-8859-1``, articles at
``baca.php?judul=<the headline>`` with the headline raw in the link ("Café" as the byte
0xE9), found by PHP's ``$_GET`` in the Latin-1 database. A browser sends ``%E9``; the
crawl sent ``%C3%A9`` (UTF-8), got a 404, and the article was never stored.
"""

from __future__ import annotations

import json
from urllib.parse import unquote_to_bytes

from click.testing import CliRunner

from scraper.cli import cli
from scraper.crawl import run_crawl
from scraper.reading import read_body, read_continued
from scraper.sites import SiteDefinition, site_for_url
from scraper.urls import query_as_page_sends
from tests.conftest import stored_articles
from tests.platforms._server import NOT_FOUND, serve

LATIN = "text/html; charset=iso-8859-1"
FETCHED = "2026-11-28T00:00:00+00:00"
TITLES = [
    "Polres Banjar Pastikan Café di Martapura Aman dari Peredaran Miras",
    "Sat Lantas Gelar Razia Knalpot Brong di Jalan Ahmad Yani",
]
PARAGRAPHS = [
    "Martapura - Personel Polres Banjar memeriksa sejumlah café di pusat kota Martapura "
    "pada Jumat malam, 10 November 2023, untuk memastikan tidak ada peredaran minuman "
    "keras tanpa izin di tempat hiburan tersebut.",
    "Kapolres Banjar melalui Kasi Humas menyampaikan bahwa kegiatan ini merupakan bagian "
    "dari cipta kondisi menjelang Pemilu 2024 agar situasi kamtibmas tetap aman dan "
    "kondusif bagi masyarakat Kabupaten Banjar.",
    "Dalam kegiatan tersebut petugas tidak menemukan pelanggaran, dan pemilik usaha "
    "diimbau untuk terus mematuhi aturan yang berlaku serta melapor bila ada gangguan.",
]


def page(title: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head>"
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>{title} - Berita Banjar</title></head><body>"
        '<div id="menu"><a href="index.php">Beranda</a> <a href="kontak.php">Kontak</a></div>'
        f"{body}</body></html>"
    ).encode("cp1252")


def portal(base: str):
    def answer(target: str):
        if target in ("/", "/index.php"):
            items = "".join(f'<li><a href="baca.php?judul={t}">{t}</a></li>' for t in TITLES)
            return 200, LATIN, page("Beranda", f"<h2>Berita Terbaru</h2><ul>{items}</ul>")
        if target.startswith("/baca.php?judul="):
            # What PHP's $_GET finds in a Latin-1 database: the query's bytes as Latin-1.
            raw = unquote_to_bytes(target.split("=", 1)[1].replace("+", " "))
            try:
                wanted = raw.decode("cp1252")
            except UnicodeDecodeError:
                return NOT_FOUND
            if wanted not in TITLES or raw != wanted.encode("cp1252"):
                return NOT_FOUND
            lead = f"<p>{wanted}: laporan lengkap dari Humas Polres Banjar.</p>"
            text = lead + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[TITLES.index(wanted) :])
            date = '<div class="tanggal">Jumat, 10 November 2023 21:15 WITA</div>'
            return 200, LATIN, page(wanted, f"<div class='isi'><h1>{wanted}</h1>{date}{text}</div>")
        return NOT_FOUND

    return answer


def test_a_query_is_sent_in_the_encoding_of_the_page_that_links_it():
    link = "baca.php?judul=Polres Banjar Café Aman"
    assert query_as_page_sends(link, "cp1252") == "baca.php?judul=Polres%20Banjar%20Caf%E9%20Aman"
    # A UTF-8 page's links, a path, and a character windows-1252 cannot write: unchanged
    # here (escaped as UTF-8 on their way, as before).
    assert query_as_page_sends(link, "utf-8") == link
    assert query_as_page_sends("berita/café/", "cp1252") == "berita/café/"
    assert query_as_page_sends("baca.php?judul=日本", "cp1252") == "baca.php?judul=日本"
    assert query_as_page_sends("baca.php?id=12", "cp1252") == "baca.php?id=12"


def test_a_windows_1252_pages_links_are_read_as_a_browser_sends_them():
    site = SiteDefinition.for_url("http://portal.example.id/")
    body = (
        '<html><head><meta charset="windows-1252">'
        '<link rel="canonical" href="baca.php?judul=Café Aman"></head><body>'
        '<a href="baca.php?judul=Café Aman">Café Aman</a> <a href="kontak.php">Kontak</a>'
        "</body></html>"
    ).encode("cp1252")
    reading = read_body(body, None, "http://portal.example.id/", False, site)
    assert reading.links.hrefs == ["baca.php?judul=Caf%E9%20Aman", "kontak.php"]
    assert reading.links.canonical == "baca.php?judul=Caf%E9%20Aman"
    # The same page in UTF-8: its links as written.
    utf8 = body.decode("cp1252").replace("windows-1252", "utf-8").encode("utf-8")
    reading = read_body(utf8, None, "http://portal.example.id/", False, site)
    assert reading.links.hrefs == ["baca.php?judul=Café Aman", "kontak.php"]


def test_an_article_linked_with_a_raw_latin1_query_is_archived(tmp_path):
    db = tmp_path / "p.db"
    with serve(portal) as base:
        fast = {"AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5}
        summary = run_crawl([site_for_url(str(base))], db, fast)
        asked = list(base.requests)
    articles, _ = stored_articles(db)
    titles = sorted(title for title, *_ in articles.values())
    # Before: the café's link was asked as "Caf%C3%A9", answered 404, and only the
    # other article was stored.
    assert titles == sorted(TITLES), (summary.line(), asked)
    assert any("Caf%E9" in target for target in asked), asked
    assert summary.status == "ok", summary.line()
    cafe = next(v for v in articles.values() if v[0] == TITLES[0])
    assert cafe[1] == "2023-11-10T21:15:00+08:00"
    assert "Ã" not in cafe[3] and "sejumlah café di pusat" in cafe[3]


PARAGRAPH = (
    "<p>Martapura - Personel Polres Banjar memeriksa sejumlah tempat hiburan di pusat kota "
    "Martapura pada Jumat malam untuk memastikan tidak ada peredaran minuman keras tanpa izin "
    "di tempat hiburan tersebut. Kapolres Banjar melalui Kasi Humas menyampaikan bahwa "
    "kegiatan ini merupakan bagian dari cipta kondisi menjelang Pemilu 2024.</p>"
)


def split_page(paging: str, head: str = "") -> bytes:
    """A page of a split article on the windows-1252 portal, its paging links raw."""
    return (
        f'<html><head><meta charset="windows-1252">{head}<title>Café Aman - Berita</title>'
        '</head><body><h1>Café Aman</h1><div class="tanggal">Jumat, 10 November 2023 21:15 '
        f'WITA</div><div class="isi">{PARAGRAPH}{PARAGRAPH.replace("Martapura", "Banjarbaru")}'
        f'</div><div class="paging">{paging}</div></body></html>'
    ).encode("cp1252")


def test_the_later_pages_of_a_split_article_find_their_next_page_in_the_pages_encoding():
    """helper-120: page 1 found page 2 by its %E9 query, but page 2, read as a later page
    (``read_continued``), took its raw link to page 3 as UTF-8 and no page of the
    article: the stored text ended with page 2."""
    site = SiteDefinition.for_url("http://portal.example.id/")
    first = "http://portal.example.id/baca.php?judul=Caf%E9%20Aman"
    links = " ".join(f'<a href="baca.php?judul=Café Aman&hal={n}">{n}</a>' for n in (2, 3))
    continuation = read_body(split_page(links), None, first, True, site, FETCHED).continuation
    assert continuation.next_page == 2 and "Caf%E9" in continuation.next_url
    page2 = read_continued(split_page(links), None, continuation.next_url, first, 2, site, FETCHED)
    assert page2.next_page == 3 and "Caf%E9" in page2.next_url, page2.next_url


def test_extract_reads_a_saved_windows_1252_page_as_the_crawl_does(tmp_path):
    """helper-120: ``extract`` of the page saved from ``…judul=Caf%E9%20Aman``, whose
    canonical link writes the query raw, said "its rel=canonical names another page"."""
    page = tmp_path / "cafe.html"
    page.write_bytes(split_page("", '<link rel="canonical" href="baca.php?judul=Café Aman">'))
    result = CliRunner().invoke(
        cli,
        ["extract", str(page), "--url", "http://portal.example.id/baca.php?judul=Caf%E9%20Aman",
         "--fetched-at", "2026-11-28T00:00:00"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["title"] == "Café Aman"
