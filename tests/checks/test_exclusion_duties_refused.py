"""The insurer's duty to pay, defend or indemnify taken away, and refusals it names itself.

- "We are not obligated to pay any legal costs ... after the limits are used up", "We shall
  not have any duty to defend any suit ...", "the Company shall be under no obligation to
  indemnify", "we shall refuse to indemnify the Insured", "... but such expenses shall not
  be recoverable under this Policy": each takes cover away, with the insurer as the one who
  owes nothing;
- not a duty the insured has, not the insurer's word that it need not inspect, not "When we
  have no duty to defend, we will have the right to ..." (a right);
- a lead-in that names its items as duties ("... unless there has been full compliance with
  the following duties:") is the exclusion; the duties listed under it are not;
- a refused defence gives no line of the draft summary (its object is a suit, not a thing
  left out), nor does a payment put off ("not obliged to pay a claim until we receive
  ..."); a refused payment names what is not paid.

All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found, clause_texts, summary_draft

COVER = """# Section 2 Liability

We pay the damages you must pay for injury to others. {sentence}
"""

FOUND = (
    "We are not obligated to pay any defence costs after the limit of liability is used up.",
    "We shall not have any duty to defend any suit brought against a volunteer.",
    "The Company shall be under no obligation to indemnify a contractor of the Insured.",
    "The insurer has no obligation to make any payment for a loss abroad.",
    "If the Insured makes a fraudulent claim, we shall refuse to indemnify the Insured.",
    "You must repair any defect at once, but such costs shall not be recoverable under this "
    "Policy.",
    "When this insurance is excess, we will have no duty to defend a suit another insurer defends.",
)

NOT_FOUND = (
    "We are not obligated to make any inspections or surveys of your premises.",
    "When we have no duty to defend, we will have the right to join the defence of a suit.",
    "You have no duty to report a claim that you withdraw within a week.",
    "If you refuse to pay the premium, you may cancel by writing to us.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_duty_the_insurer_refuses_is_found(sentence: str) -> None:
    assert_found(COVER, sentence)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_right_an_inspection_or_a_payment_put_off_is_not_found(sentence: str) -> None:
    assert_not_found(COVER, sentence)


DUTIES = """# Conditions

Duties after a loss

We have no duty to provide coverage under this policy unless there has been full
compliance with the following duties:

a. Give us prompt notice of the loss.
b. Send us the name and address of each injured person.
c. Cooperate with us in the investigation of the claim.
"""


def test_duties_under_a_lead_in_that_names_them_are_not_exclusions() -> None:
    found = clause_texts(DUTIES)
    assert [" ".join(text.split()) for text in found] == [
        "We have no duty to provide coverage under this policy unless there has been full "
        "compliance with the following duties:"
    ], found


EXCLUSIONS = """# Exclusions

We are not obligated to pay any fines or penalties imposed on a director.

We shall not have any duty to defend any suit brought on account of such abuse.

We are not obliged to pay a claim until we receive all the receipts we ask for.
"""


def test_a_refused_defence_gives_no_line_and_a_refused_payment_does() -> None:
    draft = summary_draft(EXCLUSIONS)
    assert "**Fines or penalties imposed on a director**" in draft, draft
    assert "suit" not in draft.lower() and "receipts" not in draft, draft
