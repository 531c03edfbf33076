"""Section titles a draft does not show (clarity/checks/exclusions/title_reading.py): a
running head whose layers a PDF printed over each other ("Understanding Understanding
important information (continued) tax tax", "Option Option"), a superscript run into
the words ("₂₄-hour"), a heading cut on "&". Fixtures written for this file."""

from __future__ import annotations

import pytest

from clarity.checks.exclusions.lexicon import CompiledLexicon, lexicon_for
from clarity.checks.exclusions.title_reading import reads_as_heading
from clarity.rules.packs import load_rulesets


@pytest.fixture(scope="module")
def english() -> CompiledLexicon:
    return lexicon_for(load_rulesets()["en"])


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Other Understanding Understanding important information tax tax", False),
        ("Participating Pharmacy Pharmacy", False),
        ("₂₄-hour", False),
        ("Exclusions¹", False),
        ("Annual All-Inclusive and Trip Cancellation &", False),
        ("Bed and Breakfast", True),
        ("Loss of Use", True),
        ("Trip Cancellation & Interruption", True),
    ],
)
def test_a_garbled_or_cut_heading_is_no_title(
    english: CompiledLexicon, title: str, heading: bool
) -> None:
    assert reads_as_heading(title, english) is heading
