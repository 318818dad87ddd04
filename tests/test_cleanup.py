"""Chrome that survives text extraction is removed by wording."""

from hypothesis import given
from hypothesis import strategies as st

from scraper.extract.cleanup import clean_text, content_hash


def test_baca_juga_line_removed_anywhere():
    text = "Paragraf satu.\nBaca Juga: Polres Banjar Gelar Apel\nParagraf dua."
    assert clean_text(text) == "Paragraf satu.\nParagraf dua."
    assert clean_text("A.\nBACA JUGA : Judul lain\nB.") == "A.\nB."
    assert clean_text("A.\n[Baca juga: x]\nB.") == "A.\nB."


def test_trailing_link_line_and_tags_block_removed():
    text = (
        'Isi berita.\n"Kutipan," pungkasnya.\n'
        "https://mci.life/judul/?feed_id=1&_unique_id=6550bcf4beec2\nTags\nBeritaPolisi"
    )
    assert clean_text(text, ["BeritaPolisi"]) == 'Isi berita.\n"Kutipan," pungkasnya.'


def test_share_bar_removed():
    text = "Isi.\nBagikan ini:\nFacebook\nWhatsApp\nTwitter"
    assert clean_text(text) == "Isi."


def test_tags_word_inside_prose_kept():
    text = "Tag nomor polisi itu dipasang.\nKalimat kedua yang panjang sekali dan bukan tag."
    assert clean_text(text) == text


def test_bare_trailing_tags_removed_when_known():
    assert clean_text("Isi berita.\nPemilu2024\nBeritaPolisi", ["BeritaPolisi", "Pemilu2024"]) == (
        "Isi berita."
    )


def test_content_hash_ignores_layout_and_case():
    assert content_hash("Polres  Tanah Laut\nGelar apel.") == content_hash(
        "polres tanah laut gelar apel"
    )
    assert content_hash("Polres Tanah Laut") != content_hash("Polres Banjar")


@given(st.text(max_size=300))
def test_clean_text_never_raises_and_only_removes(text):
    cleaned = clean_text(text)
    for line in cleaned.split("\n"):
        assert line in text
