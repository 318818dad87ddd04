"""The article's own schema.org microdata: its image and its categories.

Core Joomla (and many CMSes that are not WordPress) describe an article with
microdata only, no Open Graph and no JSON-LD: ``<div itemscope itemtype=
"https://schema.org/Article">`` around the headline, the "Rincian" block
(``<a itemprop="genre">Berita</a>``), ``<img itemprop="image">`` and
``<div itemprop="articleBody">``. ``extract_article`` reads this as the fallback after
Open Graph and JSON-LD.

Only the page's own article counts: the scope that holds its ``articleBody`` (or, on a
page that marks no body, its one article scope with a ``headline``). A sidebar's
"Terbaru" list, a category blog's teasers and related posts are article scopes of
their own (``itemprop="blogPost"``, ``<li itemscope itemtype=…/Article>``); their
properties belong to them, not to the page. A property belongs to the nearest scope
around it, as the microdata specification says.

Runs on every article page that lacks an ``og:image`` or categories, so it makes one
compiled XPath walk (``microdata_elements``: the ``@itemprop`` elements, no string
function per element), which the marked-body test of ``extract_article`` reuses, and
does the rest in Python over the few properties it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from scraper.extract.page import ARTICLE_TYPES, clean_space

# Every property of the body, in document order; the scopes are found from them (the
# nearest ``itemscope`` around each). ``descendant::`` with one attribute test: 0.03 ms
# a golden page, where ``//body//*[@itemprop or @itemscope]`` took 0.08.
_MICRODATA = etree.XPath("//body/descendant::*[@itemprop]")
_IMAGE_PROPS = frozenset({"image", "thumbnailUrl"})
_CATEGORY_PROPS = frozenset({"articleSection", "genre"})
_WANTED = _IMAGE_PROPS | _CATEGORY_PROPS | {"articleBody", "headline"}
_URL_PROPS = ("url", "contentUrl")
# A category name longer than this is a sentence, not a category.
_CATEGORY_CHARS = 80


@dataclass
class Microdata:
    """What the page's own article scope says (empty when it has none)."""

    image: str | None = None
    categories: list[str] = field(default_factory=list)


def microdata_elements(tree) -> list:
    """Every element of the page's body with an ``itemprop`` (``<meta>`` included)."""
    return _MICRODATA(tree)


def read_microdata(tree, elements: list | None = None) -> Microdata:
    """The image and categories of the page's own article scope (see the module);
    ``elements``: ``microdata_elements(tree)``, when the caller has walked it already."""
    if elements is None:
        elements = _MICRODATA(tree)
    # Only the properties read here are traced to their scope (a page has dozens).
    props = []
    for el in elements:
        names = frozenset((el.get("itemprop") or "").split()) & _WANTED
        if names:
            props.append((el, names, _owner(el)))
    scope = _article_scope(props)
    if scope is None:
        return Microdata()
    image: str | None = None
    thumbnail: str | None = None
    categories: list[str] = []
    for el, names, owner in props:
        if owner is not scope:
            continue
        if names & _IMAGE_PROPS:
            value = _image_value(el)
            if value and "image" in names:
                image = image or value
            elif value:
                thumbnail = thumbnail or value
        if names & _CATEGORY_PROPS:
            value = clean_space(el.get("content") if el.tag == "meta" else el.text_content())
            if value and len(value) <= _CATEGORY_CHARS:
                categories.append(value)
    return Microdata(image or thumbnail, categories)


def _owner(el):
    """The scope a property belongs to: the nearest ``itemscope`` element around it
    (an element that is both a property and a scope belongs to the one outside)."""
    for ancestor in el.iterancestors():
        if ancestor.get("itemscope") is not None:
            return ancestor
    return None


def _is_article(el) -> bool:
    """Whether a scope's ``itemtype`` (one URL or several) names an article type."""
    return any(t.rstrip("/").rsplit("/", 1)[-1] in ARTICLE_TYPES for t in _types(el))


def _types(el) -> list[str]:
    return (el.get("itemtype") or "").split()


def _article_scope(props: list):
    """The page's own article: the article scope its ``articleBody`` belongs to; with
    no body marked, the one article scope, not itself a property of another (a blog's
    ``blogPost``), that has a ``headline``. None when that is not one scope."""
    bodies = {owner for el, names, owner in props if "articleBody" in names and el.tag != "meta"}
    if bodies:
        scope = bodies.pop() if len(bodies) == 1 else None
        return scope if scope is not None and _is_article(scope) else None
    headed = {
        owner
        for _, names, owner in props
        if "headline" in names
        and owner is not None
        and owner.get("itemprop") is None
        and _is_article(owner)
    }
    return headed.pop() if len(headed) == 1 else None


def _image_value(el) -> str | None:
    """An image property's URL: a ``<meta content>``, an ``<img src>``, a link's
    ``href``, or, for an element around it (``<div itemprop="image">``, an
    ``ImageObject`` scope), its ``url`` property or the first image inside."""
    if el.tag == "meta":
        return (el.get("content") or "").strip() or None
    if el.tag in ("img", "source"):
        return (el.get("src") or el.get("data-src") or "").strip() or None
    if el.tag in ("a", "link"):
        return (el.get("href") or "").strip() or None
    for child in el.iter("meta", "link", "img"):
        names = (child.get("itemprop") or "").split()
        if child.tag == "img" or any(n in names for n in _URL_PROPS):
            value = _image_value(child)
            if value:
                return value
    return None
