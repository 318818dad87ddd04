"""Reading a fetched page: its links, and, for an article page, its record.

Everything CPU-heavy about one page happens here, in one parse: the links the spider
follows (and, on a listing, its "next page" and feed links), the extraction (text,
metadata, dates), the police-news entities (unit, officers, places, topics) and the
story sketch of the text, and the spam guard (``scraper.spam``: hidden link blocks
removed, spam pages judged). ``read_page`` is a pure function of
picklable inputs, so the crawl runs it in worker processes (``PageReader``), and the
crawl process itself only fetches, schedules and writes. Knows no Scrapy and no SQL.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from scraper.extract import (
    DEFAULT_OPTIONS,
    ArticleRecord,
    ExtractionOptions,
    NotAnArticle,
)
from scraper.extract.page import base_href, canonical_hrefs, parse_html, stated_titles
from scraper.extract.paging import (
    Continuation,
    find_continuation,
    join_texts,
    paged_elsewhere,
)
from scraper.extract.template import SiteTemplates, TemplatePlan
from scraper.pool import TaskFailed, TaskTimeout, WorkerDied, WorkerPool
from scraper.sites import SiteDefinition
from scraper.spam import SpamPage, judge_record, strip_hidden_spam
from scraper.spam.score import spam_href
from scraper.stories.sketch import TextSketch, sketch_text
from scraper.urls import (
    canonical_elsewhere,
    join_url,
    query_as_page_sends,
    trusted_canonical,
)

_HREFS = etree.XPath("//a/@href", smart_strings=False)
_REL_NEXT = etree.XPath("//link[@rel='next']/@href | //a[@rel='next']/@href", smart_strings=False)
_ANCHORS = etree.XPath("//a[@href]")
_FEEDS = etree.XPath("//link[@rel='alternate'][@href]")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")
logger = logging.getLogger(__name__)
# A listing's link to its next (older) page, by its words: Blogger's pager says "Posting
# Lama" in its classic layouts' Indonesian and "Postingan Lama" in layout v3's (Contempo,
# Soho, Notable and the templates built on them), where it was never followed.
NEXT_TEXT = re.compile(
    r"^\s*(berikutnya|selanjutnya|next|older|posting(an)? lama|lebih lama|›|»|>>)", re.I
)


@dataclass
class PageLinks:
    """What the spider needs of a page to navigate: raw hrefs, as the page has them."""

    hrefs: list[str] = field(default_factory=list)
    canonical: str | None = None  # the page's rel=canonical
    next_hrefs: list[str] = field(default_factory=list)  # a listing's next page(s)
    feeds: list[str] = field(default_factory=list)  # RSS/Atom feeds it links
    # The page's ``<base href>``, as written: what its relative links resolve against.
    # A portal whose pages say ``<base href="https://host/">`` and link
    # ``berita/detail/123.html`` from ``/kategori/hukum/``: joined with the page's own
    # URL, every such link was a 404 and the articles it lists were lost (helper-103).
    base: str | None = None

    def resolved_against(self, page_url: str) -> str:
        """The URL the page's relative links resolve against: its ``<base href>``
        joined with the page's own URL, else the page's URL."""
        if not self.base:
            return page_url
        return join_url(page_url, self.base) or page_url


@dataclass
class PageReading:
    links: PageLinks
    # For an article page that is not a variant of another: the record, or why not.
    result: ArticleRecord | NotAnArticle | None = None
    sketch: TextSketch | None = None
    # For an article page whose text goes on over other pages (``scraper.extract.
    # paging``): where. The crawl reads them and joins the text (``join_continued``)
    # before the record is stored; the page's own links to them are left out of
    # ``links.hrefs``, so they are never requested as articles of their own.
    continuation: Continuation | None = None


@dataclass
class ContinuedPage:
    """A later page of a split article, as a worker read it: its text (cleaned of the
    page's boilerplate, as any article text) and where the article goes on from it.

    And what the spam guard needs to judge the joined article as it judges a one-page
    one (``join_continued``): the hidden spam blocks removed from this page (evidence,
    as ``ArticleRecord.spam_blocks``) and the page's own links whose address names the
    trade (those of the removed blocks left out, as ``read_page`` leaves them out)."""

    url: str
    text: str
    next_url: str | None = None
    next_page: int = 0
    spam_blocks: list[dict] = field(default_factory=list)
    spam_links: list[str] = field(default_factory=list)
    # Who the page credits: a portal may print the writer's credit only under the
    # article's last paragraph, on its last page (``join_continued``).
    authors: list[str] = field(default_factory=list)


def read_links(tree, listing: bool, encoding: str = "utf-8") -> PageLinks:
    """``encoding``: the page's, in which its links' queries are sent
    (``query_as_page_sends``)."""
    links = PageLinks(hrefs=_HREFS(tree))
    canonical = canonical_hrefs(tree)
    links.canonical = canonical[0].strip() if canonical else None
    links.base = base_href(tree)
    if listing:
        found = dict.fromkeys(_REL_NEXT(tree))
        for anchor in _ANCHORS(tree):
            if NEXT_TEXT.match(anchor.text_content()) or "next" in (anchor.get("class") or ""):
                found[anchor.get("href")] = None
        links.next_hrefs = list(found)
        links.feeds = [
            link.get("href")
            for link in _FEEDS(tree)
            if (link.get("type") or "").lower() in _FEED_TYPES
        ]
    if not encoding.startswith("utf"):
        # All of a page's addresses alike: a canonical link written as the page's own
        # links are must name the same page.
        def sent(href: str) -> str:
            return query_as_page_sends(href, encoding)

        links.hrefs = [sent(h) for h in links.hrefs]
        links.next_hrefs = [sent(h) for h in links.next_hrefs]
        links.feeds = [sent(h) for h in links.feeds]
        links.canonical = sent(links.canonical) if links.canonical else links.canonical
        links.base = sent(links.base) if links.base else links.base
    return links


def read_page(
    html: str,
    url: str,
    article: bool,
    site: SiteDefinition,
    fetched_at: str = "",
    hints: dict | None = None,
    options: ExtractionOptions = DEFAULT_OPTIONS,
    template: TemplatePlan | None = None,
    encoding: str = "utf-8",
) -> PageReading:
    """The page's links; for an article page also its record and story sketch.

    A page whose ``rel=canonical`` names another page of the site is only a variant
    of it (AMP, print, a moved permalink): it is not extracted. ``template``: how to
    use the site's learnt article container (``scraper.extract.template``).
    ``encoding``: the one the page was read in (``read_links``).
    """
    tree = parse_html(html)
    if tree is None:
        empty = NotAnArticle(url, "empty or unparsable page") if article else None
        return PageReading(PageLinks(), empty)
    links = read_links(tree, listing=not article, encoding=encoding)
    if links.base and links.canonical:
        links.canonical = join_url(links.resolved_against(url), links.canonical) or None
    if not article:
        return PageReading(links)
    target = canonical_elsewhere(links.canonical, url, site.base_url)
    if target is not None:
        if not (hints or {}).get("own_url") and trusted_canonical(target, url, stated_titles(tree)):
            return PageReading(links)
        # The home page, a category, another post, or a canonical that answered no
        # article: the page is read here, as itself.
        links.canonical = None
    # Links first: extraction prunes the tree in place. (Imported here: the crawl
    # process, whose workers extract, never loads trafilatura.)
    from scraper.extract.article import extract_article

    # The hrefs as written where the page's encoding changed them (find_continuation
    # finds a link's text by its href).
    written = links.hrefs if encoding.startswith("utf") else None
    continuation = find_continuation(tree, url, hrefs=written, encoding=encoding)
    if continuation is not None:
        links.hrefs = [h for h in links.hrefs if h.strip() not in continuation.hrefs]
    else:
        # Page 1 of a split article read at another of its URLs, whose paging names
        # the pages of its main URL (``paged_elsewhere``): a variant of that URL, as
        # if it named it with rel=canonical; the crawl reads the article there.
        main = paged_elsewhere(tree, url, links.hrefs)
        if main is not None:
            links.canonical = main
            return PageReading(links)

    # Hidden spam link blocks go before extraction, which would keep their words; the
    # page itself is judged on what extraction read (scraper.spam).
    blocks = strip_hidden_spam(html, tree, url)
    result = extract_article(
        tree,
        url,
        datetime.fromisoformat(fetched_at),
        site=site,
        hints=hints,
        options=options,
        template=template,
    )
    injected = {href for block in blocks for href in block.hrefs}
    spam = judge_record(result, [h for h in links.hrefs if h not in injected], url)
    if spam is not None:
        return PageReading(links, spam)
    if isinstance(result, NotAnArticle):
        return PageReading(links, result)
    result.spam_blocks = [block.evidence() for block in blocks]
    add_entities(result, site)
    return PageReading(links, result, sketch_text(result.text), continuation)


def read_continued(
    body: bytes,
    content_type: str | None,
    url: str,
    first: str,
    number: int | str,
    site: SiteDefinition,
    fetched_at: str,
    options: ExtractionOptions = DEFAULT_OPTIONS,
) -> ContinuedPage:
    """Page ``number`` (or ``"all"``) of the article whose page 1 is at ``first``: its
    text, read as any article page's (hidden spam blocks and the page's chrome
    removed), and its link to the next page. Its metadata is page 1's business; the
    spam guard's judgement is the joined article's (``join_continued``)."""
    from scraper.extract.article import extract_article
    from scraper.extract.charset import decode_page

    html, encoding = decode_page(body, content_type)
    tree = parse_html(html)
    if tree is None:
        return ContinuedPage(url, "")
    following = None
    if isinstance(number, int):
        following = find_continuation(tree, url, first=first, current=number, encoding=encoding)
    blocks = strip_hidden_spam(html, tree, url)
    # Read before extraction prunes the tree, and after the blocks went: their links
    # are the site's injection, not the page's own (as in read_page).
    spam_links = [href for href in _HREFS(tree) if spam_href(href)]
    result = extract_article(
        tree, url, datetime.fromisoformat(fetched_at), site=site, options=options
    )
    record = result.record if isinstance(result, NotAnArticle) else result
    page = ContinuedPage(url, record.text if record is not None else "")
    page.authors = list(record.authors) if record is not None else []
    if following is not None:
        page.next_url, page.next_page = following.next_url, following.next_page
    page.spam_blocks = [block.evidence() for block in blocks]
    page.spam_links = spam_links
    return page


def join_continued(
    record: ArticleRecord, pages: list[ContinuedPage], site: SiteDefinition
) -> tuple[ArticleRecord | SpamPage, TextSketch | None]:
    """Page 1's record with the text of all its pages: the text joined
    (``join_texts``), and everything computed from the text computed again (content
    hash, the dates it names, entities, story sketch). The later pages' URLs are
    added to the URLs it was seen at, so the archive keeps them as its aliases.

    Page 1's authors, unless page 1 credits no one or only a newsroom or CMS account
    and a later page credits a writer by name (a portal that prints "Penulis : …"
    under the last page).

    The joined article goes through the spam guard as a one-page article does
    (``read_page``): the hidden blocks removed from every page are its evidence (the
    site's health counts them), and the joined title and text are judged, with the
    later pages' own links (page 1's were judged with page 1), so that promotion on
    page 2 quarantines the article (a ``SpamPage``, no sketch) as it would on page 1.
    """
    from scraper.extract.article import event_dates, is_account_name  # the worker's
    from scraper.extract.cleanup import content_hash

    if all(is_account_name(name) for name in record.authors):
        # Page 1 credits no one but the newsroom or a CMS account ("Redaksi", "admin"):
        # a writer a later page credits by name wins, as one credited on page 1 would.
        named = (
            page.authors
            for page in pages
            if page.authors and not all(is_account_name(n) for n in page.authors)
        )
        record.authors = next(named, record.authors)
    text = join_texts([record.text, *(page.text for page in pages)])
    record.text = text
    record.content_hash = content_hash(text)
    record.seen_urls = [*record.seen_urls, *(page.url for page in pages)]
    record.spam_blocks = [*record.spam_blocks, *(b for page in pages for b in page.spam_blocks)]
    spam = judge_record(record, [h for page in pages for h in page.spam_links], record.url)
    if spam is not None:
        return spam, None
    record.event_dates = event_dates(record, site)
    add_entities(record, site)
    return record, sketch_text(text)


def add_entities(record: ArticleRecord, site: SiteDefinition) -> ArticleRecord:
    """Attach the police-news entities of the record's title and text (in place).

    A failure here costs the page its entities, never the page itself.
    """
    # Imported here, like extract_article: the crawl process never loads the gazetteer.
    from scraper.entities import extract_entities

    try:
        found = extract_entities(record.title, record.text, site_province=site.province)
    except Exception:  # noqa: BLE001 - a rule that breaks on one text: no entities
        logger.warning("entities failed on %s", record.url, exc_info=True)
        return record
    record.primary_unit = found.primary_unit
    record.region = found.region
    record.province = found.province
    record.topics = list(found.topics)
    record.entities = found.to_dict()
    return record


def read_body(
    body: bytes,
    content_type: str | None,
    url: str,
    article: bool,
    site: SiteDefinition,
    fetched_at: str = "",
    hints: dict | None = None,
    options: ExtractionOptions = DEFAULT_OPTIONS,
    template: TemplatePlan | None = None,
) -> PageReading:
    """``read_page`` of the page's bytes as fetched (``content_type``: the HTTP header).

    Decoding happens here, in the worker, the one way ``extract`` and ``reextract``
    decode too (``scraper.extract.charset``)."""
    from scraper.extract.charset import decode_page

    html, encoding = decode_page(body, content_type)
    return read_page(html, url, article, site, fetched_at, hints, options, template, encoding)


_WARMUP_PAGE = (
    "<html><head><title>Apel pagi</title>"
    '<meta property="article:published_time" content="2023-11-10T08:00:00+08:00"></head>'
    "<body><article><h1>Apel pagi Polres Tanah Laut</h1><p>Pelaihari - Jumat (10/11/2023) "
    "pukul 08.00 Wita, Polres Tanah Laut menggelar apel pagi. " * 6 + "</p></article></body></html>"
)


def warm_up() -> None:
    """Run one small page through everything, so a worker's first real page does
    not pay for first-use costs (parsers' tables, compiled patterns)."""
    read_page(
        _WARMUP_PAGE,
        "http://warm.invalid/apel/",
        True,
        SiteDefinition.for_url("http://warm.invalid/"),
        "2023-11-10T01:00:00+00:00",
    )


class ReadFailed(Exception):
    """Reading one page failed; ``kind`` is the error kind the crawl ledger records."""

    def __init__(self, kind: str, detail: str):
        super().__init__(detail)
        self.kind = kind


class PageReader:
    """Runs ``read_page`` in a pool of worker processes, or inline with 0 workers.

    It also keeps the crawl's learnt article containers (``SiteTemplates``): each
    article page goes out with its site's plan, and its reading settles it.
    """

    def __init__(self, workers: int, timeout: float, learn_templates: bool = True):
        self.workers = workers
        self.timeout = timeout
        self.pool: WorkerPool | None = None
        self.templates = SiteTemplates(enabled=learn_templates)

    def open(self) -> None:
        if self.workers > 0 and self.pool is None:
            self.pool = WorkerPool(self.workers, timeout=self.timeout, warmup=warm_up)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()

    async def read(
        self,
        body: bytes,
        content_type: str | None,
        url: str,
        article: bool,
        site: SiteDefinition,
        fetched_at: str = "",
        hints: dict | None = None,
    ) -> PageReading:
        """``read_body`` of the page in a worker (inline with 0 workers)."""
        # A site whose definition names its text's element needs no learning.
        plan = self.templates.plan(site.name) if article and not site.overrides.text else None
        args = (body, content_type, url, article, site, fetched_at, hints, DEFAULT_OPTIONS, plan)
        # A listing page goes before the article pages waiting (a lower priority goes
        # first): what it links, its next page above all, is wanted soon.
        reading = await self._read(args, priority=1 if article else 0)
        # A variant of another page (rel=canonical elsewhere) is not read: no outcome.
        if plan is not None and reading.result is not None:
            result = reading.result
            record = result.record if isinstance(result, NotAnArticle) else result
            # A page that is no article teaches nothing of the template.
            report = result.template_report if isinstance(result, ArticleRecord) else None
            used = bool(record is not None and record.read_from_container)
            self.templates.settle(site.name, plan, report, used)
        return reading

    async def read_continued(
        self,
        body: bytes,
        content_type: str | None,
        url: str,
        first: str,
        number: int | str,
        site: SiteDefinition,
        fetched_at: str,
    ) -> ContinuedPage:
        """``read_continued`` of a later page of a split article, in a worker."""
        args = (body, content_type, url, first, number, site, fetched_at)
        return await self._read(args, priority=1, function=read_continued)

    async def join_continued(
        self, record: ArticleRecord, pages: list[ContinuedPage], site: SiteDefinition
    ) -> tuple[ArticleRecord | SpamPage, TextSketch | None]:
        """``join_continued`` in a worker: entities and sketch are a worker's work."""
        return await self._read((record, pages, site), priority=1, function=join_continued)

    async def _read(self, args: tuple, priority: int, function=read_body):
        try:
            if self.pool is None:
                return function(*args)
            return await asyncio.wrap_future(self.pool.submit(function, *args, priority=priority))
        except TaskTimeout as exc:
            raise ReadFailed("extract_timeout", str(exc)) from exc
        except WorkerDied as exc:
            raise ReadFailed("extract_crashed", str(exc)) from exc
        except TaskFailed as exc:
            raise ReadFailed("parse", str(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - inline: one bad page, one error
            raise ReadFailed("parse", repr(exc)) from exc
