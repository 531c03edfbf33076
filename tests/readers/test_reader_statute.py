"""Statute numbering in plain text: "N osa" above "N luku" above "N §", each number
line a heading together with the title on the line under it. Fixtures are written
for this file."""

from __future__ import annotations

from clarity.readers.plain import read_plain

STATUTE = (
    "Laki lemmikkien vakuuttamisesta\n"
    "\n"
    "1 luku\n"
    "Yleiset säännökset\n"
    "\n"
    "1 §\n"
    "Soveltamisala\n"
    "Tätä lakia sovelletaan lemmikkieläinten vakuutuksiin.\n"
    "\n"
    "2 luku\n"
    "Vakuutusyhtiön vastuun rajoitukset\n"
    "\n"
    "5 §\n"
    "Tahallisesti aiheutettu vahinko\n"
    "Vakuutusyhtiö on vastuusta vapaa, jos omistaja on aiheuttanut vahingon tahallaan.\n"
    "\n"
    "5 a §\n"
    "Eläimen ikä\n"
    "Yli kymmenvuotiaan koiran hoitokuluja korvataan enintään 500 euroa.\n"
    "\n"
    "6 §\n"
    "Tämä laki tulee voimaan 1 päivänä tammikuuta 2031.\n"
)


def _block_of(doc, phrase: str):
    at = doc.text.index(phrase)
    return next(b for b in doc.blocks if b.start <= at < b.end)


def test_chapter_heading_encloses_its_sections() -> None:
    doc = read_plain("laki.txt", STATUTE)
    clause = _block_of(doc, "Vakuutusyhtiö on vastuusta vapaa")
    assert clause.kind == "paragraph"
    assert clause.section_path == (
        "2 luku Vakuutusyhtiön vastuun rajoitukset",
        "5 § Tahallisesti aiheutettu vahinko",
    )
    lettered = _block_of(doc, "Yli kymmenvuotiaan")
    assert lettered.section_path[-1] == "5 a § Eläimen ikä"


def test_number_and_title_lines_are_one_heading() -> None:
    doc = read_plain("laki.txt", STATUTE)
    heading = _block_of(doc, "5 §")
    assert heading.kind == "heading"
    assert doc.text[heading.start : heading.end] == "5 §\nTahallisesti aiheutettu vahinko"
    chapter = _block_of(doc, "2 luku")
    section = _block_of(doc, "1 §\nSoveltamisala")
    assert chapter.level < heading.level and section.level == heading.level


def test_a_section_without_a_title_keeps_its_first_sentence_as_text() -> None:
    doc = read_plain("laki.txt", STATUTE)
    sentence = _block_of(doc, "Tämä laki tulee voimaan")
    assert sentence.kind == "paragraph"
    assert sentence.section_path == ("2 luku Vakuutusyhtiön vastuun rajoitukset", "6 §")


def test_older_forms_of_numbering() -> None:
    source = (
        "3 luku.\n"
        "Kotimyynti.\n"
        "\n"
        "4§\n"
        "Kotimyynnissä kuluttajalla on oikeus peruuttaa kauppa.\n"
        "\n"
        "2 osa\n"
        "Erityiset säännökset\n"
        "\n"
        "7 luku\n"
        "Luotot\n"
    )
    doc = read_plain("laki.txt", source)
    clause = _block_of(doc, "Kotimyynnissä")
    assert clause.kind == "paragraph"
    assert clause.section_path == ("3 luku. Kotimyynti.", "4§")
    chapter = _block_of(doc, "7 luku")
    part = _block_of(doc, "2 osa")
    assert chapter.section_path == ("2 osa Erityiset säännökset",)
    assert part.level < chapter.level
