"""A row of a PDF page cut into segments at its wide gaps, and how many cells they make.

The words of one baseline are parted where a gap is wider than a word space allows
(``SEGMENT_GAP`` font sizes, measured in the smaller of two sizes set far apart): the
pieces are the cells of a table's row, or the pieces of a row that columns share, which
``pdf_layout`` reads column by column. A bullet stays with its words, and a page number
or amount at a tab stop with its line. A justified line of a narrow column, whose spaces
are all alike and wide, is one cell however its gaps part it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from clarity.readers.pdf_chars import PdfWord
from clarity.readers.structure import BULLET_MARKS

_NUMBER = re.compile(r"\d{1,3}")
_MARKER_WORD = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[•▪●◦‣–-]")

BULLETS = frozenset(BULLET_MARKS) - frozenset("-*–·−✓✔")
"""Marks that open a list item, less the ones that also stand inside a line or a table
(dashes, the asterisk, the middle dot, ticks in a table of cover)."""
BULLET_GAP = 3.0
"""A bullet stays with the words after it across a gap of up to this many font sizes:
no gutter runs between a column's bullets and its text."""
SEGMENT_GAP = 1.2
"""A horizontal gap wider than this many font sizes parts a row into segments."""
JUSTIFIED_ALIKE = 1.3
JUSTIFIED_MAX = 4.0
"""A row whose word gaps are all within this ratio of each other, and at most this many
font sizes wide, is one justified line (``cells``)."""
MIXED_SIZES = 1.6
"""Two words whose font sizes differ this much are measured apart by the smaller size:
a column set in large print beside one in body text ("we receive" at 18 pt, "We may"
at 10 pt in the next column) stands a gap apart that is narrow for the large print
but wide for the body text. A table's figure set a size or two above its label (12 pt
beside 8 pt) is still measured in the figure's size: the two are one cell of a row."""
NUMBER_CELL_GAP = 3.0
"""Widest gap, in font sizes, between a row's serial number and the words it opens."""
NUMBER_CELL_SIDE = 2.0
"""... which stand at least this many times nearer the number than the words before it."""


class Segment:
    """Words of a row with no wide gap between them."""

    __slots__ = ("size", "words", "x0", "x1")

    def __init__(self, word: PdfWord) -> None:
        self.words = [word]
        self.x0 = word.x0
        self.x1 = word.x1
        self.size = word.size
        """Size of the last word."""

    def add(self, word: PdfWord) -> None:
        self.words.append(word)
        if word.x1 > self.x1:
            self.x1 = word.x1
        self.size = word.size

    @property
    def chars(self) -> int:
        return sum(len(w.text) + 1 for w in self.words) - 1


Row = list[Segment]


def segments(words: list[PdfWord]) -> Row:
    """The row's words cut at wide gaps into segments (cells, or columns' pieces)."""
    parts: Row = []
    for index, word in enumerate(words):
        if parts:
            last = parts[-1]
            gap = word.x0 - last.x1
            if _bullet_alone(last) and gap <= BULLET_GAP * max(1.0, word.size):
                last.add(word)  # a bullet opens the words after it, up to BULLET_GAP away
                continue
            if gap <= SEGMENT_GAP * _gap_size(word.size, last.size) or (
                _NUMBER.fullmatch(word.text)
                and not _NUMBER.fullmatch(last.words[-1].text)
                and not _starts_words(words, index)
            ):
                last.add(word)  # a page number or amount set at a tab stop stays with its line
                continue
        parts.append(Segment(word))
    return parts


def cells(row: Row) -> int:
    """How many cells a row holds: its segments, unless the gaps that part them are the
    gaps between all its words, alike and a few spaces wide (a justified line of a narrow
    column, "illegal   drug,   intoxication,": one cell, not a table row of three)."""
    words = [w for seg in row for w in seg.words]
    if words and _MARKER_WORD.fullmatch(words[0].text):
        words = words[1:]  # "4.  Home ...": a list marker's hanging indent is its own gap
    if len(row) < 2 or len(words) < 3:
        return len(row)
    gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
    widest, size = max(gaps), max(1.0, min(w.size for w in words))
    if min(gaps) > 0 and widest <= JUSTIFIED_ALIKE * min(gaps) and widest <= JUSTIFIED_MAX * size:
        return 1
    return len(row)


def _gap_size(size: float, other: float) -> float:
    """The font size a gap between two words is measured in (see ``MIXED_SIZES``)."""
    small, large = sorted((size, other))
    return max(1.0, small if large >= MIXED_SIZES * small else large)


def _bullet_alone(segment: Segment) -> bool:
    return len(segment.words) == 1 and segment.words[0].text in BULLETS


def _starts_words(words: list[PdfWord], index: int) -> bool:
    """The figure at ``index`` begins a run of words ("60 days since ..."): it opens the
    next column's line, not a page number or amount that ends this one. A figure set
    in a cell of its own, nearer the words after it than the words before it, opens
    them too: the serial number of a table's row ("15 | FACE MASK") beside the table
    to its left."""
    if index + 1 >= len(words):
        return False
    word, following = words[index], words[index + 1]
    size = max(1.0, word.size, following.size)
    after = following.x0 - word.x1
    before = word.x0 - words[index - 1].x1 if index else float("inf")
    close = after <= SEGMENT_GAP * size or (
        after <= NUMBER_CELL_GAP * size and after * NUMBER_CELL_SIDE <= before
    )
    return close and not _NUMBER.fullmatch(following.text)
