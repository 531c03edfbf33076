"""A clause that withholds a benefit on a condition names no thing: its subject is the
benefit ("Benefits are not payable if ...", "We will not pay a Crisis Benefit if ...").
Life and disability policies say most of their limits this way, and the draft left them
all out (batch 18's readers: a short-term disability policy's three "Furthermore"
limits, a life policy's benefit terms). The bullet is the condition, whole or not at all.

All text here is invented."""

from __future__ import annotations

import pytest
from test_exclusion_topics_draft import draft_bullets

POLICY = """# Income Protection

## What are the limits of this cover?

{clause}

We will not pay for any claim caused by war.
"""


@pytest.mark.parametrize(
    ("clause", "bullet"),
    [
        (
            "Benefits are not payable if your earnings from work exceed 80% of your usual "
            "weekly earnings.",
            "If your earnings from work exceed 80% of your usual weekly earnings",
        ),
        (
            "Benefits are not payable for any period during which you are held in prison.",
            "For any period during which you are held in prison",
        ),
        (
            "We will not pay a Crisis Benefit if your waiting period is 720 days.",
            "Crisis Benefit if your waiting period is 720 days",
        ),
        (
            "We will not pay you this benefit for expenses that are paid from any other source.",
            "Expenses that are paid from any other source",
        ),
    ],
)
def test_the_condition_is_the_bullet(clause: str, bullet: str) -> None:
    bullets = draft_bullets(POLICY.format(clause=clause))
    assert bullet in bullets, bullets


@pytest.mark.parametrize(
    "clause",
    [
        # the condition points where the bullet cannot follow
        "This benefit is not payable if it is less than $1,000.",
        "We will not pay a benefit if an exclusion applies.",
        # too long to show whole: cut short it would say more than the wording
        "Benefits are not payable if you are able to return to work in your usual "
        "occupation on a part-time basis for at least ten hours in each week of the "
        "benefit period but you choose not to do so for reasons other than your illness.",
    ],
)
def test_no_bullet_for_a_condition_it_cannot_show(clause: str) -> None:
    bullets = draft_bullets(POLICY.format(clause=clause))
    assert [b for b in bullets if not b.startswith("###")] == ["War"], bullets


def test_items_of_a_lead_in_that_refuses_payment_are_bullets() -> None:
    # "Payment will not be made" is a restriction's words, a family the draft leaves
    # out; for any loss with a listed cause it refuses cover as "We do not cover" does
    text = """# Accidental death and dismemberment

## Article 9 - Limitations

Payment will not be made for any loss to which a contributing cause is:

- willful self-injury or self-destruction, while sane or insane; or
- duty as a member of a military organization.
"""
    bullets = draft_bullets(text)
    assert "Duty as a member of a military organization" in bullets, bullets


def test_what_earnings_do_not_include_is_how_the_benefit_is_reckoned() -> None:
    # "Bonuses" drafted as not covered reads as a cover refused; the earnings the
    # benefit is worked out from leave them out
    text = """# Long term disability

## Predisability earnings

Predisability Earnings does not include:

- Bonuses.
- Overtime pay.

## Exclusions

You are not covered for a Disability caused by war.
"""
    bullets = draft_bullets(text)
    assert "Bonuses" not in bullets and "Overtime pay" not in bullets, bullets
