"""Coverage at a glance: a static ``index.html`` with PNG charts, readable without a server.

``build_report(db_path, out_dir)`` reads the archive (read-only queries, safe during a
crawl) and writes, into ``out_dir``:

- ``per_day.png``: articles per day, total and per site (a white cell is a day a site
  published nothing, or the crawler missed it: gaps are visible);
- ``dated_share.png``: per site, the share of articles with a publication date, by
  where the date came from;
- ``crawl_runs.png``: new, updated and gone articles per crawl (``crawl_runs``);
- ``tags_per_month.png``: the most used tags, month by month;
- ``stories_sites.png``: stories by the number of sites that carried them;
- ``index.html``: a summary, a per-site table (with the silent-site check) and the
  charts with what each shows.

Charts are drawn with matplotlib's object API on the Agg canvas (no pyplot state, no
display needed), each exactly ``CHART_SIZE`` pixels.
"""

from __future__ import annotations

import html
import sqlite3
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from scraper import __version__
from scraper.archive import Archive, ArchiveError
from scraper.archive.queries import site_stats
from scraper.output import written_aside
from scraper.research import canned

CHART_SIZE = (1200, 600)  # pixels
DPI = 100
MAX_SITES = 30  # rows of the per-day chart; the rest are summed as "other sites"
MAX_TAGS = 15
MAX_MONTHS = 24
MAX_RUNS = 60
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf"]  # fmt: skip


class ReportError(ArchiveError):
    """The report cannot be written (an --out that is a file, or not writable)."""


@dataclass
class Chart:
    filename: str
    title: str


@dataclass
class ReportResult:
    out_dir: Path
    index: Path
    charts: list[Path] = field(default_factory=list)
    articles: int = 0
    sites: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"report: wrote {self.index} and {_count(len(self.charts), 'chart')} "
            f"({', '.join(p.name for p in self.charts)}) for {_count(self.articles, 'article')} "
            f"from {_count(self.sites, 'site')} ({self.seconds:.1f}s)"
        )


def _count(n: int, noun: str) -> str:
    """``1 site``, ``2 sites``, ``2 stories``: the report's sentences are read as prose."""
    if n == 1:
        return f"{n} {noun}"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return f"{n} {noun[:-1]}ies"  # stories, not days
    return f"{n} {noun}s"


def prepare_out_dir(out_dir: Path) -> None:
    """Create ``out_dir`` and prove it is writable, or fail with one clear line."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".write-test-"):
            pass
    except FileExistsError:
        raise ReportError(f"cannot write the report to {out_dir}: it is a file") from None
    except OSError as exc:
        raise ReportError(f"cannot write the report to {out_dir}: {exc.strerror or exc}") from None


# -- data ------------------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[tuple]:
    return conn.execute(sql, params).fetchall()


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _figure():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(CHART_SIZE[0] / DPI, CHART_SIZE[1] / DPI), dpi=DPI)
    fig.set_layout_engine("constrained")
    return fig


def _save(fig, path: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    fig.savefig(path, dpi=DPI, format="png")


def _empty(ax, message: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color="#555555")


# -- charts ----------------------------------------------------------------------------


def chart_per_day(conn, fig) -> str:
    import numpy as np

    rows = canned.run(conn, canned.ARTICLES_PER_SITE_PER_DAY)
    if not rows:
        _empty(fig.add_subplot(), "no dated articles yet")
        return "No article has a publication date yet."
    first = min(_day(r["day"]) for r in rows)
    last = max(_day(r["day"]) for r in rows)
    span = (last - first).days + 1
    weekly = span > 730
    step = 7 if weekly else 1
    bins = (span + step - 1) // step
    totals: dict[str, int] = defaultdict(int)
    for r in rows:
        totals[r["site"]] += r["articles"]
    sites = sorted(totals, key=lambda s: (-totals[s], s))
    shown, others = sites[:MAX_SITES], sites[MAX_SITES:]
    labels = shown + ([_count(len(others), "other site")] if others else [])
    index = {s: i for i, s in enumerate(shown)}
    grid = np.zeros((len(labels), bins))
    for r in rows:
        row = index.get(r["site"], len(shown))
        grid[row, (_day(r["day"]) - first).days // step] += r["articles"]
    days = [first + timedelta(days=i * step) for i in range(bins)]

    top, bottom = fig.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": [1, max(1.2, 0.25 * len(labels))]}
    )
    import matplotlib.dates as mdates

    x = mdates.date2num(days)
    top.bar(x, grid.sum(axis=0), width=step * 0.9, color=PALETTE[0])
    top.set_ylabel("articles per " + ("week" if weekly else "day"))
    top.yaxis.set_major_locator(_integers())
    top.set_title(
        f"Articles per {'week' if weekly else 'day'} per site, {first} to {last} "
        "(white: nothing published or nothing crawled)"
    )
    masked = np.ma.masked_equal(grid, 0)
    cmap = _cmap("Blues")
    image = bottom.imshow(
        masked,
        aspect="auto",
        interpolation="nearest",
        cmap=cmap,
        extent=(x[0] - step / 2, x[-1] + step / 2, len(labels) - 0.5, -0.5),
        vmin=0,
    )
    bottom.set_yticks(range(len(labels)), labels=[_short(s, 28) for s in labels])
    bottom.xaxis_date()
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(bottom.xaxis.get_major_locator()))
    fig.colorbar(image, ax=bottom, label="articles", shrink=0.8, ticks=_integers())
    missing = int((grid.sum(axis=0) == 0).sum())
    unit = "week" if weekly else "day"
    return (
        f"{_count(sum(totals.values()), 'dated article')} from {_count(len(sites), 'site')} "
        f"between {first} and {last}; {missing} of {_count(bins, unit)} have no article from "
        "any site."
    )


def chart_dated_share(conn, fig) -> str:
    rows = _rows(
        conn,
        """
        select site,
               case when published_at is null or published_at = '' then 'no date'
                    else coalesce(nullif(published_at_source, ''), 'unknown') end as source,
               count(*)
        from articles group by site, source
        """,
    )
    ax = fig.add_subplot()
    if not rows:
        _empty(ax, "no articles yet")
        return "The archive has no articles yet."
    per_site: dict[str, dict[str, int]] = defaultdict(dict)
    for site, source, n in rows:
        per_site[site][source] = n
    totals = {s: sum(v.values()) for s, v in per_site.items()}
    sites = sorted(totals, key=lambda s: (-totals[s], s))[:MAX_SITES]
    order = ["api", "json-ld", "meta", "feed", "time-element", "text", "url", "unknown"]
    sources = [s for s in order if any(s in per_site[x] for x in sites)]
    sources += sorted({k for x in sites for k in per_site[x]} - set(order) - {"no date"})
    sources.append("no date")
    left = [0.0] * len(sites)
    for i, source in enumerate(sources):
        shares = [per_site[s].get(source, 0) / totals[s] for s in sites]
        color = "#dddddd" if source == "no date" else PALETTE[i % len(PALETTE)]
        ax.barh(range(len(sites)), shares, left=left, height=0.7, color=color, label=source)
        left = [a + b for a, b in zip(left, shares)]
    for y, site in enumerate(sites):
        undated = per_site[site].get("no date", 0)
        ax.text(0.99, y, f"{share(totals[site] - undated, totals[site])} dated of {totals[site]}",
                ha="right", va="center", fontsize=9,
                bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none"})  # fmt: skip
    ax.set_yticks(range(len(sites)), labels=[_short(s, 28) for s in sites])
    ax.set_ylim(max(len(sites), 6) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_percent())
    ax.set_xlabel("share of the site's articles")
    ax.set_title("Share of articles with a publication date, by where the date came from")
    ax.legend(loc="lower right", fontsize=9, ncols=min(len(sources), 5), framealpha=0.9)
    dated = sum(n for _, source, n in rows if source != "no date")
    total = sum(totals.values())
    verb = "has" if dated == 1 else "have"
    of_total = f"{dated} of {_count(total, 'article')} ({share(dated, total)})"
    return f"{of_total} {verb} a publication date."


def chart_crawl_runs(conn, fig) -> str:
    rows = _rows(
        conn,
        """
        select id, started_at, status, coalesce(articles_new, 0),
               coalesce(articles_updated, 0), coalesce(articles_gone, 0)
        from crawl_runs order by id desc limit ?
        """,
        [MAX_RUNS],
    )[::-1]
    ax = fig.add_subplot()
    if not rows:
        _empty(ax, "no crawl recorded yet")
        return "No crawl is recorded yet."
    width = 0.28
    xs = range(len(rows))
    for offset, (label, column, color) in enumerate(
        [("new", 3, PALETTE[0]), ("updated", 4, PALETTE[1]), ("gone", 5, PALETTE[3])]
    ):
        ax.bar(
            [x + (offset - 1) * width for x in xs],
            [r[column] for r in rows],
            width=width,
            color=color,
            label=label,
        )
    labels = [f"#{r[0]}\n{(r[1] or '')[5:10]}" for r in rows]
    ax.set_xticks(list(xs), labels=labels, fontsize=8 if len(rows) < 25 else 6)
    for tick, r in zip(ax.get_xticklabels(), rows):
        if r[2] not in ("ok", None):
            tick.set_color("#d62728")
    ax.set_ylabel("articles")
    ax.yaxis.set_major_locator(_integers())
    ax.set_title(
        f"New, updated and gone articles per crawl (last {_count(len(rows), 'crawl')}; "
        "red label: partial, failed or interrupted)"
    )
    ax.legend()
    bad = sum(1 for r in rows if r[2] not in ("ok", None))
    return (
        f"{_count(len(rows), 'crawl')} shown (#{rows[0][0]} to #{rows[-1][0]}); "
        f"{sum(r[3] for r in rows)} new, {sum(r[4] for r in rows)} updated, "
        f"{sum(r[5] for r in rows)} gone; {bad} not ok."
    )


def chart_tags_per_month(conn, fig) -> str:
    import numpy as np

    months = [
        r[0]
        for r in _rows(
            conn,
            f"""
            select distinct substr(published_at, 1, 7) as month from articles
            where {canned._DATED} order by month desc limit ?
            """,
            [MAX_MONTHS],
        )
    ][::-1]
    ax = fig.add_subplot()
    counts: dict[tuple[str, str], int] = {}
    if months:
        for month, tag, n in _rows(
            conn,
            f"""
            select substr(a.published_at, 1, 7) as month, t.value as tag, count(*)
            from articles a,
                 json_each(case when json_valid(a.tags) then a.tags else '[]' end) t
            where a.{canned._DATED} and substr(a.published_at, 1, 7) >= ?
            group by month, tag
            """,
            [months[0]],
        ):
            counts[(month, tag)] = n
    if not counts:
        _empty(ax, "no tagged, dated articles yet")
        return "No dated article has tags yet."
    totals: dict[str, int] = defaultdict(int)
    for (_, tag), n in counts.items():
        totals[tag] += n
    tags = sorted(totals, key=lambda t: (-totals[t], t))[:MAX_TAGS]
    grid = np.array([[counts.get((m, t), 0) for m in months] for t in tags])
    masked = np.ma.masked_equal(grid, 0)
    cmap = _cmap("Oranges")
    image = ax.imshow(masked, aspect="auto", interpolation="nearest", cmap=cmap, vmin=0)
    ax.set_yticks(range(len(tags)), labels=[_short(t, 30) for t in tags])
    ax.set_xticks(range(len(months)), labels=months, rotation=45, ha="right", fontsize=8)
    if len(months) * len(tags) <= 400:
        for i in range(len(tags)):
            for j in range(len(months)):
                if grid[i, j]:
                    dark = grid[i, j] > grid.max() * 0.6
                    ax.text(j, i, str(grid[i, j]), ha="center", va="center", fontsize=8,
                            color="white" if dark else "black")  # fmt: skip
    ax.set_title(
        f"The {_count(len(tags), 'most used tag')}, articles per month "
        f"(last {_count(len(months), 'month')})"
    )
    fig.colorbar(image, ax=ax, label="articles", shrink=0.8, ticks=_integers())
    return (
        f"Most used tag: {tags[0]} ({_count(totals[tags[0]], 'article')} in "
        f"{_count(len(months), 'month')})."
    )


def chart_stories(conn, fig) -> str:
    rows = _rows(
        conn, "select site_count, count(*) from stories group by site_count order by site_count"
    )
    ax = fig.add_subplot()
    if not rows:
        _empty(ax, "no stories yet")
        return "No story is recorded yet."
    xs = [r[0] for r in rows]
    ys = [r[1] for r in rows]
    bars = ax.bar([str(x) for x in xs], ys, color=PALETTE[2])
    ax.bar_label(bars, padding=2)
    if max(ys) / max(min(ys), 1) > 100:
        ax.set_yscale("log")
    ax.set_xlabel("sites that carried the story")
    ax.set_ylabel("stories")
    ax.set_title("Stories by number of sites (one story = near-identical texts)")
    several = sum(y for x, y in rows if x >= 2)
    return f"{_count(sum(ys), 'story')}; {several} carried by two or more sites."


CHARTS = (
    (Chart("per_day.png", "Articles per day per site"), chart_per_day),
    (Chart("dated_share.png", "Share of articles with a date"), chart_dated_share),
    (Chart("crawl_runs.png", "New, updated and gone per crawl"), chart_crawl_runs),
    (Chart("tags_per_month.png", "Top tags per month"), chart_tags_per_month),
    (Chart("stories_sites.png", "Stories by number of sites"), chart_stories),
)


def _cmap(name: str):
    import matplotlib

    return matplotlib.colormaps[name].with_extremes(bad="white")  # zero counts: white


def _integers():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def share(part: float, whole: float) -> str:
    """``part`` of ``whole`` as a whole percent, never rounded to 100% or 0% when it is
    not all or none: 339 dated articles of 340 printed "100%", which reads as "every
    article is dated" (helper-107); at 200,000 articles, 800 undated would too."""
    ratio = part / whole
    if 0 < ratio < 0.01:
        return "<1%"
    if 0.99 < ratio < 1:
        return ">99%"
    return f"{ratio:.0%}"


def _percent():
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(1.0)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# -- the page --------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1240px; color: #222;
       padding: 0 1em; }
h1 { margin-bottom: 0.2em; } .meta { color: #666; margin-top: 0; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.92em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.8em; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.silent { color: #b00020; font-weight: bold; }
figure { margin: 2em 0; } img { max-width: 100%; height: auto; border: 1px solid #eee; }
figcaption { color: #444; margin-top: 0.4em; }
"""


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    out = ["<table><thead><tr>"]
    out += [f"<th>{html.escape(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            cls = ' class="n"' if i in numeric else ""
            if isinstance(cell, tuple):  # (text, css class)
                out.append(f'<td class="{cell[1]}">{html.escape(str(cell[0]))}</td>')
            else:
                out.append(f"<td{cls}>{html.escape('' if cell is None else str(cell))}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _summary(conn) -> dict:
    (articles, sites, dated, first, last) = conn.execute(
        f"""
        select count(*), count(distinct site), sum({canned._DATED}),
               min(case when {canned._DATED} then substr(published_at, 1, 10) end),
               max(case when {canned._DATED} then substr(published_at, 1, 10) end)
        from articles
        """
    ).fetchone()
    stories, several = conn.execute(
        "select count(*), coalesce(sum(site_count >= 2), 0) from stories"
    ).fetchone()
    gone = conn.execute("select count(*) from articles where gone_at != ''").fetchone()[0]
    # Edits on the site only: a version `reextract` replaced is no edit (an empty
    # reason is an edit kept before the column existed).
    edited = conn.execute(
        "select count(distinct article_id) from article_versions "
        "where coalesce(reason, '') in ('edited', '')"
    ).fetchone()[0]
    run = conn.execute(
        "select id, started_at, status from crawl_runs order by id desc limit 1"
    ).fetchone()
    return {
        "articles": articles,
        "sites": sites,
        "dated": dated or 0,
        "first": first,
        "last": last,
        "stories": stories,
        "several": several,
        "gone": gone,
        "edited": edited,
        "run": run,
    }


def _page(db_path: Path, archive: Archive, charts: list[tuple[Chart, str]]) -> str:
    conn = archive.db.conn
    s = _summary(conn)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    dated_share = share(s["dated"], s["articles"]) if s["articles"] else "–"
    run = "none yet"
    if s["run"]:
        status = s["run"][2]
        # Imported here: scraper.crawl is the crawl's, heavy to import for a report.
        from scraper.crawl import ArchiveLock

        if ArchiveLock(db_path, "report").run_is_gone(status):
            status = "stopped before it finished: its process is gone"
        run = f"#{s['run'][0]} started {s['run'][1]} ({status})"
    summary = _table(
        ["", ""],
        [
            ["articles", s["articles"]],
            ["sites with articles", s["sites"]],
            ["published between", f"{s['first'] or '–'} and {s['last'] or '–'}"],
            ["with a publication date", dated_share],
            ["stories", f"{s['stories']} ({s['several']} on two or more sites)"],
            ["edited articles (earlier versions kept)", s["edited"]],
            ["taken down", s["gone"]],
            ["last crawl", run],
        ],
    )
    silent = {r["site"]: r for r in canned.run(conn, canned.SILENT_SITES)}
    per_site = []
    for r in site_stats(archive):
        check = silent.get(r["site"])
        status = (
            (f"silent {check['silent_days']} days", "silent")
            if check and check["status"] == "silent"
            else (check["status"] if check else "no dates" if r["articles"] else "no article")
        )
        dated = r["share_without_date"]
        per_site.append(
            [
                r["site"],
                r["articles"],
                r["first_published"],
                r["last_published"],
                share(1 - dated, 1) if dated is not None else "",
                r["new_per_day"],
                r["last_ok_crawl"],
                status,
            ]
        )
    sites_table = _table(
        [
            "site",
            "articles",
            "first published",
            "last published",
            "dated",
            "first seen per day (30 d)",
            "last good crawl",
            "publishing",
        ],
        per_site,
        numeric={1, 4, 5},
    )
    figures = "\n".join(
        f'<figure id="{html.escape(c.filename[:-4])}"><h2>{html.escape(c.title)}</h2>'
        f'<img src="{html.escape(c.filename)}" width="{CHART_SIZE[0]}" '
        f'height="{CHART_SIZE[1]}" alt="{html.escape(c.title)}">'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
        for c, caption in charts
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsarchive report: {html.escape(db_path.name)}</title>
<style>{_CSS}</style></head>
<body>
<h1>Coverage of {html.escape(db_path.name)}</h1>
<p class="meta">Written {now} by newsarchive {__version__} from {html.escape(str(db_path))}.
Dates are the local day each site printed. "Publishing" compares the time since a site's
last article with its usual gap between publishing days (silent: more than three gaps).</p>
{summary}
<h2>Sites</h2>
{sites_table}
{figures}
</body></html>
"""


def build_report(db_path: Path, out_dir: Path) -> ReportResult:
    """Write ``index.html`` and the charts for the archive at ``db_path`` into ``out_dir``."""
    started = time.monotonic()
    db_path, out_dir = Path(db_path), Path(out_dir)
    with Archive.open(db_path) as archive:
        prepare_out_dir(out_dir)
        conn = archive.db.conn
        written: list[tuple[Chart, str]] = []
        paths: list[Path] = []
        index = out_dir / "index.html"
        try:
            # Each file written aside and renamed when complete: a full disk left a
            # truncated chart over the last good one, and "[Errno 28] No space left on
            # device" naming no file.
            for chart, draw in CHARTS:
                path = out_dir / chart.filename
                fig = _figure()
                caption = draw(conn, fig)
                with written_aside(path) as part:
                    _save(fig, part)
                written.append((chart, caption))
                paths.append(path)
            page = _page(db_path, archive, written)
            with written_aside(index) as part:
                part.write_text(page, encoding="utf-8")
        except OSError as exc:
            raise ReportError(
                f"cannot write the report to {out_dir}: {exc.strerror or exc}"
                + (f" ({Path(exc.filename).name})" if exc.filename else "")
            ) from None
        articles, sites = conn.execute(
            "select count(*), count(distinct site) from articles"
        ).fetchone()
    return ReportResult(out_dir, index, paths, articles, sites, time.monotonic() - started)
