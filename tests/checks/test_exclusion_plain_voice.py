"""Plain-English wordings say their limits with contractions and short sentences: "you'll
be responsible for paying these", "This is so long as no other
policy covers the cost", and legal expenses cover held to a case worth pursuing
("Reasonable prospects of success must be present throughout the claim", "we will end your
claim"). Readers label each. Not "you'll be able to claim", nor "This is so you can get
help quickly". Invented text."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts

COVER = """# Section 7 Legal expenses and car hire

We'll pay for a hire car while your car is being repaired, and for your legal costs. {sentence}
"""

FOUND = (
    "If they charge costs that we don't agree, you'll be responsible for paying these.",
    "We'll only pay for the hire car while your own car is off the road.",
    "This is so long as no other car insurance policy covers the cost.",
    "Reasonable prospects of success must be present throughout the claim.",
    "If we believe your case has no reasonable prospects of success, we will end your claim.",
)
NOT_FOUND = (
    "You'll be able to claim online or by phone.",
    "This is so you can get help quickly.",
    "We'll tell you when your claim ends.",
    "You'll need to pay the costs up front, and then send us your receipts.",
    "You will be responsible for paying the first part of each and every claim.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_limit_said_in_a_plain_voice_is_found(sentence: str) -> None:
    found = clause_texts(COVER.format(sentence=sentence))
    assert any(text.startswith(sentence[:30]) for text in found), found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_plain_help_text_is_not_found(sentence: str) -> None:
    assert clause_texts(COVER.format(sentence=sentence)) == []
