"""Template twins that differ in their figures or their PPK are two stories.

The scaled sample site (``scraper.samplesite``, ``generate_articles``) writes election
releases from one template per Polres: same Kapolres and Kasi Humas, same day, the
Polsek or the Polres as unit (one lineage), the kecamatan often named only as "PPK X"
or "di X". Their words overlap well above the threshold, and before figures ("121 TPS"
/ "43 TPS") and "PPK X" places were read, nothing in the entities told them apart: a
crawl of 600 of them made 14 false stories, of 2,000 about 33.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from scraper.entities import different_events, extract_entities
from scraper.entities.counts import counts
from scraper.samplesite.generator import generate_articles
from scraper.stories.events import load_matcher, matcher_json
from tests.test_story_entities import read_all, store_readings

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=15)

KAWAL = (
    "{dl} – Polres Banjar Polda Kalsel mengawal pergeseran kotak suara dari Panitia "
    "Pemilihan Kecamatan (PPK) menuju gudang KPU Kabupaten Banjar, Senin (19/2) pagi.\n"
    "Setiap truk pengangkut dikawal dua personel Polri bersenjata lengkap. Kapolres Banjar "
    "AKBP M. Didik Gunawan melalui Kasi Humas Ipda Fahrurrazi Putra menyampaikan bahwa "
    "pengawalan dilakukan secara ketat demi menjaga keutuhan dokumen hasil pemilu.\n"
    "Di Kabupaten Banjar, jumlah daftar pemilih tetap tercatat sekitar {dpt} pemilih yang "
    "tersebar di {all} TPS. Kotak suara dari {tps} TPS di Kecamatan Simpang Empat diangkut "
    "menggunakan {trucks} truk."
)


def release(dl="Martapura", dpt="198.000", all_tps="905", tps="121", trucks="tiga", extra=""):
    text = KAWAL.format(dl=dl, dpt=dpt, all=all_tps, tps=tps, trucks=trucks) + extra
    return extract_entities("Polres Banjar Kawal Kotak Suara", text)


def test_counts_reads_indonesian_figures_and_leaves_dates_and_labels_out():
    found = counts(
        "Sebanyak 52 personel dan tiga truk mengawal kotak suara dari 121 TPS, Senin (19/2) "
        "pukul 10.30 Wita. Tercatat 198.000 pemilih di 1.841 TPS dan 2 ribu relawan. Operasi "
        "Mantap Brata 2023-2024 yang mengawal Pemilu 2024 mulai hari ini. Barang bukti 0,5 "
        "gram sabu dan uang Rp 1,5 juta. Tersangka RH (33) dijerat Pasal 114 ayat 2, di Km 5 "
        "Desa Tabanio, 14 Februari 2024; salah satu korban, seratus dua puluh satu warga."
    )
    assert found == {
        "gram": [0.5],
        "pemilih": [198000],
        "personel": [52],
        "relawan": [2000],
        "rupiah": [1500000],
        "tps": [121, 1841],
        "truk": [3],
    }


def test_counts_come_from_the_title_and_body_not_captions_or_credits():
    e = extract_entities(
        "Logistik 138 TPS Tiba di PPK Tabunganen",
        "Marabahan – Polres Batola mengawal logistik pemilu ke PPK Tabunganen, Rabu (7/2).\n"
        "Foto: 12 personel mengawal truk logistik\nPenulis : 3 Redaksi",
    )
    assert e.counts == {"tps": [138]}


def test_different_figures_of_the_same_thing_are_different_events():
    a, b = release(tps="121", dpt="198.000", all_tps="905"), release(tps="43", dpt="217.000")
    assert a.primary_unit == b.primary_unit and {p.name for p in a.places} == {
        p.name for p in b.places
    }
    # the Kabupaten total (905 TPS) is shared: TPS say nothing, the voters do
    assert different_events(a, b) == "different figures: 198000 pemilih / 217000 pemilih"
    assert different_events(b, a) == "different figures: 217000 pemilih / 198000 pemilih"
    c = release(tps="52", all_tps="1.841", trucks="dua")
    assert different_events(a, c).startswith("different figures: 121, 905 tps / 52, 1841 tps")
    assert different_events(c, a).startswith("different figures: 52, 1841 tps / 121, 905 tps")


def test_copies_quoting_the_same_figures_stay_one_event():
    a = release()
    copies = [
        release(dl="MARTAPURA, Kalsel"),  # another dateline
        release(trucks="3"),  # "tiga truk" written "3 truk"
        release(extra="\nFoto: 2 personel mengawal 121 kotak suara"),  # a caption
        release(extra=" Sebanyak 48 personel berjaga di gudang."),  # one more figure
        release(extra=" Di Kecamatan Martapura ada 60 TPS."),  # another figure of TPS
    ]
    for copy in copies:
        assert different_events(a, copy) is None
        assert different_events(copy, a) is None
    # Only one side counts trucks: no reason either.
    assert different_events(release(trucks="empat"), release(trucks="")) is None


def test_the_stored_form_keeps_the_figures_and_old_rows_read_without():
    a, b = release(tps="121", dpt="198.000"), release(tps="43", dpt="217.000")
    sa, sb = (load_matcher(matcher_json(e.to_dict())) for e in (a, b))
    assert sa.counts == a.counts and different_events(sa, sb) == different_events(a, b)
    old = a.to_dict()
    del old["counts"]  # entities stored before figures were read
    assert different_events(load_matcher(matcher_json(old)), sb) is None


def test_a_ppk_names_its_kecamatan():
    e = extract_entities(
        "Distribusi Logistik Pemilu Dikawal Polres Tala",
        "Pelaihari – Polres Tanah Laut mengawal logistik Pemilu 2024 dari gudang KPU ke "
        "PPK Jorong, Rabu (7/2) pagi. Panitia Pemilihan Kecamatan (PPK) menerima logistik.",
    )
    named = [p.name for p in e.places if p.level == "district" and not p.dateline]
    assert named == ["Kecamatan Jorong"]


@pytest.fixture(scope="module")
def generated():
    """The scaled sample site's releases (different events, some written as twins)."""
    return [
        (
            f"http://gen.example/{a.index}/",
            {
                "title": a.title,
                "text": "\n".join(a.paragraphs),
                "published": a.published.isoformat(),
            },
        )
        for a in generate_articles(600, seed=0)
    ]


def test_the_sample_site_releases_are_each_their_own_story(generated, tmp_path):
    """600 releases of the scaled sample site, stored the crawl's way: every one is a
    different event, so no story has two members. On words alone many merge. The pages
    are read once and stored twice, without and with their entities."""
    readings = read_all(generated)
    words = Counter(store_readings(tmp_path / "words.db", readings, entities=False).values())
    assert sum(n > 1 for n in words.values()) >= 10
    story = store_readings(tmp_path / "entities.db", readings)
    merged = [n for n in Counter(story.values()).values() if n > 1]
    print(
        f"\nsample site, 600 releases: {sum(n > 1 for n in words.values())} stories with "
        f"several members on words alone, {len(merged)} with the entities"
    )
    assert merged == []


def test_the_sample_site_twins_with_figures_are_symmetric(generated):
    entities = [extract_entities(r["title"], r["text"]) for _, r in generated[:150]]
    for a, b in itertools.combinations(entities, 2):
        assert (different_events(a, b) is None) == (different_events(b, a) is None)
