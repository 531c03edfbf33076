"""Mapping from normalised-text offsets back to where a user sees the text.

Readers may rewrite text while normalising it (join a word hyphenated across a
line break, drop a carriage return). They record an anchor at each place the
two texts stop lining up; everything between anchors maps one to one. This keeps
every check working on clean text while every finding still points at the line
and column of the original file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


@dataclass
class SourceMap:
    """Piecewise-linear map of text offsets to source offsets."""

    source: str
    text_anchors: list[int] = field(default_factory=lambda: [0])
    source_anchors: list[int] = field(default_factory=lambda: [0])

    def __post_init__(self) -> None:
        self._line_starts = line_starts(self.source)

    @property
    def line_starts(self) -> list[int]:
        """Offsets at which each line of the source starts."""
        return self._line_starts

    def anchor(self, text_offset: int, source_offset: int) -> None:
        self.text_anchors.append(text_offset)
        self.source_anchors.append(source_offset)

    def to_source(self, offset: int) -> int:
        index = bisect.bisect_right(self.text_anchors, offset) - 1
        return self.source_anchors[index] + (offset - self.text_anchors[index])

    def line_col(self, offset: int) -> tuple[int, int]:
        src = min(self.to_source(offset), len(self.source))
        index = bisect.bisect_right(self._line_starts, src) - 1
        return index + 1, src - self._line_starts[index] + 1


class TextBuilder:
    """Accumulates normalised text and the anchors that map it back to source."""

    def __init__(self, source: str) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.map = SourceMap(source)
        self._expected_source = 0

    def add(self, piece: str, source_offset: int) -> int:
        """Append ``piece`` that came from ``source_offset``; returns its text offset."""
        start = self._length
        if source_offset != self._expected_source:
            self.map.anchor(start, source_offset)
        self._parts.append(piece)
        self._length += len(piece)
        self._expected_source = source_offset + len(piece)
        return start

    def add_synthetic(self, piece: str) -> int:
        """Append text with no source of its own (a separator between blocks)."""
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return start

    @property
    def length(self) -> int:
        return self._length

    def text(self) -> str:
        return "".join(self._parts)
