"""What text a lexicon entry's every match must contain, read from the parsed regex.

Python's ``re`` tries a case-insensitive pattern that starts with ``\\b`` or a
look-behind at every position of the text, and a lexicon family is dozens of
such patterns. Most of their words are absent from a given sentence, and a
substring search is orders of magnitude cheaper, so the index in
``clarity.checks.exclusions.alternation`` only runs an entry where one of the literals
found here occurs. The literals come from the parsed pattern, never from the
YAML words, so skipping an entry never changes a result.

Matching is case-insensitive, so literals and text are compared after ``fold``,
which maps every two characters that ``re.IGNORECASE`` treats as equal to the
same character, one character for one (positions in the folded text are
positions in the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from clarity.text.literalscan import lowercase
from clarity.text.reparse import EXTRA_CASES
from clarity.text.reparse import constants as _c
from clarity.text.reparse import parser as _sre

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_GROUPS = (_c.SUBPATTERN, getattr(_c, "ATOMIC_GROUP", _c.SUBPATTERN))
_NOT_UNICODE = re.ASCII | re.LOCALE


def _equivalent_characters() -> dict[int, str]:
    """Lowercase characters ``re`` also treats as equal ('ſ' and 's'), each to one of its class."""
    extra = EXTRA_CASES
    canon: dict[int, str] = {}
    for code, others in extra.items():
        members = {code, *others}
        for other in others:
            members.update(extra.get(other, ()))
        canon[code] = chr(min(members))
    return {code: char for code, char in canon.items() if ord(char) != code}


_EQUIVALENT = _equivalent_characters()
_HAS_EQUIVALENT = re.compile("[" + "".join(re.escape(chr(c)) for c in _EQUIVALENT) + "]")
_DOTTED_I = "\u0130"
"""The one character whose ``str.lower()`` is two characters; ``re`` lowercases it to 'i'."""


def fold(text: str) -> str:
    """``text`` with each character as ``re.IGNORECASE`` compares it, same length."""
    # lowercase(text) is shared with the checks that scan the same text
    lowered = text.replace(_DOTTED_I, "i").lower() if _DOTTED_I in text else lowercase(text)
    if _EQUIVALENT and _HAS_EQUIVALENT.search(lowered):
        lowered = lowered.translate(_EQUIVALENT)
    return lowered


def is_word_char(char: str) -> bool:
    """``re``'s Unicode ``\\w`` for one character."""
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Literal:
    """One literal (folded) that a match may contain.

    ``at_start``: a match containing it starts where it starts. ``boundary``:
    what the pattern asserts right where it starts: "b" for ``\\b``, "nw" for
    ``(?<!\\w)``, "" for nothing known.
    """

    text: str
    at_start: bool
    boundary: str = ""


Need = tuple[Literal, ...]
"""Every match contains (at least) one of these."""


@cache
def need_of(pattern: str, flags: int = re.IGNORECASE) -> Need | None:
    """The literals one of which every match of ``pattern`` contains; None when unknown."""
    found = _best(needs_of(pattern, flags))
    if not found or any(not lit.text for lit in found):
        return None
    return found


@cache
def needs_of(pattern: str, flags: int = re.IGNORECASE) -> tuple[Need, ...]:
    """Every requirement read from the pattern's top-level sequence: each match holds
    one literal of each (``need_of`` is the best of them); () when unknown."""
    try:
        parsed = _sre.parse(pattern, flags)
    except Exception:
        return ()
    return tuple(_candidates(list(parsed), parsed.state.flags))


def holds_all(requirements: Iterable[Iterable[str]], folded: str) -> bool:
    """Whether ``folded`` holds a literal of each requirement (``needs_of``, as texts):
    False proves that the pattern they came from has no match there."""
    return all(any(lit in folded for lit in need) for need in requirements)


def _sequence(items: list, flags: int) -> Need | None:
    """The best requirement among a sequence's parts, each of which every match passes."""
    return _best(_candidates(items, flags))


def _best(needs: Iterable[Need]) -> Need | None:
    best: Need | None = None
    for need in needs:
        if need and (best is None or _score(need) > _score(best)):
            best = need
    return best


def _candidates(items: list, flags: int) -> list[Need]:
    """A requirement for each part of a sequence that every match passes through."""
    found: list[Need] = []
    leading = True  # nothing that consumes text before this point
    boundary = ""
    run: list[str] = []
    run_lead, run_boundary = True, ""

    def close_run() -> None:
        if run:
            found.append((Literal(fold("".join(run)), run_lead, run_boundary),))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            if not run:
                run_lead, run_boundary = leading, boundary
            run.append(chr(av))
            leading, boundary = False, ""
            continue
        close_run()
        if op in _ZERO_WIDTH:
            boundary = _boundary_of(op, av, flags) or boundary
            continue
        inner: Need | None = None
        if op in _GROUPS:
            sub = av if op is not _c.SUBPATTERN else av[3]
            sub_flags = flags if op is not _c.SUBPATTERN else (flags | av[1]) & ~av[2]
            inner = _sequence(list(sub), sub_flags)
        elif op is _c.BRANCH:
            inner = _branch(av[1], flags)
        elif op in _REPEATS and av[0] >= 1:
            inner = _sequence(list(av[2]), flags)
        if inner:
            found.append(tuple(_placed(lit, leading, boundary) for lit in inner))
        leading, boundary = False, ""
    close_run()
    return found


def _branch(alternatives: list, flags: int) -> Need | None:
    out: list[Literal] = []
    for alternative in alternatives:
        need = _sequence(list(alternative), flags)
        if not need:
            return None
        out.extend(need)
    return tuple(dict.fromkeys(out))


def _placed(lit: Literal, leading: bool, boundary: str) -> Literal:
    """A literal of a group as seen from the sequence the group stands in."""
    boundary = (lit.boundary or boundary) if lit.at_start else lit.boundary
    return Literal(lit.text, leading and lit.at_start, boundary)


def _boundary_of(op: object, av: object, flags: int) -> str:
    if flags & _NOT_UNICODE:
        return ""  # \w would not be the Unicode \w the index tests
    if op is _c.AT and av is _c.AT_BOUNDARY:
        return "b"
    if op is _c.ASSERT_NOT and isinstance(av, tuple):
        direction, body = av
        if direction == -1 and list(body) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]:
            return "nw"
    return ""


def _score(need: Need) -> tuple[int, int]:
    """Longer shortest literal first (rarer in text), then fewer literals."""
    return (min(len(lit.text) for lit in need), -len(need))
