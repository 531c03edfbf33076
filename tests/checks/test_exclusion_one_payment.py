"""One payment where several could be due, and notices that take no cover away.

- "Only one benefit payment ... will be paid within any 12 month period", "only one amount,
  the largest, will be paid" and "We pay one monthly amount at a time, even if ..." cap what
  is paid, as "only one benefit is payable" already did; "only one deductible shall apply"
  caps what the insured pays and stays out;
- a requirement "in order to qualify for a benefit" is a condition of cover, with "a" as
  with "the" or "any";
- a privacy notice's consequence ("If you do not provide the personal information we ask
  for, we may not be able to process your application") and when a premium may change
  ("Premium rates will only increase if ...") concern data and price, not cover; nor do
  the areas an ombudsman's office serves ("Goa, Mumbai Metropolitan Region (excluding Navi
  Mumbai & Thane)"), listed in every Indian wording, nor an insurer's registration and
  regulator statement ("Registered in Scotland, No. 1234."), nor whom a loss is paid to
  ("We will pay you unless some other person is named in the policy ...").

All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found, clause_texts

COVER = """# Section 2 Income benefit

We pay a monthly benefit while the insured person is disabled. {sentence}
"""

FOUND = (
    "Except for the first premium, no grace period will be allowed and cover ends on the due date.",
    "Only one Home Care benefit payment for an insured person will be paid within any "
    "12 month period.",
    "If more than one injury results from one accident, only one amount, the largest, will "
    "be paid.",
    "We pay one monthly benefit at a time, even if the insured person has more than one illness.",
    "The insured person must meet the full definition of disability in order to qualify for "
    "a benefit.",
)

NOT_FOUND = (
    "Only one deductible shall apply to any one event.",
    "Except for the first premium, a grace period of 31 days will be allowed for payment of "
    "premium.",
    "You will only have to pay one excess if further damage occurs within 72 hours of the storm.",
    "If you claim under two sections for the same loss, we will deduct only one excess.",
    "If you do not provide the personal information we ask for, we may not be able to "
    "process your application or your claim.",
    "Without your personal information we cannot provide you with this policy.",
    "Premium rates will only increase if we review the rates of every policy in the series.",
    "Goa, Mumbai Metropolitan Region (excluding Navi Mumbai & Thane).",
    "We will pay you unless some other person is named in the policy or is legally entitled "
    "to receive payment.",
    "Registered in Scotland, No. 1234.",
    "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
    "Authority.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_one_payment_or_a_condition_of_a_benefit_is_found(sentence: str) -> None:
    assert_found(COVER, sentence)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_deductible_a_privacy_notice_or_a_premium_term_is_not_found(sentence: str) -> None:
    assert_not_found(COVER, sentence)


LEVEL_PREMIUMS = """# Premiums

Level premiums will only change if:

- you ask us to change your benefit;
- you add an option to your plan.
"""


def test_the_items_of_a_premium_lead_in_are_not_exclusions() -> None:
    assert clause_texts(LEVEL_PREMIUMS) == []


CAPPED_EXTENSION = """# Extensions of cover

This policy is extended to cover, subject to a maximum limit of $10,000 per occurrence, loss
caused by mould if the mould results from one of the following causes{rest}:

- fire;
- lightning;
- explosion.
"""


def test_a_capped_extension_lists_what_it_covers() -> None:
    """The cap is the lead-in's own limit; its items are covered causes."""
    assert clause_texts(CAPPED_EXTENSION.format(rest="")) == []


def test_a_capped_extension_that_also_refuses_keeps_its_items() -> None:
    found = clause_texts(CAPPED_EXTENSION.format(rest=", but we will not pay for loss by"))
    assert "lightning;" in found, found


def test_a_registration_statement_after_the_exclusions_is_not_one() -> None:
    """Set at the foot of the exclusions page, the insurer's registration and regulator
    lines would read as items left out."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- war;\n- riot.\n\n"
        "Acme Home Insurance Limited. "
        "Registered in Scotland, No. 1234.\n\nRegistered Office: 1 High Street, Perth.\n\n"
        "Authorised by the Prudential Regulation Authority and regulated by the Financial "
        "Conduct Authority.\n"
    )
    assert clause_texts(text) == ["war;", "riot."]
