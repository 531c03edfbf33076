"""spaCy tokens for the parts of a text a check needs, not for the whole text.

Two checks read tokens: lemma phrases ("in the event of" also finds "in the
events of") and "shall" (the verb after it). Tokenizing a whole policy costs more
than any check; the parts those two need are a fifth of a typical policy.

This is exact because of how spaCy's tokenizer works: it first splits the text
at whitespace, then tokenizes each whitespace-free chunk on its own (prefixes,
suffixes, infixes, special cases). A stretch of text that begins and ends at a
chunk boundary therefore gets exactly the tokens it gets inside the whole text,
and ``widen`` only ever returns such stretches. The stretches are joined with a
blank line (a whitespace token no rule matches) and tokenized in one call;
``Excerpts`` maps token offsets back to the text. The whole text is tokenized
as it is, without the blank line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from clarity.text.nlp import tokenizable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_SEPARATOR = "\n\n"


@cache
def _chunks_ahead(count: int) -> re.Pattern[str]:
    """The rest of the chunk at the match start, then up to ``count`` more chunks."""
    return re.compile(r"\S*(?:\s+\S+){0,%d}" % count)  # noqa: UP031 (braces)


class Widener:
    """Grows spans of one text to whole chunks plus neighbouring chunks.

    Going back is going forward in the reversed text, so both directions are
    one regex match, whatever the length of the chunks.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._reversed = text[::-1]

    def widen(self, start: int, end: int, before: int, after: int) -> tuple[int, int]:
        """[start, end) grown to the whole chunks it touches, and ``before`` chunks
        before and ``after`` chunks after them (fewer at the ends of the text)."""
        size = len(self.text)
        back = _chunks_ahead(before).match(self._reversed, size - start)
        ahead = _chunks_ahead(after).match(self.text, end)
        assert back is not None and ahead is not None  # \S* and {0,n} always match
        return size - back.end(), ahead.end()


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Excerpts:
    """Tokens of some stretches of a text, with offsets mapped back to the text."""

    doc: Doc
    """One Doc of all stretches, each followed by a blank line."""
    starts: tuple[int, ...]
    """Where each stretch begins in the text."""
    offsets: tuple[int, ...]
    """Where each stretch begins in ``doc.text``."""

    def to_text(self, offset: int) -> int:
        """The text offset of an offset in ``doc.text`` (one inside a stretch)."""
        index = bisect.bisect_right(self.offsets, offset) - 1
        return offset - self.offsets[index] + self.starts[index]

    def char_span(self, lo: int, hi: int) -> tuple[int, int]:
        """Text offsets of the tokens ``doc[lo:hi]`` (one stretch, ``hi > lo``)."""
        first, last = self.doc[lo], self.doc[hi - 1]
        return self.to_text(first.idx), self.to_text(last.idx + len(last.text))

    @cached_property
    def token_starts(self) -> list[int]:
        """The text offset of every token, in order. A separator maps to the end of
        the stretch before it, which comes before the next stretch's start, so the
        list is sorted."""
        if len(self.doc) == 0:
            return []
        import numpy as np
        from spacy.attrs import IDX

        idx = self.doc.to_array(IDX)
        offsets = np.asarray(self.offsets, dtype=idx.dtype)
        starts = np.asarray(self.starts, dtype=idx.dtype)
        stretch = np.searchsorted(offsets, idx, side="right") - 1
        return (idx - offsets[stretch] + starts[stretch]).tolist()  # type: ignore[no-any-return]

    def tokens_between(self, start: int, end: int) -> tuple[int, int]:
        """``(lo, hi)``: the tokens of ``doc`` that start inside text offsets [start, end)."""
        starts = self.token_starts
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


def tokenize_excerpts(nlp: Language, text: str, spans: Iterable[tuple[int, int]]) -> Excerpts:
    """Tokens of ``text[start:end]`` for each span, which must come from ``Widener``."""
    merged = [(start, end) for start, end in merge(spans) if end > start]
    if merged == [(0, len(text))]:
        # The whole text: tokenized as it is, so its last whitespace token is its own.
        return Excerpts(nlp(tokenizable(text)), (0,), (0,))
    pieces: list[str] = []
    starts: list[int] = []
    offsets: list[int] = []
    position = 0
    for start, end in merged:
        starts.append(start)
        offsets.append(position)
        pieces.append(text[start:end])
        pieces.append(_SEPARATOR)
        position += end - start + len(_SEPARATOR)
    return Excerpts(nlp(tokenizable("".join(pieces))), tuple(starts), tuple(offsets))
