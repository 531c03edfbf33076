"""Compiling the exclusions lexicon (rules/<lang>/exclusions.yml) once per rule set.

Entries are stem phrases (``"korvat*"``) or, when they start with "/", regular
expressions. Python only holds the logic; every word lives in the YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from clarity.packs import RuleSet, stem_pattern

_CACHE: dict[tuple[int, str], CompiledLexicon] = {}


def compile_any(entries: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for entry in entries:
        if entry.startswith("/"):
            parts.append(f"(?:{entry[1:]})")
        else:
            parts.append(f"(?:{stem_pattern(entry).pattern})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@dataclass(frozen=True)
class FirstOf:
    """Several named patterns as one regex: the leftmost match, ties to the earlier name.

    That is exactly what searching each pattern and keeping the earliest start (the
    earlier name on a tie) gives, in one scan instead of one per pattern.
    """

    pattern: re.Pattern[str]
    names: tuple[str, ...]

    @classmethod
    def of(cls, named: Iterable[tuple[str, re.Pattern[str]]]) -> FirstOf | None:
        items = list(named)
        if not items:
            return None
        body = "|".join(f"(?P<_n{i}>{p.pattern})" for i, (_, p) in enumerate(items))
        return cls(re.compile(body, re.IGNORECASE), tuple(name for name, _ in items))

    def search(self, text: str) -> tuple[str, re.Match[str]] | None:
        match = self.pattern.search(text)
        if match is None:
            return None
        for index, name in enumerate(self.names):
            if match.start(f"_n{index}") >= 0:
                return name, match
        return None  # pragma: no cover - one named group always matched


@dataclass(frozen=True)
class CompiledLexicon:
    raw: dict[str, Any]
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
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

    def number(self, key: str, default: float) -> float:
        value = self.raw.get(key, default)
        return float(value) if isinstance(value, int | float) else default

    def text(self, key: str, default: str = "") -> str:
        value = self.raw.get(key, default)
        return value if isinstance(value, str) else default

    def is_exclusion_heading(self, title: str) -> bool:
        """By meaning: names exclusions/limits, or negates a cover word."""
        if self.heading_nouns and self.heading_nouns.search(title):
            return True
        return bool(
            self.heading_negations
            and self.heading_cover
            and self.heading_negations.search(title)
            and self.heading_cover.search(title)
        )

    def is_definition_heading(self, title: str) -> bool:
        return bool(self.definition_headings and self.definition_headings.search(title))


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
    triggers = []
    for family, entries in sorted((raw.get("triggers") or {}).items()):
        pattern = compile_any(_one(entries))
        if pattern is not None:
            triggers.append((family, pattern))
    topics = []
    for name, entries in (raw.get("topics") or {}).items():
        pattern = compile_any(_one(entries))
        if pattern is not None:
            topics.append((str(name), pattern))
    weak = frozenset(raw.get("weak_families") or ())
    compiled = CompiledLexicon(
        raw=raw,
        triggers=tuple(triggers),
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
        strong_triggers=FirstOf.of((f, p) for f, p in triggers if f not in weak),
        weak_triggers=FirstOf.of((f, p) for f, p in triggers if f in weak),
        any_topic=FirstOf.of(topics),
    )
    _CACHE[key] = compiled
    return compiled
