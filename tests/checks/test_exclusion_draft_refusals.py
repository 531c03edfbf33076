"""Draft bullets of refusals and of costs that do not apply
(clarity/checks/exclusions/draft_bullet.py, draft_cover.py). In "Acme will not be liable
for any claim for ...", "Acme" is who refuses, not what is refused: the bullet is what
follows "for". A benefit that is not paid keeps its name ("The Daily Allowance is not
payable for ..."). A waiting period or co-payment that does not apply gives cover, so it
gives no bullet; a waiver that does not apply takes cover away, so it stays. All text
here is invented."""

from __future__ import annotations

from exclusion_helpers import draft_bullet_words, summary_draft


def _bullets(body: str) -> list[str]:
    return draft_bullet_words(f"# Policy wording\n\n## Exclusions\n\n{body}\n")


def test_the_insurer_that_refuses_is_not_the_bullet() -> None:
    bullets = _bullets(
        "Acme will not be liable for any claim for injury suffered while a patient of a dentist."
    )
    assert bullets == ["Any claim for injury suffered while a patient of a dentist"]


def test_a_title_run_into_you_are_not_insured_is_not_the_bullet() -> None:
    bullets = _bullets(
        "5.2 Asbestos You are not insured for liability in connection with asbestos."
    )
    assert bullets == ["Liability in connection with asbestos"]


def test_a_benefit_that_is_not_paid_keeps_its_name() -> None:
    bullets = _bullets(
        "The Daily Allowance is not payable for day care claims where the stay is less than "
        "24 hours."
    )
    assert bullets and all(b.startswith("Daily Allowance") for b in bullets)


def test_a_refusal_in_the_next_sentence_is_not_read_into_the_first() -> None:
    bullets = _bullets(
        "We will not pay for a loss that is recoverable under another policy. We also will "
        "not pay for any deductible."
    )
    assert "Any deductible" not in bullets[:1]


def test_a_waiting_period_that_does_not_apply_gives_no_bullet() -> None:
    assert _bullets("The waiting period does not apply to this benefit.") == []
    assert _bullets("Co-payment will not apply on Personal Accident covers.") == []


def test_a_waiver_that_does_not_apply_stays() -> None:
    assert _bullets("The nursery charges waiver will not apply for non-routine stays.")


def test_a_draft_with_no_bullet_says_so() -> None:
    """Once the waiting period's line is gone the draft has none: it says so in words, not
    with a bare "- …" that reads as a bullet cut to nothing."""
    draft = summary_draft(
        "# Policy wording\n\nThe waiting period does not apply to this benefit.\n"
    )
    assert "- …" not in draft
    assert "No exclusion clarity found" in draft
