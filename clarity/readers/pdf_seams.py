"""A sentence cut by a page or column break: when the next column's first line carries it on.

A paragraph or list item whose last line sits at the foot of a column may go on
at the top of the next column or page. Joining the two halves keeps a clause
whole; joining two unrelated texts garbles them, so the join asks for the same
reading flow and for words that plainly carry on:

* the first half visibly does not end a sentence: no closing punctuation, and
  the second half starts in lower case (or, after an article such as "the",
  with a capitalised defined term; after "more than", "within" and the like,
  with a figure);
* the second half is where the flow goes on: the first line read on the next
  page, the top of the next column to the right, or just below the last line;
  and nothing else is set just above it (when the top row of a column was
  merged with a row beside it, the line we have is the column's second: the
  words between the halves are missing);
* both columns have about the same measure (width): a row that merges two
  columns, or a table's narrow cell, is not the same flow;
* the last line is full: the second half's first word would not have fitted
  at its end, so the line did not end there on purpose.

Running headers, footers and page numbers are gone before this is asked
(``pdf_furniture``), so they never sit between the halves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clarity.readers.pdf_layout import PdfLine

Measures = dict[tuple[int, int], tuple[float, float, int]]
"""Left and right edge of the lines of each (page, column), and how many lines it has."""

SENTENCE_END = ".;:?!)"
LINE_GAP = 0.8
"""Largest gap between two lines of one paragraph, in font sizes."""
MAX_MEASURE_RATIO = 1.3
"""The wider of the two columns is at most this many times the narrower."""
MEASURED_LINES = 3
"""Lines a column needs for its width to tell: the last page may hold one short line."""
SAME_SIZE = 1.0
"""Points two lines' sizes may differ by and still be text of one column."""
SPACE = 0.3
"""Width of a word space, in font sizes."""
FILLED = 0.75
"""Share of its column's width a line broken for want of room reaches at least."""
SLACK = 0.5
"""Room a line must have left, in font sizes, for the next word to count as fitting."""
_ARTICLES = frozenset(["the", "a", "an"])
"""Words no sentence ends on: a capitalised word after them is a defined term going on."""
_PREPOSITIONS = frozenset(["of", "to", "for", "in", "by", "with", "within", "after", "before"])
_BEFORE_FIGURE = _ARTICLES | _PREPOSITIONS | frozenset(["than", "least", "and", "or", "over"])
"""Words that lead on to a figure: a line ending in one carries on into "60 days"."""
_LAST_WORD = re.compile(r"\b\w+$")


def measures(pages: Iterable[list[PdfLine]]) -> Measures:
    """The left and right edge of every column of every page, and its number of lines."""
    out: Measures = {}
    for lines in pages:
        for line in lines:
            key = (line.page, line.column)
            edges = out.get(key)
            if edges is None:
                out[key] = (line.x0, line.x1, 1)
            else:
                out[key] = (min(edges[0], line.x0), max(edges[1], line.x1), edges[2] + 1)
    return out


def runs_across(last: PdfLine, line: PdfLine, page: list[PdfLine], edges: Measures) -> bool:
    """``line``, first of a new column or page, carries on the sentence ``last`` ends.

    ``page`` holds the lines of ``line``'s page.
    """
    if not carries_on(last.text, line.text):
        return False
    here, there = edges[(last.page, last.column)], edges[(line.page, line.column)]
    if _just_below(last, line, there):
        here = there  # columns that begin one row under the last line: the same flow
    elif not _next_column_or_page(last, line):
        return False
    return _alike(here, there) and _full(last, line, here[1]) and not _set_under(line, page, last)


def carries_on(last: str, first: str) -> bool:
    """The words of ``first`` carry on the unfinished sentence of ``last``."""
    if not last or not first or last[-1] in SENTENCE_END:
        return False
    if first[0].islower():
        return True
    found = _LAST_WORD.search(last[-12:])
    word = found.group().lower() if found else ""
    if first[0].isdigit():
        return word in _BEFORE_FIGURE  # "more than | 60 days"; a list number is a marker
    return first[0].isupper() and word in _ARTICLES


_DECIMAL = re.compile(r"\d+\.\d+")
"""A decimal figure ("7.5")."""


def figure_goes_on(previous: str, marker: str, line: str) -> bool:
    """A bare figure opening a line ("60 days since ...", "7.5 dioptres") after a line
    that leads on to one ("... more than", "... less than") is inside the sentence, no
    list number."""
    if marker.isdigit():
        return carries_on(previous, marker)
    # a decimal goes on only into a measure in small letters ("7.5 dioptres"), and not
    # after "and"/"or": there it numbers the next clause of a list ("...; or" / "9.4 that
    # has occurred ..."), or a section ("5.19 MORATORIUM PERIOD"), as a section number would
    last = _LAST_WORD.search(previous[-12:])
    joins = last is not None and last.group().lower() in ("and", "or")
    after = line[len(marker) :].lstrip()[:1]
    return (
        _DECIMAL.fullmatch(marker) is not None
        and after.islower()
        and not joins
        and carries_on(previous, marker)
    )


def _next_column_or_page(last: PdfLine, line: PdfLine) -> bool:
    if line.page == last.page + 1:
        return True  # the caller gives the first line read on the next page
    # back up, at the top of the next column to the right
    return line.page == last.page and line.top < last.top and line.x0 > (last.x0 + last.x1) / 2


def _just_below(last: PdfLine, line: PdfLine, there: tuple[float, float]) -> bool:
    """``line`` sits right under ``last``, and ``last`` fits in ``line``'s column."""
    if line.page != last.page or line.top < last.top:
        return False
    gap = line.top - last.bottom
    inside = there[0] - last.size <= last.x0 and last.x1 <= there[1] + last.size
    return gap <= LINE_GAP * last.size and inside and last.x0 - last.size <= line.x0 < last.x1


def _alike(here: tuple[float, float, int], there: tuple[float, float, int]) -> bool:
    """The column that carries on is not much wider than the one cut (a row merged from
    two columns), nor, when it has lines enough to tell, much narrower (the cut line
    was such a row)."""
    cut, going_on = here[1] - here[0], there[1] - there[0]
    if cut <= 0 or going_on <= 0 or going_on > MAX_MEASURE_RATIO * cut:
        return False
    return there[2] < MEASURED_LINES or cut <= MAX_MEASURE_RATIO * going_on


def wraps_into(last: PdfLine, line: PdfLine, edges: Measures) -> bool:
    """``line`` sits under ``last`` in its column and its first word would not have
    fitted at the end of ``last``: a line broken at the column's edge."""
    if (line.page, line.column) != (last.page, last.column):
        return False
    return _full(last, line, edges[(last.page, last.column)][1])


def fills_measure(line: PdfLine, edges: Measures) -> bool:
    """The line reaches most of the way across its column (a short title over a long
    word in a narrow column was not broken for want of room)."""
    left, right, _count = edges[(line.page, line.column)]
    return right > left and line.x1 - left >= FILLED * (right - left)


def _full(last: PdfLine, line: PdfLine, right: float) -> bool:
    """The next word would not have fitted at the end of ``last``."""
    word = line.words[0]
    needed = (SPACE + SLACK) * last.size + (word.x1 - word.x0)
    return last.x1 + needed > right


def _set_under(line: PdfLine, page: list[PdfLine], last: PdfLine) -> bool:
    """Words of another line (not ``last``) sit just above ``line``, over the same stretch
    and at its size (a heading above the columns does not count)."""
    for other in page:
        if other is line or other is last or other.top > line.top - 0.25 * line.size:
            continue  # not above it (a row of the next column over starts at about its top)
        if line.top - other.bottom > LINE_GAP * line.size:
            continue  # too far above
        for word in other.words:
            over = word.x0 < line.x1 and line.x0 < word.x1
            if over and abs(word.size - line.size) <= SAME_SIZE:
                return True
    return False
