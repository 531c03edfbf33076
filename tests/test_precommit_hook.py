"""The pre-commit hook, run for real with `pre-commit try-repo` against this project.

try-repo clones this repository (HEAD plus uncommitted changes) and installs it
into pre-commit's own virtualenv, so this needs network access to PyPI the first
time and takes minutes; PRE_COMMIT_HOME is kept under the pytest cache so later
runs reuse the environment.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

pytestmark = pytest.mark.slow


def test_hook_definition_is_valid() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "clarity"
    assert hook["entry"] == "clarity check"
    assert hook["language"] == "python"
    assert {"markdown", "plain-text"} <= set(hook["types_or"])
    from identify.identify import tags_from_filename

    assert set(hook["types_or"]) & tags_from_filename("policy.md")
    assert set(hook["types_or"]) & tags_from_filename("policy.txt")
    assert not set(hook["types_or"]) & tags_from_filename("setup.py")


@pytest.mark.parametrize(
    "name",
    [
        "README.md",
        "docs/readme.fi.md",
        "CHANGELOG.md",
        "LICENSE",
        "licence.txt",
        "CODE_OF_CONDUCT.md",
        "code-of-conduct.md",
        "policy.md",
        "readme-first-policy.md",
        "docs/changes-to-cover.md",
        "security-policy.pdf",
    ],
)
def test_hook_skips_the_project_files_a_folder_walk_skips(name: str) -> None:
    from clarity.run.discover import project_file

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    skipped = re.search(hook["exclude"], name) is not None
    assert skipped == project_file(name.rsplit("/", 1)[-1]), name


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


# The test run's own environment first: a venv's scripts are not on PATH unless activated.
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which(
    "pre-commit"
)


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="project root is not a git checkout")
def test_try_repo_fails_on_bad_and_passes_on_good(tmp_path: Path, request) -> None:
    repo = tmp_path / "docs-repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    # S101 is opt-in (issue 19): the repository's config turns it on, as a user's would.
    (repo / "clarity.toml").write_text(
        'fail-on = "warning"\nextend-select = ["S101"]\n', encoding="utf-8"
    )
    (repo / "bad.md").write_text(
        "# Premium\n\nThe policyholder shall pay the premium each month.\n", encoding="utf-8"
    )
    (repo / "good.md").write_text(
        "# Premium\n\nYou pay the premium each month. We tell you if it changes.\n",
        encoding="utf-8",
    )
    _git(repo, "add", "-A")
    # pytest's cache keeps pre-commit's environment between runs; without it, a fresh one.
    cache = getattr(request.config, "cache", None)
    home = Path(cache.mkdir("pre-commit-home")) if cache else tmp_path / "pre-commit-home"
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(PRE_COMMIT), "try-repo", str(ROOT), "clarity", "--files", *files],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
        )

    good = try_repo("good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = try_repo("bad.md", "good.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "bad.md:3:" in bad.stdout and "S101" in bad.stdout
    assert not re.search(r"good\.md:\d+:\d+:", bad.stdout)  # no finding in the good file
