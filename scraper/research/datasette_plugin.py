"""newsarchive's own Datasette plugin: year and month facets, links to stories.

Registered in process by ``newsarchive serve`` (``scraper.research.serve``); it is not a
separate package. It earns its place with two things Datasette cannot do from metadata:

- **year / month facets** on ``published_at``. Datasette's built-in ``date`` facet
  counts per day, which on an archive of years is thousands of buttons. These count per
  year (``{"year": "published_at"}`` in a table's ``facets``) and per month
  (``{"month": …}``) of the *local* day the site printed, and a click filters with
  ``published_at__startswith=2024-01``, a filter Datasette already has.
- **links that are not foreign keys**: ``articles.story_id`` links to the story's row,
  ``stories.origin_article_id`` to the article (the columns are set by the story
  index, not declared as foreign keys in the schema), and an article's ``url`` is
  followed by a "history" link to the ``article_history`` canned query (every URL it
  was seen at, earlier versions, edits and takedowns, in time order). Versions and
  aliases are also listed under "Links from other tables" on the article's page, from
  the foreign keys ``article_versions.article_id`` and ``aliases.article_id``.

And one nicety: a table page lists every column's description (from docs/schema.md)
above the rows; for ``articles`` that is 23 paragraphs, so a few lines of script fold
the list into a "What each column means" disclosure (without script it stays open).
"""

from __future__ import annotations

import urllib.parse

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite
from markupsafe import Markup, escape


class _PrefixFacet(Facet):
    """Count rows by the first ``length`` characters of an ISO date column."""

    length = 0

    async def suggest(self):
        return []

    def _path(self, column: str, value: str | None) -> str:
        """The current URL with this facet's filter set to ``value`` (None: removed)."""
        key = f"{column}__startswith"
        pairs = [
            (k, v)
            for k, v in urllib.parse.parse_qsl(self.request.query_string, keep_blank_values=True)
            if not (k == key and len(v) == self.length) and k != "_next"
        ]
        if value is not None:
            pairs.append((key, value))
        query = urllib.parse.urlencode(pairs)
        return self.request.path + (f"?{query}" if query else "")

    async def facet_results(self):
        results, timed_out = [], []
        selected_values = {
            v
            for k, v in urllib.parse.parse_qsl(self.request.query_string)
            if k.endswith("__startswith") and len(v) == self.length
        }
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            col = escape_sqlite(column)
            sql = f"""
                select substr({col}, 1, {self.length}) as value, count(*) as count
                from ({self.sql})
                where {col} glob '[0-9][0-9][0-9][0-9]*'
                group by value order by value desc limit {size + 1}
            """
            try:
                rows = await self.ds.execute(
                    self.database,
                    sql,
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                selected = row["value"] in selected_values
                path = self._path(column, None if selected else row["value"])
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, path),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,  # Datasette shows "published_at (month)"
                    "type": self.type,
                    "results": values,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.absolute_url(self.request, self.request.path),
                    "truncated": len(rows) > size,
                }
            )
        return results, timed_out


class YearFacet(_PrefixFacet):
    type = "year"
    length = 4


class MonthFacet(_PrefixFacet):
    type = "month"
    length = 7


@hookimpl(trylast=True)  # after the built-in facets: site, tags… come first
def register_facet_classes():
    return [YearFacet, MonthFacet]


# (table, column) -> table whose row the value is the primary key of.
_LINKS = {("articles", "story_id"): "stories", ("stories", "origin_article_id"): "articles"}


@hookimpl
def render_cell(value, column, table, database, datasette):
    if table == "articles" and column == "url" and isinstance(value, str):
        history = (
            datasette.urls.query(database, "article_history")
            + "?"
            + (urllib.parse.urlencode({"article": value}))
        )
        link = (
            f'<a href="{escape(value)}">{escape(value)}</a>'
            if value.startswith(("http://", "https://"))
            else escape(value)
        )
        return Markup(f'{link} <a class="history" href="{escape(history)}">(history)</a>')
    target = _LINKS.get((table, column))
    if target is None or value is None or not str(value).lstrip("-").isdigit():
        return None
    href = datasette.urls.row(database, target, str(value))
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


_FOLD_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var details = document.createElement("details");
  var summary = document.createElement("summary");
  var count = list.querySelectorAll("dt").length;
  summary.textContent = "What each column means (" + count + " columns)";
  list.parentNode.insertBefore(details, list);
  details.appendChild(summary);
  details.appendChild(list);
});
"""


@hookimpl
def extra_body_script(template):
    return _FOLD_DESCRIPTIONS if template == "table.html" else None
