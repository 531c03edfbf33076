"""What a pattern needs, read from its source: the literals one of which starts every
match, and those every match holds. Also the lowercased text they are looked up in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

# --- lowercased text -------------------------------------------------------------

UNSAFE_CHARS = frozenset(
    "\xb5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc"
    "\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434"
    "\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"
    "\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
"""Characters whose case-insensitive matching in ``re`` differs from ``str.lower``:
the non-ASCII ones that ``re`` treats as equal to a letter of another lowercase
('ſ' and 's', 'µ' and 'μ'), final sigma, and dotted capital I (lowercases to two).
tests/text/test_matching.py derives the set from ``re`` itself."""
_UNSAFE = re.compile("[" + re.escape("".join(sorted(UNSAFE_CHARS))) + "]")


@lru_cache(maxsize=8)
def lowercase(text: str) -> str:
    """``text.lower()``, once per document text for all the checks that scan it."""
    return text.lower()


def casefold_safe(text: str, lowered: str) -> bool:
    """True when ``lowered`` (``text.lower()``) holds every literal ``re`` would match."""
    return len(lowered) == len(text) and _free_of_unsafe(text)


@lru_cache(maxsize=8)
def _free_of_unsafe(text: str) -> bool:
    """Cached: several checks ask about the same document text."""
    return _UNSAFE.search(text) is None


# --- leading literals, read from a pattern's source ------------------------------

_META = frozenset(".^$*+?{}[]|()\\")
_ZERO_WIDTH = ("(?<!", "(?<=", "(?!", "(?=")
MIN_LITERAL = 2
"""Shorter literals occur nearly everywhere: such a pattern is searched as it is."""
MAX_LITERALS = 16


@cache
def leading_literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals one of which starts every match of the regex ``source`` (lowercased
    when ``flags`` has ``re.IGNORECASE``); None when the source goes beyond what this
    reader knows, or a literal is too short or not safe to look up lowercased."""
    if flags & re.VERBOSE:
        return None
    found = _alternatives(source)
    if not found or any(len(lit) < MIN_LITERAL for lit in found):
        return None
    if flags & re.IGNORECASE:
        if any(len(lit.lower()) != len(lit) or not UNSAFE_CHARS.isdisjoint(lit) for lit in found):
            return None
        found = [lit.lower() for lit in found]
    return tuple(dict.fromkeys(found))


@cache
def word_start(source: str, flags: int = 0) -> bool:
    """True when no match of ``source`` starts right after a word character: each
    top-level alternative starts with ``\\b`` or ``(?<!\\w)`` and each leading
    literal with a word character. ``leading_literals`` must not be None."""
    literals = leading_literals(source, flags)
    return (
        literals is not None
        and not flags & (re.ASCII | re.LOCALE)
        and all(_is_word(lit[0]) for lit in literals)
        and all(alt.startswith(("\\b", "(?<!\\w)")) for alt in _split(source))
    )


def _is_word(char: str) -> bool:
    """``re``'s Unicode ``\\w`` for one character."""
    return char.isalnum() or char == "_"


def _alternatives(source: str) -> list[str] | None:
    """The leading literals of each top-level alternative, or None."""
    out: list[str] = []
    for alternative in _split(source):
        lead = _lead(alternative)
        if lead is None:
            return None
        out += lead
    return out


def _lead(seq: str) -> list[str] | None:
    """Leading literals of a sequence with no top-level ``|``: after zero-width
    assertions, a literal run (small classes such as ``[Tt]`` give one literal per
    member) or a group whose alternatives all have them (with those of what follows
    when the group may be skipped). A case-sensitive group ``(?-i:...)`` counts as a
    group: what it matches holds its literals, and lowercased they are in the
    lowercased text (so only ``(?i:...)``, which would need more, is refused)."""
    i = _past_zero_width(seq)
    if i is None:
        return None
    if seq.startswith("(", i):
        end = _close(seq, i)
        opener = next((o for o in ("(?:", "(?-i:") if seq.startswith(o, i)), None)
        if end is None or (seq.startswith("(?", i) and opener is None):
            return None  # other flags, named or atomic groups, conditionals
        heads = _alternatives(seq[i + (len(opener) if opener else 1) : end])
        after = seq[end + 1 : end + 2]
        if heads is None or after == "{":
            return None
        if after in ("?", "*"):  # the group may be skipped: then what follows starts
            rest = seq[end + 2 :]
            tail = _lead(rest[1:] if rest.startswith(("?", "+")) else rest)
            return None if tail is None else heads + tail
        return heads
    runs = [""]
    while i < len(seq) and len(runs) <= MAX_LITERALS:
        char, step = seq[i], 1
        if char == "\\":
            escaped = seq[i + 1 : i + 2]
            if not escaped or escaped.isalnum() or not escaped.isascii():
                break  # a class (\w), an assertion (\b), a reference (\1), ...
            members = escaped
            step = 2
        elif char == "[":
            step = _class_end(seq, i) + 1 - i
            members = seq[i + 1 : i + step - 1]
            if not members or step > 6 or any(c in members for c in "^-\\[]"):
                break  # only a few plain characters
        elif char in _META:
            break
        else:
            members = char
        after = seq[i + step : i + step + 1]
        if after in ("?", "*", "{"):
            break  # the character may be absent
        runs = [run + member for run in runs for member in members]
        i += step
        if after == "+":
            break
    return runs if runs[0] and len(runs) <= MAX_LITERALS else None


def _past_zero_width(seq: str) -> int | None:
    """Where ``seq`` goes on after its leading ``\\b``, ``^`` and look-arounds, and
    groups of nothing else (``(?:(?<=,)|^)``); None when a group does not close."""
    i = 0
    while i < len(seq):
        if seq.startswith("\\b", i):
            i += 2
            continue
        if seq.startswith("^", i):
            i += 1
            continue
        if not seq.startswith((*_ZERO_WIDTH, "(?:"), i):
            break
        end = _close(seq, i)
        if end is None:
            return None
        if seq.startswith("(?:", i) and any(
            _past_zero_width(alt) != len(alt) for alt in _split(seq[i + 3 : end])
        ):
            break  # the group consumes text
        i = end + 1
        while seq.startswith(("?", "*"), i):
            i += 1  # a zero-width group repeated is zero-width
    return i


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")


def required_literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals one of which every match contains, though not necessarily at its
    start: the best of ``requirements``, if its shortest literal has three
    characters or more."""
    found = requirements(source, flags)
    return found[0] if found and min(map(len, found[0])) >= 3 else None


@cache
def requirements(source: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Every match holds one literal of each of these (lowercased when ``flags`` has
    ``re.IGNORECASE``), though not necessarily at its start: the pattern's
    top-level literal runs, and its groups that every match passes through (their
    alternatives' leading literals); the best first (longest shortest literal,
    then fewest). () when the pattern has a top-level ``|`` or goes beyond what
    this reader knows."""
    if flags & re.VERBOSE or len(_split(source)) > 1:
        return ()
    found: list[list[str]] = []
    run, i = "", 0
    while i < len(source):
        char, step, literal, heads = source[i], 1, None, None
        if char == "\\":
            escaped = source[i + 1 : i + 2]
            if escaped and not escaped.isalnum() and escaped.isascii():
                literal = escaped
            step = 2
        elif char == "[":
            step = _class_end(source, i) + 1 - i
        elif char == "(":
            end = _close(source, i)
            sensitive = source.startswith("(?-i:", i)  # read as a group, as ``_lead`` does
            if end is None or (
                source.startswith("(?", i) and source[i + 2] not in ":=!<" and not sensitive
            ):
                return ()  # other flags, named or atomic groups, conditionals
            if sensitive:
                heads = _alternatives(source[i + 5 : end])
            elif source[i + 1] != "?" or source[i + 2] == ":":
                heads = _alternatives(source[i + (3 if source[i + 1] == "?" else 1) : end])
            step = end + 1 - i
        elif char in ")*+?{":
            return ()  # a brace or quantifier where this reader expects none
        elif char not in ".^$":
            literal = char
        quantifier = _QUANTIFIER.match(source, i + step)
        once = quantifier is None or quantifier.group()[0] == "+"
        if heads and once:
            found.append(heads)  # a group every match passes through
        if literal is not None and quantifier is not None and once:
            run += literal  # once or more: the character is there, then the run ends
            literal = None
        if literal is None or quantifier is not None:
            found.append([run])
            run = ""
        else:
            run += literal
        i = quantifier.end() if quantifier is not None else i + step
    found.append([run])
    usable = []
    for lits in found:
        if not all(lits):
            continue
        if flags & re.IGNORECASE:
            if any(len(x.lower()) != len(x) or not UNSAFE_CHARS.isdisjoint(x) for x in lits):
                continue
            lits = [x.lower() for x in lits]
        usable.append(tuple(dict.fromkeys(lits)))
    return tuple(sorted(usable, key=lambda lits: (-min(map(len, lits)), len(lits))))


def _structure(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The positions and characters of ``source`` from ``start`` that can shape its
    groups and alternatives: escapes and character classes are stepped over."""
    i = start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
        else:
            yield i, char
        i += 1


def _split(source: str) -> list[str]:
    """``source`` cut at its top-level ``|``."""
    parts, depth, start = [], 0, 0
    for i, char in _structure(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _close(source: str, at: int) -> int | None:
    """Where the group opened at ``at`` closes."""
    depth = 0
    for i, char in _structure(source, at):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _class_end(source: str, at: int) -> int:
    """The ``]`` closing the character class opened at ``at`` (a ``]`` right after
    ``[`` or ``[^`` is a member)."""
    i = at + 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i
