"""Section titles of exclusions under a part's title that a PDF reader set as a paragraph,
for it is printed in the body's type ("BINDING ARBITRATION" (a heading) / ... / "SECTION
I - COVERAGE" / "This insurance does not apply to:"): the exclusions are that part's, not
the endorsement's before it (clarity/checks/exclusions/numbered_headings.py
``part_title_in_body``). A sentence that names a part is no title. All text here is
invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections

ENDORSEMENT = (
    ("heading", 1, "", "DISPUTE RESOLUTION ENDORSEMENT"),
    ("paragraph", 0, "", "Any dispute between you and us is settled by a mediator we agree on."),
)
LIST = (
    ("paragraph", 0, "", "This insurance does not apply to:"),
    ("list_item", 1, "A.", "A. Any dishonest or fraudulent act of any insured;"),
    ("list_item", 1, "B.", "B. The assumption of liability in a contract or agreement."),
    *GENERAL_PART,
)


def _title_of(lines: tuple, words: str) -> list[str]:
    sections = draft_sections(document_of_blocks((*ENDORSEMENT, *lines, *LIST), sections=True))
    return [t for t, bullets in sections.items() if any(words in b.lower() for b in bullets)]


def test_a_part_title_in_body_type_titles_the_exclusions_after_it() -> None:
    titles = _title_of((("paragraph", 0, "", "SECTION I - COVERAGE"),), "assumption of liability")
    assert titles == ["SECTION I - COVERAGE"]


def test_a_sentence_or_a_line_in_small_letters_is_no_title() -> None:
    """ "Section I applies to ...": a sentence; "Part 2 of the schedule": a reference, in
    the body's letters."""
    for line in (
        "Section I applies to claims made in the policy period.",
        "Part 2 of the schedule",
    ):
        titles = _title_of((("paragraph", 0, "", line),), "assumption of liability")
        assert titles and line not in titles[0], titles
