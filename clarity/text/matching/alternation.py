"""Many named patterns searched as one alternation in spans of a document."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from clarity.text.matching.literals import (
    _is_word,
    casefold_safe,
    leading_literals,
    lowercase,
    required_literals,
    requirements,
    word_start,
)

if TYPE_CHECKING:
    pass

# --- many named patterns as one alternation -------------------------------------

SHORT_LITERAL = 4
"""Leading literals shorter than this ("in", "no", "you") occur nearly everywhere."""


@dataclass(frozen=True)
class Entry:
    name: str
    source: str
    """The entry's regex, compiled case-insensitively like the whole alternation."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    @cached_property
    def literals(self) -> tuple[str, ...] | None:
        """What the scan looks for: the leading literals, or the required ones when a
        leading literal is a short word and the required ones are longer (rarer:
        "excess" rather than "the" in "(?:the|an) excess"). Leading literals of
        ``SHORT_LITERAL`` characters or more are kept: the entry is then tried with one
        ``match`` where one occurs, while a required literal ("policy" in "void
        (?:the|this) policy") has the whole span searched wherever it occurs, and is
        no rarer for being longer."""
        leading = leading_literals(self.source, re.IGNORECASE)
        required = required_literals(self.source, re.IGNORECASE)
        if required is None or leading is None:
            return leading if required is None else required
        shortest = min(map(len, leading))
        if shortest < SHORT_LITERAL and min(map(len, required)) > shortest:
            return required
        return leading

    @cached_property
    def at_start(self) -> bool:
        """Every match starts where one of ``literals`` starts (else it holds one)."""
        return self.literals is not None and self.literals == leading_literals(
            self.source, re.IGNORECASE
        )

    @cached_property
    def word_start(self) -> bool:
        """A match starts at a word start, where one of ``literals`` starts."""
        return self.at_start and word_start(self.source, re.IGNORECASE)

    @cached_property
    def also(self) -> tuple[tuple[str, ...], ...]:
        """The other ``requirements``: a span that lacks all the literals of one of
        them holds no match. Checked before an entry is searched in a whole span."""
        return tuple(r for r in requirements(self.source, re.IGNORECASE) if r != self.literals)

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (a lowercased span) lacks one of ``also``."""
        return all(any(lit in lowered for lit in need) for need in self.also)


@dataclass
class Occurrences:
    """Where one alternation's literals (``Entry.literals``) occur in a text, in order."""

    starts: list[int] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    """The entry (index in the alternation) whose literal starts at ``starts[i]``;
    not right after a word character for an entry that rules that out (``word_start``)."""
    free: tuple[int, ...] = ()
    """Entries without leading literals: searched for in every span."""


class LiteralScan:
    """The literals of several alternations (a lexicon's), found in one pass of one
    regex over the lowercased text, however many entries there are."""

    def __init__(self) -> None:
        self.members: list[Sequence[Entry]] = []

    def add(self, entries: Sequence[Entry]) -> int:
        """Register an alternation's entries; returns its number in ``scan`` results."""
        self.members.append(entries)
        self.__dict__.pop("_plan", None)
        return len(self.members) - 1

    @cached_property
    def _plan(
        self,
    ) -> tuple[
        re.Pattern[str] | None,
        dict[str, tuple[tuple[bool, int, int], ...]],
        tuple[tuple[int, ...], ...],
    ]:
        """The regex of all literals (it finds the longest at a position), for each
        literal every (word start, member, entry) that needs it or one of its
        prefixes, and each member's entries without literals."""
        users: dict[str, list[tuple[bool, int, int]]] = defaultdict(list)
        for member, entries in enumerate(self.members):
            for index, entry in enumerate(entries):
                for literal in entry.literals or ():
                    users[literal].append((entry.word_start, member, index))
        literals = sorted(users)
        every = {
            lit: tuple(use for k in range(1, len(lit) + 1) for use in users.get(lit[:k], ()))
            for lit in literals
        }
        free = tuple(
            tuple(i for i, e in enumerate(entries) if e.literals is None)
            for entries in self.members
        )
        return (re.compile(_trie_regex(literals)) if literals else None), every, free

    def scan(self, lowered: str) -> list[Occurrences]:
        """Each member's occurrences in a casefold-safe lowercased text (whose word
        characters are the text's: tests/checks/test_wording_fast.py)."""
        pattern, users, free = self._plan
        out = [Occurrences(free=f) for f in free]
        if pattern is None:
            return out
        find = pattern.search
        match = find(lowered)
        while match is not None:
            at = match.start()
            after_word = at > 0 and _is_word(lowered[at - 1])
            for word, member, index in users[match.group()]:
                if not (word and after_word):
                    found = out[member]
                    found.starts.append(at)
                    found.entries.append(index)
            match = find(lowered, at + 1)
        return out


class _TextIndex:
    """One document text, lowercased once, with the occurrences each scan found in it."""

    def __init__(self, text: str) -> None:
        self.lowered = lowercase(text)
        self.safe = casefold_safe(text, self.lowered)
        self._found: dict[int, tuple[LiteralScan, int, list[Occurrences]]] = {}

    def occurrences(self, scan: LiteralScan, member: int) -> Occurrences:
        cached = self._found.get(id(scan))
        if cached is None or cached[0] is not scan or cached[1] != len(scan.members):
            cached = (scan, len(scan.members), scan.scan(self.lowered))
            self._found[id(scan)] = cached
        return cached[2][member]


@lru_cache(maxsize=4)
def _text_index(text: str) -> _TextIndex:
    """A few at a time: the document and the summary sections a check reads apart from it."""
    return _TextIndex(text)


@dataclass(frozen=True, eq=False)
class FirstOf:
    """Named entries as one regex: the leftmost match, ties to the earlier entry."""

    entries: tuple[Entry, ...]
    scan: LiteralScan
    """Finds this alternation's literals in a text, with those of the others it holds."""
    member: int

    @classmethod
    def of(
        cls, named: Iterable[tuple[str, Iterable[str]]], scan: LiteralScan | None = None
    ) -> FirstOf | None:
        """The entries in order, each under its name; ``scan`` shares one literal pass."""
        entries = tuple(Entry(name, source) for name, sources in named for source in sources)
        if not entries:
            return None
        scan = scan if scan is not None else LiteralScan()
        return cls(entries, scan, scan.add(entries))

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(entry.name for entry in self.entries))

    @cached_property
    def _word_starts(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """(entry, its leading literals) of the entries that start at a word start."""
        return tuple(
            (i, e.literals) for i, e in enumerate(self.entries) if e.word_start and e.literals
        )

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        parts = []
        for index, name in enumerate(self.names):
            body = "|".join(f"(?:{e.source})" for e in self.entries if e.name == name)
            parts.append(f"(?P<_n{index}>{body})")
        return re.compile("|".join(parts), re.IGNORECASE)

    def search(self, text: str) -> tuple[str, re.Match[str]] | None:
        """The plain way: one scan of the whole alternation over ``text``."""
        match = self.pattern.search(text)
        if match is None:
            return None
        for index, name in enumerate(self.names):
            if match.start(f"_n{index}") >= 0:
                return name, match
        return None  # pragma: no cover - one named group always matched

    def first(
        self, text: str, lo: int, hi: int, segment: str | None = None
    ) -> tuple[str, re.Match[str]] | None:
        """``search(text[lo:hi])`` (``segment``, if given, is that slice): the match
        with the least (start, entry), tried in that order where a literal occurs."""
        piece = text[lo:hi] if segment is None else segment
        plan = self._places_in(text, lo, hi)
        if plan is None:
            return self.search(piece)
        at_places, anywhere = plan
        entries = self.entries
        best: re.Match[str] | None = None
        best_key = (len(piece) + 1, 0)
        for index in self._searched(text, lo, hi, anywhere):
            match = entries[index].pattern.search(piece)
            if match is not None and (match.start(), index) < best_key:
                best, best_key = match, (match.start(), index)
        at_places.sort()
        for key in at_places:
            if key >= best_key:
                break
            match = entries[key[1]].pattern.match(piece, key[0])
            if match is not None:
                best, best_key = match, key
                break
        return (entries[best_key[1]].name, best) if best is not None else None

    def _places_in(
        self, text: str, lo: int, hi: int
    ) -> tuple[list[tuple[int, int]], set[int]] | None:
        """(offset in the span, entry) where an entry that starts at its literals can
        match, and the entries to search the whole span for; None on a text that is
        not casefold-safe (search plainly)."""
        index = _text_index(text)
        if not index.safe:
            return None
        found = index.occurrences(self.scan, self.member)
        i = bisect_left(found.starts, lo)
        j = bisect_left(found.starts, hi, i)
        inside = 0 < lo < hi and _is_word(text[lo - 1])
        anywhere = set(found.free)
        at_places: list[tuple[int, int]] = []
        if i == j and not inside:
            return at_places, anywhere
        if inside:  # the span begins after a word character, where the scan did not look
            for entry, literals in self._word_starts:
                if index.lowered.startswith(literals, lo):
                    at_places.append((0, entry))
        entries = self.entries
        for start, entry in zip(found.starts[i:j], found.entries[i:j], strict=True):
            if entries[entry].at_start:
                at_places.append((start - lo, entry))
            else:
                anywhere.add(entry)  # it holds a literal found in the span: search it
        return at_places, anywhere

    def _searched(self, text: str, lo: int, hi: int, anywhere: set[int]) -> list[int]:
        """The entries to search the whole span for, in order, less those whose other
        required literals (``Entry.also``) the span lacks."""
        out = []
        lowered: str | None = None
        for index in sorted(anywhere):
            entry = self.entries[index]
            if entry.also:
                if lowered is None:
                    lowered = _text_index(text).lowered[lo:hi]
                if not entry.may_match(lowered):
                    continue
            out.append(index)
        return out

    def found(self, text: str, lo: int, hi: int, segment: str | None = None) -> bool:
        """Does any entry match in ``text[lo:hi]`` (``segment``, if given)?"""
        piece = text[lo:hi] if segment is None else segment
        plan = self._places_in(text, lo, hi)
        if plan is None:
            return self.pattern.search(piece) is not None
        at_places, anywhere = plan
        entries = self.entries
        if any(entries[i].pattern.search(piece) for i in self._searched(text, lo, hi, anywhere)):
            return True
        return any(entries[i].pattern.match(piece, at) for at, i in at_places)

    def names_possible(self, text: str, lo: int, hi: int) -> set[str] | None:
        """The names whose entries can match in ``text[lo:hi]`` (a superset of those
        that do), or None when that is unknown: a caller that tries each name's own
        pattern on the span can pass over the others."""
        plan = self._places_in(text, lo, hi)
        if plan is None:
            return None
        at_places, anywhere = plan
        entries = self.entries
        names = {entries[i].name for i in self._searched(text, lo, hi, anywhere)}
        return names | {entries[i].name for _, i in at_places}


def _trie_regex(literals: list[str]) -> str:
    """A regex for all ``literals`` shaped as a trie (``e(?:vent|xcess)``), so that
    ``re`` makes one character test per position where none starts. It matches the
    longest literal at a position (and, by backtracking, a shorter one when what
    follows rules the longest out)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    alternatives = [re.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body
