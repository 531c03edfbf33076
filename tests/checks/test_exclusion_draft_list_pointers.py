"""A bullet that points at a list it does not show ("Services provided for the following
treatment modalities", "Loss to your car caused by any of the following"), found in random
samples of outside PDFs read by editors (issue 18): the lead-in names none of the things
excluded, so it is no bullet of its own. A bullet that says "the following day" points
at nothing. Fixtures written for this file; the first test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import draft_bullet_words

_POLICY = (
    "# Health plan\n\n## Your cover\n\nWe pay for the care you need in hospital.\n\n"
    "## Limitations and exclusions\n\n{clause}\n\n"
    "We do not pay for cosmetic surgery.\n"
)


def _bullets(clause: str) -> list[str]:
    return draft_bullet_words(_POLICY.format(clause=clause))


def test_a_lead_in_pointing_at_a_list_it_does_not_show_is_no_bullet() -> None:
    bullets = _bullets(
        "We do not pay for services or supplies provided for the following treatment "
        "modalities, whatever the diagnosis."
    )
    assert not any("following" in b for b in bullets), bullets
    assert any(b.startswith("Cosmetic surgery") for b in bullets), bullets


def test_the_following_day_points_at_no_list() -> None:
    bullets = _bullets("We do not pay for a hospital stay that starts on the following day.")
    assert any(b.startswith("Hospital stay that starts on the following day") for b in bullets), (
        bullets
    )
