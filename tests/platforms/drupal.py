# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A Drupal site (Drupal 10 with Olivero, or Drupal 9 with the Bootstrap 3 contrib theme;
Indonesian interface) on 127.0.0.1, in the shape of a Polres humas portal in Papua
(WIT, UTC+09:00): the twelve releases of ``_articles``.

Where the markup comes from: written from memory of Drupal 9/10 core output (the
``html``, ``page``, ``node``, ``field``, ``time``, ``pager``, ``breadcrumb``,
``comment`` and ``links`` templates of Olivero and of Classy, which the Bootstrap theme
follows; ``system_page_attachments`` for the Generator meta; the node's
``rel=canonical`` and ``rel=shortlink``; the RDF module's ``schema:`` RDFa in Drupal 9;
the Views pager and "more" link; the node RSS style at ``/rss.xml``; the default
``robots.txt``; the simple_sitemap module's ``/sitemap.xml``) and of the id language
pack's strings ("Oleh", "Dikirim oleh … pada …", "Baca selengkapnya", "Masuk atau
daftar untuk mengirim komentar", "Balas", "Tambah komentar baru", abbreviated days
"Sen", "Sel" …). No saved page of a real site was available, so details may differ from
a given site; in particular the exact form of the ``<time datetime>`` the timestamp
formatter writes (here UTC with ``Z``, as Drupal 10 does as far as remembered), the
Indonesian translations, and whether a Drupal 9 site shows the date as a ``<time>`` or
as text (here text, with the RDF module's ``content`` in UTC ``+00:00``). What it
serves:

* ``<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">`` (9 for the
  Bootstrap variant), ``<title>Judul | Nama Situs</title>``, absolute ``rel=canonical``
  (the path alias) and ``rel=shortlink`` (``/node/N``) on every node page; no Open Graph
  and no JSON-LD (core has neither; the metatag module is not installed).
* Articles at pathauto aliases ``/berita/YYYY/MM/DD/<judul>`` (the local date), the same
  page unredirected at ``/node/N`` and at each comment's permalink ``/comment/C`` (the
  node's page; canonical the alias); two are linked by ``/node/N`` in a custom block.
  The title is the page-title block's ``<h1>``, outside ``<article>``; the byline is
  "Oleh <nama>, <tanggal>" (Olivero: the author's picture, when set, links the profile
  before it) or "Dikirim oleh <nama> pada <tanggal>" (Bootstrap: in the node's own
  ``<footer>``, as Classy writes it, with the RDF module's ``rel="schema:author"``), the
  date in Drupal's default "medium" format ``D, m/d/Y - H:i`` (month first: "Sel,
  01/09/2024 - 10:12" is 9 January), in the site's zone with no label; the machine time
  (``<time datetime>`` or RDFa ``content``) is UTC. Body in ``field--name-body`` (one
  in four with an editor's "Baca juga:" line to another article), the image field,
  "Kanal" (a vocabulary aliased ``/kanal/<nama>``) and "Tag" (terms at
  ``/taxonomy/term/N``, no alias), then the comments: approved comments, each with its
  permalink, and either (``comments="login"``) "Masuk atau daftar untuk mengirim
  komentar" linking ``/user/login?destination=/node/N%23comment-form`` and
  ``/user/register?destination=…``, or (``"open"``) a "Balas" link
  ``/comment/reply/node/N/comment/C`` on each comment and the comment form.
* Chrome: breadcrumb (Beranda › Berita), main menu, the account menu's "Masuk"
  (``/user/login``), the search block (a GET form to ``/search/node``), a "Berita
  Terbaru" Views block with its "more" link (``/berita``), a custom "Topik Populer" block
  an editor filled with search links (``/search/node?keys=…``), the footer's feed icon.
* Listings, Views pagers zero-based (``?page=1`` is the second page; links are
  query-only ``?page=N``; a page past the end shows the last page, as Views clamps
  it): the front page (promoted articles, 5 a page; ``/node`` answers too), ``/berita``
  (all articles, 4 a page), term pages ``/taxonomy/term/N`` and the kanal aliases (4 a
  page), each term's feed ``/taxonomy/term/N/feed`` and ``/rss.xml`` (the 10 newest
  promoted; ``pubDate`` in ``+0000``). Basic pages ``/profil`` and ``/kontak``; a user
  page ``/user/N`` (Olivero variant links the author's name to it); the login,
  register and search pages answer 200 as on a real site.
* ``robots.txt`` (Drupal's default, or 404 with ``robots=False``: sites rewrite it) and
  ``/sitemap.xml`` (simple_sitemap: front page, nodes, kanal terms; ``lastmod`` with
  the site's offset), or 404 with ``sitemap=False``.
* Not imitated: a print view (the ``print`` module's ``/node/N/printable`` has, as far as
  remembered, no Drupal 9/10 release; ``entity_print`` serves PDFs), the metatag
  module's Open Graph, and ``/index.php/…`` URLs (clean URLs are on). Anything else is
  404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from html import escape
from urllib.parse import parse_qs, quote, urlsplit

from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 9  # WIT
TIMEZONE = "Asia/Jayapura"
SITE_NAME = "Humas Polres Mimika"
AUTHORS = ("Yohanes Kogoya", "Maria Rumbewas")
KANAL = ((3, "kamtibmas", "Kamtibmas"), (4, "hukum", "Hukum"))  # tid, alias, name
FRONT_PAGE, BERITA_PAGE, TERM_PAGE = 5, 4, 4
NOT_PROMOTED = frozenset({0, 1, 6})  # on /berita and the term pages, not the front page
NO_IMAGE = frozenset({5})
PICTURED = frozenset({3})  # the uids whose profile has a picture
HARI_PENDEK = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to crawl, you save
# bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
"""
NAME = 'property="schema:name"'
# URLs no polite crawler asks for: forms, the login with its return path, search.
IMPOLITE = ("/user/login", "/user/register", "destination=", "/comment/reply/", "/search/")


@dataclass(frozen=True)
class Post:
    release: Release
    index: int
    nid: int
    author: str
    uid: int
    kanal: tuple[int, str, str]

    @property
    def path(self) -> str:
        """The pathauto alias: ``berita/[node:created:custom:Y/m/d]/[node:title]``."""
        return f"/berita/{self.release.local:%Y/%m/%d}/{self.release.slug}"

    @property
    def node_path(self) -> str:
        return f"/node/{self.nid}"

    @property
    def promoted(self) -> bool:
        return self.index not in NOT_PROMOTED

    @property
    def image(self) -> str | None:
        if self.index in NO_IMAGE:
            return None
        return f"/sites/default/files/styles/wide/public/{self.release.local:%Y-%m}/{self.release.slug[:24]}.jpg?itok=Qm3xY7aP"

    @property
    def comments(self) -> tuple[int, ...]:
        """The ids of its approved comments (one article in three has one)."""
        return (500 + self.index,) if self.index % 3 == 0 else ()

    @property
    def see_also(self) -> Post | None:
        """The article an editor's "Baca juga:" line in the body links (one in four)."""
        return POSTS[self.index - 1] if self.index % 4 == 1 else None


POSTS: tuple[Post, ...] = tuple(
    Post(r, i, 20 + 3 * i, AUTHORS[i % 2], 3 + i % 2, KANAL[i % 2]) for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))
NODE_LINKED = (POSTS[1], POSTS[6])  # linked by /node/N in a custom block
_TAG_IDS: dict[str, int] = {}
for _post in POSTS:
    for _tag in _post.release.tags:
        _TAG_IDS.setdefault(_tag, 10 + len(_TAG_IDS))
PAGES = {  # basic pages: nid, alias, title, body
    1: ("/profil", "Profil", "Polres Mimika berkedudukan di Timika dan membawahi sembilan polsek."),
    2: ("/kontak", "Kontak", "Jl. Cenderawasih No. 1, Timika. Telepon (0901) 321110."),
}


def expected(base_url: str) -> dict[str, tuple[str, str, str]]:
    """What the archive must hold: alias URL -> (title, published_at in WIT, author)."""
    root = base_url.rstrip("/")
    return {
        root + p.path: (p.release.title, p.release.aware(OFFSET).isoformat(), p.author)
        for p in POSTS
    }


def _h(text: str) -> str:
    return escape(text, quote=True)


def _utc(post: Post) -> str:
    return post.release.utc(OFFSET).strftime("%Y-%m-%dT%H:%M:%SZ")


def _medium(post: Post, minutes_later: int = 0) -> str:
    """Drupal's default "medium" format, ``D, m/d/Y - H:i``, in the site's zone."""
    d = post.release.local + timedelta(minutes=minutes_later)
    return f"{HARI_PENDEK[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def _long(post: Post) -> str:
    """The "long" format, ``l, F j, Y - H:i``: the ``<time title>``."""
    d = post.release.local
    return f"{HARI[d.weekday()]}, {BULAN[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"


def _time(post: Post) -> str:
    return f'<time datetime="{_utc(post)}" title="{_long(post)}" class="datetime">{_medium(post)}</time>'


def _pager(current: int, pages: int) -> str:
    """``pager.html.twig``: query-only links, zero-based ``?page=N``."""
    if pages <= 1:
        return ""
    items = []
    if current > 0:
        items.append(
            '<li class="pager__item pager__item--first"><a href="?page=0" title="Ke halaman pertama"><span class="visually-hidden">Halaman pertama</span><span aria-hidden="true">« Pertama</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={current - 1}" title="Ke halaman sebelumnya" rel="prev"><span class="visually-hidden">Halaman sebelumnya</span><span aria-hidden="true">‹ Sebelumnya</span></a></li>'
        )
    for n in range(pages):
        if n == current:
            items.append(
                f'<li class="pager__item is-active"><a href="?page={n}" title="Halaman saat ini"><span class="visually-hidden">Halaman saat ini</span>{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="?page={n}" title="Ke halaman {n + 1}"><span class="visually-hidden">Halaman</span>{n + 1}</a></li>'
            )
    if current < pages - 1:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={current + 1}" title="Ke halaman berikutnya" rel="next"><span class="visually-hidden">Halaman berikutnya</span><span aria-hidden="true">Berikutnya ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="?page={pages - 1}" title="Ke halaman terakhir"><span class="visually-hidden">Halaman terakhir</span><span aria-hidden="true">Terakhir »</span></a></li>'
        )
    return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">Paginasi</h4>
    <ul class="pager__items js-pager__items">
      {"".join(items)}
    </ul>
  </nav>"""


class Site:
    """One configuration of the site: ``theme`` "olivero" (Drupal 10) or "bootstrap"
    (Drupal 9); ``comments`` "login" or "open"; ``robots`` and ``sitemap`` served or
    404."""

    def __init__(self, base: str, theme: str, comments: str, robots: bool, sitemap: bool) -> None:
        self.root = base.rstrip("/")
        self.theme, self.comments, self.robots, self.sitemap = theme, comments, robots, sitemap
        self.version = 10 if theme == "olivero" else 9
        # The RDF module (Drupal 9's standard profile; moved out of core in 10) adds the
        # namespaces and the schema: attributes.
        self.rdf = self.version == 9
        self.rdf_prefix = (
            ' prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# "'
            if self.rdf
            else ""
        )

    def attrs(self, rdfa: str) -> str:
        """RDFa attributes, written only where the RDF module is on."""
        return f" {rdfa}" if self.rdf else ""

    def rdf_meta(self, spans: str) -> str:
        return spans if self.rdf else ""

    # -- the page around the content -------------------------------------------------

    def head(self, title: str, links: str = "") -> str:
        theme = self.theme
        return f"""<!DOCTYPE html>
<html lang="id" dir="ltr"{self.rdf_prefix} http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns# >
  <head>
    <meta charset="utf-8" />
{links}<meta name="Generator" content="Drupal {self.version} (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/{"olivero" if theme == "olivero" else "../../themes/contrib/bootstrap"}/favicon.ico" type="image/vnd.microsoft.icon" />

    <title>{_h(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_9xK2pQ7vR4mN1bT8yW3cL6dH0fJ5gS.css?delta=0&amp;language=id&amp;theme={theme}&amp;include=eJxdj0EOwjAMBD_kxE8yTpWwpFJSRXYK_J4KcYDLjjQ7hx0" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"id"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"4f0c1a7d3b2e9f8a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b"}}}}</script>
<script src="/core/misc/drupalSettingsLoader.js?v={self.version}.1.6"></script>
  </head>"""

    def latest_block(self) -> str:
        items = "".join(
            f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{_h(p.path)}" hreflang="id">{_h(p.release.title)}</a></span></div></li>'
            for p in NEWEST_FIRST[:5]
        )
        # An editor linked two articles by their system path, as the link widget's
        # autocomplete fills it ("/node/35") when the alias is not typed.
        picks = "".join(
            f'<li><a href="{p.node_path}">{_h(p.release.title)}</a></li>' for p in NODE_LINKED
        )
        return f"""<div class="views-element-container block block-views block-views-blockberita-terbaru-block-1" id="block-views-block-berita-terbaru-block-1">
  <h2 class="block__title">Berita Terbaru</h2>
  <div><div class="view view-berita-terbaru view-id-berita_terbaru view-display-id-block_1 js-view-dom-id-7d1e0c3b">
      <div class="view-content"><div class="item-list"><ul>{items}</ul></div></div>
      <div class="more-link"><a href="/berita">Selengkapnya</a></div>
  </div></div>
</div>
<div id="block-topikpopuler" class="block block-block-content block-block-content3a4c2f1e">
  <h2 class="block__title">Topik Populer</h2>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><ul><li><a href="/search/node?keys=pemilu">Pemilu 2024</a></li><li><a href="/search/node?keys=narkoba">Narkoba</a></li><li><a href="/kanal/kamtibmas">Kamtibmas</a></li>{picks}</ul></div>
</div>"""

    def page(self, title: str, main: str, *, h1: str = "", links: str = "", crumbs=()) -> str:
        if self.theme == "olivero":
            return self.olivero(title, main, h1=h1, links=links, crumbs=crumbs)
        return self.bootstrap(title, main, h1=h1, links=links, crumbs=crumbs)

    def olivero(self, title: str, main: str, *, h1: str, links: str, crumbs) -> str:
        crumb_items = "".join(
            f'<li class="breadcrumb__item"><a href="{_h(href)}" class="breadcrumb__link">{_h(text)}</a></li>'
            for href, text in crumbs
        )
        breadcrumb = (
            f"""<div class="region region--breadcrumb grid-full layout--pass--content-medium">
    <div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">{crumb_items}</ol>
    </div>
  </nav>
  </div>
  </div>"""
            if crumbs
            else ""
        )
        title_block = (
            f"""<div class="region region--content-above grid-full layout--pass--content-medium">
    <div id="block-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">{h1}</h1>
  </div>
  </div>"""
            if h1
            else ""
        )
        return f"""{self.head(title, links)}
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Langsung ke konten utama
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
          <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
            <div class="site-header__initial">
              <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
                <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
              </button>
            </div>
            <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
              <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding">
    <div class="site-branding__inner">
              <div class="site-branding__text">
          <div class="site-branding__name">
            <a href="/" title="Beranda" rel="home">{SITE_NAME}</a>
          </div>
        </div>
          </div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menu Utama" aria-controls="header-nav" aria-expanded="false">
    <span class="mobile-nav-button__label">Menu</span>
    <span class="mobile-nav-button__icon"></span>
  </button>
</div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
    <div class="content">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">Cari</label>
        <input title="Masukkan kata kunci pencarian." placeholder="Cari berdasarkan kata kunci atau frasa." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Cari"><span class="icon--search"></span><span class="visually-hidden">Cari</span></button></div>
</form>
    </div>
  </div>
<nav  id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Navigasi utama</h2>
  <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="&lt;front&gt;"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Beranda</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/berita" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="berita"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Berita</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/kanal/kamtibmas" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="taxonomy/term/3"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Kamtibmas</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/kanal/hukum" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="taxonomy/term/4"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Hukum</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/profil" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Profil</span></a></li>
  </ul>
</nav>
<nav  id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav" aria-labelledby="block-olivero-account-menu-menu" role="navigation">
  <span class="visually-hidden" id="block-olivero-account-menu-menu">Menu akun pengguna</span>
  <ul class="menu secondary-nav__menu secondary-nav__menu--level-1">
    <li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Masuk</a></li>
  </ul>
</nav>
</div>
              </div>
            </div>
          </div>
        </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>
  </div>
          {breadcrumb}
          <div class="main-content__container container">
            {title_block}
              <section class="section">
                <div class="region region--content grid-full layout--pass--content-medium" id="content">
    <div id="block-olivero-content" class="block block-system block-system-main-block">
      {main}
  </div>
  </div>
              </section>
          </div>
        </div>
        <div class="social-bar"></div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
        <div class="region region--footer-top grid-full layout--pass--content-medium">
    <div class="region--footer_top__inner">
      {self.latest_block()}
    </div>
  </div>
        <div class="region region--footer-bottom grid-full layout--pass--content-medium">
    <div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
      <span>Didukung oleh <a href="https://www.drupal.org">Drupal</a></span>
  </div>
  <a href="/rss.xml" class="feed-icon">
  Berlangganan ke {SITE_NAME}
  </a>
  </div>
      </div>
    </footer>
  </div>
</div>
  </div>
    <script src="/core/themes/olivero/js/navigation.js?v=10.1.6"></script>
  </body>
</html>"""

    def bootstrap(self, title: str, main: str, *, h1: str, links: str, crumbs) -> str:
        crumb_items = "".join(
            f'<li><a href="{_h(href)}">{_h(text)}</a></li>' for href, text in crumbs
        )
        header = ""
        if crumbs or h1:
            header = f"""<div class="col-sm-12" role="heading">
            <div class="region region-header">
    {f'<ol class="breadcrumb">{crumb_items}</ol>' if crumbs else ""}
<div data-drupal-messages-fallback class="hidden"></div>
    {f'<h1 class="page-header">{h1}</h1>' if h1 else ""}
  </div>
        </div>"""
        return f"""{self.head(title, links)}
  <body class="path-node page-node-type-article has-glyphicons">
    <a href="#main-content" class="visually-hidden focusable skip-link">
      Langsung ke konten utama
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
          <header class="navbar navbar-default container" id="navbar" role="banner">
      <div class="navbar-header">
          <div class="region region-navigation">
          <a class="logo navbar-btn pull-left" href="/" title="Beranda" rel="home">
      <img src="/sites/default/files/logo-polres.png" alt="Beranda" />
    </a>
        <a class="name navbar-brand" href="/" title="Beranda" rel="home">{SITE_NAME}</a>
  </div>
          <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#navbar-collapse">
            <span class="sr-only">Toggle navigation</span>
            <span class="icon-bar"></span>
          </button>
      </div>
          <div id="navbar-collapse" class="navbar-collapse collapse">
            <div class="region region-navigation-collapsible">
    <nav role="navigation" aria-labelledby="block-bootstrap-main-menu-menu" id="block-bootstrap-main-menu">
      <h2 class="visually-hidden" id="block-bootstrap-main-menu-menu">Navigasi utama</h2>
      <ul class="menu menu--main nav navbar-nav">
                      <li class="first"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Beranda</a></li>
                      <li><a href="/berita" data-drupal-link-system-path="berita">Berita</a></li>
                      <li><a href="/kanal/kamtibmas" data-drupal-link-system-path="taxonomy/term/3">Kamtibmas</a></li>
                      <li><a href="/kanal/hukum" data-drupal-link-system-path="taxonomy/term/4">Hukum</a></li>
                      <li class="last"><a href="/profil" data-drupal-link-system-path="node/1">Profil</a></li>
        </ul>
  </nav>
<nav role="navigation" aria-labelledby="block-bootstrap-account-menu-menu" id="block-bootstrap-account-menu">
      <h2 class="visually-hidden" id="block-bootstrap-account-menu-menu">Menu akun pengguna</h2>
      <ul class="menu menu--account nav navbar-nav navbar-right">
                      <li class="first last"><a href="/user/login" data-drupal-link-system-path="user/login">Masuk</a></li>
        </ul>
  </nav>
<div class="search-block-form block block-search block-search-form-block" data-drupal-selector="search-block-form" id="block-bootstrap-search" role="search">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
  <div class="form-item js-form-item form-type-search js-form-type-search form-item-keys js-form-item-keys form-no-label form-group">
      <label for="edit-keys" class="control-label sr-only">Cari</label>
  <div class="input-group"><input title="Masukkan kata kunci pencarian." data-drupal-selector="edit-keys" class="form-search form-control" placeholder="Cari" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" /><span class="input-group-btn"><button type="submit" value="Cari" class="button js-form-submit form-submit btn-primary btn icon-only" name=""><span class="sr-only">Cari</span><span class="icon glyphicon glyphicon-search" aria-hidden="true"></span></button></span></div>
  </div>
</form>
  </div>
  </div>
          </div>
      </header>
  <div role="main" class="main-container container js-quickedit-main-content">
    <div class="row">
        {header}
      <section class="col-sm-9">
          <a id="main-content"></a>
            <div class="region region-content">
      {main}
  </div>
      </section>
      <aside class="col-sm-3" role="complementary">
            <div class="region region-sidebar-second">
    <section class="block-region-sidebar-second">
    {self.latest_block()}
    </section>
  </div>
      </aside>
    </div>
  </div>
      <footer class="footer container" role="contentinfo">
        <div class="region region-footer">
    <section id="block-bootstrap-footer" class="block block-system block-system-powered-by-block clearfix">
      <span>Didukung oleh <a href="https://www.drupal.org">Drupal</a></span>
  </section>
  <a href="/rss.xml" class="feed-icon">Berlangganan ke {SITE_NAME}</a>
  </div>
    </footer>
  </div>
  </body>
</html>"""

    # -- nodes -----------------------------------------------------------------------

    def byline(self, post: Post) -> str:
        if self.theme == "olivero":
            # Drupal 10: no RDF module; the author's picture (when set) links the profile.
            picture = (
                f'<div class="field field--name-user-picture field--type-image field--label-hidden field__item">  <a href="/user/{post.uid}"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2023-05/{post.uid}.jpg?itok=Kd8sLq2M" width="100" height="100" alt="Foto profil {_h(post.author)}" />\n</a>\n</div>'
                if post.uid in PICTURED
                else ""
            )
            name = f'<a title="Lihat profil pengguna." href="/user/{post.uid}" class="username">{_h(post.author)}</a>'
            return f"""<div class="node__meta">
        <div class="node__author-image"><article class="profile">{picture}</article></div>
          <span>
          Oleh <span class="field field--name-uid field--type-entity-reference field--label-hidden">{name}</span>, <span class="field field--name-created field--type-created field--label-hidden">{_time(post)}</span>
        </span>
      </div>"""
        # Drupal 9, Bootstrap (Classy's node template) with the RDF module.
        created = post.release.utc(OFFSET).isoformat()
        return f"""<footer>
        <article typeof="schema:Person" about="/user/{post.uid}" class="profile"></article>
      <div class="author">
        Dikirim oleh <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{post.uid}" typeof="schema:Person" property="schema:name" datatype="">{_h(post.author)}</span></span>
 pada <span property="schema:dateCreated" content="{created}" class="field field--name-created field--type-created field--label-hidden">{_medium(post)}</span>
        <span property="schema:dateCreated" content="{created}" class="rdf-meta hidden"></span>
      </div>
    </footer>"""

    def body(self, post: Post) -> str:
        paragraphs = [f"<p>{_h(p)}</p>" for p in post.release.paragraphs]
        if post.see_also is not None:
            other = post.see_also
            paragraphs.insert(
                2,
                f'<p><strong>Baca juga:</strong> <a href="{_h(other.path)}">{_h(other.release.title)}</a></p>',
            )
        return "\n".join(paragraphs)

    def comment_section(self, post: Post) -> str:
        items = []
        for cid in post.comments:
            reply = (
                f'<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/{post.nid}/comment/{cid}">Balas</a></li></ul>'
                if self.comments == "open"
                else ""
            )
            items.append(f"""<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" role="article" data-drupal-selector="comment">
    <span class="hidden" data-comment-timestamp="1704800000"></span>
    <div class="comment__text-wrapper">
      <footer class="comment__meta">
        <p class="comment__author"><span{self.attrs('lang="" typeof="schema:Person" property="schema:name" datatype=""')}>Warga Timika (belum diverifikasi)</span></p>
        <p class="comment__time">{_medium(post, 200)}</p>
      </footer>
      <div class="comment__content">
        <h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="id">Terima kasih Pak Polisi</a></h3>
        <div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>Terima kasih atas kerja kerasnya, semoga Mimika tetap aman dan damai. Salam dari warga Kwamki Narama.</p></div>
        {reply}
      </div>
    </div>
  </article>""")
        if self.comments == "open":
            form = f"""<h2 class="add-comment__heading">Tambah komentar baru</h2>
  <form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{post.nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
      <label for="edit-name" class="form-item__label">Nama Anda</label>
        <input data-drupal-default-value="Pengunjung" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" />
        </div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">
  <div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value">
      <label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Komentar</label>
        <div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required form-element form-element--type-textarea form-element--api-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" placeholder="" required="required" aria-required="true"></textarea></div>
        </div>
  </div>
<input autocomplete="off" data-drupal-selector="form-8xk2" type="hidden" name="form_build_id" value="form-8xk2Lq0vT1nR5mY3pW7aZ9cB4dF6gH8jK2lN0oQ1sU3" />
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Simpan" class="button button--primary js-form-submit form-submit" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Pratinjau" class="button js-form-submit form-submit" />
</div>
</form>"""
        else:
            dest = quote(f"/node/{post.nid}#comment-form", safe="/")
            form = f'<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination={dest}">Masuk</a> atau <a href="/user/register?destination={dest}">daftar</a> untuk mengirim komentar</li></ul>'
        heading = '<h2 class="comments__title">Komentar</h2>' if post.comments else ""
        return f"""<section data-drupal-selector="comments" class="comments">
      {heading}
  {"".join(items)}
  {form}
</section>"""

    def node_main(self, post: Post) -> str:
        r = post.release
        image = (
            f"""<div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="{_h(post.image)}" width="1200" height="800" alt="{_h(r.title)}" typeof="foaf:Image" />
</div>"""
            if post.image
            else ""
        )
        tid, alias, name = post.kanal
        about = self.attrs('property="schema:about"')
        tags = "".join(
            f'<li class="field--tags__item"><a href="/taxonomy/term/{_TAG_IDS[t]}"{about} hreflang="id">{_h(t)}</a></li>'
            for t in r.tags
        )
        return f"""<article data-history-node-id="{post.nid}"{self.attrs(f'about="{_h(post.path)}" typeof="schema:Article"')} class="node node--type-article{" node--promoted" if post.promoted else ""} node--view-mode-full">
  {self.rdf_meta(f'<span property="schema:name" content="{_h(r.title)}" class="rdf-meta hidden"></span><span property="schema:interactionCount" content="UserComments:{len(post.comments)}" class="rdf-meta hidden"></span>')}
  <header class="">
      {self.byline(post)}
  </header>
  <div class="node__content">
    {image}
    <div{self.attrs('property="schema:text"')} class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{self.body(post)}</div>
  <div class="field field--name-field-kanal field--type-entity-reference field--label-inline clearfix">
    <div class="field__label">Kanal</div>
      <div class="field__item"><a href="/kanal/{alias}" hreflang="id">{name}</a></div>
  </div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
      <h3 class="field__label field--tags__label">Tag</h3>
    <ul class='links field__items field--tags__items'>{tags}</ul>
  </div>
{self.comment_section(post)}
  </div>
</article>"""

    def node(self, post: Post) -> Answer:
        r = post.release
        links = (
            f'<link rel="canonical" href="{_h(self.root + post.path)}" />\n'
            f'<link rel="shortlink" href="{_h(self.root + post.node_path)}" />\n'
            f'<meta name="description" content="{_h(r.paragraphs[0][:160])}" />\n'
        )
        h1 = f'<span{self.attrs(NAME)} class="field field--name-title field--type-string field--label-hidden">{_h(r.title)}</span>'
        crumbs = [("/", "Beranda"), ("/berita", "Berita")]
        html = self.page(
            f"{r.title} | {SITE_NAME}", self.node_main(post), h1=h1, links=links, crumbs=crumbs
        )
        return 200, HTML, html

    def basic_page(self, nid: int) -> Answer:
        path, title, text = PAGES[nid]
        links = (
            f'<link rel="canonical" href="{_h(self.root + path)}" />\n'
            f'<link rel="shortlink" href="{self.root}/node/{nid}" />\n'
        )
        main = f"""<article data-history-node-id="{nid}"{self.attrs(f'about="{path}" typeof="schema:WebPage"')} class="node node--type-page node--view-mode-full">
  <div class="node__content">
    <div{self.attrs('property="schema:text"')} class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{_h(text)}</p></div>
  </div>
</article>"""
        h1 = f'<span{self.attrs(NAME)} class="field field--name-title field--type-string field--label-hidden">{_h(title)}</span>'
        return 200, HTML, self.page(f"{title} | {SITE_NAME}", main, h1=h1, links=links)

    # -- listings --------------------------------------------------------------------

    def teaser(self, post: Post) -> str:
        r = post.release
        image = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><a href="{_h(post.path)}" hreflang="id"><img loading="lazy" src="{_h(post.image)}" width="600" height="400" alt="{_h(r.title)}" typeof="foaf:Image" /></a></div>'
            if post.image
            else ""
        )
        return f"""<article data-history-node-id="{post.nid}"{self.attrs(f'about="{_h(post.path)}" typeof="schema:Article"')} class="node node--type-article node--view-mode-teaser">
  <header class="">
      <h2 class="node__title">
        <a href="{_h(post.path)}" rel="bookmark"><span{self.attrs('property="schema:name"')} class="field field--name-title field--type-string field--label-hidden">{_h(r.title)}</span></a>
      </h2>
      {self.byline(post)}
  </header>
  <div class="node__content">
    {image}
    <div{self.attrs('property="schema:text"')} class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{_h(r.paragraphs[0])}</p></div>
  <ul class="links inline"><li class="node-readmore"><a href="{_h(post.path)}" rel="tag" title="{_h(r.title)}" hreflang="id">Baca selengkapnya<span class="visually-hidden"> tentang {_h(r.title)}</span></a></li></ul>
  </div>
</article>"""

    def listing(
        self, target: str, posts: list[Post], per_page: int, heading: str, *, feed: str = ""
    ) -> Answer:
        query = parse_qs(urlsplit(target).query)
        raw = query.get("page", ["0"])[0]
        if not raw.isdigit():
            return NOT_FOUND
        pages = -(-len(posts) // per_page)
        current = min(int(raw), pages - 1)  # Views shows the last page for a page past it
        shown = posts[current * per_page : (current + 1) * per_page]
        rows = "\n".join(f'<div class="views-row">{self.teaser(p)}</div>' for p in shown)
        more = _pager(current, pages)
        feed_icon = (
            f'<div class="feed-icons"><a href="{_h(feed)}" class="feed-icon">Berlangganan ke {_h(heading or SITE_NAME)}</a></div>'
            if feed
            else ""
        )
        main = f"""<div class="views-element-container"><div class="view view-frontpage view-id-frontpage view-display-id-page_1 js-view-dom-id-2c8e0a1f">
      <div class="view-content">
      {rows}
    </div>
      {more}
      {feed_icon}
</div></div>"""
        links = (
            f'<link rel="alternate" type="application/rss+xml" title="{_h(heading)}" href="{_h(self.root + feed)}" />\n'
            if feed
            else ""
        )
        title = (
            f"{heading} | {SITE_NAME}" if heading else f"{SITE_NAME} | Berita resmi Polres Mimika"
        )
        crumbs = [("/", "Beranda")] if heading else []
        h1 = _h(heading) if heading else ""
        return 200, HTML, self.page(title, main, h1=h1, links=links, crumbs=crumbs)

    def rss(self, link: str, title: str, posts: list[Post]) -> Answer:
        items = []
        for p in posts[:10]:
            when = p.release.utc(OFFSET)
            items.append(f"""  <item>
    <title>{_h(p.release.title)}</title>
    <link>{_h(self.root + p.path)}</link>
    <description>{_h("<p>" + _h(p.release.paragraphs[0]) + "</p>")}</description>
  <pubDate>{when:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
    <dc:creator>{_h(p.author)}</dc:creator>
    <guid isPermaLink="false">{p.nid} at {self.root}</guid>
    </item>""")
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{self.root}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:schema="http://schema.org/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
  <channel>
    <title>{_h(title)}</title>
    <link>{_h(self.root + link)}</link>
    <description></description>
    <language>id</language>
{chr(10).join(items)}
  </channel>
</rss>"""
        return 200, "application/rss+xml; charset=utf-8", body

    def sitemap_xml(self) -> Answer:
        def local(post: Post, days: int = 0) -> str:
            when = post.release.aware(OFFSET) + timedelta(days=days)
            return when.isoformat()

        urls = [
            f"<url><loc>{self.root}/</loc><changefreq>daily</changefreq><priority>1.0</priority></url>"
        ]
        urls += [
            f"<url><loc>{_h(self.root + p.path)}</loc><lastmod>{local(p, 1)}</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>"
            for p in POSTS
        ]
        urls += [
            f"<url><loc>{self.root}{path}</loc><lastmod>2023-06-01T09:00:00+09:00</lastmod><priority>0.5</priority></url>"
            for path, _, _ in PAGES.values()
        ]
        urls += [
            f"<url><loc>{self.root}/kanal/{alias}</loc><priority>0.5</priority></url>"
            for _, alias, _ in KANAL
        ]
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
            + "".join(urls)
            + "</urlset>"
        )
        return 200, XML, body

    def simple_page(self, title: str, main: str, status: int = 200) -> Answer:
        """A login, register or search page, a user profile: not to be stored."""
        links = '<meta name="robots" content="noindex" />\n' if "form" in main else ""
        return status, HTML, self.page(f"{title} | {SITE_NAME}", main, h1=_h(title), links=links)

    # -- routing ---------------------------------------------------------------------

    def answer(self, target: str) -> Answer:
        parts = urlsplit(target)
        path = parts.path
        by_alias = {p.path: p for p in POSTS}
        by_nid = {p.node_path: p for p in POSTS}
        by_comment = {f"/comment/{c}": p for p in POSTS for c in p.comments}
        promoted = [p for p in NEWEST_FIRST if p.promoted]
        if path == "/robots.txt":
            return (200, TEXT, ROBOTS) if self.robots else NOT_FOUND
        if path == "/sitemap.xml":
            return self.sitemap_xml() if self.sitemap else NOT_FOUND
        if path == "/rss.xml":
            return self.rss("/", SITE_NAME, promoted)
        if path in ("/", "/node"):
            return self.listing(target, promoted, FRONT_PAGE, "", feed="/rss.xml")
        if path == "/berita":
            return self.listing(target, list(NEWEST_FIRST), BERITA_PAGE, "Berita")
        post = by_alias.get(path) or by_nid.get(path) or by_comment.get(path)
        if post is not None:
            return self.node(post)
        for nid, (alias, _, _) in PAGES.items():
            if path in (alias, f"/node/{nid}"):
                return self.basic_page(nid)
        terms = {
            tid: (name, [p for p in NEWEST_FIRST if p.kanal[0] == tid]) for tid, _, name in KANAL
        }
        for tag, tid in _TAG_IDS.items():
            terms[tid] = (tag, [p for p in NEWEST_FIRST if tag in p.release.tags])
        aliases = {f"/kanal/{alias}": tid for tid, alias, _ in KANAL}
        tid = aliases.get(path)
        if tid is None and path.startswith("/taxonomy/term/"):
            rest = path.removeprefix("/taxonomy/term/")
            number, _, feed = rest.partition("/")
            if number.isdigit() and int(number) in terms:
                tid = int(number)
                if feed == "feed":
                    name, posts = terms[tid]
                    return self.rss(path, f"{name} | {SITE_NAME}", posts)
                if feed:
                    return NOT_FOUND
        if tid is not None:
            name, posts = terms[tid]
            return self.listing(target, posts, TERM_PAGE, name, feed=f"/taxonomy/term/{tid}/feed")
        if path in ("/user/login", "/user/register", "/user/password"):
            form = '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8"><label for="edit-name">Nama pengguna</label><input type="text" id="edit-name" name="name" /><label for="edit-pass">Kata sandi</label><input type="password" id="edit-pass" name="pass" /><input type="submit" value="Masuk" /></form>'
            return self.simple_page("Masuk", form)
        if path.startswith("/comment/reply/node/"):
            if self.comments != "open":
                return self.simple_page(
                    "Akses ditolak", "<p>Anda tidak berwenang mengakses halaman ini.</p>", 403
                )
            return self.simple_page(
                "Tambah komentar baru",
                '<form class="comment-form" action="'
                + _h(path)
                + '" method="post"><textarea name="comment_body[0][value]"></textarea></form>',
            )
        if path == "/search/node":
            keys = parse_qs(parts.query).get("keys", [""])[0].lower()
            found = [
                p
                for p in NEWEST_FIRST
                if keys and keys in p.release.title.lower() + " ".join(p.release.paragraphs).lower()
            ]
            rows = "".join(
                f'<li><h3 class="search-result__title"><a href="{_h(p.path)}">{_h(p.release.title)}</a></h3><div class="search-result__snippet-info"><p class="search-result__snippet">{_h(p.release.paragraphs[0][:150])}…</p><p class="search-result__info">{_h(p.author)} - {_medium(p)}</p></div></li>'
                for p in found
            )
            form = f'<form action="/search/node" method="get" class="search-form"><input type="search" name="keys" value="{_h(keys)}" /></form><h2>Hasil pencarian</h2><ol class="search-results node_search-results">{rows}</ol>'
            return self.simple_page("Cari", form)
        if path.startswith("/user/") and path.removeprefix("/user/").isdigit():
            uid = int(path.removeprefix("/user/"))
            if uid not in (3, 4):
                return NOT_FOUND
            person = self.attrs(f'typeof="schema:Person" about="/user/{uid}"')
            main = f'<article{person} class="profile"><div class="field field--name-member-for"><h4 class="label">Anggota sejak</h4> 2 tahun 3 bulan</div></article>'
            return self.simple_page(AUTHORS[uid - 3], main)
        return NOT_FOUND


def make_site(
    base: str,
    theme: str = "olivero",
    comments: str = "login",
    robots: bool = True,
    sitemap: bool = True,
):
    """The site's answer to each request target."""
    return Site(base, theme, comments, robots, sitemap).answer


def serve_drupal(
    theme: str = "olivero", comments: str = "login", robots: bool = True, sitemap: bool = True
):
    """``with serve_drupal() as base_url:`` the site on 127.0.0.1 until the block ends."""
    return serve(lambda base: make_site(base, theme, comments, robots, sitemap))
