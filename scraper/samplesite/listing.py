"""Archive pages (home, category, tag, author, date, search) independent of theme.

WordPress answers /page/N/ past the last page with a 404 and paginates every
archive with the same `posts_per_page`; the router builds a `Listing` and a
theme turns it into HTML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .model import PER_PAGE, Post


@dataclass(frozen=True)
class Listing:
    """One page of an archive."""

    kind: str
    title: str
    all_posts: tuple[Post, ...]
    page: int
    base_path: str
    query: str = ""
    feed_path: str | None = None
    body_class: str = ""

    @property
    def total_pages(self) -> int:
        """Number of pages (at least 1, an empty search still has a page)."""
        return max(1, math.ceil(len(self.all_posts) / PER_PAGE))

    @property
    def posts(self) -> tuple[Post, ...]:
        """Posts on this page."""
        start = (self.page - 1) * PER_PAGE
        return self.all_posts[start : start + PER_PAGE]

    def page_path(self, n: int) -> str:
        """Site-relative URL of page `n` of this archive (WordPress style /page/N/)."""
        path = self.base_path if n == 1 else f"{self.base_path}page/{n}/"
        return path + self.query

    @property
    def path(self) -> str:
        """URL of the current page."""
        return self.page_path(self.page)
