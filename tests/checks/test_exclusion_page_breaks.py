"""A list that runs on past a running section name a page break leaves.

A section name the pages repeat ("PART 4 - BENEFITS" at the foot of each page of the
part), read as a heading between a lead-in and its first item, starts nothing: the items
are still the lead-in's, and so are they past a page mark of a letter ("P"). A heading met
once, or a lone word repeated ("Exclusions"), still ends the lead-in.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import BlockLine, clauses_of_blocks

Line = BlockLine


PART = ("heading", 1, "", "PART 4 - BENEFITS")


def _limitations(part_pages: int) -> tuple[Line, ...]:
    return (
        *([PART] * (part_pages - 1)),
        ("paragraph", 0, "", "We pay the benefit for an accidental injury."),
        ("heading", 2, "", "Article 9 - Limitations"),
        ("paragraph", 0, "", "Payment will not be made for any loss to which a cause is:"),
        PART,
        ("list_item", 1, "a.", "a. intentional self-injury; or"),
        ("list_item", 1, "b.", "b. war or act of war."),
    )


def test_a_running_section_name_between_a_lead_in_and_its_items_is_passed_over() -> None:
    found = clauses_of_blocks(_limitations(part_pages=3))
    assert "intentional self-injury; or" in found, found
    assert "war or act of war." in found, found


def test_a_heading_met_once_still_ends_the_lead_in() -> None:
    assert "war or act of war." not in clauses_of_blocks(_limitations(part_pages=1))


def _with_heading(words: str) -> tuple[Line, ...]:
    return tuple(("heading", 1, "", words) if line == PART else line for line in _limitations(3))


def test_a_page_mark_of_one_letter_is_passed_over() -> None:
    """A letter set as a heading on every page ("P") cuts no list."""
    assert "war or act of war." in clauses_of_blocks(_with_heading("P"))


def test_a_lone_word_repeated_is_no_section_name() -> None:
    """ "Exclusions" may well start the section it names: it ends the lead-in."""
    assert "war or act of war." not in clauses_of_blocks(_with_heading("Exclusions"))
