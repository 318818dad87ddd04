"""Health per source, end to end: four sample sites crawled for ten nights into one archive.

Every night each site publishes three posts (``SiteControl``), and one crawl reads all
four. From night 6 one site stops publishing, one loses its feed (404), one gets a
headless front end that hides its article bodies from extraction; the fourth stays
healthy. Each must be flagged when its trouble shows, with evidence, and the healthy
one never. All on 127.0.0.1, unthrottled.

Then sites that cannot be reached: a port nobody listens on, crawled three times, and a
site that answered one night and was gone the next. Each is flagged ``unreachable``
from its first failed crawl, with how many crawls in a row failed and since when.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from scraper.archive import Archive
from scraper.archive.store import RunCounts
from scraper.cli import cli
from scraper.crawl import run_crawl
from scraper.health import DEFAULTS, HealthSettings, SiteRun, unreachable
from scraper.health.flags import (
    evaluate,
    sent_elsewhere,
    silent,
    site_status,
    suspicious_content,
)
from scraper.samplesite import serve_site
from scraper.samplesite.nightly import SiteControl
from scraper.samplesite.router import ALL_FEATURES
from scraper.settings import UNTHROTTLED
from scraper.sites import SiteDefinition

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=135)

NIGHTS = 10
CHANGE = 6  # the night things go wrong
SITES = ("healthy", "silent", "feedless", "retheme")
# Crawl settings for these loopback sites: unthrottled, no raw pages, and retries after
# 0.05 s rather than 0.5 s then 1 s (each night's twice-503 post, and a closed port's
# three tries per URL, are still retried as often; only the waits are shorter, which
# took ~1.5 s of every one of the 10 nights and ~3 s of every failed crawl).
FAST = {**UNTHROTTLED, "NEWSARCHIVE_WARC": False, "RETRY_BACKOFF_BASE": 0.05}
# The ten nights' history (the nights before CHANGE) and the crawls of the tests after
# them, whose point is a site that cannot be reached or serves no page, extract inline:
# starting the pool of extraction workers took ~2 s of each of these 22 crawls, and
# tests/test_workers.py shows that a crawl with workers stores what an inline one does.
# The nights from CHANGE keep the workers: the flags they raise (extraction_drift from
# the text read) come from what the workers read.
INLINE = {**FAST, "NEWSARCHIVE_WORKERS": 0}


@pytest.fixture(scope="module")
def ten_nights(tmp_path_factory):
    db = tmp_path_factory.mktemp("health") / "archive.db"
    controls = {name: SiteControl(night=0, first=12, per_night=3) for name in SITES}
    flags: list[dict[str, list[dict]]] = []  # per night: site name -> flags raised
    with ExitStack() as stack:
        bases = {
            name: stack.enter_context(serve_site(scale=40, seed=i, control=controls[name]))
            for i, name in enumerate(SITES)
        }
        sites = [SiteDefinition.for_url(bases[n], timezone="Asia/Makassar") for n in SITES]
        names = {site.name: name for site, name in zip(sites, SITES)}
        for night in range(NIGHTS):
            for name, control in controls.items():
                if name != "silent" or night < CHANGE:
                    control.night = night
            if night == CHANGE:
                controls["feedless"].features = ALL_FEATURES - {"feed"}
                controls["retheme"].headless = 2
            # The history nights extract inline (INLINE); from the night things go
            # wrong, when the flags are raised, the workers read the pages.
            summary = run_crawl(sites, db, INLINE if night < CHANGE else FAST)
            assert summary.status == "ok", summary.line()
            flags.append(_flags_of_run(db, summary.run_id, names))
        yield {"db": db, "flags": flags, "bases": bases, "names": names}


def _flags_of_run(db, run_id: int, names: dict[str, str]) -> dict[str, list[dict]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "select site, flag, message, evidence from health_flags where run_id = ?", [run_id]
        ).fetchall()
    finally:
        conn.close()
    out: dict[str, list[dict]] = {name: [] for name in names.values()}
    for site, flag, message, evidence in rows:
        out[names[site]].append(
            {"flag": flag, "message": message, "evidence": json.loads(evidence)}
        )
    return out


def raised(ten_nights, site: str) -> list[tuple[int, str]]:
    return [(n, f["flag"]) for n, night in enumerate(ten_nights["flags"]) for f in night[site]]


def test_a_healthy_site_gets_no_flag_in_ten_nights(ten_nights):
    assert raised(ten_nights, "healthy") == []


def test_a_site_whose_feed_starts_answering_404_is_flagged_that_night(ten_nights):
    assert raised(ten_nights, "feedless")[0] == (CHANGE, "broken_discovery")
    assert all(flag == "broken_discovery" for _, flag in raised(ten_nights, "feedless"))
    (flag,) = ten_nights["flags"][CHANGE]["feedless"]
    (source,) = flag["evidence"]["sources"]
    assert source["source"] == "feed"
    base = ten_nights["bases"]["feedless"]
    assert source["now"] == {"http_404": [f"{base}feed/"]}
    assert source["worked_in"] == "5 of the last 5 crawls"
    assert source["urls_before"] > 0
    assert f"http_404 {base}feed/" in flag["message"]


def test_a_site_whose_new_theme_hides_the_body_is_flagged_that_night(ten_nights):
    assert raised(ten_nights, "retheme")[0] == (CHANGE, "extraction_drift")
    (flag,) = ten_nights["flags"][CHANGE]["retheme"]
    signals = {s["signal"]: s for s in flag["evidence"]["signals"]}
    text = signals["median_text_chars"]
    assert text["now"] < 0.5 * text["usual"] and text["usual"] > 1000
    assert flag["evidence"]["articles_read"] == 3
    assert "median text" in flag["message"]


def test_a_site_that_goes_silent_is_flagged_once_silent_for_three_usual_gaps(ten_nights):
    # It brought new articles every night until night 5: its usual gap is one crawl, so
    # the fourth quiet crawl (night 9) is more than three gaps.
    assert raised(ten_nights, "silent") == [(9, "silent")]
    (flag,) = ten_nights["flags"][9]["silent"]
    evidence = flag["evidence"]
    assert evidence["quiet_crawls"] == 4 and evidence["usual_gap_crawls"] == 1
    assert evidence["crawls_with_new_articles"] == CHANGE
    assert "no new article in 4 crawls" in flag["message"]


def test_health_command_reports_the_latest_crawl_and_exits_4(ten_nights):
    db, names = ten_nights["db"], ten_nights["names"]
    result = CliRunner().invoke(cli, ["health", "--db", str(db)])
    assert result.exit_code == 4, result.output
    lines = result.output.splitlines()
    assert lines[-1].startswith("health: 4 sites, 1 flagged (silent 1)")
    silent_site = next(site for site, name in names.items() if name == "silent")
    assert any(line.startswith(f"{silent_site}: silent: no new article") for line in lines)
    as_json = CliRunner().invoke(cli, ["health", "--db", str(db), "--format", "json"])
    assert as_json.exit_code == 4
    rows = {row["site"]: row for row in json.loads(as_json.stdout)}
    assert set(rows) == set(names)
    assert [f["flag"] for f in rows[silent_site]["flags"]] == ["silent"]
    healthy = next(site for site, name in names.items() if name == "healthy")
    assert rows[healthy]["flags"] == [] and rows[healthy]["articles_new"] == 3
    assert rows[healthy]["discovery"]["feed"]["ok"] >= 1


def test_stats_shows_the_flags(ten_nights):
    db, names = ten_nights["db"], ten_nights["names"]
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    health = {row["site"]: row["health"] for row in json.loads(result.stdout)}
    assert {names[s]: [f["flag"] for f in flags] for s, flags in health.items()} == {
        "healthy": [],
        "silent": ["silent"],
        "feedless": [],
        "retheme": [],
    }


# -- sites that cannot be reached ----------------------------------------------------


def _closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _health(db) -> tuple[int, list[dict], list[str]]:
    """``health`` as JSON and as a table: exit code, rows, the table's lines."""
    as_json = CliRunner().invoke(cli, ["health", "--db", str(db), "--format", "json"])
    table = CliRunner().invoke(cli, ["health", "--db", str(db)])
    assert table.exit_code == as_json.exit_code, table.output
    return as_json.exit_code, json.loads(as_json.stdout), table.stdout.splitlines()


def _unreachable_alone(db) -> tuple[dict, dict, list[str]]:
    """``health`` of an archive of one site flagged ``unreachable`` and nothing else
    (not ``broken_discovery`` besides): its row, its flag, the table's lines."""
    code, rows, lines = _health(db)
    assert code == 4
    (row,) = rows
    assert row["status"] == "unreachable", row
    (flag,) = row["flags"]
    assert flag["flag"] == "unreachable", row["flags"]
    return row, flag, lines


def test_a_site_whose_last_three_crawls_all_failed_is_flagged_unreachable(tmp_path):
    """The new-user trial: three crawls of a closed port, each failed, nothing fetched;
    health said ``ok`` and exited 0."""
    db = tmp_path / "archive.db"
    site = SiteDefinition.for_url(f"http://127.0.0.1:{_closed_port()}/", timezone="Asia/Makassar")
    runs = [run_crawl([site], db, INLINE) for _ in range(3)]
    assert [r.status for r in runs] == ["failed"] * 3, [r.line() for r in runs]
    code, rows, lines = _health(db)
    assert code == 4
    (row,) = rows
    assert row["site"] == site.name and row["run_id"] == runs[-1].run_id
    # The site's own status; the crawl's beside it.
    assert row["status"] == "unreachable" and row["run_status"] == "failed"
    assert row["pages_fetched"] == 0
    # The site's errors are its crawl's (they read 0 while `runs` said 1): the refused
    # connection was its home page's, which is no article page.
    assert row["errors"] == 1 and row["error_kinds"] == {"connection": 1}, row
    with sqlite3.connect(db) as conn:
        (errors,) = conn.execute(
            "select errors from crawl_runs where id = ?", [row["run_id"]]
        ).fetchone()
    assert errors == row["errors"]
    (flag,) = row["flags"]
    assert flag["flag"] == "unreachable"
    evidence = flag["evidence"]
    assert evidence["failed_crawls"] == 3
    assert evidence["runs"] == [r.run_id for r in runs]
    assert evidence["since_run"] == runs[0].run_id
    assert evidence["error_kinds"] == {"connection": 3}
    assert evidence["last_fetched_run"] is None
    assert f"no page fetched in 3 crawls in a row, since run {runs[0].run_id}" in flag["message"]
    assert "errors: connection 3" in flag["message"]
    assert any(line.startswith(f"{site.name}: unreachable: no page fetched in 3") for line in lines)
    assert lines[-1].startswith("health: 1 site, 1 flagged (unreachable 1)")


def test_one_failed_night_after_good_ones_is_flagged_and_a_dead_crawl_counts(tmp_path):
    """A site that answered, then was gone: flagged on the first failed night, citing the
    last crawl that fetched pages. A crawl whose process died records no figures (crawl.py
    closes its run as failed and nothing else): health still sees it in crawl_runs."""
    db = tmp_path / "archive.db"
    with serve_site(scale=8) as base:
        site = SiteDefinition.for_url(base, timezone="Asia/Makassar")
        good = run_crawl([site], db, INLINE)
    assert good.status == "ok", good.line()
    code, rows, _ = _health(db)
    assert code == 0 and rows[0]["flags"] == []

    gone = run_crawl([site], db, INLINE)  # the server has stopped: its port is closed
    assert gone.status == "failed", gone.line()
    code, rows, lines = _health(db)
    assert code == 4
    (flag,) = rows[0]["flags"]
    assert flag["flag"] == "unreachable" and flag["evidence"]["failed_crawls"] == 1
    assert flag["evidence"]["last_fetched_run"] == good.run_id
    assert flag["message"].startswith(f"no page fetched in the latest crawl (run {gone.run_id}, ")
    assert f"last fetched pages in run {good.run_id} (" in flag["message"]
    assert lines[-1].startswith("health: 1 site, 1 flagged (unreachable 1)")

    with Archive.open(db) as archive:
        died = archive.start_run([site.name])
        archive.finish_run(died, RunCounts(), "failed", "the crawl process died (exit code -9)")
    code, rows, _ = _health(db)
    assert code == 4
    (row,) = rows
    assert row["run_id"] == died and row["status"] == "failed"
    assert row["message"] == "the crawl process died (exit code -9)"
    (flag,) = row["flags"]
    evidence = flag["evidence"]
    assert evidence["failed_crawls"] == 2 and evidence["runs"] == [gone.run_id, died]
    assert evidence["last_fetched_run"] == good.run_id
    assert "the crawl process died (exit code -9)" in evidence["messages"]
    assert "2 crawls in a row" in flag["message"]


def test_the_unreachable_rule_counts_the_failed_crawls_in_a_row():
    def run(run_id, status, pages, kinds=None):
        return SiteRun(
            run_id=run_id,
            site="s",
            started_at=f"2026-12-0{run_id}T03:30:00+00:00",
            status=status,
            pages_fetched=pages,
            error_kinds=kinds or {},
        )

    history = [run(1, "ok", 40), run(2, "failed", 0, {"dns": 1})]
    current = run(3, "failed", 12, {"http_503": 12})  # it answered, 503 to everything
    flag = unreachable(history, current)
    assert flag.flag == "unreachable" and flag.evidence["failed_crawls"] == 2
    assert flag.message == (
        "nothing archived in 2 crawls in a row, since run 2 (2026-12-02 03:30 UTC); "
        "errors: http_503 12, dns 1; last fetched pages in run 1 (2026-12-01 03:30 UTC)"
    )
    assert unreachable(history, current, HealthSettings(unreachable_runs=3)) is None
    assert unreachable(history, run(3, "ok", 30)) is None
    died = run(3, "failed", 0)
    died.message = "the crawl process died (exit code -9)"
    assert "; the crawl process died (exit code -9); " in unreachable(history, died).message
    # Never a better crawl: "fetched no page" only when none did (helper-102: its home
    # page and feed answered every night, every article 400).
    answered = [run(1, "failed", 28, {"http_400": 18}), run(2, "failed", 28, {"http_400": 18})]
    flag = unreachable(answered[:1], answered[1])
    assert flag.message.endswith("; no crawl of it has archived anything yet")
    never = [run(1, "failed", 0, {"dns": 1})]
    assert unreachable(never, run(2, "failed", 0, {"dns": 1})).message.endswith(
        "; no crawl of it has fetched a page yet"
    )


@contextmanager
def _answering(
    port: int,
    status: int,
    body: bytes | Callable[[str], bytes] = b"",
    headers: dict[str, str] | None = None,
):
    """Every request to 127.0.0.1:``port`` answered alike: a 500 (a site whose database
    died), a redirect to one landing page (a lapsed domain), a maintenance page (``body``
    a function of the request's path)."""

    class Answer(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(status)
            for name, value in {"Content-Type": "text/html", **(headers or {})}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body(self.path) if callable(body) else body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


def test_a_site_answering_500_to_everything_in_a_crawl_of_several_is_unreachable(tmp_path):
    """The new-user trial: `crawl --all` is one run for every site, `partial` when the
    others are archived, and a site answering 500 to every request (its home page, feed,
    sitemaps, API) was flagged `broken_discovery` for a few nights, then `silent`, as if
    it had stopped publishing; never `unreachable`, which a single-site crawl raised."""
    db = tmp_path / "archive.db"
    port = _closed_port()
    with serve_site(scale=8, seed=1) as healthy_base:
        healthy = SiteDefinition.for_url(healthy_base, timezone="Asia/Makassar")
        with serve_site(port=port, scale=8, seed=2) as broken_base:
            broken = SiteDefinition.for_url(broken_base, timezone="Asia/Makassar")
            good = run_crawl([healthy, broken], db, INLINE)
        assert good.status == "ok", good.line()
        with _answering(port, 500, b"<h1>Internal Server Error</h1>"):
            bad = run_crawl([healthy, broken], db, INLINE)
    assert bad.status == "partial", bad.line()
    code, rows, lines = _health(db)
    assert code == 4
    by_site = {row["site"]: row for row in rows}
    assert by_site[healthy.name]["flags"] == []
    flags = by_site[broken.name]["flags"]
    assert flags[0]["flag"] == "unreachable", flags
    evidence = flags[0]["evidence"]
    assert evidence["error_kinds"] == {"http_500": 1}
    assert evidence["last_fetched_run"] == good.run_id
    assert flags[0]["message"].startswith(f"nothing archived in the latest crawl (run {bad.run_id}")
    assert any(line.startswith(f"{broken.name}: unreachable: nothing archived") for line in lines)


def test_a_home_page_redirected_to_another_domain_is_suspicious_from_that_night(tmp_path):
    """The new-user trial: a source whose domain lapsed and now redirects every URL to a
    gambling landing page on another domain. Its known articles are not fetched again,
    so no article page redirected: health said `ok` for three nights, then `silent`."""
    landing = b"<html><head><title>SLOT GACOR Hari Ini</title></head><body>Daftar</body></html>"
    db = tmp_path / "archive.db"
    port, parking = _closed_port(), _closed_port()
    with serve_site(port=port, scale=8) as base:
        site = SiteDefinition.for_url(base, timezone="Asia/Makassar")
        good = run_crawl([site], db, INLINE)
    assert good.status == "ok", good.line()
    assert _health(db)[0] == 0
    elsewhere = {"Location": f"http://localhost:{parking}/"}
    with _answering(port, 302, headers=elsewhere), _answering(parking, 200, landing):
        moved = run_crawl([site], db, INLINE)
    code, rows, lines = _health(db)
    # All the flags and the crawl's own summary in the message when another comes (CI
    # runs under load had two flags once, and once `unreachable` alone: the summary
    # will say which requests failed).
    said = (rows[0]["flags"], moved.line(), moved.message)
    assert code == 4, said
    assert [f["flag"] for f in rows[0]["flags"]] == ["suspicious_content"], said
    flag = rows[0]["flags"][0]
    assert {"signal": "home_redirect", "hosts": ["localhost"]} in flag["evidence"]["signals"]
    assert rows[0]["home_redirect_hosts"] == {"localhost": 1}
    assert "the home page redirects to another domain, localhost: the site moved" in flag["message"]
    assert any(line.startswith(f"{site.name}: suspicious_content: ") for line in lines)
    # The crawl itself says so (helper-119: "ok", exit 0, nothing on stderr, and the
    # night counted as the site's last good crawl): none of the site's pages was served.
    assert moved.status == "failed", said
    assert (
        f"{site.name}: none of its pages served: its home page sends readers to "
        "another domain (localhost)" in moved.message
    ), said


def night(run_id: int, **figures) -> SiteRun:
    """One crawl's figures of site "s", on day ``run_id`` of December 2026."""
    return SiteRun(
        run_id=run_id,
        site="s",
        started_at=f"2026-12-{run_id:02d}T03:30:00+00:00",
        status="ok",
        **figures,
    )


def test_a_night_sent_to_another_domain_is_no_extraction_drift():
    """helper-119: every revisited article of a site taken over redirected to a parked
    page on another domain; read as no article, they flagged ``extraction_drift`` ("not
    article share 100%") beside ``suspicious_content``."""

    normal = {"articles_new": 10, "articles_read": 10, "discovery": {"feed": {"ok": 1}}}
    history = [night(i, pages_fetched=12, **normal) for i in range(1, 6)]
    for past in history:
        past.not_article_share = 0.0
    taken = night(6, pages_fetched=12, pages_not_article=10, offsite_redirects=10,
                  home_redirect_hosts={"x.top": 1})  # fmt: skip
    taken.not_article_share = 1.0
    flags = [flag.flag for flag in evaluate(history, taken)]
    assert "extraction_drift" not in flags and "suspicious_content" in flags, flags


def test_a_site_down_or_quiet_behind_a_redirect_elsewhere_is_not_sent_elsewhere():
    """helper-121's review of ``sent_elsewhere``: a site whose home page still redirects
    to its new domain, which does not answer, is down (``unreachable``, its streak and
    error kinds), not moved; and a quiet night of a site reached through another
    domain's hop (its home page read, its known articles skipped) is ok, not failed."""

    good = [night(i, pages_fetched=12, articles_new=3, articles_read=3) for i in (1, 2, 3)]
    down = night(4, pages_fetched=0, errors=3, error_kinds={"timeout": 3},
               home_redirect_hosts={"newdomain.id": 1})  # fmt: skip
    assert not sent_elsewhere(down) and site_status(down, "partial") == "unreachable"
    assert unreachable(good, down).flag == "unreachable"
    quiet = night(4, pages_fetched=9, home_links=20, pages_skipped=8,
                  home_redirect_hosts={"consent.example": 1})  # fmt: skip
    assert not sent_elsewhere(quiet) and site_status(quiet, "ok") == "ok"
    taken = night(4, pages_fetched=11, pages_not_article=10, home_links=0,
                home_redirect_hosts={"slot.top": 1})  # fmt: skip
    assert sent_elsewhere(taken) and site_status(taken, "ok") == "failed"


def test_silent_does_not_count_crawls_where_the_site_answered_only_errors():
    """Such a crawl says nothing of whether the site publishes: it is `unreachable`."""

    def run(run_id, new, errors=0):
        return SiteRun(
            run_id=run_id,
            site="s",
            started_at=f"2026-12-{run_id:02d}T03:30:00+00:00",
            status="partial",
            pages_fetched=7,
            articles_new=new,
            pages_skipped=0 if errors else 5,
            errors=errors,
            error_kinds={"http_500": errors} if errors else {},
            discovery={"feed": {"ok": 0 if errors else 1, "urls": 0, "failed": {}}},
        )

    history = [run(i, 3) for i in range(1, 6)] + [run(i, 0, errors=1) for i in range(6, 9)]
    assert silent(history, run(9, 0, errors=1), DEFAULTS) is None
    assert unreachable(history, run(9, 0, errors=1)).evidence["failed_crawls"] == 4
    # Quiet crawls that reached the site still count.
    quiet = [run(i, 3) for i in range(1, 6)] + [run(i, 0) for i in range(6, 9)]
    assert silent(quiet, run(9, 0), DEFAULTS).flag == "silent"


# A WordPress whose database is down answers every URL with this page; behind a cache or
# a proxy, with status 200.
WP_DB_ERROR = (
    b"<!DOCTYPE html><html dir='ltr'><head><meta charset='utf-8'><title>Database Error"
    b"</title></head><body id='error-page'><div class='wp-die-message'><h1>Error "
    b"establishing a database connection</h1></div></body></html>"
)


def _site_file(folder, name: str, base: str) -> None:
    (folder / f"{name.replace('.', '_')}.py").write_text(
        "from scraper.sites import SiteDefinition\n"
        f"SITE = SiteDefinition(name={name!r}, base_url={base!r}, timezone='Asia/Makassar', "
        "platform='wordpress', owner='media-local', source='a loopback test site')\n"
    )


def test_in_a_crawl_of_several_sites_each_site_gets_its_own_status(tmp_path, monkeypatch):
    """The new-user trial: `crawl` of three sites, one answering 500 to everything, one a
    200 database-error page everywhere. The run is one row with one status (partial,
    exit 3: cron must hear that something failed), and `health` showed `partial` for the
    healthy site too, `stats` stopped moving its `last_ok_crawl`, and the database-error
    site was `ok`. Each site now has its own status, and the crawl says which failed."""
    from scraper.sites import SITES_DIR_ENV

    db, folder = tmp_path / "archive.db", tmp_path / "sites"
    folder.mkdir()
    down, no_db = _closed_port(), _closed_port()
    with ExitStack() as stack:
        base = stack.enter_context(serve_site(scale=8, seed=3))
        stack.enter_context(_answering(down, 500, b"<h1>Internal Server Error</h1>"))
        stack.enter_context(_answering(no_db, 200, WP_DB_ERROR))
        for name, url in (
            ("sehat.test", base),
            ("mati.test", f"http://127.0.0.1:{down}/"),
            ("dberror.test", f"http://127.0.0.1:{no_db}/"),
        ):
            _site_file(folder, name, url)
        monkeypatch.setenv(SITES_DIR_ENV, str(folder))
        crawl = CliRunner().invoke(
            cli,
            ["crawl", "sehat.test", "mati.test", "dberror.test", "--db", str(db), "-q"]
            + ["--unthrottled-loopback", "--no-warc", "-s", "RETRY_BACKOFF_BASE=0.05"],
        )
    assert crawl.exit_code == 3, crawl.output  # the run's own status: partial
    assert crawl.stdout.startswith("partial: sehat.test, mati.test, dberror.test — ")
    said = crawl.stderr.splitlines()
    assert said[0].startswith("site mati.test: unreachable: 7 answers, none usable (errors: ")
    assert said[1].startswith("site dberror.test: unreachable: none of its pages served: ")
    assert "sehat.test" not in crawl.stderr

    code, rows, lines = _health(db)
    assert code == 4
    by_site = {row["site"]: row for row in rows}
    assert by_site["sehat.test"]["status"] == "ok" and by_site["sehat.test"]["flags"] == []
    assert by_site["sehat.test"]["run_status"] == "partial"
    assert by_site["mati.test"]["status"] == "unreachable"
    assert [f["flag"] for f in by_site["mati.test"]["flags"]] == ["unreachable"]
    dead = by_site["dberror.test"]
    assert dead["status"] == "unreachable" and dead["home_links"] == 0
    (flag,) = dead["flags"]
    assert flag["flag"] == "unreachable", flag
    assert flag["message"].startswith("none of its pages served in the latest crawl (run 1, ")
    assert f"its home page ({len(WP_DB_ERROR)} bytes) links to none of its pages" in flag["message"]
    assert "mati.test" not in flag["message"]  # the run's message is the other sites' too
    statuses = {line.split()[0]: line.split()[4] for line in lines[2:5]}
    assert statuses == {
        "sehat.test": "ok",
        "mati.test": "unreachable",
        "dberror.test": "unreachable",
    }

    stats = CliRunner().invoke(cli, ["stats", "--db", str(db), "--format", "json"])
    assert stats.exit_code == 0, stats.output
    last_ok = {row["site"]: row["last_ok_crawl"] for row in json.loads(stats.stdout)}
    with sqlite3.connect(db) as conn:
        (finished,) = conn.execute("select finished_at from crawl_runs where id = 1").fetchone()
    assert last_ok == {"sehat.test": finished, "mati.test": None, "dberror.test": None}


def test_a_site_serving_a_database_error_page_everywhere_is_unreachable_that_night(tmp_path):
    """The new-user trial: a site that worked, then answered every URL with a 200
    "Error establishing a database connection" page, was `broken_discovery` ("empty")
    for three nights, then `silent`; never `unreachable`, and its crawl said `ok`."""
    db = tmp_path / "archive.db"
    port = _closed_port()
    nights = []
    with serve_site(port=port, scale=8, seed=4) as base:
        site = SiteDefinition.for_url(base, timezone="Asia/Makassar")
        for _ in range(3):  # a history, for broken_discovery to compare with
            nights.append(run_crawl([site], db, INLINE))
    assert [n.status for n in nights] == ["ok"] * 3, [n.line() for n in nights]
    with _answering(port, 200, WP_DB_ERROR):
        broken = run_crawl([site], db, INLINE)
    assert broken.status == "failed", broken.line()
    assert broken.message == (
        f"{site.name}: none of its pages served: its home page ({len(WP_DB_ERROR)} bytes) "
        "links to none of them and no feed, sitemap or API listed any (a database error, "
        "maintenance or parking page?)"
    )
    row, flag, lines = _unreachable_alone(db)
    assert flag["evidence"]["last_fetched_run"] == nights[-1].run_id
    assert flag["evidence"]["home_links"] == 0
    assert flag["message"].startswith(
        f"none of its pages served in the latest crawl (run {broken.run_id}, "
    )
    assert any(line.startswith(f"{site.name}: unreachable: none of its pages") for line in lines)


# A WordPress maintenance plugin's page in the site's theme: the menu links to the site's
# categories and pages, and marks the one asked for as current; every URL answers it, 200.
WP_MAINTENANCE_MENU = (
    ("/", "Beranda"),
    ("/category/berita/", "Berita"),
    ("/category/kriminal/", "Kriminal"),
    ("/category/lalu-lintas/", "Lalu Lintas"),
    ("/category/kamtibmas/", "Kamtibmas"),
    ("/tentang-kami/", "Tentang Kami"),
    ("/kontak/", "Kontak"),
)


def _wp_maintenance_page(path: str) -> bytes:
    items = "\n".join(
        f'<li id="menu-item-{i}" class="menu-item menu-item-type-taxonomy menu-item-{i}'
        + (' current-menu-item"' if href == path else '"')
        + f'><a href="{href}">{label}</a></li>'
        for i, (href, label) in enumerate(WP_MAINTENANCE_MENU, start=11)
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Situs Dalam Perbaikan &#8211; Tribrata News Tanah Laut</title>
<link rel="stylesheet" id="newsup-style-css" href="/wp-content/themes/newsup/style.css?ver=6.4.3">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="home blog wp-custom-logo">
<header class="mg-headwidget"><div class="site-branding-text">
<h1 class="site-title"><a href="/" rel="home">Tribrata News Tanah Laut</a></h1>
<p class="site-description">Berita Polres Tanah Laut</p></div>
<nav class="navbar navbar-expand-lg"><ul id="menu-utama" class="nav navbar-nav">
{items}
</ul></nav></header>
<main id="content" class="maintenance-mode"><div class="container">
<h2>Situs Sedang Dalam Perbaikan</h2>
<p>Mohon maaf, situs kami sedang menjalani pemeliharaan terjadwal untuk meningkatkan
layanan. Silakan kembali beberapa saat lagi.</p></div></main>
<footer class="footer"><p>&copy; 2024 Tribrata News Tanah Laut. Hak cipta dilindungi.</p>
</footer></body></html>""".encode()


def _under_maintenance(port: int):
    """Every URL of 127.0.0.1:``port`` answered 200 with ``_wp_maintenance_page``."""
    return _answering(port, 200, _wp_maintenance_page, {"Content-Type": "text/html; charset=UTF-8"})


def test_a_maintenance_page_that_keeps_the_themes_menu_is_none_of_the_sites_pages(tmp_path):
    """A site that worked, then answered every URL with a 200 maintenance page in its
    theme, menu included: its home page links to 6 of its pages (categories, "Kontak"),
    so `not_serving` (no link to its pages) did not fire, the pages it links were judged
    no articles, and the crawl said `ok`, health `broken_discovery`. Every page read
    answered the home page's text (the menu's current item aside): none of its pages
    served, `unreachable`."""
    db = tmp_path / "archive.db"
    port = _closed_port()
    with serve_site(port=port, scale=8, seed=5) as base:
        site = SiteDefinition.for_url(base, timezone="Asia/Makassar")
        nights = [run_crawl([site], db, INLINE) for _ in range(2)]  # a history
    assert [n.status for n in nights] == ["ok"] * 2, [n.line() for n in nights]
    home = _wp_maintenance_page("/")
    with _under_maintenance(port):
        broken = run_crawl([site], db, INLINE)
    assert broken.status == "failed", broken.line()
    assert broken.message == (
        f"{site.name}: none of its pages served: its home page ({len(home)} bytes) links to "
        "6 of them but the 5 read all answered its very text, and no feed, sitemap or API "
        "listed any (a database error, maintenance or parking page?)"
    )  # the sixth, /tentang-kami/, is known from the nights before: not fetched again
    row, flag, lines = _unreachable_alone(db)
    assert row["home_links"] == 6, row
    assert flag["evidence"]["last_fetched_run"] == nights[-1].run_id
    assert any(line.startswith(f"{site.name}: unreachable: ") for line in lines)


def test_a_page_unlike_the_home_page_is_a_site_serving_its_pages():
    """Pages answering the home page's text make a site not serving only when none
    differs and none is an article; the figures come from HomeLikeness, blind to markup."""
    from scraper.health.flags import not_serving
    from spiders.health import HomeLikeness

    def run(**figures):
        return SiteRun(run_id=1, site="a", pages_fetched=9, home_links=6, **figures)

    assert not_serving(run(pages_as_home=6, pages_not_article=2))
    assert not_serving(run(pages_as_home=6, pages_skipped=1))  # known, not fetched again
    assert not not_serving(run(pages_as_home=1, pages_unlike_home=1, pages_not_article=2))
    assert not not_serving(run(pages_as_home=6, articles_new=1))
    assert not not_serving(run(pages_as_home=6, discovery={"feed": {"ok": 1, "urls": 3}}))
    assert not not_serving(run(pages_not_article=2))  # no page compared: a quiet night
    # One link to the home page under another name ("/index.php") on a quiet night.
    assert not not_serving(run(pages_as_home=1, pages_skipped=3))
    assert not_serving(run(pages_as_home=2, pages_skipped=3))

    class Stats(dict):
        def inc_value(self, key, count=1):
            self[key] = self.get(key, 0) + count

    stats, likeness = Stats(), HomeLikeness()
    likeness.compare(stats, "a", _wp_maintenance_page("/kontak/"))  # no home page read
    likeness.read_home("a", _wp_maintenance_page("/"))
    for path in ("/category/berita/", "/kontak/"):
        likeness.compare(stats, "a", _wp_maintenance_page(path))
    likeness.compare(stats, "a", b"<html><body><h1>Berita</h1><p>Polres Tala</p></body></html>")
    likeness.compare(stats, "a", _wp_maintenance_page("/tentang-kami/"))  # no longer compared
    assert stats == {
        "newsarchive/site/a/pages_as_home": 2,
        "newsarchive/site/a/pages_unlike_home": 1,
    }
    # A revisit answered by the maintenance page, once the site serves its pages again:
    # the home page read was the maintenance page (no posts linked), so no takedown
    # (helper-87's review); a front page that links to posts is one to compare with.
    assert not likeness.serves_home_instead("a", _wp_maintenance_page("/arsip/"))
    likeness.read_home("a", _wp_maintenance_page("/"), post_links=12)
    assert likeness.serves_home_instead("a", _wp_maintenance_page("/arsip/"))


def test_the_text_digest_of_a_hostile_page_ends_at_its_first_unclosed_script():
    """The digest runs in the crawl process: a page of unclosed ``<script`` tags (or
    comments) ends its text at the first, read once, where a regular expression looked
    for an end tag from each of them (7 s for 90 KB, 149 s for 450 KB: helper-44)."""
    from spiders.health import page_text_digest

    page = b"<p>Sedang dalam perbaikan</p>"
    assert page_text_digest(page + b"<script>x" * 5_000) == page_text_digest(page)
    assert page_text_digest(page + b"<!--x" * 5_000) == page_text_digest(page)
    assert page_text_digest(page + b"<a" * 5_000) == page_text_digest(page)
    assert page_text_digest(b"<style>p{}</style>" + page) == page_text_digest(page)
    assert page_text_digest(page) != page_text_digest(b"<p>Sedang dalam pemeliharaan</p>")


def _crawl_several(folder, db, sites: dict[str, str], monkeypatch):
    """``crawl`` of ``sites`` (name -> base URL, each defined in ``folder``), one run, as
    ``crawl --all`` is (which would crawl the sites defined in the project too)."""
    from scraper.sites import SITES_DIR_ENV

    folder.mkdir()
    for name, url in sites.items():
        _site_file(folder, name, url)
    monkeypatch.setenv(SITES_DIR_ENV, str(folder))
    return CliRunner().invoke(
        cli,
        ["crawl", *sites, "--db", str(db), "-q", "--unthrottled-loopback", "--no-warc"]
        + ["-s", "RETRY_BACKOFF_BASE=0.05"],
    )


def _statuses_and_last_ok(db) -> tuple[dict[str, str], dict[str, str | None]]:
    """Each site's status in ``health`` and its ``last_ok_crawl`` in ``stats``."""
    _, rows, _ = _health(db)
    stats = CliRunner().invoke(cli, ["stats", "--db", str(db), "--format", "json"])
    assert stats.exit_code == 0, stats.output
    last_ok = {row["site"]: row["last_ok_crawl"] for row in json.loads(stats.stdout)}
    return {row["site"]: row["status"] for row in rows}, last_ok


def test_a_site_answering_404_everywhere_in_a_crawl_of_several_is_unreachable(
    tmp_path, monkeypatch
):
    """A crawl of several sites, one answering 404 to its home page and every other URL (a
    base URL that is wrong, a site taken down): the 404s are its own (counted by the
    request's site), it is `unreachable`, the other site `ok`."""
    gone = _closed_port()
    with ExitStack() as stack:
        base = stack.enter_context(serve_site(scale=8, seed=3))
        stack.enter_context(_answering(gone, 404, b"<h1>Not Found</h1>"))
        crawl = _crawl_several(
            tmp_path / "sites",
            tmp_path / "archive.db",
            {"sehat.test": base, "hilang.test": f"http://127.0.0.1:{gone}/"},
            monkeypatch,
        )
    assert crawl.exit_code == 3, crawl.output  # partial
    said = crawl.stderr.splitlines()
    assert said[0].startswith("site hilang.test: unreachable: 7 answers, none usable "), said
    assert "sehat.test" not in crawl.stderr
    statuses, last_ok = _statuses_and_last_ok(tmp_path / "archive.db")
    assert statuses == {"sehat.test": "ok", "hilang.test": "unreachable"}
    assert last_ok["hilang.test"] is None and last_ok["sehat.test"] is not None


def test_a_home_page_answering_404_in_a_crawl_of_several_is_its_sites_failure(
    tmp_path, monkeypatch
):
    """A crawl of several sites (`crawl --all`), one site's home page answering 404
    while its feed, sitemaps and articles answer. The run is partial ("the start page
    could not be read"), but a 404 is no failure in a site's figures (a broken link), so
    that site was `ok` by them, and with every site `ok` the run's `partial` was given to
    both: the healthy site was `partial` in `health` and `stats` stopped moving its
    `last_ok_crawl`, while the crawl's stderr named no site. The start page's failure is
    its site's."""
    from scraper.samplesite.router import SampleSiteApp

    with ExitStack() as stack:
        base = stack.enter_context(serve_site(scale=8, seed=3))
        headless = stack.enter_context(serve_site(scale=8, seed=6))
        respond = SampleSiteApp.respond

        def home_gone(app, raw_path: str):
            if app.base == headless.rstrip("/") and raw_path == "/":
                return app._not_found()
            return respond(app, raw_path)

        monkeypatch.setattr(SampleSiteApp, "respond", home_gone)
        crawl = _crawl_several(
            tmp_path / "sites",
            tmp_path / "archive.db",
            {"sehat.test": base, "beranda.test": headless},
            monkeypatch,
        )
    assert crawl.exit_code == 3, crawl.output  # partial
    said = crawl.stderr.splitlines()
    assert f"the start page could not be read: {headless} (http_404)" in said[-1], said
    assert said[0] == (
        "site beranda.test: partial: its start page could not be read (http_404 1), "
        "11 pages archived or known (is the base URL right?)"
    ), said
    assert "sehat.test" not in crawl.stderr
    statuses, last_ok = _statuses_and_last_ok(tmp_path / "archive.db")
    assert statuses == {"sehat.test": "ok", "beranda.test": "partial"}
    assert last_ok["beranda.test"] is None and last_ok["sehat.test"] is not None


def test_a_run_failing_for_no_one_sites_reason_is_each_sites_status():
    """A run judged partial for what no site's figures show (a page with no recorded
    outcome) is every site's: no site is shown ok for a run that was not."""
    from scraper.health import site_statuses

    def run(site, **figures):
        return SiteRun(run_id=1, site=site, pages_fetched=10, **figures)

    fine = run("a", articles_new=3, discovery={"feed": {"ok": 1, "urls": 3, "failed": {}}})
    down = run("b", errors=1, error_kinds={"http_500": 1})
    assert site_statuses([fine, down], "partial") == {"a": "ok", "b": "unreachable"}
    assert site_statuses([fine, run("c", articles_new=1)], "partial") == {
        "a": "partial",
        "c": "partial",
    }
    slow = run("d", articles_new=2, errors=3, error_kinds={"timeout": 3})
    assert site_statuses([fine, slow], "partial") == {"a": "ok", "d": "partial"}
    lost = run("e", errors=3, error_kinds={"timeout": 3}, discovery=fine.discovery)
    assert site_statuses([lost], "failed") == {"e": "failed"}
    assert site_statuses([fine], "interrupted") == {"a": "interrupted"}


def test_migration_18_gives_the_crawls_recorded_before_each_sites_status(tmp_path):
    """An archive whose `crawl --all` runs were recorded before m018: its healthy site
    gets `ok` for them, its dead one `unreachable`, and `stats` moves `last_ok_crawl`."""
    from sqlite_utils import Database

    from scraper.archive.health import record_run_health
    from scraper.health.figures import STATS_PREFIX, site_key

    def counter(site, name):
        return STATS_PREFIX + site_key(site, name)

    stats = {
        counter("sehat.test", "pages_fetched"): 12,
        counter("sehat.test", "articles_new"): 3,
        counter("mati.test", "pages_fetched"): 7,
        counter("mati.test", "fetch_errors/http_500"): 1,
    }
    path = tmp_path / "v17.db"
    with Archive.open(path, create=True) as archive:
        run_id = archive.start_run(["sehat.test", "mati.test"])
        archive.finish_run(run_id, RunCounts(pages_fetched=19), "partial", "1 page failed")
        record_run_health(archive, run_id, ["sehat.test", "mati.test"], stats)
    db = Database(path)
    db["source_health"].transform(drop={"status", "home_links", "home_bytes"})
    db.execute("delete from _sqlite_migrations where name = 'm018_site_status'")
    db.close()
    with Archive.open(path) as archive:
        assert dict(archive.db.execute("select site, status from source_health")) == {
            "sehat.test": "ok",
            "mati.test": "unreachable",
        }
    result = CliRunner().invoke(cli, ["stats", "--db", str(path), "--format", "json"])
    last_ok = {row["site"]: row["last_ok_crawl"] for row in json.loads(result.stdout)}
    assert last_ok["sehat.test"] is not None and last_ok["mati.test"] is None


def test_health_says_when_the_latest_crawl_was_interrupted(runner, small_archive):
    """An interrupted crawl (cron's `timeout`) is not compared, but health says so
    rather than showing an older crawl as the latest without a word."""
    from scraper.archive import Archive
    from scraper.archive.store import RunCounts
    from scraper.cli import cli

    with Archive.open(small_archive) as archive:
        run_id = archive.start_run(["mci.life"])
        archive.finish_run(run_id, RunCounts(pages_fetched=5), "interrupted", "stopped")
    result = runner.invoke(cli, ["health", "--db", str(small_archive), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"the latest crawl, run {run_id} (" in result.output
    assert "was interrupted: each site is shown with its latest finished crawl" in result.output


def test_health_says_when_the_latest_crawl_s_process_is_gone(runner, small_archive):
    """A crawl killed with kill -9 (the OOM killer) leaves its run 'running' until the
    next crawl: health said it "is running" all morning (helper-81's trial). With no
    live crawl noted as the lock's holder, it says the process is gone."""
    import os

    from scraper.archive import Archive
    from scraper.cli import cli
    from scraper.crawl import ArchiveLock

    with Archive.open(small_archive) as archive:
        run_id = archive.start_run(["mci.life"])
    result = runner.invoke(cli, ["health", "--db", str(small_archive)])
    assert f"run {run_id} (" in result.output
    assert "was stopped before it finished (its process is gone)" in result.output
    # A crawl that lives and holds the lock is running.
    ArchiveLock(small_archive, "crawl").note.write_text(f"crawl {os.getpid()}\n")
    result = runner.invoke(cli, ["health", "--db", str(small_archive)])
    assert f"run {run_id} (" in result.output and "is running:" in result.output


def test_a_site_whose_crawls_are_stopped_night_after_night_is_flagged_unfinished(
    runner, small_archive
):
    """Health compares finished crawls only: a cron `timeout` shorter than the crawl
    would leave a site uncompared forever, in silence. Three stopped crawls in a row
    raise `unfinished` (exit 4); one or two are a person's Ctrl-C. A site none of whose
    crawls ever finished is listed too."""
    from scraper.archive.health import record_run_health
    from scraper.health.figures import STATS_PREFIX, site_key

    def crawl(sites, status):
        run_id = archive.start_run(sites)
        archive.finish_run(run_id, RunCounts(pages_fetched=5), status, "stopped by a signal")
        return run_id

    def health() -> tuple[int, dict]:
        result = runner.invoke(cli, ["health", "--db", str(small_archive), "--format", "json"])
        rows = json.loads(result.stdout)
        return result.exit_code, {row["site"]: row for row in rows}

    stats = {
        STATS_PREFIX + site_key("mci.life", "pages_fetched"): 12,
        STATS_PREFIX + site_key("mci.life", "articles_new"): 3,
    }
    with Archive.open(small_archive) as archive:
        good = crawl(["mci.life"], "ok")
        record_run_health(archive, good, ["mci.life"], stats)
        first, second = crawl(["mci.life"], "interrupted"), crawl(["mci.life"], "interrupted")
    code, rows = health()
    assert code == 0 and rows["mci.life"]["run_id"] == good and not rows["mci.life"]["flags"]
    with Archive.open(small_archive) as archive:
        third = crawl(["mci.life", "polres-baru.example"], "interrupted")
    code, rows = health()
    assert code == 4
    (flag,) = rows["mci.life"]["flags"]
    assert flag["flag"] == "unfinished", flag
    assert flag["evidence"]["runs"] == [first, second, third]
    assert flag["evidence"]["last_finished_run"] == good
    assert flag["message"].startswith(f"3 crawls in a row, since run {first} (")
    assert f"its latest finished crawl is run {good} (" in flag["message"]
    # The new site has been in one stopped crawl only: not flagged, not listed.
    assert "polres-baru.example" not in rows
    # A finished crawl ends the streak.
    with Archive.open(small_archive) as archive:
        record_run_health(archive, crawl(["mci.life"], "ok"), ["mci.life"], stats)
        for _ in range(2):
            crawl(["polres-baru.example"], "interrupted")
    code, rows = health()
    assert not rows["mci.life"]["flags"]
    (flag,) = rows["polres-baru.example"]["flags"]
    assert flag["flag"] == "unfinished" and flag["evidence"]["last_finished_run"] is None
    assert "no crawl of it has finished yet" in flag["message"]
    assert rows["polres-baru.example"]["status"] == "interrupted" and code == 4
    table = runner.invoke(cli, ["health", "--db", str(small_archive)])
    assert "polres-baru.example: unfinished: 3 crawls in a row" in table.output
    assert "(unfinished 1)" in table.output
    # A finished crawl ends the streak though it recorded no figures (its health could
    # not be written, or it predates health): two stopped crawls after it are no flag.
    with Archive.open(small_archive) as archive:
        bare = crawl(["polres-baru.example"], "ok")
        for _ in range(2):
            crawl(["polres-baru.example"], "interrupted")
    code, rows = health()
    assert "polres-baru.example" not in rows and code == 0, rows
    with Archive.open(small_archive) as archive:
        crawl(["polres-baru.example"], "interrupted")
    code, rows = health()
    (flag,) = rows["polres-baru.example"]["flags"]
    assert flag["evidence"]["last_finished_run"] == bare and code == 4
    assert f"its latest finished crawl is run {bare} (" in flag["message"]


def test_runs_and_report_say_when_the_latest_crawl_s_process_is_gone(
    runner, small_archive, tmp_path
):
    """As ``health`` does: ``runs`` and ``report`` showed a crawl killed with kill -9
    as "running" until the next crawl (helper-100's trial). The ledger row keeps its
    status; both say the process is gone while no live crawl holds the archive."""
    import os

    from scraper.archive import Archive
    from scraper.cli import cli
    from scraper.crawl import ArchiveLock

    with Archive.open(small_archive) as archive:
        run_id = archive.start_run(["mci.life"])
    result = runner.invoke(cli, ["runs", "--db", str(small_archive)])
    assert result.exit_code == 0, result.output
    assert f"run {run_id} is marked running, but no crawl holds the archive" in result.output
    report = tmp_path / "r"
    result = runner.invoke(cli, ["report", "--db", str(small_archive), "--out", str(report)])
    assert result.exit_code == 0, result.output
    page = (report / "index.html").read_text(encoding="utf-8")
    assert f"#{run_id} started" in page and "its process is gone" in page
    # Another command holding the archive is no crawl behind the run.
    ArchiveLock(small_archive, "crawl").note.write_text(f"reextract {os.getpid()}\n")
    result = runner.invoke(cli, ["runs", "--db", str(small_archive)])
    assert "no crawl holds the archive" in result.output
    # A crawl that lives and holds the lock is running.
    ArchiveLock(small_archive, "crawl").note.write_text(f"crawl {os.getpid()}\n")
    result = runner.invoke(cli, ["runs", "--db", str(small_archive)])
    assert result.exit_code == 0 and "no crawl holds the archive" not in result.output
    result = runner.invoke(cli, ["report", "--db", str(small_archive), "--out", str(report)])
    page = (report / "index.html").read_text(encoding="utf-8")
    assert "its process is gone" not in page and "(running)" in page


def test_a_site_whose_every_article_answers_404_fails_and_is_flagged(tmp_path):
    """helper-102's trial: a site whose feed and sitemap answer, and whose every article
    answers 404 (addresses the crawl spelled another way on a query-routed portal), ended
    `ok`, exit 0, three nights running, with nothing archived and no health flag. A
    healthy site whose sitemap keeps listing three deleted posts makes the same 404s
    every night, quiet ones too: broken links, no failure (helper-105's review)."""
    from tests.conftest import FAST as FAST_ARGS
    from tests.mutable_site import MutableSite, Post, serve_mutable
    from tests.test_recrawl import OTHER, PARAS

    def post(slug: str, status: int = 200, text: list[str] = PARAS) -> Post:
        title = f"Polres Tanah Laut ungkap kasus {slug}"
        return Post(slug, title, list(text), "2023-11-13T08:00:00+08:00", status=status)

    def crawl(base, db):
        return CliRunner().invoke(cli, ["crawl", "--url", base, "--db", str(db), *FAST_ARGS])

    deleted = ("judi-online", "pencurian", "tawuran")
    broken_site = MutableSite({slug: post(slug, 404) for slug in (*deleted, "penipuan")})
    broken_site.sitemap = True
    with serve_mutable(broken_site) as base:
        broken = crawl(base, tmp_path / "broken.db")
    assert broken.exit_code == 1, broken.output
    assert "failed: " in broken.output and "http_404 4" in broken.output, broken.output
    site_name = base.split("//")[1].rstrip("/")
    assert broken.stderr.strip() == (
        f"Error: {site_name}: all 4 article pages asked for answered 404 or 410 and none "
        "was archived: the addresses its feed, sitemap or API name are not served (an "
        "address scheme the site changed, or one the crawl spelled another way?)"
    )
    code, (row,), _ = _health(tmp_path / "broken.db")
    assert code == 4 and [f["flag"] for f in row["flags"]] == ["unreachable"], row
    assert row["flags"][0]["message"].startswith("nothing archived in the latest crawl")

    healthy = MutableSite({"curanmor": post("curanmor"), "narkoba": post("narkoba", text=OTHER)})
    healthy.posts.update({slug: post(slug, 404) for slug in deleted})
    healthy.sitemap = True
    with serve_mutable(healthy) as base:
        nights = [crawl(base, tmp_path / "healthy.db") for _ in range(2)]
    assert [n.exit_code for n in nights] == [0, 0], [n.output for n in nights]
    assert " 2 new" in nights[0].output and "http_404 3" in nights[0].output
    assert " 2 known skipped" in nights[1].output and "http_404 3" in nights[1].output


def test_articles_missing_needs_three_404s_and_no_article_fetched():
    from scraper.health.flags import articles_missing, site_status

    def run(**figures):
        return SiteRun(run_id=1, site="a", pages_fetched=9, home_links=6, **figures)

    assert articles_missing(run(articles_not_found=3))
    # Known articles, skipped: the site's addresses work; its sitemap lists deleted posts.
    assert not articles_missing(run(articles_not_found=3, pages_skipped=40))
    assert not articles_missing(run(articles_not_found=2))
    assert not articles_missing(run(articles_not_found=9, articles_unchanged=1))
    assert not articles_missing(run(articles_not_found=9, pages_not_article=1))
    assert site_status(run(articles_not_found=3), "ok") == "failed"
    assert site_status(run(articles_not_found=3, articles_new=1), "ok") == "ok"


def test_a_home_page_sent_to_another_domain_is_no_site_without_its_pages():
    """The redirect test above flaked under load: the landing page on the other domain
    read (and quarantined) or not made the night ``unreachable`` too. A home page that
    sent its reader elsewhere is ``suspicious_content``'s, however the crawl's timing
    fell."""
    from scraper.health.flags import not_serving

    landed = SiteRun(run_id=2, site="a", pages_fetched=4, home_links=0,
                     home_redirect_hosts={"localhost": 1})  # fmt: skip
    assert not not_serving(landed)
    parked = SiteRun(run_id=2, site="a", pages_fetched=4, home_links=0)
    assert not_serving(parked)


def test_a_start_page_that_answers_a_server_error_says_the_site_is_down():
    """helper-115: a 503 night said "(is the base URL right?)" of a site that had
    crawled fine; a server error or a timeout says the site is down."""
    from scraper.health.flags import site_problem

    def run(**kinds):
        return SiteRun(run_id=1, site="a", pages_fetched=9, start_page_failed=1,
                       articles_unchanged=5, error_kinds=kinds)  # fmt: skip

    assert site_problem(run(http_503=3)).endswith("(down or overloaded?)")
    assert site_problem(run(http_502=1, timeout=2)).endswith("(down or overloaded?)")
    assert site_problem(run(http_404=1)).endswith("(is the base URL right?)")
    assert site_problem(run(http_503=1, dns=1)).endswith("(is the base URL right?)")


def test_one_spam_page_or_block_is_said_in_the_singular():
    """ "1 pages quarantined as spam" (helper-112)."""
    run = SiteRun(run_id=2, site="s", started_at="2026-12-05T03:30:00+00:00", status="ok",
                  spam_pages=1, spam_blocks=1, spam_link_hosts={"gacor88.site": 1})  # fmt: skip
    flag = suspicious_content([], run, DEFAULTS, [])
    assert flag.message == (
        "suspicious content: 1 page quarantined as spam; 1 hidden spam link block removed"
        " (to gacor88.site)"
    )
    run.spam_pages, run.spam_blocks = 4, 7
    assert "4 pages quarantined as spam; 7 hidden spam link blocks removed" in (
        suspicious_content([], run, DEFAULTS, []).message
    )
