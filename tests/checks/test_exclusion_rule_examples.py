"""The X/W/K rules' own examples: fail examples fire the rule, pass examples do not."""

from __future__ import annotations

import pytest
from rule_settings import EVERY_RULE

from clarity import check_text
from clarity.checks.exclusions.check import ExclusionsCheck
from clarity.checks.exclusions.summary_check import SummaryCheck
from clarity.checks.loans.check import LoanFactsCheck

RULES = [r for cls in (ExclusionsCheck, SummaryCheck, LoanFactsCheck) for r in cls.rules]


def _codes(rule, text: str) -> set[str]:
    lang = rule.languages[0] if len(rule.languages) == 1 else "auto"
    result = check_text(
        text, lang=lang, profile=rule.profiles[0], fmt="markdown", settings=EVERY_RULE
    )
    return {f.code for f in result.findings}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_examples(rule) -> None:
    assert rule.fail_examples and rule.pass_examples
    for example in rule.fail_examples:
        assert rule.code in _codes(rule, example), example
    for example in rule.pass_examples:
        assert rule.code not in _codes(rule, example), example
