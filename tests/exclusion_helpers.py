"""Small helpers for the exclusion tests: run the pipeline, read the JSON sections."""

from __future__ import annotations

from dataclasses import replace

from rule_settings import EVERY_RULE

from clarity import check_text
from clarity.core.document import Block, Document
from clarity.run.pipeline import analyse


def exclusions(text: str, lang: str = "en", fmt: str = "markdown") -> list[dict]:
    result = check_text(text, lang=lang, profile="insurance", fmt=fmt, settings=EVERY_RULE)
    return result.extra["exclusions"]


def clause_texts(text: str, lang: str = "en", fmt: str = "markdown") -> list[str]:
    """The clauses found, each on one line (whitespace runs made one space)."""
    return [" ".join(row["text"].split()) for row in exclusions(text, lang=lang, fmt=fmt)]


def assert_only_beside(sentence: str, real: str, heading: str = "# Policy terms") -> None:
    """Only the real exclusion set beside the sentence is found, not the sentence: the
    heading, the sentence and the real exclusion, each a paragraph of its own."""
    text = f"{heading}\n\n{sentence}\n\n{real}\n"
    assert clause_texts(text) == [real], sentence


def one_clause(text: str, lang: str = "en") -> str:
    """The one clause found in ``text`` (fails, listing what was found, unless exactly one)."""
    found = clause_texts(text, lang=lang)
    assert len(found) == 1, found
    return found[0]


def codes(text: str, lang: str = "en", profile: str = "insurance", **kw) -> list[str]:
    settings = replace(EVERY_RULE, **kw)
    result = check_text(text, lang=lang, profile=profile, fmt="markdown", settings=settings)
    return [f.code for f in result.findings]


def analyse_document(document: Document, lang: str = "en"):
    return analyse(document, replace(EVERY_RULE, lang=lang, profile="insurance"))


def excess(text: str, lang: str = "en") -> list[dict]:
    """The clauses reported apart from exclusions (excess, deductible)."""
    result = check_text(text, lang=lang, profile="insurance", fmt="markdown", settings=EVERY_RULE)
    return result.extra["excess"]


def summary_draft(text: str, lang: str = "en", fmt: str = "markdown") -> str:
    """The draft "What is not covered" list, as Markdown."""
    result = check_text(text, lang=lang, profile="insurance", fmt=fmt, settings=EVERY_RULE)
    return result.extra["summary_draft"]


def assert_found(template: str, sentence: str) -> None:
    """``sentence``, set into ``template`` at ``{sentence}``, is found as an exclusion."""
    found = clause_texts(template.format(sentence=sentence))
    assert any(text.startswith(sentence[:30]) for text in found), found


def assert_not_found(template: str, sentence: str) -> None:
    """Nothing is found once ``sentence`` is set into ``template``."""
    assert clause_texts(template.format(sentence=sentence)) == []


BlockLine = tuple[str, int, str, str]
"""One block of a hand-built document: kind, level, list marker, words."""


GENERAL_PART: tuple[BlockLine, ...] = (
    ("heading", 1, "", "General exclusions"),
    ("paragraph", 0, "", "We will not pay for any loss caused by war."),
)
"""A general exclusions part to close a block fixture with: a draft of one part shows no
section titles."""


def document_of_blocks(
    lines: tuple[BlockLine, ...],
    path: str = "blocks.pdf",
    sections: bool = False,
    nested: bool = False,
    blank_lines: bool = False,
) -> Document:
    """A document built block by block, as the PDF reader would leave it (levels and
    markers set), for structures a Markdown fixture cannot spell. With ``sections``,
    each block sits under the heading above it (its section path); with ``nested`` too,
    under that heading and the headings of lower level above it. With ``blank_lines``,
    a blank line sets each block apart, as a PDF reader's paragraphs are."""
    text, blocks = "", []
    path_now: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    for kind, level, marker, words in lines:
        start = len(text)
        section = path_now if sections else ()
        blocks.append(
            Block(kind, start, start + len(words), level=level, section_path=section, marker=marker)  # type: ignore[arg-type]
        )
        if sections and kind == "heading" and nested:
            kept = sum(1 for above in levels if above < level)
            path_now, levels = (*path_now[:kept], words), (*levels[:kept], level)
        elif sections and kind == "heading":
            path_now = (words,)
        text += words + ("\n\n" if blank_lines else "\n")
    return Document(path=path, text=text, blocks=blocks, format="pdf")


def clauses_of_blocks(lines: tuple[BlockLine, ...], sections: bool = False) -> list[str]:
    """The clauses found in a document built block by block, each on one line."""
    rows = analyse_document(document_of_blocks(lines, sections=sections)).extra["exclusions"]
    return [" ".join(row["text"].split()) for row in rows]


def draft_sections(document: Document) -> dict[str, list[str]]:
    """The draft's bullets, their words only, under each section title ("" before any)."""
    draft = analyse_document(document).extra["summary_draft"]
    sections: dict[str, list[str]] = {}
    title = ""
    for line in draft.splitlines():
        if line.startswith("### "):
            title = line[4:]
        elif line.startswith("- "):
            sections.setdefault(title, []).append(line[2:].split(" (")[0].strip("*"))
    return sections


def bullets_of_blocks(lines: tuple[BlockLine, ...], blank_lines: bool = False) -> list[str]:
    """The draft's bullets, their words only, of a block fixture closed by the general
    exclusions part (``GENERAL_PART``), each block under the heading above it."""
    document = document_of_blocks((*lines, *GENERAL_PART), sections=True, blank_lines=blank_lines)
    return [bullet for bullets in draft_sections(document).values() for bullet in bullets]


def draft_bullet_words(text: str) -> list[str]:
    """The words of each bullet of the draft of a Markdown ``text``, in order."""
    return [
        line[2:].split(" (line")[0].strip("*")
        for line in summary_draft(text).splitlines()
        if line[:2] == "- "
    ]


def general_exclusion_bullets(*items: str) -> list[str]:
    """The draft's bullets for a home policy whose general exclusions list ``items`` under
    "We will not pay for:", after a cover of its own (so that the list is no summary)."""
    listed = "".join(f"- {item}\n" for item in items)
    return draft_bullet_words(
        "# Home policy\n\n## Your cover\n\nWe cover your home against fire and flood.\n\n"
        f"## General exclusions\n\nWe will not pay for:\n\n{listed}"
    )


PagedLine = tuple[str, int, str]
"""One block of a hand-built PDF: kind, page, words."""


def paged_document(lines: tuple[PagedLine, ...], item_level: int = 1) -> Document:
    """A PDF built block by block with its pages, all headings at one level (a block's
    section path is the heading above it); list items at ``item_level``, the rest at 1."""
    text, blocks = "", []
    path: tuple[str, ...] = ()
    for kind, page, words in lines:
        start = len(text)
        own = () if kind == "heading" else path
        level = item_level if kind == "list_item" else 1
        blocks.append(
            Block(kind, start, start + len(words), level=level, section_path=own, page=page)  # type: ignore[arg-type]
        )
        if kind == "heading":
            path = (words,)
        text += words + "\n\n"
    return Document(path="paged.pdf", text=text, blocks=blocks, format="pdf")
