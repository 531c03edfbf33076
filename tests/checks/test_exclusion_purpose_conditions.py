"""A requirement that says what it is for: "To be covered you must ...", "To qualify for
payment, the traveller must ...", "For this contract to be valid, what you tell us must
be true". The guideline counts a condition that cover depends on when it is stated as
such; the opening purpose clause is how many publishers state it, with no "only if" or
"provided" in the sentence. A requirement for something that is not cover ("To qualify
as an arbitrator", "To be valid, a nomination must") takes no cover away. So, in the
same way, does a closing "only" that holds a section to some plans ("This section applies
to Gold plans only") or one event to one section's pay; and a time bar for claims said
as a sentence ("All claims must be notified to us within 30 days"), which the guideline
counts, unlike a duty whose loss of cover is not stated ("report a theft to the police
within 24 hours"). Every fixture is written for this file."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts

PURPOSES = """# Section 4 Delayed luggage

We pay £50 for each full 12 hours your luggage is delayed.

To qualify for payment, the traveller must get a written report from the airline stating how long the luggage was delayed.

To be covered under this section you must have checked the luggage in with the airline.

For this contract to be valid, all the answers you give us must be true.

To be able to make a valid claim, your bicycle will need to have been locked to a fixed stand.

# Section 9 Disputes

To qualify as an arbitrator, a person must be a member of a recognised body.

To be valid, a change of beneficiary must be signed by you.

To reach our helpline, you must dial the number on your card.
"""


AFTER = """# Section 6 Legal costs

You must be a resident of Canada to be eligible for this insurance.

The insured person must stay in hospital for at least 24 hours in order to receive any benefit.

Reasonable prospects of success must exist in order for us to continue providing cover.

To be eligible, your child must be under 19 and in full-time education.

You must dial the number on your card to reach our helpline.

You must keep your receipts to help us settle your claim quickly.
"""


REQUIREMENTS = (
    (
        PURPOSES,
        (
            "To qualify for payment",
            "To be covered under this section",
            "For this contract to be valid",
            "To be able to make a valid claim",
        ),
        ("arbitrator", "beneficiary", "helpline"),
    ),
    (
        AFTER,
        (
            "You must be a resident of Canada",
            "The insured person must stay in hospital",
            "Reasonable prospects of success",
            "To be eligible, your child",
        ),
        ("helpline", "receipts"),
    ),
)


@pytest.mark.parametrize(("text", "openings", "other"), REQUIREMENTS)
def test_a_requirement_that_says_what_cover_it_is_for_is_a_condition(
    text: str, openings: tuple[str, ...], other: tuple[str, ...]
) -> None:
    """Said before the requirement ("To be covered you must ...") or after it ("... must
    be a resident to be eligible for this insurance"); a requirement for something other
    than cover is not one."""
    found = clause_texts(text)
    for opening in openings:
        assert any(t.startswith(opening) for t in found), (opening, found)
    assert not any(word in t for t in found for word in other), found


ITEMS = """# Who can buy this insurance

To be eligible for insurance under this policy, you must:

- live in Canada;
- be 64 or younger on the day you buy it.
"""


def test_the_items_of_an_eligibility_lead_in_are_its_conditions() -> None:
    found = clause_texts(ITEMS)
    assert any(text.startswith("live in Canada") for text in found), found
    assert any(text.startswith("be 64 or younger") for text in found), found


ONLY_SOME = """# Section 12 Travel delay

This section applies to Gold and Platinum plans only.

If a claim under Section 11 and Section 12 arises from the same event, we will pay the claim under one of the sections only.

This section applies to all plans and to every traveller named in the schedule.

We will pay up to £200 only after the delay has lasted 12 hours, as shown in the schedule.
"""


def test_a_section_held_to_some_plans_or_one_section_per_event_is_a_restriction() -> None:
    found = clause_texts(ONLY_SOME)
    assert any(text.startswith("This section applies to Gold") for text in found), found
    assert any(text.startswith("If a claim under Section 11") for text in found), found
    assert not any(text.startswith("This section applies to all plans") for text in found), found


TIME_BARS = """# How to claim

All claims must be notified to us within 30 days of the loss.

You must submit all claims no later than 60 days after you leave hospital.

You must report a theft to the police within 24 hours.

You must submit your claim within 30 days of:

- the day you saw the vet; or
- the day your pet left the clinic.
"""


def test_a_time_bar_for_claims_said_as_a_sentence_is_found() -> None:
    found = clause_texts(TIME_BARS)
    assert any(text.startswith("All claims must be notified") for text in found), found
    assert any(text.startswith("You must submit all claims") for text in found), found
    assert not any("police" in text or "vet" in text or "clinic" in text for text in found), found
