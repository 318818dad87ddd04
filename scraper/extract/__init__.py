"""Extraction: one fetched page (HTML, URL, fetch time) to one article record.

``extract_article`` (in ``scraper.extract.article``) is a pure function of picklable
inputs and does not import Scrapy, so it can run in the crawler, in ``newsarchive
extract FILE``, in tests, or in a pool of worker processes. trafilatura finds the text;
JSON-LD, OpenGraph and ``<time>`` give the metadata that trafilatura drops (the time of
day, tags, categories); the project's own rules remove the chrome that survives and
decide whether the page is an article at all.

This package module is light: the record types and options import nothing heavy, and
``extract_article`` (trafilatura and all) is imported on first use, so the crawl
process, whose workers do the extracting, does not carry trafilatura.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.options import DEFAULT_OPTIONS, ExtractionOptions
from scraper.extract.record import ArticleRecord, Hints, NotAnArticle

__all__ = [
    "DEFAULT_OPTIONS",
    "ArticleRecord",
    "ExtractionOptions",
    "Hints",
    "NotAnArticle",
    "extract_article",
]


def __getattr__(name: str) -> Any:
    if name == "extract_article":
        from scraper.extract.article import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
