"""Which fetched pages are articles: what a page says about itself decides first."""

from datetime import datetime, timezone

from scraper.extract import NotAnArticle, extract_article

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
TEXT = "".join(
    f"<p>Redaksi tribratanews-contoh.id bekerja berdasarkan Pedoman Pemberitaan Media Siber"
    f" yang ditetapkan Dewan Pers; bagian {i} pedoman ini mengatur verifikasi berita.</p>"
    for i in range(6)
)


def page(post_class: str, body_class: str = "") -> str:
    """A WordPress page as a theme prints it with ``post_class()`` on its ``<article>``
    and, in ``body_class``, its body classes (some themes print none)."""
    return (
        "<html lang='id'><head><meta property='og:type' content='article'>"
        "<meta property='article:modified_time' content='2023-08-14T09:00:00+07:00'>"
        f"<title>Pedoman Media Siber</title></head><body class='{body_class}'>"
        f"<article class='{post_class}'><h1 class='entry-title'>Pedoman Media Siber</h1>"
        f"<div class='entry-content'>{TEXT}</div></article></body></html>"
    )


def test_a_wordpress_static_page_is_no_article_though_its_body_has_no_classes():
    """helper-80's sites: "Redaksi" and "Pedoman Media Siber", og:type article, enough
    text, ``<article class="page type-page status-publish">`` and a bare ``<body>``,
    were stored as articles (and gave the site a first publication day in 2023)."""
    url = "https://tribratanews-contoh.id/pedoman-media-siber/"
    result = extract_article(page("post-12 page type-page status-publish hentry"), url, FETCHED)
    assert isinstance(result, NotAnArticle)
    assert result.reason == "static page (type-page)"
    post = page("post-40 post type-post status-publish format-standard hentry")
    assert not isinstance(extract_article(post, url, FETCHED), NotAnArticle)
    # A single post's body classes outrank a block's.
    single = page("page type-page", body_class="single single-post postid-40")
    assert not isinstance(extract_article(single, url, FETCHED), NotAnArticle)


def not_found_page(title: str, heading: str, body_class: str = "") -> str:
    return (
        f"<html lang='id'><head><title>{title}</title></head><body class='{body_class}'>"
        "<header><nav><a href='/'>Beranda</a> <a href='/berita/'>Berita</a></nav></header>"
        f"<main><h1>{heading}</h1><p>Silakan kembali ke beranda atau gunakan pencarian.</p>"
        "</main><footer>© 2023 Polres Contoh</footer></body></html>"
    )


def test_a_not_found_page_says_so_and_an_article_about_something_not_found_does_not():
    """A deleted post answered with 200 and the site's "not found" template is a takedown
    at a stored article's URL (``NotAnArticle.takedown``); the words "tidak ditemukan"
    in an article's own headline, or a short non-article, are no such page."""
    url = "https://polres-contoh.id/berita/123/judul-lama"
    for title, heading, body in [
        ("Halaman Tidak Ditemukan - Polres Contoh", "Oops!", ""),
        ("Polres Contoh", "Maaf, halaman yang Anda cari tidak ada", ""),
        ("Page not found – Polres Contoh", "Oops! That page can’t be found.", ""),
        ("Polres Contoh", "Error", "error404"),
        ("Error 404 | Polres Contoh", "Berita tidak tersedia", ""),
        ("404 - Polres Contoh", "Oops", ""),
        # A post emptied for a takedown (helper-89's round).
        ("Polres Amankan Pelaku - Polres Contoh", "Konten ini telah dihapus oleh redaksi.", ""),
        ("Berita Telah Dihapus - Polres Contoh", "Polres Amankan Pelaku", ""),
    ]:
        result = extract_article(not_found_page(title, heading, body), url, FETCHED)
        assert isinstance(result, NotAnArticle) and result.takedown == "soft_404", title
        assert result.reason.startswith("a 'not found' page"), title
    for title, heading in [
        ("Jejak Pelaku Tidak Ditemukan - Polres Contoh", "Jejak Pelaku Tidak Ditemukan"),
        ("Kontak - Polres Contoh", "Kontak Kami"),
        ("Polres Amankan 404 Knalpot Brong - Polres Contoh", "Polres Amankan 404 Knalpot"),
        ("Video - Polres Contoh", "Konten tidak tersedia di wilayah Anda"),
        # A headline about a deletion (helper-91's review).
        ("Unggahan Sudah Dihapus, Pemilik Akun Minta Maaf", "Postingan Telah Dihapus, Pelaku"),
    ]:
        result = extract_article(not_found_page(title, heading), url, FETCHED)
        assert isinstance(result, NotAnArticle) and result.takedown is None, title
    article = page("post-40 post type-post").replace(
        "Pedoman Media Siber</h1>", "Barang Bukti Tidak Ditemukan, Halaman Tidak Ditemukan</h1>"
    )
    assert not isinstance(extract_article(article, url, FETCHED), NotAnArticle)


def test_a_not_found_notice_in_a_page_with_no_title_or_headline_is_a_takedown():
    """helper-117: a Lokomedia portal answered a deleted article with an empty
    <title>, no <h1> and "Maaf, Berita tidak ditemukan." in its text: read as "too
    little text", the takedown left no trace. A short line of a short text that says so
    (under a ticker of headlines too) is the notice; a longer one is not."""
    url = "https://banua.example/berita-107-judul.html"

    def page(paragraphs: str) -> str:
        return (
            "<html><head><meta charset='utf-8'><title></title></head><body><table><tr>"
            "<td id='kiri'><table><tr><td><span class='judul'></span></td></tr><tr>"
            f"<td class='isi_berita'>{paragraphs}</td></tr></table></td></tr></table>"
            "</body></html>"
        )

    notice = (
        "<p><b>Maaf, Berita tidak ditemukan.</b></p><p>Berita yang Anda cari mungkin"
        " sudah dihapus atau dipindahkan. Silakan kembali ke <a href='./'>halaman"
        " depan</a>.</p>"
    )
    ticker = (
        "<p>Berita Terkini : Polsek Tanjung Ringkus Pencuri Motor • Pos Pam Amuntai Mulai"
        " Beroperasi • Polres HST Siapkan Tiga Pos Pengamanan Jelang Lebaran</p>"
    )
    for paragraphs in (notice, ticker + notice):
        result = extract_article(page(paragraphs), url, FETCHED)
        assert isinstance(result, NotAnArticle) and result.takedown == "soft_404", result
    for paragraphs in [
        "<p>Tim SAR menyisir sungai sejak pagi. Korban tidak ditemukan hingga sore.</p>",
        # helper-118: a ticker's headline that opens with 404, over a database error
        "<p>Berita Terkini</p><p>404 Kendaraan Terjaring Operasi Keselamatan di Barabai</p>"
        "<p>Terjadi gangguan koneksi database, silakan coba beberapa saat lagi.</p>",
        "<p>File not found.</p><p>Pengumuman hasil seleksi akan diunggah kembali.</p>",
        "<p>Pencarian korban tenggelam di Sungai Tabalong oleh tim gabungan Basarnas,"
        " Polsek Tanjung dan warga: berita tidak ditemukan jejaknya sore ini.</p>",
    ]:
        result = extract_article(page(paragraphs), url, FETCHED)
        assert getattr(result, "takedown", None) is None, paragraphs


def related_list(og_type: str) -> str:
    """A portal's page whose only JSON-LD is an ItemList of related news ("Berita
    Terkait", NewsArticle items), as helper-98 modelled one, and its ``og:type``."""
    items = ",".join(
        f'{{"@type":"ListItem","position":{i},"item":{{"@type":"NewsArticle","headline":'
        f'"Berita {i}","url":"https://portal-contoh.id/berita-{i}"}}}}'
        for i in (1, 2)
    )
    return (
        f"<html lang='id'><head><meta property='og:type' content='{og_type}'>"
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        f'"@type":"ItemList","itemListElement":[{items}]}}</script>'
        "<title>Polisi Bekuk Curanmor</title></head><body><article><h1>Polisi Bekuk "
        f"Curanmor</h1><div class='date'>04/11/2026 21:05 WITA</div>{TEXT}</article>"
        "</body></html>"
    )


def test_an_article_with_a_related_news_item_list_is_an_article():
    """The ItemList made the page a listing, and the article was lost whole; on a page
    that does not call itself an article, an ItemList still says listing."""
    url = "https://portal-contoh.id/polisi-bekuk-curanmor"
    record = extract_article(related_list("article"), url, FETCHED)
    assert not isinstance(record, NotAnArticle), record.reason
    listing = extract_article(related_list("website"), url, FETCHED)
    assert isinstance(listing, NotAnArticle) and listing.reason == "listing page (ItemList)"
    # A category page of a theme that prints og:type article everywhere is still read
    # by its shape: linked titles and no long paragraph (helper-99's review).
    teasers = "".join(
        f"<article><h2><a href='https://portal-contoh.id/berita-{i}'>Polres Contoh Gelar"
        f" Patroli Malam Hari ke-{i}</a></h2><p>Patroli digelar di pusat kota.</p></article>"
        for i in range(10)
    )
    category = related_list("article").replace(f"{TEXT}</article>", f"</article>{teasers}")
    listing = extract_article(category, "https://portal-contoh.id/hukum-kriminal", FETCHED)
    assert isinstance(listing, NotAnArticle), listing
    assert listing.reason.startswith("listing page (10 linked titles")


HEADLINES = [
    "Polres Banjar Amankan Dua Pelaku Curanmor di Martapura",
    "Satlantas Polresta Banjarmasin Gelar Operasi Zebra Intan 2026",
    "Banjir Rendam Ratusan Rumah di Kecamatan Astambul",
    "KPU Kota Banjarbaru Tetapkan Daftar Pemilih Tetap Pilkada",
    "Polisi Ungkap Peredaran Sabu Jaringan Antarprovinsi di Tanah Laut",
    "Pemkab Tapin Salurkan Bantuan Bibit Padi untuk Petani",
]


def plain_page(title: str, main: str) -> str:
    """A hand-written PHP portal's page: no body classes, no og:type, no JSON-LD, links
    in bare lists (the shape of helper-103's "Kalsel Terkini" trial site)."""
    links = "".join(
        f"<li><a href='/berita/detail/{101 + i}-berita.html'>{h}</a></li>"
        for i, h in enumerate(HEADLINES)
    )
    return (
        f"<html lang='id'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header><a href='/'>Kalsel Terkini</a><nav><ul><li><a href='/'>Beranda</a></li>"
        "<li><a href='/kategori/hukum/'>Hukum</a></li></ul></nav></header>"
        f"<main id='content'>{main.replace('LINKS', links)}</main>"
        "<footer><p>&copy; 2026 Kalsel Terkini.</p></footer></body></html>"
    )


def test_a_page_of_bare_links_is_a_listing_and_an_article_with_related_links_is_not():
    """helper-103: an "Indeks Berita" page listing headlines as bare links (no heading,
    no title class) was stored as an undated article of its headlines. A short article
    whose text keeps a list of related posts is still an article: its own words
    outweigh the list."""
    index = plain_page("Indeks - Kalsel Terkini", "<h2>Indeks Berita</h2><ul>LINKS</ul>")
    result = extract_article(index, "https://kalselterkini.id/indeks-berita/", FETCHED)
    assert isinstance(result, NotAnArticle)
    assert result.reason.startswith("listing page (") and "lines are links" in result.reason
    body = (
        "<h1>Polsek Kertak Hanyar Sambangi Warga Lewat Jumat Curhat</h1>"
        "<p>Kapolsek Kertak Hanyar bersama Bhabinkamtibmas menggelar Jumat Curhat di "
        "balai desa, Jumat (10/11/2023), mendengarkan keluhan warga soal balap liar.</p>"
        "<p>Warga meminta patroli malam ditambah di jalan desa yang sering dipakai "
        "balapan, terutama pada malam Minggu ketika banyak remaja berkumpul.</p>"
        "<p>Kapolsek berjanji menambah patroli dan mengajak warga melapor lewat nomor "
        "layanan kepolisian 110 bila melihat gangguan kamtibmas di lingkungannya.</p>"
        "<h3>Berita Terkait</h3><ul>LINKS</ul>"
    )
    url = "https://kalselterkini.id/berita/detail/109-jumat-curhat.html"
    article = extract_article(plain_page("Jumat Curhat - Kalsel Terkini", body), url, FETCHED)
    assert not isinstance(article, NotAnArticle), article.reason
    assert article.text.startswith("Kapolsek Kertak Hanyar")
