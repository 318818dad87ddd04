"""Everything around the content of a GeneratePress page, built once per site.

GeneratePress 3.3 + Yoast SEO + Jetpack + Site Kit on WordPress 6.4, as a
Polres-news site prints it: `<head>` assets, top bar, masthead with the primary
menu (sub-menus of Polres, Polsek, topic and district tags), the right sidebar
(search, WordPress Popular Posts, a latest-posts block with thumbnails, a banner,
categories and monthly archives with counts, the tag cloud, recent comments),
footer widget areas, the site-info bar, GeneratePress's search modal and the
footer scripts. Only the per-page bits (title, SEO block, body class, current
menu item, Jetpack Stats post id) are filled in per request, so a page costs a
few string joins however big the chrome is.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from . import wpcore
from .furniture import (
    MenuItem,
    month_counts,
    primary_menu,
    recent_comments,
    ribuan,
    tag_cloud,
    views,
)
from .model import SiteModel
from .textfmt import BULAN, attr, esc, iso, tanggal
from .theme import UrlFn

GP_VERSION = "3.3.1"
GP_PREMIUM_VERSION = "2.4.0"
WPP_VERSION = "6.3.4"


# Icons in GeneratePress's `gp-icon` wrappers (path data drawn for this project).
def _icon(name: str, box: str, path: str) -> str:
    return (
        f'<span class="gp-icon {name}"><svg viewBox="{box}" aria-hidden="true" '
        f'xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="{path}"></path>'
        "</svg></span>"
    )


_CHEVRON = _icon(
    "icon-arrow",
    "0 0 330 512",
    "M305.9 197.1c0 2.3-1.1 4.8-2.8 6.5L171.1 335.6c-1.7 1.7-4.2 2.8-6.5 2.8s-4.8-1.1-6.5-2.8"
    "L26.1 203.6c-3.6-3.6-3.6-9.4 0-13l14.2-14.2c3.6-3.6 9.4-3.6 13 0L164.6 287.7l111.3-111.3"
    "c3.6-3.6 9.4-3.6 13 0l14.2 14.2c1.7 1.7 2.8 4.2 2.8 6.5z",
)
_SEARCH_ICON = _icon(
    "icon-search",
    "0 0 512 512",
    "M208 48a160 160 0 1 0 0 320 160 160 0 0 0 0-320zM0 208a208 208 0 1 1 373.4 126.1L505 465.7"
    "a24 24 0 0 1-33.9 33.9L339.4 368.1A208 208 0 0 1 0 208z",
)
_BARS_ICON = _icon(
    "icon-menu-bars",
    "0 0 512 512",
    "M0 96a24 24 0 0 1 24-24h464a24 24 0 0 1 0 48H24A24 24 0 0 1 0 96zm0 160a24 24 0 0 1 24-24"
    "h464a24 24 0 0 1 0 48H24a24 24 0 0 1-24-24zm0 160a24 24 0 0 1 24-24h464a24 24 0 0 1 0 48"
    "H24a24 24 0 0 1-24-24z",
)
_UP_ICON = _icon(
    "icon-arrow-up",
    "0 0 330 512",
    "M305.9 314.9c0 2.3-1.1 4.8-2.8 6.5l-14.2 14.2a9.2 9.2 0 0 1-13 0L164.6 224.3 53.3 335.6"
    "a9.2 9.2 0 0 1-13 0l-14.2-14.2a9.2 9.2 0 0 1 0-13L158.1 176.4a9.2 9.2 0 0 1 13 0L303 308.4"
    "c1.7 1.7 2.9 4.2 2.9 6.5z",
)
# Social profiles in the footer menu: (service, label, profile URL pattern).
_SOCIAL = (
    ("facebook", "Facebook", "https://www.facebook.com/{h}"),
    ("instagram", "Instagram", "https://www.instagram.com/{h}/"),
    ("youtube", "YouTube", "https://www.youtube.com/@{h}"),
    ("x", "X (Twitter)", "https://x.com/{h}"),
)
_GP_INLINE_CSS = (
    "body{background-color:var(--base-2);color:var(--contrast);}a{color:var(--accent);}"
    "a:hover, a:focus{text-decoration:underline;}.entry-title a, .site-branding a, a.button, "
    ".wp-block-button__link, .main-navigation a{text-decoration:none;}a:hover, a:focus, "
    "a:active{color:var(--contrast);}.grid-container{max-width:1200px;}.wp-block-group__inner-"
    "container{max-width:1200px;margin-left:auto;margin-right:auto;}.site-header .header-image"
    "{width:260px;}:root{--contrast:#222222;--contrast-2:#575760;--contrast-3:#b2b2be;--base:"
    "#f0f0f0;--base-2:#f7f8f9;--base-3:#ffffff;--accent:#1e73be;}:root .has-contrast-color{"
    "color:var(--contrast);}:root .has-contrast-background-color{background-color:var("
    "--contrast);}:root .has-base-color{color:var(--base);}:root .has-base-background-color{"
    "background-color:var(--base);}:root .has-accent-color{color:var(--accent);}:root "
    ".has-accent-background-color{background-color:var(--accent);}body, button, input, select"
    ', textarea{font-family:"Roboto", sans-serif;font-size:17px;}body{line-height:1.7;}'
    ".main-title{font-weight:700;font-size:30px;}.main-navigation a, .main-navigation "
    ".menu-toggle{font-weight:500;text-transform:uppercase;font-size:14px;}.widget-title"
    "{font-weight:700;text-transform:uppercase;font-size:15px;}h1.entry-title{font-weight:700;"
    "font-size:30px;line-height:1.3;}h2.entry-title{font-weight:700;font-size:22px;}.top-bar"
    "{background-color:#0b2545;color:#ffffff;}.top-bar a{color:#ffffff;}.site-header{"
    "background-color:var(--base-3);}.main-navigation,.main-navigation ul ul{background-color"
    ":#13315c;}.footer-widgets{color:#d9e1ea;background-color:#13315c;}.site-info{color:"
    "#ffffff;background-color:#0b2545;}"
    "/* End cached CSS */.is-right-sidebar{width:30%;}.is-left-sidebar{width:30%;}.site-content"
    " .content-area{width:70%;}@media (max-width:768px){.main-navigation .menu-toggle,.sidebar-"
    "nav-mobile:not(#sticky-placeholder){display:block;}.main-navigation ul,.gen-sidebar-nav,"
    ".main-navigation:not(.slideout-navigation):not(.toggled) .main-nav > ul,.has-inline-mobile"
    "-toggle #site-navigation .inside-navigation > *:not(.navigation-search):not(.main-nav){"
    "display:none;}.has-inline-mobile-toggle .mobile-menu-control-wrapper{display:flex;flex-"
    "wrap:wrap;}}"
)


def _li_classes(item: MenuItem) -> str:
    kind = f"menu-item menu-item-type-{item.type} menu-item-object-{item.object}"
    if item.path == "/":
        kind += " menu-item-home"
    if item.children:
        kind += " menu-item-has-children"
    return f"{kind} menu-item-{item.id}"


def _menu_html(items: tuple[MenuItem, ...], u: UrlFn, *, toggles: bool) -> str:
    out = []
    for item in items:
        label = esc(item.label)
        toggle = f'<span role="presentation" class="dropdown-menu-toggle">{_CHEVRON}</span>'
        sub = ""
        if item.children:
            sub = '<ul class="sub-menu">' + _menu_html(item.children, u, toggles=toggles) + "</ul>"
            if toggles:
                label += toggle
        out.append(
            f'<li id="menu-item-{item.id}" class="{_li_classes(item)}">'
            f'<a href="{u(item.path)}">{label}</a>{sub}</li>'
        )
    return "".join(out)


@dataclass(frozen=True)
class GPChrome:
    """The precomputed pieces of every GeneratePress page of one site and base URL."""

    head_hints: str
    head_assets: str
    head_tail: str  # REST/RSD links and the generator tag
    head_end: str  # Site Kit, Jetpack's stats style, site icons
    body_top: str
    sidebar: str
    footer: str
    theme_scripts: str  # footer scripts before comment-reply
    plugin_scripts: str  # footer scripts after it
    comment_reply: str
    menu_ids: dict[str, int]  # menu item id by linked path (categories, home)
    stats_blog: int
    stats_tz: int
    stats_domain: str
    stats_week: str


def build_chrome(site: SiteModel, u: UrlFn, features: frozenset[str]) -> GPChrome:
    """Build every static piece once (a few milliseconds, whatever the site's size)."""
    home = u("/")
    domain = urlsplit(home).netloc
    name = site.config.name
    handle = "".join(ch for ch in name.lower() if ch.isalnum())
    newest = site.posts[0].published if site.posts else None
    theme_dir = f"{home}wp-content/themes/generatepress"

    hints = (
        wpcore.resource_hints(
            ("stats.wp.com", "www.googletagmanager.com", "fonts.googleapis.com", "i0.wp.com"),
            ("https://fonts.gstatic.com",),
        )
        + "<link rel='preconnect' href='//i0.wp.com' />\n<link rel='preconnect' "
        "href='//c0.wp.com' />\n"
    )

    assets = (
        wpcore.emoji(home, html5=True)
        + wpcore.core_styles(home, html5=True)
        + wpcore.style_link(
            "wordpress-popular-posts",
            f"{home}wp-content/plugins/wordpress-popular-posts/assets/css/wpp.css?ver={WPP_VERSION}",
            html5=True,
        )
        + wpcore.style_link(
            "generate-widget-areas",
            f"{theme_dir}/assets/css/components/widget-areas.min.css?ver={GP_VERSION}",
            html5=True,
        )
        + wpcore.style_link(
            "generate-comments",
            f"{theme_dir}/assets/css/components/comments.min.css?ver={GP_VERSION}",
            html5=True,
        )
        + f'<link rel="stylesheet" id="generate-style-css" href="{theme_dir}/assets/css/'
        f'main.min.css?ver={GP_VERSION}" media="all" />\n'
        + wpcore.inline_style("generate-style", _GP_INLINE_CSS, html5=True)
        + wpcore.style_link(
            "jetpack_css",
            f"{home}wp-content/plugins/jetpack/css/jetpack.css?ver={wpcore.JETPACK_VERSION}",
            html5=True,
        )
        + '<script type="application/json" id="wpp-json">\n'
        + wpcore.wp_json(
            {
                "sampling_active": 0,
                "sampling_rate": 100,
                "ajax_url": f"{home}wp-json/wordpress-popular-posts/v1/popular-posts",
                "api_url": f"{home}wp-json/wordpress-popular-posts",
                "ID": 0,
                "lang": 0,
            }
        )
        + "\n</script>\n"
        + wpcore.script_tag(
            "wpp",
            f"{home}wp-content/plugins/wordpress-popular-posts/assets/js/wpp.min.js"
            f"?ver={WPP_VERSION}",
            html5=True,
        )
        + wpcore.related_posts_scripts(home)
    )
    tail = ""
    if "rest_api" in features:
        tail += f'<link rel="https://api.w.org/" href="{u("/wp-json/")}" />\n'
    tail += (
        '<link rel="EditURI" type="application/rsd+xml" title="RSD" '
        f'href="{u("/xmlrpc.php?rsd")}" />\n'
        f'<meta name="generator" content="WordPress {wpcore.WP_VERSION}" />\n'
    )
    tail_after = (
        wpcore.site_kit(domain, name, html5=True)
        + "<style>img#wpstats{display:none}</style>\n"
        + wpcore.site_icons(home, "2021/03")
    )

    menu = primary_menu(site)
    menu_ids = {item.path: item.id for item in menu}
    page_links = "".join(
        f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-post_type menu-item-object-'
        f'page menu-item-{40 + i}"><a href="{u(p.path)}">{esc(p.title)}</a></li>'
        for i, p in enumerate(site.pages)
    )
    top_bar = (
        '<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container">'
        '<aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><div class="menu-'
        f'top-bar-container"><ul id="menu-top-bar" class="menu">{page_links}</ul></div></aside>'
        "</div></div>\n"
    )
    search_button = (
        '<div class="menu-bar-items"><span class="menu-bar-item"><a href="#" role="button" '
        f'aria-label="Buka Bilah Pencarian" data-gpmodal-trigger="gp-search">{_SEARCH_ICON}</a>'
        "</span></div>"
    )
    toggle = (
        '<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" '
        f'aria-expanded="false">{_BARS_ICON}<span class="screen-reader-text">Menu</span></button>'
    )
    header = (
        '<header class="site-header" id="masthead" aria-label="Situs" '
        'itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header '
        'grid-container">'
        f'<div class="site-logo"><a href="{home}" rel="home"><img class="header-image '
        'is-logo-image" '
        f'alt="{attr(name)}" src="{home}wp-content/uploads/2021/03/logo-{handle}.png" width="260" '
        'height="70" /></a></div>'
        '<div class="site-branding">'
        f'<p class="main-title" itemprop="headline"><a href="{home}" rel="home">{esc(name)}</a></p>'
        f'<p class="site-description" itemprop="description">{esc(site.config.tagline)}</p></div>'
        '<nav class="main-navigation nav-align-right has-menu-bar-items sub-menu-right" '
        'id="site-navigation" aria-label="Utama" itemtype="https://schema.org/SiteNavigationElement"'
        f' itemscope><div class="inside-navigation grid-container">{toggle}'
        '<div id="primary-menu" class="main-nav"><ul id="menu-utama" class=" menu sf-menu">'
        + _menu_html(menu, u, toggles=True)
        + f"</ul></div>{search_button}</div></nav></div></header>\n"
    )
    body_top = (
        '<a class="screen-reader-text skip-link" href="#content" title="Lompat ke konten">'
        "Lompat ke konten</a>" + top_bar + header
    )

    sidebar = _sidebar(site, u)
    footer, (theme_scripts, plugin_scripts) = _footer(site, u, handle)
    week = f"{newest.isocalendar().year}{newest.isocalendar().week:02d}" if newest else "202401"
    return GPChrome(
        head_hints=hints,
        head_assets=assets,
        head_tail=tail,
        head_end=tail_after,
        body_top=body_top,
        sidebar=sidebar,
        footer=footer,
        theme_scripts=theme_scripts,
        plugin_scripts=plugin_scripts,
        comment_reply=wpcore.comment_reply_script(home),
        menu_ids=menu_ids,
        stats_blog=wpcore.site_number(name),
        stats_tz=int(site.config.tz.utcoffset(None).total_seconds() // 3600),
        stats_domain=domain,
        stats_week=week,
    )


def _thumb(u: UrlFn, path: str, size: int, alt: str, cls: str) -> str:
    return (
        f'<img loading="lazy" decoding="async" width="{size}" height="{size}" src="{u(path)}" '
        f'class="{cls}" alt="{attr(alt)}" />'
    )


def _sidebar(site: SiteModel, u: UrlFn) -> str:
    """The right sidebar, the same on every page."""
    search = (
        '<aside id="search-2" class="widget inner-padding widget_search">'
        f'<form method="get" class="search-form" action="{u("/")}"><label>'
        '<span class="screen-reader-text">Cari untuk:</span>'
        '<input type="search" class="search-field" placeholder="Cari &hellip;" value="" name="s" '
        'title="Cari untuk:"></label><button class="search-submit" aria-label="Cari">'
        f"{_SEARCH_ICON}</button></form></aside>"
    )
    popular = "".join(
        f'<li><a href="{attr(u(href))}" class="wpp-post-title" target="_self">{esc(p.title)}</a>'
        f' <span class="wpp-meta post-stats"><span class="wpp-views">{ribuan(views(p))} kali '
        "dilihat</span></span></li>"
        for p, href in site.popular()
    )
    widgets = [search]
    if popular:
        widgets.append(
            '<aside id="wpp-2" class="widget inner-padding popular-posts">'
            '<h2 class="widget-title">Terpopuler</h2>'
            f'<ul class="wpp-list">{popular}</ul></aside>'
        )
    latest = "".join(
        '<li><div class="wp-block-latest-posts__featured-image alignleft">'
        f'<a href="{u(p.path)}">'
        + _thumb(
            u, p.image.sized(150, 150), 150, "", "attachment-thumbnail size-thumbnail wp-post-image"
        )
        + f'</a></div><a class="wp-block-latest-posts__post-title" href="{u(p.path)}">'
        f'{esc(p.title)}</a><time datetime="{iso(p.published)}" '
        f'class="wp-block-latest-posts__post-date">{tanggal(p.published)}</time></li>'
        for p in site.posts[:4]
    )
    widgets.append(
        '<aside id="block-3" class="widget inner-padding widget_block"><div class="wp-block-group '
        'is-layout-flow wp-block-group-is-layout-flow"><div '
        'class="wp-block-group__inner-container">'
        '<h2 class="wp-block-heading">Berita Terbaru</h2><ul class="wp-block-latest-posts__list '
        f'has-dates wp-block-latest-posts">{latest}</ul></div></div></aside>'
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{c.id}"><a href="{u(c.path)}">{esc(c.name)}</a> '
        f"({ribuan(len(site.in_term(c)))})\n</li>"
        for c in site.categories
    )
    widgets.append(
        '<aside id="categories-2" class="widget inner-padding widget_categories">'
        f'<h2 class="widget-title">Kategori</h2><ul>{cats}</ul></aside>'
    )
    months = "".join(
        f'<li><a href="{u(f"/{y}/{m:02d}/")}">{BULAN[m - 1]} {y}</a>&nbsp;({ribuan(n)})</li>'
        for y, m, n in month_counts(site)
    )
    widgets.append(
        '<aside id="archives-2" class="widget inner-padding widget_archive">'
        f'<h2 class="widget-title">Arsip</h2><ul>{months}</ul></aside>'
    )
    cloud = tag_cloud(site, 32)
    sizes = wpcore.tag_cloud_sizes([n for _, n in cloud])
    tags = " ".join(
        f'<a href="{u(t.path)}" class="tag-cloud-link tag-link-{t.id} tag-link-position-{i}" '
        f'style="font-size: {size}pt;" aria-label="{attr(t.name)} ({ribuan(n)} item)">'
        f"{esc(t.name)}</a>"
        for i, ((t, n), size) in enumerate(zip(cloud, sizes), start=1)
    )
    widgets.append(
        '<aside id="tag_cloud-2" class="widget inner-padding widget_tag_cloud">'
        f'<h2 class="widget-title">Tag</h2><div class="tagcloud">{tags}</div></aside>'
    )
    comments = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{esc(c.author)}</span> '
        f'pada <a href="{u(p.path)}#comment-{c.id}">{esc(p.title)}</a></li>'
        for c, p in recent_comments(site, 4)
    )
    if comments:
        widgets.append(
            '<aside id="recent-comments-2" class="widget inner-padding widget_recent_comments">'
            '<h2 class="widget-title">Komentar Terbaru</h2>'
            f'<ul id="recentcomments">{comments}</ul></aside>'
        )
    return (
        '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">'
        '<div class="inside-right-sidebar">' + "".join(widgets) + "</div></div>\n"
    )


def _footer(site: SiteModel, u: UrlFn, handle: str) -> tuple[str, tuple[str, str]]:
    """Footer widget areas, the site-info bar, back-to-top, search modal; then the scripts."""
    home = u("/")
    name = site.config.name
    about = site.pages[0].paragraphs[0] if site.pages else site.config.tagline
    redaksi = next((p for p in site.pages if p.slug == "redaksi"), None)
    address = redaksi.paragraphs[-1] if redaksi else ""
    social = "".join(
        f'<li id="menu-item-{70 + i}" class="menu-item menu-item-type-custom menu-item-object-'
        f'custom menu-item-{70 + i}"><a target="_blank" rel="noopener" '
        f'href="{href.format(h=handle)}">{label}</a></li>'
        for i, (_, label, href) in enumerate(_SOCIAL)
    )
    pages = "".join(
        f'<li id="menu-item-{80 + i}" class="menu-item menu-item-type-post_type menu-item-object-'
        f'page menu-item-{80 + i}"><a href="{u(p.path)}">{esc(p.title)}</a></li>'
        for i, p in enumerate(site.pages)
    )
    footer = (
        '<div class="site-footer footer-bar-active footer-bar-align-right">'
        '<div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container '
        'grid-container"><div class="inside-footer-widgets">'
        '<div class="footer-widget-1"><aside id="text-2" class="widget inner-padding widget_text">'
        f'<h2 class="widget-title">Tentang {esc(name)}</h2><div class="textwidget"><p>'
        f'<img loading="lazy" decoding="async" class="alignnone size-full" src="{home}wp-content/'
        f'uploads/2021/03/logo-{handle}-putih.png" alt="" width="200" height="54" /></p>'
        f"<p>{esc(about)}</p></div></aside></div>"
        '<div class="footer-widget-2"><aside id="nav_menu-2" class="widget inner-padding '
        'widget_nav_menu"><h2 class="widget-title">Ikuti Kami</h2><div class="menu-sosial-'
        f'container"><ul id="menu-sosial" class="menu">{social}</ul></div></aside></div>'
        '<div class="footer-widget-3"><aside id="block-12" class="widget inner-padding '
        'widget_block"><h2 class="wp-block-heading">Kontak Redaksi</h2><p>'
        f"{esc(address)}<br>Email: redaksi@{handle}.id<br>WhatsApp: 0812-5100-{len(name) * 37:04d}"
        "</p></aside></div>"
        "</div></div></div>"
        '<footer class="site-info" aria-label="Situs" itemtype="https://schema.org/WPFooter" '
        'itemscope><div class="inside-site-info grid-container"><div class="footer-bar">'
        '<aside id="nav_menu-4" class="widget inner-padding widget_nav_menu"><div class="menu-'
        f'footer-container"><ul id="menu-footer" class="menu">{pages}</ul></div></aside></div>'
        '<div class="copyright-bar">'
        f'<span class="copyright">&copy; 2024 {esc(name)}</span> '
        "&bull; Dibangun dengan "
        '<a href="https://generatepress.com" itemprop="url">GeneratePress</a>'
        "</div></div></footer></div>\n"
        '<a title="Gulir kembali ke atas" aria-label="Gulir kembali ke atas" rel="nofollow" '
        'href="#" class="generate-back-to-top" data-scroll-speed="400" data-start-scroll="300" '
        f'role="button">{_UP_ICON}</a>'
        '<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&'
        '"addEventListener"in window){var b=document.body;b.addEventListener("mousedown",'
        'function(){b.classList.add("using-mouse")});b.addEventListener("keydown",function(){'
        'b.classList.remove("using-mouse")})}}();</script>'
        '<div class="gp-modal gp-search-modal" id="gp-search"><div class="gp-modal__overlay" '
        'tabindex="-1" data-gpmodal-close><div class="gp-modal__container"><form role="search" '
        f'method="get" class="search-modal-form" action="{home}"><label for="search-modal-input" '
        'class="screen-reader-text">Cari untuk:</label><div class="search-modal-fields"><input '
        'id="search-modal-input" type="search" class="search-field" placeholder="Cari &hellip;" '
        f'name="s" /><button aria-label="Cari">{_SEARCH_ICON}</button></div></form></div></div>'
        "</div>"
        "\n"
    )
    theme_dir = f"{home}wp-content/themes/generatepress"
    theme_scripts = (
        "<!--[if lte IE 11]>\n"
        + wpcore.script_tag(
            "generate-classlist",
            f"{theme_dir}/assets/js/classList.min.js?ver={GP_VERSION}",
            html5=True,
        )
        + "<![endif]-->\n"
        + wpcore.inline_script(
            "generate-menu-js-extra",
            'var generatepressMenu = {"toggleOpenedSubMenus":"1","openSubMenuLabel":"Buka '
            'Sub-Menu",'
            '"closeSubMenuLabel":"Tutup Sub-Menu"};',
            html5=True,
        )
        + wpcore.script_tag(
            "generate-menu", f"{theme_dir}/assets/js/menu.min.js?ver={GP_VERSION}", html5=True
        )
        + wpcore.script_tag(
            "generate-modal", f"{theme_dir}/assets/dist/modal.js?ver={GP_VERSION}", html5=True
        )
        + wpcore.inline_script(
            "generate-back-to-top-js-extra",
            'var generatepressBackToTop = {"smooth":"1"};',
            html5=True,
        )
        + wpcore.script_tag(
            "generate-back-to-top",
            f"{theme_dir}/assets/js/back-to-top.min.js?ver={GP_VERSION}",
            html5=True,
        )
    )
    plugin_scripts = wpcore.jetpack_sharing_scripts(
        home, (("facebook", 600, 400), ("x", 600, 350), ("jetpack-whatsapp", 600, 400))
    ) + wpcore.script_tag(
        "akismet-frontend",
        f"{home}wp-content/plugins/akismet/_inc/akismet-frontend.js?ver=1704837122",
        html5=True,
        extra=" defer",
    )
    return footer, (theme_scripts, plugin_scripts)
