"""Conditions of cover stated inside cover and benefit text.

The guideline counts a condition that cover depends on ("provided such treatment is
prescribed by a doctor", "must happen during the period of insurance", "only on payment
of the extra premium") as an exclusion; a proviso on a refund of premium is a
cancellation right. (Cross-references in prose, "subject to the General Exclusions",
stay out: the labelled set leaves them unlabelled.) Every fixture is written for this
file.
"""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, exclusions

PROVISO_SUBJECTS = (
    "Section 2 Lost keys\n\n"
    "We will pay for new locks for your shed provided such locks are fitted by a "
    "locksmith.\n\n"
    "We will pay for the taxi home provided there is no bus running after midnight.\n\n"
    "We will pay the kennel fees for your dog provided boarding lasted more than two "
    "nights.\n\n"
    "Section 3 Your tent\n\n"
    "We will pay for the tent pegs and the services provided such as pitching the tent.\n\n"
    "The repair is provided under the warranty of the maker and is paid by them.\n"
)


def test_a_proviso_that_opens_with_its_own_subject_is_a_condition_of_cover() -> None:
    found = clause_texts(PROVISO_SUBJECTS)
    assert any("provided such locks are fitted" in t for t in found), found
    assert any("provided there is no bus" in t for t in found), found
    assert any("provided boarding lasted" in t for t in found), found
    # the verb "provided" conditions nothing
    assert not any("services provided such as" in t for t in found), found
    assert not any("provided under the warranty" in t for t in found), found


REFUND_PROVISOS = (
    "Section 9 Cancelling your policy\n\n"
    "You may cancel this policy within 14 days and we will give back the whole premium "
    "provided no claim has been made.\n\n"
    "If you end the policy early we will refund part of the premium, provided you have "
    "not made a claim.\n"
)


def test_a_refund_of_premium_on_condition_of_no_claim_is_a_cancellation_right() -> None:
    assert clause_texts(REFUND_PROVISOS) == []


@pytest.mark.parametrize("fmt", ["markdown", "text"], ids=["markdown", "text"])
def test_refund_fixture_reads_in_both_formats(fmt: str) -> None:
    assert exclusions(REFUND_PROVISOS, fmt=fmt) == []


WHEN_IT_MUST_HAPPEN = (
    "Section 4 Sailing cover\n\n"
    "We will pay for damage to the dinghy. The damage must happen during the sailing "
    "season.\n\n"
    "The following events must occur whilst on a voyage.\n\n"
    "For a claim for the lost regatta fee, a check by the harbour master must take place "
    "within 48 hours of the storm.\n\n"
    "The extra mooring fees must become necessary because of the damage to the mast.\n\n"
    "You must have left the harbour for cover to apply.\n\n"
    "Section 5 Repairs\n\n"
    "All repairs must begin and be carried out as quickly as possible.\n"
)


def test_when_or_why_the_insured_event_must_happen_is_a_condition_of_cover() -> None:
    found = clause_texts(WHEN_IT_MUST_HAPPEN)
    assert any("must happen during the sailing season" in t for t in found), found
    assert any("must occur whilst on a voyage" in t for t in found), found
    assert any("must take place within 48 hours" in t for t in found), found
    assert any("must become necessary because of" in t for t in found), found
    assert any("for cover to apply" in t for t in found), found
    # a duty of how work is done is no condition of when the loss happens
    assert not any("carried out as quickly" in t for t in found), found


ONLY_ON_A_STEP = (
    "Section 6 Your pets\n\n"
    "The policy covers a second puppy only on payment of the extra premium.\n\n"
    "We will extend the insurance to your lodger only after you have told us their name "
    "in writing.\n\n"
    "We will pay the vet only with your approval and straight into the vet's account.\n"
)


def test_cover_given_only_on_a_step_first_taken_is_a_condition() -> None:
    found = clause_texts(ONLY_ON_A_STEP)
    assert any("only on payment of the extra premium" in t for t in found), found
    assert any("only after you have told us" in t for t in found), found
    # how a benefit is paid is no condition of whether it is
    assert not any("only with your approval" in t for t in found), found


def test_a_duty_stated_as_what_any_payment_depends_on_is_a_condition() -> None:
    text = (
        "Section 8 General terms\n\n"
        "The rules of this scheme must be kept by each member for the insurer to make any "
        "payment under it.\n\n"
        "You must send us your boarding pass so that we can check the dates.\n"
    )
    found = clause_texts(text)
    assert any("for the insurer to make any payment" in t for t in found), found
    assert not any("boarding pass" in t for t in found), found
