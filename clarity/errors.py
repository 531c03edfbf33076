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
