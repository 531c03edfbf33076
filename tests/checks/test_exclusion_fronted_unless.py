"""Forms met on held-out set 55 and in the commercial forms of sets 45-51
(benchmarks/heldout/external.md), each on invented text: a lead-in whose "unless"
only fronts the refusal or stands in brackets still leads in to exclusions; an item a
column break cut, whose rest the reader leaves as a paragraph of its own, does not end
the list it belongs to; and a lead-in whose bare "this" is the exclusion before it
gives its items back."""

from __future__ import annotations

import pytest
from exclusion_helpers import BlockLine, clause_texts, clauses_of_blocks


def _fronted(lead: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 1, "", "Exclusions"),
        ("list_item", 1, "1.", f"1. {lead}"),
        ("list_item", 2, "(a)", "(a) furs, jewellery and watches;"),
        ("list_item", 2, "(b)", "(b) money and cheques;"),
        ("list_item", 2, "(c)", "(c) boats while on the water."),
        ("list_item", 1, "2.", "2. Loss or damage caused by wear and tear."),
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Unless shown in the schedule, we will not pay for loss of or damage to:",
        "Except where the schedule says so, we do not cover:",
        "We will not pay more than $500 for (unless your schedule shows a higher limit):",
    ],
)
def test_a_fronted_or_bracketed_unless_still_leads_in_to_exclusions(lead: str) -> None:
    found = clauses_of_blocks(_fronted(lead), sections=True)
    assert "furs, jewellery and watches;" in found, found
    assert "money and cheques;" in found, found


def test_an_unless_that_ends_the_lead_in_still_gives_cover_back() -> None:
    """ "... unless the loss results from:" gives cover back for its items."""
    lead = "We will not pay for loss of or damage to any item unless the loss results from:"
    found = clauses_of_blocks(_fronted(lead), sections=True)
    assert "furs, jewellery and watches;" not in found, found


def _cut_list(rest: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 1, "", "Personal property"),
        ("list_item", 1, "4.", "4. Limitations on Valuables -- These limits do not add to cover."),
        ("list_item", 2, "a.", "a. $250 on money, coins and bank notes;"),
        ("list_item", 2, "b.", "b. $1,500 on stamps and papers, whatever the medium on"),
        ("paragraph", 0, "", rest),
        ("list_item", 2, "c.", "c. $1,500 on boats and their trailers;"),
        ("list_item", 2, "d.", "d. $2,500 on guns."),
        ("list_item", 1, "5.", "5. We pay for loss caused by fire or storm."),
    )


def test_a_list_goes_on_past_the_rest_of_an_item_a_column_break_cut() -> None:
    found = clauses_of_blocks(sections=True, lines=_cut_list("which these papers exist."))
    assert "$1,500 on boats and their trailers;" in found, found
    assert "$2,500 on guns." in found, found
    assert not any("fire or storm" in text for text in found), found


def test_a_paragraph_that_starts_a_sentence_of_its_own_still_ends_the_list() -> None:
    found = clauses_of_blocks(sections=True, lines=_cut_list("These limits apply to each claim."))
    assert "$1,500 on boats and their trailers;" not in found, found


def _lifted(before: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 1, "", "Coverage B -- Outbuildings"),
        ("paragraph", 0, "", f"{before} However, this does not apply to outbuildings:"),
        ("list_item", 1, "1.", "1. let to a lodger and not used for trade; or"),
        ("list_item", 1, "2.", "2. used only to keep a car in."),
        ("paragraph", 0, "", "We pay up to 10% of the home's limit for outbuildings."),
    )


def test_a_bare_this_after_an_exclusion_gives_its_items_back() -> None:
    """'We do not cover outbuildings used for trade. However, this does not apply to
    outbuildings:' lifts the exclusion before it for the items after it."""
    found = clauses_of_blocks(
        _lifted("We do not cover outbuildings used for trade."), sections=True
    )
    assert "We do not cover outbuildings used for trade." in found, found
    assert not any("lodger" in text or "keep a car" in text for text in found), found


def test_a_bare_this_after_a_cover_leaves_its_items_out() -> None:
    found = clauses_of_blocks(_lifted("We cover outbuildings at the home."), sections=True)
    assert any("lodger" in text for text in found), found


PERILS = """# Perils we insure against

{lead}

1. Fire or lightning
2. Explosion
3. Riot or civil commotion
"""


def test_perils_insured_unless_excluded_elsewhere_are_cover() -> None:
    """'... caused by the following perils, unless the loss is excluded under the
    Exclusions section:' names exclusions said elsewhere; the perils are cover."""
    lead = (
        "We insure against direct physical loss to covered property caused by the "
        "following perils, unless the loss is excluded under the Exclusions section:"
    )
    assert clause_texts(PERILS.format(lead=lead)) == []


def test_perils_a_lead_in_refuses_are_still_exclusions() -> None:
    found = clause_texts(PERILS.format(lead="We do not pay for loss caused by these perils:"))
    assert "Explosion" in found, found


def test_terms_that_do_not_apply_to_items_give_them_no_exclusion() -> None:
    """'The Replacement Cost Terms do not apply to:' settles its items another way; it
    excludes none of them."""
    found = clauses_of_blocks(
        _fronted("The Replacement Cost Terms do not apply to:"), sections=True
    )
    assert "furs, jewellery and watches;" not in found, found
