"""Every match of a pattern, found by jumping between occurrences of its literal.

``pattern.finditer(text)`` tries the pattern at every position of the text, and a
pattern that starts with ``\\b``, a look-behind or is case-insensitive gets no fast
literal search in Python's ``re``. But most rule patterns contain a literal
(``provid`` in ``(?<!\\w)provid\\w*(?!\\w)``) at a bounded distance from where a
match starts. ``str.find`` locates that literal fast, and ``pattern.match`` tried
only at the few positions that could start a match there gives exactly the
matches ``finditer`` gives: ``match`` at a position sees the text before it (look-
behinds, ``\\b``, ``^``) just as a search that arrived there would.

The literal is looked up in the lowercased text for a case-insensitive pattern. That
is exact only when lowercasing keeps every character one character and the text
has none of the letters that ``re`` folds differently from ``str.lower``
(``ſ``/``s``, dotless ``ı``, Greek and Cyrillic variants); ``casefold_safe`` says
when, and callers keep their old path otherwise.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from clarity.text.reparse import EXTRA_CASES
from clarity.text.reparse import constants as _c
from clarity.text.reparse import parser as _sre

_EXTRA = {chr(k) for k in EXTRA_CASES} | {chr(v) for vs in EXTRA_CASES.values() for v in vs}

# Characters whose case-insensitive matching in ``re`` differs from ``str.lower``:
# extra case equivalences, final sigma, and dotted capital I (lowercases to two).
UNSAFE_CHARS = frozenset(c for c in _EXTRA if not c.isascii()) | {"Σ", "İ"}
_UNSAFE = re.compile("[" + re.escape("".join(sorted(UNSAFE_CHARS))) + "]")

MAX_SPREAD = 8
"""Largest uncertainty in the literal's distance from a match start worth anchoring on."""


def casefold_safe(text: str, lowered: str) -> bool:
    """True when ``lowered`` (``text.lower()``) holds every literal ``re`` would match."""
    return len(lowered) == len(text) and _free_of_unsafe(text)


@lru_cache(maxsize=8)
def _free_of_unsafe(text: str) -> bool:
    """Cached: half a dozen checks ask about the same document text (a string's hash
    is computed once and kept in it, so a repeated lookup costs next to nothing)."""
    return _UNSAFE.search(text) is None


@lru_cache(maxsize=8)
def lowercase(text: str) -> str:
    """``text.lower()``, once per document text for all the checks that scan it."""
    return text.lower()


@dataclass(frozen=True)
class Clause:
    literals: tuple[str, ...]
    """One of these (a literal or a group of literal alternatives); lowercased when
    the pattern is case-insensitive."""
    lo: int
    hi: int
    """The literal starts between ``lo`` and ``hi`` characters after the match start."""


@dataclass(frozen=True)
class Anchor:
    clauses: tuple[Clause, ...]
    """Every match contains one clause's literal: the pattern's own, or for a pattern
    that is one alternation, each alternative's."""


@lru_cache(maxsize=4096)  # rule patterns, plus terms and acronyms of recent documents
def anchor_of(pattern: str, flags: int) -> Anchor | None:
    """Where matches can start, read from the parsed pattern; None to scan everything."""
    try:
        parsed = _sre.parse(pattern, flags)
    except Exception:
        return None
    if parsed.getwidth()[0] == 0:
        return None  # empty matches move finditer on by one; not worth reproducing
    items = list(parsed)
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        parts = [_sre.SubPattern(parsed.state, list(alt)) for alt in items[0][1][1]]
    else:
        parts = [parsed]
    clauses = [_clause(part, bool(flags & re.IGNORECASE)) for part in parts]
    if not all(clauses):
        return None
    return Anchor(tuple(c for c in clauses if c is not None))


def _clause(parsed: _sre.SubPattern, ignorecase: bool) -> Clause | None:
    """The best top-level literal at a bounded offset from the match start, or None."""
    candidates = [
        (literals, a, b)
        for literals, a, b in _literal_items(parsed)
        if b - a <= MAX_SPREAD and all(len(x) >= 2 and UNSAFE_CHARS.isdisjoint(x) for x in literals)
    ]
    if not candidates:
        return None
    # One literal beats alternatives (fewer places to try); then the longest, then the first.
    literals, a, b = max(candidates, key=lambda r: (len(r[0]) == 1, min(map(len, r[0]))))
    if ignorecase:
        if any(len(x.lower()) != len(x) for x in literals):
            return None
        literals = tuple(x.lower() for x in literals)
    return Clause(literals, a, b)


def _literal_items(parsed: _sre.SubPattern) -> list[tuple[tuple[str, ...], int, int]]:
    """Top-level literal runs and all-literal alternations, with their offset ranges."""
    found: list[tuple[tuple[str, ...], int, int]] = []
    lo = hi = 0
    run: list[str] = []
    run_at = (0, 0)
    for item in parsed:
        op, arg = item
        if op is _c.LITERAL:
            if not run:
                run_at = (lo, hi)
            run.append(chr(arg))
        else:
            if run:
                found.append((("".join(run),), *run_at))
                run = []
            if op is _c.BRANCH:
                words = [_all_literal(alternative) for alternative in arg[1]]
                if all(words):
                    found.append((tuple(w for w in words if w), lo, hi))
        width = _sre.SubPattern(parsed.state, [item]).getwidth()
        lo, hi = lo + width[0], hi + width[1]
    if run:
        found.append((("".join(run),), *run_at))
    return found


def _all_literal(alternative: _sre.SubPattern) -> str | None:
    if not all(op is _c.LITERAL for op, _ in alternative):
        return None
    return "".join(chr(arg) for _, arg in alternative) or None


def find_all(compiled: re.Pattern[str], text: str, lowered: str) -> list[re.Match[str]]:
    """``list(compiled.finditer(text))``; ``lowered`` must be casefold-safe (see above)."""
    anchor = anchor_of(compiled.pattern, compiled.flags & ~re.UNICODE)
    if anchor is None:
        return list(compiled.finditer(text))
    haystack = lowered if compiled.flags & re.IGNORECASE else text
    return list(anchored(compiled, anchor, text, haystack))


def search(
    compiled: re.Pattern[str], text: str, lowered: str, endpos: int | None = None
) -> re.Match[str] | None:
    """``compiled.search(text[:endpos])`` without copying the text (the match is on
    ``text``, as ``compiled.search(text, 0, endpos)`` gives it); ``lowered`` must be
    casefold-safe (see above)."""
    end = len(text) if endpos is None else endpos
    anchor = anchor_of(compiled.pattern, compiled.flags & ~re.UNICODE)
    if anchor is None:
        return compiled.search(text, 0, end)
    haystack = lowered if compiled.flags & re.IGNORECASE else text
    return next(anchored(compiled, anchor, text, haystack, end), None)


def finditer_in_spans(
    compiled: re.Pattern[str],
    text: str,
    spans: Sequence[tuple[int, int]],
    starts: re.Pattern[str],
    lowered: bool = True,
) -> Iterator[tuple[int, re.Match[str]]]:
    """``(i, match)`` for each match of ``compiled.finditer(text[lo:hi])``, span by span
    (``spans`` ascending and apart); each match is on its span's slice.

    ``starts`` must match at every place where a match of ``compiled`` can start (a
    necessary condition, such as its leading words), in the lowercased text (or in
    ``text`` itself when ``lowered`` is false), and as ``starts.finditer`` finds
    them: a match of ``starts`` must not cover another such place, except the start
    of a span (a span start that a match covers is tried as well), and ``starts``
    must not look behind.
    ``compiled`` must not match the empty string.

    A sentence-by-sentence scan that tries ``compiled`` at every position becomes
    one scan of the text for ``starts``; only sentences holding such a place are
    sliced, and ``compiled`` is tried there on the slice, so look-arounds and
    ``\\b`` see what they see in the slice. On text that is not casefold-safe, a
    lowercased search would not be exact: every span is scanned.
    """
    haystack = lowercase(text) if lowered else text
    if lowered and not casefold_safe(text, haystack):
        for index, (lo, hi) in enumerate(spans):
            for match in compiled.finditer(text[lo:hi]):
                yield index, match
        return
    span_starts = [lo for lo, _ in spans]
    current = -1
    chunk = ""
    free = 0  # places before it are inside a match already found
    for place, index in _places(starts.finditer(haystack), span_starts):
        if place < free or index < 0 or place >= spans[index][1]:
            continue
        lo = spans[index][0]
        if index != current:
            current, chunk = index, text[lo : spans[index][1]]
        match = compiled.match(chunk, place - lo)
        if match is not None:
            yield index, match
            free = lo + match.end()


def _places(
    candidates: Iterator[re.Match[str]], span_starts: list[int]
) -> Iterator[tuple[int, int]]:
    """(place, index of the span it is in) for each candidate's start, and for each
    span start a candidate covers: a slice that begins inside a word can match there
    (nothing stands before it) where the whole text's candidate scan moved past."""
    for candidate in candidates:
        place, end = candidate.span()
        index = bisect.bisect_right(span_starts, place)
        yield place, index - 1
        while index < len(span_starts) and span_starts[index] < end:
            yield span_starts[index], index
            index += 1


def anchored(
    compiled: re.Pattern[str], anchor: Anchor, text: str, haystack: str, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The leftmost-first, non-overlapping matches, tried only where a literal allows.

    Windows of possible starts are visited in order of their first position; ``free``
    says which starts are already tried or inside a match, so every possible start
    is tried once, in ascending order, as ``finditer`` would.
    """
    end = len(text) if endpos is None else endpos
    free = 0
    for first, last in _windows(anchor, haystack, end):
        start = max(first, free)
        while start <= last:
            match = compiled.match(text, start, end)
            if match is None:
                start += 1
                continue
            yield match
            start = match.end()  # finditer goes on after the match, maybe in this window
        free = max(free, start)


def _windows(anchor: Anchor, haystack: str, endpos: int) -> list[tuple[int, int]]:
    """(first, last) possible match starts around each literal occurrence (before
    ``endpos``), ascending."""
    windows: set[tuple[int, int]] = set()
    for clause in anchor.clauses:
        for literal in clause.literals:
            at = haystack.find(literal, 0, endpos)
            while at >= 0:
                windows.add((at - clause.hi, at - clause.lo))
                at = haystack.find(literal, at + 1, endpos)
    return sorted(windows)
