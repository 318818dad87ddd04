"""Yoast SEO style `<head>` metadata: OpenGraph tags and the JSON-LD `@graph`.

Modelled on the schema pieces documented at developer.yoast.com (WebPage,
Article/NewsArticle, ImageObject, BreadcrumbList, WebSite, Organization,
Person), with `@id`s of the form `<url>#webpage`, `<home>#website`, as Yoast
prints them. Extractors read dates, author and keywords from here, so the
values must agree with the visible page.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from .model import Post, SiteModel
from .textfmt import attr, excerpt, iso

UrlFn = Callable[[str], str]


def description(post: Post) -> str:
    """Meta description: the auto-excerpt without the trailing "[…]"."""
    return excerpt(post.paragraphs, 30).removesuffix(" [\u2026]")


def og_tags(site: SiteModel, post: Post, u: UrlFn) -> str:
    """OpenGraph + article:* + Twitter meta tags for a single post."""
    tags = [
        ('property="og:locale"', "id_ID"),
        ('property="og:type"', "article"),
        ('property="og:title"', post.title),
        ('property="og:description"', description(post)),
        ('property="og:url"', u(post.canonical)),
        ('property="og:site_name"', site.config.name),
        ('property="article:published_time"', iso(post.published)),
        ('property="article:modified_time"', iso(post.modified)),
        ('property="og:image"', u(post.image.path)),
        ('property="og:image:width"', str(post.image.width)),
        ('property="og:image:height"', str(post.image.height)),
        ('property="og:image:type"', "image/jpeg"),
        ('name="author"', post.author.name),
        ('name="twitter:card"', "summary_large_image"),
        ('name="twitter:label1"', "Ditulis oleh"),
        ('name="twitter:data1"', post.author.name),
    ]
    return "\n".join(f'<meta {k} content="{attr(v)}" />' for k, v in tags)


def json_ld(site: SiteModel, post: Post, u: UrlFn) -> str:
    """The Yoast `@graph` script for a single post."""
    home = u("/")
    url = u(post.canonical)
    person_id = f"{home}#/schema/person/{hashlib.md5(post.author.slug.encode()).hexdigest()}"
    article_type = "NewsArticle" if site.config.theme == "wordpress" else "Article"
    words = sum(len(p.split()) for p in post.paragraphs)
    graph = [
        {
            "@type": article_type,
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": {"name": post.author.name, "@id": person_id},
            "headline": post.title,
            "datePublished": iso(post.published),
            "dateModified": iso(post.modified),
            "mainEntityOfPage": {"@id": url},
            "wordCount": words,
            "commentCount": len(post.comments),
            "publisher": {"@id": f"{home}#organization"},
            "image": {"@id": f"{url}#primaryimage"},
            "thumbnailUrl": u(post.image.path),
            "keywords": [t.name for t in post.tags],
            "articleSection": [c.name for c in post.categories],
            "inLanguage": "id",
        },
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{post.title} - {site.config.name}",
            "isPartOf": {"@id": f"{home}#website"},
            "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
            "image": {"@id": f"{url}#primaryimage"},
            "thumbnailUrl": u(post.image.path),
            "datePublished": iso(post.published),
            "dateModified": iso(post.modified),
            "description": description(post),
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
            "inLanguage": "id",
            "potentialAction": [{"@type": "ReadAction", "target": [url]}],
        },
        {
            "@type": "ImageObject",
            "inLanguage": "id",
            "@id": f"{url}#primaryimage",
            "url": u(post.image.path),
            "contentUrl": u(post.image.path),
            "width": post.image.width,
            "height": post.image.height,
            "caption": post.image.caption,
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Beranda", "item": home},
                {"@type": "ListItem", "position": 2, "name": post.title},
            ],
        },
        {
            "@type": "WebSite",
            "@id": f"{home}#website",
            "url": home,
            "name": site.config.name,
            "description": site.config.tagline,
            "publisher": {"@id": f"{home}#organization"},
            "potentialAction": [
                {
                    "@type": "SearchAction",
                    "target": {
                        "@type": "EntryPoint",
                        "urlTemplate": f"{home}?s={{search_term_string}}",
                    },
                    "query-input": "required name=search_term_string",
                }
            ],
            "inLanguage": "id",
        },
        {
            "@type": "Organization",
            "@id": f"{home}#organization",
            "name": site.config.name,
            "url": home,
        },
        {
            "@type": "Person",
            "@id": person_id,
            "name": post.author.name,
            "url": u(post.author.path),
        },
    ]
    body = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    body = body.replace("</", "<\\/")
    return f'<script type="application/ld+json" class="yoast-schema-graph">{body}</script>'
