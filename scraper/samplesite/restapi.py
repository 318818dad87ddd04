"""The WordPress REST API (wp/v2) as far as a news crawler uses it.

Field names, error codes and messages, the X-WP-Total / X-WP-TotalPages headers
and the 400 `rest_post_invalid_page_number` past the last page are those of
core's WP_REST_Posts_Controller. `date` is local wall-clock time (WITA),
`date_gmt` is UTC, both without offset, as WordPress returns them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from .content import entry_content
from .model import Post, SiteModel, Term
from .textfmt import esc, excerpt, gmt_wall, wall
from .theme import UrlFn

JsonResponse = tuple[int, dict[str, str], Any]


def error(code: str, message: str, status: int, **data: Any) -> JsonResponse:
    """A WP_Error rendered the way rest_convert_error_to_response() does."""
    return status, {}, {"code": code, "message": message, "data": {"status": status, **data}}


NO_ROUTE = ("rest_no_route", "No route was found matching the URL and request method.", 404)


def post_json(site: SiteModel, p: Post, u: UrlFn) -> dict[str, Any]:
    """One post object (context=view)."""
    api = u("/wp-json/wp/v2")
    return {
        "id": p.id,
        "date": wall(p.published),
        "date_gmt": gmt_wall(p.published),
        "guid": {"rendered": u(site.variant(p, "shortlink"))},
        "modified": wall(p.modified),
        "modified_gmt": gmt_wall(p.modified),
        "slug": p.slug,
        "status": "publish",
        "type": "post",
        "link": u(p.path),
        "title": {"rendered": esc(p.title)},
        "content": {"rendered": entry_content(site, p, u), "protected": False},
        "excerpt": {"rendered": f"<p>{esc(excerpt(p.paragraphs))}</p>\n", "protected": False},
        "author": p.author.id,
        "featured_media": p.image.id,
        "comment_status": "open",
        "ping_status": "open",
        "sticky": False,
        "template": "",
        "format": "standard",
        "meta": {"footnotes": ""},
        "categories": [c.id for c in p.categories],
        "tags": [t.id for t in p.tags],
        "class_list": [
            f"post-{p.id}",
            "post",
            "type-post",
            "status-publish",
            "format-standard",
            "has-post-thumbnail",
            "hentry",
        ]
        + [f"category-{c.slug}" for c in p.categories]
        + [f"tag-{t.slug}" for t in p.tags],
        "_links": {
            "self": [{"href": f"{api}/posts/{p.id}"}],
            "collection": [{"href": f"{api}/posts"}],
            "about": [{"href": f"{api}/types/post"}],
            "author": [{"embeddable": True, "href": f"{api}/users/{p.author.id}"}],
            "replies": [{"embeddable": True, "href": f"{api}/comments?post={p.id}"}],
            "wp:featuredmedia": [{"embeddable": True, "href": f"{api}/media/{p.image.id}"}],
            "wp:attachment": [{"href": f"{api}/media?parent={p.id}"}],
            "wp:term": [
                {
                    "taxonomy": "category",
                    "embeddable": True,
                    "href": f"{api}/categories?post={p.id}",
                },
                {"taxonomy": "post_tag", "embeddable": True, "href": f"{api}/tags?post={p.id}"},
            ],
            "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}],
        },
    }


def term_json(site: SiteModel, t: Term, u: UrlFn) -> dict[str, Any]:
    """A category or tag object."""
    base = "categories" if t.taxonomy == "category" else "tags"
    out: dict[str, Any] = {
        "id": t.id,
        "count": len(site.in_term(t)),
        "description": "",
        "link": u(t.path),
        "name": esc(t.name),
        "slug": t.slug,
        "taxonomy": t.taxonomy,
        "meta": [],
        "_links": {"self": [{"href": u(f"/wp-json/wp/v2/{base}/{t.id}")}]},
    }
    if t.taxonomy == "category":
        out["parent"] = 0
    return out


def _ints(value: str) -> list[int]:
    return [int(x) for x in value.split(",") if x.strip().isdigit()]


def _fields(obj: dict[str, Any], fields: str | None) -> dict[str, Any]:
    if not fields:
        return obj
    keep = {f.strip().split(".")[0] for f in fields.split(",")}
    return {k: v for k, v in obj.items() if k in keep}


def _collection(
    items: Sequence[Any], q: dict[str, str], route: str, u: UrlFn, render: Callable[[Any], Any]
) -> JsonResponse:
    try:
        per_page = int(q.get("per_page", "10"))
        page = int(q.get("page", "1"))
    except ValueError:
        return error("rest_invalid_param", "Invalid parameter(s): per_page", 400)
    if not 1 <= per_page <= 100:
        return error(
            "rest_invalid_param",
            "Invalid parameter(s): per_page",
            400,
            params={"per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"},
            details={
                "per_page": {
                    "code": "rest_out_of_bounds",
                    "message": "per_page must be between 1 (inclusive) and 100 (inclusive)",
                    "data": None,
                }
            },
        )
    if page < 1:
        return error(
            "rest_invalid_param",
            "Invalid parameter(s): page",
            400,
            params={"page": "page must be greater than or equal to 1"},
        )
    total = len(items)
    pages = math.ceil(total / per_page)
    if page > pages and total > 0:
        return error(
            "rest_post_invalid_page_number",
            "The page number requested is larger than the number of pages available.",
            400,
        )
    chunk = items[(page - 1) * per_page : page * per_page]
    headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
    links = []
    base = {k: v for k, v in q.items() if k != "page"}
    if page > 1:
        links.append(f'<{u(route)}?{urlencode(base | {"page": page - 1})}>; rel="prev"')
    if page < pages:
        links.append(f'<{u(route)}?{urlencode(base | {"page": page + 1})}>; rel="next"')
    if links:
        headers["Link"] = ", ".join(links)
    return 200, headers, [_fields(render(i), q.get("_fields")) for i in chunk]


def _parse_date(value: str, site: SiteModel) -> datetime:
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=site.config.tz)


def index(site: SiteModel, u: UrlFn) -> dict[str, Any]:
    """/wp-json/: the discovery document."""
    routes = [
        "/wp/v2/posts",
        "/wp/v2/posts/(?P<id>[\\d]+)",
        "/wp/v2/pages",
        "/wp/v2/media",
        "/wp/v2/categories",
        "/wp/v2/tags",
        "/wp/v2/users",
        "/wp/v2/users/(?P<id>[\\d]+)",
    ]
    return {
        "name": site.config.name,
        "description": site.config.tagline,
        "url": u("/").rstrip("/"),
        "home": u("/").rstrip("/"),
        "gmt_offset": int(site.config.tz.utcoffset(None).total_seconds() // 3600),
        "timezone_string": site.config.timezone_string,
        "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1", "wp-block-editor/v1"],
        "authentication": [],
        "routes": {r: {"namespace": "wp/v2", "methods": ["GET"]} for r in routes},
        "site_logo": 0,
        "site_icon": 0,
        "_links": {"help": [{"href": "https://developer.wordpress.org/rest-api/"}]},
    }


def handle(site: SiteModel, u: UrlFn, route: str, q: dict[str, str]) -> JsonResponse:
    """Dispatch a REST route ("/wp/v2/posts", …) with its query parameters."""
    route = "/" + route.strip("/")
    api = "/wp-json" + route
    if route in ("/", ""):
        return 200, {}, index(site, u)
    if route == "/wp/v2/posts":
        posts: list[Post] | tuple[Post, ...] = site.posts_tuple
        if "after" in q:
            after = _parse_date(q["after"], site)
            posts = [p for p in posts if p.published > after]
        if "before" in q:
            before = _parse_date(q["before"], site)
            posts = [p for p in posts if p.published < before]
        if "modified_after" in q:
            after = _parse_date(q["modified_after"], site)
            posts = [p for p in posts if p.modified > after]
        if "categories" in q:
            ids = _ints(q["categories"])
            posts = [p for p in posts if any(c.id in ids for c in p.categories)]
        if "tags" in q:
            ids = _ints(q["tags"])
            posts = [p for p in posts if any(t.id in ids for t in p.tags)]
        if "slug" in q:
            posts = [p for p in posts if p.slug in q["slug"].split(",")]
        if "include" in q:
            ids = _ints(q["include"])
            posts = [p for p in posts if p.id in ids]
        if "search" in q:
            term = q["search"].lower()
            posts = [p for p in posts if term in (p.title + " ".join(p.paragraphs)).lower()]
        if q.get("order") == "asc":
            posts = posts[::-1]
        return _collection(posts, q, api, u, lambda p: post_json(site, p, u))
    if route.startswith("/wp/v2/posts/"):
        post = site.by_id.get(int(route.rsplit("/", 1)[1])) if route[13:].isdigit() else None
        if post is None:
            return error("rest_post_invalid_id", "Invalid post ID.", 404)
        return 200, {}, _fields(post_json(site, post, u), q.get("_fields"))
    if route in ("/wp/v2/categories", "/wp/v2/tags"):
        terms = site.categories if route.endswith("categories") else site.tags
        if "include" in q:
            ids = _ints(q["include"])
            terms = [t for t in terms if t.id in ids]
        if "post" in q and q["post"].isdigit() and int(q["post"]) in site.by_id:
            post = site.by_id[int(q["post"])]
            terms = list(post.categories if route.endswith("categories") else post.tags)
        return _collection(list(terms), q, api, u, lambda t: term_json(site, t, u))
    if route.startswith("/wp/v2/users"):
        authors = {a.id: a for a in site.config.authors.values()}
        tail = route[len("/wp/v2/users") :].strip("/")
        if tail and not (tail.isdigit() and int(tail) in authors):
            return error("rest_user_invalid_id", "Invalid user ID.", 404)
        pick = [authors[int(tail)]] if tail else sorted(authors.values(), key=lambda a: a.id)
        rendered = [
            {
                "id": a.id,
                "name": a.name,
                "url": "",
                "description": a.description,
                "link": u(a.path),
                "slug": a.slug,
                "avatar_urls": {"96": "https://secure.gravatar.com/avatar/?s=96&d=mm&r=g"},
                "meta": [],
                "_links": {"self": [{"href": u(f"/wp-json/wp/v2/users/{a.id}")}]},
            }
            for a in pick
        ]
        if tail:
            return 200, {}, rendered[0]
        return _collection(rendered, q, api, u, lambda x: x)
    if route.startswith("/wp/v2/media/"):
        tail = route.rsplit("/", 1)[1]
        post = site.by_image_id.get(int(tail)) if tail.isdigit() else None
        if post is None:
            return error("rest_post_invalid_id", "Invalid post ID.", 404)
        return (
            200,
            {},
            {
                "id": post.image.id,
                "date": wall(post.published),
                "slug": post.image.path.rsplit("/", 1)[1][:-4].lower(),
                "type": "attachment",
                "link": u(post.image.attachment_path),
                "title": {"rendered": post.image.path.rsplit("/", 1)[1][:-4]},
                "caption": {"rendered": f"<p>{esc(post.image.caption)}</p>\n"},
                "alt_text": "",
                "media_type": "image",
                "mime_type": "image/jpeg",
                "post": post.id,
                "source_url": u(post.image.path),
                "media_details": {"width": post.image.width, "height": post.image.height},
            },
        )
    if route == "/wp/v2/pages":
        return _collection(
            list(site.pages),
            q,
            api,
            u,
            lambda pg: {
                "id": pg.id,
                "date": wall(pg.published),
                "date_gmt": gmt_wall(pg.published),
                "slug": pg.slug,
                "status": "publish",
                "type": "page",
                "link": u(pg.path),
                "title": {"rendered": esc(pg.title)},
                "content": {
                    "rendered": "".join(f"<p>{esc(x)}</p>\n" for x in pg.paragraphs),
                    "protected": False,
                },
            },
        )
    return error(*NO_ROUTE)


def dumps(payload: Any) -> bytes:
    """JSON as WordPress sends it: compact, slashes escaped, non-ASCII as \\u escapes."""
    return json.dumps(payload, separators=(",", ":")).replace("/", "\\/").encode()
