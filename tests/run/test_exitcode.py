"""The exit policy, decided outside the command line: errors, then fail-on, then min-score."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clarity.core.findings import DocumentResult, Finding, InputFailure, RunResult
from clarity.core.rulemeta import Severity
from clarity.core.settings import Settings
from clarity.run.exitcode import CLEAN, ERRORS, FINDINGS, exit_status


def _finding(severity: Severity) -> Finding:
    return Finding(
        code="S101",
        name="shall",
        severity=severity,
        category="style",
        message="m",
        start=0,
        end=5,
        text="shall",
    )


def _document(path: str, score: int, *severities: Severity) -> DocumentResult:
    doc = DocumentResult(
        path=path, language="en", profile="generic", format="text", word_count=10, sentence_count=1
    )
    doc.findings = [_finding(s) for s in severities]
    doc.extra["score"] = {"value": score}
    return doc


@pytest.mark.parametrize(
    ("fail_on", "severities", "expected"),
    [
        (Severity.ERROR, (Severity.WARNING,), CLEAN),
        (Severity.ERROR, (Severity.ERROR,), FINDINGS),
        (Severity.INFO, (Severity.INFO,), FINDINGS),
        (None, (Severity.ERROR,), CLEAN),
        (Severity.WARNING, (), CLEAN),
    ],
)
def test_fail_on_sets_the_lowest_failing_severity(fail_on, severities, expected):
    result = RunResult(documents=[_document("a.md", 90, *severities)])
    assert exit_status(result, Settings(fail_on=fail_on)).code == expected


def test_an_input_error_wins_over_everything():
    result = RunResult(
        documents=[_document("a.md", 10, Severity.ERROR)],
        failures=[InputFailure("b.md", "no such file")],
    )
    assert exit_status(result, Settings(min_score=50)).code == ERRORS
    assert exit_status(result, Settings(), baseline_written=True).code == ERRORS


def test_writing_a_baseline_is_clean_whatever_was_found():
    result = RunResult(documents=[_document("a.md", 10, Severity.ERROR)])
    assert exit_status(result, Settings(min_score=50), baseline_written=True).code == CLEAN


def test_min_score_names_each_low_document_in_input_order():
    result = RunResult(
        documents=[_document("b.md", 40), _document("a.md", 80), _document("c.md", 49)]
    )
    status = exit_status(result, replace(Settings(), min_score=50))
    assert status.code == FINDINGS
    assert status.low_scores == (("b.md", 40), ("c.md", 49))
    assert exit_status(result, replace(Settings(), min_score=40)).code == CLEAN
