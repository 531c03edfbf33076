"""Draft titles of a policy that sets each benefit as a name and a pair of bare headings
("Towing" / "Covered" / "Not covered"), all at one level, and offers some benefits in more
than one product (clarity/checks/exclusions/draft_owner.py ``_owner_of_twins``, draft.py
``_bare_title``). Fixtures written for this file."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_bullets

FILLER = "This policy covers the car you own and the people who drive it.\n\n" * 40
HIRE_CAR = (
    "### Hire car after theft\n\n### Covered\n\nWe pay for a hire car for up to 14 days.\n\n"
    "### Not covered\n\n- running costs for the hire car;\n- parking fines and tolls for "
    "the hire car;\n- damage to the hire car.\n\n"
)
MOTOR = (
    "# Motor policy\n\n## About this policy\n\n"
    + FILLER
    + "## Comprehensive cover\n\n### Towing\n\n### Covered\n\nWe pay for towing your car to "
    "the nearest repairer.\n\n### Not covered\n\n- storage costs after the first 7 days.\n\n"
    "### Windscreen\n\n### Covered\n\nWe pay to repair your windscreen.\n\n"
    + HIRE_CAR
    + "## Third party cover\n\n"
    + HIRE_CAR
    + "## Fire cover\n\n### Hire car after theft\n\nWe pay for a hire car for up to 7 days. "
    "We will not pay for:\n\n- running costs for the hire car;\n- parking fines and tolls "
    "for the hire car;\n- damage to the hire car.\n"
)


def test_a_bare_not_covered_is_named_by_its_benefit() -> None:
    """ "Not covered" is the twin of "Covered" as "What is not covered" is of "What is
    covered": the benefit named before the pair owns the list, not the product above."""
    titles = [b for b in draft_bullets(MOTOR) if b.startswith("###")]
    assert titles[0] == "### Towing – Not covered", titles
    assert not any("Comprehensive cover" in t for t in titles), titles


def test_a_benefit_offered_in_two_products_still_names_its_pairs() -> None:
    """ "Hire car after theft" is set in two products, each with its own "Covered" / "Not
    covered" pair among more pairs of other benefits: it names its pairs (a heading set
    over every pair, "Guidance notes", names none: test_exclusion_draft_titled_clauses.py).
    The same list under the benefit's name alone, in a third product, takes one title."""
    bullets = draft_bullets(MOTOR)
    at = bullets.index("Running costs for the hire car")
    assert bullets[at - 1] == "### Hire car after theft – Not covered", bullets
