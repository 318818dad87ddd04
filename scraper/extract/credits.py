"""Credit lines: the writer and editor a page names in plain text ("Penulis : Rahmadi").

A portal without JSON-LD, an author meta tag or an author link (a home-grown PHP CMS)
credits its reporter in a line of plain text. ``scraper.extract.article`` reads it when
the page names its authors nowhere else. A pure function over an lxml tree.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from scraper.dates import find_dates
from scraper.dates._vocab import WEEKDAYS
from scraper.extract.metadata import headline_blocks
from scraper.extract.page import block_names, clean_space

# "Penulis : Rahmadi" in the info line under the headline, "Editor : Hj. Fauziah" or
# "Pewarta: …<br>Editor: …" closing the text. Such a line is the role, a colon and a
# name, and nothing else (its own element or line, or one of the "|"-separated parts of
# the info line): a sentence that only mentions a writer ("Penulis buku itu mengatakan
# …") is none.
# Republika abbreviates both: "Rep: Fauzan Hidayat/ Red: Ratna Puspitasari".
CREDIT_WRITERS = frozenset(
    {"penulis", "reporter", "pewarta", "wartawan", "kontributor", "jurnalis", "koresponden",
     "rep", "oleh", "laporan"}
)  # fmt: skip
CREDIT_EDITORS = frozenset({"editor", "penyunting", "redaktur", "red"})
# Who took the pictures: a photo story's author ("Fotografer: Nama", Antara's "Pewarta
# foto: Nama"), read only when no one is credited with the text.
CREDIT_PHOTOGRAPHERS = frozenset({"fotografer", r"pewarta\s+foto", "photographer"})
# Who posted it, as a CMS prints it on a line of its own with a colon: "Diposting oleh :
# <b>Nama</b>" (Lokomedia's article module), "Ditulis oleh: …", "Posted by: …". Read as
# a writer's credit.
_POSTED_BY = r"(?:diposting|ditulis|dipublikasikan|dikirim)\s+oleh|(?:posted|written)\s+by"
_CREDIT = re.compile(
    r"^(?P<role>"
    + "|".join(sorted(CREDIT_WRITERS | CREDIT_EDITORS | CREDIT_PHOTOGRAPHERS, reverse=True))
    + "|"
    + _POSTED_BY
    + r")\s*:\s*(?P<name>.+)$",
    re.IGNORECASE,
)
CREDIT_NAME_WORDS = 6
CREDIT_NAME_CHARS = 60
_CREDIT_LINE_CHARS = 300
_NAME_PARTICLES = frozenset({"bin", "binti", "van", "der", "de", "al", "el", "dan"})
# Words of a sentence, never of a name: an interview line set in Title Case ("Reporter:
# Kami Di Lokasi Melihat") has them.
_SENTENCE_WORDS = frozenset(
    {"di", "ke", "dari", "yang", "kami", "kita", "saya", "ini", "itu", "untuk", "dengan",
     "akan", "sudah", "sedang", "tidak", "ada", "adalah", "pada", "oleh", "dalam"}
)  # fmt: skip
# Elements that continue a line of text; any other element (or <br>) ends it.
_INLINE = frozenset(
    {"a", "b", "strong", "i", "em", "span", "font", "small", "u", "label", "abbr", "time",
     "cite", "mark", "sup", "sub"}
)  # fmt: skip
# A photo's caption credits the photo ("<figcaption>… Editor: Budi</figcaption>", a
# WordPress "wp-caption-text"), not the article.
_NOT_CREDIT_PLACES = frozenset({"nav", "aside", "footer", "figcaption", "script", "style"})
# Related lists ("Berita Terkait", "Baca Juga") credit their posts' editors ("<li><a>…
# </a><br>Editor: Budi</li>"), not the page's; Disqus's thread holds readers' comments.
_NOT_CREDIT_CLASS = re.compile(
    r"sidebar|widget|menu|comment|komentar|disqus|footer|related|terkait|baca-?juga|bacajuga"
    r"|caption",
    re.I,
)
# Text holding a colon, found in C (after the headline when there is one, as the tag
# block is); the few that may start a credit (``_MAY_CREDIT``) are read in Python.
# (A script's text is let through here and refused by ``_credit_place``: the test
# for its parent doubled the XPath's cost, ~0.3 ms a page.)
_COLON_TEXTS_AFTER_HEADLINE = lxml_html.etree.XPath("(//h1)[1]/following::text()[contains(., ':')]")
_COLON_TEXTS = lxml_html.etree.XPath("//body//text()[contains(., ':')]")
# Of those, the ones a credit line can start with: a role at the start or after an
# info line's "|", or the colon after a role set apart ("<b>Penulis</b>: …").
_MAY_CREDIT = re.compile(
    r"(?:^|\|)\s*(?:"
    + "|".join(sorted(CREDIT_WRITERS | CREDIT_EDITORS | CREDIT_PHOTOGRAPHERS))
    + "|"
    + _POSTED_BY
    + r")\b|^\s*:",
    re.IGNORECASE,
)


def credit_names(tree: lxml_html.HtmlElement, headline=None) -> tuple[list[str], list[str]]:
    """The names of the page's credit lines (``credited_names``): its writers and its
    editors, each in page order."""
    credited = credited_names(tree, headline)
    return credited["writer"], credited["editor"]


def _role_kind(role: str) -> str:
    role = role.lower()
    if role in CREDIT_EDITORS:
        return "editor"
    if role in CREDIT_WRITERS or re.match(_POSTED_BY, role):
        return "writer"
    return "photographer"


def credited_names(tree: lxml_html.HtmlElement, headline=None) -> dict[str, list[str]]:
    """The names of the page's credit lines by kind: writers ("Penulis", "Reporter",
    "Pewarta", "Wartawan", "Kontributor" …, "Diposting oleh"), editors ("Editor",
    "Redaktur", "Penyunting") and photographers ("Fotografer"), each in page order. A
    credit line comes after the first ``<h1>`` (when there is one), outside navigation,
    asides, footers, sidebars, menus and comments, and holds only the role, a colon and
    a name (``_looks_like_name``).

    ``headline`` is the article's headline element, when known (else the first
    ``<h1>``, a logo's on some themes): a layout wrapper named for its sidebar
    ("layout-right-sidebar", "main right-sidebar") that holds it and most of the text
    is the article's place, not a sidebar."""
    root = tree.getroottree().getroot()
    first_h1 = next(root.iter("h1"), None)
    headline = headline if headline is not None else first_h1
    article = headline_blocks(headline) if headline is not None else frozenset()
    found: dict[str, list[str]] = {"writer": [], "editor": [], "photographer": []}
    lines = []
    for text in (_COLON_TEXTS_AFTER_HEADLINE if first_h1 is not None else _COLON_TEXTS)(root):
        if len(text) > _CREDIT_LINE_CHARS or not _MAY_CREDIT.search(text):
            continue  # a paragraph, a script: no credit line
        lines.append(_line_from(text, article))
    lines += _labelled_links(root, first_h1, article)
    for line in lines:
        if line is None:
            continue
        for part in _PARTS.split(line):
            match = _CREDIT.match(clean_space(part))
            if match is None:
                continue
            credited = _DATE_AFTER_NAME.sub("", match["name"].strip())
            names = [n.strip().rstrip("*").strip() for n in _CO_AUTHORS.split(credited)]
            # "Penulis: Arif Nugroho, Diskominfo Jateng": the writer and the office he
            # writes for, not two writers; "Oleh: Dr. Hendra Siregar, M.Si*": a
            # columnist and his degree.
            names = names[:1] + [
                n for n in names[1:] if not OFFICE.match(n) and not _DEGREE.match(n)
            ]
            # "Laporan: Irfan Wahab dan Kontributor Luwu, Andi Baso Tenri": the second
            # reporter's role and base, then the name, split apart at the comma.
            names = [
                n
                for i, n in enumerate(names)
                if not (i + 1 < len(names) and _ROLE_AND_BASE.match(n))
            ]
            names = [n for n in names if n]
            if not names or not all(_looks_like_name(n) for n in names):
                continue
            found[_role_kind(match["role"])].extend(names)
    return {kind: list(dict.fromkeys(names)) for kind, names in found.items()}


# A role set apart with no colon, the name linked right after it: "<span
# class=label>Reporter</span> <a href=/penulis/…>Nama</a>" (a theme's info row).
_LABEL_TAGS = ("span", "b", "strong", "label", "small")
_LABEL_ROLES = re.compile(
    r"^(?:" + "|".join(sorted(CREDIT_WRITERS | CREDIT_EDITORS | CREDIT_PHOTOGRAPHERS)) + r")$",
    re.IGNORECASE,
)


def _labelled_links(root, first_h1, article: frozenset) -> list[str]:
    """The credit lines set as a role label and a link, with no colon ("Reporter
    <a>Nama</a>"), after the first ``<h1>`` when there is one, read as "Role: Nama": the
    label starts its line and only a separator follows the link."""
    lines = []
    after = first_h1 is None
    for element in root.iter("h1", *_LABEL_TAGS):
        after = after or element is first_h1
        text = element.text
        if not after or not text or len(text) > 40 or element.tag == "h1":
            continue  # the label's word alone is short: most spans are passed here
        role = clean_space(text)
        if not _LABEL_ROLES.match(role) or len(element) or clean_space(element.tail):
            continue
        link = element.getnext()
        if link is None or link.tag != "a" or _gap(link.tail) == "text":
            continue  # no name linked, or a sentence goes on after it
        if not _starts_line(element.xpath("text()")[0], element):
            continue  # "Kata <b>reporter</b> <a>…</a>": a sentence's word
        if not _credit_place(element, article):
            continue
        lines.append(f"{role}: {clean_space(link.text_content())}")
    return lines


# An academic degree after a name: "M.Si", "S.H.", "Ph.D", "SH", "MM".
_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.){1,3}[A-Za-z]{0,4}\.?$|^[A-Z]{2,3}$")


# The parts of a line: an info line's "|"-separated ones, and the labelled ones a credit
# runs on to after a comma, slash or dash ("Reporter: Rahmadi, Foto: Budi", "Penulis:
# Ahmad / Editor: Budi"): read whole, the name was "Rahmadi, Foto: Budi".
_PARTS = re.compile(r"\||\s*[,;/\-–—]\s*(?=[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:)")
_NAMED = re.compile(r":\s*\w")
# Two reporters on one line, each a name of their own ("Pewarta: Budisantoso Budiman dan
# Agus S", "Reporter: A, B & C"): a researcher counts reporters, not lines.
_CO_AUTHORS = re.compile(r"\s*(?:,|&|\bdan\b)\s*", re.IGNORECASE)
# A reporter's role and base before the name's comma: "Kontributor Luwu", "Wartawan
# Palopo Pos".
_ROLE_AND_BASE = re.compile(
    r"^(?:kontributor|koresponden|wartawan|reporter|jurnalis|pewarta)\s+\S", re.IGNORECASE
)


def _line_from(text, article: frozenset = frozenset()) -> str | None:
    """The line of text that starts with the text node ``text`` (an lxml "smart
    string"): the node, then what follows it up to a ``<br>`` or a block element,
    climbing out of inline elements ("<b>Penulis :</b> <a>Rahmadi</a>"). A node that
    starts with the colon takes the element before it ("<b>Penulis</b>: Rahmadi").
    None when the node sits where no credit line is (``_credit_place``) or does not
    start its line (``_starts_line``)."""
    element = text.getparent()
    if element is None:
        return None
    if not text.is_tail and element.tag in _CELLS:
        return _row_line(text, element, article)
    owner = element.getparent() if text.is_tail else element
    if owner is None or not _credit_place(owner, article) or not _starts_line(text, element):
        return None
    parts = [str(text)]
    if text.is_tail and str(text).lstrip().startswith(":") and _is_element(element):
        parts.insert(0, element.text_content())
    # What follows the node: its element's children (for an element's text), or the
    # siblings after the element it is the tail of; then the same one level up while
    # the level is an inline element.
    following = iter(element) if not text.is_tail else element.itersiblings()
    level = element if not text.is_tail else owner
    length = len(parts[-1])
    while True:
        for sibling in following:
            if not _is_element(sibling) or sibling.tag not in _INLINE:
                if _is_element(sibling):  # <br>, a block: the line ends
                    return "".join(parts)
                parts.append(sibling.tail or "")  # a comment
                length += 1 + len(parts[-1])  # its tail is text of the line
                if length > _CREDIT_LINE_CHARS:
                    return "".join(parts)
                continue
            if _styled_part(sibling) and _NAMED.search("".join(parts)):
                return "".join(parts)  # "Penulis: <a>X</a> <span>3 Komentar</span>"
            parts += [sibling.text_content(), sibling.tail or ""]
            # Each node counts, an empty one too (an image link, "<a name=…></a>"): the
            # bound holds the walk, not only the text, to a line's length. Comments and
            # empty elements left out of it, a page with many "Penulis: X |" parts walked
            # to the end of its run from each (2 MB took 20 s, 100 kB of comments 29 s).
            length += 1 + len(parts[-2]) + len(parts[-1])
            if length > _CREDIT_LINE_CHARS:
                return "".join(parts)
        if level.tag not in _INLINE or level.getparent() is None:
            return "".join(parts)
        parts.append(level.tail or "")
        following, level = level.itersiblings(), level.getparent()


_CELLS = frozenset({"td", "th"})


def _row_line(text, cell, article: frozenset) -> str | None:
    """The line a credit table's row reads as: its cells, role, colon and name
    ("<tr><td>Penulis</td><td>:</td><td>Siti Nurjanah</td></tr>", as government portals
    print their credits). Only from the row's first cell, or a second one that is the
    colon after it: a cell further on is a data table's, not a credit."""
    row = cell.getparent()
    if row is None or row.tag != "tr" or not _credit_place(row, article):
        return None
    cells = [c for c in row if _is_element(c) and c.tag in _CELLS]
    index = cells.index(cell)
    if index > 1 or (index == 1 and not str(text).lstrip().startswith(":")):
        return None
    first = clean_space(cells[0].text_content())
    if not _LABEL_ROLES.match(first.rstrip(": ")) or len(cells) > 3:
        # "<td>Penulis: Andi Saputra</td><td>Senin, 1 Januari 2024</td>": the cell is
        # the line; a row of a data table is none.
        return first if index == 0 else None
    return " ".join(clean_space(c.text_content()) for c in cells)


def _is_element(node) -> bool:
    """An element, not a comment or processing instruction (which have no text on the
    page, and whose ``text_content`` raises)."""
    return isinstance(node.tag, str)


def _ends_line(element) -> bool:
    """A ``<br>`` or a block element: no line runs across it."""
    return _is_element(element) and element.tag not in _INLINE


_SEPARATORS = "|•·/-–—"


def _gap(text: str | None) -> str:
    """What a run of text between two parts of a line is: "" (space only), "|" (only
    the marks that part an info line: "Penulis : X | Kamis, …") or "text"."""
    stripped = clean_space(text)
    if not stripped:
        return ""
    return "|" if not stripped.strip(_SEPARATORS + " ") else "text"


# Inline elements that an info line uses for its parts, side by side and set apart by
# its style sheet: a span, a time, or any element with a class.
_PART_TAGS = frozenset({"span", "time", "abbr", "small", "label", "font"})


def _styled_part(element) -> bool:
    """An info line's part of its own (the date before "Penulis: …"), not a word of a
    sentence set in bold or linked."""
    return element.tag in _PART_TAGS or bool(element.get("class"))


def _icon(element) -> bool:
    """An icon that opens a part of an info line, "<i class="fa fa-user"></i> Penulis:
    …" after the date's own icon and text: an element with a class (or an image) and no
    text."""
    return (
        _is_element(element)
        and element.tag in ("i", "span", "svg", "img")
        and bool(element.get("class") or element.tag in ("svg", "img"))
        and not clean_space(element.text_content())
    )


def _starts_line(text, element) -> bool:
    """Whether nothing but space, or an info line's "|", comes before the text node
    ``text`` in its line: "Hadir pula <b>Editor: Ahmad</b>" is a sentence."""
    if text.is_tail:
        if _ends_line(element) or _icon(element):
            return True
        colon_first = str(text).lstrip().startswith(":")
        if not colon_first and _is_element(element) and _gap(element.text_content()) == "text":
            return False
    elif _ends_line(element):
        return True
    current = element
    while True:
        for sibling in current.itersiblings(preceding=True):
            gap = _gap(sibling.tail)
            if gap:
                return gap == "|"
            if _ends_line(sibling):
                return True
            if _is_element(sibling):
                gap = _gap(sibling.text_content())
                if gap == "text" and _styled_part(sibling):
                    return True  # "<span class=date>…</span> <span>Penulis: …</span>"
                if gap:
                    return gap == "|"
        parent = current.getparent()
        if parent is None:
            return True
        gap = _gap(parent.text)
        if gap:
            return gap == "|"
        if _ends_line(parent):
            return True
        current = parent


def _credit_place(element, article: frozenset = frozenset()) -> bool:
    """Outside navigation, asides, footers, sidebars, menus, comments and captions. The body's
    own classes are the page's layout ("cm-right-sidebar"), not a place on it; nor are
    the blocks that hold the headline and most of the text (``article``:
    ``headline_blocks``), nor a page builder's layout classes (``block_names``)."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):
            return True
        if node in article:
            continue
        if node.tag in _NOT_CREDIT_PLACES:
            return False
        if _NOT_CREDIT_CLASS.search(block_names(node)):
            return False
    return True


# A byline whose markup names its role: Drupal's author field as its field template
# renders it (``<span class="field field--name-uid">``, in every Drupal 8-10 theme built
# on field templates: "Oleh <span class="field--name-uid">Nama</span>", "Submitted by
# … on …"), and RDFa's author relation (Drupal 8/9's RDF module: ``rel="schema:author"``;
# Drupal 7: ``rel="sioc:has_creator"``). Not a comment's: its author is a reader.
_MARKED_BYLINES = lxml_html.etree.XPath(
    "//body//*[contains(concat(' ', normalize-space(@class), ' '), ' field--name-uid ')"
    " or contains(concat(' ', normalize-space(@rel), ' '), ':author ')"
    " or contains(@rel, ':has_creator')]"
    "[not(ancestor-or-self::*[contains(@class, 'comment')])]"
)

_USER_NAME = lxml_html.etree.XPath(
    ".//*[contains(@property, ':name') or contains(concat(' ', normalize-space(@class), ' '),"
    " ' username ')]"
)


def marked_byline(tree: lxml_html.HtmlElement) -> list[str]:
    """The author a marked byline names (``_MARKED_BYLINES``), the first one in the page:
    the article's, above any listed post's. The markup says it is the author, so the
    name is taken as the site shows it, a user name too ("humas_mimika"), if it is short
    enough to be a name."""
    for element in _MARKED_BYLINES(tree):
        # Drupal 7 puts the relation on the whole "Submitted by <name> on <date>" line:
        # the name is the user's own element within it.
        named = _USER_NAME(element)
        name = clean_space((named[0] if named else element).text_content())
        if name and len(name) <= CREDIT_NAME_CHARS and len(name.split()) <= CREDIT_NAME_WORDS:
            return [name]
    return []


def _looks_like_name(name: str) -> bool:
    """A person's or a desk's name as a credit gives it: a few words, each capitalised
    ("Hj. Fauziah", "Rahmadi Noor", "Tim Redaksi") or a particle ("bin"), no digits
    and no sentence punctuation or sentence words: "Kami di lokasi melihat …" after
    "Reporter:" in an interview is no name, in Title Case neither."""
    name = name.strip()
    words = name.split()
    if not words or len(words) > CREDIT_NAME_WORDS or len(name) > CREDIT_NAME_CHARS:
        return False
    if any(ch in name for ch in '?!;:"“”'):  # a colon: another label ("Foto: …") ran on
        return False
    for word in words:
        core = word.strip(",.()'’")
        if word.lower() in _NAME_PARTICLES:
            continue
        if not core or not core[0].isupper() or any(ch.isdigit() for ch in core):
            return False
        if core.lower() in _SENTENCE_WORDS:
            return False
    return True


# A byline in plain text, in an element its class calls one ("<p class="byline">Oleh:
# Rahmat Hidayat</p>", "<span class="author vcard">Henry Montenegro</span>", "<div
# class="author">Fino Yurio Kristo - detikinet</div>"): a theme with the author's page
# switched off links no name, and the byline link rule finds nothing. Not an article,
# main or section, nor a block holding the headline (a node classed by its author); not
# a reader's comment, a comment form's "Name" field, or a quotation's attribution
# ("<span class="Quote-author">"); no more than a line of text.
_PLAIN_BYLINES = lxml_html.etree.XPath(
    "//body//*[contains(@class, 'author') or contains(@class, 'byline')"
    " or contains(@class, 'penulis')][not(.//a[@href] and not(self::a))]"
    "[not(self::article or self::main or self::section or .//h1)]"
    "[not(ancestor-or-self::*[contains(concat(' ', normalize-space(@class)), ' comment')"
    " or @id='comments' or contains(translate(@class, 'Q', 'q'), 'quote')])]"
    "[not(ancestor::form or ancestor::blockquote)]"
)
_PLAIN_BYLINE_CHARS = 90
_PLAIN_BYLINES_READ = 3
# What a byline says before the name: "Oleh", "Ditulis oleh", "Penulis:", "By", "Posted
# by", "Written by:", "von", "Erstellt von", "por", "par", "Text & Fotos:" (the
# evaluation pages are in a dozen languages; the words are the bylines' own, not any
# site's).
_BYLINE_LEAD = re.compile(
    r"^(?:(?:ditulis|diposting|dipublikasikan)\s+oleh|oleh|penulis|reporter|pewarta"
    r"|(?:posted|written|published)\s+by|by|authors?|(?:erstellt|eingestellt|verfasst)\s+von"
    r"|von|autor(?:en|in)?|por|par"
    # Who wrote it and took the pictures: "Text & Fotos:", "Teks dan Foto:", "Text:".
    r"|(?:text|teks)(?:\s*(?:&|und|dan|/)\s*fotos?)?(?=\s*:))\b\s*:?\s*",
    re.IGNORECASE,
)
# Where the name ends: the desk or site after a dash or bar ("Fino Yurio Kristo -
# detikinet"), a date after a bullet.
_BYLINE_END = re.compile(r"\s+[-–—|•·]\s+|\s*[|•·]\s*")


# The wires a byline credits after its reporter ("Oleh: Andi, Antara", "By Reuters,
# London"): Indonesia's national agency, its neighbours' and the international ones
# Indonesian and foreign portals carry. A wire is the story's source, never a co-author,
# and a one-word item after it is its dateline.
NEWS_AGENCIES = frozenset(
    {"antara", "reuters", "afp", "ap", "bernama", "xinhua", "kyodo", "anadolu", "dpa",
     "yonhap", "efe", "ansa"}
)  # fmt: skip
# Cities bylines call by their everyday names, which the gazetteer's official names do
# not give: Solo is Kota Surakarta, Yogya Kota Yogyakarta ("Jogja" is the province's
# short name there).
_CITY_NAMES = frozenset({"solo", "yogya"})
# A press office or desk credited by one word, then its unit after a comma ("Oleh:
# Humas, Polres Banjar"): one author, the office of that unit, as a unit's releases sign
# ("Humas Polres Tala"). A unit after anyone else's name is the reporter's own.
_DESKS = frozenset(
    {"humas", "sihumas", "bidhumas", "divhumas", "subbaghumas", "redaksi", "tim", "admin"}
)
_UNIT = re.compile(
    r"(?:polres(?:ta(?:bes)?)?|polsek(?:ta)?|polda|polri|mabes|pemkab|pemkot|pemprov|pemda)\b",
    re.IGNORECASE,
)


# The date a CMS prints after the name on the same line: Lokomedia's "Diposting oleh :
# <b>Nama</b>, Jumat, 10 November 2023 - 14:30:12 WIB".
_DATE_AFTER_NAME = re.compile(
    r"\s*[,|\u2013-]\s*(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]|\d{1,2}\s+[^\W\d_]{3,}\s+\d{4}).*$",
    re.IGNORECASE,
)
# The offices a government or police page's writer works for, after his name.
OFFICE = re.compile(
    r"(?:diskominfo|kominfo|dinas|dinkes|disdik|humas|bidhumas|prokopim|setda|setwan"
    r"|kementerian|kemenag|biro|bappeda|bpbd|dprd|universitas|polres(?:ta(?:bes)?)?"
    r"|polsek(?:ta)?|polda|polri|pemkab|pemkot|pemprov|pemda)\b",
    re.IGNORECASE,
)


def _place_or_desk(word: str, names: list[str]) -> bool:
    """Whether one word after a comma of a byline is the reporter's place, desk or wire,
    not a co-author. After a full name ("Von Markus Balser, Berlin", "Oleh Rahmat
    Hidayat, Banjarmasin") it is. A one-word name is common in Indonesian bylines, and
    two of them are two reporters ("Oleh: Rahmadi, Suparman"), so after one only what
    no reporter is called is: an academic title, a role, a weekday, a wire, an Indonesian
    province, regency, city or regency capital, a city's everyday name ("Oleh: Andi,
    Solo"). A foreign city is a place only after a wire ("By Reuters, London"): after a
    reporter ("Oleh: Andi, London") nothing tells it from a name, and it is read as a
    co-author."""
    if any(len(name.split()) > 1 or name.casefold() in NEWS_AGENCIES for name in names):
        return True
    # Nor is an academic title ("Oleh: Ahmad, S.Pd", "Oleh: Rahmadi, SH", as opinion
    # columns sign) or a role ("Oleh: Andi, Kontributor").
    word = word.strip()
    if "." in word or (word.isupper() and len(word) <= 3):
        return True
    if word.lower() in CREDIT_WRITERS | CREDIT_EDITORS:
        return True
    if word.casefold().replace("'", "").replace("’", "") in WEEKDAYS:  # "Oleh: Andi, Selasa"
        return True
    if word.casefold() in NEWS_AGENCIES | _CITY_NAMES:
        return True
    return _region(word)


def _region(words: str) -> bool:
    """Whether ``words`` name an Indonesian province, regency or city, or a regency's
    capital ("Banjarbaru", "Tanah Laut", "Kabupaten Hulu Sungai Utara")."""
    # Imported here: the gazetteer is the entities' (preloaded in the extraction
    # workers), and most bylines never ask.
    from scraper.entities.gazetteer import gazetteer, norm

    key, places = norm(words), gazetteer()
    return key in places.province_keys or key in places.regency_keys or key in places.capital_keys


def _spaced_text(element) -> str:
    """An element's text with a space where a line ends in it (a ``<br>``, a block):
    ``text_content`` glues the lines, and "by Jeff Foust<br>Monday, November 18, 2019"
    read "Jeff FoustMonday", a name no date cut from."""
    parts: list[str] = []
    events = ("start", "end", "comment", "pi")  # a comment's tail is text
    for event, node in lxml_html.etree.iterwalk(element, events=events):
        gap = " " if node is not element and _ends_line(node) else ""
        if event == "start":
            parts += [gap, node.text or ""]
        elif node is not element:  # an element's end, a comment
            parts += [gap, node.tail or ""]
    return "".join(parts)


def plain_byline(tree: lxml_html.HtmlElement) -> list[str]:
    """The names of the first plain-text byline (``_PLAIN_BYLINES``) of the first few
    that name someone: its text without the lead words ("Oleh", "By", "von" …), up to
    a dash or bar and before a date, split into co-authors ("Daniel Braun, Davor
    Pasoski", "Rahmat dan Siti", "Rahmadi, Suparman"). What follows the names is no
    author and is dropped: a date (", 24. Januar 2022"), a place, desk or wire after a
    comma (", Banjarmasin", ", Antara": ``_place_or_desk``; ", Tanah Laut"), the
    reporter's unit (", Polres Banjar"). After a press office's or desk's one word the
    unit is the office's, and the two are one author ("Humas, Polres Banjar": "Humas
    Polres Banjar"). A byline that starts with its date ("Wednesday, 08 Apr 2020 11:39
    PM") names no one, though its weekday looks like a name. Each must look like a name
    (``_looks_like_name``): a date alone ("10.11.2021"), a sentence ("… im Gespräch mit
    …") or a lower-case user name is none."""
    for element in _PLAIN_BYLINES(tree)[:_PLAIN_BYLINES_READ]:
        text = clean_space(element.text_content())
        if not text or len(text) > _PLAIN_BYLINE_CHARS:
            continue
        text = clean_space(_spaced_text(element))
        text = _BYLINE_END.split(_BYLINE_LEAD.sub("", text, count=1), maxsplit=1)[0]
        dates = find_dates(text)
        if dates:
            text = text[: dates[0].start]
        names: list[str] = []
        for number, listed in enumerate(text.split(",")):
            if number and _UNIT.match(listed.strip()):
                first, *others = _CO_AUTHORS.split(listed)
                if (
                    len(names) == 1
                    and names[0].casefold() in _DESKS
                    and all(_looks_like_name(part) for part in (first, *others))
                ):
                    # "Humas, Polres Banjar": the office of that unit; "… dan Polsek
                    # Astambul" after it is another author, not part of its name.
                    names = [f"{names[0]} {first.strip()}", *(o.strip() for o in others)]
                    continue
                break
            # One word: a place, desk or wire; more: a place ("Oleh Rahmat Hidayat, Tanah
            # Laut", after any name: no reporter is called that).
            if number and (
                _place_or_desk(listed, names) if len(listed.split()) < 2 else _region(listed)
            ):
                break
            parts = _CO_AUTHORS.split(listed)
            if not all(_looks_like_name(part) for part in parts):
                break
            names += [part.strip() for part in parts]
        if names:
            return names
    return []
