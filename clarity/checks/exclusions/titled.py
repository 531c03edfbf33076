"""A list item that only titles the paragraph under it.

Some wordings letter each exclusion and give it a short title on a line of its own,
with the clause as a plain paragraph under it: "A. War" / "You are not covered for a
Disability caused by War ...". Under an exclusions heading the walker reports the
lettered line as an item ("War") and the paragraph as a sentence with its own trigger:
two findings for one exclusion, one of them a bare word a reader cannot act on.

Where the paragraph right under such a title excludes by its own words, the title and
the paragraph's first clause are one exclusion: it runs from the title through that
clause, and keeps the clause's trigger. A title whose paragraph says nothing the
detector reads stays an item, as blind readers quote it ("Urinary blockage"). A bare
part name set as an item ("1. Definition", "2. Exclusion") names a part of the clause,
not a thing left out, and is not an exclusion of its own; nor is a title whose own
sub-items, set right under it, are found ("11. LIABILITY ASSUMED" / "11.1 in respect of
..."), nor one whose paragraph opens by promising cover ("10 Hospital Cash" / "You are
covered for ..."): it names the next cover, where a list of exclusions ran on to it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.core.document import Document

_MAX_TITLE_WORDS = 6
"""A title names the exclusion in a few words ("Intentionally Self-Inflicted Injury")."""

_CLAUSE_END = re.compile(r"[.;:,!?]\s*$")
"""A line that ends as a clause does is an item, not a title."""


def join_titles(
    lex: CompiledLexicon, document: Document, found: list[Exclusion]
) -> list[Exclusion]:
    """The exclusions, each titled paragraph's title joined to its first clause and each
    bare part name dropped (see the module)."""
    apart = frozenset(lex.raw.get("apart_families") or ())
    out: list[Exclusion] = []
    skip: set[int] = set()
    for index, exclusion in enumerate(found):
        if index in skip:
            continue
        if not _bare_title(document, exclusion):
            out.append(exclusion)
            continue
        title = " ".join(document.text[exclusion.start : exclusion.end].split())
        body = _body(document, found, index, apart)
        if body is not None:
            skip.add(body)
            clause = found[body]
            out.append(
                replace(
                    clause,
                    start=exclusion.start,
                    sentence_start=exclusion.start,
                    heading=exclusion.heading or clause.heading,
                    announced=exclusion.announced or clause.announced,
                )
            )
        elif (
            not lex.matches("item_part_names", title)
            and not _titles_found_items(document, found, index)
            and not _titles_a_cover(lex, document, exclusion)
        ):
            out.append(exclusion)
    return out


def _titles_found_items(document: Document, found: list[Exclusion], index: int) -> bool:
    """Is the bare title the heading of the items set under it ("11. LIABILITY ASSUMED" /
    "11.1 in respect of liability ...", "11.2 ..."), the next of which is found as well?
    Each of those items is an exclusion a reader quotes; the title names them and
    excludes nothing of its own."""
    if index + 1 >= len(found):
        return False
    title = document.blocks[found[index].block]
    below = found[index].block + 1
    if below >= len(document.blocks) or found[index + 1].block != below:
        return False
    child = document.blocks[below]
    return child.kind == "list_item" and child.level > title.level


def _bare_title(document: Document, exclusion: Exclusion) -> bool:
    """Is the exclusion a list item of a few words, with no trigger and no stop?"""
    if exclusion.family != "listed" or exclusion.block >= len(document.blocks):
        return False
    block = document.blocks[exclusion.block]
    if block.kind != "list_item" or not _short_line(document.text[exclusion.start : exclusion.end]):
        return False
    before = document.blocks[exclusion.block - 1] if exclusion.block else None
    # the last of a run of short items ("• Workers' Compensation" / "• Social Security
    # benefits") ends a list, and the paragraph after the list is not its clause
    return not (
        before is not None
        and before.kind == "list_item"
        and before.level == block.level
        and _short_line(_without_marker(document.text[before.start : before.end], before.marker))
    )


def _titles_a_cover(lex: CompiledLexicon, document: Document, exclusion: Exclusion) -> bool:
    """Does the paragraph right under the bare title open by promising cover ("10 Hospital
    Cash" / "You are covered for the amount shown ...")? Then the title names the next
    cover of the wording, though the list of exclusions before it ran on to it."""
    below = exclusion.block + 1
    if below >= len(document.blocks) or document.blocks[below].kind != "paragraph":
        return False
    block = document.blocks[below]
    return lex.matches("titled_cover_opening", document.text[block.start : block.end][:120])


def _without_marker(piece: str, marker: str) -> str:
    """The item's words, its list marker ("(a)", "8.") left out where the text holds it."""
    piece = piece.lstrip()
    return piece[len(marker) :] if marker and piece.startswith(marker) else piece


def _short_line(piece: str) -> bool:
    """A few words that start with a capital and end without a stop: a title."""
    words = piece.split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and words[0][:1].isupper()
        and not _CLAUSE_END.search(piece)
    )


def _body(
    document: Document, found: list[Exclusion], index: int, apart: frozenset[str]
) -> int | None:
    """The index of the clause that opens the plain paragraph right under the title, if
    the detector read that clause as an exclusion by its own words."""
    if index + 1 >= len(found):
        return None
    title, clause = found[index], found[index + 1]
    below = title.block + 1
    if clause.block != below or clause.family == "listed" or below >= len(document.blocks):
        return None
    if clause.family in apart:
        return None  # an excess or offset clause, reported apart from exclusions
    block = document.blocks[below]
    if block.kind != "paragraph" or document.text[title.end : clause.start].strip():
        return None
    if not document.text[clause.start : clause.start + 1].isupper():
        return None  # "Razor Payable" / "13 Shoe Cover Not Payable": rows of a table
    return index + 1
