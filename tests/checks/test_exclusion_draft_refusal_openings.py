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


def _cover_titles(*between: tuple[str, int, str, str]) -> list[str]:
    lines = (
        ("heading", 1, "", "General exclusions"),
        ("paragraph", 0, "", "We will not pay for any claim caused by war."),
        ("heading", 1, "", "Conditions"),
        ("list_item", 1, "1.", "1. You must tell us at once of any claim."),
        ("list_item", 1, "", "4 Travel Delay"),
        ("paragraph", 0, "", "We pay up to the amount shown in the schedule."),
        *between,
        ("heading", 1, "", "You are not covered for"),
        ("list_item", 1, "a.", "a. delay caused by a strike that was announced before you booked;"),
        ("list_item", 1, "b.", "b. delay of less than 12 hours."),
    )
    return list(draft_sections(document_of_blocks(lines, sections=True)))


def test_a_numbered_cover_title_before_the_grant_names_the_list() -> None:
    # the cover's number and name, read as a list item, then what it covers, then the
    # refusal heading: the list excludes from that cover
    assert "4 Travel Delay" in _cover_titles()


def test_the_grant_s_own_opening_words_do_not_end_the_look_back() -> None:
    grant = (
        ("heading", 1, "", "You are covered"),
        ("paragraph", 0, "", "for meals and a hotel room while you wait."),
    )
    assert "4 Travel Delay" in _cover_titles(*grant)


def test_another_heading_ends_the_look_back() -> None:
    other = (("heading", 1, "", "How to claim"), ("paragraph", 0, "", "Call us first."))
    assert "4 Travel Delay" not in _cover_titles(*other)
