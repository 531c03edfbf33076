"""Every rule's own examples, from its metadata (the rule packs under rules/): fail
examples trigger it, pass ones do not, each checked in its own language."""

from __future__ import annotations

import pytest

from clarity import check_text
from clarity.core.rulemeta import Example
from clarity.core.settings import Settings
from clarity.rules.catalogue import all_rules

RULES = all_rules()


def _run(rule, example: Example) -> set[str]:
    profile = rule.profiles[0] if rule.profiles else "auto"
    # C101 is reported only when asked; an opt-in rule runs only when selected.
    settings = Settings(report_unused_suppressions=True, extend_select=(rule.code,))
    found = check_text(
        example.text, lang=example.language, profile=profile, fmt="markdown", settings=settings
    )
    return {f.code for f in found.findings}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_fail_examples_trigger_the_rule(rule):
    for example in rule.examples:
        if example.flagged:
            assert rule.code in _run(rule, example), f"{rule.code} did not fire on: {example}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_pass_examples_do_not_trigger_the_rule(rule):
    for example in rule.examples:
        if not example.flagged:
            assert rule.code not in _run(rule, example), f"{rule.code} fired on: {example}"


def test_examples_are_in_the_rules_languages():
    wrong = [
        (r.code, e.language) for r in RULES for e in r.examples if e.language not in r.languages
    ]
    assert not wrong


def test_every_rule_has_examples_of_both_kinds():
    missing = [r.code for r in RULES if not r.fail_examples or not r.pass_examples]
    assert not missing, f"rules without fail/pass examples: {missing}"


def test_rule_codes_and_names_are_unique():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    names = [(r.languages, r.name) for r in RULES]
    assert len(names) == len(set(names))
