"""A draft bullet that would open on a word of time or reason ("After 30-day waiting
period", "Once the waiting period is exceeded") or on an adverb of the cut verb
("Solely for recreational purposes") says when, why or how, cut from what is not
covered: no bullet (``draft_subordinate_openers``). Fixtures written for this file."""

from __future__ import annotations

import pytest
from test_exclusion_topics_draft import draft_bullets

TABLE = "# Health policy\n\n## Exclusions\n\nWe do not cover:\n\n- {item}\n- cosmetic surgery.\n"


@pytest.mark.parametrize(
    "item",
    [
        "after completion of the waiting period;",
        "once the waiting period is exceeded;",
        # an adverb of the verb the item was cut from
        "solely for recreational or hobby purposes;",
        "immediately prior to becoming unemployed;",
    ],
)
def test_a_clause_of_time_gives_no_bullet(item: str) -> None:
    assert draft_bullets(TABLE.format(item=item)) == ["Cosmetic surgery"]


def test_a_thing_excluded_stays() -> None:
    bullets = draft_bullets(TABLE.format(item="aftercare at a spa;"))
    assert bullets == ["Aftercare at a spa", "Cosmetic surgery"]
