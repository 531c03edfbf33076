"""Flesch Reading Ease, Flesch-Kincaid grade and Gunning fog, from counts made once per
sentence.

The formulas, with W words, S sentences, Y syllables and C complex words:

* Flesch Reading Ease (Flesch 1948): ``206.835 - 1.015 (W / S) - 84.6 (Y / W)``;
* Flesch-Kincaid grade (Kincaid et al. 1975): ``0.39 (W / S) + 11.8 (Y / W) - 15.59``;
* Gunning fog (Gunning 1952): ``0.4 (W / S + 100 C / W)``.

Words, syllables and complex words are counted as ``clarity.checks.readability.english``
says. Sentences are counted on the text the formulas see: each match of
``\\b[^.!?]+[.!?]*`` (from a word boundary to the next run of . ! or ?) that holds
three or more words is a sentence, and a text has at least one. A text with no
words, or whose words have no syllables, scores 0.0 on the two Flesch formulas
(and a text without words 0.0 on the fog index). Each score is rounded to two
decimals once, at the end. The arithmetic is done in the order written above, so
the floats equal those textstat 0.7.13 computed from the same counts.

clarity scores the document and then every section, each a run of the same
sentences, so each sentence piece (``metrics.prose_of`` makes them: whitespace
collapsed, ending in . ! or ?, joined by one space) is counted once, each distinct
word is judged once, and the counts are added up. That gives the counts of the
pieces joined together, because no counting step reaches across the space between
two pieces: apostrophe removal looks ahead only at an apostrophe, which is never
the last character of a piece; words are split at whitespace; and a sentence match
ends at a piece's closing . ! or ? and cannot start at the space after it
(tests/checks/test_english_counts.py checks this on random prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from clarity.checks.readability.english import is_complex, list_words, syllables

FLESCH_BASE = 206.835
FLESCH_SENTENCE_LENGTH = 1.015
FLESCH_SYLLABLES_PER_WORD = 84.6
SENTENCE_MIN_WORDS = 3
"""A sentence match with fewer words than this is not counted as a sentence."""
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_CACHE_LIMIT = 200_000
"""Distinct words kept in the cache; past it the cache starts again (memory stays bounded)."""


@dataclass(frozen=True)
class Counts:
    """The counts of one sentence piece. ``sentences`` is before the "at least one"
    rule, so that the counts of pieces can be added up; ``texts`` is 1 unless the
    piece is empty (any text that is not blank is scored)."""

    texts: int = 0
    words: int = 0
    syllables: int = 0
    complex_words: int = 0
    sentences: int = 0


_words: dict[str, tuple[int, bool]] = {}
"""word as it stands -> (syllables, complex), each decided once."""


def judge(word: str) -> tuple[int, bool]:
    """(syllables, complex) of one word as ``list_words`` gives it."""
    judged = _words.get(word)
    if judged is None:
        count = syllables(word.lower())
        judged = (count, is_complex(count))
        if len(_words) >= _CACHE_LIMIT:
            _words.clear()
        _words[word] = judged
    return judged


def piece_counts(piece: str) -> Counts:
    """The counts of one sentence piece (or of any text)."""
    if not piece:
        return Counts()
    words = list_words(piece)
    sentences = 0
    for match in _SENTENCE.findall(piece):
        # a piece is usually one sentence: its words are already listed
        if len(words if match == piece else list_words(match)) >= SENTENCE_MIN_WORDS:
            sentences += 1
    syllable_total = complex_total = 0
    for word in words:
        count, hard = _words.get(word) or judge(word)
        syllable_total += count
        complex_total += hard
    return Counts(
        texts=1,
        words=len(words),
        syllables=syllable_total,
        complex_words=complex_total,
        sentences=sentences,
    )


def english_scores(prose: str) -> dict[str, float]:
    """Flesch Reading Ease, Flesch-Kincaid grade and Gunning fog of ``prose``, rounded
    to two decimals; empty when ``prose`` is blank."""
    if not prose.strip():
        return {}
    return english_scores_of([piece_counts(prose)])


def english_scores_of(pieces: Iterable[Counts]) -> dict[str, float]:
    """The three scores of the pieces together, rounded to two decimals."""
    return {name: round(float(value), 2) for name, value in unrounded_scores(pieces).items()}


def unrounded_scores(pieces: Iterable[Counts]) -> dict[str, float]:
    """The three scores of the pieces together; empty if every piece is empty."""
    texts = words = syllable_total = complex_total = sentences = 0
    for counts in pieces:
        texts += counts.texts
        words += counts.words
        syllable_total += counts.syllables
        complex_total += counts.complex_words
        sentences += counts.sentences
    if not texts:
        return {}
    sentences = max(1, sentences)
    return {
        "flesch_reading_ease": flesch_reading_ease(words, sentences, syllable_total),
        "flesch_kincaid_grade": flesch_kincaid_grade(words, sentences, syllable_total),
        "gunning_fog": gunning_fog(words, sentences, complex_total),
    }


def _per_word(syllable_total: int, words: int) -> float:
    return syllable_total / words if words else 0.0


def flesch_reading_ease(words: int, sentences: int, syllable_total: int) -> float:
    """Flesch (1948) Reading Ease; ``sentences`` is at least 1."""
    sentence_length = words / sentences
    per_word = _per_word(syllable_total, words)
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return (
        FLESCH_BASE
        - FLESCH_SENTENCE_LENGTH * sentence_length
        - FLESCH_SYLLABLES_PER_WORD * per_word
    )


def flesch_kincaid_grade(words: int, sentences: int, syllable_total: int) -> float:
    """Flesch-Kincaid grade level (Kincaid et al. 1975); ``sentences`` is at least 1."""
    sentence_length = words / sentences
    per_word = _per_word(syllable_total, words)
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * per_word) - 15.59


def gunning_fog(words: int, sentences: int, complex_total: int) -> float:
    """Gunning (1952) fog index; ``sentences`` is at least 1."""
    if not words:
        return 0.0
    per_complex_words = 100 * complex_total / words
    return 0.4 * (words / sentences + per_complex_words)
