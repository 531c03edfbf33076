"""Limits phrased as restrictions inside cover, claims and definition text (the guideline's
"caps phrased as restrictions", "exclusions inside definitions" and "cross-references that
import exclusions"): forms that narrow what is paid by their grammar, with no "not" or
"exclud*" in them (the ``limit`` trigger family, rules/en/exclusions.yml). Every fixture
is written for this file; each test also holds the guideline's other side: positive
amounts, pointers to a part of the policy and boilerplate stay out."""

from __future__ import annotations

import pytest
from exclusion_helpers import exclusions

from clarity import check_text


def found(text: str) -> list[str]:
    return [" ".join(row["text"].split()) for row in exclusions(text)]


def families(text: str) -> dict[str, str]:
    return {" ".join(row["text"].split()): row["family"] for row in exclusions(text)}


COVER = "# Section 3 - Medical help abroad\n\n## What we will pay\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # "only" that narrows what is paid
        "Flights home will be paid in respect only of the cabin class you booked.",
        "We will pay the hire charges, but only in respect of the days the boat was idle.",
        "We pay for the jetty, but only to the extent that you are responsible for it.",
        "The deck is insured, but only so far as it belongs to you.",
        "Charts and logbooks count as contents, but only for the value of blank paper.",
        # one policy, one section, once
        "If you hold two boat policies with us, we will pay under one (1) policy only.",
        "A rescue fee shall be recoverable under only one policy.",
        "Where two members hold cover, only one policy can be claimed against.",
        "You may claim only under Section 2 or Section 5 for the same storm, not both.",
        "The salvage award is paid at most only once for each voyage.",
        "Our assessor fee will be applied once per trip and insured person.",
        "We will pay a mooring allowance on a one-time per voyage basis.",
        # only part of the loss
        "Where both fees apply, only the greater fee shall be payable.",
        "The crew cover insures only the wages you could not recover from the owner.",
        "We will pay the lesser of the hire cost or the price of a new dinghy.",
        # costs inside the limit, not on top of it
        "Survey fees are inclusive of and not in addition to the sum insured.",
        "We will pay up to £2,000 (inclusive of legal costs) for each claim.",
        "In the United States, legal costs are deemed to be included in the limit of cover.",
        "For racing yachts the insured amount is inclusive of the towing benefit.",
        # cover that ends, the class of travel
        "If you refuse to sail home, our liability will end on the day it was safe to go.",
        "Travel for a crew member (economy class) to join the boat.",
        "Travel costs for the skipper will be at economy fare.",
        "Hotel costs are paid up to the standard of your original booking.",
        "Return flights will be for the same class of travel as your outward trip.",
        # a time cap with "a period of", cover that reaches only so far
        "The hire boat will only be for a period of 48 hours.",
        # an "only" in parentheses after a cover item
        "Emergency repairs to the hull (below the waterline only) while at sea.",
        # a cross-reference that imports exclusions
        "Mooring Cover is also subject to the General Conditions and Exclusions.",
    ],
)
def test_a_limit_phrased_as_a_restriction_is_found(sentence: str) -> None:
    assert sentence in found(COVER + sentence + "\n"), found(COVER + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "We will pay up to £300 for each night you spend in hospital.",
        "The maximum we will pay is £5,000 for each claim.",
        "This policy is subject to the terms, conditions and exclusions set out below.",
        "Area 2 (section 4 only) means anywhere in the British Isles.",
        "Call us on 0800 123 4567 (Within UK only) if your boat is damaged.",
        "Prices shown are inclusive of VAT.",
        "The words in bold only apply to the section in which they are found.",
        "Hill walking. (guided walks only)* (no climbing)",
        "The scripts are released under the MIT licence (setup.cfg only).",
        "If you hold only one boat, you may use the short claim form.",
    ],
)
def test_positive_amounts_pointers_and_boilerplate_stay_out(sentence: str) -> None:
    assert found(COVER + sentence + "\n") == [], found(COVER + sentence + "\n")


def test_a_limit_in_an_item_of_a_cover_list_is_found() -> None:
    text = COVER + (
        "We will also pay the following extra benefits:\n\n"
        "1. Harbour dues while your boat is repaired. The cover under this benefit will "
        "only apply to claims made in Scotland.\n"
        "2. Towing to the nearest yard.\n"
    )
    out = found(text)
    assert "The cover under this benefit will only apply to claims made in Scotland." in out, out
    assert not any("Towing" in t or t.startswith("1. Harbour") for t in out), out


def test_a_limit_inside_a_definition_is_found() -> None:
    text = (
        "# Definitions\n\n"
        "Medical Expenses means the cost of treatment, dental work (after an accident "
        "only) and ambulance transport.\n\n"
        "Transport means travel by road or rail and will be at economy fare.\n"
    )
    out = found(text)
    assert any(t.startswith("Medical Expenses means") for t in out), out
    assert any(t.startswith("Transport means") for t in out), out


def test_a_lead_in_that_restricts_does_not_turn_its_cover_items_into_exclusions() -> None:
    text = COVER + (
        "We will cover you elsewhere in the world, but only in respect of:\n\n"
        "- trips to visit customers;\n"
        "- trade fairs you attend.\n"
    )
    out = found(text)
    assert not any("customers" in t or "trade fairs" in t for t in out), out


def test_a_lead_in_that_weighs_amounts_is_left_to_its_items() -> None:
    text = COVER + "We will pay the lesser of:\n\n- the repair cost; or\n- the market value.\n"
    assert not any(t.startswith("We will pay the lesser of") for t in found(text)), found(text)


def test_the_family_is_limit_and_the_draft_leaves_it_to_the_writer() -> None:
    text = (
        "# Boat policy\n\n## Exclusions\n\nWe will not pay for:\n\n- war, invasion or civil war.\n\n"
        + COVER
        + "If you hold two boat policies with us, we will pay under one (1) policy only.\n"
    )
    rows = exclusions(text)
    assert {r["family"] for r in rows if "one (1) policy" in r["text"]} == {"limit"}, rows
    draft = check_text(text, lang="en", profile="insurance", fmt="markdown").extra["summary_draft"]
    assert "War, invasion" in draft and "policy only" not in draft, draft
