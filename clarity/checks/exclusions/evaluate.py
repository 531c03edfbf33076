"""Precision and recall of the detector against hand labels (line numbers only).

A detection matches a label when the label's line lies within the detection's
lines; each label and each detection is matched at most once, so one block that
runs several labelled items together counts once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    labels: int
    detections: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.detections if self.detections else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0


def score(
    detected: list[tuple[int, int]], labels: list[int], lines: tuple[int, int] | None = None
) -> Score:
    """``detected`` is (first line, last line) of each exclusion."""
    if lines is not None:
        lo, hi = lines
        detected = [d for d in detected if lo <= d[0] <= hi]
        labels = [n for n in labels if lo <= n <= hi]
    free = sorted(set(labels))
    matched = 0
    for first, last in sorted(detected):
        hit = next((n for n in free if first <= n <= last), None)
        if hit is not None:
            free.remove(hit)
            matched += 1
    return Score(labels=len(set(labels)), detections=len(detected), matched=matched)
