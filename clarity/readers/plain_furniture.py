"""Running headers, footers and page numbers in text extracted from PDFs.

A line that repeats is not page furniture by repeating alone: a policy repeats its
lead-ins ("The insurance does not cover:"), its list items ("Travel outside the UK.")
and its two-column headings ("WHAT IS COVERED WHAT IS NOT COVERED") section after
section, and the same wrapped fragment of a sentence recurs in long wordings. Furniture
sits at page breaks: next to a page-number line, or next to other furniture that does
(a header of two lines, a footer above the page number). So a repeated line is furniture
only when most of its occurrences sit there, and an occurrence that continues the
sentence of the line above it (starts in lower case after a line that runs on) is the
page's last line of text, not furniture.
"""

from __future__ import annotations

import re

from clarity.readers.structure import ends_sentence, list_marker

PAGE_LINE = re.compile(r"\b(?:page|sivu)\s+\d+\s*(?:of|/|\()\s*\d+|^\s*-?\s*\d{1,4}\s*-?\s*$", re.I)
FURNITURE_REPEATS = 3
"""A line repeated this often may be a running header or footer."""
NEAR_PAGE_BREAK = 2
"""Lines from a page-number line (or other furniture) that still count as at the break."""


def _key(line: str) -> str:
    return " ".join(line.split())


def furniture_lines(lines: list[tuple[int, str]]) -> set[str]:
    """The texts (whitespace collapsed) of the running furniture lines of ``lines``.

    Only a text that shows pages (two page-number lines or more) has them: in any
    other, a line written three times is the author's, and is checked every time.
    """
    keys = [_key(line) for _, line in lines]
    page_numbers = {i for i, k in enumerate(keys) if k and _is_page_number(k)}
    if len(page_numbers) < 2:
        return set()
    where: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            where.setdefault(key, []).append(index)
    candidates = {
        key: places
        for key, places in where.items()
        if len(places) >= FURNITURE_REPEATS
        and len(key.split()) >= 3
        and list_marker(key) is None
        and not _is_page_number(key)
    }
    at_break = set(page_numbers)
    found: set[str] = set()
    grown = True
    while grown:  # a header's second line is at the break once its first line is known
        grown = False
        for key, places in sorted(candidates.items()):
            if key in found:
                continue
            near = sum(1 for i in places if _at_page_break(keys, i, at_break))
            if near * 2 >= len(places):
                found.add(key)
                at_break.update(places)
                grown = True
    return found | {keys[i] for i in page_numbers}


def _is_page_number(key: str) -> bool:
    return PAGE_LINE.search(key) is not None and len(key.split()) <= 12


def _at_page_break(keys: list[str], index: int, at_break: set[int]) -> bool:
    lo, hi = index - NEAR_PAGE_BREAK, index + NEAR_PAGE_BREAK
    if not any(j in at_break for j in range(lo, hi + 1) if j != index):
        return False
    above = keys[index - 1] if index > 0 else ""
    continues = (
        keys[index][:1].islower()
        and bool(above)
        and index - 1 not in at_break
        and not ends_sentence(above)
    )
    return not continues
