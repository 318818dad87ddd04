"""The archive: one article once, every URL remembered, nothing changed by a re-run."""

import sqlite3

import pytest

from scraper.archive import Archive, ArchiveError
from scraper.archive.queries import Filters, iter_articles, search, site_stats
from scraper.extract.record import ArticleRecord
from tests.conftest import make_record

BASE = "https://mci.life/"


def record(slug: str, text: str = "Polres Tanah Laut menggelar apel pagi.", **kw) -> ArticleRecord:
    """A record of the mci.life test site, seen at its own URL unless told otherwise."""
    rec = make_record(slug, text, **kw)
    if "seen_urls" not in kw:
        rec.seen_urls = [rec.url]
    return rec


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "a.db", create=True) as arch:
        yield arch


def store(archive, rec):
    with archive.db.atomic():
        return archive.store_article(rec)


def table(archive, name):
    return list(archive.db[name].rows)


def test_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive.open(tmp_path / "nope.db")


def test_not_an_archive_is_a_clear_error(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("create table x (y)").connection.commit()
    with pytest.raises(ArchiveError, match="not a newsarchive archive"):
        Archive.open(path)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError):
        Archive.open(garbage)


def test_schema_has_migrations_wal_and_fts(archive):
    assert archive.schema_version() >= 1
    assert archive.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert "articles_fts" in archive.db.table_names()


def test_two_processes_opening_an_old_archive_upgrade_it_once(tmp_path):
    """One process upgrades an archive (here: holds its last migration uncommitted)
    while another opens it: the second waits for the first's commit and finds nothing
    left to do. It read the pending list without a lock and applied the migration
    again ("table story_bands_recent already exists", then m019; helper-42's review: a nightly
    crawl starting while a researcher's command upgrades a large archive)."""
    import threading

    from sqlite_utils import Database

    from scraper.archive.schema import MIGRATIONS

    path = tmp_path / "old.db"
    with Archive.open(path, create=True) as fresh:
        store(fresh, record("a"))
    last = MIGRATIONS._migrations[-1].name
    db = Database(path)
    # As before the last migration (m020_post_ids):
    db.execute("drop index idx_articles_site_post_id")
    db.execute("alter table articles drop column post_id")
    db.execute("alter table aliases drop column answered_at")
    db.execute("delete from _sqlite_migrations where name = ?", [last])
    db.close()

    first = Database(sqlite3.connect(path, isolation_level=None))
    first.execute("BEGIN IMMEDIATE")
    MIGRATIONS.apply(first)  # the first process's upgrade, not yet committed
    outcome: list = []

    def second() -> None:
        try:
            with Archive.open(path) as opened:
                outcome.append(opened.db.execute("select count(*) from articles").fetchone())
        except Exception as exc:  # noqa: BLE001 - the failure is the test's finding
            outcome.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(1.0)
    assert thread.is_alive()  # waiting for the first process's write lock
    first.execute("COMMIT")
    thread.join(60)
    assert outcome == [(1,)]
    applied = [m.name for m in MIGRATIONS.applied(first)]
    assert applied.count(last) == 1 and not MIGRATIONS.pending(first)
    first.close()


def fts_data_rows(archive) -> int:
    return archive.db.execute("select count(*) from articles_fts_data").fetchone()[0]


def test_full_text_index_is_rewritten_only_when_title_or_text_change(archive):
    # Migration 14. Before it, every update of a row (its story, above all) deleted
    # and re-inserted the article's text in articles_fts, each adding index data.
    article_id = store(archive, record("a")).article_id
    archive.db.conn.commit()
    before = fts_data_rows(archive)
    for story in range(20):
        archive.db.execute("update articles set story_id = ? where id = ?", [story, article_id])
    archive.db.conn.commit()
    assert fts_data_rows(archive) == before
    hits = [r["id"] for r in search(archive, "apel", Filters())]
    assert hits == [article_id]
    # A new text is what the index finds.
    archive.db.execute(
        "update articles set text = 'Polres Tanah Laut menggelar razia malam.' where id = ?",
        [article_id],
    )
    archive.db.conn.commit()
    assert search(archive, "apel", Filters()) == []
    assert [r["id"] for r in search(archive, "razia", Filters())] == [article_id]


def test_same_record_twice_is_unchanged(archive):
    assert store(archive, record("a")).status == "new"
    before = table(archive, "articles"), table(archive, "aliases")
    assert store(archive, record("a", fetched_at="2026-11-29T00:00:00+00:00")).status == "unchanged"
    assert (table(archive, "articles"), table(archive, "aliases")) == before


def test_five_urls_one_row_five_aliases(archive):
    url = BASE + "a/"
    variants = [
        url,
        url + "?feed_id=37317&_unique_id=6550bcf4beec2",
        url + "?utm_source=facebook&utm_medium=social",
        url + "amp/",
        BASE + "?p=37317",
    ]
    store(archive, record("a", seen_urls=[variants[1]]))
    for variant in variants[2:]:
        assert archive.add_alias_for(variant, url)
    assert archive.db["articles"].count == 1
    aliases = {row["url"] for row in table(archive, "aliases")}
    assert aliases == set(variants)


def test_alias_to_unknown_article_is_refused(archive):
    assert not archive.add_alias_for(BASE + "x/?utm_source=a", BASE + "x/")
    assert archive.db["aliases"].count == 0


def test_record_reached_through_alias_matches(archive):
    store(archive, record("a"))
    archive.add_alias_for(BASE + "?p=5", BASE + "a/")
    again = record("a", seen_urls=[BASE + "?p=5"])
    assert store(archive, again).status == "unchanged"


def test_identical_text_same_site_is_one_row_with_alias(archive):
    store(archive, record("asli"))
    # WordPress's "-2" copy of a post, republished the next day under its title.
    copy = record(
        "asli-2",
        title="Judul asli",
        published_utc="2023-11-13T01:00:00Z",
        published_at="2023-11-13T09:00:00+08:00",
    )
    assert store(archive, copy).status == "duplicate"
    # A variant with another title (an SEO title) the same day is the same post too.
    same_day = record("asli-seo", title="Judul lain", published_utc="2023-11-12T12:00:00Z")
    assert store(archive, same_day).status == "duplicate"
    assert archive.db["articles"].count == 1
    assert {r["url"] for r in table(archive, "aliases")} == {
        BASE + "asli/",
        BASE + "asli-2/",
        BASE + "asli-seo/",
    }


def test_a_recurring_notice_with_the_same_body_each_day_is_an_article_a_day(archive, tmp_path):
    """ "Jadwal SIM Keliling … Senin 6 November 2023", and the next day's post with its
    own date in the title over the very same body: four daily posts became one row,
    the others aliases, their titles and days lost (helper-85's trial)."""
    body = "Layanan SIM keliling hadir di depan Kantor Kecamatan pukul 08.00-12.00 WITA."
    days = [
        ("senin-6", "Senin 6 November 2023", "2023-11-06T07:00:00+08:00"),
        ("selasa-7", "Selasa 7 November 2023", "2023-11-07T07:00:00+08:00"),
    ]
    records = [
        record(
            f"jadwal-sim-keliling-{slug}",
            body,
            title=f"Jadwal SIM Keliling {day}",
            published_at=at,
            published_utc=at,
        )  # fmt: skip
        for slug, day, at in days
    ]
    # Monday's post again the next day under its title, and a copy with no date: each
    # is Monday's article.
    again = record("jadwal-sim-keliling-senin-6-lagi", body, title=records[0].title,
                   published_at=days[1][2], published_utc=days[1][2])  # fmt: skip
    undated = record("jadwal-sim-keliling-senin-6-cetak", body, title=records[0].title,
                     published_at=None, published_utc=None)  # fmt: skip
    assert [store(archive, r).status for r in records] == ["new", "new"]
    assert [store(archive, r).status for r in (again, undated)] == ["duplicate"] * 2
    ids = {row["title"]: row["id"] for row in table(archive, "articles")}
    assert len(ids) == 2
    # The ids do not depend on the order the posts arrived in (helper-87's review: the
    # id hashed the first copy's day).
    with Archive.open(tmp_path / "other.db", create=True) as other:
        for r in (undated, again, *reversed(records)):
            store(other, r)
        assert {row["title"]: row["id"] for row in table(other, "articles")} == ids


def test_original_is_the_earliest_whatever_the_order(archive, tmp_path):
    early = record("asli")
    late = record("salinan", published_utc="2023-11-13T01:00:00Z")
    store(archive, late)
    assert store(archive, early).status == "duplicate"
    (row,) = table(archive, "articles")
    assert row["url"] == BASE + "asli/"
    # and the other order gives the same row
    with Archive.open(tmp_path / "b.db", create=True) as other:
        store(other, early)
        store(other, late)
        (row2,) = table(other, "articles")
    assert row2["url"] == row["url"] and row2["text"] == row["text"]


def test_of_one_article_at_several_urls_the_slugged_url_is_kept_whatever_the_order(tmp_path):
    # Joomla answers one article at /berita/140-judul, at /berita/140 (its "Sebelumnya"/
    # "Selanjutnya" links) and at index.php?option=com_content&id=140:judul, none with a
    # rel=canonical: the shortest, the bare id, was kept as the article's URL.
    base = "https://polres.example.id/index.php"
    urls = [
        f"{base}/berita/140",
        f"{base}/berita/140-polres-amankan-pelaku-curanmor",
        f"{base}?Itemid=102&catid=8&id=140%3Apolres-amankan-pelaku-curanmor&option=com_content",
    ]
    for n, order in enumerate((urls, urls[::-1], urls[1:] + urls[:1])):
        with Archive.open(tmp_path / f"{n}.db", create=True) as arch:
            for url in order:
                store(arch, record("x", url=url, site="polres.example.id"))
            (row,) = table(arch, "articles")
        assert row["url"] == urls[1], order
    # Two URLs that both name the article: the shorter, as before.
    with Archive.open(tmp_path / "w.db", create=True) as arch:
        store(arch, record("x", url=f"{base}/berita/140-polres-amankan-pelaku-curanmor"))
        store(
            arch,
            record("x", url="https://polres.example.id/berita/140-polres-amankan-pelaku-curanmor"),
        )
        (row,) = table(arch, "articles")
    assert row["url"] == "https://polres.example.id/berita/140-polres-amankan-pelaku-curanmor"


def test_same_text_other_site_is_its_own_row(archive):
    store(archive, record("a"))
    other = record("a", site="tribratanews", url="https://tribratanews.polri.go.id/blog/a-1")
    assert store(archive, other).status == "new"
    assert archive.db["articles"].count == 2


def test_edited_text_updates_row(archive):
    store(archive, record("a"))
    edited = record("a", text="Polres Tanah Laut menggelar apel sore.")
    assert store(archive, edited).status == "updated"
    (row,) = table(archive, "articles")
    assert row["text"].endswith("sore.")


def test_fts_follows_updates(archive):
    store(archive, record("a"))
    assert search(archive, "pagi", Filters())
    store(archive, record("a", text="Polres Tanah Laut menggelar apel sore."))
    assert not search(archive, "pagi", Filters())
    assert [r["url"] for r in search(archive, "sore", Filters())] == [BASE + "a/"]


def test_malformed_search_is_a_clear_error(archive):
    store(archive, record("a"))
    with pytest.raises(ArchiveError, match="cannot search"):
        search(archive, "*", Filters())


def test_search_retries_what_a_person_meant(archive):
    store(archive, record("a", text="Kegiatan Jum'at Curhat Polres Tanah Laut digelar lagi."))
    store(archive, record("b", text="Pemilu-2024 berjalan damai di Pelaihari."))
    assert [r["url"] for r in search(archive, "Jum'at", Filters())] == [BASE + "a/"]
    assert [r["url"] for r in search(archive, "Pemilu-2024", Filters())] == [BASE + "b/"]


def test_unknown_site_filter_says_so(archive):
    store(archive, record("a"))
    with pytest.raises(ArchiveError, match="site 'foo' has no articles"):
        search(archive, "polres", Filters(site="foo"))


def test_filters_and_stats(archive):
    from datetime import date

    store(archive, record("a"))
    store(archive, record("b", text="Lain sama sekali.", published_at=None, published_utc=None))
    assert len(list(iter_articles(archive, Filters()))) == 2
    assert len(list(iter_articles(archive, Filters(since=date(2023, 11, 12))))) == 1
    assert len(list(iter_articles(archive, Filters(until=date(2023, 11, 11))))) == 0
    (stats,) = site_stats(archive)
    assert stats["articles"] == 2 and stats["without_date"] == 1
    assert stats["share_without_date"] == 0.5


def test_event_dates_stored_and_replaced_on_update(archive):
    dates = [
        {
            "position": 5,
            "surface": "Senin (13/11)",
            "value": "2023-11-13",
            "kind": "event",
            "conflict": None,
        }
    ]
    store(archive, record("a", event_dates=dates))
    assert [r["value"] for r in table(archive, "article_dates")] == ["2023-11-13"]
    edited = record("a", text="Teks baru sama sekali.", event_dates=[])
    assert store(archive, edited).status == "updated"
    assert table(archive, "article_dates") == []


# -- properties -------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

T1 = "Polres Tanah Laut menggelar patroli malam di Pelaihari bersama warga."
T2 = "Polres Banjar mengamankan dua pelaku curanmor di Martapura."
SAME_STORY = [
    record("asli", T1, published_utc="2023-11-12T11:54:28Z"),
    record(
        "asli",
        T1,
        published_utc="2023-11-12T11:54:28Z",
        seen_urls=[BASE + "asli/?utm_source=facebook&feed_id=1"],
    ),
    record("salinan", T1, published_utc="2023-11-13T02:00:00Z"),
    record("lain", T2, published_utc="2023-11-14T02:00:00Z"),
    record(
        "x",
        T1,
        site="tribratanews",
        url="https://tribratanews.id/blog/x-1",
        published_utc="2023-11-12T15:00:00Z",
    ),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(SAME_STORY))
def test_any_arrival_order_gives_the_same_archive(tmp_path_factory, order):
    path = tmp_path_factory.mktemp("perm") / "p.db"
    with Archive.open(path, create=True) as archive:
        for rec in order:
            with archive.db.atomic():
                archive.store_article(rec)
        urls = sorted(r["url"] for r in archive.db["articles"].rows)
        aliases = {r["url"]: r["article_id"] for r in archive.db["aliases"].rows}
        ids = {r["url"]: r["id"] for r in archive.db["articles"].rows}
    assert urls == sorted([BASE + "asli/", BASE + "lain/", "https://tribratanews.id/blog/x-1"])
    for variant in (BASE + "salinan/", BASE + "asli/?utm_source=facebook&feed_id=1"):
        assert aliases[variant] == ids[BASE + "asli/"]
    assert len(aliases) == 5


def test_an_article_gone_at_its_url_whose_text_answers_at_another_of_its_site_moved(archive):
    """A slug edited with no redirect: the old URL answers 404 and the very text answers
    at a new URL of the site. In either order within a run the article lives at the new
    URL, online, its old URL an alias, with a ``moved`` event; a copy on another site
    moves nothing."""
    text = "Polres Tanah Laut menangkap dua pelaku curanmor di Pelaihari pada Senin malam."
    old = make_record("jambret", text)
    new = make_record("polres-tangkap-jambret", text)
    # The 404 first, then the text at the new URL.
    first = store(archive, old).article_id
    assert archive.record_gone(old.url, "http_404") == "gone"
    store(archive, new)
    row = archive.db["articles"].get(first)
    assert (row["url"], row["gone_at"]) == (new.url, None)
    events = [
        e["event"] for e in archive.db["article_events"].rows_where("article_id = ?", [first])
    ]
    assert events == ["gone", "moved"]
    assert archive.find_article(old.url) == first
    # The text at the new URL first, then the 404.
    text2 = "Satlantas Polres Banjar menggelar Operasi Zebra dan menegur 57 pengendara motor."
    old2, new2 = make_record("zebra", text2), make_record("operasi-zebra-banjar", text2)
    second = store(archive, old2).article_id
    store(archive, new2)
    assert archive.record_gone(old2.url, "http_404") == "moved"
    assert archive.db["articles"].get(second)["url"] == new2.url
    # Another site's copy of a taken-down article moves nothing.
    text3 = "Polsek Kurau mengungkap peredaran sabu dan menyita 12 paket seberat 24,5 gram."
    own = make_record("sabu", text3)
    store(archive, own)
    store(archive, make_record("sabu-kurau", text3, site="kalselpos.example",
                               url="https://kalselpos.example/sabu-kurau/"))  # fmt: skip
    assert archive.record_gone(own.url, "http_410") == "gone"


def test_a_post_renamed_by_its_editor_is_its_row_at_the_new_url(archive):
    """The site's number for the post (``post_id``) and its publication time say a page
    at a new URL, with a new headline and an edited text, is the stored post renamed:
    the row moves there, the old headline and text a version, the old URL an alias."""
    text = "Satlantas Polres Jayapura menindak 37 pengendara knalpot brong di Simpang Waiya."
    old = make_record("knalpot-brong-simpang-waiya", text, post_id="wp:311")
    first = store(archive, old).article_id
    edited = text + " Sepeda motor ditahan sampai pemiliknya membawa knalpot standar."
    new = make_record("knalpot-brong-simpang-waiya-update", edited, post_id="wp:311",
                      title="Knalpot Brong di Simpang Waiya (Update)")  # fmt: skip
    result = store(archive, new)
    assert (result.status, result.article_id) == ("updated", first)
    row = archive.db["articles"].get(first)
    assert (row["url"], row["title"], row["post_id"]) == (new.url, new.title, "wp:311")
    assert [v["title"] for v in table(archive, "article_versions")] == [old.title]
    assert archive.find_article(old.url) == first
    events = [e["event"] for e in table(archive, "article_events")]
    assert events == ["edited", "moved"]
    # Its old URL answering 404 later is no takedown: the post is online at its new one.
    assert archive.record_gone(old.url, "http_404") == "moved"
    assert archive.db["articles"].get(first)["gone_at"] is None
    # A headline fix alone (same text) renames the row too, the old title a version.
    fixed = make_record("viral-knalpot-brong", edited, post_id="wp:311", title="Viral Knalpot")
    assert store(archive, fixed).status == "updated"
    assert archive.db["articles"].get(first)["title"] == "Viral Knalpot"


def test_a_post_re_dated_on_a_night_not_crawled_is_still_one_article(archive):
    """helper-115: a post whose editor changed its date (a date-based permalink moves
    with it) and its headline, on a night the crawl missed, was stored twice: its number
    alone was not believed at another publication time (a multisite WordPress numbers
    each blog's posts apart). The same number and a text that agrees are one post."""
    text = (
        "Satlantas Polresta Balikpapan mengevaluasi pekan pertama Operasi Zebra Mahakam. "
        "Pelanggaran turun 18 persen dibanding pekan yang sama tahun lalu, kata Kasat "
        "Lantas Kompol Andi Rahman di Balikpapan."
    )
    old = make_record("2023/09/15/evaluasi-operasi-zebra", text, post_id="wp:4176",
                      published_at="2023-09-15T14:00:00+08:00",
                      published_utc="2023-09-15T06:00:00Z")  # fmt: skip
    first = store(archive, old).article_id
    moved = make_record("2023/09/14/evaluasi-operasi-zebra", text, post_id="wp:4176",
                        title="Pelanggaran di Balikpapan Turun 18 Persen",
                        published_at="2023-09-14T20:00:00+08:00",
                        published_utc="2023-09-14T12:00:00Z")  # fmt: skip
    result = store(archive, moved)
    assert (result.status, result.article_id) == ("updated", first)
    assert archive.db["articles"].count == 1
    row = archive.db["articles"].get(first)
    assert (row["url"], row["published_at"], row["title"]) == (
        moved.url, "2023-09-14T20:00:00+08:00", moved.title,
    )  # fmt: skip
    assert archive.find_article(old.url) == first
    (event,) = [e for e in table(archive, "article_events") if e["event"] == "moved"]
    assert event["detail"].startswith(
        "post wp:4176 re-dated 2023-09-15T14:00:00+08:00 -> 2023-09-14T20:00:00+08:00, at "
    )  # the date alone moved its permalink: not "renamed" (helper-117)
    # Re-dated again with a paragraph added: most of the text agrees, still the post.
    again = make_record("2023/09/13/evaluasi-operasi-zebra",
                        text + " Operasi berlangsung dua pekan hingga 24 September.",
                        post_id="wp:4176", published_utc="2023-09-13T12:00:00Z")  # fmt: skip
    assert store(archive, again).article_id == first and archive.db["articles"].count == 1


SIM = (
    "Polres {p} kembali membuka layanan SIM Keliling pada hari {d}. Layanan SIM Keliling "
    "dibuka mulai pukul 08.00 hingga 12.00 WITA bertempat di {loc}. Persyaratan yang harus "
    "dibawa yaitu SIM asli yang masih berlaku, fotokopi KTP sebanyak dua lembar dan surat "
    "keterangan sehat jasmani serta rohani. Layanan SIM Keliling hanya melayani perpanjangan "
    "SIM A dan SIM C. Biaya perpanjangan sesuai PNBP yakni Rp 80.000 untuk SIM A dan "
    "Rp 75.000 untuk SIM C. Masyarakat diimbau datang lebih awal agar antrean tertib."
)


@pytest.mark.parametrize("older", [False, True], ids=["edited-later", "edited-earlier"])
def test_two_blogs_of_a_multisite_with_one_post_number_stay_two_articles(archive, older):
    """helper-116's review: the weekly SIM Keliling notice of two blogs of one multisite
    host, each its post 812, on two days, from one template (their texts share 0.69 of
    their five-word sequences): the second became a "re-dated" version of the first, or
    (edited earlier than it) an alias of it, its text stored nowhere. A post re-dated
    moves its path in numbers alone; these differ in the blog's name."""
    paser = record("paser/2023/11/06/sim-keliling",
                   SIM.format(p="Paser", d="Senin 6 November 2023", loc="Taman Kota Tanah Grogot"),
                   post_id="wp:812", title="Jadwal SIM Keliling Senin 6 November 2023",
                   published_utc="2023-11-05T23:00:00Z",
                   modified_at="2023-11-06T07:00:00+08:00")  # fmt: skip
    ppu = record("ppu/2023/11/07/sim-keliling",
                 SIM.format(p="Penajam", d="Selasa 7 November 2023", loc="Pasar Induk Petung"),
                 post_id="wp:812", title="Jadwal SIM Keliling Selasa 7 November 2023",
                 published_utc="2023-11-06T23:00:00Z",
                 modified_at="2023-11-06T06:00:00+08:00" if older else None)  # fmt: skip
    assert [store(archive, r).status for r in (paser, ppu)] == ["new", "new"]
    assert sorted(r["url"] for r in table(archive, "articles")) == sorted([paser.url, ppu.url])
    assert table(archive, "article_versions") == [] and table(archive, "article_events") == []


def test_a_date_or_category_corrected_by_the_site_reaches_the_row(archive):
    """helper-115: a post whose time was corrected (08:00 to 14:30), or moved to another
    category, with its text and headline unchanged, kept what was first read and was
    counted unchanged with no event. The page's later modification time says the site
    edited it: its newer values replace the stored ones, never with nothing."""
    text = "Polsek Sepinggan mengimbau warga mewaspadai modus penipuan arisan daring."
    first = store(archive, record("imbauan-arisan", text, categories=["Kamtibmas"],
                                  published_at="2023-09-12T08:00:00+08:00",
                                  published_utc="2023-09-12T00:00:00Z",
                                  published_at_source="meta",
                                  modified_at="2023-09-12T08:05:00+08:00")).article_id  # fmt: skip
    corrected = record("imbauan-arisan", text, categories=["Hukum & Kriminal"], tags=[],
                       published_at="2023-09-12T14:30:00+08:00",
                       published_utc="2023-09-12T06:30:00Z", published_at_source="meta",
                       modified_at="2023-09-13T09:00:00+08:00")  # fmt: skip
    assert store(archive, corrected).status == "unchanged"
    row = archive.db["articles"].get(first)
    assert row["published_at"] == "2023-09-12T14:30:00+08:00"
    assert row["published_utc"] == "2023-09-12T06:30:00Z"
    assert row["modified_at"] == "2023-09-13T09:00:00+08:00"
    assert row["categories"] == '["Hukum & Kriminal"]'
    assert row["tags"] == '["BeritaPolisi"]'  # a reading without tags erases none
    (event,) = table(archive, "article_events")
    assert event["event"] == "metadata"
    assert "published_at 2023-09-12T08:00:00+08:00 -> 2023-09-12T14:30:00+08:00" in event["detail"]
    assert 'categories ["Kamtibmas"] -> ["Hukum & Kriminal"]' in event["detail"]
    # An older reading (a page cache), or one with no modification time, changes nothing.
    for stale in ("2023-09-12T08:05:00+08:00", None):
        old = record("imbauan-arisan", text, categories=["Kamtibmas"], modified_at=stale)
        store(archive, old)
        assert archive.db["articles"].get(first)["categories"] == '["Hukum & Kriminal"]'
    # A date read from "2 jam yang lalu" corrects nothing, even on an edited page.
    relative = record("imbauan-arisan", text, published_at="2026-11-28T06:00:00+08:00",
                      published_utc="2026-11-27T22:00:00Z", published_at_source="relative",
                      modified_at="2023-09-14T09:00:00+08:00")  # fmt: skip
    store(archive, relative)
    row = archive.db["articles"].get(first)
    assert (row["published_utc"], row["modified_at"]) == (
        "2023-09-12T06:30:00Z", "2023-09-14T09:00:00+08:00",
    )  # fmt: skip
    assert len(table(archive, "article_events")) == 1  # a new modification time alone
    # helper-116: the day of the URL for a stored minute, a theme that prints the moment
    # of the request as dateModified: no correction.
    day = record("imbauan-arisan", text, categories=["Kamtibmas"], published_at="2023-09-12",
                 published_utc="2023-09-12", published_at_source="url",
                 modified_at="2023-09-15T09:00:00+08:00")  # fmt: skip
    store(archive, day)
    row = archive.db["articles"].get(first)
    assert (row["published_at"], row["categories"]) == (
        "2023-09-12T14:30:00+08:00", '["Kamtibmas"]',
    )  # fmt: skip
    rendered = record("imbauan-arisan", text, categories=["Lalu Lintas"],
                      fetched_at="2026-11-29T00:00:00+00:00",
                      modified_at="2026-11-29T08:00:30+08:00")  # fmt: skip
    store(archive, rendered)
    assert archive.db["articles"].get(first)["categories"] == '["Kamtibmas"]'


def test_a_date_corrected_on_a_page_that_prints_no_modification_time(archive):
    """helper-117: a Blogger post whose date moved a day, at the same URL, its sitemap's
    lastmod new, but no dateModified on the page: counted unchanged, the old date kept.
    A listed last change after the stored fetch says the site edited it."""
    text = "Satlantas Polres Balangan menggelar sosialisasi tertib berlalu lintas di SMAN 1."
    first = store(archive, record("2024/03/sosialisasi.html", text,
                                  published_at="2024-03-26T16:15:00+08:00",
                                  published_utc="2024-03-26T08:15:00Z",
                                  published_at_source="json-ld")).article_id  # fmt: skip
    same = dict(published_at="2024-03-25T16:15:00+08:00", published_utc="2024-03-25T08:15:00Z",
                published_at_source="json-ld")  # fmt: skip
    unlisted = record("2024/03/sosialisasi.html", text, **same)
    store(archive, unlisted)  # no word of an edit: nothing changes
    assert archive.db["articles"].get(first)["published_utc"] == "2024-03-26T08:15:00Z"
    listed = record("2024/03/sosialisasi.html", text, **same,
                    source_modified="2026-11-30T02:00:00+00:00",
                    fetched_at="2026-12-01T00:00:00+00:00")  # fmt: skip
    assert store(archive, listed).status == "unchanged"
    assert archive.db["articles"].get(first)["published_utc"] == "2024-03-25T08:15:00Z"
    (event,) = table(archive, "article_events")
    assert event["event"] == "metadata" and "2024-03-26T16:15:00+08:00 ->" in event["detail"]


def test_an_edit_that_also_changes_the_date_says_so(archive):
    """helper-117: a year's typo fixed in an edit of the text left no trace of the old
    date (versions keep text and title): the edited event says it."""
    first = store(archive, record("banjir", "Banjir merendam 20 rumah di Tanjung.",
                                  published_at="2023-03-26T13:10:00+08:00")).article_id  # fmt: skip
    store(archive, record("banjir", "Banjir merendam 24 rumah di Tanjung.",
                          published_at="2024-03-26T13:10:00+08:00"))  # fmt: skip
    (event,) = table(archive, "article_events")
    assert event["article_id"] == first and event["detail"] == (
        "version 1 replaced; re-dated 2023-03-26T13:10:00+08:00 -> 2024-03-26T13:10:00+08:00"
    )
    # The same day without its minute is no other date (helper-118).
    store(archive, record("banjir", "Banjir merendam 25 rumah di Tanjung.",
                          published_at="2024-03-26"))  # fmt: skip
    assert table(archive, "article_events")[-1]["detail"] == "version 2 replaced"


@pytest.mark.parametrize("order", ["new slug first", "old slug first"])
def test_a_lokomedia_headline_edited_with_its_slug_moves_the_row_to_it(archive, order):
    """helper-117: a Lokomedia portal finds an article by its number whatever slug
    follows; its editor retitled /berita-103-<old>.html, the site now links
    /berita-103-<new>.html and the old slug answers the new headline too. Read in
    either order, the row stayed at the old slug. The slug that spells the newer
    headline names the article; the old headline is a version."""
    text = (
        "Kapolres HST mengunjungi Pondok Pesantren Ibnul Amin dan mengajak santri menjauhi narkoba."
    )
    old_title = "Kapolres HST Sambangi Pondok Pesantren, Ajak Santri Jauhi Narkoba"
    new_title = "Kapolres HST Kunjungi Ponpes Ibnul Amin, Ajak Santri Jadi Pelopor Anti Narkoba"
    old_url = "https://banua.example/berita-103-kapolres-hst-sambangi-pondok-pesantren-ajak-santri-jauhi-narkoba.html"
    new_url = "https://banua.example/berita-103-kapolres-hst-kunjungi-ponpes-ibnul-amin-ajak-santri-jadi-pelopor-anti-narkoba.html"
    first = store(archive, record("x", text, url=old_url, title=old_title)).article_id
    readings = [(new_url, new_title), (old_url, new_title)]
    if order == "old slug first":
        readings.reverse()
    for url, title in readings:
        store(archive, record("x", text, url=url, title=title))
    row = archive.db["articles"].get(first)
    assert (row["url"], row["title"]) == (new_url, new_title)
    assert [v["title"] for v in table(archive, "article_versions")] == [old_title]
    assert archive.db["articles"].count == 1
    # helper-118: the old slug read again with the old headline (a page cache, a stale
    # feed's title) takes the row back, a version each time: a slug left never does.
    for _night in range(3):
        store(archive, record("x", text, url=old_url, title=old_title))
        store(archive, record("x", text, url=new_url, title=new_title))
    row = archive.db["articles"].get(first)
    assert (row["url"], row["title"]) == (new_url, new_title)
    assert len(table(archive, "article_versions")) == 1


def test_two_copies_under_dated_slugs_do_not_trade_the_row(archive):
    """A release posted twice the same day under two headlines, at slugs that open with
    the date ("2023-11-12-…"): not one article number at two slugs (cf2e3a9), so
    reading them in turn neither moves the row back and forth nor makes versions."""
    text = "Polres Tanah Laut menggelar apel pagi gabungan bersama Kodim 1009/Pelaihari."
    a = record("2023-11-12-apel-gabungan-polres-kodim", text, title="Apel Gabungan Polres Kodim")
    b = record("2023-11-12-polres-tala-apel-pagi", text, title="Polres Tala Apel Pagi")
    first = store(archive, a).article_id
    urls = set()
    for reading in (b, a, b, a):
        store(archive, reading)
        urls.add(archive.db["articles"].get(first)["url"])
    assert len(urls) == 1 and table(archive, "article_versions") == []


def test_a_posts_comment_page_read_first_yields_the_row_to_the_post(archive):
    """The comment pages of a post carry its number and its text: whichever is read
    first, the row is the post's own URL (a flaky jnews crawl test: the comment page,
    read first, kept the row)."""
    text = "Sat Lantas Polres Banjar gelar sosialisasi tertib berlalu lintas di SMAN 1."
    comments = make_record("sosialisasi-sman-1/comment-page-1", text, post_id="wp:88")
    post = make_record("sosialisasi-sman-1", text, post_id="wp:88", title=comments.title)
    first = store(archive, comments).article_id
    assert store(archive, post).status == "duplicate"
    assert archive.db["articles"].get(first)["url"] == post.url
    assert archive.find_article(comments.url) == first


def test_one_post_number_at_another_publication_time_is_another_article(archive):
    """A multisite WordPress numbers each blog's posts apart on one host: the same
    number with another publication time is another post."""
    a = make_record("polda-a/apel-pagi", "Apel pagi di Mapolda A diikuti 300 personel.",
                    post_id="wp:12")  # fmt: skip
    b = make_record("polda-b/patroli-malam", "Patroli malam Polda B menyisir 12 pasar.",
                    post_id="wp:12", published_utc="2023-11-20T01:00:00Z")  # fmt: skip
    assert [store(archive, r).status for r in (a, b)] == ["new", "new"]


def test_a_post_republished_under_a_new_slug_moves_when_its_first_url_goes_later(tmp_path):
    """Deleted and published again unchanged (``…-2``, a new post number) while the first
    URL still answered: an alias, remembered as answering (``answered_at``). A night
    later the first URL answers 404, and ``…-2``, asked again by the crawl, the text:
    the article lives at ``…-2``, not taken down (helper-92's busy nights)."""
    text = "Tersangka penganiayaan di warung kopi Kelurahan Loa Ipuh diringkus Polsek Sanga-Sanga."
    first = make_record("penganiayaan-loa-ipuh", text, post_id="wp:40")
    again = make_record("penganiayaan-loa-ipuh-2", text, post_id="wp:77", title=first.title)
    path = tmp_path / "n.db"
    with Archive.open(path, create=True) as night2:
        store(night2, first)
        assert store(night2, again).status == "duplicate"
    with Archive.open(path) as night2:
        answered = [
            u for (u,) in night2.db.execute("select url from aliases where answered_at is not null")
        ]
        assert answered == [again.url]
    with Archive.open(path) as night3, night3.db.atomic():
        store(night3, again)
        assert night3.record_gone(first.url, "http_404") == "moved"
        row = next(night3.db["articles"].rows)
        assert (row["url"], row["gone_at"]) == (again.url, None)


def test_a_renamed_post_is_not_taken_back_by_its_old_url_nor_its_old_slug_reused(archive):
    """helper-93's review: a page cache still serving the old URL moved the row back to
    it and its old headline; a new post published at the slug a rename freed was filed
    as a copy of the renamed one, its text stored nowhere."""
    text = "Polres Banjar menggelar bakti sosial di Desa Sungai Tabuk bagi 200 warga lansia."
    old = make_record("baksos-sungai-tabuk", text, post_id="wp:5")
    first = store(archive, old).article_id
    renamed = make_record("baksos-polres-banjar-sungai-tabuk", text, post_id="wp:5",
                          title="Baksos Polres Banjar")  # fmt: skip
    store(archive, renamed)
    cached = make_record("baksos-sungai-tabuk", text, post_id="wp:5")
    assert store(archive, cached).status == "duplicate"
    row = archive.db["articles"].get(first)
    assert (row["url"], row["title"]) == (renamed.url, "Baksos Polres Banjar")
    reused = make_record("baksos-sungai-tabuk", "Polsek Martapura membagikan 300 paket sembako.",
                         post_id="wp:9", published_utc="2023-11-20T01:00:00Z")  # fmt: skip
    result = store(archive, reused)
    assert result.status == "new" and result.article_id != first
    assert archive.find_article(reused.url) == result.article_id


def test_a_republished_copy_gone_too_is_a_takedown(tmp_path):
    """helper-93's review: the URL where the text answered on an earlier night was
    trusted without a check, and a post deleted with its ``…-2`` copy was moved to a
    dead URL. Only a URL that answered the text in the same crawl is a move: the
    article's own 404 is a takedown, whichever answer is written first."""
    text = "Satresnarkoba Polres Tabalong menyita 41 gram sabu dari dua pengedar di Tanjung."
    for order in ("copy first", "own first"):
        path = tmp_path / f"{order}.db"
        first = make_record("sabu-tanjung", text, post_id="wp:40")
        again = make_record("sabu-tanjung-2", text, post_id="wp:77", title=first.title)
        with Archive.open(path, create=True) as night2:
            store(night2, first)
            store(night2, again)
        with Archive.open(path) as night3, night3.db.atomic():
            urls = [again.url, first.url] if order == "copy first" else [first.url, again.url]
            verdicts = [night3.record_gone(u, "http_404") for u in urls]
            row = next(night3.db["articles"].rows)
        assert row["gone_at"] is not None, (order, verdicts)
        assert row["gone_reason"] == "http_404"


def test_a_run_left_running_by_a_killed_crawl_is_closed_with_the_articles_it_stored(archive):
    """A crawl killed with -9 after committing articles kept articles_new 0 once the next
    crawl closed its row (helper-81's trial): the row now says how many it stored, and
    leaves the counts no one knows empty."""
    store(archive, record("lama"))
    archive.db.execute("update articles set first_seen_at = '2026-12-01T00:00:00+00:00'")
    killed = archive.start_run(["mci.life"])
    for slug in ("baru-1", "baru-2"):
        fetched = "2099-01-01T00:00:00+00:00"  # after the run's start, as a crawl's are
        store(archive, record(slug, f"Teks {slug} lain.", fetched_at=fetched))
    assert archive.close_interrupted_runs() == 1
    row = archive.db["crawl_runs"].get(killed)
    assert row["status"] == "interrupted" and row["articles_new"] == 2
    assert row["pages_fetched"] is None and row["finished_at"] is None
