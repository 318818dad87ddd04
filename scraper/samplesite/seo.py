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
        ('name="twitter:label2"', "Estimasi waktu membaca"),
        ('name="twitter:data2"', f"{reading_minutes(post)} menit"),
    ]
    publisher = (
        f'<meta property="article:publisher" content="{attr(social_profiles(site)[0])}" />\n'
    )
    lines = [f'<meta {k} content="{attr(v)}" />' for k, v in tags]
    lines.insert(6, publisher.rstrip("\n"))
    return "\n".join(lines)


def reading_minutes(post: Post) -> int:
    """Yoast's estimated reading time (about 200 words a minute, at least one)."""
    return max(1, round(sum(len(p.split()) for p in post.paragraphs) / 200))


def social_profiles(site: SiteModel) -> list[str]:
    """The organisation's profiles Yoast lists as `sameAs` (and Jetpack links in the top bar)."""
    handle = "".join(ch for ch in site.config.name.lower() if ch.isalnum())
    return [
        f"https://www.facebook.com/{handle}",
        f"https://x.com/{handle}",
        f"https://www.instagram.com/{handle}/",
        f"https://www.youtube.com/@{handle}",
    ]


def _organization(site: SiteModel, home: str, u: UrlFn) -> dict:
    handle = "".join(ch for ch in site.config.name.lower() if ch.isalnum())
    logo = u(f"/wp-content/uploads/2021/03/logo-{handle}.png")
    return {
        "@type": "Organization",
        "@id": f"{home}#organization",
        "name": site.config.name,
        "url": home,
        "logo": {
            "@type": "ImageObject",
            "inLanguage": "id",
            "@id": f"{home}#/schema/logo/image/",
            "url": logo,
            "contentUrl": logo,
            "width": 260,
            "height": 70,
            "caption": site.config.name,
        },
        "image": {"@id": f"{home}#/schema/logo/image/"},
        "sameAs": social_profiles(site),
    }


def _website(site: SiteModel, home: str) -> dict:
    return {
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
    }


def _script(graph: list[dict]) -> str:
    body = json.dumps(
        {"@context": "https://schema.org", "@graph": graph},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    body = body.replace("</", "<\\/")
    return f'<script type="application/ld+json" class="yoast-schema-graph">{body}</script>'


def listing_json_ld(
    site: SiteModel,
    u: UrlFn,
    *,
    kind: str,
    url: str,
    name: str,
    crumbs: list[tuple[str, str | None]],
    first_image: str | None = None,
) -> str:
    """Yoast's `@graph` for an archive: CollectionPage (ProfilePage for authors,
    SearchResultsPage for searches), its breadcrumb, WebSite and Organization."""
    home = u("/")
    page_type: str | list[str] = {
        "author": "ProfilePage",
        "search": ["CollectionPage", "SearchResultsPage"],
    }.get(kind, "CollectionPage")
    page: dict = {
        "@type": page_type,
        "@id": url,
        "url": url,
        "name": name,
        "isPartOf": {"@id": f"{home}#website"},
    }
    if first_image:
        page["primaryImageOfPage"] = {"@id": f"{url}#primaryimage"}
        page["image"] = {"@id": f"{url}#primaryimage"}
        page["thumbnailUrl"] = first_image
    if kind == "home":
        page["about"] = {"@id": f"{home}#organization"}
        page["description"] = site.config.tagline
    page["breadcrumb"] = {"@id": f"{url}#breadcrumb"}
    page["inLanguage"] = "id"
    graph = [page]
    if first_image:
        graph.append(
            {
                "@type": "ImageObject",
                "inLanguage": "id",
                "@id": f"{url}#primaryimage",
                "url": first_image,
                "contentUrl": first_image,
                "width": 1280,
                "height": 853,
            }
        )
    graph.append(
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": i, "name": label}
                | ({"item": href} if href else {})
                for i, (label, href) in enumerate(crumbs, start=1)
            ],
        }
    )
    graph += [_website(site, home), _organization(site, home, u)]
    return _script(graph)


def listing_og(site: SiteModel, *, kind: str, title: str, url: str) -> str:
    """OpenGraph/Twitter tags Yoast prints on the home page and archives."""
    tags = [
        ('property="og:locale"', "id_ID"),
        ('property="og:type"', "website" if kind == "home" else "article"),
        ('property="og:title"', title),
        ('property="og:url"', url),
        ('property="og:site_name"', site.config.name),
        ('name="twitter:card"', "summary_large_image"),
    ]
    return "\n".join(f'<meta {k} content="{attr(v)}" />' for k, v in tags)


def json_ld(site: SiteModel, post: Post, u: UrlFn) -> str:
    """The Yoast `@graph` script for a single post."""
    home = u("/")
    url = u(post.canonical)
    person_id = f"{home}#/schema/person/{hashlib.md5(post.author.slug.encode()).hexdigest()}"
    article_type = "NewsArticle" if site.config.theme == "wordpress" else "Article"
    words = sum(len(p.split()) for p in post.paragraphs)
    digest = hashlib.md5(post.author.slug.encode()).hexdigest()
    avatar = f"https://secure.gravatar.com/avatar/{digest}?s=96&d=mm&r=g"
    crumbs: list[dict] = [{"@type": "ListItem", "position": 1, "name": "Beranda", "item": home}]
    if post.categories:
        cat = post.categories[0]
        crumbs.append({"@type": "ListItem", "position": 2, "name": cat.name, "item": u(cat.path)})
    crumbs.append({"@type": "ListItem", "position": len(crumbs) + 1, "name": post.title})
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
            "potentialAction": [
                {"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}
            ],
            "copyrightYear": str(post.published.year),
            "copyrightHolder": {"@id": f"{home}#organization"},
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
            "itemListElement": crumbs,
        },
        _website(site, home),
        _organization(site, home, u),
        {
            "@type": "Person",
            "@id": person_id,
            "name": post.author.name,
            "image": {
                "@type": "ImageObject",
                "inLanguage": "id",
                "@id": f"{home}#/schema/person/image/",
                "url": avatar,
                "contentUrl": avatar,
                "caption": post.author.name,
            },
            "description": post.author.description,
            "url": u(post.author.path),
        },
    ]
    return _script(graph)
