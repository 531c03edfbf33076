"""The runner: every input of a run checked, in one process or in several, in input order.

Serial and parallel runs share everything but the loop that produces outcomes
(as flake8's checker manager does): the inputs are discovered once, and one
ordering step hands the outcomes on in input order, checks standard input at its
place, and shows every path printable. So ``--jobs 8`` prints the same bytes as
``--jobs 1``. The files a run reads (which no report may overwrite:
clarity/run/output.py) are known from the discovery, before any is checked.

``check_paths`` collects a whole run (every report format but jsonl needs all of
it); ``Inputs.outcomes`` hands each outcome on as soon as it and every one before
it are done, so ``--format jsonl`` writes a document and lets it go. Collected,
the workers take the largest files first, so no worker is left with a long file
at the end; streamed, they take files in input order and run at most
``STREAM_WINDOW`` files per worker ahead of the next one to write, so the
outcomes waiting for an earlier one stay few whatever the size of the run.

Each worker builds its spaCy pipelines and loads the rule packs once, in the
pool initializer, then checks one file per task.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, replace

from clarity.core.findings import DocumentResult, InputFailure, RunResult
from clarity.core.settings import Settings
from clarity.core.shownpath import shown_path
from clarity.run.discover import discover_inputs
from clarity.run.gcpolicy import pause_collection, resume_collection
from clarity.run.pipeline import check_one, rulesets_for, warm_up
from clarity.run.progress import ProgressBar, should_show

_SETTINGS: Settings | None = None

STREAM_WINDOW = 8
"""Files per worker that a streamed run may have checking or checked and waiting for
an earlier file: enough that a long file holds up the others' workers only after
this many shorter ones, few enough that what waits stays small."""

Outcome = DocumentResult | InputFailure


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


def _check(path: str) -> Outcome:
    assert _SETTINGS is not None, "worker was not initialised"
    return check_one(path, _SETTINGS)


@dataclass(frozen=True)
class Inputs:
    """A run's inputs, discovered once: file paths, ``-``, and inputs already failed."""

    items: tuple[str | InputFailure, ...]
    settings: Settings
    stdin: bytes | None = None

    @classmethod
    def discover(
        cls, paths: Iterable[str], settings: Settings, stdin: bytes | None = None
    ) -> Inputs:
        return cls(tuple(discover_inputs(paths, settings)), settings, stdin)

    @property
    def sources(self) -> list[str]:
        """Every file the run reads or fails to, by its real name; standard input left out."""
        paths = (item.path if isinstance(item, InputFailure) else item for item in self.items)
        return [path for path in paths if path != "-"]

    def outcomes(
        self, jobs: int = 1, progress: bool = False, streamed: bool = False
    ) -> Iterator[Outcome]:
        """Every input's outcome in input order, its path shown printable; each is
        handed on as soon as it and every one before it are done. ``streamed``: the
        workers follow input order and run at most ``STREAM_WINDOW`` files each ahead."""
        items = self.items
        files = [i for i, item in enumerate(items) if isinstance(item, str) and item != "-"]
        bar = ProgressBar(len(files)) if progress and should_show(len(files)) else None
        workers = min(jobs, len(files))
        if workers > 1:
            window = workers * STREAM_WINDOW if streamed else None
            done = _in_workers(items, files, self.settings, workers, bar, window)
        else:
            done = _in_this_process(items, files, self.settings, bar)
        try:
            for index, item in enumerate(items):
                if isinstance(item, InputFailure):
                    outcome: Outcome = item
                elif item == "-":
                    outcome = check_one("-", self.settings, self.stdin)
                else:
                    at, outcome = next(done)
                    assert at == index, "outcomes out of input order"
                yield _shown(outcome)
        finally:
            done.close()  # a consumer that stops early stops the workers
            if bar:
                bar.close()
            resume_collection()  # a serial run has resumed it already, unless it checked no file


def _shown(outcome: Outcome) -> Outcome:
    shown = shown_path(outcome.path)
    return outcome if shown == outcome.path else replace(outcome, path=shown)


def check_paths(
    paths: Iterable[str],
    settings: Settings,
    stdin: bytes | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> RunResult:
    """Check every input that ``paths`` stand for; with ``jobs`` > 1 in worker processes."""
    inputs = Inputs.discover(paths, settings, stdin)
    return collect(inputs, inputs.outcomes(jobs, progress))


def collect(inputs: Inputs, outcomes: Iterable[Outcome]) -> RunResult:
    """The run's result: documents and failures in input order, and the files read
    (``sources``) by their real names."""
    result = RunResult(sources=inputs.sources)
    for outcome in outcomes:
        if isinstance(outcome, InputFailure):
            result.failures.append(outcome)
        else:
            result.documents.append(outcome)
    return result


def _in_this_process(
    items: tuple[str | InputFailure, ...],
    files: list[int],
    settings: Settings,
    bar: ProgressBar | None,
) -> Iterator[tuple[int, Outcome]]:
    for i in files:
        outcome = check_one(items[i], settings)  # type: ignore[arg-type]
        if bar:
            bar.advance()
        yield i, outcome


def _in_workers(
    items: tuple[str | InputFailure, ...],
    files: list[int],
    settings: Settings,
    workers: int,
    bar: ProgressBar | None,
    window: int | None,
) -> Iterator[tuple[int, Outcome]]:
    """(index, outcome) of every file, in input order, checked in ``workers`` processes.

    With a ``window``, files are submitted in input order and at most ``window`` are
    submitted or done and waiting for an earlier one; without, all at once, largest first.
    """
    if window is None:
        order = sorted(files, key=lambda i: -_size(items[i]))  # type: ignore[arg-type]
        window = len(files)
    else:
        order = list(files)
    to_submit = iter(order)
    waiting: dict[int, Outcome] = {}  # done, and an earlier file is not
    pending: dict[Future, int] = {}
    next_file = 0  # position in ``files`` of the next outcome to hand on
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,))
    try:

        def submit_more() -> None:
            while len(pending) + len(waiting) < window:
                index = next(to_submit, None)
                if index is None:
                    return
                pending[pool.submit(_check, items[index])] = index  # type: ignore[arg-type]

        submit_more()
        # The workers exist once work is submitted; from here on this process
        # only waits and collects results, so its collector can run again.
        resume_collection()
        while pending:
            done, _ = wait_futures(pending, return_when="FIRST_COMPLETED")
            for future in done:
                waiting[pending.pop(future)] = future.result()
                if bar:
                    bar.advance()
            while next_file < len(files) and files[next_file] in waiting:
                index = files[next_file]
                next_file += 1
                yield index, waiting.pop(index)
            submit_more()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
