"""What a wrong or missing disclosure costs, said as the policy being undone.

The guideline counts a consequence that takes cover away ("If you do not ..., your
policy may not be valid") as an exclusion. Wordings in the UK, Australia and New Zealand
say the strongest one, avoidance from the start, as treating the policy "as if it never
existed", and a lighter one as the policy "being cancelled". A sentence that only says a
policy "cannot cover everything" names nothing it leaves out.

All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found

DUTY = """# Your duty to tell us

You must answer our questions honestly and fully. {sentence}
"""

FOUND = (
    "If fraud is involved, we can treat your policy as if it never existed.",
    "If you lie to us, we may cancel the contract and treat it as if it had never existed.",
    "A wrong answer might also result in your policy being cancelled.",
    "If you tell us something untrue, we may treat the contract (or your cover) as if it "
    "never existed.",
)

NOT_FOUND = (
    "To keep costs low, we sadly cannot cover everything.",
    "Home insurance does not cover everything, so read this booklet.",
    "We treat your personal information as confidential.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_the_policy_undone_is_found(sentence: str) -> None:
    assert_found(DUTY, sentence)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_sentence_that_names_nothing_left_out_is_not_found(sentence: str) -> None:
    assert_not_found(DUTY, sentence)
