"""Captions are the text of a photo story or a gallery, and chrome beside an article.

The pages are built here in the markup WordPress itself writes (the ``[gallery]``
shortcode with and without HTML5 support, the caption shortcode, the block editor's
Image and Gallery blocks); the golden pages ``wp-gallery-photo-story`` and
``wp-block-gallery-photo`` are whole saved pages of the same kind.
"""

from datetime import datetime, timezone

from scraper.extract import ArticleRecord, NotAnArticle, extract_article
from scraper.extract.cleanup import (
    clean_text,
    drop_markup_comments,
    find_captions,
    is_photo_page,
    prune_chrome,
)
from scraper.extract.page import parse_html
from scraper.sites import SiteDefinition

URL = "https://beritabanua.id/foto/karhutla-di-landasan-ulin/"
SITE = SiteDefinition.for_url(URL, timezone="Asia/Makassar")
FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)

CAPTIONS = [
    "Petugas Manggala Agni Daops Banjar memadamkan api yang membakar lahan gambut di "
    "Kelurahan Landasan Ulin Utara, Banjarbaru, Rabu (13/9/2023) siang.",
    "Asap tebal dari lahan gambut yang terbakar menyelimuti permukiman warga di sekitar "
    "Jalan Guntung Manggis hingga sore hari.",
    "Personel Polsek Liang Anggang bersama Babinsa membuat sekat bakar agar api tidak "
    "merambat ke kebun warga dan Bandara Syamsudin Noor.",
    "Helikopter water bombing BNPB menjatuhkan air di atas titik api yang sulit dijangkau "
    "petugas darat karena terhalang rawa.",
]
ARTICLE = [
    "BANJARBARU – Kebakaran lahan gambut kembali terjadi di Kelurahan Landasan Ulin Utara, "
    "Kecamatan Liang Anggang, Rabu (13/9/2023) siang. Api diduga berasal dari pembakaran "
    "sampah yang ditinggalkan pemiliknya.",
    "Kapolsek Liang Anggang AKP Hendra Gunawan mengatakan, sedikitnya dua hektare lahan "
    "terbakar sebelum api berhasil dilokalisasi oleh petugas gabungan menjelang petang.",
    "Menurut dia, tidak ada korban jiwa dalam peristiwa tersebut. Namun asap sempat "
    "mengganggu jarak pandang pengendara di Jalan Ahmad Yani kilometer 25.",
    "Polisi masih meminta keterangan sejumlah saksi, termasuk pemilik lahan, untuk "
    "memastikan penyebab kebakaran. Pelaku pembakaran lahan dapat dijerat Undang-Undang "
    "Perlindungan dan Pengelolaan Lingkungan Hidup.",
    "Kapolsek mengimbau warga tidak membuka lahan dengan cara membakar selama musim "
    "kemarau dan segera melapor ke layanan Polisi 110 bila melihat titik api.",
]


def wp_page(content: str, sidebar: str = "") -> str:
    """A classic WordPress theme's single post around ``content`` (the entry content)."""
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>Kebakaran Lahan Gambut di Landasan Ulin &#8211; Berita Banua</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="Kebakaran Lahan Gambut di Landasan Ulin" />
<meta property="og:site_name" content="Berita Banua" />
<meta property="article:published_time" content="2023-09-13T16:05:00+08:00" />
</head>
<body class="post-template-default single single-post postid-501 single-format-gallery">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://beritabanua.id/" rel="home">Berita Banua</a></p>
  <nav id="site-navigation" class="main-navigation"><ul class="menu">
    <li><a href="https://beritabanua.id/">Beranda</a></li>
    <li><a href="https://beritabanua.id/category/foto/">Foto</a></li></ul></nav>
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-501" class="post-501 post type-post status-publish hentry category-foto">
  <header class="entry-header">
    <h1 class="entry-title">Kebakaran Lahan Gambut di Landasan Ulin</h1>
    <div class="entry-meta"><span class="posted-on">Rabu, 13 September 2023 16:05 WITA</span>
    </div>
  </header>
  <div class="entry-content">
{content}
  </div>
  <footer class="entry-footer"><span class="tags-links">Tag:
    <a href="https://beritabanua.id/tag/karhutla/" rel="tag">Karhutla</a></span></footer>
</article>
<div class="related-posts"><h3>Berita Terkait</h3><ul>
  <li><a href="https://beritabanua.id/banjir-rob-di-kotabaru/">Banjir Rob Rendam Pesisir
  Kotabaru</a></li></ul></div>
</main>
<aside id="secondary" class="widget-area">{sidebar}</aside>
</div>
<footer id="colophon" class="site-footer"><p>Berita Banua &copy; 2023</p></footer>
</div></body></html>"""


def extract(html: str) -> ArticleRecord:
    result = extract_article(html, URL, FETCHED, site=SITE)
    assert isinstance(result, ArticleRecord), getattr(result, "reason", result)
    return result


def lines_of(record: ArticleRecord) -> list[str]:
    return record.text.split("\n")


def html5_gallery(captions: list[str]) -> str:
    """``gallery_shortcode()`` output for a theme that declares HTML5 gallery support."""
    items = "".join(
        f"""<figure class='gallery-item'>
      <div class='gallery-icon landscape'>
        <a href='https://beritabanua.id/foto/karhutla-di-landasan-ulin/karhutla-{i}/'><img
          width="640" height="427" src="https://beritabanua.id/wp-content/uploads/2023/09/karhutla-{i}.jpg"
          class="attachment-large size-large" alt="" aria-describedby="gallery-1-{600 + i}" /></a>
      </div>
        <figcaption class='wp-caption-text gallery-caption' id='gallery-1-{600 + i}'>
        {caption}
        </figcaption></figure>"""
        for i, caption in enumerate(captions)
    )
    return (
        "<div id='gallery-1' class='gallery galleryid-501 gallery-columns-2 "
        f"gallery-size-large'>{items}\n</div>"
    )


def old_gallery(captions: list[str]) -> str:
    """``gallery_shortcode()`` output for a theme without HTML5 galleries (dl/dt/dd)."""
    items = "".join(
        f"""<dl class='gallery-item'>
      <dt class='gallery-icon landscape'>
        <a href='https://beritabanua.id/foto/karhutla-di-landasan-ulin/karhutla-{i}/'><img
          width="150" height="150" src="https://beritabanua.id/wp-content/uploads/2023/09/karhutla-{i}-150x150.jpg"
          class="attachment-thumbnail size-thumbnail" alt="" /></a>
      </dt>
        <dd class='wp-caption-text gallery-caption'>
        {caption}
        </dd></dl>"""
        + ('<br style="clear: both" />' if i % 2 else "")
        for i, caption in enumerate(captions)
    )
    return (
        "<style type='text/css'>#gallery-1 { margin: auto; }</style>"
        "<div id='gallery-1' class='gallery galleryid-501 gallery-columns-2 "
        f"gallery-size-thumbnail'>{items}\n</div>"
    )


def block_gallery(captions: list[str], gallery_caption: str = "") -> str:
    """The block editor's Gallery block (nested Image blocks, WordPress 5.9 and later)."""
    images = "".join(
        f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
        f'height="683" data-id="{700 + i}" src="https://beritabanua.id/wp-content/uploads/'
        f'2023/09/karhutla-{i}-1024x683.jpg" alt="" class="wp-image-{700 + i}"/>'
        f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>\n'
        for i, caption in enumerate(captions)
    )
    closing = (
        f'<figcaption class="blocks-gallery-caption wp-element-caption">{gallery_caption}'
        "</figcaption>"
        if gallery_caption
        else ""
    )
    return (
        '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
        f'wp-block-gallery-1 is-layout-flex">\n{images}{closing}</figure>'
    )


INTRO = "Kebakaran lahan gambut kembali melanda Banjarbaru, Rabu (13/9/2023)."


def test_html5_gallery_captions_are_the_text_in_page_order():
    record = extract(wp_page(f"<p>{INTRO}</p>\n" + html5_gallery(CAPTIONS)))
    assert lines_of(record) == [INTRO, *CAPTIONS]


def test_old_dl_gallery_captions_are_the_text():
    record = extract(wp_page(f"<p>{INTRO}</p>\n" + old_gallery(CAPTIONS)))
    assert lines_of(record) == [INTRO, *CAPTIONS]


def test_block_gallery_alone_is_its_captions_and_the_gallery_caption():
    closing = "Kebakaran lahan di Banjarbaru meningkat sejak awal September. (Foto: Humas)"
    record = extract(wp_page(block_gallery(CAPTIONS, closing)))
    assert lines_of(record) == [*CAPTIONS, closing]


def test_caption_beside_its_image_in_one_paragraph_is_text_on_a_photo_page():
    # Themes and editors that put the caption under the image in the same <p>.
    content = "".join(
        f'<p style="text-align: center;"><img src="https://beritabanua.id/wp-content/uploads/'
        f'2023/09/k-{i}.jpg" width="640" height="427" /><br /><em>{caption}</em></p>'
        for i, caption in enumerate(CAPTIONS)
    )
    record = extract(wp_page(content))
    assert lines_of(record) == CAPTIONS


def test_captions_stay_out_of_an_article():
    figure = (
        '<figure id="attachment_655" aria-describedby="caption-attachment-655" '
        'style="width: 640px" class="wp-caption aligncenter"><img src="https://beritabanua.id/'
        'wp-content/uploads/2023/09/karhutla-0.jpg" width="640" height="427" class="size-large '
        f'wp-image-655" /><figcaption id="caption-attachment-655" class="wp-caption-text">'
        f"{CAPTIONS[0]}</figcaption></figure>"
    )
    paragraphs = [f"<p>{text}</p>" for text in ARTICLE]
    content = "\n".join([paragraphs[0], figure, *paragraphs[1:3], block_gallery(CAPTIONS[1:3])])
    content += "\n" + "\n".join(paragraphs[3:])
    record = extract(wp_page(content))
    assert lines_of(record) == ARTICLE
    assert not any(caption[:40] in record.text for caption in CAPTIONS)


def test_a_sidebar_gallery_does_not_make_an_article_a_photo_page():
    # Each paragraph in its own <div> (page builders, styled components), and a photo
    # widget with more caption text than the article has: still an article.
    body = "".join(f'<div class="paragraph"><p>{text}</p></div>' for text in ARTICLE)
    widget = (
        '<section class="widget widget_media_gallery"><h2 class="widget-title">Foto Pilihan</h2>'
        + html5_gallery(CAPTIONS * 3)
        + "</section>"
    )
    html = wp_page(body).replace('<aside id="secondary"', f'{widget}<aside id="secondary"')
    tree = parse_html(html)
    prune_chrome(tree)
    assert not is_photo_page(tree, find_captions(tree))
    record = extract(html)
    assert lines_of(record) == ARTICLE


def test_text_written_between_line_breaks_is_prose():
    # A portal body with no <p>: text and <br> in one <div>, and one captioned photo.
    body = "<br><br>".join(ARTICLE)
    html = wp_page(
        f'<div class="detail__body-text">{body}</div>'
        f'<figure class="photo"><img src="x.jpg"><figcaption>{CAPTIONS[0]}</figcaption></figure>'
    )
    tree = parse_html(html)
    assert not is_photo_page(tree, find_captions(tree))


def test_has_caption_on_the_post_wrapper_is_not_a_caption():
    # Themes mark the post (or its thumbnail wrapper) "has-caption": the post is no caption.
    article = "".join(f"<p>{text}</p>" for text in ARTICLE)
    html = wp_page(article).replace('class="post-501 post', 'class="post-501 has-caption post')
    tree = parse_html(html)
    assert find_captions(tree) == []
    html = wp_page(f"<p>{INTRO}</p>" + html5_gallery(CAPTIONS[:2])).replace(
        'class="post-501 post', 'class="post-501 has-caption post'
    )
    captions = find_captions(parse_html(html))
    assert [c.tag for c in captions] == ["figcaption", "figcaption"]


def test_every_item_of_a_gallery_with_share_buttons_is_kept():
    # A portal's photo gallery: each <figure> holds the linked image, its own share
    # buttons and the caption. trafilatura drops the last of a run of such items unless
    # each item is reduced to its caption.
    items = "".join(
        f'''<figure class="photo-gallery__item" data-photo-gallery-page="{i}">
        <div class="photo-gallery__content"><a href="#" class="photo-gallery__link"><img
          class="photo-gallery__image" src="https://cdn.beritabanua.id/{i}.jpg" alt=""></a>
        <div class="photo-gallery__social-share"><a class="photo-gallery__share-button"
          href="https://www.facebook.com/sharer/sharer.php?u={URL}"><span></span></a><a
          class="photo-gallery__share-button" href="https://twitter.com/intent/tweet?url={URL}"
          ><span></span></a></div></div>
        <figcaption class="photo-gallery__caption">{caption}</figcaption></figure>'''
        for i, caption in enumerate(CAPTIONS)
    )
    record = extract(wp_page(f'<div class="photo-gallery">{items}</div>'))
    assert lines_of(record) == CAPTIONS


def test_short_captions_alone_do_not_make_a_photo_page():
    html = wp_page(html5_gallery(["Lokasi kebakaran.", "Petugas."]))
    tree = parse_html(html)
    assert not is_photo_page(tree, find_captions(tree))


def test_photo_page_with_little_caption_text_is_still_judged():
    # Not every gallery is an article: two one-word captions stay a non-article.
    result = extract_article(wp_page(html5_gallery(["Api.", "Asap."])), URL, FETCHED, site=SITE)
    assert isinstance(result, NotAnArticle)
    assert "Api." not in result.record.text


def test_html_comments_do_not_hide_the_text_after_them():
    tree = parse_html(
        "<html><body><div><!-- iklan -->Teks setelah komentar.<p>Paragraf.</p>"
        "<?php echo 1; ?>Ekor.</div></body></html>"
    )
    drop_markup_comments(tree)
    assert tree.xpath("//comment()") == []
    assert tree.xpath("//processing-instruction()") == []
    assert " ".join(tree.text_content().split()) == "Teks setelah komentar.Paragraf.Ekor."


def test_one_link_line_is_chrome_a_list_of_links_is_text():
    assert clean_text("Isi berita.\nhttps://contoh.id/asli/?feed_id=1") == "Isi berita."
    references = "Rujukan:\nhttps://contoh.id/satu\nhttps://contoh.id/dua\nhttps://contoh.id/tiga"
    assert clean_text(references) == references
    # A source credit is chrome however many links the text has.
    assert clean_text(references + "\nSumber: https://contoh.id/sumber") == references


def portal_page(views: int) -> str:
    """An article of a home-grown CodeIgniter-style kabupaten portal (helper-95's imitation
    of the templates vendors sell to Pemkab and Polres humas portals): an info bar over
    the body (author, date, a read counter that rises with every view, "Cetak"), a body
    written in text and <br> as CKEditor's nl2br leaves it, with a photo captioned
    inline under it."""
    body = "<br />\n<br />\n".join(ARTICLE[:3])
    rest = "<br />\n<br />\n".join(ARTICLE[3:])
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Kebakaran Lahan Gambut di Landasan Ulin | BanuaHST News</title>
<meta property="og:title" content="Kebakaran Lahan Gambut di Landasan Ulin">
</head><body>
<div class="container"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="/kategori/peristiwa">
Peristiwa</a></li></ol>
<div class="detail-berita">
<h1 class="judul-berita">Kebakaran Lahan Gambut di Landasan Ulin</h1>
<div class="meta-berita"><span class="penulis"><i class="fa fa-user"></i> Redaksi</span>
<span class="tanggal"><i class="fa fa-clock-o"></i> Rabu, 13 September 2023 16:05 WITA</span>
<span class="dilihat"><i class="fa fa-eye"></i> {views} kali dibaca</span><a href="/cetak/13858"
class="cetak" target="_blank">Cetak</a></div>
<div class="isi-berita">
{body}<br />
<br />
<img src="/uploads/berita/2023/09/13858-2.jpg" width="600"><br><em>Petugas memadamkan api di
lahan gambut Landasan Ulin. (Foto: Humas Polres Banjarbaru)</em><br />
<br />
{rest}
</div></div></div></div></div></body></html>"""


def test_a_text_and_br_body_keeps_neither_its_info_bar_nor_its_photo_caption():
    """With no <p> to go by, trafilatura kept the portal's info bar as the text's first
    line ("Redaksi Rabu, … 319 kali dibacaCetak") and the photo's inline caption as a
    line of text; the read counter then changed the text at every revisit, each one
    stored as an edit (helper-95's trial)."""
    first, later = extract(portal_page(319)), extract(portal_page(342))
    assert lines_of(first) == ARTICLE
    assert first.content_hash == later.content_hash


def test_an_info_line_whose_counter_runs_into_the_next_label_is_chrome():
    text = "Redaksi Rabu, 13 September 2023 16:05 319 kali dibacaCetak\n" + "\n".join(ARTICLE)
    assert clean_text(text) == "\n".join(ARTICLE)
    # A sentence that says how often something was read stays.
    said = "Surat itu 3 kali dibacakan di depan warga sebelum ditandatangani."
    assert clean_text(said + "\n" + ARTICLE[0]) == said + "\n" + ARTICLE[0]
    shouted = "NASKAH PROKLAMASI 2 KALI DIBACAKAN DI LAPANGAN"
    assert clean_text(shouted + "\n" + ARTICLE[0]) == shouted + "\n" + ARTICLE[0]


def test_an_image_and_an_italic_line_inside_prose_is_no_caption():
    html = wp_page(
        f"<p>{ARTICLE[0]}</p><p>Petugas gabungan dari Manggala Agni, Polsek Liang Anggang"
        " dan Koramil membawa <img src='/pompa.png'><br><em>pompa jinjing</em> ke lokasi,"
        " lalu menyemprot titik api yang masih menyala di bawah permukaan gambut.</p>"
        f"<p>{ARTICLE[1]}</p>"
    )
    assert "pompa jinjing ke lokasi" in extract(html).text
    # In a text-and-<br> body, a quotation in italics under a photo is the story's.
    quote = "“Kami tidak akan berhenti sampai semua titik api padam,” ujarnya."
    body = f"{ARTICLE[0]}<br><br><img src='/api.jpg'><br><em>{quote}</em><br><br>{ARTICLE[1]}"
    assert quote in extract(wp_page(f'<div class="isi">{body}</div>')).text
