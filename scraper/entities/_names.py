"""Names as Indonesian releases write them after a rank or a post.

"AKBP Rofikoh Yunianto, S.I.K.", "Kompol Dr. H. Moch. Arif, S.H., M.H.", "Bripka F.L
Gaol": the name's words, the academic titles before and after it, and when two
mentions name the same person.
"""

from __future__ import annotations

import re

from ._text import MONTHS, STOP, WEEKDAYS

_NO_DOT_TITLES = {
    "SH": "S.H.", "SIK": "S.I.K.", "SIk": "S.I.K.", "Sik": "S.I.K.", "Msi": "M.Si.",
    "MH": "M.H.", "MSi": "M.Si.", "MM": "M.M.",
    "SE": "S.E.", "SIP": "S.IP.", "SPd": "S.Pd.", "SSos": "S.Sos.", "STrK": "S.Tr.K.",
    "SKom": "S.Kom.", "MIK": "M.I.K.", "MKn": "M.Kn.", "MAP": "M.A.P.", "MPd": "M.Pd.",
    "SAg": "S.Ag.", "SHI": "S.H.I.", "SPdI": "S.Pd.I.", "CPHR": "CPHR", "MBA": "MBA",
    "Lc": "Lc.", "ST": "S.T.", "MT": "M.T.", "SKM": "S.K.M.", "MKes": "M.Kes.", "Amd": "A.Md.",
    "AMd": "A.Md.", "SSi": "S.Si.", "MHum": "M.Hum.", "MTr": "M.Tr.", "SHum": "S.Hum.",
}  # fmt: skip
_TITLE_FIX = {"S.IK.": "S.I.K.", "S.Ik.": "S.I.K.", "S.I.K": "S.I.K.", "M.Si": "M.Si.",
              "S.Tr.K": "S.Tr.K.", "S.H": "S.H.", "M.H": "M.H.", "S.Sos": "S.Sos."}  # fmt: skip
_DOTTED_TITLE = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,;:)\"”]|$)")
_WEAK_RANKS = {"Komisaris"}  # a company's commissioner too: a rank only after a police post
_ABBREVIATED_NAMES = {"Moch", "Moh", "Muh", "Abd", "Mochd", "Muhd", "Mhd", "Ach", "Akh", "Moc"}
_ONE_DOT_TITLE = re.compile(
    r"[SMD]\.(?:IK|Ik|Si|H|E|Sos|Kom|Pd|Ag|IP|T|Kes|Hum|Tr|M|Han|Psi|Ked|Farm|Ak|AP|Kn|Pd\.I)\.?"
)
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.?){1,3}(?=[ \t]+[A-Z][a-z])")
# Indonesian degrees open with S. (sarjana), M. (magister) or D. (diploma): capitals and
# dots that do so after a name's first word are degrees, even ones no list names
# ("Yunianto S.S.T. Pelaku …"); others there are initials ("Aldinan R.J.H. Manurung").
# Before the first word all are initials ("AKBP M.H. Situmorang"): degrees follow a
# name, only "Dr.", "Drs.", "Prof." go before it.
_DEGREE_OPENING = re.compile(r"[SMD]\.")
_PREFIX_TITLE = re.compile(r"(?:Prof\.|Dr\.|Drs\.|Dra\.|Ir\.|dr\.|Dr(?=\s)|Drs(?=\s))\s*")
_NAME_PART = re.compile(r"[A-Z][\w’'\-]*\.?|[A-Z]\.")
_NAME_STOP = STOP | {
    "Kasi", "Kasat", "Kanit", "Kabag", "Kapolsek", "Kapolres", "Kabid", "Bhabinkamtibmas",
    "Babinsa", "Ketua", "Bupati", "Wakil", "Camat", "Kepala", "Pejabat", "Para", "Seluruh",
    "Pol", "POL", "Polisi", "Wita", "S.H.", "Humas", "Selasa", "Kompol", "Gubernur", "Ia",
    "Dia", "Beliau", "Namun", "Sementara", "Menurut", "Kata", "Ujar", "Hadir", "Turut",
    "Kegiatan", "Sedangkan", "Adapun", "Dalam", "Juga", "Tak", "Tidak", "Saya", "Kami",
    "Brimob", "Satbrimob", "Polairud", "Intel", "Reskrim", "Lantas", "Samapta", "Binmas",
    # A sentence's first word, after a rank that ends the one before ("AKBP. Kemudian").
    "Kemudian", "Selanjutnya", "Selain", "Setelah", "Sebelumnya", "Hal", "Dengan", "Untuk",
    "Oleh", "Karena", "Menurutnya", "Lebih", "Pihaknya",
    # An officer's registration number's label, under a signature ("KOMISARIS BESAR
    # POLISI NRP 75060587"): no name.
    "NRP", "NIP",
}  # fmt: skip

# A release written in capitals ("KAPOLRES BALANGAN AKBP ZAINAL ARIFIN MENYAMPAIKAN
# BAHWA OPERASI …"): the sentence's words look like the name's, which ran on into the
# verbs (helper-104). A capitalised word ends the name when a stop list holds it in
# any case, or it is a function word, an adverb or an Indonesian verb: a prefixed verb
# ending "-kan" (MENGATAKAN, DISAMPAIKAN; not the Javanese names NGADIKAN, SARIKAN), a
# "-nya" ("UNGKAPNYA"), the meng-/meny-/memb-/memp- prefixes no name has, or one of the
# verbs releases use most whose prefix a name may have (MEL-, BER-: MELINDA, BERNADUS).
_CAPS_FUNCTION_WORDS = frozenset(
    {"BAHWA", "ATAU", "KEPADA", "TELAH", "AKAN", "SUDAH", "INI", "ITU", "TERSEBUT",
     "ADALAH", "YAITU", "YAKNI", "AGAR", "SUPAYA", "SEHINGGA", "MASIH", "BELUM", "SANGAT",
     "LANGSUNG", "SECARA", "KEMARIN", "TIBA", "LALU", "KINI", "BARU", "PUN", "SEDANG",
     "MEMIMPIN", "MENERIMA", "MEMINTA", "MENJADI", "MEMBERI", "MENINJAU", "MENYEBUT",
     "MENUTUP", "MEMANTAU", "MENGIMBAU", "MENGHIMBAU", "BERHARAP", "MENGHADIRI",
     "MENGUNJUNGI", "MENDATANGI", "MENYAMBUT", "DIDAMPINGI", "DIPIMPIN", "DIHADIRI",
     "DIIKUTI", "DIGELAR", "MENGAJAK", "MENANGKAP", "MENDAMPINGI", "MEMERIKSA", "MELIHAT",
     "BERPESAN", "BERKATA", "BERSAMA", "MENUJU", "MENINDAK", "MENEMUKAN", "MENGECEK",
     "MELAPORKAN", "MELAKUKAN", "MENERANGKAN", "MENUTURKAN", "BERUJAR", "MEMBENARKAN"}
)  # fmt: skip
_CAPS_VERB = re.compile(
    r"(?:ME|DI|BER|TER|PER)[A-Z]{3,}KAN|[A-Z]{4,}NYA|(?:MENG|MENY|MEMB|MEMP)[A-Z]{3,}"
)


def _ends_name_in_capitals(word: str) -> bool:
    """Whether a word in capitals is no part of a name before it (see above)."""
    return (
        word.capitalize() in _NAME_STOP
        or word in _CAPS_FUNCTION_WORDS
        or _CAPS_VERB.fullmatch(word) is not None
    )


# A month ends a name ("Kasat Reskrim Iptu Joko Maret lalu"), unless one last name word
# follows it, and then the sentence: "Iptu Muhammad Juli Ansyah mengatakan", "AKBP
# Agustus Sianturi memimpin", "BRIPKA ANDI APRIL YANTO MENGATAKAN" (helper-113). Not a
# word of time after it ("Desember Nanti", "Maret Mendatang"), nor a headline in title
# case. A weekday ends a name, Polri's programmes are named after days ("Jumat Curhat",
# "Jumat Berkah", helper-116), unless it opens one: "Aiptu Minggu Simanjuntak" (a Batak
# given name, helper-118).
_AFTER_A_DATE_WORD = frozenset(
    {"Pagi", "Siang", "Sore", "Petang", "Malam", "Dini", "Dinihari", "Subuh", "Kemarin",
     "Lalu", "Ini", "Depan", "Mendatang", "Nanti", "Tanggal", "Tgl", "Sekira", "Sekitar",
     "Pukul", "Jam", "Tahun", "Silam"}
)  # fmt: skip
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'\-]*)(?=[\s,.;:)\"”]|$)")


def _date_word_in_name(text: str, end: int, bare: str, rank_words, first: bool) -> bool:
    """Whether the month ``bare``, ending at ``end``, is a word of a name; or the
    weekday that opens one (``first``): "Aiptu Minggu Simanjuntak mengatakan", a Batak
    given name (helper-118)."""
    word = bare.capitalize()
    if word not in MONTHS and not (first and word in WEEKDAYS):
        return False
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    if word.isupper() and len(word) > 1 and _ends_name_in_capitals(word):
        return False
    name = word.capitalize()
    if name in _NAME_STOP or name in _AFTER_A_DATE_WORD or word in rank_words:
        return False
    after = _NEXT_WORD.match(text, m.end())
    if after is None:
        return True
    following = after.group(1)
    return word.isupper() and following.isupper() and _ends_name_in_capitals(following)


def _parse_name(text: str, pos: int, rank_words, allow_caps: bool = True):
    """(titles, name words, end) of a name written after a rank or a post."""
    titles: list[str] = []
    m = re.match(r"[ \t]+", text[pos:])
    if not m and pos < len(text) and text[pos] not in " \t":
        return [], [], pos
    pos += m.end() if m else 0
    while True:
        pm = _PREFIX_TITLE.match(text, pos)
        if not pm:
            break
        titles.append(_norm_title(pm.group().strip()))
        pos = pm.end()
    words: list[str] = []
    end = pos
    while len(words) < 5:
        gap = re.match(r"[ \t]+", text[end:]) if words else None
        at = end + (gap.end() if gap else 0)
        if words and not gap:
            break
        im = _INITIALS.match(text, at)
        if im and (not words or not _DEGREE_OPENING.match(im.group())):
            # "M.H." in "AKBP M.H. Situmorang", "I.G.N." (I Gusti Ngurah), "R.J.H." in
            # "Aldinan R.J.H. Manurung", "F.L" in "Sony F.L Gaol" (helper-104: the dotted
            # ones were read as degrees, and the name lost or cut short).
            words.append(im.group())
            end = im.end()
            continue
        tm = _DOTTED_TITLE.match(text, at)
        if tm and (tm.group().count(".") >= 2 or _ONE_DOT_TITLE.fullmatch(tm.group())):
            break  # "S.I.K." or "S.IK" after the name, without a comma
        nm = _NAME_PART.match(text, at)
        if not nm:
            break
        tok = nm.group()
        bare = tok.rstrip(".")
        caps_allowed = allow_caps or not (bare.isupper() and len(bare) > 3)
        if (
            tok == bare
            and caps_allowed
            and _date_word_in_name(text, nm.end(), bare, rank_words, not words)
        ):
            words.append(tok)
            end = nm.end()
            continue
        if (
            bare in _NAME_STOP
            or bare in rank_words
            or tok in _NO_DOT_TITLES
            or bare in _NO_DOT_TITLES
        ):
            break
        if _DOTTED_TITLE.fullmatch(tok) and tok.count(".") >= 2:
            break
        nxt = text[nm.end() : nm.end() + 1]
        glued = nxt and (nxt.isalnum() or nxt in "./")  # "S.H" glued, "1009/…": not a name
        if glued and not (tok.endswith(".") and len(bare) <= 2):
            break
        if bare.isupper() and len(bare) > 3 and not allow_caps:
            break
        if words and bare.isupper() and len(bare) > 1 and _ends_name_in_capitals(bare):
            break
        if tok.endswith("."):
            if len(bare) <= 2 or bare.capitalize() in _ABBREVIATED_NAMES:
                words.append(tok)  # an initial or abbreviated name: "M.", "Hj.", "Moh."
                end = nm.end()
                continue
            words.append(bare)  # the sentence ends after the name
            end = nm.end() - 1
            break
        words.append(tok)
        end = nm.end()
    if not words:
        return titles, [], pos
    if all(w.endswith(".") for w in words):  # "M." alone is not a name
        return titles, [], pos
    # titles after the name: ", S.H., M.H." / " S.I.K." / ",S.H." / " SH SIK MSi"
    p = end
    while True:
        tm = re.match(r"[ \t]*,?[ \t]*", text[p:])
        at = p + tm.end()
        t = _DOTTED_TITLE.match(text, at)
        if t and "." in t.group():
            titles.append(_norm_title(t.group()))
            p = t.end()
            continue
        w = re.match(r"([A-Za-z]{2,5})\.?(?=[\s,;:)\"”]|$)", text[at:])
        if w and w.group(1) in _NO_DOT_TITLES:
            titles.append(_NO_DOT_TITLES[w.group(1)])
            p = at + w.end()
            continue
        break
    if titles and p > end:
        end = p
    return titles, words, end


def _norm_title(t: str) -> str:
    t = t.strip().rstrip(",")
    if t in _TITLE_FIX:
        return _TITLE_FIX[t]
    if t in ("Dr", "Drs"):
        return t + "."
    if not t.endswith("."):
        t += "."
    return _TITLE_FIX.get(t, t)


def _clean_gap(gap: str) -> bool:
    """Between a post and a rank only the post's unit or place may stand.

    ("Kapolres Tanah Laut (Tala) AKBP", "Dandim 1009/Pelaihari Letkol", "Kapolda Kalsel,
    Irjen Pol"); a lower-case word, a quote or the end of a sentence means the post
    belongs to someone else.
    """
    g = gap.strip()
    if not g:
        return True
    if len(g) > 70 or re.search(r"[!?;:\"“”]", g) or re.search(r"[a-z]\.\s", gap):
        return False
    for tok in re.findall(r"[^\s,()]+", g):
        if tok == "dan" or not (
            tok[0].isupper() or tok[0].isdigit() or tok in ("&", "/", "-", "–")
        ):
            return False
    return True


def _generic_position(surface: str) -> str:
    surface = re.sub(r"\s+", " ", surface).strip()
    return surface[:-3] if surface.endswith("nya") and len(surface) > 8 else surface


def _same_name(a: str, b: str) -> bool:
    """Do two mentions name one person? A short mention is a full name's words ("Joko" and
    "Joko Susilo", "M. Didik" and "M. Didik Gunawan").

    The one rule for both a text's own mentions (`_people`, which merges them) and two
    texts' people (`events.different_events`, "a short mention matches the full one"):
    one person must not be one person in a text and two across texts. A lone initial is
    not a short mention: releases write an officer they do not name by an initial
    ("oknum Brigadir J"), so "J" matches only "J", never "Rudi J".
    """
    if a == b:
        return True
    ta = [w.rstrip(".") for w in a.split()]
    tb = [w.rstrip(".") for w in b.split()]
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        return short[0] in long_ and len(short[0]) > 1
    return all(w in long_ for w in short)
