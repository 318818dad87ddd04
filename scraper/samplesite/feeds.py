"""RSS 2.0 feeds exactly shaped like WordPress's wp-includes/feed-rss2.php.

`pubDate` is GMT with "+0000", `guid` is the `?p=ID` shortlink with
isPermaLink="false", categories and tags are both `<category>`, and
`content:encoded` carries the full `the_content()`. Like WordPress, a feed holds
only the 10 newest items (`posts_per_rss`); older ones are reached with
`?paged=N`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .content import entry_content
from .model import PER_PAGE, Post, SiteModel
from .textfmt import esc, excerpt, rfc822_gmt
from .theme import UrlFn


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def rss(
    site: SiteModel,
    u: UrlFn,
    posts: Sequence[Post],
    *,
    title_suffix: str,
    self_path: str,
    paged: int = 1,
) -> str | None:
    """An items feed; None when `paged` is past the end (WordPress answers 404)."""
    start = (paged - 1) * PER_PAGE
    chunk = posts[start : start + PER_PAGE]
    if paged > 1 and not chunk:
        return None
    # get_feed_build_date(): the newest modification among the items of this query.
    last = max((p.modified for p in chunk), default=None)
    items = []
    for p in chunk:
        cats = "".join(
            f"\n\t\t<category>{_cdata(t.name)}</category>" for t in (*p.categories, *p.tags)
        )
        items.append(
            "\t<item>\n"
            f"\t\t<title>{esc(p.title)}</title>\n"
            f"\t\t<link>{esc(u(p.path))}</link>\n"
            f"\t\t<comments>{esc(u(p.path))}#respond</comments>\n"
            f"\t\t<dc:creator>{_cdata(p.author.name)}</dc:creator>\n"
            f"\t\t<pubDate>{rfc822_gmt(p.published)}</pubDate>{cats}\n"
            f'\t\t<guid isPermaLink="false">{esc(u(site.variant(p, "shortlink")))}</guid>\n'
            f"\t\t<description>{_cdata(excerpt(p.paragraphs))}</description>\n"
            f"\t\t<content:encoded>{_cdata(entry_content(site, p, u))}</content:encoded>\n"
            f"\t\t<wfw:commentRss>{esc(u(p.path))}feed/</wfw:commentRss>\n"
            f"\t\t<slash:comments>{len(p.comments)}</slash:comments>\n"
            "\t</item>\n"
        )
    build = rfc822_gmt(last) if last else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
        '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
        '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
        f"\t<title>{esc(site.config.name)}{esc(title_suffix)}</title>\n"
        f'\t<atom:link href="{esc(u(self_path))}" rel="self" type="application/rss+xml" />\n'
        f"\t<link>{esc(u('/'))}</link>\n"
        f"\t<description>{esc(site.config.tagline)}</description>\n"
        f"\t<lastBuildDate>{build}</lastBuildDate>\n"
        "\t<language>id</language>\n"
        "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
        "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
        "\t<generator>https://wordpress.org/?v=6.4.2</generator>\n"
        + "".join(items)
        + "\t</channel>\n</rss>\n"
    )


def comments_rss(site: SiteModel, u: UrlFn, only: Post | None = None) -> str:
    """/comments/feed/ (all posts) or /<post>/feed/ (one post): newest comments first."""
    if only is None:
        comments = site.comments_newest_first[:PER_PAGE]
    else:
        comments = tuple(
            sorted(((c, only) for c in only.comments), key=lambda cp: cp[0].date, reverse=True)
        )
    items = "".join(
        "\t<item>\n"
        f"\t\t<title>Komentar pada {esc(p.title)} oleh {esc(c.author)}</title>\n"
        f"\t\t<link>{esc(u(p.path))}#comment-{c.id}</link>\n"
        f"\t\t<dc:creator>{_cdata(c.author)}</dc:creator>\n"
        f"\t\t<pubDate>{rfc822_gmt(c.date)}</pubDate>\n"
        f'\t\t<guid isPermaLink="false">{esc(u(p.path))}#comment-{c.id}</guid>\n'
        f"\t\t<description>{_cdata(c.text)}</description>\n"
        f"\t\t<content:encoded>{_cdata('<p>' + esc(c.text) + '</p>')}</content:encoded>\n"
        "\t</item>\n"
        for c, p in comments[:PER_PAGE]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
        '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\t>\n<channel>\n'
        f"\t<title>Komentar untuk {esc(only.title if only else site.config.name)}</title>\n"
        f'\t<atom:link href="{esc(u("/comments/feed/"))}" rel="self" '
        'type="application/rss+xml" />\n'
        f"\t<link>{esc(u('/'))}</link>\n"
        f"\t<description>{esc(site.config.tagline)}</description>\n"
        "\t<language>id</language>\n" + items + "</channel>\n</rss>\n"
    )
