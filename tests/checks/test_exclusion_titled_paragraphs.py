"""A lettered title set over the paragraph that holds its exclusion.

Some wordings letter each exclusion and give it a short title on a line of its own,
with the clause as a plain paragraph under it ("A. War" / "You are not covered for a
Disability caused by war ..."). Read apart, that is two findings for one exclusion, one
of them a bare word a reader cannot act on: the title and the paragraph are one
exclusion, which starts with the title. A bare part name set as an item ("1.
Definition", "2. Exclusion") names a part of the clause, not a thing left out.

Not joined: the last of a run of short items ("A. Offsets" / "B. Other income") with a
paragraph after the list, and a title over a deductible, which is reported apart from
the exclusions.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import BlockLine, clause_texts, clauses_of_blocks, exclusions

TITLED = """Disability income wording

Exclusions
A. War

You are not covered for a Disability caused by war or any act of war, declared or not.

Making a claim

Call us within thirty days of the Disability.
"""

PART_NAMES = """Disability income wording

Exclusions
1. Definition

A preexisting condition is a sickness you saw a doctor about in the year before your cover began.

2. Exclusion

We will not pay for a Disability caused by a preexisting condition in the first year of cover.

Making a claim

Call us within thirty days of the Disability.
"""

SHORT_ITEMS = """Disability income wording

Exclusions
A. Offsets
B. Other income

You are not covered for any month in which you receive a pension from a former employer.

Making a claim

Call us within thirty days of the Disability.
"""

DEDUCTIBLE = """Disability income wording

Exclusions
A. Your share

A deductible of $250 applies to each claim you make under this policy.

Making a claim

Call us within thirty days of the Disability.
"""


def test_a_lettered_title_and_its_paragraph_are_one_exclusion() -> None:
    """'A. War' / 'You are not covered ...' is one exclusion that starts with the title."""
    found = exclusions(TITLED, fmt="text")
    texts = [" ".join(row["text"].split()) for row in found]
    assert texts == [
        "War You are not covered for a Disability caused by war or any act of war, declared or not."
    ], texts
    assert found[0]["family"] == "not-covered"


def test_a_bare_part_name_is_no_exclusion_of_its_own() -> None:
    """'1. Definition' over a paragraph that excludes nothing is not reported."""
    texts = clause_texts(PART_NAMES, fmt="text")
    assert "Definition" not in texts, texts
    assert "Exclusion" not in texts, texts
    assert any(t.endswith("in the first year of cover.") for t in texts), texts


def test_the_last_of_a_run_of_short_items_is_not_joined_to_the_paragraph() -> None:
    """'B. Other income' ends a list of short items: the paragraph after it stands alone."""
    texts = clause_texts(SHORT_ITEMS, fmt="text")
    assert "Other income" in texts, texts
    assert (
        "You are not covered for any month in which you receive a pension from a former "
        "employer." in texts
    ), texts


def test_a_title_over_a_deductible_is_not_joined_to_it() -> None:
    """A deductible under a title stays apart from the exclusions, the title unjoined."""
    texts = clause_texts(DEDUCTIBLE, fmt="text")
    assert texts == ["Your share"], texts


NEXT_COVER: tuple[BlockLine, ...] = (
    ("list_item", 1, "9", "9 Personal Accident"),
    ("paragraph", 0, "", "You are covered for the amount shown if you have an accident."),
    ("heading", 2, "", "You are not covered for"),
    ("list_item", 1, "a.", "a. claims resulting from motorcycling."),
    ("list_item", 1, "b.", "b. claims arising out of surgery."),
    ("list_item", 1, "10", "10 Hospital Cash"),
    ("paragraph", 0, "", "You are covered for each complete day you spend in hospital abroad."),
    ("heading", 2, "", "Making a claim"),
    ("paragraph", 0, "", "Call us within thirty days."),
)


def test_a_title_over_a_promise_of_cover_is_the_next_cover_not_an_exclusion() -> None:
    """ "10 Hospital Cash" after the lettered exclusions of the section before: the
    paragraph under it promises cover, so it names the next cover."""
    found = clauses_of_blocks(NEXT_COVER, sections=True)
    assert "claims resulting from motorcycling." in found, found
    assert "Hospital Cash" not in " ".join(found), found
