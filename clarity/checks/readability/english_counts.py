"""textstat's Flesch, Flesch-Kincaid and Gunning fog from counts made once per sentence.

textstat counts words, syllables, difficult words and sentences with pure-Python
loops over the whole text, and caches only its last 128 texts. clarity scores the
document and then every section, each a run of the same sentences, so textstat
would count each sentence twice, and count common words thousands of times.

Here each sentence piece (``metrics.prose_of`` makes them: whitespace collapsed,
ending in . ! or ?, joined by one space) is counted once, each distinct word once,
and the counts are added up. That gives textstat's counts exactly, because
textstat's steps do not reach across the space between pieces: punctuation
removal looks ahead only at an apostrophe, which is never the last character of
a piece; words are split at whitespace; and a sentence match (``\\b[^.!?]+[.!?]*``)
ends at a piece's closing . ! or ? and cannot start at the space after it. The
scores then use textstat's formulas in the same arithmetic order, so the floats
are identical (tests/test_english_counts.py compares them with textstat's own).

The per-word decisions are textstat's (``list_words``, its CMU look-up and
Pyphen fallback, ``is_difficult_word``); for a plain alphanumeric word the
difficulty test is made here from the syllables already counted, as
``is_difficult_word`` makes it, instead of counting them a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from clarity.checks.readability.english import textstat_offline

LANG = "en_US"
"""textstat's default language, which clarity never changes."""
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)  # textstat's count_sentences
_NON_CONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")  # textstat's, compiled
_PUNCTUATION = re.compile(r"[^\w\s\']")
_CACHE_LIMIT = 200_000
"""Distinct words kept per cache; past it a cache starts again (memory stays bounded)."""


@dataclass(frozen=True)
class Counts:
    """textstat's counts of one sentence piece. ``sentences`` is before textstat's
    max(1, ...), so that the counts of pieces can be added up; ``texts`` is 1 unless
    the piece is empty (textstat scores any text that is not blank)."""

    texts: int = 0
    words: int = 0
    syllables: int = 0
    difficult: int = 0
    sentences: int = 0


class _Backend:
    """textstat's per-word and per-text functions, loaded once."""

    def __init__(self) -> None:
        textstat_offline()
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils._get_lang_cfg import get_lang_cfg
        from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words
        from textstat.backend.validations import is_difficult_word

        self.is_difficult_word = is_difficult_word
        self.cmu: Any = _count_syllables.get_cmudict(LANG)
        self.pyphen = _count_syllables.get_pyphen(LANG)  # loaded on first use
        self.threshold = int(get_lang_cfg(LANG, "syllable_threshold"))
        self.easy_words: set[str] = get_lang_easy_words(LANG)
        root = "en"  # textstat's get_lang_root(LANG)
        self.fre = tuple(
            get_lang_cfg(root, key)
            for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word")
        )


_backend: _Backend | None = None
_words: dict[str, tuple[int, bool]] = {}
"""word as it stands -> (syllables, difficult), each decided once by textstat's code."""


def _textstat() -> _Backend:
    global _backend
    if _backend is None:
        _backend = _Backend()
    return _backend


def _syllables(word: str, ts: _Backend) -> int:
    """Syllables of one lowercased word: the loop body of textstat's count_syllables."""
    try:
        phones = ts.cmu[word][0]
        return sum(1 for p in phones if p[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(ts.pyphen.positions(word)) + 1


def _judge(word: str, ts: _Backend) -> tuple[int, bool]:
    lower = word.lower()
    syllables = _syllables(lower, ts)
    if lower.isalnum():
        # textstat's is_difficult_word, whose syllable count of a word with nothing
        # for list_words to strip is the count just made (tests/test_english_counts.py)
        difficult = lower not in ts.easy_words and syllables >= ts.threshold
    else:
        difficult = bool(ts.is_difficult_word(word, ts.threshold, LANG))
    judged = (syllables, difficult)
    if len(_words) >= _CACHE_LIMIT:
        _words.clear()
    _words[word] = judged
    return judged


def list_words(text: str) -> list[str]:
    """textstat's ``list_words(text)`` with its defaults, with the two regexes compiled
    once: textstat looks them up by string on every call, through two caches, which
    cost more than the work (tests/test_english_counts.py compares the two)."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


def piece_counts(piece: str) -> Counts:
    """textstat's counts of one sentence piece (see the module docstring)."""
    if not piece:
        return Counts()
    ts = _textstat()
    words = list_words(piece)
    sentences = 0
    for match in _SENTENCE.findall(piece):
        # a piece is usually one sentence: its words are already listed
        if len(words if match == piece else list_words(match)) > 2:
            sentences += 1
    syllables = difficult = 0
    for word in words:
        judged = _words.get(word) or _judge(word, ts)
        syllables += judged[0]
        difficult += judged[1]
    return Counts(
        texts=1, words=len(words), syllables=syllables, difficult=difficult, sentences=sentences
    )


def english_scores_of(pieces: Iterable[Counts]) -> dict[str, float]:
    """Flesch Reading Ease, Flesch-Kincaid grade and Gunning fog of the pieces together,
    rounded as ``english.english_scores`` rounds textstat's."""
    return {name: round(float(value), 2) for name, value in unrounded_scores(pieces).items()}


def unrounded_scores(pieces: Iterable[Counts]) -> dict[str, float]:
    """The three scores as textstat returns them; empty if every piece is empty."""
    texts = words = syllables = difficult = sentences = 0
    for counts in pieces:
        texts += counts.texts
        words += counts.words
        syllables += counts.syllables
        difficult += counts.difficult
        sentences += counts.sentences
    if not texts:
        return {}
    sentences = max(1, sentences)  # textstat's count_sentences
    return {
        "flesch_reading_ease": _flesch(words, sentences, syllables),
        "flesch_kincaid_grade": _kincaid(words, sentences, syllables),
        "gunning_fog": _fog(words, sentences, difficult),
    }


def _per_sentence(words: int, sentences: int) -> float:
    return words / sentences  # textstat's words_per_sentence (sentences >= 1)


def _per_word(syllables: int, words: int) -> float:
    return syllables / words if words else 0.0  # textstat's syllables_per_word


def _flesch(words: int, sentences: int, syllables: int) -> float:
    base, per_sentence_weight, per_word_weight = _textstat().fre
    sentence_length = _per_sentence(words, sentences)
    per_word = _per_word(syllables, words)
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return base - per_sentence_weight * sentence_length - per_word_weight * per_word


def _kincaid(words: int, sentences: int, syllables: int) -> float:
    sentence_length = _per_sentence(words, sentences)
    per_word = _per_word(syllables, words)
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * per_word) - 15.59


def _fog(words: int, sentences: int, difficult: int) -> float:
    if not words:
        return 0.0
    per_diff_words = 100 * difficult / words
    return 0.4 * (_per_sentence(words, sentences) + per_diff_words)
