# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A small Blogger blog on 127.0.0.1, in the shape of a Polres Humas blog (WITA): the
twelve releases of ``_articles``.

What it imitates, from the saved page ``tests/golden/pages/polres-blogger.html``
(Blogger's classic "Simple" layout, Indonesian UI; see ``tests/golden/pages/README.md``
for what that page was modelled on) and from what Blogger serves around it:

* Item pages ``/YYYY/MM/<slug, cut at about 40 characters>.html``: ``h2.date-header``,
  ``div.post.hentry[itemtype=BlogPosting]``, ``h3.post-title.entry-title``,
  ``div.post-body.entry-content`` (``<div>`` paragraphs, no ``<p>``), the post footer
  with ``abbr.published[title=2024-01-09T10:12:00+08:00]``, "Label:" links and share
  buttons, the ``blog-pager`` ("Posting Lebih Baru" / "Posting Lama" to the
  neighbouring posts, "Beranda"), the comment block; ``<title>`` is "Blog: Post".
* The home page and ``/search?updated-max=…&max-results=4`` ("Posting Lama", with
  ``/search?updated-min=…&reverse-paginate=true`` back): four full posts a page, grouped
  under date headers. Label pages ``/search/label/<Label>``; archives ``/YYYY/``,
  ``/YYYY/MM/`` and the daily ``/YYYY_MM_DD_archive.html`` that a BlogArchive widget in
  "flat, daily" style links (the style whose pages the search index holds for
  tribratanews.polrestala.com); one day here has two posts.
* ``/robots.txt`` as Blogger writes it (``Disallow: /search``, ``Allow: /``, a
  ``Sitemap:`` line), ``/sitemap.xml`` (a ``sitemapindex`` of ``/sitemap.xml?page=1``,
  which lists every post with its ``lastmod``), ``/feeds/posts/default`` (Atom; RSS 2.0
  with ``?alt=rss``) linked from every page's ``<head>``, and a static page
  ``/p/tentang-kami.html``. Anything else is 404.

The navbar iframe, widget scripts and CSS of the saved page are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from html import escape
from urllib.parse import parse_qs, quote, unquote, urlsplit

from scraper.samplesite.textfmt import BULAN, HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 8  # the blog's zone setting: WITA
TIMEZONE = "Asia/Makassar"
PER_PAGE = 4
BLOG_ID = "4419852031176623908"
BLOG_TITLE = "Humas Polres Tanah Laut"
AUTHOR = "Humas Polres Tanah Laut"


def _blogger_slug(slug: str, limit: int = 40) -> str:
    words, out = slug.split("-"), ""
    for word in words:
        if len(out) + len(word) + (1 if out else 0) > limit:
            break
        out = f"{out}-{word}" if out else word
    return out


@dataclass(frozen=True)
class Post:
    release: Release
    post_id: str

    @property
    def path(self) -> str:
        d = self.release.local
        return f"/{d:%Y}/{d:%m}/{_blogger_slug(self.release.slug)}.html"

    @property
    def iso(self) -> str:
        return self.release.aware(OFFSET).isoformat()

    @property
    def day(self) -> str:
        d = self.release.local
        return f"{HARI[d.weekday()]}, {d.day:02d} {BULAN[d.month - 1]} {d.year}"


# The fifth release moves to 19 January 2024, the day of the fourth: that day's archive
# page lists two posts.
_MOVED = {RELEASES[4].slug: datetime(2024, 1, 19, 15, 10)}
POSTS: tuple[Post, ...] = tuple(
    Post(replace(r, local=_MOVED.get(r.slug, r.local)), str(2913764401182635512 + 7919003 * i))
    for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
assert len({p.path for p in POSTS}) == len(POSTS)


def expected(base_url: str) -> dict[str, tuple[str, str]]:
    """What the archive must hold: URL -> (title, published_at in WITA)."""
    base = base_url.rstrip("/")
    return {base + p.path: (p.release.title, p.iso) for p in POSTS}


def _post_html(base: str, post: Post, item: bool, index: int) -> str:
    r = post.release
    url = base + post.path.lstrip("/")
    body = '<div style="text-align: justify;"><br /></div>'.join(
        f'<div style="text-align: justify;">{escape(p)}</div>' for p in r.paragraphs
    )
    labels = ",\n".join(
        f"<a href='{base}search/label/{quote(t)}' rel='tag'>{escape(t)}</a>" for t in r.tags
    )
    title = escape(r.title) if item else f"<a href='{url}'>{escape(r.title)}</a>"
    comments = (
        """<div class='comments' id='comments'>
<a name='comments'></a>
<h4>Tidak ada komentar:</h4>
<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div>
<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/"""
        + BLOG_ID
        + "/"
        + post.post_id
        + """' onclick=''>Posting Komentar</a></p>
</div>"""
        if item
        else f"""<div class='post-footer-line post-footer-line-1'><span class='post-comment-link'>
<a class='comment-link' href='{url}#comment-form' onclick=''>Tidak ada komentar:</a></span></div>"""
    )
    return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{post.post_id}' itemprop='postId'/>
<a name='{post.post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{title}
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{post.post_id}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Diposting oleh <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{AUTHOR}</span></span></span>
<span class='post-timestamp'>di <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{post.iso}'>{r.local:%H.%M}</abbr></a></span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={post.post_id}&amp;target=email' target='_blank' title='Kirimkan Ini lewat Email'><span class='share-button-link-text'>Kirimkan Ini lewat Email</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={post.post_id}&amp;target=facebook' target='_blank' title='Berbagi ke Facebook'><span class='share-button-link-text'>Berbagi ke Facebook</span></a>
</div>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>
Label:
{labels}
</span></div>
</div>
</div>
{comments}
</div>"""


def _posts_block(base: str, posts: list[Post], item: bool) -> str:
    out, current = [], None
    for i, post in enumerate(posts):
        if post.day != current:
            if current is not None:
                out.append("</div></div>")
            current = post.day
            out.append(
                f"<div class=\"date-outer\">\n<h2 class='date-header'><span>{post.day}</span></h2>\n"
                '<div class="date-posts">'
            )
        out.append(_post_html(base, post, item, i))
    if current is not None:
        out.append("</div></div>")
    return "\n".join(out)


def _sidebar(base: str) -> str:
    label_counts: dict[str, int] = defaultdict(int)
    for p in POSTS:
        for t in p.release.tags:
            label_counts[t] += 1
    labels = "\n".join(
        f"<li><a dir='ltr' href='{base}search/label/{quote(t)}'>{escape(t)}</a><span dir='ltr'>({n})</span></li>"
        for t, n in sorted(label_counts.items())
    )
    days: dict[str, int] = defaultdict(int)
    for p in NEWEST_FIRST:
        days[f"{p.release.local:%Y_%m_%d}"] += 1
    archive = "\n".join(
        f"<li><a class='post-count-link' href='{base}{d}_archive.html'>{d[8:]}/{d[5:7]}</a>"
        f"<span class='post-count' dir='ltr'>({n})</span></li>"
        for d, n in days.items()
    )
    popular = "\n".join(
        f"<li><div class='item-title'><a href='{base}{p.path.lstrip('/')}'>{escape(p.release.title)}</a></div></li>"
        for p in POSTS[2:5]
    )
    return f"""<div class='sidebar section' id='sidebar-right-1'>
<div class='widget BlogSearch' data-version='1' id='BlogSearch1'><h2 class='title'>Cari Blog Ini</h2>
<div class='widget-content'><form action='{base}search' class='gsc-search-box' target='_top'><input autocomplete='off' class='gsc-input' name='q' size='10' title='search' type='text' value=''/><input class='gsc-search-button' title='search' type='submit' value='Telusuri'/></form></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Postingan Populer</h2><div class='widget-content popular-posts'><ul>
{popular}
</ul></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Label</h2><div class='widget-content list-label-widget-content'><ul>
{labels}
</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='flat'>
{archive}
</ul></div></div></div></div>
<div class='widget Text' data-version='1' id='Text1'><h2 class='title'>Alamat</h2><div class='widget-content'><b>Polres Tanah Laut</b><br />Jl. A. Syairani No. 1, Pelaihari</div></div>
</div>"""


def _page(base: str, url: str, title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='id' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<link href='https://www.blogger.com/static/v1/widgets/3566091532-css_bundle_v2.css' rel='stylesheet' type='text/css'/>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{base}favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{BLOG_TITLE} - Atom" href="{base}feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{BLOG_TITLE} - RSS" href="{base}feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{BLOG_TITLE} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
{head}
<meta content='{url}' property='og:url'/>
<title>{escape(title)}</title>
</head>
<body class='loading variant-simplysimple'>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='region-inner header-inner'>
<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{base}'>{BLOG_TITLE}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Media informasi resmi Seksi Humas Polres Tanah Laut</span></p></div></div>
</div></div></div></div></header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Seluruh Kolom'><div class='widget PageList' data-version='1' id='PageList1'>
<h2>Halaman</h2><div class='widget-content'><ul><li><a href='{base}'>Beranda</a></li><li><a href='{base}p/tentang-kami.html'>Tentang Kami</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='region-inner main-inner'><div class='columns fauxcolumns'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Utama'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
{_sidebar(base)}
</aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='region-inner footer-inner'>
<div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>
</div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1581542668-widgets.js"></script>
</body>
</html>"""


def _item(base: str, post: Post) -> str:
    r = post.release
    url = base + post.path.lstrip("/")
    i = NEWEST_FIRST.index(post)
    newer = NEWEST_FIRST[i - 1] if i > 0 else None
    older = NEWEST_FIRST[i + 1] if i + 1 < len(NEWEST_FIRST) else None
    pager = "<div class='blog-pager' id='blog-pager'>\n"
    if newer:
        pager += (
            f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{base}{newer.path.lstrip('/')}' "
            "id='Blog1_blog-pager-newer-link' title='Posting Lebih Baru'>Posting Lebih Baru</a></span>\n"
        )
    if older:
        pager += (
            f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{base}{older.path.lstrip('/')}' "
            "id='Blog1_blog-pager-older-link' title='Posting Lama'>Posting Lama</a></span>\n"
        )
    pager += f"<a class='home-link' href='{base}'>Beranda</a>\n</div>"
    main = f"""<div class='blog-posts hfeed'>
{_posts_block(base, [post], True)}
</div>
{pager}
<div class='post-feeds'><div class='feed-links'>Langganan:
<a class='feed-link' href='{base}feeds/{post.post_id}/comments/default' target='_blank' type='application/atom+xml'>Posting Komentar (Atom)</a></div></div>"""
    head = (
        f'<link rel="alternate" type="application/atom+xml" title="{BLOG_TITLE} - Atom" '
        f'href="{base}feeds/{post.post_id}/comments/default" />\n'
        f"<meta content='{escape(r.title)}' property='og:title'/>\n"
        f"<meta content='{escape(r.paragraphs[0][:150])}' property='og:description'/>"
    )
    return _page(base, url, f"{BLOG_TITLE}: {r.title}", main, head)


def _listing(
    base: str, url: str, posts: list[Post], title: str, older: str | None, newer: str | None
) -> str:
    pager = "<div class='blog-pager' id='blog-pager'>\n"
    if newer:
        pager += (
            f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{newer}' "
            "id='Blog1_blog-pager-newer-link' title='Posting Lebih Baru'>Posting Lebih Baru</a></span>\n"
        )
    if older:
        pager += (
            f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{older}' "
            "id='Blog1_blog-pager-older-link' title='Posting Lama'>Posting Lama</a></span>\n"
        )
    pager += f"<a class='home-link' href='{base}'>Beranda</a>\n</div>"
    main = f"""<div class='blog-posts hfeed'>
{_posts_block(base, posts, False)}
</div>
{pager}
<div class='post-feeds'><div class='feed-links'>Langganan:
<a class='feed-link' href='{base}feeds/posts/default' target='_blank' type='application/atom+xml'>Postingan (Atom)</a></div></div>"""
    head = f"<meta content='{BLOG_TITLE}' property='og:title'/>"
    return _page(base, url, title, main, head)


def _search_link(base: str, key: str, post: Post, reverse: bool = False) -> str:
    extra = "&reverse-paginate=true" if reverse else ""
    return f"{base}search?{key}={quote(post.iso, safe='')}&max-results={PER_PAGE}{extra}"


def _paged(base: str, url: str, posts: list[Post], title: str) -> str:
    """A page of at most PER_PAGE posts, "Posting Lama" to the rest."""
    shown = posts[:PER_PAGE]
    older = _search_link(base, "updated-max", shown[-1]) if len(posts) > PER_PAGE else None
    i = NEWEST_FIRST.index(shown[0])
    newer = _search_link(base, "updated-min", shown[0], True) if i > 0 else None
    return _listing(base, url, shown, title, older, newer)


def _atom(base: str) -> str:
    entries = "".join(
        f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{p.post_id}</id>"
        f"<published>{p.release.aware(OFFSET).isoformat(timespec='milliseconds')}</published>"
        f"<updated>{p.release.aware(OFFSET).isoformat(timespec='milliseconds')}</updated>"
        + "".join(
            f'<category scheme="http://www.blogger.com/atom/ns#" term="{escape(t)}"/>'
            for t in p.release.tags
        )
        + f"<title type='text'>{escape(p.release.title)}</title>"
        f"<content type='html'>{escape(''.join(f'<div>{escape(x)}</div>' for x in p.release.paragraphs))}</content>"
        f"<link rel='replies' type='application/atom+xml' href='{base}feeds/{p.post_id}/comments/default' title='Posting Komentar'/>"
        f"<link rel='replies' type='text/html' href='{base}{p.path.lstrip('/')}#comment-form' title='0 Komentar'/>"
        f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{p.post_id}'/>"
        f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{p.post_id}'/>"
        f"<link rel='alternate' type='text/html' href='{base}{p.path.lstrip('/')}' title='{escape(p.release.title)}'/>"
        f"<author><name>{AUTHOR}</name><email>noreply@blogger.com</email></author><thr:total>0</thr:total></entry>"
        for p in NEWEST_FIRST[:25]
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"https://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
        "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
        "xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:gd=\"http://schemas.google.com/g/2005\" "
        "xmlns:thr='http://purl.org/syndication/thread/1.0'>"
        f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id>"
        f"<updated>{NEWEST_FIRST[0].release.aware(OFFSET).isoformat(timespec='milliseconds')}</updated>"
        f"<title type='text'>{BLOG_TITLE}</title>"
        f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}feeds/posts/default'/>"
        f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/>"
        f"<link rel='alternate' type='text/html' href='{base}'/>"
        "<link rel='hub' href='http://pubsubhubbub.appspot.com/'/>"
        f"<author><name>{AUTHOR}</name><email>noreply@blogger.com</email></author>"
        "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
        f"<openSearch:totalResults>{len(POSTS)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
        "<openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
        f"{entries}</feed>"
    )


def _rss(base: str) -> str:
    items = "".join(
        f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{p.post_id}</guid>"
        f"<pubDate>{p.release.utc(OFFSET):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
        f"<title>{escape(p.release.title)}</title><description>{escape(p.release.paragraphs[0])}</description>"
        f"<link>{base}{p.path.lstrip('/')}</link><author>noreply@blogger.com ({AUTHOR})</author></item>"
        for p in NEWEST_FIRST[:25]
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' version='2.0'>"
        f"<channel><title>{BLOG_TITLE}</title><link>{base}</link><description></description>{items}</channel></rss>"
    )


def make_site(base: str):
    by_path = {p.path: p for p in POSTS}

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path, query = unquote(parts.path), parse_qs(parts.query)
        if path == "/":
            return 200, HTML, _paged(base, base, list(NEWEST_FIRST), BLOG_TITLE)
        if path == "/robots.txt":
            return (
                200,
                TEXT,
                (
                    "User-agent: Mediapartners-Google\nDisallow: \n\n"
                    f"User-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {base}sitemap.xml\n"
                ),
            )
        if path == "/sitemap.xml":
            if query.get("page") == ["1"]:
                urls = "".join(
                    f"<url><loc>{base}{p.path.lstrip('/')}</loc>"
                    f"<lastmod>{p.release.utc(OFFSET):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
                    for p in NEWEST_FIRST
                )
                return (
                    200,
                    XML,
                    (
                        "<?xml version='1.0' encoding='UTF-8'?>"
                        f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"
                    ),
                )
            if query:
                return NOT_FOUND
            return (
                200,
                XML,
                (
                    "<?xml version='1.0' encoding='UTF-8'?>"
                    "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                    f"<sitemap><loc>{base}sitemap.xml?page=1</loc></sitemap></sitemapindex>"
                ),
            )
        if path == "/feeds/posts/default":
            if query.get("alt") == ["rss"]:
                return 200, "application/rss+xml; charset=UTF-8", _rss(base)
            return 200, "application/atom+xml; charset=UTF-8", _atom(base)
        if path in by_path:
            return 200, HTML, _item(base, by_path[path])
        if path == "/p/tentang-kami.html":
            main = "<div class='blog-posts hfeed'><div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>Tentang Kami</h3><div class='post-body entry-content'>Seksi Humas Polres Tanah Laut.</div></div></div></div>"
            return (
                200,
                HTML,
                _page(base, base + "p/tentang-kami.html", f"{BLOG_TITLE}: Tentang Kami", main),
            )
        if path == "/search":
            if "updated-max" in query:
                limit = datetime.fromisoformat(query["updated-max"][0])
                posts = [p for p in NEWEST_FIRST if p.release.aware(OFFSET) < limit]
            elif "updated-min" in query:
                limit = datetime.fromisoformat(query["updated-min"][0])
                newer = [p for p in NEWEST_FIRST if p.release.aware(OFFSET) > limit]
                posts = newer[-PER_PAGE:] + [
                    p for p in NEWEST_FIRST if p.release.aware(OFFSET) <= limit
                ]
            else:
                return NOT_FOUND
            return (
                (200, HTML, _paged(base, base + target.lstrip("/"), posts, BLOG_TITLE))
                if posts
                else NOT_FOUND
            )
        if path.startswith("/search/label/"):
            label = path[len("/search/label/") :]
            posts = [p for p in NEWEST_FIRST if label in p.release.tags]
            title = f"{BLOG_TITLE}: {label}"
            return (
                (200, HTML, _paged(base, base + target.lstrip("/"), posts, title))
                if posts
                else NOT_FOUND
            )
        if path.endswith("_archive.html"):
            day = path.strip("/")[: -len("_archive.html")]
            posts = [p for p in NEWEST_FIRST if f"{p.release.local:%Y_%m_%d}" == day]
            url = base + path.lstrip("/")
            return (
                (200, HTML, _listing(base, url, posts, f"{BLOG_TITLE}: {day}", None, None))
                if posts
                else NOT_FOUND
            )
        bits = path.strip("/").split("/")
        if 1 <= len(bits) <= 2 and all(b.isdigit() for b in bits):
            prefix = "/" + "/".join(bits) + "/"
            posts = [p for p in NEWEST_FIRST if p.path.startswith(prefix)]
            return (
                (200, HTML, _paged(base, base + prefix.lstrip("/"), posts, BLOG_TITLE))
                if posts
                else NOT_FOUND
            )
        return NOT_FOUND

    return answer


def serve_blogger():
    """``with serve_blogger() as base_url:`` the blog on 127.0.0.1 until the block ends."""
    return serve(make_site)
