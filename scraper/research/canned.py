"""The questions researchers ask the archive, as named SQL (Datasette canned queries).

Each query is plain read-only SQLite SQL with named parameters, so it runs the same in
Datasette (``/<db>/<name>``), in ``sqlite3`` and in ``pandas.read_sql(sql, conn,
params={...})``; ``newsarchive report`` draws its charts from the same SQL. Every
parameter is optional: Datasette sends an empty string for one left blank, and the SQL
reads ``''`` as "no filter" (or as the default it names).

Dates are the local calendar day the site printed (the first ten characters of
``published_at``), as in ``newsarchive search --since/--until``. A parameter day goes
through SQLite's ``date()`` and must come out of it unchanged: one not written
YYYY-MM-DD ("2024-1-5", "05/01/2024" typed into a Datasette form; "2024", which
``date()`` alone reads as a Julian day, 4707 BC) matches nothing, where as text it was
compared character by character and cut off a wrong share of the articles;
``silent_sites`` says so in ``status``, where a bad ``as_of`` called every site
"active". Likewise a ``min_sites`` not written as a whole number, or an ``event`` that
is none of the listed ones (a typo), matches nothing, and one row says so in a text
column (``origin_title``, ``event``; a number column keeps numbers): an empty answer
read as "no story was carried twice" or "nothing was taken down", and ``min_sites=abc``
(cast to 0) listed every story, single-site ones too.
"""

from __future__ import annotations

from dataclasses import dataclass

# A published_at that starts with a full date (not empty, not garbage).
_DATED = "published_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"


def _day(param: str) -> str:
    """SQL for the day a parameter gives, NULL unless written YYYY-MM-DD: ``date()``
    alone reads a number as a Julian day (``date('2024')`` is 4707 BC) and "now" as
    today."""
    return f"(case when date(:{param}) = :{param} then :{param} end)"


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    sql: str

    def datasette(self) -> dict:
        return {"title": self.title, "description": self.description, "sql": self.sql.strip()}


ARTICLES_PER_SITE_PER_DAY = CannedQuery(
    "articles_per_site_per_day",
    "Articles per site per day",
    "How many articles each site published on each local day (the day the site printed). "
    "A day a site is missing from is a day it published nothing, or the crawler missed it: "
    "the report's per-day chart shows those gaps. Optional: site, since, until (YYYY-MM-DD).",
    f"""
select site, substr(published_at, 1, 10) as day, count(*) as articles
from articles
where {_DATED}
  and (:site = '' or site = :site)
  and (:since = '' or substr(published_at, 1, 10) >= {_day("since")})
  and (:until = '' or substr(published_at, 1, 10) <= {_day("until")})
group by site, day
order by day desc, site
""",
)

TOP_TAGS_PER_MONTH = CannedQuery(
    "top_tags_per_month",
    "Most frequent tags per month",
    "The ten most used tags of each month (by the month the site printed), with how many "
    "articles carried each. Optional: site.",
    f"""
with tagged as (
  select substr(a.published_at, 1, 7) as month, t.value as tag
  from articles a, json_each(case when json_valid(a.tags) then a.tags else '[]' end) t
  where a.{_DATED} and (:site = '' or a.site = :site)
), counted as (
  select month, tag, count(*) as articles from tagged group by month, tag
), ranked as (
  select month, tag, articles,
         row_number() over (partition by month order by articles desc, tag) as rank
  from counted
)
select month, rank, tag, articles from ranked where rank <= 10 order by month desc, rank
""",
)

STORIES_ON_SEVERAL_SITES = CannedQuery(
    "stories_on_several_sites",
    "Stories published on several sites",
    "Stories (near-identical texts, see docs/stories.md) that two or more sites carried, "
    "most widely carried first, with the earliest publication. min_sites: at least this "
    "many sites (default 2; a value that is not a whole number matches nothing, and a "
    "row's origin_title says so). Every member: /<db>/articles?story_id=<story_id>.",
    """
with wanted as (
  select case when trim(:min_sites) = '' then 2
              when trim(:min_sites) not glob '*[^0-9]*' then cast(trim(:min_sites) as integer)
         end as min_sites
)
select * from (
  select s.id as story_id, s.site_count, s.member_count, s.sites,
         s.first_published_utc, o.site as origin_site, o.title as origin_title,
         o.url as origin_url
  from stories s left join articles o on o.id = s.origin_article_id
  where s.site_count >= (select min_sites from wanted)
  union all
  -- The message in a text column: site_count stays a number for a .json reader.
  select null, null, null, null, null, null,
         'min_sites ' || quote(:min_sites) || ' is not a whole number: no story matches', null
  from wanted where min_sites is null
)
order by site_count desc, member_count desc, first_published_utc desc
""",
)

TAKEDOWNS_AND_EDITS = CannedQuery(
    "takedowns_and_edits",
    "Takedowns and edits",
    "Every edit, takedown (404, 410, redirect to the home page) and return the revisits "
    "saw, newest first, with the article and how many earlier versions it has. The text "
    "of a taken-down article stays in the archive. Optional: event (edited, gone, back, "
    "moved; another value matches nothing, and a row says so). A version made by "
    "'newsarchive reextract' is no event on the site: article_history shows it.",
    """
select at, event, site, title, url, detail, gone_at, gone_reason, earlier_versions,
       article_id
from (
  select e.at, e.event, a.site, a.title, a.url, e.detail, a.gone_at, a.gone_reason,
         (select count(*) from article_versions v where v.article_id = a.id)
           as earlier_versions,
         a.id as article_id, e.id as event_id
  from article_events e join articles a on a.id = e.article_id
  where e.event != 'reextracted' and (:event = '' or e.event = :event)
  union all
  select null, 'no event is called ' || quote(:event) || ': edited, gone, back or moved',
         null, null, null, null, null, null, null, null, null
  where :event not in ('', 'edited', 'gone', 'back', 'moved')
)
order by at desc, event_id desc
""",
)

SILENT_SITES = CannedQuery(
    "silent_sites",
    "Sites that went silent",
    "Per site: its last published day, its usual gap between publishing days (the mean) "
    "and how many of those gaps have passed since, as of a day (as_of, default today; "
    "only the archived articles published by that day count). "
    "'silent' when more than three usual gaps (and at least three days) have passed: the "
    "site stopped publishing, moved, or the crawler lost it (compare last_crawled_at).",
    f"""
with days as (
  select distinct site, substr(published_at, 1, 10) as day from articles where {_DATED}
    -- blank as_of: today, a day ahead of UTC's (a site's local day may be tomorrow)
    and (({_day("as_of")} is null and :as_of != '')
         or substr(published_at, 1, 10) <= coalesce(nullif(:as_of, ''), date('now', '+1 day')))
), gaps as (
  select site, day,
         julianday(day) - julianday(lag(day) over (partition by site order by day)) as gap
  from days
), per_site as (
  select site, count(*) as publishing_days, min(day) as first_day, max(day) as last_day,
         coalesce(avg(gap), 1.0) as usual_gap, max(gap) as longest_gap
  from gaps group by site
), measured as (
  select p.*,
         julianday(case when :as_of = '' then date('now') else {_day("as_of")} end)
           - julianday(p.last_day) as silent_for
  from per_site p
)
select m.site, m.last_day as last_published, m.publishing_days,
       round(m.usual_gap, 1) as usual_gap_days, cast(m.longest_gap as integer) as longest_gap_days,
       cast(m.silent_for as integer) as silent_days,
       round(m.silent_for / max(m.usual_gap, 1.0), 1) as usual_gaps_passed,
       case when m.silent_for is null then 'as_of is not a day (YYYY-MM-DD)'
            when m.silent_for > max(3 * m.usual_gap, 3) then 'silent' else 'active' end
         as status,
       s.last_crawled_at
from measured m left join sites s on s.name = m.site
order by usual_gaps_passed desc, m.site
""",
)

SEARCH_BY_DATE = CannedQuery(
    "search_by_date",
    "Full-text search between two days",
    'Search titles and texts (SQLite FTS5: words, "exact phrase", AND / OR / NOT, '
    """prefix*; a word with an apostrophe or hyphen in double quotes: "Jum'at"), """
    "best match first, optionally between two local days (since, until: "
    "YYYY-MM-DD) and on one site. With q empty, every article of those days and that "
    "site, newest first. No row limit of its own: Datasette returns at most its "
    "max_returned_rows (5,000; the JSON says truncated), so for more run this SQL in "
    "sqlite3 or pandas, or use 'newsarchive search --limit' or 'export'.",
    f"""
select published_at, site, title, snippet, url, id from (
  select a.published_at, a.site, a.title,
         snippet(articles_fts, 1, '[', ']', ' … ', 16) as snippet, a.url, a.id,
         articles_fts.rank as score
  from articles_fts join articles a on a.id = articles_fts.rowid
  where articles_fts match (case when trim(:q) = '' then '""' else :q end)
    and (:since = '' or substr(a.published_at, 1, 10) >= {_day("since")})
    and (:until = '' or substr(a.published_at, 1, 10) <= {_day("until")})
    and (:site = '' or a.site = :site)
  union all
  select a.published_at, a.site, a.title, substr(a.text, 1, 160), a.url, a.id, 0
  from articles a
  where trim(:q) = ''
    and (:since = '' or substr(a.published_at, 1, 10) >= {_day("since")})
    and (:until = '' or substr(a.published_at, 1, 10) <= {_day("until")})
    and (:site = '' or a.site = :site)
)
order by score, published_at desc
""",
)

ARTICLE_HISTORY = CannedQuery(
    "article_history",
    "One article: its URLs, versions and events",
    "Everything the archive knows about one article, in time order: every URL it was "
    "seen at (aliases), earlier versions (article_versions), edits, takedowns and "
    "returns (article_events). article: any URL it was seen at, or its id.",
    """
with target as (
  select a.* from articles a
  where a.id = coalesce(
    (select id from articles where url = :article or cast(id as text) = :article),
    (select article_id from aliases where url = :article))
)
select 'current text' as what, t.fetched_at as at, t.title, t.url as detail,
       length(t.text) as characters, t.id as article_id
from target t
union all
select 'version ' || v.version, v.fetched_at, v.title,
       'replaced ' || v.replaced_at, length(v.text), v.article_id
from article_versions v join target t on v.article_id = t.id
union all
select 'event: ' || e.event, e.at, null, e.detail, null, e.article_id
from article_events e join target t on e.article_id = t.id
union all
select 'url seen', x.first_seen_at, null, x.url, null, x.article_id
from aliases x join target t on x.article_id = t.id
order by at, what
""",
)

CANNED_QUERIES = (
    ARTICLES_PER_SITE_PER_DAY,
    TOP_TAGS_PER_MONTH,
    STORIES_ON_SEVERAL_SITES,
    TAKEDOWNS_AND_EDITS,
    SILENT_SITES,
    SEARCH_BY_DATE,
    ARTICLE_HISTORY,
)


def run(conn, query: CannedQuery, **params) -> list[dict]:
    """Run a canned query on a ``sqlite3`` connection; missing parameters are blank."""
    import re

    names = set(re.findall(r":([a-z_]+)", query.sql))
    values = {name: str(params.get(name, "") or "") for name in names}
    cursor = conn.execute(query.sql, values)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]
