"""All the CPU-heavy work on one fetched page, as one pure function a worker can run.

Extraction (text, metadata, dates) and the story sketch (shingles, MinHash) of the
text. The crawl sends this to its worker processes, so the crawl process itself only
fetches, schedules and writes. Knows no Scrapy and no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scraper.extract import (
    DEFAULT_OPTIONS,
    ArticleRecord,
    ExtractionOptions,
    NotAnArticle,
    extract_article,
)
from scraper.sites import SiteDefinition
from scraper.stories.sketch import TextSketch, sketch_text


@dataclass
class PageAnalysis:
    result: ArticleRecord | NotAnArticle
    sketch: TextSketch | None = None


def analyse_page(
    html: str,
    url: str,
    fetched_at: str,
    site: SiteDefinition,
    hints: dict | None = None,
    options: ExtractionOptions = DEFAULT_OPTIONS,
) -> PageAnalysis:
    """The record (or the reason it is not an article) and its story sketch."""
    result = extract_article(
        html, url, datetime.fromisoformat(fetched_at), site=site, hints=hints, options=options
    )
    if isinstance(result, NotAnArticle):
        return PageAnalysis(result)
    return PageAnalysis(result, sketch_text(result.text))
