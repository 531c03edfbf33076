"""A lead-in that waives an exclusion or a wait on what its items say ("We'll waive the
13 month suicide exclusion if:"), or that says its items are not what the exclusion
before it names ("However, we don't consider the following as carrying paying
passengers:"), gives cover back: its items are no exclusions. Found by an editor's
reading of the drafts of two held-out publishers (a life PDS and a provincial auto
form, benchmarks/heldout/external.md); the text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import BlockLine, clause_texts, clauses_of_blocks

ITEMS = """
- we agreed to replace a previous plan you held with another insurer,
- the previous plan had the same exclusion, and
- the previous plan ended on the day this one started.

## Claims

Call us.
"""


@pytest.mark.parametrize(
    "lead",
    [
        "We'll waive the 13 month suicide exclusion if:",
        "We will waive the 90 day qualifying period on conditions covered under the old plan if:",
    ],
)
def test_a_waiver_gives_its_items_back(lead: str) -> None:
    text = f"""## When we won't pay

We will not pay if the insured person dies by suicide within 13 months of the start.

{lead}
{ITEMS}"""
    found = clause_texts(text)
    assert found == [
        "We will not pay if the insured person dies by suicide within 13 months of the start."
    ], found


def _under_heading(heading: str, *blocks: BlockLine) -> tuple[BlockLine, ...]:
    """``blocks`` under an exclusions heading, with a claims section after them."""
    return (
        ("heading", 2, "", heading),
        *blocks,
        ("heading", 2, "", "Claims"),
        ("paragraph", 0, "", "Call us."),
    )


def test_items_not_counted_as_the_excluded_use_are_given_back() -> None:
    lines = _under_heading(
        "General exclusions",
        ("paragraph", 0, "", "We will not cover loss or damage if:"),
        ("list_item", 1, "•", "• the car is used to carry explosives; or"),
        (
            "list_item",
            1,
            "•",
            "• the car is used to carry paying passengers. However, we don't consider the "
            "following as carrying paying passengers:",
        ),
        ("list_item", 2, "•", "• giving a ride to someone in return for a ride,"),
        ("list_item", 2, "•", "• sharing the cost of an occasional trip with others."),
    )
    found = clauses_of_blocks(lines, sections=True)
    assert "the car is used to carry explosives; or" in found, found
    assert not any("giving a ride" in clause or "sharing the cost" in clause for clause in found), (
        found
    )


def test_a_lead_in_that_keeps_the_exclusion_still_excludes() -> None:
    """ "We will not waive this exclusion for:" keeps its items excluded."""
    text = f"""## When we won't pay

We will not waive this exclusion for:
{ITEMS}"""
    assert any("previous plan had the same exclusion" in c for c in clause_texts(text))


def test_a_clause_whose_exception_is_the_causes_after_it_gives_them_back() -> None:
    """Under an exclusions heading, "Any loss arising from pollution unless caused by:"
    is the heading's item, and the causes under it ("a sudden and identifiable accident")
    are what it gives back (two UK home wordings of the held-out sets)."""
    lines = _under_heading(
        "What is not covered",
        (
            "paragraph",
            0,
            "",
            "Any loss, damage or liability arising from pollution or contamination unless\n"
            "caused by:",
        ),
        ("list_item", 1, "i)", "i) a sudden and identifiable accident; or"),
        ("list_item", 1, "ii)", "ii) leakage of oil from a heating installation at your home."),
    )
    found = clauses_of_blocks(lines, sections=True)
    assert found == [
        "Any loss, damage or liability arising from pollution or contamination unless caused by:"
    ], found


def test_a_refusal_that_ends_on_its_carve_out_gives_its_items_back() -> None:
    """ "We will not pay where the driver has any conviction endorsements other than" /
    "SP30 speeding": the sentence excludes; its items are what stays covered. Not a
    definition's own carve-out ("... expenses with the exception of:"), whose items are
    what it leaves out."""
    text = (
        "# Exclusions\n\nWe will not pay where the driver has any driving conviction "
        "endorsements other than\n\n- Speed limits SP30;\n- Parking offences.\n"
    )
    found = clause_texts(text)
    assert found == [
        "We will not pay where the driver has any driving conviction endorsements other than"
    ], found
    definition = (
        "# Definitions\n\nAssociated expenses means surgeons' fees, blood, oxygen and "
        "theatre charges with the exception of:\n\n- the cost of pharmacy;\n- the cost of "
        "implants.\n"
    )
    assert any(t.startswith("the cost of pharmacy") for t in clause_texts(definition))
