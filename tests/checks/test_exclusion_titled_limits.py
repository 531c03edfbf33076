"""An item whose run-in title names limitations or exclusions ("4. Limitations on Certain
Property -- The special limits shown below do not increase the limit.") heads the items
inside it, as a heading of that name would; a title that names none, or an item
followed by its own sibling, heads nothing. Every fixture is written for the test."""

from __future__ import annotations

from exclusion_helpers import BlockLine, clauses_of_blocks


def _blocks(title: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 1, "", "Coverage C - Personal Property"),
        ("list_item", 1, "3.", "3. We cover personal property owned by you anywhere in the world."),
        ("list_item", 1, "4.", f"4. {title} -- The special limits below do not raise the limit."),
        ("list_item", 2, "a.", "a. $200 on money, bank notes and coins."),
        ("list_item", 2, "b.", "b. $1,000 on stamps, tickets and passports."),
        ("list_item", 1, "5.", "5. We cover property of a guest while it is in your home."),
    )


def test_items_inside_an_item_titled_as_limitations_are_limits() -> None:
    assert clauses_of_blocks(_blocks("Limitations on Certain Property")) == [
        "$200 on money, bank notes and coins.",
        "$1,000 on stamps, tickets and passports.",
    ]


def test_items_inside_an_item_with_another_title_are_not() -> None:
    assert clauses_of_blocks(_blocks("Property in Transit")) == []


def test_a_titled_item_followed_by_its_sibling_heads_nothing() -> None:
    # a list of the forms attached: each title names a form, not a list inside it
    blocks: tuple[BlockLine, ...] = (
        ("heading", 1, "", "Forms attached to this policy"),
        ("list_item", 1, "e.", "e. Mould Exclusion -- Form 4.20 edition 2020"),
        ("list_item", 1, "f.", "f. Millennium Endorsement -- Form 2.10 edition 2019"),
    )
    assert clauses_of_blocks(blocks) == []
