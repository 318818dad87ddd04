# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A regional news portal on Jegtheme's "JNews" WordPress theme on 127.0.0.1, WITA: the
twelve releases of ``_articles`` on "Lintas Banua", a Kalimantan Selatan portal with All
in One SEO, a security plugin that closes the REST API, FS Poster and the JNews AMP
add-on.

Where the markup comes from: written from memory of what JNews 10/11 prints on
Indonesian regional and Polres portals (``jeg_`` classes: ``jeg_viewport``,
``jeg_header``, ``jeg_main``, ``jeg_inner_content``, the single-post-1 template's
``entry-header`` with ``h1.jeg_post_title``, ``h2.jeg_post_subtitle`` and
``jeg_meta_container``, ``jeg_featured`` with its ``wp-caption-text``, the
``jeg_share_button`` bars, ``entry-content no-share`` > ``content-inner`` with the
``jnews_inline_related_post`` box and ``jeg_post_tags``, ``jeg_prevnext_post``,
``jnews_author_box_container``, ``jnews_related_post_container``, the comment list,
the ``jeg_postblock`` widgets and the archive's ``jeg_navigation jeg_pagination``), of
All in One SEO 4's head block and ``aioseo-schema`` graph and sitemaps, of the
"Disable REST API" kind of plugin's 401 and of the AMP plugin's reader template; no
saved page of any real site was available, so nothing is copied. Checked afterwards
against the three JNews pages among the public evaluation pages (an All in One SEO
4.4 site, an Arabic portal, a Caribbean one): the class names, the lazy featured
image (``src`` JNews's ``jeg-empty.png``, the file in ``data-src``), the inline
related box, the empty inline ad slots and AIOSEO's Open Graph times (the wall time
labelled +00:00) are as they print them. What may differ
from a given site: the wrappers a child theme or Elementor adds, the block numbers
(``jeg_postblock_22``, ``_29``), the date format a site chose in Settings > General,
the comment template and the Indonesian strings of a site's translation. What it
serves:

* Single posts at ``/%year%/%monthnum%/%day%/%postname%/``: the breadcrumbs,
  ``div.entry-header`` (``h1.jeg_post_title``; on four posts ``h2.jeg_post_subtitle``,
  the editor's one-line lead; ``div.jeg_meta_container`` > ``jeg_post_meta_1``:
  ``jeg_meta_author`` "Oleh <a>Nama</a>" with the avatar, ``jeg_meta_date`` "9 Januari
  2024" (Settings > General's ``j F Y``: no clock, no zone), ``jeg_meta_category`` "di
  Hukum", ``jeg_meta_comment``), ``div.jeg_featured featured_image`` with
  ``p.wp-caption-text``, the top ``jeg_share_button`` bar with its share and view
  counts, then ``div.entry-content no-share`` > ``div.content-inner``: the paragraphs,
  an editor's "Baca juga:" line whose link was pasted from the site's Facebook page
  (FS Poster's ``?feed_id=…&_unique_id=…``), JNews's inline related box
  (``jnews_inline_related_post``, "Baca Juga:" with two teasers and their dates) after
  the second paragraph, an inline ad ("ADVERTISEMENT"), on ``CAPTIONED`` posts a photo
  with its ``figcaption``, on ``SOURCED`` posts JNews's "Sumber:" and "Via:" lines,
  and ``jeg_post_tags`` "Tags:". After it the bottom share bar,
  ``jeg_prevnext_post`` ("Sebelumnya" / "Selanjutnya"), the author box, "Berita
  Terkait" (``jnews_related_post_container``, teasers with dates) and the comments
  (JNews's own comment callback: "10 Januari 2024 pukul 14:20", no ``<time>``, "Balas"
  ``?replytocom=N``; on ``PAGED_COMMENTS`` one comment a page, ``comment-page-N/``,
  whose canonical is that page as WordPress core prints it).
* On every page: the top bar's date ("Selasa, Februari 27, 2024", JNews's ``l, F j,
  Y``), the "Trending" ticker (links with ``utm_`` parameters), the main menu, the
  sidebar's "Terpopuler" (``widget_jnews_popular``), "Terbaru" (``jeg_postblock_21``,
  with dates) and core's "Komentar Terbaru" (links to ``comment-page-N/``) widgets,
  the footer.
* All in One SEO 4 (``aioseo``): ``article:published_time`` and
  ``article:modified_time`` the WITA wall time labelled +00:00 (as AIOSEO 4.4 printed
  them on a real JNews site) and the ``aioseo-schema`` graph's ``BlogPosting`` and
  ``WebPage`` dates in WITA (+08:00); the ``BlogPosting`` headline is the post's
  title, the ``WebPage`` name "Judul - Lintas Banua", ``articleSection`` the
  categories and tags in one comma-separated string. Without it the head names no
  date, no image and no description, and the sitemaps are WordPress core's
  (``/wp-sitemap.xml``, no ``lastmod``).
* "F j, Y" (a feature): every date the theme prints in WordPress's default format,
  "Januari 9, 2024" (``month_first``).
* ``/wp-json/…`` and ``?rest_route=…`` answer 401 ``rest_cannot_access`` (the plugin
  also removed ``rel="https://api.w.org/"``).
* The home page: JNews's hero block and "Berita Terkini" (five posts) with its "Muat
  Lebih Banyak" button (``jeg_block_loadmore``): the next posts come only from a POST
  to ``/?ajax-request=jnews``, which no crawler sends (a GET answers 400 "0").
* Category archives ``/category/<slug>/`` (and tag and author archives), three posts a
  page: with ``numbered`` (a feature) JNews's ``jeg_navigation jeg_pagination``
  ("Halaman 1 dari 3", a window of numbers, "Selanjutnya"), without it the archive's
  own "Muat Lebih Banyak" button, so that the pages ``/page/N/`` exist but nothing
  links them.
* All in One SEO's ``/sitemap.xml`` (robots.txt) → ``post-sitemap.xml`` (lastmod in
  UTC), ``page-``, ``category-sitemap.xml`` (``sitemap``, with ``aioseo``); ``/feed/`` with the ten
  newest (``feed``); the AMP twin at ``…/amp/`` (``time datetime`` in UTC); ``/?p=ID``
  301s to the post. Static pages "Redaksi" and "Pedoman Media Siber". Anything else
  is 404.

Everything is invented; ``expected`` gives what the archive must hold.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import parse_qs, quote, urlsplit

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 8  # WITA: Settings > General > Timezone "Makassar"
SITE_NAME = "Lintas Banua"
PER_PAGE = 3
HOME_SHOWN = 5
# The server's clock: a couple of hours after the newest post.
NOW = datetime(2024, 2, 27, 11, 40)
AUTHORS = (("Rahmadi Noor", "rahmadi"), ("Siti Aisyah", "siti-aisyah"))
CATEGORIES = (("hukum", "Hukum", 3), ("peristiwa", "Peristiwa", 4), ("daerah", "Daerah", 5))
COMMENTED = frozenset({0, 2})
COMMENTERS = ("Muhammad Arsyad", "Norhayati")
COMMENTS = (
    "Mantap, terima kasih Pak Polisi sudah menjaga Banua.",
    "Semoga kegiatan seperti ini terus berlanjut.",
)
# JNews's post subtitle ("jnews_single_post_subtitle"): an editor fills it on some posts.
SUBTITLES = {
    0: "Kedua pelaku ditangkap setelah pemilik motor melapor dengan rekaman kamera pengawas",
    3: "Polisi mengingatkan warga soal musim hujan dan jalan licin",
    6: "Sosialisasi digelar di sela kegiatan rutin warga",
    10: "Puluhan korban melapor membawa bukti transfer",
}
# JNews's "Sumber" and "Via" fields (``jnews_source_via_single_post``): a release taken
# from a Polres Humas page names it under the text, inside ``content-inner``.
SOURCED = frozenset({0, 2, 5, 9})
CAPTIONED = frozenset({1, 4, 8})  # an inline photo with its caption in the text
PAGED_COMMENTS = 2  # comments broken into pages (Settings > Discussion), newest first
FEATURES = frozenset({"aioseo", "sitemap", "feed", "numbered"})
# What the theme and its plugins put around the text; none of it is the article's.
CHROME = (
    "Baca Juga",
    "Baca juga",
    "Oleh",
    "Tags",
    "Berita Terkait",
    "Terpopuler",
    "Terbaru",
    "Trending",
    "Sebelumnya",
    "Selanjutnya",
    "Bagikan",
    "SHARES",
    "VIEWS",
    "Foto:",
    "Balas",
    "Mantap",  # a comment
    "pukul 1",  # a comment's time (the releases write "pukul 21.30 Wita")
    "menulis",  # the author box
    "Muat Lebih Banyak",
)


@dataclass(frozen=True)
class Post:
    release: Release
    number: int

    @property
    def wp_id(self) -> int:
        return 2300 + 17 * self.number

    @property
    def path(self) -> str:
        return f"/{self.release.local:%Y/%m/%d}/{self.release.slug}/"

    @property
    def author(self) -> str:
        return AUTHORS[self.number % 2][0]

    @property
    def author_slug(self) -> str:
        return AUTHORS[self.number % 2][1]

    @property
    def category(self) -> tuple[str, str, int]:
        return CATEGORIES[self.number % 3]

    @property
    def modified(self) -> datetime:
        """Local wall time of the last edit: three hours after publication."""
        return self.release.local + timedelta(hours=3)

    @property
    def image(self) -> str:
        return f"/wp-content/uploads/{self.release.local:%Y/%m}/{self.release.slug[:24]}.jpg"


POSTS: tuple[Post, ...] = tuple(Post(r, i) for i, r in enumerate(RELEASES))
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
POPULAR = tuple(POSTS[i] for i in (1, 5, 8, 3))


def expected(base_url: str) -> dict[str, tuple[str, str, list[str]]]:
    """What the archive must hold: URL -> (title, published_at in WITA, [author])."""
    root = base_url.rstrip("/")
    return {
        root + p.path: (p.release.title, p.release.aware(OFFSET).isoformat(), [p.author])
        for p in POSTS
    }


def _wita(local: datetime) -> str:
    return local.replace(tzinfo=timezone(timedelta(hours=OFFSET))).isoformat()


def _as_utc(local: datetime) -> str:
    """All in One SEO's Open Graph time as a real JNews site printed it (AIOSEO 4.4):
    the site's wall time labelled +00:00, beside the schema's same time at its offset."""
    return local.replace(tzinfo=timezone.utc).isoformat()


def _utc(local: datetime) -> datetime:
    return (local - timedelta(hours=OFFSET)).replace(tzinfo=timezone.utc)


def _day(local: datetime) -> str:
    """Settings > General's ``j F Y`` in Indonesian: "9 Januari 2024"."""
    return f"{local.day} {BULAN[local.month - 1]} {local.year}"


_DAY = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(BULAN)}) (\d{{4}})\b")


def month_first(html: str) -> str:
    """Every date the theme prints in WordPress's default format ``F j, Y``, as on a
    site that never changed Settings > General: "Januari 9, 2024" (the releases' own
    text writes no such date, so only the theme's change)."""
    return _DAY.sub(r"\2 \1, \3", html)


def _teaser_date(post: Post) -> str:
    return f'<div class="jeg_meta_date"><a href="{post.path}"><i class="fa fa-clock-o"></i> {_day(post.release.local)}</a></div>'


def _thumb(post: Post, size: str) -> str:
    src = post.image.replace(".jpg", f"-{size}.jpg")
    return f'<div class="jeg_thumb"><a href="{post.path}"><div class="thumbnail-container animate-lazy size-715 "><img width="{size.split("x")[0]}" height="{size.split("x")[1]}" src="/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-{size} size-jnews-{size} lazyload wp-post-image" alt="" data-src="{src}" data-sizes="auto" /></div></a></div>'


def _small_post(post: Post, dated: bool = True, thumb: str = "120x86") -> str:
    """A ``jeg_post jeg_pl_sm`` teaser of the sidebar and footer blocks."""
    meta = f'<div class="jeg_post_meta">{_teaser_date(post)}</div>' if dated else ""
    return f'<article class="jeg_post jeg_pl_sm format-standard">{_thumb(post, thumb)}<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{post.path}">{escape(post.release.title)}</a></h3>{meta}</div></article>'


def _block_heading(title: str) -> str:
    return f'<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>{title}</span></h3></div>'


def _recent_comments() -> str:
    """WordPress core's "Komentar Terbaru" widget: ``get_comment_link()``, which names
    the comment's page (``comment-page-N/``) where comments are broken into pages."""
    items = []
    for number in sorted(COMMENTED, reverse=True):
        post = POSTS[number]
        for n, who in enumerate(COMMENTERS):
            cid = 8100 + 10 * number + n
            page = f"comment-page-{n + 1}/" if number == PAGED_COMMENTS else ""
            items.append(
                f'<li class="recentcomments"><span class="comment-author-link">{who}</span> pada <a href="{post.path}{page}#comment-{cid}">{escape(post.release.title)}</a></li>'
            )
    return "".join(items)


def _sidebar() -> str:
    popular = "".join(
        f'<li class="popularpost_item">{_thumb(p, "120x86")}<h3 class="jeg_post_title"><a href="{p.path}">{escape(p.release.title)}</a></h3><div class="popularpost_meta"><div class="jeg_socialcounter"><a class="jeg_share" href="#"><i class="fa fa-share"></i> {12 + 7 * i}</a></div></div></li>'
        for i, p in enumerate(POPULAR)
    )
    recent = "".join(_small_post(p) for p in NEWEST_FIRST[:4])
    return f"""<div class="jeg_sidebar right jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">
<div class="widget widget_jnews_popular" id="jnews_popular-2">{_block_heading("Terpopuler")}<div class="jeg_postblock"><ul class="popularpost_list">{popular}</ul></div></div>
<div class="widget widget_jnews_module_block_21" id="jnews_module_block_21-2"><div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_1o3 jnews_module_2301_1_65dd0b3a normal">{_block_heading("Terbaru")}<div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{recent}</div></div></div></div>
<div class="widget widget_recent_comments" id="recent-comments-2">{_block_heading("Komentar Terbaru")}<ul id="recentcomments">{_recent_comments()}</ul></div>
<div class="widget widget_jnews_module_element_ads" id="jnews_module_element_ads-2"><div class="jeg_ad jeg_ad_module"><div class="ads-wrapper"><a href="https://iklan.example/pemprov?ref=lintasbanua" target="_blank" rel="nofollow noopener" class="adlink ads_image"><img src="/wp-content/uploads/2023/12/iklan-pemprov-300x250.jpg" alt="Iklan" width="300" height="250"></a></div></div></div>
</div></div></div>"""


def _menu() -> str:
    items = "".join(
        f'<li id="menu-item-{40 + cid}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{40 + cid} bgnav" data-item-row="default"><a href="/category/{slug}/">{name}</a></li>'
        for slug, name, cid in CATEGORIES
    )
    return f'<ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li id="menu-item-40" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-40 bgnav" data-item-row="default"><a href="/">Beranda</a></li><li id="menu-item-41" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-41 bgnav" data-item-row="default"><a href="/category/berita/">Berita</a></li>{items}<li id="menu-item-49" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-49 bgnav"><a href="/redaksi/">Redaksi</a></li></ul>'


def _share(url: str, title: str, where: str) -> str:
    """JNews's share bar; the top one with its share and view counters."""
    q, t = quote(url, safe=""), quote(title)
    stats = (
        '<div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">14</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">231</div><span class="sharetext">VIEWS</span></div></div>'
        if where == "top"
        else ""
    )
    return f"""<div class="jeg_share_{where}_wrapper"><div class="jeg_share_button clearfix">{stats}<div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={q}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Bagikan di Facebook</span></a><a href="https://twitter.com/intent/tweet?text={t}&amp;url={q}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Bagikan di Twitter</span></a><div class="share-secondary"><a href="//api.whatsapp.com/send?text={t}%0A{q}" rel="nofollow" class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a><a href="https://telegram.me/share/url?url={q}&amp;text={t}" rel="nofollow" class="jeg_btn-telegram "><i class="fa fa-telegram"></i></a></div><a href="#" class="jeg_btn-toggle"><i class="fa fa-share"></i></a></div></div></div>"""


def _layout(base: str, title: str, head: str, main: str, body_class: str) -> str:
    """JNews's header (top bar, ticker, logo, menu), the content, ``footer.php``."""
    root = base.rstrip("/")
    ticker = "".join(
        f'<div class="jeg_news_ticker_item jeg_news_ticker_animated"><a href="{p.path}?utm_source=ticker&amp;utm_medium=website&amp;utm_campaign=trending">{escape(p.release.title)}</a></div>'
        for p in NEWEST_FIRST[:4]
    )
    footer = "".join(_small_post(p, dated=False, thumb="75x75") for p in NEWEST_FIRST[:3])
    options = json.dumps(
        {
            "login_reload": root,
            "popup_script": "magnific",
            "single_gallery": False,
            "ajax_url": "/?ajax-request=jnews",
            "ismobile": False,
            "isie": False,
            "sidefeed_ajax": False,
            "language": "id",
            "module_prefix": "jnews_module_ajax_",
            "live_search": True,
            "postid": 0,
            "isblog": True,
            "admin_bar": False,
            "follow_video": False,
            "rtl": 0,
            "gif": "",
            "lang": {
                "invalid_recaptcha": "Invalid Recaptcha!",
                "empty_username": "Masukkan nama pengguna!",
            },
        }
    )
    return f"""<!doctype html>
<html lang="id-ID">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<title>{escape(title)}</title>
{head}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Feed" href="{root}/feed/" />
<link rel='stylesheet' id='jnews-frontend-css' href='{root}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.1.3' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='{root}/wp-content/themes/jnews/style.css?ver=11.1.3' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
<script type="text/javascript">var jnewsoption = {options};</script>
</head>
<body class="{body_class} wp-embed-responsive jeg_toggle_light jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div>
<div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">{HARI[NOW.weekday()]}, {BULAN[NOW.month - 1]} {NOW.day}, {NOW.year}</div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/lintasbanua" target="_blank" rel="external noopener nofollow" class="jeg_facebook"><i class="fa fa-facebook"></i></a><a href="https://www.instagram.com/lintasbanua" target="_blank" rel="external noopener nofollow" class="jeg_instagram"><i class="fa fa-instagram"></i></a></div></div></div></div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{root}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{root}/wp-content/uploads/2022/03/logo-lintasbanua.png" alt="{SITE_NAME}" data-light-src="{root}/wp-content/uploads/2022/03/logo-lintasbanua.png" width="300" height="70"></a></h1></div></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">{_menu()}</div></div></div></div></div></div></div>
<div class="jeg_navbar_wrapper jeg_news_ticker_wrapper"><div class="container"><div class="jeg_news_ticker"><div class="jeg_news_ticker_title"><i class="fa fa-bolt"></i>Trending</div><div class="jeg_news_ticker_items">{ticker}</div></div></div></div>
</div></div>
<div class="jeg_navbar_mobile_wrapper"><div class="jeg_navbar_mobile" data-mode="scroll"><div class="jeg_mobile_bottombar jeg_mobile_midbar jeg_container dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item"><a href="#" class="toggle_btn jeg_mobile_toggle"><i class="fa fa-bars"></i></a></div></div></div><div class="jeg_nav_col jeg_nav_center jeg_nav_grow"><div class="item_wrap jeg_nav_aligncenter"><div class="jeg_nav_item jeg_mobile_logo"><div class="site-title"><a href="{root}/"><img class='jeg_logo_img' src="{root}/wp-content/uploads/2022/03/logo-lintasbanua-mobile.png" alt="{SITE_NAME}" width="180" height="42"></a></div></div></div></div></div></div></div></div></div>
{main}
<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix">
<div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about" id="jnews_about-2"><div class="jeg_about"><p>{SITE_NAME} adalah portal berita Kalimantan Selatan. Kirim rilis ke redaksi@lintasbanua.example.</p></div></div></div>
<div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_module_block_21" id="jnews_module_block_21-3"><div class="jeg_postblock_21 jeg_postblock">{_block_heading("Berita Pilihan")}<div class="jeg_block_container"><div class="jeg_posts">{footer}</div></div></div></div></div>
</div></div></div></div>
<div class="jeg_footer_secondary clearfix"><div class="container"><div class="footer_right"><ul class="jeg_menu_footer"><li class="menu-item"><a href="{root}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{root}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></div><p class="copyright"> &copy; 2024 {SITE_NAME} - Berita Kalimantan Selatan Terkini</p></div></div>
</div></div></div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
</div>
<script type='text/javascript' src='{root}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.1.3' id='jnews-frontend-js'></script>
</body>
</html>"""


def _main(inner: str, sidebar: bool = True) -> str:
    """JNews's ``jeg_main`` > ``jeg_container`` around a page's content and sidebar."""
    return f"""<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
{inner}
</div></div>
{_sidebar() if sidebar else ""}
</div></div></div></div></div>"""


def _aioseo(base: str, post: Post, canonical: str) -> str:
    """All in One SEO 4's head block on a post: Open Graph times in UTC (from
    ``post_date_gmt``), the schema graph's in the site's zone."""
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    author_id = f"{root}/author/{post.author_slug}/#author"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "@id": f"{url}#blogposting",
                "name": f"{r.title} - {SITE_NAME}",
                "headline": r.title,
                "author": {"@id": author_id},
                "publisher": {"@id": f"{root}/#organization"},
                "image": {
                    "@type": "ImageObject",
                    "url": root + post.image,
                    "width": 1280,
                    "height": 720,
                },
                "datePublished": _wita(r.local),
                "dateModified": _wita(post.modified),
                "inLanguage": "id-ID",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
                "isPartOf": {"@id": f"{url}#webpage"},
                "articleSection": ", ".join((post.category[1], *r.tags)),
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumblist",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "@id": f"{root}/#listItem",
                        "position": 1,
                        "name": "Beranda",
                        "item": root + "/",
                    },
                    {
                        "@type": "ListItem",
                        "@id": f"{root}/category/{post.category[0]}/#listItem",
                        "position": 2,
                        "name": post.category[1],
                        "item": f"{root}/category/{post.category[0]}/",
                    },
                    {
                        "@type": "ListItem",
                        "@id": f"{url}#listItem",
                        "position": 3,
                        "name": r.title,
                    },
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{root}/#organization",
                "name": SITE_NAME,
                "url": root + "/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{root}/wp-content/uploads/2022/03/logo-lintasbanua.png",
                },
            },
            {
                "@type": "Person",
                "@id": author_id,
                "url": f"{root}/author/{post.author_slug}/",
                "name": post.author,
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"{r.title} - {SITE_NAME}",
                "description": r.paragraphs[0][:155],
                "inLanguage": "id-ID",
                "isPartOf": {"@id": f"{root}/#website"},
                "breadcrumb": {"@id": f"{url}#breadcrumblist"},
                "author": {"@id": author_id},
                "creator": {"@id": author_id},
                "datePublished": _wita(r.local),
                "dateModified": _wita(post.modified),
            },
            {
                "@type": "WebSite",
                "@id": f"{root}/#website",
                "url": root + "/",
                "name": SITE_NAME,
                "inLanguage": "id-ID",
                "publisher": {"@id": f"{root}/#organization"},
            },
        ],
    }
    return f"""<!-- All in One SEO 4.5.7.3 - aioseo.com -->
<meta name="description" content="{escape(r.paragraphs[0][:155])}" />
<meta name="robots" content="max-image-preview:large" />
<link rel="canonical" href="{canonical}" />
<meta name="generator" content="All in One SEO (AIOSEO) 4.5.7.3" />
<meta property="og:locale" content="id_ID" />
<meta property="og:site_name" content="{SITE_NAME} - Berita Kalimantan Selatan Terkini" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{escape(r.title)} - {SITE_NAME}" />
<meta property="og:description" content="{escape(r.paragraphs[0][:155])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{root}{post.image}" />
<meta property="article:published_time" content="{_as_utc(r.local)}" />
<meta property="article:modified_time" content="{_as_utc(post.modified)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{escape(r.title)} - {SITE_NAME}" />
<script type="application/ld+json" class="aioseo-schema">
{json.dumps(graph, ensure_ascii=False)}
</script>
<!-- All in One SEO -->
<link rel='shortlink' href='{root}/?p={post.wp_id}' />
<link rel="amphtml" href="{url}amp/">"""


def _comment_nav(post: Post, cpage: int | None) -> str:
    """WordPress's comment pagination on ``PAGED_COMMENTS``: the newest page (2) is the
    post itself, "Komentar Sebelumnya" leads to ``comment-page-1/``."""
    if post.number != PAGED_COMMENTS:
        return ""
    link = (
        f'<div class="nav-previous"><a href="{post.path}comment-page-1/#comments">Komentar Sebelumnya</a></div>'
        if cpage != 1
        else f'<div class="nav-next"><a href="{post.path}comment-page-2/#comments">Komentar Berikutnya</a></div>'
    )
    return f'<nav class="navigation comment-navigation" aria-label="Komentar"><h2 class="screen-reader-text">Navigasi komentar</h2><div class="nav-links">{link}</div></nav>'


def _comments(post: Post, cpage: int | None = None) -> str:
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan <small><a rel="nofollow" id="cancel-comment-reply-link" href="{post.path}#respond" style="display:none;">Batalkan balasan</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span></p><p class="comment-form-comment"><label for="comment">Komentar</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div>"""
    if post.number not in COMMENTED:
        return f'<div class="jnews_comment_container"><div id="comments" class="jeg_comments">{form}</div></div>'
    rows = []
    said = tuple(zip(COMMENTERS, COMMENTS))
    shown = list(enumerate(said))
    if post.number == PAGED_COMMENTS:  # one comment a page, the newest page first
        shown = shown[:1] if cpage == 1 else shown[1:]
    for n, (who, text) in shown:
        cid = 8100 + 10 * post.number + n
        when = post.release.local + timedelta(days=1 + n, hours=4)
        rows.append(
            f"""<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" class="comment-wrap clearfix"><div class="comment-avatar"><img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=55&#038;d=mm&#038;r=g' class='avatar avatar-55 photo' height='55' width='55' /></div><div class="comment-meta"><div class="comment-author"><span class="fn">{who}</span></div><div class="comment-date">{_day(when)} pukul {when:%H:%M}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{post.path}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{post.wp_id}" aria-label="Balas ke {who}">Balas</a></div></div><div class="comment-body"><div class="comment-content"><p>{text}</p></div></div></div></li>"""
        )
    return f"""<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h3 class="comments-title">2 Komentar</h3><div class="jeg_commentlist_container"><ol class="commentlist">{"".join(rows)}</ol></div>{_comment_nav(post, cpage)}{form}</div></div>"""


def _inline_related(posts: list[Post]) -> str:
    """JNews's "inline related post" box (``jeg_postblock_29``), inserted by the theme
    after a paragraph of ``the_content``."""
    items = "".join(
        f'<article class="jeg_post jeg_pl_xs post-{p.wp_id} post type-post status-publish format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{p.path}">{escape(p.release.title)}</a></h3><div class="jeg_post_meta">{_teaser_date(p)}</div></div></article>'
        for p in posts
    )
    return f"""<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_2318_0_65dd0b3a normal">{_block_heading("Baca Juga:")}<div class="jeg_posts "><div class="jeg_postsmall jeg_load_more_flag">{items}</div></div><div class="module-overlay"><div class="preloader_type preloader_dot"><div class="module-preloader jeg_preloader dot"><span></span><span></span><span></span></div></div></div><div class="jeg_block_navigation"><div class="navigation_overlay"><div class="module-preloader module-loader"></div></div></div><script>var jnews_module_2318_0_65dd0b3a = {{"header_type":"heading_6","first_title":"Baca Juga:","pagination_mode":"disable"}};</script></div></div></div>"""


def _article(base: str, post: Post, seo: bool, cpage: int | None = None) -> str:
    """The single post; ``cpage``: a page of its comments (``comment-page-N/``), whose
    canonical is that page, as WordPress core and the SEO plugins print it."""
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    here = url + (f"comment-page-{cpage}/" if cpage else "")
    others = [p for p in NEWEST_FIRST if p is not post]
    pasted = others[post.number % len(others)]
    paragraphs = [f"<p>{escape(p)}</p>" for p in r.paragraphs]
    # The editor's line, its link copied from the site's Facebook page (FS Poster).
    paragraphs.insert(
        1,
        f'<p><strong>Baca juga:</strong> <a href="{root}{pasted.path}?feed_id=37&amp;_unique_id=65a{pasted.wp_id:x}c3d1e9">{escape(pasted.release.title)}</a></p>',
    )
    paragraphs.insert(3, _inline_related(others[1:3]))
    paragraphs.insert(
        5,
        """<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class='ads-wrapper align-center '><a href='https://iklan.example/bank-kalsel?ref=lintasbanua' target="_blank" rel="nofollow noopener" class='adlink ads_image align-center'><img src='/wp-content/uploads/2023/11/iklan-bank-728x90.jpg' alt='Iklan' width='728' height='90'></a><div class='ads-text'>ADVERTISEMENT</div></div></div>""",
    )
    if post.number in CAPTIONED:
        n = post.wp_id + 1
        paragraphs.insert(
            1,
            f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: 750px" class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-{n}" src="{root}{post.image.replace(".jpg", "-2.jpg")}" alt="" width="750" height="500" /><figcaption id="caption-attachment-{n}" class="wp-caption-text">Personel {escape(r.tags[-1])} saat kegiatan berlangsung. (Foto: Humas)</figcaption></figure>',
        )
    source = (
        f'<div class="jeg_post_source"><span>Sumber:</span> <a href="https://humas.example/rilis/{post.wp_id}" target="_blank" rel="nofollow">Humas {escape(r.tags[-1])}</a></div><div class="jeg_post_via"><span>Via:</span> <a href="https://tribratanews.example/" target="_blank" rel="nofollow">Tribratanews</a></div>'
        if post.number in SOURCED
        else ""
    )
    tags = "".join(
        f'<a href="{root}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{escape(t)}</a>'
        for t in r.tags
    )
    i = POSTS.index(post)
    prev_next = "".join(
        f'<a href="{root}{p.path}" class="post {k}-post"><span class="caption">{caption}</span><h3 class="post-title">{escape(p.release.title)}</h3></a>'
        for k, caption, p in (
            ("prev", "Sebelumnya", POSTS[i - 1] if i else None),
            ("next", "Selanjutnya", POSTS[i + 1] if i + 1 < len(POSTS) else None),
        )
        if p is not None
    )
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_box format-standard">{_thumb(p, "360x180")}<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{root}{p.path}">{escape(p.release.title)}</a></h3><div class="jeg_post_meta">{_teaser_date(p)}</div></div></article>'
        for p in [x for x in NEWEST_FIRST if x.category == post.category and x is not post][:3]
    )
    slug, cat, _ = post.category
    comments = 2 if post.number in COMMENTED else 0
    subtitle = (
        f'<h2 class="jeg_post_subtitle">{escape(SUBTITLES[post.number])}</h2>'
        if post.number in SUBTITLES
        else ""
    )
    inner = f"""<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{root}/">Beranda</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{root}/category/{slug}/">{cat}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{escape(r.title)}</h1>
{subtitle}
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
<div class="meta_left">
<div class="jeg_meta_author"><img alt='{escape(post.author)}' src='https://secure.gravatar.com/avatar/{post.wp_id:x}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' /><span class="meta_text">Oleh</span> <a href="{root}/author/{post.author_slug}/">{escape(post.author)}</a></div>
<div class="jeg_meta_date"><a href="{url}">{_day(r.local)}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">di</span> <a href="{root}/category/{slug}/" rel="category tag">{cat}</a></span></div>
</div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> {comments}</a></div></div>
</div></div>
</div>
<div class="jeg_featured featured_image"><a href="{root}{post.image}"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="" data-src="{root}{post.image}" data-sizes="auto" /></div></a><p class="wp-caption-text">Foto: Dok. Humas Polres</p></div>
{_share(url, r.title, "top")}
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{chr(10).join(paragraphs)}
{source}
<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>
</div>
</div>
{_share(url, r.title, "bottom")}
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">{prev_next}</div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt='{escape(post.author)}' src='https://secure.gravatar.com/avatar/{post.wp_id:x}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' /></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{root}/author/{post.author_slug}/">{escape(post.author)}</a></h3><p class="jeg_author_desc">{escape(post.author)} menulis untuk {SITE_NAME} tentang kepolisian dan peristiwa di Kalimantan Selatan.</p></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3 jnews_module_{post.wp_id}_0_65dd0b3b normal">{_block_heading("Berita Terkait")}<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div><div class="jeg_block_navigation"><div class="navigation_overlay"><div class="module-preloader module-loader"></div></div><div class="jeg_block_nav "><a href="#" class="prev disabled" title="Sebelumnya"><i class="fa fa-angle-left"></i></a><a href="#" class="next " title="Selanjutnya"><i class="fa fa-angle-right"></i></a></div></div></div></div>
{_comments(post, cpage)}"""
    body = f"post-template-default single single-post postid-{post.wp_id} single-format-standard"
    head = (
        _aioseo(base, post, here)
        if seo
        else f'<link rel="canonical" href="{here}" />\n<link rel="amphtml" href="{url}amp/">'
    )
    return _layout(base, f"{r.title} - {SITE_NAME}", head, _main(inner), body)


def _amp(base: str, post: Post) -> str:
    """The AMP plugin's reader template as the JNews AMP add-on styles it:
    ``date('c')`` (UTC) in ``<time datetime>``, the day as the site prints it."""
    r = post.release
    root = base.rstrip("/")
    body = "".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    return f"""<!doctype html>
<html amp lang="id-ID">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1">
<title>{escape(r.title)} - {SITE_NAME}</title>
<link rel="canonical" href="{root}{post.path}" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#d32f2f}}</style>
</head>
<body class="amp_jnews">
<header id="top" class="amp-wp-header"><div><a href="{root}/">{SITE_NAME}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{escape(r.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{escape(post.author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(r.local).isoformat()}">{_day(r.local)}</time></div>
</header>
<div class="amp-wp-article-content">{body}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Kategori: <a href="{root}/category/{post.category[0]}/" rel="category tag">{post.category[1]}</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE_NAME}</h2><a href="#top" class="back-to-top">Kembali ke atas</a></div></footer>
</body>
</html>"""


def _archive_post(post: Post) -> str:
    """A ``jeg_postblock_5`` teaser of an archive."""
    r = post.release
    slug, cat, _ = post.category
    return f"""<article class="jeg_post jeg_pl_lg_2 format-standard">{_thumb(post, "350x250")}<div class="jeg_postblock_content">
<div class="jeg_post_category"><span><a href="/category/{slug}/" class="category-{slug}">{cat}</a></span></div>
<h3 class="jeg_post_title"><a href="{post.path}">{escape(r.title)}</a></h3>
<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">Oleh</span> <a href="/author/{post.author_slug}/">{escape(post.author)}</a></div>{_teaser_date(post)}</div>
<div class="jeg_post_excerpt"><p>{escape(r.paragraphs[0][:150])}</p><a href="{post.path}" class="jeg_readmore">Baca Selengkapnya</a></div>
</div></article>"""


def _loadmore() -> str:
    """JNews's "Muat Lebih Banyak": its posts come from a POST to ``/?ajax-request=jnews``."""
    return """<div class="jeg_block_navigation"><div class="navigation_overlay"><div class="module-preloader module-loader"></div></div><div class="jeg_block_loadmore "><a href="#" class="" data-load="Muat Lebih Banyak" data-loading="Memuat...">Muat Lebih Banyak</a></div></div>"""


def _pagination(path: str, page: int, pages: int) -> str:
    """JNews's ``jeg_pagenav_1``: "Halaman X dari Y", numbers around the current page
    with the first and last, "Selanjutnya"."""
    if pages < 2:
        return ""
    parts = [f'<span class="page_info">Halaman {page} dari {pages}</span>']

    def href(n: int) -> str:
        return path if n == 1 else f"{path}page/{n}/"

    if page > 1:
        parts.append(
            f'<a href="{href(page - 1)}" class="page_nav prev" data-id="{page - 1}"><span class="navtext">Sebelumnya</span></a>'
        )
    shown = sorted({1, pages, page - 1, page, page + 1} & set(range(1, pages + 1)))
    last = 0
    for n in shown:
        if n - last > 1:
            parts.append('<span class="page_number dots">…</span>')
        parts.append(
            f'<span class="page_number active">{n}</span>'
            if n == page
            else f'<a href="{href(n)}" class="page_number" data-id="{n}">{n}</a>'
        )
        last = n
    if page < pages:
        parts.append(
            f'<a href="{href(page + 1)}" class="page_nav next" data-id="{page + 1}"><span class="navtext">Selanjutnya</span></a>'
        )
    return f'<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext">{"".join(parts)}</div>'


def _archive(
    base: str,
    path: str,
    heading: str,
    posts: list[Post],
    page: int,
    body: str,
    numbered: bool,
) -> str | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    root = base.rstrip("/")
    here = root + (path if page == 1 else f"{path}page/{page}/")
    title = f"{heading}{f' - Halaman {page}' if page > 1 else ''} - {SITE_NAME}"
    rels = ""
    if page < pages:
        rels += f'\n<link rel="next" href="{root}{path}page/{page + 1}/" />'
    if page > 1:
        rels += (
            f'\n<link rel="prev" href="{root}{path if page == 2 else f"{path}page/{page - 1}/"}" />'
        )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "CollectionPage", "@id": here + "#collectionpage", "url": here, "name": title}
        ],
    }
    head = f"""<!-- All in One SEO 4.5.7.3 - aioseo.com -->
<meta name="robots" content="max-image-preview:large" />
<link rel="canonical" href="{here}" />{rels}
<meta property="og:type" content="website" />
<meta property="og:title" content="{escape(title)}" />
<script type="application/ld+json" class="aioseo-schema">{json.dumps(graph)}</script>
<!-- All in One SEO -->"""
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    navigation = _pagination(path, page, pages) if numbered else _loadmore()
    inner = f"""<div class="jeg_archive_header"><div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{root}/">Beranda</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">{heading}</span></div></div><h1 class="jeg_archive_title">{heading}</h1></div>
<div class="jnews_archive_content_wrapper"><div class="jeg_module_hook jnews_module_archive"><div class="jeg_postblock_5 jeg_postblock jeg_col_2o3"><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">
{chr(10).join(_archive_post(p) for p in shown)}
</div></div>{navigation}</div></div></div>"""
    return _layout(base, title, head, _main(inner), body)


def _home(base: str) -> str:
    root = base.rstrip("/")
    hero = "".join(
        f'<article class="jeg_post jeg_hero_item_{n + 1}" style="padding: 0 0 2px 2px;"><div class="jeg_block_container"><span class="jeg_postformat_icon"></span><div class="jeg_thumb"><a href="{p.path}"><div class="thumbnail-container thumbnail-background" data-src="{p.image}"></div></a></div><div class="jeg_postblock_content"><div class="jeg_post_category"><a href="/category/{p.category[0]}/" class="category-{p.category[0]}">{p.category[1]}</a></div><div class="jeg_post_info"><h2 class="jeg_post_title"><a href="{p.path}">{escape(p.release.title)}</a></h2><div class="jeg_post_meta">{_teaser_date(p)}</div></div></div></div></article>'
        for n, p in enumerate(NEWEST_FIRST[:3])
    )
    latest = "".join(_archive_post(p) for p in NEWEST_FIRST[:HOME_SHOWN])
    inner = f"""<div class="jeg_heroblock jeg_heroblock_1 jeg_col_3o3 jeg_hero_style_1"><div class="jeg_hero_wrapper"><div class="jeg_heroblock_wrapper">{hero}</div></div></div>
<div class="jeg_postblock_3 jeg_postblock jeg_module_hook jeg_pagination_loadmore jeg_col_2o3 jnews_module_7_1_65dd0b3c">{_block_heading("Berita Terkini")}<div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{latest}</div></div>{_loadmore()}<script>var jnews_module_7_1_65dd0b3c = {{"header_type":"heading_6","first_title":"Berita Terkini","number_post":"5","pagination_mode":"loadmore","pagination_number_post":"5"}};</script></div>"""
    head = f"""<!-- All in One SEO 4.5.7.3 - aioseo.com -->
<meta name="description" content="Berita Kalimantan Selatan terkini" />
<link rel="canonical" href="{root}/" />
<meta property="og:type" content="website" />
<!-- All in One SEO -->"""
    return _layout(
        base,
        f"{SITE_NAME} - Berita Kalimantan Selatan Terkini",
        head,
        _main(inner),
        "home page-template page-template-template-builder page page-id-7",
    )


def _static(base: str, slug: str, title: str) -> str:
    root = base.rstrip("/")
    inner = f"""<div class="entry-header"><h1 class="jeg_post_title">{title}</h1></div><div class="entry-content"><div class="content-inner"><p>Pemimpin Redaksi: Ahmad Fauzan. Alamat redaksi: Jl. A. Yani Km 5 No. 21, Banjarmasin, Kalimantan Selatan.</p></div></div>"""
    head = f'<link rel="canonical" href="{root}/{slug}/" />\n<meta property="og:type" content="article" />'
    return _layout(
        base,
        f"{title} - {SITE_NAME}",
        head,
        _main(inner),
        f"page-template-default page page-{slug}",
    )


def _urlset(root: str, rows: list[tuple[str, str | None]]) -> str:
    body = "".join(
        f"\n\t<url>\n\t\t<loc>{root}{loc}</loc>"
        + (f"\n\t\t<lastmod>{m}</lastmod>" if m else "")
        + "\n\t</url>"
        for loc, m in rows
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{root}/default-sitemap.xsl?sitemap=post"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{body}\n</urlset>'


def _feed(root: str) -> str:
    items = "".join(
        f"""
	<item>
		<title>{escape(p.release.title)}</title>
		<link>{root}{p.path}</link>
		<dc:creator><![CDATA[{p.author}]]></dc:creator>
		<pubDate>{_utc(p.release.local):%a, %d %b %Y %H:%M:%S} +0000</pubDate>
		<category><![CDATA[{p.category[1]}]]></category>
		<guid isPermaLink="false">{root}/?p={p.wp_id}</guid>
		<description><![CDATA[{p.release.paragraphs[0][:150]} [&#8230;]]]></description>
	</item>"""
        for p in NEWEST_FIRST[:10]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{SITE_NAME}</title>
	<atom:link href="{root}/feed/" rel="self" type="application/rss+xml" />
	<link>{root}</link>
	<description>Berita Kalimantan Selatan Terkini</description>
	<language>id</language>{items}
</channel>
</rss>"""


def make_site(base: str, features: frozenset[str] = FEATURES):
    """The site's answer to each request target; with "F j, Y" among ``features`` every
    date the theme prints is month first."""
    root = base.rstrip("/")
    by_path = {p.path: p for p in POSTS}
    by_id = {p.wp_id: p for p in POSTS}
    tags = {t.lower().replace(" ", "-"): t for p in POSTS for t in p.release.tags}
    numbered = "numbered" in features
    closed = (
        401,
        "application/json; charset=UTF-8",
        '{"code":"rest_cannot_access","message":"DRA: Hanya pengguna yang diautentikasi yang dapat mengakses REST API.","data":{"status":401}}',
    )

    def page_of(rest: str) -> tuple[str, int] | None:
        head, sep, tail = rest.rpartition("/page/")
        if not sep:
            return rest, 1
        number = tail.strip("/")
        return (head + "/", int(number)) if number.isdigit() and number != "1" else None

    seo = "aioseo" in features

    def core_sitemap(path: str) -> Answer:
        """WordPress core's sitemaps, without All in One SEO: no lastmod."""
        if path == "/wp-sitemap.xml":
            rows = "".join(
                f"<sitemap><loc>{root}/wp-sitemap-{m}-1.xml</loc></sitemap>"
                for m in ("posts-post", "posts-page", "taxonomies-category")
            )
            return (
                200,
                XML,
                f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>\n',
            )
        rows_by_map = {
            "/wp-sitemap-posts-post-1.xml": [p.path for p in NEWEST_FIRST],
            "/wp-sitemap-posts-page-1.xml": ["/", "/redaksi/", "/pedoman-media-siber/"],
            "/wp-sitemap-taxonomies-category-1.xml": ["/category/berita/"]
            + [f"/category/{s}/" for s, _, _ in CATEGORIES],
        }
        if path not in rows_by_map:
            return NOT_FOUND
        return 200, XML, _urlset(root, [(loc, None) for loc in rows_by_map[path]])

    def answer(target: str) -> Answer:
        status, kind, body = respond(target)
        if "F j, Y" in features and kind == HTML and status == 200:
            return status, kind, month_first(body)
        return status, kind, body

    def respond(target: str) -> Answer:
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        if path.startswith("/wp-json") or "rest_route" in query:
            return closed
        if "ajax-request" in query:
            return 400, TEXT, "0"  # JNews's ajax endpoint wants a POST with an action
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return 301, HTML, root + path + "/" + (f"?{parts.query}" if parts.query else "")
        if path == "/" and "p" in query:
            raw = query["p"][0]
            post = by_id.get(int(raw)) if raw.isdigit() else None
            return (301, HTML, root + post.path) if post else NOT_FOUND
        if path == "/robots.txt":
            text = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
            if "sitemap" in features:
                text += f"\nSitemap: {root}/{'sitemap' if seo else 'wp-sitemap'}.xml\n"
            return 200, TEXT, text
        if "sitemap" in features and not seo and path.startswith("/wp-sitemap"):
            return core_sitemap(path)
        if "sitemap" in features and seo and path.endswith(".xml"):
            newest = _utc(NEWEST_FIRST[0].modified).isoformat()
            if path == "/sitemap.xml":
                rows = "".join(
                    f"\n\t<sitemap>\n\t\t<loc>{root}/{m}-sitemap.xml</loc>\n\t\t<lastmod>{newest}</lastmod>\n\t</sitemap>"
                    for m in ("post", "page", "category")
                )
                return (
                    200,
                    XML,
                    f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{root}/default-sitemap.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}\n</sitemapindex>',
                )
            if path == "/post-sitemap.xml":
                rows = [(p.path, _utc(p.modified).isoformat()) for p in NEWEST_FIRST]
                return 200, XML, _urlset(root, [("/", newest), *rows])
            if path == "/page-sitemap.xml":
                return (
                    200,
                    XML,
                    _urlset(root, [("/redaksi/", None), ("/pedoman-media-siber/", None)]),
                )
            if path == "/category-sitemap.xml":
                return (
                    200,
                    XML,
                    _urlset(
                        root,
                        [("/category/berita/", newest)]
                        + [(f"/category/{s}/", newest) for s, _, _ in CATEGORIES],
                    ),
                )
        if "feed" in features and path == "/feed/":
            return 200, "application/rss+xml; charset=UTF-8", _feed(root)
        if path == "/":
            return 200, HTML, _home(base)
        if path in ("/redaksi/", "/pedoman-media-siber/"):
            name = path.strip("/")
            return 200, HTML, _static(base, name, name.replace("-", " ").title())
        segments = path.strip("/").split("/")
        if len(segments) >= 4 and segments[0].isdigit():
            post = by_path.get("/" + "/".join(segments[:4]) + "/")
            if post is None:
                return NOT_FOUND
            if segments[4:] == ["amp"]:
                return 200, HTML, _amp(base, post)
            if post.number == PAGED_COMMENTS and segments[4:] in (
                ["comment-page-1"],
                ["comment-page-2"],
            ):
                return 200, HTML, _article(base, post, seo, int(segments[4][-1]))
            return (200, HTML, _article(base, post, seo)) if not segments[4:] else NOT_FOUND
        paged = page_of(path)
        if paged is None:
            return NOT_FOUND
        listing, number = paged
        posts: list[Post] = []
        heading = body = ""
        if listing == "/category/berita/":
            posts, heading, body = list(NEWEST_FIRST), "Berita", "archive category category-berita"
        elif listing.startswith("/category/"):
            slug = listing.strip("/").split("/")[-1]
            found = [c for c in CATEGORIES if c[0] == slug]
            if found and listing == f"/category/{slug}/":
                posts = [p for p in NEWEST_FIRST if p.category[0] == slug]
                heading, body = found[0][1], f"archive category category-{slug}"
        elif listing.startswith("/tag/") and listing[5:-1] in tags:
            name = tags[listing[5:-1]]
            posts = [p for p in NEWEST_FIRST if name in p.release.tags]
            heading, body = name, "archive tag"
        elif listing.startswith("/author/"):
            slug = listing[8:-1]
            found_a = [a for a in AUTHORS if a[1] == slug]
            if found_a:
                posts = [p for p in NEWEST_FIRST if p.author_slug == slug]
                heading, body = found_a[0][0], f"archive author author-{slug}"
        if not posts:
            return NOT_FOUND
        html = _archive(base, listing, heading, posts, number, body, numbered)
        return (200, HTML, html) if html else NOT_FOUND

    return answer


def serve_jnews(features: frozenset[str] = FEATURES):
    """``with serve_jnews() as base_url:`` the portal on 127.0.0.1 until the block ends;
    ``features`` is what is on of {"aioseo", "sitemap", "feed", "numbered", "F j, Y"}
    (the REST API is always closed)."""
    return serve(lambda base: make_site(base, features))
