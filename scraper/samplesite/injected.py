"""Spam slipped into a sample site, in the shapes compromised Indonesian sites carry.

The shapes come from what public reports found on hijacked government (go.id), campus
(ac.id) and police sites in 2022-24, and from the pages those injections point to:

- **posts written into the site itself** through a stolen admin login: they appear in
  the site's theme, feed, sitemap and REST API like any news post, titled for search
  engines ("Situs Slot Gacor & Togel Online Mudah" was one such title on a ministry's
  site, Prambors 15 Feb 2023);
- **doorway pages** of their own, unrelated HTML at paths of the site ("a sub-page of
  the program's site opened a slot gacor page", kumparan 19 Jan 2023): a landing page
  with DAFTAR and LOGIN buttons to the gambling domain;
- **hidden link blocks** in genuine pages, the "backlink" modus Bareskrim described
  (Tempo 30 Aug 2023): a list of "slot gacor", "situs togel", "slot88" links to other
  domains (and to the site's own doorway pages) inside ``display:none``, an
  offscreen ``position:absolute;left:-9999px`` box, one-pixel text or a 1px box with
  its overflow hidden, which visitors never see and search engines read.

``inject_spam`` adds them to a site model (``serve_site(spam=SpamInjection(...))``)
and labels every one, so a test knows what the crawl must keep out. Every text here is
written for this project; the gambling domains are invented and never requested.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .model import Post, SiteModel, Term, _image, _unique_id
from .textfmt import attr, esc, wp_slugify

SPAM_HOSTS = (
    "gacormaxwin88.site",
    "slot88resmi.online",
    "togel4dterpercaya.xyz",
    "rtplivehariini.store",
    "linkalternatif-sbobet.com",
    "situsgacor777.lol",
)
ANCHORS = (
    "slot gacor",
    "situs slot gacor",
    "slot88",
    "slot gacor hari ini",
    "togel online",
    "situs toto",
    "bandar togel terpercaya",
    "rtp live",
    "slot thailand",
    "link alternatif slot88",
    "slot deposit pulsa",
    "scatter hitam",
    "mahjong ways 2",
    "judi bola parlay",
    "slot maxwin",
)
# Keyword sentences around the links of a hidden block (the link goes in ``{link}``).
KEYWORD_SENTENCES = (
    "Bermain di {link} hari ini menjadi pilihan para pemain yang ingin maxwin.",
    "Daftar sekarang di {link} dan dapatkan bonus new member tanpa potongan.",
    "Situs resmi {link} menyediakan RTP live tertinggi setiap hari.",
    "Nikmati deposit pulsa di {link} dengan proses cepat dan aman.",
    "Link alternatif {link} selalu aktif 24 jam nonstop.",
)
# (title, paragraphs) of posts written into the site by whoever holds its admin login.
SPAM_POSTS = (
    (
        "Slot Gacor Hari Ini: Daftar Situs Slot Online Terpercaya Gampang Maxwin 2024",
        (
            "Slot gacor hari ini menjadi pilihan utama para pemain yang mencari situs slot "
            "online terpercaya dengan RTP live tertinggi. Di situs kami tersedia ratusan "
            "permainan slot gacor dari Pragmatic Play dan PG Soft dengan peluang maxwin "
            "setiap hari.",
            "Cukup dengan deposit pulsa 10 ribu tanpa potongan, Anda sudah bisa bermain slot "
            "gacor dan mendapatkan bonus new member 100%. Proses deposit dan withdraw hanya "
            "dalam hitungan menit, dilayani CS 24 jam nonstop.",
            "Gunakan link alternatif resmi kami apabila situs utama sulit diakses. Pola gacor "
            "dan jam gacor kami bagikan setiap hari agar Anda gampang menang. Daftar sekarang "
            "dan rasakan sensasi scatter hitam Mahjong Ways 2!",
        ),
    ),
    (
        "Bandar Togel Online Terpercaya & Situs Toto 4D Resmi Diskon Terbesar",
        (
            "Sebagai bandar togel online terpercaya, kami menyediakan pasaran togel Hongkong, "
            "Singapura, Sydney dan Toto Macau dengan diskon togel terbesar serta hadiah 4D "
            "hingga 10 juta. Situs toto resmi ini sudah dipercaya ratusan ribu member.",
            "Setiap hari kami menampilkan prediksi togel, bocoran angka jitu, live draw dan "
            "data keluaran HK, SGP dan SDY terlengkap. Pasang angka BBFS dan colok bebas "
            "mulai dari 100 perak.",
            "Daftar sekarang melalui link alternatif di bawah ini, deposit via Dana, OVO atau "
            "pulsa tanpa potongan, dan menangkan jackpot togel terbesar hari ini.",
        ),
    ),
    (
        "Link Slot Thailand Server Kamboja Anti Rungkad Gacor Maxwin Terbaru",
        (
            "Slot Thailand dengan server Kamboja terkenal anti rungkad dan gampang maxwin. "
            "Akun pro slot Thailand memberikan RTP slot hingga 98% untuk semua permainan "
            "gacor seperti Gates of Olympus, Starlight Princess dan Sweet Bonanza.",
            "Login slot Thailand kini lebih mudah dengan link alternatif yang selalu aktif. "
            "Nikmati freespin, cashback mingguan dan rollingan harian khusus member setia.",
            "Jangan lewatkan jam gacor dan pola slot terbaru kami. Deposit 10k pulsa tanpa "
            "potongan, WD berapapun pasti dibayar!",
        ),
    ),
    (
        "Best Online Casino Sites 2024 – Free Spins and No Deposit Bonus",
        (
            "Looking for the best online casino? Our casino online ranking lists the top "
            "sites with free spins, a no deposit bonus and fast payouts for new players.",
            "Play live casino, poker online and slot machines with the highest jackpot. "
            "Sports betting fans can claim a freebet on their first deposit at every betting "
            "site we recommend.",
            "Register today, claim your casino bonus and start winning with our exclusive "
            "free spins offer.",
        ),
    ),
    (
        "Jual Obat Kuat Viagra Asli dan Cialis Original Tanpa Resep, Kirim Cepat",
        (
            "Kami menjual obat kuat Viagra asli dan Cialis original tanpa resep dokter dengan "
            "harga termurah. Obat pembesar dan vimax original juga tersedia, dikirim cepat "
            "ke seluruh Indonesia.",
            "Buy cheap Viagra and Cialis without prescription from our online pharmacy. "
            "Sildenafil and tadalafil for erectile dysfunction, discreet shipping.",
            "Pesan sekarang melalui WhatsApp admin kami, bayar di tempat, dijamin asli.",
        ),
    ),
    (
        "Situs Judi Bola Terpercaya Agen Sbobet Mix Parlay Resmi 2024",
        (
            "Agen bola resmi dan situs judi bola terpercaya dengan pasaran terlengkap. Mix "
            "parlay mulai 5 ribu, sbobet dan live casino dalam satu akun.",
            "Bonus new member, cashback kekalahan dan freebet setiap minggu. Link daftar "
            "dan login alternatif sbobet selalu aktif 24 jam.",
            "Daftar sekarang dan nikmati deposit pulsa tanpa potongan serta withdraw cepat.",
        ),
    ),
)
DOORWAYS = (
    ("/slot-gacor-hari-ini/", "SLOT GACOR ⚡ Link Situs Slot Gacor Hari Ini Gampang Menang Maxwin"),
    ("/link-slot88-resmi/", "SLOT88 : Link Slot88 Resmi Situs Slot Online Terpercaya 2024"),
    ("/situs-toto-togel/", "SITUS TOTO : Bandar Togel Online Terpercaya & Toto Macau 4D"),
)
# Inline styles of injected blocks, as found in the wild.
HIDING = (
    ("div", "display:none"),
    ("div", "position:absolute;left:-9999px;top:-9999px"),
    ("p", "font-size:1px;line-height:0;color:#ffffff"),
    ("div", "height:1px;width:1px;overflow:hidden"),
    ("span", "display: none !important;"),
)


@dataclass(frozen=True)
class SpamInjection:
    """How much spam to put in: a share of spam pages among the site's article pages,
    and the share of genuine articles that get a hidden link block."""

    page_share: float = 0.05
    block_share: float = 0.10
    seed: int = 0


def link_block(
    rng: random.Random,
    doorway: str | None,
    hiding: tuple[str, str] | None = None,
    keywords: bool | None = None,
) -> tuple[str, list[str]]:
    """One hidden block and its anchors: a bare list of links, or paragraphs of search
    keywords with the links in them (which an extractor takes for text), pointing at
    gambling domains and, as the real ones do, at one of the site's doorway pages.

    ``hiding`` (one of ``HIDING``) and ``keywords`` (paragraphs, not a bare list) choose
    the shape; by default both are drawn from ``rng``."""
    tag, style = hiding if hiding is not None else rng.choice(HIDING)
    anchors = rng.sample(ANCHORS, rng.randint(4, 9))
    links = []
    for i, anchor in enumerate(anchors):
        if doorway and i == 0:
            href = doorway
        else:
            href = f"https://{rng.choice(SPAM_HOSTS)}/{wp_slugify(anchor)}/"
        links.append(f'<a href="{attr(href)}" rel="dofollow">{esc(anchor)}</a>')
    if keywords is None:
        keywords = rng.random() >= 0.5
    if not keywords:
        separator = rng.choice((" ", ", ", " | ", "<br>"))
        return f'<{tag} style="{style}">{separator.join(links)}</{tag}>', anchors
    sentences = [rng.choice(KEYWORD_SENTENCES).format(link=link) for link in links]
    paragraphs = "".join(
        f"<p>{' '.join(sentences[i : i + 3])}</p>" for i in range(0, len(sentences), 3)
    )
    outer = "div" if tag == "p" else tag  # paragraphs cannot sit inside a <p>
    return f'<{outer} style="{style}">{paragraphs}</{outer}>', anchors


def doorway_page(title: str, rng: random.Random) -> str:
    """A gambling landing page of its own, at a path of the hijacked site."""
    host = rng.choice(SPAM_HOSTS)
    body = " ".join(SPAM_POSTS[0][1] + SPAM_POSTS[1][1][:1])
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{attr(body[:150])}">'
        '<meta name="robots" content="index, follow">'
        f'<link rel="amphtml" href="https://amp.{host}/">'
        '<meta property="og:type" content="website">'
        f'<meta property="og:title" content="{attr(title)}">'
        '</head><body><header><div class="logo">SLOT GACOR</div></header>'
        f'<main><h1>{esc(title)}</h1><div class="banner"><img src="https://{host}/banner.webp" '
        f'alt="slot gacor"></div><div class="btn-group"><a class="btn" href="https://{host}/'
        f'register">DAFTAR</a> <a class="btn" href="https://{host}/login">LOGIN</a></div>'
        f'<article class="content"><p>{esc(body)}</p></article></main>'
        "<footer>© 2024 SLOT GACOR. All rights reserved.</footer></body></html>"
    )


def inject_spam(model: SiteModel, spam: SpamInjection) -> SiteModel:
    """``model`` with spam posts, doorway pages and hidden link blocks, all labelled:
    ``labels[post_id]["spam"]`` for a spam post, ``labels[post_id]["link_block"]`` (the
    anchors) for a genuine post carrying a block; doorways are ``model.doorways``."""
    rng = random.Random(spam.seed)
    genuine = [p for p in model.posts if p.copy_of is None]
    n_spam = max(1, round(spam.page_share * len(model.posts) / (1 - spam.page_share)))
    n_doorways = min(len(DOORWAYS), n_spam // 2)
    doorways = {path: doorway_page(title, rng) for path, title in DOORWAYS[:n_doorways]}
    labels = {k: dict(v) for k, v in model.labels.items()}
    posts = list(model.posts)
    carriers = rng.sample(range(len(genuine)), round(spam.block_share * len(genuine)))
    position = {p.id: i for i, p in enumerate(posts)}
    for k, index in enumerate(sorted(carriers)):
        post = genuine[index]
        # Each doorway is linked from some block (the crawler finds it as Google does).
        doorway = list(doorways)[k % len(doorways)] if doorways else None
        block, anchors = link_block(rng, doorway)
        posts[position[post.id]] = replace(post, injection=block)
        labels.setdefault(post.id, {})["link_block"] = anchors
    newest = max(p.published for p in posts)
    next_id = max(p.id for p in posts) + 11
    taken = _paths(model) | set(doorways)
    category = model.categories[0]
    author = next(iter(model.config.authors.values()))
    for k in range(n_spam - n_doorways):
        title, paragraphs = SPAM_POSTS[k % len(SPAM_POSTS)]
        when = newest - timedelta(hours=5 + 9 * k)
        post = _new_post(next_id, title, paragraphs, when, (category,), (), author, taken)
        posts.append(post)
        labels[post.id] = {"spam": "post"}
        next_id += 7
    return _rebuilt(model, posts, model.tags, labels, {**model.doorways, **doorways})


def add_articles(model: SiteModel, records: list[dict]) -> SiteModel:
    """``model`` with more articles: ``records`` of title, paragraphs, published (ISO with
    offset) and tags, filed under the model's "Hukum & Kriminal" category (else its
    first) by its first author. Labelled ``labels[post_id]["extra"] = True``."""
    category = next(
        (c for c in model.categories if c.name == "Hukum & Kriminal"), model.categories[0]
    )
    author = next(iter(model.config.authors.values()))
    tags = {t.name: t for t in model.tags}
    next_tag = max((t.id for t in (*model.tags, *model.categories)), default=20) + 1
    posts = list(model.posts)
    labels = {k: dict(v) for k, v in model.labels.items()}
    next_id = max(p.id for p in posts) + 5
    taken = _paths(model)
    for record in records:
        for name in record.get("tags", ()):
            if name not in tags:
                tags[name] = Term(next_tag, "post_tag", name, wp_slugify(name))
                next_tag += 1
        when = datetime.fromisoformat(record["published"]).astimezone(model.config.tz)
        post = _new_post(
            next_id,
            record["title"],
            tuple(record["paragraphs"]),
            when,
            (category,),
            tuple(tags[n] for n in record.get("tags", ())),
            author,
            taken,
        )
        posts.append(post)
        labels[post.id] = {"extra": True}
        next_id += 5
    return _rebuilt(model, posts, list(tags.values()), labels, model.doorways)


def _new_post(post_id, title, paragraphs, when, categories, tags, author, taken) -> Post:
    """A post at a path no other page of the site has (``taken``, then updated): a second
    post of the same title gets "-2" after its slug, as WordPress gives it."""
    slug = stem = wp_slugify(title)
    n = 2
    while f"/{slug}/" in taken:
        slug, n = f"{stem}-{n}", n + 1
    path = f"/{slug}/"
    taken.add(path)
    return Post(
        id=post_id,
        slug=slug,
        path=path,
        title=title,
        paragraphs=tuple(paragraphs),
        categories=tuple(categories),
        tags=tuple(tags),
        author=author,
        published=when,
        modified=when,
        image=_image(post_id, when, title, path),
        feed_id=30000 + post_id % 7919,
        unique_id=_unique_id(when, slug),
    )


def _paths(model: SiteModel) -> set[str]:
    return {p.path for p in model.posts} | {p.path for p in model.pages} | set(model.doorways)


def _rebuilt(model: SiteModel, posts, tags, labels, doorways) -> SiteModel:
    posts = sorted(posts, key=lambda p: p.published, reverse=True)
    return SiteModel(
        model.config,
        posts,
        model.pages,
        model.categories,
        tags,
        popular_ids=model.popular_ids,
        labels=labels,
        flaky_ids=model.flaky_ids,
        post_navigation=model.post_navigation,
        scale=model.scale,
        seed=model.seed,
        doorways=doorways,
    )
