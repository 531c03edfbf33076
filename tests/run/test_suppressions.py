"""Inline suppressions in Markdown and text, per-file-ignores, unused suppressions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from rule_settings import EVERY, EVERY_RULE

from clarity import check_text


def codes_lines(result) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Every place found, a grouped finding's later places included (S101 says one advice
    once, with its places)."""
    return [
        (f.code, line)
        for f in result.findings
        for line in (f.line, *(o.line for o in f.occurrences))
    ]


def test_markdown_disable_next_only_silences_the_next_paragraph() -> None:
    text = (
        "# Premium\n\n"
        "<!-- clarity: disable-next=S101 -->\n"
        "You shall pay the premium.\n\n"
        "We shall pay the claim.\n"
    )
    result = check_text(text, lang="en", fmt="markdown", settings=EVERY_RULE)
    assert codes_lines(result) == [("S101", 6)]


def test_markdown_disable_then_enable() -> None:
    text = (
        "You shall pay.\n\n"
        "<!-- clarity: disable=S101 -->\n\n"
        "You shall pay.\n\nYou shall pay.\n\n"
        "<!-- clarity: enable=S101 -->\n\n"
        "You shall pay.\n"
    )
    result = check_text(text, lang="en", fmt="markdown", settings=EVERY_RULE)
    assert codes_lines(result) == [("S101", 1), ("S101", 11)]


def test_disable_without_enable_runs_to_the_end_and_prefixes_work() -> None:
    text = "You shall pay.\n\n<!-- clarity: disable=S1 -->\n\nYou shall pay.\n\nWe shall pay.\n"
    result = check_text(text, lang="en", fmt="markdown", settings=EVERY_RULE)
    assert codes_lines(result) == [("S101", 1)]


def test_other_codes_are_not_silenced() -> None:
    text = "<!-- clarity: disable=L101 -->\n\nYou shall pay.\n"
    result = check_text(text, lang="en", fmt="markdown", settings=EVERY_RULE)
    assert codes_lines(result) == [("S101", 3)]


def test_text_file_comment_line_is_a_directive_and_not_prose() -> None:
    text = "You shall pay.\n# clarity: disable-next=S101\nWe shall pay.\n\nThey shall pay.\n"
    result = check_text(text, lang="en", settings=EVERY_RULE)
    assert codes_lines(result) == [("S101", 1), ("S101", 5)]
    text = "# clarity: disable=all\nWe shall pay.\n"
    assert check_text(text, lang="en", settings=EVERY_RULE).findings == []


def test_unknown_directive_is_a_note() -> None:
    result = check_text(
        "<!-- clarity: disabel=S101 -->\n\nYou shall pay.\n", lang="en", settings=EVERY_RULE
    )
    assert any("unknown clarity directive" in n for n in result.notes)
    assert codes_lines(result) == [("S101", 3)]


def test_unused_suppressions_are_reported_when_asked() -> None:
    text = (
        "<!-- clarity: disable-next=S101 -->\nYou shall pay.\n\n"
        "<!-- clarity: disable-next=S101 -->\nYou pay.\n"
    )
    quiet = check_text(text, lang="en", fmt="markdown", settings=EVERY_RULE)
    assert quiet.findings == []
    loud = check_text(
        text,
        lang="en",
        fmt="markdown",
        settings=replace(EVERY_RULE, report_unused_suppressions=True),
    )
    assert codes_lines(loud) == [("C101", 4)]


def test_cli_flag_reports_unused(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("<!-- clarity: disable=S101 -->\n\nYou pay.\n", "utf-8")
    plain = run_cli("check", "a.md", "--isolated", *EVERY)
    assert "C101" not in plain.output
    result = run_cli("check", "a.md", "--isolated", *EVERY, "--report-unused-suppressions")
    assert "a.md:1:1: C101 [warning]" in result.output
    # asking for the report selects C101 even with --select; only --ignore drops it
    selected = ("--isolated", "--report-unused-suppressions", "--select", "S101")  # S101 opt-in
    assert "a.md:1:1: C101 [warning]" in run_cli("check", "a.md", *selected).output
    ignored = run_cli("check", "a.md", *selected, "--ignore", "C101")
    assert "C101" not in ignored.output


def test_a_directive_for_a_rule_that_did_not_run_is_not_called_unused(run_cli, tmp_path) -> None:
    (tmp_path / "a.md").write_text(
        "# Policy\n\n<!-- clarity: disable-next=J110 -->\nWe will pay hereinafter.\n\n"
        "<!-- clarity: disable-next=J -->\nYou pay.\n",
        "utf-8",
    )
    asked = ("--isolated", "--report-unused-suppressions", "--fail-on", "never")
    whole = run_cli("check", "a.md", *asked).output
    assert "disable-next=J110" not in whole  # it silenced the J110 finding
    assert "a.md:6:1: C101" in whole  # "J" silenced nothing
    only_s = run_cli("check", "a.md", *asked, "--select", "S101").output
    assert "C101" not in only_s  # neither J110 nor the J rules ran: neither is judged


def test_per_file_ignores_from_config(run_cli, tmp_path: Path) -> None:
    (tmp_path / "clarity.toml").write_text(
        'extend-select = ["S101"]\n[per-file-ignores]\n"legacy/**" = ["S101"]\n"*.draft.md" = "S"\n',
        encoding="utf-8",
    )
    (tmp_path / "legacy").mkdir()
    for name in ("legacy/old.md", "new.md", "x.draft.md"):
        (tmp_path / name).write_text("You shall pay.\n", encoding="utf-8")
    result = run_cli("check", ".", "--jobs", "1")
    assert "new.md:1:5: S101" in result.output
    finding_lines = [line for line in result.output.splitlines() if ": S101 " in line]
    assert not any("old.md" in line or "draft" in line for line in finding_lines)


def test_per_file_ignores_bad_value_is_a_config_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / "clarity.toml").write_text('per-file-ignores = ["S101"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("You pay.\n", encoding="utf-8")
    result = run_cli("check", "a.md")
    assert result.exit_code == 2
    assert "per-file-ignores" in result.output


def test_glob_match() -> None:
    from clarity.run.suppressions import glob_match

    assert glob_match("docs/legacy/a.md", "docs/legacy/**")
    assert glob_match("a.md", "**/a.md")
    assert glob_match("deep/x/a.md", "*.md")
    assert not glob_match("docs/a.txt", "docs/*.md")
    assert glob_match("x/archive/a.md", "archive", any_component=True)
    assert not glob_match("x/archive/a.md", "archive")


def test_unused_suppression_rule_is_in_the_catalogue(run_cli) -> None:
    listed = run_cli("rules", "--format", "json")
    assert "C101" in {rule["code"] for rule in json.loads(listed.output)}
    explained = run_cli("explain", "C101")
    assert explained.exit_code == 0
    assert "unused-suppression" in explained.output
    assert "--report-unused-suppressions" in explained.output
