""" "Including, but not limited to" is the opposite of a limit: a list of examples, not a
restriction of cover ("Evidence of insurability may include, but will not be limited to:"
/ "a medical examination"). "Limited to" itself still restricts. Fixtures written for
this file."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found

TEMPLATE = "# Your cover\n\nWe pay for treatment abroad.\n\n{sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The term storm shall include, but not be limited to, cyclones and typhoons.",
        "Valid reasons include, but will not be limited to, those listed in your schedule.",
        "Without being limited to these, examples are surgery and prescribed medication.",
        "Your income will not be limited to the taxable income you report.",
    ],
)
def test_not_limited_to_is_no_limit(sentence: str) -> None:
    assert_not_found(TEMPLATE, sentence)


def test_a_list_of_examples_is_no_list_of_exclusions() -> None:
    text = (
        "Evidence of insurability may include, but will not be limited to:\n\n"
        "- a medical examination, if requested;\n- statements from your doctors.\n"
    )
    assert_not_found(TEMPLATE, text)


def test_limited_to_still_restricts() -> None:
    assert_found(TEMPLATE, "Cover for jewellery is limited to 500 euros for any one item.")
