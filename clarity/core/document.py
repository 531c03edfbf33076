"""The Document: the contract between readers and checks.

Readers turn a file of any format into one normalised ``text`` plus structure
(blocks with headings and section paths) and optional style hints. Checks only
ever see this model, so a new file format never touches a check, and a new
check never cares where the text came from. Every offset in the program points
into ``Document.text``; user-facing positions are derived once, here.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import Literal

from clarity.core.sourcemap import SourceMap, line_starts

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell", "footnote", "caption"]


@dataclass(frozen=True)
class Block:
    """A structural unit of text: sentences never cross a block boundary."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    """Heading level (1-6) for headings; nesting depth for list items."""
    section_path: tuple[str, ...] = ()
    """Titles of the headings this block sits under, outermost first."""
    page: int | None = None
    paragraph: int | None = None
    marker: str = ""
    """List marker as written ("1.2", "(c)", "-"), for list items."""


@dataclass(frozen=True)
class StyleSpan:
    """Presentation of a run of text, as far as the source format tells it."""

    start: int
    end: int
    size_pt: float | None = None
    bold: bool = False
    caps: bool = False
    hidden: bool = False
    colour: str | None = None
    small: bool = False
    """The reader judged this run fine print (much smaller than the body text)."""


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int
    page: int | None = None
    paragraph: int | None = None


@dataclass
class Document:
    """Normalised text of one input, with its structure and style hints."""

    path: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    style: list[StyleSpan] = field(default_factory=list)
    format: str = "text"
    notes: list[str] = field(default_factory=list)
    """Non-fatal remarks from the reader, e.g. an encoding fallback."""
    comments: list[tuple[int, str]] = field(default_factory=list)
    """(text offset, comment body) of source comments such as ``<!-- clarity: ... -->``."""
    suppressions: list[tuple[int, int, str]] = field(default_factory=list)
    """(start, end, code-or-prefix) ranges in which findings of a code are silenced."""
    source_map: SourceMap | None = None
    """Set by readers whose text differs from the file; None means identical."""
    body_pt: float | None = None
    """Size of most of the text, where the format tells it: print no smaller than the body
    is not fine print, however small the whole document is set."""
    suppression_hits: set[int] = field(default_factory=set, repr=False, compare=False)
    """Indexes into ``suppressions`` that silenced at least one finding."""

    def __post_init__(self) -> None:
        self._line_starts: list[int] | None = None
        self._block_starts: list[int] | None = None
        self._heading_parents: dict[str, list[str]] | None = None

    # --- positions -------------------------------------------------------------
    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in the source file) of a text offset."""
        if self.source_map is not None:
            return self.source_map.line_col(offset)
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def block_at(self, offset: int) -> Block | None:
        index = self.block_index_at(offset)
        return None if index is None else self.blocks[index]

    def block_index_at(self, offset: int) -> int | None:
        """Index in ``blocks`` of the block holding ``offset`` (a binary search)."""
        if self._block_starts is None:
            self._block_starts = [b.start for b in self.blocks]
        index = bisect.bisect_right(self._block_starts, offset) - 1
        if index >= 0 and self.blocks[index].start <= offset < self.blocks[index].end:
            return index
        return None

    def heading_count(self, title: str) -> int:
        """How many headings of the document read ``title``, spacing and case aside: a
        title set over a part of every section ("Specific Exclusions") names none."""
        return len(self._parents_of(title))

    def heading_parts(self, title: str) -> int:
        """Under how many different headings a heading reading ``title`` is set: a column
        heading set in each section's table ("Does this cover apply?" under Sections 1 to
        15) names no part, where a running banner repeated under one part names it."""
        return len(set(self._parents_of(title)))

    def _parents_of(self, title: str) -> list[str]:
        """The heading each heading reading ``title`` is set under, one per such heading
        (worked out once for the document)."""
        if self._heading_parents is None:
            self._heading_parents = {}
            for b in self.blocks:
                if b.kind == "heading":
                    key = " ".join(self.text[b.start : b.end].split()).lower()
                    parent = " ".join(b.section_path[-1].split()).lower() if b.section_path else ""
                    self._heading_parents.setdefault(key, []).append(parent)
        return self._heading_parents.get(" ".join(title.split()).lower(), [])

    def locate(self, start: int, end: int) -> Location:
        line, col = self.line_col(start)
        end_line, end_col = self.line_col(max(start, end - 1))
        block = self.block_at(start)
        return Location(
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col + 1,
            page=block.page if block else None,
            paragraph=block.paragraph if block else None,
        )

    def styles_over(self, start: int, end: int) -> list[StyleSpan]:
        """The style spans that overlap ``[start, end)``, in the order of ``style``.

        A PDF carries thousands of spans and the exclusion checks ask for each clause:
        when the spans are in text order (as the readers write them) they are found by
        bisection, walking back from the last span that starts before ``end``.
        """
        index = self._style_index()
        if index is None:
            return [s for s in self.style if s.start < end and start < s.end]
        starts, reach = index
        last = bisect.bisect_left(starts, end)
        first = last
        while first > 0 and reach[first - 1] > start:
            first -= 1
        return [s for s in self.style[first:last] if start < s.end]

    def _style_index(self) -> tuple[list[int], list[int]] | None:
        """Span starts and, at each span, the furthest end reached so far; None when
        the spans are not in order of their starts."""
        key = (id(self.style), len(self.style))
        cached = getattr(self, "_style_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        starts = [s.start for s in self.style]
        index: tuple[list[int], list[int]] | None = None
        if all(a <= b for a, b in itertools.pairwise(starts)):
            reach: list[int] = []
            furthest = -1
            for span in self.style:
                furthest = max(furthest, span.end)
                reach.append(furthest)
            index = (starts, reach)
        self._style_cache = (key, index)
        return index

    def is_suppressed(self, code: str, offset: int) -> bool:
        hit = False
        for index, (lo, hi, prefix) in enumerate(self.suppressions):
            if lo <= offset < hi and (code.startswith(prefix) or prefix == "all"):
                self.suppression_hits.add(index)
                hit = True
        return hit

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]
