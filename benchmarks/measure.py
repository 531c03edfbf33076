"""Measuring helpers: repeated timings and peak memory of whole processes.

Every figure is compared with a floor measured in the same run on the same
machine, so the ratios mean something on any machine; absolute seconds do not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Sample:
    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def show(self, unit: str = "s", digits: int = 3) -> str:
        lo, hi = min(self.values), max(self.values)
        return f"{self.median:.{digits}f} {unit} ({lo:.{digits}f}–{hi:.{digits}f})"


def repeat(fn: Callable[[], object], runs: int) -> Sample:
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append(time.perf_counter() - start)
    return Sample(tuple(values))


def alternating(fns: Sequence[Callable[[], object]], runs: int) -> list[Sample]:
    """``repeat`` for several functions, taking turns (see ``interleaved``)."""
    values: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for index, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            values[index].append(time.perf_counter() - start)
    return [Sample(tuple(v)) for v in values]


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    max_rss_mb: float
    returncode: int
    stdout: bytes


# A forked child starts with its parent's peak RSS (the pages it shares before
# exec count), so a benchmark process that has loaded spaCy would lend every
# child its own high-water mark. Memory is therefore measured by a tiny wrapper
# process that starts the command and reports the command's own peak.
_RSS_WRAPPER = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_process(
    cmd: Sequence[str], cwd: Path | None = None, env: dict | None = None, memory: bool = False
) -> ProcessRun:
    """Run a command: wall time, and with ``memory`` the command's own peak RSS."""
    rss_file = None
    if memory:
        import tempfile

        handle, rss_file = tempfile.mkstemp(suffix=".rss")
        os.close(handle)
        cmd = [sys.executable, "-c", _RSS_WRAPPER, rss_file, *cmd]
    start = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    rss_mb = 0.0
    if rss_file is not None:
        text = Path(rss_file).read_text()
        os.unlink(rss_file)
        rss_mb = int(text) / 1024 if text else 0.0
    return ProcessRun(elapsed, rss_mb, proc.returncode, proc.stdout)


def repeat_process(cmd: Sequence[str], runs: int, **kwargs) -> tuple[Sample, Sample, ProcessRun]:
    runs_done = [run_process(cmd, **kwargs) for _ in range(runs)]
    times = Sample(tuple(r.seconds for r in runs_done))
    rss = Sample(tuple(r.max_rss_mb for r in runs_done))
    return times, rss, runs_done[-1]


def interleaved(
    cmds: Sequence[Sequence[str]], runs: int, **kwargs
) -> list[tuple[Sample, Sample, ProcessRun]]:
    """``repeat_process`` for several commands, taking turns run by run.

    A shared machine drifts (another tenant, a cooler CPU); run back to back, one
    command would get the quiet minute and the other the busy one. Taking turns
    spreads the drift over both sides of a ratio.
    """
    done: list[list[ProcessRun]] = [[] for _ in cmds]
    for _ in range(runs):
        for index, cmd in enumerate(cmds):
            done[index].append(run_process(cmd, **kwargs))
    return [
        (
            Sample(tuple(r.seconds for r in runs_done)),
            Sample(tuple(r.max_rss_mb for r in runs_done)),
            runs_done[-1],
        )
        for runs_done in done
    ]


def side_by_side(cmd: Sequence[str], copies: int = 2) -> float:
    """Wall time of ``copies`` instances of a command started together, until the last ends."""
    start = time.perf_counter()
    procs = [subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL) for _ in range(copies)]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - start


def python() -> str:
    return sys.executable


def clarity_cmd(*args: str) -> list[str]:
    """The command line of ``clarity *args``; a check runs every rule, opt-in ones
    included, so that the figures measure all of clarity's work whatever the defaults."""
    if args and args[0] == "check" and "--help" not in args:
        args = (*args, "--extend-select", "ALL")
    exe = Path(sys.executable).with_name("clarity")
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "clarity", *args]
