"""SARIF, GitHub annotations, JUnit XML and the atomic --output file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import SCHEMAS
from rule_settings import EVERY

BAD = "Each member shall pay the premium.\n\nYou pay the premium every month.\n"
GOOD = "You pay the premium every month.\n"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_sarif_validates_against_the_2_1_0_schema(run_cli, docs: Path, tmp_path: Path) -> None:
    schema_file = SCHEMAS / "sarif-schema-2.1.0.json"
    if not schema_file.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not present")
    import jsonschema

    result = run_cli("check", *EVERY, "docs", "--format", "sarif", "--isolated", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    log = json.loads(result.output)
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert "S101" in rules and "must" in rules["S101"]["help"]["text"]
    (finding,) = run["results"]
    assert finding["ruleId"] == "S101"
    assert finding["level"] == "warning"
    assert run["tool"]["driver"]["rules"][finding["ruleIndex"]]["id"] == "S101"
    location = finding["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/bad.txt"
    assert location["region"] == {
        "startLine": 1,
        "startColumn": 13,
        "endLine": 1,
        "endColumn": 18,
        "snippet": {"text": "shall"},
    }
    assert finding["partialFingerprints"]["clarity/v1"]


def test_sarif_schema_rejects_a_broken_log() -> None:
    """The validation above can fail: a result without a message is refused."""
    schema_file = SCHEMAS / "sarif-schema-2.1.0.json"
    if not schema_file.is_file():
        pytest.skip("schema absent")
    import jsonschema

    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(broken)


def test_github_annotations(run_cli, docs: Path, tmp_path: Path) -> None:
    result = run_cli("check", *EVERY, "docs", "--format", "github", "--isolated", cwd=tmp_path)
    lines = result.output.splitlines()
    assert lines[0].startswith(
        "::warning file=docs/bad.txt,line=1,col=13,endLine=1,endColumn=18,title=S101 shall::"
    )
    assert '"shall" is ambiguous' in lines[0]
    assert len([line for line in lines if line.startswith("::")]) == 1


def test_github_escaping() -> None:
    from clarity.report.github_format import escape_data, escape_property

    assert escape_data("50% off\r\nnext") == "50%25 off%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_error_level_and_escaped_path(tmp_path: Path) -> None:
    from clarity.core.findings import DocumentResult, Finding, RunResult
    from clarity.core.rulemeta import Severity
    from clarity.report.github_format import render

    finding = Finding("X101", "x", Severity.ERROR, "c", "line1\nline2", 0, 1, "t", line=2, column=3)
    doc = DocumentResult("a,b:c.md", "en", "generic", "markdown", 1, 1, [finding])
    out = render(RunResult([doc]))
    assert out.startswith("::error file=a%2Cb%3Ac.md,line=2,col=3,")
    assert "::line1%0Aline2\n" in out


def test_junit_one_case_per_document(run_cli, docs: Path, tmp_path: Path) -> None:
    first = run_cli("check", *EVERY, "docs", "--format", "junit", "--isolated", cwd=tmp_path)
    second = run_cli("check", *EVERY, "docs", "--format", "junit", "--isolated", cwd=tmp_path)
    assert first.output == second.output  # deterministic: no timestamps
    root = ET.fromstring(first.output.encode("utf-8"))
    cases = root.findall(".//testcase")
    assert [c.get("name") for c in cases] == ["docs/bad.txt", "docs/good.txt"]
    assert [len(c.findall("failure")) for c in cases] == [1, 0]
    assert root.get("tests") == "2" and root.get("failures") == "1"
    assert "S101" in cases[0].find("failure").get("message")


def test_junit_survives_control_characters() -> None:
    from clarity.core.findings import DocumentResult, Finding, RunResult
    from clarity.core.rulemeta import Severity
    from clarity.report.junit_format import render

    finding = Finding("X101", "x", Severity.ERROR, "c", "bad \x01 char", 0, 1, "\x0b")
    doc = DocumentResult("a.txt", "en", "generic", "text", 1, 1, [finding])
    ET.fromstring(render(RunResult([doc])).encode("utf-8"))


def test_output_file_is_written_and_stdout_is_empty(run_cli, docs: Path, tmp_path: Path) -> None:
    result = run_cli(
        "check", *EVERY, "docs", "--format", "json", "-o", "report.json", "--isolated", cwd=tmp_path
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["findings"] == 1
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_write_atomic_keeps_old_file_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    from clarity.run import output

    target = tmp_path / "report.sarif"
    target.write_text("old", encoding="utf-8")

    def boom(src, dst):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(output.os, "replace", boom)
    with pytest.raises(OSError):
        output.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sarif"]


def test_write_atomic_replaces(tmp_path: Path) -> None:
    from clarity.run.output import write_atomic

    target = tmp_path / "r.txt"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text(encoding="utf-8") == "two"


def test_exit_code_one_with_sarif(run_cli, docs: Path, tmp_path: Path) -> None:
    result = run_cli(
        "check",
        *EVERY,
        "docs",
        "--format",
        "sarif",
        "--fail-on",
        "warning",
        "--isolated",
        cwd=tmp_path,
    )
    assert result.exit_code == 1
    assert json.loads(result.output)["version"] == "2.1.0"


def test_sarif_with_a_finding_outside_the_catalogue_validates(run_cli, tmp_path: Path) -> None:
    schema_file = SCHEMAS / "sarif-schema-2.1.0.json"
    if not schema_file.is_file():
        pytest.skip("schema absent")
    import jsonschema

    (tmp_path / "a.md").write_text("<!-- clarity: disable=L101 -->\n\nYou shall pay.\n", "utf-8")
    result = run_cli(
        "check", *EVERY, "a.md", "--isolated", "--format", "sarif", "--report-unused-suppressions"
    )
    log = json.loads(result.output)
    jsonschema.Draft4Validator(json.loads(schema_file.read_text("utf-8"))).validate(log)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["C101", "S101"]
    assert "C101" in {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
