"""Scoring the detector against hand labels by character overlap.

The labels in ``../shared/labels`` (see its README, the annotation guideline) give
each exclusion as [start, end) offsets into the file. A prediction and a label
match when they share at least one non-space character: a detector that splits
one labelled item in two, or runs two items together, still matches. Only
predictions that overlap the labelled span are scored, since exclusions are
labelled exhaustively only there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """One exclusion, predicted or labelled, in file offsets."""

    start: int
    end: int
    buried: bool = False


@dataclass(frozen=True)
class Score:
    """Counts behind recall, precision and burial agreement of one or more documents."""

    labels: int = 0
    found: int = 0
    """Labels overlapped by at least one prediction."""
    predictions: int = 0
    correct: int = 0
    """Predictions that overlap at least one label."""
    burial_agree: int = 0
    """Found labels whose buried flag equals that of their best-overlapping prediction."""
    summary_right: int = 0
    documents: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predictions if self.predictions else 1.0

    @property
    def burial(self) -> float:
        return self.burial_agree / self.found if self.found else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.labels + other.labels,
            self.found + other.found,
            self.predictions + other.predictions,
            self.correct + other.correct,
            self.burial_agree + other.burial_agree,
            self.summary_right + other.summary_right,
            self.documents + other.documents,
        )


def overlap(a: Span, b: Span, text: str | None = None) -> int:
    """Characters ``a`` and ``b`` share (non-space characters when ``text`` is given)."""
    lo, hi = max(a.start, b.start), min(a.end, b.end)
    if hi <= lo:
        return 0
    if text is None:
        return hi - lo
    return sum(1 for c in text[lo:hi] if not c.isspace())


def score_document(
    predicted: list[Span],
    labelled: list[Span],
    span: tuple[int, int],
    summary_right: bool,
    text: str | None = None,
) -> Score:
    """Score one document; ``span`` is the labelled span [start, end) in file offsets."""
    lo, hi = span
    inside = [p for p in predicted if p.start < hi and p.end > lo]
    correct = sum(1 for p in inside if any(overlap(p, label, text) for label in labelled))
    found = agree = 0
    for label in labelled:
        shared = [(overlap(p, label, text), p) for p in inside]
        best = max(shared, key=lambda pair: pair[0], default=(0, None))
        if best[1] is None or best[0] == 0:
            continue
        found += 1
        agree += best[1].buried == label.buried
    return Score(
        labels=len(labelled),
        found=found,
        predictions=len(inside),
        correct=correct,
        burial_agree=agree,
        summary_right=int(summary_right),
        documents=1,
    )
