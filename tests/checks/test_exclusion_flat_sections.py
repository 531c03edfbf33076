"""Headings a reader set all at one level ("Section 3: Exclusions" / "Asbestos" / "Bodily
injury" / "Section 4: Conditions"): the titles after a section's own heading are its
parts, so an exclusion under "Asbestos" sits under the exclusions heading, as the reader
of the printed page sees it, until the next section or a title that opens a part of its
own ("1. Definitions"). Every fixture is written for this file."""

from __future__ import annotations

from exclusion_helpers import exclusions

FLAT = """## Section 3: Exclusions

## Asbestos

We shall not be liable for any claim arising from asbestos.

## Section 4: Conditions

## Notice of claims

We shall not be liable for any claim you do not tell us about within 30 days.

## Section 5: Exclusions of the legal add-on

## 1. Definitions

A lawyer does not include a paralegal or a student.
"""


def _reasons(start: str) -> list[str]:
    found = [row for row in exclusions(FLAT) if row["text"].startswith(start)]
    assert len(found) == 1, [row["text"] for row in exclusions(FLAT)]
    return found[0]["reasons"]


def test_a_title_after_an_exclusions_section_heading_of_its_level_is_under_it() -> None:
    assert "not-under-exclusion-heading" not in _reasons(
        "We shall not be liable for any claim arising"
    )


def test_the_next_section_heading_ends_it() -> None:
    assert "not-under-exclusion-heading" in _reasons("We shall not be liable for any claim you do")


def test_a_title_that_opens_a_part_of_its_own_ends_it() -> None:
    assert "not-under-exclusion-heading" in _reasons("A lawyer does not include")
