"""Aliases that wait for their article outlive the crawl that saw them.

A listing names a tracking variant of a post (``?feed_id=…``, ``?utm_source=…``) long
before the crawl fetches the post itself. A crawl stopped by cron's ``timeout`` (or
killed) in between used to keep that alias only in memory: the next crawl skipped the
listings it had seen, stored the post, and the archive never learnt the variant. Each
batch now commits the aliases still waiting to ``waiting_aliases``, and whichever later
crawl stores their article writes them (``scraper.archive.batch``). The end-to-end
check, a crawl stopped by a signal and carried on, is in ``test_interrupt.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from scraper.archive.batch import WAITING_DAYS, BatchStore
from scraper.items import AliasesSeen, AliasSeen, ExtractedArticle
from scraper.ledger import Ledger
from tests.conftest import make_record

TARGET = "https://mci.life/polres-tala-gelar-apel/"
VARIANT = TARGET + "?feed_id=36363&_unique_id=65e073971decc"
TEXT = "Polres Tanah Laut menggelar apel pagi di halaman Mapolres. " * 12


def batch_store(db, counts=None) -> BatchStore:
    def count(key: str) -> None:
        if counts is not None:
            counts[key] = counts.get(key, 0) + 1

    store = BatchStore(Ledger(count), count, str(db), batch_size=10**9)
    store.open()
    return store


def see_variant(store: BatchStore, url: str = VARIANT, target: str = TARGET) -> None:
    store.add(AliasesSeen(aliases=[AliasSeen(url=url, target=target, site="mci.life")]))


def store_target(store: BatchStore) -> None:
    store.add(ExtractedArticle(make_record("polres-tala-gelar-apel", TEXT, url=TARGET)))


def rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_a_killed_crawls_waiting_alias_is_written_when_a_later_crawl_stores_its_article(
    tmp_path,
):
    db = tmp_path / "a.db"
    first = batch_store(db)
    see_variant(first)
    first.flush()  # a batch committed ...
    first.archive.close()  # ... then kill -9: no close(), nothing settled at the end
    assert rows(db, "select url, target, site from waiting_aliases") == [
        (VARIANT, TARGET, "mci.life")
    ]
    second = batch_store(db)
    store_target(second)
    second.close()
    assert sorted(rows(db, "select url from aliases")) == [(TARGET,), (VARIANT,)]
    assert rows(db, "select * from waiting_aliases") == []


def test_a_stopped_crawl_counts_its_unresolved_alias_once_and_keeps_it(tmp_path):
    db = tmp_path / "a.db"
    counts: dict[str, int] = {}
    first = batch_store(db, counts)
    see_variant(first)
    first.close()  # stopped gracefully before the post was fetched
    assert counts.get("items/alias_unresolved") == 1
    assert len(rows(db, "select * from waiting_aliases")) == 1
    # A crawl that does not store the post either: still waiting, not this crawl's to
    # count as unresolved.
    counts.clear()
    batch_store(db, counts).close()
    assert "items/alias_unresolved" not in counts
    assert len(rows(db, "select * from waiting_aliases")) == 1
    counts.clear()
    third = batch_store(db, counts)
    store_target(third)
    third.close()
    assert counts.get("items/alias_stored") == 1
    assert sorted(rows(db, "select url from aliases")) == [(TARGET,), (VARIANT,)]
    assert rows(db, "select * from waiting_aliases") == []


def test_an_alias_resolved_in_its_own_batch_never_waits_in_the_archive(tmp_path):
    db = tmp_path / "a.db"
    store = batch_store(db)
    see_variant(store)
    store_target(store)
    store.flush()
    assert rows(db, "select * from waiting_aliases") == []
    store.close()
    assert sorted(rows(db, "select url from aliases")) == [(TARGET,), (VARIANT,)]


def test_an_alias_seen_again_is_this_crawls_own(tmp_path):
    """A waiting alias the next crawl sees again counts for that crawl: unresolved at
    its end, once, and still kept."""
    db = tmp_path / "a.db"
    first = batch_store(db)
    see_variant(first)
    first.close()
    counts: dict[str, int] = {}
    second = batch_store(db, counts)
    see_variant(second)
    second.close()
    assert counts.get("items/alias_unresolved") == 1
    assert len(rows(db, "select * from waiting_aliases")) == 1


def test_an_alias_waiting_longer_than_a_month_is_let_go(tmp_path):
    db = tmp_path / "a.db"
    first = batch_store(db)
    see_variant(first)
    see_variant(first, url=TARGET + "?utm_source=facebook")
    first.close()
    old = datetime.now(timezone.utc) - timedelta(days=WAITING_DAYS, hours=1)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "update waiting_aliases set first_seen_at = ? where url = ?",
            [old.isoformat(timespec="seconds"), VARIANT],
        )
    second = batch_store(db)
    store_target(second)
    second.close()
    assert sorted(rows(db, "select url from aliases")) == [
        (TARGET,),
        (TARGET + "?utm_source=facebook",),
    ]


def test_an_alias_the_last_commit_could_not_keep_is_not_acknowledged(tmp_path, monkeypatch):
    """A distributed writer acknowledges an alias's Redis message once the alias is
    written or kept in the archive. When the last commit fails (a full disk), the alias
    is in neither: its message stays unacknowledged, for the next writer to read."""
    done: list[AliasSeen] = []
    store = BatchStore(Ledger(lambda key: None), lambda key: None, str(tmp_path / "a.db"), 10**9)
    store.alias_done = done.append
    store.open()
    see_variant(store)

    def disk_full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "_keep_waiting", disk_full)
    store.close()
    assert done == []
    assert rows(tmp_path / "a.db", "select * from waiting_aliases") == []


def test_a_record_the_archive_cannot_take_is_counted_with_its_reason(tmp_path):
    """A full disk kept records out of the archive and the run said only "253 pages
    failed" (helper-43's sweep). The store keeps the first reason, and the run's message
    gives it beside the count of kind ``store``."""
    from scraper.archive.store import RunCounts
    from scraper.crawl import _judge

    counts: dict[str, int] = {}
    store = batch_store(tmp_path / "a.db", counts)
    (pages,) = store.archive.db.execute("pragma page_count").fetchone()
    store.archive.db.execute(f"pragma max_page_count = {pages}")  # the disk is full
    ticket = store.ledger.open_page(TARGET, "mci.life")
    record = make_record("polres-tala-gelar-apel", TEXT * 100, url=TARGET)
    store.add(ExtractedArticle(record, ticket=ticket))
    store.flush()
    assert counts.get("errors/store") == 1
    assert store.store_error == "database or disk is full"
    stats = {"finish_reason": "finished", "newsarchive/store_error": store.store_error}
    run = RunCounts(pages_fetched=5, articles_new=2, error_kinds={"store": 1})
    assert _judge(stats, run, 0) == (
        "partial",
        "1 page failed; 1 could not be written to the archive: database or disk is full",
    )


def test_a_batch_step_that_breaks_settles_every_page_it_held(tmp_path, monkeypatch):
    """Only SQLite's errors were caught around a batch: a bug in one of its steps (here
    the non-article pages') rolled the batch back and emptied its queues with no
    outcome for any page it held, and the exception ended the pipeline (helper-96's
    review). Every page the batch held is settled as ``errors/store``."""
    from scraper.items import NonArticlePage

    counts: dict[str, int] = {}
    store = batch_store(tmp_path / "a.db", counts)
    article = store.ledger.open_page(TARGET, "mci.life")
    listing = store.ledger.open_page("https://mci.life/kategori/polres/", "mci.life")
    store.add(ExtractedArticle(make_record("polres-tala-gelar-apel", TEXT, url=TARGET),
                               ticket=article))  # fmt: skip
    store.add(NonArticlePage(url="https://mci.life/kategori/polres/", reason="listing page",
                             site="mci.life", ticket=listing))  # fmt: skip

    def broken(*args, **kwargs):
        raise ValueError("a bug in a batch step")

    monkeypatch.setattr(store.writer, "non_articles", broken)
    store.flush()
    assert counts.get("errors/store") == 2
    assert store.store_error == "a bug in a batch step"
    assert rows(tmp_path / "a.db", "select count(*) from articles") == [(0,)]
