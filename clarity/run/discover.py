"""Which files a directory argument stands for: include/exclude globs and .gitignore.

Explicit file arguments are always checked (pre-commit and editors pass exact
files). A walk skips a folder's project files (README, CHANGELOG, LICENSE ...: see
``PROJECT_FILES``). Directories are walked in sorted order so output is stable; globs are
matched against paths relative to the config file's folder (or the working
directory), and inside a git work tree the files git ignores are skipped, by
asking git itself (``git check-ignore``) rather than re-implementing its rules.
When git is missing or the folder is not a work tree, nothing is filtered.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from clarity.core.findings import InputFailure
from clarity.core.settings import Settings
from clarity.readers import default_suffixes
from clarity.run.suppressions import glob_match, relative_to_project


def discover_inputs(paths: Iterable[str], settings: Settings) -> Iterator[str | InputFailure]:
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path, settings))
            if found and settings.respect_gitignore:
                ignored = git_ignored(path, found)
                found = [f for f in found if f not in ignored]
            if not found:
                yield InputFailure(raw, f"no files to check (looked for {_wanted(settings)})")
            yield from found
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield InputFailure(raw, "no such file or directory")


def _wanted(settings: Settings) -> str:
    return ", ".join(settings.include or default_suffixes())


PROJECT_FILES = (
    "readme",
    "changelog",
    "changes",
    "news",
    "contributing",
    "license",
    "licence",
    "notice",
    "authors",
    "code_of_conduct",
    "security",
)
"""Names (without suffix, any case) of the files a project keeps beside its documents:
they describe the folder, they are not policies or agreements. A directory walk skips
them, as a linter of code skips its README; named on the command line, one is checked."""


def project_file(name: str) -> bool:
    """Whether a file name is a project file (``README.md``, ``CHANGELOG.txt``, ``LICENSE``)."""
    stem = name.lower().split(".", 1)[0].replace("-", "_")
    return stem in PROJECT_FILES


def _included(relative: str, name: str, settings: Settings) -> bool:
    if project_file(name):
        return False
    if settings.include:
        return any(glob_match(relative, pattern) for pattern in settings.include)
    return name.lower().endswith(default_suffixes())


def _excluded(relative: str, settings: Settings) -> bool:
    return any(glob_match(relative, p, any_component=True) for p in settings.exclude)


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # a broken link: read_path names the problem
        return True


def _walk(root: Path, settings: Settings) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a symlink loop: do not walk it twice
            dirs[:] = []
            continue
        seen.add(key)
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            rel = relative_to_project(os.path.join(folder, d), settings)
            if not _excluded(rel, settings):
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            if not _regular(full):
                continue  # a pipe, socket or device in a folder is not a document
            rel = relative_to_project(full, settings)
            if _included(rel, name, settings) and not _excluded(rel, settings):
                yield full


def git_ignored(root: Path, files: list[str]) -> set[str]:
    """The subset of ``files`` that git ignores; empty when git cannot tell."""
    git = shutil.which("git")
    if git is None or not files:
        return set()
    try:
        proc = subprocess.run(
            [git, "check-ignore", "--stdin", "-z"],
            cwd=root,
            # fsencode: a file name need not be valid UTF-8 (it round-trips as bytes)
            input=b"\0".join(os.fsencode(os.path.abspath(f)) for f in files) + b"\0",
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):  # 128: not a work tree, or another git error
        return set()
    ignored = {os.path.abspath(os.fsdecode(p)) for p in proc.stdout.split(b"\0") if p}
    return {f for f in files if os.path.abspath(f) in ignored}
