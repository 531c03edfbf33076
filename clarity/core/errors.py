"""Errors that end a run or skip one input, each with a message a user can act on."""

from __future__ import annotations


class ClarityError(Exception):
    """Base class: the CLI prints the message and exits with code 2."""


class InputError(ClarityError):
    """One input could not be read; the other inputs are still checked."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class ConfigError(ClarityError):
    """A configuration file or value is invalid."""


class RulePackError(ClarityError):
    """A rule pack is malformed; names the file and the entry."""


def sizes_text(size: int, limit: int) -> tuple[str, str]:
    """``size`` and ``limit`` for a message, in the limit's unit: ("50.3 MB", "50 MB"),
    ("600.0 KB", "500 KB"); a limit under 1 MB is not shown as "0 MB"."""
    for factor, unit in ((1 << 20, "MB"), (1 << 10, "KB")):
        if limit >= factor:
            whole = f"{limit / factor:.1f}".removesuffix(".0")
            return f"{size / factor:.1f} {unit}", f"{whole} {unit}"
    return f"{size} bytes", f"{limit} bytes"
