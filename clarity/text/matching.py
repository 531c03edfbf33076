"""Fast matching: the matches plain ``re`` gives, tried only where they can start.

Python's ``re`` has no fast literal search for a pattern that starts with ``\\b`` or
a look-behind, or that is case-insensitive: it tries every position of the text.
Most rule words are absent from a given document, and ``str.find`` (or one regex
over many literals) finds those that occur far faster. So a pattern is tried only
where one of its *leading literals* occurs (the literals one of which starts every
match), and not at all where one of its *requirements* is missing (literal sets of
which every match holds one). Both are read from the pattern's source by a small
reader that knows look-arounds, ``\\b``, literal characters, small classes such as
``[Tt]``, groups of alternatives and their quantifiers, and gives up on anything
else: a pattern it cannot read is searched as it is. Nothing here uses ``re``'s
private parser.

For a case-insensitive pattern the literals are looked up in the lowercased text.
That is exact only when lowercasing keeps every character one character and the
text has none of the letters that ``re`` folds differently from ``str.lower``
(``casefold_safe``); on other texts every function here falls back to plain ``re``.

The one interface: ``find_all``, ``search`` and ``find_in_spans`` for patterns
searched on their own; ``FirstOf`` for many named patterns searched as one
alternation in spans of a document; ``PhraseWindows`` for lemma phrases, found
without tokenizing the text. Each gives exactly what the plain ``re`` (or spaCy)
expression in its docstring gives: tests/test_matching.py,
tests/checks/test_exclusion_index.py and tests/text/test_phrasewindows.py compare them on
random texts built from the rule packs' own words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from clarity.text.excerpts import Widener

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
tests/test_matching.py derives the set from ``re`` itself."""
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
    when the group may be skipped)."""
    i = _past_zero_width(seq)
    if i is None:
        return None
    if seq.startswith("(", i):
        end = _close(seq, i)
        if end is None or (seq.startswith("(?", i) and not seq.startswith("(?:", i)):
            return None  # flags, named or atomic groups, conditionals
        heads = _alternatives(seq[i + (3 if seq[i + 1] == "?" else 1) : end])
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
            if end is None or (source.startswith("(?", i) and source[i + 2] not in ":=!<"):
                return ()  # flags, named or atomic groups, conditionals
            if source[i + 1] != "?" or source[i + 2] == ":":
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


def _split(source: str) -> list[str]:
    """``source`` cut at its top-level ``|``."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _close(source: str, at: int) -> int | None:
    """Where the group opened at ``at`` closes."""
    depth, i = 0, at
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
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


# --- many named patterns as one alternation -------------------------------------


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
        """What the scan looks for: the leading literals, or the required ones when
        their shortest is longer (rarer: "excess" rather than "the" in
        "(?:the|an) excess")."""
        leading = leading_literals(self.source, re.IGNORECASE)
        required = required_literals(self.source, re.IGNORECASE)
        if required is not None and (
            leading is None or min(map(len, required)) > min(map(len, leading))
        ):
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
    def _plan(self) -> tuple[re.Pattern[str] | None, dict[str, tuple[tuple[bool, int, int], ...]]]:
        """The regex of all literals (it finds the longest at a position), and for each
        literal every (word start, member, entry) that needs it or one of its prefixes."""
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
        return (re.compile(_trie_regex(literals)) if literals else None), every

    def scan(self, lowered: str) -> list[Occurrences]:
        """Each member's occurrences in a casefold-safe lowercased text (whose word
        characters are the text's: tests/test_wording_fast.py)."""
        pattern, users = self._plan
        out = [
            Occurrences(free=tuple(i for i, e in enumerate(entries) if e.literals is None))
            for entries in self.members
        ]
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
        """``search(text[lo:hi])`` (``segment``, if given, is that slice)."""
        piece = text[lo:hi] if segment is None else segment
        tries = self._tries(text, lo, hi)
        if tries is None:
            return self.search(piece)
        best: re.Match[str] | None = None
        name = ""
        lowered: str | None = None
        for index, places in tries:
            entry = self.entries[index]
            if places is None and entry.also:
                if lowered is None:
                    lowered = _text_index(text).lowered[lo:hi]
                if not entry.may_match(lowered):
                    continue
            before = len(piece) + 1 if best is None else best.start()
            match = _first_match(entry.pattern, piece, places, before)
            if match is not None:  # earlier than the best so far (``before``)
                best, name = match, entry.name
        return (name, best) if best is not None else None

    def found(self, text: str, lo: int, hi: int, segment: str | None = None) -> bool:
        """Does any entry match in ``text[lo:hi]`` (``segment``, if given)?"""
        piece = text[lo:hi] if segment is None else segment
        tries = self._tries(text, lo, hi)
        if tries is None:
            return self.pattern.search(piece) is not None
        end = len(piece) + 1
        lowered: str | None = None
        for index, places in tries:
            entry = self.entries[index]
            if places is None and entry.also:
                if lowered is None:
                    lowered = _text_index(text).lowered[lo:hi]
                if not entry.may_match(lowered):
                    continue
            if _first_match(entry.pattern, piece, places, end) is not None:
                return True
        return False

    def _tries(self, text: str, lo: int, hi: int) -> list[tuple[int, list[int] | None]] | None:
        """(entry, the offsets in the span where its matches can start, ascending, or
        None to search the whole span), in entry order, for the entries that can match
        in the span; None on a text that is not casefold-safe (search plainly)."""
        index = _text_index(text)
        if not index.safe:
            return None
        found = index.occurrences(self.scan, self.member)
        i = bisect_left(found.starts, lo)
        j = bisect_left(found.starts, hi, i)
        inside = 0 < lo < hi and _is_word(text[lo - 1])
        if i == j and not inside and not found.free:
            return []  # most spans hold none of the literals
        places: dict[int, list[int] | None] = dict.fromkeys(found.free)
        if inside:  # the span begins after a word character, where the scan did not look
            for entry, literals in self._word_starts:
                if index.lowered.startswith(literals, lo):
                    places[entry] = [0]
        entries = self.entries
        for start, entry in zip(found.starts[i:j], found.entries[i:j], strict=True):
            if not entries[entry].at_start:
                places[entry] = None  # it holds a literal found in the span: search it
                continue
            at = places.setdefault(entry, [])
            assert at is not None
            at.append(start - lo)
        return sorted(places.items())


def _first_match(
    pattern: re.Pattern[str], piece: str, places: list[int] | None, before: int
) -> re.Match[str] | None:
    """The leftmost match of ``pattern`` in ``piece`` starting before ``before``: tried
    at each of ``places`` (where it can start, ascending), or searched for when None."""
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


# --- lemma phrases -----------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_LETTER_RUN = re.compile(_LETTER + "+")


@dataclass(frozen=True)
class _Anchored:
    """One phrase seen from one of its anchor's forms."""

    before: int
    """Chunks the match may reach before the anchor's chunk."""
    after: int
    others: tuple[frozenset[str], ...]
    """For each other word of the phrase, the lowercase forms it may take."""


class PhraseWindows:
    """Where in a text a lemma phrase can match, found without tokenizing the text.

    A phrase matches tokens whose lemmas are the phrase's lemmas, and a lemma is a
    lookup of the token's lowercase form (clarity/nlp.py). So each phrase word can
    only be one of a known set of lowercase forms ("event": event, events), and a
    match contains one of those forms at a place in the lowercased text. Each phrase
    gets an anchor: its rarest-looking word (not a stop word, longest forms). The
    text's letter runs that are an anchor form's (first) letter run are found by one
    regex; around each hit, the phrase's other words must each appear (as any of
    their forms) within as many chunks as the phrase has words, or the phrase
    cannot match there. What is left is a few windows that ``clarity.text.excerpts``
    tokenizes.

    One assumption makes the letter-run lookup complete: spaCy splits a token from a
    neighbouring letter only in its special cases ("cannot" is "can" + "not"), so
    every letter run of a token is a whole letter run of the text everywhere else.
    The special cases are read from the tokenizer and their letter runs added as
    triggers; tests/text/test_phrasewindows.py compares with whole-text matching.
    """

    def __init__(self, nlp: Language, phrases: Iterable[Doc], table: dict[str, str]) -> None:
        phrases = list(phrases)
        self._forms = _inverse(table, {token.lemma_ for phrase in phrases for token in phrase})
        self._table = table
        self._stop_words = frozenset(nlp.Defaults.stop_words)
        self._by_run: dict[str, list[_Anchored]] = defaultdict(list)
        self.complete = True
        """False when some phrase has no word with letters to anchor on, or begins
        or ends with whitespace: every text is then a window."""
        for phrase in phrases:
            self._add(phrase)
        self._add_special_cases(nlp)
        keys = sorted(self._by_run)
        self._scan = (
            re.compile(rf"(?<!{_LETTER})(?:{_trie_regex(keys)})(?!{_LETTER})") if keys else None
        )

    def forms(self, lemma: str) -> frozenset[str]:
        """Every lowercase form whose lemma (a table lookup) is ``lemma``, a lemma of
        one of the phrases."""
        found = set(self._forms.get(lemma, ()))
        if self._table.get(lemma, lemma) == lemma:
            found.add(lemma)
        return frozenset(found)

    def _add(self, phrase: Doc) -> None:
        if len(phrase) and (phrase[0].is_space or phrase[-1].is_space):
            # A window ends at a chunk's last character and never holds the
            # whitespace after it, so such a phrase could match outside every window.
            self.complete = False
            return
        words = [self.forms(token.lemma_) for token in phrase]
        keys = [{_first_run(form) for form in forms} for forms in words]
        anchorable = [i for i, found in enumerate(keys) if found and "" not in found]
        if not anchorable:
            self.complete = False
            return
        anchor = max(anchorable, key=lambda i: self._rarity(words[i], keys[i]))
        entry = _Anchored(
            before=anchor,
            after=len(words) - 1 - anchor,
            others=tuple(forms for i, forms in enumerate(words) if i != anchor),
        )
        for key in keys[anchor]:
            self._by_run[key].append(entry)

    def _rarity(self, forms: frozenset[str], keys: set[str]) -> tuple[bool, int, int]:
        return (not forms & self._stop_words, min(map(len, keys)), -len(keys))

    def _add_special_cases(self, nlp: Language) -> None:
        """A special case may cut a letter run ("can't" is "ca" + "n't"): its letter
        runs then trigger what its pieces would."""
        from spacy.attrs import ORTH

        extra: dict[str, set[_Anchored]] = defaultdict(set)
        for orth, pieces in nlp.tokenizer.rules.items():
            if len(pieces) < 2:
                continue
            runs = _LETTER_RUN.findall(orth.lower())
            for piece in pieces:
                key = _first_run(piece[ORTH].lower())  # "n't" is looked up by "n"
                for run in runs:
                    if run != key:
                        extra[run].update(self._by_run.get(key, ()))
        for run, entries in extra.items():
            if entries:  # the order of entries does not matter: windows are merged
                known = self._by_run[run]
                known.extend(entries - set(known))

    def windows(self, text: str, lowered: str) -> list[tuple[int, int]] | None:
        """Spans of ``text`` outside which no phrase can match; ``None`` means the
        whole text (when the lowercased text cannot be trusted)."""
        if not self.complete or not casefold_safe(text, lowered):
            return None
        if self._scan is None:
            return []
        by_run = self._by_run
        widen = Widener(text).widen
        spans = []
        for run in self._scan.finditer(lowered):  # only the letter runs that are keys
            start, end = run.span()
            for entry in by_run[run.group()]:
                span = widen(start, end, entry.before + 1, entry.after + 1)
                window = lowered[span[0] : span[1]]
                for forms in entry.others:  # each other word, as one of its forms
                    for form in forms:
                        if form in window:
                            break
                    else:
                        break
                else:
                    spans.append(span)
        return spans


def _inverse(table: dict[str, str], lemmas: set[str]) -> dict[str, list[str]]:
    """The forms of each of ``lemmas``: only those, as inverting all of an English
    table (40,000 forms) cost more than the rest of building the windows."""
    forms: dict[str, list[str]] = defaultdict(list)
    for form, lemma in table.items():
        if lemma in lemmas:
            forms[lemma].append(form)
    return forms


def _first_run(form: str) -> str:
    """The letter run a form is looked up by ("" when it has no letter). A token's
    runs are whole runs of the text, except where a special case cuts one."""
    run = _LETTER_RUN.search(form)
    return run.group() if run else ""
