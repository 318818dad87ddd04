# ruff: noqa: E501 - imitated markup reads better one element to a line than wrapped at 100
"""A server-rendered Next.js news portal on 127.0.0.1, WIB: the twelve releases of
``_articles`` on a regional edition of a national media network.

Where the markup comes from: written from memory of the public pages of Indonesian
portals on Next.js (the IDN Times and kumparan kind and regional networks on similar
stacks); no saved page of any of them was available, so nothing here is copied and the
details are typical, not any one site's. What Next.js (pages router, SSR) puts in every
page: ``<div id="__next">`` around the whole page, CSS-module class names
(``styles_articleBody__a1B2c``), ``<link rel="preload">`` of the ``/_next/static/``
chunks and the hero image through ``/_next/image?url=…``, the ``<script
id="__NEXT_DATA__" type="application/json">`` props (the article, its body HTML and
its dates as ``toISOString()`` UTC), the ``/_next/static/…`` script tags. What such a
portal adds: JSON-LD ``NewsArticle`` (``datePublished`` with ``+07:00``; the author a
list of ``Person``, or on every other article the publisher ``Organization``, as a
site-wide SEO component fills it whatever the byline says), ``<meta name="author">``
with the reporter, OpenGraph (``article:published_time`` in UTC, as the props have
it), a visible "Selasa, 09 Jan 2024 | 10:12 WIB", the reporter's byline and an
"Editor:" line, an inline "Baca Juga:" card in the body, tags, share buttons (a "Salin
Tautan" link with ``utm_*``), "Berita Terkait" cards with ``utm_source=related``, AMP
twins at ``/amp/news/…`` (``rel=amphtml`` from the article, ``rel=canonical`` back, the
whole text on one page), long articles split in two pages ("Halaman 1 2 Selanjutnya" at
``?page=1`` and ``?page=2``, each page's canonical page 1's URL), the index ``/indeks``
(``?page=N``, and one day's articles at ``?date=YYYY-MM-DD``), kanal and tag listings,
a sitemap index (robots.txt) naming a Google News sitemap (the newest three,
``<news:publication_date>``) and monthly sitemaps. Anything else is 404. Variants
(``serve_nextjs``): no sitemap; JSON-LD dates in UTC too; an index of days only.

URL shape: ``/news/kalsel/<slug>-<id>`` (the id a short base-36 string, kumparan-like).
Everything is invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from urllib.parse import parse_qs, quote, urlsplit

from scraper.samplesite.textfmt import HARI
from tests.platforms._articles import RELEASES, Release
from tests.platforms._server import HTML, NOT_FOUND, TEXT, XML, Answer, serve

OFFSET = 7  # WIB
TIMEZONE = "Asia/Jakarta"
PAGE_SIZE = 5
SITE_NAME = "Warta Times Kalsel"
BUILD_ID = "k2Hq9xV0aLmN3pR7tYb1c"
BULAN_PENDEK = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
REPORTERS = ("Rizki Ananda", "Dewi Lestari Putri", "Muhammad Iqbal Fahmi")
EDITOR = "Siti Nurhaliza"
SPLIT = (2, 7)  # the releases whose text is split over two pages


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out


@dataclass(frozen=True)
class Post:
    release: Release
    number: int
    author: str

    @property
    def slug(self) -> str:
        return f"{self.release.slug}-{_b36(36**5 + 7919 * self.number)}"

    @property
    def path(self) -> str:
        return f"/news/kalsel/{self.slug}"

    @property
    def amp_path(self) -> str:
        return "/amp" + self.path

    @property
    def pages(self) -> tuple[tuple[str, ...], ...]:
        p = self.release.paragraphs
        return (p[:2], p[2:]) if self.number in SPLIT else (p,)

    @property
    def shown_date(self) -> str:
        d = self.release.local
        return (
            f"{HARI[d.weekday()]}, {d.day:02d} {BULAN_PENDEK[d.month - 1]} {d.year} | {d:%H:%M} WIB"
        )

    @property
    def utc_iso(self) -> str:
        return self.release.utc(OFFSET).strftime("%Y-%m-%dT%H:%M:%S.000Z")


POSTS: tuple[Post, ...] = tuple(
    Post(r, i, REPORTERS[i % len(REPORTERS)]) for i, r in enumerate(RELEASES)
)
NEWEST_FIRST = tuple(sorted(POSTS, key=lambda p: p.release.local, reverse=True))


def expected(base_url: str) -> dict[str, tuple[str, str, str]]:
    """What the archive must hold: URL -> (title, published_at in WIB, author)."""
    base = base_url.rstrip("/")
    return {
        base + p.path: (p.release.title, p.release.aware(OFFSET).isoformat(), p.author)
        for p in POSTS
    }


def _next_data(page: str, query: dict, props: dict) -> str:
    data = {
        "props": {"pageProps": props, "__N_SSP": True},
        "page": page,
        "query": query,
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    # Next.js escapes "<" so a body's "</p>" cannot end the script.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _layout(title: str, head: str, main: str, page: str, query: dict, props: dict) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{escape(title)}</title>
{head}
<link rel="preload" href="/_next/static/media/inter-latin.a1b2c3d4.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="preload" href="/_next/static/css/7f3a9c1e2b4d5f60.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7f3a9c1e2b4d5f60.css" data-n-g=""/>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-3f1a9d2e5c7b8a60.js" defer=""></script>
<script src="/_next/static/chunks/pages{page.replace("[", "%5B").replace("]", "%5D")}-9b8c7d6e5f4a3b21.js" defer=""></script>
<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>
</head><body><div id="__next"><div class="styles_wrapper__Qm3Zx">
<header class="styles_header__H7kLp"><div class="styles_headerInner__p0Oq2"><a class="styles_logo__Zz1aA" href="/"><img alt="{SITE_NAME}" src="/_next/static/media/logo.5e6f7a8b.svg" width="160" height="32"/></a>
<nav class="styles_nav__R4tYu"><a class="styles_navItem__w2Ee3" href="/">Beranda</a><a class="styles_navItem__w2Ee3" href="/news/kalsel">Kalsel</a><a class="styles_navItem__w2Ee3" href="/indeks">Indeks</a><a class="styles_navItem__w2Ee3" href="/tag/polri">#Polri</a></nav>
<button type="button" class="styles_search__Ab9Cd" aria-label="Cari"></button></div></header>
<main class="styles_main__Lk8Jh">
{main}
</main>
<footer class="styles_footer__Fo0tR"><div class="styles_footerInner__Xx7Yy"><p>{SITE_NAME} adalah bagian dari jaringan media Warta Times.</p>
<a href="/tentang-kami">Tentang Kami</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a> <a href="/kontak">Kontak</a>
<p>© 2024 {SITE_NAME}. All rights reserved.</p></div></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{_next_data(page, query, props)}</script></body></html>"""


def _image(post: Post, width: int = 640) -> str:
    src = f"/uploads/2024/{post.release.local:%m}/{post.release.slug[:24]}.jpg"
    return f"/_next/image?url={quote(src, safe='')}&amp;w={width}&amp;q=75"


def _card(post: Post, utm: str = "") -> str:
    r = post.release
    href = post.path + utm
    return f"""<div class="styles_card__Cd4Ef"><a class="styles_cardImage__Gh5Ij" href="{href}"><img alt="{escape(r.title)}" loading="lazy" decoding="async" src="{_image(post, 384)}"/></a>
<div class="styles_cardBody__Kl6Mn"><a class="styles_cardKanal__Op7Qr" href="/news/kalsel">Kalsel</a><a href="{href}"><h3 class="styles_cardTitle__St8Uv">{escape(r.title)}</h3></a>
<p class="styles_cardExcerpt__Wx9Yz">{escape(r.paragraphs[0][:120])}…</p><time class="styles_cardTime__Ab1Cd">{post.shown_date}</time></div></div>"""


def _ld(base: str, post: Post, utc: bool = False) -> str:
    r = post.release
    url = base.rstrip("/") + post.path
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": r.title,
        "image": [base.rstrip("/") + _image(post, 1200).replace("&amp;", "&")],
        "datePublished": post.utc_iso if utc else r.aware(OFFSET).isoformat(),
        "dateModified": post.utc_iso if utc else r.aware(OFFSET).isoformat(),
        "author": [
            {
                "@type": "Person",
                "name": post.author,
                "url": f"{base}author/{post.author.lower().replace(' ', '-')}",
            }
        ]
        if post.number % 2 == 0
        else {"@type": "Organization", "name": SITE_NAME, "url": base},
        "editor": {"@type": "Person", "name": EDITOR},
        "publisher": {
            "@type": "Organization",
            "name": SITE_NAME,
            "logo": {"@type": "ImageObject", "url": f"{base}logo.png"},
        },
        "keywords": ", ".join(r.tags),
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Beranda", "item": base},
            {"@type": "ListItem", "position": 2, "name": "Kalsel", "item": f"{base}news/kalsel"},
            {"@type": "ListItem", "position": 3, "name": r.title, "item": url},
        ],
    }
    return "".join(
        f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>'
        for x in (ld, crumbs)
    )


def _tag_slug(tag: str) -> str:
    return tag.lower().replace(" ", "-")


def _article(base: str, post: Post, page: int, utc: bool = False) -> str:
    r = post.release
    root = base.rstrip("/")
    url = root + post.path
    total = len(post.pages)
    paragraphs = post.pages[page - 1]
    others = [p for p in NEWEST_FIRST if p is not post]
    baca = others[(post.number + 1) % len(others)]
    body = [f"<p>{escape(p)}</p>" for p in paragraphs]
    body.insert(
        1,
        f'<div class="styles_bacaJuga__Rt5Gh"><strong>Baca Juga: </strong><a href="{baca.path}?utm_source=internal&amp;utm_medium=baca_juga">{escape(baca.release.title)}</a></div>',
    )
    if page == total:
        body.append(f'<p class="styles_editor__Ed1Tr">Editor: {EDITOR}</p>')
    pager = ""
    if total > 1:
        links = "".join(
            f'<a class="styles_pageItem__Pg2Hj{" styles_active__Ac3Kl" if n == page else ""}" href="{post.path}?page={n}">{n}</a>'
            for n in range(1, total + 1)
        )
        nxt = (
            f'<a class="styles_pageNext__Nx4Mn" href="{post.path}?page={page + 1}">Selanjutnya</a>'
            if page < total
            else ""
        )
        pager = f'<div class="styles_pagination__Pn5Op"><span>Halaman</span>{links}{nxt}</div>'
    tags = "".join(
        f'<a class="styles_tag__Tg6Qr" href="/tag/{_tag_slug(t)}">#{escape(t)}</a>' for t in r.tags
    )
    share_url = quote(url + "?utm_source=whatsapp&utm_medium=share", safe="")
    share = f"""<div class="styles_share__Sh7St"><span>Bagikan</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener noreferrer">Facebook</a>
<a href="https://twitter.com/intent/tweet?url={share_url}&amp;text={quote(r.title)}" target="_blank" rel="noopener noreferrer">X</a>
<a href="https://api.whatsapp.com/send?text={quote(r.title)}%20{share_url}" target="_blank" rel="noopener noreferrer">WhatsApp</a>
<a href="{post.path}?utm_source=copy_link&amp;utm_medium=share&amp;utm_campaign=artikel">Salin Tautan</a></div>"""
    related = "\n".join(_card(p, "?utm_source=related&utm_medium=artikel") for p in others[:4])
    author_slug = post.author.lower().replace(" ", "-")
    head = f"""<meta name="description" content="{escape(r.paragraphs[0][:150])}"/>
<meta name="author" content="{escape(post.author)}"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="{SITE_NAME}"/>
<meta property="og:title" content="{escape(r.title)}"/>
<meta property="og:description" content="{escape(r.paragraphs[0][:150])}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:image" content="{root}{_image(post, 1200)}"/>
<meta property="article:published_time" content="{post.utc_iso}"/>
<meta property="article:section" content="Kalsel"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{url}"/>
<link rel="amphtml" href="{root}{post.amp_path}"/>
<link rel="preload" as="image" imageSrcSet="{_image(post, 640)} 640w, {_image(post, 1080)} 1080w" imageSizes="100vw"/>
{_ld(base, post, utc)}"""
    main = f"""<div class="styles_container__Ct8Uv"><article class="styles_article__Ar9Wx">
<div class="styles_breadcrumb__Br1Yz"><a href="/">Beranda</a> › <a href="/news/kalsel">Kalsel</a></div>
<h1 class="styles_title__Ti2Ab">{escape(r.title)}</h1>
<div class="styles_meta__Me3Cd"><div class="styles_author__Au4Ef"><a href="/author/{author_slug}">{escape(post.author)}</a></div><time class="styles_date__Da5Gh" dateTime="{post.utc_iso}">{post.shown_date}</time></div>
<figure class="styles_hero__He6Ij"><img alt="{escape(r.title)}" fetchpriority="high" decoding="async" src="{_image(post, 1080)}"/><figcaption>Ilustrasi. (Dok. Humas Polres)</figcaption></figure>
<div class="styles_articleBody__a1B2c" data-testid="article-body">
{chr(10).join(body)}
</div>
{pager}
<div class="styles_tags__Tg7Kl">{tags}</div>
{share}
</article>
<section class="styles_related__Rl8Mn"><h2>Berita Terkait</h2>
{related}
</section></div>"""
    props = {
        "article": {
            "id": post.number,
            "slug": post.slug,
            "title": r.title,
            "content": "".join(f"<p>{p}</p>" for p in paragraphs),
            "publishedAt": post.utc_iso,
            "updatedAt": post.utc_iso,
            "author": {"name": post.author, "slug": author_slug},
            "tags": [{"name": t, "slug": _tag_slug(t)} for t in r.tags],
            "totalPage": total,
        },
        "page": page,
    }
    query = {"kanal": "kalsel", "slug": post.slug} | ({"page": str(page)} if page > 1 else {})
    return _layout(f"{r.title} | {SITE_NAME}", head, main, "/news/[kanal]/[slug]", query, props)


def _amp(base: str, post: Post) -> str:
    r = post.release
    root = base.rstrip("/")
    body = "\n".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
    return f"""<!doctype html><html ⚡ lang="id"><head><meta charset="utf-8"/>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{escape(r.title)} | {SITE_NAME}</title>
<link rel="canonical" href="{root}{post.path}"/>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/>
<meta property="og:type" content="article"/><meta property="og:title" content="{escape(r.title)}"/>
{_ld(base, post)}
<style amp-boilerplate>body{{visibility:hidden}}</style><noscript><style amp-boilerplate>body{{visibility:visible}}</style></noscript>
</head><body><header class="amp-header"><a href="{root}/">{SITE_NAME}</a></header>
<article class="amp-article"><h1>{escape(r.title)}</h1><div class="amp-meta">{escape(post.author)} · {post.shown_date}</div>
<amp-img src="{root}{_image(post, 640)}" width="640" height="360" layout="responsive"></amp-img>
<div class="amp-body">
{body}
</div><p>Editor: {EDITOR}</p></article>
<footer><a href="{root}{post.path}">Lihat versi lengkap</a></footer></body></html>"""


def _listing(title: str, cards: list[Post], pager: str, extra: str = "") -> str:
    return f"""<div class="styles_container__Ct8Uv"><h1 class="styles_listTitle__Lt9Op">{escape(title)}</h1>{extra}
<div class="styles_list__Ls1Qr">
{chr(10).join(_card(p) for p in cards)}
</div>
{pager}</div>"""


def _pager(path: str, page: int, pages: int) -> str:
    links = []
    if page > 1:
        links.append(
            f'<a class="styles_pageItem__Pg2Hj" href="{path}?page={page - 1}">‹ Sebelumnya</a>'
        )
    for n in range(1, pages + 1):
        active = " styles_active__Ac3Kl" if n == page else ""
        links.append(f'<a class="styles_pageItem__Pg2Hj{active}" href="{path}?page={n}">{n}</a>')
    if page < pages:
        links.append(
            f'<a class="styles_pageItem__Pg2Hj" href="{path}?page={page + 1}">Berikutnya ›</a>'
        )
    return f'<nav class="styles_pagination__Pn5Op">{"".join(links)}</nav>'


def _paged_listing(
    path: str, title: str, posts: list[Post], page: int, extra: str = ""
) -> str | None:
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    if not 1 <= page <= pages:
        return None
    shown = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    main = _listing(title, shown, _pager(path, page, pages), extra)
    head = '<meta property="og:type" content="website"/>'
    props = {"articles": [p.slug for p in shown], "page": page, "totalPage": pages}
    return _layout(f"{title} | {SITE_NAME}", head, main, path, {"page": str(page)}, props)


def _index(base: str, query: dict[str, list[str]], paged: bool = True) -> str | None:
    days = sorted({p.release.local.date() for p in POSTS}, reverse=True)
    picker = (
        '<div class="styles_datePicker__Dp2Rs">'
        + "".join(
            f'<a href="/indeks?date={d.isoformat()}">{d.day:02d} {BULAN_PENDEK[d.month - 1]}</a>'
            for d in days
        )
        + "</div>"
    )
    if "date" in query:
        day = query["date"][0]
        shown = [p for p in NEWEST_FIRST if p.release.local.date().isoformat() == day]
        main = _listing(f"Indeks Berita {day}", shown, "", picker)
        head = '<meta property="og:type" content="website"/>'
        return _layout(
            f"Indeks Berita {day} | {SITE_NAME}",
            head,
            main,
            "/indeks",
            {"date": day},
            {"articles": [p.slug for p in shown]},
        )
    raw = query.get("page", ["1"])[0]
    if not raw.isdigit() or (not paged and raw != "1"):
        return None
    if not paged:  # the newest day's articles and the days to pick from
        shown = [p for p in NEWEST_FIRST if p.release.local.date() == days[0]]
        main = _listing("Indeks Berita", shown, "", picker)
        head = '<meta property="og:type" content="website"/>'
        return _layout(
            f"Indeks Berita | {SITE_NAME}",
            head,
            main,
            "/indeks",
            {},
            {"articles": [p.slug for p in shown]},
        )
    return _paged_listing("/indeks", "Indeks Berita", list(NEWEST_FIRST), int(raw), picker)


def _home(base: str) -> str:
    head = f'<meta property="og:type" content="website"/><meta property="og:title" content="{SITE_NAME}"/><link rel="canonical" href="{base}"/>'
    popular = "".join(
        f'<li><a href="{p.path}?utm_source=terpopuler&amp;utm_medium=home">{escape(p.release.title)}</a></li>'
        for p in POSTS[:5]
    )
    main = f"""<section class="styles_headline__Hl1Tu"><h2>Berita Terkini</h2>
<div class="styles_list__Ls1Qr">
{chr(10).join(_card(p) for p in NEWEST_FIRST[:6])}
</div><a class="styles_more__Mo2Vw" href="/indeks">Lihat Indeks Berita</a></section>
<aside class="styles_popular__Pp3Xy"><h2>Terpopuler</h2><ol>{popular}</ol></aside>"""
    return _layout(SITE_NAME, head, main, "/", {}, {"headline": [p.slug for p in NEWEST_FIRST[:6]]})


def _urlset(base: str, posts: list[Post], news: bool = False) -> str:
    root = base.rstrip("/")
    rows = []
    for p in posts:
        extra = ""
        if news:
            extra = f"""<news:news><news:publication><news:name>{SITE_NAME}</news:name><news:language>id</news:language></news:publication><news:publication_date>{p.release.aware(OFFSET).isoformat()}</news:publication_date><news:title>{escape(p.release.title)}</news:title></news:news>"""
        rows.append(
            f"<url><loc>{root}{p.path}</loc><lastmod>{p.release.aware(OFFSET).isoformat()}</lastmod>{extra}</url>"
        )
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>\n{chr(10).join(rows)}\n</urlset>'


def _months() -> list[str]:
    return sorted({f"{p.release.local:%Y-%m}" for p in POSTS})


def make_site(base: str, sitemaps: bool = True, utc_dates: bool = False, paged: bool = True):
    by_path = {p.path: p for p in POSTS}
    by_amp = {p.amp_path: p for p in POSTS}
    tags = {_tag_slug(t): t for p in POSTS for t in p.release.tags} | {"polri": "Polri"}
    root = base.rstrip("/")

    def answer(target: str) -> Answer:
        parts = urlsplit(target)
        path = parts.path.rstrip("/") or "/"
        query = parse_qs(parts.query)
        if path == "/":
            return 200, HTML, _home(base)
        if path == "/robots.txt":
            lines = "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /_next/data/\n"
            if sitemaps:
                lines += f"\nSitemap: {root}/sitemap.xml\nSitemap: {root}/sitemap-news.xml\n"
            return 200, TEXT, lines
        if sitemaps and path == "/sitemap.xml":
            rows = "".join(
                f"<sitemap><loc>{root}/sitemap/{m}.xml</loc></sitemap>" for m in _months()
            )
            rows = f"<sitemap><loc>{root}/sitemap-news.xml</loc></sitemap>" + rows
            return (
                200,
                XML,
                f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>',
            )
        if sitemaps and path == "/sitemap-news.xml":
            return 200, XML, _urlset(base, list(NEWEST_FIRST[:3]), news=True)
        if sitemaps and path.startswith("/sitemap/") and path.endswith(".xml"):
            month = path[len("/sitemap/") : -len(".xml")]
            posts = [p for p in NEWEST_FIRST if f"{p.release.local:%Y-%m}" == month]
            return (200, XML, _urlset(base, posts)) if posts else NOT_FOUND
        if path in by_path:
            post = by_path[path]
            raw = query.get("page", ["1"])[0]
            page = int(raw) if raw.isdigit() else 1
            if not 1 <= page <= len(post.pages):
                return NOT_FOUND
            return 200, HTML, _article(base, post, page, utc_dates)
        if path in by_amp:
            return 200, HTML, _amp(base, by_amp[path])
        if path == "/indeks":
            body = _index(base, query, paged)
            return (200, HTML, body) if body else NOT_FOUND
        if path == "/news/kalsel":
            raw = query.get("page", ["1"])[0]
            posts = list(NEWEST_FIRST if paged else NEWEST_FIRST[:PAGE_SIZE])
            body = _paged_listing(path, "Berita Kalsel", posts, int(raw)) if raw.isdigit() else None
            return (200, HTML, body) if body else NOT_FOUND
        if path.startswith("/tag/") and path[5:] in tags:
            tag = tags[path[5:]]
            posts = [p for p in NEWEST_FIRST if tag in p.release.tags or tag == "Polri"]
            posts = posts if paged else posts[:PAGE_SIZE]
            raw = query.get("page", ["1"])[0]
            body = _paged_listing(path, f"#{tag}", posts, int(raw)) if raw.isdigit() else None
            return (200, HTML, body) if body else NOT_FOUND
        if path in ("/tentang-kami", "/pedoman-media-siber", "/kontak"):
            title = path[1:].replace("-", " ").title()
            main = f'<div class="styles_static__St4Zz"><h1>{title}</h1><p>{SITE_NAME} adalah media daring yang berkantor di Banjarmasin.</p></div>'
            return 200, HTML, _layout(f"{title} | {SITE_NAME}", "", main, path, {}, {})
        return NOT_FOUND

    return answer


def serve_nextjs(sitemaps: bool = True, utc_dates: bool = False, paged: bool = True):
    """``with serve_nextjs() as base_url:`` the portal on 127.0.0.1 until the block ends;
    ``sitemaps=False``: no sitemap, so every article comes from the HTML listings;
    ``utc_dates``: the JSON-LD dates too are the props' ``toISOString()`` (UTC, "Z"),
    as on portals that print the props' dates unchanged; only the visible date says WIB."""
    return serve(lambda base: make_site(base, sitemaps, utc_dates, paged))
