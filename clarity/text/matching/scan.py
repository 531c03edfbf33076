"""One pattern: every match, the first match, the matches in spans of a text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from clarity.text.matching.literals import (
    _is_word,
    casefold_safe,
    leading_literals,
    lowercase,
    required_literals,
    word_start,
)

if TYPE_CHECKING:
    pass

# --- one pattern -------------------------------------------------------------------


def _places(pattern: re.Pattern[str], text: str, end: int) -> tuple[list[int], str] | None:
    """(ascending positions before ``end`` where a match of ``pattern`` can start, the
    text its literals were looked for in), or None when unknown. A position is where
    one of its leading literals starts, but not right after a word character when
    the pattern rules that out (``word_start``); none when its required literals
    (``required_literals``) are absent."""
    literals = leading_literals(pattern.pattern, pattern.flags)
    if literals is None:
        return None
    haystack = text
    if pattern.flags & re.IGNORECASE:
        haystack = lowercase(text)
        if not casefold_safe(text, haystack):
            return None
    required = required_literals(pattern.pattern, pattern.flags)
    if required is not None and all(haystack.find(lit, 0, end) < 0 for lit in required):
        return [], haystack
    found: set[int] = set()
    for literal in literals:
        at = haystack.find(literal, 0, end)
        while at >= 0:
            found.add(at)
            at = haystack.find(literal, at + 1, end)
    if word_start(pattern.pattern, pattern.flags):
        found = {at for at in found if not at or not _is_word(text[at - 1])}
    return sorted(found), haystack


def find_all(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``."""
    plan = _places(pattern, text, len(text))
    if plan is None:
        return list(pattern.finditer(text))
    return list(_tried(pattern, text, plan[0], 0, len(text)))


def search(pattern: re.Pattern[str], text: str, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, 0, endpos)``: the first match in ``text[:endpos]``."""
    end = len(text) if endpos is None else endpos
    plan = _places(pattern, text, end)
    if plan is None:
        return pattern.search(text, 0, end)
    return next(_tried(pattern, text, plan[0], 0, end), None)


def find_in_spans(
    patterns: Sequence[re.Pattern[str]], text: str, spans: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """``(k, i, match)`` for each match of ``patterns[k].finditer(text[lo:hi])``, where
    ``(lo, hi)`` is ``spans[i]`` (ascending and apart); each match is on its span's
    slice, so look-arounds and ``\\b`` see what they see in the slice."""
    starts = [lo for lo, _ in spans]
    inner: list[int] | None = None
    for k, pattern in enumerate(patterns):
        plan = _places(pattern, text, len(text))
        if plan is None:
            for index, (lo, hi) in enumerate(spans):
                for match in pattern.finditer(text[lo:hi]):
                    yield k, index, match
            continue
        places, haystack = plan
        if word_start(pattern.pattern, pattern.flags):
            # A span that begins right after a word character: a match can start there.
            if inner is None:
                inner = [lo for lo in starts if lo and _is_word(text[lo - 1])]
            literals = leading_literals(pattern.pattern, pattern.flags)
            extra = [lo for lo in inner if haystack.startswith(literals, lo)]  # type: ignore[arg-type]
            places = sorted({*places, *extra}) if extra else places
        i = 0
        while i < len(places):
            index = bisect_right(starts, places[i]) - 1
            if index < 0 or places[i] >= spans[index][1]:  # between spans
                following = starts[index + 1] if index + 1 < len(starts) else len(text) + 1
                i = bisect_left(places, following, i)
                continue
            lo, hi = spans[index]
            j = bisect_left(places, hi, i)
            chunk = text[lo:hi]
            for match in _tried(pattern, chunk, [at - lo for at in places[i:j]], 0, hi - lo):
                yield k, index, match
            i = j


def _tried(
    pattern: re.Pattern[str], text: str, places: Iterable[int], lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` finds in ``text[lo:hi]`` (as ``pos``/``endpos``), given
    every place (ascending) where one can start: ``match`` at a place sees the text
    before it (look-behinds, ``\\b``) as a search arriving there does, and a place
    inside a match already found is passed over, as ``finditer`` does."""
    free = lo
    for at in places:
        if at < free:
            continue
        match = pattern.match(text, at, hi)
        if match is not None:
            yield match
            free = match.end()
