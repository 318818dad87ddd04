"""Theme "newsportal": a JNews-style WordPress news portal ("Kabar Borneo", WIB).

A crawler meets it with no site definition, so it deliberately shares almost no
class names with the wordpress theme: `h1.jeg_post_title`, `div.jeg_meta_date`
holding "Senin, 15 Januari 2024 - 09:15 WIB" (no `<time>` element: the
machine-readable date is only in the Yoast meta and JSON-LD), `div.content-inner`
for the body, JNews inline "Baca Juga" blocks, `jeg_share_button` bars and the
`jnews_related_post_container`. Markup follows JNews's
fragment/post/single-post-1.php and meta-post-1.php (see README.md); the header,
mega menus, sidebar, footer and scripts are built once per site by `jnewschrome.py`.
"""

from __future__ import annotations

from functools import cached_property
from urllib.parse import quote

from . import wpcore
from .content import entry_content, image_tag
from .furniture import mark_current
from .jnewschrome import JNewsChrome, build_chrome
from .listing import Listing
from .model import Post, StaticPage
from .seo import description, json_ld, listing_json_ld, listing_og, og_tags
from .textfmt import attr, esc, excerpt, tanggal, tanggal_lengkap
from .theme import Theme

_ROBOTS = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"


class NewsPortalTheme(Theme):
    """Renders every HTML page of the newsportal theme for one base URL."""

    @cached_property
    def chrome(self) -> JNewsChrome:
        """The page furniture of this site and base URL, built on first use."""
        return build_chrome(self.site, self.u, self.features)

    def warm(self) -> None:
        """Build the chrome now, so the first request costs what the others do."""
        _ = self.chrome

    def _head(
        self,
        title: str,
        canonical: str | None,
        extra: str = "",
        *,
        seo: str = "",
        tail: str = "",
        robots: str = _ROBOTS,
    ) -> str:
        u, name, c = self.u, self.site.config.name, self.chrome
        feed = (
            f'<link rel="alternate" type="application/rss+xml" title="{attr(name)} &raquo; Feed" '
            f'href="{u("/feed/")}" />\n'
            if "feed" in self.features
            else ""
        )
        canon = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        return (
            '<!doctype html>\n<!--[if lt IE 7]> <html class="no-js lt-ie9" lang="id"> '
            "<![endif]-->\n"
            '<html lang="id">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            "charset=UTF-8\" />\n<meta name='viewport' content='width=device-width, "
            "initial-scale=1, user-scalable=yes' />\n"
            + c.head_top
            + f"<meta name='robots' content='{robots}' />\n"
            f"<!-- This site is optimized with the Yoast SEO plugin v{wpcore.YOAST_VERSION} - "
            "https://yoast.com/wordpress/plugins/seo/ -->\n"
            f"<title>{esc(title)}</title>\n"
            f"{canon}{extra}{seo}<!-- / Yoast SEO plugin. -->\n\n\n{feed}"
            + c.head_assets
            + tail
            + c.head_end
            + "</head>\n"
        )

    def _wrap(
        self,
        head: str,
        body_class: str,
        main: str,
        *,
        sidebar: bool = True,
        current: str | None = None,
        parents: tuple[str, ...] = (),
        post_id: int = 0,
    ) -> str:
        c = self.chrome
        top = mark_current(c.body_top, c.menu_ids, current=current, parents=parents, count=2)
        return (
            f'{head}<body class="{body_class} wp-embed-responsive jeg_toggle_light jnews '
            "jsc_normal "
            'elementor-default elementor-kit-7">\n'
            + top
            + '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content">'
            '<div class="container"><div class="row">'
            '<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">\n'
            + main
            + "</div></div>\n"
            + (c.sidebar if sidebar else "")
            + "</div></div></div></div></div>\n"
            + c.footer
            + c.scripts_before
            + f'{post_id}","isblog":"{"1" if post_id else ""}'
            + c.scripts_after
            + "</body>\n</html>\n"
        )

    def _share(self, post: Post) -> str:
        url = quote(self.u(post.path), safe="")
        text = quote(post.title, safe="")
        return (
            '<div class="jeg_share_top_wrapper"><div class="jeg_share_button clearfix">'
            '<div class="jeg_sharelist">'
            f'<a href="http://www.facebook.com/sharer.php?u={url}" rel="nofollow" '
            'class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i>'
            "<span>Share</span></a>"
            f'<a href="https://twitter.com/intent/tweet?text={text}&amp;url={url}" rel="nofollow" '
            'class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Tweet</span></a>'
            f'<a href="//api.whatsapp.com/send?text={text}%0A{url}" rel="nofollow" '
            'class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a>'
            "</div></div></div>"
        )

    def _related(self, post: Post) -> str:
        u = self.u
        items = "".join(
            '<article class="jeg_post jeg_pl_md_box format-standard"><div class="jeg_thumb">'
            f'<a href="{attr(u(href))}"><div class="thumbnail-container">'
            f'<img width="350" height="250" src="{u(r.image.sized(350, 250))}" '
            'class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt="" /></div></a>'
            '</div><div class="jeg_postblock_content">'
            f'<h3 class="jeg_post_title"><a href="{attr(u(href))}">{esc(r.title)}</a></h3>'
            f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{attr(u(href))}">'
            f'<i class="fa fa-clock-o"></i> {tanggal(r.published)}</a></div></div></div></article>'
            for r, href in self.site.related(post)
        )
        return (
            '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock '
            'jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading '
            'jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Berita '
            'Terkait</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap">'
            f'<div class="jeg_posts jeg_load_more_flag">{items}</div></div></div></div></div>'
        )

    def single(self, post: Post) -> str:
        """Article page at /YYYY/MM/DD/slug/."""
        u, site = self.u, self.site
        seo = (
            f'<meta name="description" content="{attr(description(post))}" />\n'
            + og_tags(site, post, u)
            + "\n"
            + json_ld(site, post, u)
            + "\n"
        )
        tail = f'<link rel="shortlink" href="{u(site.variant(post, "shortlink"))}" />\n'
        head = self._head(f"{post.title} - {site.config.name}", u(post.path), seo=seo, tail=tail)
        cat = post.categories[0]
        cats = ", ".join(
            f'<a href="{u(c.path)}" rel="category tag">{esc(c.name)}</a>' for c in post.categories
        )
        tags = "".join(f'<a href="{u(t.path)}" rel="tag">{esc(t.name)}</a>' for t in post.tags)
        main = (
            '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">'
            f'<span class=""><a href="{u("/")}">Beranda</a></span><i class="fa fa-angle-right"></i>'
            f'<span class="breadcrumb_last_link"><a href="{u(cat.path)}">{esc(cat.name)}</a></span>'
            "</div></div>\n"
            '<div class="entry-header">'
            f'<h1 class="jeg_post_title">{esc(post.title)}</h1>'
            '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">'
            '<div class="meta_left"><div class="jeg_meta_author"><span '
            'class="meta_text">oleh</span> '
            f'<a href="{u(post.author.path)}">{esc(post.author.name)}</a></div>'
            f'<div class="jeg_meta_date"><a href="{u(post.path)}">'
            f"{tanggal_lengkap(post.published, site.config.zone_label)}</a></div>"
            f'<div class="jeg_meta_category"><span><span class="meta_text">di</span> {cats}'
            "</span></div></div></div></div></div>\n"
            f'<div class="jeg_featured featured_image"><a href="{u(post.image.path)}">'
            '<div class="thumbnail-container animate-lazy" style="padding-bottom:66.6%">'
            + image_tag(
                post.image,
                u,
                amp=False,
                alt=post.title,
                cls="attachment-jnews-750x375 size-jnews-750x375 wp-post-image",
            )
            + f'</div></a><p class="wp-caption-text">{esc(post.image.caption)}</p></div>\n'
            + self._share(post)
            + '\n<div class="entry-content no-share"><div class="jeg_share_button share-float '
            'jeg_sticky_share clearfix share-monocrhome"></div>\n<div class="content-inner ">\n'
            + entry_content(site, post, u)
            + f'<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>\n'
            "</div></div>\n"
            + self._related(post)
            + '\n<div class="jnews_comment_container"><div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>'
            f'<form action="{u("/wp-comments-post.php")}" method="post" id="commentform" '
            'class="comment-form"><p class="comment-form-comment"><textarea id="comment" '
            'name="comment" cols="45" rows="8"></textarea></p></form></div></div>\n'
        )
        body_class = (
            f"post-template-default single single-post postid-{post.id} single-format-standard "
            "jeg_single_tpl_1"
        )
        return self._wrap(
            head,
            body_class,
            '<div class="jeg_singlepage">' + main + "</div>",
            parents=tuple(c.path for c in post.categories),
            post_id=post.id,
        )

    def listing(self, lst: Listing) -> str:
        """Home page and archives with JNews's numbered pagination."""
        u = self.u
        extra = ""
        if lst.page > 1:
            extra += f'<link rel="prev" href="{attr(u(lst.page_path(lst.page - 1)))}" />\n'
        if lst.page < lst.total_pages:
            extra += f'<link rel="next" href="{attr(u(lst.page_path(lst.page + 1)))}" />\n'
        suffix = f" - Halaman {lst.page} dari {lst.total_pages}" if lst.page > 1 else ""
        title = (
            f"{self.site.config.name} - {self.site.config.tagline}"
            if lst.kind == "home" and lst.page == 1
            else f"{lst.title}{suffix} - {self.site.config.name}"
        )
        seo = ""
        if lst.kind != "search":
            seo = listing_og(self.site, kind=lst.kind, title=title, url=u(lst.path)) + "\n"
        crumbs = [("Beranda", u("/"))] if lst.kind != "home" else []
        crumbs.append((lst.title if lst.kind != "home" else "Beranda", None))
        seo += (
            listing_json_ld(
                self.site,
                u,
                kind=lst.kind,
                url=u(lst.path),
                name=title,
                crumbs=crumbs,
                first_image=u(lst.posts[0].image.path) if lst.posts else None,
            )
            + "\n"
        )
        head = self._head(
            title,
            None if lst.kind == "search" else u(lst.path),
            extra,
            seo=seo,
            robots="noindex, follow" if lst.kind == "search" else _ROBOTS,
        )
        posts = "".join(
            '<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb">'
            f'<a href="{u(p.path)}"><div class="thumbnail-container animate-lazy size-715">'
            f'<img width="350" height="250" src="{u(p.image.sized(350, 250))}" '
            'class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt="" /></div></a>'
            f'<div class="jeg_post_category"><span><a href="{u(p.categories[0].path)}" '
            f'class="category-{p.categories[0].slug}">{esc(p.categories[0].name)}</a></span></div>'
            '</div><div class="jeg_postblock_content">'
            f'<h3 class="jeg_post_title"><a href="{u(p.path)}">{esc(p.title)}</a></h3>'
            '<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">oleh</span> '
            f'<a href="{u(p.author.path)}">{esc(p.author.name)}</a></div>'
            f'<div class="jeg_meta_date"><a href="{u(p.path)}"><i class="fa fa-clock-o"></i> '
            f"{tanggal(p.published)}</a></div></div>"
            f'<div class="jeg_post_excerpt"><p>{esc(excerpt(p.paragraphs, 30))}</p>'
            f'<a href="{u(p.path)}" class="jeg_readmore">Baca Selengkapnya</a></div>'
            "</div></article>\n"
            for p in lst.posts
        )
        if not lst.posts:
            posts = '<div class="jeg_empty_module">Tidak ada artikel ditemukan.</div>'
        heading = (
            ""
            if lst.kind == "home"
            else '<div class="jeg_archive_header"><h1 class="jeg_archive_title">'
            f"{esc(lst.title)}</h1></div>\n"
        )
        main = (
            heading + '<div class="jnews_archive_content_wrapper"><div class="jeg_module_hook '
            'jnews_module_archive"><div class="jeg_postblock_4 jeg_postblock jeg_col_2o3">'
            f'<div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{posts}'
            "</div></div></div></div>\n" + self._paging(lst) + "</div>\n"
        )
        body_class = lst.body_class or ("home blog" if lst.kind == "home" else "archive")
        if lst.page > 1:
            body_class += f" paged paged-{lst.page}"
        current = lst.base_path if lst.kind in ("home", "category") and lst.page == 1 else None
        return self._wrap(head, body_class, main, current=current)

    def _paging(self, lst: Listing) -> str:
        if lst.total_pages <= 1:
            return ""
        u = self.u
        links = [f'<span class="page_info">Halaman {lst.page} dari {lst.total_pages}</span>']
        if lst.page > 1:
            links.append(
                f'<a href="{attr(u(lst.page_path(lst.page - 1)))}" class="page_nav prev" '
                f'data-id="{lst.page - 1}"><span class="navtext">Sebelumnya</span></a>'
            )
        for n in range(1, lst.total_pages + 1):
            if n == lst.page:
                links.append(f'<span class="page_number active">{n}</span>')
            else:
                links.append(
                    f'<a href="{attr(u(lst.page_path(n)))}" class="page_number" '
                    f'data-id="{n}">{n}</a>'
                )
        if lst.page < lst.total_pages:
            links.append(
                f'<a href="{attr(u(lst.page_path(lst.page + 1)))}" class="page_nav next" '
                f'data-id="{lst.page + 1}"><span class="navtext">Berikutnya</span></a>'
            )
        return (
            '<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext '
            f'no_pageinfo">{"".join(links)}</div>\n'
        )

    def static_page(self, page: StaticPage) -> str:
        """A WordPress page rendered with JNews's page template."""
        u = self.u
        head = self._head(f"{page.title} - {self.site.config.name}", u(page.path))
        body = "".join(f"<p>{esc(p)}</p>\n" for p in page.paragraphs)
        main = (
            '<div class="entry-header"><h1 class="jeg_post_title">'
            f'{esc(page.title)}</h1></div><div class="entry-content"><div class="content-inner">\n'
            f"{body}</div></div>\n"
        )
        return self._wrap(head, f"page-template-default page page-id-{page.id}", main)

    def attachment(self, post: Post) -> str:
        """Attachment page of a featured image."""
        u, image = self.u, post.image
        name = image.attachment_path.rstrip("/").rsplit("/", 1)[-1]
        head = self._head(f"{name.upper()} - {self.site.config.name}", u(image.attachment_path))
        main = (
            f'<div class="entry-header"><h1 class="jeg_post_title">{esc(name.upper())}</h1></div>'
            f'<div class="entry-content"><p class="attachment"><a href="{u(image.path)}">'
            f'<img src="{u(image.sized(300, 200))}" alt="" /></a></p>'
            f'<p><a href="{u(post.path)}">{esc(post.title)}</a></p></div>\n'
        )
        return self._wrap(head, f"attachment single single-attachment postid-{image.id}", main)

    def not_found(self) -> str:
        """JNews 404 page."""
        head = self._head(
            f"Halaman tidak ditemukan - {self.site.config.name}", None, robots="noindex, follow"
        )
        main = (
            '<div class="jeg_404_content"><h3>Halaman Tidak Ditemukan!</h3>'
            "<p>Maaf, halaman yang Anda cari tidak tersedia.</p></div>\n"
        )
        return self._wrap(head, "error404", main, sidebar=False)
