"""The CLI from a user's view: output lines, formats, exit codes, inputs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, run_process
from rule_settings import EVERY

LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) \[(?P<sev>\w+)\] (?P<msg>.+)$"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_output_one_finding_per_line_then_summary(run_cli):
    result = run_cli("check", str(FIXTURES / "policy.md"), "--lang", "en", *EVERY)
    lines = result.output.strip().splitlines()
    finding_lines = [line for line in lines if LINE.match(line)]
    assert finding_lines, result.output
    assert lines[-1].startswith("Summary: 1 file checked")
    codes = {LINE.match(line)["code"] for line in finding_lines}
    assert {"S101", "L101"} <= codes
    shall = next(LINE.match(x) for x in finding_lines if " S101 " in x)
    # "shall" sits on line 10 of the fixture; column counts from 1.
    assert (shall["line"], shall["col"]) == ("10", "44")
    assert '(use "must")' in shall["msg"]


def test_code_urls_and_front_matter_are_never_linted(run_cli, tmp_path):
    result = run_cli("check", str(FIXTURES / "policy.md"), "--format", "json")
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    lines = {f["line"] for f in findings}
    # lines 1-3 front matter, 12-14 code fence, 16 inline code + URL
    assert not lines & {1, 2, 3, 12, 13, 14, 16}
    assert all("example.com" not in f["text"] for f in findings)


def test_json_output_schema(run_cli):
    result = run_cli(
        "check", str(FIXTURES / "policy.md"), "--format", "json", "--profile", "insurance"
    )
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    doc = data["documents"][0]
    for key in ("language", "profile", "word_count", "sentence_count", "findings"):
        assert key in doc
    assert doc["language"] == "en" and doc["profile"] == "insurance"
    assert doc["word_count"] > 50 and doc["sentence_count"] >= 4
    finding = doc["findings"][0]
    for key in (
        "code",
        "severity",
        "message",
        "suggestion",
        "start",
        "end",
        "line",
        "column",
        "text",
    ):
        assert key in finding
    text = (FIXTURES / "policy.md").read_text(encoding="utf-8")
    for f in doc["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_json_validates_against_published_schema(run_cli):
    import jsonschema

    from clarity.core.resources import data_root  # noqa: F401  (import proves packaging path)

    schema_path = (
        Path(__file__).resolve().parent.parent / "clarity" / "schemas" / "result-v1.schema.json"
    )
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    result = run_cli("check", str(FIXTURES / "policy.md"), "--format", "json")
    jsonschema.validate(json.loads(result.stdout), schema)


def test_exit_codes(run_cli, tmp_path):
    clean = write(tmp_path, "clean.md", "# Cover\n\nWe pay for fire damage.\n")
    long = " ".join(["word"] * 45) + "."
    bad = write(tmp_path, "bad.md", f"# Cover\n\n{long}\n")
    assert run_cli("check", str(clean)).exit_code == 0
    assert run_cli("check", str(bad), *EVERY).exit_code == 1  # error: sentence over 40 words
    assert run_cli("check", str(bad)).exit_code == 0  # L101 is opt-in (issue 19)
    assert run_cli("check", str(bad), *EVERY, "--fail-on", "never").exit_code == 0
    warn = write(tmp_path, "warn.md", "# Cover\n\n" + " ".join(["word"] * 33) + ".\n")
    assert run_cli("check", str(warn), *EVERY).exit_code == 0
    assert run_cli("check", str(warn), *EVERY, "--fail-on", "warning").exit_code == 1
    assert run_cli("check", str(tmp_path / "missing.md")).exit_code == 2
    assert run_cli("check", str(clean), "--format", "xml").exit_code == 2
    assert run_cli("check").exit_code == 2


def test_directory_recursion_sorted_and_filtered(run_cli, tmp_path):
    (tmp_path / "b").mkdir()
    write(tmp_path, "b/z.md", "# Z\n\nWe pay.\n")
    write(tmp_path, "a.txt", "We pay.\n")
    write(tmp_path, "b/c.markdown", "We pay.\n")
    write(tmp_path, "ignored.csv", "a,b\n")
    result = run_cli("check", str(tmp_path), "--format", "json")
    paths = [
        Path(d["path"]).relative_to(tmp_path).as_posix()
        for d in json.loads(result.stdout)["documents"]
    ]
    assert paths == ["a.txt", "b/c.markdown", "b/z.md"]


def test_stdin(run_cli):
    result = run_cli("check", "-", "--format", "json", *EVERY, input="The insured shall pay.\n")
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["path"] == "-"
    assert any(f["code"] == "S101" for f in doc["findings"])


def test_select_and_ignore(run_cli):
    path = str(FIXTURES / "policy.md")
    only = json.loads(run_cli("check", path, "--format", "json", "--select", "S").stdout)
    assert {f["code"] for f in only["documents"][0]["findings"]} == {"S101"}
    skip = json.loads(run_cli("check", path, "--format", "json", "--ignore", "S101,L").stdout)
    assert not {f["code"][0] for f in skip["documents"][0]["findings"]} & {"S", "L"}


def test_rules_and_explain_come_from_metadata(run_cli):
    from clarity.rules.catalogue import all_rules

    listing = run_cli("rules").output
    for rule in all_rules():
        assert rule.code in listing
    explained = run_cli("explain", "s101")
    assert explained.exit_code == 0
    assert "must" in explained.output and "Flagged:" in explained.output
    assert run_cli("explain", "Q999").exit_code == 2


def test_help_documents_exit_codes(run_cli):
    for args in (["--help"], ["check", "--help"]):
        out = run_cli(*args).output
        assert "Exit codes" in out and "2  usage" in out


def test_installed_entry_point_runs_as_subprocess(tmp_path):
    doc = write(tmp_path, "p.md", "# Cover\n\nThe insured shall pay the premium.\n")
    proc = run_process("check", str(doc), *EVERY, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"S101" in proc.stdout
    version = run_process("--version", cwd=tmp_path)
    assert version.returncode == 0 and b"clarity" in version.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--select", "ZZZ"), "select: 'ZZZ' is no rule code or prefix of one"),
        (("--select", "J1,zz9"), "select: 'ZZ9' is no rule code or prefix of one"),
        (("--ignore", "Q"), "ignore: 'Q' is no rule code or prefix of one"),
    ],
)
def test_a_selector_that_names_no_rule_is_a_usage_error(run_cli, tmp_path, args, message):
    (tmp_path / "p.md").write_text("You shall pay.\n", encoding="utf-8")
    result = run_cli("check", "p.md", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_a_selector_from_the_config_is_checked_too(run_cli, tmp_path):
    (tmp_path / "p.md").write_text("You shall pay.\n", encoding="utf-8")
    (tmp_path / "clarity.toml").write_text('select = ["S1", "S9"]\n', encoding="utf-8")
    result = run_cli("check", "p.md")
    assert result.exit_code == 2
    assert "select: 'S9'" in result.output
    (tmp_path / "clarity.toml").write_text('select = ["s1", "all"]\n', encoding="utf-8")
    assert run_cli("check", "p.md", "--fail-on", "never").exit_code == 0


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_statistics_in_a_machine_format_other_than_json_is_a_usage_error(run_cli, tmp_path, fmt):
    (tmp_path / "p.md").write_text("You shall pay.\n", encoding="utf-8")
    result = run_cli("check", "p.md", "--statistics", "--format", fmt)
    assert result.exit_code == 2
    assert f"--statistics prints text or JSON, not {fmt}" in result.output


# --- issue 19, point 10: as a new user meets clarity ----------------------------------------
ENGLISH = "# Cover\n\nWe pay for damage to your home caused by fire. You tell us within 30 days.\n"
FINNISH = (
    "# Vakuutusehdot\n\nKorvaamme kotisi vahingot, jotka tulipalo on aiheuttanut. Ilmoita "
    "vahingosta meille 30 päivän kuluessa, jotta voimme käsitellä sen nopeasti.\n"
)


def test_jurisdiction_result_is_a_note_in_text_output(run_cli, tmp_path):
    write(tmp_path, "policy.md", ENGLISH)
    plain = run_cli("check", "policy.md").stdout
    assert "statutory" not in plain
    lines = run_cli("check", "policy.md", "--jurisdiction", "us-fl").stdout.splitlines()
    (note,) = [line for line in lines if "statutory" in line]
    assert re.fullmatch(
        r"policy\.md: note: Florida statutory Flesch test \(.+\): score \d+\.\d, "
        r"required >= 45: (passed|failed)",
        note,
    ), note


def test_jurisdiction_on_a_finnish_text_says_why_it_is_not_applied(run_cli, tmp_path):
    write(tmp_path, "ehdot.md", FINNISH)
    lines = run_cli("check", "ehdot.md", "--lang", "fi", "--jurisdiction", "us-fl").stdout
    assert (
        "ehdot.md: note: statutory readability test us-fl not applied: statutory tests apply "
        "to English documents"
    ) in lines.splitlines()


@pytest.mark.parametrize(
    ("text", "forced", "read_as"), [(ENGLISH, "fi", "en"), (FINNISH, "en", "fi")]
)
def test_a_forced_language_the_text_is_not_in_gets_a_note(run_cli, tmp_path, text, forced, read_as):
    write(tmp_path, "doc.md", text)
    notes = [
        line
        for line in run_cli("check", "doc.md", "--lang", forced).stdout.splitlines()
        if ": note: " in line
    ]
    assert [n for n in notes if "but the text reads as" in n] == [
        f"doc.md: note: checked as {forced} (set by --lang or config), but the text reads as "
        f"{read_as} (100% of words)"
    ]
    matching = run_cli("check", "doc.md", "--lang", read_as).stdout
    assert "but the text reads as" not in matching


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_a_missing_file_is_named_on_stderr_in_every_format(tmp_path, fmt):
    write(tmp_path, "policy.md", ENGLISH)
    done = run_process("check", "missing.md", "policy.md", "--format", fmt, cwd=tmp_path)
    assert done.returncode == 2
    stderr = done.stderr.decode().splitlines()
    assert "clarity: error: missing.md: no such file or directory" in stderr, stderr
    if fmt == "text":
        out = done.stdout.decode()
        assert "no such file" not in out  # once, on stderr
        assert out.splitlines()[-1].endswith(", 1 input could not be read")
