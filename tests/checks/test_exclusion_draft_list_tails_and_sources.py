"""Draft bullets of list items that need words from around them, found in random samples
of outside PDFs read by editors (issue 18): a tail the PDF reader ran into the last item
("h. retention of a person for whom ..."), which qualifies every bare item before it, and
items that name whom the lead-in's things come from ("... received from any of the
following:" / "Yourself or your employer"), which alone read as a person excluded.
Fixtures written for this file; each test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, BlockLine, document_of_blocks, draft_sections


def _bullets(lines: tuple[BlockLine, ...], blank_lines: bool = False) -> list[str]:
    document = document_of_blocks((*lines, *GENERAL_PART), sections=True, blank_lines=blank_lines)
    sections = draft_sections(document)
    return [bullet for bullets in sections.values() for bullet in bullets]


_NEGLIGENT = (
    ("heading", 1, "", "Abuse exclusion"),
    ("paragraph", 0, "", "This insurance does not apply to injury arising out of:"),
    ("list_item", 1, "1.", "1. The abuse of any person in the care of any insured; or"),
    ("list_item", 1, "2.", "2. The negligent:"),
    ("list_item", 2, "a.", "a. employment,"),
    ("list_item", 2, "b.", "b. investigation,"),
    ("list_item", 2, "c.", "c. supervision,"),
    ("list_item", 2, "d.", "d. reporting to the proper authorities or failure to so report,"),
    ("list_item", 2, "e.", "e. training or"),
    (
        "list_item",
        2,
        "f.",
        "f. retention of a person for whom any insured is or ever was legally responsible.",
    ),
)


def test_a_tail_run_into_the_last_item_qualifies_the_bare_items_before_it() -> None:
    bullets = _bullets(_NEGLIGENT)
    assert "Negligent employment" not in bullets, bullets
    for noun in ("employment", "investigation", "supervision"):
        assert any(
            b.startswith(f"Negligent {noun} of a person for whom any insured") for b in bullets
        ), bullets


def test_the_last_item_s_own_words_stay_its_own_after_items_that_say_more() -> None:
    lines = (
        ("heading", 1, "", "Property exclusions"),
        ("paragraph", 0, "", "We will not pay for loss caused by:"),
        ("list_item", 1, "a.", "a. rust, mould or wet rot,"),
        ("list_item", 1, "b.", "b. gradual deterioration of any kind,"),
        ("list_item", 1, "c.", "c. insects or vermin while the home is left empty,"),
        ("list_item", 1, "d.", "d. smog or smoke from industrial operations,"),
        ("list_item", 1, "e.", "e. collapse of any fence or gate kept in poor repair."),
    )
    bullets = _bullets(lines)
    assert not any("of any fence" in b for b in bullets if not b.startswith("Collapse")), bullets


_SOURCES = (
    ("heading", 1, "", "General limitations"),
    ("heading", 2, "", "No payment will be made for expenses incurred:"),
    ("list_item", 1, "•", "• For services not listed as Covered Services."),
    (
        "list_item",
        1,
        "•",
        "• For dental services or supplies received from any of the following:",
    ),
    ("list_item", 2, "•", "• {item};"),
    ("list_item", 1, "•", "• For services received before the Effective Date."),
)


def _with_item(item: str) -> tuple[BlockLine, ...]:
    return tuple((k, n, m, t.format(item=item)) for k, n, m, t in _SOURCES)


def test_an_item_naming_a_person_takes_what_its_lead_in_names() -> None:
    bullets = _bullets(_with_item("Yourself or your employer"))
    assert "Yourself or your employer" not in bullets, bullets
    assert "Dental services or supplies … from yourself or your employer" in bullets


def test_an_item_naming_a_thing_is_not_joined_to_the_lead_in() -> None:
    bullets = _bullets(_with_item("Cosmetic whitening kits"))
    assert not any(b.endswith("from cosmetic whitening kits") for b in bullets), bullets


def test_a_sub_item_under_an_inner_item_that_ends_on_a_preposition_takes_its_words() -> None:
    """ "g. Water" / "(2) Water under the ground ... seeping through:" / "(b) Basements":
    the reader leads the sub-items in from the title, but the item they sit under is the
    one they complete; alone, "Basements" reads as excluded."""
    lines = (
        ("heading", 1, "", "B. Exclusions"),
        (
            "paragraph",
            0,
            "",
            "We will not pay for loss or damage caused directly or indirectly by any of the "
            "following:",
        ),
        ("list_item", 1, "g.", "g. Water"),
        ("list_item", 2, "(1)", "(1) Mudslide or mudflow;"),
        (
            "list_item",
            2,
            "(2)",
            "(2) Water under the ground surface pressing on, or flowing or seeping through:",
        ),
        ("list_item", 3, "(a)", "(a) Foundations, walls, floors or paved surfaces;"),
        ("list_item", 3, "(b)", "(b) Basements, whether paved or not; or"),
    )
    bullets = _bullets(lines, blank_lines=True)
    assert "Basements, whether paved or not" not in bullets, bullets
    assert (
        "Water under the ground surface pressing on, or flowing or seeping through basements, "
        "whether paved or not"
    ) in bullets, bullets
