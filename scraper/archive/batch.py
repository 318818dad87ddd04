"""Writing what a crawl sends the archive, in batches, with every outcome accounted for.

The archive is opened by ``open`` and closed by ``close``; records are committed every
``batch_size`` items in one short transaction, so a crash loses at most one
uncommitted batch and readers are never blocked for long. Aliases whose article is not
stored yet wait, and are resolved at each commit; each commit also keeps them in the
archive (``waiting_aliases``), so a crawl stopped or killed before their article came
leaves them to the crawl that stores it. The writing itself is
``ArchiveWriter``; this class batches it and settles every item's ledger ticket once
its batch is committed. Used by the crawl's store stage (``pipelines.store``) and by
the writer of a distributed crawl, which receives the same items from Redis.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from scraper.archive import Archive
from scraper.archive.store import now_utc
from scraper.archive.writer import ArchiveWriter
from scraper.items import (
    AliasesSeen,
    AliasSeen,
    ExtractedArticle,
    NonArticlePage,
    NotModified,
    Quarantined,
    Takedown,
)
from scraper.ledger import Ledger
from scraper.stories.index import StorySettings

logger = logging.getLogger(__name__)

# How long an alias waits in the archive for its article. A crawl stopped half-way is
# normally carried on the next night; a variant whose article no crawl stored in a month
# (a page that proved not to be an article, a post left out by --since) is let go.
WAITING_DAYS = 30


class BatchStore:
    """Queue what a crawl sends the archive, write it in batches, settle each ledger
    ticket with its outcome once the batch is committed."""

    def __init__(
        self,
        ledger: Ledger,
        count: Callable[[str], None],
        db_path: str,
        batch_size: int,
        revisit_days: tuple[int, ...] = (1, 7, 30),
        stories: StorySettings | None = None,
        alias_done: Callable[[AliasSeen], None] | None = None,
        run_id: int | None = None,
    ):
        self.ledger = ledger
        self.run_id = run_id  # the crawl_runs row, for the quarantine's rows
        # Told when a queued alias is written, or dropped at the end: the distributed
        # writer acknowledges an alias's message only then.
        self.alias_done = alias_done or (lambda alias: None)
        self.count = count  # count("items/alias_stored"): a counter of the run's stats
        # The first error that kept a record out of the archive ("database or disk is
        # full"), for the run's message: the ledger counts them as ``errors/store``.
        self.store_error: str | None = None
        self.db_path = db_path
        self.batch_size = batch_size
        self.revisit_days = revisit_days
        self.story_settings = stories or StorySettings()
        self.archive: Archive | None = None
        self.writer: ArchiveWriter | None = None
        self.pending: list[ExtractedArticle] = []
        # Aliases wait here until their target is stored: (url, target) -> item, the
        # keys that arrived since the last commit, and the keys by target.
        self.aliases: dict[tuple[str, str], AliasSeen] = {}
        self.fresh_aliases: set[tuple[str, str]] = set()
        self.aliases_by_target: dict[str, set[tuple[str, str]]] = {}
        # Their mirror in ``waiting_aliases``: the keys it holds, those it still lacks,
        # and those an earlier crawl left there (not this crawl's to count or settle).
        self.kept: set[tuple[str, str]] = set()
        self.unkept: set[tuple[str, str]] = set()
        self.carried: set[tuple[str, str]] = set()
        self.takedowns: list[Takedown] = []
        self.not_modified: list[NotModified] = []
        self.non_articles: list[NonArticlePage] = []
        self.quarantined: list[Quarantined] = []

    def open(self) -> None:
        self.archive = Archive.open(self.db_path, create=True)
        self.writer = ArchiveWriter(self.archive, self.story_settings, self.revisit_days)
        self._carry_waiting_aliases()

    def _carry_waiting_aliases(self) -> None:
        """Queue the aliases earlier crawls left waiting: the batch that stores their
        article writes them. Those waiting longer than ``WAITING_DAYS`` are dropped."""
        assert self.archive is not None
        db = self.archive.db
        cutoff = (datetime.now(timezone.utc) - timedelta(days=WAITING_DAYS)).isoformat(
            timespec="seconds"
        )
        with db.atomic():
            db.execute("delete from waiting_aliases where first_seen_at < ?", [cutoff])
        for url, target, site in db.execute("select url, target, site from waiting_aliases"):
            key = (url, target)
            self.aliases[key] = AliasSeen(url=url, target=target, site=site)
            self.fresh_aliases.add(key)  # tried at the first commit: stored meanwhile?
            self.aliases_by_target.setdefault(target, set()).add(key)
            self.kept.add(key)
            self.carried.add(key)

    def close(self) -> None:
        self.flush(every_alias=True)
        # Aliases whose target never reached the archive (they wait in
        # ``waiting_aliases`` for a later crawl): a page that only pointed elsewhere
        # (rel=canonical, a redirect) ends as "not an article" with the reason; a link
        # variant is counted as unresolved.
        for key, alias in self.aliases.items():
            if key in self.carried:
                continue  # an earlier crawl's, still waiting
            if alias.page:
                self.ledger.settle(alias.ticket, "pages_not_article")
                logger.info("%s: its target %s was not archived", alias.url, alias.target)
            else:
                self.count("items/alias_unresolved")
            if key not in self.unkept:
                # Kept in the archive. One the last commit could not keep is not
                # acknowledged: a distributed crawl's next writer reads it again.
                self.alias_done(alias)
        self.aliases.clear()
        self.aliases_by_target.clear()
        if self.archive is not None:
            self.archive.close()

    def add(self, item: Any) -> None:
        """Queue one item of the crawl (others pass untouched); a full queue is written."""
        if isinstance(item, AliasesSeen):
            # Link variants: kept until their target is stored (counted then, or at
            # the end as unresolved); the item itself is accounted for once queued.
            for alias in item.aliases:
                self._queue_alias(alias)
            self.ledger.settle(item.ticket, "aliases_queued")
            return
        if isinstance(item, AliasSeen):
            if not self._queue_alias(item) and item.page:
                # The same page alias again: written once, this fetch settled now.
                self.ledger.settle(item.ticket, "articles_duplicate")
            elif not item.page:
                self.ledger.settle(item.ticket, "aliases_queued")
            if not item.page:
                return
        elif isinstance(item, Takedown):
            self.takedowns.append(item)
        elif isinstance(item, NotModified):
            self.not_modified.append(item)
        elif isinstance(item, NonArticlePage):
            self.non_articles.append(item)
            for alias in item.aliases:
                self._queue_alias(alias)
        elif isinstance(item, Quarantined):
            self.quarantined.append(item)
        elif isinstance(item, ExtractedArticle):
            self.pending.append(item)
            for alias in item.aliases:
                self._queue_alias(alias)
        else:
            return
        if self._queued() >= self.batch_size:
            self.flush()

    def _queue_alias(self, alias: AliasSeen) -> bool:
        """Keep ``alias`` until its target is stored; False when it is queued already."""
        key = (alias.url, alias.target)
        if key in self.aliases and key not in self.carried:
            self.alias_done(alias)  # the one already queued stands for it
            return False
        # Seen again by this crawl, an earlier crawl's waiting alias becomes this one's.
        self.carried.discard(key)
        self.aliases[key] = alias
        if key not in self.kept:
            self.unkept.add(key)
        self.fresh_aliases.add(key)
        self.aliases_by_target.setdefault(alias.target, set()).add(key)
        return True

    def _queued(self) -> int:
        queues = (
            self.pending,
            self.takedowns,
            self.not_modified,
            self.non_articles,
            self.quarantined,
        )
        return sum(len(queue) for queue in queues)

    def flush(self, every_alias: bool = False, also: Callable[[Any], None] | None = None) -> None:
        """Commit what is queued, then settle each item's ticket with its outcome.

        ``also(db)`` runs inside the same transaction (the distributed writer records
        there which messages the batch held, so a message is never stored twice).

        Each record is written in its own savepoint inside the batch transaction: a
        record that fails (a constraint, a bug) is settled as ``errors/store`` and
        skipped, the others commit. Outcomes are settled only after the commit, and
        the queues are emptied whatever happens, so one bad record never blocks the
        rest of the crawl and nothing leaves the queue without an outcome.
        """
        assert self.archive is not None and self.writer is not None
        outcomes: list[tuple[int, str]] = []
        resolved: list[tuple[str, str]] = []
        written: set[str] = set()
        try:
            with self.archive.db.atomic():
                now = now_utc()
                for item in self.pending:
                    try:
                        with self.archive.db.atomic():
                            status = self.writer.article(item.record, item.sketch, now)
                        outcomes.append((item.ticket, f"articles_{status}"))
                        written.update([item.record.url, *item.record.seen_urls])
                    except Exception as exc:  # noqa: BLE001 - one record, not the batch
                        logger.warning("could not store %s: %r", item.url, exc)
                        self.store_error = self.store_error or str(exc)
                        outcomes.append((item.ticket, "errors/store"))
                for item in self.not_modified:
                    known = self.writer.not_modified(item.url, now)
                    outcomes.append(
                        (item.ticket, "articles_unchanged" if known else "errors/unexpected_304")
                    )
                plain = []
                for page in self.non_articles:
                    gone = self._soft_takedown(page, now)
                    if gone:
                        outcomes.append((page.ticket, gone))
                    else:
                        plain.append(page)
                self.writer.non_articles(((p.url, p.site, p.reason) for p in plain), now)
                outcomes += [(p.ticket, "pages_not_article") for p in plain]
                # Spam: never an article; kept out and counted as the run's "spam".
                self.writer.quarantine(self.quarantined, self.run_id, now)
                outcomes += [(q.ticket, "errors/spam") for q in self.quarantined]
                for takedown in self.takedowns:
                    try:
                        with self.archive.db.atomic():
                            outcomes.append((takedown.ticket, self._takedown(takedown, now)))
                    except Exception as exc:  # noqa: BLE001 - one takedown, not the batch
                        logger.warning("could not record %s: %r", takedown.url, exc)
                        self.store_error = self.store_error or str(exc)
                        outcomes.append((takedown.ticket, "errors/store"))
                candidates = set(self.aliases) if every_alias else set(self.fresh_aliases)
                resolved = self._resolve_aliases(candidates, written, now)
                left, kept = self._keep_waiting(resolved, now)
                if also is not None:
                    also(self.archive.db)
            self.kept = (self.kept - left) | kept
            self.unkept.clear()
        except Exception as exc:  # noqa: BLE001 - every page the batch held is settled
            # The whole batch is lost (disk full, database locked for too long, a bug in
            # one of its steps): say so in the ledger; what earlier batches committed
            # stays, and aliases wait for the next batch.
            logger.error(
                "could not write a batch of %d items: %s",
                self._queued(),
                exc,
                exc_info=not isinstance(exc, sqlite3.Error),
            )
            self.store_error = self.store_error or str(exc)
            queued = [
                *self.pending,
                *self.not_modified,
                *self.non_articles,
                *self.takedowns,
                *self.quarantined,
            ]
            outcomes = [(item.ticket, "errors/store") for item in queued]
            resolved = []
        finally:
            self.pending.clear()
            self.takedowns.clear()
            self.not_modified.clear()
            self.non_articles.clear()
            self.quarantined.clear()
        self.fresh_aliases.clear()
        for key in resolved:
            self.carried.discard(key)
            alias = self.aliases.pop(key)
            self.aliases_by_target[key[1]].discard(key)
            if not self.aliases_by_target[key[1]]:
                del self.aliases_by_target[key[1]]
            if alias.page:
                outcomes.append((alias.ticket, "articles_duplicate"))
            else:
                self.count("items/alias_stored")
            self.alias_done(alias)
        for ticket, outcome in outcomes:
            self.ledger.settle(ticket, outcome)

    def _keep_waiting(
        self, resolved: list[tuple[str, str]], now: str
    ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """Bring ``waiting_aliases`` in line with the aliases still waiting, inside the
        batch's transaction: those this batch wrote leave it, the newly queued join it.
        The keys that left and the keys that joined."""
        assert self.archive is not None
        done = set(resolved)
        left = self.kept & done
        joined = self.unkept - done
        conn = self.archive.db.conn
        if left:
            conn.executemany("delete from waiting_aliases where url = ? and target = ?", left)
        if joined:
            conn.executemany(
                "insert or ignore into waiting_aliases (url, target, site, first_seen_at)"
                " values (?, ?, ?, ?)",
                [(url, target, self.aliases[url, target].site, now) for url, target in joined],
            )
        return left, joined

    def _soft_takedown(self, page: NonArticlePage, now: str) -> str | None:
        """The outcome of a "not found" page at a stored article's URL (a takedown
        answered with 200), or None for any other page: it is a plain non-article."""
        if not page.takedown:
            return None
        verdict = self.writer.takedown(page.url, page.takedown, now)
        if verdict is None:
            return None
        return "articles_gone" if verdict == "gone" else "articles_unchanged"

    def _takedown(self, takedown: Takedown, now: str) -> str:
        verdict = self.writer.takedown(takedown.url, takedown.reason, now)
        if verdict == "gone":
            return "articles_gone"
        if verdict in ("still gone", "moved"):
            # Taken down on an earlier night, or alive at another URL: nothing new.
            return "articles_unchanged"
        if takedown.reason == "redirect_home":
            return "pages_not_article"  # an unknown URL that sends readers home
        return f"errors/{takedown.reason}"

    def _resolve_aliases(
        self, candidates: set[tuple[str, str]], written: set[str], now: str
    ) -> list[tuple[str, str]]:
        """Write the waiting aliases whose target is now stored; their keys.

        Tried: the aliases that arrived since the last commit, and those whose target
        was written in this batch. Aliases can chain (a share link to a tracking
        variant to the article): an alias written makes its own URL a target, until
        nothing more resolves, so the result never depends on arrival order. Keys are
        tried in sorted order, so an alias URL claimed by two targets goes to the same
        one in every run.
        """
        resolved: list[tuple[str, str]] = []
        pending = set(candidates)
        for target in written:
            pending |= self.aliases_by_target.get(target, set())
        while pending:
            newly: list[str] = []
            for key in sorted(pending):
                url, target = key
                if self.writer.alias(url, target, now):
                    resolved.append(key)
                    newly.append(url)
            done = set(resolved)
            pending = {k for url in newly for k in self.aliases_by_target.get(url, ())} - done
        return resolved
