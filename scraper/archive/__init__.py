"""The SQLite archive: schema, deduplicating writes, and the read-side queries."""

from scraper.archive.readonly import open_read_only
from scraper.archive.store import Archive, ArchiveError, StoreResult

__all__ = ["Archive", "ArchiveError", "StoreResult", "open_read_only"]
