"""Nesting levels of PDF list items, from how far in their markers are set.

A PDF has no list structure: a bullet is a glyph at some x position. A list inside
a list item ("• We don't cover:" / "• damage to fences" / "• frost") shows only by
its markers sitting further in than the item's, and the outer list going on only
by a marker back out at the item's place. Without levels every bullet reads as one
flat list, and a lead-in item's list ("We don't cover:") runs on over the outer
items after it ("• Fire, explosion ..."), which give cover.

So each item's indent is measured from the left edge of its own column (a page in
two columns sets the same level at two x positions; a column that starts a little
right of where many columns start is measured from there), and levels are kept as a
stack of indents, as a reader sees them: further in than the item above opens a
level, back out to an indent seen before returns to that level. A heading, or a
paragraph set at or left of the outermost marker, ends the list. Indents within
``SAME_INDENT`` font sizes of each other are one level (a bullet glyph's own side
bearing, a wrapped number).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from clarity.readers.pdf_layout import PdfLine
from clarity.readers.pdf_seams import Measures
from clarity.readers.structure import follows

SAME_INDENT = 0.4
"""Markers this many font sizes apart or closer are at one level."""
GRID_SHARE = 3
"""Columns (of all pages) that start at one x position make it a left edge of the page grid."""
GRID_NEAR = 2.0
"""Points apart that still count as the same left edge."""
GRID_DOMINANCE = 3
"""Times more columns an edge must start than one just right of it for that one to be
read as nested items' markers, not as an edge of the page grid."""
GRID_REACH = 3.0
"""Body sizes right of a grid edge a column may start and still be read against it: a
column that holds only the nested items of a list begins at their markers."""


def column_lefts(edges: Measures, body: float) -> dict[tuple[int, int], float]:
    """The left edge each column's indents are measured from.

    A column's own leftmost line is its edge, unless it starts a little right of an
    edge many columns share (the page grid): a column that the page or column break
    filled with sub-items only ("b) ..." under "2. ... in respect of:" / "a) ...")
    starts at their markers, and measured from there they would read as outer items.
    """
    starts = sorted(left for left, _, _ in edges.values())
    shared = {  # how many columns start within GRID_NEAR of each start
        x: bisect_right(starts, x + GRID_NEAR) - bisect_left(starts, x - GRID_NEAR) for x in starts
    }
    common = sorted(x for x, count in shared.items() if count >= GRID_SHARE)
    grid = [x for x in common if not _shadowed(x, common, shared, body)]
    out: dict[tuple[int, int], float] = {}
    for key, (left, _, _) in edges.items():
        below = [x for x in grid if left - GRID_REACH * body <= x <= left]
        on_grid = any(abs(x - left) <= GRID_NEAR for x in grid)
        out[key] = max(below) if below and not on_grid else left
    return out


def _shadowed(x: float, common: list[float], shared: dict[float, int], body: float) -> bool:
    """Whether ``x`` is only where nested items start, a little right of a far commoner edge.

    A form whose page or column breaks often fall inside lists has several columns that
    start at the sub-items' markers, as many as make an edge of their own; the real edge
    just left of it is shared by many times more columns.
    """
    return any(
        GRID_NEAR < x - y <= GRID_REACH * body and shared[y] >= GRID_DOMINANCE * shared[x]
        for y in common
    )


class Levels:
    """The stack of marker indents of the list being read."""

    def __init__(self, edges: Measures, body: float) -> None:
        self._lefts = column_lefts(edges, body)
        self._stack: list[float] = []
        self._last: tuple[str, float, int] | None = None
        """The marker, text start and level of the item read last."""

    def _indent(self, line: PdfLine) -> float:
        """How far in from its column's left edge the line starts, in points."""
        return line.x0 - self._lefts.get((line.page, line.column), line.x0)

    def item(self, line: PdfLine, marker: str = "") -> int:
        """The level (1 = outermost) of a list item whose first line is ``line``.

        An item whose marker goes on from the item before ("iii." after "ii.", "10."
        after "9.") and whose text starts where that one's did is at its level, though
        the marker starts further out: markers set flush right ("  i." / " ii." /
        "iii.") are one list."""
        tolerance = SAME_INDENT * line.size
        text_x = line.words[1].x0 if len(line.words) > 1 else line.x0
        last = self._last
        if (
            last is not None
            and marker
            and follows(last[0], marker)
            and abs(text_x - last[1]) <= tolerance
            and last[2] == len(self._stack)
        ):
            self._last = (marker, text_x, last[2])
            return last[2]
        here = self._indent(line)
        while self._stack and here < self._stack[-1] - tolerance:
            self._stack.pop()
        if not self._stack or here > self._stack[-1] + tolerance:
            self._stack.append(here)
        self._last = (marker, text_x, len(self._stack))
        return len(self._stack)

    def other(self, kind: str, line: PdfLine) -> None:
        """A heading or paragraph: it ends the list when it is set as far out as the list."""
        if not self._stack:
            return
        outermost = self._stack[0] + SAME_INDENT * line.size
        if kind == "heading" or self._indent(line) <= outermost:
            self._stack.clear()
            self._last = None
