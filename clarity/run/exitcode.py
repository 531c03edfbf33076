"""The exit policy: what a run's result means for the exit code, decided in one place.

0 means clean, 1 means findings at or above the ``fail-on`` severity (or a
document below ``min-score``), 2 means an input could not be checked. The
command line only prints what this module decides, so the Python API and the
pre-commit hook can apply the same policy.

The policy needs little of each document (does it hold a finding at or above
``fail-on``, is its score below ``min-score``), so a ``Tally`` takes the outcomes
one at a time: a streamed run (``--format jsonl``) decides its exit code without
keeping its documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clarity.core.findings import DocumentResult, InputFailure, RunResult
from clarity.core.settings import Settings

CLEAN, FINDINGS, ERRORS = 0, 1, 2


@dataclass(frozen=True)
class ExitStatus:
    code: int
    low_scores: tuple[tuple[str, int], ...] = ()
    """(path, score) of each document below ``min-score``, in input order."""


@dataclass
class Tally:
    """What the exit policy needs of a run, added outcome by outcome."""

    settings: Settings
    failures: list[InputFailure] = field(default_factory=list)
    failing_findings: bool = False
    """A finding at or above ``fail-on``."""
    low_scores: list[tuple[str, int]] = field(default_factory=list)

    def add(self, outcome: DocumentResult | InputFailure) -> None:
        if isinstance(outcome, InputFailure):
            self.failures.append(outcome)
            return
        threshold = self.settings.fail_on
        if threshold is not None and not self.failing_findings:
            self.failing_findings = any(f.severity >= threshold for f in outcome.findings)
        minimum = self.settings.min_score
        if minimum is not None and _score(outcome.extra) < minimum:
            self.low_scores.append((outcome.path, _score(outcome.extra)))

    def status(self, baseline_written: bool = False) -> ExitStatus:
        """Errors first, then a run that only wrote a baseline is clean, then findings
        at or above ``fail-on``, then scores below ``min-score``."""
        if self.failures:
            return ExitStatus(ERRORS)
        if baseline_written:
            return ExitStatus(CLEAN)
        if self.failing_findings:
            return ExitStatus(FINDINGS)
        if self.low_scores:
            return ExitStatus(FINDINGS, tuple(self.low_scores))
        return ExitStatus(CLEAN)


def exit_status(
    result: RunResult, settings: Settings, baseline_written: bool = False
) -> ExitStatus:
    """The exit code of a whole run (``Tally.status``)."""
    tally = Tally(settings)
    for outcome in (*result.failures, *result.documents):
        tally.add(outcome)
    return tally.status(baseline_written)


def _score(extra: dict) -> int:
    """A document's clarity score; a document without one cannot fail ``min-score``."""
    return extra.get("score", {}).get("value", 100)
