"""A list inside an item that the PDF reader set at the item's own level ("g. ... This
exclusion does not apply to:" / "(1) a boat ashore" / "(a) less than 26 feet long") is
still inside it: letters of another shape that do not go on from the item's own ("(a)"
after "g.", not "h.") open a list of their own, so what the item's lead-in gives back
stays given back. Fixtures written for this file."""

from __future__ import annotations

from exclusion_helpers import clauses_of_blocks

from clarity.checks.exclusions.leads import Lead, inside_opener

ITEMS = (
    ("heading", 1, "", "Exclusions"),
    ("paragraph", 0, "", "This insurance does not apply to:"),
    ("list_item", 1, "e.", "e. Employees. Injury to:"),
    ("list_item", 1, "(1)", "(1) An employee of the insured arising out of:"),
    ("list_item", 1, "(a)", "(a) Employment by the insured; or"),
    ("list_item", 1, "(b)", "(b) Performing duties related to:"),
    ("list_item", 2, "(i)", "(i) the conduct of the insured's business."),
    ("list_item", 1, "f.", "f. Pollution. Injury arising out of the escape of pollutants."),
    (
        "list_item",
        1,
        "g.",
        "g. Boats. Injury arising out of the use of any boat owned by any insured. "
        "This exclusion does not apply to:",
    ),
    ("list_item", 1, "(1)", "(1) A boat while ashore on premises you own;"),
    ("list_item", 1, "(2)", "(2) A boat you do not own that is:"),
    ("list_item", 1, "(a)", "(a) Less than 26 feet long; and"),
    ("list_item", 1, "(b)", "(b) Not used to carry persons for a charge;"),
    ("list_item", 1, "(3)", "(3) Parking a car next to premises you own."),
    ("list_item", 1, "h.", "h. War. Injury arising out of war or civil war."),
)


def test_a_flat_list_inside_a_give_back_still_gives_back() -> None:
    """A guard over the whole reading (it held before the rule below too)."""
    found = clauses_of_blocks(ITEMS)
    assert not any(
        text.startswith(("Less than 26", "Not used to carry", "Parking a car", "A boat"))
        for text in found
    ), found
    assert any("war or civil war" in text for text in found), found


def test_letters_of_another_shape_open_a_list_inside_the_opener() -> None:
    """Measured on a liability form whose reader set every list at one level: "(a)"
    under "(2)" under "g. ... This exclusion does not apply to:" closed the give-back,
    and "(a) Less than 26 feet long" read as an exclusion."""
    lead = Lead("This exclusion does not apply to:", "letter", 1, True, opener="g.")
    assert inside_opener(lead, "(a)")
    assert inside_opener(lead, "(1)")
    assert not inside_opener(lead, "h.")  # the opener's next sibling closes it
    assert not inside_opener(lead, "(h)")  # so does the next letter in brackets
    assert not inside_opener(Lead("We will not pay for:", None, 0), "(a)")
