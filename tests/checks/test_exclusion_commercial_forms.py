"""Commercial property and liability forms: the clauses that take cover away in their words,
and the clauses around them that do not.

US commercial policies are bound from standard forms and endorsements, and London market
wordings carry market clauses. Their limits and exclusions are said in ways the personal
lines wordings do not use:

- a cover named by its title is refused ("there is no Equipment Breakdown Coverage");
- "under no circumstances will we pay more than" caps what is paid;
- a state's fraud warning makes concealment "grounds to rescind" the policy;
- the market sanctions clause says no "(re)insurer" is liable;
- sums said to be within the limit ("do not provide additional amounts of insurance") and
  cover behind other insurance ("shall apply as excess coverage only") restrict it;
- a term the form defines in quotes is said not to be a thing ('A "parking structure" is
  not a structure');
- an endorsement that adds exclusions to the form ("The following is added to paragraph
  2., Exclusions, ...: This insurance does not apply to:") titles each one and sets its
  clause under the title, with no trigger of its own.

Not exclusions: a fraud warning's civil penalty, a limit that does not apply (cover given
back), a clause left empty ("Intentionally omitted"), a severability clause, the premium
returned or kept on cancellation, "provided here" (not "provided her[e]"), and "not only
... but", which adds. "Provided not caused by" stays a proviso.

All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found, clause_texts

PROPERTY = """# Section 2 Property coverage

We pay for direct physical loss to covered property at the premises. {sentence}
"""

FOUND = (
    "Without a sudden breakdown of the machine, there is no Machinery Breakdown Coverage.",
    "Under no circumstances will we pay more than $2,000,000 for all claims under this policy.",
    "Any willful concealment of a material fact shall be grounds to rescind the policy.",
    "No (re)insurer shall be liable to pay any claim to the extent that paying it would "
    "expose that (re)insurer to any sanction.",
    "These extensions do not provide additional amounts of insurance.",
    "Where other insurance applies, these extensions shall apply as excess coverage only.",
    'A "loading dock" is not a building or a part of a building.',
    "Impact damage by falling objects is covered, provided not caused by storm or flood.",
)

NOT_FOUND = (
    "Any person who files a false claim is subject to a civil penalty not to exceed $5,000.",
    "This limit does not apply to tools worth $200 or less.",
    "The Limit of Liability for Flood shall not apply to loss caused by ensuing fire.",
    "Intentionally omitted",
    "In the event that any provision of this clause is found to be invalid, the other "
    "provisions shall remain in full force and effect.",
    "If the return premium is not refunded with the notice of cancellation, we will refund it "
    "within a reasonable time.",
    "The details provided here are a summary of how we store your information.",
    "Call the telephone number provided herein to report the loss.",
    "We use your information to not only provide our products, but to understand your needs.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_commercial_forms_limit_is_found(sentence: str) -> None:
    assert_found(PROPERTY, sentence)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_text_around_the_limits_is_not_found(sentence: str) -> None:
    assert_not_found(PROPERTY, sentence)


ENDORSEMENT = """# EXCLUSION - DIVING BOARDS

THIS ENDORSEMENT CHANGES THE POLICY. PLEASE READ IT CAREFULLY.

The following is added to paragraph 2., Exclusions, of Section I - Coverages, Coverage A:

## This insurance does not apply to:

## Diving Boards

"Bodily injury" or "property damage" arising out of the use of any diving board or slide.

All other terms and conditions of this policy remain unchanged.
"""


def test_the_clause_under_an_added_exclusions_title_is_found() -> None:
    """'Diving Boards' / '"Bodily injury" ... arising out of ... any diving board': found."""
    texts = clause_texts(ENDORSEMENT)
    assert any(text.startswith('"Bodily injury" or "property damage"') for text in texts), texts
    assert not any(text.startswith("THIS ENDORSEMENT") for text in texts), texts


COVER_LIST = """# Section 3 Breakdown cover

We cover:

- Towing your van to the nearest garage. The details provided here are a summary of the towing service.
- Roadside repairs, provided your van is roadworthy.
"""


def test_provided_here_is_no_proviso_in_a_cover_item() -> None:
    """'The details provided here are a summary ...' is not 'provided her[e]'; the real proviso
    in the next item ('provided your van is roadworthy') is still found."""
    texts = clause_texts(COVER_LIST)
    assert not any("details provided here" in text for text in texts), texts
    assert any("provided your van is roadworthy" in text for text in texts), texts


PRIVACY = """# Using your information

We use your personal information in these ways:

- Providing you with services relating to an insurance quotation or policy, for example:
  - Assessing your insurance application and arranging your policy.
  - Managing your policy, including claims handling.
"""


def test_providing_you_with_opens_no_proviso() -> None:
    """'Providing you with services ..., for example:' is the verb, not 'Providing you have
    paid ...': its items are what the information is used for."""
    assert clause_texts(PRIVACY) == []
