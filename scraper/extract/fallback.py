"""trafilatura's last fallback, jusText, made cheap to call: its stoplist built once.

When trafilatura's own text is short or unclean, it asks jusText (``justext_rescue``)
with the union of all of jusText's stoplists: a tuple of ~150,000 words, built on
first use (~0.15 s), then handed to ``justext.core.define_stoplist``, an
``lru_cache`` keyed by that tuple. A tuple does not keep its hash, so every call
hashed all 150,000 words again: ~6 ms a page, about half of what trafilatura spends
on a whole short page. Here trafilatura builds it, on first need, as a tuple that
keeps its hash; the crawl's fork server builds it before any worker is forked, so
every worker shares it. The words and every result stay jusText's own.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class _Stoplist(tuple):
    """A tuple whose hash is computed once (it never changes: the tuple cannot)."""

    _hash: int

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):  # a plain tuple in another process: its hash seed differs
        return (tuple, (tuple(self),))


def share_justext_stoplist(build: bool = False) -> None:
    """Make trafilatura build its jusText stoplist as a tuple that keeps its hash:
    on first need (the extraction of ``newsarchive extract FILE`` may never ask
    jusText), or now with ``build`` (the crawl's fork server: built once, shared by
    every worker). A no-op when this trafilatura keeps it elsewhere (the names are
    trafilatura's, not a public API)."""
    try:
        from justext.core import define_stoplist
        from trafilatura import external
    except ImportError:  # pragma: no cover - both are dependencies of trafilatura
        return
    original = getattr(external, "jt_stoplist_init", None)
    if not hasattr(external, "JT_STOPLIST") or original is None:
        logger.debug("trafilatura keeps no JT_STOPLIST: its stoplist is left to it")
        return
    if not getattr(original, "keeps_its_hash", False):

        def jt_stoplist_init() -> tuple[str, ...]:
            if not isinstance(external.JT_STOPLIST, _Stoplist):
                stoplist = _Stoplist(external.JT_STOPLIST or original())
                stoplist._hash = tuple.__hash__(stoplist)
                external.JT_STOPLIST = stoplist
                define_stoplist(stoplist)
            return external.JT_STOPLIST

        jt_stoplist_init.keeps_its_hash = True  # type: ignore[attr-defined]
        external.jt_stoplist_init = jt_stoplist_init
    if build:
        external.jt_stoplist_init()
