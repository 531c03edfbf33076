"""Headings the pages repeat, which cut no list.

A PDF whose footer repeats the part's name on each page ("PART IV - BENEFITS"), or sets a
page mark of a letter ("P"), leaves that line in the text as a heading. Where a page ends
on a lead-in ("Payment will not be made for any loss to which a contributing cause is:")
the heading falls between the lead-in and its first item, and would cut the items from it.
Such a heading starts nothing. A lone word repeated ("Exclusions") may well start the
section it names, and a heading met once is a heading: both still end the lead-in.
"""

from __future__ import annotations

from collections import Counter

from clarity.checks.exclusions.leads import Lead
from clarity.core.document import Block, Document

RUNNING_NAME_REPEATS = 3
"""Times a heading's words must recur as a heading to be a running section name."""


class RunningNames:
    """The headings of one document, counted by their words."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.counts = Counter(self._words(b) for b in document.blocks if b.kind == "heading")

    def cut_list(self, index: int, leads: list[Lead]) -> bool:
        """Is the heading at ``index`` a running name set between the open lead-in and
        its first item?"""
        blocks = self.doc.blocks
        if not leads or leads[-1].items_level or index + 1 >= len(blocks) or index < 1:
            return False
        before, after = blocks[index - 1], blocks[index + 1]
        if after.kind != "list_item" or not before.start <= leads[-1].span[0] < before.end:
            return False
        words = self._words(blocks[index])
        named = len(words.split()) >= 2 or len(words) <= 2  # not a lone word
        return named and self.counts[words] >= RUNNING_NAME_REPEATS

    def _words(self, block: Block) -> str:
        return " ".join(self.doc.text[block.start : block.end].split()).lower()
