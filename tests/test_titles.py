"""The article's title without the site's name (``scraper.extract.titles``)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scraper.extract import extract_article

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
TEXT = "".join(
    f"<p>Polres Mimika menggelar apel pagi di halaman Mapolres nomor {i} bersama seluruh "
    "personel, dan Kapolres menyampaikan arahan tentang pengamanan wilayah.</p>"
    for i in range(4)
)


def page(og_title: str, site_name: str) -> str:
    return (
        f'<html><head><meta property="og:title" content="{og_title}">'
        f'<meta property="og:site_name" content="{site_name}"><title>{og_title}</title>'
        f"</head><body><article>{TEXT}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("og_title", "site_name", "title"),
    [
        # A site name with a separator of its own: only its last part was taken for the
        # site's, and " | Kabar Mimika" stayed.
        (
            "Apel Pagi di Mapolres Mimika | Kabar Mimika - Berita Papua Tengah",
            "Kabar Mimika - Berita Papua Tengah",
            "Apel Pagi di Mapolres Mimika",
        ),
        # The headline's own last part stays: only the site's name goes (the word test
        # alone cut "- Apel Pagi" too, as a part holding a word of the site's name).
        (
            "Kapolres Mimika Pimpin Dua Kegiatan - Apel Pagi | Kabar Mimika",
            "Kabar Mimika",
            "Kapolres Mimika Pimpin Dua Kegiatan - Apel Pagi",
        ),
    ],
)
def test_the_sites_exact_name_is_taken_off_the_title_and_nothing_more(og_title, site_name, title):
    record = extract_article(page(og_title, site_name), "https://kabarmimika.id/apel/", FETCHED)
    assert record.title == title


def test_a_headline_the_page_shows_whole_keeps_a_part_that_names_the_site():
    """ "Polda Jatim: 14 Polres Jajaran Ungkap …" on Tribratanews Polda Jatim lost its
    "Polda Jatim: " (a part sharing words with the site's name), though the page's
    <h1> shows it whole (helper-88's round)."""
    title = "Polda Jatim: 14 Polres Jajaran Ungkap 213 Kasus Narkoba"
    html = page(title, "Tribratanews Polda Jatim").replace(
        "<article>", f"<article><h1 class='entry-title'>{title}</h1>"
    )
    url = "https://tribratanews.jatim.polri.go.id/2023/11/14-polres-ungkap-kasus-narkoba/"
    assert extract_article(html, url, FETCHED).title == title
    # Its own last part stays too, though a word of it is in the site's name
    # (helper-91's review: "Operasi Zebra Intan 2023" alone).
    zebra = "Operasi Zebra Intan 2023 - Sinergi TNI-Polri Tindak 500 Pelanggar"
    html = page(zebra, "Tribratanews Polri").replace(
        "<article>", f"<article><h1 class='entry-title'>{zebra}</h1>"
    )
    assert extract_article(html, url, FETCHED).title == zebra
    # The site's name after it still goes, even where the <h1> shows it (helper-90).
    shown = "Apel Pagi Polres Mimika | Kabar Mimika"
    html = page(shown, "Kabar Mimika").replace(
        "<article>", f"<article><h1 class='entry-title'>{shown}</h1>"
    )
    assert extract_article(html, "https://kabarmimika.id/apel/", FETCHED).title == (
        "Apel Pagi Polres Mimika"
    )


def ld_page(headline: str, site_name: str, h1: str) -> str:
    ld = f'{{"@type": "NewsArticle", "headline": "{headline}"}}'
    return (
        f'<html><head><meta property="og:site_name" content="{site_name}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><h1>{h1}</h1><article>{TEXT}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("headline", "site_name"),
    [
        # A last part of the headline's own that shares a word with og:site_name or a
        # host label ("Polda", "Kalsel"), or holds a site word inside one of its own
        # ("di" of "Kabar di Kalsel" in "Diamankan"): the og:title's word test cut each.
        ("Polda Kalsel Gelar Operasi Zebra - Polda Kalsel Siap Amankan Nataru", "Tribratanews"),
        ("Banjir Rendam Tiga Desa di Tapin | Kalsel Hari Ini", "Tribratanews Polda Kalsel"),
        ("Pencuri Motor Ditangkap Warga - Pelaku Diamankan Polisi", "Kabar di Kalsel"),
        # A site name of one common word.
        ("Warga Desa Gelar Syukuran Panen - Berita Baik di Akhir Tahun", "Berita"),
        ("Pemkot Luncurkan Aplikasi Baru - Newsletter Mingguan Dibuka", "News"),
    ],
)
def test_a_json_ld_headline_keeps_its_own_last_part(headline, site_name):
    url = "https://tribratanews.kalsel.polri.go.id/2024/01/operasi/"
    for h1 in (headline, site_name):  # shown whole as the headline, or a logo's <h1>
        record = extract_article(ld_page(headline, site_name, h1), url, FETCHED)
        assert record.title == headline, h1


@pytest.mark.parametrize(
    "headline",
    [
        "Pencuri Motor Ditangkap Warga - Tribratanews Polda Kalsel",
        "Pencuri Motor Ditangkap Warga | TRIBRATANEWS KALSEL",
        "Pencuri Motor Ditangkap Warga - Kalsel.Polri.go.id",
    ],
)
def test_a_json_ld_headline_still_loses_the_sites_name(headline):
    # Rank Math's SEO title as the headline: a last part of nothing but the site's
    # name or host words goes.
    url = "https://tribratanews.kalsel.polri.go.id/2024/01/pencuri/"
    page = ld_page(headline, "Tribratanews Polda Kalsel", "Tribratanews Polda Kalsel")
    assert extract_article(page, url, FETCHED).title == "Pencuri Motor Ditangkap Warga"


def _page_authors(head: str, credit: str, url: str = "https://radar.example/kediri/1/jembatan"):
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n}: Jembatan penghubung Desa Sempu dan Desa Bulupasar di Kecamatan"
        " Pagu ambrol setelah diterjang banjir kiriman dari lereng Gunung Kelud.</p>"
        for n in range(1, 6)
    )
    page = (
        f"<html><head><title>Jembatan Ambrol</title>{head}</head><body>"
        f"<h1>Jembatan Penghubung Dua Desa Ambrol</h1>{credit}{body}</body></html>"
    )
    return extract_article(page, url, datetime(2024, 2, 1, tzinfo=timezone.utc)).authors


def test_a_metadata_author_the_page_credits_as_its_editor_yields_to_its_reporter():
    """Jawa Pos's Radar portals (and Suara) name the editor in ``<meta name="author">``
    and JSON-LD, while the page shows "Reporter: A" and "Editor: B": A wrote it."""
    credit = (
        "<div class='read__info__author'>Reporter: <a href='/author/muhamad-fikri'>"
        "Muhamad Fikri</a></div><div class='read__info__author'>Editor: "
        "<a href='/author/andhika-attar'>Andhika Attar</a></div>"
    )
    meta = '<meta name="author" content="Andhika Attar">'
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Andhika Attar"}}</script>'
    )
    assert _page_authors(meta, credit) == ["Muhamad Fikri"]
    assert _page_authors(ld, credit) == ["Muhamad Fikri"]
    # The metadata's name as the reporter, or no reporter credited: it stays.
    assert _page_authors('<meta name="author" content="Muhamad Fikri">', credit) == [
        "Muhamad Fikri"
    ]
    editor_only = credit.split("</div>", 1)[1]
    assert _page_authors(meta, editor_only) == ["Andhika Attar"]
    # Suara shows the editor's name alone under the headline, and "Reporter: … Editor:
    # …" under the text; a name labelled both ways stays.
    suara = "<div class='writer'><span>Andhika Attar</span></div>"
    closing = "<p>Reporter: Muhamad Fikri<br>Editor: Andhika Attar</p>"
    assert _page_authors(meta, suara + closing) == ["Muhamad Fikri"]
    both = "<p>Penulis: Andhika Attar</p>" + closing
    assert _page_authors(meta, both) == ["Andhika Attar"]


def test_a_json_ld_person_named_as_the_site_yields_to_a_credited_reporter():
    """Republika's JSON-LD names the person "Republika" as every article's author, its
    byline "Rep: Fauzan Hidayat/ Red: Ratna Puspitasari". A teaser list's plain author
    span (another article's) is no credit: with none, the site's name stays."""
    url = "https://republika.example/berita/s3x1/fatwa"
    head = (
        '<meta property="og:site_name" content="Republika Online">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Republika"}, "publisher": {"@type": "Organization",'
        ' "name": "Republika Online"}}</script>'
    )
    byline = "<div class='headline__author'>Rep: Fauzan Hidayat/ Red: Ratna Puspitasari</div>"
    assert _page_authors(head, byline, url) == ["Fauzan Hidayat"]
    teaser = (
        "<ul class='terkini'><li><a href='/berita/x'><h3>Judul lain</h3>"
        "<span class='item__author'>Budi Santoso</span></a></li></ul>"
    )
    assert _page_authors(head, teaser, url) == ["Republika"]
    linked = "<div class='author'><a href='/author/fauzan'>Fauzan Hidayat</a></div>"
    assert _page_authors(head, linked, url) == ["Fauzan Hidayat"]


def test_a_cms_account_or_the_newsroom_yields_to_a_credited_reporter():
    """Yoast names the account that posted ("admin", "Redaksi"), Joomla its "Super
    User", while the text credits "Penulis: Yulia Savitri": she wrote it. With no one
    credited, the account stays (it is all the page says)."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Redaksi"}}</script>'
    )
    closing = "<p><strong>Penulis: Yulia Savitri</strong></p>"
    assert _page_authors(ld, closing) == ["Yulia Savitri"]
    for account in ("admin", "Super User", "Tim Redaksi"):
        meta = f'<meta name="author" content="{account}">'
        assert _page_authors(meta, closing) == ["Yulia Savitri"], account
        assert _page_authors(meta, "") == [account], account


def test_a_template_s_press_office_meta_yields_to_the_officer_the_post_credits():
    """A Lokomedia Polres portal's template names the press office in ``<meta
    name="author">`` on every page, and each post "Diposting oleh : <b>Aipda Teguh
    Wibowo</b>, Jumat, 10 November 2023 - 14:30:12 WIB" (the date on the credit's line
    hid the name). With no one credited, the office stays."""
    meta = '<meta name="author" content="Humas Polres Kebumen">'
    posted = (
        "<span class='posting'>Diposting oleh : <b>Aipda Teguh Wibowo</b>, Jumat, 10"
        " November 2023 - 14:30:12 WIB</span>"
    )
    assert _page_authors(meta, posted) == ["Aipda Teguh Wibowo"]
    assert _page_authors(meta, "") == ["Humas Polres Kebumen"]


def test_a_portal_s_content_category_meta_names_the_section_when_nothing_else_does():
    """Kompas's and Tribun's portals name the section in ``<meta
    name="content_category">``; a photo page with no breadcrumb has nothing else."""
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n}: Warga memadati pantai untuk menyaksikan tradisi sedekah laut"
        " yang digelar nelayan setiap tahun di pesisir selatan.</p>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><title>Sedekah Laut</title>"
        '<meta name="content_category" content="Foto"></head><body>'
        f"<h1>Tradisi Sedekah Laut di Pantai Selatan</h1>{body}</body></html>"
    )
    when = datetime(2024, 2, 1, tzinfo=timezone.utc)
    assert extract_article(page, "https://contoh.id/foto/1", when).categories == ["Foto"]
    section = page.replace("</head>", '<meta property="article:section" content="Regional"></head>')
    assert extract_article(section, "https://contoh.id/foto/1", when).categories == ["Regional"]


def test_a_title_that_starts_with_the_site_s_name_loses_it():
    """An old table-layout portal with no Open Graph and no <h1> titles its pages "Suara
    Karya Online :: Judul" (helper-79's page): the whole <title> was the headline, since
    the host's label "suarakarya-online" was compared with its hyphen. Its headline
    span and byline, parted by one <br>, also opened the text as one line."""
    body = "".join(
        f"<br><br>Tersangka curanmor ke-{i} ditangkap di rumah kos kawasan Tlogosari,"
        " Semarang, setelah buron hampir dua tahun lamanya."
        for i in range(5)
    )
    html = (
        "<html><head><title>Suara Karya Online :: Polisi Bekuk Raja Curanmor Asal Lampung"
        "</title></head><body><div class='isi-berita'><span class='judul'>Polisi Bekuk Raja"
        " Curanmor Asal Lampung</span><br><span class='penulis'>Oleh Agung Nugroho</span><br><br>"
        f"<span class='isi'>SEMARANG - Polisi membekuk raja curanmor.{body}</span>"
        "</div></body></html>"
    )
    url = "http://www.suarakarya-online.com/news.html?id=238411"
    record = extract_article(html, url, datetime(2009, 11, 11, tzinfo=timezone.utc))
    assert record.title == "Polisi Bekuk Raja Curanmor Asal Lampung"
    assert record.text.startswith("SEMARANG - Polisi membekuk raja curanmor.")
    for title in ("Suara Karya Online - Polisi Bekuk Raja Curanmor Asal Lampung",
                  "Polisi Bekuk Raja Curanmor Asal Lampung | Suara Karya Online"):  # fmt: skip
        page = html.replace("Suara Karya Online :: Polisi Bekuk Raja Curanmor Asal Lampung", title)
        assert extract_article(page, url, datetime(2009, 11, 11, tzinfo=timezone.utc)).title == (
            "Polisi Bekuk Raja Curanmor Asal Lampung"
        )
    # A word of the site's name is no site name: a headline that starts with it stays
    # whole (helper-83's review).
    kodim = "Polres - Kodim 1009 Gelar Patroli Gabungan di Pelaihari"
    page = html.replace("Suara Karya Online :: Polisi Bekuk Raja Curanmor Asal Lampung", kodim)
    url2 = "https://humaspolrestanahlaut.blogspot.com/2024/01/patroli.html"
    assert extract_article(page, url2, datetime(2024, 1, 2, tzinfo=timezone.utc)).title == kodim
    # A byline with no colon opens the text alone too; a sentence that opens so stays.
    from scraper.extract.cleanup import clean_text

    assert clean_text("Oleh Agung Nugroho\nIsi berita.") == "Isi berita."
    kept = "Oleh karena itu polisi berjaga di sana\nIsi berita."
    assert clean_text(kept) == kept


def test_the_headline_the_page_shows_is_no_text_when_the_og_title_is_another():
    """A CodeIgniter portal's og:title is an SEO title ("Curanmor Lintas Kabupaten
    Diungkap, 2 Pelaku Diamankan") and its <h1> the headline ("Satreskrim Polres Bone
    Bekuk Komplotan Curanmor Lintas Kabupaten"): the og:title stays the record's title,
    and the <h1> opened the text (helper-82's page)."""
    paragraphs = "".join(
        f"<p>Satreskrim Polres Bone mengungkap pencurian sepeda motor lintas kabupaten ke-{i}"
        " setelah penyelidikan selama dua pekan di Watampone dan sekitarnya.</p>"
        for i in range(5)
    )
    html = (
        "<html><head><title>Curanmor Lintas Kabupaten Diungkap, 2 Pelaku Diamankan | Polres"
        " Bone</title><meta property='og:type' content='article'><meta property='og:title'"
        " content='Curanmor Lintas Kabupaten Diungkap, 2 Pelaku Diamankan | Polres Bone'>"
        "</head><body><div class='col-md-8'><div class='berita-detail'>"
        "<h1 class='judul-berita'>Satreskrim Polres Bone Bekuk Komplotan Curanmor Lintas"
        " Kabupaten</h1><div class='meta-berita'><span>Jum'at, 10 Nov 2023, 14:30 WITA"
        "</span> <span>Penulis: Humas Polres Bone</span></div><div class='gambar-berita'>"
        "<img src='/uploads/curanmor.jpg'><p class='caption'>Kedua tersangka curanmor di"
        f" Mapolres Bone.</p></div><div class='isi-berita'>{paragraphs}</div></div></div>"
        "</body></html>"
    )
    when = datetime(2023, 11, 11, tzinfo=timezone.utc)
    record = extract_article(html, "https://humas.polresbone.example/berita/detail/1", when)
    assert record.title == "Curanmor Lintas Kabupaten Diungkap, 2 Pelaku Diamankan"
    assert record.text.startswith("Satreskrim Polres Bone mengungkap pencurian")


def test_clean_text_drops_the_shown_headline_as_it_drops_the_title():
    from scraper.extract.cleanup import clean_text

    text = "Satreskrim Polres Bone Bekuk Komplotan Curanmor\nWATAMPONE - Polisi membekuk dua."
    seo = "Curanmor Lintas Kabupaten Diungkap, 2 Pelaku Diamankan"
    shown = "Satreskrim Polres Bone Bekuk Komplotan Curanmor"
    assert clean_text(text, (), seo, shown) == "WATAMPONE - Polisi membekuk dua."
    assert clean_text(text, (), seo) == text


def test_names_and_sections_written_html_escaped_in_json_ld_are_decoded():
    """WordPress SEO plugins print JSON-LD strings HTML-escaped: the authors were stored
    as "Muh. Ma&#039;ruf" and the category as "Hukum &amp; Kriminal", and a description
    escaped twice kept "&#8220;" (helper-110)."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Arisan '
        'Online Bodong", "author": [{"@type": "Person", "name": "Siti Jum&#039;ati"}, '
        '{"@type": "Person", "name": "M. Ma&amp;#039;ruf"}], "articleSection": '
        '"Hukum &amp; Kriminal"}'
    )
    html = (
        '<html><head><meta name="description" content="Waspada &amp;#8220;arisan online'
        '&amp;#8221; bodong"><script type="application/ld+json">'
        f"{ld}</script></head><body><article><h1>Arisan Online Bodong</h1>{TEXT}"
        "</article></body></html>"
    )
    record = extract_article(html, "https://contoh.id/2024/03/arisan-online-bodong/", FETCHED)
    assert record.authors == ["Siti Jum'ati", "M. Ma'ruf"]
    assert record.categories == ["Hukum & Kriminal"]
    assert record.description == "Waspada “arisan online” bodong"
    # <meta> values escaped twice (they win over JSON-LD), and a reference without its
    # ";" left alone: "&section=2" is no "§ion=2" (helper-113).
    metas = (
        '<meta property="article:section" content="Hukum &amp;amp; Kriminal">'
        '<meta property="article:tag" content="Jum&amp;#039;at Curhat">'
        '<meta name="description" content="Lihat ?id=1&amp;section=2 &amp;amp; lainnya">'
    )
    record = extract_article(
        html.replace('<meta name="description"', metas + '<meta name="x"'),
        "https://contoh.id/2024/03/arisan-online-bodong/",
        FETCHED,
    )
    assert (record.categories, record.tags) == (["Hukum & Kriminal"], ["Jum'at Curhat"])
    assert record.description == "Lihat ?id=1&section=2 & lainnya"


def test_a_json_ld_headline_typed_plain_takes_the_h1_s_quotes():
    """The JSON-LD headline typed its quotes straight ("&quot;Pemilu Damai&quot;"), the
    page's <h1> curly: the archive kept the plain ones (helper-110). An <h1> in other
    letter case does not replace the headline, nor a plain <h1> a typeset one
    (helper-113)."""
    ld = '{"@type": "NewsArticle", "headline": "Polres Tapin Sosialisasi &quot;Pemilu Damai&quot;"}'
    url = "https://contoh.id/2024/03/sosialisasi-pemilu-damai/"
    for h1, title in [
        ("Polres Tapin Sosialisasi “Pemilu Damai”", "Polres Tapin Sosialisasi “Pemilu Damai”"),
        ("POLRES TAPIN SOSIALISASI “PEMILU DAMAI”", 'Polres Tapin Sosialisasi "Pemilu Damai"'),
    ]:
        html = (
            f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
            f"<article><h1>{h1}</h1>{TEXT}</article></body></html>"
        )
        assert extract_article(html, url, FETCHED).title == title
    typeset = '{"@type": "NewsArticle", "headline": "Sosialisasi “Pemilu Damai” – Jum’at"}'
    html = (
        f'<html><head><script type="application/ld+json">{typeset}</script></head><body>'
        f'<article><h1>Sosialisasi "Pemilu Damai" - Jum\'at</h1>{TEXT}</article></body></html>'
    )
    assert extract_article(html, url, FETCHED).title == "Sosialisasi “Pemilu Damai” – Jum’at"


def test_a_json_ld_headline_cut_at_110_characters_is_the_h1_it_starts():
    """Yoast cuts the JSON-LD headline at 110 characters, mid-word: the archive kept "…
    Situs yang Paling Sering Muncu" where the <h1> and og:title say "Muncul"
    (helper-114). Only when both say the longer text (helper-116: an <h1> that goes on
    with a label or a date, an og:title with a site's name, lengthened whole
    headlines); a short headline stays itself."""
    whole = (
        "Komdigi Putus Akses 1,3 Juta Konten Judi Online dalam Tiga Bulan, Ini Nama-nama "
        "Situs yang Paling Sering Muncul"
    )
    url = "https://contoh.id/komdigi-putus-akses-situs/"

    def title(headline: str, h1: str, og: str) -> str:
        meta = f'<meta property="og:title" content="{og}">' if og else ""
        html = (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "{headline}"}}</script>{meta}</head><body>'
            f"<article><h1>{h1}</h1>{TEXT}</article></body></html>"
        )
        return extract_article(html, url, FETCHED).title

    cut = whole[:110]
    assert title(cut, whole, whole) == whole
    assert title(cut, whole, "") == cut
    assert title(cut, "Berita", whole) == cut
    long = whole[:100]
    assert title(long, f"{long} <span>VIDEO</span>", long) == long
    assert title(long, long, f"{long} - Berita Terkini Kalimantan Timur") == long
    assert title("Polres Tapin Gelar Apel", "Polres Tapin Gelar Apel Pagi",
                 "Polres Tapin Gelar Apel Pagi") == "Polres Tapin Gelar Apel"  # fmt: skip


@pytest.mark.parametrize("with_feed_title", [False, True])
def test_a_blogger_classic_post_without_og_title_is_not_titled_with_the_blog_s_name(
    with_feed_title,
):
    """helper-119's Blogger blog in a classic layout without ``all-head-content`` (no
    og:title, no JSON-LD): the header's ``<h1 class='title'><a href='/'>`` blog name was
    the page's only <h1>, and every post was stored under the blog's name. A heading
    that is one link to the site's home page is the site's name; the post's title is the
    ``<h3 class='post-title'>`` the "Blog: Post" ``<title>`` also names."""
    from scraper.extract.record import Hints

    url = "http://tribrata-malang.blogspot.com/2023/10/polsek-ujung-batu-gelar-patroli.html"
    headline = "Polsek Ujung Batu Gelar Patroli Malam Cegah Balap Liar"
    html = (
        f"<html><head><title>Tribrata News Polres Malang: {headline}</title></head><body>"
        "<header><div class='header-outer'><h1 class='title'>"
        "<a href='http://tribrata-malang.blogspot.com/'>Tribrata News Polres Malang</a></h1>"
        "<p class='description'>Berita Polres Malang</p></div></header>"
        "<div class='post hentry'><h2 class='date-header'><span>Sabtu, 07 Oktober 2023</span>"
        f"</h2><h3 class='post-title entry-title' itemprop='name'>{headline}</h3>"
        f"<div class='post-body entry-content'>{TEXT}</div></div></body></html>"
    )
    hints = Hints(title=headline) if with_feed_title else None
    record = extract_article(html, url, FETCHED, hints=hints)
    assert record.title == headline


@pytest.mark.parametrize(
    "title", ["Berita Polres", "Polres Gelar Operasi Zebra 2023 | Polres Contoh"]
)
def test_a_headline_its_theme_links_home_is_still_the_headline(title):
    """helper-121's review of the rule above: a theme that links the post's own <h1> to
    the home page. Its <title> names no other part a heading shows, so the <h1> is the
    headline (the generic <title> was taken instead)."""
    headline = "Polres Gelar Operasi Zebra 2023"
    html = (
        f"<html><head><title>{title}</title></head><body><header><h2>Menu</h2></header>"
        f'<article><h1><a href="https://polres-contoh.id/">{headline}</a></h1>{TEXT}'
        "</article></body></html>"
    )
    record = extract_article(html, "https://polres-contoh.id/2023/11/zebra.html", FETCHED)
    assert record.title == headline
