"""Long lists of bare names under one heading, said once.

A "Non-Covered Medication List" of six hundred medicines, or a table of sports a
travel policy leaves out, is one list: each name is an exclusion (the heading says
so), but a writer decides about the list, not about "Adderall". So the names of such
a list carry its size (``Exclusion.name_list``), and what shows them to a reader
says the list once: one bullet of the draft summary with its count, first and last
name and where it runs; one X101 finding with every other buried name as an occurrence
(a hidden name keeps a finding of its own, an error); one row of the HTML report's
buried exclusions. A short list (fewer than ``MIN_NAME_LIST`` names) stays a bullet per
name, as any list of exclusions does.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from clarity.checks.exclusions.draft_clause import WORD
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.name_lines import ONE_PER_LINE_WORDS
from clarity.core.document import Document

MIN_NAME_LIST = 20
"""Fewest bare names under one heading that make a list said once."""


def bare_name(exclusion: Exclusion, text: str) -> bool:
    """An item that is nothing but a name under its heading ("Adderall", "Base
    Jumping"): no trigger of its own, no more words than a name set one per line has
    (``name_lines.ONE_PER_LINE_WORDS``), no closing stop."""
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    return (
        exclusion.source == "heading"
        and exclusion.family == "listed"
        and 0 < len(WORD.findall(clause)) <= ONE_PER_LINE_WORDS
        and clause[-1:] not in ".;:,"
    )


def mark_name_lists(exclusions: list[Exclusion], document: Document) -> list[Exclusion]:
    """``exclusions`` with each bare name of a long list carrying the list's size and
    where it starts. A list is the names under one heading with no heading block between
    them: four sections that each end in a short "What is not covered" list are four
    lists, not one of their total length."""
    text = document.text
    headings = [i for i, block in enumerate(document.blocks) if block.kind == "heading"]
    runs: list[list[int]] = []
    open_runs: dict[str, tuple[int, int]] = {}
    """Per heading text: the run it is in, and the block of its last name."""
    for index, exclusion in enumerate(exclusions):
        if not bare_name(exclusion, text):
            continue
        run = open_runs.get(exclusion.heading)
        if run is None or _heading_between(headings, run[1], exclusion.block):
            runs.append([])
            run = (len(runs) - 1, exclusion.block)
        runs[run[0]].append(index)
        open_runs[exclusion.heading] = (run[0], exclusion.block)
    out = list(exclusions)
    for members in runs:
        if len(members) >= MIN_NAME_LIST:
            start = exclusions[members[0]].start
            for index in members:
                out[index] = replace(out[index], name_list=len(members), list_start=start)
    return out


def _heading_between(headings: list[int], after: int, before: int) -> bool:
    """Is a heading block set between two blocks (``headings`` sorted)?"""
    at = bisect_right(headings, after)
    return at < len(headings) and headings[at] < before


def list_bullet(
    lex: CompiledLexicon,
    names: list[Exclusion],
    lines: dict[int, int],
    pages: dict[int, int | None],
    text: str,
) -> str:
    """The draft summary's one bullet for a list of names: how many, the first and the
    last, and the pages (or lines) it runs over."""
    first, last = (" ".join(text[e.start : e.end].split()) for e in (names[0], names[-1]))
    topic = lex.text("draft_name_list", "All {count} names listed, from {first} to {last}")
    label = topic.format(count=len(names), first=first, last=last)
    on_pages = sorted({p for e in names if (p := pages.get(e.start)) is not None})
    if on_pages:
        where = lex.text("draft_items_paged", "**{topic}** (pages {first}–{last})")
        return where.format(topic=label, first=on_pages[0], last=on_pages[-1])
    where = lex.text("draft_items", "**{topic}** (lines {first}–{last})")
    at = sorted(lines[e.start] for e in names)
    return where.format(topic=label, first=at[0], last=at[-1])
