"""Section titles of items under a numbered title that leads in to them ("Exclusions" / "1.
Advertising injury:" / "a) arising out of knowingly false statements"): the items exclude
only that kind of loss and their bullets do not name it, so the title names their section
with the exclusions heading above it; a numbered title that names its own clause ("3.
Nuclear" / "Loss caused by nuclear radiation") adds nothing to the heading
(clarity/checks/exclusions/section_titles.py). All text here is invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections

PART = ("heading", 1, "", "Policy wording")
LIST = ("heading", 2, "", "Exclusions")
LEAD = ("paragraph", 0, "", "This policy does not cover any liability arising out of:")


def _sections(*lines: tuple) -> dict[str, list[str]]:
    document = document_of_blocks(
        (PART, LIST, LEAD, *lines, *GENERAL_PART), sections=True, nested=True
    )
    return draft_sections(document)


def _title_of(sections: dict[str, list[str]], words: str) -> list[str]:
    return [t for t, bullets in sections.items() if any(words in b.lower() for b in bullets)]


def test_the_items_of_a_numbered_lead_title_are_titled_by_it() -> None:
    sections = _sections(
        ("heading", 3, "", "1. Advertising injury:"),
        ("list_item", 1, "a)", "a) arising out of the wrong price of goods you sell;"),
        ("list_item", 1, "b)", "b) arising out of knowingly false statements; or"),
        ("heading", 3, "", "2. Nuclear"),
        ("paragraph", 0, "", "Loss caused by nuclear radiation from any source."),
    )
    assert _title_of(sections, "knowingly false") == ["Exclusions – 1. Advertising injury"]
    assert _title_of(sections, "nuclear radiation") == ["Exclusions"], sections
