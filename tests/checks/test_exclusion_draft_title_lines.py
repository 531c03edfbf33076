"""Bullets of items whose title stands on a line of its own above a clause that runs on in
small letters ("13. Products Guarantee" / "any product guarantee or warranty given by
..."): the title is the topic, and the bullet shows title and clause apart ("Products
Guarantee: Any product guarantee ..."), not run together as one phrase
(clarity/checks/exclusions/topics.py ``title_line``). A wrapped line is no title. All text
here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections

PART = ("heading", 1, "", "Section 2 Public liability")
LIST = ("heading", 2, "", "Exclusions")


def _bullets(*items: tuple) -> list[str]:
    sections = draft_sections(
        document_of_blocks((PART, LIST, *items, *GENERAL_PART), sections=True, nested=True)
    )
    return [
        bullet
        for title, bullets in sections.items()
        if title != GENERAL_PART[0][3]
        for bullet in bullets
    ]


def test_a_title_line_and_its_clause_are_shown_apart() -> None:
    bullets = _bullets(
        (
            "list_item",
            1,
            "13.",
            "13. Product warranties\nany guarantee or warranty of the goods you sell given by\nyou.",
        ),
        (
            "list_item",
            1,
            "14.",
            "14. Vehicle wear\nloss or damage due to wear and tear, rust or the age of the\nvehicle.",
        ),
    )
    assert (
        "Product warranties: Any guarantee or warranty of the goods you sell given by you"
        in bullets
    )
    assert (
        "Vehicle wear: Loss or damage due to wear and tear, rust or the age of the vehicle"
        in bullets
    )


@pytest.mark.parametrize(
    "item",
    [
        # the clause's words wrapped in a narrow column: one phrase, no title
        "3. Orthognathic\nsurgery and surgery for an injury to the jaw caused in an accident.",
        # a sentence's opening words: no title either
        "4. Any services\nthe club charges for on top of the membership dues you pay.",
    ],
)
def test_a_wrapped_line_is_no_title(item: str) -> None:
    bullets = _bullets(("list_item", 1, item.split(" ", 1)[0], item))
    assert not any(":" in bullet for bullet in bullets), bullets


def test_a_title_line_over_a_long_clause_shows_its_opening() -> None:
    """Too long to show whole, the clause still shows how it opens after its title, which
    alone would name a wider field ("Vehicle recall")."""
    bullets = _bullets(
        (
            "list_item",
            1,
            "15.",
            "15. Vehicle recall\nany cost or expense incurred or claimed for the recall, withdrawal,\n"
            "inspection, repair or replacement of any vehicle you sold or serviced, where the\n"
            "vehicle is withdrawn from the market because of a known or suspected defect.",
        ),
    )
    assert (
        "Vehicle recall: Any cost or expense incurred or claimed for the recall, withdrawal, inspection …"
        in bullets
    ), bullets
