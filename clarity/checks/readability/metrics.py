"""Readability metrics of a run of sentences (a whole document or one section).

Sentence counts and lengths come from clarity's own legal-text splitter (a
heading is not a sentence, a semicolon ends a clause); the English formulas
(``english_counts``) and the Finnish ones (``finnish``) are run on the same
sentences. Both add up counts made once per sentence (``SentenceCounts``), so a
document and its sections share the counting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from clarity.checks.readability import english_counts, finnish

# Flesch (1949), "A new readability yardstick" / "The Art of Readable Writing": score -> style.
FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "standard"),
    (50, "fairly difficult"),
    (30, "difficult"),
    (float("-inf"), "very difficult"),
)
# Björnsson (1968), Läsbarhet; the usual Nordic scale.
LIX_BANDS: tuple[tuple[float, str], ...] = (
    (60, "very difficult"),
    (50, "difficult"),
    (40, "medium"),
    (30, "easy"),
    (float("-inf"), "very easy"),
)


def flesch_band(score: float) -> str:
    return next(label for floor, label in FLESCH_BANDS if score >= floor)


def lix_band(score: float) -> str:
    return next(label for floor, label in LIX_BANDS if score >= floor)


def wiio_band(grade: float) -> str:
    """Wiio: under 6 easy, 6 to under 9 medium, 9 or more hard."""
    if grade < 6:
        return "easy"
    return "medium" if grade < 9 else "hard"


def piece_of(text: str, start: int, end: int) -> str:
    """One sentence as the English formulas should see it: whitespace collapsed, and
    closed with a full stop if it had none, so their sentence count (which ends
    sentences at . ! ?) sees the same sentences as clarity's splitter."""
    piece = " ".join(text[start:end].split())
    if piece and piece[-1] not in ".!?":
        piece = piece.rstrip(";:,") + "."
    return piece


def prose_of(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The sentences as one string: their pieces joined by a space."""
    return " ".join(piece_of(text, start, end) for start, end in spans)


_C = TypeVar("_C")


class SentenceCounts:
    """Readability counts of each sentence of one text, made on first use and kept, so
    the document's metrics and every section's add up the same counts."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self._english: dict[tuple[int, int], english_counts.Counts] = {}
        self._finnish: dict[tuple[int, int], finnish.Counts] = {}

    def english(self, spans: Sequence[tuple[int, int]]) -> list[english_counts.Counts]:
        return self._each(self._english, spans, english_counts.piece_counts)

    def finnish(self, spans: Sequence[tuple[int, int]]) -> finnish.Counts:
        return finnish.total(self._each(self._finnish, spans, finnish.counts))

    def _each(
        self,
        cache: dict[tuple[int, int], _C],
        spans: Sequence[tuple[int, int]],
        count: Callable[[str], _C],
    ) -> list[_C]:
        """Counts of each span's piece, each piece counted once per text."""
        out = []
        for span in spans:
            counts = cache.get(span)
            if counts is None:
                counts = cache[span] = count(piece_of(self.text, *span))
            out.append(counts)
        return out


def measure(
    text: str,
    spans: Sequence[tuple[int, int]],
    lengths: Sequence[int],
    language: str,
    long_limit: int,
    counts: SentenceCounts | None = None,
) -> dict[str, object]:
    """Metrics for the sentences at ``spans`` (non-heading) with word counts ``lengths``;
    ``counts`` shares sentence counts between calls on the same text."""
    words = sum(lengths)
    count = len(lengths)
    out: dict[str, object] = {
        "words": words,
        "sentences": count,
        "avg_sentence_length": round(words / count, 2) if count else 0.0,
        "max_sentence_length": max(lengths, default=0),
        "long_sentence_share": round(sum(1 for n in lengths if n > long_limit) / count, 4)
        if count
        else 0.0,
    }
    if not count:
        return out
    if counts is None:
        counts = SentenceCounts(text, language)
    if language == "en":
        scores = english_counts.english_scores_of(counts.english(spans))
        out.update(scores)
        out["flesch_band"] = flesch_band(scores["flesch_reading_ease"])
    else:
        counted = counts.finnish(spans)
        value = finnish.lix_of(counted, count)
        plain, refined = finnish.wiio_of(counted, count)
        out.update(
            {
                "lix": round(value, 2),
                "lix_band": lix_band(value),
                "wiio": round(plain, 2),
                "wiio_refined": round(refined, 2),
                "wiio_band": wiio_band(plain),
            }
        )
    return out
