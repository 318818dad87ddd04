"""The ``newsarchive`` command: a thin click layer over the library.

Every command takes ``--db``; read commands share ``--site/--since/--until`` and
``--format``. Errors a user can fix are printed as one line and exit non-zero, never
as a traceback (``Errors`` below).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import click

from scraper import __version__
from scraper.archive import Archive, ArchiveError
from scraper.archive.queries import (
    EXPORT_COLUMNS,
    Filters,
    decode_row,
    iter_articles,
    recent_runs,
    search,
    site_stats,
)
from scraper.output import output_options, write_csv, write_jsonl, write_rows
from scraper.settings import DEFAULT_DB, UNTHROTTLED, check_overrides
from scraper.sites import SiteDefinition, UnknownSiteError, get_site, load_sites, site_for_url
from scraper.urls import is_loopback, site_host

# Exit codes, documented in the README for cron.
EXIT_OK = 0  # everything fetched and archived
EXIT_FAILED = 1  # nothing could be fetched or stored; or a read command failed
EXIT_CONFIG = 2  # a usage or configuration error: bad option, unknown site or zone
EXIT_PARTIAL = 3  # some pages failed, the rest is archived
EXIT_LOCKED = 75  # another crawl holds the archive (EX_TEMPFAIL: try again later)


class Errors(click.Group):
    """Turn the library's user-facing errors into one clean line and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `newsarchive export | head`: the reader has all it wanted; stop quietly.
            sys.stderr.close()
            os._exit(0)
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(f"the archive cannot be read: {exc}") from None
        except (ArchiveError, UnknownSiteError, OSError, ValueError) as exc:
            if isinstance(exc, click.ClickException):
                raise
            message = exc.args[0] if isinstance(exc, UnknownSiteError) else str(exc)
            raise click.ClickException(message) from None


def db_option(default: str = DEFAULT_DB) -> Callable:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=True,
        help="Archive file (SQLite).",
    )


def filter_options(func: Callable) -> Callable:
    day = click.DateTime(formats=["%Y-%m-%d"])
    func = click.option("--until", type=day, help="Published on or before this day.")(func)
    func = click.option("--since", type=day, help="Published on or after this day.")(func)
    func = click.option("--site", help="Only this site (its name, see 'sites').")(func)
    return func


def parse_iso(text: str) -> datetime:
    """ISO 8601 with a trailing ``Z`` accepted on every Python (3.10 refuses it)."""
    text = text.strip()
    return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


def make_filters(site: str | None, since: datetime | None, until: datetime | None) -> Filters:
    return Filters(site, since.date() if since else None, until.date() if until else None)


@click.group(cls=Errors)
@click.version_option(__version__, prog_name="newsarchive")
def cli() -> None:
    """Crawl, extract, deduplicate and archive Indonesian news in SQLite."""


# -- crawling --------------------------------------------------------------------


def parse_settings(values: tuple[str, ...]) -> dict:
    settings = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {value!r}", param_hint="-s")
        try:
            settings[key] = json.loads(raw)
        except ValueError:
            settings[key] = raw
    return settings


def run_and_report(sites: list[SiteDefinition], db_path: Path, settings: dict, quiet: bool) -> None:
    from scraper.crawl import CrawlLocked, run_crawl

    progress = not quiet and sys.stderr.isatty()
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        summary = run_crawl(sites, db_path, settings, progress=progress)
    except CrawlLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except KeyboardInterrupt:
        click.echo("Error: crawl interrupted; committed articles are kept", err=True)
        sys.exit(EXIT_FAILED)
    finally:
        signal.signal(signal.SIGTERM, previous)
    click.echo(summary.line())
    if summary.status in ("failed", "interrupted"):
        click.echo(f"Error: {summary.message}", err=True)
        sys.exit(EXIT_FAILED)
    if summary.status == "partial":
        click.echo(f"Warning: {summary.message} (see 'newsarchive runs')", err=True)
        sys.exit(EXIT_PARTIAL)


def _terminate(signum, frame) -> None:
    """SIGTERM (cron's ``timeout``, systemd stop) ends a crawl like Ctrl-C."""
    raise KeyboardInterrupt


@cli.command()
@click.argument("names", nargs=-1)
@click.option("--url", "base_url", help="Crawl a site that has no definition, from its base URL.")
@click.option("--all", "all_sites", is_flag=True, help="Crawl every defined site.")
@click.option(
    "--tz",
    default="Asia/Jakarta",
    show_default=True,
    help="Time zone of a --url site (WIB; Asia/Makassar is WITA, Asia/Jayapura WIT).",
)
@click.option(
    "-s",
    "--setting",
    "settings",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a crawler setting, e.g. -s DOWNLOAD_TIMEOUT=10.",
)
@click.option(
    "--full", is_flag=True, help="Fetch every article again, known or not, and ignore stored ETags."
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Look back to this day: read listings to the end instead of stopping at "
    "known articles, and skip sitemap entries last changed before it.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Extraction worker processes (default: one per core; 0 extracts inline, to debug).",
)
@click.option(
    "--unthrottled-loopback",
    is_flag=True,
    help="No politeness delay and 16 parallel requests, for a site served on this machine "
    "(127.0.0.1, localhost) such as a benchmark; refused for any other host.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line and errors.")
@db_option()
def crawl(
    names,
    base_url,
    all_sites,
    tz,
    settings,
    full,
    since,
    workers,
    unthrottled_loopback,
    quiet,
    db_path,
) -> None:
    """Crawl named sites (see 'sites'), every site (--all) or any site (--url).

    Nightly runs are incremental: known articles are fetched again only when the
    sitemap, feed or API says they changed, or when their revisit is due.
    """
    sites: list[SiteDefinition] = []
    if base_url:
        if not base_url.startswith(("http://", "https://")) or not site_host(base_url):
            raise click.BadParameter(
                "must be a web address such as https://polres-contoh.id/", param_hint="--url"
            )
        _check_zone(tz)
        sites.append(SiteDefinition.for_url(base_url, timezone=tz))
    if all_sites:
        sites.extend(load_sites().values())
    try:
        sites.extend(get_site(name) for name in names)
    except UnknownSiteError as exc:
        raise click.BadParameter(exc.args[0], param_hint="NAMES") from None
    if not sites:
        raise click.UsageError("name a site, or give --all or --url (see 'newsarchive sites')")
    overrides = parse_settings(settings)
    try:
        check_overrides(overrides)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="-s") from None
    if full:
        overrides["NEWSARCHIVE_FULL"] = True
    if since:
        overrides["NEWSARCHIVE_SINCE"] = since.date().isoformat()
    if workers is not None:
        overrides["NEWSARCHIVE_WORKERS"] = workers
    if unthrottled_loopback:
        remote = [s.name for s in sites if not is_loopback(s.base_url)]
        if remote:
            raise click.BadParameter(
                f"politeness stays on for real hosts: {', '.join(remote)}",
                param_hint="--unthrottled-loopback",
            )
        overrides.update(UNTHROTTLED)
    run_and_report(sites, db_path, overrides, quiet)


def _check_zone(name: str, hint: str = "--tz") -> None:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        raise click.BadParameter(f"unknown time zone {name!r}", param_hint=hint) from None


@cli.command()
@output_options()
@db_option()
def sites(fmt: str, db_path: Path) -> None:
    """List the sites that have a definition (with article counts when the archive exists)."""
    counts: dict[str, int] = {}
    if db_path.exists():
        with Archive.open(db_path) as archive:
            counts = dict(archive.db.execute("select site, count(*) from articles group by site"))
    rows = [
        {
            "name": s.name,
            "base_url": s.base_url,
            "timezone": s.timezone,
            "platform": s.platform,
            "region": s.region or "",
            "articles": counts.get(s.name, 0),
        }
        for s in load_sites().values()
    ]
    columns = ["name", "base_url", "timezone", "platform", "region", "articles"]
    write_rows(rows, columns, fmt, sys.stdout)


# -- reading the archive -----------------------------------------------------------


@cli.command(name="search")
@click.argument("query")
@filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100000))
@output_options()
@db_option()
def search_command(query, site, since, until, limit, fmt, db_path) -> None:
    """Full-text search of titles and texts.

    QUERY uses SQLite FTS5 syntax: words, "exact phrase", AND, OR, NOT, prefix*.
    """
    with Archive.open(db_path) as archive:
        rows = search(archive, query, make_filters(site, since, until), limit)
    if not rows and fmt == "table":
        click.echo(f"no articles match {query!r}", err=True)
        return
    columns = ["published_at", "site", "title", "url", "snippet"]
    write_rows(
        rows if fmt != "table" else rows,
        columns if fmt != "table" else columns[:4],
        fmt,
        sys.stdout,
    )


@cli.command()
@filter_options
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    show_default=True,
    help="Output file ('-' for standard output).",
)
@db_option()
def export(site, since, until, fmt, out, db_path) -> None:
    """Export articles (all columns, streamed) as CSV or JSON Lines."""
    if out != "-" and Path(out).resolve() == db_path.resolve():
        raise click.BadParameter("is the archive itself; choose another file", param_hint="--out")
    with Archive.open(db_path) as archive:
        rows = (decode_row(r) for r in iter_articles(archive, make_filters(site, since, until)))
        stream = click.open_file(out, "w", encoding="utf-8", lazy=False) if out != "-" else None
        target = stream or sys.stdout
        try:
            if fmt == "csv":
                count = write_csv(rows, EXPORT_COLUMNS, target)
            else:
                count = write_jsonl(rows, target)
        finally:
            if stream:
                stream.close()
    if out != "-":
        click.echo(f"exported {count} articles to {out}", err=True)


@cli.command()
@output_options()
@db_option()
def stats(fmt: str, db_path: Path) -> None:
    """Per site: articles, date coverage, share without a date, new per day, last good crawl."""
    with Archive.open(db_path) as archive:
        rows = site_stats(archive)
    columns = [
        "site",
        "articles",
        "first_published",
        "last_published",
        "without_date",
        "share_without_date",
        "new_per_day",
        "last_ok_crawl",
        "urls_seen",
    ]
    if not rows and fmt == "table":
        click.echo("the archive has no articles yet", err=True)
        return
    write_rows(rows, columns, fmt, sys.stdout)


@cli.command()
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 10000))
@output_options()
@db_option()
def runs(limit: int, fmt: str, db_path: Path) -> None:
    """The most recent crawls: when, which sites, counts and status."""
    with Archive.open(db_path) as archive:
        rows = recent_runs(archive, limit)
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
        "articles_gone",
        "errors",
    ]
    if fmt != "table":
        columns += ["error_kinds", "message"]
    write_rows(rows, columns, fmt, sys.stdout)


@cli.command()
@click.option(
    "--min-sites",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Only stories carried by at least this many sites.",
)
@click.option(
    "--min-members",
    default=2,
    show_default=True,
    type=click.IntRange(1),
    help="Only stories with at least this many publications.",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only stories whose origin was published on or after this day.",
)
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(1))
@output_options()
@db_option()
def clusters(min_sites, min_members, since, limit, fmt, db_path) -> None:
    """Stories published more than once: origin, title, date, members and sites."""
    from scraper.stories.queries import list_clusters

    with Archive.open(db_path) as archive:
        rows = list_clusters(
            archive, min_sites, min_members, since.date().isoformat() if since else None, limit
        )
    if not rows and fmt == "table":
        click.echo("no stories match", err=True)
        return
    columns = ["story_id", "published_at", "members", "sites", "title", "origin_url"]
    if fmt == "table":
        write_rows([{**r, "sites": ", ".join(r["sites"])} for r in rows], columns, fmt, sys.stdout)
    else:
        write_rows(rows, [*columns, "member_urls"], fmt, sys.stdout)


@cli.command()
@click.argument("url")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@db_option()
def history(url: str, fmt: str, db_path: Path) -> None:
    """Versions, edits and takedown of one article (any URL it was seen at)."""
    from scraper.stories.queries import article_history

    with Archive.open(db_path) as archive:
        record = article_history(archive, url)
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"{record['url']}  ({record['site']}, story {record['story_id']})")
    click.echo(f"first seen {record['first_seen_at']}")
    for version in record["versions"]:
        until = version["replaced_at"] or "current"
        click.echo(f"\nversion {version['version']}: fetched {version['fetched_at']}, {until}")
        click.echo(f"  title: {version['title']}")
        changes = version.get("changes") or {}
        if "title" in changes:
            click.echo(f"  title changed from: {changes['title']['from']}")
        for sentence in changes.get("removed", []):
            click.echo(f"  - {sentence}")
        for sentence in changes.get("added", []):
            click.echo(f"  + {sentence}")
    for event in record["events"]:
        click.echo(f"{event['at']}  {event['event']}: {event['detail']}")
    if record["gone_at"]:
        click.echo(f"taken down: {record['gone_at']} ({record['gone_reason']}); text kept above")


# -- debugging ------------------------------------------------------------------------


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The URL the page was saved from.")
@click.option(
    "--site", "site_name", help="Use this site's definition (default: the one serving --url)."
)
@click.option("--fetched-at", help="When the page was fetched (ISO 8601); default now.")
def extract(file: Path, url: str, site_name: str | None, fetched_at: str | None) -> None:
    """Extract one saved page and print its record as JSON (for debugging)."""
    from w3lib.encoding import html_to_unicode

    from scraper.extract import NotAnArticle, extract_article

    if not url.startswith(("http://", "https://")) or not site_host(url):
        raise click.BadParameter(
            "must be a web address such as https://mci.life/judul/", param_hint="--url"
        )
    try:
        site = get_site(site_name) if site_name else site_for_url(url)
    except UnknownSiteError as exc:
        raise click.BadParameter(exc.args[0], param_hint="--site") from None
    when = datetime.now(timezone.utc)
    if fetched_at:
        try:
            when = parse_iso(fetched_at)
        except ValueError:
            raise click.BadParameter("not an ISO 8601 time", param_hint="--fetched-at") from None
    _encoding, html = html_to_unicode(None, file.read_bytes())
    result = extract_article(html, url, when, site=site)
    if isinstance(result, NotAnArticle):
        raise click.ClickException(f"not an article: {result.reason}")
    record = result.to_dict()
    record.pop("seen_urls")
    record.pop("source_modified")
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("text")
@click.option("--reference", help="'Now' for the text (ISO 8601), e.g. the publication time.")
@click.option("--tz", help="The site's time zone for a text with no zone, e.g. Asia/Makassar.")
def dates(text: str, reference: str | None, tz: str | None) -> None:
    """Parse one Indonesian date string and print it as ISO 8601."""
    from scraper.dates import parse_date, to_iso

    ref = None
    if reference:
        try:
            ref = parse_iso(reference)
        except ValueError:
            raise click.BadParameter(
                "not an ISO 8601 date or time", param_hint="--reference"
            ) from None
    if tz:
        _check_zone(tz, "--tz")
    if ref is None:
        # "Now" for relative dates: this second, in the site's zone when one is given.
        from zoneinfo import ZoneInfo

        ref = datetime.now(timezone.utc).replace(microsecond=0)
        if tz:
            ref = ref.astimezone(ZoneInfo(tz))
    value = parse_date(text, reference=ref, tz=tz)
    if value is None:
        click.echo(f"no date found in {text!r}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(to_iso(value))


@cli.command()
@click.option("--port", default=8765, show_default=True, help="Port for the sample site.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@db_option("data/demo.db")
def demo(port: int, quiet: bool, db_path: Path) -> None:
    """Crawl the bundled offline sample site into a fresh archive and show the result."""
    from scraper.demo import run_demo

    run_demo(db_path, port, quiet)


if __name__ == "__main__":  # pragma: no cover
    cli()
