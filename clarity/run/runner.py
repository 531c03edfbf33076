"""Checking a batch in worker processes, with exactly the output of a serial run.

Each worker builds its spaCy pipelines and loads the rule packs once, in the
pool initializer, then checks one file per task. Results (plain dataclasses)
come back in any order and are put back in input order, so ``--jobs 8`` prints
the same bytes as ``--jobs 1``. Standard input is read in the main process.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import replace

from clarity.core.findings import DocumentResult, InputFailure, RunResult
from clarity.core.settings import Settings
from clarity.core.shownpath import shown_path
from clarity.run.gcpolicy import pause_collection, resume_collection
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
    from clarity.run.pipeline import rulesets_for, warm_up

    pause_collection()  # a forked worker inherits the pause; a spawned one starts afresh
    _SETTINGS = settings
    rulesets_for(settings)
    if settings.lang != "auto":
        warm_up(settings.lang)


def _check(path: str) -> DocumentResult | InputFailure:
    from clarity.run.pipeline import check_one

    assert _SETTINGS is not None, "worker was not initialised"
    return check_one(path, _SETTINGS)


def run_batch(
    items: list[str | InputFailure],
    settings: Settings,
    stdin: bytes | None,
    jobs: int,
    progress: bool = False,
) -> RunResult:
    from clarity.run.pipeline import check_one

    files = [i for i, item in enumerate(items) if isinstance(item, str) and item != "-"]
    outcomes: dict[int, DocumentResult | InputFailure] = {}
    bar = ProgressBar(len(files)) if progress and should_show(len(files)) else None
    workers = min(jobs, len(files))
    if workers > 1:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(settings,)
        ) as pool:
            # Largest files first, so no worker is left with a long file at the end;
            # results are put back in input order below, whatever order they finish in.
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
    else:
        for i in files:
            outcomes[i] = check_one(items[i], settings)  # type: ignore[arg-type]
            if bar:
                bar.advance()
    if bar:
        bar.close()
    resume_collection()  # a serial run has resumed it already, unless it checked no file
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
