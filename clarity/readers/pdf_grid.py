"""Tables whose cells wrap over several lines, read cell by cell.

A table set with narrow gaps between its columns leaves too thin a strip empty to be
read as columns (``pdf_layout``), and read line by line across, every line of a cell is
glued to the line of the cell beside it: the Medicare chart of services not covered
("Fees charged for care by your Not covered under" / "immediate relatives or members
any condition"), a schedule whose benefit wraps beside its limit. Such a run of rows
is found by the strips its words (not its segments: a cell's line may end a word space
from the next cell) leave empty all the way down, at least ``TABLE_GAP`` font sizes
wide, with room for a column on each side.

It is a table, not two columns of prose, when its cells begin together: on at least
``MIN_ALIGNED`` lines two or more cells open an entry (a capital, a figure, a bullet)
side by side, more often than one cell opens an entry beside another's wrapped line
(prose columns break their lines out of step); and cells of two columns or more wrap
onto lines that go on in small letters (a side label beside its text, a table of
one-line amounts, is read as before). A table row begins on each line
where its cells open together (or a cell opens one below a wider gap); its cells are
read one after another, left to right, each top to bottom, as one line of the page (a
closed paragraph, as a row of three cells is). A row one of whose cells holds a list
of its own gives each cell's lines in turn instead, to be read as text, items and all.
A table of one-line rows is read as before, row by row.

Rows read across come here, and bands with a gutter wide enough for columns whose rows
are linked (``pdf_columns.rows_linked``) when they are one table of two columns
(``one_table``). Other columns and "What is covered | What is not covered" tables, whose
sides are read whole, keep their reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING, Protocol

from clarity.readers.pdf_segments import BULLETS
from clarity.readers.structure import list_marker

if TYPE_CHECKING:
    from clarity.readers.pdf_chars import PdfWord
    from clarity.readers.pdf_segments import Row

TABLE_GAP = 0.5
"""Narrowest strip, in body font sizes, kept empty between a wrapped table's columns."""
MIN_CELL_SHARE = 0.15
"""Each column of such a table is at least this share of the run's width."""
MIN_TABLE_ROWS = 6
"""Fewest lines in a run read as a wrapped table."""
MIN_ALIGNED = 2
"""Fewest lines where two or more cells open an entry side by side."""
MAX_FIGURES = 0.3
"""Largest share of a run's cell lines holding a figure: a table of amounts and ages whose
cells wrap ("$350 per" / "day") is read row by row, as before."""
ROW_GAP = 0.4
"""A line further below the one above than the run's usual line pitch by this many font
sizes opens a new table row when it opens an entry."""
MIN_WRAPPED = 2
"""Fewest wrapped lines (a cell's line in small letters under the line above it) in each
of two columns or more: a label or figure beside wrapped text is no wrapped table."""


class _Span(Protocol):
    x0: float
    x1: float


Stretch = tuple[float, float]


def free_stretches(items: Iterable[_Span], lo: float, hi: float) -> list[Stretch]:
    """Horizontal stretches between ``lo`` and ``hi`` that no item covers."""
    out = []
    cursor = lo
    for item in sorted(items, key=lambda s: s.x0):
        if item.x0 > cursor:
            out.append((cursor, item.x0))
        cursor = max(cursor, item.x1)
    if cursor < hi:
        out.append((cursor, hi))
    return out


def intersect(a: Sequence[Stretch], b: Sequence[Stretch]) -> list[Stretch]:
    """The stretches free in both lists."""
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


@dataclass
class TableRun:
    """Consecutive rows of a wrapped table, and where its columns part."""

    rows: list[Row]
    cuts: list[float]


def table_runs(rows: list[Row], body: float) -> list[list[Row] | TableRun]:
    """The rows cut into runs read across (lists of rows) and wrapped tables."""
    words = [[w for seg in row for w in seg.words] for row in rows]
    out: list[list[Row] | TableRun] = []
    plain: list[Row] = []
    start = 0
    while start < len(rows):
        found = _table_from(rows, words, start, body)
        if found is None:
            plain.append(rows[start])
            start += 1
            continue
        if plain:
            out.append(plain)
            plain = []
        out.append(found)
        start += len(found.rows)
    if plain:
        out.append(plain)
    return out


ONE_TABLE_SHARE = 0.8
"""Share of a band's rows a single-gutter wrapped table must take to be read as one."""


def one_table(rows: list[Row], body: float) -> bool:
    """The rows are (most of them) a wrapped table of two columns: a band with a gutter
    wide enough for columns whose rows are linked (``pdf_columns.rows_linked``) is read
    as a chart only when its cells wrap as a table's do. A table of three columns or more
    ("Benefit | Standard Option | Basic Option") keeps its reading as columns: its
    right-hand cells of amounts and charges say little glued to the benefit."""
    runs = [part for part in table_runs(rows, body) if isinstance(part, TableRun)]
    if any(len(run.cuts) != 1 for run in runs):
        return False
    return sum(len(run.rows) for run in runs) >= ONE_TABLE_SHARE * len(rows)


def _table_from(
    rows: list[Row], words: list[list[PdfWord]], start: int, body: float
) -> TableRun | None:
    """The longest wrapped table that begins at ``start``, if one does."""
    end = start
    free: list[Stretch] | None = None
    cuts: list[float] = []
    lo = hi = 0.0
    while end < len(rows):
        row_lo = min(w.x0 for w in words[end])
        row_hi = max(w.x1 for w in words[end])
        new_lo, new_hi = (row_lo, row_hi) if free is None else (min(lo, row_lo), max(hi, row_hi))
        narrowed = free_stretches(words[end], new_lo, new_hi)
        if free is not None:
            narrowed = intersect(free, narrowed)
        found = _gutters(narrowed, new_lo, new_hi, body)
        if not found:
            break
        free, cuts, lo, hi = narrowed, found, new_lo, new_hi
        end += 1
    if end - start < MIN_TABLE_ROWS:
        return None
    run = TableRun(rows[start:end], cuts)
    return run if _wrapped_table(run) else None


def _gutters(free: list[Stretch], lo: float, hi: float, body: float) -> list[float]:
    """Middles of the free stretches wide enough to part columns of a fair width."""
    room = MIN_CELL_SHARE * (hi - lo)
    out = []
    for a, b in free:
        a, b = max(a, lo + room), min(b, hi - room)
        if b - a >= TABLE_GAP * body:
            out.append((a + b) / 2)
    return out


def split(row: Row, cuts: list[float]) -> list[list[PdfWord]]:
    """The row's words in each column between the cuts."""
    cells: list[list[PdfWord]] = [[] for _ in range(len(cuts) + 1)]
    for word in (w for seg in row for w in seg.words):
        column = sum(1 for cut in cuts if word.x0 > cut)
        cells[column].append(word)
    return cells


def _opens(cell: list[PdfWord]) -> bool | None:
    """True when the cell's line opens an entry, False when it carries one on, None when
    it cannot tell."""
    first = cell[0].text[0]
    if first.islower():
        return False
    return True if first.isupper() or first.isdigit() or first in BULLETS else None


def _wrapped_table(run: TableRun) -> bool:
    """Cells open together more often than out of step, two columns or more hold cells
    that wrap (a line in small letters under a line of the same cell), and few hold
    figures."""
    aligned = staggered = figures = parts = 0
    wraps = [0] * (len(run.cuts) + 1)
    above: list[list[PdfWord]] = []
    for row in run.rows:
        cells = split(row, run.cuts)
        for column, cell in enumerate(cells):
            parts += bool(cell)
            figures += any(any(c.isdigit() for c in w.text) for w in cell)
            wraps[column] += bool(cell and above and above[column]) and _opens(cell) is False
        above = cells
        filled = [cell for cell in cells if cell]
        if len(filled) < 2:
            continue
        kinds = {_opens(cell) for cell in filled}
        aligned += kinds == {True}
        staggered += {True, False} <= kinds
    wrapping = sum(1 for count in wraps if count >= MIN_WRAPPED)
    if figures > MAX_FIGURES * parts:
        return False  # a table of amounts, read row by row as before
    return aligned >= MIN_ALIGNED and aligned > staggered and wrapping >= 2


def table_rows(run: TableRun) -> list[list[tuple[int, list[list[PdfWord]]]]]:
    """Each table row's cells (with their column), each a list of its lines' words.

    A table row begins where two or more cells open an entry on one line (none carrying
    one on; a figure or sign opens nothing but goes with a row that opens), or where a
    cell opens one below a wider gap than the run's lines leave between them (a row whose
    other cells are empty), or under a header row set in bold (the first line under it
    may carry on a cell from the page before: "community, including home remodeling")."""
    out: list[list[list[list[PdfWord]]]] = []
    tops = [min(w.top for seg in row for w in seg.words) for row in run.rows]
    pitch = median(b - a for a, b in pairwise(tops)) if len(tops) > 1 else 0.0
    header = False
    for index, row in enumerate(run.rows):
        cells = split(row, run.cuts)
        filled = [cell for cell in cells if cell]
        kinds = {_opens(cell) for cell in filled}
        opens = True in kinds and False not in kinds
        size = max(w.size for cell in filled for w in cell)
        apart = index > 0 and tops[index] - tops[index - 1] > pitch + ROW_GAP * size
        bold = all(w.bold for seg in row for w in seg.words)
        below_header = index > 0 and header and not bold
        header = bold
        if not out or below_header or (opens and (len(filled) >= 2 or apart)):
            out.append([[] for _ in cells])
        for column, cell in enumerate(cells):
            if cell:
                out[-1][column].append(cell)
    return [[(column, cell) for column, cell in enumerate(block) if cell] for block in out]


def has_own_list(block: list[tuple[int, list[list[PdfWord]]]]) -> bool:
    """A cell of the table row holds a list of its own (a line under its first opens with
    a list marker): its lines are read as text, items and all, not as one row."""
    return any(
        list_marker(" ".join(w.text for w in line)) is not None
        for _, cell in block
        for line in cell[1:]
    )
