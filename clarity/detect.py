"""Guessing a document's language and profile from its own words.

Both guesses count words from the rule packs' lexicons (function words for the
language; domain vocabulary for the profile), so tuning them is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from clarity.packs import LANGUAGES, RuleSet, stem_pattern

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 20_000


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    shares: dict[str, float]
    """Share of the sampled words that sit in passages of each language."""

    @property
    def mixed(self) -> bool:
        ranked = sorted(self.shares.values(), reverse=True)
        return len(ranked) > 1 and ranked[1] >= 0.15


_PASSAGE = re.compile(r"[.!?;:\n]+")


def detect_language(text: str, rulesets: dict[str, RuleSet], default: str = "en") -> LanguageGuess:
    """Vote passage by passage, so a Finnish policy with an English clause reads as mixed."""
    markers = {lang: _Markers.of(rulesets[lang].lexicon("language")) for lang in LANGUAGES}
    words_by_lang = dict.fromkeys(LANGUAGES, 0)
    sampled = 0
    for passage in _PASSAGE.split(text[: SAMPLE_WORDS * 12]):
        words = [w.lower() for w in _WORD.findall(passage)]
        if not words:
            continue
        scores = {lang: markers[lang].count(words) for lang in LANGUAGES}
        best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == default))
        if scores[best] > 0:
            words_by_lang[best] += len(words)
        sampled += len(words)
        if sampled >= SAMPLE_WORDS:
            break
    total = sum(words_by_lang.values())
    if total == 0:
        return LanguageGuess(default, dict.fromkeys(LANGUAGES, 0.0))
    shares = {lang: n / total for lang, n in words_by_lang.items()}
    best = max(LANGUAGES, key=lambda lang: (shares[lang], lang == default))
    return LanguageGuess(best, shares)


@dataclass(frozen=True)
class _Markers:
    """Word-level signs of a language: function words, letters, endings."""

    stopwords: frozenset[str]
    letters: frozenset[str]
    endings: tuple[str, ...]

    @classmethod
    def of(cls, lexicon: dict) -> _Markers:  # type: ignore[type-arg]
        return cls(
            frozenset(lexicon.get("stopwords", [])),
            frozenset(lexicon.get("letters", "")),
            tuple(lexicon.get("endings", ())),
        )

    def count(self, words: list[str]) -> int:
        return sum(
            1
            for w in words
            if w in self.stopwords
            or (self.letters and not self.letters.isdisjoint(w))
            or (self.endings and len(w) > 4 and w.endswith(self.endings))
        )


def detect_profile(text: str, ruleset: RuleSet, word_count: int) -> tuple[str, dict[str, int]]:
    lexicon = ruleset.lexicon("profiles")
    counts: dict[str, int] = {}
    words = _WORD.findall(text.lower())
    for profile in ("insurance", "loan"):
        counts[profile] = _VocabularyCounter.of(tuple(lexicon.get(profile, []))).count(words, text)
    best = max(counts, key=lambda k: counts[k])
    if word_count < lexicon.get("min_words", 0):
        return "generic", counts  # too little text to call it a policy or an agreement
    needed = lexicon.get("min_per_thousand", 4) * max(word_count, 1) / 1000
    if counts[best] < max(needed, 2) or counts[best] == 0:
        return "generic", counts
    return best, counts


class _VocabularyCounter:
    """Counts stem-pattern hits: one-word stems by prefix over a word list, phrases by regex."""

    def __init__(self, stems: tuple[str, ...]) -> None:
        single = [s.lower() for s in stems if " " not in s]
        self.exact = frozenset(s for s in single if not s.endswith("*"))
        self.prefixes = tuple(s[:-1] for s in single if s.endswith("*"))
        phrases = [s for s in stems if " " in s]
        self.phrase = (
            re.compile("|".join(stem_pattern(p).pattern for p in phrases), re.IGNORECASE)
            if phrases
            else None
        )

    @classmethod
    @cache
    def of(cls, stems: tuple[str, ...]) -> _VocabularyCounter:
        return cls(stems)

    def count(self, words: list[str], text: str) -> int:
        exact, prefixes = self.exact, self.prefixes
        hits = sum(1 for w in words if w in exact or (prefixes and w.startswith(prefixes)))
        if self.phrase is not None:
            hits += len(self.phrase.findall(text))
        return hits
