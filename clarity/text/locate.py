"""Line, column, page and paragraph of many text spans at once.

``Document.locate`` answers for one span with three binary searches and a
``Location``; the engine asks for every finding of a document, thousands on a
long policy, where those searches and objects were a tenth of the analysis. Here
each search runs once over all offsets (``numpy.searchsorted``, which spaCy
already imports) and gives exactly what ``Document.locate`` gives
(tests/test_locate.py compares the two).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from clarity.core.sourcemap import SourceMap

if TYPE_CHECKING:
    from clarity.core.document import Document

Place = tuple[int, int, int, int, int | None, int | None]
"""(line, column, end line, end column, page, paragraph), as in ``Location``."""


def locate_all(document: Document, spans: Sequence[tuple[int, int]]) -> list[Place]:
    """``Document.locate(start, end)`` of each span, as tuples, in the same order."""
    if not spans:
        return []
    import numpy as np

    offsets = np.array(spans, dtype=np.int64).reshape(len(spans), 2)
    starts = offsets[:, 0]
    lasts = np.maximum(starts, offsets[:, 1] - 1)
    lines, columns = _line_cols(document, starts)
    end_lines, end_columns = _line_cols(document, lasts)
    pages, paragraphs = _blocks(document, starts)
    return list(
        zip(
            lines.tolist(),
            columns.tolist(),
            end_lines.tolist(),
            (end_columns + 1).tolist(),
            pages,
            paragraphs,
            strict=True,
        )
    )


def _line_cols(document: Document, offsets):  # type: ignore[no-untyped-def]
    """1-based lines and columns in the source file (``Document.line_col``)."""
    import numpy as np

    source_map = document.source_map
    if source_map is not None and type(source_map).line_col is not SourceMap.line_col:
        # a reader's own numbering (a PDF's lines restart on every page): ask it
        pairs = [source_map.line_col(offset) for offset in offsets.tolist()]
        lines, columns = zip(*pairs, strict=True) if pairs else ((), ())
        return np.asarray(lines, dtype=np.int64), np.asarray(columns, dtype=np.int64)
    if source_map is not None:
        text_anchors = np.asarray(source_map.text_anchors, dtype=np.int64)
        source_anchors = np.asarray(source_map.source_anchors, dtype=np.int64)
        piece = np.searchsorted(text_anchors, offsets, side="right") - 1
        offsets = np.minimum(
            source_anchors[piece] + (offsets - text_anchors[piece]), len(source_map.source)
        )
        line_starts = source_map.line_starts
    else:
        line_starts = document.line_starts
    starts = np.asarray(line_starts, dtype=np.int64)
    index = np.searchsorted(starts, offsets, side="right") - 1
    return index + 1, offsets - starts[index] + 1


def _blocks(document: Document, offsets) -> tuple[list[int | None], list[int | None]]:  # type: ignore[no-untyped-def]
    """Page and paragraph of the block holding each offset (None outside blocks)."""
    import numpy as np

    blocks = document.blocks
    if not blocks:
        return [None] * len(offsets), [None] * len(offsets)
    block_starts = np.asarray([b.start for b in blocks], dtype=np.int64)
    pages: list[int | None] = []
    paragraphs: list[int | None] = []
    indexes = np.searchsorted(block_starts, offsets, side="right") - 1
    for offset, index in zip(offsets.tolist(), indexes.tolist(), strict=True):
        block = blocks[index] if index >= 0 else None
        if block is not None and block.start <= offset < block.end:
            pages.append(block.page)
            paragraphs.append(block.paragraph)
        else:
            pages.append(None)
            paragraphs.append(None)
    return pages, paragraphs
