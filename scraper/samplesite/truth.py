"""Ground truth: what an ideal crawler + extractor should archive from a sample site.

Derived from the same model the pages are rendered from, so it cannot drift
from the HTML. Decisions (also in README.md): paragraphs are the body `<p>`
blocks only — no "Baca Juga" boxes, image captions, PDF block, share bar, tags
block or the FS Poster link line; syndicated copies are folded into their
original as aliases, not listed as articles.

For the scaled site (`scale=N`) every article also carries `labels`: the
template it was written from, its primary unit, Polres, Polsek, district,
kecamatan and village, the dateline, the event date, the officers named (rank,
name, titles, position, unit and how the text first names them) and, for a
deliberate near-twin, the URL of the article it mirrors (`twin_of`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .listing import Listing
from .model import SiteModel, build_site
from .scaled import build_scaled_site
from .server import THEMES


@dataclass
class ArticleTruth:
    """One article as the archive should store it."""

    url: str
    alias_urls: list[str]
    title: str
    paragraphs: list[str]
    tags: list[str]
    categories: list[str]
    author: str
    published_at: str
    modified_at: str
    image_url: str
    post_id: int = 0
    labels: dict[str, Any] = field(default_factory=dict)


@dataclass
class SiteTruth:
    """Everything the site holds: the articles and the pages that are not articles."""

    theme: str
    base_url: str
    articles: list[ArticleTruth] = field(default_factory=list)
    non_article_urls: list[str] = field(default_factory=list)
    scale: int | None = None
    seed: int | None = None
    flaky_urls: list[str] = field(default_factory=list)  # answer 503 twice per server, then 200
    copies: dict[str, str] = field(default_factory=dict)  # repost URL -> original article URL
    _index: dict[str, ArticleTruth] = field(default_factory=dict, repr=False, compare=False)
    _indexed: int = field(default=-1, repr=False, compare=False)

    def by_url(self, url: str) -> ArticleTruth | None:
        """Find an article by its canonical URL or any alias."""
        if self._indexed != len(self.articles):
            self._indexed = len(self.articles)
            self._index.clear()
            for art in reversed(self.articles):
                for alias in art.alias_urls:
                    self._index[alias] = art
            for art in self.articles:
                self._index[art.url] = art
        return self._index.get(url)


def _pages_of(lst: Listing) -> list[str]:
    return [lst.page_path(n) for n in range(1, lst.total_pages + 1)]


def non_article_paths(site: SiteModel) -> list[str]:
    """Site-relative URLs of every HTML/PDF page that is not an article."""
    paths: list[str] = []
    paths += _pages_of(Listing("home", "", site.posts_tuple, 1, "/"))[1:]
    for term in (*site.categories, *site.tags):
        paths += _pages_of(Listing("t", "", site.in_term(term), 1, term.path))
    for author in site.authors_in_order:
        paths += _pages_of(Listing("a", "", site.by_author(author), 1, author.path))
    for year, month in site.months():
        paths += _pages_of(Listing("d", "", site.by_date(year, month), 1, f"/{year}/{month:02d}/"))
    paths.append("/?s=polres")
    paths += [p.path for p in site.pages]
    paths += [p.image.attachment_path for p in site.articles()]
    paths += sorted(site.file_paths)
    return list(dict.fromkeys(paths))


def _labels(site: SiteModel, post_id: int, base: str) -> dict[str, Any]:
    labels = dict(site.labels.get(post_id, {}))
    if "officers" in labels:  # the model shares these dicts between articles
        labels["officers"] = [dict(o) for o in labels["officers"]]
    if "twin_of" in labels:
        twin = labels["twin_of"]
        labels["twin_of"] = base + site.by_id[twin].path if twin is not None else None
    return labels


def ground_truth(
    theme: str = "wordpress",
    base_url: str = "http://127.0.0.1:8000/",
    *,
    scale: int | None = None,
    seed: int = 0,
) -> SiteTruth:
    """The expected archive of a site served at `base_url` (trailing slash optional).

    `scale=N` (theme "wordpress") is the generated site of `serve_site(scale=N, seed=…)`.
    """
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {THEMES}")
    if scale is not None and theme != "wordpress":
        raise ValueError("the scaled site uses the wordpress theme")
    site = build_scaled_site(scale, seed) if scale is not None else build_site(theme)
    base = base_url.rstrip("/")
    truth = SiteTruth(
        theme=theme,
        base_url=base + "/",
        scale=scale,
        seed=seed if scale is not None else None,
    )
    for post in sorted(site.articles(), key=lambda p: p.published):
        truth.articles.append(
            ArticleTruth(
                url=base + post.path,
                alias_urls=[base + a for a in site.aliases(post)],
                title=post.title,
                paragraphs=list(post.paragraphs),
                tags=[t.name for t in post.tags],
                categories=[c.name for c in post.categories],
                author=post.author.name,
                published_at=post.published.isoformat(timespec="seconds"),
                modified_at=post.modified.isoformat(timespec="seconds"),
                image_url=base + post.image.path,
                post_id=post.id,
                labels=_labels(site, post.id, base),
            )
        )
    truth.non_article_urls = [base + p for p in non_article_paths(site)]
    truth.flaky_urls = [base + site.by_id[i].path for i in sorted(site.flaky_ids)]
    truth.copies = {
        base + p.path: base + site.by_id[p.copy_of].path
        for p in sorted(site.posts, key=lambda p: p.published)
        if p.copy_of is not None
    }
    return truth
