"""Where the literals that lexicon entries need occur in a text: one regex pass per text.

Every entry of the exclusion alternations needs one of a few literals
(``clarity.checks.exclusions.literals``). All the literals of a lexicon go into one
case-sensitive trie-shaped regex over the folded text; ``re`` can skip to the
characters that start a literal, so the whole document is read once, however
many entries there are. Each occurrence is then filed under the alternations
and entries that need it, in order of position, for ``bisect``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Protocol

from clarity.checks.exclusions.literals import Need, fold
from clarity.text.trie import trie_regex

_KINDS = {"": 0, "nw": 1, "b": 2}


class HasNeed(Protocol):
    @property
    def need(self) -> Need | None: ...


@dataclass
class Occurrences:
    """Where one alternation's needed literals occur in a text, in order of position."""

    starts: list[int] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    """The entry (index in the alternation) that needs the literal at ``starts[i]``."""
    at_word: dict[int, list[int]] = field(default_factory=dict)
    """Occurrences where the entry's ``\\b`` or ``(?<!\\w)`` fails in the text; it would
    hold at the start of a span that begins there, so only such a span tries them."""
    free: tuple[int, ...] = ()
    """Entries that need no literal: tried everywhere."""


@dataclass(frozen=True)
class _Plan:
    pattern: re.Pattern[str] | None
    users: dict[str, tuple[tuple[int, int, int], ...]]
    """For each literal the regex can match (the longest at a position), every
    (boundary kind, alternation, entry) that needs it or a literal that starts it:
    kind 0 for no boundary, 1 for ``(?<!\\w)``, 2 for ``\\b`` just before."""


class LiteralScan:
    """The literals of several alternations (a lexicon's), found together in one pass."""

    def __init__(self) -> None:
        self.members: list[Sequence[HasNeed]] = []

    def add(self, entries: Sequence[HasNeed]) -> int:
        """Register an alternation's entries; returns its number in ``scan`` results."""
        self.members.append(entries)
        self.__dict__.pop("_plan", None)
        return len(self.members) - 1

    @cached_property
    def _plan(self) -> _Plan:
        needs: dict[str, list[tuple[int, int, int]]] = {}
        for member, entries in enumerate(self.members):
            for index, entry in enumerate(entries):
                for literal in entry.need or ():
                    kind = _KINDS[literal.boundary]
                    needs.setdefault(literal.text, []).append((kind, member, index))
        literals = sorted(needs)
        # Each literal's users, with those of the literals it starts with (its prefixes,
        # shortest first: the same order as the sorted literals they come from).
        users = {
            lit: tuple(use for k in range(1, len(lit) + 1) for use in needs.get(lit[:k], ()))
            for lit in literals
        }
        return _Plan(re.compile(trie_regex(literals)) if literals else None, users)

    def scan(self, text: str, folded: str) -> list[Occurrences]:
        """Each member's occurrences in ``text`` (``folded`` is ``fold(text)``)."""
        plan = self._plan
        out = [
            Occurrences(free=tuple(i for i, e in enumerate(entries) if e.need is None))
            for entries in self.members
        ]
        if plan.pattern is None:
            return out
        search = plan.pattern.search
        match = search(folded)
        while match is not None:
            at = match.start()
            char, before = text[at], text[at - 1] if at else " "
            before_word = before.isalnum() or before == "_"  # re's \w, inlined: per occurrence
            holds = (True, not before_word, before_word != (char.isalnum() or char == "_"))
            for kind, member, index in plan.users[match.group()]:
                found = out[member]
                if holds[kind] or not at:
                    found.starts.append(at)
                    found.entries.append(index)
                else:
                    found.at_word.setdefault(at, []).append(index)
            match = search(folded, at + 1)
        return out


class TextIndex:
    """One text, folded once, with the occurrences each literal scan found in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._found: dict[int, tuple[LiteralScan, int, list[Occurrences]]] = {}

    @property
    def folded(self) -> str:
        """``fold(text)``: made once, on first use."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def occurrences(self, scan: LiteralScan, member: int) -> Occurrences:
        cached = self._found.get(id(scan))
        if cached is None or cached[0] is not scan or cached[1] != len(scan.members):
            cached = (scan, len(scan.members), scan.scan(self.text, self.folded))
            self._found[id(scan)] = cached
        return cached[2][member]


@lru_cache(maxsize=4)
def text_index(text: str) -> TextIndex:
    """The index of a document's text: built on the first span asked about, then shared.

    A few at a time: the document and the summary sections a check reads apart from it."""
    return TextIndex(text)
