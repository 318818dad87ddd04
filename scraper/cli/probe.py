"""``probe``: what a site with no definition runs on, and a draft definition (``--write``).

The probing and deciding are ``scraper.probe``; this module parses options, prints the
report (a table or one JSON object) and writes the file.
"""

from __future__ import annotations

import io
import json
import shlex
import sys
from pathlib import Path

import click

from scraper.cli import cli
from scraper.cli.common import EXIT_FAILED, NonEmptyPath, Seconds, UsageProblem
from scraper.output import output_options
from scraper.probe import (
    DELAY,
    MAX_REQUESTS,
    BadUrl,
    Fetcher,
    ProbeError,
    ProbeReport,
    module_name,
    probe_site,
    start_url,
    write_definition,
)
from scraper.sites import SITES_DIR_ENV, extra_sites_dir, load_sites
from scraper.urls import is_loopback


@cli.command()
@click.argument("url")
@click.option(
    "--write",
    is_flag=True,
    help="Write a definition file for review into spiders/sites/ (or --sites-dir).",
)
@click.option(
    "--sites-dir",
    type=NonEmptyPath(file_okay=False, path_type=Path),
    help=f"With --write: write into this directory instead (default: ${SITES_DIR_ENV} when "
    f"set). Commands read the definitions there when {SITES_DIR_ENV} names it.",
)
@click.option("--force", is_flag=True, help="With --write: overwrite an existing file.")
@click.option(
    "--max-requests",
    type=click.IntRange(12, 100),
    default=MAX_REQUESTS,
    show_default=True,
    help="Requests the probe may make, robots.txt and redirects included (5 of them are "
    "kept for sample articles).",
)
@click.option(
    "--delay",
    type=Seconds(),
    default=DELAY,
    show_default=True,
    help="Seconds between two requests (a longer robots.txt Crawl-delay wins); "
    "less than the default only for a site on this machine.",
)
@output_options(choices=("table", "json"))
def probe(
    url: str,
    write: bool,
    sites_dir: Path | None,
    force: bool,
    max_requests: int,
    delay: float,
    fmt: str,
) -> None:
    """Probe a site with no definition: its platform, the discovery sources that work,
    time-zone and province evidence, two or three sample articles, anything suspicious.

    Politely: robots.txt obeyed, the crawl's User-Agent, a pause between requests and at
    most --max-requests of them. --write drafts spiders/sites/<host>.py for review.
    """
    try:
        start = start_url(url)
    except BadUrl as exc:
        raise UsageProblem(str(exc)) from None
    if delay < DELAY and not is_loopback(start):
        raise click.BadParameter(
            f"politeness stays on for real hosts (at least {DELAY:g} s)", param_hint="--delay"
        )
    try:
        report = probe_site(url, Fetcher(max_requests=max_requests, delay=delay))
    except ProbeError as exc:
        raise click.ClickException(str(exc)) from None
    written = None
    if write:
        written = _write(report, sites_dir, force)
    if fmt == "json":
        data = report.to_dict()
        if written:
            data["written"] = str(written)
            data["next"] = next_steps(report, written)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render(report), nl=False)
        if written:
            click.echo(f"\nWrote {_shown(written)}. Next:")
            for step in next_steps(report, written):
                click.echo(f"  {step}")
        elif report.articles:
            click.echo(f"\nTo draft its definition: newsarchive probe {url} --write")


def _write(report: ProbeReport, sites_dir: Path | None, force: bool) -> Path:
    if not report.articles:
        click.echo(render(report), nl=False, err=True)
        click.echo("Error: nothing written: no article was found (see above)", err=True)
        sys.exit(EXIT_FAILED)
    directory = sites_dir or extra_sites_dir() or _catalogue_dir()
    target = directory / f"{module_name(report.name)}.py"
    try:
        if not target.exists() and report.name in load_sites():
            # A name defined twice stops every command (load_sites).
            raise click.ClickException(
                f"{report.name} is already defined (see 'newsarchive sites'); "
                f"crawl it with 'newsarchive crawl {report.name}'"
            )
        return write_definition(report, directory, force=force)
    except FileExistsError as exc:
        raise click.ClickException(str(exc)) from None


def _catalogue_dir() -> Path:
    import spiders.sites

    return Path(spiders.sites.__file__).parent


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def next_steps(report: ProbeReport, written: Path) -> list[str]:
    """What to do with the draft: review, crawl, commit (or move into the catalogue)."""
    name, shown = report.name, _shown(written)
    in_catalogue = written.parent.resolve() == _catalogue_dir().resolve()
    # A draft outside the catalogue is read only where NEWSARCHIVE_SITES_DIR names its
    # folder. The step names it even when this shell exports it already: left out, the
    # command copied into a new shell (or a cron line) said "unknown site".
    env = "" if in_catalogue else f"{SITES_DIR_ENV}={shlex.quote(_shown(written.parent))} "
    # A site on this machine is crawled politely like any other unless told otherwise
    # (a newcomer's first crawl of a test site took twice as long: helper-46's trial).
    fast = " --unthrottled-loopback" if is_loopback(report.base_url) else ""
    steps = [
        f"review {shown}: owner, province and zone, a description (its docstring says "
        "what the probe saw)",
        f"{env}newsarchive crawl {name} --db data/try.db{fast}",
    ]
    golden = "a golden page of one of its articles (README, 'Adding a site')"
    if in_catalogue:
        steps.append(f"add {golden}")
        steps.append(f'git add {shown} tests/golden && git commit -m "Add source {name}"')
    else:
        steps.append(f"move it into spiders/sites/ and commit it, once reviewed, with {golden}")
    return steps


def render(report: ProbeReport) -> str:
    """The report as text: decisions with their evidence, sources, samples, warnings."""
    out = io.StringIO()
    out.write(
        f"probe {report.url}: {report.requests} requests in {report.seconds:g} s\n"
        f"name       {report.name}\nbase URL   {report.base_url}\n"
    )
    decisions = [
        ("platform", report.platform),
        ("time zone", report.timezone),
        ("province", report.province),
        ("owner", report.owner),
    ]
    for label, decision in decisions:
        strength = f" ({decision.strength})" if decision.strength else ""
        out.write(f"{label:<10} {decision.value or '-'}{strength}\n")
        for line in decision.evidence:
            out.write(f"{'':<13}{line}\n")
    out.write(f"\ndiscovery (the definition lists {', '.join(report.discovery)})\n")
    for source in report.sources:
        state = "works" if source.works else "no"
        out.write(f"  {source.method:<8} {state:<5}  {source.summary}\n")
        if not source.works and source.asked:
            out.write(f"{'':<19}asked: {', '.join(source.asked)}\n")
    if report.start_paths:
        out.write(f"  start paths: {', '.join(report.start_paths)}\n")
    out.write("\nsamples\n")
    for sample in report.samples:
        if sample.problem:
            out.write(f"  ({sample.problem})\n")
        else:
            when = sample.published_at or "no date"
            out.write(f"  {when}  {sample.chars} chars  {sample.title}\n")
        out.write(f"      {sample.url}\n")
    if not report.samples:
        out.write("  none read\n")
    out.write("\nsuspicious: " + ("none\n" if not report.suspicious else "\n"))
    for line in report.suspicious:
        out.write(f"  - {line}\n")
    return out.getvalue()
