"""What WordPress 6.4 core and the usual plugins print around every page.

A real WordPress news page is mostly not its article: `wp_head()` prints the
emoji loader, the block library and the large `global-styles` sheet generated
from the default `theme.json` presets, Yoast prints its `@graph`, Site Kit its
Google tag, Jetpack its sharing, related-posts and stats scripts; `wp_footer()`
prints the theme's and plugins' scripts. Both themes take these pieces from
here, with the ids, classes, attribute quoting and order WordPress 6.4.2 uses
(`<style id='…-inline-css'>`, `<link rel='stylesheet' id='…-css'>`,
`<script … id="…-js">`, `…-js-extra` / `…-js-after` inline scripts).

The CSS values are WordPress's default presets (colour, gradient, font-size,
spacing and shadow slugs and values); the JavaScript is written here to have the
shape and weight of the real loaders (nobody runs it). Everything is a pure
function of its arguments; the themes build each piece once per site and reuse
it for every page.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import quote

WP_VERSION = "6.4.2"
EMOJI_VERSION = "14.0.0"
JETPACK_VERSION = "13.0"
YOAST_VERSION = "21.7"
SITE_KIT_VERSION = "1.117.0"

# -- default theme.json presets (WordPress 6.4) --------------------------------------

PRESET_COLORS = (
    ("black", "#000000"),
    ("cyan-bluish-gray", "#abb8c3"),
    ("white", "#ffffff"),
    ("pale-pink", "#f78da7"),
    ("vivid-red", "#cf2e2e"),
    ("luminous-vivid-orange", "#ff6900"),
    ("luminous-vivid-amber", "#fcb900"),
    ("light-green-cyan", "#7bdcb5"),
    ("vivid-green-cyan", "#00d084"),
    ("pale-cyan-blue", "#8ed1fc"),
    ("vivid-cyan-blue", "#0693e3"),
    ("vivid-purple", "#9b51e0"),
)
PRESET_GRADIENTS = (
    ("vivid-cyan-blue-to-vivid-purple", "rgba(6,147,227,1) 0%,rgb(155,81,224) 100%"),
    ("light-green-cyan-to-vivid-green-cyan", "rgb(122,220,180) 0%,rgb(0,208,130) 100%"),
    (
        "luminous-vivid-amber-to-luminous-vivid-orange",
        "rgba(252,185,0,1) 0%,rgba(255,105,0,1) 100%",
    ),
    ("luminous-vivid-orange-to-vivid-red", "rgba(255,105,0,1) 0%,rgb(207,46,46) 100%"),
    ("very-light-gray-to-cyan-bluish-gray", "rgb(238,238,238) 0%,rgb(169,184,195) 100%"),
    (
        "cool-to-warm-spectrum",
        "rgb(74,234,220) 0%,rgb(151,120,209) 20%,rgb(207,42,186) 40%,rgb(238,44,130) 60%,"
        "rgb(251,105,98) 80%,rgb(254,248,76) 100%",
    ),
    ("blush-light-purple", "rgb(255,206,236) 0%,rgb(152,150,240) 100%"),
    ("blush-bordeaux", "rgb(254,205,165) 0%,rgb(254,45,45) 50%,rgb(107,0,62) 100%"),
    ("luminous-dusk", "rgb(255,203,112) 0%,rgb(199,81,192) 50%,rgb(65,88,208) 100%"),
    ("pale-ocean", "rgb(255,245,203) 0%,rgb(182,227,212) 50%,rgb(51,167,181) 100%"),
    ("electric-grass", "rgb(202,248,128) 0%,rgb(113,206,126) 100%"),
    ("midnight", "rgb(2,3,129) 0%,rgb(40,116,252) 100%"),
)
PRESET_FONT_SIZES = (("small", "13px"), ("medium", "20px"), ("large", "36px"), ("x-large", "42px"))
PRESET_SPACING = (
    ("20", "0.44rem"),
    ("30", "0.67rem"),
    ("40", "1rem"),
    ("50", "1.5rem"),
    ("60", "2.25rem"),
    ("70", "3.38rem"),
    ("80", "5.06rem"),
)
PRESET_SHADOWS = (
    ("natural", "6px 6px 9px rgba(0, 0, 0, 0.2)"),
    ("deep", "12px 12px 50px rgba(0, 0, 0, 0.4)"),
    ("sharp", "6px 6px 0px rgba(0, 0, 0, 0.2)"),
    ("outlined", "6px 6px 0px -3px rgba(255, 255, 255, 1), 6px 6px rgba(0, 0, 0, 1)"),
    ("crisp", "6px 6px 0px rgba(0, 0, 0, 1)"),
)


def _align_rules(kind: str) -> str:
    return (
        f"body .is-layout-{kind} > .alignleft{{float: left;margin-inline-start: 0;"
        "margin-inline-end: 2em;}"
        f"body .is-layout-{kind} > .alignright{{float: right;margin-inline-start: 2em;"
        "margin-inline-end: 0;}"
        f"body .is-layout-{kind} > .aligncenter{{margin-left: auto !important;margin-right: "
        "auto !important;}"
    )


_LAYOUT_RULES = (
    ":where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}"
    + _align_rules("flow")
    + _align_rules("constrained")
    + "body .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull))"
    "{max-width: var(--wp--style--global--content-size);margin-left: auto !important;"
    "margin-right: auto !important;}body .is-layout-constrained > .alignwide{max-width: "
    "var(--wp--style--global--wide-size);}body .is-layout-flex{display: flex;}"
    "body .is-layout-flex{flex-wrap: wrap;align-items: center;}body .is-layout-flex > *"
    "{margin: 0;}body .is-layout-grid{display: grid;}body .is-layout-grid > *{margin: 0;}"
    ":where(.wp-block-columns.is-layout-flex){gap: 2em;}:where(.wp-block-columns.is-layout-grid)"
    "{gap: 2em;}:where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}"
    ":where(.wp-block-post-template.is-layout-grid){gap: 1.25em;}"
)
_BLOCK_RULES = (
    "\n.wp-block-navigation a:where(:not(.wp-element-button)){color: inherit;}\n"
    ":where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}"
    ":where(.wp-block-post-template.is-layout-grid){gap: 1.25em;}\n"
    ":where(.wp-block-columns.is-layout-flex){gap: 2em;}"
    ":where(.wp-block-columns.is-layout-grid){gap: 2em;}\n"
    ".wp-block-pullquote{font-size: 1.5em;line-height: 1.6;}"
)


def global_styles_css(theme_colors: tuple[tuple[str, str], ...] = ()) -> str:
    """The body of `global-styles-inline-css` a classic theme gets from WordPress 6.4.

    Custom properties for every preset on `body`, the layout rules, then one
    `.has-…` class per colour (text, background, border), gradient and font size.
    """
    colors = PRESET_COLORS + theme_colors
    props = [f"--wp--preset--color--{s}: {v};" for s, v in colors]
    props += [
        f"--wp--preset--gradient--{s}: linear-gradient(135deg,{v});" for s, v in PRESET_GRADIENTS
    ]
    props += [f"--wp--preset--font-size--{s}: {v};" for s, v in PRESET_FONT_SIZES]
    props += [f"--wp--preset--spacing--{s}: {v};" for s, v in PRESET_SPACING]
    props += [f"--wp--preset--shadow--{s}: {v};" for s, v in PRESET_SHADOWS]
    rules = [
        f".has-{s}-color{{color: var(--wp--preset--color--{s}) !important;}}" for s, _ in colors
    ]
    rules += [
        f".has-{s}-background-color{{background-color: var(--wp--preset--color--{s}) !important;}}"
        for s, _ in colors
    ]
    rules += [
        f".has-{s}-border-color{{border-color: var(--wp--preset--color--{s}) !important;}}"
        for s, _ in colors
    ]
    rules += [
        f".has-{s}-gradient-background{{background: var(--wp--preset--gradient--{s}) !important;}}"
        for s, _ in PRESET_GRADIENTS
    ]
    rules += [
        f".has-{s}-font-size{{font-size: var(--wp--preset--font-size--{s}) !important;}}"
        for s, _ in PRESET_FONT_SIZES
    ]
    return "body{" + "".join(props) + "}" + _LAYOUT_RULES + "".join(rules) + _BLOCK_RULES


EMOJI_CSS = (
    "\n\timg.wp-smiley, img.emoji {\n\t\tdisplay: inline !important;\n\t\tborder: none !important;"
    "\n\t\tbox-shadow: none !important;\n\t\theight: 1em !important;\n\t\twidth: 1em !important;"
    "\n\t\tmargin: 0 0.07em !important;\n\t\tvertical-align: -0.1em !important;"
    "\n\t\tbackground: none !important;\n\t\tpadding: 0 !important;\n\t}"
)
CLASSIC_THEME_CSS = (
    "/*! This file is auto-generated */\n.wp-block-button__link{color:#fff;background-color:"
    "#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + "
    "2px) calc(1.333em + 2px);font-size:1.125em}.wp-block-file__button{background:#32373c;"
    "color:#fff;text-decoration:none}"
)

# A feature test for emoji rendering, then the emoji script when the browser needs it:
# the job and the size of core's wp-emoji-loader, written for this project.
_EMOJI_LOADER = (
    "/*! This file is auto-generated */\n"
    '!function(w,d,s){var c="wpEmojiSettingsSupports",k=["flag","emoji"];function r(){try{var '
    'e=JSON.parse(sessionStorage.getItem(c));if("object"==typeof e&&"number"==typeof '
    'e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&"object"==typeof e.supportTests)'
    "return e.supportTests}catch(e){}return null}function p(e){try{var n={supportTests:e,"
    "timestamp:(new Date).valueOf()};sessionStorage.setItem(c,JSON.stringify(n))}catch(e){}}"
    "function t(n,a,b){n.clearRect(0,0,n.canvas.width,n.canvas.height);n.fillText(a,0,0);var "
    "x=new Uint32Array(n.getImageData(0,0,n.canvas.width,n.canvas.height).data);n.clearRect(0,"
    "0,n.canvas.width,n.canvas.height);n.fillText(b,0,0);var y=new Uint32Array(n.getImageData"
    "(0,0,n.canvas.width,n.canvas.height).data);return x.every(function(v,i){return v===y[i]})}"
    'function f(n,e){switch(e){case"flag":return!t(n,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7'
    '\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")&&!t(n,"\\ud83c\\uddfa\\ud83c'
    '\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3");case"emoji":return!t(n,"\\ud83e\\udef1'
    '\\ud83c\\udffb\\u200d\\ud83e\\udef2\\ud83c\\udfff","\\ud83e\\udef1\\ud83c\\udffb\\u200b'
    '\\ud83e\\udef2\\ud83c\\udfff")}return!1}function g(e){var n;if("undefined"!=typeof '
    'OffscreenCanvas)n=new OffscreenCanvas(300,150).getContext("2d",{willReadFrequently:!0});'
    'else n=d.createElement("canvas").getContext("2d",{willReadFrequently:!0});var a={};'
    'n.textBaseline="top";n.font="600 32px Arial";e.forEach(function(e){a[e]=f(n,e)});return a}'
    'function l(e){var n=d.createElement("script");n.src=e;n.defer=!0;d.head.appendChild(n)}'
    "s.supports={everything:!0,everythingExceptFlag:!0};s.DOMReady=!1;s.readyCallback="
    'function(){s.DOMReady=!0};new Promise(function(e){d.addEventListener("DOMContentLoaded",'
    "e,{once:!0})}).then(function(){return new Promise(function(e){var n=r();n||(n=g(k),p(n));"
    "e(n)})}).then(function(a){k.forEach(function(e){s.supports[e]=a[e];s.supports.everything="
    's.supports.everything&&s.supports[e];"flag"!==e&&(s.supports.everythingExceptFlag=s.'
    "supports.everythingExceptFlag&&s.supports[e])});s.supports.everythingExceptFlag=s.supports"
    ".everythingExceptFlag&&!s.supports.flag;s.supports.everything||(s.readyCallback(),s.source"
    ".concatemoji?l(s.source.concatemoji):s.source.wpemoji&&s.source.twemoji&&(l(s.source."
    "twemoji),l(s.source.wpemoji)))})}(window,document,window._wpemojiSettings);"
)


def wp_json(value: object) -> str:
    """`wp_json_encode()` as WordPress prints it into scripts: slashes escaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def inline_style(handle: str, css: str, *, html5: bool) -> str:
    """`<style id='handle-inline-css'>` (with `type='text/css'` unless the theme is html5)."""
    kind = "" if html5 else " type='text/css'"
    return f"<style id='{handle}-inline-css'{kind}>\n{css}\n</style>\n"


def style_link(handle: str, href: str, *, html5: bool, media: str = "all") -> str:
    """`<link rel='stylesheet' id='handle-css' …>` as `WP_Styles` prints it."""
    kind = "" if html5 else " type='text/css'"
    return f"<link rel='stylesheet' id='{handle}-css' href='{href}'{kind} media='{media}' />\n"


def script_tag(handle: str, src: str, *, html5: bool, extra: str = "") -> str:
    """`<script src=… id="handle-js">` as `wp_get_script_tag()` prints it."""
    kind = "" if html5 else ' type="text/javascript"'
    return f'<script{kind} src="{src}" id="{handle}-js"{extra}></script>\n'


def inline_script(script_id: str | None, js: str, *, html5: bool) -> str:
    """An inline script (`…-js-extra`, `…-js-after`); CDATA-wrapped unless html5."""
    ident = f' id="{script_id}"' if script_id else ""
    if html5:
        return f"<script{ident}>\n{js}\n</script>\n"
    return f'<script type="text/javascript"{ident}>\n/* <![CDATA[ */\n{js}\n/* ]]> */\n</script>\n'


def site_number(name: str, digits: int = 9) -> int:
    """A stable number for a site (Jetpack blog id, analytics ids)."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 10**digits


def measurement_id(name: str) -> str:
    """A Google Analytics 4 measurement id ("G-" and ten letters/digits) for a site."""
    digest = hashlib.sha1(f"ga4:{name}".encode()).hexdigest().upper()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "G-" + "".join(
        alphabet[int(digest[i : i + 2], 16) % len(alphabet)] for i in range(0, 20, 2)
    )


def emoji(home: str, *, html5: bool) -> str:
    """`print_emoji_detection_script()`: the settings object and the loader, then the styles."""
    settings = {
        "baseUrl": f"https://s.w.org/images/core/emoji/{EMOJI_VERSION}/72x72/",
        "ext": ".png",
        "svgUrl": f"https://s.w.org/images/core/emoji/{EMOJI_VERSION}/svg/",
        "svgExt": ".svg",
        "source": {"concatemoji": f"{home}wp-includes/js/wp-emoji-release.min.js?ver={WP_VERSION}"},
    }
    js = f"window._wpemojiSettings = {wp_json(settings)};\n{_EMOJI_LOADER}"
    return inline_script(None, js, html5=html5) + inline_style(
        "wp-emoji-styles", EMOJI_CSS, html5=html5
    )


def core_styles(home: str, *, html5: bool, theme_colors: tuple[tuple[str, str], ...] = ()) -> str:
    """Block library, the Jetpack justify rule, classic-theme styles and global styles."""
    return (
        style_link(
            "wp-block-library",
            f"{home}wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}",
            html5=html5,
        )
        + inline_style(
            "wp-block-library", ".has-text-align-justify{text-align:justify;}", html5=html5
        )
        + inline_style("classic-theme-styles", CLASSIC_THEME_CSS, html5=html5)
        + inline_style("global-styles", global_styles_css(theme_colors), html5=html5)
    )


def resource_hints(hosts: tuple[str, ...], preconnect: tuple[str, ...]) -> str:
    """`wp_resource_hints()`: dns-prefetch for script hosts, preconnect for font/CDN hosts."""
    out = "".join(f"<link rel='dns-prefetch' href='//{h}' />\n" for h in hosts)
    out += "".join(f"<link href='{h}' crossorigin rel='preconnect' />\n" for h in preconnect)
    return out


def site_kit(domain: str, name: str, *, html5: bool) -> str:
    """Site Kit by Google's generator tag and Google tag (gtag.js) snippet in `<head>`."""
    mid = measurement_id(name)
    js = (
        "window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}\n"
        f'gtag("set","linker",{{"domains":["{domain}"]}});\n'
        'gtag("js", new Date());\n'
        'gtag("set", "developer_id.dZTNiMT", true);\n'
        f'gtag("config", "{mid}");'
    )
    return (
        f'<meta name="generator" content="Site Kit by Google {SITE_KIT_VERSION}" />\n'
        "<!-- Google tag (gtag.js) snippet added by Site Kit -->\n"
        "<!-- Google Analytics snippet added by Site Kit -->\n"
        + script_tag(
            "google_gtagjs",
            f"https://www.googletagmanager.com/gtag/js?id={mid}",
            html5=html5,
            extra=" async",
        )
        + inline_script("google_gtagjs-js-after", js, html5=html5)
        + "<!-- End Google tag (gtag.js) snippet added by Site Kit -->\n"
    )


def rest_links(home: str, page_url: str | None) -> str:
    """`rest_output_link_wp_head()` / oEmbed discovery links for a singular page."""
    if page_url is None:
        return ""
    target = quote(page_url, safe="")
    return (
        '<link rel="alternate" type="application/json+oembed" '
        f'href="{home}wp-json/oembed/1.0/embed?url={target}" />\n'
        '<link rel="alternate" type="text/xml+oembed" '
        f'href="{home}wp-json/oembed/1.0/embed?url={target}&#038;format=xml" />\n'
    )


def site_icons(home: str, year_month: str) -> str:
    """`wp_site_icon()`: the cropped site icon in the four sizes core prints."""
    base = f"{home}wp-content/uploads/{year_month}/cropped-logo-polri"
    return (
        f'<link rel="icon" href="{base}-32x32.png" sizes="32x32" />\n'
        f'<link rel="icon" href="{base}-192x192.png" sizes="192x192" />\n'
        f'<link rel="apple-touch-icon" href="{base}-180x180.png" />\n'
        f'<meta name="msapplication-TileImage" content="{base}-270x270.png" />\n'
    )


# Jetpack's sharing buttons open a small window per network; the inline script that
# binds them (its shape, written for this project).
_SHARING_AFTER = (
    "var windowOpen;\n( function () {\n\tdocument.body.addEventListener( 'click', function ( e ) {"
    "\n\t\tvar el = e.target && e.target.closest && e.target.closest( 'a.share-{net}' );\n\t\t"
    "if ( ! el ) {\n\t\t\treturn;\n\t\t}\n\t\te.preventDefault();\n\t\tif ( typeof windowOpen "
    "!== 'undefined' ) {\n\t\t\twindowOpen.close();\n\t\t}\n\t\twindowOpen = window.open( el."
    "getAttribute( 'href' ), 'wpcom{net}', 'menubar=1,resizable=1,width={w},height={h}' );\n\t"
    "} );\n} )();"
)


def jetpack_sharing_scripts(home: str, networks: tuple[tuple[str, int, int], ...]) -> str:
    """Jetpack sharing: options, the sharing script and one window opener per network."""
    after = "\n".join(
        _SHARING_AFTER.replace("{net}", net).replace("{w}", str(w)).replace("{h}", str(h))
        for net, w, h in networks
    )
    return (
        inline_script(
            "sharing-js-js-extra",
            'var sharing_js_options = {"lang":"en","counts":"1","is_stats_active":"1"};',
            html5=True,
        )
        + script_tag(
            "sharing-js",
            f"{home}wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js"
            f"?ver={JETPACK_VERSION}",
            html5=True,
        )
        + inline_script("sharing-js-js-after", after, html5=True)
    )


def jetpack_stats(blog: int, post_id: int, tz_hours: int, domain: str, week: str) -> str:
    """Jetpack Stats in the footer: `e-YYYYWW.js` and the `_stq.push([ "view", {…} ])` call."""
    return (
        f"<script src='https://stats.wp.com/e-{week}.js' defer></script>\n"
        "<script>\n\t_stq = window._stq || [];\n"
        f"\t_stq.push([ \"view\", {{v:'ext',blog:'{blog}',post:'{post_id}',tz:'{tz_hours}',"
        f"srv:'{domain}',j:'1:{JETPACK_VERSION}'}} ]);\n"
        f'\t_stq.push([ "clickTrackerInit", "{blog}", "{post_id}" ]);\n</script>\n'
    )


def comment_reply_script(home: str) -> str:
    """`comment-reply.min.js`, enqueued on singular pages with comments open."""
    return script_tag(
        "comment-reply",
        f"{home}wp-includes/js/comment-reply.min.js?ver={WP_VERSION}",
        html5=True,
        extra=' async data-wp-strategy="async"',
    )


def related_posts_scripts(home: str) -> str:
    """Jetpack Related Posts: its options object and script (the list itself loads by XHR)."""
    return inline_script(
        "jetpack_related-posts-js-extra",
        'var related_posts_js_options = {"post_heading":"h4"};',
        html5=True,
    ) + script_tag(
        "jetpack_related-posts",
        f"{home}wp-content/plugins/jetpack/_inc/build/related-posts/related-posts.min.js"
        f"?ver=20240116",
        html5=True,
    )


def tag_cloud_sizes(counts: list[int], smallest: float = 8, largest: float = 22) -> list[str]:
    """`wp_generate_tag_cloud()` font sizes: linear in the count between 8pt and 22pt."""
    if not counts:
        return []
    low, high = min(counts), max(counts)
    spread = max(high - low, 1)
    step = (largest - smallest) / spread
    return [f"{round(smallest + (c - low) * step, 3):g}" for c in counts]


def gravatar(name: str, size: int) -> str:
    """A Gravatar URL for a name (md5 of an invented address), as `get_avatar_url()` builds."""
    digest = hashlib.md5(f"{name.lower().replace(' ', '.')}@gmail.com".encode()).hexdigest()
    return f"https://secure.gravatar.com/avatar/{digest}?s={size}&#038;d=mm&#038;r=g"
