"""A streamed run (``--format jsonl``): each input's line written as soon as it and
every input before it are done, and then let go.

An archive of 10,000 documents is never held in memory: what stays after a line is
written is what the exit policy needs (clarity/run/exitcode.py's ``Tally``: the
failures, whether a finding reached ``fail-on``, the documents below ``min-score``),
unless an HTML report was asked for too, which needs every document and its text.
Each line is flushed, so a reader of standard output sees it at once. With ``-o
FILE`` the lines go to a temporary file beside FILE that replaces it when the run
ends (clarity/run/output.py), as every report does: a reader never sees half a file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from clarity.core.findings import DocumentResult, InputFailure, RunResult
from clarity.core.settings import Settings
from clarity.report.jsonl_format import line
from clarity.run.exitcode import Tally
from clarity.run.output import Documents, OutputError, atomic_file

Outcome = DocumentResult | InputFailure


@dataclass
class Streamed:
    """What a streamed run keeps: the exit policy's tally, and the outcomes only when
    asked to (``kept``)."""

    tally: Tally
    kept: RunResult | None = None


def write_lines(
    outcomes: Iterable[Outcome],
    out: TextIO,
    settings: Settings,
    new_findings: Callable[[DocumentResult], DocumentResult] | None = None,
    kept: RunResult | None = None,
) -> Streamed:
    """Write one line per outcome to ``out`` and flush it; ``new_findings`` first
    drops what a baseline records; ``kept``, if given, receives every outcome."""
    streamed = Streamed(Tally(settings), kept)
    for outcome in outcomes:
        if new_findings is not None and isinstance(outcome, DocumentResult):
            outcome = new_findings(outcome)
        text = line(outcome)
        try:
            out.write(text)
            out.flush()
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            raise OutputError(f"cannot write the report: {exc.strerror or exc}") from exc
        streamed.tally.add(outcome)
        if streamed.kept is not None:
            if isinstance(outcome, InputFailure):
                streamed.kept.failures.append(outcome)
            else:
                streamed.kept.documents.append(outcome)
    return streamed


def stream_to(
    target: str | None,
    documents: Documents,
    write: Callable[[TextIO], Streamed],
) -> Streamed:
    """``write`` to standard output, or to ``target`` atomically, never over a document
    (refused before any document is checked)."""
    if target is None:
        return write(sys.stdout)
    documents.refuse(target)
    try:
        with atomic_file(target) as out:
            return write(out)
    except OSError as exc:  # the temporary file cannot be made, written or renamed
        raise OutputError(f"cannot write {os.fspath(target)}: {exc.strerror or exc}") from exc
