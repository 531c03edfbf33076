"""Garbage collection paused while the command line starts up, resumed once it has.

Start-up (importing spaCy, building a pipeline, loading the rule packs) allocates
about a million objects that live for the whole run. The collector's passes over
them cost a noticeable share of a one-page run (benchmarks/results.md, cold start)
and find almost nothing to free. So ``clarity`` pauses automatic collection when it starts,
and the first document it finishes resumes it, after ``gc.freeze()`` has moved
everything then alive out of the collector's way, so that later passes never
walk the start-up objects again. Analysing a document makes no cyclic garbage
(measured on the whole corpus), so this changes time, not memory. With
``--jobs`` each worker pauses while it builds its pipeline and resumes after its
first document; the parent resumes as soon as its workers are started. The
library API never touches the collector: only the command line (and its
workers) do.

Resumed, the collector also looks at new objects less often (every 10,000 net
allocations instead of 700): there is no cyclic garbage for those passes to find,
and they were half of what collection still cost.
"""

from __future__ import annotations

import gc

_paused = False
YOUNG_THRESHOLD = 10_000
"""Net allocations between passes over the youngest generation once resumed."""


def pause_collection() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Called after each document; only the first call after a pause does anything."""
    global _paused
    if _paused:
        _paused = False
        settle()
        gc.enable()


def settle() -> None:
    """Move every object alive now out of the collector's way and look at new ones
    less often: what the command line does once it has started (see above)."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
