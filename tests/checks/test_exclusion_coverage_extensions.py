"""Coverage extensions set as US standard property forms set them.

- A coverage extension ("You may extend the insurance provided by this Coverage Form to
  apply to your outdoor:") lists cover: its items, and the causes of loss listed under
  one of them ("(a) Fire;"), are no exclusions. One that ends in its conditions ("...
  provided that:") still lists conditions.
- An item with an exception before its colon ("(b) Land motor vehicles, other than a
  recreational motor vehicle:") under an item of another list ("1.") keeps its items
  ("(1) owned by any insured;") as exclusions. (Reading "(1)" as a list of its own
  there, because "1." and "(1)" are set apart, made them give-backs: tried and dropped.)
- The next item of the list an opener belongs to ("f." after "e. ... extends to your
  outdoor:" / "(1)", "(2)" / "(a)", "(b)") closes the list "e." opened, though the reader
  set "f." further in (as a page's second column is indented apart).
- An item of a cover list that adds a proviso ("(b) In storage ..., provided the lease
  was signed after the policy began; or") is a condition, with no word about cover.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import clause_texts, exclusions

OUTDOOR = """PROPERTY EXCLUSIONS AND EXTENSIONS

You may extend the insurance provided by this Coverage Form to apply to your outdoor:
(1) Fences, radio and television antennas and signs not attached to buildings;
(2) Trees, shrubs and plants, including debris removal expense, caused by or resulting from any of the following causes of loss:
  (a) Fire;
  (b) Lightning; or
  (c) Explosion.

HOW TO CLAIM

Call us within thirty days of any loss.
"""

TRAILERS = """PROPERTY EXCLUSIONS AND EXTENSIONS

You may extend the insurance provided by this Coverage Form to trailers you do not own, provided that:
(1) The trailer is used in your business;
(2) The trailer is in your care at the time of loss; and
(3) You have a contractual duty to pay for loss to the trailer.

HOW TO CLAIM

Call us within thirty days of any loss.
"""

VEHICLES = """EXCLUSIONS

We do not cover:
1. Bodily injury arising out of the use of:
  (a) Aircraft of any kind.
  (b) Land motor vehicles, other than a golf cart:
    (1) owned by any insured;
    (2) loaned to any insured.
2. Loss caused by war.

HOW TO CLAIM

Call us within thirty days of any loss.
"""

SECOND_COLUMN = """EXCLUSIONS

d. Nuclear reaction or radiation.
e. Outdoor Property. This insurance extends to your outdoor:
  (1) Fences and signs not attached to buildings;
  (2) Trees, shrubs and plants, caused by:
    (a) Fire; or
    (b) Lightning.
    f. Loss caused by the weight of snow on any roof.
g. War or any act of war.

HOW TO CLAIM

Call us within thirty days of any loss.
"""

STORAGE = """Business Contents Cover

We cover your business personal property while it is:

(a) At the premises shown in the schedule;

(b) In storage at a location you lease, provided the lease was signed after the policy began; or

(c) In transit between your premises.

How to claim

Call us within thirty days of any loss.
"""


def test_an_extension_to_your_outdoor_property_lists_cover() -> None:
    """'You may extend the insurance ... to your outdoor:': its items are no exclusions."""
    assert clause_texts(OUTDOOR, fmt="text") == []


def test_an_extension_that_ends_in_provided_that_still_lists_conditions() -> None:
    """'You may extend ... to trailers you do not own, provided that:' lists conditions."""
    texts = clause_texts(TRAILERS, fmt="text")
    assert texts == [
        "The trailer is used in your business;",
        "The trailer is in your care at the time of loss; and",
        "You have a contractual duty to pay for loss to the trailer.",
    ], texts


def test_items_under_an_item_with_an_exception_stay_exclusions() -> None:
    """'(1) owned by any insured;' under '(b) ..., other than a golf cart:' under '1.'."""
    texts = clause_texts(VEHICLES, fmt="text")
    assert "owned by any insured;" in texts, texts
    assert "loaned to any insured." in texts, texts


def test_the_next_sibling_of_an_opener_closes_its_list_though_set_further_in() -> None:
    """'f.' after 'e. ... extends to your outdoor:' and its inner items is an exclusion again."""
    texts = clause_texts(SECOND_COLUMN, fmt="text")
    assert texts == [
        "Nuclear reaction or radiation.",
        "Loss caused by the weight of snow on any roof.",
        "War or any act of war.",
    ], texts


def test_a_proviso_in_an_item_of_a_cover_list_is_a_condition() -> None:
    """'(b) In storage ..., provided the lease was signed ...' is a condition of its cover."""
    found = exclusions(STORAGE, fmt="text")
    rows = [(row["family"], " ".join(row["text"].split())) for row in found]
    assert rows == [
        (
            "condition",
            "In storage at a location you lease, provided the lease was signed after the "
            "policy began;",
        )
    ], rows
