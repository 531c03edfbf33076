"""Section titles of exclusions inside a numbered cover whose title is set off by a dash
before its first sentence ('5. Stolen Cards -- "We" pay for loss if ...'), as policy forms
that quote their defined words print it, and whose later sentences a PDF reader sets as
paragraphs: the exclusions limit that cover only (clarity/checks/exclusions/
peril_titles.py ``_dashed_peril``, ``_own_item_title``). All text here is invented."""

from __future__ import annotations

from exclusion_helpers import document_of_blocks, draft_sections

COVERAGES = (
    ("heading", 1, "", "Additional coverages"),
    (
        "list_item",
        1,
        "4.",
        '4. Fire Brigade Charge -- "We" pay for charges of a fire brigade called to save '
        '"your" property.',
    ),
    ("paragraph", 0, "", 'The most "we" pay is $500.'),
    ("list_item", 1, "5.", '5. Stolen Cards -- "We" pay for loss if an "insured":'),
    ("list_item", 2, "a.", "a. must pay for the unauthorised use of a credit card; or"),
    ("list_item", 2, "b.", "b. accepts forged paper money."),
    ("paragraph", 0, "", 'The most "we" pay is $1,000.'),
    ("paragraph", 0, "", '"We" do not pay for a loss if:'),
    ("list_item", 2, "a.", 'a. the loss is caused by the dishonesty of an "insured"; or'),
    ("list_item", 2, "b.", 'b. the loss results from the "business" of an "insured".'),
    (
        "list_item",
        1,
        "6.",
        '6. Glass Breakage -- "We" pay for breakage of glass that is part of a building. '
        'However, "we" do not pay for loss to glass if the home is vacant for more than '
        "30 days in a row.",
    ),
    ("heading", 1, "", "Travel benefits"),
    ("list_item", 1, "18.", "18. Hearing Aid -- Up to $200 for a new hearing aid after theft."),
    ("list_item", 1, "19.", "19. Eyeglasses -- Up to $200 for new eyeglasses after theft."),
    (
        "paragraph",
        0,
        "",
        "Exclusions – What does this insurance not cover? We will not pay any expenses "
        "relating to:",
    ),
    ("list_item", 2, "1.", "1. cosmetic surgery;"),
    ("list_item", 2, "2.", "2. treatment in a spa."),
)


def _sections() -> dict[str, list[str]]:
    return draft_sections(document_of_blocks(COVERAGES, sections=True))


def test_a_quoted_we_after_the_dash_still_ends_the_title() -> None:
    sections = _sections()
    assert "Additional coverages – Glass Breakage" in sections, sections


def test_a_lead_in_set_as_a_paragraph_after_the_items_sub_items_is_the_items() -> None:
    """The reader sets '"We" do not pay for a loss if:' as a paragraph after cover 5's own
    sub-items and limit: it still limits cover 5 only."""
    sections = _sections()
    stolen_cards = sections.get("Additional coverages – Stolen Cards", [])
    assert 'Loss results from the "business" of an "insured"' in stolen_cards, sections


def test_a_lead_in_that_opens_with_a_title_of_its_own_is_no_items() -> None:
    """ "Exclusions – What does this insurance not cover? We will not pay ...:" after
    benefit 19 opens a part: its items are not the eyeglasses cover's."""
    sections = _sections()
    assert not any("Eyeglasses" in title for title in sections), sections
