"""Lines that sit among exclusions but take no cover away: an insurer's or administrator's
address set as a numbered line under an exclusion endorsement, a premium grace period's
own rule, and a cooling-off right the policy does not give (``not_exclusion``). All text
here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_not_found, clause_texts

ENDORSEMENT = """# Exclusion – Chemical substances

This insurance does not apply to:

1. Injury arising out of any chemical substance.

Example Insurance Company

1 Harbor Street, Suite 102
Springfield, NJ 07921, (888) 555-0100

Administered by: Example Agency, LLC.

2 Ocean Avenue, 15th Floor
Boston, MA 02108
"""


def test_an_address_under_an_exclusion_endorsement_is_not_an_exclusion() -> None:
    assert clause_texts(ENDORSEMENT) == ["Injury arising out of any chemical substance."]


PREMIUMS = """# Premiums

You pay each premium by its due date. {sentence}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The grace period will not apply if we receive notice of your intent to end cover.",
        "Due to the short term of this policy we do not provide a cooling off period.",
    ],
)
def test_a_premium_or_cancellation_rule_is_not_an_exclusion(sentence: str) -> None:
    assert_not_found(PREMIUMS, sentence)


def test_no_cover_during_the_grace_period_is_still_found() -> None:
    found = clause_texts(
        PREMIUMS.format(sentence="Coverage is not available during the grace period.")
    )
    assert found == ["Coverage is not available during the grace period."], found
