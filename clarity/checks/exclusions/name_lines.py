"""Paragraphs that set one short name per line: a table column of activities ("Base
Jumping" / "Big Game Hunting"), each name a thing an exclusions heading leaves out, and
the list of forms an endorsement modifies ("COMMERCIAL AUTOMOBILE COVERAGE PART" / ...),
which leaves nothing out."""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.core.document import Block
from clarity.readers.structure import runs_on
from clarity.text.sentences import count_words

ONE_PER_LINE_ITEMS = 4
"""Names a paragraph must set one per line to read as a list of them."""
ONE_PER_LINE_WORDS = 9
"""Words of a name set on a line of its own (with its wrapped remainder)."""
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
FORM_LIST_SHARE = 0.5
"""Share of a list's lines that must name forms ("... COVERAGE FORM"), the rest being
causes of loss and other parts named alone ("CAUSES OF LOSS – BASIC")."""
ONE_PER_LINE_SHARE = 0.75
"""Share of the lines that must be such names ("Motor Cycling as a driver (unless ...)"
may stand among them)."""


def one_per_line(text: str, lex: CompiledLexicon, block: Block) -> list[tuple[int, int]]:
    """The items of a paragraph that sets one short name per line ("Base Jumping" /
    "Big Game Hunting" / "Flying (except as a fare" / "paying passenger)"), as a
    table column of activities is printed: a line that starts in lower case or with
    "(", or follows a line that runs on (an open bracket, a function word, "/" or a
    dash), goes on the item before. None unless most items are such names."""
    items: list[list[int]] = []
    at = block.start
    for line in text[block.start : block.end].split("\n"):
        lo, hi = at, at + len(line.rstrip())
        at += len(line) + 1
        words = line.split()
        if not words:
            continue
        lo += len(line) - len(line.lstrip())
        if items:
            before = text[items[-1][0] : items[-1][1]]
            goes_on = (
                words[0][:1].islower()
                or words[0][:1] == "("
                or runs_on(before)
                or before.rstrip()[-1:] in "/–-"
            )
            if goes_on:
                items[-1][1] = hi
                continue
        items.append([lo, hi])
    if len(items) < ONE_PER_LINE_ITEMS:
        return []
    names = sum(1 for lo, hi in items if _a_name(text[lo:hi]))
    if names < ONE_PER_LINE_SHARE * len(items) or names_forms(text, lex, block):
        return []  # prose, or "Two (2) Consecutive Years 20%": a table of figures
    return [(lo, hi) for lo, hi in items]


def names_forms(text: str, lex: CompiledLexicon, block: Block) -> bool:
    """Is the paragraph the list of forms an endorsement modifies, one per line
    ("COMMERCIAL AUTOMOBILE COVERAGE PART" / "FARM COVERAGE PART" / ...)? It names
    parts of the package, leaves nothing out and leads in to nothing."""
    lines = [line for line in text[block.start : block.end].split("\n") if line.strip()]
    # (a bracket after the title says what it adds: "... FORM (AND EXTRA EXPENSE)")
    bare = [_TRAILING_BRACKET.sub("", line) for line in lines]
    forms = sum(1 for line in bare if lex.matches("form_titles", line))
    return len(lines) >= ONE_PER_LINE_ITEMS and forms >= FORM_LIST_SHARE * len(lines)


def _a_name(piece: str) -> bool:
    """A short name set on its own line: a capital, no figures, no closing stop."""
    return (
        count_words(piece) <= ONE_PER_LINE_WORDS
        and piece.rstrip()[-1:] not in ".;:,"
        and piece[:1].isupper()
        and not any(c.isdigit() for c in piece)
    )
