"""Crawling: ``crawl`` and ``sites``."""

from __future__ import annotations

import dataclasses
import json
import signal
import sys
from pathlib import Path

import click

from scraper.archive import Archive
from scraper.archive.store import is_empty_file
from scraper.cli import cli
from scraper.cli.common import (
    DAY,
    EXIT_CONFIG,
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_PARTIAL,
    NON_EMPTY_TEXT,
    NonEmptyPath,
    UsageProblem,
    check_redis_url,
    check_zone,
    db_option,
)
from scraper.output import output_options, write_rows
from scraper.settings import UNTHROTTLED, check_distributed_overrides, check_overrides
from scraper.sites import SiteDefinition, UnknownSiteError, get_site, load_sites, select_sites
from scraper.urls import is_loopback, site_host


def parse_settings(values: tuple[str, ...]) -> dict:
    settings = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {value!r}", param_hint="-s")
        if raw.lower() in ("true", "false"):  # Scrapy's users write True and False too
            settings[key] = raw.lower() == "true"
            continue
        try:
            settings[key] = json.loads(raw)
        except ValueError:
            settings[key] = raw
    return settings


def check_archive_folder(db_path: Path) -> None:
    """Refuse a ``--db`` whose folder does not exist. A crawl creates the archive's file
    (a first crawl starts an archive), but not its folder: a typo in a cron line's path
    ("--db dta/archive.db") made the folder, started a new archive and crawled every
    site in full, night after night, with exit 0. (An export makes its ``--out``'s
    folders: a typo there loses nothing.)"""
    if str(db_path) == ":memory:":
        # SQLite's in-memory database: each of the crawl's processes opened its own, the
        # crawl failed with "no archive at :memory:" and left ":memory:.lock" and
        # ":memory:-warc" behind in the working folder.
        raise UsageProblem(
            "--db :memory: is SQLite's in-memory database, which the crawl's processes "
            "cannot share and which is gone when it ends: give a file, e.g. --db "
            "data/archive.db"
        )
    folder = Path(db_path).parent
    if folder.is_dir():
        return
    if folder.exists():
        raise UsageProblem(f"the archive's folder {folder} is a file, not a folder: correct --db")
    if str(folder).startswith("~"):
        # Quoted in a shell or a cron line, "~/arsip/x.db" reaches us as it is.
        raise UsageProblem(
            f"the archive's folder {folder} does not exist: the shell did not expand its"
            " '~' (it was quoted); write --db as $HOME/… or a path without '~'"
        )
    raise UsageProblem(
        f"the archive's folder {folder} does not exist: correct --db, or create the folder"
        f" first (mkdir -p {folder}); a crawl creates the archive, not its folder"
    )


def run_and_report(
    sites: list[SiteDefinition],
    db_path: Path,
    settings: dict,
    quiet: bool,
    redis: str | None = None,
    fetch: bool = True,
) -> None:
    from scraper.crawl import CrawlLocked, run_crawl

    check_archive_folder(db_path)
    progress = not quiet and sys.stderr.isatty()
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        if redis:
            from scraper.cluster.run import run_distributed_crawl

            workers = settings.get("NEWSARCHIVE_WORKERS")
            summary = run_distributed_crawl(
                sites, db_path, redis, settings, fetch=fetch, workers=workers
            )
        else:
            summary = run_crawl(sites, db_path, settings, progress=progress)
    except CrawlLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except RuntimeError as exc:
        if type(exc).__name__ != "RedisUnavailable":
            raise
        click.echo(f"Error: {exc} (is Redis running at {redis}?)", err=True)
        sys.exit(EXIT_FAILED)
    except Exception as exc:
        if not redis or not type(exc).__module__.startswith("redis"):
            raise
        # Redis answered but refused (a database number it does not have): settings.
        click.echo(f"Error: Redis at {redis} refused: {exc}", err=True)
        sys.exit(EXIT_CONFIG)
    except KeyboardInterrupt:
        click.echo("Error: crawl interrupted; committed articles are kept", err=True)
        sys.exit(EXIT_FAILED)
    finally:
        signal.signal(signal.SIGTERM, previous)
    click.echo(summary.line())
    if not quiet and summary.raw_pages_line():
        click.echo(summary.raw_pages_line())
    if not quiet:
        for line in summary.crawl_delay_lines():
            click.echo(line)
    for line in summary.site_lines:
        # The run's status covers every site: say which one failed (stderr, for cron).
        click.echo(f"site {line}", err=True)
    if summary.status in ("failed", "interrupted"):
        click.echo(f"Error: {summary.message}", err=True)
        sys.exit(EXIT_FAILED)
    if summary.status == "partial":
        click.echo(f"Warning: {summary.message} (see 'newsarchive runs')", err=True)
        sys.exit(EXIT_PARTIAL)


def _terminate(signum, frame) -> None:
    """SIGTERM (cron's ``timeout``, systemd stop) ends a crawl like Ctrl-C."""
    raise KeyboardInterrupt


def learned_zone(db_path: Path, site: str) -> tuple[str, str] | None:
    """The zone a site's pages showed in earlier crawls into this archive, if agreed."""
    if not db_path.exists() or is_empty_file(db_path):
        return None  # a new archive (an empty file is one: the crawl makes it)
    with Archive.open(db_path) as archive:
        return archive.learned_zone(site)


def catalogue_filters(func):
    """``--province``, ``--owner``, ``--platform``: a selection from the site catalogue."""
    func = click.option(
        "--platform", type=NON_EMPTY_TEXT, help="Only sites on this platform (wordpress, odoo…)."
    )(func)
    func = click.option(
        "--owner",
        type=NON_EMPTY_TEXT,
        help="Only sites run by: polri, polda, polres, pemda, media, aggregator…",
    )(func)
    func = click.option(
        "--province", type=NON_EMPTY_TEXT, help="Only sites of a province, e.g. kalsel."
    )(func)
    return func


def _catalogue_hint(province: str | None, owner: str | None, platform: str | None) -> str:
    """The catalogue options given, as an error names them: ``--province`` alone for
    ``--province atlantis`` ("--province/--owner/--platform" named two never given)."""
    given = [
        f"--{n}" for n, v in (("province", province), ("owner", owner), ("platform", platform)) if v
    ]
    return "/".join(given) or "--province/--owner/--platform"


def _select(province: str | None, owner: str | None, platform: str | None) -> list:
    try:
        return select_sites(province, owner, platform)
    except UnknownSiteError as exc:
        hint = f"--{exc.field}" if exc.field else _catalogue_hint(province, owner, platform)
        raise click.BadParameter(exc.args[0], param_hint=hint) from None


@cli.command()
@click.argument("names", nargs=-1)
@click.option(
    "--url",
    "base_url",
    type=NON_EMPTY_TEXT,
    help="Crawl a site that has no definition, from its base URL.",
)
@click.option("--all", "all_sites", is_flag=True, help="Crawl every defined site.")
@catalogue_filters
@click.option(
    "--tz",
    type=NON_EMPTY_TEXT,
    help="Time zone of a --url site: Asia/Jakarta or WIB, Asia/Makassar or WITA, "
    "Asia/Jayapura or WIT. Default: the zone the site's own pages showed in earlier crawls "
    "into this archive; until known, each time keeps the offset the page gave.",
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
    type=DAY,
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
    help="No politeness delay, 16 parallel requests and short waits before retries, for a "
    "site served on this machine (127.0.0.1, localhost) such as a benchmark; refused for "
    "any other host.",
)
@click.option(
    "--redis",
    metavar="URL",
    help="Crawl with many workers over a shared frontier in Redis (redis://HOST:PORT/DB): "
    "this process writes the archive; 'newsarchive worker --redis URL' on any host fetches.",
)
@click.option(
    "--no-fetch",
    is_flag=True,
    help="With --redis: only read the discovery sources and write; leave fetching to workers.",
)
@click.option(
    "--warc/--no-warc",
    default=None,
    help="Keep every fetched page as WARC, each article pointing at its page (default: on; "
    "see 'newsarchive reextract').",
)
@click.option(
    "--warc-dir",
    type=NonEmptyPath(file_okay=False, path_type=Path),
    help="Where the WARC files go [default: a folder beside the archive, data/archive-warc].",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line and errors.")
@db_option()
def crawl(
    names,
    base_url,
    all_sites,
    province,
    owner,
    platform,
    tz,
    settings,
    full,
    since,
    workers,
    unthrottled_loopback,
    redis,
    no_fetch,
    warc,
    warc_dir,
    quiet,
    db_path,
) -> None:
    """Crawl named sites (see 'sites'), every defined site (--all, alone) or any site (--url).

    Nightly runs are incremental: known articles are fetched again only when the
    sitemap, feed or API says they changed, or when their revisit is due.
    """
    # Settings first: a misspelt or impossible one is refused before anything is opened.
    overrides = parse_settings(settings)
    try:
        check_overrides(overrides)
        if redis:
            check_distributed_overrides(overrides)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="-s") from None
    if tz and not base_url:
        raise click.BadParameter(
            "only with --url (a defined site has its zone in its definition)", param_hint="--tz"
        )
    if all_sites:
        # The README's alternatives: --all crawled the --url site, the names or the
        # province's sites and every defined site besides.
        chosen = [
            what
            for what, given in (
                ("site names", names),
                ("--url", base_url),
                (_catalogue_hint(province, owner, platform), province or owner or platform),
            )
            if given
        ]
        if chosen:
            raise UsageProblem(
                f"--all crawls every defined site: give it without {' or '.join(chosen)}"
            )
    sites: list[SiteDefinition] = []
    if base_url:
        if not base_url.startswith(("http://", "https://")) or not site_host(base_url):
            raise click.BadParameter(
                "must be a web address such as https://polres-contoh.id/", param_hint="--url"
            )
        if tz:
            tz = check_zone(tz)
        site = SiteDefinition.for_url(base_url, timezone=tz)
        if not tz:
            learned = learned_zone(db_path, site.name)
            if learned:
                site = dataclasses.replace(site, timezone=learned[0])
                if not quiet:
                    click.echo(
                        f"{site.name}: times read in {learned[0]}, learned from its pages "
                        f"in earlier crawls: {learned[1]} (--tz overrides)"
                    )
        sites.append(site)
    if all_sites:
        sites.extend(load_sites().values())
    if province or owner or platform:
        selected = _select(province, owner, platform)
        if not selected:
            raise click.BadParameter(
                "no defined site matches (see 'newsarchive sites')",
                param_hint=_catalogue_hint(province, owner, platform),
            )
        sites.extend(selected)
    try:
        sites.extend(get_site(name) for name in names)
    except UnknownSiteError as exc:
        raise click.BadParameter(exc.args[0], param_hint="NAMES") from None
    if not sites:
        raise click.UsageError("name a site, or give --all or --url (see 'newsarchive sites')")
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
    if warc is not None:
        overrides["NEWSARCHIVE_WARC"] = warc
    if warc_dir is not None:
        overrides["NEWSARCHIVE_WARC_DIR"] = str(warc_dir)
    if no_fetch and not redis:
        raise click.BadParameter("only with --redis", param_hint="--no-fetch")
    if redis is not None:
        # An empty one too: `--redis "$REDIS"` with REDIS unset ran a local crawl.
        check_redis_url(redis)
    run_and_report(sites, db_path, overrides, quiet, redis=redis, fetch=not no_fetch)


@cli.command()
@catalogue_filters
@output_options()
@db_option()
def sites(province, owner, platform, fmt: str, db_path: Path) -> None:
    """List the sites that have a definition (with article counts when the archive exists)."""
    counts: dict[str, int] = {}
    if db_path.exists():
        with Archive.open(db_path) as archive:
            counts = dict(archive.db.execute("select site, count(*) from articles group by site"))
    rows = [
        {
            "name": s.name,
            "base_url": s.base_url,
            "platform": s.platform,
            "timezone": s.timezone,
            "province": s.province or "",
            "owner": s.owner,
            "verified": s.verified,
            "articles": counts.get(s.name, 0),
            "source": s.source,
        }
        for s in _select(province, owner, platform)
    ]
    columns = ["name", "base_url", "platform", "timezone", "province", "owner", "verified"]
    columns += ["articles", "source"] if fmt != "table" else ["articles"]
    write_rows(rows, columns, fmt, sys.stdout)
