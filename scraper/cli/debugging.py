"""Debugging one page or one date: ``extract`` and ``dates``."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

import click

from scraper.cli import cli
from scraper.cli.common import (
    EXIT_FAILED,
    NON_EMPTY_TEXT,
    check_zone,
    db_option,
    parse_iso,
)
from scraper.sites import UnknownSiteError, get_site, site_for_url
from scraper.urls import site_host

# How files that are no web page begin: PDF, SQLite, zip (docx, xlsx), PNG, JPEG, GIF.
_FILE_SIGNATURES = (
    b"%PDF-",
    b"SQLite format 3\0",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The URL the page was saved from.")
@click.option(
    "--site",
    "site_name",
    type=NON_EMPTY_TEXT,
    help="Use this site's definition (default: the one serving --url).",
)
@click.option(
    "--fetched-at",
    help="When the page was fetched (ISO 8601; UTC unless it has an offset); default now.",
)
@click.option(
    "--tz",
    type=NON_EMPTY_TEXT,
    help="The site's time zone for times the page prints without one: Asia/Makassar or "
    "WITA, Asia/Jakarta or WIB, Asia/Jayapura or WIT (default: the site definition's).",
)
def extract(
    file: Path, url: str, site_name: str | None, fetched_at: str | None, tz: str | None
) -> None:
    """Extract one saved page and print its record as JSON (for debugging).

    The record includes the police-news entities the crawl stores: primary_unit,
    region, province, topics, and under ``entities`` every unit, person and place.

    A page judged not an article still gets its record, with ``not_article`` saying
    why (exit status 0): what the crawl would have stored, and why it did not.
    """
    from scraper.extract import NotAnArticle
    from scraper.extract.charset import decode_page
    from scraper.reading import add_entities, read_page

    if not url.startswith(("http://", "https://")) or not site_host(url):
        raise click.BadParameter(
            "must be a web address such as https://mci.life/judul/", param_hint="--url"
        )
    try:
        site = get_site(site_name) if site_name else site_for_url(url)
    except UnknownSiteError as exc:
        raise click.BadParameter(exc.args[0], param_hint="--site") from None
    if tz:
        # A page saved from a site with no definition, read in its zone as `crawl --url
        # … --tz` reads it (helper-106: only another site's --site gave a zone).
        site = dataclasses.replace(site, timezone=check_zone(tz, "--tz"))
    when = datetime.now(timezone.utc)
    if fetched_at:
        try:
            when = parse_iso(fetched_at)
        except ValueError:
            raise click.BadParameter("not an ISO 8601 time", param_hint="--fetched-at") from None
        # fetched_at is UTC in the archive: a time without an offset is read as UTC.
        when = when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when
        try:
            when = when.astimezone(timezone.utc)
        except OverflowError:
            # 0001-01-01T00:00+05:00 is a time before year 1 in UTC: a traceback.
            raise click.BadParameter(
                "out of range (before year 1 or after 9999 in UTC)", param_hint="--fetched-at"
            ) from None
    body = file.read_bytes()
    if not body.strip():
        raise click.ClickException(f"nothing to extract: {file} is empty")
    head = body[:8192]
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\0\t\n\r")
    if controls * 50 > len(head) or head.lstrip().startswith(_FILE_SIGNATURES):
        # Over 2% control bytes: binary data (an image, a zip…: about 11%), which the
        # crawl never reads (it skips a response that is not text/html); a PDF or an
        # SQLite file can start with text, but says what it is. A few stray control
        # bytes are a pasted form feed; decode_html blanks those, as a browser does.
        raise click.ClickException(
            f"nothing to extract: {file} is not an HTML page (binary data, e.g. an image); "
            "give the page's saved HTML source"
        )
    html, encoding = decode_page(body)  # as the crawl's workers decode it
    # What a crawl's worker does with the page: spam blocks cut, spam judged, entities.
    reading = read_page(html, url, True, site, when.isoformat(), encoding=encoding)
    result = reading.result
    if result is None:
        # A variant (AMP, print, page 1 of a split article): the crawl reads the page
        # its canonical names; reading this one as that page is the user's call.
        canonical = urljoin(url, (reading.links.canonical or "").strip())
        raise click.ClickException(
            f"nothing to extract: its rel=canonical names another page ({canonical}), "
            f"where a crawl reads the article; --url '{canonical}' reads this file as it"
        )
    reason = result.reason if isinstance(result, NotAnArticle) else None
    record = result.record if isinstance(result, NotAnArticle) else result
    if record is None:
        raise click.ClickException(f"nothing to extract: {reason}")
    if isinstance(result, NotAnArticle):
        add_entities(record, site)  # read_page adds them to articles only
    shown = record.to_dict()
    shown.pop("seen_urls")
    shown.pop("source_modified")
    shown.pop("read_from_container")  # the crawl's template bookkeeping
    shown.pop("template_report")
    shown["not_article"] = reason
    click.echo(json.dumps(shown, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("text")
@click.option("--reference", help="'Now' for the text (ISO 8601), e.g. the publication time.")
@click.option("--tz", help="The site's time zone for a text with no zone, e.g. Asia/Makassar.")
def dates(text: str, reference: str | None, tz: str | None) -> None:
    """Parse one Indonesian date string and print it as ISO 8601."""
    from scraper.dates import find_dates, parse_date, to_iso

    ref = None
    if reference:
        try:
            ref = parse_iso(reference)
        except ValueError:
            raise click.BadParameter(
                "not an ISO 8601 date or time", param_hint="--reference"
            ) from None
    if tz:
        tz = check_zone(tz, "--tz")
    if ref is None:
        # "Now" for relative dates: this second.
        ref = datetime.now(timezone.utc).replace(microsecond=0)
    if tz and ref.tzinfo is not None:
        # In the site's zone: "kemarin, 15:20" is yesterday on the site's clock
        # (helper-106: a UTC --reference gave a Jayapura "kemarin, 15:20" at +00:00).
        from zoneinfo import ZoneInfo

        ref = ref.astimezone(ZoneInfo(tz))
    # A text that prints no zone keeps none without --tz, as a page's own values do: the
    # reference's (UTC, when none was given) is no zone of the text's (helper-106:
    # "Jumat, 10 November 2023 14:30" came out at +00:00). Relative stamps are instants.
    value = parse_date(text, reference=ref, tz=tz, reference_zone=False)
    if value is None:
        click.echo(f"no date found in {text!r}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(to_iso(value))
    found = find_dates(text, reference=ref, tz=tz, reference_zone=False)
    # The weekday a text prints that its date is not ("jumat (10/11)" of this year, a
    # Tuesday): said, since a date without a year is read against --reference.
    conflict = next((f.conflict for f in found if f.value == value), None)
    if conflict:
        yearless = not reference and not re.search(r"\b(?:1[89]|20)\d\d\b", text)
        hint = " (read as this year's: give --reference, e.g. the publication time)"
        click.echo(f"note: {conflict}{hint if yearless else ''}", err=True)


@cli.command()
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port for the sample site (0: any free port).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@db_option("data/demo.db")
def demo(port: int, quiet: bool, db_path: Path) -> None:
    """Crawl the bundled offline sample site into a fresh archive and show the result."""
    from scraper.demo import run_demo

    run_demo(db_path, port, quiet)


if __name__ == "__main__":  # pragma: no cover
    cli()
