"""Section titles of a list whose lead-in the PDF reader split: its opening words set as a
heading ("You are not covered"), the rest as a paragraph ("for claims arising out of:"),
and the list's caption before them left as a paragraph ("General Exclusions"). The
caption names the list; "You are not covered" is a sentence's opening, no title
(clarity/checks/exclusions/section_titles.py). All text here is invented."""

from __future__ import annotations

from exclusion_helpers import document_of_blocks, draft_sections

SPLIT_LEAD_IN = (
    ("heading", 1, "", "Section 1 – Luggage"),
    ("paragraph", 0, "", "We will not pay for luggage left unattended."),
    ("paragraph", 0, "", "{caption}"),
    ("heading", 1, "", "You are not covered"),
    ("paragraph", 0, "", "for claims arising out of:"),
    ("list_item", 1, "1.", "1. war or civil war;"),
    ("list_item", 1, "2.", "2. radioactive contamination."),
)


def _titles(caption: str) -> list[str]:
    lines = tuple((k, lvl, m, w.format(caption=caption)) for k, lvl, m, w in SPLIT_LEAD_IN)
    return list(draft_sections(document_of_blocks(lines, sections=True)))


def test_the_caption_before_a_refusal_s_opening_names_its_list() -> None:
    assert "General Exclusions" in _titles("General Exclusions")
    assert "You are not covered" not in _titles("General Exclusions")


def test_a_sentence_before_it_is_no_caption() -> None:
    assert "You are not covered" in _titles("Please read this part with care.")
