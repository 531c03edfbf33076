"""What `clarity check` does around the engine: jobs, baseline, report, output file.

Kept out of cli.py so the command stays a thin layer of flags, and so each CI
concern (parallel batches, baselines, statistics, atomic output) is one call.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass

import click

from clarity.core.findings import RunResult
from clarity.core.settings import Settings
from clarity.report import get_reporter
from clarity.report.text_format import summary_line
from clarity.run import baseline
from clarity.run.output import documents_read, write_report
from clarity.run.runner import check_paths, default_jobs


@dataclass(frozen=True)
class Batch:
    output_format: str = "text"
    output_file: str | None = None
    jobs: int | None = None
    quiet: int = 0
    statistics: bool = False
    baseline: str | None = None
    write_baseline: str | None = None


def finish_batch(
    batch: Batch,
    paths: tuple[str, ...],
    settings: Settings,
    stdin: bytes | None,
) -> RunResult:
    jobs = batch.jobs or default_jobs()
    known = baseline.load(batch.baseline) if batch.baseline and not batch.write_baseline else None
    # The bar is drawn only if stderr is a terminal etc.; see clarity.run.progress.
    result = check_paths(paths, settings, stdin, jobs=jobs, progress=batch.quiet == 0)

    if batch.write_baseline:
        data = baseline.build(result, batch.write_baseline)
        write_report(batch.write_baseline, baseline.dumps(data), documents_read(result))
        count = sum(sum(c.values()) for c in data["files"].values())
        click.echo(
            f"clarity: wrote {count} finding(s) in {len(data['files'])} file(s) "
            f"to baseline {batch.write_baseline}",
            err=True,
        )
        return result
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
    return result


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
