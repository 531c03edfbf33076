"""The parts of an exclusion endorsement that leave nothing out.

An endorsement titled by the exclusion it adds ("RADIATION HAZARD EXCLUSION ENDORSEMENT")
holds more than its exclusions: the list of forms it modifies, its own definitions (a
defined word's list of what it takes in, a paragraph "As used in this endorsement: ..."),
and, further on in the package, the next form, which the title does not head. Under a
title that names exclusions none of these is one. Also: a heading that denies a right
"under this Coverage Part" points at the document, not at a cover; and a cell of a table
of figures ("2 Years to 1 Year") names nothing left out.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import clause_texts

ENDORSEMENT = """# Commercial Policy

## RADIATION HAZARD EXCLUSION ENDORSEMENT

This endorsement modifies insurance provided under the following:

{forms}

1. The insurance does not apply to "bodily injury" resulting from the "radiation hazard".

{definitions}
"""

FORMS = """COMMERCIAL AUTOMOBILE COVERAGE PART
COMMERCIAL GENERAL LIABILITY COVERAGE PART
FARM COVERAGE PART
LIQUOR LIABILITY COVERAGE PART
POLLUTION LIABILITY COVERAGE PART"""

DEFINED = """"Radiation facility" means:

- Any apparatus designed to emit radiation;
- Any premises used to store "radiation waste";
- Any vehicle used to carry "radiation waste"."""


def test_the_forms_an_endorsement_modifies_are_no_exclusions() -> None:
    found = clause_texts(ENDORSEMENT.format(forms=FORMS, definitions=""))
    assert not any("COVERAGE PART" in text for text in found), found
    assert any(text.startswith("The insurance does not apply") for text in found), found


def test_the_forms_listed_with_their_named_parts() -> None:
    # half the lines name forms; the others name parts of one ("CAUSES OF LOSS – BASIC")
    forms = """BUILDING AND PERSONAL PROPERTY COVERAGE FORM
CAUSES OF LOSS – BASIC
CAUSES OF LOSS – SPECIAL
BUSINESS INCOME COVERAGE FORM (AND EXTRA EXPENSE)
LEASEHOLD INTEREST COVERAGE FORM"""
    found = clause_texts(ENDORSEMENT.format(forms=forms, definitions=""))
    assert not any("COVERAGE FORM" in text or "CAUSES OF LOSS" in text for text in found), found


def test_a_defined_words_list_under_the_title_is_no_exclusion() -> None:
    found = clause_texts(ENDORSEMENT.format(forms=FORMS, definitions=DEFINED))
    assert not any(text.startswith("Any apparatus") for text in found), found
    assert not any(text.startswith("Any vehicle") for text in found), found


def test_a_definition_that_leaves_out_still_excludes() -> None:
    # "... does not mean:" narrows the defined word: its items are exclusions
    defined = """"Bodily injury" does not mean:

- Any mental anguish;
- Any emotional distress."""
    found = clause_texts(ENDORSEMENT.format(forms=FORMS, definitions=defined))
    assert any(text.startswith("Any mental anguish") for text in found), found


def test_the_endorsements_own_definitions_paragraph() -> None:
    definitions = (
        '2. As used in this endorsement: "Radiation hazard" includes the harmful properties '
        'of radioactive material. "Radiation waste" means any waste material.'
    )
    found = clause_texts(ENDORSEMENT.format(forms=FORMS, definitions=definitions))
    assert not any(text.startswith("As used") for text in found), found


NEXT_FORM = """# Commercial Policy

## RADIATION HAZARD EXCLUSION ENDORSEMENT

1. The insurance does not apply to "bodily injury" resulting from the "radiation hazard".

### AUTO COVERAGE PART DECLARATIONS

#### Schedule of covered autos

- Delivery van kept at the insured premises
- Passenger car kept at the branch office
"""


def test_the_next_forms_title_ends_the_endorsements_reach() -> None:
    found = clause_texts(NEXT_FORM)
    assert not any(text.startswith(("Delivery van", "Passenger car")) for text in found), found


def test_an_exclusion_endorsement_still_heads_its_own_sub_headings() -> None:
    text = NEXT_FORM.replace("### AUTO COVERAGE PART DECLARATIONS", "### Radiation sources")
    found = clause_texts(text)
    assert any(text.startswith("Delivery van") for text in found), found


LEGAL_ACTION = """# Section IV Conditions

## 3. Legal Action Against Us

### No person or organization has a right under this Coverage Part:

- To join us as a party to a suit asking for damages from an insured; or
- To sue us on this Coverage Part unless all of its terms have been complied with.
"""


def test_a_right_denied_under_the_coverage_part_refuses_no_cover() -> None:
    assert clause_texts(LEGAL_ACTION) == []


def test_a_heading_that_refuses_cover_under_the_policy_still_does() -> None:
    text = LEGAL_ACTION.replace(
        "No person or organization has a right under this Coverage Part:",
        "We will not pay under this policy for:",
    )
    found = clause_texts(text)
    assert any(text.startswith("To join us") for text in found), found


OPTIONS = """# Optional covers

## Initial Waiting Period (Excluding Accidental Hospitalization)

Applicable up to 100% of the premium

- 2 Years to 1 Year
- 3 Years to 2 Years
- Days
"""


def test_a_table_of_figures_under_a_waiting_period_names_nothing() -> None:
    found = clause_texts(OPTIONS)
    assert not any(text in ("2 Years to 1 Year", "Days", "3 Years to 2 Years") for text in found), (
        found
    )


def test_an_amount_under_a_cap_lead_in_is_kept() -> None:
    text = """# Section 1 Buildings

For a building we will pay no more than:

- $500,000; or
- 20% of the building sum insured, whichever is the lesser amount.
"""
    found = clause_texts(text)
    assert any("$500,000" in text for text in found), found
