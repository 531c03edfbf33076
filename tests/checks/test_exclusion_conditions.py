"""Conditions of cover written inside cover text, and a list item numbered twice.

The guideline counts a condition that cover depends on, stated as such ("but only if",
"it shall be a condition precedent ... that", "must be incurred within N days",
"Provided always that:" over items that say who, when or within what time), as an
exclusion; a proviso about the documents a claim needs is a duty, not a condition of
cover. Every fixture is written for this file."""

from __future__ import annotations

from exclusion_helpers import exclusions


def texts(text: str, fmt: str = "text") -> list[str]:
    return [" ".join(row["text"].split()) for row in exclusions(text, fmt=fmt)]


DOUBLE_NUMBERED = (
    "Section 3 Your boat\n\n"
    "We will not pay for:\n\n"
    "1. theft of fishing tackle left on deck.\n\n"
    "2. (a) rot, corrosion, osmosis or gradual\n"
    "deterioration of the hull,\n\n"
    "(b) damage to sails split by the wind,\n\n"
    "3. racing more than twenty miles from the coast.\n"
)


def test_an_item_numbered_twice_is_the_first_item_of_its_inner_list() -> None:
    found = texts(DOUBLE_NUMBERED)
    assert any("rot, corrosion, osmosis" in t for t in found), found
    assert any("sails split by the wind" in t for t in found), found
    assert any("racing more than twenty miles" in t for t in found), found
