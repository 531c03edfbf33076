"""Directory walking: include/exclude globs from config, and .gitignore in a work tree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from clarity.core.settings import Settings
from clarity.run.discover import discover_inputs, git_ignored


def make_tree(root: Path) -> None:
    for name in ("a.md", "b.txt", "notes.rst", "drafts/c.md", "archive/old/d.md", "keep/e.md"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("You pay.\n", encoding="utf-8")


def names(root: Path, settings: Settings) -> list[str]:
    return [
        Path(p).relative_to(root).as_posix()
        for p in discover_inputs([str(root)], settings)
        if isinstance(p, str)
    ]


def test_default_walk_takes_known_suffixes(tmp_path: Path) -> None:
    make_tree(tmp_path)
    assert names(tmp_path, Settings(respect_gitignore=False)) == [
        "a.md",
        "archive/old/d.md",
        "b.txt",
        "drafts/c.md",
        "keep/e.md",
    ]


def test_include_and_exclude_globs(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    settings = Settings(include=("*.md",), exclude=("drafts/**", "archive"))
    assert names(tmp_path, settings) == ["a.md", "keep/e.md"]


def test_globs_from_config_via_cli(run_cli, tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.clarity]\ninclude = ["*.md"]\nexclude = ["drafts", "keep/*.md"]\n', "utf-8"
    )
    result = run_cli("check", ".", "-j", "1")
    assert result.output.splitlines()[-1].startswith("Summary: 2 files checked")
    (tmp_path / "pyproject.toml").write_text("[tool.clarity]\nexclude = [1]\n", "utf-8")
    assert run_cli("check", ".").exit_code == 2


def test_explicit_files_are_always_checked(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    settings = Settings(exclude=("drafts",))
    assert list(discover_inputs(["drafts/c.md"], settings)) == ["drafts/c.md"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_is_respected_inside_a_work_tree(run_cli, tmp_path: Path) -> None:
    make_tree(tmp_path)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / ".gitignore").write_text("drafts/\n*.txt\n", encoding="utf-8")
    assert names(tmp_path, Settings()) == ["a.md", "archive/old/d.md", "keep/e.md"]
    assert len(names(tmp_path, Settings(respect_gitignore=False))) == 5
    (tmp_path / "clarity.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    result = run_cli("check", ".", "-j", "1")
    assert "5 files checked" in result.output


def test_outside_a_work_tree_nothing_is_filtered(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / ".gitignore").write_text("*.md\n", encoding="utf-8")
    files = [str(tmp_path / "a.md")]
    if subprocess.run(["git", "-C", str(tmp_path), "rev-parse"], capture_output=True).returncode:
        assert git_ignored(tmp_path, files) == set()


def test_without_git_nothing_is_filtered(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert git_ignored(tmp_path, [str(tmp_path / "a.md")]) == set()


def test_a_walk_skips_project_files_but_a_named_one_is_checked(tmp_path: Path) -> None:
    # A folder of policies with its own README is what `clarity check examples/` meets.
    for name in ("README.md", "README.fi.md", "CHANGELOG.md", "LICENSE.txt", "contributing.md",
                 "policy.md", "readme-first-policy.md", "sub/NEWS.md", "sub/loan.txt"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("You pay.\n", encoding="utf-8")
    settings = Settings(respect_gitignore=False)
    assert names(tmp_path, settings) == ["policy.md", "readme-first-policy.md", "sub/loan.txt"]
    explicit = list(discover_inputs([str(tmp_path / "README.md")], settings))
    assert explicit == [str(tmp_path / "README.md")]
