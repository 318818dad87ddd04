# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A Blogger blog with a modern theme on 127.0.0.1, in the shape of a Polres humas blog
in Papua (WIT, +09:00) on its own domain: the twelve releases of ``_articles``.

``blogger.py`` imitates the classic "Simple" layout; this is layout v3, in two themes:

``contempo``  Blogger's own Contempo (Soho and Notable share its widget markup):
              ``article.post-outer-container``, the template's ``postMetadataJSON``
              (a JSON-LD ``BlogPosting`` whose publisher is "Blogger"),
              ``h3.post-title.entry-title``, the ``.byline`` blocks ("Oleh"
              ``span.fn``, ``time.published[datetime]`` printing "Januari 09, 2024",
              Blogger's default Indonesian date format), ``.post-share-buttons``
              ("Dapatkan link", "Facebook", …), ``span.byline.post-labels`` ("Label:"),
              Blogger's threaded comments (each with its ``?showComment=…#c…``
              permalink and "9 Januari 2024 pukul 17.00"), and on listings the
              snippet with the "jump link" ("Baca selengkapnya").
``median``    a third-party Indonesian news template in the style of Median UI / Fletro
              (``<title>`` "Judul - Blog"): its own JSON-LD ``BlogPosting``, the
              breadcrumb (``.brdCmb``: Beranda › label), ``h1.pTtl``, the author and
              date only in ``data-text`` attributes its CSS shows
              (``bdi.nm[data-text]``, ``time.pTtmp[datetime]``) beside a
              ``span.postTimestamp`` "Januari 09, 2024", the table of contents an
              editor pastes into the post (``details.toc``, "Daftar Isi", filled by
              script), ``.pLbls`` "Topik:", share buttons, an empty "Baca Juga"
              related-posts box its script fills from the feed.

Both: an editor's inline "Baca Juga: <a>…</a>" in some posts, pasted from a phone with
``?m=1`` on the link; a photo in Blogger's ``tr-caption-container`` table; ``<a
name='more'></a>`` where the jump break was; the ``#HTML1`` widget "Berita Pilihan" with
links an admin copied from the mobile site (``?m=1``) and a share (``?spref=fb``).

What Blogger serves around the posts: every URL also answers with ``?m=1`` (the mobile
rendering: every link on it carries ``?m=1``, and a "Lihat versi web" link ``?m=0``)
and ``?m=0``, ``?spref=…`` and ``?showComment=…`` with the same ``rel=canonical`` (the
plain URL); the home page and ``/search?updated-max=…&max-results=5&start=5&by-date=
false`` ("Postingan Lama"), label pages ``/search/label/X`` paged the same way;
``/robots.txt`` (Blogger's own with ``Disallow: /search``, or in ``median`` the custom
one SEO guides recommend, without it); ``/sitemap.xml`` (an index of
``/sitemap.xml?page=1``) and ``/sitemap-pages.xml`` (the static pages);
``/feeds/posts/default`` (Atom, ``?alt=rss``) and ``/feeds/posts/summary``; static
pages ``/p/tentang-kami.html`` and ``/p/kontak.html``. Anything else is 404.

Where the markup comes from: written from memory of Blogger's layout v3 widget output
(``Blog1`` with ``postMetadataJSON``, ``byline`` includes, ``sharingButtons``,
``threadedComments``) and of Median UI's markup as its users' blogs show it; no saved
page of a real site was available, so class names, the order of blocks and
whitespace may differ from a given blog, and the scripts, CSS, navbar and the
Blogger-hosted images are left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from urllib.parse import parse_qs, parse_qsl, quote, unquote, urlencode, urlsplit

from scraper.samplesite.textfmt import BULAN
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 9  # the blog's zone setting: WIT
TIMEZONE = "Asia/Jayapura"
PER_PAGE = 5
BLOG_ID = "7261938450127736102"
BLOG_TITLE = "Humas Polres Mimika"
AUTHORS = ("Humas Polres Mimika", "Bripda Yohana Kogoya")
PROFILE = "https://www.blogger.com/profile/0918273645512"
THEMES = ("contempo", "median")
# Text around the articles that must never reach one (chrome, captions, comments).
CHROME = (
    "Baca Juga",
    "Baca selengkapnya",
    "Daftar Isi",
    "Dapatkan link",
    "Bagikan",
    "Label",
    "Topik",
    "Beranda",
    "Oleh",
    "Komentar",
    "Mantap pak polisi",
    "Balas",
    "Foto:",
    "Berita Pilihan",
    "Postingan Populer",
)
STATIC_PAGES = {
    "/p/tentang-kami.html": (
        "Tentang Kami",
        "Blog ini dikelola Seksi Humas Polres Mimika sebagai sarana informasi kegiatan "
        "kepolisian di wilayah hukum Polres Mimika, Provinsi Papua Tengah. Seluruh "
        "berita yang dimuat merupakan rilis resmi yang telah diverifikasi oleh Kasi "
        "Humas. Masyarakat dapat menyampaikan informasi, saran dan pengaduan melalui "
        "layanan Polri 110 atau datang langsung ke Mapolres Mimika di Jalan Agimuga, "
        "Timika. Kami berkomitmen menyajikan informasi yang cepat, akurat dan dapat "
        "dipertanggungjawabkan kepada seluruh lapisan masyarakat.",
    ),
    "/p/kontak.html": (
        "Kontak",
        "Seksi Humas Polres Mimika, Jalan Agimuga Mile 32, Timika, Kabupaten Mimika, "
        "Papua Tengah. Telepon (0901) 321110. Layanan pengaduan masyarakat 24 jam "
        "melalui nomor darurat 110 dan pesan singkat ke nomor Humas yang tercantum di "
        "halaman ini. Pengaduan akan ditindaklanjuti oleh fungsi terkait.",
    ),
}


def _blogger_slug(slug: str, limit: int = 40) -> str:
    words, out = slug.split("-"), ""
    for word in words:
        if len(out) + len(word) + (1 if out else 0) > limit:
            break
        out = f"{out}-{word}" if out else word
    return out


def _tanggal(d: datetime) -> str:
    """Blogger's default Indonesian date format: "Januari 09, 2024"."""
    return f"{BULAN[d.month - 1]} {d.day:02d}, {d.year}"


@dataclass(frozen=True)
class Post:
    release: Release
    post_id: str
    author: str

    @property
    def path(self) -> str:
        d = self.release.local
        return f"/{d:%Y}/{d:%m}/{_blogger_slug(self.release.slug)}.html"

    @property
    def iso(self) -> str:
        return self.release.aware(OFFSET).isoformat()

    @property
    def comment_ids(self) -> tuple[str, ...]:
        """Two comments on every third post, the second a reply."""
        if self.post_id not in COMMENTED:
            return ()
        return (f"{self.post_id[:6]}1", f"{self.post_id[:6]}2")


POSTS: tuple[Post, ...] = tuple(
    Post(r, str(5102937465120093311 + 8191003 * i), AUTHORS[1 if i % 4 == 1 else 0])
    for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
# Posts whose editor typed "Baca Juga:" with a link copied from the mobile site.
READ_ALSO = {POSTS[i].post_id: POSTS[i - 1] for i in (1, 4, 7, 10)}
# Posts with two comments.
COMMENTED = frozenset(p.post_id for p in POSTS[2::3])
# Posts with a captioned photo.
PHOTO = frozenset(p.post_id for p in POSTS[::3])
LABELS = sorted({t for p in POSTS for t in p.release.tags})
assert len({p.path for p in POSTS}) == len(POSTS)


def expected(base_url: str) -> dict[str, tuple[str, str, list[str]]]:
    """What the archive must hold: URL -> (title, published_at in WIT, authors)."""
    base = base_url.rstrip("/")
    return {base + p.path: (p.release.title, p.iso, [p.author]) for p in POSTS}


class Renderer:
    """One rendering of the blog: its theme, and whether it is the mobile one (``?m=1``),
    whose every link to the blog carries ``?m=1`` as Blogger writes it."""

    def __init__(self, base: str, theme: str, mobile: bool) -> None:
        self.base, self.theme, self.mobile = base, theme, mobile

    def link(self, path_and_query: str) -> str:
        url = self.base + path_and_query.lstrip("/")
        if not self.mobile:
            return url
        return url + ("&" if "?" in url else "?") + "m=1"

    def url(self, post: Post) -> str:
        return self.base + post.path.lstrip("/")

    # -- one post ---------------------------------------------------------------------

    def body(self, post: Post) -> str:
        r = post.release
        paras = [f'<p style="text-align: justify;">{escape(p)}</p>' for p in r.paragraphs]
        if post.post_id in PHOTO:
            paras.insert(
                0,
                '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post.post_id}/s1600/foto.jpg" style="margin-left: auto; margin-right: auto;">'
                f'<img border="0" data-original-height="720" data-original-width="1280" height="360" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post.post_id}/w640-h360/foto.jpg" width="640" /></a></td></tr>'
                '<tr><td class="tr-caption" style="text-align: center;">Foto: Dok. Humas Polres Mimika</td></tr></tbody></table>',
            )
        if post.post_id in READ_ALSO:
            other = READ_ALSO[post.post_id]
            paras.insert(
                3,
                f'<p><b>Baca Juga:</b>&nbsp;<a href="{self.base}{other.path.lstrip("/")}?m=1">{escape(other.release.title)}</a></p>',
            )
        paras.insert(1, "<a name='more'></a>")
        if self.theme == "median":
            paras.insert(
                1,
                "<details class='toc'><summary data-hide='Sembunyikan' data-show='Tampilkan'>Daftar Isi</summary>"
                "<div class='tocIn'><ol id='toc'></ol></div></details>",
            )
        return "\n".join(paras)

    def comments(self, post: Post) -> str:
        url = self.url(post)
        thread = ""
        if post.comment_ids:
            first, reply = post.comment_ids
            stamp = int(post.release.utc(OFFSET).timestamp() * 1000) + 25_200_000
            when = post.release.local.replace(hour=17, minute=0)
            shown = f"{when.day} {BULAN[when.month - 1]} {when.year} pukul 17.00"
            thread = f"""<div class="comment-thread toplevel-thread"><ol id="top-ra">
<li class="comment" id="c{first}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div>
<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/1122334455" rel="nofollow">Yakobus Beanal</a></cite><span class="icon user "></span>
<span class="datetime secondary-text"><a rel="nofollow" href="{url}?showComment={stamp}#c{first}">{shown}</a></span></div>
<p class="comment-content">Mantap pak polisi, terus jaga keamanan Timika.</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{first}">Balas</a></span></div>
<div class="comment-replies"><div id="c{first}-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">Balasan</a></span></span><ol id="c{first}-ra" class="thread-chrome thread-expanded"><div>
<li class="comment" id="c{reply}"><div class="comment-block"><div class="comment-header"><cite class="user blog-author"><a href="{PROFILE}" rel="nofollow">{escape(post.author)}</a></cite>
<span class="datetime secondary-text"><a rel="nofollow" href="{url}?showComment={stamp + 600_000}#c{reply}">{shown}</a></span></div>
<p class="comment-content">Terima kasih atas dukungannya.</p></div></li></div></ol></div></div></li></ol></div>"""
        return f"""<section class='comments threaded' data-embed='true' data-num-comments='{len(post.comment_ids)}' id='comments'>
<a name='comments'></a>
<h3 class='title'>Komentar</h3>
<div class='comments-content'>
<div id='comment-holder'>{thread}</div>
</div>
<p class='comment-footer'>
<div class='comment-form'><a name='comment-form'></a><p></p>
<a href='https://www.blogger.com/comment/frame/{BLOG_ID}?po={post.post_id}&amp;hl=id&amp;saa=85391&amp;origin={self.base.rstrip("/")}' id='comment-editor-src'></a>
<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</section>"""

    def share(self, post: Post) -> str:
        items = "".join(
            f"<li><span aria-label='{label}' class='sharing-platform-button sharing-element-{target or 'link'}' "
            f"data-href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={post.post_id}&amp;target={target}' "
            f"data-url='{self.url(post)}' role='menuitem' tabindex='-1' title='{label}'>"
            f"<div class='share-button-link-text'>{label}</div></span></li>"
            for target, label in [
                ("", "Dapatkan link"),
                ("facebook", "Facebook"),
                ("twitter", "X"),
                ("pinterest", "Pinterest"),
                ("email", "Email"),
            ]
        )
        return f"""<div class='post-share-buttons post-share-buttons-bottom'>
<div class='byline post-share-buttons goog-inline-block'>
<div aria-owns='sharing-popup-Blog1-byline-{post.post_id}' class='sharing' data-title='{escape(post.release.title)}'>
<button aria-controls='sharing-popup-Blog1-byline-{post.post_id}' aria-label='Bagikan' class='sharing-button touch-icon-button' id='sharing-button-Blog1-byline-{post.post_id}' role='button'>Bagikan</button>
<div class='share-buttons-container'><ul aria-hidden='true' aria-label='Bagikan' class='share-buttons hidden' id='sharing-popup-Blog1-byline-{post.post_id}' role='menu'>
{items}
<li aria-hidden='true' class='hidden'><span aria-label='Bagikan ke aplikasi lainnya' class='sharing-platform-button sharing-element-other' role='menuitem'>Aplikasi Lainnya</span></li>
</ul></div></div></div></div>"""

    def labels(self, post: Post) -> str:
        links = "\n".join(
            f"<a href='{self.link('search/label/' + quote(t))}' rel='tag'>{escape(t)}</a>"
            for t in post.release.tags
        )
        if self.theme == "median":
            return f"<div class='pLbls' data-text='Topik:'>\n{links}\n</div>"
        return f"<span class='byline post-labels'>\n<span class='byline-label'>Label:</span>\n{links}\n</span>"

    def json_ld(self, post: Post) -> str:
        r = post.release
        data: dict = {
            "@context": "http://schema.org",
            "@type": "BlogPosting",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.url(post)},
            "headline": r.title,
            "description": r.paragraphs[0][:150],
            "datePublished": post.iso,
            "dateModified": post.iso,
            "image": {
                "@type": "ImageObject",
                "url": f"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post.post_id}/w1200-h630-p-k-no-nu/foto.jpg",
                "height": 630,
                "width": 1200,
            },
            "author": {"@type": "Person", "name": post.author},
        }
        if self.theme == "contempo":
            data["publisher"] = {
                "@type": "Organization",
                "name": "Blogger",
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4JSbacqkbxTo8B90dWp0Cese92xfLMPe_tg11g/h60/",
                    "width": 206,
                    "height": 60,
                },
            }
        else:
            data["publisher"] = {"@type": "Organization", "name": BLOG_TITLE}
        return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"

    def item_main(self, post: Post) -> str:
        r = post.release
        if self.theme == "median":
            crumb = r.tags[0]
            return f"""<div class='blogPts'>
<article class='ntry ps post'>
{self.json_ld(post)}
<div class='brdCmb' itemscope='itemscope' itemtype='https://schema.org/BreadcrumbList'>
<div class='hm' itemprop='itemListElement' itemscope='itemscope' itemtype='https://schema.org/ListItem'><a href='{self.link("")}' itemprop='item'><span itemprop='name'>Beranda</span></a><meta content='1' itemprop='position'/></div>
<div class='tl' itemprop='itemListElement' itemscope='itemscope' itemtype='https://schema.org/ListItem'><a href='{self.link("search/label/" + quote(crumb))}' itemprop='item'><span itemprop='name'>{escape(crumb)}</span></a><meta content='2' itemprop='position'/></div>
</div>
<h1 class='pTtl aTtl sml itm'><span>{escape(r.title)}</span></h1>
<div class='pDesc'>{escape(r.paragraphs[0][:110])}…</div>
<div class='pInf pSml ps'>
<div class='pIm'><div class='im lazy' data-style='background-image: url(https://blogger.googleusercontent.com/img/b/avatar/s72-c/humas.png)'></div></div>
<div class='pNm'>
<bdi class='nm' data-text='{escape(post.author)}'></bdi>
<div class='pDr'><bdi class='pDt pIn'><time class='aTtmp pTtmp pbl' data-text='{r.local:%b %d, %Y}' datetime='{post.iso}' title='Terbit: {_tanggal(r.local)}'></time></bdi>
<span class='postTimestamp'>{_tanggal(r.local)}</span></div>
</div>
<div class='pCm'><a aria-label='Komentar' href='#comment' role='button'>{len(post.comment_ids)}</a></div>
</div>
<div class='pEnt' id='postID-{post.post_id}'>
<div class='pS post-body postBody' id='postBody'>
{self.body(post)}
</div>
</div>
{self.labels(post)}
<div class='pSh'><div class='pShc' data-text='Bagikan:'>
<a aria-label='Facebook' class='c fb' data-text='Share' href='https://www.facebook.com/sharer.php?u={self.url(post)}' rel='noopener' role='button' target='_blank'>Facebook</a>
<a aria-label='Whatsapp' class='c wa' data-text='Share' href='https://api.whatsapp.com/send?text={quote(r.title)}%20|%20{self.url(post)}' rel='noopener' role='button' target='_blank'>WhatsApp</a>
<a aria-label='Twitter' class='c tw' href='https://twitter.com/share?url={self.url(post)}%3Fspref%3Dtw' rel='noopener' role='button' target='_blank'>X</a>
</div></div>
<div class='rPst' id='rPst'><h3 class='title'>Baca Juga</h3><div class='rPstC' data-label='{escape(crumb)}' data-max='6'></div></div>
</article>
{self.comments(post)}
</div>"""
        author = f"""<span class='byline post-author vcard'>
<span class='byline-label'>Oleh</span>
<span class='fn'><meta content='{PROFILE}' itemprop='url'/>
<a class='g-profile' href='{PROFILE}' rel='author' title='author profile'><span itemprop='name'>{escape(post.author)}</span></a></span>
</span>"""
        return f"""<div class='blog-posts hfeed container'>
<article class='post-outer-container'>
<div class='post-outer'>
<div class='post'>
{self.json_ld(post)}
<a name='{post.post_id}'></a>
<h3 class='post-title entry-title'>
{escape(r.title)}
</h3>
<div class='post-header'>
<div class='post-header-line-1'>
{author}
<span class='byline post-timestamp'>
<meta content='{self.url(post)}'/>
<a class='timestamp-link' href='{self.link(post.path)}' rel='bookmark' title='permanent link'>
<time class='published' datetime='{post.iso}' title='{post.iso}'>{_tanggal(r.local)}</time>
</a>
</span>
</div>
</div>
<div class='post-body-container'>
<div class='post-body entry-content float-container' id='post-body-{post.post_id}'>
{self.body(post)}
</div>
</div>
<div class='post-bottom'>
<div class='post-footer float-container'>
<div class='post-footer-line post-footer-line-1'></div>
<div class='post-footer-line post-footer-line-2'>
{self.labels(post)}
</div>
<div class='post-footer-line post-footer-line-3'></div>
</div>
{self.share(post)}
</div>
</div>
</div>
{self.comments(post)}
</article>
</div>
{self.pager(self.newer_of(post), self.older_of(post))}"""

    def newer_of(self, post: Post) -> str | None:
        i = NEWEST_FIRST.index(post)
        return self.link(NEWEST_FIRST[i - 1].path) if i > 0 else None

    def older_of(self, post: Post) -> str | None:
        i = NEWEST_FIRST.index(post)
        return self.link(NEWEST_FIRST[i + 1].path) if i + 1 < len(NEWEST_FIRST) else None

    def pager(self, newer: str | None, older: str | None) -> str:
        out = "<div class='blog-pager container' id='blog-pager'>\n"
        if newer:
            out += f"<a class='blog-pager-newer-link flat-button ripple' href='{newer}' id='Blog1_blog-pager-newer-link' title='Postingan Lebih Baru'>Postingan Lebih Baru</a>\n"
        if older:
            out += f"<a class='blog-pager-older-link flat-button ripple' href='{older}' id='Blog1_blog-pager-older-link' title='Postingan Lama'>Postingan Lama</a>\n"
        out += f"<a class='home-link flat-button ripple' href='{self.link('')}' title='Beranda'>Beranda</a>\n</div>"
        return out

    # -- listings ---------------------------------------------------------------------

    def teaser(self, post: Post) -> str:
        r = post.release
        url = self.link(post.path)
        if self.theme == "median":
            return f"""<article class='ntry'>
<div class='pThmb'><a class='thmb' href='{url}'><img alt='{escape(r.title)}' class='imgThm lazy' data-src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post.post_id}/w400-h225-p-k-no-nu/foto.jpg'/></a></div>
<div class='pCntn'>
<div class='pHdr pSml'><div class='pLbls' data-text='di'><a aria-label='{escape(r.tags[0])}' data-text='{escape(r.tags[0])}' href='{self.link("search/label/" + quote(r.tags[0]))}' rel='tag'></a></div></div>
<h2 class='pTtl aTtl sml'><a data-text='{escape(r.title)}' href='{url}' rel='bookmark'>{escape(r.title)}</a></h2>
<div class='pSnpt'>{escape(r.paragraphs[0][:140])}</div>
<div class='pInf pSml'><time class='aTtmp pTtmp pbl' data-text='{r.local:%b %d, %Y}' datetime='{post.iso}' title='Terbit: {_tanggal(r.local)}'></time>
<a aria-label='Baca selengkapnya' class='pJmp' data-text='Baca selengkapnya' href='{url}'></a></div>
</div>
</article>"""
        return f"""<article class='post-outer-container'>
<div class='post-outer'>
<div class='post'>
<a name='{post.post_id}'></a>
<h3 class='post-title entry-title'><a href='{url}'>{escape(r.title)}</a></h3>
<div class='post-header'><div class='post-header-line-1'>
<span class='byline post-timestamp'><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><time class='published' datetime='{post.iso}' title='{post.iso}'>{_tanggal(r.local)}</time></a></span>
</div></div>
<div class='container post-body entry-content' id='post-snippet-{post.post_id}'>
<div class='post-snippet snippet-container r-snippet-container'>
<div class='snippet-item r-snippetized'>{escape(r.paragraphs[0])}</div>
<a class='snippet-fade r-snippet-fade hidden' href='{url}'></a>
</div>
</div>
<div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-0'>
<span class='byline post-comment-link container'><a class='comment-link flat-button ripple' href='{url}#comments' onclick=''>{len(post.comment_ids)} komentar</a></span>
</div></div>
<div class='jump-link flat-button'><a href='{url}#more' title='{escape(r.title)}'>Baca selengkapnya »</a></div>
</div>
</div>
</div>
</article>"""

    def listing_main(self, posts: list[Post], older: str | None, newer: str | None) -> str:
        teasers = "\n".join(self.teaser(p) for p in posts)
        klass = "blogPts" if self.theme == "median" else "blog-posts hfeed container"
        return f"<div class='{klass}'>\n{teasers}\n</div>\n{self.pager(newer, older)}"

    # -- the page around ---------------------------------------------------------------

    def sidebar(self) -> str:
        popular = "\n".join(
            f"<div class='post'><div class='post-content'><a class='post-content-link' href='{self.link(p.path)}'>"
            f"<h3 class='post-title'>{escape(p.release.title)}</h3></a></div></div>"
            for p in POSTS[2:5]
        )
        labels = "\n".join(
            f"<li><a class='label-name' href='{self.link('search/label/' + quote(t))}'>{escape(t)}</a></li>"
            for t in LABELS
        )
        picked = POSTS[6]
        chosen = "\n".join(
            [
                f"<li><a href='{self.base}{picked.path.lstrip('/')}?m=1'>{escape(picked.release.title)}</a></li>",
                f"<li><a href='{self.base}{POSTS[8].path.lstrip('/')}?spref=fb'>{escape(POSTS[8].release.title)}</a></li>",
                f"<li><a href='{self.base}?m=1'>Beranda versi seluler</a></li>",
            ]
        )
        return f"""<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top'>
<div class='widget BlogSearch' data-version='2' id='BlogSearch1'><h3 class='title'>Cari Blog Ini</h3>
<div class='widget-content' role='search'><form action='{self.base}search' target='_top'><input aria-label='Telusuri blog ini' autocomplete='off' name='q' placeholder='Telusuri blog ini' value=''/><input type='submit' value='Telusuri'/></form></div></div>
<div class='widget PopularPosts' data-version='2' id='PopularPosts1'><h3 class='title'>Postingan Populer</h3><div class='widget-content'>
{popular}
</div></div>
<div class='widget HTML' data-version='2' id='HTML1'><h3 class='title'>Berita Pilihan</h3><div class='widget-content'><ul>
{chosen}
</ul></div></div>
<div class='widget Label' data-version='2' id='Label1'><h3 class='title'>Label</h3><div class='widget-content list-label-widget-content'><ul>
{labels}
</ul></div></div>
</div></div>
</aside>"""

    def page(self, url: str, title: str, main: str, head: str = "") -> str:
        mobile_switch = (
            f"<div class='mobile-desktop-link'><a class='home-link' href='{url}{'&' if '?' in url else '?'}m=0'>Lihat versi web</a></div>"
            if self.mobile
            else ""
        )
        static = "".join(
            f"<li><a href='{self.link(path)}'>{escape(t)}</a></li>"
            for path, (t, _) in STATIC_PAGES.items()
        )
        return f"""<!DOCTYPE html>
<html dir='ltr' lang='id'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>{escape(title)}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{self.base}favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{BLOG_TITLE} - Atom" href="{self.base}feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{BLOG_TITLE} - RSS" href="{self.base}feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{BLOG_TITLE} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
{head}
<meta content='{url}' property='og:url'/>
<meta content='{BLOG_TITLE}' property='og:site_name'/>
<link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID={BLOG_ID}' media='none' onload='if(media!=&#39;all&#39;)media=&#39;all&#39;' rel='stylesheet'/>
</head>
<body class='{"item-view" if "post-body-" in main or "postBody" in main else "feed-view"} version-1-3-3 variant-indie_light'>
<div class='page'>
<header class='centered-top-container' role='banner'><div class='centered-top'>
<div class='search'><a class='search-link' href='{self.base}search'>Telusuri</a></div>
<div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='{self.link("")}'>{BLOG_TITLE}</a></h1></div>
<p>Media informasi resmi Seksi Humas Polres Mimika</p></div></div>
<nav role='navigation'><div class='widget PageList' data-version='2' id='PageList2'><div class='widget-content'><div class='overflowable-container'><ul>
<li><a href='{self.link("")}'>Beranda</a></li>{static}</ul></div></div></div></nav>
</div></header>
<div class='page_body'><div class='centered'>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Isi Halaman'><div class='widget Blog' data-version='2' id='Blog1'>
{main}
</div></div>
</main>
</div></div>
{self.sidebar()}
<footer><div class='centered'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'>
<div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Diberdayakan oleh Blogger</a></div>
<div class='image-attribution'>Gambar tema oleh <a href='http://www.offset.com/photos/394244'>Michael Elkan</a></div></div></div>
{mobile_switch}
</div></footer>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
</body>
</html>"""

    def item(self, post: Post) -> str:
        r = post.release
        head = (
            f"<meta content='{escape(r.title)}' property='og:title'/>\n"
            f"<meta content='{escape(r.paragraphs[0][:150])}' property='og:description'/>\n"
            f"<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post.post_id}/w1200-h630-p-k-no-nu/foto.jpg' property='og:image'/>"
        )
        title = f"{r.title} - {BLOG_TITLE}" if self.theme == "median" else r.title
        return self.page(self.url(post), title, self.item_main(post), head)

    def static(self, path: str) -> str:
        title, text = STATIC_PAGES[path]
        main = f"""<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='post-outer'><div class='post'>
<h3 class='post-title entry-title'>{title}</h3>
<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-{int.from_bytes(path.encode()[-8:], "big")}'>
<p>{escape(text)}</p>
</div></div></div></div></article></div>"""
        page_title = f"{title} - {BLOG_TITLE}" if self.theme == "median" else title
        return self.page(self.base + path.lstrip("/"), page_title, main)

    def listing(self, url: str, title: str, posts: list[Post], paging: str, done: int = 0) -> str:
        """Page of at most PER_PAGE of ``posts`` (newest first) with "Postingan Lama" to
        the rest, through ``/search?updated-max=…&max-results=5&start=N&by-date=false``
        under ``paging`` (``search`` or ``search/label/X``)."""
        shown, older = posts[:PER_PAGE], None
        if len(posts) > PER_PAGE:
            start = done + PER_PAGE
            stamp = quote(shown[-1].iso, safe="")
            older = self.link(
                f"{paging}?updated-max={stamp}&max-results={PER_PAGE}&start={start}&by-date=false"
            )
        head = f"<meta content='{escape(title)}' property='og:title'/>"
        return self.page(url, title, self.listing_main(shown, older, None), head)


def _atom(base: str, summary: bool) -> str:
    def content(p: Post) -> str:
        if summary:
            return f"<summary type='text'>{escape(p.release.paragraphs[0][:400])}</summary>"
        inner = "".join(f"<p>{escape(x)}</p>" for x in p.release.paragraphs)
        return f"<content type='html'>{escape(inner)}</content>"

    entries = "".join(
        f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{p.post_id}</id>"
        f"<published>{p.release.aware(OFFSET).isoformat(timespec='milliseconds')}</published>"
        f"<updated>{p.release.aware(OFFSET).isoformat(timespec='milliseconds')}</updated>"
        + "".join(
            f'<category scheme="http://www.blogger.com/atom/ns#" term="{escape(t)}"/>'
            for t in p.release.tags
        )
        + f"<title type='text'>{escape(p.release.title)}</title>{content(p)}"
        f"<link rel='replies' type='text/html' href='{base}{p.path.lstrip('/')}#comment-form' title='{len(p.comment_ids)} Komentar'/>"
        f"<link rel='alternate' type='text/html' href='{base}{p.path.lstrip('/')}' title='{escape(p.release.title)}'/>"
        f"<author><name>{escape(p.author)}</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email></author>"
        f"<thr:total>{len(p.comment_ids)}</thr:total></entry>"
        for p in NEWEST_FIRST
    )
    kind = "summary" if summary else "default"
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
        "xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
        f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id>"
        f"<updated>{NEWEST_FIRST[0].release.aware(OFFSET).isoformat(timespec='milliseconds')}</updated>"
        f"<title type='text'>{BLOG_TITLE}</title>"
        f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}feeds/posts/{kind}'/>"
        f"<link rel='alternate' type='text/html' href='{base}'/>"
        "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
        f"<openSearch:totalResults>{len(POSTS)}</openSearch:totalResults>"
        f"{entries}</feed>"
    )


def _rss(base: str) -> str:
    items = "".join(
        f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{p.post_id}</guid>"
        f"<pubDate>{p.release.utc(OFFSET):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
        f"<title>{escape(p.release.title)}</title><description>{escape(p.release.paragraphs[0])}</description>"
        f"<link>{base}{p.path.lstrip('/')}</link><author>noreply@blogger.com ({escape(p.author)})</author></item>"
        for p in NEWEST_FIRST
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' version='2.0'>"
        f"<channel><title>{BLOG_TITLE}</title><link>{base}</link><description></description>{items}</channel></rss>"
    )


def _robots(base: str, theme: str) -> str:
    if theme == "median":  # the custom robots.txt of Indonesian SEO guides
        return f"User-agent: Mediapartners-Google\nDisallow:\n\nUser-agent: *\nDisallow: /search?q=\nAllow: /\n\nSitemap: {base}sitemap.xml\n"
    return f"User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {base}sitemap.xml\n"


def _urlset(urls: list[tuple[str, str]]) -> str:
    body = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in urls)
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{body}</urlset>"
    )


def make_site(base: str, theme: str = "contempo") -> Callable[[str], Answer]:
    """The blog answering a request target ("/path?query")."""
    by_path = {p.path: p for p in POSTS}

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path, query = unquote(parts.path), parse_qs(parts.query, keep_blank_values=True)
        mobile = query.pop("m", ["0"]) == ["1"]
        query.pop("spref", None)
        r = Renderer(base, theme, mobile)
        if path in by_path:
            query.pop("showComment", None)
            return (200, HTML, r.item(by_path[path])) if not query else NOT_FOUND
        if path in STATIC_PAGES:
            return 200, HTML, r.static(path)
        if path == "/":
            return 200, HTML, r.listing(base, BLOG_TITLE, list(NEWEST_FIRST), "search")
        if path == "/robots.txt":
            return 200, TEXT, _robots(base, theme)
        if path == "/sitemap.xml":
            if query.get("page") == ["1"]:
                return (
                    200,
                    XML,
                    _urlset(
                        [
                            (
                                base + p.path.lstrip("/"),
                                f"{p.release.utc(OFFSET):%Y-%m-%dT%H:%M:%SZ}",
                            )
                            for p in NEWEST_FIRST
                        ]
                    ),
                )
            if query:
                return NOT_FOUND
            return (
                200,
                XML,
                "<?xml version='1.0' encoding='UTF-8'?>"
                "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<sitemap><loc>{base}sitemap.xml?page=1</loc></sitemap></sitemapindex>",
            )
        if path == "/sitemap-pages.xml":
            return (
                200,
                XML,
                _urlset([(base + p.lstrip("/"), "2023-06-01T02:00:00Z") for p in STATIC_PAGES]),
            )
        if path in ("/feeds/posts/default", "/feeds/posts/summary"):
            if query.get("alt") == ["rss"]:
                return 200, "application/rss+xml; charset=UTF-8", _rss(base)
            return 200, "application/atom+xml; charset=UTF-8", _atom(base, path.endswith("summary"))
        if path == "/search" or path.startswith("/search/label/"):
            label = path[len("/search/label/") :] if path != "/search" else None
            if "q" in query:
                return NOT_FOUND  # the search form: nothing imitated
            posts = [p for p in NEWEST_FIRST if label is None or label in p.release.tags]
            if "updated-max" in query:
                limit = datetime.fromisoformat(query["updated-max"][0])
                posts = [p for p in posts if p.release.aware(OFFSET) < limit]
            if label is None and "updated-max" not in query:
                return NOT_FOUND
            paging = path.lstrip("/")
            title = f"{BLOG_TITLE}: {label}" if label else BLOG_TITLE
            # The canonical names the page without ``m``, as Blogger writes it.
            kept = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("m", "spref")]
            url = base + path.lstrip("/") + (f"?{urlencode(kept)}" if kept else "")
            done = int(query.get("start", ["0"])[0])
            return (200, HTML, r.listing(url, title, posts, paging, done)) if posts else NOT_FOUND
        return NOT_FOUND

    return answer


def serve_blogger_v3(theme: str = "contempo"):
    """``with serve_blogger_v3(theme) as base_url:`` the blog on 127.0.0.1 until the
    block ends; ``theme`` is ``contempo`` or ``median``."""
    return serve(lambda base: make_site(base, theme))
