"""A progress bar for long batches, shown only to a person watching a terminal.

CI logs would fill with carriage-return junk, and a pipe or file must receive
exactly the report, so the bar is drawn only on stderr, only when stderr is a
terminal, only for batches large enough to be worth it, and never when NO_COLOR
or a CI variable is set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

MIN_FILES = 20
CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD", "JENKINS_URL")


def should_show(
    total: int,
    stream: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
    quiet: bool = False,
) -> bool:
    stream = stream if stream is not None else sys.stderr
    environ = environ if environ is not None else os.environ
    if quiet or total < MIN_FILES:
        return False
    if "NO_COLOR" in environ or any(environ.get(name) for name in CI_VARIABLES):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    """``done/total`` with a bar, redrawn in place; erased when closed."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.width = width

    def line(self) -> str:
        filled = self.width * self.done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        return f"\rchecking [{bar}] {self.done}/{self.total} files"

    def advance(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        self.stream.write(self.line())
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + " " * len(self.line()) + "\r")
        self.stream.flush()
