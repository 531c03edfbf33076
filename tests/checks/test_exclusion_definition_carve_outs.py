"""Forms read after held-out set 11's scoring (invented text throughout).

"Hospital does not mean a nursing home" leaves something out of a definition, as "does
not include" does. Avoiding the contract is voiding it. A deduction for wear and tear, a
benefit payable reduced by other compensation and cover that waits on the insurer's
consent all take something away. What the premium holds is the price. And a list item
that goes on with a give-back in the same block ("This Exclusion does not apply to ...")
is still an exclusion: the sentences before the give-back."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, one_clause


def test_a_definition_that_says_what_it_does_not_mean() -> None:
    text = (
        "# Definitions\n\n**Hospital** means a place licensed to treat patients. Hospital does "
        "not mean a nursing home or a rest home.\n"
    )
    found = clause_texts(text)
    assert "Hospital does not mean a nursing home or a rest home." in found, found


def test_a_definition_that_leads_in_to_what_it_does_not_mean() -> None:
    text = (
        "# Definitions\n\n**Breakdown** does not mean:\n\n"
        "- rust or corrosion of any part;\n- the failure of a foundation.\n"
    )
    found = clause_texts(text)
    assert "rust or corrosion of any part;" in found, found


def test_avoiding_the_contract_is_a_loss_of_cover() -> None:
    text = (
        "# Your duty of disclosure\n\nIf your non-disclosure is fraudulent, we may avoid the "
        "contract from its beginning.\n"
    )
    one_clause(text)


def test_a_deduction_for_wear_and_tear() -> None:
    text = (
        "# Baggage\n\nThe amount payable will be the value of the item less a deduction for "
        "wear and tear.\n"
    )
    one_clause(text)


def test_a_benefit_payable_reduced_by_other_compensation() -> None:
    text = (
        "# Denied boarding\n\nWe will pay $100 for each full day of delay. The benefit payable "
        "shall be reduced by any amount the airline pays you.\n"
    )
    found = clause_texts(text)
    assert any("shall be reduced by any amount" in t for t in found), found


def test_cover_that_waits_on_the_insurers_consent() -> None:
    text = (
        "# Identity theft\n\nIf you are the victim of identity theft, and provided prior "
        "consent has been given by us, we will pay your lost salary.\n"
    )
    one_clause(text)


def test_what_the_premium_does_not_include_is_the_price() -> None:
    text = "# Premium\n\nThe premium does not include any fee your broker charges you.\n"
    assert clause_texts(text) == []


def test_an_item_that_goes_on_with_a_give_back_is_an_exclusion() -> None:
    text = (
        "# What we exclude\n\nWe will not pay for claims brought:\n\n"
        "(a) by a liquidator of the company;\n\n"
        "(b) by the company under the Companies Act.\n"
        "This Exclusion does not apply to Optional Cover 3.\n"
    )
    found = clause_texts(text)
    assert any(t.startswith("(b) by the company under the Companies Act.") for t in found), found
    assert not any("does not apply to Optional Cover" in t for t in found), found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Acupuncturists and herbalists are not considered to be Physicians.", True),
        (
            "A patient shall not be considered an Inpatient if the stay is shorter than a night.",
            True,
        ),
        (
            "A patient shall not be considered as under Hospitalisation if the patient does "
            "not stay in the hospital for the whole period.",
            True,
        ),
        ("A rest home, a spa or a home for the aged is not a hospital.", True),
        ("A hospital is not an establishment used mainly as a spa or a rest home.", True),
        # what a hospital must not mainly be, in its definition's last condition
        ("It has a doctor on duty at all times and is not primarily a rest home or spa.", True),
        ("It treats patients as inpatients and is not primarily a nursing facility.", True),
        # a purpose, not a place the definition leaves out
        ("Its care is given by doctors and is not primarily for the patient's convenience.", False),
        # the defined word keeps its capital; an everyday word that gives cover back does not
        ("A home that is being built is not considered vacant.", False),
    ],
)
def test_a_definition_that_says_who_or_what_is_not_the_defined_thing(
    sentence: str, found: bool
) -> None:
    text = f"# Definitions\n\n**Hospital** means a place licensed to treat patients. {sentence}\n"
    assert (sentence in clause_texts(text)) is found, clause_texts(text)
