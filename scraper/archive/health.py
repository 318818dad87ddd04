"""Health per source in the archive: each crawl's figures per site, and its flags.

At the end of every crawl (local or distributed) ``record_run_health`` writes one
``source_health`` row per site from the crawl's counters, compares each site with its
own earlier rows (``scraper.health.evaluate``) and writes the flags raised, with their
evidence, to ``health_flags``. ``newsarchive health`` and ``stats`` read them back
(``latest_health``): the crawl is the only writer, the commands only read. Two flags
are judged on reading instead, from ``crawl_runs``: ``unreachable`` (a crawl whose
process died still closes its row, while it records no figures) and ``unfinished`` (a
stopped crawl records none either, and is never compared).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, fields

from scraper.archive.store import Archive, now_utc
from scraper.health import (
    DEFAULTS,
    Flag,
    HealthSettings,
    SiteRun,
    evaluate,
    site_runs,
    site_statuses,
    unfinished,
    unreachable,
)
from scraper.health.flags import reached_nothing

# SiteRun fields that are columns of source_health (the rest comes from crawl_runs, or
# is a figure of the crawl that only the site's status keeps).
_CRAWL_ONLY = ("pages_as_home", "pages_unlike_home", "start_page_failed", "articles_not_found")
_NOT_STORED = ("started_at", "message", *_CRAWL_ONLY)
_COLUMNS = tuple(f.name for f in fields(SiteRun) if f.name not in _NOT_STORED)
_JSON = ("error_kinds", "spam_link_hosts", "redirect_hosts", "home_redirect_hosts", "discovery")
# Runs whose counts are known: an interrupted run's are not.
_FINISHED = ("ok", "partial", "failed")
HISTORY = 120
logger = logging.getLogger(__name__)


def record_run_health(
    archive: Archive,
    run_id: int,
    sites: list[str],
    stats: dict,
    settings: HealthSettings = DEFAULTS,
) -> list[tuple[str, Flag]]:
    """Write the run's figures per site, each site's own status (``site_statuses``, from
    the run's, already recorded in ``crawl_runs``) and the flags they raise; (site,
    flag) pairs."""
    runs = site_runs(stats, sites, run_id)
    (run_status,) = archive.db.execute(
        "select status from crawl_runs where id = ?", [run_id]
    ).fetchone() or ("ok",)
    statuses = site_statuses(runs, run_status or "ok")
    for run in runs:
        run.status = statuses[run.site]
    with archive.db.atomic():
        for run in runs:
            row = asdict(run)
            values = [_cell(name, row[name]) for name in _COLUMNS]
            marks = ", ".join("?" * len(_COLUMNS))
            archive.db.execute(
                f"insert or replace into source_health ({', '.join(_COLUMNS)}) values ({marks})",
                values,
            )
    raised: list[tuple[str, Flag]] = []
    now = now_utc()
    with archive.db.atomic():
        for run in runs:
            history = site_history(archive, run.site, before_run=run_id)
            current = site_history(archive, run.site, only_run=run_id)
            if not current:
                continue
            flags = evaluate(history, current[0], settings, quarantined(archive, run.site, run_id))
            archive.db.execute(
                "delete from health_flags where run_id = ? and site = ?", [run_id, run.site]
            )
            for flag in flags:
                archive.db["health_flags"].insert(
                    {
                        "run_id": run_id,
                        "site": run.site,
                        "flag": flag.flag,
                        "message": flag.message,
                        "evidence": json.dumps(flag.evidence, ensure_ascii=False, default=str),
                        "raised_at": now,
                    }
                )
                raised.append((run.site, flag))
    return raised


def record_after_crawl(archive: Archive, run_id: int, sites: list[str], stats: dict) -> None:
    """``record_run_health`` at the end of a crawl, whose articles are committed already:
    a failure here is logged (on stderr, which cron mails) and never fails the crawl."""
    try:
        record_run_health(archive, run_id, sites, stats)
    except Exception:  # noqa: BLE001 - the crawl's own outcome stands
        logger.exception("could not record the health of run %s", run_id)


def site_history(
    archive: Archive,
    site: str,
    before_run: int | None = None,
    only_run: int | None = None,
    limit: int = HISTORY,
) -> list[SiteRun]:
    """The site's recorded runs, oldest first: the ``limit`` latest before ``before_run``
    (all when None), or only ``only_run``. Interrupted runs are left out."""
    clauses = ["h.site = ?", f"r.status in ({', '.join('?' * len(_FINISHED))})"]
    params: list = [site, *_FINISHED]
    if before_run is not None:
        clauses.append("h.run_id < ?")
        params.append(before_run)
    if only_run is not None:
        clauses.append("h.run_id = ?")
        params.append(only_run)
    cursor = archive.db.execute(
        f"""select h.*, r.started_at, r.status as run_status from source_health h
            join crawl_runs r on r.id = h.run_id
            where {" and ".join(clauses)} order by h.run_id desc limit ?""",
        [*params, limit],
    )
    columns = [c[0] for c in cursor.description]
    runs = []
    for values in cursor.fetchall():
        row = dict(zip(columns, values))
        # The site's own status; the run's for a row recorded before m018.
        row["status"] = row.get("status") or row["run_status"]
        runs.append(_site_run(row))
    return runs[::-1]


def quarantined(archive: Archive, site: str, run_id: int) -> list[dict]:
    """The pages the run quarantined for the site (url, title, reason), for evidence."""
    cursor = archive.db.execute(
        "select url, title, reason from quarantine where site = ? and run_id = ? order by url",
        [site, run_id],
    )
    return [dict(zip(("url", "title", "reason"), row)) for row in cursor.fetchall()]


def latest_health(archive: Archive, settings: HealthSettings = DEFAULTS) -> list[dict]:
    """Per site, its latest finished crawl: the figures, the run's time, status and
    message, and the flags raised on it (decoded), sites in name order. Empty on an
    archive whose crawls predate health (migration m009) or that has none.

    ``unreachable`` is judged here, from ``crawl_runs`` as well as ``source_health``: a
    crawl whose process died records no figures, yet it is the site's latest crawl, and
    it fetched nothing. Such a crawl gets a row of its own (zero figures, its status and
    message), so a site whose crawls all fail is listed and flagged."""
    tables = set(archive.db.table_names())
    if "source_health" not in tables:
        return []
    runs = _finished_runs(archive)
    figures: dict[str, dict[int, int]] = {}
    for site, run_id, pages in archive.db.execute(
        "select site, run_id, pages_fetched from source_health"
    ).fetchall():
        if run_id in runs:
            figures.setdefault(site, {})[run_id] = pages or 0
    timelines: dict[str, set[int]] = {site: set(done) for site, done in figures.items()}
    for run_id, run in runs.items():
        for site in run["sites"]:
            if site in timelines or run["status"] == "failed":
                timelines.setdefault(site, set()).add(run_id)
    out = []
    for site in sorted(timelines):
        known = figures.get(site, {})
        timeline = sorted(timelines[site])
        # The latest crawl with figures, or one that failed without recording any.
        shown = [r for r in timeline if r in known or runs[r]["status"] == "failed"]
        if not shown:
            continue
        current = shown[-1]
        row = _figures_row(archive, site, current) if current in known else None
        if row is None:
            row = _blank_row(current, site)
            row["flags"] = []
        run = runs[current]
        # The site's own status in the run (source_health.status); the run's beside it.
        row.update(
            started_at=run["started_at"],
            status=row.get("status") or run["status"],
            run_status=run["status"],
            message=run["message"],
        )
        streak = _streak(archive, site, [r for r in timeline if r <= current], runs, known)
        flag = unreachable(streak[:-1], streak[-1], settings)
        if flag is not None:
            row["flags"].insert(0, asdict(flag))
        out.append(row)
    return _with_unfinished(archive, out, settings)


def _with_unfinished(archive: Archive, rows: list[dict], settings: HealthSettings) -> list[dict]:
    """``rows`` with the ``unfinished`` flag where a site's crawls since its latest
    finished one (``crawl_runs``: ok, partial or failed, with figures or not) were all
    stopped, ``unfinished_runs`` or more; a site none of whose crawls finished gets a
    row of its own (zero figures, its latest crawl's status)."""
    by_site = {row["site"]: row for row in rows}
    finished: dict[str, SiteRun] = {}
    stopped: dict[str, list[SiteRun]] = {}
    for run_id, started, status, message, sites in archive.db.execute(
        "select id, started_at, status, message, sites from crawl_runs order by id"
    ).fetchall():
        if status != "interrupted" and status not in _FINISHED:
            continue  # running
        for site in [s for s in _json(sites, []) if isinstance(s, str)]:
            run = SiteRun(
                run_id=run_id,
                site=site,
                started_at=started or "",
                status=status,
                message=message or "",
            )
            if status == "interrupted":
                stopped.setdefault(site, []).append(run)
            else:
                finished[site] = run
                stopped.pop(site, None)
    for site, runs in stopped.items():
        row = by_site.get(site)
        last = finished.get(site)
        flag = unfinished(runs, last, settings)
        if flag is None:
            continue
        if row is None:
            latest = runs[-1]
            row = _blank_row(latest.run_id, site)
            row.update(
                flags=[],
                started_at=latest.started_at,
                status="interrupted",
                run_status="interrupted",
                message=latest.message,
            )
            by_site[site] = row
        row["flags"].insert(0, asdict(flag))
    return [by_site[site] for site in sorted(by_site)]


def _blank_row(run_id: int, site: str) -> dict:
    """The row of a crawl that recorded no figures for the site: zeros, with the keys
    of a ``source_health`` row (and the run's ``started_at`` and ``message``)."""
    row = asdict(SiteRun(run_id=run_id, site=site))
    for name in _CRAWL_ONLY:
        del row[name]
    return row


def _finished_runs(archive: Archive) -> dict[int, dict]:
    """Finished runs by id: started_at, status, message, error_kinds, sites, pages."""
    cursor = archive.db.execute(
        f"""select id, started_at, status, message, error_kinds, sites, pages_fetched
            from crawl_runs where status in ({", ".join("?" * len(_FINISHED))})""",
        list(_FINISHED),
    )
    out = {}
    for run_id, started, status, message, kinds, sites, pages in cursor.fetchall():
        out[run_id] = {
            "started_at": started or "",
            "status": status,
            "message": message or "",
            "error_kinds": _json(kinds, {}),
            "sites": [s for s in _json(sites, []) if isinstance(s, str)],
            "pages_fetched": pages or 0,
        }
    return out


def _figures_row(archive: Archive, site: str, run_id: int) -> dict | None:
    """The ``source_health`` row of (run, site), decoded, with its stored flags."""
    cursor = archive.db.execute(
        "select * from source_health where run_id = ? and site = ?", [run_id, site]
    )
    values = cursor.fetchone()
    if values is None:
        return None
    row = dict(zip([c[0] for c in cursor.description], values))
    for key in _JSON:
        row[key] = _json(row.get(key), {})
    flags = archive.db.execute(
        "select flag, message, evidence from health_flags where run_id = ? and site = ?"
        " order by id",
        [run_id, site],
    ).fetchall()
    row["flags"] = [{"flag": f, "message": m, "evidence": _json(e, {})} for f, m, e in flags]
    return row


def _streak(
    archive: Archive,
    site: str,
    timeline: list[int],
    runs: dict[int, dict],
    known: dict[int, int],
) -> list[SiteRun]:
    """The site's crawls, oldest first, back to the latest one that reached it (the
    ``unreachable`` rule needs no more). A crawl without figures (it died, or predates
    health) is judged by the crawl as a whole. Error kinds are the site's own where it
    has any (a refused connection or a failed DNS lookup has been counted per site too
    since 2026-12-04), else those of a crawl of this site alone."""
    out: list[SiteRun] = []
    for run_id in reversed(timeline):
        run = runs[run_id]
        # The site's own figures where the crawl recorded them: whether it answered
        # only with failures is told by its outcomes and discovery, not by the run's
        # status, which covers every site of the crawl.
        stored = site_history(archive, site, only_run=run_id) if run_id in known else []
        if stored:
            site_run = stored[0]
            site_run.message = run["message"]
        else:
            site_run = SiteRun(
                run_id=run_id,
                site=site,
                started_at=run["started_at"],
                status=run["status"],
                message=run["message"],
                pages_fetched=0 if run["status"] == "failed" else run["pages_fetched"],
            )
        if not site_run.error_kinds and run["sites"] == [site]:
            site_run.error_kinds = run["error_kinds"]
        out.append(site_run)
        if not reached_nothing(site_run):
            break
    return out[::-1]


def _json(text, empty):
    try:
        value = json.loads(text) if text else empty
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def _cell(name: str, value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if name in _JSON else value


def _site_run(row: dict) -> SiteRun:
    known = {f.name for f in fields(SiteRun)}
    values = {k: v for k, v in row.items() if k in known}
    for key in _JSON:
        values[key] = json.loads(values[key]) if values.get(key) else {}
    return SiteRun(**values)
