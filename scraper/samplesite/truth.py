"""Ground truth: what an ideal crawler + extractor should archive from a sample site.

Derived from the same model the pages are rendered from, so it cannot drift
from the HTML. Decisions (also in README.md): paragraphs are the body `<p>`
blocks only — no "Baca Juga" boxes, image captions, PDF block, share bar, tags
block or the FS Poster link line; the syndicated copy is folded into its
original as an alias, not listed as an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .listing import Listing
from .model import SiteModel, build_site
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


@dataclass
class SiteTruth:
    """Everything the site holds: the articles and the pages that are not articles."""

    theme: str
    base_url: str
    articles: list[ArticleTruth] = field(default_factory=list)
    non_article_urls: list[str] = field(default_factory=list)

    def by_url(self, url: str) -> ArticleTruth | None:
        """Find an article by its canonical URL or any alias."""
        for art in self.articles:
            if url == art.url or url in art.alias_urls:
                return art
        return None


def _pages_of(site: SiteModel, lst: Listing) -> list[str]:
    return [lst.page_path(n) for n in range(1, lst.total_pages + 1)]


def non_article_paths(site: SiteModel) -> list[str]:
    """Site-relative URLs of every HTML/PDF page that is not an article."""
    paths: list[str] = []
    home = Listing("home", "", tuple(site.posts), 1, "/")
    paths += _pages_of(site, home)[1:]
    for term in (*site.categories, *site.tags):
        paths += _pages_of(site, Listing("t", "", tuple(site.in_term(term)), 1, term.path))
    seen = []
    for post in site.posts:
        if post.author not in seen:
            seen.append(post.author)
    for author in seen:
        paths += _pages_of(site, Listing("a", "", tuple(site.by_author(author)), 1, author.path))
    for year, month in site.months():
        posts = tuple(
            p for p in site.posts if (p.published.year, p.published.month) == (year, month)
        )
        paths += _pages_of(site, Listing("d", "", posts, 1, f"/{year}/{month:02d}/"))
    paths.append("/?s=polres")
    paths += [p.path for p in site.pages]
    paths += [p.image.attachment_path for p in site.articles()]
    paths += sorted({p.file_block.path for p in site.posts if p.file_block})
    return list(dict.fromkeys(paths))


def ground_truth(theme: str = "wordpress", base_url: str = "http://127.0.0.1:8000/") -> SiteTruth:
    """The expected archive of `theme` when served at `base_url` (trailing slash optional)."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {THEMES}")
    site = build_site(theme)
    base = base_url.rstrip("/")
    truth = SiteTruth(theme=theme, base_url=base + "/")
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
            )
        )
    truth.non_article_urls = [base + p for p in non_article_paths(site)]
    return truth
