"""Guessing a document's language and profile from its own words.

Both guesses count words from the rule packs' lexicons (function words for the
language; domain vocabulary for the profile), so tuning them is a data change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from clarity.rules.packs import LANGUAGES, RuleSet, stem_regex
from clarity.text.matching import casefold_safe, find_all, lowercase

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 20_000
SAMPLE_CHARS = SAMPLE_WORDS * 12
"""The language is guessed from at most this much of the start of a text."""
PROFILES = ("insurance", "loan")


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    shares: dict[str, float]
    """Share of the sampled words that sit in passages of each language."""
    stem_hits: dict[str, dict[str, int]] | None = field(default=None, compare=False)
    """Per language, per profile: the one-word profile stems among all the words of
    the text (``detect_profile``'s word count), when asked for and made in the same
    pass; None otherwise."""

    @property
    def mixed(self) -> bool:
        ranked = sorted(self.shares.values(), reverse=True)
        return len(ranked) > 1 and ranked[1] >= 0.15


def detect_language(
    text: str, rulesets: dict[str, RuleSet], default: str = "en", count_stems: bool = False
) -> LanguageGuess:
    """Vote passage by passage, so a Finnish policy with an English clause reads as mixed.

    With ``count_stems``, the same pass also counts each language's profile stems
    over the whole text (``LanguageGuess.stem_hits``), so that ``detect_profile``
    need not read every word again: each distinct word is judged once for both.
    That holds only where the words of the lowered text are the lowered words
    (``casefold_safe``; tests/checks/test_wording_fast.py) and the text fits the sample.
    """
    markers = tuple(_Markers.cached(rulesets[lang].lexicon("language")) for lang in LANGUAGES)
    vocabularies: tuple[_VocabularyCounter, ...] = ()
    if count_stems and len(text) <= SAMPLE_CHARS and casefold_safe(text, lowercase(text)):
        vocabularies = tuple(
            _VocabularyCounter.of(tuple(rulesets[lang].lexicon("profiles").get(profile, [])))
            for lang in LANGUAGES
            for profile in PROFILES
        )
    fields = len(markers) + len(vocabularies)
    words_by_lang = dict.fromkeys(LANGUAGES, 0)
    sampled = 0
    whole = 0
    verdicts: dict[int, tuple[int, str | None]] = {}  # short passages repeat their counts
    for total in _passage_totals(text[:SAMPLE_CHARS], markers, vocabularies):
        whole += total
        if sampled >= SAMPLE_WORDS:
            if not vocabularies:
                break
            continue  # past the sample: only the stems are still counted
        verdict = verdicts.get(total)
        if verdict is None:
            verdict = verdicts[total] = _verdict(total, fields, len(markers), default)
        count, winner = verdict
        if winner is not None:
            words_by_lang[winner] += count
        sampled += count
    stem_hits = None
    if vocabularies:
        hits = iter(_unpack(whole, fields)[1][len(markers) :])
        stem_hits = {lang: {profile: next(hits) for profile in PROFILES} for lang in LANGUAGES}
    total = sum(words_by_lang.values())
    if total == 0:
        return LanguageGuess(default, dict.fromkeys(LANGUAGES, 0.0), stem_hits)
    shares = {lang: n / total for lang, n in words_by_lang.items()}
    best = max(LANGUAGES, key=lambda lang: (shares[lang], lang == default))
    return LanguageGuess(best, shares, stem_hits)


def _verdict(total: int, fields: int, languages: int, default: str) -> tuple[int, str | None]:
    """(words, the language the passage votes for or None) of a packed passage count."""
    count, hits = _unpack(total, fields)
    scores = dict(zip(LANGUAGES, hits[:languages], strict=True))
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == default))
    return count, best if scores[best] > 0 else None


_BREAKS = re.compile(r"[.!?;:\n]+")


def _passage_totals(
    sample: str, markers: tuple[_Markers, ...], vocabularies: tuple[_VocabularyCounter, ...] = ()
) -> Iterator[int]:
    """The packed counts (see ``_code``) of each passage of ``sample`` that has words.

    Passages are the text between runs of break characters; words never contain
    one, so these are the words of the text in order. Each distinct word's value is
    remembered, so a word is judged once, and a passage's counts are one C-level sum.
    """
    memo = _codes(markers, vocabularies)
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
"""Room for 16 million words per field; a text is counted only up to SAMPLE_CHARS
characters, so no sum carries into the next field."""
_MASK = (1 << _BITS) - 1


def _code(
    token: str, markers: tuple[_Markers, ...], vocabularies: tuple[_VocabularyCounter, ...]
) -> int:
    """A word's packed value: one field per marker set and per vocabulary (1 if the word
    is a sign of it), and the word count (1) in the field above them."""
    if not _WORD.fullmatch(token):
        return -1
    word = token.lower()
    hits = [m.marks(word) for m in markers] + [v.holds(word) for v in vocabularies]
    marked = sum(1 << (_BITS * i) for i, hit in enumerate(hits) if hit)
    return marked + (1 << (_BITS * len(hits)))


def _unpack(total: int, fields: int) -> tuple[int, list[int]]:
    words = total >> (_BITS * fields)
    return words, [(total >> (_BITS * i)) & _MASK for i in range(fields)]


class _Memo(dict[str, int]):
    """Word -> packed value (``_code``); a missing word is judged on first lookup."""

    def __init__(
        self, markers: tuple[_Markers, ...], vocabularies: tuple[_VocabularyCounter, ...]
    ) -> None:
        super().__init__()
        self.markers = markers
        self.vocabularies = vocabularies

    def __missing__(self, word: str) -> int:
        code = self[word] = _code(word, self.markers, self.vocabularies)
        return code


_CODES: dict[tuple[int, ...], _Memo] = {}
_MEMO_LIMIT = 200_000


def _codes(
    markers: tuple[_Markers, ...], vocabularies: tuple[_VocabularyCounter, ...] = ()
) -> _Memo:
    """The word memo for these markers and vocabularies, kept below ``_MEMO_LIMIT`` entries."""
    judges = markers + vocabularies
    key = tuple(map(id, judges))
    hit = _CODES.get(key)
    if hit is None or any(
        a is not b for a, b in zip(hit.markers + hit.vocabularies, judges, strict=True)
    ):
        hit = _CODES[key] = _Memo(markers, vocabularies)
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


def detect_profile(
    text: str, ruleset: RuleSet, word_count: int, stem_hits: dict[str, int] | None = None
) -> tuple[str, dict[str, int]]:
    """The profile whose vocabulary is densest; ``stem_hits`` are the one-word stem
    counts when ``detect_language`` made them (``LanguageGuess.stem_hits``)."""
    lexicon = ruleset.lexicon("profiles")
    lowered = lowercase(text)
    counters = {p: _VocabularyCounter.of(tuple(lexicon.get(p, []))) for p in PROFILES}
    if stem_hits is None:
        words = Counter(_WORD.findall(lowered))
        stem_hits = {p: counter.count_words(words) for p, counter in counters.items()}
    counts = {p: stem_hits[p] + counters[p].count_phrases(text) for p in PROFILES}
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

    def holds(self, word: str) -> bool:
        """Whether the lowercased word is one of the one-word stems."""
        return word in self.exact or bool(self.prefixes and word.startswith(self.prefixes))

    def count_words(self, words: Counter[str]) -> int:
        """Stem hits among ``words`` (each lowercased word with its count)."""
        return sum(n for word, n in words.items() if self.holds(word))

    def count_phrases(self, text: str) -> int:
        """Phrase hits in ``text``."""
        if self.phrase is None:
            return 0
        return len(find_all(self.phrase, text))
