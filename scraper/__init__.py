"""newsarchive: crawl, extract, deduplicate and archive Indonesian news in SQLite."""

__version__ = "0.1.0"
