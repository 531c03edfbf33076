"""What `clarity check` does around the engine: jobs, baseline, report, output file.

Kept out of cli.py so the command stays a thin layer of flags, and so each CI
concern (parallel batches, baselines, statistics, atomic output) is one call.
Every format but jsonl renders the collected run; jsonl streams it
(clarity/run/stream.py).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from typing import TextIO

import click

from clarity.core.findings import InputFailure, RunResult
from clarity.core.settings import Settings
from clarity.report import get_reporter
from clarity.report.text_format import summary_line
from clarity.run import baseline
from clarity.run.exitcode import ExitStatus, exit_status
from clarity.run.output import Documents, documents_read, write_report
from clarity.run.runner import Inputs, collect, default_jobs
from clarity.run.stream import Streamed, stream_to, write_lines


@dataclass(frozen=True)
class Batch:
    output_format: str = "text"
    output_file: str | None = None
    jobs: int | None = None
    quiet: int = 0
    statistics: bool = False
    baseline: str | None = None
    write_baseline: str | None = None


@dataclass
class Finished:
    """A finished batch: its exit status, its failed inputs, and its documents unless the
    run was streamed (``--format jsonl`` keeps them only for ``keep``, an HTML report)."""

    status: ExitStatus
    failures: list[InputFailure]
    result: RunResult | None


def finish_batch(
    batch: Batch,
    paths: tuple[str, ...],
    settings: Settings,
    stdin: bytes | None,
    keep: bool = False,
) -> Finished:
    jobs = batch.jobs or default_jobs()
    known = baseline.load(batch.baseline) if batch.baseline and not batch.write_baseline else None
    inputs = Inputs.discover(paths, settings, stdin)
    progress = batch.quiet == 0  # drawn only if stderr is a terminal etc.: clarity.run.progress
    if batch.output_format == "jsonl" and not batch.write_baseline:
        return _stream(batch, inputs, settings, jobs, progress, known, keep)
    result = collect(inputs, inputs.outcomes(jobs, progress))

    if batch.write_baseline:
        data = baseline.build(result, batch.write_baseline)
        write_report(batch.write_baseline, baseline.dumps(data), documents_read(result))
        count = sum(sum(c.values()) for c in data["files"].values())
        click.echo(
            f"clarity: wrote {count} finding(s) in {len(data['files'])} file(s) "
            f"to baseline {batch.write_baseline}",
            err=True,
        )
        return Finished(exit_status(result, settings, True), result.failures, result)
    dropped = 0
    if known is not None and batch.baseline:
        result, dropped = baseline.filter_new(result, known, batch.baseline)

    output = render(result, batch)
    if dropped and batch.output_format == "text" and batch.quiet < 2:
        click.echo(f"clarity: {dropped} finding(s) hidden by the baseline", err=True)
    if batch.output_file:
        write_report(batch.output_file, output, documents_read(result))
    else:
        sys.stdout.flush()
        click.echo(output, nl=False)
    return Finished(exit_status(result, settings), result.failures, result)


def _stream(
    batch: Batch,
    inputs: Inputs,
    settings: Settings,
    jobs: int,
    progress: bool,
    known: dict[str, Counter[str]] | None,
    keep: bool,
) -> Finished:
    """``--format jsonl``: each line written as its input is done (clarity/run/stream.py)."""
    new_findings = None
    if known is not None and batch.baseline:
        new_findings = baseline.NewFindings(known, batch.baseline)

    def write(out: TextIO) -> Streamed:
        outcomes = inputs.outcomes(jobs, progress, streamed=True)
        kept = RunResult(sources=inputs.sources) if keep else None
        return write_lines(outcomes, out, settings, new_findings, kept)

    streamed = stream_to(batch.output_file, Documents(inputs.sources), write)
    return Finished(streamed.tally.status(), streamed.tally.failures, streamed.kept)


def render(result: RunResult, batch: Batch) -> str:
    if batch.statistics:
        return statistics(result, as_json=batch.output_format == "json")
    if batch.output_format == "text" and batch.quiet:
        return "" if batch.quiet > 1 else summary_line(result) + "\n"
    return get_reporter(batch.output_format)(result)


def statistics(result: RunResult, as_json: bool = False) -> str:
    """Counts per rule, most frequent first (ties by code), as `ruff --statistics`: every
    place counts, a finding said once for many places (``Finding.count``) too."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for finding in result.findings():
        counts[finding.code] += finding.count
        names[finding.code] = finding.name
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if as_json:
        data = [{"code": code, "name": names[code], "count": n} for code, n in rows]
        return json.dumps(data, indent=2) + "\n"
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}\t{code:<6}\t{names[code]}" for code, n in rows]
    return "".join(line + "\n" for line in lines)
