"""Everything around the content of a JNews page, built once per site.

JNews 11 on WordPress 6.4 with Yoast SEO, Elementor and Site Kit, as an
Indonesian regional portal prints it. JNews does not declare HTML5 script/style
support, so WordPress prints `type='text/css'` / `type="text/javascript"` and
CDATA-wrapped inline scripts. The weight is where JNews puts it: an inline
JavaScript library and the `jeg_dynamic_css` sheet in `<head>`, a top bar, the
main menu with category mega menus (the newest posts of each category, with
thumbnails), the same menu again in the sticky header and in the off-canvas
mobile menu, sidebar blocks, a three-column footer and the theme's scripts.
Only the title, SEO block, body class, current menu item and `jnewsoption.postid`
change per page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from . import wpcore
from .furniture import MenuItem, primary_menu, ribuan, tag_cloud
from .model import SiteModel
from .textfmt import attr, esc, tanggal
from .theme import UrlFn

JNEWS_VERSION = "11.1.3"
ELEMENTOR_VERSION = "3.18.3"
_ACCENT = "#d32f2f"
_DARK = "#1e2f7f"

# The JNews front-end helper library JNews prints inline in <head> (its shape:
# an IIFE attaching helpers to window.jnews.library), written for this project.
_JNEWS_LIBRARY = (
    ";window.jnews=window.jnews||{},window.jnews.library=window.jnews.library||{},window.jnews."
    'library=function(){"use strict";var e=this;e.win=window,e.doc=document,e.noop=function()'
    '{},e.globalBody=e.doc.getElementsByTagName("body")[0],e.globalBody=e.globalBody?e.'
    "globalBody:e.doc,e.win.jnewsDataStorage=e.win.jnewsDataStorage||{_storage:new WeakMap,put:"
    "function(e,t,n){this._storage.has(e)||this._storage.set(e,new Map),this._storage.get(e)."
    "set(t,n)},get:function(e,t){return this._storage.get(e).get(t)},has:function(e,t){return "
    "this._storage.has(e)&&this._storage.get(e).has(t)},remove:function(e,t){var n=this._storage"
    ".get(e).delete(t);return 0===!this._storage.get(e).size&&this._storage.delete(e),n}},e."
    "windowWidth=function(){return e.win.innerWidth||e.docEl.clientWidth||e.globalBody."
    "clientWidth},e.windowHeight=function(){return e.win.innerHeight||e.docEl.clientHeight||e."
    "globalBody.clientHeight},e.requestAnimationFrame=e.win.requestAnimationFrame||e.win."
    "webkitRequestAnimationFrame||e.win.mozRequestAnimationFrame||function(e){return setTimeout"
    "(e,1e3/60)},e.cancelAnimationFrame=e.win.cancelAnimationFrame||e.win."
    "webkitCancelAnimationFrame||e.win.mozCancelAnimationFrame||clearTimeout,e.classListSupport="
    '"classList"in document.createElement("_"),e.hasClass=e.classListSupport?function(e,t)'
    "{return e.classList.contains(t)}:function(e,t){return e.className.indexOf(t)>=0},e.addClass"
    "=e.classListSupport?function(t,n){e.hasClass(t,n)||t.classList.add(n)}:function(t,n){e."
    'hasClass(t,n)||(t.className+=" "+n)},e.removeClass=e.classListSupport?function(t,n){e.'
    "hasClass(t,n)&&t.classList.remove(n)}:function(t,n){e.hasClass(t,n)&&(t.className=t."
    'className.replace(n,""))},e.objKeys=function(e){var t=[];for(var n in e)Object.prototype.'
    "hasOwnProperty.call(e,n)&&t.push(n);return t},e.dataStorage=e.win.jnewsDataStorage,e."
    "supportsPassive=!1;try{var t=Object.defineProperty({},"
    '"passive",{get:function(){e.supportsPassive=!0}});"createEvent"in e.doc?e.win.'
    'addEventListener("test",null,t):"fireEvent"in e.doc&&e.win.attachEvent("test",null)}'
    "catch(e){}e.passiveOption=!!e.supportsPassive&&{passive:!0},e.addEvents=function(t,n,o)"
    '{for(var i in n){var a=["touchstart","touchmove"].indexOf(i)>=0&&!o&&e.passiveOption;'
    '"createEvent"in e.doc?t.addEventListener(i,n[i],a):"fireEvent"in e.doc&&t.attachEvent('
    '"on"+i,n[i])}},e.removeEvents=function(t,n){for(var o in n)"createEvent"in e.doc?t.'
    'removeEventListener(o,n[o]):"fireEvent"in e.doc&&t.detachEvent("on"+o,n[o])},e.'
    'triggerEvents=function(t,n,o){var i;o=o||{detail:null};return"createEvent"in e.doc?(!(i='
    'e.doc.createEvent("CustomEvent")||new CustomEvent(n)).initCustomEvent||i.initCustomEvent('
    "n,!0,!1,o),void t.dispatchEvent(i)):void 0},e.fireOnce=function(){e.assets=e.assets||[],e."
    "assets.length&&(e.boot(),e.load_assets())},e.boot=function(){e.length&&e.doc."
    'querySelectorAll("style[media]").forEach((function(e){"not all"==e.getAttribute("media'
    '")&&e.removeAttribute("media")}))},e.docReady=function(t){"loading"!==e.doc.readyState'
    '?t():e.doc.addEventListener("DOMContentLoaded",t)}};window.jnews.library=new window.jnews'
    ".library;"
)


def _dynamic_css() -> str:
    """JNews's `jeg_dynamic_css`: the customizer's colours spread over the theme's selectors."""
    accent_color = (
        "a,.jeg_menu_style_5>li>a:hover,.jeg_menu_style_5>li.sfHover>a,.jeg_menu_style_5>li."
        "current-menu-item>a,.jeg_menu_style_5>li.current-menu-ancestor>a,.jeg_navbar .jeg_menu:"
        "not(.jeg_main_menu)>li>a:hover,.jeg_midbar .jeg_menu:not(.jeg_main_menu)>li>a:hover,"
        ".jeg_side_tabs li.active,.jeg_block_heading_5 strong,.jeg_block_heading_6 strong,"
        ".jeg_block_heading_7 strong,.jeg_block_heading_8 strong,.jeg_subcat_list li a:hover,"
        ".jeg_subcat_list li button:hover,.jeg_pl_lg_7 .jeg_thumb .jeg_post_category a,"
        ".jeg_pl_xs_2:before,.jeg_pl_xs_4 .jeg_postblock_content:before,.jeg_postblock "
        ".jeg_post_title a:hover,.jeg_hero_style_6 .jeg_post_title a:hover,.jeg_sidefeed "
        ".jeg_pl_xs_3 .jeg_post_title a:hover,.widget_jnews_popular .jeg_post_title a:hover,"
        ".jeg_meta_author a,.widget_archive li a:hover,.widget_pages li a:hover,.widget_meta li "
        "a:hover,.widget_recent_entries li a:hover,.widget_rss li a:hover,.widget_rss cite,"
        ".widget_categories li a:hover,.widget_categories li.current-cat>a,#breadcrumbs a:hover,"
        ".jeg_share_count .counts,.commentlist .bypostauthor>.comment-body>.comment-author>.fn,"
        "span.required,.jeg_review_title,.bestprice .price,.authorlink a:hover,.jeg_vertical_"
        "playlist .jeg_video_playlist_play_icon,.jeg_mobile_menu li.sfHover>a,.jeg_mobile_menu "
        f"li a:hover,.split-template-6 .pagenum {{ color : {_ACCENT}; }}"
    )
    accent_bg = (
        ".jeg_menu_style_1>li>a:before,.jeg_menu_style_2>li>a:before,.jeg_menu_style_3>li>a:"
        "before,.jeg_side_toggle,.jeg_slide_caption .jeg_post_category a,.jeg_slider_type_1 "
        ".owl-nav .owl-next,.jeg_block_heading_1 .jeg_block_title span,.jeg_block_heading_2 "
        ".jeg_block_title span,.jeg_block_heading_3,.jeg_block_heading_4 .jeg_block_title span,"
        ".jeg_block_heading_6:after,.jeg_pl_lg_box .jeg_post_category a,.jeg_pl_md_box "
        ".jeg_post_category a,.jeg_readmore:hover,.jeg_thumb .jeg_post_category a,.jeg_block_"
        "loadmore a:hover,.jeg_postblock.alt .jeg_block_loadmore a:hover,.jeg_block_loadmore a."
        "active,.jeg_postblock_carousel_2 .jeg_post_category a,.jeg_heroblock .jeg_post_category "
        "a,.jeg_pagenav_1 .page_number.active,.jeg_pagenav_1 .page_number.active:hover,input"
        '[type="submit"],.btn,.button,.widget_tag_cloud a:hover,.popularpost_item:hover '
        ".jeg_post_title a:before,.jeg_splitpost_4 .page_nav,.jeg_splitpost_5 .page_nav,"
        ".jeg_post_via a:hover,.jeg_post_source a:hover,.jeg_post_tags a:hover,.comment-reply-"
        "title small a:before,.comment-reply-title small a:after,.jeg_storelist .productlink,"
        ".authorlink li.active a:before,.jeg_footer.dark .socials_widget:not(.nobg) a:hover .fa,"
        f".jeg_breakingnews_title,.jeg_footer.dark .btn {{ background-color : {_ACCENT}; }}"
    )
    bars = (
        f".jeg_topbar, .jeg_topbar.dark, .jeg_topbar.custom {{ background : {_DARK}; }} "
        ".jeg_topbar, .jeg_topbar.dark { border-color : rgba(255,255,255,0.15); color : #f5f5f5; "
        "border-top-width : 0px; } .jeg_topbar a, .jeg_topbar.dark a { color : #ffffff; } "
        f".jeg_midbar {{ height : 110px; }} .jeg_midbar, .jeg_midbar.dark {{ background-color : "
        f"{_DARK}; border-bottom-width : 0px; }} .jeg_header .jeg_bottombar.jeg_navbar,"
        ".jeg_bottombar .jeg_nav_icon { height : 48px; } .jeg_header .jeg_bottombar.jeg_navbar, "
        ".jeg_header .jeg_bottombar .jeg_main_menu:not(.jeg_menu_style_1) > li > a, .jeg_header "
        ".jeg_bottombar .jeg_menu_style_1 > li, .jeg_header .jeg_bottombar .jeg_menu:not("
        ".jeg_main_menu) > li > a { line-height : 48px; } .jeg_header .jeg_bottombar.jeg_"
        "navbar_wrapper:not(.jeg_navbar_boxed), .jeg_header .jeg_bottombar.jeg_navbar_boxed "
        f".jeg_nav_row {{ background : {_ACCENT}; }} .jeg_stickybar.jeg_navbar,.jeg_navbar "
        ".jeg_nav_icon { height : 50px; } .jeg_stickybar.jeg_navbar, .jeg_stickybar "
        ".jeg_main_menu:not(.jeg_menu_style_1) > li > a, .jeg_stickybar .jeg_menu_style_1 > li, "
        ".jeg_stickybar .jeg_menu:not(.jeg_main_menu) > li > a { line-height : 50px; } "
        f".jeg_header_sticky .jeg_navbar_wrapper:not(.jeg_navbar_boxed) {{ background : {_DARK}; }}"
        f" .jeg_mobile_midbar, .jeg_mobile_midbar.dark {{ background : {_DARK}; }} "
        ".jeg_header .socials_widget > a > i.fa:before { color : #ffffff; } "
        ".jeg_footer_content,.jeg_footer.dark .jeg_footer_content { background-color : #141b2d; "
        'color : #b7bfd0; } body,input,textarea,select,.btn,.button { font-family: "Source Sans '
        'Pro",Helvetica,Arial,sans-serif; } .jeg_main_menu > li > a, h3.jeg_block_title, '
        '.jeg_post_title, .entry-header .jeg_post_title { font-family: "Roboto Condensed",'
        "Helvetica,Arial,sans-serif;font-weight : 700; } .content-inner p { font-size: 17px; "
        "line-height: 1.7em; }"
    )
    return f"{accent_color} {accent_bg} {bars}"


_JNEWS_STYLES = (
    (
        "elementor-icons",
        "plugins/elementor/assets/lib/eicons/css/elementor-icons.min.css?ver=5.25.0",
    ),
    (
        "elementor-frontend",
        f"plugins/elementor/assets/css/frontend-lite.min.css?ver={ELEMENTOR_VERSION}",
    ),
    ("elementor-post-7", "uploads/elementor/css/post-7.css?ver=1704855401"),
    ("jnews-frontend", f"themes/jnews/assets/dist/frontend.min.css?ver={JNEWS_VERSION}"),
    ("jnews-elementor", f"themes/jnews/assets/css/elementor-frontend.css?ver={JNEWS_VERSION}"),
    ("jnews-style", f"themes/jnews/style.css?ver={JNEWS_VERSION}"),
    ("jnews-darkmode", f"themes/jnews/assets/css/darkmode.css?ver={JNEWS_VERSION}"),
    ("jnews-select-share", "plugins/jnews-social-share/assets/css/plugin.css"),
)


def _mega_item(u: UrlFn, path: str, image: str, title: str) -> str:
    return (
        f'<div class="jeg_newsfeed_item "><div class="jeg_thumb"><a href="{u(path)}">'
        '<div class="thumbnail-container size-500 "><img width="360" height="180" '
        f'src="{u(image)}" class="attachment-jnews-360x180 size-jnews-360x180 wp-post-image" '
        f'alt="" decoding="async" /></div></a></div><h3 class="title"><a href="{u(path)}">'
        f"{esc(title)}</a></h3></div>"
    )


def _menu(site: SiteModel, items: tuple[MenuItem, ...], u: UrlFn, *, mega: bool) -> str:
    """JNews's menu markup; with `mega`, the first three categories get a mega menu of their
    three newest posts (the others a plain sub-menu)."""
    out = []
    megas = 0
    for item in items:
        classes = f"menu-item menu-item-type-{item.type} menu-item-object-{item.object}"
        if item.path == "/":
            classes += " menu-item-home"
        sub = ""
        term = (
            site.term("category", item.path.strip("/").split("/")[-1])
            if item.object == "category"
            else None
        )
        if mega and megas < 3 and term is not None and site.in_term(term):
            megas += 1
            posts = site.in_term(term)[:3]
            feed = "".join(_mega_item(u, p.path, p.image.sized(360, 180), p.title) for p in posts)
            subcats = "".join(
                f'<li class="jeg_newsfeed_subcat_item"><a href="{u(c.path)}">{esc(c.label)}</a>'
                "</li>"
                for c in item.children
            )
            classes += " bgnav jeg_megamenu category_1"
            sub = (
                '<div class="sub-menu"><div class="jeg_newsfeed style2 clearfix">'
                + (
                    f'<div class="jeg_newsfeed_subcat"><ul class="jeg_subcat_item">{subcats}</ul>'
                    "</div>"
                    if subcats
                    else ""
                )
                + f'<div class="jeg_newsfeed_list"><div data-cat-id="{term.id}" '
                'data-load-status="loaded"'
                f' class="jeg_newsfeed_container"><div class="newsfeed_static">{feed}</div></div>'
                '<div class="newsfeed_overlay"><div class="preloader_type preloader_circle"><div '
                'class="newsfeed_preloader jeg_preloader circle"><div '
                'class="jnews_preloader_circle_'
                'outer"><div class="jnews_preloader_circle_inner"></div></div></div></div></div>'
                "</div></div></div>"
            )
        elif item.children:
            classes += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + _menu(site, item.children, u, mega=False) + "</ul>"
        data = ' data-number="3" data-item-row="default"' if "jeg_megamenu" in classes else ""
        out.append(
            f'<li id="menu-item-{item.id}" class="{classes} menu-item-{item.id}"{data}>'
            f'<a href="{u(item.path)}">{esc(item.label)}</a>{sub}</li>'
        )
    return "".join(out)


@dataclass(frozen=True)
class JNewsChrome:
    """The precomputed pieces of every JNews page of one site and base URL."""

    head_top: str  # theme meta, ajax url, the inline library
    head_assets: str  # hints, emoji, core styles, JNews/Elementor styles, jQuery
    head_end: str  # REST/RSD, generators, JNews schema, Site Kit, icons, dynamic CSS
    body_top: str  # ads slot, header (top bar, midbar, menu), sticky header, mobile bar
    sidebar: str
    footer: str
    scripts_before: str  # up to `jnewsoption.postid` (the post id and isblog go between)
    scripts_after: str
    menu_ids: dict[str, int]


def build_chrome(site: SiteModel, u: UrlFn, features: frozenset[str]) -> JNewsChrome:
    """Build every static piece once."""
    home = u("/")
    domain = urlsplit(home).netloc
    name = site.config.name
    handle = "".join(ch for ch in name.lower() if ch.isalnum())
    content = f"{home}wp-content/"
    head_top = (
        '<link rel="profile" href="http://gmpg.org/xfn/11" />\n'
        f'<link rel="pingback" href="{home}xmlrpc.php" />\n'
        f'<meta name="theme-color" content="{_DARK}">\n'
        f'<meta name="msapplication-navbutton-color" content="{_DARK}">\n'
        f'<meta name="apple-mobile-web-app-status-bar-style" content="{_DARK}">\n'
        f'\t\t\t<script type="text/javascript">\n\t\t\t  var jnews_ajax_url = \'{home}'
        "?ajax-request=jnews'\n\t\t\t</script>\n"
        f'\t\t\t<script type="text/javascript">{_JNEWS_LIBRARY}</script>'
        "\n"
    )
    styles = "".join(
        wpcore.style_link(handle_, f"{content}{path}", html5=False)
        for handle_, path in _JNEWS_STYLES
    )
    head_assets = (
        wpcore.resource_hints(("www.googletagmanager.com", "fonts.googleapis.com"), ())
        + wpcore.emoji(home, html5=False)
        + wpcore.core_styles(home, html5=False)
        + styles
        + wpcore.style_link(
            "jeg_customizer_font",
            "//fonts.googleapis.com/css?family=Source+Sans+Pro%3Aregular%2C600%7CRoboto+Condensed"
            "%3A700&#038;display=swap&#038;ver=1.3.0",
            html5=False,
        )
        + wpcore.script_tag(
            "jquery-core", f"{home}wp-includes/js/jquery/jquery.min.js?ver=3.7.1", html5=False
        )
        + wpcore.script_tag(
            "jquery-migrate",
            f"{home}wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1",
            html5=False,
        )
    )
    schema_org = {
        "@context": "http://schema.org",
        "@type": "Organization",
        "@id": f"{home}#organization",
        "url": home,
        "name": name,
        "logo": {"@type": "ImageObject", "url": f"{content}uploads/2021/03/logo-{handle}.png"},
        "sameAs": [f"https://www.facebook.com/{handle}", f"https://www.instagram.com/{handle}/"],
    }
    schema_site = {
        "@context": "http://schema.org",
        "@type": "WebSite",
        "@id": f"{home}#website",
        "url": home,
        "name": name,
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{home}?s={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }
    head_end = ""
    if "rest_api" in features:
        head_end += f'<link rel="https://api.w.org/" href="{home}wp-json/" />'
    head_end += (
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{home}xmlrpc.php?rsd" '
        "/>\n"
        f'<meta name="generator" content="WordPress {wpcore.WP_VERSION}" />\n'
        + wpcore.site_kit(domain, name, html5=False)
        + f'<meta name="generator" content="Elementor {ELEMENTOR_VERSION}; features: e_dom_'
        "optimization, e_optimized_assets_loading, e_optimized_css_loading, additional_custom_"
        "breakpoints, block_editor_assets_optimize, e_image_loading_optimization; settings: "
        'css_print_method-external, google_font-enabled, font_display-swap">\n'
        + f"<script type='application/ld+json'>{wpcore.wp_json(schema_org)}</script>\n"
        + f"<script type='application/ld+json'>{wpcore.wp_json(schema_site)}</script>\n"
        + wpcore.site_icons(home, "2021/03")
        + '<style id="jeg_dynamic_css" type="text/css" data-type="jeg_custom-css">'
        + _dynamic_css()
        + "</style>"
        + '<style type="text/css">\n\t\t\t\t\t.no_thumbnail .jeg_thumb,\n\t\t\t\t\t.thumbnail-'
        "container.no_thumbnail {\n\t\t\t\t\t    display: none !important;\n\t\t\t\t\t}\n\t\t\t\t\t"
        ".jeg_search_result .jeg_pl_xs_3.no_thumbnail .jeg_postblock_content,\n\t\t\t\t\t"
        ".jeg_sidefeed .jeg_pl_xs_3.no_thumbnail .jeg_postblock_content,\n\t\t\t\t\t.jeg_pl_sm."
        "no_thumbnail .jeg_postblock_content {\n\t\t\t\t\t    margin-left: 0;\n\t\t\t\t\t}\n\t\t"
        "\t\t\t</style>\n"
    )

    menu = primary_menu(site)
    menu_ids = {item.path: item.id for item in menu}
    socials = "".join(
        f"<a href=\"{href}\" target='_blank' rel='external noopener nofollow' "
        f'class="jeg_{cls}"><i class="fa fa-{icon}"></i> </a>'
        for cls, icon, href in (
            ("facebook", "facebook", f"https://www.facebook.com/{handle}"),
            ("twitter", "twitter", f"https://x.com/{handle}"),
            ("instagram", "instagram", f"https://www.instagram.com/{handle}/"),
            ("youtube", "youtube-play", f"https://www.youtube.com/@{handle}"),
        )
    )
    pages = "".join(
        f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-post_type menu-item-object-'
        f'page menu-item-{40 + i}"><a href="{u(p.path)}">{esc(p.title)}</a></li>'
        for i, p in enumerate(site.pages)
    )
    logo = (
        f'<a href="{home}" style="padding: 0 0 0 0;"><img class=\'jeg_logo_img\' '
        f'src="{content}uploads/2021/03/logo-{handle}.png" srcset="{content}uploads/2021/03/'
        f'logo-{handle}.png 1x, {content}uploads/2021/03/logo-{handle}-2x.png 2x" '
        f'alt="{attr(name)}" width="260" height="70"></a>'
    )
    search = (
        '<div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand">'
        '<a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a>'
        f'<form action="{home}" method="get" class="jeg_search_form" target="_top">'
        '<input name="s" class="jeg_search_input" placeholder="Cari..." type="text" value="" '
        'autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_'
        'button btn"><i class="fa fa-search"></i></button></form><div class="jeg_search_result '
        'jeg_search_hide with_result"><div class="search-result-wrapper"></div><div class="search-'
        'link search-noresult">Tidak Ada Hasil</div><div class="search-link search-all-button">'
        '<i class="fa fa-search"></i> Lihat Semua Hasil</div></div></div>'
    )
    main_menu = (
        '<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">'
        '<ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">'
        + _menu(site, menu, u, mega=True)
        + "</ul></div></div>"
    )
    sticky_menu = (
        '<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">'
        '<ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">'
        + _menu(
            site,
            tuple(MenuItem(i.id, i.label, i.path, i.type, i.object) for i in menu),
            u,
            mega=False,
        )
        + "</ul></div></div>"
    )
    body_top = (
        "<div class=\"jeg_ad jeg_ad_top jnews_header_top_ads\"><div class='ads-wrapper  '></div>"
        "</div>\n"
        '<div class="jeg_viewport">\n<div class="jeg_header_wrapper"><div class="jeg_header_'
        'instagram_wrapper"></div><div class="jeg_header normal">'
        '<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container">'
        '<div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div '
        'class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item"><ul class="jeg_menu '
        f'jeg_top_menu">{pages}</ul></div></div></div><div class="jeg_nav_col jeg_nav_right '
        'jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item '
        f'socials_widget jeg_social_icon_block nobg">{socials}</div></div></div></div></div></div>'
        '<div class="jeg_midbar jeg_container dark"><div class="container"><div '
        'class="jeg_nav_row">'
        '<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_'
        'alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><div class="site-title">'
        f"{logo}</div></div></div></div>"
        '<div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright"><div '
        "class=\"jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads\"><div class='ads-wrapper  '>"
        "</div></div></div></div></div></div></div>"
        '<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal '
        'jeg_navbar_dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col '
        'jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">'
        + main_menu
        + '</div></div><div class="jeg_nav_col jeg_nav_right"><div class="item_wrap '
        f'jeg_nav_alignright">{search}</div></div></div></div></div></div></div>\n'
        '<div class="jeg_header_sticky"><div class="sticky_blankspace"></div><div '
        'class="jeg_header '
        'normal"><div class="jeg_container"><div data-mode="scroll" class="jeg_stickybar '
        "jeg_navbar "
        'jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div '
        'class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div '
        f'class="item_wrap jeg_nav_alignleft">{sticky_menu}</div></div><div class="jeg_nav_col '
        f'jeg_nav_right"><div class="item_wrap jeg_nav_alignright">{search}</div></div></div></div>'
        "</div></div></div></div>\n"
        '<div class="jeg_navbar_mobile_wrapper"><div class="jeg_navbar_mobile" data-mode="scroll">'
        '<div class="jeg_mobile_bottombar jeg_mobile_midbar jeg_container dark"><div '
        'class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left '
        'jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item"><a '
        'href="#" class="toggle_btn jeg_mobile_toggle"><i class="fa fa-bars"></i></a></div></div>'
        '</div><div class="jeg_nav_col jeg_nav_center jeg_nav_grow"><div class="item_wrap '
        'jeg_nav_aligncenter"><div class="jeg_nav_item jeg_mobile_logo"><div class="site-title">'
        f"{logo}</div></div></div></div></div></div></div></div>"
        '<div class="sticky_blankspace" style="height: 60px;"></div></div>\n'
        "<div class=\"jeg_ad jeg_ad_top jnews_header_bottom_ads\"><div class='ads-wrapper  '></div>"
        "</div>\n"
    )
    sidebar = _sidebar(site, u)
    footer = _footer(site, u, menu, socials, pages, name, handle)
    scripts_before = (
        wpcore.script_tag(
            "hoverIntent", f"{home}wp-includes/js/hoverIntent.min.js?ver=1.10.2", html5=False
        )
        + wpcore.script_tag(
            "imagesloaded", f"{home}wp-includes/js/imagesloaded.min.js?ver=5.0.0", html5=False
        )
        + '<script type="text/javascript" id="jnews-frontend-js-extra">\n/* <![CDATA[ */\n'
        'var jnewsoption = {"login_reload":"'
        + home.rstrip("/").replace("/", "\\/")
        + '","popup_script":"magnific","single_gallery":"","ismobile":"","isie":"","sidefeed_ajax"'
        ':"","language":"id_ID","module_prefix":"jnews_module_ajax_","live_search":"1","postid":"'
    )
    scripts_after = (
        '","admin_bar":"0","follow_video":"","follow_position":"top_right","rtl":"0",'
        '"gif":"","lang":{"invalid_recaptcha":"Recaptcha tidak valid!","empty_username":"Masukkan '
        'nama pengguna Anda!","empty_email":"Masukkan email Anda!","empty_password":"Masukkan '
        'kata sandi Anda!"},"recaptcha":"0","site_slug":"\\/","site_domain":"'
        + domain
        + '","zoom_button":"0"};\n/* ]]> */\n</script>\n'
        + wpcore.script_tag(
            "jnews-frontend",
            f"{content}themes/jnews/assets/dist/frontend.min.js?ver={JNEWS_VERSION}",
            html5=False,
        )
        + "<!--[if lt IE 9]>\n"
        + wpcore.script_tag(
            "html5shiv",
            f"{content}themes/jnews/assets/js/html5shiv.min.js?ver={JNEWS_VERSION}",
            html5=False,
        )
        + "<![endif]-->\n"
        + wpcore.inline_script(
            "jnews-select-share-js-extra",
            'var jnews_select_share = {"is_customize_preview":""};',
            html5=False,
        )
        + wpcore.script_tag(
            "jnews-select-share",
            f"{content}plugins/jnews-social-share/assets/js/plugin.js",
            html5=False,
        )
        + wpcore.script_tag(
            "elementor-webpack-runtime",
            f"{content}plugins/elementor/assets/js/webpack.runtime.min.js?ver={ELEMENTOR_VERSION}",
            html5=False,
        )
        + wpcore.script_tag(
            "elementor-frontend-modules",
            f"{content}plugins/elementor/assets/js/frontend-modules.min.js?ver={ELEMENTOR_VERSION}",
            html5=False,
        )
        + wpcore.inline_script(
            "elementor-frontend-js-before",
            "var elementorFrontendConfig = "
            + wpcore.wp_json(
                {
                    "environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False},
                    "i18n": {
                        "shareOnFacebook": "Bagikan di Facebook",
                        "shareOnTwitter": "Bagikan di Twitter",
                        "download": "Unduh",
                        "close": "Tutup",
                    },
                    "is_rtl": False,
                    "breakpoints": {
                        "xs": 0,
                        "sm": 480,
                        "md": 768,
                        "lg": 1025,
                        "xl": 1440,
                        "xxl": 1600,
                    },
                    "version": ELEMENTOR_VERSION,
                    "is_static": False,
                    "urls": {"assets": f"{content}plugins/elementor/assets/"},
                    "swiperClass": "swiper-container",
                    "settings": {"page": [], "editorPreferences": []},
                    "kit": {
                        "active_breakpoints": ["viewport_mobile", "viewport_tablet"],
                        "global_image_lightbox": "yes",
                        "lightbox_enable_counter": "yes",
                        "lightbox_enable_fullscreen": "yes",
                        "lightbox_enable_zoom": "yes",
                        "lightbox_enable_share": "yes",
                    },
                }
            )
            + ";",
            html5=False,
        )
        + wpcore.script_tag(
            "elementor-frontend",
            f"{content}plugins/elementor/assets/js/frontend.min.js?ver={ELEMENTOR_VERSION}",
            html5=False,
        )
        + '<script type="text/javascript">var jfla = ["view_counter"]</script>\n'
    )
    return JNewsChrome(
        head_top=head_top,
        head_assets=head_assets,
        head_end=head_end,
        body_top=body_top,
        sidebar=sidebar,
        footer=footer,
        scripts_before=scripts_before,
        scripts_after=scripts_after,
        menu_ids=menu_ids,
    )


def _heading(title: str) -> str:
    return (
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_'
        f'title"><span>{title}</span></h3></div>'
    )


def _sidebar(site: SiteModel, u: UrlFn) -> str:
    """Sidebar blocks: Terpopuler (the newest posts, as before) and the Topik Populer cloud."""
    popular = "".join(
        '<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{u(p.path)}">{esc(p.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{u(p.path)}">'
        f'<i class="fa fa-clock-o"></i> {tanggal(p.published)}</a></div></div></div></article>'
        for p in site.posts[:6]
    )
    cloud = tag_cloud(site, 12)
    tags = "".join(
        f'<a href="{u(t.path)}" class="tag-cloud-link tag-link-{t.id} tag-link-position-{i}" '
        f'style="font-size: 8pt;" aria-label="{attr(t.name)} ({ribuan(n)} item)">{esc(t.name)}</a>'
        "\n"
        for i, (t, n) in enumerate(cloud, start=1)
    )
    return (
        '<div class="jeg_sidebar left jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder">'
        '<div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21">'
        '<div class="jeg_postblock_21 jeg_postblock"><div class="jeg_block_heading '
        'jeg_block_heading_6"><h3 class="jeg_block_title"><span>Terpopuler</span></h3></div>'
        '<div class="jeg_block_container"><div '
        f'class="jeg_posts">{popular}</div></div></div></div>'
        '<div class="widget widget_tag_cloud" id="tag_cloud-2">'
        f'{_heading("Topik Populer")}<div class="tagcloud">{tags}</div></div>'
        "</div></div></div>\n"
    )


def _footer(
    site: SiteModel,
    u: UrlFn,
    menu: tuple[MenuItem, ...],
    socials: str,
    pages: str,
    name: str,
    handle: str,
) -> str:
    """Three footer columns and the bottom bar; then the off-canvas mobile menu."""
    about = site.pages[0].paragraphs[0] if site.pages else site.config.tagline
    cats = "".join(
        f'<li class="cat-item cat-item-{c.id}"><a href="{u(c.path)}">{esc(c.name)}</a> '
        f"<span>{ribuan(len(site.in_term(c)))}</span></li>"
        for c in site.categories
    )
    mobile = "".join(
        f'<li class="menu-item menu-item-type-{i.type} menu-item-object-{i.object}'
        f' menu-item-{i.id}"><a href="{u(i.path)}">{esc(i.label)}</a></li>'
        for i in menu
    )
    home = u("/")
    return (
        '<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer '
        'jeg_footer_1 dark"><div class="jeg_footer_container jeg_container">'
        '<div class="jeg_footer_content"><div class="container"><div class="row">'
        '<div class="jeg_footer_primary clearfix">'
        '<div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about" '
        'id="jnews_about-2"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_'
        f'footer_title"><span>Tentang {esc(name)}</span></h3></div><div class="jeg_about ">'
        f'<a class="footer_logo" href="{home}"><img class=\'lazyload\' src="{home}wp-content/'
        f'uploads/2021/03/logo-{handle}-putih.png" alt="{attr(name)}" width="200" height="54"></a>'
        f"<p>{esc(about)}</p></div></div></div>"
        '<div class="col-md-4 footer_column"><div class="footer_widget widget_categories" '
        'id="categories-3"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_'
        f'footer_title"><span>Kanal</span></h3></div><ul>{cats}</ul></div></div>'
        '<div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_social" '
        'id="jnews_social-2"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_'
        'footer_title"><span>Ikuti Kami</span></h3></div><div class="jeg_social_wrap"><div '
        f'class="socials_widget nobg">{socials}</div></div></div></div>'
        "</div></div></div></div>"
        '<div class="jeg_footer_bottom"><div class="container">'
        f'<ul class="jeg_menu_footer">{pages}</ul>'
        f'<p class="copyright"> &copy; 2024 {esc(name)} - Portal Berita '
        "Kalimantan. All Rights Reserved.</p></div></div></div></div></div>\n"
        '<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i '
        'class="fa fa-angle-up"></i></a></div>\n</div>\n'
        '<div id="jeg_off_canvas" class="normal"><a href="#" class="jeg_menu_close"><i '
        'class="jegicon-cross"></i></a><div class="jeg_bg_overlay"></div><div class="jeg_mobile_'
        'wrapper"><div class="nav_wrap"><div class="item_main"><div class="jeg_aside_item '
        'jeg_search_wrapper jeg_search_no_expand round"><a href="#" class="jeg_search_toggle"><i '
        f'class="fa fa-search"></i></a><form action="{home}" method="get" class="jeg_search_form" '
        'target="_top"><input name="s" class="jeg_search_input" placeholder="Cari..." type="text" '
        'value="" autocomplete="off"><button aria-label="Search Button" type="submit" '
        'class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div>'
        f'<div class="jeg_aside_item"><ul class="jeg_mobile_menu">{mobile}</ul></div></div>'
        '<div class="item_bottom"><div class="jeg_aside_item socials_widget nobg">'
        f'{socials}</div><div class="jeg_aside_item jeg_aside_copyright"><p>&copy; 2024 '
        f"{esc(name)}</p></div></div></div></div></div>\n"
    )
