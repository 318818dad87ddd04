# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A regional news portal on tagDiv's commercial "Newspaper" WordPress theme on
127.0.0.1, WITA: the twelve releases of ``_articles`` on "Warta Banua", a Kalimantan
Selatan portal with Yoast SEO and the official AMP plugin.

Where the markup comes from: written from memory of what Newspaper 12 (tagDiv Cloud
Library, the ``tdb`` template builder) prints on Indonesian portals, of Yoast SEO's
head block and sitemaps, of WordPress core's REST API, shortlinks and ``wp_link_pages``
and of the AMP plugin's reader mode; no saved page of any real site was available,
so nothing is copied and details (``tdi_N`` numbering, inline CSS, the exact block
order a site's template builder chose) may differ from a given site. The tdb blocks'
markup is sketched, not exact; the class names are the theme's. What it serves:

* Single posts through a tdb single template: ``<article id="template-id-4521"
  class="post-4521 tdb_templates …">`` (the *template's* id, not the post's, as tdb
  prints it), blocks ``td_block_wrap tdb_breadcrumbs``, ``tdb_single_categories``,
  ``tdb_title`` (``h1.tdb-title-text``), ``tdb_single_author``, ``tdb_single_date``
  and ``tdb_single_modified_date`` (both ``<time class="entry-date updated
  td-module-date">``, the second "Diperbarui", two days later), comment count and
  views, ``tdb_single_featured_image`` with its caption, ``tdb_single_post_share``
  (``td-social-but-text`` "Facebook", "WhatsApp"…), ``tdb_single_content`` (``div.
  td-post-content tagdiv-type``) with ``td-a-rec`` ad slots ("- Advertisement -")
  and "Baca Juga:" paragraphs an editor pasted (links with FS Poster's ``?feed_id=…
  &_unique_id=…``, ``utm_*`` from WhatsApp, the ``/amp/`` twin, the ``?p=`` shortlink),
  ``tdb_single_tags``, the bottom share bar, ``tdb_single_author_box``,
  ``tdb_single_next_prev``, ``td_block_related_posts`` ("ARTIKEL TERKAIT", teasers
  with their dates) and comments (``<time pubdate="<unix time>">12 Januari 2024 Pada
  3:12 pm</time>``, "Balas" links with ``?replytocom=N``). Every ``td-module-date`` ``datetime`` is UTC (the theme prints
  ``date(DATE_W3C, get_the_time('U'))`` under WordPress's UTC default zone) and the
  visible date is the day alone ("9 Januari 2024"); Yoast's ``@graph``,
  ``article:published_time`` and sitemaps are UTC too. Only the REST API's ``date``
  beside ``date_gmt`` says the site's clock is WITA.
* The header's ``tdb_header_date`` (today's date), the "Trending" ticker and the
  right sidebar's "Populer" (``td_flex_block_1`` teasers, each with a
  ``td-module-meta-info`` date, "N jam yang lalu" for the newest, as the theme's
  "time ago" option prints them against the server's clock ``NOW``) on every page.
* One post (``SPLIT``) cut by ``<!--nextpage-->``: page 2 at ``…/slug/2/``, Yoast's
  canonical for it is itself, ``rel=prev/next``, its title "Judul Halaman 2 dari 2 -
  Warta Banua"; ``div.page-nav.page-nav-post`` between them.
* Permalinks ``/%year%/%monthnum%/%postname%/``. Twins: ``?amp=1`` (``rel=amphtml``)
  and ``/amp/`` (reader mode, ``rel=canonical`` back), ``/?p=ID`` (301 to the post).
* Listings: the home page (newest six and "Muat lebih banyak", an admin-ajax button
  with no URL), the category "Berita" and its children, tag and author archives, month
  archives, all paged ``/page/N/`` with Newspaper's ``div.page-nav`` ("Halaman 1 dari
  4"), each teaser a ``tdb_module_loop`` with author, date and excerpt.
* Yoast's ``/sitemap_index.xml`` (robots.txt) → ``post-``, ``page-``, ``category-``,
  ``post_tag-``, ``author-sitemap.xml``; ``/feed/``; ``/wp-json/`` and
  ``/wp-json/wp/v2/posts|tags|categories``; static pages "Redaksi" and "Pedoman Media
  Siber". Anything else is 404. ``features`` turns the API, sitemaps and feed off.

Everything is invented; ``expected`` gives what the archive must hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import parse_qs, quote, urlsplit

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 8  # WITA: WordPress Settings > General > Timezone "Makassar"
TIMEZONE = "Asia/Makassar"
SITE_NAME = "Warta Banua"
TEMPLATE_ID = 4521  # the tdb single template's own post id
PER_PAGE = 3  # Settings > Reading "Blog pages show at most"
HOME_SHOWN = 6
# The server's clock for the theme's "time ago" dates: two hours after the newest post.
NOW = datetime(2024, 2, 26, 11, 40)
AUTHORS = (
    ("Rahmat Hidayatullah", "rahmat"),
    ("Noor Aisyah", "noor-aisyah"),
    ("Redaksi", "redaksi"),
)
PARENT = ("berita", "Berita", 2)
CATEGORIES = (
    ("hukum-kriminal", "Hukum &amp; Kriminal", 3),
    ("peristiwa", "Peristiwa", 4),
    ("daerah", "Daerah", 5),
)
SPLIT = frozenset({4})  # the release numbers cut in two by <!--nextpage-->
COMMENTED = frozenset({0, 9})
FEATURES = frozenset({"api", "sitemap", "feed"})
AUTHOR_BIO = "menulis untuk {site} sejak 2019, meliput hukum, kepolisian dan peristiwa di Kalimantan Selatan."
ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {root}/sitemap_index.xml
"""


@dataclass(frozen=True)
class Post:
    release: Release
    number: int

    @property
    def wp_id(self) -> int:
        return 2301 + 7 * self.number

    @property
    def path(self) -> str:
        return f"/{self.release.local:%Y/%m}/{self.release.slug}/"

    @property
    def author(self) -> str:
        return AUTHORS[self.number % 3][0]

    @property
    def author_slug(self) -> str:
        return AUTHORS[self.number % 3][1]

    @property
    def category(self) -> tuple[str, str, int]:
        return CATEGORIES[self.number % 3]

    @property
    def modified(self) -> datetime:
        """Local wall time of the last edit: two days and three hours later."""
        return self.release.local + timedelta(days=2, hours=3)

    @property
    def pages(self) -> tuple[tuple[str, ...], ...]:
        p = self.release.paragraphs
        return (p[:2], p[2:]) if self.number in SPLIT else (p,)

    @property
    def image(self) -> str:
        return f"/wp-content/uploads/{self.release.local:%Y/%m}/{self.release.slug[:30]}.jpg"


POSTS: tuple[Post, ...] = tuple(Post(r, i) for i, r in enumerate(RELEASES))
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
# "Populer" (by views) leaves the oldest post out: only the listings' last pages name it.
POPULAR = tuple(POSTS[i] for i in (3, 7, 9, 1, 5))


def expected(base_url: str) -> dict[str, tuple[str, str, str]]:
    """What the archive must hold: URL -> (title, published_at in WITA, author)."""
    base = base_url.rstrip("/")
    return {
        base + p.path: (p.release.title, p.release.aware(OFFSET).isoformat(), p.author)
        for p in POSTS
    }


def _utc(local: datetime) -> datetime:
    return (local - timedelta(hours=OFFSET)).replace(tzinfo=timezone.utc)


def _w3c_utc(local: datetime) -> str:
    """``date(DATE_W3C, $unix)`` with PHP's default zone UTC, as the theme prints it."""
    return _utc(local).isoformat()


def _day(local: datetime) -> str:
    """``date_format`` "j F Y" in Indonesian."""
    return f"{local.day} {BULAN[local.month - 1]} {local.year}"


def _shown(local: datetime) -> str:
    """The theme's "time ago" for the last week, the day beyond it."""
    age = NOW - local
    if timedelta(0) <= age < timedelta(days=1):
        return f"{max(1, int(age.total_seconds() // 3600))} jam yang lalu"
    if timedelta(0) <= age < timedelta(days=7):
        return f"{age.days} hari yang lalu"
    return _day(local)


def _tag_slug(tag: str) -> str:
    return tag.lower().replace(" ", "-")


def _module_date(post: Post) -> str:
    local = post.release.local
    return f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_w3c_utc(local)}" >{_shown(local)}</time></span>'


def _flex_module(post: Post, href_suffix: str = "") -> str:
    """A ``td_module_flex`` teaser: thumb, category, title, ``td-module-meta-info``."""
    r = post.release
    slug, name, _ = post.category
    href = post.path + href_suffix
    return f"""<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack td-cpt-post">
<div class="td-module-container td-category-pos-above">
<div class="td-image-container"><div class="td-module-thumb"><a href="{href}" rel="bookmark" class="td-image-wrap " title="{escape(r.title)}"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{post.image.replace(".jpg", "-218x150.jpg")}"></span></a></div></div>
<div class="td-module-meta-info">
<a href="/category/berita/{slug}/" class="td-post-category">{name}</a>
<h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{escape(r.title)}">{escape(r.title)}</a></h3>
<div class="td-editor-date"><span class="td-author-date">{_module_date(post)}</span></div>
</div></div></div>"""


def _popular(tdi: int) -> str:
    modules = "\n".join(_flex_module(p) for p in POPULAR)
    return f"""<div class="td_block_wrap td_flex_block_1 tdi_{tdi} td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="tdi_{tdi}">
<div class="td-block-title-wrap"><h4 class="td-block-title"><span>Populer</span></h4></div>
<div id=tdi_{tdi} class="td_block_inner td-mc1-wrap">
{modules}
</div></div>"""


def _ad(slot: str, tdi: int) -> str:
    return f"""<div class="td-a-rec td-a-rec-id-{slot}  tdi_{tdi} td_block_template_1">
<span class="td-adspot-title">- Advertisement -</span><div class="td-all-devices"><a href="https://iklan.example/kampanye?src=wartabanua" target="_blank"><img src="/wp-content/uploads/2024/01/banner-pemda-728x90.jpg" alt="" width="728" height="90"/></a></div></div>"""


def _menu() -> str:
    items = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category tdb-menu-item-button tdb-menu-item"><a href="/category/berita/{slug}/"><div class="tdb-menu-item-text">{name}</div></a></li>'
        for slug, name, _ in CATEGORIES
    )
    return f"""<ul id="menu-main-menu-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home tdb-menu-item-button tdb-menu-item"><a href="/"><div class="tdb-menu-item-text">Beranda</div></a></li><li class="menu-item menu-item-type-taxonomy menu-item-object-category tdb-menu-item-button tdb-menu-item"><a href="/category/berita/"><div class="tdb-menu-item-text">Berita</div></a></li>{items}<li class="menu-item menu-item-type-post_type menu-item-object-page tdb-menu-item-button tdb-menu-item"><a href="/redaksi/"><div class="tdb-menu-item-text">Redaksi</div></a></li></ul>"""


def _layout(
    base: str, title: str, head: str, main: str, body_class: str, *, sidebar: bool = True
) -> str:
    """Newspaper's ``header.php`` + tdb header template, the content, the tdb footer."""
    root = base.rstrip("/")
    today = NOW
    trending = "".join(
        f'<div class="td_module_trending_now td-trending-now-post-{i} td-trending-now-post" style="opacity: 0; visibility: hidden;"><h3 class="entry-title td-module-title"><a href="{p.path}" rel="bookmark" title="{escape(p.release.title)}">{escape(p.release.title)}</a></h3></div>'
        for i, p in enumerate(NEWEST_FIRST[:3])
    )
    aside = (
        f"""<div class="vc_column tdi_90  wpb_column vc_column_container tdc-column td-pb-span4 td-is-sticky">
<div class="wpb_wrapper" data-sticky-enabled-on="W3siYWxsIjp0cnVlfQ==" data-sticky-offset="20">
{_ad("sidebar", 91)}
{_popular(92)}
<div class="td_block_wrap td_block_social_counter tdi_93 td-pb-border-top td_block_template_1"><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td-sp-facebook"></div><span class="td_social_info td_social_info_counter">12,480</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/wartabanua">Like</a></span></div></div></div></div>
{_ad("custom_spot", 94)}
</div></div>"""
        if sidebar
        else ""
    )
    return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="id"> <!--<![endif]-->
<head>
    <title>{escape(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{root}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="{root}/wp-content/uploads/2021/03/favicon-wb.png">
{head}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Feed" href="{root}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Umpan Komentar" href="{root}/comments/feed/" />
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{root}/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=492e3cf54bd42df3b24a3de8e2307cafx' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{root}/wp-content/themes/Newspaper/style.css?ver=12.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='tdb_style_cloud_templates_front-css' href='{root}/wp-content/plugins/td-cloud-library/assets/css/tdb_main.css?ver=d578089f160957352b9b4ca6d880fd8f' type='text/css' media='all' />
<script type="text/javascript" src="{root}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{root}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{root}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.2" />
<!--[if lt IE 9]><script src="https://cdnjs.cloudflare.com/ajax/libs/html5shiv/3.7.3/html5shiv.js"></script><![endif]-->
    <script>
        window.tdb_global_vars = {{"wpRestUrl":"{root}\\/wp-json\\/","permalinkStructure":"\\/%year%\\/%monthnum%\\/%postname%\\/"}};
        window.tdb_p_autoload_vars = {{"isAjax":false,"isAdminBarShowing":false,"autoloadScrollPercent":50}};
    </script>
<script>
var tdBlocksArray = []; //here we store all the items for the current page
var td_ajax_url="{root}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.2";
var td_get_template_directory_uri="{root}\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
var tds_general_modal_image="yes";
var tdDateNamesI18n={{"month_names":["Januari","Februari","Maret","April","Mei","Juni","Juli","Agustus","September","Oktober","November","Desember"],"day_names":["Minggu","Senin","Selasa","Rabu","Kamis","Jumat","Sabtu"]}};
</script>
<style id="tdb-global-colors">:root{{--accent-color:#fff;--td_theme_color:#c8102e}}</style>
</head>
<body class="{body_class} global-block-template-1 tdb_template_{TEMPLATE_ID} tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div><div class="td-mobile-content">{_menu()}</div></div></div>
<div class="td-search-background" style="visibility:hidden"></div>
<div class="td-search-wrap-mob" style="visibility:hidden"><div class="td-drop-down-search"><form method="get" class="td-search-form" action="{root}/"><div class="td-search-input"><span>Cari</span><input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" /></div></form></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative">
<div class="td-header-desktop-wrap ">
<div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2  wpb_row td-pb-row tdc-element-style">
<div class="tdc-row stretch_row_1400 td-stretch-content"><div class="vc_row tdi_4  wpb_row td-pb-row tdc-element-style">
<div class="vc_column tdi_6  wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_date tdi_7 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_7"><div class="tdb-block-inner td-fix-index"><div class="tdb-head-date-txt">{HARI[today.weekday()]}, {BULAN[today.month - 1]} {today.day}, {today.year}</div></div></div>
<div class="td_block_wrap tdb_header_logo tdi_8 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_8"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{root}/"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img td-retina-data" src="{root}/wp-content/uploads/2021/03/logo-warta-banua.png" alt="{SITE_NAME}" title="" width="272" height="90" /></span><span class="tdb-logo-text-wrap"><span class="tdb-logo-text-title">{SITE_NAME}</span></span></a></div></div>
<div class="td_block_wrap tdb_header_menu tdi_9 tds_menu_active1 tds_menu_sub_active1 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_9" style=" z-index: 999;"><div id=tdi_9 class="td_block_inner td-fix-index">{_menu()}</div></div>
<div class="td_block_wrap td_block_trending_now tdi_10 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_10"><div class="td-trending-now-wrapper" id="tdi_10" data-start=""><div class="td-trending-now-title" data-has-background="false">Trending</div><div class="td-trending-now-display-area">{trending}</div><div class="td-next-prev-wrap"><a href="#" class="td-trending-now-nav-left" data-block-id="tdi_10" data-moving="left" data-control-start=""><i class="td-icon-menu-left"></i></a><a href="#" class="td-trending-now-nav-right" data-block-id="tdi_10" data-moving="right" data-control-start=""><i class="td-icon-menu-right"></i></a></div></div></div>
</div></div></div></div></div></div>
</div></div>
<div class="td-main-content-wrap td-container-wrap">
<div class="tdc-content-wrap">
<div class="td-container"><div class="td-pb-row">
<div class="vc_column tdi_60  wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
{main}
</div></div>
{aside}
</div></div>
</div>
</div>
<div class="td-footer-template-wrap" style="position: relative">
<div class="td-footer-wrap "><div id="tdi_120" class="tdc-zone"><div class="tdc_zone tdi_121  wpb_row td-pb-row">
<div class="td_block_wrap tdb_header_logo tdi_122 td-pb-border-top td_block_template_1 tdb-header-align"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{root}/"><span class="tdb-logo-text-title">{SITE_NAME}</span></a></div></div>
<div class="td_block_wrap tdb_text tdi_123"><div class="tdb-block-inner td-fix-index"><p>{SITE_NAME} adalah portal berita daerah Kalimantan Selatan. Kirim rilis ke redaksi@wartabanua.example.</p></div></div>
<div class="td_block_wrap tdb_mobile_menu tdi_124"><ul class="tdb-footer-menu"><li><a href="{root}/redaksi/">Redaksi</a></li><li><a href="{root}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></div>
<div class="td_block_wrap tdb_text tdi_125"><div class="tdb-block-inner td-fix-index">&copy; Copyright 2024 - {SITE_NAME}. All Rights Reserved.</div></div>
</div></div></div>
</div>
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="{root}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.2" id="td-site-min-js"></script>
<script type="text/javascript" src="{root}/wp-content/plugins/td-cloud-library/assets/js/js_files_for_front.min.js?ver=d578089f160957352b9b4ca6d880fd8f" id="tdb_js_files_for_front-js"></script>
</body>
</html>"""


def _yoast_head(base: str, post: Post, page: int) -> str:
    """Yoast SEO 21's block on a single post: everything UTC, canonical the page itself."""
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    canonical = url if page == 1 else f"{url}{page}/"
    title = _post_title(post, page)
    total = len(post.pages)
    rels = ""
    if page > 1:
        rels += f'\n\t<link rel="prev" href="{url if page == 2 else f"{url}{page - 1}/"}" />'
    if page < total:
        rels += f'\n\t<link rel="next" href="{url}{page + 1}/" />'
    author_id = f"{root}/#/schema/person/{post.author_slug}"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": post.author, "@id": author_id},
                "headline": r.title,
                "datePublished": _w3c_utc(r.local),
                "dateModified": _w3c_utc(post.modified),
                "mainEntityOfPage": {"@id": url},
                "wordCount": sum(len(p.split()) for p in r.paragraphs),
                "commentCount": 2 if post.number in COMMENTED else 0,
                "publisher": {"@id": f"{root}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": root + post.image,
                "keywords": list(r.tags),
                "articleSection": [post.category[1].replace("&amp;", "&"), PARENT[1]],
                "inLanguage": "id",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{r.title} - {SITE_NAME}",
                "isPartOf": {"@id": f"{root}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": root + post.image,
                "datePublished": _w3c_utc(r.local),
                "dateModified": _w3c_utc(post.modified),
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "id",
                "potentialAction": [{"@type": "ReadAction", "target": [url]}],
            },
            {
                "@type": "ImageObject",
                "inLanguage": "id",
                "@id": f"{url}#primaryimage",
                "url": root + post.image,
                "contentUrl": root + post.image,
                "width": 1280,
                "height": 853,
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Beranda", "item": f"{root}/"},
                    {"@type": "ListItem", "position": 2, "name": r.title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{root}/#website",
                "url": f"{root}/",
                "name": SITE_NAME,
                "description": "Berita Kalimantan Selatan Terkini",
                "publisher": {"@id": f"{root}/#organization"},
                "inLanguage": "id",
            },
            {
                "@type": "Organization",
                "@id": f"{root}/#organization",
                "name": SITE_NAME,
                "url": f"{root}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{root}/wp-content/uploads/2021/03/logo-warta-banua.png",
                },
                "sameAs": ["https://www.facebook.com/wartabanua"],
            },
            {
                "@type": "Person",
                "@id": author_id,
                "name": post.author,
                "url": f"{root}/author/{post.author_slug}/",
            },
        ],
    }
    ld = json.dumps(graph, ensure_ascii=False).replace("/", "\\/")
    return f"""<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{escape(r.paragraphs[0][:155])}" />
	<link rel="canonical" href="{canonical}" />{rels}
	<meta property="og:locale" content="id_ID" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{escape(title)}" />
	<meta property="og:description" content="{escape(r.paragraphs[0][:155])}" />
	<meta property="og:url" content="{canonical}" />
	<meta property="og:site_name" content="{SITE_NAME}" />
	<meta property="article:publisher" content="https://www.facebook.com/wartabanua" />
	<meta property="article:published_time" content="{_w3c_utc(r.local)}" />
	<meta property="article:modified_time" content="{_w3c_utc(post.modified)}" />
	<meta property="og:image" content="{root}{post.image}" />
	<meta property="og:image:width" content="1280" />
	<meta property="og:image:height" content="853" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{escape(post.author)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Ditulis oleh" />
	<meta name="twitter:data1" content="{escape(post.author)}" />
	<meta name="twitter:label2" content="Estimasi waktu membaca" />
	<meta name="twitter:data2" content="2 menit" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; {escape(r.title)} Umpan Komentar" href="{url}feed/" />
<link rel="alternate" type="application/json" href="{root}/wp-json/wp/v2/posts/{post.wp_id}" />
<link rel='shortlink' href='{root}/?p={post.wp_id}' />
<link rel="alternate" type="application/json+oembed" href="{root}/wp-json/oembed/1.0/embed?url={quote(url, safe="")}" />
<link rel="amphtml" href="{url}?amp=1">"""


def _post_title(post: Post, page: int) -> str:
    """Yoast's "%%title%% %%page%% %%sep%% %%sitename%%"."""
    total = len(post.pages)
    paged = f" Halaman {page} dari {total}" if page > 1 else ""
    return f"{post.release.title}{paged} - {SITE_NAME}"


def _baca_juga(post: Post, root: str) -> list[str]:
    """The "Baca Juga:" paragraphs an editor pasted, with the links as copied."""
    others = [p for p in NEWEST_FIRST if p is not post]
    a, b = others[post.number % len(others)], others[(post.number + 5) % len(others)]
    shapes = (
        f"{root}{a.path}?feed_id=4{a.wp_id}&amp;_unique_id=65b0{a.wp_id:x}c2d1e",
        f"{root}{a.path}amp/",
        f"{root}/?p={a.wp_id}",
        f"{root}{a.path}?utm_source=whatsapp&amp;utm_medium=share&amp;utm_campaign=wb",
    )
    first = shapes[post.number % 4]
    return [
        f'<p><strong>Baca Juga:</strong> <a href="{first}">{escape(a.release.title)}</a></p>',
        f'<p><strong>BACA JUGA : <a href="{root}{b.path}" target="_blank" rel="noopener">{escape(b.release.title)}</a></strong></p>',
    ]


def _share(url: str, title: str, tdi: int) -> str:
    q = quote(url, safe="")
    nets = (
        ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={q}"),
        (
            "twitter",
            "Twitter",
            f"https://twitter.com/intent/tweet?text={quote(title)}&amp;url={q}&amp;via=wartabanua",
        ),
        (
            "whatsapp",
            "WhatsApp",
            f"https://api.whatsapp.com/send?text={quote(title)}%20%0A%0A%20{q}",
        ),
        ("telegram", "Telegram", f"https://telegram.me/share/url?url={q}&amp;text={quote(title)}"),
    )
    buttons = "".join(
        f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{n}" href="{h}" title="{t}" ><div class="td-social-but-icon"><i class="td-icon-{n}"></i></div><div class="td-social-but-text">{t}</div></a>'
        for n, t, h in nets
    )
    return f"""<div class="td_block_wrap tdb_single_post_share tdi_{tdi}  td-pb-border-top td_block_template_1" data-td-block-uid="tdi_{tdi}"><div id="tdi_{tdi}" class="td-post-sharing tdb-block td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Bagikan</div></div>{buttons}</div></div></div>"""


def _comments(post: Post) -> str:
    if post.number not in COMMENTED:
        return """<div class="td_block_wrap tdb_single_comments tdi_80 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title block-title"><span>TINGGALKAN KOMENTAR</span></h4><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Komentar:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div></div></div>"""
    rows = []
    for n, (who, text, later) in enumerate(
        (
            ("Syahrani", "Mantap pak polisi, semoga wilayah kami makin aman dan tertib.", 1),
            ("Budi Santoso", "Terima kasih infonya, sangat bermanfaat untuk warga banua.", 4),
        )
    ):
        cid = 880 + 10 * post.number + n
        when = post.release.local + timedelta(days=later, hours=5)
        hour = when.hour % 12 or 12
        ampm = "am" if when.hour < 12 else "pm"
        rows.append(f"""<li class="comment even thread-even depth-1" id="li-comment-{cid}">
<article><footer><img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' /><cite>{who}</cite>
<a class="comment-link" href="#comment-{cid}"><time pubdate="{int(_utc(when).timestamp())}">{_day(when)} Pada {hour}:{when:%M} {ampm}</time></a></footer>
<div class="comment-content"><p>{text}</p></div>
<div class="comment-meta" id="comment-{cid}"><a rel='nofollow' class='comment-reply-link' href='{post.path}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{post.wp_id}" data-belowelement="comment-{cid}" data-respondelement="respond" aria-label='Balasan untuk {who}'>Balas</a></div>
</article></li>""")
    return f"""<div class="td_block_wrap tdb_single_comments tdi_80 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><div class="comments" id="comments">
<div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>2 KOMENTAR</span></h4></div>
<ol class="comment-list ">
{chr(10).join(rows)}
</ol>
<div id="respond" class="comment-respond"><h4 class="td-comments-title block-title"><span>TINGGALKAN KOMENTAR</span></h4><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea placeholder="Komentar:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div>
</div></div></div>"""


def _article(base: str, post: Post, page: int) -> str:
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    total = len(post.pages)
    slug, cat_name, _ = post.category
    body = [f"<p>{escape(p)}</p>" for p in post.pages[page - 1]]
    baca = _baca_juga(post, root)
    if page == 1:
        body.insert(1, baca[0])
        body.insert(3, _ad("content_inline", 70))
    if page == total:
        body.insert(len(body) - 1, baca[1])
    body.insert(0, _ad("content_top", 69))
    body.append(_ad("content_bottom", 71))
    pager = ""
    if total > 1:
        items = []
        for n in range(1, total + 1):
            href = url if n == 1 else f"{url}{n}/"
            if n == page:
                items.append(
                    f'<span class="post-page-numbers current" aria-current="page"><div>{n}</div></span>'
                )
            else:
                items.append(f'<a href="{href}" class="post-page-numbers"><div>{n}</div></a>')
        if page < total:
            items.append(
                f'<a href="{url}{page + 1}/" class="post-page-numbers"><div><i class="td-icon-menu-right"></i></div></a>'
            )
        pager = f'<div class="page-nav page-nav-post td-pb-padding-side">{"".join(items)}</div>'
    tags = "".join(f'<li><a href="{root}/tag/{_tag_slug(t)}/">{escape(t)}</a></li>' for t in r.tags)
    index = NEWEST_FIRST.index(post)
    older = NEWEST_FIRST[index + 1] if index + 1 < len(NEWEST_FIRST) else None
    newer = NEWEST_FIRST[index - 1] if index > 0 else None
    nav = ""
    if older:
        nav += f'<div class="td-post-prev-post"><div class="td-post-next-prev-content"><span>Artikel sebelumnya</span><a href="{root}{older.path}">{escape(older.release.title)}</a></div></div>'
    if newer:
        nav += f'<div class="td-post-next-post"><div class="td-post-next-prev-content"><span>Artikel berikutnya</span><a href="{root}{newer.path}">{escape(newer.release.title)}</a></div></div>'
    related = [p for p in NEWEST_FIRST if p.category == post.category and p is not post][:3]
    related_html = "\n".join(
        f'<div class="td-related-span4">{_flex_module(p)}</div>' for p in related
    )
    author_url = f"{root}/author/{post.author_slug}/"
    views = 150 + 37 * post.number
    main = f"""<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{post.wp_id}" data-autoload-type="" data-autoload-count="5" >
<article id="template-id-{TEMPLATE_ID}" class="post-{TEMPLATE_ID} tdb_templates type-tdb_templates status-publish post" itemscope itemtype="https://schema.org/Article" >
<div class="td_block_wrap tdb_breadcrumbs tdi_61 td-pb-border-top td_block_template_1 tdb-breadcrumbs " data-td-block-uid="tdi_61"><div class="tdb-block-inner td-fix-index"><span class="tdb-bread-home"><a title="" class="tdb-entry-crumb" href="{root}/">Beranda</a></span> <i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i> <span><a title="Lihat semua kiriman di {PARENT[1]}" class="tdb-entry-crumb" href="{root}/category/berita/">{PARENT[1]}</a></span> <i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i> <span><a title="Lihat semua kiriman di {cat_name}" class="tdb-entry-crumb" href="{root}/category/berita/{slug}/">{cat_name}</a></span></div></div>
<div class="td_block_wrap tdb_single_categories tdi_62 td-pb-border-top td_block_template_1 " data-td-block-uid="tdi_62"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="{root}/category/berita/{slug}/"><span class="tdb-cat-bg"></span>{cat_name}</a></div></div>
<div class="td_block_wrap tdb_title tdi_63 tdb-single-title td-pb-border-top td_block_template_1" data-td-block-uid="tdi_63"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{escape(r.title)}</h1><div></div><div class="tdb-title-line"></div></div></div>
<div class="vc_row_inner tdi_64 vc_row vc_inner wpb_row td-pb-row"><div class="vc_column_inner tdi_65 wpb_column vc_column_container tdc-inner-column td-pb-span12"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_author tdi_66 td-pb-border-top td_block_template_1 tdb-post-meta" data-td-block-uid="tdi_66"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="{author_url}" title="{escape(post.author)}"><img alt='{escape(post.author)}' src='https://secure.gravatar.com/avatar/{post.wp_id:x}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">Oleh</span> <a class="tdb-author-name" href="{author_url}">{escape(post.author)}</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdi_67 td-pb-border-top td_block_template_1 tdb-post-meta" data-td-block-uid="tdi_67"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="{_w3c_utc(r.local)}">{_day(r.local)}</time></div></div>
<div class="td_block_wrap tdb_single_modified_date tdi_68 td-pb-border-top td_block_template_1 tdb-post-meta" data-td-block-uid="tdi_68"><div class="tdb-block-inner td-fix-index"><span class="tdb-date-label">Diperbarui</span> <time class="entry-date updated td-module-date" datetime="{_w3c_utc(post.modified)}">{_day(post.modified)}</time></div></div>
<div class="td_block_wrap tdb_single_comments_count tdi_69 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><a href="{url}#respond"><i class="td-icon-comments"></i><span>{2 if post.number in COMMENTED else 0}</span></a></div></div>
<div class="td_block_wrap tdb_single_post_views tdi_70 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><i class="td-icon-views"></i><span class="td-nr-views-{post.wp_id}">{views}</span></div></div>
</div></div></div></div>
<div class="td_block_wrap tdb_single_featured_image tdi_71 tdb-content-horiz-left td-pb-border-top td_block_template_1" data-td-block-uid="tdi_71"><div class="tdb-block-inner td-fix-index"><a href="{root}{post.image}" data-caption="Foto: Dok. Humas Polres"><img fetchpriority="high" width="696" height="464" class="entry-thumb td-modal-image" src="{root}{post.image.replace(".jpg", "-696x464.jpg")}" alt="" title="{escape(r.title[:40])}"/></a><figcaption class="tdb-caption-text">Foto: Dok. Humas Polres</figcaption></div></div>
{_share(url, r.title, 72)}
<div class="td_block_wrap tdb_single_content tdi_73 td-pb-border-top td_block_template_1 td-post-content tagdiv-type" data-td-block-uid="tdi_73"><div class="tdb-block-inner td-fix-index">{"".join(body)}
{pager}</div></div>
<div class="td_block_wrap tdb_single_tags tdi_74 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_74"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>Tags</span></li>{tags}</ul></div></div>
{_share(url, r.title, 75)}
<div class="td_block_wrap tdb_single_author_box tdi_76 tdb-content-vert-top td-pb-border-top td_block_template_1" data-td-block-uid="tdi_76"><div class="tdb-author-box td-fix-index"><div class="tdb-author-photo"><a href="{author_url}"><img alt='{escape(post.author)}' src='https://secure.gravatar.com/avatar/{post.wp_id:x}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a></div><div class="tdb-author-info"><a href="{author_url}" class="tdb-author-name">{escape(post.author)}</a><div class="tdb-author-descr">{escape(post.author)} {AUTHOR_BIO.format(site=SITE_NAME)}</div><div class="tdb-author-url"><a href="{root}/">{root}/</a></div></div></div></div>
<div class="td_block_wrap tdb_single_next_prev tdi_77 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_77"><div class="tdb-block-inner td-fix-index">{nav}</div></div>
<div class="td_block_wrap td_block_related_posts tdi_78 tdb-single-related-posts td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_78"><h4 class="td-related-title td-block-title"><a id="tdi_79" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_78" href="#">ARTIKEL TERKAIT</a><a id="tdi_80" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_78" href="#">LEBIH DARI PENULIS</a></h4><div id=tdi_78 class="td_block_inner td-mc1-wrap"><div class="td-related-row">
{related_html}
</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-tdi_78" data-td_block_id="tdi_78"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" aria-label="next-page" id="next-page-tdi_78" data-td_block_id="tdi_78"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
{_comments(post)}
</article>
</div>"""
    classes = f"post-template-default single single-post postid-{post.wp_id} single-format-standard td-standard-pack"
    return _layout(base, _post_title(post, page), _yoast_head(base, post, page), main, classes)


def _amp(base: str, post: Post) -> str:
    """The AMP plugin's reader-mode ("legacy") template."""
    r = post.release
    root = base.rstrip("/")
    body = "\n".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    meta = {
        "@context": "http://schema.org",
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "@type": "BlogPosting",
        "mainEntityOfPage": root + post.path,
        "headline": r.title,
        "datePublished": r.aware(OFFSET).isoformat(),
        "dateModified": (
            post.modified.replace(tzinfo=timezone(timedelta(hours=OFFSET)))
        ).isoformat(),
        "author": {"@type": "Person", "name": post.author},
    }
    ago = (NOW - r.local).days
    return f"""<!DOCTYPE html>
<html amp lang="id" data-amp-auto-lightbox-disable transformed="self;v=1">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1"><link rel="preconnect" href="https://cdn.ampproject.org">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{escape(r.title)} &#8211; {SITE_NAME}</title>
<link rel="canonical" href="{root}{post.path}" />
<script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>
<meta name="generator" content="AMP Plugin v2.5.1; mode=reader; theme=legacy">
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{root}/?amp=1"><span class="amp-site-title">{SITE_NAME}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{escape(r.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{escape(post.author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_w3c_utc(r.local)}">{ago // 30} bulan yang lalu</time></div></header>
<div class="amp-wp-article-content">
{body}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-comments-link"><a href="{root}{post.path}#respond">Tinggalkan Komentar</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE_NAME}</h2><a href="#top" class="back-to-top">Kembali ke atas</a></div></footer>
</body></html>"""


def _loop_module(post: Post) -> str:
    """A ``tdb_module_loop`` teaser of an archive: title, author, date, excerpt."""
    r = post.release
    excerpt = " ".join(r.paragraphs[0].split()[:25]) + "&#8230;"
    return f"""<div class="tdb_module_loop td_module_wrap td-animation-stack td-cpt-post">
<div class="td-module-container td-category-pos-image">
<div class="td-image-container"><a href="/category/berita/{post.category[0]}/" class="td-post-category">{post.category[1]}</a><div class="td-module-thumb"><a href="{post.path}" rel="bookmark" class="td-image-wrap " title="{escape(r.title)}"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{post.image.replace(".jpg", "-324x235.jpg")}"></span></a></div></div>
<div class="td-module-meta-info">
<h3 class="entry-title td-module-title"><a href="{post.path}" rel="bookmark" title="{escape(r.title)}">{escape(r.title)}</a></h3>
<div class="td-editor-date"><span class="td-author-date"><span class="td-post-author-name"><a href="/author/{post.author_slug}/">{escape(post.author)}</a> <span>-</span> </span>{_module_date(post)}</span></div>
<div class="td-excerpt">{escape(excerpt).replace("&amp;#8230;", "&#8230;")}</div>
</div></div></div>"""


def _page_nav(path: str, page: int, pages: int) -> str:
    """Newspaper's ``td_page_generator::get_pagination()``."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return path if n == 1 else f"{path}page/{n}/"

    items = []
    if page > 1:
        items.append(
            f'<a href="{href(page - 1)}" aria-label="prev-page" ><i class="page-nav-icon td-icon-menu-left"></i></a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<span class="current">{n}</span>')
        elif n == pages and n > page + 2:
            items.append(
                f'<span class="extend">...</span><a href="{href(n)}" class="last" title="{n}">{n}</a>'
            )
        elif abs(n - page) <= 2:
            items.append(f'<a href="{href(n)}" class="page" title="{n}">{n}</a>')
    if page < pages:
        items.append(
            f'<a href="{href(page + 1)}" aria-label="next-page" ><i class="page-nav-icon td-icon-menu-right"></i></a>'
        )
    items.append(f'<span class="pages">Halaman {page} dari {pages}</span>')
    return f'<div class="page-nav td-pb-padding-side">{"".join(items)}<div class="clearfix"></div></div>'


def _archive(
    base: str, path: str, heading: str, posts: list[Post], page: int, body_class: str
) -> str | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    root = base.rstrip("/")
    here = root + (path if page == 1 else f"{path}page/{page}/")
    title = f"Arsip {heading}{f' - Halaman {page} dari {pages}' if page > 1 else ''} - {SITE_NAME}"
    head = f"""<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<link rel="canonical" href="{here}" />{f'{chr(10)}	<link rel="next" href="{root}{path}page/{page + 1}/" />' if page < pages else ""}
	<meta property="og:locale" content="id_ID" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{escape(title)}" />
	<meta property="og:url" content="{here}" />
	<meta property="og:site_name" content="{SITE_NAME}" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "@id": here, "url": here, "name": title, "isPartOf": {"@id": f"{root}/#website"}, "inLanguage": "id"}]}, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->"""
    main = f"""<div class="td_block_wrap tdb_title tdi_61 tdb-category-title td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{heading}</h1></div></div>
<div class="td_block_wrap tdb_loop tdi_62 tdb-numbered-pagination td_with_ajax_pagination td-pb-border-top td_block_template_1 tdb-category-loop-posts" data-td-block-uid="tdi_62"><div id=tdi_62 class="td_block_inner tdb-block-inner td-fix-index">
{chr(10).join(_loop_module(p) for p in shown)}
</div>{_page_nav(path, page, pages)}</div>"""
    return _layout(base, title, head, main, body_class)


def _home(base: str) -> str:
    root = base.rstrip("/")
    modules = "\n".join(_flex_module(p) for p in NEWEST_FIRST[:HOME_SHOWN])
    per_cat = "\n".join(
        f"""<div class="td_block_wrap td_flex_block_2 tdi_{40 + i} td-pb-border-top td_block_template_1 td_flex_block"><div class="td-block-title-wrap"><h4 class="td-block-title"><a href="{root}/category/berita/{slug}/" class="td-pulldown-size">{name}</a></h4></div><div class="td_block_inner td-mc1-wrap">{"".join(_flex_module(p) for p in NEWEST_FIRST if p.category[0] == slug)}</div></div>"""
        for i, (slug, name, _) in enumerate(CATEGORIES)
    )
    main = f"""<div class="td_block_wrap td_flex_block_1 tdi_30 td_with_ajax_pagination td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="tdi_30">
<div class="td-block-title-wrap"><h4 class="td-block-title"><span>Berita Terbaru</span></h4></div>
<div id=tdi_30 class="td_block_inner td-mc1-wrap">
{modules}
</div><div class="td-load-more-wrap"><a href="#" class="td_ajax_load_more td_ajax_load_more_js" aria-label="Load more" id="next-page-tdi_30" data-td_block_id="tdi_30">Muat lebih banyak<i class="td-load-more-icon td-icon-font td-icon-menu-right"></i></a></div></div>
{per_cat}"""
    head = f"""<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="Berita Kalimantan Selatan Terkini" />
	<link rel="canonical" href="{root}/" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="{SITE_NAME} - Berita Kalimantan Selatan Terkini" />
	<meta property="og:url" content="{root}/" />
	<!-- / Yoast SEO plugin. -->"""
    return _layout(
        base,
        f"{SITE_NAME} - Berita Kalimantan Selatan Terkini",
        head,
        main,
        "home page-template-default page page-id-12 td-standard-pack",
    )


def _static(base: str, slug: str, title: str) -> str:
    root = base.rstrip("/")
    main = f"""<div class="td_block_wrap tdb_title tdi_61"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{title}</h1></div></div>
<div class="td_block_wrap tdb_single_content tdi_62 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index"><p>Pemimpin Redaksi: H. Ahmad Fauzan. Alamat redaksi: Jl. A. Yani Km 5, Banjarmasin.</p></div></div>"""
    head = f'<link rel="canonical" href="{root}/{slug}/" />\n<meta property="og:type" content="article" />'
    return _layout(
        base,
        f"{title} - {SITE_NAME}",
        head,
        main,
        f"page-template-default page td-standard-pack page-{slug}",
    )


def _urlset(root: str, rows: list[tuple[str, str | None]]) -> str:
    body = "".join(
        f"\n\t<url>\n\t\t<loc>{root}{loc}</loc>"
        + (f"\n\t\t<lastmod>{lastmod}</lastmod>" if lastmod else "")
        + "\n\t</url>"
        for loc, lastmod in rows
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{root}/main-sitemap.xsl"?>
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}
</urlset>
<!-- XML Sitemap generated by Yoast SEO -->"""


def _feed(root: str) -> str:
    items = []
    for p in NEWEST_FIRST[:10]:
        u = _utc(p.release.local)
        items.append(f"""	<item>
		<title>{escape(p.release.title)}</title>
		<link>{root}{p.path}</link>
		<dc:creator><![CDATA[{p.author}]]></dc:creator>
		<pubDate>{u:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
		<guid isPermaLink="false">{root}/?p={p.wp_id}</guid>
		<description><![CDATA[{p.release.paragraphs[0][:150]} [&#8230;]]]></description>
	</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{SITE_NAME}</title>
	<atom:link href="{root}/feed/" rel="self" type="application/rss+xml" />
	<link>{root}</link>
	<description>Berita Kalimantan Selatan Terkini</description>
	<language>id</language>
{chr(10).join(items)}
</channel>
</rss>"""


def _api_post(root: str, p: Post) -> dict:
    tag_ids = sorted(TAG_IDS[t] for t in p.release.tags)
    return {
        "id": p.wp_id,
        "date": p.release.local.isoformat(),
        "date_gmt": _utc(p.release.local).replace(tzinfo=None).isoformat(),
        "guid": {"rendered": f"{root}/?p={p.wp_id}"},
        "modified": p.modified.isoformat(),
        "modified_gmt": _utc(p.modified).replace(tzinfo=None).isoformat(),
        "slug": p.release.slug,
        "status": "publish",
        "type": "post",
        "link": root + p.path,
        "title": {"rendered": escape(p.release.title)},
        "author": 1 + p.number % 3,
        "categories": [p.category[2]],
        "tags": tag_ids,
    }


TAG_IDS: dict[str, int] = {}
for _p in POSTS:
    for _t in _p.release.tags:
        TAG_IDS.setdefault(_t, 10 + len(TAG_IDS))


def make_site(base: str, features: frozenset[str] = FEATURES):
    """The site's answer to each request target."""
    root = base.rstrip("/")
    by_path = {p.path: p for p in POSTS}
    by_id = {p.wp_id: p for p in POSTS}
    tags = {_tag_slug(t): t for t in TAG_IDS}

    def page_of(rest: str) -> tuple[str, int] | None:
        """ "/x/page/3/" -> ("/x/", 3); "/x/" -> ("/x/", 1)."""
        head, sep, tail = rest.rpartition("/page/")
        if not sep:
            return rest, 1
        number = tail.strip("/")
        return (head + "/", int(number)) if number.isdigit() and number != "1" else None

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        if path.startswith("/wp-json/"):
            if "api" not in features:
                return (
                    401,
                    "application/json; charset=UTF-8",
                    '{"code":"rest_cannot_access","message":"Only authenticated users can access the REST API.","data":{"status":401}}',
                )
            if path == "/wp-json/":
                index = {
                    "name": SITE_NAME,
                    "description": "Berita Kalimantan Selatan Terkini",
                    "url": root,
                    "home": root,
                    "gmt_offset": str(OFFSET),
                    "timezone_string": TIMEZONE,
                    "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
                    "routes": {},
                }
                return 200, "application/json; charset=UTF-8", json.dumps(index)
            if path.rstrip("/") == "/wp-json/wp/v2/posts":
                raw = query.get("page", ["1"])[0]
                per = int(query.get("per_page", ["10"])[0])
                number = int(raw) if raw.isdigit() else 0
                chunk = list(NEWEST_FIRST)[(number - 1) * per : number * per] if number >= 1 else []
                if not chunk:
                    return (
                        400,
                        "application/json; charset=UTF-8",
                        '{"code":"rest_post_invalid_page_number","message":"Nomor halaman yang diminta lebih besar dari jumlah halaman yang tersedia.","data":{"status":400}}',
                    )
                return (
                    200,
                    "application/json; charset=UTF-8",
                    json.dumps([_api_post(root, p) for p in chunk]),
                )
            if path.rstrip("/") in ("/wp-json/wp/v2/tags", "/wp-json/wp/v2/categories"):
                wanted = {int(i) for i in query.get("include", [""])[0].split(",") if i.isdigit()}
                if path.rstrip("/").endswith("tags"):
                    terms = [{"id": i, "name": t, "slug": _tag_slug(t)} for t, i in TAG_IDS.items()]
                else:
                    terms = [
                        {"id": i, "name": n.replace("&amp;", "&"), "slug": s}
                        for s, n, i in (*CATEGORIES, PARENT)
                    ]
                return (
                    200,
                    "application/json; charset=UTF-8",
                    json.dumps([t for t in terms if not wanted or t["id"] in wanted]),
                )
            return (
                404,
                "application/json; charset=UTF-8",
                '{"code":"rest_no_route","message":"Tidak ada rute yang cocok dengan URL dan metode permintaan.","data":{"status":404}}',
            )
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return 301, HTML, root + path + "/" + (f"?{parts.query}" if parts.query else "")
        if path == "/" and "p" in query:
            raw = query["p"][0]
            post = by_id.get(int(raw)) if raw.isdigit() else None
            return (301, HTML, root + post.path) if post else NOT_FOUND
        if path == "/robots.txt":
            text = ROBOTS.format(root=root)
            return 200, TEXT, text if "sitemap" in features else text.split("\nSitemap")[0] + "\n"
        if "sitemap" in features:
            if path == "/sitemap_index.xml":
                maps = ("post", "page", "category", "post_tag", "author")
                rows = "".join(
                    f"\n\t<sitemap>\n\t\t<loc>{root}/{m}-sitemap.xml</loc>\n\t\t<lastmod>{_w3c_utc(NEWEST_FIRST[0].modified)}</lastmod>\n\t</sitemap>"
                    for m in maps
                )
                return (
                    200,
                    XML,
                    f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{root}/main-sitemap.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}\n</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->',
                )
            if path == "/post-sitemap.xml":
                return (
                    200,
                    XML,
                    _urlset(
                        root,
                        [("/", None)]
                        + [(p.path, _w3c_utc(p.modified)) for p in reversed(NEWEST_FIRST)],
                    ),
                )
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
                        [("/category/berita/", None)]
                        + [(f"/category/berita/{s}/", None) for s, _, _ in CATEGORIES],
                    ),
                )
            if path == "/post_tag-sitemap.xml":
                return 200, XML, _urlset(root, [(f"/tag/{s}/", None) for s in tags])
            if path == "/author-sitemap.xml":
                return 200, XML, _urlset(root, [(f"/author/{s}/", None) for _, s in AUTHORS])
        if "feed" in features and path == "/feed/":
            return 200, "application/rss+xml; charset=UTF-8", _feed(root)
        if path == "/":
            return 200, HTML, _home(base)
        if path in ("/redaksi/", "/pedoman-media-siber/"):
            return (
                200,
                HTML,
                _static(base, path.strip("/"), path.strip("/").replace("-", " ").title()),
            )
        # Posts: /YYYY/MM/slug/, /YYYY/MM/slug/N/, /YYYY/MM/slug/amp/
        segments = path.strip("/").split("/")
        if len(segments) >= 3 and segments[0].isdigit() and segments[1].isdigit():
            post = by_path.get("/" + "/".join(segments[:3]) + "/")
            if post is not None:
                extra = segments[3:]
                if extra == ["amp"] or (not extra and "amp" in query):
                    return 200, HTML, _amp(base, post)
                if not extra:
                    return 200, HTML, _article(base, post, 1)
                if len(extra) == 1 and extra[0].isdigit() and 2 <= int(extra[0]) <= len(post.pages):
                    return 200, HTML, _article(base, post, int(extra[0]))
                return NOT_FOUND
        paged = page_of(path)
        if paged is None:
            return NOT_FOUND
        listing, number = paged
        posts: list[Post] | None = None
        if listing == "/category/berita/":
            posts, heading, body = list(NEWEST_FIRST), PARENT[1], "archive category category-berita"
        elif listing.startswith("/category/berita/"):
            slug = listing.strip("/").split("/")[-1]
            found = [c for c in CATEGORIES if c[0] == slug]
            if found and listing == f"/category/berita/{slug}/":
                posts = [p for p in NEWEST_FIRST if p.category[0] == slug]
                heading, body = found[0][1], f"archive category category-{slug}"
        elif listing.startswith("/tag/") and listing[5:-1] in tags:
            name = tags[listing[5:-1]]
            posts, heading, body = (
                [p for p in NEWEST_FIRST if name in p.release.tags],
                name,
                "archive tag",
            )
        elif listing.startswith("/author/"):
            slug = listing[8:-1]
            found_a = [a for a in AUTHORS if a[1] == slug]
            if found_a:
                posts = [p for p in NEWEST_FIRST if p.author_slug == slug]
                heading, body = found_a[0][0], f"archive author author-{slug}"
        elif len(segments) >= 2 and segments[0].isdigit() and segments[1].isdigit():
            month = f"{segments[0]}/{segments[1]}"
            if listing == f"/{month}/":
                posts = [p for p in NEWEST_FIRST if f"{p.release.local:%Y/%m}" == month]
                mon = int(segments[1])
                heading, body = f"{BULAN[mon - 1]} {segments[0]}", "archive date"
        if not posts:
            return NOT_FOUND
        html = _archive(base, listing, heading, posts, number, body)
        return (200, HTML, html) if html else NOT_FOUND

    return answer


def serve_newsroom(features: frozenset[str] = FEATURES):
    """``with serve_newsroom() as base_url:`` the portal on 127.0.0.1 until the block
    ends; ``features`` is what is left on of {"api", "sitemap", "feed"}: with none, every
    article is found through the HTML listings and their ``/page/N/`` alone."""
    return serve(lambda base: make_site(base, features))
