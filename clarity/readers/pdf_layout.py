"""Reading order of a PDF page: lines, and columns read one after the other.

A page is cut into bands of rows. A band whose rows all leave the same
vertical strip empty (a gutter), with prose on both sides of it, is a set of
columns: its left part is read top to bottom, then its right part (each part
cut again, for three columns). Everything else is read row by row, as a page
of one column is. "What is covered | What is not covered" tables are read the
same way, so each side's text stays whole under its own heading.

Tables of short cells (a label and an amount) are not columns: their sides are
not prose, and reading them side by side would part every label from its amount
(``pdf_columns`` tells columns from tables, and finds the band's first row). Rows
read across may still hold a table whose cells wrap, set with gaps too narrow for
columns: ``pdf_grid`` finds it and reads each of its rows cell by cell.

A landscape page cut down its middle is a spread of two booklet pages printed
side by side: the left page is read whole, then the right one, each with its own
columns. Its halves need not pass the tests for columns (a half may hold one
narrow column, or a column that ends near the top): the spread is told from the
page itself, whose middle almost no row crosses. A row that does (a banner or a
title across both pages) is read where it stands, and the halves on each side of
it one after the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from clarity.readers.pdf_chars import DESCENT, PdfWord
from clarity.readers.pdf_columns import (
    first_rows,
    glued,
    headed,
    header_bands,
    is_columns,
    prose,
    rows_linked,
)
from clarity.readers.pdf_grid import (
    TableRun,
    free_stretches,
    has_own_list,
    intersect,
    one_table,
    table_rows,
    table_runs,
)
from clarity.readers.pdf_segments import Row, cells, segments

_LEFT = attrgetter("x0")
_TOP_LEFT = attrgetter("top", "x0")

MIN_GUTTER = 0.8
"""Narrowest gutter between columns, in body font sizes."""
MIN_COLUMN_SHARE = 0.25
"""Each column is at least this share of the band's width."""
MAX_DEPTH = 3
MAX_TRIES = 4
"""Rows tried as the first of a band that ends at the same row, before giving up on it."""
MAX_CROSSING = 0.1
"""Share of a spread's rows that may run across its middle (a banner, a title)."""


def half_points(sizes: dict[float, int], words: list[PdfWord]) -> dict[float, int]:
    """Characters set at each size, sizes rounded to half points (``sizes`` is filled)."""
    for w in words:
        sizes[w.size] = sizes.get(w.size, 0) + len(w.text)
    out: dict[float, int] = {}
    for size, count in sizes.items():
        key = round(size * 2) / 2
        out[key] = out.get(key, 0) + count
    return out


@dataclass
class PdfLine:
    """Words on one baseline within one column, left to right.

    Its measures are computed once, when first asked: a line's words are final by then.
    """

    page: int
    words: list[PdfWord] = field(default_factory=list)
    column: int = 0
    """Which column of its page the line was read in (0 when the page has none)."""
    cells: int = 1
    """Parts of its row set apart by wide gaps: three or more make a table row."""
    table_row: bool = False
    """The whole row of a table whose cells wrap (``pdf_grid``): its cells one after
    another, each over all its lines, so the line spans several baselines."""

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @cached_property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @cached_property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @cached_property
    def size(self) -> float:
        sizes: dict[float, int] = {}  # characters at each size, rounded to half points
        for w in self.words:
            key = round(w.size * 2) / 2
            sizes[key] = sizes.get(key, 0) + len(w.text)
        return max(sizes, key=lambda s: (sizes[s], -s))

    @cached_property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


LARGE_GLYPH = 1.2
"""A lone mark this much larger than a word is placed on lines by its baseline."""
SMALL_GLYPH = 0.75
"""A glyph this much smaller than the words beside it may sit centred on their line."""
CENTRED = 0.2
"""How far (in the line's font sizes) a glyph's middle may be from the line's middle."""


def rows(page: int, words: list[PdfWord]) -> list[PdfLine]:
    """Words grouped by baseline across the whole page, top to bottom."""
    out: list[PdfLine] = []
    for word in sorted(words, key=_TOP_LEFT):
        if out:
            last = out[-1]
            first = last.words[0]
            smaller = word.size if word.size < first.size else first.size
            tolerance = 0.5 * smaller if smaller > 1.0 else 0.5
            if len(word.text) == 1 or len(first.text) == 1:
                same = _same_line(word, first, tolerance) or _centred_glyph(word, first)
            else:
                same = abs(word.top - first.top) <= tolerance
            if same:
                last.words.append(word)
                continue
        out.append(PdfLine(page=page, words=[word]))
    for line in out:
        line.words.sort(key=_LEFT)
    return out


def _same_line(word: PdfWord, first: PdfWord, tolerance: float) -> bool:
    """Words of one line start at about the same top; a lone glyph (a bullet) set larger
    than its text shares the text's baseline instead ("•" at 12 pt beside 9 pt words,
    whose tops lie apart), so it is not taken into the row of the next column's line
    whose top happens to be near its own."""
    if _large_glyph(word, first) or _large_glyph(first, word):
        return abs(_baseline(word) - _baseline(first)) <= tolerance
    return abs(word.top - first.top) <= tolerance


def _large_glyph(word: PdfWord, other: PdfWord) -> bool:
    """A lone mark (not a letter or figure) set clearly larger than the other word."""
    return len(word.text) == 1 and not word.text.isalnum() and word.size >= LARGE_GLYPH * other.size


def _baseline(word: PdfWord) -> float:
    return word.bottom - DESCENT * word.size


def _centred_glyph(word: PdfWord, first: PdfWord) -> bool:
    """A single glyph set much smaller than the line's words and centred on it (a
    bullet from a symbol font, "•" at 4.5 pt beside 9 pt text): its top is lower than
    theirs, but it belongs to their line. (Not a word of small print in the next column.)"""
    small, large = (word, first) if word.size < first.size else (first, word)
    if small.size > SMALL_GLYPH * large.size or len(small.text.strip()) > 1:
        return False
    middle = (large.top + large.bottom) / 2
    return abs((small.top + small.bottom) / 2 - middle) <= CENTRED * large.size


def reading_order(
    page: int, page_rows: list[PdfLine], body: float, size: tuple[float, float] | None = None
) -> list[PdfLine]:
    """The page's lines in reading order, each tagged with the column it was read in.

    ``size`` is the page's width and height: a landscape page may be a spread.
    """
    segmented = [segments(line.words) for line in page_rows]
    counter = iter(range(1, 1_000_000))
    middle = _spread_middle(segmented, size, body) if size else None
    if middle is None:
        ordered = _order(segmented, body, 0, counter, 0)
    else:
        ordered = _order_spread(segmented, body, middle, counter)
    lines: list[PdfLine] = []
    for column, parts, words, table_row in ordered:
        lines.append(PdfLine(page, words, column, parts, table_row))
    return lines


_Placed = tuple[int, int, list[PdfWord], bool]
"""A line read: its column, its cells, its words in reading order, and whether it is a
wrapped table's whole row."""


def _spread_middle(segmented: list[Row], size: tuple[float, float], body: float) -> float | None:
    """The middle of a landscape page that holds two booklet pages side by side, or None.

    Almost no row crosses the middle, and each half holds prose of its own (a table
    whose cells fall either side of the middle is no spread).
    """
    width, height = size
    middle = width / 2
    if width <= height or not segmented:
        return None
    crossing = sum(1 for row in segmented if any(s.x0 < middle < s.x1 for s in row))
    if crossing > MAX_CROSSING * len(segmented):
        return None
    left = [s for row in segmented for s in row if s.x1 <= middle]
    right = [s for row in segmented for s in row if s.x0 >= middle]
    return middle if left and right and prose(left) and prose(right) else None


def _order_spread(
    page_rows: list[Row], body: float, middle: float, counter: Iterator[int]
) -> Iterator[_Placed]:
    """A spread's rows: each run of rows that keeps the middle clear is read as its left
    page, then its right page (each with its own columns); a row across the middle is
    read where it stands."""
    run: list[Row] = []
    for row in [*page_rows, None]:
        if row is not None and not any(s.x0 < middle < s.x1 for s in row):
            run.append(row)
            continue
        for side in (
            [[s for s in r if s.x1 <= middle] for r in run],
            [[s for s in r if s.x0 >= middle] for r in run],
        ):
            side_rows = [r for r in side if r]
            yield from _order(side_rows, body, 0, counter, next(counter))
        run = []
        if row is not None:
            yield 0, len(row), [w for seg in row for w in seg.words], False


def _order(
    band_rows: list[Row], body: float, depth: int, counter: Iterator[int], column: int
) -> Iterator[_Placed]:
    """Yield (column id, cells, words of a line) for the rows, columns read one after
    another."""
    for band, gutter in _bands(band_rows, body, depth):
        if gutter is None:
            yield from _across(band, body, counter, column)
            continue
        if not headed(band, gutter) and rows_linked(band, gutter) and one_table(band, body):
            # a chart whose rows link a service to its terms, set with a gutter wide
            # enough for columns: read row by row, each row's cells together
            yield from _across(band, body, counter, column)
            continue
        left, right = gutter
        for header_rows in header_bands(band, gutter, body):  # each under its own header
            for side in (
                [[s for s in row if s.x1 <= left] for row in header_rows],
                [[s for s in row if s.x0 >= right] for row in header_rows],
            ):
                side_rows = [row for row in side if row]
                yield from _order(side_rows, body, depth + 1, counter, next(counter))


def _across(band: list[Row], body: float, counter: Iterator[int], column: int) -> Iterator[_Placed]:
    """Rows read across, but a table whose cells wrap read cell by cell (``pdf_grid``)."""
    for part in table_runs(band, body):
        if not isinstance(part, TableRun):
            for row in part:
                yield column, cells(row), [w for seg in row for w in seg.words], False
            continue
        ids = [next(counter) for _ in range(len(part.cuts) + 1)]
        for block in table_rows(part):
            if not has_own_list(block):
                words = [w for _, cell in block for line in cell for w in sorted(line, key=_LEFT)]
                yield column, len(block), words, True
                continue
            for place, cell in block:  # a cell with a list of its own: read as text
                for line in cell:
                    yield ids[place], 1, sorted(line, key=_LEFT), False


def _bands(band_rows: list[Row], body: float, depth: int) -> list[tuple[list[Row], tuple | None]]:
    """Consecutive rows that share one gutter, with that gutter (or None for a plain band)."""
    if not band_rows:
        return []
    lo = min(seg.x0 for row in band_rows for seg in row)
    hi = max(seg.x1 for row in band_rows for seg in row)
    if depth >= MAX_DEPTH or hi - lo <= 0:
        return [(band_rows, None)]
    min_gap = max(4.0, MIN_GUTTER * body)
    out: list[tuple[list[Row], tuple | None]] = []
    plain: list[Row] = []
    start = 0
    tries: dict[int, int] = {}
    while start < len(band_rows):
        end, gutter = _grow(band_rows, start, lo, hi, min_gap)
        band = band_rows[start:end]
        tries[end] = tries.get(end, 0) + 1
        if tries[end] > MAX_TRIES:  # rows that end at the same place failed as often
            plain.extend(band)
            start = end
            continue
        if gutter is not None and is_columns(band, gutter, lo, hi):
            if start and glued(band_rows[start - 1], band[0], gutter):
                plain.append(band[0])  # the last line of the text above the columns
                start += 1
                continue
            band = first_rows(plain, band, gutter) + band
            if plain:
                out.append((plain, None))
                plain = []
            out.append((band, gutter))
            start = end
        else:
            plain.append(band_rows[start])
            start += 1
    if plain:
        out.append((plain, None))
    return out


def _grow(
    band_rows: list[Row], start: int, lo: float, hi: float, min_gap: float
) -> tuple[int, tuple[float, float] | None]:
    """The longest run of rows from ``start`` that keeps a gutter empty, and the gutter."""
    free = free_stretches(band_rows[start], lo, hi)
    best: tuple[float, float] | None = _widest(free, lo, hi, min_gap)
    end = start + 1
    while end < len(band_rows):
        narrowed = intersect(free, free_stretches(band_rows[end], lo, hi))
        widest = _widest(narrowed, lo, hi, min_gap)
        if widest is None:
            break
        free, best = narrowed, widest
        end += 1
    return end, best


def _widest(
    free: list[tuple[float, float]], lo: float, hi: float, min_gap: float
) -> tuple[float, float] | None:
    """The widest free stretch that could be a gutter: wide enough, with room for a
    column on each side. A stretch that reaches into that room (beside a short cell,
    "3. Utilities extension", whose column is wider further down) keeps its part
    outside it."""
    room = MIN_COLUMN_SHARE * (hi - lo)
    clipped = [(max(a, lo + room), min(b, hi - room)) for a, b in free]
    fits = [iv for iv in clipped if iv[1] - iv[0] >= min_gap]
    return max(fits, key=lambda iv: (iv[1] - iv[0], -iv[0])) if fits else None
