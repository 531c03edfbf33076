"""Metrics for a whole document and for each section under its headings, and the
clarity score of both. Computed once per document and kept on the context
(``Analysed.readability``), so the R checks and the score share one computation."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clarity.checks.readability.metrics import SentenceCounts, measure
from clarity.core.findings import Finding
from clarity.score import clarity_score

if TYPE_CHECKING:
    from clarity.checks.context import Analysed

PREAMBLE = "(before the first heading)"


@dataclass
class Section:
    title: str
    path: tuple[str, ...]
    start: int
    end: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)


@dataclass
class Readability:
    document: dict[str, Any]
    sections: list[tuple[Section, dict[str, Any]]]


def sentence_limits(ctx: Analysed) -> tuple[int, int, int]:
    """(info, warning, error) word limits of L101 for the document's language. Without an
    info threshold of its own, a language's info band starts at its warning threshold
    (so it has none)."""
    defaults = ctx.ruleset.lexicon("language").get("sentence_length", {})
    settings = ctx.settings
    warn = settings.threshold(ctx.language, "sentence-warning", defaults.get("warning", 25))
    info = settings.threshold(ctx.language, "sentence-info", defaults.get("info", warn))
    error = settings.threshold(ctx.language, "sentence-error", defaults.get("error", 40))
    return info, warn, error


def long_limit(ctx: Analysed) -> int:
    """Words past which a sentence is long: the lowest L101 threshold (its info band)."""
    info, warn, _ = sentence_limits(ctx)
    return min(info, warn)


def sections_of(ctx: Analysed) -> list[Section]:
    """Non-heading sentences grouped by the heading path of their block, in order."""
    out: list[Section] = []
    by_path: dict[tuple[str, ...], Section] = {}
    blocks = ctx.document.blocks
    for sentence, words in zip(ctx.sentences, ctx.sentence_words, strict=True):
        if sentence.is_heading:
            continue
        path = blocks[sentence.block].section_path
        section = by_path.get(path)
        if section is None:
            title = " > ".join(t for t in path if t) or PREAMBLE
            section = Section(title, path, sentence.start, sentence.end)
            by_path[path] = section
            out.append(section)
        section.end = max(section.end, sentence.end)
        section.spans.append((sentence.start, sentence.end))
        section.lengths.append(words)
    return out


def measure_readability(ctx: Analysed) -> Readability:
    """Metrics of the document and of each section (``Analysed.readability``)."""
    limit = long_limit(ctx)
    text = ctx.document.text
    spans = [(s.start, s.end) for s in ctx.sentences if not s.is_heading]
    lengths = [
        n for s, n in zip(ctx.sentences, ctx.sentence_words, strict=True) if not s.is_heading
    ]
    counts = SentenceCounts(text, ctx.language)
    document = measure(text, spans, lengths, ctx.language, limit, counts)
    sections = [
        (section, measure(text, section.spans, section.lengths, ctx.language, limit, counts))
        for section in sections_of(ctx)
    ]
    return Readability(document, sections)


def metrics_with_scores(
    ctx: Analysed, findings: Sequence[Finding]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(metrics for the JSON, the document's score) once the findings are final."""
    data = ctx.readability
    weights = ctx.settings.score_weights
    score = clarity_score(data.document, findings, ctx.language, weights)
    sections = []
    # Findings in start order (stable, so already-sorted findings keep their order),
    # and each section takes its slice: one filter per section over every finding
    # was quadratic on long documents.
    ordered = sorted(findings, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    for section, metrics in data.sections:
        lo = bisect.bisect_left(starts, section.start)
        hi = bisect.bisect_left(starts, section.end, lo)
        inside = ordered[lo:hi]
        line, _ = ctx.document.line_col(section.start)
        sections.append(
            {
                "title": section.title,
                "path": list(section.path),
                "start": section.start,
                "end": section.end,
                "line": line,
                **metrics,
                "findings": len(inside),
                "score": clarity_score(metrics, inside, ctx.language, weights),
            }
        )
    metrics_out: dict[str, Any] = {"readability": data.document, "sections": sections}
    statutory = ctx.statutory
    if statutory is not None:
        metrics_out["statutory"] = statutory
    return metrics_out, score
