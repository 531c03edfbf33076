"""A repeated problem is said once: one finding per rule (or term) per document,
with its count and every place (clarity/run/grouping.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rule_settings import EVERY, EVERY_RULE

from clarity.api import check_text
from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity
from clarity.run.grouping import group_repeats
from clarity.score import findings_part

POLICY = (
    "# Your cover\n\n"
    "The Insured must tell us about changes.\n\n"
    "We pay the Insured within 30 days.\n\n"
    "If the insured moves, the Insured must tell us.\n"
)


def _codes(text: str, code: str, lang: str = "en") -> list[Finding]:
    result = check_text(text, lang=lang, profile="insurance", fmt="markdown", settings=EVERY_RULE)
    return [f for f in result.findings if f.code == code]


def test_a_pattern_rule_reports_its_term_once_with_the_count_and_every_place() -> None:
    (finding,) = _codes(POLICY, "J218")
    assert finding.count == 4
    assert (finding.line, finding.column) == (3, 1)
    assert [(o.line, o.column) for o in finding.occurrences] == [(5, 8), (7, 4), (7, 23)]
    assert [o.text for o in finding.occurrences] == ["the Insured", "the insured", "the Insured"]
    text = POLICY
    for o in finding.occurrences:
        assert text[o.start : o.end] == o.text


def test_a_finnish_rule_groups_the_forms_of_its_term() -> None:
    text = (
        "# Ehdot\n\nVakuutuksenottajan on ilmoitettava muutoksista.\n\n"
        "Vakuutuksenottaja maksaa maksun.\n\nKorvaus maksetaan vakuutuksenottajalle.\n"
    )
    (finding,) = _codes(text, "J565", lang="fi")
    assert finding.count == 3
    assert {o.text.lower() for o in finding.occurrences} == {
        "vakuutuksenottaja",
        "vakuutuksenottajalle",
    }


def test_a_term_grouped_check_keeps_different_phrases_apart() -> None:
    text = (
        "You must make a payment today. You must make a payment again.\n\n"
        "We will give consideration to it.\n"
    )
    found = _codes(text, "P102")
    assert sorted((f.text.lower(), f.count) for f in found) == [
        ("give consideration", 1),
        ("make a payment", 2),
    ]


def test_sentence_rules_are_not_grouped() -> None:
    text = "The premium must be paid.\n\nThe claim must be paid.\n"
    found = _codes(text, "P101")
    assert len(found) == 2 and all(f.count == 1 for f in found)


def test_the_same_advice_is_said_once_and_different_advice_apart() -> None:
    """S101 advises each "shall" on its own (``group: advice``): one finding per advice,
    with its count and places."""
    text = "You shall pay the premium.\n\nCover shall begin today.\n\nYou shall tell us.\n"
    found = _codes(text, "S101")
    assert [(f.line, f.suggestion, f.count) for f in found] == [
        (1, 'use "must"', 2),
        (3, 'use "will"', 1),
    ]
    assert [o.line for o in found[0].occurrences] == [5]


def test_the_same_advice_in_capitals_is_the_same_finding() -> None:
    found = _codes("You shall pay the premium.\n\nYOU SHALL PAY THE FEE.\n", "S101")
    assert [(f.line, f.count) for f in found] == [(1, 2)]


def test_outputs_carry_the_count_and_places(run_cli, tmp_path: Path) -> None:
    (tmp_path / "policy.md").write_text(POLICY, encoding="utf-8")
    data = json.loads(
        run_cli("check", "policy.md", "--isolated", "--format", "json", *EVERY).stdout
    )
    (j218,) = [f for f in data["documents"][0]["findings"] if f["code"] == "J218"]
    assert j218["count"] == 4 and len(j218["occurrences"]) == 3
    assert set(j218["occurrences"][0]) == {
        "start",
        "end",
        "text",
        "line",
        "column",
        "end_line",
        "end_column",
        "page",
    }
    text = run_cli("check", "policy.md", "--isolated", *EVERY).output
    (line,) = [line for line in text.splitlines() if "J218" in line]
    assert line.startswith("policy.md:3:1: J218") and "[4 times; also at 5:8, 7:4" in line
    sarif = json.loads(
        run_cli("check", "policy.md", "--isolated", "--format", "sarif", *EVERY).stdout
    )
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "J218"]
    assert result["occurrenceCount"] == 4
    assert [
        loc["physicalLocation"]["region"]["startLine"] for loc in result["relatedLocations"]
    ] == [
        5,
        7,
        7,
    ]


def test_the_score_counts_every_place() -> None:
    """Grouping changes the report, not the measure of the text: a term used four times
    weighs four times in the score and in its sections' counts, as before grouping."""
    result = check_text(POLICY, lang="en", profile="insurance", settings=EVERY_RULE)
    weights = {"error": 3.0, "warning": 1.0, "info": 0.25}
    spread = [replace(f, occurrences=()) for f in result.findings for _ in range(f.count)]
    assert findings_part(result.findings, 40, weights) == findings_part(spread, 40, weights)
    places = [f.start for f in result.findings] + [
        o.start for f in result.findings for o in f.occurrences
    ]
    for section in result.metrics["sections"]:
        inside = [p for p in places if section["start"] <= p < section["end"]]
        assert section["findings"] == len(inside)


def test_a_baseline_knows_a_grouped_term_however_often_it_is_used(run_cli, tmp_path: Path) -> None:
    doc = tmp_path / "policy.md"
    doc.write_text(POLICY, encoding="utf-8")
    run_cli("check", "policy.md", "--isolated", "--write-baseline", "b.json", *EVERY)
    doc.write_text(POLICY + "\nThe Insured may cancel at any time.\n", encoding="utf-8")
    output = run_cli("check", "policy.md", "--isolated", "--baseline", "b.json", *EVERY).output
    assert "J218" not in output


_BASE = Finding("J999", "x", Severity.WARNING, "jargon", "m", 0, 1, "t")


@given(
    st.lists(
        st.tuples(st.sampled_from(["A100", "B100", "C100"]), st.sampled_from(["x", "X", "y"])),
        max_size=30,
    )
)
def test_grouping_keeps_every_place_once_and_the_order(items: list[tuple[str, str]]) -> None:
    findings = [
        replace(_BASE, code=code, text=text, start=i, end=i + 1, line=i + 1)
        for i, (code, text) in enumerate(items)
    ]
    modes = {"A100": "rule", "B100": "term"}
    grouped = group_repeats(findings, modes)
    assert sum(f.count for f in grouped) == len(findings)
    starts = [f.start for f in grouped]
    assert starts == sorted(starts)
    places = sorted([f.start for f in grouped] + [o.start for f in grouped for o in f.occurrences])
    assert places == list(range(len(findings)))
    keys = [
        (f.code, "" if f.code == "A100" else f.text.lower()) for f in grouped if f.code != "C100"
    ]
    assert len(keys) == len(set(keys))
    assert [f for f in grouped if f.code == "C100"] == [f for f in findings if f.code == "C100"]
