"""Limits that health, dental and vision plans state in their own words: a service
"covered for children only", "not listed as a covered service", "no separate benefit will
be paid", a penalty taken off what is paid, eyewear that "must be obtained from a plan
facility", an allowance that "can only be used" once, cover "only within the first 12
months" or "for a period of 30 days only", a claim that "could be rejected", care that "must
be scheduled during the period of coverage", the insurer "discharged from any liability" or
"considered as being his own insurer" for the difference, and a wait without the words
("will be available after the expiry of 36 months"). Readers label each. Not a service listed as covered, an allowance that may be spent
anywhere, or a plan that covers care within 30 days without "only". Invented text."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts

BENEFIT = """# Section 5 Dental and vision care

We pay for the care set out in the schedule. {sentence}
"""

FOUND = (
    "Orthodontic care is a covered service for children under 19 only and needs our approval first.",
    "Where approval is needed but not obtained, we can apply a penalty of up to half of the charges.",
    "Any root canal service not listed as a covered service.",
    "No separate benefit will be paid for these and similar add-on services.",
    "Glasses must be obtained from a plan optical centre when a doctor prescribes them.",
    "The allowance can only be used at the first point of sale.",
    "We cover the first wellness visit only within the first 12 months of your membership.",
    "A new boat will be insured automatically for a period of 30 days only from the date you buy it.",
    "If a lock is not used, your claim could be rejected or not fully paid.",
    "The allowance cannot be used to pay a copayment.",
    "Follow-up visits must be scheduled during the period of coverage.",
    "The assistance company reserves the right to suspend or limit its services in a war zone.",
    "If you accept our advice, we will be discharged from any liability to you for that claim.",
    "Neither we nor the assistance company shall be held responsible for the acts of a doctor.",
    "If the property is worth more than the sum insured, you shall be considered as being your own insurer for the difference.",
    "The maternity benefit will be available after the expiry of 36 months from the date you opt for it.",
)
NOT_FOUND = (
    "Orthodontic care is a covered service for children under 19.",
    "The allowance can be used at any optical centre you choose.",
    "We cover care you receive within 30 days of your accident.",
    "The allowance can be used to pay for frames or contact lenses.",
    "Our help line will be available after the end of the working day.",
    "Any autopsy we ask for must be performed during the period of contestability.",
    "Any root canal service listed as a covered service in the schedule.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_plan_limit_in_its_own_words_is_found(sentence: str) -> None:
    found = clause_texts(BENEFIT.format(sentence=sentence))
    assert any(text.startswith(sentence[:30]) for text in found), found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_cover_said_plainly_is_not_found(sentence: str) -> None:
    assert clause_texts(BENEFIT.format(sentence=sentence)) == []
