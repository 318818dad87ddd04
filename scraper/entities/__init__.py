"""Police-news entities: which unit, which officers, where, about what (issue 12).

Pure functions over a release's title and text: no Scrapy, no SQL, standard library
only. The gazetteer (`data/`, sources in `data/README.md`) is loaded once per process
on first use (about 0.1 s); one article then takes about 1 ms
(`bench/bench_entities.py`).

    from scraper.entities import extract_entities, different_events

    e = extract_entities(title, text, site_province="Kalimantan Selatan")
    e.primary_unit, e.region, e.province, e.topics[0]   # "Polres Tanah Laut", ...
    [(p.position, p.rank, p.name, p.titles) for p in e.officers]
    different_events(e1, e2, dates1, dates2)            # None, or "different place: …"

The rules, in short (docs/entities.md has them in full, with examples):

* **Zones.** The title; the dateline ("Tanah Laut –", "BANJARMASIN, Kalsel –",
  "Banjarmasin (ANTARA) -", "Polres Tanah Bumbu, Polda Kalsel –", chained
  "TRIBRATANEWS.POLRI.GO.ID – KALSEL – Pelaihari –"); the lead (dateline and first
  sentence); the body; photo captions ("Foto: …") and credit lines ("Penulis : …",
  "Editor : …", "(Humas Polres Tala)"), the last two forming the sign-off. Captions and
  credits name no people and no places.
* **Units.** "Polres/Polresta/Polrestabes/Polsek/Polda X", "Kapolres X", "Mapolsek X",
  "Kepolisian Resor (Polres) X" are looked up in the gazetteer with its short forms
  (Tala, Tanbu, Batola, HSU/HSS/HST, Kota Baru …); a Polsek the gazetteer lacks is read
  from its kecamatan ("Polsek Kelumpang Hulu") or seat ("Polsek Amuntai Kota") and gets
  the Polres covering it (`known=False`). Satuan/fungsi ("Satresnarkoba", "Sat Lantas",
  "Bidhumas", "Humas Polres X") are named with their unit ("Satresnarkoba Polresta
  Banjarmasin"); alone, they belong to the release's unit. Same-named units and places
  ("Polres Banjar" in Kalsel and Jawa Barat, kecamatan Simpang Empat) are chosen by the
  rest of the text (other units, places, the dateline), then `site_province`.
* **Primary unit** (most specific first, satuan credit their unit): the units named in
  the title (the first, or a sub-unit of it named after it, unless the first is a
  chief's post, "Kapolda Kalsel Kunjungi Polres Tanbu"), made more specific by a
  sub-unit the lead names; else the units of the dateline and lead; else the unit of
  the first officer's post (a Bhabinkamtibmas is his Polsek's); else the sign-off;
  else the unit named most often. "Polres X Polda Y" (Y only qualifies X) and
  "Mapolsek X" (a building) are no evidence. Its parents are listed in `units` too
  (`implied=True` when the text does not name them).
* **People.** A rank (Bharada … Jenderal Polisi, abbreviated, in capitals or in full:
  "Ajun Komisaris Besar Polisi") then a name; academic titles before ("Dr.") or after
  it (", S.I.K., M.H.", " SH SIK MSi", "S.IK") are kept apart; a post before the rank
  ("Kapolres Tanah Laut AKBP …", "Kasi Humas AKP …", "Bhabinkamtibmas Desa Tabanio
  Aipda …", "Kapolda Kalsel, Irjen Pol …") or after the name ("(Wadir Polairud …)",
  "selaku Kapolsek …") gives `position` and `unit` (a post named without its unit takes
  the unit of the chief it reports for, "Kapolres X melalui Kasi Humas Y", else the
  release's unit). Later short mentions ("AKP Joko") are the same person; so is a post
  and name without rank ("Wakapolres Budi Santika") that a ranked mention completes.
  Officials named by post (Bupati, Ketua KPU, Ketua Bawaslu, Camat, Kepala Desa, Dandim
  and other TNI ranks …) are `role="other"`, with or without a name. Suspects are
  initials and age ("RH (33)").
* **Places.** The dateline's place, and "Desa/Kelurahan/Kecamatan/Kabupaten/Kota/
  Provinsi X" and province names in the text, normalised to Kemendagri codes; the
  release's kabupaten/kota and province disambiguate same-named places. `region` is
  the primary unit's kabupaten/kota (for a Polres covering two, the one its places are
  in), else the dateline's, else the most specific place's; `province` follows it,
  else the unit's Polda, the dateline, the places, `site_province`.
* **Topics** (`topics.py`): pemilu, narkoba, bencana, lalu_lintas, kriminal (gambling,
  liquor and bodies found included), pengamanan, sosial, internal, kamtibmas, lainnya,
  from weighted keywords (title x3, lead x2, body x1); the first is the main topic.
* **Different events** (`events.py`): different unit lineage, disjoint event places,
  each side with a date or a person (officer, official, suspect) the other lacks.
"""

from .events import different_events
from .extract import extract_entities
from .model import Entities, PersonMention, PlaceMention, UnitMention
from .topics import TOPICS

__all__ = [
    "TOPICS",
    "Entities",
    "PersonMention",
    "PlaceMention",
    "UnitMention",
    "different_events",
    "extract_entities",
]
