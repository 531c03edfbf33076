"""Items led in by a definition that a PDF reader set as the last sentence of the item
before them ("b) would be an insured under a nuclear liability policy ... For the purpose
of this exclusion, a nuclear liability policy means a policy issued by:" / "1. Atomic
Pool Underwriters;"): the items are the definition's detail, not exclusions, so they give
no bullet and are buried "in a definition"; the next item of an outer list ("c." after
"(a)" to "(c)") is not theirs (clarity/checks/exclusions/draft_context.py
``defining_lead_in``). All text here is invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, analyse_document, document_of_blocks, draft_sections

LINES = (
    ("heading", 1, "", "Part A – Exclusions"),
    ("paragraph", 0, "", "We will not pay for:"),
    ("list_item", 1, "a)", "a) damage to any property owned by you; or"),
    (
        "list_item",
        1,
        "b)",
        "b) loss covered by a nuclear liability policy you hold. For the purpose of "
        "this exclusion, a nuclear liability policy means a policy issued by:",
    ),
    ("list_item", 1, "1.", "1. Atomic Pool Underwriters;"),
    ("list_item", 1, "2.", "2. Reactor Owners Mutual."),
    *GENERAL_PART,
)


def test_the_items_of_a_definition_in_an_item_give_no_bullet() -> None:
    bullets = [
        b for bs in draft_sections(document_of_blocks(LINES, sections=True)).values() for b in bs
    ]
    assert "War" in bullets, bullets
    assert not any("Underwriters" in b or "Mutual" in b for b in bullets), bullets


def test_the_items_of_a_definition_in_an_item_are_buried_in_it() -> None:
    rows = analyse_document(document_of_blocks(LINES, sections=True)).extra["exclusions"]
    reasons = {r["text"].strip(" ;."): r["reasons"] for r in rows}
    assert "in-definition" in reasons.get("Atomic Pool Underwriters", []), reasons


def test_the_next_item_of_an_outer_list_is_not_the_definitions() -> None:
    lines = (
        ("heading", 1, "", "Exclusions"),
        ("paragraph", 0, "", "We will not pay for loss or damage caused by:"),
        (
            "list_item",
            1,
            "(5)",
            "(5) Volcanic eruption. For the purpose of this exclusion, volcanic action means:",
        ),
        ("list_item", 2, "(a)", "(a) airborne volcanic blast; or"),
        ("list_item", 2, "(b)", "(b) lava flow."),
        ("list_item", 1, "c.", "c. Seizure of property by order of a governmental authority."),
    )
    rows = analyse_document(document_of_blocks(lines, sections=True)).extra["exclusions"]
    reasons = {r["text"].strip(" ;."): r["reasons"] for r in rows}
    assert "in-definition" in reasons.get("lava flow", []), reasons
    seizure = "Seizure of property by order of a governmental authority"
    assert "in-definition" not in reasons.get(seizure, ["missing"]), reasons
