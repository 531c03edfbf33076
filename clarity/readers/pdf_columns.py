"""Whether a band of rows cut by a gutter is a set of columns, and where it starts.

``pdf_layout`` finds the gutter a run of rows leaves empty; this module says
whether the two sides hold columns read one after the other: prose on both sides
(or prose beside a wide block of its own), each side at least a quarter of the
band wide, and the shorter side not a narrow strip of table cells. A column may
end early beside a longer one (the tail of a list carried over from the column
before, a short section): its lines then run on from the band's top, no further
apart than paragraphs, where the cells of a table of terms stand apart down the
band beside the longer text of each row.

Two sides of short cells are a table (a label beside its amount) unless they are
one alphabetical list run down one column and on down the next (an index, a list of
medicines not covered), or their entries are staggered: a table's cells of one row
begin together, so where one side opens a new entry the other opens one too (or is
blank); lists of short items set in columns wrap each item on its own, so one column's
new item ("Boxing") stands beside the wrapped tail of the next column's item
("otherwise agreed by us"). Such lists are read column by column, each under its own
heading.

A row just above the band with words on both sides of the gutter and none in it
is the columns' first row (a short heading atop one column beside the next
column's first line); a one-sided row glued to the text above is that text's
last line. Such rows are the columns' first when both sides are prose, or when one
of their pieces opens a list ("We won't pay for:" above its first, short items,
which leave no gutter free on their own), or when both sides are lists of short
items set in columns (their first items, shorter than the column, leave too wide a
stretch free to be the gutter); the header row of a table, read column by column,
stays whole.

Rows that open with a serial number in a cell of its own are a table's rows: two such
tables set side by side, each counting on its own, are columns however short their
cells; numbers on one side only, down most of the band, make one table read across.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clarity.readers.pdf_segments import Row, Segment

TRAILING_PAGE = re.compile(r"[^\W\d_]\)?\s+(\d{1,3})$")
"""A line ending in a page number after a word, as contents entries do."""
LEAD_IN = re.compile(r"\w\s*:$")
"""A piece of a row that opens a list below it ("We won't pay for:")."""
MIN_PROSE_CHARS = 20
"""Median length of a column's lines: shorter lines are table cells, not prose."""
LINE_GAP = 0.8
"""Largest gap between two lines of one paragraph, in font sizes."""
MIN_WIDE_SIDE = 0.4
"""Share of the band's width a side of short cells needs to stand beside prose."""
MIN_LISTED = 0.6
"""Share of a column's lines that end in a page number to make it a contents list."""
MIN_STAGGERED = 3
"""Rows where one side opens an entry beside the other's wrapped line that make two
sides of short cells lists set in columns rather than a table (see ``staggered``)."""
MIN_LINKED = 4
"""Fewest rows where both sides open an entry side by side in a chart read row by row
(``rows_linked``)."""
LINKED_SHARE = 0.6
"""Share of the rows holding both sides on which a linked chart's entries open together."""
MIN_ALPHABETICAL = 8
"""Fewest names on each side of a band read as one alphabetical list (``alphabetical``)."""
MIN_ORDERED = 0.9
"""Share of a side's names that sort strictly after the one above (sort orders differ a
little on case, spaces and signs; a column of one answer repeated, "Yes", is no order)."""
ENUMERATOR = re.compile(r"\((?:[a-z]{1,4}|\d{1,3})\)$")
"""An item's number in brackets, "(ii)": it opens an entry, though it starts "("."""
MIN_COLUMN_ROWS = 3
MIN_ROW_BALANCE = 0.25
"""The shorter column has at least this share of the longer one's rows, unless it
ends early: its lines run on from the band's top, no further apart than paragraphs."""
PARAGRAPH_GAP = 2.0
"""Widest gap between two paragraphs of one column, in font sizes."""
MAX_HEADER_WORDS = 6
"""Most words in one cell of a table's header row (``headed``)."""
HEADER_SIZE = 1.1
"""A header row repeated over each row of a table is set at least this many times the
body size (``header_bands``)."""
MIN_HEADED_ROWS = 2
"""Fewest lines on each side below a header row for the band to be a named table."""
MIN_NUMBERED_ROWS = 5
"""Fewest rows on each side that open with a serial number, for ``numbered``."""
MIN_COUNTING = 0.8
"""Share of those numbers that go on from the one above (or start again at 1)."""
SERIAL_DIGITS = 3
"""Most digits of a row's serial number (a page of 999 rows at most)."""
MAX_FIRST_ROWS = 2
"""Rows just above a band of columns that may still be its first (``first_rows``)."""
MAX_LEAD_ROWS = 6
"""... when one of them opens a list: its first items may be too short to leave the
band's gutter free beside the next column's opening lines."""


def first_rows(plain: list[Row], band: list[Row], gutter: tuple[float, float]) -> list[Row]:
    """The columns' first rows, taken off the end of the plain rows just above them.

    A row with words on both sides of the gutter and none in it, set just above the
    columns, is their top row: a short heading at the top of one column ("What is
    covered" beside the first line of the next) leaves room for no gutter beside it
    on its own, so the band was found from the row below.
    """
    left, right = gutter
    left_prose = prose([s for row in band for s in row if s.x1 <= left])
    right_prose = prose([s for row in band for s in row if s.x0 >= right])
    count = 0
    below = band[0]
    limit = min(len(plain), MAX_LEAD_ROWS)
    while count < limit and _splits(plain[-1 - count], below, gutter):
        below = plain[-1 - count]
        count += 1
    leads = [n + 1 for n in range(count) if any(LEAD_IN.search(_text(s)) for s in plain[-1 - n])]
    if leads:
        count = leads[-1]  # down from the highest lead-in: its list's first items
    elif not left_prose and not right_prose:
        pass  # lists set in columns: their first items leave too wide a stretch free
    elif left_prose and right_prose:
        count = min(count, MAX_FIRST_ROWS)
    else:
        return []  # a table read column by column keeps its header row whole
    taken = plain[len(plain) - count :]
    del plain[len(plain) - count :]
    return taken


def _splits(row: Row, below: Row, gutter: tuple[float, float]) -> bool:
    left, right = gutter
    if not all(s.x1 <= left or s.x0 >= right for s in row):
        return False
    if not any(s.x1 <= left for s in row) or not any(s.x0 >= right for s in row):
        return False
    words = [w for seg in row for w in seg.words]
    gap = min(w.top for seg in below for w in seg.words) - max(w.bottom for w in words)
    return gap <= PARAGRAPH_GAP * max(w.size for w in words)


def glued(above: Row, row: Row, gutter: tuple[float, float]) -> bool:
    """A row on one side of the gutter only, set just under the row above it."""
    if any(seg.x1 > gutter[0] for seg in row):
        return False
    words = [w for seg in row for w in seg.words]
    above_words = [w for seg in above for w in seg.words]
    gap = min(w.top for w in words) - max(w.bottom for w in above_words)
    return gap <= LINE_GAP * max(w.size for w in words)


def is_columns(band: list[Row], gutter: tuple[float, float], lo: float, hi: float) -> bool:
    """Both sides hold prose on at least two rows: then the band is read as columns."""
    left, right = gutter
    left_segs = [s for row in band for s in row if s.x1 <= left]
    right_segs = [s for row in band for s in row if s.x0 >= right]
    left_rows = sum(1 for row in band if any(s.x1 <= left for s in row))
    right_rows = sum(1 for row in band if any(s.x0 >= right for s in row))
    fewest = max(MIN_COLUMN_ROWS, MIN_ROW_BALANCE * max(left_rows, right_rows))
    left_prose, right_prose = prose(left_segs), prose(right_segs)
    if headed(band, gutter):
        return True
    counted = numbered(band, gutter)
    if counted is not None:
        return counted
    if min(left_rows, right_rows) < MIN_COLUMN_ROWS:
        return False
    if min(left_rows, right_rows) < fewest:
        shorter = left_segs if left_rows < right_rows else right_segs
        if not (left_prose and right_prose and _ends_early(shorter, band)):
            return False  # one short cell per row beside long ones: a table of terms
    if left_prose and right_prose:
        return True
    if not left_prose and not right_prose:
        return staggered(band, gutter) >= MIN_STAGGERED or alphabetical(band, gutter)
    # Prose beside a wide block of its own (a table of many cells, a further pair of
    # columns) is still read side by side; prose beside one narrow column of short
    # cells is a table of terms or amounts, read row by row.
    wide = MIN_WIDE_SIDE * (hi - lo)
    return (left_prose and hi - right >= wide) or (right_prose and left - lo >= wide)


def headed(band: list[Row], gutter: tuple[float, float]) -> bool:
    """The band opens with a header row of two short bold cells, one over each side, each
    set where its side's text begins, and both sides below it are prose: a table whose
    columns are named ("What we cover | What we exclude"). Each column is read whole
    under its own heading, however unevenly its cells fill the rows (a long cover
    clause beside a one-line exclusion, a row with nothing excluded)."""
    left, right = gutter
    header, below = band[0], band[1:]
    if len(header) != 2 or header[0].x1 > left or header[1].x0 < right:
        return False
    if any(len(cell.words) > MAX_HEADER_WORDS for cell in header):
        return False
    if not all(w.bold for cell in header for w in cell.words):
        return False
    sides = (
        [s for row in below for s in row if s.x1 <= left],
        [s for row in below for s in row if s.x0 >= right],
    )
    if any(len(side) < MIN_HEADED_ROWS or not prose(side) for side in sides):
        return False
    return all(
        abs(cell.x0 - min(s.x0 for s in side)) <= cell.size
        for cell, side in zip(header, sides, strict=True)
    )


def numbered(band: list[Row], gutter: tuple[float, float]) -> bool | None:
    """Whether rows opening with serial numbers make the band columns, or None when
    neither side's rows are numbered so.

    A serial number in a cell of its own opens a table's row, the numbers counting up
    row by row (or starting again at 1 under a new title). Two numbered tables set side
    by side count apart ("1 | BABY FOOD" beside "16 | FLEXI MASK"): columns, each read
    whole, however short their cells. Numbers on one side only, opening most of the
    band's rows, are the first cells of one table's rows ("47 | LUMBO SACRAL BELT"
    beside "Payable for cases who ..."): the rows are read across. A few numbered rows
    (a small table beside a column of prose) decide nothing."""
    left, right = gutter
    sides: tuple[list[int], list[int]] = ([], [])
    together = apart = 0
    for row in band:
        found = (
            _serial([s for s in row if s.x1 <= left]),
            _serial([s for s in row if s.x0 >= right]),
        )
        for side, number in zip(sides, found, strict=True):
            if number is not None:
                side.append(number)
        if None not in found:
            together += 1
            apart += found[0] != found[1]
    counting = [_counts(side) for side in sides]
    if all(counting):
        return apart >= MIN_COUNTING * together
    if any(
        count and len(side) >= MIN_COUNTING * len(band)
        for count, side in zip(counting, sides, strict=True)
    ):
        return False
    return None


def _counts(numbers: list[int]) -> bool:
    """Enough serial numbers, most going on from the one above or starting again at 1."""
    if len(numbers) < MIN_NUMBERED_ROWS:
        return False
    steps = sum(1 for a, b in pairwise(numbers) if b in (a + 1, 1))
    return steps >= MIN_COUNTING * (len(numbers) - 1)


def _serial(part: list[Segment]) -> int | None:
    """The serial number a side's row opens with, in a cell of its own, or None."""
    if len(part) < 2 or len(part[0].words) != 1:
        return None
    text = part[0].words[0].text
    return int(text) if text.isdigit() and len(text) <= SERIAL_DIGITS else None


def _ends_early(side: list[Segment], band: list[Row]) -> bool:
    """The side's lines run on from the top of the band with no gap wider than between
    two paragraphs: a column that ends early (the tail of a list, a short section), not
    the cells of a table of terms, which stand apart down the band beside the longer
    text of each row."""
    tops = sorted(
        (min(w.top for w in s.words), max(w.bottom for w in s.words), s.size) for s in side
    )
    band_top = min(w.top for seg in band[0] for w in seg.words)
    if tops[0][0] - band_top > PARAGRAPH_GAP * tops[0][2]:
        return False
    return all(below[0] - above[1] <= PARAGRAPH_GAP * above[2] for above, below in pairwise(tops))


def alphabetical(band: list[Row], gutter: tuple[float, float]) -> bool:
    """Both sides are one alphabetical list, run down the left side and on down the
    right ("Abilify" ... "Adalat CC" beside "Adderall" ... "Analpram"): the names of an
    index or of a list set in columns, read one column after the other. A table's two
    sides are not both in order; a list set in order across the rows ("Abilify |
    Absorica" / "Adalat | Adderall") has a right side that starts before the left ends."""
    left, right = gutter
    sides = (
        [_key([s for s in row if s.x1 <= left]) for row in band],
        [_key([s for s in row if s.x0 >= right]) for row in band],
    )
    entries = [[key for key in side if key] for side in sides]
    if any(len(side) < MIN_ALPHABETICAL for side in entries):
        return False
    for side in entries:
        ordered = sum(1 for a, b in pairwise(side) if a < b)
        if ordered < MIN_ORDERED * (len(side) - 1):
            return False
    return entries[0][-1] <= entries[1][0]


def _key(part: list[Segment]) -> str:
    """The name a side's row opens, as it sorts; empty when the row opens none there."""
    text = " ".join(_text(s) for s in part)
    return text.casefold() if text[:1].isupper() else ""


def staggered(band: list[Row], gutter: tuple[float, float]) -> int:
    """Rows where one side opens a new entry beside a wrapped line of the other side.

    A table's row begins on both sides at once; lists of short items set in columns
    wrap each item on its own, out of step with the column beside it.
    """
    return sum(1 for kinds in _row_openings(band, gutter) if set(kinds) == {True, False})


def rows_linked(band: list[Row], gutter: tuple[float, float]) -> bool:
    """Both sides open an entry on the same rows, never one beside the other's wrapped
    line: a chart whose rows each link a service to its terms ("Massage therapy |
    Covered when ordered as part of physical therapy"), read row by row, even with a
    gutter wide enough for columns. Entries open together on ``MIN_LINKED`` rows or more,
    and on ``LINKED_SHARE`` of the rows that hold both sides. Columns of prose break their
    lines out of step; lists of cover and exclusions side by side open their items out of
    step too, so one staggered row is enough to keep a band's columns."""
    openings = _row_openings(band, gutter)
    if any(set(kinds) == {True, False} for kinds in openings):
        return False
    together = sum(1 for kinds in openings if kinds == (True, True))
    return together >= max(MIN_LINKED, LINKED_SHARE * len(openings))


def _row_openings(
    band: list[Row], gutter: tuple[float, float]
) -> list[tuple[bool | None, bool | None]]:
    """For each row with words on both sides of the gutter, whether each side's first
    piece opens an entry (``_opens``)."""
    left, right = gutter
    out = []
    for row in band:
        left_part = [s for s in row if s.x1 <= left]
        right_part = [s for s in row if s.x0 >= right]
        if left_part and right_part:
            out.append((_opens(left_part[0]), _opens(right_part[0])))
    return out


def _opens(segment: Segment) -> bool | None:
    """True when the piece opens an entry (a capital), False when it carries one on from
    the line above (a small letter, a bracket it closes or a bracketed aside), None
    when it cannot tell (a figure, an amount, a bullet)."""
    text = _text(segment)
    first = text[0]
    close, opening = text.find(")"), text.find("(")
    if first.islower() or (close != -1 and (opening == -1 or close < opening)):
        return False
    if first == "(" and not ENUMERATOR.match(segment.words[0].text):
        return False
    return True if first.isupper() else None


def prose(segments: list[Segment]) -> bool:
    """Lines of prose or entries of a contents list, not the short cells of a table."""
    if not segments:
        return False
    if median(s.chars for s in segments) >= MIN_PROSE_CHARS:
        return True
    listed = sum(
        1 for s in segments if s.words[-1].text.isdigit() and TRAILING_PAGE.search(_text(s))
    )
    return listed >= MIN_LISTED * len(segments)


def _text(segment: Segment) -> str:
    return " ".join(w.text for w in segment.words)


def header_bands(band: list[Row], gutter: tuple[float, float], body: float) -> list[list[Row]]:
    """The band cut before each of its repeated header rows: a table of two columns
    whose header ("What is covered | What is not covered") is set again over each of
    its rows of cells (one row per section of cover) is read row by row, each row's
    two cells one after the other; read column by column, every section's cover would
    come first and its exclusions after all of them, under the wrong section. A header
    row has short words on both sides of the gutter, set larger than the body text, no
    lead-in's colon at their end ("Not covered: | All charges" is a row of cells), and
    the very same words on another row of the band; a band without such repeats stays
    whole."""
    left, right = gutter
    keys: list[tuple[str, str] | None] = []
    for row in band:
        one = [w for seg in row if seg.x1 <= left for w in seg.words]
        other = [w for seg in row if seg.x0 >= right for w in seg.words]
        header = (
            0 < len(one) <= MAX_HEADER_WORDS
            and 0 < len(other) <= MAX_HEADER_WORDS
            and all(w.size >= HEADER_SIZE * body for w in one + other)
            and not one[-1].text.endswith(":")
            and not other[-1].text.endswith(":")
        )
        text = (" ".join(w.text for w in one).lower(), " ".join(w.text for w in other).lower())
        keys.append(text if header else None)
    counts = Counter(key for key in keys if key)
    starts = [index for index, key in enumerate(keys) if key and counts[key] >= 2]
    if not starts:
        return [band]
    cuts = sorted({0, *starts})
    return [band[a:b] for a, b in pairwise([*cuts, len(band)]) if band[a:b]]
