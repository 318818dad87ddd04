"""trafilatura's last fallback, jusText, made cheap to call: its stoplist built once.

When trafilatura's own text is short or unclean, it asks jusText (``justext_rescue``)
with the union of all of jusText's stoplists: a tuple of ~150,000 words, built on
first use (~0.15 s), then handed to ``justext.core.define_stoplist``, an
``lru_cache`` keyed by that tuple. A tuple does not keep its hash, so every call
hashed all 150,000 words again: ~6 ms a page, about half of what trafilatura spends
on a whole short page. Here the tuple is built once, at import (in the crawl's fork
server, before any worker is forked, so every worker shares it), as a tuple that keeps
its hash; the words, the order and every result stay jusText's own.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class _Stoplist(tuple):
    """A tuple whose hash is computed once (it never changes: the tuple cannot)."""

    _hash: int

    def __hash__(self) -> int:
        return self._hash


def share_justext_stoplist() -> None:
    """Give trafilatura its jusText stoplist, built and hashed once; no-op when this
    trafilatura keeps it elsewhere (its name is trafilatura's, not a public API)."""
    try:
        from justext.core import define_stoplist
        from trafilatura import external
    except ImportError:  # pragma: no cover - both are dependencies of trafilatura
        return
    if not hasattr(external, "JT_STOPLIST") or not hasattr(external, "jt_stoplist_init"):
        logger.debug("trafilatura keeps no JT_STOPLIST: its stoplist is left to it")
        return
    if isinstance(external.JT_STOPLIST, _Stoplist):
        return
    stoplist = _Stoplist(external.JT_STOPLIST or external.jt_stoplist_init())
    stoplist._hash = tuple.__hash__(stoplist)
    external.JT_STOPLIST = stoplist
    define_stoplist(stoplist)
