"""Forms met on held-out set 32 (benchmarks/heldout/external.md), each on invented text:
an item that closes by lifting its own exclusion for the items under it ("However, this
subparagraph does not apply to:"), as liability forms write their pollution exclusion;
and a waiting period, which takes cover away where it is said to apply ("A waiting
period of 24 months applies"), not where income protection names its deferment "the
Waiting Period" to say how the benefit is paid; and a cover made subject to the items
under it ("This cover is subject to" / "(a) The owner-driver is the registered owner")."""

from __future__ import annotations

import pytest
from exclusion_helpers import BlockLine, clause_texts, clauses_of_blocks

POLLUTION = """COVERAGE A

2. Exclusions

This insurance does not apply to:

1. Damage arising out of the escape of smoke or fumes:
   a. At or from any site owned or rented by any insured. However, this subparagraph does not apply to:
      i. Damage caused by smoke from a stove used to heat the site;
      ii. Damage for which you are liable as a builder working at the site.
   b. At or from any site used by any insured for the storage of waste;
2. Damage to property you own, rent or occupy.
"""


def test_an_item_that_lifts_its_exclusion_for_the_items_under_it() -> None:
    found = clause_texts(POLLUTION, fmt="text")
    assert any(text.startswith("At or from any site owned or rented") for text in found), found
    assert any(text.startswith("At or from any site used") for text in found), found
    assert not any("stove" in text or "builder" in text for text in found), found


WAITS = """# Income benefit

## When we pay

The monthly benefit starts to accrue after the Waiting Period ends.

If a second disability follows the first within six months, the Waiting Period will not start again.

## Pregnancy

A waiting period of 24 months applies to any claim for the birth of a child.

Cover for dental surgery is subject to a 90 day qualifying period.

For a higher sum insured, the waiting periods in exclusions 4.1 and 4.2 shall apply again.
"""


def test_a_waiting_period_counts_where_it_applies() -> None:
    found = clause_texts(WAITS)
    assert any(text.startswith("A waiting period of 24 months applies") for text in found), found
    assert any(text.startswith("Cover for dental surgery") for text in found), found
    assert any(text.startswith("For a higher sum insured") for text in found), found
    assert not any("accrue" in text or "start again" in text for text in found), found


REINSTATED = """# Military service

If your cover ends because you enter active military service, it may be reinstated on your
return. The reinstated cover will:

1) be the same amount of cover in force on the date cover ended;
2) not be subject to any Eligibility Waiting Period for Coverage; and
3) be subject to all the terms of the policy.

A waiting period of 90 days applies to any increase in cover.
"""


def test_a_wait_said_not_to_apply_gives_cover_back() -> None:
    found = clause_texts(REINSTATED)
    assert not any("Eligibility Waiting Period" in text for text in found), found
    assert any(text.startswith("A waiting period of 90 days") for text in found), found


POINTER = """# Section B: Liability to third parties

We will indemnify you for the amount you are legally liable to pay any third party for:

(i) death or bodily injury to any person except those specifically excluded under this
Certificate; and

(ii) damage to property except those specifically excluded under this Certificate.

We will not pay for damage to property belonging to you.
"""


def test_cover_that_points_at_its_exclusions_excludes_nothing() -> None:
    found = clause_texts(POINTER)
    assert not any("specifically excluded" in text for text in found), found
    assert any(text.startswith("We will not pay for damage to property") for text in found), found


TITLED = """# Section A: Damage to your car

## What is not covered

## We will not pay for the following losses:

## (i) Loss of use

Any cost you have because you cannot use your car, such as hiring another car.

## (ii) Wear of tyres

Any damage to the tyres of your car unless other parts are damaged at the same time.

# Section B: Liability to others

## (i) Legal costs

We pay the legal costs we agree to in writing.
"""


def test_titles_numbered_in_roman_under_a_refusal_set_as_a_heading() -> None:
    found = clause_texts(TITLED)
    assert any(text.startswith("Any cost you have because you cannot use") for text in found), found
    assert any(text.startswith("Any damage to the tyres") for text in found), found
    assert not any("legal costs" in text for text in found), found


NAMED_GIVE_BACK = """COVERAGE A

2. Exclusions

This insurance does not apply to:

g. Aircraft, auto or watercraft

Damage arising out of the use of any aircraft, auto or watercraft owned by any insured. This Paragraph g.(2) does not apply to:

(a) A boat while ashore on premises you own;

(b) A boat you do not own that is less than 26 feet long.

h. Damage to your own work.
"""


def test_a_give_back_that_names_its_paragraph_by_number() -> None:
    found = clause_texts(NAMED_GIVE_BACK, fmt="text")
    assert found, found
    assert not any("boat" in text or "does not apply" in text for text in found), found


SUBJECT_TO = """SECTION 3 PERSONAL ACCIDENT COVER FOR THE OWNER-DRIVER

1) We pay the sums shown in the schedule for injury to the owner-driver.

2) This cover is subject to

(a) The owner-driver is the registered owner of the car;

(b) The owner-driver holds a valid driving licence at the time of the accident.

GENERAL EXCEPTIONS
"""


def test_a_cover_made_subject_to_the_items_under_it() -> None:
    found = clause_texts(SUBJECT_TO, fmt="text")
    assert any(text.startswith("The owner-driver is the registered owner") for text in found), found
    assert any(text.startswith("The owner-driver holds a valid") for text in found), found


RESULTING = """# Section 1 Property damage

## What we do not cover

We will not pay for damage caused by wear and tear or gradual deterioration. Provided that we will pay for any damage to property that is not otherwise excluded that results from such damage.
"""


def test_a_proviso_that_pays_for_resulting_damage_gives_cover_back() -> None:
    found = clause_texts(RESULTING)
    assert found == ["We will not pay for damage caused by wear and tear or gradual deterioration."]


CARVE_BACKS = """COVERAGE A

2. Exclusions

This insurance does not apply to:

a. Boats
   Injury arising out of the use of any boat owned by any insured. This exclusion does not apply to:
   (1) A boat while ashore on premises you own;
   (2) A boat you do not own that is:
       (a) Shorter than eight metres; and
       (b) Not used to carry people for a charge.
b. Liquor
   Injury for which any insured may be held liable by reason of:
   (1) Selling alcohol to a person who is drunk; or
   (2) Serving alcohol to a person under the legal drinking age.
"""


def test_the_list_under_an_items_give_back_gives_cover_back() -> None:
    """A liability form's exclusion that ends by lifting itself for a list set inside it
    ("This exclusion does not apply to:" / "(1) A boat while ashore"): those items give
    cover back. The next exclusion ("b.") ends that list, though the give-back's own
    inner items ("(a)", "(b)") run on to its letter; its items exclude again."""
    found = clause_texts(CARVE_BACKS, fmt="text")
    assert any("use of any boat owned by any insured" in text for text in found), found
    assert not any("ashore" in text or "eight metres" in text for text in found), found
    assert any(text.startswith("Selling alcohol") for text in found), found
    assert any(text.startswith("Serving alcohol") for text in found), found


def _carve_backs(inner: int, outer_next: int) -> tuple[BlockLine, ...]:
    """The liability form as a PDF's column can leave it: the give-back's items at level
    ``inner``, the outer list's next letter ("c.") at ``outer_next``, its own items below."""
    return (
        ("heading", 1, "", "2. Exclusions"),
        ("paragraph", 0, "", "This insurance does not apply to:"),
        ("list_item", 1, "a.", "a. Injury expected or intended by the insured."),
        (
            "list_item",
            1,
            "b.",
            "b. Injury arising out of any boat. This exclusion does not apply to:",
        ),
        ("list_item", inner, "(1)", "(1) A boat while ashore on premises you own;"),
        ("list_item", inner, "(2)", "(2) A boat you do not own that is:"),
        ("list_item", inner, "(a)", "(a) Shorter than eight metres; and"),
        ("list_item", inner, "(b)", "(b) Not used to carry people for a charge."),
        ("list_item", outer_next, "c.", "c. Injury for which any insured is liable by reason of:"),
        ("list_item", outer_next, "(1)", "(1) Selling alcohol to a person who is drunk; or"),
        ("list_item", outer_next, "(2)", "(2) Serving alcohol to a person under the legal age."),
    )


@pytest.mark.parametrize(
    ("inner", "outer_next"),
    [
        # every item at one level: "(b)" of the give-back's inner list is not followed by
        # "c.", written otherwise, so "c." is the next exclusion
        (1, 1),
        # the next letter set at the inner list's level: "c." still follows "b." (the
        # give-back's opener) and ends the give-back
        (2, 2),
    ],
)
def test_the_next_letter_ends_a_give_back_list_however_the_levels_fall(
    inner: int, outer_next: int
) -> None:
    found = clauses_of_blocks(_carve_backs(inner, outer_next))
    assert not any("ashore" in text or "eight metres" in text for text in found), found
    assert any("Selling alcohol" in text for text in found), found
    assert any("Serving alcohol" in text for text in found), found


GRANT = """# Coverage

Except as hereinafter excluded, this policy covers:

1. The interest of the insured in all real and personal property.

2. Architects and supervision fees.

Insurers shall not be liable for any loss to finished stock.
"""


def test_a_grant_that_opens_by_pointing_at_its_exclusions_excludes_nothing() -> None:
    """ "Except as hereinafter excluded, this policy covers:" (the manuscript property
    forms of two publishers among the outside PDFs): its items are the property
    covered."""
    found = clause_texts(GRANT)
    assert not any("Architects" in text or "hereinafter" in text for text in found), found
    assert any(text.startswith("Insurers shall not be liable") for text in found), found
