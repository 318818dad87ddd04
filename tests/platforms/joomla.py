# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A Joomla 3 site (Protostar template, Indonesian language pack) on 127.0.0.1, in the
shape of a Polres humas portal in Kalimantan Selatan (WITA): the twelve releases of
``_articles``.

Where the markup comes from: written from memory of Joomla 3.x core output (the
``com_content`` article, category-blog and featured layouts, ``layouts/joomla/content/
info_block``, ``icons``, ``pagination`` and the ``mod_articles_latest`` and
``mod_custom`` modules, the RSS feed renderer, the default ``robots.txt``) and of the
id-ID language strings ("Ditulis oleh", "Diterbitkan", "Diperbarui", "Dilihat",
"Baca selengkapnya", "Mulai", "Akhir"); no saved page of a real site was available, so
details may differ from a given site. What it serves:

* ``<meta name="generator" content="Joomla! - Open Source Content Management">``,
  ``<base href>`` (Joomla 3 writes one on every page), ``<meta name="author">`` and
  ``description`` on articles; no Open Graph, no JSON-LD (core Joomla 3 has neither),
  microdata only: ``div.item-page`` ``itemtype=https://schema.org/Article``, the title
  in ``h2[itemprop=headline]``, the "Rincian" ``dl.article-info`` (author, category,
  ``time[itemprop=datePublished]`` with the offset, ``dateModified`` three days later,
  ``dd.hits`` "Dilihat: N" counting every view, as Joomla does), the print and e-mail
  icons, tags, the full-text image ``img[itemprop=image]`` (``Post.image``: one
  article has none), ``div[itemprop=articleBody]``, and the "Sebelumnya"/"Selanjutnya"
  ``ul.pager.pagenav`` to the neighbouring articles. One article (``SPLIT``) is cut in
  two by the pagebreak plugin: "Halaman 1 dari 2", the "Daftar Isi" table of contents
  (``div.article-index``), page 2 at ``?start=1``, the whole text at
  ``?showall=1&limitstart=``.
* URL rewriting off (a shared host without ``.htaccess``): SEF URLs under
  ``/index.php/``. Category "Berita" (catid 8) has a menu item, so its articles are
  ``/index.php/berita/<id>-<alias>``; category "Kegiatan" (catid 9) has none, so its
  articles route through the home item: ``/index.php/component/content/article/<id>-
  <alias>?catid=9&Itemid=101`` and its listing is ``/index.php/component/content/
  category/9-kegiatan?Itemid=101``. Every article also answers, unredirected, at the
  raw ``/index.php?option=com_content&view=article&id=<id>:<alias>&catid=<c>&Itemid=<i>``
  and at its id alone (``/index.php/berita/<id>``; an editor typed some of each into
  the "Berita Pilihan" custom module), and at the print view
  ``<sef>?tmpl=component&print=1&layout=default`` (the print icon, ``rel=nofollow``).
  The split article is linked by its id alone and its raw query too: read there, its
  page 1's "Daftar Isi" and "Selanjutnya" still name the SEF URL's pages, as the
  pagebreak plugin routes them (see ``tests/test_joomla.py``).
* ``rel=canonical``: core Joomla 3 writes none unless the System - SEF plugin's "Site
  Domain" is set, and then every page's canonical is that domain plus the *requested*
  path and query (print views and raw URLs included). ``canonical="none"`` (default)
  or ``"self"`` picks which site this is.
* Listings: the home page (featured layout: four articles, ``?start=4`` pages), the
  category blogs (one leading and four intro items a page, each a ``blogPost`` scope
  with its intro image ``img[itemprop=thumbnailUrl]``, then four "items-more"
  links; Protostar's ``div.pagination`` with "Mulai" at ``?limitstart=0`` and
  ``?start=N``), tag pages ``/index.php/component/tags/tag/<alias>``, the "Terbaru"
  (``mod_articles_latest``) module in the sidebar, the e-mail form
  ``/index.php/component/mailto/?tmpl=component&template=protostar&link=<hash>`` and
  RSS feeds ``<listing>?format=feed&type=rss`` (``<head>`` alternate links).
* No sitemap, no API; Joomla's default ``robots.txt``. Anything else is 404.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import timedelta
from html import escape
from urllib.parse import parse_qs, urlsplit

from scraper.samplesite.textfmt import BULAN
from scraper.urls import canonicalize_url
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, Answer, serve

OFFSET = 8  # WITA
TIMEZONE = "Asia/Makassar"
SITE_NAME = "Humas Polres Tanah Laut"
HOME_ITEMID = 101
BERITA = (8, "berita", "Berita", 102)  # catid, alias, title, Itemid of its menu item
KEGIATAN = (9, "kegiatan", "Kegiatan", None)  # no menu item: routed through the home
AUTHORS = ("Humas Polres Tala", "Bripda Nur Aisyah")
BLOG_LEADING, BLOG_INTRO, BLOG_LINKS = 1, 4, 4
FEATURED = 4
# Articles split in two by the pagebreak plugin: ``?start=1`` is page 2, ``?showall=1``
# the whole text.
SPLIT = frozenset({144})
# Articles with no full-text image (the editor set none): the rest show one.
NO_IMAGE = frozenset({141})
ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""


@dataclass(frozen=True)
class Post:
    release: Release
    art_id: int
    category: tuple
    author: str

    @property
    def alias(self) -> str:
        return self.release.slug

    @property
    def path(self) -> str:
        """The SEF URL Joomla routes this article to (what ``expected`` names)."""
        catid, alias, _, itemid = self.category
        if itemid:
            return f"/index.php/{alias}/{self.art_id}-{self.alias}"
        return f"/index.php/component/content/article/{self.art_id}-{self.alias}?catid={catid}&Itemid={HOME_ITEMID}"

    @property
    def image(self) -> str | None:
        """The full-text image (``images.image_fulltext``), root-relative as the System -
        SEF plugin rewrites ``images/…``; None for an article without one."""
        if self.art_id in NO_IMAGE:
            return None
        return f"/images/berita/{self.art_id}-{self.alias}.jpg"

    @property
    def short_path(self) -> str:
        """The same article by its id alone (Joomla 3's router ignores the alias)."""
        catid, alias, _, itemid = self.category
        if itemid:
            return f"/index.php/{alias}/{self.art_id}"
        return (
            f"/index.php/component/content/article/{self.art_id}?catid={catid}&Itemid={HOME_ITEMID}"
        )

    @property
    def raw_path(self) -> str:
        catid, _, _, itemid = self.category
        return f"/index.php?option=com_content&view=article&id={self.art_id}:{self.alias}&catid={catid}&Itemid={itemid or HOME_ITEMID}"

    @property
    def print_path(self) -> str:
        sep = "&" if "?" in self.path else "?"
        return f"{self.path}{sep}tmpl=component&print=1&layout=default"

    @property
    def mailto_path(self) -> str:
        digest = hashlib.sha1(self.path.encode()).hexdigest()
        return f"/index.php/component/mailto/?tmpl=component&template=protostar&link={digest}"


POSTS: tuple[Post, ...] = tuple(
    Post(r, 140 + i, BERITA if i % 2 == 0 else KEGIATAN, AUTHORS[i % 3 == 2])
    for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
_TAG_IDS: dict[str, int] = {}
for _post in POSTS:
    for _tag in _post.release.tags:
        _TAG_IDS.setdefault(_tag, 2 + len(_TAG_IDS))


def expected(base_url: str) -> dict[str, tuple[str, str]]:
    """What the archive must hold: URL (as ``canonicalize_url`` spells it: the query
    sorted) -> (title, published_at in WITA)."""
    base = base_url.rstrip("/")
    return {
        canonicalize_url(base + p.path): (p.release.title, p.release.aware(OFFSET).isoformat())
        for p in POSTS
    }


def tag_alias(tag: str) -> str:
    return tag.lower().replace(" ", "-")


def _h(text: str) -> str:
    return escape(text, quote=True)


def _lc3(post: Post, days_later: int = 0) -> str:
    """Joomla's DATE_FORMAT_LC3 ("d F Y") in Indonesian: "09 Januari 2024"."""
    d = post.release.local + timedelta(days=days_later)
    return f"{d.day:02d} {BULAN[d.month - 1]} {d.year}"


def _iso(post: Post, days_later: int = 0) -> str:
    """``JHtml::_('date', …, 'c')``: the site's zone, with its offset."""
    return (post.release.aware(OFFSET) + timedelta(days=days_later)).isoformat()


def _intro(post: Post) -> str:
    return post.release.paragraphs[0]


def _layout(
    base: str, target: str, title: str, head: str, main: str, *, canonical: str, feed: str = ""
) -> str:
    """Protostar's index.php: header, the component, the right sidebar, the footer."""
    current = base.rstrip("/") + urlsplit(target).path
    links = []
    if canonical == "self":
        links.append(f'<link href="{_h(base.rstrip("/") + target)}" rel="canonical" />')
    if feed:
        sep = "&amp;" if "?" in feed else "?"
        links.append(
            f'<link href="{_h(feed)}{sep}format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
        )
        links.append(
            f'<link href="{_h(feed)}{sep}format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />'
        )
    latest = "\n".join(
        f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{_h(p.path)}" itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t{_h(p.release.title)}\t\t\t</span>\n\t\t</a>\n\t</li>'
        for p in NEWEST_FIRST[:5]
    )
    # Links an editor typed: raw ``index.php`` queries, and ids without their alias.
    # The split article by its id alone and by its raw query (its paging names its SEF
    # URL's pages whichever way it is reached).
    split = [p for p in POSTS if p.art_id in SPLIT]
    picks = "\n".join(
        f'<li><a href="{_h(href)}">{_h(p.release.title)}</a></li>'
        for p, href in [(p, p.raw_path) for p in POSTS[2:6:3]]
        + [(p, p.short_path) for p in POSTS[6:9:2]]
        + [(p, p.short_path) for p in split]
        + [(p, p.raw_path) for p in split]
    )
    return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{_h(current)}" />
{head}
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{_h(title)}</title>
	{chr(10).join(links)}
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?4b1a8fd3c5a0e0b5e6c2f4b1e3d2c1a0" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?4b1a8fd3c5a0e0b5e6c2f4b1e3d2c1a0"></script>
	<script src="/media/system/js/caption.js?4b1a8fd3c5a0e0b5e6c2f4b1e3d2c1a0"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{HOME_ITEMID}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<span class="site-title" title="{SITE_NAME}">{SITE_NAME}</span>											</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/index.php" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword87" class="element-invisible">Cari...</label> <input name="searchword" id="mod-search-searchword87" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Cari..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="{HOME_ITEMID}" />
	</form>
</div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">Toggle Navigation</span>
						<span class="icon-bar"></span>
					</a>
				</div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">
<li class="item-{HOME_ITEMID} default"><a href="/index.php" >Beranda</a></li><li class="item-{BERITA[3]}"><a href="/index.php/berita" >Berita</a></li><li class="item-104"><a href="/index.php/component/content/category/9-kegiatan?Itemid={HOME_ITEMID}" >Kegiatan</a></li><li class="item-105"><a href="/index.php/profil" >Profil</a></li></ul>
				</div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container">
	</div>

{main}
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Terbaru</h3><ul class="latestnews mod-list">
{latest}
</ul>
</div><div class="well "><h3 class="page-header">Berita Pilihan</h3>

<div class="custom"  >
	<ul>
{picks}
</ul></div>
</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<p class="pull-right">
				<a href="#top" id="back-top">
					Kembali ke Atas				</a>
			</p>
			<p>
				&copy; 2024 {SITE_NAME}			</p>
		</div>
	</footer>
</body>
</html>"""


def _info_block(post: Post, hits: int) -> str:
    """layouts/joomla/content/info_block/block.php with the default com_content options."""
    catid, alias, cat_title, itemid = post.category
    cat_href = (
        f"/index.php/{alias}"
        if itemid
        else f"/index.php/component/content/category/{catid}-{alias}?Itemid={HOME_ITEMID}"
    )
    return f"""			<dl class="article-info muted">
		<dt class="article-info-term">
									Rincian								</dt>
					<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
					Ditulis oleh <span itemprop="name">{_h(post.author)}</span>	</dd>
							<dd class="category-name">
																		Kategori: <a href="{_h(cat_href)}" itemprop="genre">{cat_title}</a>							</dd>
							<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{_iso(post)}" itemprop="datePublished">
					Diterbitkan: {_lc3(post)}				</time>
			</dd>
							<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{_iso(post, 3)}" itemprop="dateModified">
					Diperbarui: {_lc3(post, 3)}				</time>
			</dd>
							<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />
					Dilihat: {hits}			</dd>
				</dl>
"""


def _pagebreak(post: Post, shown: int | None) -> tuple[str, list[str], str]:
    """The pagebreak plugin's counter and table of contents, the paragraphs the page
    shows and its "Selanjutnya"/"Sebelumnya" navigation, for ``post`` split in two
    (``shown``: the page's index from 0, None for the "Semua halaman" view)."""
    r = post.release
    pages = [list(r.paragraphs[:2]), list(r.paragraphs[2:])]
    sep = "&" if "?" in post.path else "?"

    def href(i: int) -> str:
        return post.path if i == 0 else f"{post.path}{sep}start={i}"

    toc = [
        f'<li class="{"toclink active" if shown == 0 else ""}"><a href="{_h(href(0))}" class="toclink{" active" if shown == 0 else ""}">{_h(r.title)}</a></li>',
        f'<li class="{"active" if shown == 1 else ""}"><a href="{_h(href(1))}" class="toclink{" active" if shown == 1 else ""}">Halaman 2</a></li>',
        f'<li class="{"active" if shown is None else ""}"><a href="{_h(post.path)}{sep}showall=1&amp;limitstart=" class="toclink{" active" if shown is None else ""}">Semua halaman</a></li>',
    ]
    html = f"""<div class="pull-right article-index">
		<h3>Daftar Isi</h3>
	<ul class="nav nav-tabs nav-stacked">
	{"".join(toc)}
	</ul>
</div>
"""
    if shown is None:
        return html, pages[0] + pages[1], ""
    counter = f'<div class="pagenavcounter">Halaman {shown + 1} dari {len(pages)}</div>\n'
    nav = (
        f'<li class="next"><a href="{_h(href(1))}" rel="next">Selanjutnya</a></li>'
        if shown == 0
        else f'<li class="previous"><a href="{_h(href(0))}" rel="prev">Sebelumnya</a></li>'
    )
    return counter + html, pages[shown], f'<div class="pager"><ul>{nav}</ul></div>'


def _article_main(post: Post, hits: int, *, printing: bool, page: int | None = 0) -> str:
    r = post.release
    if printing:
        icons = """<div id="pop-print" class="btn hidden-print">
				<a href="#" onclick="window.print();return false;">
			<span class="icon-print" aria-hidden="true"></span>
		Cetak	</a>
			</div>"""
    else:
        icons = f"""<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{post.art_id}" aria-label="Piranti Pengguna" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
				<span class="icon-cog" aria-hidden="true"></span>
				<span class="caret" aria-hidden="true"></span>
			</button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{post.art_id}">
				<li class="print-icon"> <a href="{_h(post.print_path)}" title="Cetak artikel &lt; {_h(r.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Cetak	</a> </li>
				<li class="email-icon"> <a href="{_h(post.mailto_path)}" title="Email link ke teman" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		Email	</a> </li>
			</ul>
		</div>
	</div>"""
    toc, paragraphs, nav = "", list(r.paragraphs), ""
    if post.art_id in SPLIT and not printing:
        toc, paragraphs, nav = _pagebreak(post, page)
    body = toc + "\n".join(f"<p>{_h(p)}</p>" for p in paragraphs) + nav
    tags = "\n".join(
        f'\t\t\t\t\t\t<li class="tag-{_TAG_IDS[t]} tag-list{i}" itemprop="keywords">\n\t\t\t\t\t<a href="/index.php/component/tags/tag/{tag_alias(t)}" class="label label-info">\n\t\t\t\t\t\t{_h(t)}\t\t\t\t\t</a>\n\t\t\t\t</li>'
        for i, t in enumerate(r.tags)
    )
    image = (
        f'\t<div class="pull-none item-image"> <img\n\tsrc="{_h(post.image)}" alt="" itemprop="image"/> </div>\n'
        if post.image
        else ""
    )
    pager = ""
    if not printing:
        i = NEWEST_FIRST.index(post)
        items = []
        if i + 1 < len(NEWEST_FIRST):
            prev = NEWEST_FIRST[i + 1]
            items.append(
                f'<li class="previous">\n\t\t\t<a class="hasTooltip" title="{_h(prev.release.title)}" aria-label="Artikel sebelumnya: {_h(prev.release.title)}" href="{_h(prev.path)}" rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Sebelumnya</span>\t\t</a>\n\t\t</li>'
            )
        if i > 0:
            nxt = NEWEST_FIRST[i - 1]
            items.append(
                f'<li class="next">\n\t\t\t<a class="hasTooltip" title="{_h(nxt.release.title)}" aria-label="Artikel selanjutnya: {_h(nxt.release.title)}" href="{_h(nxt.path)}" rel="next">\n\t\t\t<span aria-hidden="true">Selanjutnya</span> <span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t\t</li>'
            )
        pager = f'<ul class="pager pagenav">\n\t{"".join(items)}\n</ul>'
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="id-ID" />
		<div class="page-header">
		<h2 itemprop="headline">
			{_h(r.title)}		</h2>
							</div>
				{icons}
{_info_block(post, hits)}
	<ul class="tags inline">
{tags}
		</ul>
{image}		<div itemprop="articleBody">
		{body}	</div>
{pager}
</div>"""


def _article_head(post: Post) -> str:
    return f"""	<meta name="author" content="{_h(post.author)}" />
	<meta name="description" content="{_h(_intro(post)[:160])}" />"""


def _print_page(base: str, target: str, post: Post, hits: int, canonical: str) -> str:
    """The ``tmpl=component`` page: the component alone, in the template's component.php."""
    link = (
        f'\n\t<link href="{_h(base.rstrip("/") + target)}" rel="canonical" />'
        if canonical == "self"
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
	<meta charset="utf-8" />
	<base href="{_h(base.rstrip("/") + urlsplit(target).path)}" />
{_article_head(post)}
	<meta name="robots" content="noindex, nofollow" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{_h(post.release.title)} - {SITE_NAME}</title>{link}
	<link href="/templates/protostar/css/template.css" rel="stylesheet" />
</head>
<body class="contentpane modal">
	<div id="system-message-container">
	</div>
	{_article_main(post, hits, printing=True)}
</body>
</html>"""


def _blog_item(post: Post, tag: str = "h2") -> str:
    r = post.release
    image = (
        f'<div class="pull-left item-image"> <a href="{_h(post.path)}"><img\n\tsrc="{_h(post.image)}" alt="" itemprop="thumbnailUrl"/></a></div>\n'
        if post.image
        else ""
    )
    return f"""<div class="page-header">
					<{tag} itemprop="name">
									<a href="{_h(post.path)}" itemprop="url">
						{_h(r.title)}					</a>
							</{tag}>
							</div>
			<dl class="article-info muted">
		<dt class="article-info-term">
									Rincian								</dt>
					<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
					Ditulis oleh <span itemprop="name">{_h(post.author)}</span>	</dd>
							<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{_iso(post)}" itemprop="datePublished">
					Diterbitkan: {_lc3(post)}				</time>
			</dd>
				</dl>
{image} <p>{_h(_intro(post))}</p>
	<p class="readmore">
									<a class="btn" href="{_h(post.path)}" itemprop="url" aria-label="Baca selengkapnya: {_h(r.title)}">
					<span class="icon-chevron-right" aria-hidden="true"></span>
					Baca selengkapnya: {_h(r.title)}				</a>
				</p>"""


def _pagination(listing: str, start: int, per_page: int, total: int) -> str:
    """Protostar's pagination: "Mulai" at ``?limitstart=0``, the pages at ``?start=N``."""
    pages = -(-total // per_page)
    if pages <= 1:
        return ""
    sep = "&" if "?" in listing else "?"
    current = start // per_page + 1

    def href(n: int) -> str:
        return (
            f"{listing}{sep}limitstart=0" if n == 1 else f"{listing}{sep}start={(n - 1) * per_page}"
        )

    items = []
    if current > 1:
        items.append(
            f'<li><a title="Mulai" href="{_h(href(1))}" class="hasTooltip pagenav" aria-label="Ke halaman mulai"><span class="icon-first" aria-hidden="true"></span></a></li>'
        )
        items.append(
            f'<li><a title="Sebelumnya" href="{_h(href(current - 1))}" class="hasTooltip pagenav" aria-label="Ke halaman sebelumnya"><span class="icon-previous" aria-hidden="true"></span></a></li>'
        )
    else:
        items.append(
            '<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>'
        )
        items.append(
            '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>'
        )
    for n in range(1, pages + 1):
        if n == current:
            items.append(f'<li class="active hidden-phone"><a aria-current="true">{n}</a></li>')
        else:
            items.append(
                f'<li class="hidden-phone"><a title="{n}" href="{_h(href(n))}" class="pagenav" aria-label="Ke halaman {n}">{n}</a></li>'
            )
    if current < pages:
        items.append(
            f'<li><a title="Selanjutnya" href="{_h(href(current + 1))}" class="hasTooltip pagenav" aria-label="Ke halaman selanjutnya"><span class="icon-next" aria-hidden="true"></span></a></li>'
        )
        items.append(
            f'<li><a title="Akhir" href="{_h(href(pages))}" class="hasTooltip pagenav" aria-label="Ke halaman akhir"><span class="icon-last" aria-hidden="true"></span></a></li>'
        )
    return f"""<div class="pagination">
							<p class="counter pull-right"> Halaman {current} dari {pages} </p>
						<div class="pagination pagination-toolbar clearfix" style="text-align: center;">
<ul class="pagination-list">
{chr(10).join(items)}
</ul>
</div>
			</div>"""


def _blog(posts: list[Post], start: int, heading: str, listing: str, css: str) -> str | None:
    """A category blog (``css`` "blog") or the featured home (``css`` "blog-featured")."""
    if css == "blog":
        per_page, leading = BLOG_LEADING + BLOG_INTRO, BLOG_LEADING
    else:
        per_page, leading = FEATURED, FEATURED
    if start < 0 or (start and start >= len(posts)):
        return None
    shown = posts[start : start + per_page]
    lead = "\n".join(
        f'<div class="leading-{i} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n{_blog_item(p)}\n</div>'
        for i, p in enumerate(shown[:leading])
    )
    intro = "\n".join(
        f'<div class="items-row cols-2 row-{i // 2} row-fluid clearfix"><div class="span6"><div class="item column-{i % 2 + 1}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n{_blog_item(p)}\n</div></div></div>'
        for i, p in enumerate(shown[leading:])
    )
    more = posts[start + per_page : start + per_page + BLOG_LINKS] if css == "blog" else []
    more_html = ""
    if more:
        lis = "\n".join(
            f'\t<li>\n\t\t<a href="{_h(p.path)}">\n\t\t\t{_h(p.release.title)}</a>\n\t</li>'
            for p in more
        )
        more_html = (
            f'<div class="items-more">\n<ol class="nav nav-tabs nav-stacked">\n{lis}\n</ol>\n</div>'
        )
    schema = "Blog"
    return f"""<div class="{css}" itemscope itemtype="https://schema.org/{schema}">
			<div class="page-header">
			<h1> {_h(heading)} </h1>
		</div>
	<div class="items-leading clearfix">
{lead}
	</div>
{intro}
{more_html}
{_pagination(listing, start, per_page, len(posts))}
</div>"""


def _rss(base: str, listing: str, title: str, posts: list[Post]) -> str:
    root = base.rstrip("/")
    items = []
    for p in posts[:10]:
        when = p.release.aware(OFFSET)
        day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[when.weekday()]
        mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
            when.month - 1
        ]
        items.append(f"""		<item>
			<title>{_h(p.release.title)}</title>
			<link>{_h(root + p.path)}</link>
			<guid isPermaLink="true">{_h(root + p.path)}</guid>
			<description><![CDATA[<p>{_h(_intro(p))}</p>]]></description>
			<author>humas@polrestala.example (Humas)</author>
			<category>{p.category[2]}</category>
			<pubDate>{day}, {when.day:02d} {mon} {when.year} {when:%H:%M:%S} +0800</pubDate>
		</item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{_h(title)}</title>
		<description><![CDATA[Berita resmi {SITE_NAME}]]></description>
		<link>{_h(root + listing)}</link>
		<lastBuildDate>Mon, 26 Feb 2024 02:00:00 +0800</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{_h(root + listing)}?format=feed&amp;type=rss"/>
		<language>id-id</language>
{chr(10).join(items)}
	</channel>
</rss>"""


def make_site(base: str, canonical: str = "none"):
    """The site's answer to each request target; ``canonical`` is "none" or "self"."""
    by_id = {p.art_id: p for p in POSTS}
    hits: dict[int, int] = {p.art_id: 40 + 7 * p.art_id % 90 for p in POSTS}
    lock = threading.Lock()
    berita = [p for p in NEWEST_FIRST if p.category is BERITA]
    kegiatan = [p for p in NEWEST_FIRST if p.category is KEGIATAN]
    kegiatan_listing = f"/index.php/component/content/category/9-kegiatan?Itemid={HOME_ITEMID}"
    tags = {tag_alias(t): t for p in POSTS for t in p.release.tags}

    def page(target: str, title: str, head: str, main: str, feed: str = "") -> Answer:
        return 200, HTML, _layout(base, target, title, head, main, canonical=canonical, feed=feed)

    def article(target: str, post: Post, query: dict[str, list[str]]) -> Answer:
        with lock:
            hits[post.art_id] += 1
            seen = hits[post.art_id]
        if query.get("tmpl") == ["component"]:
            if query.get("print") != ["1"]:
                return NOT_FOUND
            return 200, HTML, _print_page(base, target, post, seen, canonical)
        shown: int | None = 0
        if post.art_id in SPLIT:
            if query.get("showall") == ["1"]:
                shown = None
            else:
                raw = (query.get("start") or query.get("limitstart") or ["0"])[0]
                shown = int(raw) if raw in ("0", "1") else -1
            if shown == -1:
                return NOT_FOUND
        title = f"{post.release.title} - {SITE_NAME}"
        main = _article_main(post, seen, printing=False, page=shown)
        return page(target, title, _article_head(post), main)

    def start_of(query: dict[str, list[str]]) -> int | None:
        raw = (query.get("start") or query.get("limitstart") or ["0"])[0]
        return int(raw) if raw.isdigit() else None

    def listing(target: str, posts: list[Post], heading: str, path: str, css: str, query) -> Answer:
        if query.get("format") == ["feed"]:
            if query.get("type") not in (["rss"], ["atom"]):
                return NOT_FOUND
            return 200, "application/rss+xml; charset=utf-8", _rss(base, path, heading, posts)
        start = start_of(query)
        main = _blog(posts, start, heading, path, css) if start is not None else None
        if main is None:
            return NOT_FOUND
        title = SITE_NAME if css == "blog-featured" else f"{heading} - {SITE_NAME}"
        return page(target, title, "", main, feed=path)

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/robots.txt":
            return 200, TEXT, ROBOTS
        if path in ("/", "/index.php") and query.get("option") == ["com_content"]:
            if query.get("view") != ["article"]:
                return NOT_FOUND
            raw_id = query.get("id", [""])[0].split(":")[0]
            post = by_id.get(int(raw_id)) if raw_id.isdigit() else None
            return article(target, post, query) if post else NOT_FOUND
        if path in ("/", "/index.php"):
            return listing(
                target, list(NEWEST_FIRST), "Beranda", "/index.php", "blog-featured", query
            )
        rest = path.removeprefix("/index.php/").strip("/").split("/")
        if not path.startswith("/index.php/"):
            return NOT_FOUND  # no URL rewriting: only /index.php/… routes
        if rest == ["berita"]:
            return listing(target, berita, "Berita", "/index.php/berita", "blog", query)
        if rest == ["component", "content", "category", "9-kegiatan"]:
            if query.get("Itemid") != [str(HOME_ITEMID)]:
                return NOT_FOUND
            return listing(target, kegiatan, "Kegiatan", kegiatan_listing, "blog", query)
        if rest == ["profil"]:
            main = '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div itemprop="articleBody"><p>Polres Tanah Laut, Jl. A. Syairani, Pelaihari.</p></div></div>'
            return page(target, f"Profil - {SITE_NAME}", "", main)
        if rest[:3] == ["component", "tags", "tag"] and len(rest) == 4 and rest[3] in tags:
            name = tags[rest[3]]
            tagged = [p for p in NEWEST_FIRST if name in p.release.tags]
            items = "\n".join(
                f'<li class="cat-list-row{i % 2} clearfix"><h3><a href="{_h(p.path)}">{_h(p.release.title)}</a></h3><span class="tag-body">{_h(_intro(p)[:100])}…</span></li>'
                for i, p in enumerate(tagged)
            )
            main = f'<div class="tag-category"><h2>{_h(name)}</h2><ul class="category list-striped">\n{items}\n</ul></div>'
            return page(target, f"{name} - {SITE_NAME}", "", main)
        if rest == ["component", "mailto"] and query.get("tmpl") == ["component"]:
            form = '<div id="mailto-window"><h2>Email link ke teman.</h2><form action="/index.php" method="post" class="form-validate form-horizontal"><div class="control-group"><label for="mailto_field">Email ke</label><input type="email" name="mailto" id="mailto_field" /></div><button type="submit" class="btn btn-primary">Kirim</button></form></div>'
            return (
                200,
                HTML,
                f'<!DOCTYPE html><html lang="id-id"><head><meta charset="utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" /><title>{SITE_NAME}</title></head><body class="contentpane modal">{form}</body></html>',
            )
        # Articles: /index.php/berita/<id>[-alias], /index.php/component/content/article/<id>[-alias]
        if rest[:1] == ["berita"] and len(rest) == 2:
            category, ref = BERITA, rest[1]
        elif rest[:3] == ["component", "content", "article"] and len(rest) == 4:
            category, ref = KEGIATAN, rest[3]
        else:
            return NOT_FOUND
        raw_id = ref.split("-")[0]
        post = by_id.get(int(raw_id)) if raw_id.isdigit() else None
        if post is None or post.category is not category:
            return NOT_FOUND
        return article(target, post, query)

    return answer


def serve_joomla(canonical: str = "none"):
    """``with serve_joomla() as base_url:`` the site on 127.0.0.1 until the block ends;
    ``canonical="self"`` for a site whose SEF plugin has a "Site Domain" set."""
    return serve(lambda base: make_site(base, canonical))
