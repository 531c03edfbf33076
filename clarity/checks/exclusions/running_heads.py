"""The title a clause sits under when the heading above it is a running head: a title
the PDF sets on each page ("Policy Wording" atop each page of a booklet, "PART IV -
BENEFITS" at each page's foot), which a reader takes for a heading and which then cuts
the part's own title off the clauses that run on to the next page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clarity.checks.exclusions.draft_context import bare_words, without_title_notes
from clarity.checks.exclusions.draft_owner import MIN_SECTION_REPEATS, heading_above
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.title_reading import reads_as_heading

if TYPE_CHECKING:
    from clarity.core.document import Document


def title_before_running_head(document: Document, index: int, lex: CompiledLexicon) -> str:
    """The title a part's clauses sit under when the heading above them is a running
    head repeated on many pages ("Policy Wording" atop each page of a booklet, set as a
    heading at a higher level than the part's titles): it cuts the part's title off the
    clauses that run on to the next page. The first heading before it that is not such a
    head; "" when the heading above is no running head."""
    above = heading_above(document, index)
    if above is None:
        return ""
    blocks = document.blocks
    title = " ".join(document.text[blocks[above].start : blocks[above].end].split())
    if document.heading_count(title) < MIN_SECTION_REPEATS:
        return ""
    # a part's name printed at the foot of each of its pages ("PART IV - BENEFITS"), at
    # the level of the part's own titles: "Article 9 - Limitations" / (page foot) "PART
    # IV - BENEFITS" / "a. willful self-injury ..." under a title no wider than the page's
    footer = _ends_its_page(document, above) and _page_foot(document, title)
    if not (footer or lex.matches("draft_generic_titles", title)):
        return ""
    for j in range(above - 1, -1, -1):
        if blocks[j].kind != "heading":
            continue
        before = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if (
            document.heading_count(before) >= MIN_SECTION_REPEATS
            and blocks[j].level <= blocks[above].level
        ):
            continue  # "Emergency", the running head of the facing page
        if (
            blocks[j].level < blocks[above].level
            or (blocks[j].level == blocks[above].level and not footer)
            or before.endswith((":", "-", "–"))  # "The following are excluded -": a lead-in
            or not reads_as_heading(before, lex)
        ):
            return ""
        owner = _section_owning(document, lex, j) if footer else ""
        if owner and lex.is_exclusion_heading(before) and _bare_title(before):
            return f"{owner} – {without_title_notes(lex, before)}"
        return without_title_notes(lex, before)
    return ""


_NUMBERED_ARTICLE = re.compile(r"^\W*(?:article|clause|part)\s+\w{1,4}\s*[-–—:.]\s*", re.I)
"""The numbering of a title in a series of articles ("Article 9 - ")."""
_MAX_BARE_WORDS = 2


def _bare_title(title: str) -> bool:
    """Does the title, its article's number aside, name no part ("Article 9 -
    Limitations")?"""
    return len(bare_words(_NUMBERED_ARTICLE.sub("", title)).split()) <= _MAX_BARE_WORDS


def _section_owning(document: Document, lex: CompiledLexicon, index: int) -> str:
    """The nearest section heading before heading ``index`` at its level ("Section B -
    Member Accidental Death and Dismemberment Insurance"), or ""."""
    blocks = document.blocks
    for j in range(index - 1, -1, -1):
        if blocks[j].kind != "heading" or blocks[j].level > blocks[index].level:
            continue
        if blocks[j].level < blocks[index].level:
            return ""
        title = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if document.heading_count(title) >= MIN_SECTION_REPEATS:
            continue  # the page's foot again
        if lex.matches("draft_section_names", title) and reads_as_heading(title, lex):
            return without_title_notes(lex, title)
    return ""


def _page_foot(document: Document, title: str) -> bool:
    """Is ``title`` set at the foot of its pages: two in three of the headings that read
    it (a contents page and the part's opening set it elsewhere) the last block of its
    page, not a part's title that a page break left at the foot of a page ("Specific
    Exclusions" over its list on the next)?"""
    blocks = document.blocks
    at = [
        j
        for j, block in enumerate(blocks)
        if block.kind == "heading"
        and " ".join(document.text[block.start : block.end].split()) == title
    ]
    foot = sum(_ends_its_page(document, j) for j in at)
    return foot >= MIN_SECTION_REPEATS and 3 * foot >= 2 * len(at)


def _ends_its_page(document: Document, index: int) -> bool:
    """Is block ``index`` the last of its page, with more of the page before it?"""
    blocks = document.blocks
    page = blocks[index].page
    return (
        page is not None
        and 0 < index < len(blocks) - 1
        and blocks[index - 1].page == page
        and blocks[index + 1].page not in (None, page)
    )
