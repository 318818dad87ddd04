"""Platform profiles: what a site definition needs on each platform we catalogue.

A catalogue entry is one small module in ``spiders/sites`` whose ``SITE`` is built by
one of these functions, so what a platform needs (which discovery methods work there,
its usual time zone, the field overrides its markup calls for) is written once::

    from spiders.sites._profiles import tribratanews_polda

    SITE = tribratanews_polda(
        "https://tribratanews.kalsel.polri.go.id/",
        province="Kalimantan Selatan",
        timezone="Asia/Makassar",
        source="…where the name and address were found, and when…",
    )

The leading underscore keeps this module out of the catalogue: ``load_sites()`` imports
every module here but collects only those that define ``SITE``.

Every profile checks what a hand-written file can get wrong: the base URL (absolute,
ending in ``/``), the time zone (a valid IANA name), the province (any spelling the
gazetteer knows, stored under its official name), the owner type (one of ``OWNERS``)
and the source (never empty). ``verified`` stays ``False`` until review has seen a crawl
of the real site succeed; the file then passes ``verified=True``.

Each profile is tested by a crawl of a loopback imitation of its platform
(``tests/test_catalogue.py``): WordPress on ``scraper.samplesite``, Odoo, Blogger and
a custom CMS on the servers in ``tests/platforms/``.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from scraper.sites import DISCOVERY_METHODS, OWNERS, FieldOverrides, SiteDefinition, province_of
from scraper.urls import site_host

# Platforms a catalogue entry may name. "other" is a platform we know and that is none
# of the three (a portal's own CMS); "unknown" is one no source has shown us yet.
PLATFORMS = ("wordpress", "odoo", "blogger", "other", "unknown")

# Discovery per platform (see scraper.sites.DISCOVERY_METHODS). Only WordPress has the
# REST API; Odoo and Blogger publish sitemaps and Atom feeds; a platform we do not know
# gets every method (one that the site lacks simply finds nothing).
WORDPRESS_DISCOVERY = DISCOVERY_METHODS
ODOO_DISCOVERY = ("sitemap", "feed", "listing")
BLOGGER_DISCOVERY = ("sitemap", "feed", "listing")
OTHER_DISCOVERY = ("sitemap", "feed", "listing")

# Odoo website_blog: the teaser loop of /blog, /blog/<blog>-<id> and their archive
# filters (?date_begin=…). Those URLs have no listing shape, and the teasers add up to
# thousands of characters, so without this a blog index is archived as an article.
# Post pages have no such loop.
ODOO_PRUNE = ("//*[@id='o_wblog_posts_loop_container' or @id='o_wblog_posts_loop']",)

# Blogger: a page whose blog-posts container holds more than one post, or whose post
# titles are links, is a listing: the home page, /search/label/…, /search?updated-max=…
# and the daily archives /YYYY_MM_DD_archive.html, which nothing in their URL marks as
# listings. Blogger's post template links a title everywhere but on the post's own page
# (``data:blog.url != data:post.url``), so item pages keep their text while an archive
# day showing a single post, which would otherwise be stored under the archive's URL
# in place of the post's, is refused too. A custom template that links the title on
# item pages needs its own override (its posts would be refused as "too little text":
# visible in the first run's not-article count).
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_MANY_POSTS = f"count(.//div[{_CLASS.format('post-outer')}]) > 1"
_LINKED_TITLE = f".//*[{_CLASS.format('post-title')}]/a[@href]"
BLOGGER_PRUNE = (f"//div[{_CLASS.format('blog-posts')}][{_MANY_POSTS} or {_LINKED_TITLE}]",)


def _checked(
    base_url: str,
    *,
    name: str | None,
    platform: str,
    owner: str,
    province: str,
    timezone: str,
    source: str,
    discovery: tuple[str, ...],
    description: str = "",
    region: str | None = None,
    start_paths: tuple[str, ...] = (),
    overrides: FieldOverrides | None = None,
    trust_utc: bool = True,
    language: str = "id",
    verified: bool = False,
) -> SiteDefinition:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not base_url.endswith("/"):
        raise ValueError(f"base_url {base_url!r} must be an absolute http(s) URL ending in '/'")
    if platform not in PLATFORMS:
        raise ValueError(f"platform {platform!r} is not one of {PLATFORMS}")
    if owner not in OWNERS:
        raise ValueError(f"owner {owner!r} is not one of {OWNERS}")
    official = province_of(province)
    if official is None:
        raise ValueError(f"province {province!r} is not in the gazetteer")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"time zone {timezone!r} is not an IANA zone") from None
    if not source.strip():
        raise ValueError("source must say where the name and address were found")
    unknown = set(discovery) - set(DISCOVERY_METHODS)
    if unknown:
        raise ValueError(f"unknown discovery methods {sorted(unknown)}")
    return SiteDefinition(
        name=name or site_host(base_url),
        base_url=base_url,
        timezone=timezone,
        language=language,
        platform=platform,
        region=region,
        description=description,
        province=official,
        owner=owner,
        verified=verified,
        source=source.strip(),
        discovery=discovery,
        start_paths=start_paths,
        trust_utc=trust_utc,
        overrides=overrides or FieldOverrides(),
    )


def wordpress(
    base_url: str,
    *,
    owner: str,
    province: str,
    timezone: str,
    source: str,
    name: str | None = None,
    description: str = "",
    region: str | None = None,
    start_paths: tuple[str, ...] = (),
    verified: bool = False,
) -> SiteDefinition:
    """Any WordPress site: the REST API first (``date_gmt``, tag and category names),
    then sitemaps (core ``wp-sitemap.xml`` or Yoast's ``sitemap_index.xml``), ``/feed/``
    and the listings with their ``/page/N/`` pagination."""
    return _checked(
        base_url,
        verified=verified,
        name=name,
        platform="wordpress",
        owner=owner,
        province=province,
        timezone=timezone,
        source=source,
        discovery=WORDPRESS_DISCOVERY,
        description=description,
        region=region,
        start_paths=start_paths,
    )


def tribratanews_polda(
    base_url: str,
    *,
    province: str,
    timezone: str,
    source: str,
    platform: str = "wordpress",
    name: str | None = None,
    description: str = "",
    verified: bool = False,
) -> SiteDefinition:
    """A Polda's news portal ("Tribratanews Polda …", run by its Bid Humas).

    Most are WordPress sites at ``tribratanews.<polda>.polri.go.id`` (``wp-content``
    uploads, ``/wp-json/``, ``/feed`` and ``/tag/…/page/N`` seen on several of them), so
    the profile is WordPress's. ``platform="unknown"`` keeps every discovery method for
    a portal whose platform no source showed; ``platform="other"`` (a portal's own CMS)
    drops the REST API.
    """
    if platform not in ("wordpress", "other", "unknown"):
        raise ValueError(f"a Polda portal profile is wordpress, other or unknown, not {platform!r}")
    return _checked(
        base_url,
        verified=verified,
        name=name,
        platform=platform,
        owner="polri-polda",
        province=province,
        timezone=timezone,
        source=source,
        discovery=OTHER_DISCOVERY if platform == "other" else WORDPRESS_DISCOVERY,
        description=description or f"News portal of the Polda of {province_of(province)}",
    )


def wordpress_polres(
    base_url: str,
    *,
    province: str,
    timezone: str,
    source: str,
    region: str | None = None,
    name: str | None = None,
    description: str = "",
    verified: bool = False,
) -> SiteDefinition:
    """A Polres (district police) site on WordPress, e.g. ``res<kabupaten>.kalsel.polri.go.id``."""
    return wordpress(
        base_url,
        verified=verified,
        owner="polri-polres",
        province=province,
        timezone=timezone,
        source=source,
        name=name,
        region=region,
        description=description or f"Polres site{f', {region}' if region else ''}",
    )


def wordpress_media(
    base_url: str,
    *,
    province: str,
    timezone: str,
    source: str,
    owner: str = "media-local",
    region: str | None = None,
    name: str | None = None,
    description: str = "",
    verified: bool = False,
) -> SiteDefinition:
    """A news outlet (local by default) on WordPress."""
    return wordpress(
        base_url,
        verified=verified,
        owner=owner,
        province=province,
        timezone=timezone,
        source=source,
        name=name,
        region=region,
        description=description,
    )


def odoo_tribratanews(
    base_url: str,
    *,
    source: str,
    province: str = "Daerah Khusus Ibukota Jakarta",
    timezone: str = "Asia/Jakarta",
    owner: str = "polri-mabes",
    name: str | None = None,
    description: str = "",
    verified: bool = False,
) -> SiteDefinition:
    """An Odoo ``website_blog`` portal, as the national Tribratanews (Divisi Humas Polri).

    Posts are ``/blog/<blog>-<id>/<slug>-<id>``; ``/sitemap.xml`` (from robots.txt)
    lists every post; ``/blog`` with ``/blog/page/N`` lists every blog's posts (a start
    path, so the listing is read even when the home page does not link it). Odoo writes
    ``article:published_time`` as naive UTC, which the extractor knows from
    ``<meta name="generator" content="Odoo">``; ``timezone`` is only for the zone of the
    stored times. The blog indexes' teaser loop is pruned (``ODOO_PRUNE``).
    """
    return _checked(
        base_url,
        verified=verified,
        name=name,
        platform="odoo",
        owner=owner,
        province=province,
        timezone=timezone,
        source=source,
        discovery=ODOO_DISCOVERY,
        description=description,
        start_paths=("blog",),
        overrides=FieldOverrides(prune=ODOO_PRUNE),
    )


def blogger(
    base_url: str,
    *,
    owner: str,
    province: str,
    timezone: str,
    source: str,
    name: str | None = None,
    region: str | None = None,
    description: str = "",
    verified: bool = False,
) -> SiteDefinition:
    """A Blogger blog (blogspot or a custom domain), as many Polres Humas units run.

    Posts are ``/YYYY/MM/slug.html``. robots.txt points at ``/sitemap.xml`` (an index of
    ``/sitemap.xml?page=N``), which lists every post; the home page links the Atom feed
    ``/feeds/posts/default``. The "Posting Lama" pagination goes through ``/search``,
    which Blogger's robots.txt disallows, so the sitemap is what reaches old posts.
    ``timezone`` is the blog's setting (its ``abbr.published`` carries the offset).
    Listing pages are pruned (``BLOGGER_PRUNE``): this assumes Blogger's own post
    template, which links a post's title everywhere but on the post's page.
    """
    return _checked(
        base_url,
        verified=verified,
        name=name,
        platform="blogger",
        owner=owner,
        province=province,
        timezone=timezone,
        source=source,
        discovery=BLOGGER_DISCOVERY,
        region=region,
        description=description,
        overrides=FieldOverrides(prune=BLOGGER_PRUNE),
    )


def news_portal(
    base_url: str,
    *,
    owner: str,
    province: str,
    timezone: str,
    source: str,
    platform: str = "unknown",
    name: str | None = None,
    region: str | None = None,
    description: str = "",
    start_paths: tuple[str, ...] = (),
    prune: tuple[str, ...] = (),
    verified: bool = False,
) -> SiteDefinition:
    """A portal on its own CMS (``platform="other"``) or on one we have not seen yet
    (``"unknown"``, the default: every discovery method is tried).

    ``start_paths`` names its index pages ("news/all", "berita") when the home page does
    not lead to every listing; pagination is followed through ``rel=next`` and
    "Berikutnya"/"Selanjutnya" links, whatever the URL shape.

    ``prune`` names the portal's teaser blocks (its "card" grid) once a review has seen
    its markup: an index page such as ``/news/all?page=2`` has no listing shape in its
    URL, and when its teaser titles are ``<h5>`` (Bootstrap's ``card-title``) the
    generic rules, which count linked ``h2``-``h4``, may keep it as an article.
    """
    if platform not in ("other", "unknown"):
        raise ValueError(f"news_portal is for platform other or unknown, not {platform!r}")
    return _checked(
        base_url,
        verified=verified,
        name=name,
        platform=platform,
        owner=owner,
        province=province,
        timezone=timezone,
        source=source,
        discovery=OTHER_DISCOVERY if platform == "other" else DISCOVERY_METHODS,
        region=region,
        description=description,
        start_paths=start_paths,
        overrides=FieldOverrides(prune=prune),
    )
