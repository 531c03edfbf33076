"""A numbered title set over its own sub-items is no exclusion of its own.

Professional indemnity wordings number each exclusion, title it in capitals and set its
clauses under it as sub-items: "11. LIABILITY ASSUMED" / "11.1 in respect of liability
arising from an agreement ..." / "11.2 ...". The sub-items are the exclusions a reader
quotes; the title only names them. A title with no sub-items under it, or whose next
line is not found, stays an item, as blind readers quote it.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import clauses_of_blocks

LINES = (
    ("heading", 1, "", "EXCLUSIONS"),
    ("paragraph", 0, "", "We will not be liable for any claim:"),
    ("list_item", 1, "1.", "1. LIABILITY ASSUMED"),
    ("list_item", 2, "1.1", "1.1 in respect of liability arising from an agreement; or"),
    ("list_item", 2, "1.2", "1.2 in respect of a trading debt incurred by the insured."),
    ("list_item", 1, "2.", "2. Prior Or Pending"),
    ("list_item", 2, "2.1", "2.1 arising from any claim made before the period of insurance."),
    ("list_item", 1, "3.", "3. Radioactive Contamination"),
)


def test_a_title_over_its_found_sub_items_is_not_reported() -> None:
    found = clauses_of_blocks(LINES)
    assert not any(text.startswith(("LIABILITY ASSUMED", "Prior Or Pending")) for text in found)
    assert any(text.startswith("in respect of a trading debt") for text in found), found
    assert any(text.startswith("arising from any claim made before") for text in found), found


def test_a_title_with_nothing_under_it_stays_an_item() -> None:
    assert any(text.startswith("Radioactive Contamination") for text in clauses_of_blocks(LINES))
