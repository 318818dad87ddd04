"""The spam and hijack guard of one page: gambling, porn and pharma spam kept out.

Indonesian government, police and campus sites, and expired local-news domains, are
injected with online-gambling promotion: whole pages ("Situs Slot Gacor Hari Ini"),
posts slipped into the site's own feed, and blocks of hidden links inside genuine
articles. An archive that stores those as police news is corrupted in a way
researchers notice late. Two defences, both pure (no Scrapy, no SQL) and cheap enough
for every page a crawl reads:

- ``strip_hidden_spam`` deletes hidden spam link blocks from the page before
  extraction, so the stored text never carries them, and says what it removed;
- ``judge_record`` reads the extracted title and text (and the page's links) and
  returns a ``SpamPage`` when the page sells gambling, sex or pills, which the crawl
  quarantines instead of storing. A police release about a gambling arrest is not
  spam: see ``scraper.spam.score`` for how the two are told apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from scraper.extract.record import ArticleRecord, NotAnArticle
from scraper.spam.blocks import HiddenBlock, strip_hidden_spam
from scraper.spam.score import Verdict, judge_page

__all__ = ["HiddenBlock", "SpamPage", "Verdict", "judge_page", "judge_record", "strip_hidden_spam"]


@dataclass
class SpamPage(NotAnArticle):
    """A page judged spam: never an article, quarantined with its evidence.

    A ``NotAnArticle`` (with the ``record`` the page would have given), so any code
    that only knows articles and non-articles treats it as the latter.
    """

    evidence: dict = field(default_factory=dict)


def judge_record(
    result: ArticleRecord | NotAnArticle, hrefs: Iterable[str], url: str
) -> SpamPage | None:
    """A ``SpamPage`` when the page ``result`` was read from is spam, else None.

    ``hrefs`` are the page's links (without those of hidden blocks already removed:
    their spam is the site's injection, not the page's own).
    """
    record = result if isinstance(result, ArticleRecord) else result.record
    if record is None:
        return None
    verdict = judge_page(record.title, record.text, hrefs, url)
    if verdict is None or not verdict.spam:
        return None
    return SpamPage(url, verdict.reason, record, evidence=verdict.evidence())
