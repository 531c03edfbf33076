"""Group certificates (disability, dental, vision) say a good deal that is neither cover
nor its loss: how a denied claim is reviewed, how long the insurer takes to decide, which
provisions a state notice lifts, and what is not taken off a disability benefit ("Deductible
Income does not include:"). Readers leave these out. They count the refusals said in the
same certificates' own words: "coverage will not be available", "your benefits may
cease", "provided the insurer determines you are disabled", "the insurer reserves the right
to reject any claim filed late", "in no event beyond six months", "you may not receive all
of the protections". Invented text."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts

BENEFIT = """# Part 3 Disability benefits

We pay a monthly benefit while you are disabled. {sentence}
"""

FOUND = (
    "Continuation coverage will not be available to you after the date your employer ends the plan.",
    "If you are able to but do not take part in the return to work program, your benefits may cease.",
    "Benefits begin after the waiting period, provided Acme Life determines that you are disabled.",
    "The plan reserves the right to reject any claim filed more than 180 days after the service.",
    "Treatment under way at the end of cover goes on, but in no event beyond three months.",
    "You may not receive all of the protections of a policy issued in your own state.",
)
NOT_FOUND = (
    "If all or part of a claim is denied, you may request a review.",
    "You have the right to bring a civil action under section 502(a) if your claim is denied on review.",
    "The review will be made by someone other than the person who denied the claim.",
    "The insurer will make a decision no more than 90 days after it receives your claim.",
    "The Subrogation provision, if shown in the certificate, is not applicable.",
    "These limits will not apply while you lack legal capacity.",
    "If we do not provide our claim forms within 15 days, you may send us a letter instead.",
    "You need not see a doctor if further treatment would be of no benefit to you.",
    "The association pays your claims if your insurer is insolvent and can't pay its debts.",
    "Signing the notice shows that you were told about when your coverage will stop.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_refusal_in_a_certificates_own_words_is_found(sentence: str) -> None:
    found = clause_texts(BENEFIT.format(sentence=sentence))
    assert any(text.startswith(sentence[:30]) for text in found), found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_claim_review_duties_and_lifted_provisions_are_not_found(sentence: str) -> None:
    assert clause_texts(BENEFIT.format(sentence=sentence)) == []


OFFSETS = """# Deductible income

Deductible Income means:

1. Any amount you receive under a workers' compensation law.
2. Any amount you receive under any other group insurance.

# Exceptions to deductible income

Deductible Income does not include:

1. Reimbursement for hospital or medical expense.
2. Benefits from any individual disability insurance policy.
"""


def test_the_exceptions_to_an_offset_are_not_exclusions() -> None:
    found = clause_texts(OFFSETS)
    assert not any("Reimbursement" in t or "individual disability" in t for t in found), found
