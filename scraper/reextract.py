"""Rebuild article records from the raw pages the crawl kept, offline.

Sites delete and edit pages, and the extraction improves; the WARC files
(``scraper.warc``) hold every page as fetched, with the site, discovery's hints and
the fetch time the crawl read it with. ``reextract`` reads each stored article's page
again with the current extraction (``scraper.reading.read_body``, the crawl's own
function, in the same worker pool) and writes through ``ArchiveWriter``:

- a record that comes out the same changes nothing (running it twice is a no-op);
- a record that changed gets a new version, marked ``reextracted`` in
  ``article_versions.reason`` and ``article_events``, so the history tells a
  re-extraction from an edit on the site (a row altered by hand is restored);
- a page the current extraction no longer takes for an article is reported and the
  stored record kept: nothing in the archive is deleted;
- an article split over pages (``scraper.extract.paging``) is joined again from the
  raw responses of its later pages, which the crawl kept too (found by URL after page
  1's, ``scraper.warc.ResponseIndex``), page after page as the crawl walked them and
  with the crawl's own functions (``read_continued``, ``join_continued``); when one of
  them is not found, the stored joined text is kept and counted, since page 1 alone
  would cut the text short.

Knows no Scrapy; the CLI (``scraper.cli.reextract``) holds the archive's lock around it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from scraper.archive import Archive
from scraper.archive.store import now_utc
from scraper.archive.writer import ArchiveWriter
from scraper.extract.paging import MAX_PAGES, Continuation
from scraper.extract.record import ArticleRecord, NotAnArticle
from scraper.pool import WorkerPool
from scraper.reading import (
    ContinuedPage,
    PageReading,
    join_continued,
    read_body,
    read_continued,
    warm_up,
)
from scraper.sites import DISCOVERY_METHODS, FieldOverrides, SiteDefinition, load_sites, province_of
from scraper.stories.sketch import TextSketch
from scraper.urls import canonicalize_url
from scraper.warc import OPEN_SUFFIX, RawPointer, ResponseIndex, StoredPage, read_raw_page


@dataclass
class ReextractSummary:
    read: int = 0  # articles whose raw page was read again
    unchanged: int = 0
    changed: int = 0  # new versions, reason "reextracted"
    not_article: int = 0  # the current extraction rejects the page; record kept
    unreadable: int = 0  # raw page missing or damaged
    without_raw_page: int = 0  # stored without --warc: nothing to read
    # Articles spread over several pages (scraper.extract.paging), joined again from
    # the raw responses of all their pages (counted in changed/unchanged too) ...
    rejoined: int = 0
    # ... and those kept as stored: a later page's raw response was not found (or not
    # read), and page 1 alone would cut the joined text short.
    multi_page: int = 0
    problems: list[str] = field(default_factory=list)  # first unreadable/rejected pages
    seconds: float = 0.0


def site_definitions(archive: Archive) -> dict[str, SiteDefinition]:
    """Each archived site's definition: its file in spiders/sites (fixes to it apply),
    else the definition the crawl stored (a site crawled with ``--url``). A site with
    no zone gets the one its pages taught the archive, if they agree by now."""
    known = load_sites()
    sites: dict[str, SiteDefinition] = {}
    for row in archive.db.execute("select name, definition from sites"):
        name, stored = row
        if name in known:
            site = known[name]
        elif stored:
            site = definition_from_json(stored)
        else:
            continue
        learned = archive.learned_zone(name) if site.timezone is None else None
        sites[name] = dataclasses.replace(site, timezone=learned[0]) if learned else site
    return sites


def definition_from_json(text: str) -> SiteDefinition:
    """A definition stored in the archive's ``sites`` table, read back.

    Stored as an older newsarchive wrote it, before definitions were checked: a province
    the gazetteer does not know is dropped and unknown discovery methods are left out
    (they were never asked), so an old archive can still be re-read."""
    data = json.loads(text)
    if data.get("province") and province_of(data["province"]) is None:
        data["province"] = None
    data["discovery"] = tuple(m for m in data.get("discovery") or () if m in DISCOVERY_METHODS)
    data["start_paths"] = tuple(data.get("start_paths") or ())
    overrides = dict(data.get("overrides") or {})
    overrides["prune"] = tuple(overrides.get("prune") or ())
    data["overrides"] = FieldOverrides(**overrides)
    return SiteDefinition(**data)


def raw_page_files(
    archive: Archive, site: str | None = None, since: str | None = None
) -> list[str]:
    """The WARC file names the selected articles point at (``articles.warc_file`` holds
    a name within the WARC folder, not a path)."""
    where, params = _selected(archive, site, since)
    return [
        row[0]
        for row in archive.db.execute(
            f"select distinct warc_file from articles where {where} and warc_file is not null",
            params,
        )
    ]


def find_warc_files(names: Iterable[str], folders: Iterable[str | Path]) -> dict[str, Path]:
    """Where each named WARC file is (``….open`` too, a file a killed crawl left open):
    the first of ``folders`` that holds it."""
    wanted = set(names)
    found: dict[str, Path] = {}
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name.removesuffix(OPEN_SUFFIX)
            if name in wanted and name not in found and entry.is_file():
                found[name] = Path(folder)
        if len(found) == len(wanted):
            break
    return found


def _selected(archive: Archive, site: str | None, since: str | None) -> tuple[str, list]:
    where, params = ["1 = 1"], []
    if site:
        where.append("site = ?")
        params.append(site)
    if since:
        # The day the article was published (its local day) or, undated, first seen.
        where.append("coalesce(substr(published_at, 1, 10), substr(first_seen_at, 1, 10)) >= ?")
        params.append(since)
    return " and ".join(where), params


def reextract(
    archive: Archive,
    warc_dir: str | Path,
    site: str | None = None,
    since: str | None = None,
    workers: int = 0,
    batch: int = 200,
    progress: Callable[[int, int], None] | None = None,
    folders: dict[str, Path] | None = None,
) -> ReextractSummary:
    """Read every selected article's raw page again and store what changed.

    A raw page is read from ``warc_dir``, or from ``folders[its file name]`` when
    ``folders`` names another folder for that file (``find_warc_files``)."""
    started = time.monotonic()
    summary = ReextractSummary()
    where, params = _selected(archive, site, since)
    db = archive.db
    summary.without_raw_page = db.execute(
        f"select count(*) from articles where {where} and warc_file is null", params
    ).fetchone()[0]
    rows = db.execute(
        f"select id, site, warc_file, warc_offset, warc_length from articles"
        f" where {where} and warc_file is not null order by warc_file, warc_offset",
        params,
    ).fetchall()
    sites = site_definitions(archive)
    writer = ArchiveWriter(archive)
    pool = WorkerPool(workers, warmup=warm_up) if workers > 0 else None
    now = now_utc()
    pending: list[tuple[int, PageReading, RawPointer]] = []
    index = ResponseIndex()
    try:
        depth = 4 * max(workers, 1)
        places = _Places(warc_dir, folders or {})
        for article_id, raw, reading in _readings(rows, sites, places, pool, depth, summary):
            if reading is None:
                continue
            summary.read += 1
            if reading.continuation is not None and isinstance(reading.result, ArticleRecord):
                reading = _rejoined(article_id, reading, raw, index, pool, summary)
            pending.append((article_id, reading, raw.pointer))
            if len(pending) >= batch:
                _store(writer, pending, now, summary)
                pending = []
            if progress:
                progress(summary.read + summary.unreadable, len(rows))
        _store(writer, pending, now, summary)
    finally:
        if pool is not None:
            pool.close()
    summary.seconds = time.monotonic() - started
    return summary


@dataclass
class _Places:
    """The WARC folder, and the other folders where some files were found."""

    default: str | Path
    folders: dict[str, Path]

    def of(self, file: str) -> str | Path:
        return self.folders.get(file, self.default)


@dataclass
class _Raw:
    """An article's kept page 1: where it is, as read back, and the site it was read as."""

    pointer: RawPointer
    folder: str | Path
    page: StoredPage
    site: SiteDefinition


def _readings(
    rows: list,
    sites: dict[str, SiteDefinition],
    places: _Places,
    pool: WorkerPool | None,
    depth: int,
    summary: ReextractSummary,
) -> Iterator[tuple[int, _Raw, PageReading | None]]:
    """Each article's page read again, in archive order; a few in flight at once.
    None for a page whose reading failed (counted and named in the summary)."""
    window: deque[tuple[int, _Raw, Future]] = deque()
    for article_id, site_name, file, offset, length in rows:
        pointer = RawPointer(file, offset, length)
        try:
            page = read_raw_page(places.of(file), pointer)
        except (OSError, ValueError) as exc:
            summary.unreadable += 1
            if len(summary.problems) < 10:
                summary.problems.append(f"{file}:{offset}: {exc}")
            continue
        site = sites.get(site_name) or SiteDefinition.for_url(page.url)
        args = _read_args(page, site)
        raw = _Raw(pointer, places.of(file), page, site)
        if pool is not None:
            window.append((article_id, raw, pool.submit(read_body, *args)))
        else:
            window.append((article_id, raw, _inline(args)))
        while len(window) > depth:
            yield _done(window.popleft(), summary)
    while window:
        yield _done(window.popleft(), summary)


def _inline(args: tuple) -> Future:
    future: Future = Future()
    try:
        future.set_result(read_body(*args))
    except Exception as exc:  # noqa: BLE001 - one page that cannot be read: counted
        future.set_exception(exc)
    return future


def _read_args(page: StoredPage, site: SiteDefinition) -> tuple:
    context = page.context
    return (
        page.body,
        page.content_type,
        page.url,
        True,
        site,
        context.get("fetched_at") or "",
        context.get("hints") or {},
    )


def _done(
    entry: tuple[int, _Raw, Future], summary: ReextractSummary
) -> tuple[int, _Raw, PageReading | None]:
    article_id, raw, future = entry
    try:
        return article_id, raw, future.result()
    except Exception as exc:  # noqa: BLE001 - a worker's failure on one page
        summary.unreadable += 1
        if len(summary.problems) < 10:
            summary.problems.append(f"article {article_id}: reading failed ({exc})")
        return article_id, raw, None


def _rejoined(
    article_id: int,
    reading: PageReading,
    raw: _Raw,
    index: ResponseIndex,
    pool: WorkerPool | None,
    summary: ReextractSummary,
) -> PageReading:
    """The reading of a split article's page 1 with its later pages joined to it, read
    from their kept responses; the reading as it was (its ``continuation`` set, so
    ``_store`` keeps the stored text and counts it) when one of them is not found."""

    def find(url: str) -> StoredPage | None:
        found = index.after(url, raw.pointer, raw.folder)
        if found is None:
            return None
        try:
            return read_raw_page(*found)
        except (OSError, ValueError):
            return None

    def call(function: Callable, *args):
        # Later pages are a few per split article: each waits for its worker here.
        return function(*args) if pool is None else pool.submit(function, *args).result()

    assert isinstance(reading.result, ArticleRecord) and reading.continuation is not None
    try:
        joined = rejoin(
            reading.result, reading.sketch, reading.continuation, raw.page, raw.site, find, call
        )
    except Exception as exc:  # noqa: BLE001 - a worker's failure on a later page: kept
        joined = None
        if len(summary.problems) < 10:
            summary.problems.append(f"article {article_id}: a later page failed ({exc})")
    if joined is None:
        return reading
    summary.rejoined += 1
    result, sketch = joined
    return dataclasses.replace(reading, result=result, sketch=sketch, continuation=None)


def rejoin(
    record: ArticleRecord,
    sketch: TextSketch | None,
    continuation: Continuation,
    first: StoredPage,
    site: SiteDefinition,
    find: Callable[[str], StoredPage | None],
    call: Callable = lambda function, *args: function(*args),
) -> tuple[ArticleRecord | NotAnArticle, TextSketch | None] | None:
    """``NewsSpider.read_continuation`` on kept responses instead of fetched ones: page
    1's ``record`` (read from ``first``) with its later pages joined, the pages walked
    as the crawl walked them (the one-page view first, falling back to the pages), so
    an archive read again unchanged gives the text it holds.

    ``find(url)``: the kept response of that later page, None when none was kept (the
    crawl's fetch failed, or the file is gone). None when no walk ends complete (a page
    not kept, or one that answered other than 200): the crawl may have read more than
    the kept responses show, and the stored text is kept rather than cut short.
    ``call(function, *args)`` runs the readings (in a worker, or inline).
    """
    fetched_at = first.context.get("fetched_at") or ""
    pages: list[ContinuedPage] = []
    complete = False
    starts = [(continuation.all_url, "all"), (continuation.next_url, continuation.next_page)]
    for url, number in starts:
        if not url:
            continue
        walked = _walk(first.url, url, number, site, fetched_at, find, call)
        if walked is None:
            continue  # maybe a fetch that failed in the crawl too: the next start
        pages, complete = walked
        if complete:
            break
    if not complete:
        # A page not kept, or one that answered other than 200 and ended the walk: the
        # crawl may have joined more than the kept responses show (a retry's answer),
        # and a text rebuilt short of it would replace the stored one.
        return None
    if not pages:
        return record, sketch
    return call(join_continued, record, pages, site)


def _walk(
    first: str,
    url: str | None,
    number: int | str,
    site: SiteDefinition,
    fetched_at: str,
    find: Callable[[str], StoredPage | None],
    call: Callable,
) -> tuple[list[ContinuedPage], bool] | None:
    """The later pages from ``url`` on and whether the walk ended as a complete one
    (``NewsSpider._continued_pages``, which it follows step by step); None when a page
    on the way was not kept."""
    pages: list[ContinuedPage] = []
    seen = {canonicalize_url(first)}
    while url:
        if url in seen:
            break
        if len(pages) + 1 >= MAX_PAGES:
            return pages, False
        seen.add(url)
        page = find(url)
        if page is None:
            return None
        if page.status != 200:
            return pages, False
        read = call(
            read_continued, page.body, page.content_type, page.url, first, number, site, fetched_at
        )
        pages.append(read)
        if number == "all":
            break
        url, number = read.next_url, read.next_page
    return pages, True


def _store(
    writer: ArchiveWriter,
    pending: list[tuple[int, PageReading, RawPointer]],
    now: str,
    summary: ReextractSummary,
) -> None:
    db = writer.archive.db
    with db.atomic():
        for article_id, reading, pointer in pending:
            record = reading.result
            if isinstance(record, ArticleRecord) and reading.continuation is not None:
                # A later page not found (_rejoined): page 1 alone would replace the
                # joined text with its own part.
                summary.multi_page += 1
                continue
            if not isinstance(record, ArticleRecord):
                summary.not_article += 1
                if len(summary.problems) < 10:
                    why = getattr(record, "reason", "a variant of another page")
                    summary.problems.append(f"article {article_id}: now not an article ({why})")
                continue
            record.warc_file, record.warc_offset, record.warc_length = (
                pointer.file,
                pointer.offset,
                pointer.length,
            )
            if writer.reextracted(article_id, record, reading.sketch, now):
                summary.changed += 1
            else:
                summary.unchanged += 1
