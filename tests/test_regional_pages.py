"""Regional portals' habits that an outsider's round of saved pages (helper-84, written
without reading this code, after Tribun's, Harian Jogja's, Palopo Pos's and Lokomedia's
templates) found read wrong: each page here is cut down to the markup that mattered."""

from datetime import datetime, timezone

from scraper.extract import extract_article

FETCHED = datetime(2023, 11, 12, 3, tzinfo=timezone.utc)
PARAS = "".join(
    f"<p>Paragraf {i}: Polres Palopo mengamankan aksi pedagang Pasar Sentral yang menolak "
    f"rencana pengosongan lapak, dan arus lalu lintas dialihkan ke Jalan Sudirman.</p>"
    for i in range(5)
)


def page(
    head: str = "", above: str = "", opening: str = "", after: str = "", below: str = ""
) -> str:
    return (
        "<html lang='id'><head><meta charset='utf-8'>"
        "<meta property='og:type' content='article'>"
        "<meta property='og:title' content='Pedagang Blokade Jalan di Palopo'>"
        "<meta property='article:published_time' content='2023-11-09T15:55:10+08:00'>"
        f"{head}</head><body class='single single-post postid-9'><main>{above}"
        "<article class='post type-post'><h1 class='entry-title'>Pedagang Blokade Jalan di"
        f" Palopo</h1><div class='entry-content'>{opening}{PARAS}{after}</div>{below}"
        "</article></main></body></html>"
    )


URL = "https://palopopos.example.id/2023/11/09/pedagang-blokade-jalan/"


def portal_page(head: str = "", below: str = "") -> str:
    """A home-grown portal's article (Lokomedia-like: ``div.isi``, no WordPress classes),
    with ``below`` after the text inside the same column."""
    return (
        "<html lang='id'><head><meta charset='utf-8'><title>Pedagang Blokade Jalan di "
        f"Palopo</title>{head}</head><body><div id='tengah'><h1 class='judul'>Pedagang "
        "Blokade Jalan di Palopo</h1><div class='tanggal'>Kamis, 9 November 2023 15:55 "
        f"WITA</div><div class='isi'>{PARAS}</div>{below}</div><div id='footer'>Copyright "
        "2023</div></body></html>"
    )


def test_a_comment_block_named_in_indonesian_is_no_text():
    comments = (
        "<div class='komentar'><p>Belum ada komentar.</p>"
        "<div class='komentar-item'><p>Semoga cepat selesai masalahnya, kasihan pedagang "
        "kecil yang sudah puluhan tahun berjualan di sana.</p></div></div>"
    )
    record = extract_article(portal_page(below=comments), URL, FETCHED)
    assert "komentar" not in record.text.lower() and "kasihan" not in record.text


def test_an_account_name_yields_to_a_laporan_credit_naming_two_reporters():
    head = "<meta name='author' content='admin'>"
    byline = "<p><strong>Laporan: Irfan Wahab dan Kontributor Luwu, Andi Baso Tenri</strong></p>"
    record = extract_article(page(head=head, opening=byline), URL, FETCHED)
    assert record.authors == ["Irfan Wahab", "Andi Baso Tenri"]
    assert not record.text.startswith("Laporan")


def test_an_invitation_to_join_the_portals_telegram_group_is_no_text():
    nag = (
        "<p>Join Grup Telegram Tribun Kaltim untuk mendapatkan update berita pilihan dan "
        "breaking news setiap hari. Caranya klik link https://t.me/contoh, kemudian join.</p>"
    )
    record = extract_article(page(after=nag), URL, FETCHED)
    assert "Telegram" not in record.text
    # A scam story's own sentences about joining a group stay (helper-87's review).
    scam = (
        "<p>Bergabung dengan grup Telegram yang dibuat pelaku, para korban dijanjikan "
        "keuntungan 30 persen per bulan.</p><p>Join group telegram tersebut, korban lalu "
        "diberi tugas menyukai video berbayar.</p>"
    )
    record = extract_article(page(opening=scam), URL, FETCHED)
    assert "Bergabung dengan grup Telegram" in record.text
    assert "Join group telegram tersebut" in record.text


def test_a_breadcrumb_whose_home_crumb_links_nowhere_names_the_sections():
    for home in ("<a>Home</a>", "<span>Beranda</span>", "<a href='javascript:void(0)'>Home</a>"):
        crumbs = (
            f"<div class='breadcrumbs'>{home} » <a href='/category/palopo/'>Palopo</a> » "
            "<a href='/category/palopo/ekonomi/'>Ekonomi</a></div>"
        )
        record = extract_article(page(above=crumbs), URL, FETCHED)
        assert record.categories == ["Palopo", "Ekonomi"], home
    # A first link that leads elsewhere, an icon with no words: no trail from home.
    crumbs = (
        "<div class='breadcrumb'><a href='/home'><span class='icon'></span></a>"
        "<a href='/home'>Home</a> / <a href='/aktuell'>Aktuell</a></div>"
    )
    assert extract_article(page(above=crumbs), URL, FETCHED).categories == []


def test_the_portals_content_tag_names_the_tags_under_a_related_heading():
    head = "<meta name='content_tag' content='Tol IKN,Balikpapan,IKN'>"
    cloud = (
        "<div class='tagcloud3'><h5>Berita Terkait</h5><a href='/tag/tol-ikn'>Tol IKN</a>"
        "<a href='/tag/balikpapan'>Balikpapan</a><a href='/tag/ikn'>IKN</a></div>"
    )
    record = extract_article(portal_page(head=head, below=cloud), URL, FETCHED)
    assert record.tags == ["Tol IKN", "Balikpapan", "IKN"]


def test_a_blogger_post_with_a_picture_over_its_lead_keeps_the_lead():
    """Lines parted by blank lines, the first after a linked picture: made into one
    paragraph with the picture, the lead was pruned as the picture's caption (helper-90's
    review of the paragraph rule)."""
    lead = "Cibadak – Kapolsek Cibadak AKP Ade Rukmana menggelar Jumat Curhat di Pamuruyan."
    rest = [
        f"Baris {i}: warga mengeluhkan balap liar dan pencurian burung kicau." for i in range(3)
    ]
    body = "<br /><br />".join([lead, *rest])
    html = (
        "<html><head><title>Jumat Curhat</title></head><body><h3 class='post-title'>Jumat "
        "Curhat</h3><div class='post-body entry-content' itemprop='articleBody'>"
        f"<a href='/img.jpg'><img src='/img.jpg'/></a><br />{body}</div></body></html>"
    )
    url = "https://polsekcibadak.blogspot.com/2023/11/jumat-curhat.html"
    record = extract_article(html, url, FETCHED)
    assert record.text.split("\n") == [lead, *rest]
