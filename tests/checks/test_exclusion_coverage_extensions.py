"""Coverage extensions set as US standard property forms set them.

- A coverage extension ("You may extend the insurance provided by this Coverage Form to
  apply to your outdoor:") lists cover: its items, and the causes of loss listed under
  one of them ("(a) Fire;"), are no exclusions. One that ends in its conditions ("...
  provided that:") still lists conditions.
- An item that opened a list ("d. Property Off-premises") is of its outer list's shape:
  an inner "(a)" under its "(1) You may extend ... if it is:" is a list of its own, not
  the next item of the list "d." is in.
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

OFF_PREMISES = """EXCLUSIONS

d. Property Off-premises
  (1) You may extend the insurance provided by this Coverage Form to apply to your property while it is away from the premises if it is:
    (a) Temporarily at a location you do not own, lease or operate;
    (b) In storage at a location you lease; or
    (c) At any fair, trade show or exhibition.
  (2) War or any act of war.
e. Nuclear reaction or radiation.

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


def test_an_inner_lettered_list_under_a_numbered_extension_is_its_own() -> None:
    """'(a)' under '(1) You may extend ... if it is:' under 'd.' lists the extension's cover."""
    texts = clause_texts(OFF_PREMISES, fmt="text")
    assert texts == ["War or any act of war.", "Nuclear reaction or radiation."], texts


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
