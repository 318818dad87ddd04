"""A served site that changes between crawls: the knobs a health test turns night by night.

A real source changes under the archive: it publishes a few posts a night, goes quiet,
loses its feed to a plugin update, gets a new theme that hides its article body from
extractors. ``SiteControl`` is those changes as plain attributes that a test sets
between two crawls of one running server (the port, and so the site, stays the same):

    control = SiteControl(night=0, first=12, per_night=3)
    with serve_site(scale=40, control=control) as base:
        ...crawl...
        control.night += 1                            # three more posts are out
        control.features = ALL_FEATURES - {"feed"}    # /feed/ now answers 404
        control.headless = 2                          # the new theme (``headless.py``)

Posts come out oldest first: on night ``n`` the oldest ``first + n * per_night`` posts
of the model are published and everything (listings, sitemaps, feeds, the REST API,
the post pages themselves) shows only those; a post not yet out answers 404.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import SiteModel


@dataclass
class SiteControl:
    """What a served site looks like tonight. ``None`` leaves a knob as serve_site set it."""

    night: int | None = None  # None: every post of the model is out
    first: int = 20  # posts out on night 0
    per_night: int = 3  # posts published each night
    features: frozenset[str] | None = None  # what is ON among rest_api, sitemap, feed
    # > 0: article pages come from a headless front end that prints only this many
    # paragraphs and ships the body to the browser as JSON (``headless.py``).
    headless: int = 0

    def key(self) -> tuple:
        """Everything that decides what is served: a new key means a new view."""
        features = tuple(sorted(self.features)) if self.features is not None else None
        return (self.night, self.first, self.per_night, features, self.headless)

    def published(self, total: int) -> int:
        """How many posts are out tonight."""
        if self.night is None:
            return total
        return max(0, min(total, self.first + self.night * self.per_night))


def published_by(model: SiteModel, count: int) -> SiteModel:
    """The site as it was when only its oldest ``count`` posts were out."""
    if count >= len(model.posts):
        return model
    posts = model.posts[len(model.posts) - count :]  # posts are newest first
    ids = {p.id for p in posts}
    used = {t for p in posts for t in p.tags}
    return SiteModel(
        model.config,
        posts,
        model.pages,
        model.categories,
        [t for t in model.tags if t in used],
        popular_ids=tuple(i for i in model.popular_ids if i in ids),
        labels=model.labels,
        flaky_ids=frozenset(i for i in model.flaky_ids if i in ids),
        post_navigation=model.post_navigation,
        scale=model.scale,
        seed=model.seed,
        doorways=model.doorways,
    ).warm()
