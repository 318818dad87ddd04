"""Extraction: one fetched page (HTML, URL, fetch time) to one article record.

``extract_article`` is a pure function of picklable inputs and does not import Scrapy,
so it can run in the crawler, in ``newsarchive extract FILE``, in tests, or in a pool of
worker processes. trafilatura finds the text; JSON-LD, OpenGraph and ``<time>`` give the
metadata that trafilatura drops (the time of day, tags, categories), and the article's
own microdata (``scraper.extract.microdata``) the image and categories of a page that
has neither; the project's own rules remove the chrome that survives and decide whether
the page is an article at all.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
import re
from datetime import date, datetime

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement
from slugify import slugify
from trafilatura.settings import Extractor

from scraper.dates import find_dates, to_iso
from scraper.extract.cleanup import (
    IMAGE_CAPTION_PARAGRAPH,
    clean_text,
    content_hash,
    find_captions,
    is_photo_page,
    misses_block,
    paragraph_block,
    prune,
    prune_captions,
    prune_chrome,
    tidy_markup,
    unwrap_layout_tables,
)
from scraper.extract.credits import (
    CREDIT_EDITORS,
    CREDIT_NAME_CHARS,
    CREDIT_NAME_WORDS,
    CREDIT_WRITERS,
    OFFICE,
    credit_names,
    credited_names,
    marked_byline,
    plain_byline,
)
from scraper.extract.date_places import AUTHOR_HREF
from scraper.extract.dates import (
    resolve_modified,
    resolve_published,
    votes_for_site_zone,
    zone_name,
)
from scraper.extract.fallback import share_justext_stoplist
from scraper.extract.metadata import (
    breadcrumb_sections,
    category_badges,
    category_links,
    headline_blocks,
    in_chrome_block,
    link_texts,
    listed_titles,
    read_metadata,
    tag_links,
)
from scraper.extract.microdata import microdata_elements, read_microdata
from scraper.extract.options import DEFAULT_OPTIONS, ExtractionOptions
from scraper.extract.page import (
    base_href,
    clean_space,
    first_text,
    jsonld_image,
    jsonld_names,
    parse_html,
    stated_titles,
    unescape_entities,
)
from scraper.extract.pagekind import judge_page, says_article, says_not_found
from scraper.extract.postid import site_post_id
from scraper.extract.record import ArticleRecord, Hints, NotAnArticle
from scraper.extract.template import (
    ContainerReport,
    TemplatePlan,
    container_copy,
    describe,
    find_container,
    outside_prose,
    the_container,
)
from scraper.extract.titles import page_title
from scraper.sites import SiteDefinition
from scraper.urls import canonicalize_url, join_url, same_page, same_site, trusted_canonical

share_justext_stoplist()  # built on first need, hashed once: scraper.extract.fallback


def extract_article(
    html: str | bytes | HtmlElement,
    url: str,
    fetched_at: datetime,
    site: SiteDefinition | None = None,
    hints: Hints | dict | None = None,
    options: ExtractionOptions = DEFAULT_OPTIONS,
    template: TemplatePlan | None = None,
) -> ArticleRecord | NotAnArticle:
    """Turn one page into an ``ArticleRecord``, or say why it is not an article.

    ``url`` is the URL the page was fetched from; ``fetched_at`` an aware datetime.
    ``site`` supplies the time zone and field overrides; ``hints`` what discovery knew.
    ``html`` may be a tree already parsed with ``parse_html``: it is then pruned in
    place (read what else you need from it first). ``template`` is the crawl's plan
    for the site's learnt article container (``scraper.extract.template``): read the
    text from it, or read in full and report on it (``record.template_report``).
    """
    site = site or SiteDefinition.for_url(url)
    hints = hints if isinstance(hints, Hints) else Hints.from_dict(hints)
    tree = html if isinstance(html, HtmlElement) else parse_html(html)
    if tree is None:
        return NotAnArticle(url, "empty or unparsable page")
    md = read_metadata(tree)
    if not says_article(md):
        # Only a page that does not call itself a post can be judged by its shape.
        md.listed_titles = listed_titles(tree)
        md.link_texts = link_texts(tree)
    canonical = canonicalize_url(url) if hints.own_url else _canonical_url(md.canonical, url, tree)
    tags = hints.tags or _tags(md) or tag_links(tree, md.headline) or _portal_tags(md)
    # Everything read from the whole page comes first: _main_text prunes the tree.
    title = page_title(tree, md, hints, site, url)
    post_id = site_post_id(tree, md.body_classes, md.meta_all)
    authors = _authors(tree, md, site)
    image = md.meta.get("og:image") or jsonld_image(md.jsonld_article.get("image"))
    categories = hints.categories or _categories(md)
    marks = None  # the page's microdata elements, walked once if a reader needs them
    if not image or not categories:
        # Microdata only (core Joomla, many non-WordPress CMSes): the article's own scope.
        marks = microdata_elements(tree)
        micro = read_microdata(tree, marks)
        image = image or micro.image
        categories = categories or _dedupe(micro.categories)
    image = image or _featured_image(tree, url, headline_blocks(md.headline))
    categories = (
        categories
        or category_links(tree, md.headline)
        or category_badges(md.headline)
        or breadcrumb_sections(tree, url, title, md.headline)
        or _portal_category(md)
    )
    # A learn or check reading compares the container with the full reading: it needs
    # the page as it was, before the full reading prunes it.
    pristine = copy.deepcopy(tree) if template is not None and template.mode != "use" else None
    use = template if template is not None and template.mode == "use" else None
    raw, from_container = _main_text(tree, canonical, site, options, use, marks)
    shown = clean_space(md.headline.text_content()) if md.headline is not None else None
    text = clean_text(raw, tags, title, shown if shown != title else None)
    reason = judge_page(md, url, text, options.min_text_chars, hints.known_post)
    if not reason and not title:
        reason = "no title"
    published = resolve_published(md, tree, canonical, hints, site, fetched_at)
    votes = votes_for_site_zone(published.zone_evidence)
    record = ArticleRecord(
        url=canonical,
        site=site.name,
        title=title,
        text=text,
        description=clean_space(
            unescape_entities(md.meta.get("og:description") or md.meta.get("description"))
        )
        or None,
        authors=authors,
        published_at=published.value,
        published_utc=published.utc,
        published_at_source=published.source,
        modified_at=resolve_modified(md, hints, site, fetched_at),
        tags=tags,
        categories=categories,
        image_url=canonicalize_url(image, url) if image else None,
        language=_language(md, site),
        slug=slugify(title),
        post_id=post_id,
        content_hash=content_hash(text),
        fetched_at=fetched_at.isoformat(timespec="seconds"),
        date_conflict=published.conflict,
        event_dates=_event_dates(text, published.parsed or fetched_at, site),
        seen_urls=[url],
        zone=zone_name(published.zone) if votes else None,
        zone_evidence=published.zone_evidence if votes else None,
        read_from_container=from_container,
    )
    if pristine is not None and template is not None:
        record.template_report = _template_report(pristine, raw, template, canonical, site, options)
    if not reason:
        return record
    not_found = says_not_found(tree, md, text)
    if not_found:
        return NotAnArticle(url, f"a 'not found' page ({not_found})", record, "soft_404")
    return NotAnArticle(url, reason, record)


def _template_report(
    page, full_text: str, plan: TemplatePlan, url: str, site: SiteDefinition, options
) -> ContainerReport:
    """Whether reading the container alone gives ``full_text``, the full reading's text:
    the container found for it (``learn``) or the one the plan names (``check``)."""
    if plan.mode == "learn":
        element = find_container(page, full_text)
        if element is None:
            return ContainerReport()
        report = describe(element)
    else:
        report = ContainerReport(path=plan.path)
    element = the_container(page, report.path) if report.path else None
    if element is None:
        return report
    report = dataclasses.replace(report, outside=outside_prose(element))
    if plan.mode == "check" and report.outside > plan.outside:
        return report  # a ``use`` reading would read this page in full
    text = _container_text(element, url, site, options)
    if len(text) < options.min_text_chars:  # nor would it take so short a text
        return report
    return dataclasses.replace(report, found=True, reproduced=text == full_text)


_POST_THUMBNAIL = XPath(
    "//img[contains(concat(' ', normalize-space(@class), ' '), ' wp-post-image ')]"
)
# Lokomedia CMS keeps a post's photo in its upload folder foto_berita/, the teasers'
# thumbnails as foto_berita/small_<file>.
_LOKOMEDIA_PHOTO = XPath("//img[contains(@src, 'foto_berita/')]")
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "src")
_PLACEHOLDER = re.compile(r"no-?image|placeholder", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:\?|$)", re.IGNORECASE)


def _featured_image(tree, url: str, article: frozenset = frozenset()) -> str | None:
    """The post's featured image where no og:image, JSON-LD or microdata names one:
    the first WordPress ``img.wp-post-image`` (``the_post_thumbnail``) that is not a
    teaser's, i.e. not inside a link to another page (JNews and tagDiv link the
    featured image to the full-size file; sidebars and related posts link theirs to
    the post), else the first such photo from Lokomedia's ``foto_berita/`` that is no
    ``small_`` thumbnail nor inside the right column, a sidebar or related posts
    (``in_chrome_block``, the blocks that hold the headline, ``article``, excepted; not
    asked of ``wp-post-image``, whose themes class a layout wrapper "sidebar"); never a
    "no image" placeholder. Lazy loaders put the file in ``data-src`` and a placeholder
    in ``src``.

    A JNews site without an SEO plugin stored no image though every article showed
    one (``div.jeg_featured`` > ``img.wp-post-image``), and so did a Lokomedia
    portal."""
    own = canonicalize_url(url)
    lokomedia = (
        img
        for img in _LOKOMEDIA_PHOTO(tree)
        if not (img.get("src") or "").rsplit("/", 1)[-1].startswith("small_")
        and not in_chrome_block(img, article)  # the right column's, a related post's
    )
    for img in itertools.chain(_POST_THUMBNAIL(tree), lokomedia):
        link = next(img.iterancestors("a"), None)
        href = (link.get("href") or "").strip() if link is not None else ""
        if href and not _IMAGE_FILE.search(href) and canonicalize_url(href, url) != own:
            continue
        for name in _LAZY_SOURCES:
            value = (img.get(name) or "").strip()
            if value and not value.startswith("data:"):
                if _PLACEHOLDER.search(value.rsplit("/", 1)[-1]):
                    break  # "no-image.jpg": the post has no photo of its own
                return value
    return None


def _canonical_url(declared: str | None, url: str, tree) -> str:
    """A same-site ``rel=canonical`` the page may name (``trusted_canonical``) wins;
    otherwise the fetched URL, canonicalised."""
    own = canonicalize_url(url)
    if declared:
        base = base_href(tree)
        candidate = canonicalize_url(declared, base=join_url(url, base) or url if base else url)
        if (
            candidate.startswith("http")
            and same_site(candidate, url)
            and (
                same_page(candidate, own) or trusted_canonical(candidate, url, stated_titles(tree))
            )
        ):
            return candidate
    return own


def _main_text(
    tree,
    url: str,
    site: SiteDefinition,
    options: ExtractionOptions,
    plan: TemplatePlan | None,
    marks: list | None = None,
) -> tuple[str, bool]:
    """The article's text, and whether it was read from the ``plan``'s container alone.
    ``marks``: the page's ``microdata_elements``, when the metadata reading walked them.

    Read in full (``tree`` pruned in place) when there is no plan, or the page has
    not exactly one such container, or more prose around it than the plan allows,
    or the container gives less than an article's worth of text."""
    if site.overrides.text:
        nodes = tree.xpath(site.overrides.text)
        if nodes:
            return "\n".join(
                clean_space(p.text_content()) for n in nodes for p in (n.xpath(".//p") or [n])
            ), False
    element = the_container(tree, plan.path) if plan is not None and plan.path else None
    if element is not None and outside_prose(element) <= plan.outside:
        text = _container_text(element, url, site, options)
        if len(text) >= options.min_text_chars:
            return text, True
    if marks is None:
        marks = microdata_elements(tree)
    marked = [
        el
        for el in marks
        if el.tag != "meta" and "articleBody" in (el.get("itemprop") or "").split()
    ]
    marked_chars = len(clean_space(marked[0].text_content())) if len(marked) == 1 else 0
    if 0 < marked_chars < options.min_text_chars:
        # The page marks its body (schema.org microdata) and it holds less than an
        # article: on so little, trafilatura falls back to the whole page, menus and
        # sidebar lists (a Joomla "Profil" page of one address line was stored so).
        # An empty one is a slot, not the body: a script's or an ad's (rzn.mk.ru's
        # "inread-content"), or a wrapper beside the text (hss.de).
        body = marked[0]
        return "\n".join(clean_space(p.text_content()) for p in body.xpath(".//p") or [body]), False
    return _read_text(tree, url, site, options), False


def _container_text(
    element: HtmlElement, url: str, site: SiteDefinition, options: ExtractionOptions
) -> str:
    """The text of a learnt container, read as a ``use`` reading reads it and as the
    ``learn`` and ``check`` readings compare it with the full reading's.

    The container is the body: trafilatura's second opinion (readability, then jusText,
    on the same element) is not asked. It cost a fifth of a container reading; where it
    would have changed the text, the container does not reproduce the full reading and
    is not learnt (or is unlearnt at a check)."""
    return _read_text(container_copy(element), url, site, _fast(options))


@functools.lru_cache(maxsize=8)
def _fast(options: ExtractionOptions) -> ExtractionOptions:
    """``options`` in trafilatura's fast mode, built once per options, not per page."""
    return options if options.fast else dataclasses.replace(options, fast=True)


def _read_text(tree, url: str, site: SiteDefinition, options: ExtractionOptions) -> str:
    """Chrome pruning, then trafilatura, on ``tree`` (the page, or a container's copy)."""
    # Pruned in place, in one pass; trafilatura works on its own copy of the result.
    tidy_markup(tree)  # comments out, styled text blocks unwrapped
    unwrap_layout_tables(tree)
    if options.prune_chrome:
        prune_chrome(tree)
    xpaths = options.prune_xpaths
    if prune_captions(tree, delete=options.prune_chrome):
        # A photo page: its captions are its text, those beside an image in a <p> too.
        xpaths = tuple(x for x in xpaths if x != IMAGE_CAPTION_PARAGRAPH)
    prune(tree, xpaths + site.overrides.prune)
    block = paragraph_block(tree)
    result = trafilatura.bare_extraction(tree, options=_extractor(options, url))
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if block and misses_block(text, block):
        # trafilatura chose something else (a list of teasers, a widget) over the
        # page's one run of article paragraphs: the paragraphs are the article.
        return "\n".join(block.paragraphs)
    return text


@functools.lru_cache(maxsize=8)
def _base_extractor(include_tables: bool, favor_precision: bool, fast: bool) -> Extractor:
    """trafilatura's settings for our options, as ``bare_extraction`` would build them
    from its keyword arguments (comments and metadata off)."""
    return Extractor(
        output_format="python",
        fast=fast,
        precision=favor_precision,
        comments=False,
        tables=include_tables,
        with_metadata=False,
    )


def _extractor(options: ExtractionOptions, url: str) -> Extractor:
    """The ``Extractor`` for one page: building one reads trafilatura's config file
    settings and the clock (about 0.2 ms, once or twice a page), so the settings are
    built once per options and copied with the page's URL. (Its ``date_params`` are
    built at first use and never read: metadata is ours, ``with_metadata`` is off.)"""
    extractor = copy.copy(
        _base_extractor(options.include_tables, options.favor_precision, options.fast)
    )
    extractor.url = url
    extractor.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return extractor


def _tags(md) -> list[str]:
    from_jsonld = md.jsonld_article.get("keywords")
    if isinstance(from_jsonld, str):
        from_jsonld = [k.strip() for k in from_jsonld.split(",")]
    candidates = md.rel_tags or md.meta_all.get("article:tag") or jsonld_names(from_jsonld)
    return _dedupe(candidates)


def _portal_tags(md) -> list[str]:
    """``<meta name="content_tag">``: Kompas's and Tribun's portals list the tag row
    there, whose heading may read "Berita Terkait" like a related list's. (Not
    ``news_keywords``: tried, 100 evaluation pages gained wire codes and phrases of
    the text, "30594 Lifestyles", "A Wire", as tags.)"""
    listed = md.meta.get("content_tag") or ""
    return _dedupe(k for k in listed.split(",") if k.strip())


def _portal_category(md) -> list[str]:
    """``<meta name="content_category">``, where Kompas's and Tribun's portals name the
    section (their breadcrumb, read before it, names its subsection too)."""
    section = clean_space(md.meta.get("content_category"))
    return [section] if section else []


def _categories(md) -> list[str]:
    section = md.jsonld_article.get("articleSection")
    return _dedupe(md.rel_categories or md.meta_all.get("article:section") or jsonld_names(section))


def _authors(tree, md, site: SiteDefinition) -> list[str]:
    override = first_text(tree, site.overrides.authors)
    if override:
        return [override]
    declared = md.jsonld_article.get("author")
    names = jsonld_names(declared)
    if names and _publisher_only(declared, md, site.host):
        # An SEO component's default (a Next.js portal's JSON-LD, say) names the site as
        # the author of every article: that says who published it, not who wrote it.
        # The reporter the page itself credits wins; with none, the publisher stays.
        names = _page_authors(tree, md, site.host) or names
    elif names and _named_as_site(names, md, site.host):
        # The same default typed as a person (Republika's ``{"@type": "Person", "name":
        # "Republika"}``): only a reporter the page credits by a link to their page or
        # by a credit line ("Rep: Fauzan Hidayat") wins; a teaser list's plain "author"
        # span (another article's) was taken for the byline.
        names = _credited_over_site(tree, md, site.host) or names
    if not names:
        names = _page_authors(tree, md, site.host)
    if names and all(is_account_name(n) for n in names):
        # A CMS account or the newsroom ("admin", "Super User", "Redaksi", "Tim
        # Redaksi"): a reporter the page credits by name wins; with none, it stays.
        names = _credited_over_site(tree, md, site.host) or names
    if names and _credited_as_editors(tree, md, names):
        # The metadata names the editor whom the page credits as "Editor:" beside a
        # "Reporter:" (Jawa Pos's Radar portals, Suara): the reporter wrote it.
        writers, _ = credit_names(tree, md.headline)
        squeezed = {_squeezed(n) for n in names}
        names = [w for w in writers if _squeezed(w) not in squeezed] or names
    return _dedupe(_without_role(n) for n in names if n and not n.startswith("http"))


def _role_label(roles) -> re.Pattern:
    """What a name credited in one of ``roles`` follows in the page's text: "Editor: ",
    "Red: ", "Redaktur : " (the body's text runs the lines together: "Reporter: Muhamad
    FikriEditor: Andhika Attar", so a role may follow a word; an abbreviation, "Red",
    "Rep", may not)."""
    words = [r for r in roles if len(r) > 3]
    short = [r for r in roles if len(r) <= 3]
    either = "|".join(sorted(words)) + (rf"|\b(?:{'|'.join(sorted(short))})" if short else "")
    return re.compile(rf"(?:{either})\s*:\s*$", re.IGNORECASE)


_EDITOR_LABEL = _role_label(CREDIT_EDITORS)
_WRITER_LABEL = _role_label(CREDIT_WRITERS)


def _credited_as_editors(tree, md, names: list[str]) -> bool:
    """Whether the page credits each of ``names`` as its editor, and none as a writer
    (wherever it names them: Suara shows the editor's name alone under the headline,
    and "Reporter: … Editor: …" under the text)."""
    text = _body_text(tree, md)
    for name in names:
        wanted = clean_space(name).casefold()
        labels = [text[max(0, at - 20) : at] for at in _occurrences(text, wanted)]
        if not any(_EDITOR_LABEL.search(label) for label in labels) or any(
            _WRITER_LABEL.search(label) for label in labels
        ):
            return False
    return True


def _occurrences(text: str, wanted: str, most: int = 10):
    """Where ``wanted`` starts in ``text``, the first ``most`` times."""
    at = text.find(wanted) if wanted else -1
    while at >= 0 and most:
        yield at
        most -= 1
        at = text.find(wanted, at + 1)


def _body_text(tree, md) -> str:
    """The text of the page's body, white space collapsed and case-folded, read once per
    extraction (the author rules ask it twice)."""
    cached = md.__dict__.get("_body_text")
    if cached is None:
        body = tree.find("body")
        cached = clean_space(body.text_content()).casefold() if body is not None else ""
        md.__dict__["_body_text"] = cached
    return cached


# Inside <body>: WordPress marks the body itself ("single-author"), and a page is no
# byline; nor is an article or a block holding the headline (Drupal themes class the
# node "author-<name>": its first link was a share button's "Tweet"); nor a comment's
# ("comment-author vcard", in a "comment-list" or "#comments"): its link names a reader,
# who was stored as the author of an article whose byline is plain text ("Oleh: …").
_BYLINE_BLOCK = XPath(
    "//body//*[@rel='author' or contains(@class,'author')][.//a[@href]]"
    "[not(self::article or self::main or self::section or .//h1)]"
    "[not(ancestor-or-self::*[contains(concat(' ', normalize-space(@class)), ' comment')"
    " or @id='comments'])]"
)


def _page_authors(tree, md, host: str) -> list[str]:
    """The authors the page names outside JSON-LD: ``<meta name="author">``, the byline
    link, a byline its markup marks (``credits.marked_byline``), a byline element's plain
    text (``credits.plain_byline``), else a plain-text credit line.

    A meta author the page shows nowhere is the template's, not the article's: every
    Lokomedia template keeps its maker's ``<meta name="author" content="Lukmanul
    Hakim">`` above "Diposting oleh : <b>Nama</b>", and he was stored as the author of
    every article. The byline the page shows wins over such a name; with none, it stays."""
    meta = md.meta.get("author")
    if not meta:
        return _byline_authors(tree, headline=md.headline)
    sites = _site_names(md, host)
    if _squeezed(meta) in sites or _HOST_LIKE.fullmatch(clean_space(meta)):
        # The site's own name as every article's author (Tribun's regional portals:
        # ``<meta name="author" content="Banjarmasinpost.co.id">``, its og:site_name,
        # above "Penulis: Nama"; Okezone's "Okezone" on news.okezone.com): a reporter
        # the page credits wins, as over a JSON-LD publisher; not initials ("S.") nor
        # the site again ("IT Finanzmagazin /PP").
        credited = [
            name
            for name in _byline_authors(tree, strict=True, headline=md.headline)
            if re.search(r"[^\W\d_]{2}", name)
            and not (name.isupper() and len(name) <= 3)  # initials, "JF"
            and not any(site in _squeezed(name) for site in sites)
        ]
        return credited or [meta]
    if OFFICE.match(clean_space(meta)):
        # A template's author meta naming the unit's press office on every page
        # (Lokomedia's "Humas Polres Kebumen") over "Diposting oleh : <b>Aipda …</b>":
        # the officer the page credits wrote it. (A JSON-LD organisation credited with
        # its release is the page's own statement, and stays.)
        return _credited_over_site(tree, md, host) or [meta]
    if _shown_on_page(tree, md, meta):
        return [meta]
    return _byline_authors(tree, strict=True, headline=md.headline) or [meta]


def _shown_on_page(tree, md, name: str) -> bool:
    """Whether ``name`` is in the text of the page's body (any case and spacing)."""
    if tree.find("body") is None:
        return True
    return clean_space(name).casefold() in _body_text(tree, md)


def _byline_authors(tree, strict: bool = False, headline=None) -> list[str]:
    """The authors the page's visible byline names (see ``_page_authors``). ``strict``
    (to overrule a meta author) takes no byline link that names no one: a share link's
    "auf Twitter folgen", an e-mail address, initials in lower case."""
    names = _byline_link(tree, strict)
    if not names:
        names = marked_byline(tree)
    if not names:
        names = plain_byline(tree)
    if not names:
        # A plain-text credit line ("Penulis : Rahmadi"): the writers, else the editor,
        # whom a portal that names no writer credits with the text; never over a meta
        # author (``strict``), who names the writer the page hides.
        # A photo story credits its photographer alone ("Fotografer: Nama"); an
        # article's photo credit names no author of its text.
        credited = credited_names(tree, headline)
        names = credited["writer"] or ([] if strict else credited["editor"])
        photo_story = not names and not strict and credited["photographer"]
        if photo_story and is_photo_page(tree, find_captions(tree)):
            names = credited["photographer"]
    return names


def _byline_link(tree, strict: bool, author_page: bool = False) -> list[str]:
    """The name the first byline block's first link gives (see ``_byline_authors``);
    with ``author_page``, its first link to an author's page (``rel=author``,
    ``/author/<name>``: ``AUTHOR_HREF``)."""
    # The first byline block's first link with a name: an author's picture often links
    # the profile before the name does ("<div class=author><a><img></a> <a>Nama</a>"),
    # and a picture alone named nobody (nor let a credit line name anyone).
    byline = _BYLINE_BLOCK(tree)[:1]
    links = byline[0].iterdescendants("a") if byline else ()
    if author_page:
        links = (
            a for a in links if a.get("rel") == "author" or AUTHOR_HREF.search(a.get("href") or "")
        )
    names = [name for n in links if n.get("href") and (name := clean_space(n.text_content()))][:1]
    # A name, not a headline: past the pictures, a block of the author's other posts
    # ("author-materials", "author-posts") links their titles, and one was stored as
    # the author.
    names = [
        n for n in names if len(n) <= CREDIT_NAME_CHARS and len(n.split()) <= CREDIT_NAME_WORDS
    ]
    if strict:
        names = [n for n in names if not (n[0].islower() or "@" in n or "://" in n)]
    return names


_ORGANISATION_TYPES = {"organization", "newsmediaorganization", "corporation"}


# A name written as a host name ("Tribun-Timur.com", "Kalselkini.id"): a site, no person.
_HOST_LIKE = re.compile(
    r"(?:[\w-]+\.)+(?:com|net|org|info|news|tv|id|co\.id|or\.id|go\.id|web\.id)", re.I
)
# Host labels that name no site ("news.okezone.com", "m.detik.com").
_NOT_SITE_LABELS = frozenset({"www", "news", "amp", "mobile", "com", "net", "org", "co", "id"})


def _squeezed(name: str) -> str:
    """Letters and digits only, case-folded: "Tribun-Timur.com" is "tribuntimurcom"."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _site_names(md, host: str) -> set[str]:
    """The site's names, squeezed: its publisher's (``_publisher_names``), its host
    without "www." and each label of the host that names it ("okezone" of
    news.okezone.com)."""
    names = {_squeezed(n) for n in _publisher_names(md)}
    host = host.casefold().removeprefix("www.")
    if host:
        names.add(_squeezed(host))
        names |= {
            label
            for label in host.split(".")
            if len(label) >= 4 and label not in _NOT_SITE_LABELS and label.isalnum()
        }
    return {n for n in names if n}


def _publisher_names(md) -> set[str]:
    """The names the page gives its publisher (JSON-LD ``publisher``, ``og:site_name``),
    case-folded."""
    publisher = {n.casefold() for n in jsonld_names(md.jsonld_article.get("publisher"))}
    if md.meta.get("og:site_name"):
        publisher.add(clean_space(md.meta["og:site_name"]).casefold())
    return publisher


def _publisher_only(author: object, md, host: str = "") -> bool:
    """True when the JSON-LD author is nothing but the publishing organisation: typed
    as an organisation and named as the ``publisher`` or the ``og:site_name`` is, or by
    the first word of one of the site's names (Antara's author "ANTARA", its publisher
    "ANTARA News" on antaranews.com: ``_site_names``)."""
    items = author if isinstance(author, list) else [author]
    publisher = _publisher_names(md)
    sites = _site_names(md, host)
    for item in items:
        if not isinstance(item, dict):
            return False
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(isinstance(k, str) and k.casefold() in _ORGANISATION_TYPES for k in kinds):
            return False
        names = jsonld_names(item)
        if not all(n.casefold() in publisher or _site_prefix(n, sites) for n in names):
            return False
    return bool(items)


def _site_prefix(name: str, sites: set[str]) -> bool:
    """Whether ``name``, squeezed, is one of ``sites`` or starts one of them (five
    letters at least: "ANTARA" of "antaranews")."""
    key = _squeezed(name)
    return len(key) >= 5 and any(site.startswith(key) for site in sites)


def _named_as_site(names: list[str], md, host: str) -> bool:
    """True when every author name is one of the site's names (``_site_names``)."""
    sites = _site_names(md, host)
    return all(_squeezed(n) in sites for n in names)


def _credited_over_site(tree, md, host: str) -> list[str]:
    """The reporters the page credits by a link to their author page or by a credit
    line, but not the site again ("Redaksi Republika") nor a CMS account."""
    sites = _site_names(md, host)

    def person(name: str) -> bool:
        squeezed = _squeezed(name)
        return not _ACCOUNT_NAME.match(name) and not any(site in squeezed for site in sites)

    linked = [n for n in _byline_link(tree, strict=True, author_page=True) if person(n)]
    return linked or [n for n in credit_names(tree, md.headline)[0] if person(n)]


# The names a CMS or a newsroom signs with when no reporter is named: WordPress's and
# Joomla's accounts ("admin", "Super User", "Admin Desa"), the newsroom ("Redaksi", "Tim
# Redaksi").
_ACCOUNT_NAME = re.compile(
    r"^(?:admin(?:istrator)?|super\s*user|webmaster|(?:tim\s+)?redaksi)(?:\s|$)", re.IGNORECASE
)


def is_account_name(name: str) -> bool:
    """Whether a byline names a CMS account or the newsroom ("admin", "Super User",
    "Redaksi", "Tim Redaksi"), not a writer."""
    return _ACCOUNT_NAME.match(clean_space(name)) is not None


# A reporter's role and base written before the name, as Indonesian portals credit
# their stringers: "Kontributor Kotabaru, Sirajul Munir" (Kompas), "Wartawan Tribun
# Jabar, …", "Reporter: …". The name is what follows the comma or colon.
_ROLE_BEFORE_NAME = re.compile(
    r"^\s*(?:kontributor|koresponden|wartawan|reporter|jurnalis|pewarta|penulis)\b"
    r"[^,:]{0,40}[,:]\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)


def _without_role(name: str) -> str:
    match = _ROLE_BEFORE_NAME.match(name)
    return match.group("name") if match else name


def _language(md, site: SiteDefinition) -> str | None:
    lang = md.lang or md.meta.get("og:locale") or md.jsonld_article.get("inLanguage")
    if isinstance(lang, str) and lang.strip():
        return lang.strip().replace("_", "-").split("-")[0].lower()
    return site.language


def _dedupe(values) -> list[str]:
    """Authors, tags, categories: each once, its escapes decoded wherever it was read
    (a <meta> content escaped twice, "Hukum &amp;amp; Kriminal", as JSON-LD's)."""
    seen: dict[str, str] = {}
    for value in values:
        value = clean_space(unescape_entities(value))
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return list(seen.values())


def event_dates(record: ArticleRecord, site: SiteDefinition) -> list[dict]:
    """The dates ``record.text`` names, resolved as ``extract_article`` resolves them
    (against the publication, else the fetch): for a text changed after extraction,
    the pages of a split article joined (``scraper.reading.join_continued``)."""
    reference = _iso_value(record.published_at) or _iso_value(record.fetched_at)
    return _event_dates(record.text, reference, site) if reference else []


def _iso_value(value: str | None) -> date | datetime | None:
    """A stored ISO date or date-time back as the value it was written from."""
    if not value:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        return None


def _event_dates(text: str, reference, site: SiteDefinition) -> list[dict]:
    """Every date the body names, resolved against the publication time."""
    found = find_dates(text, reference=reference, tz=site.timezone, trust_utc=site.trust_utc)
    return [
        {
            "position": f.start,
            "surface": f.surface,
            "value": to_iso(f.value),
            "kind": f.kind,
            "conflict": f.conflict,
            # "kemarin", "Senin lalu": resolved against the publication, so a copy
            # published a day later names another day (the story matcher skips them).
            "relative": f.relative,
        }
        for f in found
    ]
