"""Draft bullets of a life policy's suicide clause (draft_benefit_terms.py,
``draft_event_within``): "If the insured person commits suicide within 12 months from the
start date, we will refund 80% of the premiums paid" withholds the death benefit, the
best-known exclusion of a life policy, though it reads as a rule of what is paid instead.
The bullet is the event and its period. All text here is invented."""

from __future__ import annotations

from exclusion_helpers import draft_bullet_words


def _bullets(body: str) -> list[str]:
    return draft_bullet_words(f"# Term life policy\n\n## Death benefit\n\n{body}\n")


def test_a_suicide_clause_that_refunds_premiums_is_a_bullet() -> None:
    bullets = _bullets(
        "If the Insured Person (whether sane or insane) commits suicide at any time within "
        "12 months from the date of commencement of risk, the nominee shall be entitled to "
        "80% of the premiums paid, provided the policy is in force."
    )
    assert bullets == ["Suicide within 12 months from the date of commencement of risk"]


def test_the_period_ends_where_its_start_date_does() -> None:
    bullets = _bullets(
        "We will not pay the death benefit if you commit suicide within 13 months of the "
        "date the cover started or was last reinstated."
    )
    assert bullets == ["Suicide within 13 months of the date the cover started"]


def test_suicide_without_a_period_is_no_such_bullet() -> None:
    bullets = _bullets("We will not pay the death benefit if you commit suicide.")
    assert not any("within" in bullet for bullet in bullets)
