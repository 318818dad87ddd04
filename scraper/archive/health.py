"""Health per source in the archive: each crawl's figures per site, and its flags.

At the end of every crawl (local or distributed) ``record_run_health`` writes one
``source_health`` row per site from the crawl's counters, compares each site with its
own earlier rows (``scraper.health.evaluate``) and writes the flags raised, with their
evidence, to ``health_flags``. ``newsarchive health`` and ``stats`` read them back
(``latest_health``): the crawl is the only writer, the commands only read.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, fields

from scraper.archive.store import Archive, now_utc
from scraper.health import DEFAULTS, Flag, HealthSettings, SiteRun, evaluate, site_runs

# SiteRun fields that are columns of source_health (the rest comes from crawl_runs).
_COLUMNS = tuple(f.name for f in fields(SiteRun) if f.name not in ("started_at", "status"))
_JSON = ("error_kinds", "spam_link_hosts", "redirect_hosts", "discovery")
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
    """Write the run's figures per site and the flags they raise; (site, flag) pairs."""
    runs = site_runs(stats, sites, run_id)
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
        f"""select h.*, r.started_at, r.status from source_health h
            join crawl_runs r on r.id = h.run_id
            where {" and ".join(clauses)} order by h.run_id desc limit ?""",
        [*params, limit],
    )
    columns = [c[0] for c in cursor.description]
    runs = [_site_run(dict(zip(columns, row))) for row in cursor.fetchall()]
    return runs[::-1]


def quarantined(archive: Archive, site: str, run_id: int) -> list[dict]:
    """The pages the run quarantined for the site (url, title, reason), for evidence."""
    cursor = archive.db.execute(
        "select url, title, reason from quarantine where site = ? and run_id = ? order by url",
        [site, run_id],
    )
    return [dict(zip(("url", "title", "reason"), row)) for row in cursor.fetchall()]


def latest_health(archive: Archive) -> list[dict]:
    """Per site, its latest recorded run: the figures, the run's time and status, and
    the flags raised on it (decoded), sites in name order. Empty on an archive whose
    crawls predate health (migration m009) or that has none."""
    tables = set(archive.db.table_names())
    if "source_health" not in tables:
        return []
    cursor = archive.db.execute(
        f"""select h.*, r.started_at, r.status from source_health h
            join crawl_runs r on r.id = h.run_id
            where h.run_id = (select max(h2.run_id) from source_health h2
                              join crawl_runs r2 on r2.id = h2.run_id
                              where h2.site = h.site
                                and r2.status in ({", ".join("?" * len(_FINISHED))}))
            order by h.site""",
        list(_FINISHED),
    )
    columns = [c[0] for c in cursor.description]
    out = []
    for values in cursor.fetchall():
        row = dict(zip(columns, values))
        for key in _JSON:
            row[key] = json.loads(row[key]) if row.get(key) else {}
        flags = archive.db.execute(
            "select flag, message, evidence from health_flags where run_id = ? and site = ?"
            " order by id",
            [row["run_id"], row["site"]],
        ).fetchall()
        row["flags"] = [
            {"flag": f, "message": m, "evidence": json.loads(e) if e else {}} for f, m, e in flags
        ]
        out.append(row)
    return out


def _cell(name: str, value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if name in _JSON else value


def _site_run(row: dict) -> SiteRun:
    known = {f.name for f in fields(SiteRun)}
    values = {k: v for k, v in row.items() if k in known}
    for key in _JSON:
        values[key] = json.loads(values[key]) if values.get(key) else {}
    return SiteRun(**values)
