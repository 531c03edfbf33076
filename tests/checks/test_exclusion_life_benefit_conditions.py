"""Conditions and limits that life and income-protection wordings state in their own words:
a benefit that "cannot be paid if ...", what a benefit waits for ("For the benefit to
start to accrue, the life insured must ..."), payment that "depends upon" the insured's
obligations, a step that must be taken or the cover or option lapses ("..., otherwise it
will expire"), and the exclusions of a cover carried over to its increase or replacement
("Any exclusions that applied to the original cover may also apply to the new cover").
Readers of unseen life wordings label each; the draft gives the carried-over exclusions
no bullet (what they apply to is not what is excluded). Not premiums, how a benefit is
paid, advice, a reminder, or who issues the product ("... is issued by X, with the
exception of ..."). Invented text."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts
from test_exclusion_topics_draft import draft_bullets

BENEFIT = """# Section 4 Income protection

We pay a monthly benefit while you are disabled. {sentence}
"""

FOUND = (
    "Any benefit under this plan cannot be paid if you are unemployed when you become disabled.",
    "The lump sum can't be paid while you live outside Australia.",
    "For the benefit to start to accrue, you must be totally disabled for the whole waiting period.",
    "For this cover to continue, the insured boat must be moored at a marina approved by us.",
    "Our obligation to pay any benefit depends upon you meeting your obligations under this policy.",
    "The option must be used within two years of the start date, otherwise it will lapse.",
    "You must tell us about the change within 30 days, otherwise your cover will end.",
    "Any exclusions that applied to the original policy may also apply to the new policy.",
    "Any exclusion or loading that applies to your existing cover will also apply to the increased cover.",
    "No insurance will be effective until we accept the application and issue a policy, except for interim accident cover.",
    "If a covered event occurs before the date of purchase of this policy or advance warning is issued by the relevant authority, it is not covered.",
    "Where multiple policies are issued by us for the same person, we will reduce the sum insured.",
)

NOT_FOUND = (
    "Premiums cannot be paid in cash.",
    "The benefit cannot be paid into a bank account outside Australia.",
    "For the claim to be processed quickly, you should send us the receipts.",
    "For the premium to be deducted from your account, you must sign the direct debit form.",
    "You must pay the premium on time, otherwise we will send you a reminder.",
    "Our obligation to tell you about changes depends on the law.",
    "For a claim to be assessed, you must send us a completed claim form.",
    "The product described in this document is issued by Example Life Limited, with the exception of an interest in the Example Master Trust.",
    "All plans, except the superannuation plans, are issued by Example Life Limited.",
    "The issuer for all products, except for term life held in super, is the Insurer.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_life_benefit_condition_or_limit_is_found(sentence: str) -> None:
    found = clause_texts(BENEFIT.format(sentence=sentence))
    assert sentence in found, found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_premium_a_way_of_paying_advice_or_a_reminder_is_not_found(sentence: str) -> None:
    found = clause_texts(BENEFIT.format(sentence=sentence))
    assert sentence not in found, found


def test_exclusions_carried_over_to_an_increase_give_no_bullet() -> None:
    sentence = (
        "Any exclusions that apply to your cover will also apply to any increase in your cover."
    )
    text = BENEFIT.format(sentence=sentence)
    assert sentence in clause_texts(text)
    assert draft_bullets(text) == [], draft_bullets(text)  # the draft is empty
