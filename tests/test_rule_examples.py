"""Every rule's own examples, from its metadata: fail examples trigger it, pass ones do not."""

from __future__ import annotations

import pytest

from clarity import check_text
from clarity.core.settings import Settings
from clarity.rules.catalogue import all_rules

RULES = all_rules()


def _run(rule, text: str) -> set[str]:
    lang = rule.languages[0] if len(rule.languages) == 1 else "auto"
    profile = rule.profiles[0] if rule.profiles else "auto"
    settings = Settings(report_unused_suppressions=True)  # C101 is reported only when asked
    found = check_text(text, lang=lang, profile=profile, fmt="markdown", settings=settings)
    return {f.code for f in found.findings}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_fail_examples_trigger_the_rule(rule):
    for example in rule.fail_examples:
        assert rule.code in _run(rule, example), f"{rule.code} did not fire on: {example}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_pass_examples_do_not_trigger_the_rule(rule):
    for example in rule.pass_examples:
        assert rule.code not in _run(rule, example), f"{rule.code} fired on: {example}"


def test_every_rule_has_examples_of_both_kinds():
    missing = [r.code for r in RULES if not r.fail_examples or not r.pass_examples]
    assert not missing, f"rules without fail/pass examples: {missing}"


def test_rule_codes_and_names_are_unique():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    names = [(r.languages, r.name) for r in RULES]
    assert len(names) == len(set(names))
