"""Reading an archive where this process may not write.

A directory the crawling account owns and researchers only read, a read-only mount, a
copy on a DVD: SQLite then cannot create the ``-shm`` and ``-wal`` files a WAL-mode
database needs beside it, and a plain open fails ("attempt to write a readonly
database"). ``Archive.open`` (without ``create``) falls back to ``open_read_only`` in
that case, so every read command works there; a command that writes then fails at its
first write with a clear line (``scraper.cli.common``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from scraper.archive.schema import MIGRATIONS
from scraper.archive.store import Archive, ArchiveError, check_schema

# What SQLite answers when it cannot write beside the archive (its -shm/-wal files, or
# the archive itself): SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_CANTINIT, ….
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_CANTOPEN")


def open_read_only(path: str | Path) -> Archive:
    """Open the archive for reading only: nothing is created, migrated or written.

    First with ``mode=ro``, which reads like any other reader (it sees a crawl's commits
    and waits for its locks) as long as SQLite can use or create the ``-shm`` file: the
    directory is writable, or a crawl holding the archive open left a ``-shm`` there.
    Otherwise with ``immutable=1``: SQLite then reads the file as it stands, taking no
    lock and reading no ``-wal``. That is only safe while **no process writes the
    archive**: a crawl that starts writing it meanwhile (as an account that may write
    the directory) can make a read see a half-written state, or fail with "database disk
    image is malformed"; read again once it has finished. A ``-wal`` file that still
    holds commits (a crawl killed before its checkpoint) would be ignored, so the
    archive is not opened that way then, and the error says what to do.
    """
    path = Path(path)
    if not path.exists():
        raise ArchiveError(
            f"no archive at {path} (run 'newsarchive crawl … --db {path}' to create one)"
        )
    uri = path.resolve().as_uri()
    try:
        return _connect(path, f"{uri}?mode=ro")
    except sqlite3.OperationalError as exc:
        if not is_read_only(exc):
            raise ArchiveError(f"cannot open {path} as an archive: {exc}") from None
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise ArchiveError(
            f"cannot read {path}: its directory is read-only here and {wal.name} still "
            "holds commits SQLite cannot apply without writing there; open it once where "
            "the directory is writable (any newsarchive command), or copy the archive with "
            f"{wal.name} to a writable directory"
        )
    try:
        return _connect(path, f"{uri}?mode=ro&immutable=1")
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(
            f"cannot read {path} from its read-only directory: {exc}; copy the archive "
            "to a writable directory"
        ) from None


def _connect(path: Path, uri: str) -> Archive:
    conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        db = Database(conn)
        tables = set(db.table_names())  # the first read: fails here if it cannot read
        if "articles" not in tables:
            raise ArchiveError(f"{path} is not a newsarchive archive")
        check_schema(db, path, tables)
        if MIGRATIONS.pending(db):
            raise ArchiveError(
                f"{path} was written by an older newsarchive and must be upgraded, which "
                "needs write access: run any newsarchive command on it once where its "
                "directory is writable (e.g. 'newsarchive runs'), or copy it to one"
            )
    except BaseException:
        conn.close()
        raise
    return Archive(db, path)


def is_read_only(exc: BaseException | None) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return isinstance(exc, sqlite3.OperationalError) and name.startswith(_READ_ONLY)
