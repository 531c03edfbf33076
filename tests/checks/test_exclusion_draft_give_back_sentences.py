"""Draft bullets of a clause whose next sentence gives part of it back ("We do not cover
structures used for business purposes. However, this does not apply to structures rented
to a tenant.", '"We" do cover canoes ...'): the bullet ends in "…", so that it claims no
more than the wording (``draft_give_back``). All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_bullet_words, draft_sections


def _bullets(paragraph: str) -> list[str]:
    return draft_bullet_words(
        "# Home policy\n\n## Your cover\n\nWe cover your home against fire and flood.\n\n"
        f"## Property not covered\n\n{paragraph}\n\nWe do not cover land.\n"
    )


@pytest.mark.parametrize(
    ("paragraph", "bullet"),
    [
        (
            "We do not cover structures used for business purposes. However, this does not "
            "apply to structures rented to a tenant.",
            "Structures used for business purposes …",
        ),
        (
            '"We" do not cover boats. "We" do cover canoes while on the insured premises.',
            "Boats …",
        ),
    ],
)
def test_a_sentence_that_gives_part_back_ends_the_bullet_in_an_ellipsis(
    paragraph: str, bullet: str
) -> None:
    assert _bullets(paragraph) == [bullet, "Land"]


def test_a_sentence_that_only_goes_on_leaves_the_bullet_whole() -> None:
    bullets = _bullets("We do not cover boats. This applies in every section.")
    assert bullets == ["Boats", "Land"]


def _sub_list_bullets(give_back: str, second: str = "") -> list[str]:
    lines = (
        ("heading", 1, "", "Part D Damage to your car – Exclusions"),
        ("paragraph", 0, "", "We will not pay for:"),
        ("list_item", 1, "4.", "4. Loss to:"),
        ("list_item", 2, "a)", "a) equipment designed for the reproduction of sound, including:"),
        ("list_item", 3, "(1)", "(1) radios and stereos;"),
        ("list_item", 3, "(2)", "(2) tape decks; or"),
        ("list_item", 3, "(3)", f"(3) compact disc players.\n{give_back}"),
        ("list_item", 2, "b)", "b) any other electronic equipment, including:"),
        ("list_item", 3, "(1)", "(1) citizens band radios;"),
        ("list_item", 3, "(2)", f"(2) telephones.{second}"),
        *GENERAL_PART,
    )
    sections = draft_sections(document_of_blocks(lines, sections=True))
    return [bullet for bullets in sections.values() for bullet in bullets]


def test_a_give_back_to_such_things_in_the_last_items_block_lifts_its_sub_list() -> None:
    """'(3) compact disc players. This does not apply to such equipment which is
    permanently installed': "such" points back to the sub-list's lead-in, so each of its
    items goes on (``draft_give_back_to_kind``, draft_narrow.py); the next sub-list's
    items ("Telephones") are not lifted."""
    bullets = _sub_list_bullets(
        "This does not apply to such equipment which is permanently installed in your car."
    )
    assert "Radios and stereos …" in bullets and "Tape decks …" in bullets, bullets
    assert "Compact disc players …" in bullets, bullets  # its words, not the give-back's
    assert "Telephones" in bullets, bullets


def test_a_give_back_of_other_words_in_the_last_items_block_lifts_no_other_item() -> None:
    bullets = _sub_list_bullets("This does not apply to players fitted by the maker.")
    assert "Radios and stereos" in bullets and "Tape decks" in bullets, bullets


def test_a_give_back_in_the_second_sub_list_lifts_that_sub_list_only() -> None:
    """Back from its last item to the sub-list's first ("(1)"), not into the sub-list
    before it, whose items have the same markers under the same lead-in."""
    bullets = _sub_list_bullets(
        "", second="\nThis does not apply to such equipment which is permanently installed."
    )
    assert "Citizens band radios …" in bullets and "Telephones …" in bullets, bullets
    assert "Radios and stereos" in bullets and "Tape decks" in bullets, bullets
