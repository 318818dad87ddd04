"""Reading the archive: ``search``, ``export``, ``stats``, ``runs``."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path
from typing import IO

import click

from scraper.archive import Archive
from scraper.archive.health import latest_health
from scraper.archive.queries import (
    EXPORT_COLUMNS,
    check_site,
    decode_row,
    iter_articles,
    recent_runs,
    resolve_filters,
    search,
    site_stats,
)
from scraper.cli import cli
from scraper.cli.common import (
    NON_EMPTY_TEXT,
    NonEmptyPath,
    db_option,
    entity_filter_options,
    filter_options,
    make_filters,
    missing_entities_note,
    note_cut_at_limit,
    shared_name_note,
)
from scraper.output import (
    output_options,
    write_csv,
    write_jsonl,
    write_parquet,
    write_rows,
    written_aside,
)


def _make_parent(path: Path) -> None:
    """Create the folders of ``--out`` that do not exist yet (as ``crawl`` does for --db)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise click.BadParameter(
            f"cannot create the folder {path.parent}: a file of that name is in the way",
            param_hint="--out",
        ) from None
    except OSError as exc:
        raise click.ClickException(
            f"cannot create the folder {path.parent}: {exc.strerror or exc}"
        ) from None


@cli.command(name="search")
@click.argument("query", type=NON_EMPTY_TEXT)
@filter_options
@entity_filter_options
@click.option(
    "--limit",
    default=20,
    show_default=True,
    type=click.IntRange(1, 100000),
    help="Show at most this many articles, the best matches; a cut says so on stderr.",
)
@output_options()
@db_option()
def search_command(query, site, since, until, unit, region, topic, limit, fmt, db_path) -> None:
    """Full-text search of titles and texts.

    QUERY uses SQLite FTS5 syntax: words, "exact phrase", AND, OR, NOT, prefix*.
    """
    with Archive.open(db_path) as archive:
        filters = make_filters(site, since, until, unit, region, topic)
        rows = search(archive, query, filters, limit + 1)
        # An entity filter cannot match the articles stored before entities existed:
        # "no articles match" alone read as if the archive held none. On the table
        # only, as in ``units`` and ``people``: JSON and CSV are read by programs.
        filtered = unit or region or topic
        note = missing_entities_note(archive) if filtered and fmt == "table" else None
        shared = shared_name_note(archive, unit)
    for said in (note, shared):
        if said:
            click.echo(said, err=True)
    if not rows and fmt == "table":
        click.echo(f"no articles match {query!r}", err=True)
        return
    # With the id, a saved CSV or JSON joins back to the export and the archive's tables;
    # gone_at says which were taken down (a table marks their title).
    columns = ["published_at", "site", "title", "url", "snippet", "id", "gone_at"]
    if fmt == "table":
        shown = [
            {**r, "title": f"[gone] {r['title']}" if r.get("gone_at") else r["title"]}
            for r in rows[:limit]
        ]
        write_rows(shown, columns[:4], fmt, sys.stdout)
    else:
        write_rows(rows[:limit], columns, fmt, sys.stdout)
    note_cut_at_limit(rows, limit, "best matches", fmt)


@cli.command()
@filter_options
@entity_filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet"]),
    default=None,
    help="parquet: typed columns (UTC timestamps plus the printed offset, lists), "
    "needs --out FILE.  [default: the --out file's extension (.parquet, .jsonl, .csv; "
    "a name ending .gz is written gzip-compressed: artikel.csv.gz), else csv]",
)
@click.option(
    "--out",
    # Not ``readable``: click's default refused a write-only target ("File
    # '/dev/stdout' is not readable", helper-107).
    type=NonEmptyPath(dir_okay=False, allow_dash=True, readable=False),
    default="-",
    show_default=True,
    help="Output file ('-' for standard output).",
)
@db_option()
def export(site, since, until, unit, region, topic, fmt, out, db_path) -> None:
    """Export articles (all columns, streamed) as CSV, JSON Lines or Parquet."""
    compressed = _compression_of(out)
    fmt = fmt or _format_of(out)
    if out != "-" and _is_the_archives(Path(out), db_path):
        raise click.BadParameter(
            "is the archive itself, or a file SQLite or the crawl keeps beside it; "
            "choose another file",
            param_hint="--out",
        )
    if fmt == "parquet" and compressed:
        raise click.BadParameter(
            "Parquet compresses its own columns: name the file without .gz",
            param_hint="--out",
        )
    if fmt == "parquet" and out == "-":
        raise click.BadParameter(
            "parquet is a binary file format: give a file name, e.g. --out artikel.parquet",
            param_hint="--out",
        )
    _check_agrees(fmt, out)
    with Archive.open(db_path) as archive:
        filters = make_filters(site, since, until, unit, region, topic)
        check_site(archive, site)  # before --out is created
        filters = resolve_filters(archive, filters)
        rows = (decode_row(r) for r in iter_articles(archive, filters))
        # As in search: an entity filter misses the articles stored before entities;
        # said beside the "exported N articles" line (an export to standard output is
        # read by a program).
        filtered = (unit or region or topic) and out != "-"
        note = missing_entities_note(archive) if filtered else None
        shared = shared_name_note(archive, unit)
        if shared:
            click.echo(shared, err=True)
        if out != "-":
            _make_parent(Path(out))
        try:
            if fmt == "parquet":
                count = write_parquet(rows, out, source=str(db_path))
            elif out == "-":
                count = _write_text(rows, fmt, sys.stdout)
            else:
                # Written aside and renamed when complete, as Parquet is: an export cut
                # short (Ctrl-C, a full disk) left a file under the final name that
                # ended on a whole row and looked complete, over the last good export.
                with (
                    written_aside(Path(out)) as part,
                    _text_file(part, Path(out), compressed) as stream,
                ):
                    count = _write_text(rows, fmt, stream)
        except BrokenPipeError:
            raise
        except OSError as exc:
            if out == "-":
                raise
            # A write cut short names no file (a full disk: "[Errno 28] No space left on
            # device" alone); every OSError here is the output's: the archive's are
            # sqlite3 errors.
            raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    if out != "-":
        click.echo(f"exported {count} articles to {out}", err=True)
    if note:
        click.echo(note, err=True)


# The format an --out file's name asks for when --format is not given.
_FORMAT_OF_SUFFIX = {".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
# Names of files no format of ``export`` is, refused rather than written as CSV: a
# spreadsheet, one JSON document.
_NOT_OURS = {
    ".json": "JSON Lines (one article a line), not one JSON document: name the file .jsonl",
    ".tsv": "comma-separated values, not tab-separated: name the file .csv",
    ".xlsx": "CSV, which spreadsheets open: name the file .csv",
    ".xls": "CSV, which spreadsheets open: name the file .csv",
    ".ods": "CSV, which spreadsheets open: name the file .csv",
}
# Compressions and archives other than a plain gzip file: refused whatever --format says
# (export would write plain text under the name; pandas reads ``.tar`` as a tar file).
_NOT_GZIP = (".zip", ".bz2", ".xz", ".zst", ".lz4", ".z", ".tgz", ".gzip", ".tar", ".7z", ".rar")


def _compression_of(out: str) -> bool:
    """Whether ``--out`` names a gzip file (``artikel.csv.gz``, written compressed); a
    name asking for another compression, or a tar file, is refused."""
    if out == "-":
        return False
    name = Path(out)
    gzipped = name.suffix.lower() == ".gz"
    inner = name.with_suffix("").suffix.lower() if gzipped else ""
    if name.suffix.lower() in _NOT_GZIP or inner == ".tar":
        raise click.BadParameter(
            "export compresses with gzip only, one file: name it .csv.gz or .jsonl.gz",
            param_hint="--out",
        )
    return gzipped


def _inner_suffix(out: str) -> str:
    """The extension that names the format, before a ``.gz``: ``.csv`` of
    ``artikel.csv.gz``, lower-cased."""
    name = Path(out)
    if name.suffix.lower() == ".gz":
        name = name.with_suffix("")
    return name.suffix.lower()


def _format_of(out: str) -> str:
    """The export format for ``--out`` without ``--format``: the file's extension says
    it (before a ``.gz``, which compresses it), else CSV. ``export --out
    artikel.parquet`` wrote CSV text under that name (the default format) and said
    "exported 41 articles to artikel.parquet", and ``pd.read_parquet`` then failed on
    it ("Parquet magic bytes not found"); so did ``artikel.csv.gz`` (plain text that
    ``pd.read_csv`` took for gzip) and ``artikel.xlsx``. A name that asks for a format
    export does not write is refused (``_NOT_OURS``)."""
    if out == "-":
        return "csv"
    gzipped = Path(out).suffix.lower() == ".gz"
    suffix = _inner_suffix(out)
    if suffix in _NOT_OURS:
        hint = _NOT_OURS[suffix] + (".gz" if gzipped else "")
        raise click.BadParameter(f"export writes {hint}, or give --format", param_hint="--out")
    return _FORMAT_OF_SUFFIX.get(suffix, "csv")


def _check_agrees(fmt: str, out: str) -> None:
    """Refuse a ``--format`` that ``--out``'s extension contradicts: ``--out r.parquet
    --format csv`` wrote CSV text under a Parquet name and said "exported 340 articles
    to r.parquet" (helper-107), as ``_format_of`` once did without ``--format``."""
    if out == "-":
        return
    named = _FORMAT_OF_SUFFIX.get(_inner_suffix(out))
    if named is not None and named != fmt:
        raise click.BadParameter(
            f"names a {named} file but --format is {fmt}: change one of them",
            param_hint="--out",
        )


def _text_file(part: Path, out: Path, compressed: bool) -> IO[str]:
    """The text stream an export writes to ``part``; for a ``.gz`` name, gzip at the
    level gzip itself uses by default (6: level 9 took twice the time for 0.4% less),
    its header naming the file it unpacks to (``artikel.csv``), not the ``.part``.

    Written directly (``written_aside`` gave ``out`` itself: ``/dev/stdout``, a pipe),
    it is opened to append: opening ``/dev/stdout`` to write truncates the file the
    shell's ``>> log.csv`` opened to append to."""
    direct = part == out
    if not compressed:
        return open(part, "a" if direct else "w", encoding="utf-8", newline="")
    raw = open(part, "ab" if direct else "wb")  # noqa: SIM115 - closed with the gzip stream
    packed = gzip.GzipFile(
        filename=out.with_suffix("").name, mode="wb", fileobj=raw, compresslevel=6
    )
    packed.myfileobj = raw  # GzipFile closes a file it was handed only when it owns it
    return io.TextIOWrapper(packed, encoding="utf-8", newline="")


def _is_the_archives(out: Path, db_path: Path) -> bool:
    """Whether ``out`` is the archive, or a file kept beside it: SQLite's write-ahead
    log and its index (``-wal``, ``-shm``), its rollback journal, the crawl's lock and
    the note of who holds it. Replacing one of those loses committed articles, lets two
    crawls run at once, or makes a running crawl look gone."""
    archive = db_path.resolve()
    beside = {archive, *(archive.with_name(archive.name + s) for s in _BESIDE_THE_ARCHIVE)}
    try:
        return out.resolve() in beside
    except (RuntimeError, OSError):  # a loop of symbolic links (RuntimeError before 3.13)
        raise click.BadParameter(
            "is a loop of symbolic links; choose another file", param_hint="--out"
        ) from None


_BESIDE_THE_ARCHIVE = ("-wal", "-shm", "-journal", ".lock", ".lock.holder")


def _write_text(rows, fmt: str, stream) -> int:
    if fmt == "csv":
        return write_csv(rows, EXPORT_COLUMNS, stream)
    return write_jsonl(rows, stream)


@cli.command()
@output_options()
@db_option()
def stats(fmt: str, db_path: Path) -> None:
    """Per site: articles, date coverage, share without a date, new per day, last good crawl,
    and the health flags of its latest crawl (see 'health')."""
    with Archive.open(db_path) as archive:
        rows = site_stats(archive)
        flags = {row["site"]: row["flags"] for row in latest_health(archive)}
    for row in rows:
        raised = [{"flag": f["flag"], "message": f["message"]} for f in flags.get(row["site"], [])]
        if fmt == "table":
            row["health"] = ", ".join(f["flag"] for f in raised) or (
                "ok" if row["site"] in flags else ""
            )
        else:
            row["health"] = raised
    columns = [
        "site",
        "articles",
        "gone",
        "first_published",
        "last_published",
        "without_date",
        "share_without_date",
        "new_per_day",
        "last_ok_crawl",
        "urls_seen",
        "health",
    ]
    if not rows and fmt == "table":
        click.echo("the archive has no articles yet", err=True)
        return
    write_rows(rows, columns, fmt, sys.stdout)


@cli.command()
@click.option(
    "--limit",
    default=10,
    show_default=True,
    type=click.IntRange(1, 10000),
    help="Show at most this many crawls, the most recent; a cut says so on stderr.",
)
@output_options()
@db_option()
def runs(limit: int, fmt: str, db_path: Path) -> None:
    """The most recent crawls: when, which sites, counts and status."""
    with Archive.open(db_path) as archive:
        found = recent_runs(archive, limit + 1)
    rows = found[:limit]
    columns = [
        "id",
        "started_at",
        "finished_at",
        "sites",
        "status",
        "pages_fetched",
        "article_pages_fetched",
        "pages_skipped",
        "articles_new",
        "articles_updated",
        "articles_unchanged",
        "articles_duplicate",
        # Without it, article_pages_fetched could not be reconciled from the table.
        "pages_not_article",
        "articles_gone",
        "errors",
    ]
    if fmt != "table":
        columns += ["error_kinds", "unaccounted", "workers", "message"]
        for row in rows:
            # A distributed crawl lists who fetched: [{id, host, pages_fetched}, …].
            row["workers"] = row.get("workers") or []
            # Unknown (a crawl that never reported, or was killed) stays null, not [].
            if row.get("unaccounted") is not None or row.get("pages_fetched") is not None:
                row["unaccounted"] = row.get("unaccounted") or []
    if not rows and fmt == "table":
        click.echo(f"runs: no crawl of {db_path} is recorded yet", err=True)
        return
    write_rows(rows, columns, fmt, sys.stdout)
    note_cut_at_limit(found, limit, "most recent crawls", fmt)
    # Imported here, as in 'health': scraper.crawl is heavy to import for a listing.
    from scraper.crawl import ArchiveLock

    lock = ArchiveLock(db_path, "runs")
    for row in rows:
        if lock.run_is_gone(row["status"]):
            click.echo(
                f"runs: run {row['id']} is marked running, but no crawl holds the archive: "
                "its process was stopped before it finished (kill -9, the OOM killer); "
                "the next crawl marks it interrupted",
                err=True,
            )
