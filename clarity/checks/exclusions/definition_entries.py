"""Numbered definitions set as headings at the level of their part's title.

Many policies number each defined word and set it as a heading: "SECTION B) DEFINITIONS" /
"13. Emergency and Emergency Treatment" / "34. Podiatry" / "SECTION C) BENEFITS". A PDF
reader gives each the level of the part's title, so the section path of a definition's text
no longer runs through "Definitions": its carve-outs ("Emergency treatment does not include
follow-up dental treatment") read as exclusions of the whole policy, titled "13. Emergency
and Emergency Treatment" in the draft. Read here, such numbered headings after a
definitions heading, at its level, sit inside it, up to the first heading that is no such
entry: one not numbered, one that goes on with the definitions heading's own number ("1.
DEFINITIONS" / "2. PERSONS WHO CAN BE INSURED"), or one that names exclusions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.core.document import Block, Document

_NUMBERED = re.compile(r"^\W{0,2}(\d{1,3})[.)]?\s+\S")
"""A title that opens with its number ("13. Emergency and Emergency Treatment")."""
MAX_ENTRY_WORDS = 12
"""A defined word's title is short ("13. Emergency and Emergency Treatment")."""
MIN_ENTRIES = 2
"""Numbered headings in a row that make a run of definitions, not one part after another."""


def with_definition_entries(document: Document, lex: CompiledLexicon) -> Document:
    """``document`` with numbered definitions set at their part title's level nested in
    that part (the same object when there are none)."""
    blocks = document.blocks
    part_of: dict[int, str] = {}  # an entry heading's index -> its definitions title
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        title = " ".join(document.text[block.start : block.end].split())
        if not lex.is_definition_heading(title):
            continue
        run = _entries_after(document, lex, index, title)
        if len(run) >= MIN_ENTRIES:
            part_of.update((entry, _path_title(document, index)) for entry in run)
    if not part_of:
        return document
    out: list[Block] = []
    current, level, depth = "", 0, 0
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if index in part_of:
                current, level, depth = part_of[index], block.level, len(block.section_path)
            elif current and block.level <= level:
                current = ""
        if current and len(block.section_path) >= depth:
            path = (*block.section_path[:depth], current, *block.section_path[depth:])
            out.append(replace(block, section_path=path))
        else:
            out.append(block)
    return replace(document, blocks=out)


def _path_title(document: Document, index: int) -> str:
    """Heading ``index``'s title as the section paths below it give it (a reader tidies a
    title for the paths: a Markdown heading loses its marks, a PDF's its line breaks)."""
    blocks = document.blocks
    depth = len(blocks[index].section_path)
    if index + 1 < len(blocks) and len(blocks[index + 1].section_path) > depth:
        return blocks[index + 1].section_path[depth]
    return " ".join(document.text[blocks[index].start : blocks[index].end].split())


def _entries_after(document: Document, lex: CompiledLexicon, index: int, title: str) -> list[int]:
    """The numbered headings after definitions heading ``index`` at its level that are its
    entries, in order."""
    blocks = document.blocks
    level = blocks[index].level
    own = _NUMBERED.match(title)
    run: list[int] = []
    for j in range(index + 1, len(blocks)):
        block = blocks[j]
        if block.kind != "heading" or block.level > level:
            continue
        if block.level < level:
            break
        text = " ".join(document.text[block.start : block.end].split())
        entry = _NUMBERED.match(text)
        if (
            entry is None
            or len(text.split()) > MAX_ENTRY_WORDS
            or (own is not None and int(entry.group(1)) == int(own.group(1)) + 1)
            or lex.is_exclusion_heading(text)
            or lex.is_definition_heading(text)
        ):
            break
        run.append(j)
    return run
