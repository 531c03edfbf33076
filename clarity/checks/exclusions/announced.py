"""Titled exclusions that a paragraph announces, as US endorsements set them.

"The following exclusions are added to Section I ..." (or "... to which any of the
below exclusions apply.") and then one title per exclusion, each set as a heading
("Asbestos", "Cross-Suits") with its clause under it. A title carries no trigger word
and sits under no exclusions heading, so without the announcement its clause reads as
plain text. Each title after the announcement is read as under it, until a heading at
the level of the form's own title or further out (the next endorsement), a heading
further out than the first title, a line of text that titles a new part of the form
("III. Definitions", "C. Exclusions Applicable to ...", which a new announcement may
follow), or the item after an announcement set as a list item ("B." after "A. The
following exclusion is added to ...:"), where the endorsement's next change begins. An
announcement followed by list items before any title lists its exclusions as those
items: no titles follow it, and a heading later on ("HOW TO CLAIM") is none of them.
"""

from __future__ import annotations

from clarity.checks.exclusions.leads import marker_shape
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.core.document import Block, Document
from clarity.readers.structure import follows
from clarity.text.sentences import count_words

TITLE_LINE_WORDS = 15
"""A line of text this short, without a stop, that names a part titles a new part."""


class AnnouncedTitles:
    """The announcement in force while the walker reads the blocks."""

    def __init__(self, document: Document, lex: CompiledLexicon) -> None:
        self.doc = document
        self.lex = lex
        self.text = ""
        """The announcing paragraph, or "" when none is in force."""
        self.ended = ""
        """The announcement the last part title ended."""
        self._level = 0
        """Level of the first title after the announcement (0 until one comes)."""
        self._under = 0
        """Level of the heading the titles sit under (the form's title)."""
        self._chain: tuple[int, ...] = ()
        """Levels of the headings above the announcement, innermost first."""
        self._marker = ""
        """The announcement's own list marker ("A."), where it is a list item."""

    def title(self, heading: Block) -> str:
        """The announcement a title set as a heading is one of the titled exclusions
        of, else ""."""
        if not self.text:
            return ""
        if not self._level:
            self._level = heading.level
            self._under = max((lv for lv in self._chain if lv < heading.level), default=0)
        if heading.level <= self._under or heading.level < self._level:
            self._end()
        return self.text

    def note(self, block: Block) -> bool:
        """Keep the announcement up to date at a block that is not a heading; True where
        the block titles a new part and so ends the lists open in the series."""
        piece = " ".join(self.doc.text[block.start : block.end].split())
        if self.lex.matches("announces_titled_exclusions", piece):
            self.text, self._level = piece, 0
            self._chain = self._headings_above(block)
            self._marker = block.marker if block.kind == "list_item" else ""
            return False
        if self.text and self._next_sibling(block):
            self._end()  # "B. ..." after "A. The following exclusion is added ...:": the
            return False  # endorsement's next change begins, read as the item it is
        if self.text and not self._level and block.kind == "list_item":
            self._end()  # "...: This insurance does not apply to:" / "1. ...": its
            return False  # exclusions are items, read under it as a lead-in; no titles follow
        if (
            self.text
            and count_words(piece) <= TITLE_LINE_WORDS
            and piece[-1:] not in ".;:,"
            and self.lex.matches("part_title_words", piece)
        ):
            self._end()
            return True
        return False

    def _next_sibling(self, block: Block) -> bool:
        """Is the block the item after the announcing one ("B." after "A.")?"""
        return (
            bool(self._marker)
            and block.kind == "list_item"
            and marker_shape(block.marker) == marker_shape(self._marker)
            and block.marker.isupper() == self._marker.isupper()  # not "b." after "A."
            and follows(self._marker, block.marker)
        )

    def _end(self) -> None:
        self.ended, self.text, self._level = self.text, "", 0

    def _headings_above(self, block: Block) -> tuple[int, ...]:
        """The levels of the headings a block sits under, innermost first."""
        index = self.doc.block_index_at(block.start) or 0
        levels: list[int] = []
        for above in reversed(self.doc.blocks[:index]):
            if above.kind == "heading" and (not levels or above.level < levels[-1]):
                levels.append(above.level)
                if above.level <= 1:
                    break
        return tuple(levels)
