"""Page furniture: running headers and footers, page numbers, table-of-contents entries.

A running header or footer sits in the top or bottom margin and repeats on
most pages. Its wording may vary a little from page to page (a page number, a
section name, a date inside a trademark notice), so rows are compared by their
words, digits ignored, and count as the same when most of their words are
shared. Such rows are dropped so they neither break sentences nor earn
findings of their own on every page.

A running section header names the section the page belongs to ("Section 2
Contents continued"): it repeats only on that section's pages, too few to count
as running, but it restates the title the section opened with, set large on an
earlier page, with at most a word added. It is dropped too: left in, it would cut
a list that runs on over the page break from the lead-in above it (as a heading,
or as a paragraph between two items).

A watermark ("SAMPLE DOCUMENT", "SPECIMEN" across a page) is set as single letters,
large and in near-white ink; its letters land inside sentences and headings wherever
they cross the text. They are dropped: a drop cap or a heading on a dark box is dark
ink, or more than a letter per word, or one letter alone on its page. A watermark set
as whole words in dark ink is told by its size (five times the body's) and by its
coming back on most pages; it is dropped too.

Table-of-contents entries stay in the text (they are the document's words) but
each becomes a line of its own, so a contents page never reads as one long
sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from clarity.readers.pdf_chars import PdfPage, PdfWord
from clarity.readers.pdf_columns import TRAILING_PAGE
from clarity.readers.pdf_layout import PdfLine

MARGIN = 0.12
"""Share of the page height at top and bottom where running headers and footers live."""
SAME_ROW = 0.7
"""Share of words two margin rows must have in common to count as one running row."""
TOC_RUN = 3
"""Consecutive lines ending in rising page numbers that make a table of contents."""
PART_RUN = 3
"""Consecutive pages a small margin row must repeat on to be the running footer of one
part of a document bound from several (a form number on each page of one form)."""

FOOT_REACH = 2.5
"""Body line heights above the bottom margin that a footer's upper row may reach."""
HEAD_ZONE = 0.25
"""Share of the page height, from the top, that a header of several rows may fill."""
SAME_TOP = 1.5
"""Points a header row's height on the page may vary by from page to page."""

SIDE_MARGIN = 0.08
"""Share of the page width, at each side, where a page number set in the margin lives."""
SIDE_RUN = 3
"""Pages whose side-margin number runs with the page count before such numbers are
page numbers."""

WATERMARK_SIZE = 2.0
"""Watermark letters are at least this many times the body size."""
WATERMARK_LETTERS = 3
"""Letters of that kind a page needs before they are read as a watermark."""
WATERMARK_WORD_SIZE = 5.0
"""A watermark set as whole words is at least this many times the body size ..."""
WATERMARK_PAGES = 2
"""... and on more than half the pages, and on this many at least."""

_PAGE_NUMBER = re.compile(
    r"^\W*(?:(?:page|sivu|side|p\.)\s*)?(?:\d{1,4}|[ivxl]{1,6})"
    r"(?:\s*(?:/|of|\||-|–)\s*\d{1,4})?\W*$",
    re.I,
)
_CLAUSE_END = frozenset(".,;:!?")
_WORDS = re.compile(r"[^\W\d_]+")
_LEADER_MARKS = ("...", "…", ". . .", "____", "···")
_DOT_LEADER = re.compile(r"\S.*?(?:\.{3,}|…{2,}|(?:\. ){3,}|_{4,}|·{3,})\s*\d{1,4}\s*$")


@dataclass
class Furniture:
    lines: int = 0
    words: int = 0


def drop_running(pages: list[list[PdfLine]], heights: list[float], body: float) -> Furniture:
    """Remove margin rows that repeat on most pages, and lone page numbers; in place.

    A large row is a running header only when its very wording (digits too) is at the
    top or bottom of most pages, as a company name set large on every page is: matched
    with digits ignored, numbered headings ("Section 2", "Section 3") would look alike.
    Kept, such a row would read as a heading on every page and end the section a list
    runs on in.
    """

    def in_margin(line: PdfLine) -> bool:
        height = heights[line.page - 1]
        return line.top < height * MARGIN or line.bottom > height * (1 - MARGIN)

    def near_foot(line: PdfLine) -> bool:
        height = heights[line.page - 1]
        return line.bottom > height * (1 - MARGIN) - FOOT_REACH * body and line.size < body * 1.2

    def low(line: PdfLine) -> bool:  # small, in the page's lower quarter
        return line.size < body * 1.2 and line.top > heights[line.page - 1] * (1 - HEAD_ZONE)

    groups = _RowGroups()
    titles: list[tuple[int, frozenset[str]]] = []  # (page, words) of rows set large
    large_rows: dict[str, set[int]] = {}  # exact wording of large margin rows -> pages
    foot_rows: dict[str, set[int]] = {}  # wording of small rows just above the foot -> pages
    low_rows: dict[str, set[int]] = {}  # words of small rows in the lower quarter -> pages
    head_rows: dict[str, list[tuple[int, float]]] = {}  # rows below the top margin -> (page, top)
    for lines in pages:
        for line in lines:
            if not in_margin(line) and line.top < heights[line.page - 1] * HEAD_ZONE:
                head_rows.setdefault(_wording(line), []).append((line.page, line.top))
            if not in_margin(line) and near_foot(line):
                foot_rows.setdefault(_key(line.text), set()).add(line.page)
            if not in_margin(line) and low(line):
                low_rows.setdefault(_key(line.text), set()).add(line.page)
            if in_margin(line):
                groups.add(line)
                if line.size >= body * 1.2:
                    large_rows.setdefault(_wording(line), set()).add(line.page)
            if line.words[0].size >= body * 1.2 and line.size >= body * 1.2:
                words = frozenset(_WORDS.findall(_key(line.text)))
                if words:
                    titles.append((line.page, words))
    threshold = max(2, (len(pages) + 1) // 2)

    def running_margin(line: PdfLine) -> bool | None:
        if not in_margin(line):
            return None
        if line.size < body * 1.2:
            return groups.pages_of(line) >= threshold
        return len(large_rows.get(_wording(line), ())) >= threshold

    removed = Furniture()
    for index, lines in enumerate(pages):
        kept = []
        header = (
            _header_rows(lines, heights[index], head_rows, threshold, running_margin)
            if len(pages) > 2
            else set()
        )
        for line in lines:
            margin = in_margin(line)
            marginal = margin and line.size < body * 1.2
            running = marginal and len(pages) > 1 and groups.pages_of(line) >= threshold
            if marginal and not running and _form_number(line, heights[index]):
                running = groups.on_run_of_pages(line)
            if margin and not marginal and len(pages) > 2:
                marginal = running = len(large_rows[_wording(line)]) >= threshold
            if not margin and near_foot(line) and _on_run(foot_rows.get(_key(line.text), set())):
                # a footer of two rows ("Includes copyrighted material of ... with its
                # permission." above "CP 00 10 10 12 Page 6 of 14"): its upper row sits
                # just above the margin, word for word the same on a run of pages
                marginal = running = True
            if not (margin or marginal) and id(line) in header:
                marginal = running = True
            if not (margin or marginal) and len(pages) > 2 and low(line):
                # a footer set above the margin ("5 Raheja QBE ... Policy" over the
                # company's address, at 80% of the page's height): a small row in the
                # lower quarter of most pages, digits aside
                marginal = running = len(low_rows.get(_key(line.text), ())) >= threshold
            top = line.top < heights[index] * MARGIN
            running = running or (marginal and top and _restates_title(line, titles))
            if marginal and (running or _PAGE_NUMBER.match(line.text)):
                removed.lines += 1
                removed.words += len(line.words)
            else:
                kept.append(line)
        pages[index] = kept
    return removed


def _header_rows(
    lines: list[PdfLine],
    height: float,
    head_rows: dict[str, list[tuple[int, float]]],
    threshold: int,
    running_margin: Callable[[PdfLine], bool | None],
) -> set[int]:
    """The ids of a page's header rows below the top margin: a header of several rows
    (a letterhead of three rows, then the product's name and its code) reaches below it.
    From the top of the page down, each row word for word the same, at the same height,
    on most pages (``threshold``), right under a running row of the top margin, until
    the first row that is not: the body's text is never a header, even when each page
    opens with the same words. ``running_margin`` tells a row in the
    top margin that runs (True) from one that is the page's own ("Part 2": False) and
    from a row outside the margin (None)."""
    found: set[int] = set()
    if threshold < 2 or not lines:
        return found
    below_header = False  # a running row in the top margin above: the header goes on
    for line in sorted(lines, key=lambda row: row.top):
        margin = running_margin(line)
        if margin is not None:
            if not margin:
                break
            below_header = True
            continue
        if not below_header or line.top >= height * HEAD_ZONE:
            break
        same = {p for p, t in head_rows.get(_wording(line), ()) if abs(t - line.top) <= SAME_TOP}
        if len(same) < threshold:
            break
        found.add(id(line))
    return found


def drop_side_numbers(pages: list[PdfPage]) -> Furniture:
    """Remove page numbers printed in a side margin, halfway down the page; in place.

    A booklet may print its page number beside the text at the page's outer edge, as a
    thumb tab, not at its head or foot. Left in, the number joins the row of text beside
    it, and ends the paragraph it sits in ("This policy will cover you for the | 46"),
    so the sentence going on in the next column is read alone, its meaning reversed. A
    bare number there is a page number when, on ``SIDE_RUN`` pages or more, it keeps
    one distance from the page's index (printed page 46 on the 48th sheet, 47 on the
    49th): a table's figures do not. Words, not rows: the row is not yet cut in columns.
    """
    found: dict[int, list[tuple[PdfPage, PdfWord]]] = {}  # number minus page index
    for index, page in enumerate(pages):
        numbers = [word for word in page.words if _side_number(word, page.width)]
        if len(numbers) == 1 and _apart(numbers[0], page.words):
            # one number, standing out beyond all the page's text: a column of
            # figures at the edge is a table's, a number at a line's end is prose
            found.setdefault(int(numbers[0].text) - index, []).append((page, numbers[0]))
    removed = Furniture()
    for side in found.values():
        if len({id(page) for page, _ in side}) < SIDE_RUN:
            continue
        for page, word in side:
            page.words.remove(word)
            removed.lines += 1
            removed.words += 1
    return removed


def _side_number(word: PdfWord, width: float) -> bool:
    """A bare number on the page, within ``SIDE_MARGIN`` of its left or right edge."""
    if not (word.text.isdigit() and len(word.text) <= 4) or word.x0 < 0 or word.x1 > width:
        return False
    return word.x1 < width * SIDE_MARGIN or word.x0 > width * (1 - SIDE_MARGIN)


def _apart(number: PdfWord, words: list[PdfWord]) -> bool:
    """Does ``number`` stand out in the margin: no other word of its page reaches it?"""
    others = [word for word in words if word is not number]
    if not others:
        return True
    if number.x0 < min(w.x0 for w in others):
        return all(w.x0 > number.x1 for w in others)
    return all(w.x1 < number.x0 for w in others)


def _on_run(pages: set[int]) -> bool:
    """Are the pages ``PART_RUN`` in a row, or more?"""
    return any(all(page + step in pages for step in range(PART_RUN)) for page in pages)


def _form_number(line: PdfLine, height: float) -> bool:
    """A footer row with a number in it ("CG 00 01 12 07", "CGL E2211 OH Page 29 of 70"):
    a policy bound from several forms (a coverage form, then its endorsements) prints
    each form's number at the foot of that form's pages only, fewer than half the
    document's but a run of them (``PART_RUN``). A section name repeated at the top or
    foot of its pages ("SECTION 1: BUILDINGS", "What is covered What is not covered")
    has no number and stays: it is the section's heading."""
    return line.bottom > height * (1 - MARGIN) and any(c.isdigit() for c in line.text)


def _wording(line: PdfLine) -> str:
    """A row's very wording, digits kept: how a large running row is matched."""
    return line.text.strip().lower()


def _restates_title(line: PdfLine, titles: list[tuple[int, frozenset[str]]]) -> bool:
    """The row holds every word of a title of two words or more set large on an earlier
    page, and at most one word more ("continued"): a running section header. A row
    that ends a clause ("insured amount;") is text, however its words fall."""
    if line.text[-1:] in _CLAUSE_END:
        return False
    words = frozenset(_WORDS.findall(_key(line.text)))
    return any(
        page <= line.page and len(title) >= 2 and title <= words and len(words - title) <= 1
        for page, title in titles
    )


class _RowGroups:
    """Margin rows grouped by shared words; each group counts the pages it is on."""

    def __init__(self) -> None:
        self._exact: dict[str, int] = {}
        self._words: list[frozenset[str]] = []
        self._pages: list[set[int]] = []
        self._group_of: dict[int, int] = {}
        self._having: dict[str, set[int]] = {}
        """Groups whose words include a given word."""

    def add(self, line: PdfLine) -> None:
        key = _key(line.text)
        group = self._exact.get(key)
        if group is None:
            words = frozenset(_WORDS.findall(key))
            group = self._similar(words)
            if group is None:
                group = len(self._words)
                self._words.append(words)
                self._pages.append(set())
                for word in words:
                    self._having.setdefault(word, set()).add(group)
            self._exact[key] = group
        self._pages[group].add(line.page)
        self._group_of[id(line)] = group

    def pages_of(self, line: PdfLine) -> int:
        group = self._group_of.get(id(line))
        return 0 if group is None else len(self._pages[group])

    def on_run_of_pages(self, line: PdfLine) -> bool:
        """Is the row's group on ``PART_RUN`` pages in a row?"""
        group = self._group_of.get(id(line))
        return _on_run(self._pages[group] if group is not None else set())

    def _similar(self, words: frozenset[str]) -> int | None:
        if len(words) < 3:
            return None  # too few words to tell a variant from a different row
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(self._having.get(word, ()))
        enough = SAME_ROW * len(words)
        for index in sorted(i for i, n in shared.items() if n >= enough):
            other = self._words[index]
            if len(other) >= 3 and len(words & other) >= SAME_ROW * len(words | other):
                return index
        return None


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _leader_entry(text: str) -> bool:
    """A dot leader before a page number (quick tests first: most lines are prose)."""
    if not text[-1:].isdigit() or not any(mark in text for mark in _LEADER_MARKS):
        return False
    return bool(_DOT_LEADER.match(text))


def _trailing_page(text: str) -> re.Match[str] | None:
    return TRAILING_PAGE.search(text[-40:]) if text[-1:].isdigit() else None


def toc_entries(lines: list[PdfLine]) -> set[int]:
    """Indexes of the lines that are table-of-contents entries.

    An entry has a dot leader before its page number, or is one of at least
    ``TOC_RUN`` consecutive lines that each end in a page number, the numbers
    never falling.
    """
    found = {i for i, line in enumerate(lines) if _leader_entry(line.text)}
    run: list[int] = []
    last = -1
    for index, line in enumerate([*lines, None]):  # type: ignore[list-item]
        match = _trailing_page(line.text) if line is not None else None
        number = int(match.group(1)) if match else -1
        if match and (not run or number >= last):
            run.append(index)
            last = number
            continue
        if len(run) >= TOC_RUN:
            found.update(run)
        run, last = ([index], number) if match else ([], -1)
    return found


def drop_watermark(pages: list[PdfPage], body: float) -> None:
    """Remove the letters of a watermark from each page, and a watermark word set whole
    (see the module docstring)."""
    _drop_watermark_words(pages, body)
    for page in pages:
        marks = [
            w
            for w in page.words
            if w.light and len(w.text.strip()) == 1 and w.size >= body * WATERMARK_SIZE
        ]
        if len(marks) >= WATERMARK_LETTERS:
            dropped = {id(w) for w in marks}
            page.words = [w for w in page.words if id(w) not in dropped]


def _drop_watermark_words(pages: list[PdfPage], body: float) -> None:
    """Remove a word set huge on most pages ("SPECIMEN" at 136 pt over 10 pt text, dark
    ink): PDFium puts it in the reading order wherever it crosses the text, where it
    reads as a heading inside a list or a word inside a sentence. A title set large
    is on one page, a running header in the margin at a heading's size."""
    huge = [{w.text for w in page.words if w.size >= body * WATERMARK_WORD_SIZE} for page in pages]
    counts = Counter(text for texts in huge for text in texts)
    needed = max(WATERMARK_PAGES, len(pages) // 2 + 1)
    marks = {text for text, count in counts.items() if count >= needed}
    if not marks:
        return
    for page in pages:
        page.words = [
            w for w in page.words if not (w.text in marks and w.size >= body * WATERMARK_WORD_SIZE)
        ]
