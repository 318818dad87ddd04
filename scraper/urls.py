"""URL canonicalisation and URL-shape classification.

Pure functions only: the spider, the pipelines and the archive all call these, so the
same article reached through a tracking link, an AMP variant or a fragment always ends
up under one key.
"""

from __future__ import annotations

import ipaddress
import re
from functools import cache
from urllib.parse import (
    quote_plus,
    unquote,
    unquote_to_bytes,
    urldefrag,
    urljoin,
    urlsplit,
    urlunsplit,
)

from w3lib.url import safe_url_string

# Query parameters that say who shared a link or how it was opened, never which page
# it is.
# feed_id/_unique_id come from the FS Poster WordPress plugin (mci.life adds them to
# every shared link); the rest are the usual analytics and ad-click markers.
TRACKING_PARAMS = frozenset(
    {
        "feed_id",
        "_unique_id",
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "amp",
        "ref",
        "_ga",
        "s_cid",
        # WordPress's "reply to this comment" link shows the same article.
        "replytocom",
        # Blogger's comment permalink (``?showComment=1704794400000#c512``, one per
        # comment) and the share buttons' referrer (``?spref=fb``): the same post.
        "showcomment",
        "spref",
        # A print view (``?print=1``, WordPress print plugins, many portals): the same
        # article, printed. An article some page linked only so was never requested.
        "print",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_SUFFIX = re.compile(r"/amp/?$", re.IGNORECASE)


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only records where a link was shared."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


# A URL made only of these characters is one Scrapy requests as it is. Any other (a raw
# "–" or "é" of a slug, a space, "|") Scrapy escapes first (w3lib's ``safe_url_string``,
# whose rules change between versions), and the archive's key is spelled as that
# request: a page whose rel=canonical printed its slug raw, fetched at the escaped URL,
# named "another" page, and the article was lost to the dupefilter.
_PLAIN_URL = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*\Z")
# Escapes, whose hex digits a site may write in either case (WordPress: "%e2%80%93").
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def canonicalize_url(url: str, base: str | None = None) -> str:
    """Return the one spelling of ``url`` under which the archive keys an article.

    Lower-cases scheme and host, escapes what a request escapes (a raw "–" of a slug),
    drops the default port, the fragment and tracking parameters, sorts what is left of
    the query, maps ``/amp/`` variants to the article itself and gives an empty path a
    ``/``. Relative URLs are resolved against ``base``. Anything that is not http(s) is
    returned unchanged.
    """
    url = url.strip()
    try:
        if base:
            url = urljoin(base, url)
        if url[:4].lower() == "http" and not _PLAIN_URL.match(url):
            url = safe_url_string(url)
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # "http://[URL-situs]/", a port out of range: not a usable URL
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    path = _AMP_SUFFIX.sub("/", path) or "/"
    return urlunsplit((scheme, netloc, path, _canonical_query(parts.query), ""))


def _canonical_query(query: str) -> str:
    """The query's ``key=value`` pairs without tracking parameters, sorted and spelled
    one way; a piece without ``=`` kept first, as written. Such a piece is a route,
    not a parameter: CodeIgniter's ``index.php?/berita/baca/125/slug`` (its
    ``uri_protocol`` QUERY_STRING), which ``urlencode`` spelled
    ``?%2Fberita%2Fbaca%2F125%2Fslug=`` and the site answered 400 or 404: every
    article of such a site was lost, and one stored under that key read as taken down
    on its revisit (helper-102). The key must stay a URL the site answers."""
    if not query:
        return ""
    routes, pairs = [], []
    for piece in query.split("&"):
        if not piece:
            continue
        if "=" not in piece:
            if not is_tracking_param(unquote(piece)):
                routes.append(piece)
            continue
        key, value = _query_pair(piece)
        if not is_tracking_param(key.decode("utf-8", "replace")):
            pairs.append((key, value))
    if pairs:
        routes.append("&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in sorted(pairs)))
    return "&".join(routes)


def _query_pair(piece: str) -> tuple[bytes, bytes]:
    """A ``key=value`` piece's bytes, as the server reads them. Not decoded as UTF-8:
    an old PHP portal's ``?judul=Caf%E9`` (Latin-1) became ``Caf%EF%BF%BD``, a URL
    the site answered 404, and the article was lost (helper-110)."""
    key, _, value = piece.partition("=")
    return unquote_to_bytes(key.replace("+", " ")), unquote_to_bytes(value.replace("+", " "))


def same_page(url: str, other: str) -> bool:
    """Whether two URLs in their canonical form (``canonicalize_url``) name one page:
    equal but for the case of their escapes ("%e2" and "%E2"), which a site may mix (a
    WordPress link against a canonical printed raw) and Scrapy's dupefilter does not
    tell apart. The archive keeps each URL as the site spelled it."""
    if url == other:
        return True
    if "%" not in url and "%" not in other:
        return False
    upper = lambda match: match.group(0).upper()  # noqa: E731
    return _ESCAPE.sub(upper, url) == _ESCAPE.sub(upper, other)


def without_fragment(url: str) -> str:
    """The URL as a server sees it: ``#respond`` and the like never reach it."""
    try:
        return urldefrag(url.strip())[0]
    except ValueError:
        return url.strip()


def join_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``; None for a malformed link (skip it)."""
    try:
        joined = urljoin(base, href.strip())
        parts = urlsplit(joined)
        parts.port  # noqa: B018 - raises on a malformed port
        if "[" in parts.netloc:  # Python 3.10 lets "http://[URL-situs]/" through
            ipaddress.IPv6Address(parts.hostname or "")
    except ValueError:
        return None
    return joined


def query_as_page_sends(href: str, encoding: str) -> str:
    """A link's raw non-ASCII query characters percent-encoded in the encoding of the
    page it is on, as a browser sends them (its path always in UTF-8).

    An old PHP portal in windows-1252 links ``baca.php?judul=… Café Aman`` and finds
    the post by the Latin-1 bytes ``%E9``; sent as UTF-8 (``%C3%A9``, how every URL
    is escaped once it leaves the page) it answered 404 and the article was lost
    (helper-113). Unchanged: a UTF-8 page's links, an ASCII link, and a character the
    page's encoding cannot write (left to UTF-8)."""
    if encoding.startswith("utf") or href.isascii():
        return href
    at = href.find("?")
    if at < 0 or href[at:].isascii():
        return href
    try:
        return safe_url_string(href, encoding)
    except (UnicodeError, LookupError, ValueError):
        return href


def redirect_target(url: str, location: bytes) -> str | None:
    """Where a redirect from ``url`` points: its ``Location`` header's raw bytes read as
    UTF-8 and percent-escaped, as Scrapy's redirects, curl and browsers read them (PHP's
    ``header()`` sends a non-ASCII slug so; read as latin-1 it was a garbled URL that
    answered 404). None for a malformed one."""
    try:
        return join_url(url, safe_url_string(location))
    except ValueError:  # w3lib refuses "http://[bad/" or a port out of range
        return None


def site_host(url: str) -> str:
    """Host (and non-default port) of ``url`` without a leading ``www.``.

    The port is part of a site's identity: two servers on one machine are two sites.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def canonical_elsewhere(declared: str | None, url: str, base_url: str) -> str | None:
    """The other page a fetched page names as its canonical (``rel=canonical``), if any.

    Only a same-site web URL counts: a page pointing at another site (syndication
    credit) or at itself is the article itself. Whether the page is really a variant
    of it is ``trusted_canonical``'s question.
    """
    if not declared:
        return None
    target = canonicalize_url(declared, base=url)
    if same_page(target, canonicalize_url(url)) or not target.startswith("http"):
        return None
    return target if same_site(target, base_url) else None


_SLUG_WORD = re.compile(r"[^\W_]+")
_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?)$", re.IGNORECASE)


def slug_words(url: str) -> list[str]:
    """The words of a URL's slug: its last path segment (before an AMP ``/amp/``),
    lowercased, without a file suffix: ``/2023/11/jadwal-sim-keliling.html`` gives
    jadwal, sim, keliling."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if segments and segments[-1].lower() == "amp":
        segments.pop()
    if not segments:
        return []
    return _SLUG_WORD.findall(_PAGE_SUFFIX.sub("", unquote(segments[-1])).lower())


# A day written as a number (20231106, 2023-11-06 read as one word): a cloned post of
# the same day shares it with its template, so it is no article id.
_DAY_NUMBER = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")


def _ids(words: list[str]) -> set[str]:
    """The words of a slug that are ids (five or more characters with a digit: Reuters'
    ``idUSKBN1ZI0EH``, a CMS's ``122760``), not years: a page sharing one with its
    canonical's slug is that article at another form of its URL."""
    return {
        w
        for w in words
        if len(w) >= 5 and any(c.isdigit() for c in w) and not _DAY_NUMBER.fullmatch(w)
    }


def trusted_canonical(target: str, url: str, titles: str = "") -> bool:
    """Whether a page at ``url`` naming ``target`` (same site) as its canonical is a
    variant of it (AMP, print, a tracking or moved form), as a canonical says.

    Two misconfigurations say otherwise, and believed, each lost articles without a
    trace (helper-85's trial): every page naming the home page or a category as its
    canonical (a theme or SEO plugin's setting: the article waited for ever to be an
    alias of a page that is no article), and a post cloned from another keeping its
    canonical (WordPress's Duplicate Post copies the SEO plugin's fields: six daily
    "Jadwal SIM Keliling … Senin/Selasa/…" posts became one). So a listing's or the home
    page's URL is never an article's canonical; and a page whose own slug is its title's
    words (most of them, three or more) names another article's when the target's slug
    has a word neither its title nor its own slug has. A real variant shares the slug
    (or an id in it), or has none of its own (``/?p=123``, ``/berita/123``), or its
    title has moved on with the slug the canonical names (an edited title and slug).
    Wrongly distrusted, a variant is stored once anyway: its identical text on the site
    is the same row.
    """
    if looks_like_non_article(target):
        return False
    own = slug_words(url)
    if len(own) < 3 or not titles:
        return True
    named = slug_words(target)
    if named == own or _ids(own) & _ids(named):
        return True
    said = set(_SLUG_WORD.findall(titles.lower()))
    covered = sum(word in said for word in own) / len(own)
    return not (covered >= 0.8 and any(w not in said and w not in own for w in named))


def is_loopback(url: str) -> bool:
    """True for a URL on this machine (127.0.0.0/8, ::1, localhost)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same_site(url: str, other: str) -> bool:
    """True when both URLs belong to the same site (``www.`` and port ignored)."""
    return site_host(url) == site_host(other) and site_host(url) != ""


# Lokomedia CMS (and the many Pemda, Polres and local portals on it or its forks) names
# every page ``<module>-<id>-<slug>.html`` through mod_rewrite, at the site's root or in
# the one folder it was installed in: its article is
# ``/berita-<id>-<judul_seo>.html``; its listings are the category
# (``/kategori-<id>-<slug>.html``, page N ``/halkategori-<id>-<N>.html``), the index
# (``/semua-berita.html``, ``/halberita-<N>.html``) and tag pages (``/tag-<slug>.html``),
# and its other modules' pages are no articles: agenda, photo albums, downloads, polls,
# search, the profile, the contact form and static pages (``/statis-<id>-<slug>.html``).
# Read as pages, a listing of three teasers with their 220-character excerpts and the
# profile were stored as articles.
_LOKOMEDIA_LISTING = (
    r"^/(?:[^/]+/)?(?:kategori-\d+-[^/]*|halkategori-\d+-\d+|semua-berita|halberita-\d+|indeks-berita"
    r"|tag-[^/]+|haltag-[^/]+-\d+)\.html$"
)
# Of those, the ones no article's URL has: a tag page's shape is also a root ".html"
# permalink's whose slug starts with "tag" ("/tag-team-polres-juara.html"), so a tag
# page is only a listing by its URL (links to it are not followed; a sitemap or feed
# that lists it has it read as a page). An agenda's id is not a year:
# "/agenda-2024-polres-gelar-apel.html" is a post's slug.
_LOKOMEDIA_NON_ARTICLE = (
    r"^/(?:[^/]+/)?(?:kategori-\d+-[^/]*|halkategori-\d+-\d+|semua-berita|halberita-\d+"
    r"|indeks-berita|semua-(?:agenda|album|download|video)|halagenda-\d+"
    r"|agenda-(?!(?:19|20)\d\d-)\d+-[^/]*|lihat-galeri-\d+-[^/]*|halgaleri-\d+-\d+"
    r"|hasil-pencarian|hasil-poling|lihat-poling|profil-kami|hubungi-kami|hubungi-aksi"
    r"|statis-\d+-[^/]*)\.html$"
)
_LOKOMEDIA_LISTING_PATH = re.compile(_LOKOMEDIA_LISTING, re.I)
# Lokomedia's pages by its script's query, as its own pages and editors link them
# (``media.php?module=detailkategori&id=2``): every module but ``detailberita``. Only
# on ``media.php``: another PHP CMS's ``index.php?module=berita&id=12`` is a post.
_LOKOMEDIA_SCRIPT = "media.php"
_LOKOMEDIA_MODULE = re.compile(r"(^|&)module=(?!detailberita(&|$))[a-z_]+(&|$)", re.I)
# Path shapes that are never a single article on WordPress, Blogger and most CMSes.
_NON_ARTICLE_PATH = re.compile(
    r"""(
        /(tag|tags|category|kategori|categories|author|penulis|label|topic|topik|
          search|cari|page|halaman|feed|feeds|comments|wp-json|wp-admin|wp-content|wp-includes|
          attachment|trackback|xmlrpc\.php|wp-login\.php|embed)(/|$)
      | /search/label/
      | /itemlist/                              # Joomla K2's lists: /itemlist/user/42-humas
      | /taxonomy/term/\d+(/|$)                 # Drupal's term pages and feeds, unaliased
      | /comment/reply/                         # Drupal's comment form
      | ^/user/(\d+|login|register|password|logout)(/|$)  # Drupal's profiles and forms
      | ^/p/[^/]+\.html$                        # Blogger's static pages (Profil, Kontak)
      | ^/\d{4}(/\d{1,2}){0,2}/?$                # date archives /2023/ /2023/11/ /2023/11/12/
      | /\d{4}_\d{2}(_\d{2})?_archive\.html$     # Blogger's monthly and daily archives
      | \.(pdf|jpe?g|png|gif|webp|svg|mp4|mp3|zip|docx?|xlsx?|pptx?|xml|json|css|js|ico|txt)$
    )"""
    + f"|{_LOKOMEDIA_NON_ARTICLE}",
    re.IGNORECASE | re.VERBOSE,
)
# Advertisements: a banner's link goes to an ad server's or the CMS's click-through
# script (``/iklan.php?id=3``, ``/adclick.php``, ``/banner.php?id=``, Revive's
# ``/www/delivery/ck.php``) or to an ad section (``/iklan/``, ``/ads/``,
# ``/advertisement``), which redirects to the advertiser or shows a picture. Every page
# carries the banners, so each was fetched as a candidate article once a site. Whole
# path segments only: an article whose slug holds the word (``/berita/iklan-rokok``) is
# no ad.
_AD_PATH = re.compile(
    r"""/(
        (iklan|ads?|adv|adverts?|advertisements?|advertising|banners?|adclick|adserver|
         bannerclick|banner_click|klik_?iklan|click|klik)
        \.(php|aspx?|jsp|cgi|pl)$                      # a click-through script
      | (iklan|ads|adverts?|advertisements?|advertising|banners?|adserver|adclick)(/|$)
      | delivery/(ck|cl|avw|ajs)\.php$                 # Revive / OpenX ad server
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# ``tmpl=component`` is Joomla's page without its template: the print view, the
# "e-mail this link" form, modal pop-ups; never an article's own page. ``destination=``
# with a path is the page a form returns to (Drupal's "Masuk atau daftar untuk mengirim
# komentar" links ``/user/login?destination=/node/12%23comment-form``): the URL is the
# form's. A word alone (a travel site's ``/paket-wisata?destination=bali``) is no form's.
_NON_ARTICLE_QUERY = re.compile(
    r"(^|&)((s|q|paged|cat|tag|author|attachment_id|share|action|print)="
    r"|destination=[^&]*(/|%2F)|tmpl=component(&|$))",
    re.I,
)
# The parameters that number a listing's pages: a page number (``page``, ``paged``,
# ``hal``, ``halaman``), or the offset of its first item, which is how Joomla (and other
# PHP CMSes) pages a category blog: ``/berita?start=10``, its first page's link
# ``?limitstart=0``.
_PAGE_PARAMS = r"(page|paged|hal|halaman|start|limitstart)"
# The front page by its script's name (a PHP or ASP CMS's ``/index.php``) or by the
# word a CMS routes to it (Lokomedia's ``/home``, ``/beranda``), alone or with
# nothing but a page number: ``/index.php?page=2`` is the home page's page 2, as
# ``/?page=2`` is. Any other query (``index.php?option=com_content&id=12``) may be a post.
_FRONT_SCRIPT = re.compile(r"/(index|default)\.(php|html?|aspx?|jsp)|/(home|beranda)/?", re.I)
_PAGE_NUMBER_QUERY = re.compile(rf"({_PAGE_PARAMS}=\d*&?)*", re.I)


# A CMS's listing views named in the query, when its search-engine-friendly URLs are
# off: Joomla's ``index.php?option=com_content&view=category&id=8&limitstart=5`` (also
# ``featured``, ``archive``, ``categories``, com_tags' ``tag``, Joomla 1.5's
# ``frontpage`` and ``section``) and K2's ``view=itemlist``. Its article is
# ``view=article`` (K2: ``view=item``).
_LISTING_VIEW = re.compile(
    r"(^|&)view=(category|categories|featured|archive|tag|tags|itemlist|frontpage|section)(&|$)",
    re.I,
)


def is_front_page(path: str, query: str) -> bool:
    """The site's home page or one of its numbered pages (``/``, ``/index.php?page=2``)."""
    if path == "/":
        return not re.search(r"(^|&)p=\d+", query)
    return bool(_FRONT_SCRIPT.fullmatch(path) and _PAGE_NUMBER_QUERY.fullmatch(query))


# A query of nothing but a page number (``/berita?page=2``, ``/kategori/hukum?hal=3``):
# on any path it is a page of what the path shows, never a post of its own. On a
# listing's path it is the listing's page N: read alone, a page with few teasers was
# taken for an article and stored. On an article's path it is the article's page N,
# which ``scraper.extract.paging`` joins to page 1 (read there whatever its shape).
# A page number beside another parameter (``?p=12&page=2``, ``detail.php?id=5&page=2``)
# leaves the URL to the other parameter.
_PAGED_QUERY = re.compile(rf"({_PAGE_PARAMS}=\d+&?)+", re.I)


def is_numbered_page(path: str, query: str) -> bool:
    """A page by its number alone, never an article of its own: the home page's
    (``is_front_page``), or any path's with a query of page numbers only: a listing's
    page (``/berita?page=2``), or a split article's, which is read with its page 1."""
    return is_front_page(path, query) or bool(_PAGED_QUERY.fullmatch(query))


# A path segment that is a script's name (``index.php``, ``detail.aspx``): the page is
# named by the query, not by the path.
_SCRIPT_SEGMENT = re.compile(r".*\.(php\d?|aspx?|jsp|cgi|pl)", re.I)
_WORD = re.compile(r"[^\W\d_]{3,}")


def names_its_page(url: str) -> bool:
    """True when the URL's last path segment holds a word (``/berita/140-judul-berita``,
    ``/2024/01/judul.html``), false for an id alone or a script's query
    (``/berita/140``, ``/index.php?option=com_content&id=140``, ``/?p=140``).

    A CMS that answers one article at several URLs (Joomla at its id with and without
    the alias, and at its raw ``index.php`` query, none with a ``rel=canonical``) links
    each somewhere: of two URLs of one text, the one with the slug is the article's
    name, though longer."""
    segments = [s for s in (urlsplit(url).path or "/").split("/") if s]
    if not segments or _SCRIPT_SEGMENT.fullmatch(segments[-1]):
        return False
    return bool(_WORD.search(segments[-1]))


def looks_like_non_article(url: str) -> bool:
    """True when the URL's shape alone says it is a listing, an archive or a file.

    Used to decide what never to store; a URL that passes may still turn out to be a
    non-article once its page is seen (see ``scraper.pagekind``).
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    if is_numbered_page(path, parts.query) or _LISTING_VIEW.search(parts.query):
        return True
    script = path.rsplit("/", 1)[-1].lower()
    if script == _LOKOMEDIA_SCRIPT and _LOKOMEDIA_MODULE.search(parts.query):
        return True
    return bool(
        _NON_ARTICLE_PATH.search(path)
        or _AD_PATH.search(path)
        or _NON_ARTICLE_QUERY.search(parts.query)
    )


def is_listing_url(url: str) -> bool:
    """True for pages worth reading for links: home, category/tag/archive and their pages."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if re.search(r"(^|&)p=\d+", parts.query):  # WordPress shortlink or plain permalink
        return False
    return is_numbered_page(path, parts.query) or bool(
        _LISTING_VIEW.search(parts.query)
        or _LOKOMEDIA_LISTING_PATH.search(path)
        or re.search(
            r"/(category|kategori|tag|label|page|halaman|search/label|itemlist)(/|$)", path, re.I
        )
        or re.fullmatch(r"/\d{4}(/\d{1,2}){0,2}/?", path)
        or re.search(r"/\d{4}_\d{2}(_\d{2})?_archive\.html$", path)
    )


def is_pagination(url: str) -> bool:
    """Page 2 and later of a listing (``/page/2/``, ``?paged=2``, ``/halaman/3``, Joomla's
    ``?start=10``, ``&limitstart=5``, Lokomedia's ``/halberita-2.html`` and
    ``/halkategori-5-2.html``)."""
    return bool(
        re.search(
            r"/(page|halaman)/\d+/?$|[?&](paged|page)=\d+|[?&](limit)?start=[1-9]"
            r"|/hal(berita|kategori-\d+)-(?!0*1\.html)\d+\.html$",
            url,
        )
    )


# Tag, author and search pages are read for links when met, never followed on; nor
# Lokomedia's tag pages (``/tag-narkoba.html``).
_NOT_FOLLOWED = re.compile(
    r"/(tag|tags|author|penulis|search)/|://[^/]+/(?:[^/]+/)?tag-[^/]+\.html$"
)


def is_followable_listing(canonical: str) -> bool:
    """Home, category and date archives and their pages; not tag, author or search.
    Takes the canonical URL (``canonicalize_url``)."""
    return not _NOT_FOLLOWED.search(canonical) and "?s=" not in canonical


def registrable_domain(url: str) -> str:
    """The domain a registrant owns (``polri.go.id`` for ``tribratanews.kalsel.polri.go.id``,
    from the public suffix list bundled with tldextract; never fetched), or the host
    itself for an IP address or a name with no public suffix (``127.0.0.1``,
    ``localhost``). Ports are ignored: one registrant, one domain."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return _registered(host) or host


def _registered(host: str) -> str:
    return _extractor()(host).top_domain_under_public_suffix


@cache
def _extractor():
    import tldextract  # a dependency of Scrapy; imported on first use

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
