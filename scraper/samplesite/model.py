"""The in-memory site: posts, terms, authors and every link variant they get.

Both themes are built from the same corpus (`corpus/*.json`) but each theme
gets its own ids, dates, slugs and authors, as two unrelated WordPress sites
would; the scaled site (`scaled.py`) fills the same model with generated
posts. All hrefs here are site-relative ("/slug/?feed_id=…"); renderers
prefix the base URL, which is only known once the server has a port.

Every non-clean URL at which a post is linked (tracking parameters, AMP,
shortlink, comment-reply links, the syndicated copy) is decided here and
nowhere else, so `SiteModel.aliases()` can tell the ground truth exactly which
URLs a crawler will meet for each article.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from .textfmt import texturize, wp_slugify

CORPUS_DIR = Path(__file__).with_name("corpus")
WITA = timezone(timedelta(hours=8), "WITA")
WIB = timezone(timedelta(hours=7), "WIB")
PER_PAGE = 10
FOUNDING_ID = 37301
SYNDICATED_ORIGINAL_ID = 37545


@dataclass(frozen=True)
class Author:
    """A WordPress user; `slug` is the `user_nicename` used in /author/<slug>/."""

    id: int
    slug: str
    name: str
    description: str

    @property
    def path(self) -> str:
        """Author archive path."""
        return f"/author/{self.slug}/"


@dataclass(frozen=True)
class Term:
    """A category or tag; `taxonomy` is WordPress's name for it ("category" / "post_tag")."""

    id: int
    taxonomy: str
    name: str
    slug: str

    @property
    def path(self) -> str:
        """Term archive path, /category/x/ or /tag/x/."""
        base = "category" if self.taxonomy == "category" else "tag"
        return f"/{base}/{self.slug}/"


@dataclass(frozen=True)
class Image:
    """An uploaded image (attachment post) with its caption."""

    id: int
    path: str
    caption: str
    attachment_path: str
    width: int = 1280
    height: int = 853

    def sized(self, width: int, height: int) -> str:
        """Path of a WordPress intermediate size, e.g. IMG-…-300x200.jpg."""
        stem, dot, ext = self.path.rpartition(".")
        return f"{stem}-{width}x{height}{dot}{ext}"


@dataclass(frozen=True)
class BacaJuga:
    """A "Baca Juga" (read also) box the editor pasted into the body."""

    after: int
    target_id: int
    variant: str
    style: str


@dataclass(frozen=True)
class FileBlock:
    """A Gutenberg file block (PDF download) placed after a paragraph."""

    after: int
    path: str
    label: str


@dataclass(frozen=True)
class Comment:
    """An approved reader comment."""

    id: int
    author: str
    date: datetime
    text: str


@dataclass
class Post:
    """One published post as WordPress stores it."""

    id: int
    slug: str
    path: str
    title: str
    paragraphs: tuple[str, ...]
    categories: tuple[Term, ...]
    tags: tuple[Term, ...]
    author: Author
    published: datetime
    modified: datetime
    image: Image
    feed_id: int
    unique_id: str
    link_line: bool = False
    baca_juga: tuple[BacaJuga, ...] = ()
    file_block: FileBlock | None = None
    inline_image: tuple[int, Image] | None = None
    comments: tuple[Comment, ...] = ()
    copy_of: int | None = None
    canonical_path: str | None = None  # a repost whose rel=canonical names the original
    # HTML a compromised site slipped into the post's content (a hidden link block,
    # ``injected.py``); empty for a clean post.
    injection: str = ""

    @property
    def canonical(self) -> str:
        """The path `rel=canonical` names: the post's own, or the original's for a repost."""
        return self.canonical_path or self.path


@dataclass(frozen=True)
class StaticPage:
    """A WordPress page (post_type page): Tentang Kami, Redaksi, …"""

    id: int
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    published: datetime

    @property
    def path(self) -> str:
        """Page permalink."""
        return f"/{self.slug}/"


@dataclass(frozen=True)
class SiteConfig:
    """What differs between the two imitated sites besides markup."""

    theme: str
    name: str
    tagline: str
    tz: timezone
    zone_label: str
    timezone_string: str
    utm_campaign: str
    authors: dict[str, Author]


@dataclass
class SiteModel:
    """Everything a theme renders; posts are sorted newest first.

    The model is read-only once built; every lookup a page needs (term, author
    and date archives, adjacent posts, related posts, attachments) is answered
    from an index built on first use, so a page of a 20,000-post site costs the
    same as one of the 41-post demo.
    """

    config: SiteConfig
    posts: list[Post]
    pages: list[StaticPage]
    categories: list[Term]
    tags: list[Term]
    by_id: dict[int, Post] = field(default_factory=dict)
    by_path: dict[str, Post] = field(default_factory=dict)
    popular_ids: tuple[int, ...] = ()
    labels: dict[int, dict[str, Any]] = field(default_factory=dict)
    flaky_ids: frozenset[int] = frozenset()
    post_navigation: bool = True
    scale: int | None = None
    seed: int | None = None
    # Pages of their own at paths of the site (a hijacker's doorway pages): path -> HTML.
    doorways: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {p.id: p for p in self.posts}
        self.by_path = {p.path: p for p in self.posts}

    # -- indexes (built once, on first use) -----------------------------------------

    def warm(self) -> SiteModel:
        """Build the serving indexes now, so the first request is as fast as the others."""
        for name in (
            "posts_tuple",
            "posts_by_id",
            "_position",
            "_term_posts",
            "_term_position",
            "_author_posts",
            "_date_posts",
            "_months",
            "_copies",
            "_terms_by_slug",
            "by_image_id",
            "by_attachment_path",
            "file_paths",
            "authors_in_order",
            "comments_newest_first",
        ):
            getattr(self, name)
        return self

    @cached_property
    def posts_tuple(self) -> tuple[Post, ...]:
        """All posts, newest first, as the tuple listings page through."""
        return tuple(self.posts)

    @cached_property
    def posts_by_id(self) -> tuple[Post, ...]:
        """All posts in ID order (core sitemaps list them so)."""
        return tuple(sorted(self.posts, key=lambda p: p.id))

    @cached_property
    def _position(self) -> dict[int, int]:
        return {p.id: i for i, p in enumerate(self.posts)}

    @cached_property
    def _term_posts(self) -> dict[Term, tuple[Post, ...]]:
        found: dict[Term, list[Post]] = defaultdict(list)
        for p in self.posts:
            for t in dict.fromkeys((*p.categories, *p.tags)):
                found[t].append(p)
        return {t: tuple(ps) for t, ps in found.items()}

    @cached_property
    def _term_position(self) -> dict[Term, dict[int, int]]:
        return {t: {p.id: i for i, p in enumerate(ps)} for t, ps in self._term_posts.items()}

    @cached_property
    def _author_posts(self) -> dict[Author, tuple[Post, ...]]:
        found: dict[Author, list[Post]] = defaultdict(list)
        for p in self.posts:
            found[p.author].append(p)
        return {a: tuple(ps) for a, ps in found.items()}

    @cached_property
    def _date_posts(self) -> dict[tuple[int, ...], tuple[Post, ...]]:
        found: dict[tuple[int, ...], list[Post]] = defaultdict(list)
        for p in self.posts:
            d = p.published
            for key in ((d.year,), (d.year, d.month), (d.year, d.month, d.day)):
                found[key].append(p)
        return {k: tuple(ps) for k, ps in found.items()}

    @cached_property
    def _copies(self) -> dict[int, tuple[Post, ...]]:
        found: dict[int, list[Post]] = defaultdict(list)
        for p in self.posts:
            if p.copy_of is not None:
                found[p.copy_of].append(p)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def _terms_by_slug(self) -> dict[tuple[str, str], Term]:
        found: dict[tuple[str, str], Term] = {}
        for t in (*self.categories, *self.tags):
            found.setdefault((t.taxonomy, t.slug), t)
        return found

    @cached_property
    def by_image_id(self) -> dict[int, Post]:
        """Post of each featured image id (the newest post when shared)."""
        found: dict[int, Post] = {}
        for p in self.posts:
            found.setdefault(p.image.id, p)
        return found

    @cached_property
    def by_attachment_path(self) -> dict[str, Post]:
        """Post of each attachment page path (the newest post when shared)."""
        found: dict[str, Post] = {}
        for p in self.posts:
            found.setdefault(p.image.attachment_path, p)
        return found

    @cached_property
    def file_paths(self) -> frozenset[str]:
        """Uploaded files (PDFs) that posts link."""
        return frozenset(p.file_block.path for p in self.posts if p.file_block)

    @cached_property
    def authors_in_order(self) -> tuple[Author, ...]:
        """Authors with posts, in the order their newest post appears."""
        return tuple(self._author_posts)

    @cached_property
    def comments_newest_first(self) -> tuple[tuple[Comment, Post], ...]:
        """Every comment with its post, newest first (the comments feed)."""
        pairs = [(c, p) for p in self.posts for c in p.comments]
        pairs.sort(key=lambda cp: cp[0].date, reverse=True)
        return tuple(pairs)

    @cached_property
    def _inbound(self) -> dict[int, set[str]]:
        """Hrefs other pages use for each post: related and Baca Juga links, copies, widgets."""
        found: dict[int, set[str]] = defaultdict(set)
        wordpress = self.config.theme == "wordpress"
        for other in self.posts:
            for r, href in self.related(other):
                found[r.id].add(href)
            for box in other.baca_juga:
                target, href = self.baca_juga_href(box)
                found[target.id].add(href)
            if other.copy_of is not None:
                found[other.copy_of] |= {other.path, self.variant(other, "shortlink")}
                if wordpress:
                    found[other.copy_of].add(self.variant(other, "amp"))
        for p, href in self.popular():
            found[p.id].add(href)
        return found

    # -- URL variants -------------------------------------------------------

    def variant(self, post: Post, kind: str) -> str:
        """The href a given link style produces for `post` (site-relative).

        kinds: clean, fs (FS Poster feed_id/_unique_id), utm, fbclid, amp,
        shortlink (?p=ID, answered with a 301).
        """
        if kind == "clean":
            return post.path
        if kind == "fs":
            return f"{post.path}?feed_id={post.feed_id}&_unique_id={post.unique_id}"
        if kind == "utm":
            return (
                f"{post.path}?utm_source=facebook&utm_medium=social"
                f"&utm_campaign={self.config.utm_campaign}"
            )
        if kind == "fbclid":
            digest = hashlib.sha1(f"fb{post.id}".encode()).hexdigest()
            return f"{post.path}?fbclid=IwAR{digest[:36]}"
        if kind == "amp":
            return f"{post.path}amp/"
        if kind == "shortlink":
            return f"/?p={post.id}"
        raise ValueError(f"unknown link variant {kind!r}")

    def related(self, post: Post) -> list[tuple[Post, str]]:
        """The "Berita Terkait" list: 3 posts of the same category, nearest in time.

        The link style rotates with the pair of ids, so some related links
        carry tracking parameters (as they do when editors paste social URLs).
        Candidates are the three nearest eligible posts on each side of the post
        in its category (newest first), so ties break as a full stable sort would.
        """
        if not post.categories:
            return []
        cat = post.categories[0]
        members = self._term_posts.get(cat, ())
        here = self._term_position.get(cat, {}).get(post.id)
        if here is None:
            return []
        skip = {post.id, post.copy_of} | {c.id for c in self._copies.get(post.id, ())}
        before: list[Post] = []
        j = here - 1
        while j >= 0 and len(before) < 3:
            if members[j].id not in skip and members[j].copy_of is None:
                before.append(members[j])
            j -= 1
        after: list[Post] = []
        j = here + 1
        while j < len(members) and len(after) < 3:
            if members[j].id not in skip and members[j].copy_of is None:
                after.append(members[j])
            j += 1
        same = [*reversed(before), *after]
        same.sort(key=lambda p: abs((p.published - post.published).total_seconds()))
        styles = (
            ("clean", "fs", "utm")
            if self.config.theme == "wordpress"
            else ("clean", "utm", "fbclid")
        )
        return [(r, self.variant(r, styles[(post.id + r.id) % 3])) for r in same[:3]]

    def adjacent(self, post: Post) -> tuple[Post | None, Post | None]:
        """(previous, next) post by date, as `get_adjacent_post()` picks them: older, newer."""
        i = self._position[post.id]
        older = self.posts[i + 1] if i + 1 < len(self.posts) else None
        newer = self.posts[i - 1] if i > 0 else None
        return older, newer

    def popular(self) -> list[tuple[Post, str]]:
        """The "Terpopuler" sidebar widget of the wordpress theme (FS Poster links)."""
        if self.config.theme != "wordpress":
            return []
        return [(self.by_id[i], self.variant(self.by_id[i], "fs")) for i in self.popular_ids]

    def baca_juga_href(self, box: BacaJuga) -> tuple[Post, str]:
        """Target post and href of a Baca Juga box."""
        target = self.by_id[box.target_id]
        return target, self.variant(target, box.variant)

    def aliases(self, post: Post) -> list[str]:
        """Every other site-relative URL that serves or links this article.

        Fragments (#respond, #comments) are not listed: they never reach a server.
        """
        found: set[str] = {self.variant(post, "shortlink")}
        if self.config.theme == "wordpress":
            found.add(self.variant(post, "amp"))
        if post.link_line:
            found.add(self.variant(post, "fs"))
        found |= {f"{post.path}?replytocom={c.id}" for c in post.comments}
        found |= self._inbound.get(post.id, set())
        found.discard(post.path)
        return sorted(found)

    # -- listings -----------------------------------------------------------

    def articles(self) -> list[Post]:
        """Posts minus syndicated copies: what the ground truth calls articles."""
        return [p for p in self.posts if p.copy_of is None]

    def in_term(self, term: Term) -> tuple[Post, ...]:
        """Posts filed under a category or tag, newest first."""
        return self._term_posts.get(term, ())

    def by_author(self, author: Author) -> tuple[Post, ...]:
        """Posts written by an author, newest first."""
        return self._author_posts.get(author, ())

    def by_date(
        self, year: int, month: int | None = None, day: int | None = None
    ) -> tuple[Post, ...]:
        """Posts of a year, month or day archive, newest first."""
        key = (year,) if month is None else (year, month) if day is None else (year, month, day)
        return self._date_posts.get(key, ())

    @cached_property
    def _months(self) -> list[tuple[int, int]]:
        return [k for k in self._date_posts if len(k) == 2]  # type: ignore[misc]

    def months(self) -> list[tuple[int, int]]:
        """(year, month) pairs that have posts, newest first, for the Arsip widget."""
        return self._months

    def term(self, taxonomy: str, slug: str) -> Term | None:
        """Look a term up by its slug."""
        return self._terms_by_slug.get((taxonomy, slug))

    def author(self, slug: str) -> Author | None:
        """Look an author up by nicename."""
        return next((a for a in self.config.authors.values() if a.slug == slug), None)


def _load_corpus() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for path in sorted(CORPUS_DIR.glob("*.json")):
        records.extend(json.loads(path.read_text(encoding="utf-8")))
    records.sort(key=lambda r: r["published"])
    return records


def _comments_for(post_id: int, published: datetime) -> tuple[Comment, ...]:
    """A few reader comments, as local news sites get them."""
    pool: dict[int, list[tuple[str, int, str]]] = {
        FOUNDING_ID: [
            ("Rusdiansyah", 75, "Mantap pak Kapolres, semoga Pemilu di Tanah Laut aman dan damai."),
            ("Hj. Masliani", 190, "Kegiatan positif, ngopi sambil diskusi lebih cair suasananya."),
        ],
        SYNDICATED_ORIGINAL_ID: [
            ("Ahmad Fauzi", 240, "Semoga jaringannya dibongkar sampai ke akar-akarnya."),
        ],
        36988: [("Budi Santoso", 320, "Terima kasih infonya, sangat bermanfaat.")],
        38288: [
            (
                "Rizky Maulana",
                55,
                "Alhamdulillah di TPS kami juga aman, terima kasih bapak polisi.",
            ),
            ("Siti Aminah", 130, "Salut untuk petugas KPPS dan pengamanan yang sampai malam."),
        ],
        37890: [("Muhammad Ilham", 400, "Semoga tahun 2024 angka kecelakaan makin turun.")],
    }
    return tuple(
        Comment(
            id=800 + post_id % 1000 + i,
            author=name,
            date=published + timedelta(minutes=minutes),
            text=text,
        )
        for i, (name, minutes, text) in enumerate(pool.get(post_id, []))
    )


def _unique_id(published: datetime, salt: str) -> str:
    """PHP `uniqid()`: 8 hex digits of Unix time plus 5 of microseconds."""
    micro = int(hashlib.sha1(salt.encode()).hexdigest(), 16) % 0xFFFFF
    return f"{int(published.timestamp()):08x}{micro:05x}"


def _terms(records: list[dict[str, Any]]) -> tuple[dict[str, Term], dict[str, Term]]:
    cat_names = ["Berita Polisi", "Daerah", "Pemilu", "Hukum & Kriminal"]
    cats = {n: Term(2 + i, "category", n, wp_slugify(n)) for i, n in enumerate(cat_names)}
    tag_names: list[str] = []
    for r in records:
        tag_names += [t for t in r["tags"] if t not in tag_names]
    tags = {n: Term(20 + i, "post_tag", n, wp_slugify(n)) for i, n in enumerate(tag_names)}
    return cats, tags


_PAGES_TEXT: dict[str, tuple[str, tuple[str, ...]]] = {
    "tentang-kami": (
        "Tentang Kami",
        (
            "{name} adalah media daring yang menyajikan berita kepolisian, pemerintahan "
            "dan peristiwa daerah di Kalimantan Selatan.",
            "Kami berkomitmen menyajikan informasi yang akurat, berimbang dan bermanfaat "
            "bagi masyarakat Banua.",
        ),
    ),
    "redaksi": (
        "Redaksi",
        (
            "Pemimpin Redaksi: H. Syahrani Noor. Redaktur Pelaksana: Rahmadi Syahputra.",
            "Alamat Redaksi: Jalan A. Yani Km 3,5 Pelaihari, Kabupaten Tanah Laut, "
            "Kalimantan Selatan.",
        ),
    ),
    "pedoman-media-siber": (
        "Pedoman Media Siber",
        (
            "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers "
            "adalah hak asasi manusia yang dilindungi Pancasila dan Undang-Undang Dasar 1945.",
            "Media siber wajib meralat, mencabut atau menghapus berita yang tidak akurat "
            "disertai catatan pada bagian akhir berita.",
        ),
    ),
}


def _pages(
    config: SiteConfig,
    start_id: int,
    texts: dict[str, tuple[str, tuple[str, ...]]] | None = None,
) -> list[StaticPage]:
    opened = datetime(2021, 3, 1, 9, 0, tzinfo=config.tz)
    return [
        StaticPage(
            id=start_id + i,
            slug=slug,
            title=title,
            paragraphs=tuple(p.format(name=config.name) for p in paras),
            published=opened,
        )
        for i, (slug, (title, paras)) in enumerate((texts or _PAGES_TEXT).items())
    ]


def _wordpress_config() -> SiteConfig:
    authors = {
        "admin": Author(1, "admin", "admin", "Akun redaksi."),
        "rahmadi": Author(
            3, "rahmadi", "Rahmadi Syahputra", "Wartawan wilayah Tanah Laut dan Tapin."
        ),
        "nur-aisyah": Author(4, "nur-aisyah", "Nur Aisyah", "Wartawan Banjarmasin dan Batola."),
        "fajar": Author(5, "fajar", "Fajar Ramadhan", "Wartawan wilayah Kabupaten Banjar."),
    }
    return SiteConfig(
        "wordpress",
        "MCI Life",
        "Berita Polisi dan Informasi Kalimantan Selatan",
        WITA,
        "WITA",
        "Asia/Makassar",
        "beritapolisi",
        authors,
    )


def _newsportal_config() -> SiteConfig:
    redaksi = Author(1, "redaksi", "Redaksi Kabar Borneo", "Tim redaksi.")
    dimas = Author(2, "dimas", "Dimas Pratama", "Reporter Kalimantan Selatan.")
    authors = {
        "admin": redaksi,
        "rahmadi": dimas,
        "nur-aisyah": Author(6, "siti-rahmah", "Siti Rahmah", "Reporter Banjarmasin."),
        "fajar": dimas,
    }
    return SiteConfig(
        "newsportal",
        "Kabar Borneo",
        "Portal Berita Kalimantan Terkini",
        WIB,
        "WIB",
        "Asia/Jakarta",
        "kabarborneo",
        authors,
    )


def _image(post_id: int, published: datetime, caption: str, parent_path: str, n: int = 0) -> Image:
    name = f"IMG-{published:%Y%m%d}-WA{(post_id * 7 + n) % 9000 + 10:04d}"
    return Image(
        id=post_id + 1 + n,
        path=f"/wp-content/uploads/{published:%Y/%m}/{name}.jpg",
        caption=caption,
        attachment_path=f"{parent_path}attachment/{name.lower()}/",
    )


def _post_from_record(
    rec: dict[str, Any],
    config: SiteConfig,
    cats: dict[str, Term],
    tags: dict[str, Term],
    *,
    post_id: int,
    published: datetime,
    modified: datetime,
    path_for: Any,
) -> Post:
    portal = config.theme == "newsportal"
    fix = texturize if portal else (lambda s: s)
    slug = rec.get("slug") or wp_slugify(rec["title"])
    path = path_for(slug, published)
    image = _image(post_id, published, fix(rec["caption"]), path)
    inline = rec.get("inline_image")
    pdf = rec.get("pdf")
    fs = rec.get("fs_poster") or {}
    return Post(
        id=post_id,
        slug=slug,
        path=path,
        title=fix(rec["title"]),
        paragraphs=tuple(fix(p) for p in rec["paragraphs"]),
        categories=tuple(cats[c] for c in rec["categories"]),
        tags=tuple(tags[t] for t in rec["tags"]),
        author=config.authors[rec["author"]],
        published=published,
        modified=modified,
        image=image,
        feed_id=fs.get("feed_id", 30000 + post_id % 7919),
        unique_id=fs.get("unique_id", _unique_id(published, slug)),
        link_line=bool(rec.get("link_line")) and not portal,
        file_block=FileBlock(pdf["after"], f"/wp-content/uploads/{pdf['file']}", pdf["label"])
        if pdf
        else None,
        inline_image=(
            inline["after"],
            _image(post_id, published, fix(inline["caption"]), path, n=1),
        )
        if inline
        else None,
        comments=() if portal else _comments_for(post_id, published),
    )


@cache
def build_site(theme: str) -> SiteModel:
    """Build (once per process) the model of one theme's site."""
    records = _load_corpus()
    cats, tags = _terms(records)
    if theme == "wordpress":
        return _build_wordpress(records, cats, tags)
    if theme == "newsportal":
        return _build_newsportal(records, cats, tags)
    raise ValueError(f"unknown theme {theme!r}; expected 'wordpress' or 'newsportal'")


def _finish(
    config: SiteConfig,
    posts: list[Post],
    cats: dict[str, Term],
    tags: dict[str, Term],
    page_start: int,
) -> SiteModel:
    posts.sort(key=lambda p: p.published, reverse=True)
    used_tags = [t for t in tags.values() if any(t in p.tags for p in posts)]
    popular = (FOUNDING_ID, SYNDICATED_ORIGINAL_ID, 36988, 38288, 37890)
    return SiteModel(
        config,
        posts,
        _pages(config, page_start),
        list(cats.values()),
        used_tags,
        popular_ids=popular if config.theme == "wordpress" else (),
    )


def _build_wordpress(
    records: list[dict[str, Any]], cats: dict[str, Term], tags: dict[str, Term]
) -> SiteModel:
    config = _wordpress_config()
    posts: list[Post] = []
    for rec in records:
        published = datetime.fromisoformat(rec["published"]).astimezone(WITA)
        post = _post_from_record(
            rec,
            config,
            cats,
            tags,
            post_id=rec["id"],
            published=published,
            modified=datetime.fromisoformat(rec.get("modified", rec["published"])).astimezone(WITA),
            path_for=lambda slug, _dt: f"/{slug}/",
        )
        post.baca_juga = tuple(
            BacaJuga(b["after"], b["target"], b["variant"], b["style"])
            for b in rec.get("baca_juga", [])
        )
        posts.append(post)
    original = next(p for p in posts if p.id == SYNDICATED_ORIGINAL_ID)
    copy_time = datetime(2023, 11, 29, 8, 12, 40, tzinfo=WITA)
    posts.append(
        Post(
            id=37561,
            slug=f"{original.slug}-2",
            path=f"/{original.slug}-2/",
            title=original.title,
            paragraphs=original.paragraphs,
            categories=original.categories,
            tags=original.tags,
            author=config.authors["admin"],
            published=copy_time,
            modified=copy_time,
            image=original.image,
            feed_id=37588,
            unique_id=_unique_id(copy_time, "copy"),
            copy_of=original.id,
        )
    )
    return _finish(config, posts, cats, tags, page_start=12)


_PORTAL_VARIANT = {
    "clean": "clean",
    "fs": "utm",
    "utm": "utm",
    "amp": "fbclid",
    "shortlink": "shortlink",
}


def _build_newsportal(
    records: list[dict[str, Any]], cats: dict[str, Term], tags: dict[str, Term]
) -> SiteModel:
    """The portal republishes the corpus a day later, in WIB, under /YYYY/MM/DD/slug/."""
    config = _newsportal_config()
    posts: list[Post] = []
    ids: dict[int, int] = {}
    for i, rec in enumerate(r for r in records if r["id"] != FOUNDING_ID):
        shift = timedelta(days=1, minutes=35 + (i * 47) % 300)
        published = (datetime.fromisoformat(rec["published"]) + shift).astimezone(WIB)
        modified = datetime.fromisoformat(rec.get("modified", rec["published"])) + shift
        ids[rec["id"]] = 12004 + i * 9
        post = _post_from_record(
            rec,
            config,
            cats,
            tags,
            post_id=ids[rec["id"]],
            published=published,
            modified=modified.astimezone(WIB),
            path_for=lambda slug, dt: f"/{dt:%Y/%m/%d}/{slug}/",
        )
        post.baca_juga = tuple(
            BacaJuga(b["after"], b["target"], _PORTAL_VARIANT[b["variant"]], b["style"])
            for b in rec.get("baca_juga", [])
            if b["target"] != FOUNDING_ID
        )
        posts.append(post)
    for post in posts:
        post.baca_juga = tuple(
            BacaJuga(b.after, ids[b.target_id], b.variant, b.style) for b in post.baca_juga
        )
    return _finish(config, posts, cats, tags, page_start=2)
