"""Compiling the exclusions lexicon (rules/<lang>/exclusions.yml) once per rule set.

Entries are stem phrases (``"korvat*"``) or, when they start with "/", regular
expressions. Python only holds the logic; every word lives in the YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from clarity.rules.packs import RuleSet, stem_regex
from clarity.text.matching import FirstOf, LiteralScan

_CACHE: dict[tuple[int, str], CompiledLexicon] = {}
_PATTERNS: dict[tuple[int, str], tuple[dict[str, Any], re.Pattern[str] | None]] = {}
_BRACKETED = re.compile(r"\([^()]*\)")
SPAN_KEYS = (
    "not_triggers",
    "definition_sentence",
    "cross_reference",
    "hedges",
    "not_exclusion",
)
"""Patterns searched per sentence or clause: indexed per document like the triggers."""


def sources(entries: Iterable[str]) -> list[str]:
    """Each entry's regex: "/..." as written, a stem phrase through ``stem_regex``."""
    return [e[1:] if e.startswith("/") else stem_regex(e) for e in entries]


def compile_any(entries: Iterable[str]) -> re.Pattern[str] | None:
    parts = [f"(?:{source})" for source in sources(entries)]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@dataclass(frozen=True)
class CompiledLexicon:
    raw: dict[str, Any]
    weak: frozenset[str]
    cover_context: re.Pattern[str] | None
    not_triggers: re.Pattern[str] | None
    heading_nouns: re.Pattern[str] | None
    heading_negations: re.Pattern[str] | None
    heading_cover: re.Pattern[str] | None
    lead_in_end: re.Pattern[str] | None
    definition_headings: re.Pattern[str] | None
    definition_sentence: re.Pattern[str] | None
    cross_reference: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    summary_headings: re.Pattern[str] | None
    topics: tuple[tuple[str, re.Pattern[str]], ...]
    topic_stopwords: frozenset[str]
    strong_triggers: FirstOf | None = None
    """Trigger families not in ``weak``, alphabetical (ties go to the first name)."""
    weak_triggers: FirstOf | None = None
    any_topic: FirstOf | None = None
    spans: dict[str, FirstOf | None] = field(default_factory=dict)
    """The ``SPAN_KEYS`` patterns, to search in a span of a document (``found``)."""

    def number(self, key: str, default: float) -> float:
        value = self.raw.get(key, default)
        return float(value) if isinstance(value, int | float) else default

    def text(self, key: str, default: str = "") -> str:
        value = self.raw.get(key, default)
        return value if isinstance(value, str) else default

    def is_exclusion_heading(self, title: str) -> bool:
        """By meaning: names exclusions/limits, or negates a cover word.

        A negation in brackets says which case the heading is about ("If you make a
        contents claim (but not a liability claim)"), not that it refuses anything; a
        cover word that only points at the document ("under this Coverage Part") is no
        cover refused. A
        title that gives pay back (``give_back_headings``: "Exceptions to Deductible
        Income", "Deductible Income does not include:") announces no exclusions either."""
        if self.matches("give_back_headings", title):
            return False
        if self.heading_nouns and self.heading_nouns.search(title):
            return True
        plain = _BRACKETED.sub(" ", title)
        pointer = self.pattern("heading_pointers")
        if pointer is not None:
            # "No person ... has a right under this Coverage Part:": the words that point
            # at the document name no cover it refuses
            plain = pointer.sub(" ", plain)
        return bool(
            self.heading_negations
            and self.heading_cover
            and self.heading_negations.search(plain)
            and self.heading_cover.search(plain)
        )

    def own_form(self, path: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """The headings of ``path`` from its innermost form title on ("... COVERAGE FORM",
        ``form_titles``), or the whole path: in a package of forms a heading above a
        form's title (an endorsement's title the reader set a level out) is another
        form's, and heads nothing in this one."""
        starts = [i for i, title in enumerate(path) if self.matches("form_titles", title)]
        return tuple(path[starts[-1] :] if starts else path)

    def found(self, key: str, text: str, lo: int, hi: int, segment: str | None = None) -> bool:
        """Does the ``key`` pattern match in ``text[lo:hi]`` (``segment``, if given)?"""
        if key in self.spans:
            alternation = self.spans[key]
            return alternation is not None and alternation.found(text, lo, hi, segment)
        pattern: re.Pattern[str] | None = getattr(self, key)
        piece = text[lo:hi] if segment is None else segment
        return pattern is not None and pattern.search(piece) is not None

    def pattern(self, key: str) -> re.Pattern[str] | None:
        """The lexicon list ``key`` as one pattern (None when absent), compiled once."""
        cache_key = (id(self.raw), key)
        cached = _PATTERNS.get(cache_key)
        if cached is None or cached[0] is not self.raw:
            cached = _PATTERNS[cache_key] = (self.raw, compile_any(_one(self.raw.get(key))))
        return cached[1]

    def matches(self, key: str, piece: str) -> bool:
        """Does the lexicon list ``key`` match anywhere in ``piece``?"""
        found = self.pattern(key)
        return found is not None and found.search(piece) is not None

    def is_definition_heading(self, title: str) -> bool:
        return self.definition_headings is not None and _found_in(self.definition_headings, title)

    def in_definitions_part(self, path: tuple[str, ...] | list[str]) -> bool:
        """Does a section path run through a definitions heading? Not through one that a
        heading after it in the path, numbered as its peer, shows was set a level too high
        by the reader ("C.2 Specific Definitions" over "D.8 Loss of Passport": part D
        follows part C, it is not inside it)."""
        for at, title in enumerate(path):
            if self.is_definition_heading(title) and not any(
                _peers(title, later) for later in path[at + 1 :]
            ):
                return True
        return False


_PART_NUMBER = re.compile(
    r"^\W{0,2}(?:(?:section|part|chapter)\s+)?([A-Z]|\d{1,3})((?:\.\d{1,3})*)\b"
)
"""A heading's number: its first part and the rest ("C" ".2", "3" ".1", "Section 4")."""


def _peers(first: str, later: str) -> bool:
    """Are two headings numbered as peers of one series in different parts ("C.2" and
    "D.8", "Section 2" and "Section 3"), so that the later is not inside the first?"""
    one, two = _PART_NUMBER.match(first), _PART_NUMBER.match(later)
    if one is None or two is None:
        return False
    same_shape = one.group(2).count(".") == two.group(2).count(".")
    return (
        same_shape
        and one.group(1) != two.group(1)
        and one.group(1).isdigit() == two.group(1).isdigit()
    )


@lru_cache(maxsize=1024)
def _found_in(pattern: re.Pattern[str], title: str) -> bool:
    """Cached: every exclusion asks about each heading above it."""
    return pattern.search(title) is not None


def _any(entry_sources: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{s})" for s in entry_sources), re.IGNORECASE)


def _one(entry: Any) -> list[str]:
    if isinstance(entry, str):
        return [entry]
    return [e for e in entry or [] if isinstance(e, str)]


def lexicon_for(ruleset: RuleSet, pack: str = "exclusions") -> CompiledLexicon:
    key = (id(ruleset), pack)
    cached = _CACHE.get(key)
    if cached is not None and cached.raw is ruleset.lexicon(pack):
        return cached
    raw = ruleset.lexicon(pack)
    family_sources = [
        (family, sources(_one(entries)))
        for family, entries in sorted((raw.get("triggers") or {}).items())
    ]
    topic_sources = [
        (str(name), sources(_one(entries))) for name, entries in (raw.get("topics") or {}).items()
    ]
    topics = [(n, _any(s)) for n, s in topic_sources if s]
    weak = frozenset(raw.get("weak_families") or ())
    scan = LiteralScan()  # one pass over a document finds the literals of all of them
    compiled = CompiledLexicon(
        raw=raw,
        weak=weak,
        cover_context=compile_any(_one(raw.get("cover_context"))),
        not_triggers=compile_any(_one(raw.get("not_triggers"))),
        heading_nouns=compile_any(_one(raw.get("heading_nouns"))),
        heading_negations=compile_any(_one(raw.get("heading_negations"))),
        heading_cover=compile_any(_one(raw.get("heading_cover"))),
        lead_in_end=compile_any(_one(raw.get("lead_in_end"))),
        definition_headings=compile_any(_one(raw.get("definition_headings"))),
        definition_sentence=compile_any(_one(raw.get("definition_sentence"))),
        cross_reference=compile_any(_one(raw.get("cross_reference"))),
        hedges=compile_any(_one(raw.get("hedges"))),
        summary_headings=compile_any(_one(raw.get("summary_headings"))),
        topics=tuple(topics),
        topic_stopwords=frozenset(str(w).lower() for w in raw.get("topic_stopwords") or ()),
        strong_triggers=FirstOf.of(((f, s) for f, s in family_sources if f not in weak), scan),
        weak_triggers=FirstOf.of(((f, s) for f, s in family_sources if f in weak), scan),
        any_topic=FirstOf.of(topic_sources, scan),
        spans={k: FirstOf.of([(k, sources(_one(raw.get(k))))], scan) for k in SPAN_KEYS},
    )
    _CACHE[key] = compiled
    return compiled
