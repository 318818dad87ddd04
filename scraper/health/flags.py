"""Health flags: a site's latest crawl against its own history.

A research archive is a list of sources kept alive for years, and sources break
quietly: a theme change, a moved feed, an expired domain, an injection of gambling
spam. Each rule here compares the latest ``SiteRun`` of a site with that site's own
earlier runs (never with other sites: a weekly Polsek page and a daily portal have
different rhythms) and returns a ``Flag`` with the evidence a person needs to act:

- ``unreachable``: the latest crawl fetched no page of the site (no answer: refused
  connections, DNS, timeouts), got only failures from it, got none of its pages (a
  database-error or maintenance page for every URL: ``not_serving``) or failed
  outright for it (``site_status``, the site's own in a run of many), however good
  its history; the message says how many crawls in a row, since when, the error kinds
  and the last crawl that fetched pages. Judged when health is read (``latest_health``), from
  ``crawl_runs`` as well as ``source_health``, so a crawl that died before recording
  figures counts too; it is not stored in ``health_flags``;
- ``unfinished``: the site's latest crawls, ``unfinished_runs`` in a row, were all
  stopped before they finished (Ctrl-C, a cron ``timeout``, a kill). Health compares
  finished crawls only, so without this flag a site whose crawl is cut short every
  night would never be compared again, in silence. Judged when health is read, from
  ``crawl_runs``, like ``unreachable``;
- ``silent``: no new article for more crawls than ``silent_factor`` times its usual gap
  between crawls that brought new articles (and more than its 90th-percentile gap);
- ``broken_discovery``: a feed, sitemap or API that worked in most of the last five
  crawls now fails in every request (404, an error, or an answer that lists nothing);
  raised again each crawl while most of the last five still had it working;
- ``extraction_drift``: the median text length fell below half of its usual and below
  any earlier crawl, or the share of dated articles fell, or the share of pages judged
  not articles rose, each sharply (a new theme hides the body or the date); raised on
  the crawls where the change shows, until the shorter texts are the site's normal;
- ``suspicious_content``: pages quarantined as spam, hidden spam link blocks, the
  home page redirected to another registrable domain, or a hijack: new pages suddenly
  in another language or off every topic the site had, or article pages redirected to
  another registrable domain;
- ``takedowns``: many of the known articles the crawl fetched again were taken down.

Comparisons need history: no comparative flag is raised before a site has
``min_baseline`` earlier crawls that read enough pages (so never on its first nights).
Spam found is a fact, not a comparison, and is flagged on any crawl; so is a crawl
that reached nothing (``unreachable``). Pure.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from scraper.health.figures import SiteRun

UNREACHABLE = "unreachable"
UNFINISHED = "unfinished"
SILENT = "silent"
BROKEN_DISCOVERY = "broken_discovery"
EXTRACTION_DRIFT = "extraction_drift"
SUSPICIOUS_CONTENT = "suspicious_content"
TAKEDOWNS = "takedowns"
FLAGS = (
    UNREACHABLE,
    UNFINISHED,
    SILENT,
    BROKEN_DISCOVERY,
    EXTRACTION_DRIFT,
    SUSPICIOUS_CONTENT,
    TAKEDOWNS,
)
# A site's own outcome in a crawl (``site_status``); ``unreachable`` is one too.
OK, PARTIAL, FAILED = "ok", "partial", "failed"


@dataclass(frozen=True)
class HealthSettings:
    """The thresholds, with the defaults documented in the README."""

    silent_factor: float = 3.0  # silent after this many usual gaps without new articles
    min_productive_runs: int = 3  # crawls with new articles needed to know a usual gap
    gap_history: int = 30  # the latest gaps the usual gap is taken from
    min_pages: int = 3  # pages read in a crawl for its texts to be compared
    min_hijack_pages: int = 5  # articles read in a crawl for its language and topics
    baseline_runs: int = 10  # earlier crawls a comparison uses
    min_baseline: int = 2  # earlier crawls needed before any comparison
    discovery_history: int = 5  # earlier crawls a discovery source is judged on
    text_drop: float = 0.5  # median text length below this share of its usual
    share_drop: float = 0.3  # dated share fell, or not-article share rose, this much
    language_drop: float = 0.4  # share of Indonesian texts fell this much, to a third
    topic_drop: float = 0.5  # share of texts on a known topic fell this much, to a third
    redirect_share: float = 0.3  # of article pages sent to another domain
    min_redirects: int = 3
    unreachable_runs: int = 1  # crawls in a row that fetched nothing before flagging
    unfinished_runs: int = 3  # crawls in a row stopped before they finished
    min_takedowns: int = 5  # known articles taken down in one crawl, before takedowns
    takedown_share: float = 0.2  # of the known articles the crawl fetched again


DEFAULTS = HealthSettings()


@dataclass
class Flag:
    flag: str  # one of FLAGS
    message: str  # one line for a person
    evidence: dict = field(default_factory=dict)


def evaluate(
    history: list[SiteRun],
    current: SiteRun,
    settings: HealthSettings = DEFAULTS,
    quarantined: list[dict] | None = None,
) -> list[Flag]:
    """The flags of ``current`` (a site's latest crawl) against ``history`` (its earlier
    crawls, oldest first), stored when the crawl records its health. ``quarantined``:
    the pages this crawl quarantined as spam (url, title, reason), for evidence.
    ``unreachable`` is not among them: it is judged when health is read, because a crawl
    that died records no figures (``scraper.archive.health.latest_health``)."""
    found = [
        silent(history, current, settings),
        # A site that served nothing (``unreachable``, judged on reading) lost no feed.
        None if reached_nothing(current) else broken_discovery(history, current, settings),
        # Pages that redirected to another domain read as no article: no drift of the
        # extraction (helper-119's taken-over site: "not article share 100%").
        None if sent_elsewhere(current) else extraction_drift(history, current, settings),
        suspicious_content(history, current, settings, quarantined or []),
        takedowns(current, settings),
    ]
    return [flag for flag in found if flag is not None]


def unreachable(
    history: list[SiteRun], current: SiteRun, settings: HealthSettings = DEFAULTS
) -> Flag | None:
    """The latest crawl, and maybe the ones before it, fetched no page of the site or
    failed: flagged from the first such crawl (a nightly cron job should hear of one bad
    night), counting the crawls in a row since the last one that fetched pages."""
    if not reached_nothing(current) or sent_elsewhere(current):
        # A home page sent to another domain is ``suspicious_content``'s to name.
        return None
    streak = [current]
    last_good = None
    for run in reversed(history):
        if not reached_nothing(run):
            last_good = run
            break
        streak.append(run)
    streak.reverse()
    if len(streak) < settings.unreachable_runs:
        return None
    kinds: Counter[str] = Counter()
    for run in streak:
        kinds.update(run.error_kinds)
    first, count = streak[0], len(streak)
    if count == 1:
        crawls = f"the latest crawl (run {first.run_id}, {_when(first.started_at)})"
    else:
        crawls = f"{count} crawls in a row, since run {first.run_id} ({_when(first.started_at)})"
    said = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items(), key=_by_count))
    messages = list(dict.fromkeys(run.message for run in streak if run.message))
    parts = [f"errors: {said}"] if said else []
    if current.message and not current.error_kinds and not current.pages_fetched:
        # e.g. the crawl process died: no count says so. (With figures, the run's message
        # may be about the other sites crawled with this one.)
        parts.append(current.message)
    if not_serving(current):
        parts.insert(
            0,
            f"{_home_page_said(current, 'its pages')} and no feed, sitemap or API listed "
            "any: it answers with a page that is not its own (a database error, maintenance "
            "or parking page?)",
        )
    cause = "; ".join(parts) or (messages[-1] if messages else "no error recorded")
    if last_good is not None:
        before = f"last fetched pages in run {last_good.run_id} ({_when(last_good.started_at)})"
    elif history and all(r.pages_fetched == 0 for r in streak):
        before = "no crawl of it has fetched a page yet"
    elif history:
        # Pages came, but every answer failed or was none of its own (helper-102: the
        # home page and the feed answered, every article 400): none went better.
        before = "no crawl of it has archived anything yet"
    else:
        before = "its first crawl"
    # A crawl that failed with pages fetched: they all failed (5xx, too large, …).
    if all(r.pages_fetched == 0 for r in streak):
        what = "no page fetched"
    elif not_serving(current):
        what = "none of its pages served"
    else:
        what = "nothing archived"
    return Flag(
        UNREACHABLE,
        f"{what} in {crawls}; {cause}; {before}",
        {
            "failed_crawls": count,
            "since_run": first.run_id,
            "since": first.started_at,
            "runs": [run.run_id for run in streak],
            "statuses": [run.status for run in streak],
            "error_kinds": dict(sorted(kinds.items(), key=_by_count)),
            "messages": messages,
            "last_fetched_run": last_good.run_id if last_good else None,
            "last_fetched_at": last_good.started_at if last_good else None,
            "last_fetched_pages": last_good.pages_fetched if last_good else None,
            "home_links": current.home_links,
            "home_bytes": current.home_bytes,
        },
    )


def unfinished(
    stopped: list[SiteRun], last_finished: SiteRun | None, settings: HealthSettings = DEFAULTS
) -> Flag | None:
    """``stopped``: the site's crawls after its latest finished one (``last_finished``,
    None when none has finished), oldest first, every one stopped before it finished.
    One such night is a person's Ctrl-C; several in a row are a cron ``timeout`` shorter
    than the crawl, and the site's figures are no longer compared."""
    if not stopped or len(stopped) < settings.unfinished_runs:
        return None
    first, count = stopped[0], len(stopped)
    messages = list(dict.fromkeys(run.message for run in stopped if run.message))
    if last_finished is not None:
        shown = (
            f"its latest finished crawl is run {last_finished.run_id} "
            f"({_when(last_finished.started_at)})"
        )
    else:
        shown = "no crawl of it has finished yet"
    return Flag(
        UNFINISHED,
        f"{count} crawls in a row, since run {first.run_id} ({_when(first.started_at)}), "
        f"were stopped before they finished ({messages[-1] if messages else 'interrupted'}); "
        f"health compares finished crawls only and {shown}. A crawl given too little time "
        "(a cron timeout) is stopped every night: give it more, or crawl fewer sites at once",
        {
            "stopped_crawls": count,
            "since_run": first.run_id,
            "since": first.started_at,
            "runs": [run.run_id for run in stopped],
            "messages": messages,
            "last_finished_run": last_finished.run_id if last_finished else None,
            "last_finished_at": last_finished.started_at if last_finished else None,
        },
    )


def reached_nothing(run: SiteRun) -> bool:
    """A crawl that fetched no page of the site, whose every answer from the site was a
    failure (``answered_only_errors``) or a page that is none of its own
    (``not_serving``), or in which the site failed (its pages all failed, or the crawl
    process died: ``SiteRun.status``)."""
    return (
        run.pages_fetched == 0
        or run.status in (FAILED, UNREACHABLE)
        or answered_only_errors(run)
        or not_serving(run)
    )


def answered_only_errors(run: SiteRun) -> bool:
    """The site answered, but only with failures: some request failed (its home page
    answered 500, say), no feed, sitemap or API worked, and no page of it had any
    outcome (no article new, known, skipped or refused).

    The run's status cannot say so: ``crawl --all`` is one run for every site, which is
    ``partial`` when the others were archived. Without this a site answering 500 to
    everything was flagged ``broken_discovery`` for a few nights, then ``silent``, as
    if it had stopped publishing, and never ``unreachable``."""
    return run.errors > 0 and not run.pages_found and not run.discovery_worked


def not_serving(run: SiteRun) -> bool:
    """The site answered, but not with its pages: its home page was read and links to
    none of the site's own pages, no feed, sitemap or API listed anything, and no page
    of it had any outcome. A WordPress whose database is down answers every URL with a
    200 "Error establishing a database connection" page; so does a maintenance page, a
    parking page. Nothing in it fails, yet nothing of the site can be found: without
    this it was an ``ok`` crawl with nothing new (``broken_discovery``, then
    ``silent``). A maintenance page may keep the theme's menu, whose links lead to the
    same page: then every page read answered the home page's text
    (``serves_home_everywhere``) and none was an article. A quiet night is not this:
    its home page links to its (known) articles, its feeds say "not modified". Nor is a
    home page that sent its reader to another domain (a lapsed domain now a gambling
    landing page): ``suspicious_content`` names that, whether or not the landing page
    was also read and quarantined, which depended on the crawl's timing (a flaky test
    under load flagged it ``unreachable`` too)."""
    if run.discovery_worked or run.home_redirect_hosts:
        return False
    if run.home_links == 0 and not run.pages_found:
        return True
    # Pages known from earlier crawls and not fetched again (skipped) say nothing.
    read_as_articles = run.pages_found - run.pages_not_article - run.pages_skipped
    return serves_home_everywhere(run) and not read_as_articles


def sent_elsewhere(run: SiteRun) -> bool:
    """The home page sent its reader to another domain, no feed, sitemap or API of the
    site listed anything, and no article of it was read: the site moved, or its domain
    lapsed or was taken over (a gambling landing page). Health flags it
    ``suspicious_content`` alone (the ``unreachable`` and ``extraction_drift`` flags
    leave such a night to it); the crawl's status and exit code say that none of the
    site's pages was served
    (helper-119: "ok", exit 0, the night counted as the site's last good one). Whether
    the landing page was also read (and quarantined) changes nothing here."""
    found = run.articles_new + run.articles_updated + run.articles_unchanged
    found += run.articles_duplicate + run.articles_gone + run.pages_skipped
    # The site answered (a site down is ``unreachable``'s, helper-121), and nothing of
    # its own came back: not its home page's links (a hop through another domain that
    # comes back, a consent page), nor a known article skipped (a quiet night).
    return (
        bool(run.home_redirect_hosts)
        and run.pages_fetched > 0
        and not run.failures
        and not run.discovery_worked
        and not run.home_links
        and not found
    )


# Article pages answering 404 or 410, and none anything else, before a site is taken to
# list addresses it does not serve (``articles_missing``): one or two are posts deleted
# after a feed was cached.
_MISSING_ARTICLES = 3


def articles_missing(run: SiteRun) -> bool:
    """Every article page the crawl asked the site for answered 404 or 410 (at least
    ``_MISSING_ARTICLES``), and no page of the site had another outcome, none known
    either: its feed, sitemap or links list addresses it does not serve. A 404 is
    otherwise a broken link, the site's and no failure of the crawl; but when it is
    every article's, nothing is archived night after night, with exit 0 (helper-102: a
    portal routing through the query string, whose addresses the crawl spelled another
    way, answering 404). Known articles, skipped or fetched again, say the site's
    addresses work: a sitemap that keeps listing deleted posts makes the same 404s every
    quiet night (helper-105's review: such a healthy site failed every night)."""
    return run.articles_not_found >= _MISSING_ARTICLES and not run.pages_found


# Pages other than the home page that answered its text before a site is taken to
# serve one page everywhere (``serves_home_everywhere``).
_PAGES_AS_HOME = 2


def serves_home_everywhere(run: SiteRun) -> bool:
    """Every other page of the site read (listings, article pages) answered its home
    page's very text (``pages_as_home``, none unlike it). A maintenance page rendered in
    the theme keeps the menu, so its home page links to the site's category pages, which
    answer the same maintenance page, and its "Kontak" page is judged no article: its
    links (``home_links``) cannot tell it from a site, its pages can. No page of a
    working site answers its home page's text, but one link may be the home page under
    another name ("/index.php", "/beranda"): on a quiet night, its articles known and
    skipped, that alone must not make a small site unreachable, so it takes two."""
    return run.pages_as_home >= _PAGES_AS_HOME and not run.pages_unlike_home


def _home_page_said(run: SiteRun, pages: str) -> str:
    """What the home page of a site serving none of its pages showed, for messages;
    ``pages``: how they are named ("them", "its pages")."""
    if run.home_links == 0 and not run.pages_found:
        return f"its home page ({run.home_bytes} bytes) links to none of {pages}"
    return (
        f"its home page ({run.home_bytes} bytes) links to {run.home_links} of {pages} but "
        f"the {run.pages_as_home} read all answered its very text,"
    )


def site_status(run: SiteRun, run_status: str) -> str:
    """The site's own outcome in a crawl of status ``run_status`` (ok, partial, failed,
    interrupted), from its figures: one site's failure no longer spills onto the others
    crawled with it.

    - ``unreachable``: no page fetched, every answer a failure, or none of its pages
      served (``answered_only_errors``, ``not_serving``);
    - ``failed``: some of its requests failed, or its start page (a 404 too: a wrong
      base URL, which the run's status counts as a failure), and nothing of it was found;
      or every article page asked for answered 404 (``articles_missing``);
    - ``partial``: some failed, the rest archived;
    - ``ok``: nothing failed.

    A run stopped before it finished (``interrupted``) is so for every site."""
    if run_status not in (OK, PARTIAL, FAILED):
        return run_status
    if run.pages_fetched == 0 or answered_only_errors(run) or not_serving(run):
        return UNREACHABLE
    if sent_elsewhere(run):
        return FAILED
    if run.failures or run.start_page_failed:
        return PARTIAL if run.pages_found else FAILED
    if articles_missing(run):
        return FAILED
    return OK


def site_statuses(runs: list[SiteRun], run_status: str) -> dict[str, str]:
    """``site_status`` of every site of one run. A run judged partial or failed for a
    reason no site's figures show (a page without a recorded outcome) is no site's alone:
    each gets the run's status."""
    statuses = {run.site: site_status(run, run_status) for run in runs}
    if run_status in (PARTIAL, FAILED) and all(s == OK for s in statuses.values()):
        return dict.fromkeys(statuses, run_status)
    return statuses


def site_problem(run: SiteRun) -> str:
    """Why a site's status is not ``ok``, in a few words, for the crawl's summary."""
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(run.error_kinds.items(), key=_by_count))
    if run.pages_fetched == 0:
        return f"no page fetched ({kinds or 'no answer'})"
    if not_serving(run):
        return (
            f"none of its pages served: {_home_page_said(run, 'them')} and no feed, sitemap "
            "or API listed any (a database error, maintenance or parking page?)"
        )
    if sent_elsewhere(run):
        hosts = ", ".join(sorted(run.home_redirect_hosts))
        return (
            f"none of its pages served: its home page sends readers to another domain "
            f"({hosts}) and no feed, sitemap or API listed any (the site moved, or its "
            "domain lapsed or was taken over? see 'newsarchive health')"
        )
    failed = [s for s, d in sorted(run.discovery.items()) if not d.get("ok") and d.get("failed")]
    listed = f"; {', '.join(failed)} failed" if failed else ""
    if answered_only_errors(run):
        return f"{run.pages_fetched} answers, none usable (errors: {kinds}{listed})"
    if articles_missing(run) and not (run.failures or run.start_page_failed):
        listed = "feed, sitemap or API" if run.discovery_worked else "pages' links"
        return (
            f"all {run.articles_not_found} article pages asked for answered 404 or 410 and "
            f"none was archived: the addresses its {listed} name are not served (an "
            "address scheme the site changed, or one the crawl spelled another way?)"
        )
    if run.start_page_failed:
        down = all(k.startswith("http_5") or k == "timeout" for k in run.error_kinds)
        hint = "down or overloaded?" if down and run.error_kinds else "is the base URL right?"
        return (
            f"its start page could not be read ({kinds}), {run.pages_found} pages archived "
            f"or known ({hint})"
        )
    return f"{run.failures} requests failed ({kinds}), {run.pages_found} pages archived or known"


def silent(history: list[SiteRun], current: SiteRun, settings: HealthSettings) -> Flag | None:
    """No new article for longer than the site's usual gap allows, counted in crawls
    that reached the site (a crawl that could not fetch anything says nothing)."""
    if reached_nothing(current) or current.articles_new > 0:
        return None
    runs = [r for r in history if not reached_nothing(r)] + [current]
    productive = [i for i, r in enumerate(runs) if r.articles_new > 0]
    if len(productive) < settings.min_productive_runs:
        return None
    gaps = [b - a for a, b in zip(productive, productive[1:])][-settings.gap_history :]
    usual = statistics.median(gaps)
    longest_usual = _quantile(gaps, 0.9)
    threshold = max(settings.silent_factor * usual, longest_usual)
    quiet = len(runs) - 1 - productive[-1]
    if quiet <= threshold:
        return None
    last = runs[productive[-1]]
    return Flag(
        SILENT,
        f"no new article in {quiet} crawls (since run {last.run_id}, {last.started_at[:10]}); "
        f"it usually brings some every {_n(usual)} crawls",
        {
            "quiet_crawls": quiet,
            "usual_gap_crawls": usual,
            "threshold_crawls": threshold,
            "last_new_run": last.run_id,
            "last_new_at": last.started_at,
            "last_new_articles": last.articles_new,
            "crawls_with_new_articles": len(productive),
        },
    )


def broken_discovery(
    history: list[SiteRun], current: SiteRun, settings: HealthSettings
) -> Flag | None:
    """A discovery source that worked in most of the recent crawls (and in at least
    ``min_baseline``), now failing in every request of this crawl."""
    if not history:
        return None
    recent = history[-settings.discovery_history :]
    broken = []
    for source, now in sorted(current.discovery.items()):
        if now["ok"] > 0:
            continue
        worked = [r for r in recent if r.discovery.get(source, {}).get("ok", 0) > 0]
        if len(worked) < max(settings.min_baseline, len(recent) // 2 + 1):
            continue
        urls_before = statistics.median(r.discovery[source]["urls"] for r in worked)
        broken.append(
            {
                "source": source,
                "now": now["failed"] or {"no answer": []},
                "worked_in": f"{len(worked)} of the last {len(recent)} crawls",
                "last_worked_run": worked[-1].run_id,
                "urls_before": urls_before,
            }
        )
    if not broken:
        return None
    said = "; ".join(f"{b['source']}: {_failures(b['now'])}" for b in broken)
    return Flag(
        BROKEN_DISCOVERY,
        f"{', '.join(b['source'] for b in broken)} stopped working ({said})",
        {"sources": broken},
    )


def extraction_drift(
    history: list[SiteRun], current: SiteRun, settings: HealthSettings
) -> Flag | None:
    """Texts suddenly much shorter, dates or articles suddenly missing."""
    if current.pages_read < settings.min_pages:
        return None
    baseline = [r for r in history if r.pages_read >= settings.min_pages]
    baseline = baseline[-settings.baseline_runs :]
    if len(baseline) < settings.min_baseline:
        return None
    signals = []
    # Each signal needs enough pages of its own kind, tonight and in the baseline.
    read = [r for r in baseline if r.articles_read >= settings.min_pages]
    if current.articles_read >= settings.min_pages and len(read) >= settings.min_baseline:
        texts = [r.median_text_chars for r in read]
        now = current.median_text_chars
        usual = statistics.median(texts)
        if now < settings.text_drop * usual and now < min(texts):
            signals.append(
                {"signal": "median_text_chars", "now": now, "usual": usual, "lowest": min(texts)}
            )
        dated = [r.dated_share for r in read]
        usual = statistics.median(dated)
        if usual - current.dated_share >= settings.share_drop and current.dated_share < min(dated):
            signals.append({"signal": "dated_share", "now": current.dated_share, "usual": usual})
    refused = [r.not_article_share for r in baseline]
    if current.pages_not_article >= settings.min_pages:
        usual = statistics.median(refused)
        rise = current.not_article_share - usual
        if rise >= settings.share_drop and current.not_article_share > max(refused):
            signals.append(
                {"signal": "not_article_share", "now": current.not_article_share, "usual": usual}
            )
    if not signals:
        return None
    return Flag(
        EXTRACTION_DRIFT,
        "extraction changed: " + "; ".join(_signal_text(s) for s in signals),
        {
            "signals": signals,
            "pages_read": current.pages_read,
            "articles_read": current.articles_read,
            "baseline_crawls": [r.run_id for r in baseline],
        },
    )


def takedowns(current: SiteRun, settings: HealthSettings) -> Flag | None:
    """Many of the known articles this crawl fetched again were taken down (404, 410,
    sent to the home page, a "not found" page): a site that removed a batch of
    releases, or moved its articles to new URLs without redirects. A fact of the
    night, flagged on any crawl; each article's ``gone_reason`` says how it went
    (helper-86's trial: 41 of a site's 71 articles went in one night, and ``health``
    said ok)."""
    gone = current.articles_gone
    fetched_again = gone + current.articles_unchanged + current.articles_updated
    if gone < settings.min_takedowns or gone < settings.takedown_share * fetched_again:
        return None
    return Flag(
        TAKEDOWNS,
        f"{gone} of the {fetched_again} known articles fetched again were taken down",
        {"articles_gone": gone, "fetched_again": fetched_again},
    )


def suspicious_content(
    history: list[SiteRun], current: SiteRun, settings: HealthSettings, quarantined: list[dict]
) -> Flag | None:
    """Spam quarantined or stripped, or the signs of a domain serving someone else."""
    signals = []
    if current.spam_pages:
        signals.append(
            {
                "signal": "spam_pages",
                "count": current.spam_pages,
                "examples": [
                    {k: q.get(k) for k in ("url", "title", "reason")} for q in quarantined[:5]
                ],
            }
        )
    if current.spam_blocks:
        signals.append(
            {
                "signal": "hidden_spam_links",
                "blocks": current.spam_blocks,
                "hosts": list(current.spam_link_hosts)[:5],
            }
        )
    if current.home_redirect_hosts:
        # A fact, like spam: flagged on any crawl, the first included.
        signals.append({"signal": "home_redirect", "hosts": list(current.home_redirect_hosts)[:5]})
    signals += _hijack(history, current, settings)
    if not signals:
        return None
    return Flag(
        SUSPICIOUS_CONTENT,
        "suspicious content: " + "; ".join(_signal_text(s) for s in signals),
        {"signals": signals},
    )


def _hijack(history: list[SiteRun], current: SiteRun, settings: HealthSettings) -> list[dict]:
    """New pages in another language or off every topic the site had, or article pages
    sent to another registrable domain: a domain that changed hands."""
    baseline = [r for r in history if r.articles_read >= settings.min_hijack_pages]
    baseline = baseline[-settings.baseline_runs :]
    signals = []
    enough = current.articles_read >= settings.min_hijack_pages
    if enough and len(baseline) >= settings.min_baseline:
        for name, drop in (
            ("indonesian_share", settings.language_drop),
            ("topic_share", settings.topic_drop),
        ):
            before = [getattr(r, name) for r in baseline if getattr(r, name) is not None]
            now = getattr(current, name)
            if now is None or len(before) < settings.min_baseline:
                continue
            usual = statistics.median(before)
            if usual - now >= drop and now <= usual / 3 and now < min(before):
                signals.append({"signal": name, "now": now, "usual": usual})
    fetched = [r for r in history if r.article_pages][-settings.baseline_runs :]
    if (
        current.offsite_redirects >= settings.min_redirects
        and current.offsite_redirects >= settings.redirect_share * max(current.article_pages, 1)
        and len(fetched) >= settings.min_baseline
    ):
        usual = statistics.median(r.offsite_redirects / r.article_pages for r in fetched)
        if usual < settings.redirect_share / 3:
            signals.append(
                {
                    "signal": "offsite_redirects",
                    "count": current.offsite_redirects,
                    "of_article_pages": current.article_pages,
                    "hosts": list(current.redirect_hosts)[:5],
                    "usual_share": round(usual, 3),
                }
            )
    return signals


def _signal_text(signal: dict) -> str:
    name = signal["signal"]
    if name == "median_text_chars":
        return f"median text {signal['now']} characters (usually {signal['usual']:.0f})"
    if name == "spam_pages":
        return f"{_many(signal['count'], 'page')} quarantined as spam"
    if name == "hidden_spam_links":
        hosts = ", ".join(signal["hosts"][:3])
        return f"{_many(signal['blocks'], 'hidden spam link block')} removed" + (
            f" (to {hosts})" if hosts else ""
        )
    if name == "home_redirect":
        return (
            f"the home page redirects to another domain, {', '.join(signal['hosts'][:3])}: "
            "the site moved (probe its new address) or the domain changed hands"
        )
    if name == "offsite_redirects":
        return (
            f"{signal['count']} of {signal['of_article_pages']} article pages redirected to "
            f"{', '.join(signal['hosts'][:3])}"
        )
    return f"{name.replace('_', ' ')} {signal['now']:.0%} (usually {signal['usual']:.0%})"


def _many(count: int, thing: str) -> str:
    """ "1 page", "4 pages" (helper-112 read "1 pages quarantined as spam")."""
    return f"{count} {thing}" + ("" if count == 1 else "s")


def _failures(failed: dict) -> str:
    return ", ".join(
        f"{status} {urls[0]}" + (f" (+{len(urls) - 1})" if len(urls) > 1 else "")
        if urls
        else status
        for status, urls in sorted(failed.items())
    )


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _when(started_at: str) -> str:
    return started_at[:16].replace("T", " ") + (" UTC" if started_at else "")


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _n(value: float) -> str:
    return f"{value:g}"
