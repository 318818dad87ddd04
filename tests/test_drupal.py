"""A Drupal site crawled with no definition (``newsarchive crawl --url``), as a new user
points it at a Polres or Pemkab portal: ``tests/platforms/drupal.py``, in WIT (+09:00).

Each article answers at its path alias and, with the same ``rel=canonical``, at
``/node/N`` and at each comment's permalink; Views listings are paged from ``?page=0``;
term pages, the login and register forms (``?destination=``), the comment form and the
search are linked from every page. Each article must be stored once, under its alias,
with its title (no " | Humas Polres Mimika"), its WIT time, its author and its whole
text without the byline, breadcrumb, "Baca juga" or comments, and nothing else stored;
no form, login or search page asked for even where robots.txt does not forbid it.

What a Drupal site gave wrong: Drupal's default date format is month first
("Sel, 01/09/2024 - 10:12" is Tuesday 9 January), read day first as 1 September, and
with no zone label the UTC machine time stayed UTC; Drupal 9's RDF module states the
time only as RDFa (``property="schema:dateCreated"``), in the node's ``<footer>``, read
as the site's footer; the byline "Oleh <nama>" / "Dikirim oleh <nama> pada …" named no
author anyone read; and ``/taxonomy/term/N`` pages with one teaser were stored as
articles.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from scraper.dates import find_dates, parse_date
from scraper.extract import NotAnArticle, extract_article
from scraper.urls import looks_like_non_article
from tests.conftest import assert_whole_and_clean, crawl_two_nights, stored_articles
from tests.platforms import drupal

pytestmark = pytest.mark.long(seconds=60)

FETCHED = datetime(2026, 11, 28, tzinfo=timezone.utc)
HOST = "http://polresmimika.example.id"
# Page chrome and comments that must not reach an article's text.
CHROME = (
    "Oleh ",
    "Dikirim oleh",
    "Beranda",
    "Baca juga",
    "Komentar",
    "Masuk",
    "Balas",
    "Terima kasih atas kerja kerasnya",
    "Tag",
    "Kanal",
    "Berita Terbaru",
    "Selengkapnya",
)


@pytest.mark.parametrize(
    ("theme", "comments", "robots", "sitemap"),
    [("olivero", "login", True, True), ("bootstrap", "open", False, False)],
)
def test_a_drupal_site_is_archived_once_per_article_under_its_alias(
    theme, comments, robots, sitemap, tmp_path
):
    db = tmp_path / "d.db"
    with drupal.serve_drupal(theme, comments, robots, sitemap) as served:
        base = str(served)
        _, asked, requested = crawl_two_nights(served, db)  # the next night adds nothing
    articles, aliases = stored_articles(db)
    # Every article once, under its alias (not /node/N, not /comment/C), with its
    # headline, WIT time and author; no listing, term, user or basic page.
    got = {u: (t, p, a) for u, (t, p, a, _) in articles.items()}
    want = {u: (t, p, [a]) for u, (t, p, a) in drupal.expected(base).items()}
    assert got == want
    assert_whole_and_clean(articles, base, drupal.POSTS, CHROME)
    root = base.rstrip("/")
    # The same node reached at its system path and its comments' permalinks.
    for post in drupal.NODE_LINKED:
        assert aliases[root + post.node_path] == root + post.path
    for post in drupal.POSTS:
        for cid in post.comments:
            assert aliases[f"{root}/comment/{cid}"] == root + post.path
    # Views' zero-based pagers read to their last page on the first crawl.
    assert "/berita?page=2" in asked
    # No login, register, comment or search form, robots.txt or not.
    assert not [r for r in requested if any(i in r for i in drupal.IMPOLITE)]
    assert not [r for r in requested if r.startswith("/taxonomy/term/")]
    assert len(stored_articles(db)[0]) == len(drupal.POSTS)


def serve_page(target: str, theme: str = "olivero") -> str:
    """One page of the site as it serves ``target`` (no server needed)."""
    status, _, body = drupal.make_site(HOST + "/", theme)(target)
    assert status == 200, target
    return body


@pytest.mark.parametrize("theme", ["olivero", "bootstrap"])
def test_a_drupal_article_is_read_whole_with_its_local_time_and_author(theme):
    # Olivero (Drupal 10): "Oleh <a class=username>Nama</a>, <time datetime="…Z">Sel,
    # 01/09/2024 - 10:12</time>". Bootstrap (Drupal 9, RDF module): "Dikirim oleh
    # <span rel="schema:author">Nama</span> pada <span property="schema:dateCreated"
    # content="…+00:00">Sel, 01/09/2024 - 10:12</span>" in the node's <footer>. The
    # date was 2024-09-01 (day first) or UTC or the URL's day; the author none.
    for post in drupal.POSTS:
        record = extract_article(serve_page(post.path, theme), HOST + post.path, FETCHED)
        assert not isinstance(record, NotAnArticle), record
        assert record.title == post.release.title
        assert record.published_at == post.release.aware(drupal.OFFSET).isoformat(), post.path
        assert record.authors == [post.author], post.path
        assert record.text.split("\n") == list(post.release.paragraphs)


def test_a_numeric_date_is_read_month_first_only_when_its_weekday_says_so():
    # Drupal's default "medium" format, D, m/d/Y - H:i. 9 January 2024 was a Tuesday
    # ("Sel"), 1 September a Sunday; 23 January a Tuesday, and "01/23" is no day/month.
    ref = datetime(2026, 11, 28)
    assert parse_date("Sel, 01/09/2024 - 10:12", reference=ref) == datetime(2024, 1, 9, 10, 12)
    assert parse_date("Sel, 01/23/2024 - 16:50", reference=ref) == datetime(2024, 1, 23, 16, 50)
    # Day first stays the rule: with no weekday, or one that fits the day-first reading.
    assert parse_date("01/09/2024", reference=ref).month == 9
    assert parse_date("Minggu, 01/09/2024", reference=ref).month == 9
    assert parse_date("Selasa, 09/01/2024", reference=ref).month == 1
    # A month-first-only date no weekday confirms is no date.
    assert parse_date("01/23/2024", reference=ref) is None
    assert parse_date("Senin, 01/23/2024", reference=ref) is None


def test_a_wrong_full_weekday_never_turns_a_day_first_date_month_first():
    # Drupal prints its weekday abbreviated ("D"). Indonesian writers name it in full,
    # day first, and now and then name the wrong one: 12 January 2024 was a Friday,
    # 1 December 2024 a Sunday. The date stays as printed, the weekday a conflict.
    ref = datetime(2026, 11, 28)
    (body,) = find_dates("Kegiatan digelar pada Minggu (12/1/2024) lalu.", reference=ref)
    assert body.value == date(2024, 1, 12) and "Jumat" in (body.conflict or "")
    header = parse_date("Minggu, 12/01/2024 pukul 10.00 WITA", reference=ref)
    assert (header.month, header.day) == (1, 12)
    assert parse_date("Senin 5/6/2024", reference=ref).month == 6  # 6 May was a Monday
    # Drupal's own abbreviated form still decides, and a month-first-only date that a
    # full weekday confirms is still read.
    assert parse_date("Min, 12/01/2024 - 10:12", reference=ref).month == 12
    assert parse_date("Senin, 01/15/2024", reference=ref) == date(2024, 1, 15)


def test_drupal_term_user_and_form_urls_are_never_articles():
    for path in [
        "/taxonomy/term/12",
        "/taxonomy/term/12/feed",
        "/user/3",
        "/user/login",
        "/user/login?destination=/node/20%23comment-form",
        "/user/register?destination=/node/20%23comment-form",
        "/comment/reply/node/20/comment/500",
    ]:
        assert looks_like_non_article(HOST + path), path
    for path in ["/berita/2024/01/09/judul-berita", "/node/23", "/comment/500", "/user-guide"]:
        assert not looks_like_non_article(HOST + path), path
    # A tag with one article: its term page shows one teaser with its whole first
    # paragraph, and was stored as an article titled by the tag.
    post = drupal.POSTS[1]
    tid = drupal._TAG_IDS[post.release.tags[0]]
    html = serve_page(f"/taxonomy/term/{tid}")
    result = extract_article(html, f"{HOST}/taxonomy/term/{tid}", FETCHED)
    assert isinstance(result, NotAnArticle), result


def test_an_authors_picture_linking_the_profile_before_the_name_names_no_one():
    # Drupal's Olivero puts the author's picture (a link to the profile) before the
    # byline, as many themes do inside one author block: the first link of the block
    # was taken, its text empty, and the page named no author (nor fell back to the
    # credit line). A body class ("single-author", WordPress) is no byline block.
    head = '<html><head><title>Apel Pagi</title></head><body class="single single-author">'
    byline = (
        '<a href="/"><img src="/logo.png"></a><h1>Apel Pagi di Mapolres</h1>'
        '<div class="post-author"><a href="/author/yk"><img src="/yk.jpg" alt=""></a>'
        '<a href="/author/yk">Yohanes Kogoya</a></div>'
    )
    html = f"{head}{byline}{PARAS}</body></html>"
    for page in (html, html.replace(' class="single single-author"', "")):
        record = extract_article(page, HOST + "/berita/2024/01/09/apel-pagi", FETCHED)
        assert record.authors == ["Yohanes Kogoya"]


def test_an_article_classed_by_its_author_is_no_byline_block():
    # Drupal themes class the node with its author ("node author-humas1"): the whole
    # article matched the byline block, and its first link with text, a share
    # button's "Tweet", became the author.
    html = (
        '<html><head><title>Apel Pagi</title></head><body><article class="node author-humas1">'
        '<h1>Apel Pagi di Mapolres</h1><a href="https://twitter.com/share">Tweet</a>'
        f"{PARAS}</article></body></html>"
    )
    record = extract_article(html, HOST + "/berita/2024/01/09/apel-pagi", FETCHED)
    assert record.authors == []


PARAS = "".join(
    f"<p>Polres Mimika menggelar apel pagi di halaman Mapolres nomor {i} bersama seluruh "
    "personel, dan Kapolres menyampaikan arahan tentang pengamanan wilayah.</p>"
    for i in range(4)
)


def test_a_drupal_7_rdfa_date_is_the_publication_time():
    # Drupal 7's RDF module: the node's created time as RDFa (``dc:date dc:created``),
    # with the site's offset, beside "Submitted by … on <medium date>"; no <time>, no
    # JSON-LD, no meta. It was not read: the day came from the visible line alone.
    html = (
        "<html><head><title>Apel Pagi di Mapolres | Polres Mimika</title></head><body>"
        '<div id="node-7" class="node node-article node-full" about="/berita/apel-pagi"'
        ' typeof="sioc:Item foaf:Document"><h1>Apel Pagi di Mapolres</h1>'
        '<div class="submitted"><span property="dc:date dc:created"'
        ' content="2013-01-22T11:04:21+09:00" datatype="xsd:dateTime"'
        ' rel="sioc:has_creator">Dikirim oleh <span class="username" xml:lang=""'
        ' about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">'
        "humas_mimika</span> pada Sel, 01/22/2013 - 11:04</span></div>"
        f'<div class="field field-name-body">{PARAS}</div></div></body></html>'
    )
    record = extract_article(html, HOST + "/berita/apel-pagi", FETCHED)
    assert record.published_at == "2013-01-22T11:04:21+09:00"
    assert record.authors == ["humas_mimika"]


def test_a_comments_author_link_is_no_byline():
    # The byline is plain text; the first "author" block with a link is a reader's
    # (WordPress's "comment-author vcard"): the reader was stored as the author.
    paragraphs = "".join(
        f"<p>Kapolres memimpin apel pagi di halaman Mapolres bersama personel gabungan, "
        f"kalimat nomor {i} yang cukup panjang untuk dibaca sebagai isi berita.</p>"
        for i in range(8)
    )
    html = (
        "<html><head><title>Apel Pagi</title></head><body><article><h1>Apel Pagi</h1>"
        f'<div class="entry-meta">Penulis: Rahmadi Noor</div>{paragraphs}</article>'
        '<div id="comments"><ol class="comment-list"><li class="comment">'
        '<div class="comment-author vcard"><a href="https://blog.example/" class="url">'
        "Joko Pembaca</a> berkata:</div><p>Mantap</p></li></ol></div></body></html>"
    )
    record = extract_article(html, HOST + "/berita/2024/01/09/apel-pagi", FETCHED)
    assert record.authors == ["Rahmadi Noor"]


def test_a_block_of_the_authors_other_posts_names_no_author_by_a_headline():
    # "author-materials": the author's other posts, each a picture and a headline. Past
    # the pictures, the first named link was a headline, stored as the author.
    paragraphs = "".join(
        f"<p>Kapolres memimpin apel pagi di halaman Mapolres bersama personel gabungan, "
        f"kalimat nomor {i} yang cukup panjang untuk dibaca sebagai isi berita.</p>"
        for i in range(8)
    )
    related = "".join(
        f'<div class="material"><a href="/berita/{i}/"><img src="/{i}.jpg"></a>'
        f'<a href="/berita/{i}/">Satlantas Polres Tanah Laut Gelar Operasi Zebra Intan '
        f"di Jalan Ahmad Yani Pelaihari Hari Ke-{i}</a></div>"
        for i in range(3)
    )
    html = (
        "<html><head><title>Apel Pagi</title></head><body><article><h1>Apel Pagi</h1>"
        f'<div class="entry-meta">Penulis: Rahmadi Noor</div>{paragraphs}</article>'
        f'<div class="author-materials">{related}</div></body></html>'
    )
    record = extract_article(html, HOST + "/berita/2024/01/09/apel-pagi", FETCHED)
    assert record.authors == ["Rahmadi Noor"]
