"""Serve an archive with Datasette, read-only, with metadata from ``docs/schema.md``.

``make_datasette(path)`` builds the Datasette instance (usable in tests or a notebook
without a server); ``serve(path, host, port)`` checks the archive and the port, then
runs it under uvicorn until Ctrl-C or SIGTERM.

Read-only while a crawl writes: Datasette opens a *mutable* database file with
``?mode=ro`` (not ``immutable=1``, which would promise SQLite the file cannot change
and show a crawl's commits wrongly or not at all). The archive is in WAL mode, so these
readers never block the crawl and see each commit as it lands. Only an archive in a
directory this process may not write (a read-only share) is served immutable, as every
read command reads it there: SQLite cannot create the ``-shm`` file ``mode=ro`` needs.
Datasette's write connection is never opened: canned queries are not writable and no
plugin writes.
"""

from __future__ import annotations

import errno
import socket
import sqlite3
from pathlib import Path

from scraper import __version__
from scraper.archive import Archive, ArchiveError
from scraper.archive.readonly import is_read_only
from scraper.research import datasette_plugin
from scraper.research.metadata import archive_columns, build_metadata, database_route

# Datasette settings: archive queries over a few million rows need more than the
# default 1 s; long article texts are cut in table views (the row page shows them whole).
# Facets are the ones the metadata names (site, tags, categories, language, year, month).
SETTINGS = {
    "default_page_size": 50,
    "max_returned_rows": 5000,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1500,
    # Suggestions ("facet by fetched_at?") clutter the page and cost a query per column.
    "suggest_facets": False,
    "truncate_cells_html": 300,
    "allow_download": False,
}


class ServeError(ArchiveError):
    """The server cannot start (port taken, host not of this machine)."""


def check_archive(path: Path) -> tuple[dict[str, list[str]], bool]:
    """Fail clearly on anything that is not a newsarchive archive; its tables and
    columns, and whether it must be served immutable.

    The archive is opened like every other read command does (which applies a pending
    schema migration, once), then inspected through a read-only connection. In a
    directory this process may not write, SQLite cannot create the ``-shm`` file a
    ``mode=ro`` reader needs: the archive is then served immutable, as the other read
    commands read it there (``scraper.archive.readonly``, which also refuses a ``-wal``
    still holding commits).
    """
    with Archive.open(path):
        pass
    uri = path.resolve().as_uri()
    for query, immutable in (("?mode=ro", False), ("?mode=ro&immutable=1", True)):
        conn = sqlite3.connect(uri + query, uri=True)
        try:
            return archive_columns(conn), immutable
        except sqlite3.OperationalError as exc:
            if immutable or not is_read_only(exc):
                raise
        finally:
            conn.close()
    raise AssertionError("unreachable")


def check_port(host: str, port: int) -> None:
    """Fail with one clear line if ``host:port`` cannot be listened on."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host!r}: {exc.strerror}") from None
    with socket.socket(family, kind, proto) as sock:
        # Uvicorn sets SO_REUSEADDR too: a port left in TIME_WAIT is free, a listening
        # socket is not.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(
                    f"port {port} on {host} is already in use; choose another with --port"
                ) from None
            if exc.errno == errno.EACCES:
                raise ServeError(f"not allowed to listen on port {port} of {host}") from None
            if exc.errno == errno.EADDRNOTAVAIL:
                raise ServeError(f"{host} is not an address of this machine") from None
            raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def register_plugin() -> None:
    from datasette.plugins import pm

    if pm.get_plugin("newsarchive") is None:
        pm.register(datasette_plugin, name="newsarchive")


def make_datasette(path: Path, checked: tuple[dict[str, list[str]], bool] | None = None):
    """A Datasette instance serving ``path`` read-only with the archive's metadata
    (``checked``: what ``check_archive`` found, when already called)."""
    from datasette.app import Datasette

    path = Path(path)
    tables, immutable = checked if checked is not None else check_archive(path)
    register_plugin()
    files = [str(path.resolve())]
    return Datasette(
        [] if immutable else files,
        immutables=files if immutable else [],
        metadata=build_metadata(path.stem, tables),
        settings=SETTINGS,
        version_note=f"newsarchive {__version__}",
    )


def serve(path: Path, host: str, port: int, announce=print) -> None:
    """Check, then serve until interrupted (uvicorn handles Ctrl-C and SIGTERM)."""
    import uvicorn

    path = Path(path)
    checked = check_archive(path)
    check_port(host, port)
    ds = make_datasette(path, checked)
    shown = f"[{host}]" if ":" in host else host
    announce(
        f"Serving {path} read-only at http://{shown}:{port}/{database_route(path.stem)} "
        "(Datasette; Ctrl-C stops)"
    )
    if checked[1]:
        announce(
            f"Its directory is read-only here: served as a snapshot (immutable); restart "
            f"'serve' to see what a crawl adds to {path.name} later"
        )
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
