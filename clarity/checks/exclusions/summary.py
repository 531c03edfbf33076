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
                len(block.section_path) <= 1 and lex.matches("summary_question_headings", title)
            )
        elif lex.summary_headings is not None and lex.summary_headings.search(title):
            hit = _lists_exclusions(document, lex, index, end)
        else:
            hit = False
        if hit:
            return SummarySection(block.start, block.end, block.end, end, title)
    return None


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


def draft_summary(
    lex: CompiledLexicon,
    exclusions: list[Exclusion],
    lines: dict[int, int],
    sections: dict[int, str] | None = None,
    pages: dict[int, int | None] | None = None,
    text: str = "",
) -> str:
    """A Markdown "What is not covered" list for a writer to start from.

    One bullet per topic, grouped under the section each exclusion sits in (sections
    in reading order; ``sections`` maps an exclusion's start to its section title).
    Only the families in ``draft_families`` are listed: a draft of what is not covered
    leaves conditions and caps to the writer. Within a section the most consequential
    come first: the earlier a family in ``draft_families`` (a whole exclusion before a
    period of waiting), then the topics that recur most, then reading order. A clause
    that does not take cover away (``takes_cover_away``; ``text`` is the document's) or
    has no topic is left out: a wrong line costs the writer more than a missing one."""
    title = lex.text("draft_title", "What is not covered")
    intro = lex.text("draft_intro")
    item = lex.text("draft_item", "**{topic}** (line {line})")
    paged = lex.text("draft_item_paged", "**{topic}** (page {page})")
    pages = pages or {}
    families = [str(f) for f in lex.raw.get("draft_families") or []]
    rank = {family: index for index, family in enumerate(families)}
    sections = sections or {}
    grouped: dict[str, dict[str, list[Exclusion]]] = {}
    seen: dict[str, str] = {}
    for exclusion in exclusions:
        if not exclusion.topic or (rank and exclusion.family not in rank):
            continue
        if not takes_cover_away(lex, exclusion, text):
            continue
        key = exclusion.topic.lower()
        section = seen.setdefault(key, sections.get(exclusion.start, ""))
        grouped.setdefault(section, {}).setdefault(key, []).append(exclusion)
    out = [f"## {title}", ""]
    if intro:
        out += [f"<!-- {intro} -->", ""]
    for section, topics in grouped.items():
        if len(grouped) > 1:
            out += [f"### {section or lex.text('draft_other_section', 'Elsewhere')}", ""]
        ordered = sorted(
            topics.values(),
            key=lambda group: (
                min(rank.get(e.family, len(rank)) for e in group),
                -len(group),
                group[0].start,
            ),
        )
        for group in ordered:
            topic = group[0].topic
            label = topic[:1].upper() + topic[1:]
            on_pages = sorted({p for e in group if (p := pages.get(e.start)) is not None})
            if on_pages:  # a PDF: its line numbers restart on every page
                shown = paged.format(topic=label, page=", ".join(map(str, on_pages[:5])))
            else:
                where = sorted({lines[e.start] for e in group})
                shown = item.format(topic=label, line=", ".join(map(str, where[:5])))
            out.append("- " + shown)
        out.append("")
    if not grouped:
        out += ["- …", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def takes_cover_away(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Is the clause an exclusion a "what is not covered" list names, not a condition, a
    procedure or a cap? An item counts under a lead-in that excludes ("We will not pay
    for:"), not under one that sets a condition ("provided that:"), a cap ("not
    exceeding"), or whose trigger sits inside an "if" clause ("If the premium is not
    paid, then:" lists what follows). A lead-in without a trigger of its own ("arising
    from the use of any:") counts under an exclusions heading or when a lead-in above it
    announced exclusions. A
    sentence counts unless its trigger is inside such a leading "if" clause."""
    families = set(lex.raw.get("draft_families") or ())
    if exclusion.source == "lead-in":
        lead = exclusion.heading
        trigger = find_trigger(lex, lead, 0, len(lead), need_context=False)
        if trigger is None:  # under an exclusions heading, or a lead-in above announced them
            return exclusion.announced or "not-under-exclusion-heading" not in exclusion.reasons
        if families and trigger.family not in families:
            return False
        return not _inside_condition(lex, lead, trigger.start)
    if exclusion.source == "sentence" and text:
        lo = exclusion.sentence_start
        return not _inside_condition(
            lex, text[lo : exclusion.sentence_end], exclusion.trigger_start - lo
        )
    return True


def _inside_condition(lex: CompiledLexicon, clause: str, at: int) -> bool:
    """Does the clause open with a condition ("If", "In the event that") that runs past
    offset ``at`` (up to its first comma or "then")?"""
    opener = lex.pattern("condition_openers")
    found = opener.match(clause) if opener is not None else None
    if found is None:
        return False
    close = _CONDITION_END.search(clause, found.end())
    return close is None or close.start() > at


_CONDITION_END = re.compile(r",|\bthen\b|\bniin\b", re.IGNORECASE)
