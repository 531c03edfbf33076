"""Draft bullets of clauses that name a time inside a waiting period ("during the waiting
period"): in income protection the waiting period is how the benefit is paid, and a
clause that says what happens in it refuses nothing (clarity/checks/exclusions/
draft_cover.py ``_wait_mentioned_only``, rules ``draft_wait_mentions``). Fixtures written
for this file."""

from __future__ import annotations

from exclusion_helpers import draft_bullet_words

INCOME = (
    "# Income protection policy\n\n## Your cover\n\nWe pay a monthly benefit while you are "
    "totally disabled.\n\n## The waiting period\n\n{sentence}\n\n## General exclusions\n\n"
    "We will not pay for any claim caused by war.\n"
)


def test_what_happens_during_the_wait_is_no_bullet() -> None:
    for sentence in (
        "The Nursing Care benefit is payable during the waiting period.",
        "We pay a daily amount if you are confined to bed for three days during the "
        "waiting period.",
    ):
        bullets = draft_bullet_words(INCOME.format(sentence=sentence))
        assert not any("waiting period" in b for b in bullets), (sentence, bullets)


def test_a_refusal_during_the_wait_is_a_bullet() -> None:
    """The item names only the time; its lead-in refuses."""
    sentence = (
        "We will not pay any benefit if any of the following occurs:\n\n- an illness "
        "shows itself during the waiting period;\n- you are in prison."
    )
    bullets = draft_bullet_words(INCOME.format(sentence=sentence))
    assert any("waiting period" in b for b in bullets), bullets
