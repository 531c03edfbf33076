"""Headings a PDF reader set wrong, as the draft's section titles see them.

A numbered line set as a heading that is one item of a series running on in the body
("7. Products guarantee" alone on its line, then "8. Professional liability the rendering
of ..." as a paragraph): the items after it are its siblings, not its contents, and must
not take it as their section's title. A part's title set in the body's type and read as a
paragraph ("SECTION I - COVERAGE"): the exclusions after it are that part's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clarity.checks.exclusions.draft_owner import path_heading
from clarity.checks.exclusions.lexicon import CompiledLexicon

if TYPE_CHECKING:
    from clarity.core.document import Document

_SERIES_NUMBER = re.compile(r"^\W{0,2}(\d{1,3})([.)])(?:\s+\S|$)")
"""An item number of a series ("7. ", "12) "): its number and its closing mark."""


def heading_continued_as_items(document: Document, heading_at: int, index: int) -> bool:
    """Does the numbered heading at block ``heading_at`` go on, before block ``index``,
    as the next item of its own series? The first block after it numbered in its style
    decides: "8." after "7." is a sibling; "1." after "7." opens the heading's own list
    ("7. Exclusions" / "1. War" / ... / "9. Nuclear" stays the title of its items)."""
    blocks = document.blocks
    text = document.text
    own = _SERIES_NUMBER.match(text[blocks[heading_at].start : blocks[heading_at].end])
    if own is None:
        return False
    for block in blocks[heading_at + 1 : index + 1]:
        words = block.marker if block.kind == "list_item" and block.marker else ""
        found = _SERIES_NUMBER.match(words or text[block.start : block.end])
        if found and found.group(2) == own.group(2):
            return int(found.group(1)) == int(own.group(1)) + 1
    return False


def innermost_heading_continued(document: Document, index: int) -> bool:
    """Is the innermost heading over block ``index`` a numbered one whose series goes on
    as items before it ("4. Investigation & Evaluation – Code Excl 04" / ... / "5. Rest
    Cure ... – Code Excl 05:" / "i. Custodial care")? Then it is a sibling of the item that
    titles the block, not its part."""
    at = path_heading(document, index, len(document.blocks[index].section_path) - 1)
    return at is not None and heading_continued_as_items(document, at, index)


MAX_PART_TITLE_WORDS = 10
"""Most words of a part's title read as a paragraph."""
_MAX_PART_TITLE_CHARS = 120
"""Most characters of a paragraph that may hold such a title (ten words and spacing)."""


def part_title_in_body(document: Document, lex: CompiledLexicon, above: int, index: int) -> str:
    """The nearest part title between the heading at block ``above`` and block ``index``
    that the reader set as a paragraph: a short line in capitals that names a part
    ("SECTION I - COVERAGE", ``draft_section_names``); "" when there is none."""
    blocks = document.blocks
    for j in range(index - 1, above, -1):
        block = blocks[j]
        if block.kind != "paragraph" or block.end - block.start > _MAX_PART_TITLE_CHARS:
            continue  # a sentence's paragraph: no title, and not worth reading word by word
        words = " ".join(document.text[block.start : block.end].split())
        if (
            words.isupper()
            and len(words.split()) <= MAX_PART_TITLE_WORDS
            and lex.matches("draft_section_names", words)
        ):
            return words
    return ""
