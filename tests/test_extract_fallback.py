"""jusText's stoplist, built once and keeping its hash (``scraper.extract.fallback``)."""

from __future__ import annotations

import pickle
from datetime import datetime, timezone

from justext.core import define_stoplist
from trafilatura import external

from scraper.extract import NotAnArticle
from scraper.extract.article import extract_article
from scraper.extract.fallback import _Stoplist, share_justext_stoplist

# A short post: trafilatura's own text is under its minimum size, so it asks jusText.
SHORT = (
    "<html><head><title>Razia knalpot brong</title></head><body>"
    "<div class='isi'><h1>Razia knalpot brong</h1><p>Satlantas Polres Tapin menggelar "
    "razia knalpot brong di Rantau pada Sabtu malam.</p></div></body></html>"
)


def test_the_stoplist_is_built_once_and_keeps_its_hash():
    share_justext_stoplist(build=True)
    stoplist = external.JT_STOPLIST
    assert isinstance(stoplist, _Stoplist) and len(stoplist) > 100_000
    assert hash(stoplist) == tuple.__hash__(stoplist)
    share_justext_stoplist(build=True)  # a second call keeps the first
    assert external.JT_STOPLIST is stoplist
    # jusText sees the same words as from its own plain tuple.
    assert define_stoplist(stoplist) == frozenset(w.lower() for w in tuple(stoplist))
    # Pickled (sent to another process, whose hash seed differs): a plain tuple.
    assert type(pickle.loads(pickle.dumps(stoplist))) is tuple


def test_it_is_built_on_first_need_not_at_import(monkeypatch):
    """``newsarchive extract FILE`` may never ask jusText: importing the extraction
    builds nothing (it cost every such process 0.23 s and 34 MB: helper-101)."""
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    share_justext_stoplist()
    assert external.JT_STOPLIST is None
    fetched = datetime(2026, 12, 7, tzinfo=timezone.utc)
    extract_article(SHORT, "https://polres.example/razia/", fetched)
    assert isinstance(external.JT_STOPLIST, _Stoplist)


def test_extraction_is_the_same_with_a_plain_stoplist(monkeypatch):
    asked = []
    justext = external.try_justext
    monkeypatch.setattr(external, "try_justext", lambda *a: asked.append(a) or justext(*a))
    fetched = datetime(2026, 12, 7, tzinfo=timezone.utc)
    ours = extract_article(SHORT, "https://polres.example/razia/", fetched)
    monkeypatch.setattr(external, "JT_STOPLIST", tuple(external.JT_STOPLIST))
    plain = extract_article(SHORT, "https://polres.example/razia/", fetched)
    assert len(asked) == 2  # jusText was asked, with either stoplist
    assert isinstance(ours, NotAnArticle) and ours.record.text.startswith("Satlantas")
    assert ours == plain
