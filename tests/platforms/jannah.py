# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A regional news portal on TieLabs' "Jannah" WordPress theme on 127.0.0.1, WIT: the
twelve releases of ``_articles`` on "Kabar Mimika", a Papua Tengah portal with Rank
Math SEO, the official AMP plugin in reader mode and Jannah's "time ago" date option.

Where the markup comes from: written from memory of what Jannah 6/7 prints on
Indonesian portals (``tie-*`` classes, ``#tie-body``, ``article#the-post``,
``entry-header`` with the ``post-cat-wrap`` badge, ``single-post-meta post-meta`` with
``meta-item`` spans, ``post-components``, the ``posts-list`` and ``tabs`` widgets, the
top bar's breaking-news ticker), of Rank Math's head block, ``rank-math-schema`` graph
and sitemaps, of WordPress core's REST API and comments and of the AMP plugin's legacy
reader template; no saved page of any real site was available, so nothing is copied.
What may differ from a given site: the exact wrappers a child theme or page builder
adds, the inline "Baca Juga" box (sketched here as ``div.tie-story-related``: Jannah's
shortcodes and the many "related inline" plugins each have their own classes), the
widget ids, the order of the meta items and the Indonesian strings of a site's own
translation. What it serves:

* Single posts: ``<article id="the-post" class="container-wrapper post-content
  tie-standard">`` with ``nav#breadcrumb``, ``header.entry-header-outer`` >
  ``div.entry-header`` (``span.post-cat-wrap`` > ``a.post-cat``, ``h1.post-title
  entry-title``, ``div.single-post-meta post-meta``: the author's avatar link and
  ``a.author-name``, ``span.date meta-item tie-icon`` and ``span.meta-item
  last-updated`` "Terakhir diperbarui: …", comments, views, reading time). With the
  "time ago" option (``TIME_AGO``) every date the theme prints, the post's own, its
  update, the sidebar's, the related posts', the listings', is WordPress's
  ``human_time_diff()`` against the server's clock, "2 jam yang lalu", "6 hari yang
  lalu", "2 minggu yang lalu", "1 bulan yang lalu": no element carries a machine
  date. Then ``figure.single-featured-image`` with its caption, ``div#share-buttons-top``,
  ``div.entry-content entry clearfix`` with a ``stream-item`` ad, an editor's "Baca
  Juga:" paragraph and the inline related box "Baca Juga", ``post-bottom-tags``, the
  bottom share bar; after the article ``div.post-components``: the author box
  (``about-author``), ``prev-next-post-nav``, ``#related-posts`` ("Artikel Terkait",
  teasers with their relative dates), ``#comments`` (core's html5 comment list,
  ``<time datetime>`` in WIT, "Balas" ``?replytocom=N`` links); ``#check-also-box``.
* On every page: the top bar (today's date, the "Breaking News" ticker), the main
  menu, the sidebar's "Terpopuler" ``posts-list`` widget and the ``tabs`` widget
  "Terbaru / Terpopuler / Komentar", each teaser with a ``span.date meta-item``; the
  footer with its own "Terbaru" widget; the mobile share bar.
* Rank Math (``schema`` feature): ``article:published_time``, ``og:updated_time``,
  ``article:modified_time`` and the ``@graph``'s ``WebPage`` and ``NewsArticle``
  dates, all in WIT (+09:00, Rank Math formats them with the site's zone), the
  ``NewsArticle`` headline "Judul - Kabar Mimika". Without it (a site that turned
  Rank Math's schema and Open Graph dates off) the head names no date at all.
* The AMP plugin's reader pages at ``/amp/`` (``rel=amphtml``, canonical back), whose
  ``<time datetime>`` is PHP ``date('c')`` (UTC, +00:00) and whose text is "%s ago".
* Permalinks ``/berita/%postname%/``; ``/?p=ID`` 301s to the post.
* Listings: the home page (Jannah's "Muat lebih banyak" ajax button, no URL), the
  category "Berita" and its children, tag and author archives, paged ``/page/N/``
  with Jannah's numbered ``div.pages-nav`` and Rank Math's ``rel=next``.
* Rank Math's ``/sitemap_index.xml`` (robots.txt) → ``post-``, ``page-``,
  ``category-sitemap.xml`` (``sitemap`` feature); ``/feed/`` (``feed``);
  ``/wp-json/`` and ``/wp-json/wp/v2/posts`` with ``date``/``date_gmt`` (``api``).
  Static pages "Redaksi" and "Pedoman Media Siber". Anything else is 404.

The server's clock (``Clock.now``) can be moved between crawls: every relative text
changes, nothing else does. Everything is invented; ``expected`` gives what the
archive must hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import parse_qs, quote, urlsplit

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 9  # WIT: Settings > General > Timezone "Jayapura"
TIMEZONE = "Asia/Jayapura"
SITE_NAME = "Kabar Mimika"
PER_PAGE = 3
HOME_SHOWN = 5
# The server's clock at the first crawl: two hours after the newest post.
FIRST_NIGHT = datetime(2024, 2, 26, 11, 40)
AUTHORS = (("Yohanes Kogoya", "yohanes"), ("Maria Wanma", "maria-wanma"))
PARENT = ("berita", "Berita", 2)
CATEGORIES = (("hukum", "Hukum", 3), ("peristiwa", "Peristiwa", 4), ("daerah", "Daerah", 5))
COMMENTED = frozenset({0, 8})
FEATURES = frozenset({"api", "sitemap", "feed", "schema"})
# What the theme and its plugins put around the text; none of it is the article's.
CHROME = (
    "Baca Juga",
    "yang lalu",
    "Terakhir diperbarui",
    "Artikel Terkait",
    "Terpopuler",
    "Terbaru",
    "Breaking News",
    "Facebook",
    "WhatsApp",
    "Foto: Dok.",
    "menulis untuk",  # the author box
    "Terima kasih pak",  # a comment
    "Tags",
    "Iklan",
    "menit membaca",
)


@dataclass
class Clock:
    """The server's "now" for ``human_time_diff()``: move it to simulate a later night."""

    now: datetime = field(default_factory=lambda: FIRST_NIGHT)


@dataclass(frozen=True)
class Post:
    release: Release
    number: int

    @property
    def wp_id(self) -> int:
        return 5100 + 13 * self.number

    @property
    def path(self) -> str:
        return f"/berita/{self.release.slug}/"

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
        """Local wall time of the last edit: a day and five hours later, or forty
        minutes later for a post younger than that at the first crawl."""
        later = self.release.local + timedelta(days=1, hours=5)
        return later if later < FIRST_NIGHT else self.release.local + timedelta(minutes=40)

    @property
    def image(self) -> str:
        return f"/wp-content/uploads/{self.release.local:%Y/%m}/{self.release.slug[:28]}.jpg"


POSTS: tuple[Post, ...] = tuple(Post(r, i) for i, r in enumerate(RELEASES))
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
POPULAR = tuple(POSTS[i] for i in (2, 6, 9, 4))  # by views; never the oldest


def expected(base_url: str) -> dict[str, tuple[str, str, list[str]]]:
    """What the archive must hold: URL -> (title, published_at in WIT, [author])."""
    root = base_url.rstrip("/")
    return {
        root + p.path: (p.release.title, p.release.aware(OFFSET).isoformat(), [p.author])
        for p in POSTS
    }


def _wit(local: datetime) -> str:
    return local.replace(tzinfo=timezone(timedelta(hours=OFFSET))).isoformat()


def _utc(local: datetime) -> datetime:
    return (local - timedelta(hours=OFFSET)).replace(tzinfo=timezone.utc)


def _day(local: datetime) -> str:
    return f"{local.day} {BULAN[local.month - 1]} {local.year}"


def time_ago(local: datetime, now: datetime) -> str:
    """WordPress's ``human_time_diff()`` in Indonesian with Jannah's "%s ago"."""
    diff = max((now - local).total_seconds(), 0)
    units = (
        (3600, 60, "menit"),
        (86400, 3600, "jam"),
        (7 * 86400, 86400, "hari"),
        (30 * 86400, 7 * 86400, "minggu"),
        (365 * 86400, 30 * 86400, "bulan"),
    )
    for limit, size, name in units:
        if diff < limit:
            return f"{max(1, round(diff / size))} {name} yang lalu"
    return f"{max(1, round(diff / (365 * 86400)))} tahun yang lalu"


def _date_meta(local: datetime, now: datetime) -> str:
    return f'<span class="date meta-item tie-icon">{time_ago(local, now)}</span>'


def _author_meta(post: Post, avatar: bool) -> str:
    pic = (
        f"<span class=\"meta-author-avatar\"><a href=\"/author/{post.author_slug}/\"><img alt='Foto dari {escape(post.author)}' src='https://secure.gravatar.com/avatar/{post.wp_id:x}?s=140&#038;d=mm&#038;r=g' class='avatar avatar-140 photo' height='140' width='140' loading='lazy'/></a></span>"
        if avatar
        else ""
    )
    with_ = "with-avatars" if avatar else "no-avatars"
    return f'<span class="author-meta single-author {with_}"><span class="meta-item meta-author-wrapper meta-author-{1 + post.number % 2}">{pic}<span class="meta-author"><a href="/author/{post.author_slug}/" class="author-name tie-icon" title="{escape(post.author)}">{escape(post.author)}</a></span></span></span>'


def _widget_item(post: Post, now: datetime) -> str:
    r = post.release
    return f"""<li class="widget-single-post-item widget-post-list tie-standard">
<div class="post-widget-thumbnail"><a aria-label="{escape(r.title)}" href="{post.path}" class="post-thumb"><img width="220" height="150" src="{post.image.replace(".jpg", "-220x150.jpg")}" class="attachment-jannah-image-small size-jannah-image-small tie-small-image wp-post-image" alt="" /></a></div>
<div class="post-widget-body "><a class="post-title the-subtitle" href="{post.path}">{escape(r.title)}</a><div class="post-meta">{_date_meta(r.local, now)}</div></div></li>"""


def _sidebar(now: datetime) -> str:
    popular = "".join(_widget_item(p, now) for p in POPULAR)
    recent = "".join(_widget_item(p, now) for p in NEWEST_FIRST[:4])
    return f"""<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar">
<div id="stream-item-widget-2" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content"><a href="https://iklan.example/pemkab?ref=kabarmimika" rel="nofollow noopener" target="_blank" class="stream-title">Iklan</a><img class="widget-stream-image" src="/wp-content/uploads/2023/12/banner-pemkab-300x250.jpg" width="300" height="250" alt=""></div><div class="clearfix"></div></div>
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Terpopuler<span class="widget-title-icon tie-icon"></span></div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container posts-list-counter"><ul class="posts-list-items widget-posts-wrapper">{popular}</ul></div></div><div class="clearfix"></div></div>
<div id="widget_tabs-2" class="container-wrapper tabs-container-wrapper tabs-container-2"><div class="widget tabs-widget"><div class="widget-container"><div class="tabs-widget"><div class="tabs-wrapper">
<ul class="tabs"><li><a href="#widget_tabs-2-recent">Terbaru</a></li><li><a href="#widget_tabs-2-popular">Terpopuler</a></li><li><a href="#widget_tabs-2-comments">Komentar</a></li></ul>
<div id="widget_tabs-2-recent" class="tab-content tab-content-recent"><ul class="tab-content-elements">{recent}</ul></div>
<div id="widget_tabs-2-popular" class="tab-content tab-content-popular"><ul class="tab-content-elements">{popular}</ul></div>
<div id="widget_tabs-2-comments" class="tab-content tab-content-comments"><ul class="tab-content-elements"><li><div class="post-widget-body "><span class="comment-author-link">Yulianus</span> <span class="widget-comment-content">Terima kasih pak polisi…</span><div class="post-meta">{_date_meta(POSTS[8].release.local + timedelta(days=1), now)}</div><a href="{POSTS[8].path}#comment-9081">{escape(POSTS[8].release.title)}</a></div></li></ul></div>
</div></div></div></div></div>
</div></aside>"""


def _menu() -> str:
    items = "".join(
        f'<li id="menu-item-{30 + cid}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{30 + cid}"><a href="/category/berita/{slug}/">{name}</a></li>'
        for slug, name, cid in CATEGORIES
    )
    return f'<ul id="menu-utama" class="menu" role="menubar"><li id="menu-item-20" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-20"><a href="/">Beranda</a></li><li id="menu-item-21" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-21"><a href="/category/berita/">Berita</a></li>{items}<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="/redaksi/">Redaksi</a></li></ul>'


def _share(url: str, title: str, where: str) -> str:
    q, t = quote(url, safe=""), quote(title)
    nets = (
        ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={q}"),
        ("twitter", "X", f"https://twitter.com/intent/tweet?text={t}&#038;url={q}"),
        ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={t}%20{q}"),
        ("telegram", "Telegram", f"https://t.me/share?url={q}&#038;text={t}"),
    )
    links = "".join(
        f'<a href="{h}" rel="external noopener nofollow" title="{n}" target="_blank" class="{k}-share-btn  large-share-button" data-raw="{h}"><span class="share-btn-icon tie-icon-{k}"></span> <span class="social-text">{n}</span></a>'
        for k, n, h in nets
    )
    return f'<div id="share-buttons-{where}" class="share-buttons share-buttons-{where}"><div class="share-links "><div class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> Bagikan</span></div>{links}</div></div>'


def _layout(base: str, title: str, head: str, main: str, body_class: str, now: datetime) -> str:
    """Jannah's ``header.php`` (top bar, ticker, logo, menu), the content and sidebar,
    ``footer.php``."""
    root = base.rstrip("/")
    ticker = "".join(
        f'<li class="news-item"><a href="{p.path}">{escape(p.release.title)}</a></li>'
        for p in NEWEST_FIRST[:4]
    )
    footer_recent = "".join(_widget_item(p, now) for p in NEWEST_FIRST[:3])
    return f"""<!DOCTYPE html>
<html lang="id" class="" data-skin="light">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{escape(title)}</title>
{head}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Feed" href="{root}/feed/" />
		<script type="text/javascript">
			try{{if("undefined"!=typeof localStorage){{var tieSkin=localStorage.getItem("tie-skin"),html=document.getElementsByTagName("html")[0].classList,htmlSkin="light";}}}}catch(t){{console.log(t)}}
		</script>
<link rel='stylesheet' id='tie-css-base-css' href='{root}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-single-css' href='{root}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.1.0' type='text/css' media='all' />
<link rel="https://api.w.org/" href="{root}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="theme-color" content="#0088ff" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body id="tie-body" class="{body_class} tie-no-js wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{HARI[now.weekday()]}, {now.day} {BULAN[now.month - 1]} {now.year}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Breaking News</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">{ticker}</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Cari</span></a></li></ul></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{SITE_NAME}" href="{root}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{root}/wp-content/uploads/2022/05/logo-kabar-mimika.png" alt="{SITE_NAME}" width="300" height="80" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu">{_menu()}</div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
{main}
{_sidebar(now)}
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"><div class="footer-widget-area "><div class="tie-row">
<div class="tie-col-md-4 normal-side"><div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Terbaru</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{footer_recent}</ul></div></div></div></div>
<div class="tie-col-md-4 normal-side"><div id="text-2" class="container-wrapper widget widget_text"><div class="textwidget"><p>{SITE_NAME} adalah portal berita Mimika dan Papua Tengah. Kirim rilis ke redaksi@kabarmimika.example.</p></div></div></div>
</div></div></div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright 2024, All Rights Reserved &nbsp;|&nbsp; {SITE_NAME}</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{root}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{root}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></div></div></div></div></div>
</footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-top-button"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Back to top button</span></a>
</div><!-- #tie-wrapper /-->
</div><!-- #tie-container /-->
</div><!-- .background-overlay /-->
<script type='text/javascript' id='tie-scripts-js-extra'>
/* <![CDATA[ */
var tie = {{"is_rtl":"","ajaxurl":"{root}\\/wp-admin\\/admin-ajax.php","is_side_aside_light":"","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area","lightbox_all":"true","is_buddypress_active":"","time_format":"modern","ago":"yang lalu"}};
/* ]]> */
</script>
<script type='text/javascript' src='{root}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0' id='tie-scripts-js'></script>
</body>
</html>"""


def _rank_math(base: str, post: Post, schema: bool) -> str:
    """Rank Math 1.0's head block on a post; with ``schema`` off, no date anywhere."""
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    author_id = f"{root}/author/{post.author_slug}/"
    dates = ""
    ld = ""
    if schema:
        dates = f"""
<meta property="og:updated_time" content="{_wit(post.modified)}" />
<meta property="article:published_time" content="{_wit(r.local)}" />
<meta property="article:modified_time" content="{_wit(post.modified)}" />"""
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": ["NewsMediaOrganization", "Organization"],
                    "@id": f"{root}/#organization",
                    "name": SITE_NAME,
                    "url": root,
                    "logo": {
                        "@type": "ImageObject",
                        "@id": f"{root}/#logo",
                        "url": f"{root}/wp-content/uploads/2022/05/logo-kabar-mimika.png",
                    },
                },
                {
                    "@type": "WebSite",
                    "@id": f"{root}/#website",
                    "url": root,
                    "name": SITE_NAME,
                    "publisher": {"@id": f"{root}/#organization"},
                    "inLanguage": "id",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{url}#breadcrumb",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": "1",
                            "item": {"@id": root, "name": "Beranda"},
                        },
                        {
                            "@type": "ListItem",
                            "position": "2",
                            "item": {
                                "@id": f"{root}/category/berita/{post.category[0]}/",
                                "name": post.category[1],
                            },
                        },
                        {
                            "@type": "ListItem",
                            "position": "3",
                            "item": {"@id": url, "name": r.title},
                        },
                    ],
                },
                {
                    "@type": "WebPage",
                    "@id": f"{url}#webpage",
                    "url": url,
                    "name": f"{r.title} - {SITE_NAME}",
                    "datePublished": _wit(r.local),
                    "dateModified": _wit(post.modified),
                    "isPartOf": {"@id": f"{root}/#website"},
                    "inLanguage": "id",
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                },
                {
                    "@type": "Person",
                    "@id": author_id,
                    "name": post.author,
                    "url": author_id,
                    "worksFor": {"@id": f"{root}/#organization"},
                },
                {
                    "@type": "NewsArticle",
                    "headline": f"{r.title} - {SITE_NAME}",
                    "keywords": ",".join(r.tags),
                    "datePublished": _wit(r.local),
                    "dateModified": _wit(post.modified),
                    "articleSection": post.category[1],
                    "author": {"@id": author_id, "name": post.author},
                    "publisher": {"@id": f"{root}/#organization"},
                    "description": r.paragraphs[0][:155],
                    "name": f"{r.title} - {SITE_NAME}",
                    "@id": f"{url}#richSnippet",
                    "isPartOf": {"@id": f"{url}#webpage"},
                    "inLanguage": "id",
                    "mainEntityOfPage": {"@id": f"{url}#webpage"},
                },
            ],
        }
        ld = f'\n<script type="application/ld+json" class="rank-math-schema">{json.dumps(graph, ensure_ascii=False)}</script>'
    return f"""<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{escape(r.paragraphs[0][:155])}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="id_ID" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{escape(r.title)} - {SITE_NAME}" />
<meta property="og:description" content="{escape(r.paragraphs[0][:155])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE_NAME}" />
{"".join(f'<meta property="article:tag" content="{escape(t)}" />' for t in r.tags)}
<meta property="article:section" content="{post.category[1]}" />{dates}
<meta property="og:image" content="{root}{post.image}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{escape(r.title)} - {SITE_NAME}" />
<meta name="twitter:label1" content="Ditulis oleh" />
<meta name="twitter:data1" content="{escape(post.author)}" />
<meta name="twitter:label2" content="Waktu untuk membaca" />
<meta name="twitter:data2" content="1 menit" />{ld}
<!-- /Rank Math WordPress SEO plugin -->
<link rel="alternate" type="application/json" href="{root}/wp-json/wp/v2/posts/{post.wp_id}" />
<link rel='shortlink' href='{root}/?p={post.wp_id}' />
<link rel="amphtml" href="{url}amp/">"""


def _comments(post: Post) -> str:
    form = f"""<div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title has-block-head-4">Tinggalkan Balasan <small><a rel="nofollow" id="cancel-comment-reply-link" href="{post.path}#respond" style="display:none;">Batalkan balasan</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span></p><p class="comment-form-comment"><label for="comment">Komentar</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div>"""
    if post.number not in COMMENTED:
        return f'<div id="comments" class="comments-area">{form}</div>'
    rows = []
    for n, (who, text) in enumerate(
        (
            ("Yulianus", "Terima kasih pak polisi, Timika makin aman."),
            ("Ester M.", "Mantap, lanjutkan patrolinya."),
        )
    ):
        cid = 9000 + 10 * post.number + n
        when = post.release.local + timedelta(days=1 + n, hours=3)
        rows.append(
            f"""<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=70&#038;d=mm&#038;r=g' class='avatar avatar-70 photo' height='70' width='70' /><b class="fn">{who}</b> <span class="says">berkata:</span></div><div class="comment-metadata"><a href="{post.path}#comment-{cid}"><time datetime="{_wit(when)}">{_day(when)} pukul {when:%H.%M}</time></a></div></footer><div class="comment-content"><p>{text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{post.path}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{post.wp_id}" aria-label="Balasan untuk {who}">Balas</a></div></article></li>"""
        )
    return f"""<div id="comments" class="comments-area"><div id="comments-box" class="container-wrapper"><div class="block-head-4"><h3 class="comment-reply-title the-global-title has-block-head-4">2 Komentar</h3></div><ol class="comment-list">{"".join(rows)}</ol></div>{form}</div>"""


def _article(base: str, post: Post, now: datetime, schema: bool) -> str:
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    others = [p for p in NEWEST_FIRST if p is not post]
    see = others[post.number % len(others)]
    box = others[(post.number + 4) % len(others)]
    paragraphs = [f"<p>{escape(p)}</p>" for p in r.paragraphs]
    paragraphs.insert(
        1,
        '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Iklan</span><a href="https://iklan.example/dinas?ref=km" rel="nofollow noopener" target="_blank"><img src="/wp-content/uploads/2024/01/iklan-dinas-728x90.jpg" width="728" height="90" alt=""></a></div>',
    )
    paragraphs.insert(
        3,
        f'<p><strong>Baca Juga:</strong> <a href="{root}{see.path}">{escape(see.release.title)}</a></p>',
    )
    paragraphs.insert(
        5,
        f'<div class="tie-story-related"><span class="tie-story-related-title">Baca Juga</span><ul><li><a href="{box.path}" class="post-thumb"><img src="{box.image.replace(".jpg", "-110x75.jpg")}" alt="" width="110" height="75"></a><a href="{box.path}" class="post-title">{escape(box.release.title)}</a>{_date_meta(box.release.local, now)}</li></ul></div>',
    )
    tags = "".join(
        f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{escape(t)}</a>' for t in r.tags
    )
    related = "".join(
        f"""<div class="related-item tie-standard"><a aria-label="{escape(p.release.title)}" href="{p.path}" class="post-thumb"><img width="390" height="220" src="{p.image.replace(".jpg", "-390x220.jpg")}" alt="" /></a><h3 class="post-title"><a href="{p.path}">{escape(p.release.title)}</a></h3><div class="post-meta clearfix">{_date_meta(p.release.local, now)}</div></div>"""
        for p in [x for x in NEWEST_FIRST if x.category == post.category and x is not post][:3]
    )
    i = POSTS.index(post)
    prev_next = "".join(
        f'<div class="tie-col-xs-6 {k}-post"><a href="{p.path}" style="background-image: url({p.image})" class="post-thumb" rel="{k}"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span></div></div></a><a href="{p.path}" rel="{k}"><h3 class="post-title">{escape(p.release.title)}</h3></a></div>'
        for k, p in (
            ("prev", POSTS[i - 1] if i else None),
            ("next", POSTS[i + 1] if i + 1 < len(POSTS) else None),
        )
        if p is not None
    )
    slug, cat, cid = post.category
    comments = 2 if post.number in COMMENTED else 0
    main = f"""<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{root}/"><span class="tie-icon-home" aria-hidden="true"></span> Beranda</a><em class="delimiter">/</em><a href="{root}/category/berita/">Berita</a><em class="delimiter">/</em><a href="{root}/category/berita/{slug}/">{cat}</a><em class="delimiter">/</em><span class="current">{escape(r.title)}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-{cid}" href="{root}/category/berita/{slug}/">{cat}</a></span>
<h1 class="post-title entry-title">{escape(r.title)}</h1>
<div class="single-post-meta post-meta clearfix">{_author_meta(post, True)}{_date_meta(r.local, now)}<span class="meta-item last-updated">Terakhir diperbarui: {time_ago(post.modified, now)}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">{comments}</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> {140 + 17 * post.number} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 1 menit membaca</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{root}{post.image}" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" fetchpriority="high" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Foto: Dok. Humas Polres Mimika</figcaption></figure></div></div>
{_share(url, r.title, "top")}
<div class="entry-content entry clearfix">
{chr(10).join(paragraphs)}
</div><!-- .entry-content /-->
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud">{tags}</span></div>
{_share(url, r.title, "bottom")}
</article><!-- #the-post /-->
<div class="post-components">
<div class="about-author container-wrapper about-author-true"><div class="author-avatar"><a href="{root}/author/{post.author_slug}/"><img alt='Foto dari {escape(post.author)}' src='https://secure.gravatar.com/avatar/{post.wp_id:x}?s=180&#038;d=mm&#038;r=g' class='avatar avatar-180 photo' height='180' width='180' /></a></div><div class="author-info"><h3 class="author-name"><a href="{root}/author/{post.author_slug}/">{escape(post.author)}</a></h3><div class="author-bio">{escape(post.author)} menulis untuk {SITE_NAME} sejak 2020, meliput kepolisian dan peristiwa di Mimika.</div><ul class="social-icons"><li class="social-icons-item"><a href="https://www.facebook.com/kabarmimika" rel="external noopener nofollow" target="_blank" class="social-link facebook-social-icon"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li></ul></div><div class="clearfix"></div></div>
<div class="prev-next-post-nav container-wrapper media-overlay">{prev_next}</div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Artikel Terkait</h3></div><div class="related-posts-list">{related}</div></div>
{_comments(post)}
</div><!-- .post-components /-->
<div id="check-also-box" class="container-wrapper check-also-right show-check-also"><div class="widget-title the-global-title"><div class="the-subtitle">Baca Juga</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Tutup</span></a></div><div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items">{_widget_item(see, now)}</ul></div></div>
</div><!-- .main-content /-->"""
    body = f"post-template-default single single-post postid-{post.wp_id} single-format-standard post-layout-1 is-standard-format"
    return _layout(
        base, f"{r.title} - {SITE_NAME}", _rank_math(base, post, schema), main, body, now
    )


def _amp(base: str, post: Post, now: datetime) -> str:
    """The AMP plugin's legacy reader template: ``date('c')`` (UTC) and "%s ago"."""
    r = post.release
    root = base.rstrip("/")
    body = "".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    return f"""<!doctype html>
<html amp lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{escape(r.title)} - {SITE_NAME}</title>
<link rel="canonical" href="{root}{post.path}" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#0088ff}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{root}/">{SITE_NAME}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{escape(r.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/{post.wp_id:x}?s=72&#038;d=mm&#038;r=g" alt="{escape(post.author)}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{escape(post.author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(r.local).isoformat()}">{time_ago(r.local, now)}</time></div>
</header>
<div class="amp-wp-article-content">{body}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Kategori: <a href="{root}/category/berita/{post.category[0]}/" rel="category tag">{post.category[1]}</a></div><div class="amp-wp-meta amp-wp-comments-link"><a href="{root}{post.path}#respond">Tinggalkan komentar</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE_NAME}</h2><a href="#top" class="back-to-top">Kembali ke atas</a></div></footer>
</body>
</html>"""


def _teaser(post: Post, now: datetime) -> str:
    r = post.release
    slug, cat, cid = post.category
    return f"""<li class="post-item post-{post.wp_id} post type-post status-publish format-standard has-post-thumbnail category-{slug} tie-standard">
<a aria-label="{escape(r.title)}" href="{post.path}" class="post-thumb"><span class="post-cat-wrap"><span class="post-cat tie-cat-{cid}">{cat}</span></span><img width="390" height="220" src="{post.image.replace(".jpg", "-390x220.jpg")}" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="" /></a>
<div class="post-details">
<div class="post-meta clearfix">{_author_meta(post, False)}{_date_meta(r.local, now)}<div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span></div></div>
<h2 class="post-title"><a href="{post.path}">{escape(r.title)}</a></h2>
<p class="post-excerpt">{escape(r.paragraphs[0][:140])} &hellip;</p>
<a class="more-link button" href="{post.path}">Baca Selengkapnya &raquo;</a></div></li>"""


def _pages_nav(path: str, page: int, pages: int) -> str:
    """Jannah's numbered pagination: a window of numbers, "»" and "Terakhir"."""
    if pages < 2:
        return ""
    items = []
    for n in range(max(1, page - 1), min(pages, page + 1) + 1):
        href = path if n == 1 else f"{path}page/{n}/"
        items.append(
            f'<li class="current"><span class="pages-nav-item">{n}</span></li>'
            if n == page
            else f'<li><a class="pages-nav-item" href="{href}" title="{n}">{n}</a></li>'
        )
    if page < pages:
        items.append(
            f'<li class="the-next-page"><a href="{path}page/{page + 1}/"><span class="pagination-icon" aria-hidden="true"></span><span class="screen-reader-text">Berikutnya</span></a></li>'
        )
        items.append(
            f'<li class="last-page first-last-pages"><a href="{path}page/{pages}/" title="Terakhir"><span class="pagination-icon" aria-hidden="true"></span>Terakhir</a></li>'
        )
    return f'<div class="pages-nav"><ul class="pages-numbers">{"".join(items)}</ul></div>'


def _archive(
    base: str, path: str, heading: str, posts: list[Post], page: int, body: str, now: datetime
) -> str | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    root = base.rstrip("/")
    here = root + (path if page == 1 else f"{path}page/{page}/")
    title = f"{heading}{f' - Halaman {page} dari {pages}' if page > 1 else ''} - {SITE_NAME}"
    rels = ""
    if page > 1:
        rels += (
            f'\n<link rel="prev" href="{root}{path if page == 2 else f"{path}page/{page - 1}/"}" />'
        )
    if page < pages:
        rels += f'\n<link rel="next" href="{root}{path}page/{page + 1}/" />'
    head = f"""<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="robots" content="follow, index"/>
<link rel="canonical" href="{here}" />{rels}
<meta property="og:locale" content="id_ID" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{escape(title)}" />
<meta property="og:url" content="{here}" />
<script type="application/ld+json" class="rank-math-schema">{json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "@id": here + "#webpage", "url": here, "name": title, "inLanguage": "id"}]})}</script>
<!-- /Rank Math WordPress SEO plugin -->"""
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = f"""<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<header class="entry-header-outer container-wrapper"><nav id="breadcrumb"><a href="{root}/"><span class="tie-icon-home" aria-hidden="true"></span> Beranda</a><em class="delimiter">/</em><span class="current">{heading}</span></nav><h1 class="page-title">{heading}</h1></header>
<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" data-layout="default" data-settings="{{'uncropped_image':'jannah-image-post','category_meta':true,'post_meta':true,'excerpt':'true','excerpt_length':'20','read_more':'true','title_length':0,'is_full':false}}" class="posts-items">
{chr(10).join(_teaser(p, now) for p in shown)}
</ul><div class="clearfix"></div></div>{_pages_nav(path, page, pages)}</div></div>
</div>"""
    return _layout(base, title, head, main, body, now)


def _home(base: str, now: datetime) -> str:
    root = base.rstrip("/")
    main = f"""<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<div id="tie-block_1" class="mag-box big-post-left-box has-first-big-post" data-current="1"><div class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Berita Terbaru</h3></div><div class="mag-box-container clearfix"><ul class="posts-items posts-list-container">
{chr(10).join(_teaser(p, now) for p in NEWEST_FIRST[:HOME_SHOWN])}
</ul><div class="clearfix"></div></div><a class="block-pagination next-posts show-more-button load-more-button" data-text="Muat lebih banyak">Muat lebih banyak</a></div></div>
</div>"""
    head = f'<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->\n<link rel="canonical" href="{root}/" />\n<meta property="og:type" content="website" />\n<!-- /Rank Math WordPress SEO plugin -->'
    return _layout(
        base,
        f"{SITE_NAME} - Berita Mimika Terkini",
        head,
        main,
        "home page-template page-template-template-builder page page-id-7",
        now,
    )


def _static(base: str, slug: str, title: str, now: datetime) -> str:
    root = base.rstrip("/")
    main = f"""<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><div class="entry-header"><h1 class="post-title entry-title">{title}</h1></div></header><div class="entry-content entry clearfix"><p>Pemimpin Redaksi: Frans Rumbiak. Alamat redaksi: Jl. Budi Utomo No. 12, Timika, Papua Tengah.</p></div></article></div>"""
    head = f'<link rel="canonical" href="{root}/{slug}/" />\n<meta property="og:type" content="article" />'
    return _layout(
        base, f"{title} - {SITE_NAME}", head, main, f"page-template-default page page-{slug}", now
    )


def _urlset(root: str, rows: list[tuple[str, str | None]]) -> str:
    body = "".join(
        f"\n\t<url>\n\t\t<loc>{root}{loc}</loc>"
        + (f"\n\t\t<lastmod>{m}</lastmod>" if m else "")
        + "\n\t</url>"
        for loc, m in rows
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{root}/main-sitemap.xsl"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}\n</urlset>\n<!-- XML Sitemap generated by Rank Math SEO Plugin (c) Rank Math - rankmath.com -->'


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
	<description>Berita Mimika Terkini</description>
	<language>id</language>{items}
</channel>
</rss>"""


def _api_post(root: str, p: Post) -> dict:
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
        "author": 1 + p.number % 2,
        "categories": [p.category[2]],
    }


def make_site(base: str, features: frozenset[str] = FEATURES, clock: Clock | None = None):
    """The site's answer to each request target, its relative dates against ``clock``."""
    root = base.rstrip("/")
    clock = clock or Clock()
    by_path = {p.path: p for p in POSTS}
    by_id = {p.wp_id: p for p in POSTS}
    tags = {t.lower().replace(" ", "-"): t for p in POSTS for t in p.release.tags}
    json_type = "application/json; charset=UTF-8"

    def page_of(rest: str) -> tuple[str, int] | None:
        head, sep, tail = rest.rpartition("/page/")
        if not sep:
            return rest, 1
        number = tail.strip("/")
        return (head + "/", int(number)) if number.isdigit() and number != "1" else None

    def api(path: str, query: dict[str, list[str]]) -> Answer:
        if "api" not in features:
            return (
                401,
                json_type,
                '{"code":"rest_cannot_access","message":"REST API dinonaktifkan.","data":{"status":401}}',
            )
        if path == "/wp-json/":
            index = {
                "name": SITE_NAME,
                "url": root,
                "home": root,
                "gmt_offset": str(OFFSET),
                "timezone_string": TIMEZONE,
                "namespaces": ["oembed/1.0", "wp/v2"],
                "routes": {},
            }
            return 200, json_type, json.dumps(index)
        if path.rstrip("/") == "/wp-json/wp/v2/posts":
            raw = query.get("page", ["1"])[0]
            per = int(query.get("per_page", ["10"])[0])
            number = int(raw) if raw.isdigit() else 0
            chunk = list(NEWEST_FIRST)[(number - 1) * per : number * per] if number >= 1 else []
            if not chunk:
                return (
                    400,
                    json_type,
                    '{"code":"rest_post_invalid_page_number","message":"Nomor halaman yang diminta lebih besar dari jumlah halaman yang tersedia.","data":{"status":400}}',
                )
            return 200, json_type, json.dumps([_api_post(root, p) for p in chunk])
        return (
            404,
            json_type,
            '{"code":"rest_no_route","message":"Tidak ada rute yang cocok.","data":{"status":404}}',
        )

    def answer(target: str) -> Answer:
        now = clock.now
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        if path.startswith("/wp-json/"):
            return api(path, query)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return 301, HTML, root + path + "/" + (f"?{parts.query}" if parts.query else "")
        if path == "/" and "p" in query:
            raw = query["p"][0]
            post = by_id.get(int(raw)) if raw.isdigit() else None
            return (301, HTML, root + post.path) if post else NOT_FOUND
        if path == "/robots.txt":
            text = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
            return (
                200,
                TEXT,
                text + (f"\nSitemap: {root}/sitemap_index.xml\n" if "sitemap" in features else ""),
            )
        if "sitemap" in features and path.endswith(".xml"):
            newest = _wit(NEWEST_FIRST[0].modified)
            if path == "/sitemap_index.xml":
                rows = "".join(
                    f"\n\t<sitemap>\n\t\t<loc>{root}/{m}-sitemap.xml</loc>\n\t\t<lastmod>{newest}</lastmod>\n\t</sitemap>"
                    for m in ("post", "page", "category")
                )
                return (
                    200,
                    XML,
                    f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{root}/main-sitemap.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}\n</sitemapindex>\n<!-- XML Sitemap generated by Rank Math SEO Plugin (c) Rank Math - rankmath.com -->',
                )
            if path == "/post-sitemap.xml":
                return (
                    200,
                    XML,
                    _urlset(root, [(p.path, _wit(p.modified)) for p in reversed(NEWEST_FIRST)]),
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
                        [("/category/berita/", newest)]
                        + [(f"/category/berita/{s}/", None) for s, _, _ in CATEGORIES],
                    ),
                )
        if "feed" in features and path == "/feed/":
            return 200, "application/rss+xml; charset=UTF-8", _feed(root)
        if path == "/":
            return 200, HTML, _home(base, now)
        if path in ("/redaksi/", "/pedoman-media-siber/"):
            name = path.strip("/")
            return 200, HTML, _static(base, name, name.replace("-", " ").title(), now)
        segments = path.strip("/").split("/")
        if segments[0] == "berita" and len(segments) >= 2:
            post = by_path.get(f"/berita/{segments[1]}/")
            if post is None:
                return NOT_FOUND
            if segments[2:] == ["amp"]:
                return 200, HTML, _amp(base, post, now)
            if not segments[2:]:
                return 200, HTML, _article(base, post, now, "schema" in features)
            return NOT_FOUND
        paged = page_of(path)
        if paged is None:
            return NOT_FOUND
        listing, number = paged
        posts: list[Post] = []
        heading = body = ""
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
        html = _archive(base, listing, heading, posts, number, body, now)
        return (200, HTML, html) if html else NOT_FOUND

    return answer


def serve_jannah(features: frozenset[str] = FEATURES, clock: Clock | None = None):
    """``with serve_jannah() as base_url:`` the portal on 127.0.0.1 until the block ends;
    ``features`` is what is left on of {"api", "sitemap", "feed", "schema"}; ``clock``
    is the server's "now" for the relative dates (move it between crawls)."""
    return serve(lambda base: make_site(base, features, clock))
