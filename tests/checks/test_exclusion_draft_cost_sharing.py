"""Draft bullets of a list whose items the plan still pays for, the member paying only
what they cost beyond it (``draft_cost_sharing_lead_in``): cost sharing, like an excess,
is no exclusion, and "Blended lenses" alone would say blended lenses are not covered.
Fixtures written for this file."""

from __future__ import annotations

import pytest
from test_exclusion_topics_draft import draft_bullets

PLAN = "# Vision plan\n\n## Exclusions and limitations\n\n{lead_in}\n\n1. Blended lenses.\n2. Oversize lenses.\n\nWe do not cover plano lenses.\n"


@pytest.mark.parametrize(
    "lead_in",
    [
        "If you select any of the following extras, the plan will pay the basic cost of the "
        "allowed lenses and you will be required to pay any additional costs associated with "
        "these extras:",
        "The member is responsible for the extra charges for these options:",
    ],
)
def test_items_the_member_pays_extra_for_are_no_bullets(lead_in: str) -> None:
    assert draft_bullets(PLAN.format(lead_in=lead_in)) == ["Plano lenses"]


def test_items_of_an_exclusions_lead_in_stay_bullets() -> None:
    bullets = draft_bullets(PLAN.format(lead_in="We do not cover the following:"))
    assert bullets == ["Blended lenses", "Oversize lenses", "Plano lenses"]
