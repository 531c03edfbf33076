"""The runner: every input of a run checked, in one process or in several, with one output.

Serial and parallel runs share everything but the loop that produces outcomes
(as flake8's checker manager does): the inputs are discovered once, and one
collection step puts the outcomes in input order, checks standard input, records
the files read (which no report may overwrite: clarity/run/output.py) and the
paths as output shows them. So ``--jobs 8`` prints the same bytes as ``--jobs 1``,
and the overwrite guard sees the same files whatever the number of jobs.

Each worker builds its spaCy pipelines and loads the rule packs once, in the
pool initializer, then checks one file per task.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import replace

from clarity.core.findings import DocumentResult, InputFailure, RunResult
from clarity.core.settings import Settings
from clarity.core.shownpath import shown_path
from clarity.run.discover import discover_inputs
from clarity.run.gcpolicy import pause_collection, resume_collection
from clarity.run.pipeline import check_one, rulesets_for, warm_up
from clarity.run.progress import ProgressBar, should_show

_SETTINGS: Settings | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _init_worker(settings: Settings) -> None:
    """Runs once per worker: load the rule packs, and the pipeline of a fixed language.

    With ``--lang auto`` each pipeline is built when a document first needs it:
    warming up both languages cost every worker a Finnish pipeline that an
    English batch never uses.
    """
    global _SETTINGS
    pause_collection()  # a forked worker inherits the pause; a spawned one starts afresh
    _SETTINGS = settings
    rulesets_for(settings)
    if settings.lang != "auto":
        warm_up(settings.lang)


def _check(path: str) -> DocumentResult | InputFailure:
    assert _SETTINGS is not None, "worker was not initialised"
    return check_one(path, _SETTINGS)


Outcome = DocumentResult | InputFailure


def check_paths(
    paths: Iterable[str],
    settings: Settings,
    stdin: bytes | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> RunResult:
    """Check every input that ``paths`` stand for; with ``jobs`` > 1 in worker processes."""
    items = list(discover_inputs(paths, settings))
    files = [i for i, item in enumerate(items) if isinstance(item, str) and item != "-"]
    bar = ProgressBar(len(files)) if progress and should_show(len(files)) else None
    workers = min(jobs, len(files))
    if workers > 1:
        outcomes = _in_workers(items, files, settings, workers, bar)
    else:
        outcomes = _in_this_process(items, files, settings, bar)
    if bar:
        bar.close()
    resume_collection()  # a serial run has resumed it already, unless it checked no file
    return collect(items, outcomes, settings, stdin)


def _in_this_process(
    items: list[str | InputFailure],
    files: list[int],
    settings: Settings,
    bar: ProgressBar | None,
) -> dict[int, Outcome]:
    outcomes: dict[int, Outcome] = {}
    for i in files:
        outcomes[i] = check_one(items[i], settings)  # type: ignore[arg-type]
        if bar:
            bar.advance()
    return outcomes


def _in_workers(
    items: list[str | InputFailure],
    files: list[int],
    settings: Settings,
    workers: int,
    bar: ProgressBar | None,
) -> dict[int, Outcome]:
    outcomes: dict[int, Outcome] = {}
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        # Largest files first, so no worker is left with a long file at the end;
        # results are put back in input order by ``collect``, whatever order they finish in.
        by_size = sorted(files, key=lambda i: -_size(items[i]))  # type: ignore[arg-type]
        pending: dict[Future, int] = {pool.submit(_check, items[i]): i for i in by_size}  # type: ignore[arg-type]
        # The workers exist once work is submitted; from here on this process
        # only waits and collects results, so its collector can run again.
        resume_collection()
        while pending:
            done, _ = wait_futures(pending, return_when="FIRST_COMPLETED")
            for future in done:
                outcomes[pending.pop(future)] = future.result()
                if bar:
                    bar.advance()
    return outcomes


def collect(
    items: list[str | InputFailure],
    outcomes: dict[int, Outcome],
    settings: Settings,
    stdin: bytes | None,
) -> RunResult:
    """The run's result in input order: standard input checked here, every file read
    recorded in ``sources`` by its real name, and every path shown printable."""
    result = RunResult()
    for index, item in enumerate(items):
        outcome = item if isinstance(item, InputFailure) else outcomes.get(index)
        if outcome is None:  # standard input
            outcome = check_one("-", settings, stdin)
        if outcome.path != "-":
            result.sources.append(outcome.path)
        shown = shown_path(outcome.path)
        if shown != outcome.path:
            outcome = replace(outcome, path=shown)
        if isinstance(outcome, InputFailure):
            result.failures.append(outcome)
        else:
            result.documents.append(outcome)
    return result
