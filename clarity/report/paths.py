"""Paths as CI tools want them: relative to the working directory, with forward slashes.

GitHub annotations and SARIF results are matched to files of the checked-out
repository, so an absolute path (or a Windows separator) would point nowhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def display_path(path: str, cwd: str | None = None) -> str:
    if path == "-" or path.startswith("<"):
        return path
    base = cwd or os.getcwd()
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()
    if relative.startswith(".."):
        return Path(absolute).as_posix()
    return Path(relative).as_posix()


def path_uri(path: str, cwd: str | None = None) -> str:
    """A relative URI reference for SARIF's artifactLocation.uri."""
    shown = display_path(path, cwd)
    if shown == "-":
        return "stdin"
    if os.path.isabs(shown):
        return Path(shown).as_uri()
    return quote(shown, safe="/")
