"""The title of a list under a heading that is only a refusal's opening words ("You are not
covered for", the rest of its lead-in set apart as a paragraph): the heading names no part,
so the part is named by the caption right before it ("General Exclusions", read as a
paragraph) or by the numbered title of the cover it follows ("3 Personal Liability", read
as a list item, then what is covered, then "You are not covered for")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clarity.checks.exclusions.draft_owner import heading_above
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.title_reading import reads_as_heading
from clarity.checks.exclusions.triggers import find_trigger

if TYPE_CHECKING:
    from clarity.core.document import Document

MAX_COVER_LOOKBACK = 12
"""Blocks a refusal heading looks back over, past its cover's grant and items, for the
cover's numbered title; a heading in between ends the look."""
MAX_COVER_TITLE_WORDS = 6

_NUMBERED_TITLE = re.compile(r"^(?:\d{1,2}\.?|[A-Z]\.)\s+[A-Z][^.;:!?]*$")
"""A cover's number and its name ("3 Personal Liability", "2. Overseas Medical Expenses"),
no stop: a title, where a numbered sentence ("1. If you are admitted ...") ends on one."""


def caption_before_refusal(document: Document, index: int, lex: CompiledLexicon) -> str:
    """The caption or the cover title that names the list under a refusal heading above
    block ``index``; "" when the heading above is no such refusal or neither is found."""
    above = heading_above(document, index)
    if above is None or above == 0:
        return ""
    heading = _words(document, above)
    if not lex.matches("draft_refusal_openings", heading):
        return ""
    before = document.blocks[above - 1]
    caption = _words(document, above - 1)
    if (
        before.kind == "paragraph"
        and reads_as_heading(caption, lex)
        and lex.is_exclusion_heading(caption)
    ):
        return caption  # "General Exclusions" / "You are not covered" / "for claims ...:"
    return _numbered_cover_before(document, above, lex)


def _numbered_cover_before(document: Document, above: int, lex: CompiledLexicon) -> str:
    """The numbered title of the cover whose grant comes before the refusal heading at
    block ``above``: the nearest block back that is one, before any heading but the
    grant's own opening words ("You are covered")."""
    for j in range(above - 1, max(above - 1 - MAX_COVER_LOOKBACK, -1), -1):
        words = _words(document, j)
        if document.blocks[j].kind == "heading":
            if lex.matches("draft_grant_openings", words):
                continue  # "You are covered" / "up to the amounts shown ...": the grant
            return ""
        if (
            _NUMBERED_TITLE.match(words)
            and len(words.split()) <= MAX_COVER_TITLE_WORDS
            and reads_as_heading(words, lex)
            and find_trigger(lex, words, 0, len(words), need_context=False) is None
        ):
            return words
    return ""


def _words(document: Document, index: int) -> str:
    block = document.blocks[index]
    return " ".join(document.text[block.start : block.end].split())
