"""Exclusion detection: every trigger family in English and Finnish, inflected Finnish,
list items under exclusion headings and lead-ins, PDF-shaped text, topics."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, clauses_of_blocks, exclusions

EN_FAMILIES = {
    "not-covered": "We will not pay for damage caused by frost.",
    "excluded": "Damage caused by frost is excluded.",
    "does-not-apply": "This cover does not apply to caravans.",
    "void": "If you give false information we may void your policy.",
    "restriction": "Cover for jewellery is limited to the amount in your schedule.",
    "condition": "We pay for storm damage only if the windows were shut.",
    "waiting-period": "A waiting period of 30 days applies to illness claims.",
    "except": "We pay for loss of tools other than those left in a vehicle overnight.",
}
FI_FAMILIES = {
    "not-covered": "Vakuutuksesta ei korvata hallan aiheuttamia vahinkoja.",
    "excluded": "Vakuutukseen sovelletaan seuraavaa rajoitusehtoa kaikissa tilanteissa.",
    "does-not-apply": "Vakuutus ei ole voimassa sodan aikana.",
    "void": "Korvausta voidaan alentaa, jos vakuutettu on laiminlyönyt velvollisuutensa.",
    "cap": "Korvaus on enintään 5 000 euroa vahinkoa kohden.",
    "waiting-period": "Sairauksiin sovelletaan karenssia vakuutuksen alusta.",
    "except": "Vakuutus korvaa kaikki vahingot tulvavahinkoja lukuun ottamatta.",
}


@pytest.mark.parametrize(("family", "sentence"), sorted(EN_FAMILIES.items()))
def test_each_english_trigger_family(family: str, sentence: str) -> None:
    found = exclusions(f"# Cover\n\n{sentence}\n")
    assert [e["family"] for e in found] == [family], found


@pytest.mark.parametrize(("family", "sentence"), sorted(FI_FAMILIES.items()))
def test_each_finnish_trigger_family(family: str, sentence: str) -> None:
    found = exclusions(f"# Vakuutuksen kohde\n\n{sentence}\n", lang="fi")
    assert [e["family"] for e in found] == [family], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Vakuutus ei korvaa tulvan aiheuttamia vahinkoja.",
        "Vakuutuksesta ei korvata tulvavahinkoja.",
        "Näitä vahinkoja ei korvattaisi missään tilanteessa.",
        "Vakuutus ei kata tulvavahinkoja.",
        "Vakuutus ei koske tulvavahinkoja.",
        "Tulvavahingot eivät kuulu vakuutuksen piiriin.",
        "Tulvavahingot eivät kuulu vakuutusturvan piiriin.",
        "Vakuutus korvaa vahingot tulvavahinkoja lukuun ottamatta.",
        "Vakuutus korvaa kaikki vahingot paitsi tulvavahingot.",
        "Vakuutukseen sisältyy karenssiaika sairauksille.",
    ],
)
def test_inflected_finnish_forms(sentence: str) -> None:
    assert len(exclusions(f"# Kohde\n\n{sentence}\n", lang="fi")) == 1


def test_ordinary_cover_statements_are_not_exclusions() -> None:
    text = (
        "# Your cover\n\nWe will pay for damage to your home caused by fire. "
        "We cover theft from your home. Cover includes, but is not limited to, fire and smoke.\n"
    )
    assert exclusions(text) == []
    assert exclusions("# Kohde\n\nVakuutus korvaa palovahingot.\n", lang="fi") == []


def test_items_under_an_exclusion_heading_inherit_it() -> None:
    text = "# General exclusions\n\n1. Cosmetic or plastic surgery.\n2. Wear and tear.\n3. War.\n"
    found = exclusions(text)
    assert [e["source"] for e in found] == ["heading"] * 3
    assert [e["topic"] for e in found] == ["Cosmetic or plastic surgery", "Wear and tear", "War"]
    assert [e["theme"] for e in found] == ["cosmetic surgery", "wear and tear", "war"]


def test_items_after_a_lead_in_until_the_list_ends() -> None:
    text = (
        "# Your cover\n\nWe pay for storm damage.\n\nWe will not pay for:\n\n"
        "- frost damage;\n- damage by pets.\n\nWe also pay for fire damage.\n"
    )
    found = exclusions(text)
    assert [e["source"] for e in found] == ["lead-in", "lead-in"]
    assert [e["line"] for e in found] == [7, 8]


def test_finnish_lead_in_and_heading() -> None:
    text = (
        "# Vakuutuksen kohde\n\nVakuutuksesta ei korvata:\n\n- hallavahinkoja;\n"
        "- lemmikkien aiheuttamia vahinkoja.\n\n# Rajoitukset\n\n1. Sotavahingot.\n"
    )
    found = exclusions(text, lang="fi")
    assert [e["source"] for e in found] == ["lead-in", "lead-in", "heading"]
    assert found[2]["topic"] == "sota"


def test_write_back_items_are_not_exclusions() -> None:
    text = (
        "# Exclusions\n\n1. Loss caused by terrorism, unless the act results in:\n\n"
        "   a) damage to the venue; or\n   b) injury to a guest.\n2. Lack of funds.\n"
    )
    found = exclusions(text, fmt="text")
    assert [e["line"] for e in found] == [3, 7]


def test_pdf_shaped_text_with_numbered_items_and_furniture() -> None:
    text = (
        "GENERAL EXCLUSIONS\n"
        "We will not be liable for any losses arising from any of the\n"
        "following:\n"
        "1.3 Loss caused by wear and tear or gradual\n"
        "deterioration;\n"
        "Policy Wording - Page 4 of 9\n"
        "(c) any loss arising from nuclear reaction;\n"
        "iv) war, invasion or civil war.\n"
    )
    found = exclusions(text, fmt="text")
    assert [e["theme"] for e in found] == ["wear and tear", "nuclear", "war"]
    assert [e["topic"] for e in found] == [
        "wear and tear or gradual deterioration",
        "nuclear reaction",
        "war, invasion or civil war",
    ]
    assert found[0]["line"] == 4 and found[0]["end_line"] == 5


def test_contents_line_is_not_an_exclusion() -> None:
    assert exclusions("# Contents\n\n- What is covered 4\n- What is not covered 5\n") == []


@pytest.mark.parametrize(
    "entry",
    [
        "PROPERTY NOT COVERED ........................................ 11",
        "Section 7 — Types of drugs we do not cover .............................. 9",
        "Losses Due to War Activities Not Covered.....................................8",
    ],
)
def test_a_contents_entry_with_a_dot_leader_is_not_an_exclusion(entry: str) -> None:
    """A title, a dot leader and its page number on a PDF's contents page, with no
    "Contents" heading above it, or with its number cut off as a sentence of its own."""
    blocks = (
        ("heading", 1, "", "Your policy"),
        ("paragraph", 0, "", entry),
        ("paragraph", 0, "", "We pay for fire damage."),
    )
    assert clauses_of_blocks(blocks) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not pay more than $ ........",
        "We will not pay the first ........ of any claim.",
        "We will not pay for damage to a vehicle carrying more than ........ 4 passengers.",
    ],
)
def test_a_blank_to_fill_in_is_no_contents_entry(sentence: str) -> None:
    """A form's blank ends in dots too, but no page number follows it, or it follows a
    word that leads on to a figure."""
    found = clause_texts(f"# Exclusions\n\n{sentence}\n")
    assert len(found) == 1 and found[0].startswith("We will not pay"), found


def test_topic_falls_back_to_the_clause_words() -> None:
    found = exclusions("# Exclusions\n\n- Unexplained disappearance of goods.\n")
    assert found[0]["topic"] == "Unexplained disappearance of goods"
