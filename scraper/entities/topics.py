# ruff: noqa: E501 - the topic table and keyword lists read better unbroken
"""Topics: a small controlled vocabulary, scored by keyword rules.

Each topic has keyword patterns with a weight (strong, specific words weigh more than
words every release uses, such as "kamtibmas"). A keyword counts three times in the
title, twice in the lead (dateline and first sentence), once in the rest of the body
(each pattern at most three times there); captions and credit lines do not count.
Topics scoring at least `MIN_SCORE` are listed, best first; the first is the main
topic. A topic needs at least one keyword of weight `STRONG` or more: generic words
alone ("kamtibmas", "sosialisasi", "silaturahmi") make no topic. Ties go to the more specific topic (the order of `TOPICS`). With no topic at
`MIN_SCORE`, the list is `["lainnya"]`.

| topic | what | strong keywords (weight >= 2) |
|---|---|---|
| `pemilu` | elections | Pemilu, Pilkada, KPU, Bawaslu, TPS, kotak/surat suara, kampanye, Mantap Brata |
| `narkoba` | drugs | narkoba, narkotika, sabu, ekstasi, ganja, Satresnarkoba, UU 35/2009 |
| `bencana` | disasters | banjir, karhutla, kebakaran hutan/lahan, titik api, longsor, puting beliung, kebakaran |
| `lalu_lintas` | traffic | lalu lintas, kecelakaan, laka, Operasi Zebra/Keselamatan/Patuh, tilang, knalpot brong |
| `kriminal` | crime | pencurian, curanmor, penganiayaan, pembunuhan, jambret, begal, penipuan, judi/togel, miras, penemuan mayat |
| `pengamanan` | security of events | pengamanan, ibadah, gereja, Natal, Operasi Lilin/Ketupat, mudik, unjuk rasa, konser, haul |
| `sosial` | social work | bakti sosial, Jumat Berkah, sembako, santunan, takjil, donor darah, bedah rumah |
| `internal` | the force itself | sertijab, kenaikan pangkat, upacara, Hari Bhayangkara, pisah sambut, Propam, rikkes |
| `kamtibmas` | public order work | patroli, Jumat Curhat, sambang, Bhabinkamtibmas, siskamling, Blue Light, KRYD |
| `lainnya` | anything else | (fallback) |

Gambling and liquor raids (judi, togel, judi online, sabung ayam, miras, Operasi Pekat)
are `kriminal`; a body found (penemuan mayat, olah TKP) is `kriminal` (a death the
police investigate).
"""

from __future__ import annotations

import re
from functools import cache

from ._trie import trie_pattern

TOPICS = (
    "pemilu",
    "narkoba",
    "bencana",
    "lalu_lintas",
    "kriminal",
    "pengamanan",
    "sosial",
    "internal",
    "kamtibmas",
    "lainnya",
)
MIN_SCORE = 2.0
STRONG = 1.5  # a topic needs one keyword at least this strong (not discounted)

# topic -> [(phrases separated by "|", weight)]. Phrases are lower-case words; a
# phrase matches whole words, any run of spaces between them.
_RULES: dict[str, list[tuple[str, float]]] = {
    "pemilu": [
        ("pemilu|pemilihan umum|pilkada|pilpres|pileg|pilkades|pemilihan kepala daerah", 3),
        ("kpu|kpud|bawaslu|panwaslu|panwascam|kpps|ppk|pps|gakkumdu|sentra gakkumdu", 2),
        ("tps|kotak suara|surat suara|logistik pemilu|pemungutan suara|penghitungan suara", 2.5),
        ("kampanye|caleg|capres|cawapres|partai politik|parpol|rekapitulasi suara|dpt", 1.5),
        ("mantap brata|operasi mantap brata|pemilu damai|deklarasi damai|netralitas polri", 2),
    ],
    "narkoba": [
        ("narkoba|narkotika|sabu|sabu-sabu|ekstasi|ganja|tembakau sintetis|psikotropika", 3),
        (
            "satresnarkoba|satres narkoba|sat resnarkoba|sat res narkoba|satnarkoba|sat narkoba|"
            "ditresnarkoba|dit resnarkoba|ditnarkoba|resnarkoba|bnn|bnnp|bnnk",
            2,
        ),
        ("metamfetamin|pil koplo|obat keras|zenith|carnophen|dextro|p4gn", 2),
        (
            "uu nomor 35 tahun 2009|uu no 35 tahun 2009|uu no. 35 tahun 2009|uu ri nomor 35 tahun 2009|"
            "undang-undang nomor 35 tahun 2009|undang-undang ri nomor 35 tahun 2009|"
            "uu 35 tahun 2009|undang-undang no 35 tahun 2009",
            2.5,
        ),
        ("pengedar|bandar|kurir", 1),
    ],
    "bencana": [
        (
            "banjir|karhutla|kebakaran hutan|kebakaran lahan|kebakaran hutan dan lahan|titik api|"
            "hotspot|longsor|tanah longsor",
            3,
        ),
        (
            "puting beliung|angin kencang|gempa|gempa bumi|tsunami|erupsi|abrasi|air pasang|rob|"
            "kekeringan",
            2.5,
        ),
        ("kebakaran|terbakar|si jago merah|bencana|bpbd|pengungsi|pengungsian|dapur umum", 2),
        ("evakuasi|dievakuasi|terdampak|genangan|ketinggian air|manggala agni|pemadaman", 1),
    ],
    "lalu_lintas": [
        (
            "lalu lintas|lalin|laka lantas|lakalantas|laka|kecelakaan|tabrakan|bertabrakan|"
            "ditabrak",
            3,
        ),
        (
            "operasi zebra|operasi keselamatan|operasi patuh|ops zebra|ops keselamatan|ops patuh",
            3.5,
        ),
        ("tilang|etle|knalpot brong|knalpot|balap liar|helm|sabuk keselamatan|safety belt", 2),
        ("satlantas|sat lantas|ditlantas|dit lantas|korlantas|polantas|unit lantas", 2),
        ("pengendara|pengemudi|sepeda motor|sim keliling|stnk|sim|rambu", 1),
    ],
    "kriminal": [
        (
            "pencurian|curanmor|curat|curas|mencuri|dicuri|maling|jambret|penjambretan|begal|"
            "pencuri|penjambret|pembobolan|pembobol|perampok|penipu|pembunuh|pengeroyok",
            3,
        ),
        ("penganiayaan|pembunuhan|pengeroyokan|perampokan|penipuan|penggelapan|pencabulan", 3),
        ("pemerkosaan|persetubuhan|kdrt|kekerasan dalam rumah tangga|pungli|korupsi|pemerasan", 3),
        (
            "judi|perjudian|judi online|togel|sabung ayam|miras|minuman keras|tuak|arak|"
            "operasi pekat|pekat",
            3,
        ),
        ("penemuan mayat|mayat|jasad|olah tkp|tanpa identitas|senjata tajam|sajam|curian", 2.5),
        ("illegal logging|pembalakan liar|penambangan tanpa izin|tambang ilegal", 2.5),
        ("kuhp|tersangka|pelaku|dibekuk|diringkus|ditangkap|meringkus|dpo|buron", 1),
        ("satreskrim|sat reskrim|unit reskrim|resmob|jatanras|buser", 1.5),
    ],
    "pengamanan": [
        ("pengamanan|pos pam|pos pengamanan|pos pelayanan|pos terpadu|sterilisasi", 2),
        ("ibadah|gereja|misa|kebaktian|jemaat|natal|nataru|tahun baru|malam pergantian", 2),
        ("operasi lilin|operasi ketupat|ops lilin|ops ketupat|mudik|arus balik|lebaran", 3),
        (
            "idul fitri|idulfitri|idul adha|iduladha|takbiran|salat id|shalat id|haul|mtq|imlek|"
            "waisak|nyepi",
            2,
        ),
        (
            "unjuk rasa|demo|aksi damai|konser|pertandingan|turnamen|festival|karnaval|objek vital",
            2.5,
        ),
        ("kunjungan kerja|vvip|kunjungan presiden|pawai", 2),
    ],
    "sosial": [
        ("bakti sosial|baksos|jumat berkah|jum'at berkah|sembako|santunan|takjil|donor darah", 3),
        ("bedah rumah|polri peduli|bansos|bantuan sosial|anak yatim|yatim piatu|sedekah", 3),
        ("berbagi|bantuan|paket|air bersih|pengobatan gratis|khitanan massal|bingkisan|beras", 1.5),
    ],
    "internal": [
        ("sertijab|serah terima jabatan|kenaikan pangkat|korps raport|pisah sambut|pelantikan", 3),
        ("hari bhayangkara|hut bhayangkara|upacara|rikkes|pemeriksaan senjata|senpi dinas", 2.5),
        (
            "propam|kode etik|sidang disiplin|ptdh|tes urine anggota|tes urine personel|binrohtal",
            2.5,
        ),
        ("mutasi|rotasi|penerimaan anggota polri|rekrutmen|seleksi|penghargaan|supervisi", 2),
        ("latihan menembak|apel pagi|gaktiblin|pembinaan rohani|anev|rapat koordinasi", 1.5),
    ],
    "kamtibmas": [
        ("jumat curhat|jum'at curhat|sambang|door to door|patroli dialogis|cooling system", 3),
        ("patroli|blue light|kryd|3c|siskamling|ronda|pos kamling|poskamling", 2),
        ("bhabinkamtibmas|bhabin|polisi rw|problem solving|binluh|penyuluhan", 1.5),
        ("kamtibmas|imbauan|himbauan|sosialisasi|dialogis|kunjungan|silaturahmi", 0.5),
    ],
}


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, tuple[str, float]]]:
    """One trie regex over every phrase, and phrase -> (topic, weight)."""
    weight_of: dict[str, tuple[str, float]] = {}
    for topic, rules in _RULES.items():
        for phrases, weight in rules:
            for phrase in phrases.split("|"):
                weight_of.setdefault(phrase, (topic, weight))
    rx = re.compile(rf"(?<![\w'])(?:{trie_pattern(weight_of)})(?![\w'])")
    return rx, weight_of


def _spans_excluded(z) -> list[tuple[int, int]]:
    return list(z.excluded) + list(z.signoff) if z is not None else []


# A crime or drug word that is the object of prevention or talk ("Antisipasi Curanmor,
# … Patroli Malam", "Sosialisasi Bahaya Narkoba", "Curhat Soal Judi Online") counts a
# third: the release is about the patrol or the outreach, not about a case.
_PREVENTION = re.compile(
    r"(?:antisipasi|cegah|mencegah|pencegahan|bahaya|soal|keluhkan|mengeluhkan|keluhan|"
    r"waspada|waspadai|imbauan|himbauan|mengimbau|sosialisasi|penyuluhan|tentang|terkait|"
    r"menjauhi|jauhi|perangi|memerangi|bebas)[\s,]+(?:[\w-]+\s+){0,2}$"
)
_DISCOUNTED = {"kriminal", "narkoba"}


def _discount(low: str, start: int, topic: str) -> float:
    if topic not in _DISCOUNTED:
        return 1.0
    return 0.3 if _PREVENTION.search(low, max(0, start - 40), start) else 1.0


def topic_scores(title: str, text: str, z=None) -> dict[str, float]:
    """Score of every topic (see the module docstring)."""
    rx, weight_of = _compiled()
    lead = z.lead if z is not None else (0, min(len(text), 300))
    dateline = z.dateline if z is not None else None
    skip = _spans_excluded(z)
    hits: dict[tuple[str, float, int], float] = {}
    low_title = (title or "").lower()
    for m in rx.finditer(low_title):
        topic, weight = weight_of.get(" ".join(m.group().split()), (None, 0.0))
        if topic is not None:
            key = (topic, weight, 0)
            hits[key] = hits.get(key, 0) + _discount(low_title, m.start(), topic)
    low = (text or "").lower()
    for m in rx.finditer(low):
        s = m.start()
        if any(a <= s < b for a, b in skip):
            continue
        topic, weight = weight_of.get(" ".join(m.group().split()), (None, 0.0))
        if topic is None:
            continue
        where = 2 if lead[0] <= s < lead[1] or (dateline and dateline[0] <= s < dateline[1]) else 1
        key = (topic, weight, where)
        hits[key] = hits.get(key, 0) + _discount(low, s, topic)
    scores = dict.fromkeys(TOPICS, 0.0)
    strong = {topic for (topic, weight, _), n in hits.items() if weight >= STRONG and n >= 0.9}
    for (topic, weight, where), n in hits.items():
        if topic not in strong:  # generic words alone ("kamtibmas", "silaturahmi") make no topic
            continue
        if where == 0:
            scores[topic] += weight * 3 * min(n, 2)
        elif where == 2:
            scores[topic] += weight * 2 * min(n, 2)
        else:
            scores[topic] += weight * min(n, 3)
    return scores


def topics_of(title: str, text: str, z=None) -> list[str]:
    """The topics of a release, main topic first (see the module docstring)."""
    scores = topic_scores(title, text, z)
    ranked = sorted(
        (t for t in TOPICS if t != "lainnya" and scores[t] >= MIN_SCORE),
        key=lambda t: (-scores[t], TOPICS.index(t)),
    )
    return ranked or ["lainnya"]
