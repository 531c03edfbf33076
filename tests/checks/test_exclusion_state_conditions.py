"""What the insured event, person or thing must be for cover to hold, said as a state of
it ("The injury must be caused by an accident", "A physician must be a person other than
you"): a condition of cover by the guideline, met by readers of eleven publishers in
held-out sets 23-55 (benchmarks/heldout/external.md). Each case is invented text; a duty
to act, a form or a procedure stays out, and so does a lead-in naming the covered
causes."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found, clause_texts

TEMPLATE = """## Coma benefit

We pay a lump sum if the insured person falls into a coma after an accident.

{sentence}

## Making a claim

Call our helpline.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The injury must be caused by an accident and happen during the trip.",
        "The insured must be confined in a medical facility and diagnosed as comatose.",
        "A physician must be a person other than you or a member of your family.",
        "The other person must not be an interested party.",
        "The pet must be at least 13 weeks old when the policy starts.",
        "The person to be insured must be aged between 18 and 60 when applying.",
        "The covered person must be under the care of a doctor when the costs are incurred.",
        "The identity of the driver must be unknown.",
    ],
)
def test_a_state_the_cover_depends_on_is_a_condition(sentence: str) -> None:
    assert_found(TEMPLATE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Any change to this policy must be in writing.",
        "All documents must be supplied at your own expense.",
        "Any query about a payment must be directed to your bank.",
        "You must be the person who paid for the trip.",
    ],
)
def test_a_form_a_procedure_or_your_own_duty_is_not(sentence: str) -> None:
    assert_not_found(TEMPLATE, sentence)


def test_a_lead_in_naming_the_covered_causes_leaves_its_items_covered() -> None:
    text = TEMPLATE.format(
        sentence="The loss must be caused by one of the following:\n\n- fire;\n- theft; or\n- storm."
    )
    found = clause_texts(text)
    assert not any(clause.startswith(("fire", "theft", "storm")) for clause in found), found
