"""The exit policy: what a run's result means for the exit code, decided in one place.

0 means clean, 1 means findings at or above the ``fail-on`` severity (or a
document below ``min-score``), 2 means an input could not be checked. The
command line only prints what this module decides, so the Python API and the
pre-commit hook can apply the same policy.
"""

from __future__ import annotations

from dataclasses import dataclass

from clarity.core.findings import RunResult
from clarity.core.settings import Settings

CLEAN, FINDINGS, ERRORS = 0, 1, 2


@dataclass(frozen=True)
class ExitStatus:
    code: int
    low_scores: tuple[tuple[str, int], ...] = ()
    """(path, score) of each document below ``min-score``, in input order."""


def exit_status(
    result: RunResult, settings: Settings, baseline_written: bool = False
) -> ExitStatus:
    """The exit code of a run: errors first, then a run that only wrote a baseline is
    clean, then findings at or above ``fail-on``, then scores below ``min-score``."""
    if result.failures:
        return ExitStatus(ERRORS)
    if baseline_written:
        return ExitStatus(CLEAN)
    threshold = settings.fail_on
    if threshold is not None and any(f.severity >= threshold for f in result.findings()):
        return ExitStatus(FINDINGS)
    if settings.min_score is not None:
        low = tuple(
            (d.path, _score(d.extra))
            for d in result.documents
            if _score(d.extra) < settings.min_score
        )
        if low:
            return ExitStatus(FINDINGS, low)
    return ExitStatus(CLEAN)


def _score(extra: dict) -> int:
    """A document's clarity score; a document without one cannot fail ``min-score``."""
    return extra.get("score", {}).get("value", 100)
