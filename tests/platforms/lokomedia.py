# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A local news portal on Lokomedia CMS 2 on 127.0.0.1, WITA: the twelve releases of
``_articles`` on "Kabar Barito", a Kalimantan Selatan portal that runs the free PHP CMS
of Lukmanul Hakim ("bukulokomedia") as so many Indonesian local portals, Pemda and
Polres sites still do, on a hand-made template, with no plugin of any kind.

Where the markup comes from: Lokomedia's own PHP as public copies of it show it (read
through the code search, 2026: the book version's ``media.php``, ``kiri.php``,
``tengah.php``, ``rss.php``, ``rss.xml``, ``dina_titel.php``, ``config/library.php``,
``config/class_paging.php`` with ``paging_berita``/``paging_kategori``, its
``.htaccess``, and a Pemda site's 2.x template printing "… - 10:12:37 WIT"); the
template around it is written for this test, in the 2.x style (XHTML 1.0 Transitional,
tables and ``div#kiri``/``div#kanan``, unquoted attributes as the PHP echoes them). No
saved page of a real site was available, so nothing is copied. What it serves:

* Articles at ``/berita-<id_berita>-<judul_seo>.html`` (mod_rewrite of
  ``media.php?module=detailberita&id=<id>``; the rule keeps the id only, so any slug
  answers, and a post whose title was edited is also at its old slug, which the stale
  ``rss.xml`` still names). ``media.php?module=detailberita&id=<id>`` itself is what an
  editor's "Baca Juga:" line links (copied from the admin's preview). No
  ``rel=canonical``, no Open Graph, no JSON-LD, no ``<time>``: the head is
  ``dina_titel.php``'s ``<title>`` (the bare ``judul``), ``dina_meta1.php``'s
  description (the text's first 200 characters) and ``dina_meta2.php``'s keywords (the
  tags), and the stock ``<meta name="author" content="Lukmanul Hakim">`` of every
  Lokomedia template: the CMS's author, on every page.
* The article module: ``span.date`` "Selasa, 09 Januari 2024 - 10:12:37 WITA"
  (``$d[hari]``, ``tgl_indo()``'s zero-padded day, ``$d[jam]`` from PHP's
  ``date("H:i:s")``; the owner set ``library.php`` to ``Asia/Makassar`` and changed the
  template's "WIB"), ``span.judul`` (no ``<h1>``), ``span.posting`` "Diposting oleh :
  <b>Nama</b>", "Kategori: …  - Dibaca: <b>1.234</b> kali", the photo
  (``foto_berita/<rand><file>``), ``isi_berita`` as TinyMCE left it (``<p
  style="text-align: justify;">``, named entities ``&ndash;``, an empty ``<p>&nbsp;</p>``
  at the end), the AddThis "Share" bar, "Tag:", "Berita Terkait" (titles only), "2
  Komentar :" with each name and "10 Januari 2024 - 14:20:05 WITA", and the comment
  form (``simpankomentar.php``, captcha).
* Around it: the header's date "Selasa, 27 Februari 2024", the "Berita Terkini" running
  text (a ``<marquee>``), the module menu (``home``, ``semua-berita.html``, categories,
  ``semua-agenda.html``, ``semua-album.html``, ``semua-download.html``,
  ``profil-kami.html``, ``hubungi-kami.html``), the sidebar's search form (POST),
  "Berita Terpopuler" with read counts, "Berita Terkini" with ``tgl_indo`` dates,
  categories with counts, "Agenda" with dates, the poll (POST to
  ``hasil-poling.html``, "Lihat Hasil" ``lihat-poling.html``), the tag cloud and a
  banner, the footer's "Powered by Lokomedia".
* Listings: the home page (``/`` and ``/home``: four headlines with date, photo and a
  220-character teaser cut at a space, "Selengkapnya", then "Berita Sebelumnya", the
  next seven titles), the index ``/semua-berita.html`` and ``/halberita-<n>.html``
  (eight a page, ``paging_berita``'s « ‹ 1 2 › »), the categories
  ``/kategori-<id>-<kategori_seo>.html`` and ``/halkategori-<id>-<n>.html`` (three a
  page), ``/tag-<tag_seo>.html``; agenda (``/semua-agenda.html``,
  ``/agenda-<id>-<tema_seo>.html``), photo albums (``/semua-album.html``,
  ``/lihat-galeri-<id>-<seo>.html``), downloads (``/semua-download.html``, files through
  ``downlot.php?file=``), ``/lihat-poling.html``, ``/profil-kami.html`` (the profile, a
  few paragraphs), ``/hubungi-kami.html`` and a static page
  ``/statis-<id>-<judul_seo>.html`` ("Pedoman Media Siber", several paragraphs, "Diposting
  tanggal").
* ``/rss.xml``: the file ``rss.php`` writes when the admin runs it, last run after the
  tenth post: the five newest of then, no ``pubDate`` and no ``encoding`` (Lokomedia
  writes neither), the descriptions ``htmlentities(strip_tags())`` of TinyMCE's text
  ("Pelaihari &amp;ndash; …"). With "sitemap" a hand-made ``/sitemap.xml`` (an online
  generator's, made on 20 January: the posts of then, one ``lastmod`` for all) that
  robots.txt does not name.
* Pages in windows-1252 under ``charset=iso-8859-1`` (the template's meta; the server
  names no charset): the posts an editor pasted from Word keep their raw "–" (byte
  0x96).

Everything is invented; ``expected`` gives what the archive must hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import parse_qs, quote, urlsplit

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 8  # WITA: library.php's date_default_timezone_set('Asia/Makassar')
TIMEZONE = "Asia/Makassar"
ZONE = "WITA"
SITE_NAME = "Kabar Barito"
# The server's clock: a couple of hours after the newest post.
NOW = datetime(2024, 2, 27, 11, 40)
# Lokomedia sends what PHP sends: ``text/html``, no charset; the template's meta says
# iso-8859-1 and the bytes are windows-1252.
PAGE = "text/html"
INDEX_PER_PAGE = 8  # paging_berita's $batas
CATEGORY_PER_PAGE = 3  # paging_kategori's $batas
HOME_HEADLINES = 4
HOME_EARLIER = 7  # "Berita Sebelumnya": LIMIT 4,7
AUTHORS = ("Ahmad Rizani", "Nor Aida")
CATEGORIES = (
    (2, "hukum-kriminal", "Hukum & Kriminal"),
    (3, "peristiwa", "Peristiwa"),
    (5, "pemilu-2024", "Pemilu 2024"),
)
COMMENTED = frozenset({0, 4})
COMMENTERS = (("Muhammad Arsyad", "http://arsyad.blogspot.com"), ("Norhayati", ""))
COMMENTS = (
    "Mantap, terima kasih Pak Polisi sudah menjaga Banua.",
    "Semoga kegiatan seperti ini terus berlanjut di kampung kami.",
)
# Posts an editor pasted from Word: the raw "–" in windows-1252, not TinyMCE's &ndash;.
PASTED = frozenset({1, 5, 9})
# Posts with the editor's "Baca Juga:" line, linked at media.php (the admin's preview).
READ_ALSO = frozenset({0, 3, 6, 10})
# The post whose title was edited after rss.xml was last written: the feed has the old
# judul_seo, and that URL still answers (the rewrite keeps the id only).
EDITED = 8
OLD_TITLE = "Polsek Bati-Bati Gelar Jumat Curhat di Desa Padang"
RSS_WRITTEN_AFTER = 9  # rss.php last run after this post
FEATURES = frozenset({"sitemap"})
# What the template and its modules put around the text; none of it is the article's.
CHROME = (
    "Diposting oleh",
    "Dibaca",
    "Kategori",
    "Baca Juga",
    "Tag:",
    "Berita Terkait",
    "Komentar",
    "Mantap",  # a comment
    "WITA",  # the article's and the comments' times (the releases write "Wita")
    "Share",
    "Selengkapnya",
    "Terpopuler",
    "Terkini",
    "Polling",
    "Lokomedia",
    "Lukmanul",
)


def seo_title(title: str) -> str:
    """Lokomedia's ``seo_title()``: drop ``-/\\,.#:;'"[]{})(|`~!@%$^&*=?+``, spaces to
    ``-``, lower case ("Bati-Bati" becomes "batibati")."""
    dropped = re.sub(r"""[-/\\,.#:;'"\[\]{}()|`~!@%$^&*=?+]""", "", title)
    return dropped.replace(" ", "-").lower()


def tgl_indo(day: datetime) -> str:
    """``config/fungsi_indotgl.php``'s ``tgl_indo()``: "09 Januari 2024" (the day as
    ``substr($tgl, 8, 2)`` leaves it, zero-padded)."""
    return f"{day:%d} {BULAN[day.month - 1]} {day.year}"


def hari(day: datetime) -> str:
    return HARI[day.weekday()]


@dataclass(frozen=True)
class Post:
    release: Release
    number: int

    @property
    def id(self) -> int:
        return 1187 + 3 * self.number

    @property
    def title(self) -> str:
        return self.release.title

    @property
    def path(self) -> str:
        return f"/berita-{self.id}-{seo_title(self.title)}.html"

    @property
    def media_path(self) -> str:
        return f"/media.php?module=detailberita&id={self.id}"

    @property
    def published(self) -> datetime:
        """Local wall time, with the seconds PHP's ``date("H:i:s")`` recorded."""
        return self.release.local + timedelta(seconds=(17 * self.number + 37) % 60)

    @property
    def author(self) -> str:
        return AUTHORS[self.number % 2]

    @property
    def category(self) -> tuple[int, str, str]:
        return CATEGORIES[self.number % 3]

    @property
    def hits(self) -> int:
        return 1234 - 97 * self.number

    @property
    def photo(self) -> str:
        return f"foto_berita/{(self.number * 37) % 89 + 10}{seo_title(self.title)[:20]}.jpg"

    @property
    def tags(self) -> list[tuple[str, str]]:
        """(tag_seo, nama_tag): Lokomedia's tags are lower case words."""
        return [(t.lower().replace(" ", "-"), t.lower()) for t in self.release.tags]


POSTS: tuple[Post, ...] = tuple(Post(r, i) for i, r in enumerate(RELEASES))
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.id, reverse=True))
POPULAR = tuple(sorted(POSTS, key=lambda p: p.hits, reverse=True)[:5])


def expected(base_url: str) -> dict[str, tuple[str, str, list[str]]]:
    """What the archive must hold: URL -> (title, published_at in WITA, [author])."""
    root = base_url.rstrip("/")
    zone = timezone(timedelta(hours=OFFSET))
    return {
        root + p.path: (p.title, p.published.replace(tzinfo=zone).isoformat(), [p.author])
        for p in POSTS
    }


def _posted(post: Post) -> str:
    """The article module's line: "Selasa, 09 Januari 2024 - 10:12:37 WITA"."""
    d = post.published
    return f"{hari(d)}, {tgl_indo(d)} - {d:%H:%M:%S} {ZONE}"


def _dibaca(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _isi_berita(post: Post) -> str:
    """``isi_berita`` as the editor left it in TinyMCE."""
    dash = "–" if post.number in PASTED else "&ndash;"
    paragraphs = [escape(p, quote=False).replace("–", dash) for p in post.release.paragraphs]
    html = [f'<p style="text-align: justify;">{p}</p>' for p in paragraphs]
    if post.number in READ_ALSO:
        other = POSTS[(post.number + 5) % len(POSTS)]
        html.insert(
            2,
            f'<p style="text-align: justify;"><strong>Baca Juga :</strong> <a href="media.php?module=detailberita&amp;id={other.id}">{escape(other.title)}</a></p>',
        )
    html.append("<p>&nbsp;</p>")
    return "\n".join(html)


def _teaser(post: Post, length: int = 220) -> str:
    """``substr(strip_tags(isi_berita), 0, 220)`` cut at its last space, TinyMCE's
    entities kept."""
    text = " ".join(post.release.paragraphs).replace("–", "&ndash;")
    cut = text[:length]
    return text[: cut.rfind(" ")]


def _meta_description(post: Post) -> str:
    return escape(_teaser(post, 200).replace("&ndash;", "–"))


def _head(title: str, description: str, keywords: str) -> str:
    return f"""<head>
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<meta name="robots" content="index, follow">
<meta name="description" content="{description}">
<meta name="keywords" content="{keywords}">
<meta http-equiv="Copyright" content="lokomedia">
<meta name="author" content="Lukmanul Hakim">
<meta http-equiv="imagetoolbar" content="no">
<meta name="language" content="Indonesia">
<meta name="revisit-after" content="7">
<meta name="webcrawlers" content="all">
<meta name="rating" content="general">
<meta name="spiders" content="all">
<link rel="shortcut icon" href="favicon.ico" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="rss.xml" />
<link href="templates/kabarbarito/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.js"></script>
<script type="text/javascript" src="js/jquery.nivo.slider.pack.js"></script>
</head>"""


def _sidebar() -> str:
    """``kanan.php``: search, popular, latest, categories, agenda, poll, tags, banner."""
    popular = "".join(
        f"<li><a href=berita-{p.id}-{seo_title(p.title)}.html>{escape(p.title)}</a> ({_dibaca(p.hits)} kali)</li>"
        for p in POPULAR
    )
    latest = "".join(
        f"<span class=date>{hari(p.published)}, {tgl_indo(p.published)}</span><br /><span class=judul_kecil><a href=berita-{p.id}-{seo_title(p.title)}.html>{escape(p.title)}</a></span><br /><br />"
        for p in NEWEST_FIRST[:5]
    )
    categories = "".join(
        f"<span class=kategori>&bull; <a href=kategori-{cid}-{seo}.html> {name} ({sum(p.category[0] == cid for p in POSTS)})</a></span><br />"
        for cid, seo, name in CATEGORIES
    )
    agenda = "".join(
        f"<span class=date>&bull; {tgl_indo(start)} </span><br /><span class=agenda><a href=agenda-{aid}-{seo_title(theme)}.html> {theme}</a></span><br /><br />"
        for aid, theme, start, _ in AGENDA
    )
    tags = sorted({t for p in POSTS for t in p.tags})
    cloud = " ".join(f"<a href=tag-{seo}.html>{name}</a>" for seo, name in tags)
    return f"""<div id="kanan">
<div class="kotak"><img src=templates/kabarbarito/images/pencarian.jpg><br />
<form method=POST action='hasil-pencarian.html'><input name=kata type=text size=20 /> <input type=submit value=Cari /></form></div>
<div class="kotak"><h3 class="judul_kotak">Berita Terpopuler</h3><ul class="populer">{popular}</ul></div>
<div class="kotak"><h3 class="judul_kotak">Berita Terkini</h3>{latest}</div>
<div class="kotak"><h3 class="judul_kotak">Kategori</h3>{categories}</div>
<div class="kotak"><h3 class="judul_kotak">Agenda</h3>{agenda}</div>
<div class="kotak"><h3 class="judul_kotak">Polling</h3>
<form method=POST action='hasil-poling.html'><b>Bagaimana pelayanan SKCK di Polres Anda?</b><br />
<input type=radio name=pilihan value=11 /> Sangat baik<br /><input type=radio name=pilihan value=12 /> Baik<br /><input type=radio name=pilihan value=13 /> Kurang<br />
<input type=submit value=Pilih /></form><a href=lihat-poling.html>Lihat Hasil Polling</a></div>
<div class="kotak"><h3 class="judul_kotak">Tag</h3><div class="tagcloud">{cloud}</div></div>
<div class="kotak"><a href='http://iklan.example/bank-kalsel' target='_blank'><img src='foto_banner/57bank-kalsel.jpg' width=260 border=0></a></div>
</div>"""


def _layout(title: str, main: str, description: str = "", keywords: str = "") -> str:
    """The template's ``media.php``: head, header with the date and the running text,
    the module menu, the module's content (``div#kiri``), ``kanan.php``, the footer."""
    running = " ".join(
        f"&bull; <a href=berita-{p.id}-{seo_title(p.title)}.html>{escape(p.title)}</a>"
        for p in NEWEST_FIRST[:5]
    )
    menu = "".join(
        f"<li><a href={href}><span>{name}</span></a></li>"
        for href, name in (
            ("home", "Beranda"),
            ("semua-berita.html", "Indeks Berita"),
            *((f"kategori-{cid}-{seo}.html", name) for cid, seo, name in CATEGORIES),
            ("semua-agenda.html", "Agenda"),
            ("semua-album.html", "Galeri Foto"),
            ("semua-download.html", "Download"),
            ("profil-kami.html", "Profil"),
            ("hubungi-kami.html", "Hubungi Kami"),
        )
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
{_head(title, description or f"{SITE_NAME} - Berita Kalimantan Selatan", keywords or "berita, kalsel, banjarmasin, polres")}
<body>
<div id="wrapper">
<div id="header"><div id="logo"><a href="./"><img src="templates/kabarbarito/images/logo.png" border="0" alt="{SITE_NAME}" /></a></div>
<div id="banner_atas"><a href='http://iklan.example/pemkab' target='_blank'><img src='foto_banner/12pemkab-hut.gif' width=468 height=60 border=0></a></div></div>
<div id="menuutama"><ul>{menu}</ul></div>
<div id="tanggal">{hari(NOW)}, {tgl_indo(NOW)}</div>
<div id="runningtext"><b>Berita Terkini :</b> <marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="3">{running}</marquee></div>
<div id="content">
<div id="kiri">
{main}
</div>
{_sidebar()}
<div id="clearer"></div>
</div>
<div id="footer"><a href=statis-3-pedoman-media-siber.html>Pedoman Media Siber</a> | <a href=profil-kami.html>Redaksi</a> | <a href=rss.xml>RSS</a><br />Copyright &copy; 2024 {SITE_NAME}. All Rights Reserved.<br />Powered by <a href="http://bukulokomedia.com" target="_blank">Lokomedia</a></div>
</div>
</body>
</html>"""


def _comments(post: Post) -> str:
    said = list(zip(COMMENTERS, COMMENTS)) if post.number in COMMENTED else []
    rows = []
    for n, ((who, url), text) in enumerate(said):
        when = post.published + timedelta(days=1 + n, hours=4, seconds=11 * n + 5)
        name = f"<a href='{url}' target='_blank'>{who}</a>" if url else who
        rows.append(
            f"<span class=komentar>{name}</span><br /><span class=date>{tgl_indo(when)} - {when:%H:%M:%S} {ZONE}</span><br /><br />{text} <hr color=#e0cb91 noshade=noshade />"
        )
    form = f"""<b>Isi Komentar :</b>
<table width=100% style='border: 1pt dashed #0000CC;padding: 10px;'>
<form action=simpankomentar.php method=POST onSubmit="return validasi(this)">
<input type=hidden name=id_berita value={post.id}>
<tr><td>Nama</td><td> : <input type=text name=nama_komentar size=40></td></tr>
<tr><td>Website</td><td> : <input type=text name=url size=40></td></tr>
<tr><td valign=top>Komentar</td><td> <textarea name='isi_komentar' style='width: 315px; height: 100px;'></textarea></td></tr>
<tr><td>&nbsp;</td><td><img src='captcha.php'></td></tr>
<tr><td>&nbsp;</td><td>(Masukkan 6 kode diatas)<br /><input type=text name=kode size=6><br /></td></tr>
<tr><td>&nbsp;</td><td><input type=submit name=submit value=Kirim></td></tr>
</form></table><br />"""
    return f"<span class=judul><b>{len(rows)}</b> Komentar : </span><br /><hr color=#e0cb91 noshade=noshade />{''.join(rows)}{form}"


def _article(post: Post) -> str:
    cid, cseo, cname = post.category
    tags = ", ".join(f"<a href=tag-{seo}.html>{name}</a>" for seo, name in post.tags)
    related = "".join(
        f"<li><a href=berita-{p.id}-{seo_title(p.title)}.html>{escape(p.title)}</a></li>"
        for p in NEWEST_FIRST
        if p.id < post.id and (set(p.tags) & set(post.tags) or p.category == post.category)
    )
    share = quote(f"http://www.kabarbarito.com{post.path}", safe="")
    main = f"""<div class="detailberita">
<span class=date>{_posted(post)}</span><br />
<span class=judul>{escape(post.title)}</span><br />
<span class=posting>Diposting oleh : <b>{post.author}</b><br />
Kategori: <a href=kategori-{cid}-{cseo}.html><b>{cname}</b></a> - Dibaca: <b>{_dibaca(post.hits)}</b> kali</span><br /><br />
<span class=image><img src='{post.photo}' border=0></span>
{_isi_berita(post)} <br />
<div class="share"><b>Share :</b> <a href="http://www.facebook.com/sharer.php?u={share}" target="_blank"><img src=templates/kabarbarito/images/facebook.png border=0></a> <a href="http://twitter.com/share?url={share}" target="_blank"><img src=templates/kabarbarito/images/twitter.png border=0></a>
<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook_like" fb:like:layout="button_count"></a><a class="addthis_button_tweet"></a><a class="addthis_counter addthis_pill_style"></a></div>
<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=xa-4d2b47597ad291fb"></script></div>
<br />Tag: {tags}<br /><br />
<img src=templates/kabarbarito/images/berita_terkait.jpg alt="Berita Terkait"><br /><ul>{related or "<li>Tidak ada berita terkait</li>"}</ul>
{_comments(post)}
</div>"""
    keywords = ",".join(name for _, name in post.tags)
    return _layout(escape(post.title), main, _meta_description(post), keywords)


def _teaser_block(post: Post, comments: bool = True) -> str:
    """A listing's item: date, linked title, thumbnail, teaser, "Selengkapnya"."""
    n = 2 if post.number in COMMENTED else 0
    count = f" (<b>{n} komentar</b>)" if comments else ""
    return f"""<span class=date><img src=templates/kabarbarito/images/clock.gif> {_posted(post)}</span><br />
<span class=judul><a href=berita-{post.id}-{seo_title(post.title)}.html>{escape(post.title)}</a></span><br />
<span class=image><img src='{post.photo.replace("foto_berita/", "foto_berita/small_")}' width=110 border=0></span>
{_teaser(post)} ... <a href=berita-{post.id}-{seo_title(post.title)}.html>Selengkapnya</a>{count}
<br /><hr color=#e0cb91 noshade=noshade />"""


def _home() -> str:
    headlines = "".join(_teaser_block(p) for p in NEWEST_FIRST[:HOME_HEADLINES])
    earlier = "".join(
        f"<li><a href=berita-{p.id}-{seo_title(p.title)}.html>{escape(p.title)}</a></li>"
        for p in NEWEST_FIRST[HOME_HEADLINES : HOME_HEADLINES + HOME_EARLIER]
    )
    main = f"""{headlines}
<img src=templates/kabarbarito/images/berita_sebelumnya.jpg alt="Berita Sebelumnya"><br /><ul>{earlier}</ul>"""
    return _layout(f"{SITE_NAME} - Berita Kalimantan Selatan Terkini", main)


def _paging(prefix: str, page: int, pages: int) -> str:
    """``class_paging.php``'s ``navHalaman``: « ‹ the two numbers either side › »."""
    parts = []
    if page > 1:
        parts.append(
            f'<li><a href="{prefix}1.html">&laquo;</a></li> <li><a href="{prefix}{page - 1}.html">&lsaquo;</a></li>'
        )
    numbers = " ... " if page > 3 else " "
    numbers += "".join(
        f'<li><a href="{prefix}{i}.html">{i}</a></li>' for i in range(max(1, page - 2), page)
    )
    numbers += f'<li class="active"><a href="#">{page}</a></li>'
    numbers += "".join(
        f'<li><a href="{prefix}{i}.html">{i}</a></li>'
        for i in range(page + 1, min(pages, page + 2) + 1)
    )
    parts.append(numbers)
    if page < pages:
        parts.append(
            f'<li><a href="{prefix}{page + 1}.html">&rsaquo;</a></li> <li><a href="{prefix}{pages}.html">&raquo;</a></li>'
        )
    return f'<div class="paging"><ul>{"".join(parts)}</ul></div>'


def _listing(
    heading: str, posts: list[Post], page: int, per_page: int, prefix: str | None
) -> str | None:
    pages = max(1, -(-len(posts) // per_page))
    if page > pages:
        return None
    shown = posts[(page - 1) * per_page : page * per_page]
    items = "".join(_teaser_block(p) for p in shown)
    paging = f"Hal: {_paging(prefix, page, pages)}" if prefix else ""
    main = f"<span class=judul_head>&#187; {heading}</span><br /><br />{items}{paging}<br /><br />"
    return _layout(f"{SITE_NAME} - Berita Kalimantan Selatan Terkini", main)


AGENDA = (
    (31, "Pelayanan SIM Keliling di Pasar Pelaihari", datetime(2024, 3, 4), "Pasar Pelaihari"),
    (30, "Donor Darah HUT Bhayangkara", datetime(2024, 2, 28), "Aula Mapolres"),
    (29, "Sosialisasi Pemilu Damai", datetime(2024, 2, 5), "Gedung Serbaguna"),
)
PROFILE = (
    f"{SITE_NAME} adalah media daring yang memberitakan peristiwa, hukum dan kegiatan "
    "kepolisian di Kalimantan Selatan sejak 2012.",
    "Redaksi berkantor di Jl. A. Yani Km 6 No. 14, Banjarmasin. Kami menerima rilis, "
    "foto kegiatan dan surat pembaca melalui alamat surel redaksi@kabarbarito.example.",
    "Pemimpin Redaksi: H. Syahrani. Redaktur: Ahmad Rizani. Reporter: Nor Aida, M. "
    "Fadli, Rusdiansyah. Fotografer: Hendra.",
)
GUIDELINES = (
    "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak "
    "asasi manusia yang dilindungi Pancasila, Undang-Undang Dasar 1945, dan Deklarasi "
    "Universal Hak Asasi Manusia PBB. Keberadaan media siber di Indonesia juga merupakan "
    "bagian dari kemerdekaan berpendapat, berekspresi, dan kemerdekaan pers.",
    "Media siber memiliki karakter khusus sehingga memerlukan pedoman agar pengelolaannya "
    "dapat dilaksanakan secara profesional, memenuhi fungsi, hak, dan kewajibannya sesuai "
    "Undang-Undang Nomor 40 Tahun 1999 tentang Pers dan Kode Etik Jurnalistik.",
    "Pada prinsipnya setiap berita harus melalui verifikasi. Berita yang dapat merugikan "
    "pihak lain memerlukan verifikasi pada berita yang sama untuk memenuhi prinsip "
    "akurasi dan keberimbangan.",
    "Ralat, koreksi, dan hak jawab mengacu pada Undang-Undang Pers, Kode Etik Jurnalistik, "
    "dan Pedoman Hak Jawab yang ditetapkan Dewan Pers, dan harus ditautkan pada berita "
    "yang diralat, dikoreksi, atau yang diberi hak jawab.",
)


def _static_page(title: str, paragraphs: tuple[str, ...], posted: str | None) -> str:
    """Lokomedia's ``profilkami`` and ``halamanstatis`` modules."""
    date = f"<span class=date>Diposting tanggal: {posted}</span><br /><br />" if posted else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    main = f"<span class=judul_head>&#187; <b>{title}</b></span><br /><br />{date}{body}"
    return _layout(title, main)


def _agenda_detail(aid: int) -> str | None:
    found = [a for a in AGENDA if a[0] == aid]
    if not found:
        return None
    _, theme, start, place = found[0]
    main = f"""<span class=judul>{theme}</span><br />
<span class=date>Diposting tanggal: {tgl_indo(start - timedelta(days=6))}</span><br /><br />
<b>Topik</b>  : {theme}. Terbuka untuk umum. <br />
<b>Tanggal</b> : {tgl_indo(start)} s/d {tgl_indo(start)} <br /><br />
<b>Tempat</b> : {place} <br /><br />
<b>Pengirim (Contact Person)</b> : Humas Polres Tanah Laut <br />"""
    return _layout(theme, main)


def _simple(title: str, inner: str) -> str:
    return _layout(title, f"<span class=judul_head>&#187; <b>{title}</b></span><br /><br />{inner}")


def _rss(root: str) -> str:
    """``rss.xml`` as ``rss.php`` wrote it when the admin last ran it."""
    then = [p for p in NEWEST_FIRST if p.number <= RSS_WRITTEN_AFTER][:5]
    items = ""
    for p in then:
        slug = seo_title(OLD_TITLE) if p.number == EDITED else seo_title(p.title)
        title = OLD_TITLE if p.number == EDITED else p.title
        text = " ".join(p.release.paragraphs).replace("–", "&ndash;")
        cut = text[:220]
        isi = escape(text[: cut.rfind(" ")], quote=True)
        items += f"""<item>
                 <title>{escape(title, quote=False)}</title>
                 <link>{root}/berita-{p.id}-{slug}.html</link>
                 <description>{isi} ...</description>
                 </item>"""
    return f"""<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>{SITE_NAME} Feed</title>
<link>{root}</link>
<description>Berita Kalimantan Selatan</description>
<language>id</language>{items}</channel></rss>"""


def _sitemap(root: str) -> str:
    """A hand-made sitemap from an online generator, run once on 20 January."""
    made = "2024-01-20T03:11:09+00:00"
    locs = ["/", "/semua-berita.html"] + [f"/kategori-{c}-{s}.html" for c, s, _ in CATEGORIES]
    locs += [p.path for p in POSTS if p.release.local < datetime(2024, 1, 20)]
    rows = "".join(
        f"\n<url>\n  <loc>{root}{loc}</loc>\n  <lastmod>{made}</lastmod>\n  <priority>{'1.00' if loc == '/' else '0.80'}</priority>\n</url>"
        for loc in locs
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">\n<!-- created with Free Online Sitemap Generator www.xml-sitemaps.com -->{rows}\n</urlset>'


def _page(html: str) -> bytes:
    """The page's bytes: windows-1252, as the server sends them."""
    return html.encode("cp1252")


def make_site(base: str, features: frozenset[str] = FEATURES):
    """The site's answer to each request target."""
    root = base.rstrip("/")
    by_id = {p.id: p for p in POSTS}
    tags = {seo: name for p in POSTS for seo, name in p.tags}

    def ok(html: str | None) -> Answer:
        return (200, PAGE, _page(html)) if html else NOT_FOUND

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/robots.txt":
            return (
                200,
                TEXT,
                "User-agent: *\nDisallow: /adminweb/\nDisallow: /config/\nDisallow: /captcha.php\n",
            )
        if path == "/rss.xml":
            return 200, "text/xml", _rss(root)
        if path == "/sitemap.xml" and "sitemap" in features:
            return 200, XML, _sitemap(root)
        if path in ("/", "/index.php", "/home"):
            return ok(_home())
        if path == "/media.php":
            module = query.get("module", [""])[0]
            raw = query.get("id", [""])[0]
            digits = re.match(r"\d+", raw)
            if module == "detailberita" and digits and int(digits.group()) in by_id:
                return ok(_article(by_id[int(digits.group())]))
            if module == "home":
                return ok(_home())
            return NOT_FOUND
        match = re.fullmatch(r"/berita-(\d+)-.*\.html", path)
        if match:
            post = by_id.get(int(match.group(1)))
            return ok(_article(post)) if post else NOT_FOUND
        if path == "/semua-berita.html":
            return ok(
                _listing(
                    "<b>Indeks Berita</b>", list(NEWEST_FIRST), 1, INDEX_PER_PAGE, "halberita-"
                )
            )
        match = re.fullmatch(r"/halberita-(\d+)\.html", path)
        if match:
            return ok(
                _listing(
                    "<b>Indeks Berita</b>",
                    list(NEWEST_FIRST),
                    int(match.group(1)),
                    INDEX_PER_PAGE,
                    "halberita-",
                )
            )
        match = re.fullmatch(r"/(kategori|halkategori)-(\d+)-([^/]+)\.html", path)
        if match:
            kind, cid, rest = match.groups()
            found = [c for c in CATEGORIES if c[0] == int(cid)]
            if not found or (kind == "halkategori" and not rest.isdigit()):
                return NOT_FOUND
            page = int(rest) if kind == "halkategori" else 1
            posts = [p for p in NEWEST_FIRST if p.category[0] == int(cid)]
            return ok(
                _listing(
                    f"Kategori : <b>{found[0][2]}</b>",
                    posts,
                    page,
                    CATEGORY_PER_PAGE,
                    f"halkategori-{cid}-",
                )
            )
        match = re.fullmatch(r"/tag-([^/]+)\.html", path)
        if match and match.group(1) in tags:
            name = tags[match.group(1)]
            posts = [p for p in NEWEST_FIRST if (match.group(1), name) in p.tags]
            return ok(_listing(f"Tag : <b>{name}</b>", posts, 1, 20, None))
        match = re.fullmatch(r"/agenda-(\d+)-[^/]+\.html", path)
        if match:
            return ok(_agenda_detail(int(match.group(1))))
        if path == "/semua-agenda.html":
            rows = "".join(
                f"<span class=date>{tgl_indo(start - timedelta(days=6))}</span><br /><span class=judul><a href=agenda-{aid}-{seo_title(t)}.html>{t}</a></span><br /><b>Tanggal</b> : {tgl_indo(start)} s/d {tgl_indo(start)} <br /><b>Tempat</b> : {place} <br /><hr color=#e0cb91 noshade=noshade />"
                for aid, t, start, place in AGENDA
            )
            return ok(_simple("Agenda", rows))
        if path == "/semua-album.html":
            return ok(
                _simple(
                    "Galeri Foto",
                    "<table><tr><td align=center><a href=lihat-galeri-7-kegiatan-polres.html><img src='img_album/kecil_kegiatan.jpg' border=0><br /><b>Kegiatan Polres</b></a><br />(12 Foto)</td></tr></table>",
                )
            )
        if path == "/lihat-galeri-7-kegiatan-polres.html":
            photos = "".join(
                f"<td align=center><a href='img_galeri/{n}kegiatan.jpg' rel='lightbox'><img src='img_galeri/kecil_{n}kegiatan.jpg' border=0></a><br />Kegiatan {n}</td>"
                for n in range(1, 7)
            )
            return ok(_simple("Album : Kegiatan Polres", f"<table><tr>{photos}</tr></table>"))
        if path == "/semua-download.html":
            rows = "".join(
                f"<li><a href=downlot.php?file={f}>{name}</a> (diunduh: {n}x)</li>"
                for f, name, n in (
                    ("jadwal-sim-keliling.pdf", "Jadwal SIM Keliling 2024", 31),
                    ("formulir-skck.pdf", "Formulir SKCK", 118),
                )
            )
            return ok(_simple("Download", f"<ul>{rows}</ul>"))
        if path == "/downlot.php":
            return (
                200,
                "application/octet-stream",
                b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
            )
        if path == "/lihat-poling.html":
            return ok(
                _simple(
                    "Hasil Polling",
                    "<table width=100%><tr><td width=120>Sangat baik (41) </td><td>64.1 %</td></tr><tr><td>Baik (19)</td><td>29.7 %</td></tr><tr><td>Kurang (4)</td><td>6.3 %</td></tr></table><p>Jumlah Voting: <b>64</b></p>",
                )
            )
        if path == "/profil-kami.html":
            return ok(_static_page("Profil Kami", PROFILE, None))
        if path == "/hubungi-kami.html":
            form = "<p>Silakan kirim pesan Anda kepada redaksi melalui formulir berikut.</p><form action=hubungi-aksi.html method=POST><table><tr><td>Nama</td><td><input type=text name=nama size=40></td></tr><tr><td>E-mail</td><td><input type=text name=email size=40></td></tr><tr><td>Subjek</td><td><input type=text name=subjek size=55></td></tr><tr><td valign=top>Pesan</td><td><textarea name=pesan style='width: 315px; height: 100px;'></textarea></td></tr><tr><td></td><td><input type=submit value=Kirim></td></tr></table></form>"
            return ok(_simple("Hubungi Kami", form))
        if path == "/statis-3-pedoman-media-siber.html":
            return ok(
                _static_page("Pedoman Media Siber", GUIDELINES, tgl_indo(datetime(2019, 3, 11)))
            )
        return NOT_FOUND

    return answer


def serve_lokomedia(features: frozenset[str] = FEATURES):
    """``with serve_lokomedia() as base_url:`` the portal on 127.0.0.1 until the block
    ends; ``features``: "sitemap" for the hand-made ``/sitemap.xml``."""
    return serve(lambda base: make_site(base, features))
