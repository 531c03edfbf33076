"""Exclusion triggers: the first word group in a stretch of text that excludes or
limits cover, and its family ("not-covered", "condition", ...).

Strong families count wherever they stand; weak ones ("except", "only if") only in a
sentence about cover, or under an exclusions heading. Words that hold a trigger but take
no cover away (``not_triggers``: "up to but not exceeding") are blanked first.
"""

from __future__ import annotations

from dataclasses import dataclass

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.precision import about_cover


@dataclass(frozen=True)
class Trigger:
    family: str
    start: int
    end: int


def find_trigger(
    lex: CompiledLexicon, text: str, lo: int, hi: int, need_context: bool = True
) -> Trigger | None:
    """The first trigger in text[lo:hi]; strong families win over weak ones."""
    segment = text[lo:hi]
    # Strong families win over weak ones wherever they stand; within each, the
    # leftmost match, ties to the alphabetically first family.
    strong, weak = lex.strong_triggers, lex.weak_triggers
    found = strong.first(text, lo, hi, segment) if strong else None
    if found is None and weak is not None:
        found = weak.first(text, lo, hi, segment)
    if found is None:
        return None  # most sentences: nothing to mask, no not-trigger scan
    if lex.not_triggers is not None and lex.found("not_triggers", text, lo, hi, segment):
        masked = lex.not_triggers.sub(lambda m: " " * len(m.group(0)), segment)
        if masked != segment:
            return _masked_trigger(lex, masked, lo, need_context)
    family, match = found
    if family in lex.weak and need_context and not about_cover(lex, segment):
        return None  # a weak trigger counts only in a sentence about cover
    return Trigger(family, lo + match.start(), lo + match.end())


def _masked_trigger(
    lex: CompiledLexicon, segment: str, lo: int, need_context: bool
) -> Trigger | None:
    """``find_trigger`` on a segment whose not-triggers are blanked: the text differs
    from the document's there, so its index does not apply; the segment is indexed as
    a text of its own (a search of the whole alternation tries every entry at every
    position: ten times slower on a sentence)."""
    end = len(segment)
    strong, weak = lex.strong_triggers, lex.weak_triggers
    found = strong.first(segment, 0, end, segment) if strong else None
    weak_allowed = not need_context or about_cover(lex, segment)
    if found is None and weak is not None and weak_allowed:
        found = weak.first(segment, 0, end, segment)
    if found is None:
        return None
    family, match = found
    return Trigger(family, lo + match.start(), lo + match.end())
