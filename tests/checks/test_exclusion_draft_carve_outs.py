"""Draft bullets of an item with its own carve-out in brackets ("a trauma condition in the
'Heart and artery' body system (not including cardiomyopathy), or"): the carve-out is
part of the bullet, which without it claims more is excluded than the wording does. All
text here is invented."""

from __future__ import annotations

from exclusion_helpers import general_exclusion_bullets


def test_an_item_s_bracketed_carve_out_stays_with_it() -> None:
    bullets = general_exclusion_bullets(
        "a heart condition in the ‘Heart and artery’ body system (not including "
        "cardiomyopathy), or",
        "damage by pets.",
    )
    assert (
        "Heart condition in the ‘Heart and artery’ body system (not including cardiomyopathy)"
        in bullets
    ), bullets


def test_a_long_carve_out_is_left_to_the_wording() -> None:
    bullets = general_exclusion_bullets(
        "a heart condition (not including any condition that a cardiologist we appoint "
        "confirms in writing was first diagnosed after the date your cover started with us "
        "under this policy), or",
        "damage by pets.",
    )
    assert not any("cardiologist" in bullet for bullet in bullets), bullets
