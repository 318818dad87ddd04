"""Chrome that survives text extraction is removed by wording."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.extract.cleanup import clean_text, content_hash


def test_baca_juga_line_removed_anywhere():
    text = "Paragraf satu.\nBaca Juga: Polres Banjar Gelar Apel\nParagraf dua."
    assert clean_text(text) == "Paragraf satu.\nParagraf dua."
    assert clean_text("A.\nBACA JUGA : Judul lain\nB.") == "A.\nB."
    assert clean_text("A.\n[Baca juga: x]\nB.") == "A.\nB."


def test_portal_boilerplate_lines_removed_anywhere():
    body = "Paragraf satu polisi.\n{}\nParagraf dua polisi."
    for line in (
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Scroll to continue with content",
        "[Gambas:Video CNN]",
        "| Lihat Juga :Bawaslu Catat Ratusan APK Rusak di Papua |",
        "Simak Video Pilihan Berikut Ini:",
        "Follow Berita Okezone di Google News",
        "Ikuti kami di Google News",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari "
        'bergabung di Grup Telegram "Kompas.com News Update".',
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Kompas.com WhatsApp Channel",
        "Artikel ini telah tayang di Banjarmasinpost.co.id dengan judul Polisi Amankan Remaja",
    ):
        assert clean_text(body.format(line)) == "Paragraf satu polisi.\nParagraf dua polisi.", line


def test_advice_that_starts_like_a_promotion_is_kept():
    text = (
        "Polisi mengimbau warga.\nIkuti arahan petugas di lapangan dan jangan panik.\n"
        "Dapatkan informasi resmi hanya dari Polres."
    )
    assert clean_text(text) == text


def test_reporter_byline_over_the_first_paragraph_removed():
    text = (
        "Laporan Wartawan BanjarmasinPost.co.id, Muhammad Rahmadi\n"
        "BANJARMASIN - Tiga remaja diamankan.\nParagraf dua."
    )
    assert clean_text(text) == "BANJARMASIN - Tiga remaja diamankan.\nParagraf dua."
    # A sentence that opens with the words is text.
    later = "A.\nB.\nLaporan wartawan itu kemudian dibantah polisi."
    assert clean_text(later) == later


def test_closing_credit_lines_removed_only_at_the_end():
    text = (
        "Isi berita.\nParagraf akhir.\nPewarta: Firmansyah Rahman\nEditor: Ulul Maskuriah\n"
        "COPYRIGHT © ANTARA 2023"
    )
    assert clean_text(text) == "Isi berita.\nParagraf akhir."
    assert clean_text("Isi berita.\nKontributor : Lorensia Clara") == "Isi berita."
    middle = "Isi berita.\nEditor: kata itu di tengah teks.\nParagraf akhir."
    assert clean_text(middle) == middle
    # A press release's issuer line is its text; the portal's credits after it are not.
    release = "Isi rilis.\nSumber: Pemerintah Kota X\nEditor: PR Wire\nCOPYRIGHT © ANTARA 2016"
    assert clean_text(release) == "Isi rilis.\nSumber: Pemerintah Kota X"


def test_a_labelled_caption_typed_as_the_last_paragraph_is_no_text():
    """helper-115: "Foto: Kedua tersangka … diperlihatkan di Mapolres Paser. (ist)", a
    photo's caption typed as the last paragraph, was the text's last line (longer than
    the photo credits "Foto: Humas" removed before). Only at the end, never a text's
    only line, and not a sentence that names a photo without the label's colon."""
    body = "TANA PASER – Dua pengedar diringkus.\nPolisi memburu pemasok."
    caption = "Foto: Kedua tersangka beserta barang bukti diperlihatkan di Mapolres Paser. (ist)"
    assert clean_text(f"{body}\n{caption}") == body
    assert clean_text(f"{body}\nKeterangan foto: Kapolres meninjau pos mudik.") == body
    middle = f"TANA PASER – Dua pengedar diringkus.\n{caption}\nPolisi memburu pemasok."
    assert clean_text(middle) == middle
    assert clean_text(caption) == caption
    said = f"{body}\nFoto kedua tersangka beredar di media sosial sejak Jumat."
    assert clean_text(said) == said


def test_trailing_link_line_and_tags_block_removed():
    text = (
        'Isi berita.\n"Kutipan," pungkasnya.\n'
        "https://mci.life/judul/?feed_id=1&_unique_id=6550bcf4beec2\nTags\nBeritaPolisi"
    )
    assert clean_text(text, ["BeritaPolisi"]) == 'Isi berita.\n"Kutipan," pungkasnya.'


def test_share_bar_removed():
    text = "Isi.\nBagikan ini:\nFacebook\nWhatsApp\nTwitter"
    assert clean_text(text) == "Isi."


def test_tags_word_inside_prose_kept():
    text = "Tag nomor polisi itu dipasang.\nKalimat kedua yang panjang sekali dan bukan tag."
    assert clean_text(text) == text


def test_bare_trailing_tags_removed_when_known():
    assert clean_text("Isi berita.\nPemilu2024\nBeritaPolisi", ["BeritaPolisi", "Pemilu2024"]) == (
        "Isi berita."
    )


def test_content_hash_ignores_layout_and_case():
    assert content_hash("Polres  Tanah Laut\nGelar apel.") == content_hash(
        "polres tanah laut gelar apel"
    )
    assert content_hash("Polres Tanah Laut") != content_hash("Polres Banjar")


@given(st.text(max_size=300))
def test_clean_text_never_raises_and_only_removes(text):
    cleaned = clean_text(text)
    for line in cleaned.split("\n"):
        assert line in text


def test_clean_space_collapses_exactly_what_backslash_s_matches():
    """clean_space splits with str.split for speed; it must still collapse exactly the
    white space the regex ``\\s+`` did, every code point tried (NBSP, ideographic space,
    the separators \\x1c-\\x1f and \\x85), and leave the rest (a zero-width space)."""
    import re

    from scraper.extract.page import clean_space

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    text = "x" + "x".join(every) + "x"
    assert clean_space(text) == re.sub(r"\s+", " ", text).strip()
    assert clean_space("\xa0 Jumat,\u3000 10/11 \u200b ") == "Jumat, 10/11 \u200b"
    assert clean_space(None) == ""


def test_read_metadata_links_headings_and_meta():
    """rel="tag" and rel="category tag" (WordPress's categories) links, <h1>s, the
    longest paragraph and <meta> are read from the whole document, as ``//x`` would
    read them, even when the parse returns an element below the root."""
    from scraper.extract.metadata import read_metadata
    from scraper.extract.page import parse_html

    page = (
        '<meta name="description" content=" Apel  pagi ">'
        "<div><h1>Apel pagi</h1><p>Pelaihari - apel pagi digelar.</p><p>Singkat.</p>"
        '<a rel="category tag" href="/c/">Kegiatan</a>'
        '<a rel=" tag\tnofollow " href="/t/1">Polres Tala</a>'
        '<a rel="tagged" href="/t/2">bukan tag</a><a rel="TAG" href="/t/3">huruf besar</a>'
        '<a rel="tag" href="/t/4">polres  tala</a><a href="/x">tanpa rel</a>'
        # XPath's normalize-space() splits on XML white space only: not a tag.
        '<a rel="tag\u00a0x" href="/t/5">spasi keras</a><a rel="tag\x0cx" href="/t/6">ff</a>'
        '<h2><a href="/lain/">Berita lain</a></h2><h3>Tanpa tautan</h3></div>'
    )
    fragment = page.split(">", 1)[1]
    assert parse_html(fragment).tag == "div"  # lxml returns a fragment's one element
    for tree in (parse_html(page), parse_html(fragment)):
        md = read_metadata(tree)
        assert md.rel_tags == ["Polres Tala"]
        assert md.rel_categories == ["Kegiatan"]
        assert md.h1 == ["Apel pagi"]
        assert md.longest_paragraph == len("Pelaihari - apel pagi digelar.")
        assert md.linked_headings == 1
    assert read_metadata(parse_html(page)).meta["description"] == "Apel pagi"


def test_linked_headings_are_those_the_old_xpath_found():
    """The union by tag name finds the headings the one-pass XPath found, in document
    order: h2-h4 holding a link or inside one, nested ones too, h1/h5 never."""
    from lxml import etree

    from scraper.extract.metadata import _LINKED_HEADINGS
    from scraper.extract.page import parse_html

    old = etree.XPath(
        "//body//*[self::h2 or self::h3 or self::h4][.//a[@href] or ancestor::a[@href]]"
    )
    tree = parse_html(
        "<html><body><h4><a href='/a'>A</a></h4><a href='/b'><h3>B</h3></a>"
        "<h2>C <span><a href='/c'>c</a></span><h3><a href='/d'>D</a></h3></h2>"
        "<h1><a href='/e'>E</a></h1><h5><a href='/f'>F</a></h5><h2>G</h2>"
        "<div><h3><a name='x'>H</a></h3><h2><a href='/i'>I</a></h2></div></body></html>"
    )
    found = [el.text_content() for el in _LINKED_HEADINGS(tree)]
    assert found == [el.text_content() for el in old(tree)]
    assert found == ["A", "B", "C cD", "D", "I"]


def test_tag_links_read_the_articles_block_of_tag_page_links():
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    page = parse_html(
        "<html><body><header><ul><li><a href='/tag/pemilu-2024'>Pemilu 2024</a></li>"
        "<li><a href='/tag/viral'>Viral</a></li></ul></header>"
        "<div class='trending'><a href='/tag/a'>a</a><a href='/tag/b'>b</a></div>"
        "<h1>Judul</h1><p>Isi berita yang panjang.</p>"
        "<div class='credit'><a href='/tag/nama-penulis'>Nama Penulis</a></div>"
        "<ul class='tags'><li><a href='/tag/sabu'>#sabu</a></li>"
        "<li><a href='/tag/polda-kalsel'># Polda Kalsel</a></li></ul>"
        "<div class='sidebar'><a href='/tag/x'>x</a><a href='/tag/y'>y</a></div>"
        "</body></html>"
    )
    assert tag_links(page) == ["sabu", "Polda Kalsel"]
    # Lokomedia's tag pages are at the root or in its one folder; a Blogger post whose
    # slug starts with "tag-" is no tag page, nor is a tag box of the right column.
    for block, wanted in [
        ("<p>Tag: <a href=tag-sabu.html>sabu</a>, <a href=tag-polres.html>polres</a></p>",
         ["sabu", "polres"]),
        ("<ul><li><a href='/2024/01/tag-heuer-baru.html'>Tag Heuer Baru</a></li>"
         "<li><a href='/2024/02/tag-team-juara.html'>Tag Team Juara</a></li></ul>", []),
        ("<div id='kanan'><div class='kotak'><h3>Tag Populer</h3><a href=tag-a.html>a</a> "
         "<a href=tag-b.html>b</a></div></div>", []),
        # Tag pages by number and name (Sindonews): the labelled block is the post's; a
        # box of "Topik Pilihan" with the same links (Antara's right column) is not.
        ("<div class='detail-tag'><span>Tag :</span> <a href='https://tag.x.com/tag/103/kpk'>"
         "kpk</a> <a href='https://tag.x.com/tag/2211/korupsi'>korupsi</a></div>",
         ["kpk", "korupsi"]),
        ("<div class='w300'><div class='box_header'>Topik Pilihan</div><div class='box_content'>"
         "<a href='/tag/78/letusan-barujari'>Letusan Barujari</a><a href='/tag/74/bela-negara'>"
         "Bela Negara</a></div></div>", []),
    ]:  # fmt: skip
        page = parse_html(f"<html><body><div class='judul'>Judul</div>{block}</body></html>")
        assert tag_links(page) == wanted, block
    lone = parse_html("<html><body><h1>J</h1><a href='/tag/satu'>satu</a></body></html>")
    assert tag_links(lone) == []


def test_a_labelled_link_to_a_category_page_names_the_category():
    from scraper.extract.metadata import category_links
    from scraper.extract.page import parse_html

    def categories(body: str) -> list[str]:
        return category_links(parse_html(f"<html><body>{body}</body></html>"))

    menu = (
        "<nav>Kategori: <a href='/category/hukum/'>Hukum</a></nav>"
        "<h1>Judul</h1><p>Isi berita yang panjang.</p>"
    )
    # Lokomedia's line, and a blog's (seen on an evaluation page).
    assert categories(
        menu + "<span>Kategori: <a href=kategori-2-hukum-kriminal.html><b>Hukum &amp; "
        "Kriminal</b></a> - Dibaca: <b>1.234</b> kali</span>"
    ) == ["Hukum & Kriminal"]
    assert categories(
        "<h1>J</h1><small>13 Jan 2020 | categories: <a href='/blog/category/python'>Python"
        "</a>, <a href='/blog/category/mercurial'>Mercurial</a> | <a href='#c'>Komentar"
        "</a></small>"
    ) == ["Python", "Mercurial"]
    # A category page by its number and name (a Lokomedia variant's /kategori/2/<name>).
    assert categories(
        "<h1>J</h1><div class='info'>Kategori: <a href='/berita/kategori/2/polsek-jajaran'>"
        "Polsek Jajaran</a> | Dibaca: 312 kali</div>"
    ) == ["Polsek Jajaran"]
    # Unlabelled: a sidebar's list, a link in the text, a label in the menu only.
    sidebar = "<div><h3>Kategori</h3><ul><li><a href='/kategori/hukum/'>Hukum</a></li></ul></div>"
    assert categories(menu + sidebar) == []
    assert categories(menu + "<p>Lihat <a href='/category/hukum/'>hukum</a> lain.</p>") == []
    # A label before a link to another page names no category.
    assert categories("<h1>J</h1><p>Kategori: <a href='/berita/123'>Hukum</a></p>") == []
    # Found on review (helper-68): a related post's, the right column's, a sentence's.
    for other in [
        "<div class='related-posts'><h3>Baca juga</h3><p>Kategori: <a href='/kategori/olahraga/'>"
        "Olahraga</a></p></div>",
        "<div id='kanan'><p>Kategori: <a href='/kategori/olahraga/'>Olahraga</a></p></div>",
        "<div id='sidebar'><p>Kategori: <a href='/kategori/olahraga/'>Olahraga</a></p></div>",
        "<p>Next post in category <a href='/category/olahraga/'>Olahraga</a></p>",
    ]:
        assert categories("<h1>J</h1><p>Isi berita.</p>" + other) == [], other


def test_category_badges_just_above_the_headline_name_the_categories():
    """Themes that set the post's categories as badges above its headline without
    ``rel=category`` (Newsup's ``mg-blog-category``, tagDiv's ``td-category`` list) named
    no category. The nearest block of links above the headline decides: a breadcrumb
    (its first link the home page), a menu of more than five categories, a sidebar and
    a block below the headline name none."""
    from scraper.extract.metadata import category_badges, read_metadata
    from scraper.extract.page import parse_html

    def badges(above: str, below: str = "", wrapped: bool = False) -> list[str]:
        headline = "<h1 class='title'>Patroli Dialogis di Pasar</h1>"
        if wrapped:
            headline = f"<div class='title-wrap'>{headline}</div>"
        tree = parse_html(
            "<html><body><main><div class='post-box'><div class='post-header'>"
            f"{above}{headline}</div>{below}"
            "<div class='entry'><p>Isi berita yang panjang tentang patroli.</p></div>"
            "</div></main></body></html>"
        )
        return category_badges(read_metadata(tree).headline)

    newsup = (
        "<div class='mg-blog-category'><a class='newsup-categories' href='/category/hukum/'>"
        "Hukum</a><a class='newsup-categories' href='/category/jayapura/'>Jayapura</a></div>"
    )
    assert badges(newsup) == ["Hukum", "Jayapura"]
    # The headline in a wrapper of its own: the wrapper's siblings are read.
    assert badges(newsup, wrapped=True) == ["Hukum", "Jayapura"]
    tagdiv = (
        "<ul class='td-category'><li class='entry-category'><a href='/category/local-news/'>"
        "Local News</a></li></ul>"
    )
    assert badges(tagdiv) == ["Local News"]
    breadcrumb = "<div class='crumbs'><a href='/'>Home</a> › <a href='/category/hukum/'>Hukum</a>"
    assert badges(newsup + breadcrumb + "</div>") == []
    menu = "".join(f"<a href='/category/c{n}/'>Kanal {n}</a>" for n in range(6))
    assert badges(f"<div class='kanal'>{menu}</div>") == []
    assert badges(f"<div class='sidebar'>{newsup}</div>") == []
    assert badges("", below=newsup) == []


def test_without_an_h1_the_headline_element_anchors_the_tag_and_category_rules():
    """A Lokomedia page titles its article with ``<span class="judul">`` and has no
    ``<h1>``: a tag box or a labelled category link in a left column before the article
    (a class no rule knows as chrome) was taken for the article's. ``read_metadata``
    finds the element that prints the title; the rules read the links after it."""
    from scraper.extract.metadata import category_links, read_metadata, tag_links
    from scraper.extract.page import parse_html

    page = parse_html(
        "<html><head><title>Polres Tala Ungkap Curanmor | Polres Tanah Laut</title>"
        "<meta property='og:title' content='Polres Tala Ungkap Curanmor'></head><body>"
        "<div id='kiri'><div class='kotak'>Kategori: <a href=kategori-9-olahraga.html>"
        "Olahraga</a><br>Tag: <a href=tag-sepakbola.html>sepakbola</a>, "
        "<a href=tag-voli.html>voli</a></div></div>"
        "<div id='tengah'><span class='judul'>Polres Tala Ungkap Curanmor</span>"
        "<div class='tanggal'>Kategori: <a href=kategori-2-hukum-kriminal.html>"
        "<b>Hukum &amp; Kriminal</b></a> - Dibaca: 12 kali</div>"
        "<p>Pelaihari - Satreskrim Polres Tanah Laut mengungkap kasus pencurian sepeda "
        "motor di Kecamatan Pelaihari.</p>"
        "<p>Tag: <a href=tag-curanmor.html>curanmor</a>, "
        "<a href=tag-polres-tala.html>polres tala</a></p></div></body></html>"
    )
    md = read_metadata(page)
    assert md.headline is not None and md.headline.get("class") == "judul"
    assert tag_links(page, md.headline) == ["curanmor", "polres tala"]
    assert category_links(page, md.headline) == ["Hukum & Kriminal"]
    # Without the headline, the whole page is read: the left column's come first.
    assert tag_links(page) == ["sepakbola", "voli"]
    # A right column's linked copy of the title ("Berita Terkini") is no headline: the
    # rules read after it, and took the column's tags (helper-71's review).
    linked = parse_html(
        "<html><head><title>Polres Tala Ungkap Curanmor</title></head><body><div id='tengah'>"
        "<span class='judul'>Polres Tala Ungkap Curanmor</span><p>Pelaihari - Satreskrim "
        "Polres Tanah Laut mengungkap kasus pencurian sepeda motor.</p><p>Tag: "
        "<a href=tag-curanmor.html>curanmor</a>, <a href=tag-polres-tala.html>polres tala</a>"
        "</p></div><div id='kanan'><ul><li><h3><a href='berita-1-polres-tala.html'>Polres "
        "Tala Ungkap Curanmor</a></h3></li></ul><div class='box'>Tag: <a href=tag-sepakbola"
        ".html>sepakbola</a>, <a href=tag-voli.html>voli</a></div></div></body></html>"
    )
    assert tag_links(linked, read_metadata(linked).headline) == ["curanmor", "polres tala"]


def test_a_block_that_holds_the_headline_is_the_articles_whatever_its_class():
    """Genesis wraps content and sidebar in "content-sidebar-wrap", Elementor every
    part of a post in a "widget", WordPress classes a post "category-popular-…": read
    as chrome, each hid the article's tag block and category label (one in eleven
    evaluation pages has its headline in such a block). The sidebar beside the article
    is still chrome, and so is one that repeats the title (helper-71's review)."""
    from scraper.extract.metadata import category_links, read_metadata, tag_links
    from scraper.extract.page import parse_html

    page = parse_html(
        "<html><head><title>Polres Tala Ungkap Curanmor</title></head><body>"
        "<div class='content-sidebar-wrap'><main><article class='post category-popular-posts'>"
        "<div class='elementor-widget-container'><header class='entry-header'>"
        "<h1>Polres Tala Ungkap Curanmor</h1></header>"
        "<p>Kategori: <a href='/kategori/hukum/'>Hukum</a></p>"
        "<p>Satreskrim Polres Tanah Laut mengungkap kasus pencurian sepeda motor.</p>"
        "<div class='post-tags'><a href='/tag/curanmor/'>curanmor</a>"
        "<a href='/tag/polres-tala/'>polres tala</a></div></div></article></main>"
        "<aside class='sidebar'><p>Kategori: <a href='/kategori/olahraga/'>Olahraga</a></p>"
        "<a href='/tag/x/'>x</a><a href='/tag/y/'>y</a></aside></div></body></html>"
    )
    headline = read_metadata(page).headline
    assert headline is not None and headline.tag == "h1"
    assert tag_links(page, headline) == ["curanmor", "polres tala"]
    assert category_links(page, headline) == ["Hukum"]
    # Read without the headline, every block around it is chrome: nothing is found.
    assert tag_links(page) == [] and category_links(page) == []
    sidebar_only = parse_html(
        "<html><body><h1>Judul</h1><p>Isi.</p><div class='sidebar'>"
        "<a href='/tag/x/'>x</a><a href='/tag/y/'>y</a></div></body></html>"
    )
    assert tag_links(sidebar_only, read_metadata(sidebar_only).headline) == []
    # A sidebar repeating the title, unlinked, above its own category and tags: it holds
    # none of the article's text, so it stays chrome.
    repeated = parse_html(
        "<html><head><title>Polres Tala Ungkap Curanmor</title></head><body>"
        "<div class='judul'>Polres Tala Ungkap Curanmor</div><p>Isi berita panjang sekali "
        "tentang pencurian sepeda motor di Pelaihari.</p><aside class='sidebar'>"
        "<h3>Polres Tala Ungkap Curanmor</h3><p>Kategori: <a href='/kategori/olahraga/'>"
        "Olahraga</a></p><p><a href='/tag/x/'>x</a> <a href='/tag/y/'>y</a></p></aside>"
        "</body></html>"
    )
    headline = read_metadata(repeated).headline
    assert tag_links(repeated, headline) == [] and category_links(repeated, headline) == []


def test_a_category_label_in_an_element_of_its_own_names_the_category():
    from scraper.extract.metadata import category_links
    from scraper.extract.page import parse_html

    def categories(line: str) -> list[str]:
        return category_links(
            parse_html(f"<html><body><h1>Judul</h1><div class='meta'>{line}</div></body></html>")
        )

    assert categories(
        "<b>Kategori:</b> <a href=kategori-2-hukum-kriminal.html>Hukum &amp; Kriminal</a>"
    ) == ["Hukum & Kriminal"]
    assert categories("<strong>Rubrik :</strong><a href='/rubrik/daerah/'>Daerah</a>") == ["Daerah"]
    assert categories("<span>Posted in</span> <a href='/category/hukum/'>Hukum</a>") == ["Hukum"]
    assert categories("<b>Kategori</b>: <a href='/kategori/hukum/'>Hukum</a>") == ["Hukum"]
    # An icon or a line break between the label and its links.
    assert categories(
        "Kategori: <img src='/i/folder.png' alt=''> <a href='/kategori/hukum/'>Hukum</a>"
    ) == ["Hukum"]
    assert categories(
        "<span>Kategori:</span><svg><path d='M0'/></svg><a href='/kategori/hukum/'>Hukum</a>"
    ) == ["Hukum"]
    assert categories("Kategori:<br><a href='/kategori/hukum/'>Hukum</a>") == ["Hukum"]
    assert categories(
        "Kategori: <i class='fa fa-folder'></i> <a href='/kategori/hukum/'>Hukum</a>,"
        " <i class='fa fa-folder'></i> <a href='/kategori/daerah/'>Daerah</a>"
    ) == ["Hukum", "Daerah"]
    # A word of a sentence set in bold is no label, nor a label with text after it.
    assert categories("Baca <b>kategori</b> <a href='/category/hukum/'>Hukum</a>") == []
    assert categories("Artikel ini <b>Posted in</b> <a href='/category/hukum/'>Hukum</a>") == []
    assert categories("<b>Kategori:</b> lain <a href='/category/hukum/'>Hukum</a>") == []
    assert (
        categories("<b>Kategori:</b> lain <img src=x> <a href='/category/hukum/'>Hukum</a>") == []
    )


def test_a_body_class_naming_the_sidebar_hides_no_tag_block():
    """The body's classes say where the theme puts its sidebar ("cm-right-sidebar"),
    not that the whole page is one."""
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    page = parse_html(
        "<html><body class='single cm-right-sidebar'><h1>Judul</h1><p>Isi berita.</p>"
        "<div class='tag-links'><a href='/tag/sabu'>sabu</a>"
        "<a href='/tag/polres-tala'>Polres Tala</a></div>"
        "<aside class='sidebar'><a href='/tag/x'>x</a><a href='/tag/y'>y</a></aside>"
        "</body></html>"
    )
    assert tag_links(page) == ["sabu", "Polres Tala"]


def test_a_lone_tag_link_in_a_labelled_tag_block_is_the_posts_tag():
    """A post with one tag has a tag block of one link ("Tag : <a>Polres Banjar</a>");
    it was dropped with the lone links that are no tags: a word of the text linked to
    its tag page, a reporter's name in the credit line, a menu's."""
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    def tags(inner: str) -> list[str]:
        return tag_links(parse_html(f"<html><body><h1>Judul</h1>{inner}</body></html>"))

    assert tags(
        "<div class='tag-berita'>Tag : <a href='/tag/polres-banjar'>Polres Banjar</a></div>"
    ) == ["Polres Banjar"]
    assert tags("<p>Tags: <a href='/tag/curanmor'>#Curanmor</a></p>") == ["Curanmor"]
    assert tags("<ul class='post-tags'><li><a href='/tag/banjir'>Banjir</a></li></ul>") == [
        "Banjir"
    ]
    assert tags("<strong>Topik</strong><ul><li><a href='/topik/sar'>SAR</a></li></ul>") == ["SAR"]
    assert tags("<b>Tag:</b><!-- tag --><div><a href='/tag/sar'>SAR</a></div>") == ["SAR"]
    # Not a tag block: a linked word in a sentence, a credit, a menu, a sidebar.
    assert tags("<p>Kata <a href='/tag/kapolres'>Kapolres</a> di Martapura.</p>") == []
    assert tags("<div class='credit'><a href='/tag/nama-penulis'>Nama Penulis</a></div>") == []
    assert tags("<ul class='menu'><li>Tag: <a href='/tag/pemilu'>Pemilu</a></li></ul>") == []
    assert tags("<nav>Tag: <a href='/tag/pemilu'>Pemilu</a></nav>") == []
    assert tags("<div class='sidebar'><div class='tags'><a href='/tag/x'>x</a></div></div>") == []


def test_a_plain_text_credit_line_gives_the_author():
    """A PHP portal with no JSON-LD, author meta or author link credits its reporter
    as "Penulis : Rahmadi" under the headline and its editor as "Editor : …" closing
    the text: the writer is the author, the editor only when no writer is named. Only
    a line that is the role, a colon and a name counts."""
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article
    from scraper.extract.page import parse_html

    body = "".join(
        f"<p>Paragraf {n} berita tentang pengungkapan kasus pencurian sepeda motor oleh"
        " Satreskrim Polres Banjar di area parkir Pasar Martapura pada malam hari.</p>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><title>Polres Banjar Ungkap Curanmor - BanuaNews</title></head><body>"
        '<div id="header"><a href="/index.php">BanuaNews</a></div>'
        '<div class="detail-berita"><h1 class="judul">Polres Banjar Ungkap Curanmor</h1>'
        '<div class="info-berita"><span class="penulis">Penulis : Rahmadi</span> | '
        '<span class="tanggal">Selasa, 7 November 2023 | 20:45 WITA</span> | '
        '<span class="dibaca">Dibaca : 1.234 kali</span></div>'
        f'<div class="isi-berita">{body}<p><b>Editor : Hj. Fauziah</b></p></div></div>'
        "</body></html>"
    )
    when = datetime(2023, 11, 9, tzinfo=timezone.utc)
    record = extract_article(page, "https://banuanews.example/berita/12343/curanmor", when)
    assert record.authors == ["Rahmadi"]
    editor_only = page.replace("Penulis : Rahmadi", "")
    record = extract_article(editor_only, "https://banuanews.example/berita/12343/x", when)
    assert record.authors == ["Hj. Fauziah"]
    # An info line whose parts each open with an icon, the date's before the writer's
    # (a Polda portal's CMS): the icon starts the part, as a "|" does.
    icons = page.replace(
        '<span class="penulis">Penulis : Rahmadi</span> | ',
        '<i class="fa fa-calendar"></i> Selasa, 7 November 2023 | 20:45 WITA &nbsp; '
        '<i class="fa fa-user"></i> Penulis: Rahmadi | Editor: Hj. Fauziah &nbsp; ',
    )
    record = extract_article(icons, "https://banuanews.example/berita/12343/y", when)
    assert record.authors == ["Rahmadi"]

    from scraper.extract.credits import credit_names

    def credits(inner: str) -> tuple[list[str], list[str]]:
        return credit_names(parse_html(f"<html><body><h1>J</h1>{inner}</body></html>"))

    assert credits("<div>Reporter: <a href='/r/1'>Ahmad Yani</a></div>") == (["Ahmad Yani"], [])
    assert credits("<p>Pewarta: Firmansyah Rahman<br>Editor: Ulul Maskuriah<br>(c) 2023</p>") == (
        ["Firmansyah Rahman"],
        ["Ulul Maskuriah"],
    )
    assert credits("<p><b>Penulis</b>: Rahmadi Noor</p>") == (["Rahmadi Noor"], [])
    # Two reporters are two authors.
    assert credits("<p>Pewarta: Budi Santoso dan Agus S<br>Editor: Ade M</p>") == (
        ["Budi Santoso", "Agus S"],
        ["Ade M"],
    )
    assert credits("<p>Reporter: Rina, Dewi &amp; Sari</p>") == (["Rina", "Dewi", "Sari"], [])
    # A comment before the line is no text of it (lxml's text_content raises on one).
    assert credits("<p><!-- iklan -->Pewarta: Rahmadi Noor</p>") == (["Rahmadi Noor"], [])
    # Sentences that mention a writer, and credits where no byline is, give none.
    for inner in [
        "<p>Penulis buku itu mengatakan: Kami senang sekali.</p>",
        "<p>Reporter: Bagaimana kondisi di lokasi banjir saat ini?</p>",
        "<p>Reporter: Kami Di Lokasi Melihat</p>",  # an interview line in Title Case
        "<p>Reporter: Saya Sudah Tiba</p>",
        "<p>Hadir pula <b>Editor: Ahmad</b> di acara itu.</p>",
        "<p>Kata dia, penulis: Ahmad</p>",
        "<div class='sidebar'><p>Penulis : Budi</p></div>",
        "<footer>Redaktur : Budi Santoso</footer>",
    ]:
        assert credits(inner) == ([], []), inner


def test_a_json_ld_author_that_is_only_the_publisher_yields_to_the_page_s_reporter():
    """A site-wide SEO component (a Next.js portal's, say) names the publishing
    organisation as every article's JSON-LD author: the reporter the page names (author
    meta, byline link, credit line) is the author. An organisation that is not the
    publisher, a Person, or a publisher with no reporter on the page stays."""
    import json
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n} berita tentang patroli Satpolairud Polres Barito Kuala di perairan"
        " Sungai Barito untuk mengantisipasi pencurian dan angkutan barang ilegal.</p>"
        for n in range(1, 6)
    )

    def authors(author: object, byline: str = "", meta: str = "", site: str = "Warta Kalsel"):
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Satpolairud Patroli Sungai Barito",
            "datePublished": "2024-01-27T08:05:00+07:00",
            "author": author,
            "publisher": {"@type": "Organization", "name": "Warta Kalsel"},
        }
        page = (
            f"<html><head><title>Satpolairud Patroli Sungai Barito</title>{meta}"
            f'<meta property="og:site_name" content="{site}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f"<article><h1>Satpolairud Patroli Sungai Barito</h1>{byline}{body}</article>"
            "</body></html>"
        )
        when = datetime(2024, 2, 1, tzinfo=timezone.utc)
        return extract_article(page, "https://warta.example/news/patroli-1a2b", when).authors

    publisher = {"@type": "Organization", "name": "Warta Kalsel"}
    byline = '<div class="styles_author__Au4Ef"><a href="/author/rizki">Rizki Ananda</a></div>'
    assert authors(publisher, byline) == ["Rizki Ananda"]
    assert authors([publisher], meta='<meta name="author" content="Dewi Lestari">') == [
        "Dewi Lestari"
    ]
    assert authors(publisher, "<p>Penulis : Rahmadi Noor</p>") == ["Rahmadi Noor"]
    # Named by og:site_name only, typed as a news organisation.
    media = {"@type": "NewsMediaOrganization", "name": "Warta Times"}
    assert authors(media, byline, site="Warta Times") == ["Rizki Ananda"]
    # What stays: the publisher when the page names no one, another organisation (a
    # press office credited with its release), a Person.
    assert authors(publisher) == ["Warta Kalsel"]
    humas = {"@type": "Organization", "name": "Humas Polres Batola"}
    assert authors(humas, byline) == ["Humas Polres Batola"]
    assert authors({"@type": "Person", "name": "Fajar"}, byline) == ["Fajar"]


def test_an_organisation_author_named_by_the_site_s_first_word_yields_to_the_reporter():
    """Antara names "ANTARA" its JSON-LD author beside its publisher "ANTARA News" on
    antaranews.com, above "Pewarta: Laily Rahmawaty" (helper-79's page): "ANTARA" was
    stored as the author. A name of five letters or more that starts one of the site's
    names is the site; a shorter word, or another organisation, is not."""
    import json
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    def authors(name: str) -> list[str]:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "BNN Musnahkan 40 Kilogram Sabu",
            "author": {"@type": "Organization", "name": name},
            "publisher": {"@type": "Organization", "name": "ANTARA News"},
        }
        body = "".join(
            f"<p>Badan Narkotika Nasional memusnahkan barang bukti sabu ke-{n} hasil"
            " pengungkapan jaringan Aceh-Jakarta di kantor BNN, Cawang.</p>"
            for n in range(5)
        )
        page = (
            f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script>'
            f"</head><body><article><h1>BNN Musnahkan 40 Kilogram Sabu</h1>{body}"
            "<p>Pewarta: Laily Rahmawaty<br>Editor: Chandra Hamdani Noor</p></article>"
            "</body></html>"
        )
        url = "https://www.antaranews.com/berita/3818451/bnn-musnahkan-40-kilogram-sabu"
        return extract_article(page, url, datetime(2023, 11, 11, tzinfo=timezone.utc)).authors

    assert authors("ANTARA") == ["Laily Rahmawaty"]
    assert authors("BNN RI") == ["BNN RI"]
    assert authors("ANTA") == ["ANTA"]


def test_an_author_meta_that_is_the_site_s_name_yields_to_the_credited_reporter():
    """Tribun's regional portals name the site as every article's author
    (``<meta name="author" content="Banjarmasinpost.co.id">``, their og:site_name) above
    "Penulis: Nama": the reporter the page credits is the author. Initials or the site's
    name again in the byline are no reporter; with none, the site stays."""
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n}: Satlantas Polresta Banjarmasin menindak pengendara yang melanggar"
        " aturan lalu lintas pada hari pertama Operasi Zebra Intan 2023.</p>"
        for n in range(1, 6)
    )

    def authors(
        credit: str,
        site: str = "Banjarmasinpost.co.id",
        meta: str = "Banjarmasinpost.co.id",
        url: str = "https://bpost.example/2023/11/10/zebra",
    ) -> list[str]:
        page = (
            "<html><head><title>Operasi Zebra</title>"
            f'<meta name="author" content="{meta}">'
            f'<meta property="og:site_name" content="{site}"></head><body>'
            f"<div class='logo'><img alt='{meta}'></div>"
            f"<h1>Satlantas Tilang 180 Pengendara</h1>{credit}{body}"
            f"<footer>Copyright {meta}</footer></body></html>"
        )
        when = datetime(2024, 2, 1, tzinfo=timezone.utc)
        return extract_article(page, url, when).authors

    credit = "<div id='penulis'><a href='/penulis/salmah'>Penulis: Salmah Saurin</a></div>"
    assert authors(credit) == ["Salmah Saurin"]
    assert authors("<p>Penulis : Salmah Saurin | Editor: Hari Widodo</p>") == ["Salmah Saurin"]
    # No reporter: the site stays; so it does when the byline is only initials or the
    # site again, and when the meta is not the site's name (a name the page shows).
    assert authors("") == ["Banjarmasinpost.co.id"]
    assert authors("<div class='byline'>Oleh: Banjarmasinpost.co.id/SS</div>") == [
        "Banjarmasinpost.co.id"
    ]
    assert authors(credit, site="Banjarmasin Post", meta="Budi Santoso") == ["Budi Santoso"]
    # Named as a host ("Tribun-Timur.com"), or by its host's name ("Okezone" on
    # news.okezone…), with no og:site_name: the site all the same.
    assert authors(credit, site="", meta="Tribun-Timur.com") == ["Salmah Saurin"]
    okezone = "https://news.okezone.example/read/2024/05/10/338/3005123/truk"
    assert authors(credit, site="", meta="Okezone", url=okezone) == ["Salmah Saurin"]
    assert authors("<div class='byline'>Oleh: JF</div>", site="", meta="Okezone", url=okezone) == [
        "Okezone"
    ]


def _credits(inner: str) -> tuple[list[str], list[str]]:
    from scraper.extract.credits import credit_names
    from scraper.extract.page import parse_html

    return credit_names(parse_html(f"<html><body><h1>J</h1>{inner}</body></html>"))


def test_a_related_list_credits_its_posts_editors_not_the_pages():
    """A "Berita Terkait" list under the text that names each post's editor gave those
    editors as the page's authors, beside (or instead of) the page's own editor."""
    related = (
        "<div class='related-posts'><h3>Berita Terkait</h3><ul>"
        "<li><a href='/a'>Polres Banjar Gelar Apel</a><br>Editor: Budi Santoso</li>"
        "<li><a href='/b'>Polres Tapin Tangkap Pengedar</a><br>Editor: Siti Aminah</li>"
        "</ul></div>"
    )
    assert _credits(f"<p>Editor: Hj. Fauziah</p>{related}") == ([], ["Hj. Fauziah"])
    assert _credits(related) == ([], [])
    for name in ("berita-terkait", "baca-juga", "jp-relatedposts", "crp_related"):
        assert _credits(f"<div class='{name}'><p>Editor: Budi</p></div>") == ([], []), name


def test_a_credit_table_names_the_writer_and_is_no_text():
    """Government portals print their credits as a table under the text ("<tr><td>Penulis
    </td><td>:</td><td>Siti Nurjanah</td></tr>"): no author was found, and its rows
    ended the text as "| Penulis | : | Siti Nurjanah |"."""
    rows = "".join(
        f"<tr><td>{role}</td><td>:</td><td>{name}</td></tr>"
        for role, name in [
            ("Penulis", "Siti Nurjanah"),
            ("Editor", "Moh. Khoiri"),
            ("Fotografer", "Humas Kemenag Kab. Malang"),
        ]
    )
    assert _credits(f"<table>{rows}</table>") == (["Siti Nurjanah"], ["Moh. Khoiri"])
    assert _credits("<table><tr><th>Reporter:</th><td>Agus Salim</td></tr></table>") == (
        ["Agus Salim"],
        [],
    )
    # A data table's cells are no credits, nor is a table in a sidebar.
    data = "<table><tr><td>Polsek</td><td>Kasus</td><td>Editor: Budi</td></tr></table>"
    assert _credits(data) == ([], [])
    # A cell that holds the whole credit is the line, not the row (helper-83's review).
    dated = "<table><tr><td>Penulis: Andi Saputra</td><td>Senin, 1 Januari 2024</td></tr>"
    assert _credits(f"{dated}</table>") == (["Andi Saputra"], [])
    assert _credits(f"<div class='sidebar'><table>{rows}</table></div>") == ([], [])
    text = (
        "Isi berita.\nParagraf akhir.\n| Penulis | : | Siti Nurjanah |\n"
        "| Editor | : | Moh. Khoiri |\n| Fotografer | : | Humas Kemenag Kab. Malang |"
    )
    assert clean_text(text) == "Isi berita.\nParagraf akhir."
    table = "Isi berita.\n| Polsek | Kasus |\n| Banjar | 12 |"
    assert clean_text(table) == table


def test_a_photo_story_s_photographer_is_its_author_when_no_one_else_is_credited():
    """A photo story ("FOTO: …", captions under each picture) credits only "Fotografer:
    <a href=/penulis/…>Nama</a>": it had no author. The photographer of an article whose
    writer or editor is credited is not its author."""
    from datetime import datetime, timezone

    from scraper.extract import extract_article

    def authors(credits: str) -> list[str]:
        captions = "".join(
            f"<figure><img src='/f/{i}.jpg'><figcaption><p>Petani menanam padi di sawah"
            f" tadah hujan Desa Braja Harjosari, Lampung Timur, foto ke-{i}.</p>"
            "</figcaption></figure>"
            for i in range(5)
        )
        html = (
            "<html lang='id'><head><meta property='og:type' content='article'></head><body>"
            "<article><h1>FOTO: Petani Lampung Timur Mulai Tanam Padi</h1>"
            f"<div class='photo-meta'>{credits}</div>"
            "<p>Petani di Lampung Timur mulai menanam padi meski kemarau panjang belum"
            " berakhir dan air irigasi belum mengalir ke sawah mereka.</p>"
            f"{captions}</article></body></html>"
        )
        when = datetime(2023, 11, 11, tzinfo=timezone.utc)
        return extract_article(html, "https://lampung.example/foto/1", when).authors

    fotografer = "Fotografer: <a href='/penulis/ikhsan'>Ikhsan Dwi Satrio</a>"
    assert authors(fotografer) == ["Ikhsan Dwi Satrio"]
    assert authors("<span>Pewarta foto: Ikhsan Dwi Satrio</span>") == ["Ikhsan Dwi Satrio"]
    assert authors(f"<p>Penulis: Rina Lestari</p><p>{fotografer}</p>") == ["Rina Lestari"]
    assert authors(f"<p>Editor: Budi Santoso</p><p>{fotografer}</p>") == ["Budi Santoso"]
    assert _credits(f"<p>{fotografer}</p>") == ([], [])
    # An article of text whose one credit is its photo's names no author (helper-83's
    # review).
    text = "".join(
        f"<p>Polisi menangkap dua pelaku curanmor di Pelaihari, paragraf ke-{i} berita"
        " tentang penangkapan itu dan barang bukti yang disita petugas Satreskrim.</p>"
        for i in range(6)
    )
    html = (
        "<html lang='id'><head><meta property='og:type' content='article'></head><body>"
        f"<article><h1>Dua Pelaku Curanmor Ditangkap</h1>{text}<p>{fotografer}</p>"
        "</article></body></html>"
    )
    when = datetime(2023, 11, 11, tzinfo=timezone.utc)
    assert extract_article(html, "https://lampung.example/berita/2", when).authors == []


def test_a_role_label_before_a_linked_name_is_a_credit_without_its_colon():
    """ "<span class=label>Reporter</span> <a href=/penulis/…>Prasetyo Lanang</a> ·
    <span class=label>Editor</span> <a>Dede Nana</a>" (helper-79's regional portal)
    named no one: a credit line was read only with its colon. A role word in a sentence,
    or a label with text after it, is none."""
    row = (
        "<div class='meta-row'><span class='label'>Reporter</span> <a href='/penulis/pl'>"
        "Prasetyo Lanang</a> &middot; <span class='label'>Editor</span> "
        "<a href='/penulis/dn'>Dede Nana</a></div>"
    )
    assert _credits(row) == (["Prasetyo Lanang"], ["Dede Nana"])
    assert _credits("<p>Kata <b>reporter</b> <a href='/x'>Kompas TV</a> di lokasi.</p>") == (
        [],
        [],
    )
    assert _credits("<p><b>Editor</b> baru <a href='/x'>Budi Santoso</a></p>") == ([], [])
    assert _credits(f"<div class='sidebar'>{row}</div>") == ([], [])


def test_an_opinion_column_s_oleh_line_names_its_writer_without_his_degree():
    """A column opens with "<p><strong>Oleh: Dr. Hendra Saputra Siregar, M.Si*</strong>
    </p>" under a newsroom's "Redaksi Sumut Pos" byline (helper-79's page): "Oleh:" was
    no credit role, and the degree after the comma would have been a second writer."""
    assert _credits("<p><strong>Oleh: Dr. Hendra Saputra Siregar, M.Si*</strong></p>") == (
        ["Dr. Hendra Saputra Siregar"],
        [],
    )
    assert _credits("<p>Penulis: Ahmad Yani, S.H., M.H.</p>") == (["Ahmad Yani"], [])
    assert _credits("<p>Penulis: Ahmad Yani, Hj. Siti Aminah</p>") == (
        ["Ahmad Yani", "Hj. Siti Aminah"],
        [],
    )
    assert _credits("<p>Hal itu disampaikan oleh: Kapolres Banjar</p>") == ([], [])


def test_a_credit_that_runs_on_to_another_label_ends_before_it():
    """ "Reporter: Rahmadi, Foto: Budi" gave the author "Rahmadi, Foto: Budi"."""
    assert _credits("<p>Reporter: Rahmadi, Foto: Budi</p>") == (["Rahmadi"], [])
    assert _credits("<p>Penulis: Ahmad Rahmadi, Editor: Budi</p>") == (["Ahmad Rahmadi"], ["Budi"])
    assert _credits("<p>Penulis: Ahmad / Editor: Budi</p>") == (["Ahmad"], ["Budi"])
    assert _credits("<p>Pewarta: Ahmad - Foto: Humas Polres</p>") == (["Ahmad"], [])
    # Run on without a mark between, the label makes it no name.
    assert _credits("<p>Penulis: Ahmad Foto: Budi</p>") == ([], [])
    # Photo and source credits are no authors, however set.
    for inner in [
        "<p>Foto: Humas Polres</p>",
        "<p>Foto : Humas Polres Tala</p>",
        "<p>Sumber : Humas Polda Kalsel</p>",
        "<p><b>Foto</b>: Rahmadi</p>",
        "<p>Editor Foto: Budi Santoso</p>",
        "<figure><img src='x'><figcaption>Apel pagi. (Foto: Humas Polres)</figcaption></figure>",
    ]:
        assert _credits(inner) == ([], []), inner


def test_a_caption_or_a_comment_thread_credits_no_author():
    """A photo caption's "Editor: Budi" (a figcaption, WordPress's classic caption) gave
    the page that editor, and so did a credit in a Disqus thread's saved markup."""
    for inner in [
        "<figure><img src='x'><figcaption><p>Apel pagi.</p><p>Editor: Budi Santoso</p>"
        "</figcaption></figure>",
        "<div class='wp-caption'><img src='x'><p class='wp-caption-text'>Apel pagi.<br>"
        "Editor: Budi Santoso</p></div>",
        "<section id='disqus_thread'><div><p>Penulis: Budi Santoso</p></div></section>",
    ]:
        assert _credits(inner) == ([], []), inner
    assert _credits("<p>Apel pagi.</p><p>Editor: Budi Santoso</p>") == ([], ["Budi Santoso"])


def test_a_plain_text_byline_in_a_byline_element_gives_the_author():
    """A theme with the author's page switched off prints the byline without a link
    ("<p class="byline">Oleh: Rahmat Hidayat</p>"): no author was stored, though
    "Penulis:" in the same place gave one. The byline element's text names the authors
    without its lead words, up to a desk after a dash and before a date."""
    from scraper.extract.credits import plain_byline
    from scraper.extract.page import parse_html

    def byline(inner: str) -> list[str]:
        page = f"<html><body><article><h1>Judul</h1>{inner}<p>Isi berita.</p></article>"
        return plain_byline(parse_html(page + "</body></html>"))

    assert byline("<p class='byline'>Oleh: Rahmat Hidayat</p>") == ["Rahmat Hidayat"]
    assert byline("<div class='post-author'>Ditulis oleh Rahmat Hidayat</div>") == [
        "Rahmat Hidayat"
    ]
    assert byline("<p class='byline'>By <span>Rahmat Hidayat</span></p>") == ["Rahmat Hidayat"]
    assert byline("<span class='author vcard'>Rahmat Hidayat</span>") == ["Rahmat Hidayat"]
    assert byline("<div class='author'>Fino Yurio Kristo - detikinet</div>") == [
        "Fino Yurio Kristo"
    ]
    assert byline(
        "<span class='author'>Oleh Rahmat Hidayat dan Siti Aminah, 10 November 2023</span>"
    ) == ["Rahmat Hidayat", "Siti Aminah"]
    assert byline("<p class='byline'>Oleh Rahmat Hidayat, Banjarmasin</p>") == ["Rahmat Hidayat"]
    # One-word names, as many Indonesian reporters have: after one, a one-word item is
    # a co-author unless it is a place (a regency, city or regency capital).
    assert byline("<p class='byline'>Oleh: Rahmadi, Suparman</p>") == ["Rahmadi", "Suparman"]
    assert byline("<p class='byline'>Oleh: Rahmadi, Pelaihari</p>") == ["Rahmadi"]
    assert byline("<p class='byline'>Oleh: Rahmadi, Suparman, Kotabaru</p>") == [
        "Rahmadi",
        "Suparman",
    ]
    # An academic title or a role after a one-word name is no co-author.
    assert byline("<p class='byline'>Oleh: Ahmad, S.Pd</p>") == ["Ahmad"]
    assert byline("<p class='byline'>Oleh: Supriyadi, SH</p>") == ["Supriyadi"]
    assert byline("<p class='byline'>Oleh: Andi, Kontributor</p>") == ["Andi"]
    assert byline("<p class='byline'>Oleh: Andi, Jum'at</p>") == ["Andi"]
    assert byline("<p class='byline'>Oleh: Andi, AFP</p>") == ["Andi"]
    assert byline("<p class='byline'>von Daniel Braun, Davor Pasoski</p>") == [
        "Daniel Braun",
        "Davor Pasoski",
    ]
    assert byline("<p class='byline'>Von Markus Balser, Berlin</p>") == ["Markus Balser"]
    assert byline("<p class='byline'>Rahmat dan Siti</p>") == ["Rahmat", "Siti"]
    # A date, a comment form's label, a reader, a quotation's source, a sentence: no one.
    for inner in [
        "<div class='byline'>Jumat, 10 November 2023 14:30 WITA</div>",
        "<div class='byline'>Wednesday, 08 Apr 2020 11:39 PM MYT</div>",
        "<span class='author'>10/11/2023</span>",
        "<form><p class='comment-form-author'><label>Nama</label></p></form>",
        "<ol class='comment-list'><li><span class='author'>Budi Santoso</span></li></ol>",
        "<blockquote><p>Kami siap.</p><span class='author'>Kapolres Banjar</span></blockquote>",
        "<p class='author'>Kami di lokasi melihat banjir</p>",
    ]:
        assert byline(inner) == [], inner

    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n} berita tentang pengungkapan kasus pencurian sepeda motor oleh"
        " Satreskrim Polres Banjar di area parkir Pasar Martapura pada malam hari.</p>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><title>Polres Banjar Ungkap Curanmor</title></head><body><article>"
        "<h1>Polres Banjar Ungkap Curanmor</h1><p class='byline'>Oleh: Rahmat Hidayat</p>"
        f"{body}</article></body></html>"
    )
    when = datetime(2023, 11, 9, tzinfo=timezone.utc)
    record = extract_article(page, "https://banuanews.example/berita/12343/curanmor", when)
    assert record.authors == ["Rahmat Hidayat"]
    assert not record.text.startswith("Oleh")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # The date took the end of an account's name: "min" of "Admin" was read as a
        # weekday (Minggu) before it, and the byline named "Ad". An account's name is
        # kept as the page gives it, as a Drupal user name is ("humas_mimika").
        ("Posted by Admin, Januari 12, 2024", ["Admin"]),
        ("Oleh: Admin, 12 Januari 2024", ["Admin"]),
        # A press office, then its unit: one author, that unit's office, not two.
        ("Oleh: Humas, Polres Banjar", ["Humas Polres Banjar"]),
        ("Oleh: Humas, Polda Kalsel, Banjarmasin", ["Humas Polda Kalsel"]),
        ("Oleh: Redaksi, Polresta Banjarmasin", ["Redaksi Polresta Banjarmasin"]),
        (
            "Oleh: Humas, Polres Banjar dan Polsek Astambul",
            ["Humas Polres Banjar", "Polsek Astambul"],
        ),
        # A unit after a reporter's name is the reporter's.
        ("Oleh: Andi, Polres Banjar", ["Andi"]),
        ("Oleh Rahmat Hidayat, Polsek Kurau", ["Rahmat Hidayat"]),
        # A wire after a one-word name is the story's source; a place after a wire is
        # its dateline.
        ("Oleh: Andi, Antara", ["Andi"]),
        ("Oleh: Andi, Reuters, Jakarta", ["Andi"]),
        ("By Reuters, London", ["Reuters"]),
        # A city by its everyday name (Kota Surakarta, Kota Yogyakarta).
        ("Oleh: Andi, Solo", ["Andi"]),
        ("Oleh: Andi, Yogya", ["Andi"]),
        # A place of two words or more, after a full name or a one-word one: a regency,
        # a province, a city by its official name.
        ("Oleh Rahmat Hidayat, Tanah Laut", ["Rahmat Hidayat"]),
        ("Oleh: Andi, Hulu Sungai Utara", ["Andi"]),
        ("Oleh: Rahmadi dan Suparman, Kalimantan Selatan", ["Rahmadi", "Suparman"]),
        ("Oleh: Andi, Kota Banjarmasin", ["Andi"]),
        ("Oleh: Rahmat Hidayat, Sri Wahyuni", ["Rahmat Hidayat", "Sri Wahyuni"]),
        # A line ends at a block: its words are not glued to the next line's.
        (
            "<span class='author-label'>By</span><div><span>Gavin O'Callaghan</span></div>",
            ["Gavin O'Callaghan"],
        ),
        # The same at a <br>: the date under the name is cut off, weekday and all, now
        # that a weekday is a word of its own ("Jeff FoustMonday" was left).
        ("by Jeff Foust<br><span>Monday, November 18, 2019</span>", ["Jeff Foust"]),
    ],
)
def test_a_plain_byline_names_no_wire_unit_place_or_date_as_an_author(text, authors):
    """What follows a byline's one-word name was read as a co-author, the date after it
    as part of the name, and a line's last word ran into the next line's first."""
    from scraper.extract.credits import plain_byline
    from scraper.extract.page import parse_html

    page = f"<html><body><article><h1>Judul</h1><div class='byline'>{text}</div>"
    assert plain_byline(parse_html(page + "<p>Isi berita.</p></article></body></html>")) == (
        authors
    )


def test_the_walk_along_a_line_is_held_to_a_lines_length(monkeypatch):
    """Comments and empty elements (image links) did not count toward the bound on a
    line, so each "Penulis: X" part of a long run walked to its end: a 2 MB page of
    them took 20 s, 100 kB of comment-separated parts 29 s."""
    from scraper.extract import credits
    from scraper.extract.page import parse_html

    def walked(inner: str) -> int:
        tree = parse_html(f"<html><body><h1>J</h1><p>Penulis: Rahmadi{inner}</p></body></html>")
        first = next(t for t in tree.xpath("//p//text()") if "Penulis" in t)
        seen = 0
        real = credits._is_element

        def counting(node) -> bool:
            nonlocal seen
            seen += 1
            return real(node)

        monkeypatch.setattr(credits, "_is_element", counting)
        try:
            line = credits._line_from(first)
        finally:
            monkeypatch.setattr(credits, "_is_element", real)
        assert line is not None and len(line) <= 2 * credits._CREDIT_LINE_CHARS
        return seen

    assert walked("<!---->|<!---->Penulis: Budi" * 2000) < 2 * credits._CREDIT_LINE_CHARS
    assert walked("<a href='/f'><img src='x'></a>" * 2000) < 2 * credits._CREDIT_LINE_CHARS


def test_a_page_laid_out_in_tables_gives_its_paragraphs_not_its_rows():
    """Old portals set the whole page in tables (PHP-Nuke-era and early Lokomedia
    templates): the date line, headline, byline, paragraphs, "Berita Sebelumnya" and
    the comments in one cell. trafilatura read it as one data row, "| Rabu, 15 Maret
    2023 … Komentar: |" (a page written for a helper's review). A table holding a table,
    or a cell holding paragraphs, is layout; a data table in an article stays one."""
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n}: Polres Sumenep menerjunkan 250 personel untuk mengamankan"
        " tradisi Kerapan Sapi di Stadion Giling, Minggu (12/3/2023).</p>"
        for n in range(1, 6)
    )
    previous = "".join(
        f"<tr><td width='80'><img src='small_{n}.jpg'></td><td><a href='berita-{n}.html'>"
        f"Berita lama nomor {n} tentang patroli</a><br><span class='date'>Jumat, 17 Februari"
        f" 2023</span><br>Ringkasan berita lama nomor {n}...</td></tr>"
        for n in range(3)
    )
    page = (
        "<html><head><title>Polres Sumenep Amankan Kerapan Sapi</title></head><body>"
        "<table width='100%'><tr><td><table width='100%'><tr><td>"
        "<span class='date'>Rabu, 15 Maret 2023 - 10:20:11 WIB</span><br>"
        "<span class='judul'>Polres Sumenep Amankan Kerapan Sapi</span><br>"
        "<span class='posting'>Diposting oleh : Humas | Dibaca: 412 kali</span><br>"
        f"{body}<br><b>Berita Sebelumnya:</b><br><table class='sebelumnya'>{previous}"
        "</table></td></tr></table></td><td width='250'><div class='kotak'>Agenda</div>"
        "</td></tr></table></body></html>"
    )
    when = datetime(2024, 2, 1, tzinfo=timezone.utc)
    record = extract_article(page, "https://polres.example/berita-1894-kerapan.html", when)
    assert record.text.startswith("Paragraf 1: Polres Sumenep") and "|" not in record.text
    assert record.text.count("\n") == 4 and "Diposting" not in record.text

    figures = (
        "<table><tr><th>Jenis</th><th>Jumlah</th></tr><tr><td>Sepeda motor</td><td>120</td>"
        "</tr><tr><td>Mobil</td><td>60</td></tr></table>"
    )
    page = (
        "<html><body><article><h1>Operasi Zebra</h1>"
        f"{body}{figures}<p>Penindakan berlangsung selama dua pekan.</p></article></body></html>"
    )
    text = extract_article(page, "https://polres.example/zebra.html", when).text
    assert "| Sepeda motor | 120 |" in text


def test_a_sidebar_table_of_counted_links_beside_the_article_is_no_text():
    """helper-117: a Lokomedia portal's "Kategori" box, a table of links with their
    counts beside the article's cell, was read as the text's last rows ("| Hukum &
    Kriminal (5) |"); each new article on the site changed a count, and every revisit
    stored a false edit. A table of links (each cell one link, but for a count) is a
    sidebar; a table of figures in an article stays one."""
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    def page(counts: tuple[int, ...]) -> str:
        names = ("Hukum &amp; Kriminal", "Lalu Lintas", "Kamtibmas", "Peristiwa")
        box = "".join(
            f"<tr><td><img src='images/bullet.gif'> <a href='kategori-{i}.html'>{name}</a>"
            f" ({count})</td></tr>"
            for i, (name, count) in enumerate(zip(names, counts))
        )
        return (
            "<html><head><title>Rumah Terbakar di Tanjung</title></head><body>"
            "<table width='960'><tr><td id='kiri'><table width='100%'>"
            "<tr><td><span class='judul'>Rumah Terbakar di Tanjung</span></td></tr>"
            "<tr><td class='isi_berita'><p>TANJUNG – Hujan deras sejak siang membuat sungai"
            " meluap dan merendam dua rumah warga di Kelurahan Tanjung, Kecamatan Tanjung."
            " Personel Polsek Tanjung langsung turun membantu evakuasi, Selasa (26/3).</p>"
            "<p>Kapolsek Tanjung Iptu Rudi Hartono mengatakan ketinggian air di permukiman"
            " mencapai 60 sentimeter. Petugas membantu warga memindahkan barang berharga dan"
            " mengevakuasi lansia serta anak-anak ke rumah kerabat.</p><p>“Tidak ada korban"
            " jiwa. Kami bersama BPBD dan TNI tetap siaga di lokasi sampai air surut,”"
            " katanya.</p><p>Polisi juga menyalurkan bantuan sembako. (ysf)</p>"
            "<p><strong>Penulis: Yusuf Hidayat</strong><br>Editor: Redaksi</p></td></tr>"
            "</table></td><td id='kanan'><h3>Kategori</h3>"
            f"<table width='100%'>{box}</table></td></tr></table></body></html>"
        )

    when = datetime(2024, 3, 27, tzinfo=timezone.utc)
    url = "https://banua.example/berita-110-rumah-terbakar.html"
    first = extract_article(page((5, 3, 5, 1)), url, when)
    later = extract_article(page((6, 3, 5, 2)), url, when)
    assert first.text.endswith("Polisi juga menyalurkan bantuan sembako. (ysf)"), first.text
    assert "Kriminal" not in first.text and first.content_hash == later.content_hash
    # helper-118: an article's own table of links, with no counts, is its text.
    documents = "".join(
        f"<tr><td><a href='/unduh/hasil-{n}.pdf'>Hasil Seleksi Panda Polres {name}</a></td></tr>"
        for n, name in enumerate(("Banjar", "Tapin", "Tabalong"))
    )
    own = page((5, 3, 5, 1)).replace("<p>Polisi juga", f"<table>{documents}</table><p>Polisi juga")
    assert "Hasil Seleksi Panda Polres Banjar" in extract_article(own, url, when).text


def test_a_breadcrumb_names_the_sections_where_nothing_else_does():
    """A theme whose sections live at ``/hukum`` (no ``/category/`` in the path, no
    ``rel=category``, no label) named no category though its breadcrumb says "Home ›
    Hukum › <title>" (a helper's Kalimantan Selatan page). A trail must start at the
    site's home page: a "back" link, another site's trail or a menu named as one are
    not read; the page's own link, the headline and other hosts' links are left out."""
    from scraper.extract.metadata import breadcrumb_sections
    from scraper.extract.page import parse_html

    url = "https://kalselkini.example/hukum/2024/01/03/curanmor"
    title = "Dua Pelaku Curanmor Dibekuk"

    def sections(trail: str) -> list[str]:
        tree = parse_html(
            f"<html><body><nav aria-label='breadcrumb'><ol class='breadcrumb'>{trail}</ol>"
            f"</nav><h1>{title}</h1><p>Isi berita.</p></body></html>"
        )
        return breadcrumb_sections(tree, url, title)

    home = "<li><a href='https://kalselkini.example/'>Beranda</a></li>"
    hukum = "<li><a href='/hukum'>Hukum</a></li>"
    assert sections(home + hukum + f"<li class='active'>{title}</li>") == ["Hukum"]
    assert sections(
        home + "<li><a href='/berita'>Berita</a></li>" + hukum
        + f"<li><a href='{url}'>{title}</a></li><li><a href='https://lain.example/x'>Lain</a>"
    ) == ["Berita", "Hukum"]  # fmt: skip
    assert sections(hukum) == []  # no home page first: not a trail
    assert sections("<li><a href='javascript:history.back()'>‹ Zurück</a></li>" + hukum) == []
    assert sections("<li><a href='https://lain.example/'>Lain</a></li>" + hukum) == []
    # A portal whose sections are its subdomains: "Home › Keuangan" linking
    # keuangan.kontan… from www.kontan…, "Home › News › Jatim" on Okezone.
    url = "https://keuangan.kontan-contoh.co.id/news/ojk-cabut-izin"
    kontan = (
        "<li><a href='https://www.kontan-contoh.co.id/'>Home</a></li>"
        "<li><a href='https://keuangan.kontan-contoh.co.id'>Keuangan</a></li>"
    )
    assert sections(kontan) == ["Keuangan"]
    url = "https://news.okezone-contoh.com/read/2024/02/09/340/2968421"
    okezone = (
        "<li><a href='https://www.okezone-contoh.com/'>Home</a></li>"
        "<li><a href='https://news.okezone-contoh.com/'>News</a></li>"
        "<li><a href='https://news.okezone-contoh.com/jatim'>Jatim</a></li>"
    )
    assert sections(okezone) == ["News", "Jatim"]
    # Another registrant's home is no start of the page's trail.
    assert sections(okezone.replace("www.okezone-contoh.com", "www.lain-contoh.com")) == []


def test_a_trail_no_class_names_is_read_above_the_headline():
    """CNN Indonesia's "<div class='mb-4 text-sm'><a>Home</a> / <a>Nasional</a> / <a>Hukum
    &amp; Kriminal</a></div>" over the headline names its sections with no class saying
    "breadcrumb": the page had none (helper-76's page). The nearest links above the
    headline are read as a trail only when separators alone stand between them: a
    menu's links stand apart by space."""
    from scraper.extract.metadata import breadcrumb_sections
    from scraper.extract.page import parse_html

    url = "https://www.cnn-contoh.com/nasional/20240508-12-1095123/polisi-bongkar-pabrik"
    title = "Polisi Bongkar Pabrik Tembakau Sintetis Rumahan di Depok"

    def sections(above: str) -> list[str]:
        tree = parse_html(
            f"<html><body><div class='content'>{above}<h1>{title}</h1><p>Isi berita.</p>"
            "</div></body></html>"
        )
        headline = next(tree.iter("h1"))
        return breadcrumb_sections(tree, url, title, headline)

    home = "<a href='https://www.cnn-contoh.com/'>Home</a>"
    trail = f"{home} / <a href='/nasional'>Nasional</a> / <a href='/nasional/hukum'>Hukum</a>"
    assert sections(f"<div class='mb-4 text-sm'>{trail}</div>") == ["Nasional", "Hukum"]
    assert sections(f"<div>{trail.replace(' / ', ' &gt; ')}</div><p>Jumat</p>") == [
        "Nasional",
        "Hukum",
    ]
    menu = f"<ul><li>{home}</li><li><a href='/nasional'>Nasional</a></li></ul>"
    assert sections(menu) == []
    # A menu's links set apart by bars are no trail (helper-83's review).
    bars = f"<div>{home} | <a href='/nasional'>Nasional</a> | <a href='/daerah'>Daerah</a></div>"
    assert sections(bars) == []
    # A trail in a <nav> of its own with no class (helper-82's Polrestabes page).
    assert sections(f"<nav class='text-sm'>{trail}</nav>") == ["Nasional", "Hukum"]
    assert sections(f"<nav>{menu}</nav>") == []
    words = f"<p>{home} dan <a href='/nasional'>Nasional</a></p>"
    assert sections(words) == []
    assert breadcrumb_sections(parse_html(f"<div>{trail}</div><h1>{title}</h1>"), url, title) == []


def test_a_dateline_split_from_its_paragraph_is_joined_again():
    """Sindonews-style text, "<strong>JAKARTA</strong> - Komisi …" in a block of
    ``<br>``-separated paragraphs, came out of trafilatura as "JAKARTA" and "- Komisi …"
    (helper-76's page). Only the text's first line, a place in capitals alone, followed
    by a line that starts with a dash, is joined."""
    split = "JAKARTA\n- Komisi Pemberantasan Korupsi memeriksa saksi.\nJuru bicara KPK hadir."
    assert clean_text(split) == (
        "JAKARTA - Komisi Pemberantasan Korupsi memeriksa saksi.\nJuru bicara KPK hadir."
    )
    assert clean_text("BANJARMASIN, KOMPAS.com\n– Polisi menangkap dua pelaku.").startswith(
        "BANJARMASIN, KOMPAS.com – Polisi"
    )
    # A list item after a heading line, a sentence before a dash: left as they are.
    for text in ("Syarat pendaftaran:\n- KTP asli\n- Kartu keluarga",
                 "Polisi menangkap dua pelaku\n- satu di antaranya residivis"):  # fmt: skip
        assert clean_text(text) == text


def test_invitations_to_follow_the_portal_on_google_news_are_no_text():
    """The big portals close the text with a line that sends readers to their Google News
    page or WhatsApp channel, in many wordings (Bisnis, Kontan, Tribun, PRMN's portals):
    any short line that asks to read, check or follow them there goes."""
    body = "Paragraf satu polisi.\n{}\nParagraf dua polisi."
    for line in (
        "Simak berita dan artikel lainnya di Google News dan WA Channel",
        "Cek Berita dan Artikel yang lain di Google News",
        "Baca Berita Tribun Jateng lainnya di Google News",
        "Simak update artikel pilihan lainnya dari kami di Google News",
        "Read also: Government orders power plants to cut emissions",
        "Pilihan Editor: Survei Elektabilitas Capres Terbaru, Siapa Unggul?",
        "Photo : VIVA/M Ali Wafa",
        "Foto: Humas Polres Tanah Laut",
    ):
        assert clean_text(body.format(line)) == "Paragraf satu polisi.\nParagraf dua polisi.", line
    # A sentence about Google News or a WhatsApp channel is text, even one that opens
    # with the same verb: the invitation ends with where to follow.
    for line in (
        "Pengguna dapat membaca berita di Google News tanpa biaya.",
        "Cek fakta: pesan berantai soal penculikan anak yang beredar di WhatsApp Channel "
        "dipastikan hoaks oleh Polda Jatim.",
    ):
        text = body.format(line)
        assert clean_text(text) == text, line


def test_a_byline_and_date_over_the_text_and_a_dangling_label_under_it_are_no_text():
    """Tempo prints its byline inside the article as names with their role beneath
    ("Eka Yudha Prasetya" / "Reporter") and the date on a line of its own; JPNN ends
    with "Jangan Lewatkan Video Terbaru:" over a video that is no text."""
    text = (
        "Eka Yudha Prasetya\nReporter\nDewi Rina Cahyani\nEditor\n"
        "Jumat, 10 November 2023 14:30 WIB\n"
        "TEMPO.CO, Jakarta - Komisi Pemilihan Umum menetapkan jadwal debat.\n"
        "Berikut daftar calon yang hadir:\nAnies, Prabowo dan Ganjar.\n"
        "Jangan Lewatkan Video Terbaru:"
    )
    assert clean_text(text) == (
        "TEMPO.CO, Jakarta - Komisi Pemilihan Umum menetapkan jadwal debat.\n"
        "Berikut daftar calon yang hadir:\nAnies, Prabowo dan Ganjar."
    )
    # A date within a sentence, or a date line after the text began, stays.
    later = "Paragraf satu.\nParagraf dua.\nParagraf tiga.\nSenin, 13 November 2023"
    assert clean_text(later) == later
    assert clean_text("Pada 10 November 2023 polisi datang.\nB.") == (
        "Pada 10 November 2023 polisi datang.\nB."
    )
    # A closing credit block's last line names another role.
    credits = (
        "Isi berita.\nPewarta : Hendra Wijaya\nEditor : Ronny Wicaksono\nPublisher : Rizal Dani"
    )
    assert clean_text(credits) == "Isi berita."


def test_a_tag_block_classed_as_a_cloud_is_the_posts_when_it_is_the_articles():
    """ "cloud" names the sidebar's tag cloud, but Republika classes its labelled tag row
    "tag-cloud" and Tribun its tag row under the text "tagcloud3": a cloud that labels
    itself as the tags, or that sits inside the article's own element, is the post's.
    A sidebar's cloud (its widget title outside it) is not. Merdeka files its tag pages
    under their initial: /tag/b/banjir/."""
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    def tags(inner: str, outside: str = "") -> list[str]:
        page = parse_html(
            "<html><body><article class='post'><h1>Judul</h1><p>Isi berita.</p>"
            f"{inner}</article>{outside}</body></html>"
        )
        return tag_links(page, page.find(".//h1"))

    row = "<a href='/tag/fatwa-mui'>fatwa mui</a><a href='/tag/palestina'>palestina</a>"
    assert tags("", f"<div class='tag-cloud'><span>Tags :</span>{row}</div>") == [
        "fatwa mui",
        "palestina",
    ]
    assert tags(f"<div class='tagcloud3'><h3>Berita Terkait :</h3>{row}</div>") == [
        "fatwa mui",
        "palestina",
    ]
    cloud = f"<div class='box'><h3 class='title'>Tags</h3><div class='tagcloud'>{row}</div></div>"
    assert tags("", cloud) == []
    merdeka = (
        "<div class='tags'><a href='/tag/b/banjir/'>Banjir</a>"
        "<a href='/tag/k/kab-bandung/'>Kabupaten Bandung</a></div>"
    )
    assert tags(merdeka) == ["Banjir", "Kabupaten Bandung"]


def test_a_tag_row_inside_an_elementor_post_is_its_tags():
    """Elementor classes every element it lays out "elementor-widget…": a tag row in an
    Elementor post (RankMath or Yoast, no ``article:tag``) was read as a widget's. The
    widget's kind still says what it is: a sidebar widget's tags are no post's."""
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    def widget(kind: str, inner: str) -> str:
        return (
            f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>"
        )

    row = "Tag: <a href='/tag/dlh-gowa/'>DLH Gowa</a> <a href='/tag/penghijauan/'>Penghijauan</a>"
    page = parse_html(
        "<html><body><div class='elementor-column elementor-widget-wrap'>"
        + widget("theme-post-title", "<h1>Judul</h1>")
        + widget("theme-post-content", "<p>Isi berita.</p>")
        + widget("post-info", f"<div class='tags'>{row}</div>")
        + "</div></body></html>"
    )
    assert tag_links(page, page.find(".//h1")) == ["DLH Gowa", "Penghijauan"]
    sidebar = parse_html(
        "<html><body><h1>Judul</h1><p>Isi berita.</p>"
        + widget("sidebar", f"<div class='tags'>{row}</div>")
        + "</body></html>"
    )
    assert tag_links(sidebar, sidebar.find(".//h1")) == []


def test_a_credit_inside_a_layout_wrapper_named_for_its_sidebar_is_read():
    """Themes wrap the article and its sidebar in one element named for the layout
    ("container layout-right-sidebar", "main right-sidebar"): every credit line in it
    was taken for a sidebar's. The wrapper that holds the headline and most of the text
    is the article's place; the sidebar inside it is still a sidebar. "Penulis: Arif
    Nugroho, Diskominfo Jateng" names one writer and his office."""
    from scraper.extract.credits import credit_names
    from scraper.extract.page import parse_html

    text = "".join(f"<p>Paragraf {n} tentang kabut asap di Kabupaten OKI.</p>" for n in range(8))

    def credits(closing: str) -> tuple[list[str], list[str]]:
        page = parse_html(
            "<html><body><header><a href='/'><h1>Logo</h1></a></header>"
            "<div class='container layout-right-sidebar'><article><h1>Kabut Asap</h1>"
            f"{text}<p><strong>{closing}</strong></p></article>"
            "<aside class='sidebar'><p>Editor: Orang Lain</p></aside></div></body></html>"
        )
        return credit_names(page, page.findall(".//h1")[1])

    assert credits("Penulis: Yulia Savitri") == (["Yulia Savitri"], [])
    assert credits("Penulis: Arif Nugroho, Diskominfo Jateng") == (["Arif Nugroho"], [])
    assert credits("Penulis: Andi Saputra, Fitri Handayani") == (
        ["Andi Saputra", "Fitri Handayani"],
        [],
    )


def test_what_the_page_never_shows_and_regional_read_also_lines_are_no_text():
    """An element with the ``hidden`` attribute is not rendered, as one styled
    ``display:none`` (which trafilatura drops) is not: a hidden paywall box or a
    template's "{{.}}" was kept. Javanese "Waca uga:" and Sundanese "Baca ogé:" are
    "Baca juga:" lines."""
    from datetime import datetime, timezone

    from scraper.extract.article import extract_article

    body = "".join(
        f"<p>Paragraf {n}: Banjir rob merendam ratusan rumah warga pesisir Dumai sejak"
        " Kamis malam, dan BPBD mendirikan dapur umum bagi para pengungsi.</p>"
        for n in range(1, 6)
    )
    html = (
        "<html><body><article><h1>Banjir Rob Rendam Dumai</h1>"
        f"{body}<p hidden>Artikel ini khusus untuk pelanggan premium.</p>"
        "<details><p hidden='until-found'>Paragraf lanjutan yang dapat dibuka.</p></details>"
        "</article></body></html>"
    )
    record = extract_article(html, "https://contoh.id/banjir", datetime.now(timezone.utc))
    assert "pelanggan premium" not in record.text
    assert "Paragraf 5" in record.text
    text = "Paragraf siji.\n{}\nParagraf loro."
    for line in ("Waca Uga: Sedekah Laut Pantai Glagah", "Baca ogé: Persib Juara"):
        assert clean_text(text.format(line)) == "Paragraf siji.\nParagraf loro.", line


def test_drupal_term_links_in_its_tags_field_are_the_tags():
    """Drupal links every term to /taxonomy/term/<n>, a tag's or a section's alike: in
    its tags field ("field--tags", labelled "Tag") they are the post's tags; elsewhere
    (a section link, a menu) they are not."""
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    terms = (
        "<li><a href='/taxonomy/term/211'>Bantuan Keuangan Desa</a></li>"
        "<li><a href='/taxonomy/term/95'>Stunting</a></li>"
    )

    def tags(inner: str) -> list[str]:
        page = parse_html(f"<html><body><h1>Judul</h1><p>Isi berita.</p>{inner}</body></html>")
        return tag_links(page, page.find(".//h1"))

    assert tags(
        "<div class='field field--tags'><h3>Tag</h3>"
        f"<ul class='links field--tags__items'>{terms}</ul></div>"
    ) == ["Bantuan Keuangan Desa", "Stunting"]
    assert tags(f"<div class='field field--topics'><ul class='links'>{terms}</ul></div>") == []


def test_a_credit_or_info_row_over_the_text_and_an_edit_date_under_it_are_no_text():
    """ "Oleh: Tim Redaksi" or "Pewarta: Dede Suherlan" on the text's first line (under
    the headline), "Reporter: X 2023-11-10 14:30:00 873 views" set as a paragraph, and
    "Diperbarui: 2023-11-10 16:05:00" closing the text are the record's credits and
    dates, not its text. "Oleh" in a sentence, or a credit line later, stays."""
    text = (
        "Kilas Daerah Bengkulu\nOleh: Tim Redaksi\nBerikut rangkuman peristiwa hari ini.\n"
        "Paragraf dua.\nDiperbarui: 2023-11-10 16:05:00"
    )
    assert clean_text(text, title="Kilas Daerah Bengkulu") == (
        "Berikut rangkuman peristiwa hari ini.\nParagraf dua."
    )
    info = "Reporter: Mohammad Fathur 2023-11-10 14:30:00 873 views\nIsi berita.\nB."
    assert clean_text(info) == "Isi berita.\nB."
    kept = "Oleh karena itu, polisi meminta warga tetap tenang.\nB.\nOleh: Budi Santoso"
    assert clean_text(kept) == kept


def test_a_blogger_post_justified_in_a_styled_block_keeps_the_blog_s_chrome_out():
    """Blogger's editor wraps a justified post in "<div style="text-align: justify;">",
    its lines parted by <br>: trafilatura took the block for no text of the post body's
    and appended the blog's tagline, "Langganan: Posting Komentar (Atom)" and
    "Diberdayakan oleh Blogger" (helper-78's and helper-79's blogs)."""
    from datetime import datetime, timezone

    from scraper.extract import extract_article

    lines = [
        f"Cibinong - Unit Reskrim Polsek Cibinong mengamankan pria pencuri kotak amal ke-{i}"
        " di Masjid Al-Ikhlas, Kelurahan Pakansari, Kecamatan Cibinong, Kabupaten Bogor."
        for i in range(5)
    ]
    # A photo with its caption in Blogger's caption table, after the first line.
    caption = (
        "<table align='center' class='tr-caption-container'><tbody><tr><td><a href='https:"
        "//blogger.googleusercontent.com/img/a/s1600/kotak.jpg'><img src='https://blogger."
        "googleusercontent.com/img/a/w400/kotak.jpg' width='400'/></a></td></tr><tr>"
        "<td class='tr-caption'>Pelaku dan barang bukti di Mapolsek Cibinong</td></tr>"
        "</tbody></table>"
    )
    body = f"{lines[0]}<br />\n<br />\n{caption}<br />" + "<br />\n<br />\n".join(lines[1:])
    html = (
        "<html lang='id'><head><meta content='blogger' name='generator'/>"
        "<title>Polsek Cibinong: Pencuri Kotak Amal Diamankan</title></head><body>"
        "<header><div class='header-inner'><h1 class='title'>Polsek Cibinong</h1>"
        "<p class='description'><span>Melindungi, Mengayomi dan Melayani Masyarakat - Polres"
        " Bogor</span></p></div></header><div class='main-inner'><div class='blog-posts'>"
        "<div class='post hentry'><h3 class='post-title entry-title'>Pencuri Kotak Amal"
        " Diamankan</h3><div class='post-body entry-content'>"
        f"<div style='text-align: justify;'>{body}</div><div style='clear: both;'></div>"
        "</div></div></div><div class='post-feeds'><div class='feed-links'>Langganan: <a"
        " class='feed-link' href='/feeds/1/comments/default'>Posting Komentar (Atom)</a>"
        "</div></div></div><div class='footer'>Tema Sederhana. Diberdayakan oleh"
        " <a href='https://www.blogger.com'>Blogger</a>.</div></body></html>"
    )
    url = "https://polsekcibinong.blogspot.com/2023/11/pencuri-kotak-amal.html"
    when = datetime(2023, 11, 11, tzinfo=timezone.utc)
    assert extract_article(html, url, when).text == "\n".join(lines)
    # A block hidden by its style stays out (a hacked site's gambling links).
    hidden = html.replace(
        "<div style='clear: both;'></div>",
        "<div style='clear: both;'></div><div class='ad'><div style='display:none'>situs"
        " judi online terpercaya<br><br>bandar togel resmi</div></div>",
    )
    assert "judi" not in extract_article(hidden, url, when).text
    # Not justified, the body was read right already.
    bare = html.replace("<div style='text-align: justify;'>", "", 1).replace(
        "</div><div style='clear: both;'>", "<div style='clear: both;'>", 1
    )
    assert extract_article(bare, url, when).text == "\n".join(lines)


def test_a_tag_row_in_the_post_s_own_footer_is_its_tags():
    """tagDiv Newspaper puts the tags under the text in the post's own footer ("<article>
    … <footer><div class=td-post-source-tags><ul class=td-tags><li><span>TAGS</span></li>
    <li><a href=/tag/ballo/>Ballo</a></li>…"), as WordPress themes do in their
    ``entry-footer``: a <footer> was the page's, and the post had no tags (helper-82's
    Polda page). The page's own footer, and a teaser's in a sidebar, stay chrome. A
    comma the list keeps inside a link is no part of the tag."""
    from scraper.extract.metadata import tag_links
    from scraper.extract.page import parse_html

    tags = (
        "<footer><div class='td-post-source-tags'><ul class='td-tags'><li><span>TAGS</span>"
        "</li><li><a href='/tag/ballo/'>Ballo,</a></li><li><a href='/tag/operasi-pekat/'>"
        "Operasi Pekat</a></li></ul></div></footer>"
    )
    post = f"<article><h1>Polres Gowa Musnahkan 850 Liter Ballo</h1><p>Isi berita.</p>{tags}"
    assert tag_links(parse_html(f"<html><body>{post}</article></body></html>")) == [
        "Ballo",
        "Operasi Pekat",
    ]
    site_footer = f"<html><body>{post.replace(tags, '')}</article>{tags}</body></html>"
    assert tag_links(parse_html(site_footer)) == []
    teaser = f"<aside><article><h3><a href='/x'>Judul lain</a></h3>{tags}</article></aside>"
    assert (
        tag_links(parse_html(f"<html><body><h1>Judul</h1><p>Isi.</p>{teaser}</body></html>")) == []
    )


def test_a_list_of_other_posts_by_their_dates_is_dropped():
    text = (
        "Paragraf pertama berita ini cukup panjang dan berakhir dengan titik.\n"
        "Kamis, 05/11/2015 09:25 WIB Polres Banjar Gelar Apel Pagi\n"
        "Jumat, 06/11/2015 10:00 WIB Kapolsek Astambul Sambangi Warga\n"
        "Sabtu, 07/11/2015 08:15 WIB Patroli Malam Minggu di Martapura\n"
        "Paragraf terakhir berita ini juga berakhir dengan titik."
    )
    assert clean_text(text).splitlines() == [text.splitlines()[0], text.splitlines()[-1]]
    under = "A satu.\n12 Maret 2024\nJudul satu\n13 Maret 2024\nJudul dua\n14 Maret 2024\nJudul\nB."
    assert clean_text(under) == "A satu.\nB."


def test_an_articles_own_dated_schedule_is_kept():
    """A KPU schedule as a list of labelled dates, or a table of them, and the lead-in
    line after it, were dropped as a list of other posts (helper-108)."""
    listed = (
        "Berikut jadwal tahapan yang telah ditetapkan:\n"
        "- Pengumuman pendaftaran: 24 – 26 Agustus 2024\n"
        "- Pendaftaran pasangan calon: 27 – 29 Agustus 2024\n"
        "- Penetapan pasangan calon: 22 September 2024\n"
        "- 23 September 2024: pengundian nomor urut\n"
        "Andi menegaskan, partai politik wajib mendaftar langsung."
    )
    assert clean_text(listed) == listed
    table = (
        "Berikut jadwal tahapan rekrutmen:\n"
        "| Tahapan | Tanggal |\n"
        "|---|---|\n"
        "| Pengumuman pendaftaran | 23 April – 2 Mei 2024 |\n"
        "| Tes tertulis | 4 – 5 Mei 2024 |\n"
        "| Pelantikan | 16 Mei 2024 |\n"
        "Persyaratan yang wajib dipenuhi pendaftar antara lain:\n"
        "- Warga Negara Indonesia berusia paling rendah 17 tahun;\n"
        "Ketua KPU Banjar mengimbau masyarakat mendaftar."
    )
    assert clean_text(table) == table


def test_a_timeline_of_the_case_is_kept():
    """A chronology whose dated lines go on as sentences in lower case, after a dash or
    a comma and the time, was dropped as a list of other posts (helper-109); a list of
    posts' headlines opens with a capital, and its meta lines say "oleh Admin"."""
    timeline = (
        "Kronologi kejadian:\n"
        "12 Maret 2024 – pelaku mengambil sepeda motor korban di parkiran pasar\n"
        "13 Maret 2024 - korban melapor ke Polsek Banjarmasin Utara\n"
        "Jumat, 15/03/2024 pukul 21.00 WITA, polisi menangkap pelaku di rumahnya\n"
        "Kini pelaku ditahan di Mapolsek."
    )
    assert clean_text(timeline) == timeline
    # helper-113's review: the zone in title case, "sekira", the date in brackets.
    written = (
        "Kronologi:\n15 Maret 2024 pukul 21.00 Wita, polisi menangkap pelaku\n"
        "Sabtu, 16 Maret 2024 sekira pukul 08.00 WIB, pelaku diperiksa penyidik\n"
        "Minggu (17/03/2024) pukul 10.00 WITA, barang bukti disita\nSelesai."
    )
    assert clean_text(written) == written
    posts = (
        "A satu.\n12 Maret 2024 - Polres Banjar Gelar Apel\n13 Maret 2024 - oleh Admin\n"
        "Kamis, 14/03/2024 09:25 WIB Patroli Malam Minggu\nB."
    )
    assert clean_text(posts) == "A satu.\nB."
    meta = "A satu.\n" + "".join(
        f"1{i} Maret 2024 - redaksi\nPolres Banjar Gelar Apel Pagi {i}\n" for i in range(3)
    )
    assert clean_text(meta + "B.") == "A satu.\nB."


def test_portal_chrome_of_helper_108s_trial_is_dropped():
    """Lines bare trafilatura keeps as well: a credit line of two roles over the text,
    a WhatsApp channel's call with its "Klik di sini", a caption typed as a paragraph
    and ending in its photo credit."""
    body = "AMUNTAI – Bawaslu menangani tujuh laporan dugaan politik uang pada masa tenang."
    text = "\n".join(
        [
            "Reporter: Hafiz Maulana | Editor: Dedy Irawan",
            "Warga berunjuk rasa di depan Kantor Camat, Selasa (12/3). (FOTO: RIZKY/RADAR)",
            body,
            "Syahrial mengimbau masyarakat tidak ragu melapor.",
            "Ikuti saluran WhatsApp Metro Kalimantan untuk berita terbaru.",
            "Klik di sini",
        ]
    )
    assert clean_text(text) == body + "\nSyahrial mengimbau masyarakat tidak ragu melapor."


def test_lines_like_that_chrome_but_of_the_text_stay():
    """helper-109's counter-examples to the rules above: a lead that opens with its
    dateline and ends in its photo's credit, a one-photo story, a police story about a
    Telegram group, a list item naming an Instagram account."""
    kept = [
        "Reporter: Hafiz Maulana mengatakan, laporan itu diterima Senin.\nIa menambahkan.",
        "BANJARMASIN - Polisi menangkap dua pelaku pencurian sepeda motor di Jalan A Yani"
        " km 5, Senin (11/3). (Foto: dok. Polresta Banjarmasin)\nKedua pelaku ditahan.",
        "Personel Satlantas Polres Banjar mengatur arus lalu lintas di Martapura, Senin"
        " (11/3/2024). (Foto: Humas Polres Banjar)",
        "Ikuti grup Telegram penyebar berita hoaks, pemuda di Banjarbaru ditangkap polisi.",
        "Polisi menyebut tiga akun penyebar.\n- Akun Instagram Info Banjar (@infobanjar) 12"
        " Maret 2024\nAkun itu kini ditutup.",
    ]
    for text in kept:
        assert clean_text(text) == text


def test_a_dated_schedule_with_times_or_a_spaced_colon_is_kept():
    steps = ["Pendaftaran", "Verifikasi", "Penetapan"]
    timed = "Jadwal tahapan:\n" + "\n".join(
        f"- {step}: Senin, 2{i} September 2024, pukul 08.00 – 16.00 WITA"
        for i, step in enumerate(steps)
    )
    spaced = "Jadwal tahapan:\n" + "\n".join(
        f"- 2{i} September 2024 : {step.lower()}" for i, step in enumerate(steps)
    )
    for text in (timed, spaced):
        assert clean_text(text + "\nSelesai.") == text + "\nSelesai."


def test_a_list_of_posts_that_labels_each_date_is_still_dropped():
    """ "Diposting: 12 Maret 2024" over each headline: the same label on every line is
    a widget's, not a schedule's steps (helper-109)."""
    posts = "\n".join(
        f"Diposting: 1{i} Maret 2024\nPolres Banjar Gelar Apel Pagi Hari Ke-{i}" for i in range(3)
    )
    assert clean_text(f"Paragraf satu.\n{posts}\nParagraf dua.") == "Paragraf satu.\nParagraf dua."


def test_an_opening_credit_with_its_paper_is_dropped():
    assert clean_text("Oleh: Tim Redaksi | Banjarmasin Post\nIsi berita.") == "Isi berita."
