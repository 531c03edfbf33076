"""A report, baseline or HTML page never replaces a document of the run, and a target
that cannot be written is a usage error (exit 2) with a message, not a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

POLICY = (
    "# Home cover\n\n## What is not covered\n\nWe do not pay for wear and tear.\n\n"
    "Notwithstanding the foregoing, the insured shall notify us forthwith.\n"
)


def _policy(path: Path) -> tuple[bytes, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(POLICY, encoding="utf-8")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    return path.read_bytes(), path.stat().st_mtime_ns


def _unchanged(path: Path, before: tuple[bytes, int]) -> bool:
    return (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("flag", ["-o", "--html", "--write-baseline"])
def test_a_target_that_is_the_document_is_refused(run_cli, tmp_path: Path, flag: str) -> None:
    before = _policy(tmp_path / "policy.md")
    result = run_cli("check", "policy.md", flag, "policy.md")
    assert result.exit_code == 2
    assert "refusing to write to policy.md: it is one of the documents checked" in result.output
    assert _unchanged(tmp_path / "policy.md", before)


@pytest.mark.parametrize("flag", ["-o", "--html", "--write-baseline"])
def test_a_document_found_in_a_folder_is_refused_too(run_cli, tmp_path: Path, flag: str) -> None:
    before = _policy(tmp_path / "docs" / "policy.md")
    result = run_cli("check", "docs", flag, "docs/policy.md")
    assert result.exit_code == 2
    assert "it is one of the documents checked" in result.output
    assert _unchanged(tmp_path / "docs" / "policy.md", before)


def test_another_name_for_the_document_is_refused(run_cli, tmp_path: Path) -> None:
    before = _policy(tmp_path / "policy.md")
    os.link(tmp_path / "policy.md", tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(tmp_path / "policy.md")
    for target in ("hard.txt", "soft.txt", "./sub/../policy.md"):
        result = run_cli("check", "policy.md", "-o", target)
        assert result.exit_code == 2, target
        assert _unchanged(tmp_path / "policy.md", before)


def test_an_html_page_that_would_replace_a_document_writes_nothing(run_cli, tmp_path: Path) -> None:
    (tmp_path / "site" / "sub").mkdir(parents=True)
    before = _policy(tmp_path / "site" / "index.html")
    result = run_cli("check", "site/index.html", "--html", "site/")
    assert result.exit_code == 2
    assert "refusing to write to site/index.html" in result.output
    assert _unchanged(tmp_path / "site" / "index.html", before)
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["index.html", "sub"]


@pytest.mark.parametrize("flag", ["-o", "--write-baseline", "--html"])
def test_a_target_that_cannot_be_written_is_a_usage_error(run_cli, tmp_path: Path, flag) -> None:
    _policy(tmp_path / "policy.md")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    result = run_cli("check", "policy.md", flag, "blocker/report.out")
    assert result.exit_code == 2
    last = result.output.splitlines()[-1]
    assert last.startswith("clarity: error: cannot write"), last
    assert "blocker/report.out" in last
    assert "Traceback" not in result.output


def test_a_report_beside_the_document_is_still_written(run_cli, tmp_path: Path) -> None:
    before = _policy(tmp_path / "policy.md")
    result = run_cli("check", "policy.md", "-o", "report.txt", "--fail-on", "never")
    assert result.exit_code == 0
    assert "policy.md" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert _unchanged(tmp_path / "policy.md", before)


@pytest.mark.parametrize("name", ["<a>.md", "n\nl.md", "r\u202eev.md"])
def test_a_document_whose_name_is_shown_escaped_is_refused_too(run_cli, tmp_path, name) -> None:
    before = _policy(tmp_path / name)
    for flag in ("-o", "--write-baseline", "--html"):
        result = run_cli("check", name, flag, name, "--fail-on", "never")
        assert result.exit_code == 2, (flag, result.output)
        assert _unchanged(tmp_path / name, before)
    folder = run_cli("check", ".", "-o", name, "--fail-on", "never")
    assert folder.exit_code == 2
    assert _unchanged(tmp_path / name, before)


TARGETS = {
    # flag, the target given, the document (relative to the working directory)
    "output file": ("-o", "policy.md", "policy.md"),
    "html file": ("--html", "policy.md", "policy.md"),
    "html directory": ("--html", "site/", "site/index.html"),
    "baseline": ("--write-baseline", "policy.md", "policy.md"),
}


@pytest.mark.parametrize("quiet", [(), ("-q",)], ids=["loud", "quiet"])
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_no_report_option_overwrites_a_document_whatever_the_run(
    run_cli, tmp_path: Path, target: str, jobs: str, quiet: tuple[str, ...]
) -> None:
    """Serial and parallel runs share one collection step, so the guard sees the same
    files with any number of jobs (a serial -q run once replaced the document)."""
    flag, value, document = TARGETS[target]
    before = _policy(tmp_path / document)
    result = run_cli("check", document, "-j", jobs, *quiet, flag, value)
    assert result.exit_code == 2, result.output
    assert "it is one of the documents checked" in result.output
    assert _unchanged(tmp_path / document, before)
