"""A clause that excludes unless conditions its list names are met ("B. This insurance
does not apply to injury arising out of swimming pools unless, at the time of the
occurrence, the following conditions are met:" / "1. Swimming pools must have:" / "a.
Lifeguards on duty ..."), found in outside PDFs (issue 18). The clause is an exclusion of
its own; its items are the conditions cover waits on (which the guideline counts), not
cover given back, under an exclusions title or not; and no item is a draft bullet alone
("Water depths are clearly marked" says nothing is covered). Fixtures written for this
file; each test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, BlockLine, bullets_of_blocks, clauses_of_blocks

_CLAUSE = (
    "B. This insurance does not apply to injury arising out of swimming pools unless, at "
    "the time of the occurrence, the following conditions are met:"
)


def _pool_part(title: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 1, "", title),
        ("paragraph", 0, "", "This endorsement modifies insurance provided under the following:"),
        ("paragraph", 0, "", "GENERAL LIABILITY COVERAGE PART"),
        (
            "list_item",
            1,
            "A.",
            "A. This insurance does not apply to injury arising out of any diving boards "
            "used with any swimming pool.",
        ),
        ("list_item", 1, "B.", _CLAUSE),
        ("list_item", 2, "1.", "1. Swimming pools must have:"),
        ("list_item", 3, "a.", "a. Trained lifeguards on duty during all hours of operation;"),
        ("list_item", 3, "b.", "b. Complete fencing around the pool with a gate that locks; and"),
        ("list_item", 3, "c.", "c. Water depths are clearly marked."),
    )


_EXCLUDING_TITLE = "LIMITED COVERAGE FOR SWIMMING POOLS – EXCLUDING DIVING BOARDS"


def test_under_an_exclusions_title_the_items_are_conditions_not_cover_given_back() -> None:
    clauses = clauses_of_blocks((*_pool_part(_EXCLUDING_TITLE), *GENERAL_PART), sections=True)
    assert any("Water depths are clearly marked" in c for c in clauses), clauses
    assert any("Complete fencing around the pool" in c for c in clauses), clauses


def test_the_clause_before_its_conditions_is_an_exclusion_of_its_own() -> None:
    clauses = clauses_of_blocks((*_pool_part(_EXCLUDING_TITLE), *GENERAL_PART), sections=True)
    assert any(c.startswith(_CLAUSE[3:]) for c in clauses), clauses


def test_a_clause_that_gives_back_on_its_list_still_gives_back() -> None:
    lines = (
        ("heading", 1, "", "WATERCRAFT – EXCLUDING RACING"),
        (
            "list_item",
            1,
            "A.",
            "A. This insurance does not apply to injury arising out of any watercraft "
            "unless it is:",
        ),
        ("list_item", 2, "1.", "1. Ashore on premises you own or rent;"),
        ("list_item", 2, "2.", "2. Less than 26 feet long and not being used for hire."),
    )
    clauses = clauses_of_blocks((*lines, *GENERAL_PART), sections=True)
    assert not any("Ashore on premises" in c for c in clauses), clauses


def test_no_condition_of_an_item_lead_in_is_a_bullet_alone() -> None:
    bullets = bullets_of_blocks(_pool_part("LIMITED COVERAGE FOR SWIMMING POOLS"))
    assert not any(
        b.startswith(("Water depths", "Complete fencing", "Trained")) for b in bullets
    ), bullets
    assert any(b.startswith("Injury arising out of any diving boards") for b in bullets), bullets


def test_no_condition_under_an_outer_conditions_lead_in_is_a_bullet_alone() -> None:
    lines = (
        ("heading", 1, "", "3. Data Breach Liability"),
        (
            "list_item",
            1,
            "a.",
            "a. Data Breach Liability applies only if the following conditions are met:",
        ),
        (
            "list_item",
            2,
            "(1)",
            "(1) You first receive notice of a claim during the policy period;",
        ),
        ("list_item", 2, "(2)", "(2) The claim must arise from a data breach that:"),
        ("list_item", 3, "(a)", "(a) Took place during the coverage term;"),
        ("list_item", 3, "(b)", "(b) Took place in the coverage territory."),
    )
    bullets = bullets_of_blocks(lines)
    assert not any(b.startswith("Took place") for b in bullets), bullets
