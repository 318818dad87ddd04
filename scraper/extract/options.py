"""Every knob of extraction in one place (trafilatura's own style)."""

from __future__ import annotations

from dataclasses import dataclass

from scraper.extract.cleanup import IMAGE_CAPTION_PARAGRAPH


@dataclass(frozen=True)
class ExtractionOptions:
    """Every knob of extraction in one place (trafilatura's own style)."""

    min_text_chars: int = 250
    include_tables: bool = True
    favor_precision: bool = False
    # trafilatura's fast mode (no second opinion from its fallback extractors): cheaper,
    # but body F1 on the real Indonesian pages drops from 0.91 to 0.81, so it stays off
    # for a page read in full. A learnt container is always read so (``_container_text``).
    fast: bool = False
    # Delete the chrome generic rules know (share bars, related lists, comments,
    # navigation, captions) before trafilatura; then what ``prune_xpaths`` match. On a
    # photo story or gallery the captions are the text and stay, whatever this says.
    prune_chrome: bool = True
    prune_xpaths: tuple[str, ...] = (IMAGE_CAPTION_PARAGRAPH,)


DEFAULT_OPTIONS = ExtractionOptions()
