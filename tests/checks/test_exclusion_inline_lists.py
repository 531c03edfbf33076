"""Forms met in the held-out PDFs of sets 28 and 30 (benchmarks/heldout/external.md), each
on invented text: a list set inside a paragraph (its bullets were pictures the PDF reader
cannot keep) runs on as one clause; a thing an exclusions heading leaves out, named with
a relative clause ("Any fines that are ..."), is an item, not a note about the list; and
a lead-in that asks for "the following conditions" to be met conditions what the
sentence before it promised."""

from __future__ import annotations

from exclusion_helpers import BlockLine, clause_texts, clauses_of_blocks


def _not_covered(paragraph: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 2, None, "Liability to others"),
        ("paragraph", 0, None, "We pay your legal liability to other people."),
        ("heading", 3, None, "What is not covered"),
        ("paragraph", 0, None, paragraph),
        ("paragraph", 0, None, "Page 12 of 40"),
    )


_INLINE = """We do not cover the following.
Any fines imposed by a court.
Any liability arising from your use of:
horses;
drones;
jet skis; or
quad bikes.
Any claim made against you by a relative."""


def test_a_list_inside_a_paragraph_is_one_clause_with_all_its_items() -> None:
    found = clauses_of_blocks(_not_covered(_INLINE), sections=True)
    assert "Any liability arising from your use of: horses; drones; jet skis; or quad bikes." in (
        found
    ), found
    assert "Any claim made against you by a relative." in found, found


def test_the_run_of_items_stops_at_a_new_sentence() -> None:
    """An item that starts in capitals is a sentence of its own, not the clause's."""
    paragraph = "Any liability arising from your use of:\nhorses;\nDrones are covered in part 4."
    found = clauses_of_blocks(_not_covered(paragraph), sections=True)
    assert "Any liability arising from your use of: horses;" in found, found
    assert not any("Drones" in clause for clause in found), found


def test_the_run_stops_where_an_exclusion_of_its_own_starts() -> None:
    paragraph = "We will not pay for damage caused by:\nrust;\nwe will not pay for wear and tear."
    found = clauses_of_blocks(_not_covered(paragraph), sections=True)
    assert "We will not pay for damage caused by: rust;" in found, found
    assert "we will not pay for wear and tear." in found, found


def test_a_thing_named_with_a_relative_clause_is_an_item_of_the_heading() -> None:
    paragraph = "Any fines that are imposed on you by a court."
    found = clauses_of_blocks(_not_covered(paragraph), sections=True)
    assert found == ["Any fines that are imposed on you by a court."], found


def test_a_note_about_the_list_is_still_no_item() -> None:
    """ "Fines are dealt with in part 4." opens with its verb: a note, not an item."""
    paragraph = "Fines are dealt with in part 4 of this booklet."
    assert clauses_of_blocks(_not_covered(paragraph), sections=True) == []


def test_conditions_to_be_satisfied_condition_the_promise_before_them() -> None:
    text = """## Rehabilitation benefit

If you are disabled, we will pay towards the cost of a rehabilitation program. We'll only
do this if all the following conditions are satisfied:

- we must approve the program in writing before you start it,
- you must take part in the program for the disability you claim for, and
- a doctor must state in writing that you need the program.

The benefit is paid monthly.
"""
    found = clause_texts(text)
    assert any("we must approve the program in writing" in clause for clause in found), found
