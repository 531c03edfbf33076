"""Lexicon entries as one alternation, searched in a span of a document only where they can match.

A lexicon family is dozens of case-insensitive entries that start with ``\\b`` or
``(?<!\\w)``; as one regex, Python's ``re`` tries every entry at every position
of every sentence. Instead, each document gets an index, built once, of where
each entry's required literal (``clarity.checks.exclusions.literals``) occurs; a span
then runs only the entries whose literal occurs inside it, each from the first
place it can start. The leftmost match wins, ties to the earlier entry: exactly
the match of the whole alternation, as ``FirstOf.search`` (kept as the
reference) finds it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from clarity.checks.exclusions.index import LiteralScan, text_index
from clarity.checks.exclusions.literals import Need, holds_all, need_of, needs_of


@dataclass(frozen=True)
class Entry:
    name: str
    source: str
    """The entry's regex, compiled case-insensitively like the whole alternation."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    @cached_property
    def need(self) -> Need | None:
        return need_of(self.source, re.IGNORECASE)

    @cached_property
    def at_start(self) -> bool:
        """Every match starts where one of the needed literals starts."""
        return self.need is not None and all(lit.at_start for lit in self.need)

    @cached_property
    def also(self) -> tuple[tuple[str, ...], ...]:
        """The pattern's other requirements (``needs_of``), as folded literals: a span
        that lacks all the literals of one of them cannot hold a match. An entry that
        can match anywhere is searched for in the whole span; these are checked first."""
        need = self.need
        return tuple(
            tuple(dict.fromkeys(lit.text for lit in other))
            for other in needs_of(self.source, re.IGNORECASE)
            if other != need and all(lit.text for lit in other)
        )

    def may_match(self, folded: str) -> bool:
        """False when ``folded`` (a span of the folded text) lacks one requirement."""
        return holds_all(self.also, folded)


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
    def pattern(self) -> re.Pattern[str]:
        parts = []
        for index, name in enumerate(self.names):
            body = "|".join(f"(?:{e.source})" for e in self.entries if e.name == name)
            parts.append(f"(?P<_n{index}>{body})")
        return re.compile("|".join(parts), re.IGNORECASE)

    def search(self, text: str) -> tuple[str, re.Match[str]] | None:
        """The reference: one scan of the whole alternation over ``text``."""
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
        """``search(text[lo:hi])`` (``segment`` if given), trying only entries that can match."""
        piece = text[lo:hi] if segment is None else segment
        best: re.Match[str] | None = None
        name = ""
        folded: str | None = None
        for index, places in self._tries(text, lo, hi):
            entry = self.entries[index]
            before = len(piece) + 1 if best is None else best.start()
            if (places[0] if places else 0) >= before:
                continue  # starts no earlier, and a tie goes to the earlier entry
            if places is None and entry.also:
                if folded is None:
                    folded = text_index(text).folded[lo:hi]
                if not entry.may_match(folded):
                    continue
            match = _first_match(entry.pattern, piece, places, before)
            if match is not None and (best is None or match.start() < best.start()):
                best, name = match, entry.name
        return (name, best) if best is not None else None

    def found(self, text: str, lo: int, hi: int, segment: str | None = None) -> bool:
        """Does any entry match in ``text[lo:hi]``?"""
        piece = text[lo:hi] if segment is None else segment
        end = len(piece) + 1
        folded: str | None = None
        for index, places in self._tries(text, lo, hi):
            entry = self.entries[index]
            if places is None and entry.also:
                if folded is None:
                    folded = text_index(text).folded[lo:hi]
                if not entry.may_match(folded):
                    continue
            if _first_match(entry.pattern, piece, places, end) is not None:
                return True
        return False

    def _tries(self, text: str, lo: int, hi: int) -> list[tuple[int, list[int] | None]]:
        """(entry, where in the span its matches can start), in entry order: ascending
        offsets for an entry whose matches start at its literal (``Entry.at_start``),
        None for one that can match anywhere (search the whole span)."""
        found = text_index(text).occurrences(self.scan, self.member)
        i = bisect_left(found.starts, lo)
        j = bisect_left(found.starts, hi, i)
        at_lo = found.at_word.get(lo, ())
        if i == j and not at_lo and not found.free:
            return []  # most spans hold none of the literals
        places: dict[int, list[int]] = {index: [] for index in found.free}
        for index in at_lo:
            places.setdefault(index, []).append(0)
        for start, index in zip(found.starts[i:j], found.entries[i:j], strict=True):
            places.setdefault(index, []).append(start - lo)
        entries = self.entries
        return sorted(
            (index, at if entries[index].at_start else None) for index, at in places.items()
        )


def _first_match(
    pattern: re.Pattern[str], piece: str, places: list[int] | None, before: int
) -> re.Match[str] | None:
    """The leftmost match of ``pattern`` in ``piece`` starting before ``before``: tried
    at each of ``places`` (where it can start, ascending), or searched for when None.

    A match tried at a place is the match a search arriving there finds: ``match``
    sees the text before the place (look-behinds, ``\\b``) as a search does."""
    if places is None:
        match = pattern.search(piece)
        return match if match is not None and match.start() < before else None
    for at in places:
        if at >= before:
            return None
        match = pattern.match(piece, at)
        if match is not None:
            return match
    return None
