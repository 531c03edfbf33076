"""Per-rule test cases as data: tests/checks/cases/<CODE>.yml (sqlfluff's std_rule_cases
are the model).

Each file names its ``rule`` and lists ``cases``. A case has a ``name`` and either
``fail_str`` with the ``findings`` the rule must give on it, or ``pass_str``, on which the
rule must give none. Optional: ``language`` (default: the rule's first language),
``profile`` (default: the rule's first profile, else auto), ``format`` (text, markdown or
html; default markdown) and ``config`` (keys as in clarity.toml, e.g.
``{report-unused-suppressions: true}``).

A finding gives ``line``, ``column`` (1-based, of the first character flagged) and
``message``; ``suggestion`` and ``severity`` are compared too, as empty and as the rule's
severity when left out; ``text``, ``end_line`` and ``end_column`` when given. Only the
case's rule is compared: other rules may fire on the same text. Every case runs through
the public API (``clarity.check_text``), as a user's program would.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from clarity import check_text
from clarity.core.rulemeta import RuleMeta
from clarity.core.settings import Settings, settings_from_table
from clarity.rules.catalogue import all_rules

CASES = Path(__file__).resolve().parent / "cases"
RULES = {rule.code: rule for rule in all_rules()}
_CASE_KEYS = {"name", "fail_str", "pass_str", "findings", "language", "profile", "format", "config"}
_COMPARED_WHEN_GIVEN = ("text", "end_line", "end_column", "count")
_FINDING_KEYS = {"line", "column", "message", "suggestion", "severity", *_COMPARED_WHEN_GIVEN}


@cache
def case_file(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _all_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yml")):
        for case in case_file(path).get("cases") or []:
            code = path.stem
            params.append(pytest.param(code, case, id=f"{code}-{case.get('name')}"))
    return params


def _run(rule: RuleMeta, case: dict[str, Any], text: str) -> list[Any]:
    result = check_text(
        text,
        lang=case.get("language", rule.languages[0]),
        profile=case.get("profile", rule.profiles[0] if rule.profiles else "auto"),
        fmt=case.get("format", "markdown"),
        settings=_selecting(
            rule, settings_from_table(case.get("config") or {}, Path("clarity.toml"))
        ),
    )
    return [f for f in result.findings if f.code == rule.code]


def _selecting(rule: RuleMeta, settings: Settings) -> Settings:
    """The case's settings with its rule selected as well: an opt-in rule (``default:
    false``) runs only when named, and a case tests the rule, not the default set."""
    return replace(settings, extend_select=(*settings.extend_select, rule.code))


def _seen(finding: Any, expected: dict[str, Any]) -> dict[str, Any]:
    """The finding as a case writes it, with the keys the expectation compares."""
    out = {
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "severity": finding.severity.label,
    }
    out.update({key: getattr(finding, key) for key in _COMPARED_WHEN_GIVEN if key in expected})
    return out


def _expected(rule: RuleMeta, expected: dict[str, Any]) -> dict[str, Any]:
    return {"suggestion": "", "severity": rule.severity.label, **expected}


@pytest.mark.parametrize(("code", "case"), _all_cases())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    rule = RULES[code]
    if "fail_str" in case:
        found = _run(rule, case, case["fail_str"])
        expected = case["findings"]
        seen = [_seen(f, e) for f, e in zip(found, expected, strict=False)]
        seen += [_seen(f, {}) for f in found[len(expected) :]]
        assert seen == [_expected(rule, e) for e in expected]
    else:
        found = _run(rule, case, case["pass_str"])
        assert [(f.line, f.column, f.message) for f in found] == []


def test_every_rule_has_a_case_file_with_a_fail_and_a_pass_case() -> None:
    lacking = []
    for code in RULES:
        path = CASES / f"{code}.yml"
        cases = case_file(path).get("cases") or [] if path.is_file() else []
        if not any("fail_str" in c for c in cases) or not any("pass_str" in c for c in cases):
            lacking.append(code)
    assert not lacking, f"rules without a fail and a pass case in tests/checks/cases: {lacking}"


@pytest.mark.parametrize("path", sorted(CASES.glob("*.yml")), ids=lambda p: p.stem)
def test_case_file_is_well_formed(path: Path) -> None:
    """A misspelt key would silently test less: every key must be a known one."""
    data = case_file(path)
    assert set(data) == {"rule", "cases"} and data["rule"] == path.stem in RULES
    names = [case.get("name") for case in data["cases"]]
    assert all(isinstance(n, str) and n for n in names) and len(names) == len(set(names))
    for case in data["cases"]:
        assert set(case) <= _CASE_KEYS, set(case) - _CASE_KEYS
        assert ("fail_str" in case) != ("pass_str" in case), case["name"]
        assert bool(case.get("findings")) == ("fail_str" in case), case["name"]
        languages = RULES[path.stem].languages
        assert case.get("language", languages[0]) in languages, case["name"]
        for finding in case.get("findings", []):
            assert {"line", "column", "message"} <= set(finding) <= _FINDING_KEYS, finding
