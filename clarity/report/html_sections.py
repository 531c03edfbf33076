"""Sections for the report: the hardest ones first, all of them on demand.

A 150-section policy charted bar by bar fills several screens before the first
finding. A writer wants the few sections to rewrite first, so the report ranks
sections by the section score the metrics publish (lower is harder), else by a
readability figure, else by average sentence length, and shows the hardest ten;
the full list, in document order, stays one click away.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from clarity.core.findings import DocumentResult
from clarity.text.sentences import count_words

HARDEST = 10
MIN_WORDS = 30
"""A section shorter than this (a heading and a line) is too short to rank: one long word
makes its readability figure swing. It is still listed among all sections."""

READABILITY_KEYS = (
    ("flesch_reading_ease", "Flesch", False),
    ("lix", "LIX", True),
    ("wiio", "Wiio", True),
    ("flesch_kincaid_grade", "FK grade", True),
    ("avg_sentence_length", "Words per sentence", True),
)
"""(key, column title, lower is easier) of the figures a section row may show."""


@dataclass(frozen=True)
class SectionRow:
    title: str
    path: str
    start: int
    end: int
    words: int
    figure: float | None
    findings: int | None
    score: int | None
    grade: str
    anchor: str
    order: int  # position in the document


@dataclass
class Sections:
    rows: list[SectionRow]
    hardest: list[SectionRow]
    figure_title: str


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _anchor(start: int, heading_starts: list[int], prefix: str) -> str:
    k = bisect.bisect_right(heading_starts, start) - 1
    return f"#{prefix}s{k}" if k >= 0 else ""


def sections(result: DocumentResult, prefix: str) -> Sections:
    heading_starts = sorted(s for s, _, _ in result.outline)
    listed = result.metrics.get("sections")
    if isinstance(listed, list) and listed and all(isinstance(s, dict) for s in listed):
        rows, title, lower = _from_metrics(listed, heading_starts, prefix)
    else:
        rows, title, lower = _from_text(result, heading_starts, prefix), "Words per sentence", True
    return Sections(rows, hardest(rows, lower), title)


def _from_metrics(
    listed: list[dict[str, Any]], heading_starts: list[int], prefix: str
) -> tuple[list[SectionRow], str, bool]:
    key, title, lower = next(
        (k for k in READABILITY_KEYS if any(_number(s.get(k[0])) is not None for s in listed)),
        ("", "", True),
    )
    rows = []
    for n, s in enumerate(listed):
        score = s.get("score")
        value = _number(score.get("value")) if isinstance(score, dict) else _number(score)
        grade = score.get("grade") if isinstance(score, dict) else None
        start = s.get("start") if isinstance(s.get("start"), int) else -1
        end = s.get("end") if isinstance(s.get("end"), int) else start
        path = s.get("path")
        label = _label(s, n)
        full = " › ".join(str(p) for p in path) if isinstance(path, (list, tuple)) else label
        words = s.get("words")
        findings = s.get("findings")
        rows.append(
            SectionRow(
                title=label,
                path=full or label,
                start=start,
                end=end,
                words=words if isinstance(words, int) else 0,
                figure=_number(s.get(key)) if key else None,
                findings=findings if isinstance(findings, int) else None,
                score=round(value) if value is not None else None,
                grade=str(grade) if grade else "",
                anchor=_anchor(start, heading_starts, prefix) if start >= 0 else "",
                order=n,
            )
        )
    return rows, title, lower


def _label(section: dict[str, Any], index: int) -> str:
    path = section.get("path")
    if isinstance(path, (list, tuple)) and path:
        return str(path[-1])
    label = section.get("title") or section.get("heading") or section.get("name")
    return str(label) if label else f"Section {index + 1}"


def hardest(rows: Sequence[SectionRow], lower_is_easier: bool) -> list[SectionRow]:
    """The ten hardest sections long enough to judge: lowest score first, else the
    worst readability figure; ties in document order."""
    ranked = [
        r for r in rows if r.words >= MIN_WORDS and (r.score is not None or r.figure is not None)
    ]

    def key(row: SectionRow) -> tuple[float, float, int]:
        figure = row.figure if row.figure is not None else 0.0
        worse_first = -figure if lower_is_easier else figure
        score = row.score if row.score is not None else math.inf
        return (score, worse_first, row.order)

    return sorted(ranked, key=key)[:HARDEST]


_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)|\n\s*\n")


def _from_text(result: DocumentResult, heading_starts: list[int], prefix: str) -> list[SectionRow]:
    """Average sentence length per heading section, when no metrics describe sections."""
    text = result.text or ""
    if not text:
        return []
    outline = sorted(result.outline)
    starts = [(0, 0, "(before the first heading)")]
    for start, end, _ in outline:
        starts.append((start, end, " ".join(text[start:end].split())[:80] or "Section"))
    rows = []
    for i, (start, body_start, label) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        pieces = [p for p in _SENTENCE_END.split(text[body_start:stop]) if count_words(p)]
        if not pieces:
            continue
        words = sum(count_words(p) for p in pieces)
        rows.append(
            SectionRow(
                title=label,
                path=label,
                start=start,
                end=stop,
                words=words,
                figure=round(words / len(pieces), 1),
                findings=None,
                score=None,
                grade="",
                anchor=_anchor(start, heading_starts, prefix) if i else "",
                order=i,
            )
        )
    return rows
