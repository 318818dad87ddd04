# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A small Odoo ``website_blog`` portal on 127.0.0.1, in the shape of the national
Tribratanews (Divisi Humas Polri, WIB): the twelve releases of ``_articles``.

What it imitates, from the saved pages ``tests/golden/pages/tribratanews-odoo.html``
(a post) and ``tribratanews-odoo-list.html`` (a blog index), themselves modelled on
Odoo 14/15 ``website_blog`` templates (see ``tests/golden/pages/README.md``):

* ``<meta name="generator" content="Odoo">``; ``article:published_time`` written as
  naive UTC (``2024-01-09 03:12:00``), ``article:modified_time`` with microseconds;
  ``og:type`` ``article`` on posts and ``website`` on indexes.
* Posts at ``/blog/<blog>-<id>/<slug>-<post id>``: ``section#o_wblog_post_top`` with
  ``#o_wblog_post_name`` and ``#o_wblog_post_subtitle``; ``section#o_wblog_post_main``
  with the breadcrumb, ``div.o_wblog_post_content_field`` (a ``s_text_block`` of
  ``<p>``), the "dalam <blog>" line and ``#`` tag badges; the sidebar (author and date
  "9 Januari, 2024", share links, tags, "Arsip" month filters
  ``/blog/<blog>?date_begin=…&date_end=…``); the "Read Next" cover, which repeats
  ``id="o_wblog_post_name"`` with the next post's title.
* Indexes ``/blog``, ``/blog/page/N``, ``/blog/<blog>``, ``/blog/<blog>/page/N`` and
  tag pages ``/blog/<blog>/tag/<tag>-<id>``: ``#o_wblog_posts_loop_container`` of
  ``article.o_wblog_post`` teasers, ``ul.pagination`` with "Sebelumnya"/"Berikutnya",
  ``<link rel="prev|next">``. Five posts a page.
* ``/robots.txt`` (``User-agent: *`` and a ``Sitemap:`` line, Odoo's default),
  ``/sitemap.xml`` (one ``urlset``: the home, ``/blog``, each blog, each post with a
  bare-date ``<lastmod>``, the static pages), ``/blog/<blog>/feed`` (Atom, not linked
  from the home page), the home page (the four newest posts and a link to ``/blog``),
  and three static pages (``/contactus``, ``/page/tentang-kami``, ``/cookie-policy``). Anything else is 404.

The header, footer and cookie bar are shortened versions of the saved page's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from html import escape
from urllib.parse import urlsplit

from scraper.samplesite.textfmt import BULAN
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 7  # the portal's zone: WIB
TIMEZONE = "Asia/Jakarta"
PAGE_SIZE = 5
SITE_NAME = "Tribratanews Polri"
BLOGS = {"nasional-2": "Nasional", "polda-3": "Berita Polda"}


@dataclass(frozen=True)
class Post:
    release: Release
    post_id: int
    blog: str

    @property
    def path(self) -> str:
        return f"/blog/{self.blog}/{self.release.slug}-{self.post_id}"


POSTS: tuple[Post, ...] = tuple(
    Post(r, 79001 + i, "nasional-2" if i % 2 == 0 else "polda-3") for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
_TAG_IDS: dict[str, int] = {}
for _post in POSTS:
    for _tag in _post.release.tags:
        _TAG_IDS.setdefault(_tag, 1200 + len(_TAG_IDS))


def expected(base_url: str) -> dict[str, tuple[str, str]]:
    """What the archive must hold: URL -> (title, published_at in WIB)."""
    base = base_url.rstrip("/")
    return {base + p.path: (p.release.title, p.release.aware(OFFSET).isoformat()) for p in POSTS}


def _tag_slug(tag: str) -> str:
    return f"{tag.lower().replace(' ', '-')}-{_TAG_IDS[tag]}"


def _naive_utc(post: Post, minutes_later: int = 0) -> str:
    """Odoo's serialisation of a UTC datetime field: no offset; a write date has
    microseconds."""
    when = post.release.utc(OFFSET) + timedelta(minutes=minutes_later)
    return f"{when:%Y-%m-%d %H:%M:%S}" + (".418265" if minutes_later else "")


def _tanggal(post: Post) -> str:
    d = post.release.local
    return f"{d.day} {BULAN[d.month - 1]}, {d.year}"


def _short_date(post: Post) -> str:
    d = post.release.local
    return f"{['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'][d.month - 1]} {d.day}, {d.year}"


def _layout(base: str, title: str, head: str, main: str, main_object: str) -> str:
    menu = "\n".join(
        f'<li class=""><a role="menuitem" href="/blog/{slug}" class="dropdown-item">'
        f"<span>{escape(name)}</span></a></li>"
        for slug, name in BLOGS.items()
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID" data-website-id="1" data-main-object="{main_object}" data-oe-company-name="Divisi Humas Polri">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
{head}
        <title>{escape(title)}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=8d1c0f2"/>
        <link type="text/css" rel="stylesheet" href="/web/content/398811-a3f8c21/1/web.assets_common.css"/>
        <link type="text/css" rel="stylesheet" href="/web/content/398818-77be0d4/1/web.assets_frontend.css"/>
    </head>
    <body class="">
        <div id="wrapwrap" class="   ">
            <header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
                <nav data-name="Navbar" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
                    <div id="top_menu_container" class="container justify-content-start justify-content-lg-between">
                        <a href="/" class="navbar-brand logo mr-4"><span role="img" aria-label="Logo of {SITE_NAME}" title="{SITE_NAME}"><img src="/web/image/website/1/logo/Tribratanews%20Polri?unique=8d1c0f2" class="img img-fluid" alt="{SITE_NAME}" loading="lazy"/></span></a>
                        <div id="top_menu_collapse" class="collapse navbar-collapse order-last order-lg-0">
                            <ul id="top_menu" class="nav navbar-nav o_menu_loading flex-grow-1">
                                <li class="nav-item"><a role="menuitem" href="/" class="nav-link "><span>Beranda</span></a></li>
                                <li class="nav-item dropdown  position-static">
                                    <a data-toggle="dropdown" href="#" class="nav-link dropdown-toggle o_mega_menu_toggle"><span>Berita</span></a>
                                    <ul class="dropdown-menu" role="menu">
                                        <li class=""><a role="menuitem" href="/blog" class="dropdown-item"><span>Semua Berita</span></a></li>
{menu}
                                    </ul>
                                </li>
                                <li class="nav-item"><a role="menuitem" href="/page/tentang-kami" class="nav-link "><span>Tentang Kami</span></a></li>
                                <li class="nav-item"><a role="menuitem" href="/contactus" class="nav-link "><span>Hubungi Kami</span></a></li>
                            </ul>
                        </div>
                    </div>
                </nav>
            </header>
            <main>
{main}
            </main>
            <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                <div id="footer" class="oe_structure oe_structure_solo">
                    <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
                        <div class="container"><div class="row">
                            <div class="col-lg-3 pt24 pb24"><h5 class="mb-3">Tautan</h5><ul class="list-unstyled">
                                <li><a href="/">Beranda</a></li><li><a href="/blog">Berita</a></li>
                                <li><a href="/page/tentang-kami">Tentang Kami</a></li></ul></div>
                            <div class="col-lg-5 offset-lg-1 pt24 pb24"><h5 class="mb-3">Divisi Humas Polri</h5>
                                <address itemscope="itemscope" itemtype="http://schema.org/Organization" class="mb-0"><span itemprop="name">Divisi Humas Polri</span><br/>Jl. Trunojoyo No. 3, Kebayoran Baru, Jakarta Selatan</address></div>
                        </div></div>
                    </section>
                </div>
                <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><span class="o_footer_copyright_name mr-2">Hak Cipta &amp;copy; Divisi Humas Polri</span>
                    <div class="o_brand_promotion">Dipersembahkan oleh <a target="_blank" class="badge badge-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">Odoo</a></div></div></div>
            </footer>
            <div id="website_cookies_bar" class="s_popup o_snippet_invisible d-none" data-name="Cookies Bar"><div class="modal-content"><p>Kami menggunakan cookie untuk memberikan pengalaman pengguna yang lebih baik.</p><a href="/cookie-policy" class="o_cookies_bar_text_policy">Kebijakan Cookie</a></div></div>
        </div>
    </body>
</html>"""


def _post_page(base: str, post: Post) -> str:
    r = post.release
    url = base + post.path.lstrip("/")
    blog_name = BLOGS[post.blog]
    tags_meta = "\n".join(
        f'            <meta property="article:tag" content="{escape(t)}"/>' for t in r.tags
    )
    head = f"""        <meta name="description" content="{escape(r.paragraphs[0][:150])}"/>
        <meta name="keywords" content="{escape(", ".join(r.tags))}"/>
            <meta property="og:type" content="article"/>
            <meta property="og:title" content="{escape(r.title)}"/>
            <meta property="og:site_name" content="{SITE_NAME}"/>
            <meta property="og:url" content="{url}"/>
            <meta property="og:image" content="{base}web/image/{post.post_id + 333000}-5c3a91e2/{r.slug[:20]}.jpg"/>
            <meta property="og:description" content="{escape(r.paragraphs[0][:150])}"/>
            <meta property="article:published_time" content="{_naive_utc(post)}"/>
            <meta property="article:modified_time" content="{_naive_utc(post, 7)}"/>
{tags_meta}
            <meta name="twitter:card" content="summary_large_image"/>
            <meta name="twitter:title" content="{escape(r.title)}"/>
        <link rel="canonical" href="{url}"/>"""
    body = "\n".join(f'<p style="text-align: justify;">{escape(p)}</p>' for p in r.paragraphs)
    badges = "\n".join(
        f'<a class="badge border mr-1 post_link" href="/blog/{post.blog}/tag/{_tag_slug(t)}">{escape(t)}</a>'
        for t in r.tags
    )
    sidebar_tags = "\n".join(
        f'<a class="badge border post_link" href="/blog/{post.blog}/tag/{_tag_slug(t)}">{escape(t)}</a>'
        for t in r.tags
    )
    months = sorted({(p.release.local.year, p.release.local.month) for p in POSTS}, reverse=True)
    archive = "\n".join(
        f'<li><a href="/blog/{post.blog}?date_begin={y}-{m:02d}-01+00%3A00%3A00&amp;'
        f'date_end={y + (m == 12)}-{m % 12 + 1:02d}-01+00%3A00%3A00">{BULAN[m - 1]} {y}</a></li>'
        for y, m in months
    )
    following = NEWEST_FIRST[(NEWEST_FIRST.index(post) + 1) % len(NEWEST_FIRST)]
    main = f"""                <div id="wrap" class="js_blog website_blog">
                    <section id="o_wblog_post_top">
                        <div id="title" class="blog_header">
                            <div data-name="Blog Post Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_half_screen_height o_record_has_cover  o_wblog_post_page_cover">
                                <div style="background-image: url(/web/image/{post.post_id + 333000}-5c3a91e2/cover.jpg);" class="o_record_cover_component o_record_cover_image "></div>
                                <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                                    <div class="o_wblog_post_title  ">
                                        <div id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Blog Post Title" data-blog-id="{post.post_id}">{escape(r.title)}</div>
                                        <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="Subtitle">Rilis {escape(r.tags[-1])}</div>
                                    </div>
                                    <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="To blog content" title="To blog content"></i></a>
                                </div>
                            </div>
                        </div>
                    </section>
                    <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
                        <div class="mx-auto o_wblog_read_with_sidebar">
                            <div class="d-flex flex-column flex-lg-row justify-content-between">
                                <div id="o_wblog_post_content" class="o_container_small mx-0 w-100 flex-shrink-0">
                                    <nav aria-label="breadcrumb" class="breadcrumb flex-nowrap py-0 px-0 css_editable_mode_hidden mb-3 bg-transparent">
                                        <li class="breadcrumb-item"><a href="/blog">Semua Blog</a></li>
                                        <li class="breadcrumb-item"><a href="/blog/{post.blog}">{escape(blog_name)}</a></li>
                                        <li class="breadcrumb-item text-truncate active"><span>{escape(r.title)}</span></li>
                                    </nav>
                                    <div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field   o_wblog_read_text">
                                        <section class="s_text_block pt8 pb8 o_colored_level" data-snippet="s_text_block" data-name="Text">
                                            <div class="s_allow_columns container">
{body}
                                            </div>
                                        </section>
                                    </div>
                                    <div class="css_editable_mode_hidden text-muted">
                                        <div>dalam <a href="/blog/{post.blog}"><b>{escape(blog_name)}</b></a></div>
                                        <div>#
{badges}
                                        </div>
                                    </div>
                                </div>
                                <div id="o_wblog_post_sidebar_col" class="pl-lg-5 ">
                                    <div id="o_wblog_post_sidebar">
                                        <div class="o_wblog_sidebar_block pb-5">
                                            <div class="o_not_editable align-items-center position-relative h5 d-flex align-items-center">
                                                <div style="line-height:1"><img src="/web/image/blog.post/{post.post_id}/author_avatar/50x50" class="img img-fluid rounded-circle o_wblog_author_avatar_date mr-2" alt="" loading="lazy" itemprop="image"/></div>
                                                <div class="small font-weight-bold" style="line-height:1"><span>Tim Redaksi Tribratanews</span><small>{_tanggal(post)}</small></div>
                                            </div>
                                        </div>
                                        <div class="o_wblog_sidebar_block pb-5">
                                            <h6 class="text-uppercase pb-3 mb-4 border-bottom font-weight-bold">Bagikan postingan ini</h6>
                                            <div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable">
                                                <a href="#" aria-label="Facebook" title="Bagikan di Facebook" class="o_facebook bg-100 border mx-1 mb-2 rounded-circle"><i class="fa fa-facebook-square text-facebook"></i></a>
                                                <a href="#" aria-label="Twitter" title="Bagikan di Twitter" class="o_twitter bg-100 border mx-1 mb-2 rounded-circle"><i class="fa fa-twitter text-twitter"></i></a>
                                            </div>
                                        </div>
                                        <div class="o_wblog_sidebar_block pb-5">
                                            <h6 class="text-uppercase pb-2 mb-4 border-bottom font-weight-bold">Tag</h6>
                                            <div class="h5">{sidebar_tags}</div>
                                        </div>
                                        <div class="o_wblog_sidebar_block pb-5">
                                            <h6 class="text-uppercase pb-2 mb-4 border-bottom font-weight-bold">Arsip</h6>
                                            <ul class="list-unstyled">{archive}</ul>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </section>
                    <section id="o_wblog_post_footer">
                        <div class="mt-5">
                            <div id="o_wblog_next_container" class="d-flex flex-column">
                                <div class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_record_has_cover  o_wblog_post_page_cover o_wblog_post_page_cover_footer o_record_has_cover">
                                    <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                                        <div class="o_wblog_post_title  ">
                                            <div id="o_wblog_post_name" placeholder="Blog Post Title" data-blog-id="{following.post_id}">{escape(following.release.title)}</div>
                                        </div>
                                        <div class="o_wblog_toggle "><span class="h4 d-inline-block py-1 px-2 rounded-sm text-white"><i class="fa fa-angle-right fa-3x text-white" aria-label="Read next" title="Read Next"></i></span></div>
                                        <a id="o_wblog_next_post_info" class="d-none" data-size="o_half_screen_height" data-url="{following.path}?anim"></a>
                                        <a href="{following.path}" class="text-white">Baca selanjutnya</a>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </section>
                </div>"""
    return _layout(base, f"{r.title} | {SITE_NAME}", head, main, f"blog.post({post.post_id},)")


def _index_page(base: str, path: str, posts: list[Post], page: int, title: str) -> str | None:
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    if not 1 <= page <= pages:
        return None
    shown = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]

    def page_url(n: int) -> str:
        return path if n == 1 else f"{path}/page/{n}"

    links = f'        <link rel="canonical" href="{base}{page_url(page).lstrip("/")}"/>'
    if page > 1:
        links += f'\n        <link rel="prev" href="{base}{page_url(page - 1).lstrip("/")}"/>'
    if page < pages:
        links += f'\n        <link rel="next" href="{base}{page_url(page + 1).lstrip("/")}"/>'
    head = f"""        <meta name="description" content="Berita kegiatan Kepolisian Negara Republik Indonesia."/>
            <meta property="og:type" content="website"/>
            <meta property="og:title" content="{escape(title)} | {SITE_NAME}"/>
            <meta property="og:site_name" content="{SITE_NAME}"/>
{links}"""
    cards = []
    for post in shown:
        r = post.release
        tag_links = "\n".join(
            f'<a href="/blog/{post.blog}/tag/{_tag_slug(t)}" class="badge mb-2 mr-1 text-truncate border post_link">{escape(t)}</a>'
            for t in r.tags
        )
        cards.append(f"""                                <div class="pb-4 col-12 col-md-6 col-xl-4">
                                    <article class="o_wblog_post position-relative " name="blog_post">
                                        <a href="{post.path}" class="text-decoration-none d-block mb-2"><div data-name="Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_list_cover o_not_editable rounded overflow-hidden shadow mb-3"><div style="background-image: url(/web/image/{post.post_id + 336000}-af1d2433/cover.jpg);" class="o_record_cover_component o_record_cover_image "></div><div class="o_wblog_post_list_author o_list_cover d-flex text-white w-100 px-2 pb-2 pt-3"><span>Tim Redaksi Tribratanews</span></div></div></a>
                                        <div>
                                            <a href="{post.path}" class="d-block text-reset text-decoration-none o_blog_post_title my-0 h5">{escape(r.title)}</a>
                                            <div><a href="{post.path}" class="text-reset text-decoration-none"><div class="mt-2 o_wblog_normalize_font">{escape(r.paragraphs[0])}</div></a>
                                                <div class="o_wblog_post_short_tag_section d-flex align-items-center flex-wrap pt-2">{tag_links}</div>
                                            </div>
                                        </div>
                                        <div class="o_wblog_normalize_font pr-2 pb-2"><div class="d-flex small flex-wrap mb-1 w-100"><time class="text-nowrap font-weight-bold px-2">{_short_date(post)}</time></div></div>
                                    </article>
                                </div>""")
    pager = []
    if page > 1:
        pager.append(
            f'<li class="page-item "><a href="{page_url(page - 1)}" class="page-link post_link">Sebelumnya</a></li>'
        )
    for n in range(1, pages + 1):
        active = " active" if n == page else ""
        pager.append(
            f'<li class="page-item{active}"><a href="{page_url(n)}" class="page-link post_link">{n}</a></li>'
        )
    if page < pages:
        pager.append(
            f'<li class="page-item "><a href="{page_url(page + 1)}" class="page-link post_link">Berikutnya</a></li>'
        )
    nav = "\n".join(
        f'<li class="nav-item"><a href="/blog/{slug}" class="nav-link"><b>{escape(name)}</b></a></li>'
        for slug, name in BLOGS.items()
    )
    main = f"""                <div id="wrap" class="js_blog website_blog">
                    <div id="o_wblog_blog_top"><div class="container"><div class="row py-4"><div class="col-md-7"><div class="o_wblog_post_title"><span class="h1 d-block">{escape(title)}</span></div></div></div></div></div>
                    <nav class="navbar navbar-expand-sm navbar-light mt-3"><div class="container"><ul class="navbar-nav">
                        <li class="nav-item"><span class="nav-link disabled pl-0">Blog:</span></li>
                        <li class="nav-item"><a href="/blog" class="nav-link font-weight-bold">Semua</a></li>
{nav}
                    </ul></div></nav>
                    <section id="o_wblog_index_content" class="">
                        <div class="container py-4"><div class="row justify-content-center">
                            <div id="o_wblog_posts_loop_container" class="col ">
                                <div id="o_wblog_posts_loop" class=""><div class="row ">
{chr(10).join(cards)}
                                </div></div>
                                <ul class=" pagination m-0 justify-content-center">
{chr(10).join(pager)}
                                </ul>
                            </div>
                        </div></div>
                    </section>
                </div>"""
    return _layout(base, f"{title} | {SITE_NAME}", head, main, "blog.blog(2,)")


def _home(base: str) -> str:
    items = "\n".join(
        f'<li class="mb-2"><a href="{p.path}">{escape(p.release.title)}</a> <small>{_short_date(p)}</small></li>'
        for p in NEWEST_FIRST[:4]
    )
    head = f"""        <meta name="description" content="Portal berita resmi Divisi Humas Polri"/>
            <meta property="og:type" content="website"/>
            <meta property="og:title" content="Beranda | {SITE_NAME}"/>
            <meta property="og:site_name" content="{SITE_NAME}"/>
        <link rel="canonical" href="{base}"/>"""
    main = f"""                <div id="wrap" class="oe_structure oe_empty">
                    <section class="s_cover parallax s_parallax_is_fixed bg-black-50 pt96 pb96" data-snippet="s_cover"><div class="container s_allow_columns"><h1 style="text-align: center;">Tribratanews Polri</h1><p class="lead" style="text-align: center;">Berita resmi Kepolisian Negara Republik Indonesia</p></div></section>
                    <section class="s_text_block pt32 pb32" data-snippet="s_text_block"><div class="container"><h2>Berita Terbaru</h2><ul class="list-unstyled">
{items}
                    </ul><p><a href="/blog" class="btn btn-primary">Lihat semua berita</a></p></div></section>
                </div>"""
    return _layout(base, f"Beranda | {SITE_NAME}", head, main, "website.page(1,)")


def _static(base: str, path: str, title: str, text: str) -> str:
    head = f"""            <meta property="og:type" content="website"/>
            <meta property="og:title" content="{escape(title)} | {SITE_NAME}"/>
        <link rel="canonical" href="{base}{path.lstrip("/")}"/>"""
    main = f"""                <div id="wrap" class="oe_structure oe_empty"><section class="s_text_block pt40 pb40"><div class="container"><h1>{escape(title)}</h1><p>{escape(text)}</p></div></section></div>"""
    return _layout(base, f"{title} | {SITE_NAME}", head, main, "website.page(4,)")


def _sitemap(base: str) -> str:
    urls = [f"<url><loc>{base}</loc></url>", f"<url><loc>{base}blog</loc></url>"]
    urls += [f"<url><loc>{base}blog/{slug}</loc></url>" for slug in BLOGS]
    urls += [
        f"<url><loc>{base}{p.path.lstrip('/')}</loc><lastmod>{p.release.utc(OFFSET):%Y-%m-%d}</lastmod></url>"
        for p in POSTS
    ]
    urls += [
        f"<url><loc>{base}contactus</loc></url>",
        f"<url><loc>{base}page/tentang-kami</loc></url>",
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    )


def _feed(base: str, blog: str) -> str:
    posts = [p for p in NEWEST_FIRST if p.blog == blog][:15]
    entries = "\n".join(
        f"""    <entry>
        <title>{escape(p.release.title)}</title>
        <link href="{base}{p.path.lstrip("/")}"/>
        <id>{base}{p.path.lstrip("/")}</id>
        <author><name>Tim Redaksi Tribratanews</name></author>
        <summary>{escape(p.release.paragraphs[0])}</summary>
        <updated>{p.release.utc(OFFSET):%Y-%m-%dT%H:%M:%SZ}</updated>
    </entry>"""
        for p in posts
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <title>{escape(BLOGS[blog])}</title>
    <link href="{base}blog/{blog}"/>
    <id>{base}blog/{blog}</id>
    <updated>{posts[0].release.utc(OFFSET):%Y-%m-%dT%H:%M:%SZ}</updated>
{entries}
</feed>
"""


def make_site(base: str):
    by_path = {p.path: p for p in POSTS}

    def answer(target: str) -> Answer:
        path = urlsplit(target).path.rstrip("/") or "/"
        if path == "/":
            return 200, HTML, _home(base)
        if path == "/robots.txt":
            return 200, TEXT, f"User-agent: *\nSitemap: {base}sitemap.xml\n"
        if path == "/sitemap.xml":
            return 200, XML, _sitemap(base)
        if path in by_path:
            return 200, HTML, _post_page(base, by_path[path])
        if path == "/contactus":
            return 200, HTML, _static(base, path, "Hubungi Kami", "Divisi Humas Polri, Jakarta.")
        if path == "/page/tentang-kami":
            return 200, HTML, _static(base, path, "Tentang Kami", "Portal berita Polri.")
        if path == "/cookie-policy":
            return 200, HTML, _static(base, path, "Kebijakan Cookie", "Situs ini memakai cookie.")
        parts = path.strip("/").split("/")
        if parts[0] != "blog":
            return NOT_FOUND
        rest, page = parts[1:], 1
        if len(rest) >= 2 and rest[-2] == "page" and rest[-1].isdigit():
            rest, page = rest[:-2], int(rest[-1])
        if not rest:
            body = _index_page(base, "/blog", list(NEWEST_FIRST), page, "Semua Blog")
        elif rest[0] in BLOGS and len(rest) == 1:
            posts = [p for p in NEWEST_FIRST if p.blog == rest[0]]
            body = _index_page(base, f"/blog/{rest[0]}", posts, page, BLOGS[rest[0]])
        elif rest[0] in BLOGS and rest[1:] == ["feed"]:
            return 200, "application/atom+xml; charset=utf-8", _feed(base, rest[0])
        elif rest[0] in BLOGS and len(rest) == 3 and rest[1] == "tag":
            posts = [
                p
                for p in NEWEST_FIRST
                if p.blog == rest[0] and any(_tag_slug(t) == rest[2] for t in p.release.tags)
            ]
            tag_path = f"/blog/{rest[0]}/tag/{rest[2]}"
            body = _index_page(base, tag_path, posts, page, "Tag") if posts else None
        else:
            body = None
        return (200, HTML, body) if body else NOT_FOUND

    return answer


def serve_odoo():
    """``with serve_odoo() as base_url:`` the portal on 127.0.0.1 until the block ends."""
    return serve(make_site)
