"""What is and is not an exclusion, by the annotation guideline (shared/labels/README),
one test per pattern of issue 18. Every fixture is written for this file."""

from __future__ import annotations

import pytest
from exclusion_helpers import codes, excess, exclusions


def texts(text: str, lang: str = "en") -> list[str]:
    return [row["text"] for row in exclusions(text, lang=lang)]


# --- not exclusions -------------------------------------------------------------------


def test_items_after_a_cover_lead_in_are_cover() -> None:
    text = (
        "# What is not covered\n\n- Frost.\n\n# Breakdown help\n\n"
        "We cover the following costs:\n\n- towing to the nearest garage\n"
        "- a taxi home for the driver\n- one night in a hotel (excluding meals)\n"
    )
    found = texts(text)
    assert not any("towing" in t or "taxi" in t for t in found), found
    # an item of a cover list that excludes on its own still counts
    assert any("excluding meals" in t for t in found), found


def test_a_benefits_lead_in_under_an_exclusions_heading_gives_cover() -> None:
    text = (
        "# Exclusions and benefits\n\nIf a claim is accepted, we provide the following "
        "benefits:\n\n- a hire car for seven days\n- the cost of a locksmith\n"
    )
    assert texts(text) == []


def test_table_of_contents_lines_are_not_exclusions() -> None:
    text = "# Contents\n\nYour cover - 3\nGeneral exclusions - 9\nMaking a claim - 12\n"
    assert texts(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We will repay your travel costs up to a maximum of £20 per day.",
        "We will pay up to £250 for replacement locks.",
        "The most we will pay for one claim is £5,000.",
    ],
)
def test_positive_benefit_limits_are_not_exclusions(sentence: str) -> None:
    assert texts(f"# Your cover\n\n{sentence}\n") == []


def test_a_clause_that_gives_cover_back_is_not_an_exclusion() -> None:
    text = "# Cover\n\nThis exclusion does not apply to damage caused by lightning.\n"
    assert texts(text) == []


def test_office_hours_are_not_exclusions() -> None:
    text = (
        "# Contact\n\nOur claims line is open Monday to Friday, 9am to 5pm, except bank holidays.\n"
    )
    assert texts(text) == []


def test_write_back_items_after_an_unless_lead_in_are_not_exclusions() -> None:
    text = (
        "EXCLUSIONS\n\n1. Loss caused by riot, unless the riot results in:\n"
        "a) the death of a guest; or\nb) the venue being closed.\n2. Frost.\n"
    )
    found = [row["text"] for row in exclusions(text, fmt="text")]
    assert found == ["Loss caused by riot, unless the riot results in:", "Frost."]


# --- excess is its own family ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("# Your cover\n\nYou pay the first £150 of each claim as the excess.\n", "en"),
        ("# Exclusions\n\nWe will not pay for:\n\n- the deductible,\n- frost.\n", "en"),
        ("# Vakuutusturva\n\nJokaisesta vahingosta vähennetään omavastuu.\n", "fi"),
    ],
)
def test_excess_is_reported_apart_and_never_counted(text: str, lang: str) -> None:
    assert [row["family"] for row in excess(text, lang)] == ["deductible"]
    assert all(row["family"] != "deductible" for row in exclusions(text, lang=lang))


def test_excess_is_not_a_buried_exclusion_finding() -> None:
    text = "# Your cover\n\nYou pay the first £150 of each claim as the excess.\n"
    assert "X101" not in codes(text)


# --- forms that were missed -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no insurance cover while the boat is used for racing.",
        "There is no coverage for tools left in an open trailer.",
        "You will not receive compensation for delays shorter than six hours.",
        "In no case shall this insurance cover goods packed by the carrier.",
        "Goods are insured while stored for a period not exceeding 48 consecutive hours.",
        "If you do not tell us about a change of address, your policy may not be valid.",
        "A waiting period of 14 days applies to illness claims.",
        "Our total liability shall in no event exceed the sum insured of the item.",
        "Cover for bicycles is limited to £500.",
        "We pay for storm damage only if the windows were shut.",
    ],
)
def test_missed_forms_are_exclusions(sentence: str) -> None:
    assert texts(f"# Your cover\n\n{sentence}\n") == [sentence]


def test_with_the_exception_of_inside_a_definition() -> None:
    text = (
        "# Definitions\n\nPersonal items means clothing and luggage, with the exception "
        "of cash and tickets.\n"
    )
    found = exclusions(text)
    assert len(found) == 1 and "in-definition" in found[0]["reasons"]


def test_an_exclusion_in_parentheses() -> None:
    found = exclusions("# Your cover\n\nWe repair your bumper (excluding scratches).\n")
    assert len(found) == 1 and "in-parentheses" in found[0]["reasons"]


def test_provided_that_lead_in_opens_conditions() -> None:
    text = (
        "# Medical transport\n\nWe pay for transport home provided that:\n\n"
        "a) it is medically necessary; and\nb) our helpline agreed to it.\n"
    )
    found = texts(text)
    assert any("medically necessary" in t for t in found), found
    assert any("helpline" in t for t in found), found


def test_items_continuing_an_ellipsis_lead_in() -> None:
    text = (
        "# Part C\n\nThe insurance does not cover ...\n\nC1 Racing\n... claims from speed "
        "trials on closed tracks;\n\nC2 Seizure\n... claims from seizure by customs;\n"
    )
    found = texts(text)
    assert any("speed trials" in t for t in found) and any("customs" in t for t in found)


# --- Finnish statutes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mitä 2 momentissa säädetään, ei koske kuljetusvakuutusta.",
        "Mitä tässä pykälässä säädetään, ei sovelleta ryhmävakuutukseen.",
        "Tämä laki ei koske jälleenvakuutusta.",
        "Sopimusehto, joka poikkeaa tämän lain säännöksistä kuluttajan vahingoksi, on mitätön.",
    ],
)
def test_statute_scope_and_void_terms_are_not_exclusions(sentence: str) -> None:
    assert texts(f"# Laki\n\n{sentence}\n", lang="fi") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vahinkoja, jotka ovat syntyneet kilpailussa, ei kuitenkaan korvata.",
        "Jos ilmoitusta ei tehdä vuoden kuluessa, hakija menettää oikeutensa korvaukseen.",
        "Viivästyskorkoa ei makseta, jos se on alle viisi euroa.",
        "Vakuutusyhtiö ei ole velvollinen korvaamaan arvon alentumista.",
    ],
)
def test_finnish_forms_that_were_missed(sentence: str) -> None:
    assert texts(f"# Korvaukset\n\n{sentence}\n", lang="fi") == [sentence]


def test_a_short_item_ending_in_a_colon_titles_the_items_after_it() -> None:
    text = (
        "EXCLUSIONS\n\nWe will not pay for:\n"
        "- Legal expenses:\n- fines and penalties\n- Your own car:\n- wear and tear\n"
    )
    found = [row["text"] for row in exclusions(text, fmt="text")]
    assert found == ["fines and penalties", "wear and tear"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvaus maksetaan, paitsi jos hakemus on myöhässä.",
        "Ilmoitusvelvollisuus ei koske kiireellistä hoitoa.",
    ],
)
def test_finnish_conditions_and_obligation_scope_are_not_exclusions(sentence: str) -> None:
    assert texts(f"# Korvaukset\n\n{sentence}\n", lang="fi") == []


def test_the_last_item_of_an_inner_list_does_not_swallow_the_outer_list() -> None:
    text = (
        "EXCLUSIONS\n\n5. Illness of a guest caused by:\na) alcohol;\n"
        "b) pregnancy, unless the birth is due after the wedding\n"
        "6. Snow, unless the venue is closed by the police.\n7. Money in excess of $500.\n"
    )
    found = [row["text"] for row in exclusions(text, fmt="text")]
    assert any(t.startswith("Snow") for t in found), found
    assert any(t.startswith("Money") for t in found), found


def test_a_definitions_but_not_list_is_a_list_of_exclusions_in_the_definition() -> None:
    """ "Business equipment: ... • But not: • smart phones • tablets": what a definition
    leaves out (the guideline's exclusions inside definitions), buried there."""
    text = (
        "# Definitions\n\nBusiness equipment\n\nComputers and printers you use for your "
        "work at home.\n\n- But not:\n- smart phones,\n- tablet computers.\n"
    )
    rows = exclusions(text)
    assert [r["text"].strip(" ,.") for r in rows] == ["smart phones", "tablet computers"], rows
    assert all("in-definition" in r["reasons"] for r in rows)
