"""Section titles of exclusions set as paragraphs inside a numbered clause whose item holds
the clause's title only ("3 Optional Extension: Drivers' negligence" / "We will pay ..." /
"We will not pay for wear and tear."): a PDF reader sets the
clause's sentences as paragraphs, and only the number shows where the clause began
(clarity/checks/exclusions/peril_titles.py ``_titled_item_above``). All text here is
invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections

HEADING = ("heading", 1, "", "Section 3 – Public liability – What is covered")
EXTENSIONS = (
    HEADING,
    ("paragraph", 0, "", "We cover your legal liability for injury to the public."),
    ("list_item", 2, "3", "3 Optional Extension: Drivers’ negligence"),
    (
        "paragraph",
        0,
        "",
        "We will pay you for damage to a client's vehicle while a driver you supply drives\nit.",
    ),
    ("list_item", 3, "•", "• owned by the client, or"),
    ("list_item", 3, "•", "• hired by the client."),
    ("paragraph", 0, "", "We will not pay for wear and tear to the vehicle."),
    (
        "list_item",
        2,
        "4",
        "4 Optional Extension - Crane operators’ negligence\nWe will pay you for damage to a "
        "client's crane while an operator you supply works it.",
    ),
    ("paragraph", 0, "", "We will not pay for rust on the crane's hook block."),
    ("list_item", 2, "5", "5 Defence costs"),
    ("paragraph", 0, "", "We will pay the costs of defending a claim against you."),
    (
        "paragraph",
        0,
        "",
        "Joint insureds\nThe most we will pay for all insureds together is the limit of indemnity.",
    ),
    ("paragraph", 0, "", "We will not pay for fines imposed on you by a court."),
)


def _sections(lines: tuple) -> dict[str, list[str]]:
    """The draft's sections, with a general exclusions part after ``lines`` (a draft of
    one part shows no titles)."""
    return draft_sections(document_of_blocks(lines + GENERAL_PART, sections=True))


def test_a_paragraph_after_a_title_only_clause_is_that_clauses() -> None:
    sections = _sections(EXTENSIONS)
    title = f"{HEADING[3]} – Optional Extension: Drivers’ negligence"
    assert sections.get(title) == ["Wear and tear to the vehicle"], sections


def test_a_clause_whose_title_has_a_line_of_its_own_names_its_paragraphs() -> None:
    sections = _sections(EXTENSIONS)
    title = f"{HEADING[3]} – Optional Extension - Crane operators’ negligence"
    assert sections.get(title) == ["Rust on the crane's hook block"], sections


def test_a_paragraph_with_a_title_of_its_own_ends_the_clause_above() -> None:
    """ "Joint insureds" / "The most we will pay ...": a clause of its own, so the fines
    after it are no part of "5 Defence costs"."""
    sections = _sections(EXTENSIONS)
    assert not any("Defence costs" in title for title in sections), sections


def test_a_paragraph_after_a_list_of_names_speaks_of_them_all() -> None:
    lines = (
        ("heading", 1, "", "Perils we cover"),
        ("list_item", 1, "1", "1 Fire"),
        ("list_item", 1, "2", "2 Storm"),
        ("list_item", 1, "3", "3 Theft"),
        ("paragraph", 0, "", "We will not pay for wear and tear."),
    )
    assert sorted(_sections(lines)) == ["General exclusions", "Perils we cover"], _sections(lines)


def test_a_date_set_as_a_numbered_item_is_no_title() -> None:
    lines = (
        ("heading", 1, "", "Endorsements"),
        ("paragraph", 0, "", "This endorsement changes the policy."),
        ("list_item", 1, "12", "12 December 2019"),
        ("paragraph", 0, "", "We will not pay for wear and tear."),
    )
    assert sorted(_sections(lines)) == ["Endorsements", "General exclusions"], _sections(lines)


def test_a_paragraph_with_a_run_in_title_is_a_clause_of_its_own() -> None:
    lines = (
        ("heading", 1, "", "Pet cover"),
        ("list_item", 1, "1", "1 Vet fees"),
        ("paragraph", 0, "", "We pay vet fees after an illness."),
        (
            "paragraph",
            0,
            "",
            "Deliberate harm We do not cover any illness caused by deliberate harm to your pet.",
        ),
    )
    sections = _sections(lines)
    assert not any("Vet fees" in title for title in sections), sections
