"""A local news portal on Lokomedia CMS (``tests/platforms/lokomedia.py``), crawled with
no definition as a new user points ``newsarchive crawl --url`` at it: every article
once, under the URL its pages link, whole, with its headline, the author its byline
names and its publication time in WITA (+08:00).

What trips a crawler there: every page is ``<module>-<id>-<slug>.html`` (categories,
their pages, the index, tags, agenda, albums, the profile and static pages as much as
articles), and a category page of three 220-character teasers, or the profile, reads
like an article; the article module prints "Diposting oleh :", "Kategori: … - Dibaca:
1.234 kali", "Tag:", the related titles and the comments in the text's own block; every
page's ``<meta name="author">`` is the CMS's maker; ``rss.xml`` is stale (no
``pubDate``, a retitled post under its old slug, which still answers); an editor's
"Baca Juga" links the article's ``media.php?module=detailberita&id=N``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from scraper.archive.store import Archive
from scraper.extract import NotAnArticle, extract_article
from scraper.extract.cleanup import clean_text
from scraper.urls import (
    is_followable_listing,
    is_listing_url,
    is_pagination,
    looks_like_non_article,
)
from tests.conftest import (
    assert_whole_and_clean,
    crawl_two_nights,
    make_record,
    stored_articles,
)
from tests.platforms import lokomedia

FETCHED = datetime(2024, 2, 27, 3, 45, tzinfo=timezone.utc)  # minutes after lokomedia.NOW
HOST = "http://kabarbarito.example.id"


def serve_page(target: str) -> str:
    """One page of the portal as it serves ``target``, decoded as a browser does."""
    status, _, body = lokomedia.make_site(HOST + "/")(target)
    assert status == 200, target
    return body.decode("cp1252") if isinstance(body, bytes) else body


def test_a_lokomedia_portal_is_archived_once_whole_in_wita(tmp_path: Path):
    db = tmp_path / "l.db"
    with lokomedia.serve_lokomedia() as served:
        base = str(served)
        _, asked, _ = crawl_two_nights(served, db)  # the next night: nothing new
    articles, aliases = stored_articles(db)
    # Before: the index, category and tag pages, "/home", the profile, the album and
    # the static "Pedoman Media Siber" page were stored too (46 articles), every author
    # was "Lukmanul Hakim", and the retitled post was stored under the feed's old slug.
    got = {u: (t, p, a) for u, (t, p, a, _) in articles.items()}
    assert got == lokomedia.expected(base)
    assert_whole_and_clean(articles, base, lokomedia.POSTS, lokomedia.CHROME)
    root = base.rstrip("/")
    edited = lokomedia.POSTS[lokomedia.EDITED]
    old_slug = f"{root}/berita-{edited.id}-{lokomedia.seo_title(lokomedia.OLD_TITLE)}.html"
    assert aliases[old_slug] == root + edited.path
    assert any("module=detailberita" in a for a in aliases)
    assert all(a == u or "berita" in a for a, u in aliases.items())
    # The listings were read for links and paged; the tag, agenda, album, download,
    # poll, profile, contact and static pages were never fetched; no form was posted.
    assert "/halberita-2.html" in asked and "/halkategori-2-2.html" in asked
    assert not any(
        t.startswith(("/tag-", "/agenda-", "/semua-album", "/lihat-", "/profil", "/statis-"))
        for t in asked
    )
    assert not any(t.startswith(("/hasil-", "/simpankomentar", "/downlot")) for t in asked)


def test_lokomedia_url_shapes():
    # Listings: followed for links and pages, never stored.
    for path in (
        "/semua-berita.html",
        "/halberita-3.html",
        "/kategori-2-hukum-kriminal.html",
        "/halkategori-2-2.html",
        "/portal/kategori-5-pemilu-2024.html",  # Lokomedia installed in a folder
        "/home",
    ):
        assert looks_like_non_article(HOST + path), path
        assert is_listing_url(HOST + path), path
    # A tag page is a listing whose links are not followed, but its shape is also a root
    # ".html" permalink's: read as a page when a sitemap or feed lists it.
    for path in ("/tag-narkoba.html", "/tag-team-polres-juara.html"):
        assert is_listing_url(HOST + path) and not is_followable_listing(HOST + path)
        assert not looks_like_non_article(HOST + path), path
    assert is_pagination(HOST + "/halberita-2.html")
    assert is_pagination(HOST + "/halkategori-2-12.html")
    assert not is_pagination(HOST + "/halkategori-2-1.html")
    # The other modules' pages: no articles, no listings.
    for target in (
        "/semua-agenda.html",
        "/agenda-31-pelayanan-sim-keliling.html",
        "/semua-album.html",
        "/lihat-galeri-7-kegiatan-polres.html",
        "/profil-kami.html",
        "/hubungi-kami.html",
        "/lihat-poling.html",
        "/statis-3-pedoman-media-siber.html",
        "/media.php?module=detailkategori&id=2",
        "/media.php?module=semuaberita&halberita=2",
    ):
        assert looks_like_non_article(HOST + target), target
    # Articles, at either address; a Blogger post whose slug starts so is no tag page.
    for target in (
        "/berita-1187-polres-tanah-laut-amankan-dua-pelaku-curanmor-di-pelaihari.html",
        "/media.php?module=detailberita&id=1187",
        "/2024/01/tag-team-polres-juara.html",
        "/berita/kategori-sim-baru",
        "/agenda-2024-polres-gelar-apel-kamtibmas.html",  # a year, no agenda's id
        "/index.php?module=berita&id=12",  # another PHP CMS's post
    ):
        assert not looks_like_non_article(HOST + target), target


def test_lokomedia_pages_that_read_like_articles_are_none():
    for target in (
        "/kategori-3-peristiwa.html",
        "/halberita-2.html",
        "/home",
        "/profil-kami.html",
        "/statis-3-pedoman-media-siber.html",
        "/semua-album.html",
    ):
        result = extract_article(serve_page(target), HOST + target, FETCHED)
        assert isinstance(result, NotAnArticle), (target, result)


def test_the_article_module_keeps_only_the_text_and_its_byline_names_the_author():
    for post in lokomedia.POSTS[::3]:
        record = extract_article(serve_page(post.path), HOST + post.path, FETCHED)
        assert record.title == post.title
        assert record.text.split("\n") == list(post.release.paragraphs), post.path
        # <meta name="author" content="Lukmanul Hakim"> on every page was the author.
        assert record.authors == [post.author]
        # "Tag: <a href=tag-curanmor.html>curanmor</a>, …" (no rel="tag", no meta).
        assert record.tags == [name for _, name in post.tags]
        assert record.categories == [post.category[2]]  # "Kategori: <a href=kategori-…>"
        assert record.image_url == f"{HOST}/{post.photo}"  # no og:image: foto_berita/
        assert record.published_at == lokomedia.expected(HOST)[HOST + post.path][1]


def test_a_photo_of_the_right_column_or_a_placeholder_is_no_lead_image():
    """Found on review (helper-68): an article without a photo of its own took the right
    column's or the "no image" placeholder."""
    body = "".join(f"<p>{p}</p>" for p in lokomedia.POSTS[0].release.paragraphs)
    for photo in [
        "<div id='kanan'><div class='kotak'><img src='foto_berita/55banjir.jpg'></div></div>",
        "<span class=image><img src='asset/foto_berita/no-image.jpg'></span>",
    ]:
        html = (
            "<html><head><title>Judul Berita</title></head><body><h1>Judul Berita</h1>"
            f"{photo}<div class='isi'>{body}</div></body></html>"
        )
        assert extract_article(html, HOST + "/berita-1-judul.html", FETCHED).image_url is None


def test_a_meta_author_the_page_shows_stays_the_author():
    body = "".join(f"<p>{p}</p>" for p in lokomedia.POSTS[0].release.paragraphs)
    for byline, meta, wanted in (
        ("Oleh: Rahmadi Noor", "Rahmadi Noor", ["Rahmadi Noor"]),
        ("", "Nor Aida", ["Nor Aida"]),  # not shown, but nothing else names anyone
        ("Diposting oleh : <b>Siti Aisyah</b>", "Webmaster", ["Siti Aisyah"]),
        # Seen on the evaluation pages: the plain byline's lead "Text & Fotos:" is no
        # name; a byline block's share link names no one, and the meta author stays.
        ("Text &amp; Fotos: Ivan Valetny", "Auto Illustrierte", ["Ivan Valetny"]),
        ('<a href="https://twitter.com/sz">auf Twitter folgen</a>', "SZ GmbH", ["SZ GmbH"]),
        # An editor's credit names who edited it: the meta author the theme hides wrote it.
        ("Editor: Siti Aminah", "Yusuf Mansyur", ["Yusuf Mansyur"]),
    ):
        html = (
            f'<html><head><meta name="author" content="{meta}"><title>Judul Berita</title>'
            f'</head><body><h1>Judul Berita</h1><p class="byline author">{byline}</p>'
            f"<article>{body}</article></body></html>"
        )
        assert extract_article(html, HOST + "/x.html", FETCHED).authors == wanted, byline


def test_posting_info_tags_related_titles_and_comments_are_no_text():
    paragraphs = list(lokomedia.POSTS[2].release.paragraphs)
    raw = "\n".join(
        [
            "Diposting oleh : Ahmad Rizani",
            "Kategori: Hukum & Kriminal - Dibaca: 1.234 kali",
            *paragraphs,
            "Tag: lalu lintas, polres banjar",
            "- Polsek Kurau Ungkap Peredaran Sabu di Kawasan Pelabuhan Nelayan",
            "- Sat Lantas Polres Banjar Gelar Sosialisasi Tertib Berlalu Lintas di SMAN 1",
            "2 Komentar :",
            "Muhammad Arsyad",
            "10 Januari 2024 - 14:12:42 WITA",
            "Mantap, terima kasih Pak Polisi sudah menjaga Banua.",
            "Isi Komentar :",
        ]
    )
    assert clean_text(raw).split("\n") == paragraphs
    # A sentence that says how often something was read is text, first or later.
    said = paragraphs[:3] + ["Unggahan itu sudah dibaca 1.200 kali sejak Senin."]
    assert clean_text("\n".join(said)) == "\n".join(said)
    said = ["Unggahan itu sudah dibaca 1.200 kali sejak Senin.", *paragraphs[:3]]
    assert clean_text("\n".join(said)) == "\n".join(said)


def test_of_two_slugs_of_one_article_the_one_that_spells_its_title_names_it(tmp_path: Path):
    # The stale feed's old slug is shorter; the site links the one that spells the title.
    text = "\n".join(lokomedia.POSTS[8].release.paragraphs)
    title = lokomedia.POSTS[8].title
    old = "https://kabarbarito.example.id/berita-1211-polsek-batibati-gelar-jumat-curhat-di-desa-padang.html"
    new = "https://kabarbarito.example.id/berita-1211-polsek-batibati-gelar-jumat-curhat-bersama-warga-desa-padang.html"
    for first, second in ((old, new), (new, old)):
        with Archive.open(tmp_path / f"{first == old}.db", create=True) as archive:
            for url in (first, second):
                record = make_record("x", text, url=url, title=title, site="kabarbarito.example.id")
                with archive.db.atomic():
                    archive.store_article(record)
            urls = [r[0] for r in archive.db.execute("select url from articles")]
        assert urls == [new], first
