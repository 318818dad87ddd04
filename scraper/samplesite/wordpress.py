"""Theme "wordpress": a GeneratePress-style WordPress 6.x site like mci.life.

Markup follows what core + GeneratePress + Jetpack + Yoast print: body and
post classes from `body_class()`/`post_class()`, `h1.entry-title`,
`time.entry-date.published` / `time.updated`, `span.author.vcard`,
`div.entry-content`, Jetpack "sharedaddy" share bar, core comment list and
`#respond` form, Yoast breadcrumbs. Everything around the content (`<head>`
assets, top bar, menu, `#right-sidebar`, footer, scripts) is built once per
site by `gpchrome.py`. See README.md for the sources each piece was modelled on.
"""

from __future__ import annotations

import hashlib
from functools import cached_property

from . import wpcore
from .content import entry_content, image_tag
from .furniture import mark_current
from .gpchrome import GPChrome, build_chrome
from .listing import Listing
from .model import Post, StaticPage
from .seo import description, json_ld, listing_json_ld, listing_og, og_tags
from .textfmt import attr, esc, excerpt, iso, jam, tanggal
from .theme import Theme

_ROBOTS = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
_SVG = (
    '<span class="gp-icon icon-arrow-{side}"><svg viewBox="0 0 192 512" aria-hidden="true" '
    'xmlns="http://www.w3.org/2000/svg" fill-rule="evenodd" clip-rule="evenodd" '
    'stroke-linejoin="round" stroke-miterlimit="1.414"><path d="{d}" fill-rule="nonzero">'
    "</path></svg></span>"
)
_ARROW = {
    "left": _SVG.format(
        side="left", d="M178.4 138.2 64.3 256l114.1 117.8-21.9 21.5L21 256l135.5-139.3z"
    ),
    "right": _SVG.format(
        side="right", d="M13.6 373.8 127.7 256 13.6 138.2l21.9-21.5L171 256 35.5 395.3z"
    ),
}


class WordPressTheme(Theme):
    """Renders every HTML page of the wordpress theme for one base URL."""

    @cached_property
    def chrome(self) -> GPChrome:
        """The page furniture of this site and base URL, built on first use."""
        return build_chrome(self.site, self.u, self.features)

    def warm(self) -> None:
        """Build the chrome now, so the first request costs what the others do."""
        _ = self.chrome

    # -- frame --------------------------------------------------------------

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
        """`<head>`: Yoast's block (`seo`), hints, feeds, assets, REST links, `tail`, Site Kit.

        `extra` (rel prev/next, an archive's feed) follows the Yoast block; `tail`
        (shortlink, amphtml, oEmbed) follows the generator tag.
        """
        u, name, c = self.u, self.site.config.name, self.chrome
        links = []
        if "feed" in self.features:
            links.append(
                f'<link rel="alternate" type="application/rss+xml" title="{attr(name)} &raquo; '
                f'Feed" href="{u("/feed/")}" />'
            )
            links.append(
                f'<link rel="alternate" type="application/rss+xml" title="{attr(name)} &raquo; '
                f'Umpan Komentar" href="{u("/comments/feed/")}" />'
            )
        canon = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        return (
            '<!DOCTYPE html>\n<html lang="id">\n<head>\n'
            '<meta charset="UTF-8">\n'
            f"<meta name='robots' content='{robots}' />\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<!-- This site is optimized with the Yoast SEO plugin v{wpcore.YOAST_VERSION} - "
            "https://yoast.com/wordpress/plugins/seo/ -->\n"
            f"<title>{esc(title)}</title>\n"
            f"{canon}{seo}"
            "<!-- / Yoast SEO plugin. -->\n\n\n"
            + c.head_hints
            + "".join(f"{link}\n" for link in links)
            + extra
            + c.head_assets
            + c.head_tail
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
        current: str | None = None,
        parents: tuple[str, ...] = (),
        post_id: int = 0,
        singular: bool = False,
    ) -> str:
        """The page around `main`: top bar, header, sidebar, footer and footer scripts.

        `current` is the path of the menu item for this page (marked
        `current-menu-item`), `parents` the category paths of a single post
        (marked `current-post-ancestor current-menu-parent`); `post_id` goes to
        Jetpack Stats.
        """
        c = self.chrome
        top = mark_current(c.body_top, c.menu_ids, current=current, parents=parents, count=1)
        stats = wpcore.jetpack_stats(
            c.stats_blog, post_id, c.stats_tz, c.stats_domain, c.stats_week
        )
        return (
            f'{head}<body class="{body_class} wp-custom-logo wp-embed-responsive post-image-above-'
            "header post-image-aligned-center sticky-menu-fade right-sidebar nav-float-right "
            'separate-containers header-aligned-left dropdown-hover" '
            'itemtype="https://schema.org/WebPage" '
            "itemscope>\n" + top + '<div class="site grid-container container hfeed" id="page">'
            '<div class="site-content" id="content">'
            '<div class="content-area" id="primary"><main class="site-main" id="main">\n'
            + main
            + "</main></div>\n"
            + c.sidebar
            + "</div></div>\n"
            + c.footer
            + c.theme_scripts
            + (c.comment_reply if singular else "")
            + c.plugin_scripts
            + stats
            + "\n</body>\n</html>\n"
        )

    def _breadcrumbs(self, crumbs: list[tuple[str, str | None]]) -> str:
        """Yoast breadcrumbs, printed by the theme above the content."""
        parts = []
        for label, path in crumbs:
            if path is None:
                parts.append(
                    f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>'
                )
            else:
                parts.append(f'<span><a href="{self.u(path)}">{esc(label)}</a></span>')
        return (
            '<nav aria-label="Breadcrumb" class="breadcrumb-nav"><p id="breadcrumbs"><span>'
            + " &raquo; ".join(parts)
            + "</span></p></nav>\n"
        )

    # -- single post --------------------------------------------------------

    def _post_classes(self, post: Post) -> str:
        terms = [f"category-{c.slug}" for c in post.categories]
        terms += [f"tag-{t.slug}" for t in post.tags]
        return (
            f"post-{post.id} post type-post status-publish format-standard has-post-thumbnail "
            f"hentry {' '.join(terms)}"
        )

    def _meta(self, post: Post) -> str:
        u = self.u
        return (
            '<div class="entry-meta"><span class="posted-on">'
            f'<time class="updated" datetime="{iso(post.modified)}" itemprop="dateModified">'
            f"{tanggal(post.modified)}</time>"
            f'<time class="entry-date published" datetime="{iso(post.published)}" '
            f'itemprop="datePublished">{tanggal(post.published)}</time></span> '
            '<span class="byline">oleh <span class="author vcard" itemprop="author" '
            'itemtype="https://schema.org/Person" itemscope>'
            f'<a class="url fn n" href="{u(post.author.path)}" title="Lihat semua pos oleh '
            f'{attr(post.author.name)}" rel="author" itemprop="url">'
            f'<span class="author-name" itemprop="name">{esc(post.author.name)}</span></a>'
            "</span></span></div>"
        )

    def _share(self, post: Post) -> str:
        u = self.u
        buttons = "".join(
            f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" '
            f'data-shared="sharing-{k}-{post.id}" class="share-{k} sd-button share-icon" '
            f'href="{u(post.path)}?share={k}&amp;nb=1" target="_blank" '
            f'title="Klik untuk berbagi di {label}"><span>{label}</span></a></li>'
            for k, label in (("facebook", "Facebook"), ("x", "X"), ("jetpack-whatsapp", "WhatsApp"))
        )
        return (
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
            'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Bagikan ini:</h3>'
            f'<div class="sd-content"><ul>{buttons}<li class="share-end"></li></ul></div></div>'
            "</div>"
            "<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-"
            'headline"><em>Terkait</em></h3></div>'
        )

    def _post_nav(self, post: Post) -> str:
        """GeneratePress's single-post navigation: previous (older) and next (newer) post."""
        if not self.site.post_navigation:
            return ""
        older, newer = self.site.adjacent(post)
        parts = []
        if older is not None:
            parts.append(
                f'<div class="nav-previous">{_ARROW["left"]}<span class="prev">'
                f'<a href="{self.u(older.path)}" rel="prev">{esc(older.title)}</a></span></div>'
            )
        if newer is not None:
            parts.append(
                f'<div class="nav-next">{_ARROW["right"]}<span class="next">'
                f'<a href="{self.u(newer.path)}" rel="next">{esc(newer.title)}</a></span></div>'
            )
        if not parts:
            return ""
        return (
            '<nav id="nav-below" class="post-navigation" aria-label="Pos">'
            + "".join(parts)
            + "</nav>"
        )

    def _tags_block(self, post: Post) -> str:
        u = self.u
        links = ", ".join(f'<a href="{u(t.path)}" rel="tag">{esc(t.name)}</a>' for t in post.tags)
        if post.link_line:
            # mci.life prints a "Tags" heading block under the content.
            return (
                '<div class="post-tags"><h4 class="tags-title">Tags</h4>'
                + "".join(f'<a href="{u(t.path)}" rel="tag">{esc(t.name)}</a>' for t in post.tags)
                + "</div>"
                + self._post_nav(post)
            )
        cats = ", ".join(
            f'<a href="{u(c.path)}" rel="category tag">{esc(c.name)}</a>' for c in post.categories
        )
        return (
            '<footer class="entry-meta" aria-label="Meta entri">'
            '<span class="cat-links"><span class="screen-reader-text">Kategori '
            f"</span>{cats}</span> "
            f'<span class="tags-links">Tags: {links}</span>{self._post_nav(post)}</footer>'
        )

    def _related(self, post: Post) -> str:
        u = self.u
        items = "".join(
            f'<li class="related-item"><a class="related-thumb" href="{attr(u(href))}">'
            f'<img loading="lazy" decoding="async" width="300" height="200" '
            f'src="{u(r.image.sized(300, 200))}" class="attachment-medium size-medium '
            'wp-post-image"'
            f' alt="" /></a><a href="{attr(u(href))}">{esc(r.title)}</a> '
            f'<span class="related-date">{tanggal(r.published)}</span></li>'
            for r, href in self.site.related(post)
        )
        return (
            '<div class="related-posts"><h3 class="related-title">Berita Terkait</h3>'
            f"<ul>{items}</ul></div>"
        )

    def _comments(self, post: Post) -> str:
        u = self.u
        url = u(post.path)
        items = "".join(
            f'<li id="comment-{c.id}" class="comment even thread-even depth-1">'
            f'<article id="div-comment-{c.id}" class="comment-body"><footer class="comment-meta">'
            '<div class="comment-author vcard"><img alt="" '
            f'src="{wpcore.gravatar(c.author, 50)}" srcset="{wpcore.gravatar(c.author, 100)} 2x" '
            'class="avatar avatar-50 photo" height="50" width="50" loading="lazy" '
            'decoding="async" />'
            f'<b class="fn">{esc(c.author)}</b> <span class="says">berkata:</span></div>'
            f'<div class="comment-metadata"><a href="{url}#comment-{c.id}">'
            f'<time datetime="{iso(c.date)}">{tanggal(c.date)} pukul {jam(c.date)}</time></a></div>'
            f'</footer><div class="comment-content"><p>{esc(c.text)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="{url}?replytocom={c.id}#respond" data-commentid="{c.id}" '
            f'data-postid="{post.id}" aria-label="Balasan untuk {attr(c.author)}">Balas</a></div>'
            "</article></li>"
            for c in post.comments
        )
        listing = ""
        if post.comments:
            listing = (
                f'<h3 class="comments-title">{len(post.comments)} komentar pada &ldquo;'
                f'{esc(post.title)}&rdquo;</h3><ol class="comment-list">{items}</ol>'
            )
        form = (
            '<div id="respond" class="comment-respond"><h3 id="reply-title" '
            'class="comment-reply-title">Tinggalkan Balasan <small><a rel="nofollow" '
            f'id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Batalkan '
            "balasan</a></small></h3>"
            f'<form action="{u("/wp-comments-post.php")}" method="post" id="commentform" '
            'class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">'
            'Alamat email Anda tidak akan dipublikasikan.</span> <span class="required-field-'
            'message">Ruas yang wajib ditandai <span class="required">*</span></span></p>'
            '<p class="comment-form-comment"><label for="comment" class="screen-reader-text">'
            "Komentar</label>"
            '<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            '<label for="author" class="screen-reader-text">Nama</label><input placeholder="Nama *"'
            ' id="author" name="author" type="text" value="" size="30" required />'
            '<label for="email" class="screen-reader-text">Email</label><input placeholder="Email '
            '*"'
            ' id="email" name="email" type="email" value="" size="30" required />'
            '<label for="url" class="screen-reader-text">Situs Web</label><input '
            'placeholder="Situs '
            'Web" id="url" name="url" type="url" value="" size="30" />'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
            'name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-'
            'comment-cookies-consent">Simpan nama, email, dan situs web saya pada peramban ini '
            "untuk"
            " komentar saya berikutnya.</label></p>"
            '<p class="form-submit"><input name="submit" type="submit" id="submit" '
            'class="submit" value="Kirim Komentar" />'
            f'<input type="hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID" />'
            "\n<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n"
            '</p><p style="display: none;"><input type="hidden" id="akismet_comment_nonce" '
            f'name="akismet_comment_nonce" value="{_nonce(post.id)}" /></p>'
            '<p style="display: none !important;" class="akismet-fields-container" '
            'data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" '
            'maxlength="100"></textarea></label><input type="hidden" id="ak_js_1" name="ak_js" '
            'value="137"/><script>document.getElementById( "ak_js_1" ).setAttribute( "value", '
            "( new Date() ).getTime() );</script></p></form></div>"
        )
        return f'<div class="comments-area"><div id="comments">{listing}{form}</div></div>'

    def single(self, post: Post) -> str:
        """The article page at its permalink (and, identically, with any query string)."""
        u, site = self.u, self.site
        seo = (
            f'<meta name="description" content="{attr(description(post))}" />\n'
            + og_tags(site, post, u)
            + "\n"
            + json_ld(site, post, u)
            + "\n"
        )
        feed = ""
        if "feed" in self.features:
            feed = (
                '<link rel="alternate" type="application/rss+xml" title="'
                f'{attr(site.config.name)} &raquo; {attr(post.title)} Umpan Komentar" '
                f'href="{u(post.path)}feed/" />\n'
            )
        tail = (
            f'<link rel="shortlink" href="{u(site.variant(post, "shortlink"))}" />\n'
            f'<link rel="amphtml" href="{u(site.variant(post, "amp"))}" />\n'
        )
        if "rest_api" in self.features:
            tail += (
                '<link rel="alternate" type="application/json" '
                f'href="{u(f"/wp-json/wp/v2/posts/{post.id}")}"'
                " />\n" + wpcore.rest_links(u("/"), u(post.canonical))
            )
        head = self._head(
            f"{post.title} - {site.config.name}", u(post.canonical), feed, seo=seo, tail=tail
        )
        figure = (
            '<div class="featured-image page-header-image-single grid-container grid-parent">'
            f'<figure class="wp-caption"><a href="{u(post.image.attachment_path)}">'
            + image_tag(
                post.image,
                u,
                amp=False,
                alt=post.image.caption,
                cls="attachment-full size-full wp-post-image",
            )
            + f'</a><figcaption class="wp-caption-text">{esc(post.image.caption)}</figcaption>'
            "</figure></div>"
        )
        article = (
            f'<article id="post-{post.id}" class="{self._post_classes(post)}" '
            'itemtype="https://schema.org/CreativeWork" itemscope>'
            '<div class="inside-article">' + figure + '<header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{esc(post.title)}</h1>'
            + self._meta(post)
            + "</header>\n"
            '<div class="entry-content" itemprop="text">\n'
            + entry_content(site, post, u)
            + "</div>\n"
            + self._share(post)
            + self._tags_block(post)
            + self._related(post)
            + "</div></article>\n"
            + self._comments(post)
        )
        cats = " ".join(f"category-{c.slug}" for c in post.categories)
        body_class = (
            f"post-template-default single single-post postid-{post.id} single-format-standard "
            f"{cats} featured-image-active"
        )
        crumbs: list[tuple[str, str | None]] = [("Beranda", "/")]
        crumbs += [(c.name, c.path) for c in post.categories[:1]]
        crumbs.append((post.title, None))
        return self._wrap(
            head,
            body_class,
            self._breadcrumbs(crumbs) + article,
            parents=tuple(c.path for c in post.categories),
            post_id=post.id,
            singular=True,
        )

    def amp(self, post: Post) -> str:
        """The AMP version (/slug/amp/), as the official AMP plugin in Reader mode prints it."""
        u, site = self.u, self.site
        return (
            '<!doctype html>\n<html amp lang="id">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width">\n'
            f"<title>{esc(post.title)} - {esc(site.config.name)}</title>\n"
            f'<link rel="canonical" href="{u(post.canonical)}">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
            "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from"
            "{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>"
            "body{-webkit-animation:none;animation:none}</style></noscript>\n"
            + json_ld(site, post, u)
            + '\n</head>\n<body class="body single-post amp-wp-default-theme">\n'
            f'<header id="top" class="amp-wp-header"><div><a href="{u("/")}">'
            f"{esc(site.config.name)}</a></div></header>\n"
            '<article class="amp-wp-article">\n<header class="amp-wp-article-header">'
            f'<h1 class="amp-wp-title">{esc(post.title)}</h1>'
            f'<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">'
            f"{esc(post.author.name)}</span></div>"
            f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso(post.published)}">'
            f"{tanggal(post.published)}</time></div></header>\n"
            '<figure class="amp-wp-article-featured-image wp-caption">'
            + image_tag(post.image, u, amp=True, alt=post.image.caption, cls="")
            + f'<p class="wp-caption-text">{esc(post.image.caption)}</p></figure>\n'
            '<div class="amp-wp-article-content">\n'
            + entry_content(site, post, u, amp=True)
            + "</div>\n</article>\n"
            f'<footer class="amp-wp-footer"><div><h2>{esc(site.config.name)}</h2>'
            f'<a href="{u(post.path)}" class="amp-wp-canonical-link">Lihat versi non-AMP</a>'
            "</div></footer>\n</body>\n</html>\n"
        )

    # -- other pages --------------------------------------------------------

    def listing(self, lst: Listing) -> str:
        """Home page, archives and search results with WordPress paging."""
        u = self.u
        extra = ""
        if lst.page > 1:
            extra += f'<link rel="prev" href="{attr(u(lst.page_path(lst.page - 1)))}" />\n'
        if lst.page < lst.total_pages:
            extra += f'<link rel="next" href="{attr(u(lst.page_path(lst.page + 1)))}" />\n'
        if lst.feed_path and "feed" in self.features:
            extra += (
                '<link rel="alternate" type="application/rss+xml" '
                f'title="{attr(self.site.config.name)} &raquo; {attr(lst.title)} Feed" '
                f'href="{u(lst.feed_path)}" />\n'
            )
        page_label = f" - Halaman {lst.page}" if lst.page > 1 else ""
        title = (
            f"{self.site.config.name} - {self.site.config.tagline}"
            if lst.kind == "home" and lst.page == 1
            else f"{lst.title}{page_label} - {self.site.config.name}"
        )
        canonical = None if lst.kind == "search" else u(lst.path)
        crumbs = _listing_crumbs(lst)
        seo = ""
        if lst.kind != "search":
            seo = listing_og(self.site, kind=lst.kind, title=title, url=u(lst.path)) + "\n"
        seo += (
            listing_json_ld(
                self.site,
                u,
                kind=lst.kind,
                url=u(lst.path),
                name=title,
                crumbs=[(label, u(path) if path else None) for label, path in crumbs],
                first_image=u(lst.posts[0].image.path) if lst.posts else None,
            )
            + "\n"
        )
        robots = "noindex, follow" if lst.kind == "search" else _ROBOTS
        head = self._head(title, canonical, extra, seo=seo, robots=robots)
        parts = [self._breadcrumbs(crumbs)] if lst.kind != "home" else []
        if lst.kind != "home":
            parts.append(
                f'<header class="page-header"><h1 class="page-title">{esc(lst.title)}</h1></header>'
            )
        if not lst.posts:
            parts.append(
                '<div class="no-results not-found"><div class="inside-article">'
                "<p>Maaf, tidak ada yang cocok dengan kata kunci pencarian Anda.</p></div></div>"
            )
        for p in lst.posts:
            comments = f"{u(p.path)}#comments" if p.comments else f"{u(p.path)}#respond"
            parts.append(
                f'<article id="post-{p.id}" class="{self._post_classes(p)}" '
                'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
                f'<div class="post-image"><a href="{u(p.path)}">'
                f'<img width="300" height="200" src="{u(p.image.sized(300, 200))}" '
                f'class="attachment-medium size-medium wp-post-image" alt="" /></a></div>'
                '<header class="entry-header">'
                f'<h2 class="entry-title" itemprop="headline"><a href="{u(p.path)}" rel="bookmark">'
                f"{esc(p.title)}</a></h2>"
                + self._meta(p)
                + '</header><div class="entry-summary" itemprop="text">'
                f"<p>{esc(excerpt_of(p))} "
                f'<a title="{attr(p.title)}" class="read-more" href="{u(p.path)}">'
                'Baca selengkapnya<span class="screen-reader-text"> '
                f"{esc(p.title)}</span></a></p></div>"
                '<footer class="entry-meta" aria-label="Meta entri">'
                f'<span class="comments-link"><a href="{comments}">'
                f"{f'{len(p.comments)} Komentar' if p.comments else 'Tinggalkan komentar'}"
                "</a></span></footer></div></article>\n"
            )
        parts.append(self._paging(lst))
        body_class = lst.body_class or ("home blog" if lst.kind == "home" else "archive")
        if lst.page > 1:
            body_class += f" paged paged-{lst.page}"
        current = lst.base_path if lst.kind in ("home", "category") and lst.page == 1 else None
        return self._wrap(head, body_class, "".join(parts), current=current)

    def _paging(self, lst: Listing) -> str:
        if lst.total_pages <= 1:
            return ""
        u = self.u
        links = []
        if lst.page > 1:
            links.append(
                f'<a class="prev page-numbers" href="{attr(u(lst.page_path(lst.page - 1)))}">'
                "&laquo; Sebelumnya</a>"
            )
        for n in page_numbers(lst.page, lst.total_pages):
            if n == lst.page:
                links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            elif n == 0:
                links.append('<span class="page-numbers dots">&hellip;</span>')
            else:
                links.append(f'<a class="page-numbers" href="{attr(u(lst.page_path(n)))}">{n}</a>')
        if lst.page < lst.total_pages:
            links.append(
                f'<a class="next page-numbers" href="{attr(u(lst.page_path(lst.page + 1)))}">'
                "Berikutnya &raquo;</a>"
            )
        return (
            '<nav id="nav-below" class="paging-navigation" aria-label="Halaman arsip">'
            f'<div class="nav-links">{"".join(links)}</div></nav>\n'
        )

    def static_page(self, page: StaticPage) -> str:
        """A WordPress page (type-page), e.g. /tentang-kami/."""
        u = self.u
        title = f"{page.title} - {self.site.config.name}"
        seo = (
            listing_og(self.site, kind="page", title=title, url=u(page.path))
            + "\n"
            + listing_json_ld(
                self.site,
                u,
                kind="page",
                url=u(page.path),
                name=title,
                crumbs=[("Beranda", u("/")), (page.title, None)],
            ).replace('"CollectionPage"', '"WebPage"', 1)
            + "\n"
        )
        head = self._head(
            title,
            u(page.path),
            seo=seo,
            tail=f'<link rel="shortlink" href="{u(f"/?page_id={page.id}")}" />\n',
        )
        body = "".join(f"<p>{esc(p)}</p>\n" for p in page.paragraphs)
        main = (
            f'<article id="post-{page.id}" class="post-{page.id} page type-page status-publish '
            'hentry" itemtype="https://schema.org/CreativeWork" itemscope>'
            '<div class="inside-article"><header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{esc(page.title)}</h1></header>'
            f'<div class="entry-content" itemprop="text">\n{body}</div></div></article>\n'
        )
        return self._wrap(
            head, f"page-template-default page page-id-{page.id}", main, current=page.path
        )

    def attachment(self, post: Post) -> str:
        """Attachment page of a post's featured image (body class `attachment`)."""
        u, image = self.u, post.image
        name = image.attachment_path.rstrip("/").rsplit("/", 1)[-1]
        head = self._head(f"{name.upper()} - {self.site.config.name}", u(image.attachment_path))
        main = (
            f'<article id="post-{image.id}" class="post-{image.id} attachment type-attachment '
            'status-inherit hentry" itemtype="https://schema.org/CreativeWork" itemscope>'
            '<div class="inside-article"><header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{esc(name.upper())}</h1></header>'
            '<div class="entry-content" itemprop="text"><p class="attachment">'
            f'<a href="{u(image.path)}"><img width="300" height="200" '
            f'src="{u(image.sized(300, 200))}" class="attachment-medium size-medium" alt="" /></a>'
            f"</p><p>{esc(image.caption)}</p></div>"
            f'<nav class="post-navigation"><a href="{u(post.path)}" rel="prev">'
            f"Diterbitkan di {esc(post.title)}</a></nav></div></article>\n"
        )
        body_class = (
            f"attachment attachment-template-default single single-attachment postid-{image.id} "
            f"attachmentid-{image.id} attachment-jpeg"
        )
        return self._wrap(head, body_class, main)

    def not_found(self) -> str:
        """The theme's 404 page."""
        head = self._head(
            f"Halaman tidak ditemukan - {self.site.config.name}", None, robots="noindex, follow"
        )
        main = (
            '<div class="inside-article"><header class="entry-header"><h1 class="entry-title">'
            "Oops! Halaman itu tidak dapat ditemukan.</h1></header>"
            '<div class="entry-content"><p>Sepertinya tidak ada yang ditemukan di lokasi ini. '
            "Mungkin coba pencarian?</p></div></div>\n"
        )
        return self._wrap(head, "error404", main)


def page_numbers(current: int, total: int, end_size: int = 1, mid_size: int = 1) -> list[int]:
    """The numbers `paginate_links()` prints (GeneratePress: mid_size 1); 0 stands for "…"."""
    out: list[int] = []
    dots = False
    for n in range(1, total + 1):
        if (
            n == current
            or n <= end_size
            or current - mid_size <= n <= current + mid_size
            or n > total - end_size
        ):
            out.append(n)
            dots = True
        elif dots:
            out.append(0)
            dots = False
    return out


def excerpt_of(post: Post) -> str:
    """Listing excerpt: WordPress's 55-word auto-excerpt."""
    return excerpt(post.paragraphs)


def _listing_crumbs(lst: Listing) -> list[tuple[str, str | None]]:
    """Yoast breadcrumbs of an archive: Beranda, the archive, then "Halaman N"."""
    if lst.kind == "home":
        crumbs: list[tuple[str, str | None]] = [("Beranda", None)]
    else:
        label = lst.title.split(": ", 1)[-1] if lst.kind in ("category", "tag") else lst.title
        crumbs = [("Beranda", "/"), (label, None)]
    if lst.page > 1:
        label, _ = crumbs[-1]
        crumbs[-1] = (label, lst.base_path)
        crumbs.append((f"Halaman {lst.page}", None))
    return crumbs


def _nonce(post_id: int) -> str:
    """A WordPress-looking nonce (ten hex digits), stable per post."""
    return hashlib.sha1(f"akismet:{post_id}".encode()).hexdigest()[:10]
