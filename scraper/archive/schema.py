"""The archive schema, defined once, changed only through these migrations.

Each migration is a function registered on ``MIGRATIONS`` (sqlite-utils 4 records
which ones ran in ``_sqlite_migrations``). Never edit a migration that has shipped:
add a new one. ``docs/schema.md`` describes every table and column for researchers,
and a test checks that it names every column these migrations create.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("newsarchive")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    db["sites"].create(
        {
            "name": str,
            "base_url": str,
            "timezone": str,
            "platform": str,
            "region": str,
            "definition": str,
            "first_crawled_at": str,
            "last_crawled_at": str,
        },
        pk="name",
    )
    db["articles"].create(
        {
            "id": int,
            "url": str,
            "site": str,
            "title": str,
            "text": str,
            "description": str,
            "authors": str,
            "published_at": str,
            "published_utc": str,
            "published_at_source": str,
            "modified_at": str,
            "tags": str,
            "categories": str,
            "image_url": str,
            "language": str,
            "slug": str,
            "content_hash": str,
            "fetched_at": str,
            "first_seen_at": str,
        },
        pk="id",
        not_null={"url", "site", "title", "text", "content_hash"},
    )
    articles = db["articles"]
    articles.create_index(["url"], unique=True)
    articles.create_index(["site", "content_hash"])
    articles.create_index(["published_utc"])
    articles.create_index(["site", "published_at"])
    db["aliases"].create(
        {"url": str, "article_id": int, "first_seen_at": str},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["aliases"].create_index(["article_id"])
    db["crawl_runs"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "sites": str,
            "status": str,
            "pages_fetched": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "articles_duplicate": int,
            "pages_not_article": int,
            "errors": int,
            "error_kinds": str,
            "message": str,
        },
        pk="id",
    )
    # Full-text search over title and text, kept in step by triggers.
    articles.enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True)


@MIGRATIONS()
def m002_event_dates(db: Database) -> None:
    """Dates named in article bodies, and disagreements between date sources."""
    db["articles"].add_column("date_conflict", str)
    db["article_dates"].create(
        {
            "article_id": int,
            "position": int,
            "surface": str,
            "value": str,
            "kind": str,
            "conflict": str,
        },
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_dates"].create_index(["value"])


@MIGRATIONS()
def m003_stories_versions_takedowns(db: Database) -> None:
    """Story clusters across sites, earlier versions of edited articles, takedowns."""
    db["articles"].add_column("story_id", int)
    db["articles"].create_index(["story_id"])
    db["stories"].create(
        {
            "id": int,
            "origin_article_id": int,
            "member_count": int,
            "site_count": int,
            "sites": str,
            "first_published_utc": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["stories"].create_index(["first_published_utc"])
    db["story_signatures"].create(
        {"article_id": int, "shingle_count": int, "signature": bytes},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["story_bands"].create({"band": int, "bucket": int, "article_id": int})
    db["story_bands"].create_index(["band", "bucket"])
    db["story_bands"].create_index(["article_id"])
    db["article_versions"].create(
        {
            "article_id": int,
            "version": int,
            "title": str,
            "text": str,
            "content_hash": str,
            "fetched_at": str,
            "replaced_at": str,
        },
        pk=("article_id", "version"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_events"].create(
        {"id": int, "article_id": int, "at": str, "event": str, "detail": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_events"].create_index(["article_id"])
    db["articles"].add_column("gone_at", str)
    db["articles"].add_column("gone_reason", str)
    db["article_checks"].create(
        {"article_id": int, "last_checked_at": str, "next_check_at": str, "checks": int},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_checks"].create_index(["next_check_at"])


@MIGRATIONS()
def m004_incremental_crawls(db: Database) -> None:
    """What nightly crawls need to skip unchanged pages, and a fuller run ledger."""
    # What discovery last said about each fetched URL's last change (API modified
    # time, sitemap lastmod): per URL, because a syndicated copy has its own dates.
    db["page_markers"].create({"url": str, "source_modified": str, "seen_at": str}, pk="url")
    db["http_validators"].create(
        {"url": str, "etag": str, "last_modified": str, "seen_at": str}, pk="url"
    )
    for column in ("article_pages_fetched", "pages_skipped", "articles_gone"):
        db["crawl_runs"].add_column(column, int)
    db["non_articles"].create({"url": str, "site": str, "reason": str, "seen_at": str}, pk="url")


@MIGRATIONS()
def m005_unaccounted(db: Database) -> None:
    """URLs a crawl fetched and never accounted for (stored, refused, failed)."""
    db["crawl_runs"].add_column("unaccounted", str)


@MIGRATIONS()
def m006_shingle_hashes(db: Database) -> None:
    """Each text's shingle hashes, so story matching compares arrays, not texts."""
    db["story_signatures"].add_column("shingle_hashes", bytes)


@MIGRATIONS()
def m007_entities(db: Database) -> None:
    """Police-news entities (scraper.entities): unit, region, province and topics of each
    article, the units, people and places it names, and what story matching needs."""
    articles = db["articles"]
    for column in ("primary_unit", "region", "province", "topics"):
        articles.add_column(column, str)
    articles.create_index(["primary_unit"])
    articles.create_index(["region"])
    db["article_units"].create(
        {
            "article_id": int,
            "position": int,
            "name": str,
            "level": str,
            "parent": str,
            "region_code": str,
            "surface": str,
            "start": int,
            "mentions": int,
            "in_title": int,
            "implied": int,
            "known": int,
        },
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_units"].create_index(["name"])
    db["article_people"].create(
        {
            "article_id": int,
            "position": int,
            "name": str,
            "rank": str,
            "titles": str,
            "role_position": str,
            "unit": str,
            "role": str,
            "surface": str,
            "start": int,
            "mentions": int,
        },
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_people"].create_index(["unit"])
    db["article_people"].create_index(["name"])
    db["article_places"].create(
        {
            "article_id": int,
            "position": int,
            "name": str,
            "level": str,
            "code": str,
            "surface": str,
            "start": int,
            "dateline": int,
            "mentions": int,
        },
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_places"].create_index(["name"])
    # Whether a date named in the text was relative ("kemarin"): resolved against the
    # publication, so copies published on other days name other days.
    db["article_dates"].add_column("relative", int)
    # What the story matcher compares when two texts overlap (internal).
    db["story_signatures"].add_column("entities", str)


@MIGRATIONS()
def m008_cluster_workers(db: Database) -> None:
    """A distributed crawl (crawl --redis): who fetched, and which stream messages the
    archive holds (so one redelivered after a writer restart is not stored twice)."""
    db["crawl_runs"].add_column("workers", str)
    db["stream_receipts"].create({"message_id": str, "run_id": int}, pk="message_id")


@MIGRATIONS()
def m009_source_health(db: Database) -> None:
    """Health per source (``scraper.health``): what each crawl saw of each site, the
    flags raised on it against the site's own history, and the pages quarantined as
    spam (``scraper.spam``) instead of being stored as articles."""
    db["source_health"].create(
        {
            "run_id": int,
            "site": str,
            "pages_fetched": int,
            "article_pages": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "articles_duplicate": int,
            "articles_gone": int,
            "pages_skipped": int,
            "pages_not_article": int,
            "errors": int,
            "error_kinds": str,
            "articles_read": int,
            "median_text_chars": int,
            "dated_share": float,
            "not_article_share": float,
            "indonesian_share": float,
            "topic_share": float,
            "spam_pages": int,
            "spam_blocks": int,
            "spam_link_hosts": str,
            "offsite_redirects": int,
            "redirect_hosts": str,
            "discovery": str,
        },
        pk=("run_id", "site"),
    )
    db["source_health"].create_index(["site", "run_id"])
    db["health_flags"].create(
        {
            "id": int,
            "run_id": int,
            "site": str,
            "flag": str,
            "message": str,
            "evidence": str,
            "raised_at": str,
        },
        pk="id",
    )
    db["health_flags"].create_index(["run_id", "site"])
    db["quarantine"].create(
        {
            "url": str,
            "site": str,
            "run_id": int,
            "reason": str,
            "evidence": str,
            "title": str,
            "first_seen_at": str,
            "seen_at": str,
        },
        pk="url",
    )
    db["quarantine"].create_index(["site", "run_id"])


@MIGRATIONS()
def m010_raw_pages(db: Database) -> None:
    """Raw pages kept as WARC (crawl --warc): each article row, and each version it
    replaced, points at the page it was read from; a version says why it was replaced
    (edited on the site, or rebuilt by ``reextract``)."""
    for table in ("articles", "article_versions"):
        db[table].add_column("warc_file", str)
        db[table].add_column("warc_offset", int)
        db[table].add_column("warc_length", int)
    db["article_versions"].add_column("reason", str)


@MIGRATIONS()
def m011_site_zones(db: Database) -> None:
    """What each site's pages said about their time zone, to learn a site's zone when
    no definition or --tz gives it (``Archive.learned_zone``)."""
    db["site_zone_votes"].create(
        {"site": str, "zone": str, "evidence": str, "pages": int, "last_seen_at": str},
        pk=("site", "zone", "evidence"),
    )


@MIGRATIONS()
def m012_story_days(db: Database) -> None:
    """Story candidates only among articles published near each other
    (``StorySettings.window_days``): each band row carries its article's day of
    publication (days since 1970-01-01, UTC; null when the date is unknown), and the
    lookup index covers it, so a bucket's articles from other months are passed over
    inside the index instead of being read one by one."""
    db["story_bands"].add_column("day", int)
    db.execute(
        "update story_bands set day = (select cast(julianday(substr(a.published_utc, 1, 10))"
        " - 2440587.5 as integer) from articles a where a.id = story_bands.article_id)"
    )
    db.execute("drop index if exists idx_story_bands_band_bucket")
    db["story_bands"].create_index(["band", "bucket", "day", "article_id"])


@MIGRATIONS()
def m013_run_warc_dir(db: Database) -> None:
    """Where each crawl kept its raw pages (an absolute path; null with --no-warc), so
    that ``reextract`` finds them without being told a ``--warc-dir`` again."""
    db["crawl_runs"].add_column("warc_dir", str)


@MIGRATIONS()
def m014_fts_follows_title_and_text(db: Database) -> None:
    """Rewrite an article's full-text entry only when its title or text changes.

    sqlite-utils' update trigger fires on an update of any column, so setting an
    article's story (once for each article stored, again for every member of a story
    that merges), its takedown or any other field deleted its whole text from
    ``articles_fts`` and inserted it again: a third of a millisecond each, and index
    data rewritten for nothing until FTS5 merged it away."""
    db.execute("drop trigger if exists articles_au")
    db.execute(
        'create trigger "articles_au" after update of "title", "text" on "articles" begin\n'
        '  insert into "articles_fts" ("articles_fts", rowid, "title", "text")'
        ' values(\'delete\', old.rowid, old."title", old."text");\n'
        '  insert into "articles_fts" (rowid, "title", "text")'
        ' values (new.rowid, new."title", new."text");\n'
        "end"
    )


@MIGRATIONS()
def m015_waiting_aliases(db: Database) -> None:
    """Aliases seen before their article was stored, kept across crawls.

    A link variant (a tracking URL, a shortlink, an AMP page) waits for its article,
    which a crawl often fetches later than the listing that named the variant. A crawl
    stopped or killed before that kept the waiting aliases only in memory, and the next
    crawl, which skips the listings it has seen, stored the article without them. Each
    batch now commits the aliases still waiting here; they are written to ``aliases``
    by whichever later crawl stores their article (``scraper.archive.batch``)."""
    db["waiting_aliases"].create(
        {"url": str, "target": str, "site": str, "first_seen_at": str},
        pk=("url", "target"),
    )


@MIGRATIONS()
def m016_story_bands_one_tree(db: Database) -> None:
    """The story index's band rows in one B-tree, keyed by what a lookup reads.

    Each stored article adds 37 band rows. As a rowid table with two indexes, every row
    was written three times (the table, the lookup index, the article index), and the
    three trees took a sixth of a crawl's archive. A ``WITHOUT ROWID`` table whose key is
    the lookup's (band, bucket, day, article_id) is written once per row; an article's
    rows are removed by that key, from its stored signature (``StoryIndex._forget``).
    A key column cannot be null: an unknown day is ``UNKNOWN_DAY`` (its value written
    here, not imported: a shipped migration must not change with the code)."""
    unknown_day = -(2**31)  # scraper.stories.index.UNKNOWN_DAY
    db.execute(
        "create table story_bands_keyed (band integer not null, bucket integer not null,"
        " day integer not null, article_id integer not null,"
        " primary key (band, bucket, day, article_id)) without rowid"
    )
    db.execute(
        "insert or ignore into story_bands_keyed (band, bucket, day, article_id)"
        " select band, bucket, coalesce(day, ?), article_id from story_bands",
        [unknown_day],
    )
    db.execute("drop table story_bands")
    db.execute("alter table story_bands_keyed rename to story_bands")


@MIGRATIONS()
def m017_home_redirects(db: Database) -> None:
    """Where each crawl's request for a site's home page was redirected to another
    registrable domain (``source_health.home_redirect_hosts``): a site that moved, or a
    domain that lapsed and now sends its visitors to a gambling or parking page. Its
    old articles are never fetched again, so the article-page redirect signal never saw
    it, and health said ``ok``, then ``silent``."""
    db["source_health"].add_column("home_redirect_hosts", str)


@MIGRATIONS()
def m018_site_status(db: Database) -> None:
    """Each site's own status in a crawl (``source_health.status``: ok, partial, failed,
    unreachable), and what its home page showed (``home_links``, ``home_bytes``).

    ``crawl --all`` is one run for every site, with one status: one site answering 500
    made the run ``partial``, and ``health`` showed ``partial`` and ``stats`` stopped
    moving ``last_ok_crawl`` for every site of it. The crawls recorded before are given
    the status their figures show (``scraper.health.flags.site_statuses``); their home
    page was not counted (null). It calls today's rules on purpose, so that an old
    crawl's status is the one ``health`` would give it, and reads the stored columns
    through ``SiteRun``'s fields, so that a figure added later (with its default) or
    dropped does not break an upgrade."""
    import json
    from dataclasses import fields

    from scraper.health.figures import SiteRun
    from scraper.health.flags import site_statuses

    table = db["source_health"]
    table.add_column("status", str)
    table.add_column("home_links", int)
    table.add_column("home_bytes", int)
    counters = {f.name for f in fields(SiteRun) if f.default == 0}
    known = {f.name for f in fields(SiteRun)}
    objects = ("error_kinds", "spam_link_hosts", "redirect_hosts", "discovery")
    by_run: dict[int, tuple[str, list[SiteRun]]] = {}
    cursor = db.execute(
        "select h.*, r.status as run_status from source_health h"
        " join crawl_runs r on r.id = h.run_id order by h.run_id, h.site"
    )
    names = [c[0] for c in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        figures = {k: v for k, v in row.items() if k in known and k != "status"}
        for key in counters:
            figures[key] = figures.get(key) or 0
        for key in objects:
            try:
                figures[key] = json.loads(figures.get(key) or "{}")
            except ValueError:
                figures[key] = {}
        figures["home_redirect_hosts"] = {}
        for key in ("error_kinds", "discovery"):
            if not isinstance(figures[key], dict):
                figures[key] = {}
        run = SiteRun(**figures)
        by_run.setdefault(run.run_id, (row["run_status"] or "ok", []))[1].append(run)
    for run_id, (run_status, runs) in by_run.items():
        for site, status in site_statuses(runs, run_status).items():
            db.execute(
                "update source_health set status = ? where run_id = ? and site = ?",
                [status, run_id, site],
            )


@MIGRATIONS()
def m019_story_bands_recent(db: Database) -> None:
    """Where new story band rows wait before they join ``story_bands`` in one sorted
    merge (``scraper.stories.index.RECENT_ROWS``): inserted one batch at a time into
    the large key, they dirtied a page each, and every commit's checkpoint wrote them
    all back, so adding an article cost more as the archive grew. Same columns and key
    as ``story_bands``."""
    db.execute(
        "create table story_bands_recent (band integer not null, bucket integer not null,"
        " day integer not null, article_id integer not null,"
        " primary key (band, bucket, day, article_id)) without rowid"
    )


@MIGRATIONS()
def m020_post_ids(db: Database) -> None:
    """Two things a crawl learns about a post's URLs, kept for later nights (helper-92's
    busy nights, where a renamed post became a second article or a live one a takedown):

    * ``articles.post_id``: the site's own number for the post (WordPress ``wp:123``,
      Blogger ``blogger:…``; ``scraper.extract.postid``), so a post whose slug, title or
      text changed is matched to its row instead of stored again. Rows stored before
      stay NULL until a revisit or ``reextract`` reads them again.
    * ``aliases.answered_at``: when that URL last answered the article's very text (same
      site, same publication time: the post republished under a new slug). When the
      article's own URL is taken down on a later night, it has moved there.
    """
    db["articles"].add_column("post_id", str)
    db["articles"].create_index(["site", "post_id"])
    db["aliases"].add_column("answered_at", str)
