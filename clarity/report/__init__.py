"""Reporters: a RunResult in, text out. One module per format, looked up by name."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from clarity.core.findings import RunResult

FORMATS = ("text", "json", "jsonl", "sarif", "github", "junit")

Reporter = Callable[[RunResult], str]


def get_reporter(name: str) -> Reporter:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"clarity.report.{name}_format")
    return module.render
