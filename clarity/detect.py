"""Guessing a document's language and profile from its own words.

Both guesses count words from the rule packs' lexicons (function words for the
language; domain vocabulary for the profile), so tuning them is a data change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from clarity.literalscan import casefold_safe, find_all, lowercase
from clarity.packs import LANGUAGES, RuleSet, stem_regex

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


def detect_language(text: str, rulesets: dict[str, RuleSet], default: str = "en") -> LanguageGuess:
    """Vote passage by passage, so a Finnish policy with an English clause reads as mixed."""
    markers = tuple(_Markers.cached(rulesets[lang].lexicon("language")) for lang in LANGUAGES)
    words_by_lang = dict.fromkeys(LANGUAGES, 0)
    sampled = 0
    verdicts: dict[int, tuple[int, str | None]] = {}  # short passages repeat their counts
    for total in _passage_totals(text[: SAMPLE_WORDS * 12], markers):
        verdict = verdicts.get(total)
        if verdict is None:
            verdict = verdicts[total] = _verdict(total, len(markers), default)
        count, winner = verdict
        if winner is not None:
            words_by_lang[winner] += count
        sampled += count
        if sampled >= SAMPLE_WORDS:
            break
    total = sum(words_by_lang.values())
    if total == 0:
        return LanguageGuess(default, dict.fromkeys(LANGUAGES, 0.0))
    shares = {lang: n / total for lang, n in words_by_lang.items()}
    best = max(LANGUAGES, key=lambda lang: (shares[lang], lang == default))
    return LanguageGuess(best, shares)


def _verdict(total: int, languages: int, default: str) -> tuple[int, str | None]:
    """(words, the language the passage votes for or None) of a packed passage count."""
    count, hits = _unpack(total, languages)
    scores = dict(zip(LANGUAGES, hits, strict=True))
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == default))
    return count, best if scores[best] > 0 else None


_BREAKS = re.compile(r"[.!?;:\n]+")


def _passage_totals(sample: str, markers: tuple[_Markers, ...]) -> Iterator[int]:
    """The packed counts (see ``_code``) of each passage of ``sample`` that has words.

    Passages are the text between runs of break characters; words never contain
    one, so these are the words of the text in order. Each distinct word's value is
    remembered, so a word is judged once, and a passage's counts are one C-level sum.
    """
    memo = _codes(markers)
    value = memo.__getitem__
    for piece in _pieces(sample):
        for passage in _BREAKS.split(piece):
            total = sum(map(value, _WORD.findall(passage)))
            if total:
                yield total


def _pieces(sample: str, size: int = 16_384) -> Iterator[str]:
    """``sample`` cut after a line break every ``size`` characters or so, so a caller that
    stops early has not tokenised all of it. A cut inside a run of breaks only splits
    the run; no word is cut."""
    start = 0
    while start < len(sample):
        cut = sample.find("\n", start + size)
        end = len(sample) if cut < 0 else cut + 1
        yield sample[start:end]
        start = end


_BITS = 24
"""Room for 16 million words per passage; the sample has at most SAMPLE_WORDS * 12 chars."""
_MASK = (1 << _BITS) - 1


def _code(token: str, markers: tuple[_Markers, ...]) -> int:
    if not _WORD.fullmatch(token):
        return -1
    word = token.lower()
    marked = sum(1 << (_BITS * i) for i, m in enumerate(markers) if m.marks(word))
    return marked + (1 << (_BITS * len(markers)))


def _unpack(total: int, languages: int) -> tuple[int, list[int]]:
    words = total >> (_BITS * languages)
    return words, [(total >> (_BITS * i)) & _MASK for i in range(languages)]


class _Memo(dict[str, int]):
    """Word -> packed value (``_code``); a missing word is judged on first lookup."""

    def __init__(self, markers: tuple[_Markers, ...]) -> None:
        super().__init__()
        self.markers = markers

    def __missing__(self, word: str) -> int:
        code = self[word] = _code(word, self.markers)
        return code


_CODES: dict[tuple[int, ...], _Memo] = {}
_MEMO_LIMIT = 200_000


def _codes(markers: tuple[_Markers, ...]) -> _Memo:
    """The word memo for this set of markers, kept below ``_MEMO_LIMIT`` entries."""
    key = tuple(map(id, markers))
    hit = _CODES.get(key)
    if hit is None or any(a is not b for a, b in zip(hit.markers, markers, strict=True)):
        hit = _CODES[key] = _Memo(markers)
    if len(hit) > _MEMO_LIMIT:
        hit.clear()
    return hit


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

    @classmethod
    def cached(cls, lexicon: dict) -> _Markers:  # type: ignore[type-arg]
        """``of(lexicon)``, built once per lexicon (rule sets live for the process)."""
        hit = _MARKERS.get(id(lexicon))
        if hit is None or hit[0] is not lexicon:
            hit = _MARKERS[id(lexicon)] = (lexicon, cls.of(lexicon))
        return hit[1]

    def marks(self, w: str) -> bool:
        """Whether the lowercased word ``w`` is a sign of this language."""
        return bool(
            w in self.stopwords
            or (self.letters and not self.letters.isdisjoint(w))
            or (self.endings and len(w) > 4 and w.endswith(self.endings))
        )


_MARKERS: dict[int, tuple[dict, _Markers]] = {}  # type: ignore[type-arg]


def detect_profile(text: str, ruleset: RuleSet, word_count: int) -> tuple[str, dict[str, int]]:
    lexicon = ruleset.lexicon("profiles")
    counts: dict[str, int] = {}
    lowered = lowercase(text)
    words = Counter(_WORD.findall(lowered))
    for profile in ("insurance", "loan"):
        counter = _VocabularyCounter.of(tuple(lexicon.get(profile, [])))
        counts[profile] = counter.count(words, text, lowered)
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
            re.compile("|".join(stem_regex(p) for p in phrases), re.IGNORECASE) if phrases else None
        )

    @classmethod
    @cache
    def of(cls, stems: tuple[str, ...]) -> _VocabularyCounter:
        return cls(stems)

    def count(self, words: Counter[str], text: str, lowered: str) -> int:
        """Stem hits among ``words`` (each word with its count) plus phrase hits in ``text``."""
        exact, prefixes = self.exact, self.prefixes
        hits = sum(
            n for w, n in words.items() if w in exact or (prefixes and w.startswith(prefixes))
        )
        if self.phrase is not None:
            if casefold_safe(text, lowered):
                hits += len(find_all(self.phrase, text, lowered))
            else:
                hits += len(self.phrase.findall(text))
        return hits
