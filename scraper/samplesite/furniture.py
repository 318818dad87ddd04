"""What a news site's menus and widgets list, computed once from the model.

Menus and sidebars link only URLs the site serves: categories, tag archives
(WordPress menus often point regional or topic entries at tags), month archives,
static pages and posts. Nothing here is random: counts come from the model's
indexes, ties break by name or id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .model import Comment, Post, SiteModel, Term
from .textfmt import wp_slugify
from .vocab import UNITS


@dataclass(frozen=True)
class MenuItem:
    """One `wp_nav_menu()` entry; `object` is WordPress's menu-item-object (category, …)."""

    id: int
    label: str
    path: str
    type: str  # custom, taxonomy, post_type
    object: str  # custom, category, post_tag, page
    term_id: int | None = None
    children: tuple[MenuItem, ...] = ()


def _tag(site: SiteModel, name: str) -> Term | None:
    return site.term("post_tag", wp_slugify(name))


def _unit_tags(site: SiteModel) -> list[Term]:
    """The Polda and Polres/Polresta tags the site has, in the order of the units."""
    names = ("Polda Kalsel", *(unit.name for unit in UNITS))
    return [t for t in (_tag(site, n) for n in names) if t is not None]


def primary_menu(site: SiteModel, first_id: int = 101) -> tuple[MenuItem, ...]:
    """The primary menu: Beranda, every category (Daerah with a sub-menu of the Polda and
    Polres tags, the regional "sub-categories" of a police-news site), and the pages."""
    next_id = first_id

    def new_id() -> int:
        nonlocal next_id
        next_id += 1 + next_id % 3  # ids of a menu edited over time are not consecutive
        return next_id

    items = [MenuItem(new_id(), "Beranda", "/", "custom", "custom")]
    units = _unit_tags(site)
    for cat in site.categories:
        children: list[MenuItem] = []
        if cat.slug == "daerah":
            children = [
                MenuItem(new_id(), t.name, t.path, "taxonomy", "post_tag", t.id) for t in units
            ]
        items.append(
            MenuItem(
                new_id(),
                cat.name,
                cat.path,
                "taxonomy",
                "category",
                cat.id,
                tuple(children) if len(children) >= 2 else (),
            )
        )
    first, *rest = site.pages
    pages = tuple(MenuItem(new_id(), p.title, p.path, "post_type", "page") for p in rest)
    items.append(MenuItem(new_id(), first.title, first.path, "post_type", "page", None, pages))
    return tuple(items)


def mark_current(
    html: str,
    menu_ids: dict[str, int],
    *,
    current: str | None = None,
    parents: tuple[str, ...] = (),
    count: int = 1,
) -> str:
    """Add the classes `wp_nav_menu()` gives the items of the page being shown.

    `current` is the path of this page's own item (`current-menu-item`, plus
    `current_page_item` on the home page); `parents` are the category paths of
    a single post (`current-post-ancestor current-menu-parent current-post-parent`).
    `count` is how many copies of the menu `html` holds (JNews prints it twice).
    """
    if current is not None and current in menu_ids:
        mid = menu_ids[current]
        extra = "current-menu-item" + (" current_page_item" if current == "/" else "")
        html = html.replace(f' menu-item-{mid}"', f' {extra} menu-item-{mid}"', count)
    for path in parents:
        mid = menu_ids.get(path)
        if mid is not None:
            html = html.replace(
                f' menu-item-{mid}"',
                f' current-post-ancestor current-menu-parent current-post-parent menu-item-{mid}"',
                count,
            )
    return html


def tag_cloud(site: SiteModel, number: int = 45) -> list[tuple[Term, int]]:
    """`wp_tag_cloud()`: the `number` most used tags (45 by default), in name order."""
    counted = sorted(
        ((t, len(site.in_term(t))) for t in site.tags), key=lambda tc: (-tc[1], tc[0].name)
    )
    return sorted(counted[:number], key=lambda tc: tc[0].name.lower())


def month_counts(site: SiteModel) -> list[tuple[int, int, int]]:
    """(year, month, posts) for the Arsip widget, newest month first."""
    return [(y, m, len(site.by_date(y, m))) for y, m in site.months()]


def recent_comments(site: SiteModel, number: int = 5) -> list[tuple[Comment, Post]]:
    """The Recent Comments widget: newest approved comments with their posts."""
    return list(site.comments_newest_first[:number])


def views(post: Post) -> int:
    """A stable page-view count for popular-posts widgets."""
    digest = int(hashlib.sha1(f"views:{post.id}".encode()).hexdigest()[:8], 16)
    return 800 + digest % 14000 + 60 * len(post.comments)


def ribuan(n: int) -> str:
    """Indonesian thousands separator: 12.345."""
    return f"{n:,}".replace(",", ".")
