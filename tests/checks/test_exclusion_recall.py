"""Exclusions that used to be missed (issue 18, recall): items of a two-column "what is
covered | what is not covered" table read column by column, cross-references with a
pointer in parentheses, restrictions and conditions of cover. Every fixture is written
for this file; each asserts the guideline's side too (benefit amounts, excess and
lead-ins stay out)."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, exclusions


def texts(text: str, fmt: str = "markdown") -> list[str]:
    return clause_texts(text, fmt=fmt)


TWO_COLUMNS = (
    "HARBOUR MUTUAL BOAT COVER\n\n"
    "Section A - Moorings\n\n"
    "WHAT IS COVERED WHAT IS NOT COVERED\n"
    "\uf06e If your boat breaks its mooring, we will tow it back to\n"
    "the marina.\n"
    "\uf06e We will send a diver to free a fouled propeller.\n"
    "\uf06e Sailing outside coastal waters.\n"
    "\uf06e A mooring chain older than ten years.\n\n"
    "Section B - Storage\n\n"
    "\uf06e Winter storage ashore in a locked yard.\n"
)


def test_a_two_column_table_cover_items_first_then_exclusions() -> None:
    found = texts(TWO_COLUMNS, fmt="text")
    assert "Sailing outside coastal waters." in found, found
    assert "A mooring chain older than ten years." in found, found
    assert not any("tow it back" in t or "diver" in t for t in found), found


def test_a_two_column_heading_does_not_reach_the_next_section() -> None:
    found = texts(TWO_COLUMNS.replace("\uf06e", "-"), fmt="text")
    assert not any("Winter storage" in t for t in found), found


def test_a_cover_list_in_the_cover_column_stays_cover() -> None:
    text = (
        "# What is covered / what is not covered\n\n"
        "- We will pay for the following if your engine fails at sea:\n"
        "- towing to the nearest harbour\n- a mechanic for up to two hours\n\n"
        "The following are not covered:\n\n- Engines older than twenty years.\n"
    )
    found = texts(text)
    assert found == ["Engines older than twenty years."], found


def test_an_item_that_imports_exclusions_with_a_pointer_in_parentheses() -> None:
    text = (
        "# What is not covered\n\n- Racing.\n"
        "- Anything listed in the general exclusions. (Please see part 7.)\n"
    )
    assert any(t.startswith("Anything listed") for t in texts(text)), texts(text)
    # a pointer that is the whole sentence is not an exclusion
    pointer = "# Your cover\n\nPlease see part 7 for what is not covered by this insurance.\n"
    assert texts(pointer) == []


def test_forfeited_deposits_are_cover_but_forfeited_benefits_are_not() -> None:
    deposits = (
        "# Cancellation\n\nWe will pay back the unused portion of your forfeited "
        "hotel deposits paid in advance.\n"
    )
    assert texts(deposits) == []
    lost = "# Fraud\n\nIf a claim is fraudulent, every benefit under this policy is forfeited.\n"
    assert len(texts(lost)) == 1, texts(lost)


def test_item_i_after_item_h_is_the_next_letter_not_a_sub_list() -> None:
    letters = "abcdefgh"
    items = "".join(f"({c}) the boat is moored in harbour {c};\n" for c in letters)
    text = (
        "CONDITIONS\n\nThe insurance operates only if all of the following conditions "
        f"are met:\n\n{items}(i) the skipper holds a licence.\n"
    ).replace("harbour h;", "harbour h; and")
    found = texts(text, fmt="text")
    assert any(t.startswith("the boat is moored in harbour h") for t in found), found
    assert any(t.startswith("the skipper holds a licence") for t in found), found


def test_a_list_cut_in_two_by_a_paragraph_break_keeps_its_lead_in() -> None:
    text = (
        "# Cancellation\n\nWe shall not be liable for:\n\n"
        "1. any trip booked against medical advice;\n"
        "2. any costs incurred after the end of the Period of\n\n"
        "Cover in which the skipper turns eighty;\n\n"
        "3. any costs paid with gift vouchers.\n"
    )
    assert any("gift vouchers" in t for t in texts(text)), texts(text)


RESTRICTIONS = {
    "definition": "# Definitions\n\nSurveyor: a marine surveyor. The surveyor shall not be you or "
    "a relative of yours.\n",
    "right to settle": "# Claims\n\nIf no boat of the same model is on sale we reserve the right "
    "to settle your claim on the basis of the market value of your boat.\n",
    "time cap": "# Hire boat\n\nYou will be given a hire boat but you will only be able to keep "
    "it for 10 days.\n",
    "night only": "# Stranded\n\nWe will pay for a hotel room for one night only.\n",
    "closing only": "# Waiting\n\nDuring the first week of cover you are entitled to the "
    "benefits under part 1 only.\n",
    "customer pays": "# Towing\n\nWe will tow your boat to the nearest marina. You will have "
    "to pay all other costs.\n",
    "insurer only": "# Fuel\n\nWe will only cover up to three fuel claims each year.\n",
    "time condition": "# Treatment\n\nWe pay for physiotherapy. The treatment must be received "
    "within 6 months of the accident.\n",
    "cross-reference": "# Salvage\n\nIf you organise the salvage yourself, the benefit "
    "restrictions pursuant to B4.2 apply.\n",
}


@pytest.mark.parametrize("name", sorted(RESTRICTIONS))
def test_restrictions_and_conditions_of_cover(name: str) -> None:
    assert len(texts(RESTRICTIONS[name])) == 1, (name, texts(RESTRICTIONS[name]))


NOT_RESTRICTIONS = {
    "benefit amount": "# Stranded\n\nWe will pay up to £300 for a hotel room.\n",
    "maximum we pay": "# Stranded\n\nThe maximum we will pay is £300 for each night.\n",
    "right to settle in full": "# Claims\n\nWe reserve the right to settle a claim by paying "
    "the full amount in dispute.\n",
    "excess": "# Claims\n\nYou will have to pay the first £100 of each claim.\n",
    "promise": "# Towing\n\nWe will tow your boat for up to 10 miles.\n",
}


@pytest.mark.parametrize("name", sorted(NOT_RESTRICTIONS))
def test_benefit_amounts_and_promises_are_not_restrictions(name: str) -> None:
    assert texts(NOT_RESTRICTIONS[name]) == [], (name, texts(NOT_RESTRICTIONS[name]))


def test_any_excess_beyond_another_policy_is_a_limit_not_a_deductible() -> None:
    text = (
        "# Other insurance\n\nIf another policy also covers the loss, we shall only pay for "
        "any excess beyond the amount the other policy pays.\n"
    )
    assert len(texts(text)) == 1, texts(text)


def test_a_condition_on_an_item_of_a_cover_list() -> None:
    text = (
        "# Cover\n\nWe will pay for the following:\n\n"
        "- a new sail paid in full, provided the old one was less than five years old;\n"
        "- the cost of towing to the nearest marina.\n"
    )
    assert texts(text) == [
        "a new sail paid in full, provided the old one was less than five years old;"
    ]


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Damage caused by your pets isn't covered.", "not-covered"),
        ("Tools left in the van overnight aren't insured.", "not-covered"),
        ("Cover stops while the boat is used for racing.", "condition"),
        ("If you give us false details, your policy may be invalid.", "void"),
        ("Driving without a licence invalidates your cover.", "void"),
    ],
)
def test_contracted_negations_stopping_cover_and_invalid_policies(
    sentence: str, family: str
) -> None:
    (row,) = exclusions(f"# Your cover\n\nWe pay for damage to your boat. {sentence}\n")
    assert row["family"] == family


def test_a_clause_that_saves_the_rest_of_the_contract_is_no_exclusion() -> None:
    text = "# General\n\nIf any term is found to be invalid, the other terms stay in force.\n"
    assert exclusions(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vakuutus on voimassa vain, jos vene on katsastettu.",
        "Korvaamme varkauden vain, jos ovi oli lukittu.",
        "Maksamme hoitokulut edellyttäen, että hoito on aloitettu kuukauden kuluessa.",
        "Korvauksen edellytyksenä on, että vahingosta ilmoitetaan poliisille.",
    ],
)
def test_finnish_conditions_of_cover(sentence: str) -> None:
    (row,) = exclusions(f"# Vakuutusturva\n\nKorvaamme palovahingot. {sentence}\n", lang="fi")
    # "Korvaamme ... vain": the cap family's words start at the same place and win the tie
    assert row["family"] in ("condition", "cap")


def test_a_statute_limiting_the_insurers_right_is_no_condition_of_cover() -> None:
    """'The insurer may invoke it only if ...' protects the customer; it takes no cover away."""
    text = (
        "# 3 §\n\nVakuutuksenantaja saa vedota laiminlyöntiin vain, jos vahinko on sattunut "
        "vuoden kuluessa. Maksua voidaan muuttaa vain edellyttäen, että siihen on syy.\n"
    )
    assert exclusions(text, lang="fi") == []
