"""The literal prefilter only ever skips patterns that cannot match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from clarity.rules.packs import load_rulesets
from clarity.text.prefilter import may_match, required_literal


def test_required_literals():
    assert required_literal(r"(?<!\w)mikäli(?!\w)", re.I) == "mikäli"
    assert required_literal(r"\bThe Company\b") == "The Company"
    assert required_literal(r"\bThe Company\b", re.I) == "the company"
    assert required_literal(r"shall|must") is None  # alternation: no single literal
    assert required_literal(r"\bko\.", re.I) == "ko."
    assert required_literal(r"(") is None


WORDS = st.sampled_from(
    [
        "mikäli",
        "Mikäli",
        "ko.",
        "KO.",
        "the Company",
        "the company",
        "inter alia",
        "e.g.",
        "suorittaa maksun",
        "vakuutuksenottajalle",
        "herein",
        " ",
        "\n",
        "x",
        "1.2",
        "Em.",
    ]
)


@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_skipping_never_changes_a_result(text):
    lowered = text.lower()
    for ruleset in load_rulesets().values():
        for rule in ruleset.rules:
            for pattern in rule.patterns:
                if not may_match(pattern, text, lowered):
                    assert pattern.search(text) is None, (rule.meta.code, text)
