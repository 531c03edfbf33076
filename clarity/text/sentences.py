"""A sentence splitter for legal text.

General-purpose splitters break "Sec. 4", "1.2.3 The insurer" and "e.g. Flood"
into fragments, and run list items without final punctuation together. Here a
sentence never crosses a block (heading, paragraph, list item), a list marker is
not part of its sentence, abbreviations come from the language's data, and a
semicolon ends a clause as the statutory readability tests count it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from clarity.core.document import Block, Document

# End punctuation, optional closing quotes/brackets, then whitespace or the end.
_BOUNDARY = re.compile(r"([.!?;…]+)([\"'”’)\]]*)(?=\s|$)")
_WORD_BEFORE = re.compile(r"([^\s(\[\"“'‘]+)$")
"""The word before a full stop; ``word_before`` finds what it finds, reading backwards."""
_OPENERS = frozenset("([\"“'‘")
_WORD = re.compile(r"[^\W_]+(?:(?:[-'’.]|(?<=\d),(?=\d))[^\W_]+)*")
_NUMBERED = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int
    """Index of the block in Document.blocks."""
    is_heading: bool = False


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


_SPACE = re.compile(r"\s")


class WordIndex:
    """``count_words(text[a:b])`` for long stretches of one text, without reading them.

    Counting the words between a term's first use and its definition read the whole
    stretch for every term: on a 100,000-word document, half a second. No word holds
    whitespace, so the words of ``text[a:b]`` are those of ``text[a:x]``,
    ``text[x:y]`` and ``text[y:b]`` for whitespace at ``x`` and ``y``; and between
    two whitespace characters a scan of the slice finds what a scan of the whole
    text finds there, whose word starts are listed once.
    """

    SHORT = 2_000
    """Stretches up to this many characters are counted directly."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._read = 0
        """Characters counted directly so far: the list is made once they would pass
        the length of the text, so a document with few terms never pays for it."""

    def count(self, a: int, b: int) -> int:
        text = self.text
        if b - a <= self.SHORT or (self._starts is None and self._read + (b - a) <= len(text)):
            self._read += b - a
            return count_words(text[a:b])
        first = _SPACE.search(text, a, b)
        y = b - 1
        while y > a and not text[y].isspace():
            y -= 1
        if first is None or y <= first.start():
            return count_words(text[a:b])
        x = first.start()
        if self._starts is None:
            self._starts = [m.start() for m in _WORD.finditer(text)]
        starts = self._starts
        inside = bisect.bisect_left(starts, y) - bisect.bisect_left(starts, x)
        return count_words(text[a:x]) + inside + count_words(text[y:b])


def split_sentences(document: Document, abbreviations: frozenset[str]) -> list[Sentence]:
    out: list[Sentence] = []
    text = document.text
    for index, block in enumerate(document.blocks):
        start = _content_start(text, block)
        if block.kind == "heading":
            if start < block.end:
                out.append(Sentence(start, block.end, index, is_heading=True))
            continue
        for lo, hi in _split_span(text, start, block.end, abbreviations):
            out.append(Sentence(lo, hi, index))
    return out


def _content_start(text: str, block: Block) -> int:
    start = block.start
    while start < block.end and text[start].isspace():
        start += 1
    if block.marker and text.startswith(block.marker, start):
        start += len(block.marker)
        while start < block.end and text[start].isspace():
            start += 1
    return start


def _split_span(text: str, start: int, end: int, abbreviations: frozenset[str]):
    segment = text[start:end]
    lo = 0
    for match in _BOUNDARY.finditer(segment):
        cut = match.end()
        punct = match.group(1)
        if (
            punct.startswith(".")
            and len(punct) == 1
            and not _ends_sentence(segment, match, abbreviations)
        ):
            continue
        if segment[lo:cut].strip() and _has_word(segment[lo:cut]):
            yield from _trimmed(start + lo, start + cut, text)
            lo = cut
    if lo < len(segment) and _has_word(segment[lo:]):
        yield from _trimmed(start + lo, end, text)


def _has_word(piece: str) -> bool:
    return _WORD.search(piece) is not None


def _trimmed(lo: int, hi: int, text: str):
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        yield lo, hi


def _next_char(segment: str, at: int) -> str:
    """The first non-space character from ``at`` (``segment[at:].lstrip()[:1]``)."""
    n = len(segment)
    while at < n and segment[at].isspace():
        at += 1
    return segment[at] if at < n else ""


def _ends_sentence(segment: str, match: re.Match[str], abbreviations: frozenset[str]) -> bool:
    word = word_before(segment, match.start())
    nxt = _next_char(segment, match.end())
    if not nxt:
        return True
    if word:
        lowered = word.lower().rstrip(".")
        if lowered in abbreviations:
            return False
        if len(word) == 1 and word.isalpha() and word.isupper():
            return False  # an initial: "J. Smith"
        if _NUMBERED.match(word) and match.start() - len(word) <= 0:
            return False  # a clause number at the start: "1.2. The insurer"
    # A lowercase continuation ("see Sec. 4.2. below") does not start a sentence.
    return not nxt.islower()


def word_before(segment: str, end: int) -> str:
    """``_WORD_BEFORE.search(segment, 0, end)``'s word, or "".

    Searched from the start, the regex tries every position of the block before
    the full stop: quadratic in a long paragraph. Its match is the run of
    non-space, non-opening characters that ends at ``end``, or just before a
    newline at ``end - 1`` (where ``$`` also matches), so read that run backwards.
    """
    stop = end - 1 if end > 0 and segment[end - 1] == "\n" else end
    start = stop
    while start > 0 and not (segment[start - 1].isspace() or segment[start - 1] in _OPENERS):
        start -= 1
    return segment[start:stop]
