"""The scaled site: a Kalimantan Selatan police-news WordPress with N generated articles.

"Bhayangkara Banua" is built from `generator.generate_articles(n, seed)` and
rendered by the same wordpress theme as the demo site (GeneratePress markup,
WITA, /slug/ permalinks, core sitemaps, REST API). On top of the articles it
carries what a crawler meets on such a site:

- syndicated copies: about 5% of the articles are reposted later at a second
  URL (`-2` slug or a shortened slug) with the same title and body and a
  `rel=canonical` naming the original; the ground truth folds them in as aliases;
- reader comments on about a third of the articles, dated hours to days later;
- "Baca Juga" boxes linking older articles (clean, `utm_`, AMP or `?p=` links);
- a "Terpopuler" sidebar widget of FS Poster links on every page;
- one flaky post that answers 503 twice per server, then 200.

Everything is deterministic for `(n, seed)`; `build_scaled_site` caches the
model per process, so a test's ground truth and its server share one build.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from functools import cache

from .generator import END, GeneratedArticle, generate_articles, h64
from .model import (
    WITA,
    Author,
    BacaJuga,
    Comment,
    Post,
    SiteConfig,
    SiteModel,
    Term,
    _image,
    _pages,
    _unique_id,
)
from .textfmt import wp_slugify
from .vocab import COMMENTERS, COMMENTS

COPY_SHARE = 0.05
COMMENT_SHARE = 0.34
BACA_JUGA_SHARE = 0.15
CATEGORIES = (
    "Berita Polisi",
    "Hukum & Kriminal",
    "Kamtibmas",
    "Lalu Lintas",
    "Pemilu",
    "Peristiwa",
    "Sosial",
    "Daerah",
)
_AUTHORS = {
    "redaksi": Author(1, "redaksi", "Redaksi", "Meja redaksi Bhayangkara Banua."),
    "andri": Author(2, "andri", "Andri Saputra", "Wartawan Banjarmasin dan Banjarbaru."),
    "siti-rahmah": Author(
        4, "siti-rahmah", "Siti Rahmah", "Wartawan Kabupaten Banjar dan Barito Kuala."
    ),
    "yusran": Author(5, "yusran", "Yusran Noor", "Wartawan Tanah Laut, Tanah Bumbu dan Kotabaru."),
    "hairul": Author(7, "hairul", "Hairul Anam", "Wartawan Tapin, Hulu Sungai Selatan dan Tengah."),
    "nur-halimah": Author(
        9, "nur-halimah", "Nur Halimah", "Wartawan Hulu Sungai Utara, Balangan dan Tabalong."
    ),
}
_BEAT = {
    "banjarmasin": "andri",
    "banjarbaru": "andri",
    "banjar": "siti-rahmah",
    "batola": "siti-rahmah",
    "tanah-laut": "yusran",
    "tanbu": "yusran",
    "kotabaru": "yusran",
    "tapin": "hairul",
    "hss": "hairul",
    "hst": "hairul",
    "hsu": "nur-halimah",
    "balangan": "nur-halimah",
    "tabalong": "nur-halimah",
}
_PAGES = {
    "tentang-kami": (
        "Tentang Kami",
        (
            "{name} adalah portal berita kepolisian dan kamtibmas di Kalimantan Selatan. "
            "Kami memuat kegiatan Polres dan Polsek jajaran, pengungkapan kasus, lalu lintas "
            "dan peristiwa daerah.",
            "Sebagian berita bersumber dari rilis Humas Polres yang kami sunting seperlunya.",
        ),
    ),
    "redaksi": (
        "Redaksi",
        (
            "Pemimpin Redaksi: Yusran Noor. Redaktur: Andri Saputra, Siti Rahmah. Reporter: Hairul "
            "Anam, Nur Halimah.",
            "Alamat Redaksi: Jalan Panglima Batur, Banjarbaru, Kalimantan Selatan.",
        ),
    ),
    "pedoman-media-siber": (
        "Pedoman Media Siber",
        (
            "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak "
            "asasi manusia yang dilindungi Pancasila dan Undang-Undang Dasar 1945.",
            "Media siber wajib meralat, mencabut atau menghapus berita yang tidak akurat disertai "
            "catatan pada bagian akhir berita.",
        ),
    ),
}


def scaled_config() -> SiteConfig:
    """Name, zone and authors of the scaled site."""
    return SiteConfig(
        "wordpress",
        "Bhayangkara Banua",
        "Berita Polisi dan Kamtibmas Kalimantan Selatan",
        WITA,
        "WITA",
        "Asia/Makassar",
        "bhayangkarabanua",
        dict(_AUTHORS),
    )


def _copy_slug(original: Post, n: int, taken: set[str]) -> str:
    """WordPress's `-2` for a repost with the same title, or an editor's shortened slug."""
    if n % 2 == 0:
        slug = f"{original.slug}-2"
    else:
        words = original.slug.split("-")
        slug = "-".join(words[: max(4, len(words) // 2)])
    while slug in taken:
        slug += "-2"
    return slug


def _comments(
    rng: random.Random, art: GeneratedArticle, published: datetime
) -> list[tuple[str, datetime, str]]:
    pool = COMMENTS[art.comment_topic]
    count = 1 + int(rng.random() ** 2 * 4)
    when = published
    out = []
    for text in rng.sample(pool, min(count, len(pool))):
        when = when + timedelta(minutes=20 + int(rng.random() ** 2 * 60 * 60))
        out.append((rng.choice(COMMENTERS), min(when, END + timedelta(hours=12)), text))
    return out


@cache
def build_scaled_site(n: int, seed: int = 0) -> SiteModel:
    """The model of the scaled site with `n` articles (plus about 5% reposts)."""
    config = scaled_config()
    articles = generate_articles(n, seed)
    rng = random.Random(h64(seed, "site", n))
    cats = {
        name: Term(2 + i, "category", name, wp_slugify(name)) for i, name in enumerate(CATEGORIES)
    }
    tag_names = list(dict.fromkeys(t for a in articles for t in a.tags))
    tags = {
        name: Term(20 + i, "post_tag", name, wp_slugify(name)) for i, name in enumerate(tag_names)
    }

    # Which articles get reposted, and when: hours to days later, never after the site's "now".
    n_copies = max(1, round(n * COPY_SHARE)) if n >= 20 else 0
    copy_of = sorted(rng.sample(range(n), n_copies))
    copy_times = {}
    for i in copy_of:
        delay = timedelta(hours=2 + rng.random() * 80)
        copy_times[i] = min(articles[i].published + delay, END + timedelta(minutes=30 + i % 17))

    # Ids in publication order, with the gaps WordPress leaves (attachments, revisions).
    timeline = sorted(
        [(a.published, "a", a.index) for a in articles]
        + [(t, "c", i) for i, t in copy_times.items()]
    )
    ids: dict[tuple[str, int], int] = {}
    next_id = 20517
    for _, kind, i in timeline:
        ids[(kind, i)] = next_id
        next_id += 3 + int(rng.random() * 6)

    slugs: set[str] = set()
    posts_by_index: dict[int, Post] = {}
    labels: dict[int, dict] = {}
    pending_comments: list[tuple[datetime, int, str, str]] = []
    for art in articles:
        post_id = ids[("a", art.index)]
        slug = wp_slugify(art.title)
        while slug in slugs:  # titles are unique, slugs almost always
            slug += "-2"
        slugs.add(slug)
        path = f"/{slug}/"
        modified = art.published
        if rng.random() < 0.3:
            modified = min(
                art.published + timedelta(minutes=5 + int(rng.random() * 600)),
                END + timedelta(hours=1),
            )
        author = _AUTHORS["redaksi"] if rng.random() < 0.15 else _AUTHORS[_BEAT[art.unit.key]]
        post = Post(
            id=post_id,
            slug=slug,
            path=path,
            title=art.title,
            paragraphs=art.paragraphs,
            categories=tuple(cats[c] for c in art.categories),
            tags=tuple(tags[t] for t in art.tags),
            author=author,
            published=art.published,
            modified=modified,
            image=_image(post_id, art.published, art.caption, path),
            feed_id=30000 + post_id % 7919,
            unique_id=_unique_id(art.published, slug),
        )
        posts_by_index[art.index] = post
        label = art.labels  # the generated article is dropped after the build
        label["twin_of"] = ids[("a", art.twin_of)] if art.twin_of is not None else None
        labels[post_id] = label
        if rng.random() < COMMENT_SHARE:
            for who, when, text in _comments(rng, art, art.published):
                pending_comments.append((when, post_id, who, text))

    # Comment ids grow with time across the whole site, as WordPress assigns them.
    comments: dict[int, list[Comment]] = {}
    for k, (when, post_id, who, text) in enumerate(sorted(pending_comments)):
        comments.setdefault(post_id, []).append(Comment(5000 + k * 3, who, when, text))

    # "Baca Juga" boxes: an older article, often of the same unit.
    by_unit: dict[str, list[int]] = {}
    for art in articles:
        post = posts_by_index[art.index]
        post.comments = tuple(comments.get(post.id, ()))
        earlier = by_unit.get(art.unit.key, [])
        if earlier and rng.random() < BACA_JUGA_SHARE and len(post.paragraphs) >= 4:
            target = posts_by_index[earlier[-1 - int(rng.random() * min(len(earlier), 40))]]
            post.baca_juga = (
                BacaJuga(
                    after=1 + int(rng.random() * (len(post.paragraphs) - 2)),
                    target_id=target.id,
                    variant=rng.choice(("clean", "clean", "utm", "amp", "shortlink", "fs")),
                    style=rng.choice(("p", "div")),
                ),
            )
        by_unit.setdefault(art.unit.key, []).append(art.index)

    posts = list(posts_by_index.values())
    for k, i in enumerate(copy_of):
        original = posts_by_index[i]
        when = copy_times[i]
        slug = _copy_slug(original, k, slugs)
        slugs.add(slug)
        posts.append(
            Post(
                id=ids[("c", i)],
                slug=slug,
                path=f"/{slug}/",
                title=original.title,
                paragraphs=original.paragraphs,
                categories=original.categories,
                tags=original.tags,
                author=_AUTHORS["redaksi"],
                published=when,
                modified=when,
                image=original.image,
                feed_id=30000 + ids[("c", i)] % 7919,
                unique_id=_unique_id(when, slug),
                copy_of=original.id,
                canonical_path=original.path,
            )
        )
    posts.sort(key=lambda p: p.published, reverse=True)
    originals = [p for p in posts if p.copy_of is None]
    flaky = originals[len(originals) // 3]
    popular = sorted(
        originals[: max(5, len(originals) // 4)], key=lambda p: (-len(p.comments), -p.id)
    )[:5]
    used = {t for p in posts for t in p.tags}
    site = SiteModel(
        config,
        posts,
        _pages(config, 2, _PAGES),
        list(cats.values()),
        [t for t in tags.values() if t in used],
        popular_ids=tuple(p.id for p in popular),
        labels=labels,
        flaky_ids=frozenset({flaky.id}),
        scale=n,
        seed=seed,
    )
    return site
