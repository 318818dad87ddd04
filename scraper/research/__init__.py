"""The researcher's side of the archive, usable from Python without the CLI.

- ``schema_doc``: ``docs/schema.md`` parsed (every table and column described);
- ``canned``: the named SQL questions (per-day counts, top tags, stories, takedowns,
  silent sites, search by date, one article's history);
- ``metadata`` / ``serve`` / ``datasette_plugin``: Datasette on the archive, read-only;
- ``report``: the static coverage report (``index.html`` and PNG charts);
- ``parquet``: typed, streamed Parquet export.

Heavy dependencies (Datasette, matplotlib, pyarrow) are imported by the module that
needs them, so importing ``scraper.research`` costs nothing.
"""
