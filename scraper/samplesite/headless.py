"""Article pages from a headless front end: the theme change that starves an extractor.

A common redesign of an Indonesian news or government site in 2023-24 keeps WordPress
as the back office and puts a JavaScript front end (Next.js, Nuxt) before it. The
server-rendered page carries the headline and the lead paragraph; the rest of the body
travels as JSON in ``<script id="__NEXT_DATA__">`` for the browser to render. A crawler
that does not run scripts (ours, on purpose) then reads only the lead: every new
article shrinks from a couple of thousand characters to a few hundred, and the page
loses its ``article:published_time`` and ``<time>``. Health must notice
(``extraction drift``). The markup follows what such front ends print.
"""

from __future__ import annotations

import json

from .model import Post, SiteModel
from .textfmt import attr, esc
from .theme import UrlFn


def single(site: SiteModel, post: Post, u: UrlFn, paragraphs: int = 1) -> str:
    """The page of ``post`` as the headless front end serves it, with only its first
    ``paragraphs`` paragraphs in the HTML."""
    name = site.config.name
    shown = "".join(f"<p>{esc(p)}</p>" for p in post.paragraphs[:paragraphs])
    data = {
        "props": {
            "pageProps": {
                "post": {
                    "id": post.id,
                    "slug": post.slug,
                    "title": post.title,
                    "content": "".join(f"<p>{esc(p)}</p>" for p in post.paragraphs),
                }
            }
        },
        "page": "/[slug]",
        "query": {"slug": post.slug},
        "buildId": "k3Jd9xQ2mT",
    }
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        f"<title>{esc(post.title)} | {esc(name)}</title>"
        f'<link rel="canonical" href="{attr(u(post.canonical))}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{attr(post.title)}">'
        f'<meta property="og:site_name" content="{attr(name)}">'
        '<link rel="preload" href="/_next/static/chunks/main-5f1c2a.js" as="script">'
        "</head><body>"
        '<div id="__next"><header class="site-header">'
        f'<a class="brand" href="{attr(u("/"))}">{esc(name)}</a>'
        '<nav class="menu"><a href="/category/berita-polisi/">Berita Polisi</a>'
        '<a href="/category/kamtibmas/">Kamtibmas</a></nav></header>'
        '<main class="post-layout"><article class="post">'
        f'<h1 class="post-title">{esc(post.title)}</h1>'
        f'<div class="post-lead">{shown}</div>'
        '<div id="post-body" class="post-body" data-hydrate="true"></div>'
        "</article></main>"
        f'<footer class="site-footer">© {esc(name)}</footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{payload}</script>'
        '<script src="/_next/static/chunks/pages/%5Bslug%5D-a81c.js" async></script>'
        "</body></html>"
    )
