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


def test_clean_space_collapses_exactly_what_backslash_s_matches():
    """clean_space splits with str.split for speed; it must still collapse exactly the
    white space the regex ``\\s+`` did, every code point tried (NBSP, ideographic space,
    the separators \\x1c-\\x1f and \\x85), and leave the rest (a zero-width space)."""
    import re

    from scraper.extract.metadata import clean_space

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    text = "x" + "x".join(every) + "x"
    assert clean_space(text) == re.sub(r"\s+", " ", text).strip()
    assert clean_space("\xa0 Jumat,\u3000 10/11 \u200b ") == "Jumat, 10/11 \u200b"
    assert clean_space(None) == ""
