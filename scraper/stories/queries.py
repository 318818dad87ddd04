"""Read-side queries for stories, versions and takedowns."""

from __future__ import annotations

import difflib
import json
import re
from urllib.parse import urlsplit, urlunsplit

from scraper.archive.store import Archive, ArchiveError
from scraper.urls import site_host


def list_clusters(
    archive: Archive,
    min_sites: int = 1,
    min_members: int = 2,
    since: str | None = None,
    limit: int = 1000,
) -> list[dict]:
    """Stories with their origin and members, newest origin first."""
    clauses, params = ["s.site_count >= ?", "s.member_count >= ?"], [min_sites, min_members]
    if since:
        clauses.append("substr(o.published_at, 1, 10) >= ?")
        params.append(since)
    rows = archive.db.execute(
        f"""select s.id, o.url, o.title, o.published_at, s.member_count, s.sites
            from stories s join articles o on o.id = s.origin_article_id
            where {" and ".join(clauses)}
            order by s.first_published_utc desc, s.id desc limit ?""",
        [*params, limit],
    ).fetchall()
    out = []
    for story_id, url, title, published, members, sites in rows:
        member_urls = [
            r[0]
            for r in archive.db.execute(
                "select url from articles where story_id = ? "
                "order by published_utc is null, published_utc, fetched_at, id",
                [story_id],
            )
        ]
        out.append(
            {
                "story_id": story_id,
                "origin_url": url,
                "title": title,
                "published_at": published,
                "members": members,
                "sites": json.loads(sites),
                "member_urls": member_urls,
            }
        )
    return out


def _sentences(text: str) -> list[str]:
    """Split into sentences so a diff shows the edited sentence, not the whole paragraph."""
    out = []
    for paragraph in text.split("\n"):
        out.extend(
            s.strip() for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", paragraph) if s.strip()
        )
    return out


def diff_texts(old: str, new: str) -> dict[str, list[str]]:
    """What an edit removed and added, sentence by sentence."""
    removed, added = [], []
    for line in difflib.ndiff(_sentences(old), _sentences(new)):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return {"removed": removed, "added": added}


def _url_variants(url: str) -> list[str]:
    """The same address written the ways a reader copies it: with or without the final
    ``/`` of its path, ``http`` or ``https``, with or without ``www.``, and without
    Blogger's ``?m=1`` (the mobile page, the form of links shared from phones, which a
    crawl need never have fetched: helper-117)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return []
    paths = {parts.path or "/", parts.path.rstrip("/") or "/", parts.path.rstrip("/") + "/"}
    host = parts.netloc.removeprefix("www.")
    hosts = {host, "www." + host}
    queries = {parts.query, _MOBILE.sub("", parts.query).strip("&")}
    return [
        urlunsplit((scheme, netloc, path, query, ""))
        for scheme in ("https", "http")
        for netloc in sorted(hosts)
        for path in sorted(paths)
        for query in sorted(queries)
    ]


_MOBILE = re.compile(r"(?:^|&)m=[01](?=&|$)")


def find_article_for_reader(archive: Archive, url: str) -> int | None:
    """The article ``url`` names, as a reader gives it: any URL it was seen at, its id
    (as the ``article_history`` canned query takes), or a URL that differs from one it
    was seen at only by a final ``/``, ``https`` for ``http`` or ``www.``. Such a URL
    found nothing ("no article in the archive answers to …https://…") when the archive
    had the page at http://…/. A variant is taken only when it names one article."""
    found = archive.find_article(url)
    if found is not None:
        return found
    if url.strip().isdigit():
        row = archive.db.execute("select id from articles where id = ?", [int(url)]).fetchone()
        return row[0] if row else None
    ids = {archive.find_article(variant) for variant in _url_variants(url)} - {None}
    if not ids:
        ids = _by_shortlink(archive, url)
    return ids.pop() if len(ids) == 1 else None


_SHORTLINK = re.compile(r"(?:^|&)p=(\d+)(?:&|$)")


def _by_shortlink(archive: Archive, url: str) -> set[int]:
    """The article a WordPress shortlink (``https://site/?p=4152``, the page's
    ``rel=shortlink``) names by its post number, when no page was seen at it
    (helper-115). Blogs of a multisite share numbers: more than one is no answer."""
    parts = urlsplit(url.strip())
    number = _SHORTLINK.search(parts.query)
    if number is None or parts.path.rstrip("/") != "":
        return set()
    rows = archive.db.execute(
        "select id, url from articles where post_id = ?", [f"wp:{number.group(1)}"]
    ).fetchall()
    return {article_id for article_id, stored in rows if site_host(stored) == site_host(url)}


def article_history(archive: Archive, url: str) -> dict:
    """Versions, edits and takedowns of the article stored at (or aliased as) ``url``."""
    article_id = find_article_for_reader(archive, url)
    if article_id is None:
        raise ArchiveError(f"no article in the archive answers to {url}")
    current = archive.db["articles"].get(article_id)
    keys = ("version", "title", "text", "fetched_at", "replaced_at", "warc_file", "warc_offset")
    versions = [
        # reason: why this version was replaced, "edited" (on the site) or "reextracted".
        {**{k: v.get(k) for k in keys}, "replaced_because": v.get("reason") or "edited"}
        for v in archive.db["article_versions"].rows_where(
            "article_id = ?", [article_id], order_by="version"
        )
    ]
    versions.append(
        {
            "version": len(versions) + 1,
            "title": current["title"],
            "text": current["text"],
            "fetched_at": current["fetched_at"],
            "replaced_at": None,
            "warc_file": current.get("warc_file"),
            "warc_offset": current.get("warc_offset"),
            "replaced_because": None,
        }
    )
    for older, newer in zip(versions, versions[1:]):
        newer["changes"] = diff_texts(older["text"], newer["text"])
        if older["title"] != newer["title"]:
            newer["changes"]["title"] = {"from": older["title"], "to": newer["title"]}
    events = [
        {k: e[k] for k in ("at", "event", "detail")}
        for e in archive.db["article_events"].rows_where(
            "article_id = ?", [article_id], order_by="id"
        )
    ]
    return {
        "url": current["url"],
        "site": current["site"],
        "story_id": current["story_id"],
        "first_seen_at": current["first_seen_at"],
        "gone_at": current["gone_at"],
        "gone_reason": current["gone_reason"],
        "versions": versions,
        "events": events,
    }
