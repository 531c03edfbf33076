"""The up-front "what is not covered" summary: finding it, testing coverage, drafting one.

A summary is a heading, within the first ~15% of the document (or its first
two pages' worth of words), that announces exclusions by meaning ("What is not
insured?", "Main exclusions", "Mitä vakuutus ei kata?"), or a summary heading
("Key points at a glance") whose section names exclusions. Its section runs to
the next heading of the same or a higher level. A table of contents line is not
a summary: the section must hold some text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.triggers import find_trigger
from clarity.core.document import Block, Document

_WORD = re.compile(r"[^\W\d_]+")
MIN_SECTION_WORDS = 1


@dataclass(frozen=True)
class SummarySection:
    heading_start: int
    heading_end: int
    start: int
    end: int
    title: str


def up_front_limit(text: str, share: float, words: int) -> int:
    """Offset where 'up front' ends: the larger of the share and the word budget."""
    by_share = int(len(text) * share)
    by_words = len(text)
    for count, match in enumerate(_WORD.finditer(text), start=1):
        if count >= words:
            by_words = match.end()
            break
    return max(by_share, min(by_words, len(text)))


def section_end(blocks: list[Block], index: int, default: int) -> int:
    level = blocks[index].level
    for block in blocks[index + 1 :]:
        if block.kind == "heading" and block.level <= level:
            return block.start
    return default


def find_summary(
    document: Document, lex: CompiledLexicon, pattern: re.Pattern[str] | None = None
) -> SummarySection | None:
    """The first up-front section that summarises exclusions (or ``pattern`` headings)."""
    text = document.text
    limit = up_front_limit(
        text,
        lex.number("summary_within_share", 0.15),
        int(lex.number("summary_within_words", 1000)),
    )
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.start > limit:
            break
        if block.kind != "heading":
            continue
        title = " ".join(text[block.start : block.end].split())
        end = section_end(blocks, index, len(text))
        body = text[block.end : end]
        if not _has_words(body, MIN_SECTION_WORDS):
            continue
        if pattern is not None:
            hit = pattern.search(title) is not None
        elif lex.matches("summary_exclusion_headings", title):
            hit = True  # "What is not insured?", "Main exclusions": a summary by its title
        elif lex.is_exclusion_heading(title):
            # "Exclusions" or "What is not covered" counts only inside a summary
            # ("Key points at a glance"); otherwise it is the detailed wording itself.
            hit = _in_summary(lex, block.section_path) or (
                _top_level(document, block) and lex.matches("summary_question_headings", title)
            )
        elif lex.summary_headings is not None and lex.summary_headings.search(title):
            hit = _lists_exclusions(document, lex, index, end)
        else:
            hit = False
        if hit:
            return SummarySection(block.start, block.end, block.end, end, title)
    return None


def _top_level(document: Document, block: Block) -> bool:
    """A heading of the document's own level: under nothing, or only under its title
    (the document's first heading). Under "Section A - Fire" it is that section's list."""
    path = block.section_path
    if not path:
        return True
    if len(path) > 1:
        return False
    first = next((b for b in document.blocks if b.kind == "heading"), None)
    text = document.text
    return first is not None and " ".join(text[first.start : first.end].split()) == " ".join(
        path[0].split()
    )


def _in_summary(lex: CompiledLexicon, path: tuple[str, ...]) -> bool:
    """Under a summary heading ("Key points at a glance")."""
    found = lex.summary_headings
    return found is not None and any(found.search(title) for title in path[:-1])


def _has_words(text: str, count: int) -> bool:
    """At least ``count`` words: stops there rather than listing every word of a long section."""
    seen = 0
    for _ in _WORD.finditer(text):
        seen += 1
        if seen >= count:
            return True
    return seen >= count


def _lists_exclusions(document: Document, lex: CompiledLexicon, index: int, end: int) -> bool:
    """Does the summary section under ``blocks[index]`` list what is not covered?

    A sub-heading that announces exclusions ("What is not covered") does. So does a
    lead-in that excludes ("We do not cover:"), or at least ``summary_min_exclusions``
    paragraphs that each exclude or limit, when they are at least ``summary_min_share``
    of its paragraphs. A summary of covers that only points to the exclusions ("see the
    relevant section for its conditions and exclusions"), says that cover depends on the
    schedule, or carves a case out of one cover in passing lists nothing a customer
    could act on."""
    text = document.text
    needed = int(lex.number("summary_min_exclusions", 2))
    families = set(lex.raw.get("draft_families") or ()) | set(lex.raw.get("lead_in_families") or ())
    families -= set(lex.raw.get("weak_families") or ())
    share = lex.number("summary_min_share", 0.25)
    seen = paragraphs = 0
    for block in document.blocks[index + 1 :]:
        if block.start >= end:
            break
        if block.kind == "heading":
            title = " ".join(text[block.start : block.end].split())
            if lex.is_exclusion_heading(title) and not lex.matches("mixed_headings", title):
                return True  # "What is not covered"; not "Terms, Conditions and Exclusions"
            continue
        paragraphs += 1
        trigger = find_trigger(lex, text, block.start, block.end)
        if trigger is None or trigger.family not in families:
            continue
        piece = text[block.start : block.end].rstrip()
        if piece.endswith(":") and _excludes_in_last_sentence(lex, text, block.start, piece):
            return True  # "We do not cover:"
        seen += 1
    return seen >= needed and seen >= share * paragraphs


def _excludes_in_last_sentence(lex: CompiledLexicon, text: str, start: int, piece: str) -> bool:
    """Is the exclusion in the lead-in's own sentence ("... The Policyholder:" after a
    sentence that merely says who is not insured does not open a list of exclusions)?"""
    last = max(piece.rfind(". "), piece.rfind(".\n")) + 1
    return find_trigger(lex, text, start + last, start + len(piece)) is not None


def mentioned(lex: CompiledLexicon, exclusion: Exclusion, summary_text: str) -> bool:
    """Does the summary speak of this exclusion's topic?"""
    if not exclusion.topic:
        return True
    if exclusion.theme:
        for name, pattern in lex.topics:
            if name == exclusion.theme:
                return _names_topic(pattern, exclusion.theme, summary_text)
        return exclusion.theme.lower() in summary_text.lower()
    stems = _stems(summary_text)
    words = [w.lower() for w in _WORD.findall(exclusion.topic) if len(w) >= 4]
    words = [w for w in words if w not in lex.topic_stopwords]
    return not words or any(w[:5] in stems for w in words)


@lru_cache(maxsize=64)
def _names_topic(pattern: re.Pattern[str], topic: str, summary_text: str) -> bool:
    """Cached: every exclusion of a document asks about the same summary."""
    return pattern.search(summary_text) is not None or topic in summary_text


@lru_cache(maxsize=8)
def _stems(summary_text: str) -> frozenset[str]:
    """The first five letters of each longer word of the summary, once per summary."""
    return frozenset(w.lower()[:5] for w in _WORD.findall(summary_text) if len(w) >= 4)
