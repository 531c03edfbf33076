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
    """Share of each language's function words among all words sampled."""

    @property
    def mixed(self) -> bool:
        ranked = sorted(self.shares.values(), reverse=True)
        return len(ranked) > 1 and ranked[1] > 0.02 and ranked[1] >= 0.3 * ranked[0]


def detect_language(text: str, rulesets: dict[str, RuleSet], default: str = "en") -> LanguageGuess:
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if not words:
        return LanguageGuess(default, {lang: 0.0 for lang in LANGUAGES})
    shares = {}
    for lang in LANGUAGES:
        stop = set(rulesets[lang].lexicon("language").get("stopwords", []))
        shares[lang] = sum(1 for w in words if w in stop) / len(words)
    best = max(LANGUAGES, key=lambda lang: (shares[lang], lang == default))
    if shares[best] == 0:
        best = default
    return LanguageGuess(best, shares)


def detect_profile(text: str, ruleset: RuleSet, word_count: int) -> tuple[str, dict[str, int]]:
    lexicon = ruleset.lexicon("profiles")
    counts: dict[str, int] = {}
    for profile in ("insurance", "loan"):
        pattern = _alternation(tuple(lexicon.get(profile, [])))
        counts[profile] = len(pattern.findall(text)) if pattern else 0
    best = max(counts, key=lambda k: counts[k])
    needed = lexicon.get("min_per_thousand", 4) * max(word_count, 1) / 1000
    if counts[best] < max(needed, 2) or counts[best] == 0:
        return "generic", counts
    return best, counts


@cache
def _alternation(stems: tuple[str, ...]) -> re.Pattern[str] | None:
    if not stems:
        return None
    return re.compile("|".join(f"(?:{stem_pattern(s).pattern})" for s in stems), re.IGNORECASE)
