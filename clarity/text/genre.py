"""Guessing a document's genre from its own words: statute or court decision, consumer
policy, business policy, or loan or card agreement.

The genre decides which voice the rules may ask for. A statute or a court decision names
its parties in the third person by design ("vakuutuksenantaja", "the insurer"), so the
rules that ask a policy to say "we" and "you" stay quiet there (``RuleMeta.genres``).

The signals are few and hold across publishers: a statute numbers its sections with the
section sign and speaks of itself ("this Act", "tämä laki"); a court decision names its
court; a business policy talks about the business, its employees and its stock. Each is
counted per 1,000 words against a floor in ``rules/<lang>/genres.yml``, so a consumer
policy that cites an Act once or twice stays a consumer policy. The profile (insurance
or loan, clarity/text/language.py) decides the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from clarity.rules.packs import RuleSet, stem_regex
from clarity.text.matching import find_all, leading_literals

SCORED = ("statute", "business")
"""The genres counted from their own signals; the others follow from the profile."""


@dataclass(frozen=True)
class GenreGuess:
    genre: str
    per_thousand: dict[str, float]
    """Signals of each scored genre per 1,000 words."""


def detect_genre(text: str, ruleset: RuleSet, profile: str, word_count: int) -> GenreGuess:
    """The genre of ``text``, whose profile (insurance, loan, generic) is already known."""
    lexicon = ruleset.lexicon("genres")
    floors = lexicon.get("min_per_thousand", {})
    min_hits = int(lexicon.get("min_hits", 2))
    words = max(word_count, 1)
    hits = {name: _count(tuple(lexicon.get(name, ())), text) for name in SCORED}
    density = {name: round(n * 1000 / words, 2) for name, n in hits.items()}

    def strong(name: str) -> bool:
        return hits[name] >= min_hits and density[name] >= float(floors.get(name, 3))

    if strong("statute"):
        genre = "statute"
    elif profile == "loan":
        genre = "loan"
    elif profile == "insurance":
        genre = "business" if strong("business") else "consumer"
    else:
        genre = "generic"
    return GenreGuess(genre, density)


def _count(entries: tuple[str, ...], text: str) -> int:
    """Matches of a genre's signals: those whose leading literals can be read are one
    alternation, tried only where one of those literals occurs (clarity/text/matching);
    each other signal (a line-start anchor, a case-sensitive group) is counted on its
    own, since in the alternation it would make every signal be tried at every position."""
    readable, alone = _groups(entries)
    total = 0
    for group in (readable, *((e,) for e in alone)):
        pattern = _pattern(group)
        if pattern is not None:
            total += len(find_all(pattern, text))
    return total


@cache
def _groups(entries: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    readable: list[str] = []
    alone: list[str] = []
    for entry in entries:
        pattern = _pattern((entry,))
        fast = pattern is not None and leading_literals(pattern.pattern, pattern.flags)
        # a case-sensitive signal stays alone: how its matches are counted is unchanged
        (readable if fast and "(?-i:" not in entry else alone).append(entry)
    return tuple(readable), tuple(alone)


@cache
def _pattern(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a genre's signals: stem phrases, or regexes when they start with
    "/" (case-sensitive then only if they say so with ``(?-i:...)``)."""
    parts = [f"(?:{e[1:] if e.startswith('/') else stem_regex(e)})" for e in entries]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None
