"""Evidence that an exclusion is buried, one reason code per kind of evidence.

Courts ask that an exclusion be conspicuous and placed where the reader will
see it; the FCA asks firms to highlight exclusions early. Each test below is
one way a wording fails that. An exclusion with no reason is "visible".
"""

from __future__ import annotations

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.summary import SummarySection, mentioned
from clarity.core.document import Document
from clarity.text.sentences import count_words

REASONS = (
    "not-under-exclusion-heading",
    "in-definition",
    "long-sentence",
    "in-parentheses",
    "cross-reference",
    "notwithstanding-or-provided-that",
    "late-not-in-summary",
    "fine-print",
    "hidden-text",
)
LEADING_WORDS = 6
"""A trigger this close to the start of its sentence opens the sentence: the
exclusion stands on its own beside the cover it limits."""


def burial_reasons(
    document: Document,
    lex: CompiledLexicon,
    exclusion: Exclusion,
    summary: SummarySection | None,
    check_heading: bool = True,
) -> tuple[str, ...]:
    text = document.text
    block = document.blocks[exclusion.block]
    sentence = text[exclusion.sentence_start : exclusion.sentence_end]
    clause = text[exclusion.start : exclusion.end]
    reasons: list[str] = []
    if check_heading and exclusion.source == "sentence":
        before = count_words(text[exclusion.sentence_start : exclusion.trigger_start])
        if before > LEADING_WORDS:
            reasons.append("not-under-exclusion-heading")
    in_definitions = any(lex.is_definition_heading(t) for t in block.section_path)
    lo, hi = exclusion.start, exclusion.end
    if in_definitions or lex.found("definition_sentence", text, lo, hi, clause):
        reasons.append("in-definition")
    if count_words(clause if exclusion.source != "sentence" else sentence) > lex.number(
        "long_sentence_words", 40
    ):
        reasons.append("long-sentence")
    if block.kind == "footnote" or _inside_parentheses(text, exclusion):
        reasons.append("in-parentheses")
    if lex.found("cross_reference", text, lo, hi, clause):
        reasons.append("cross-reference")
    if lex.found("hedges", text, exclusion.sentence_start, exclusion.sentence_end, sentence):
        reasons.append("notwithstanding-or-provided-that")
    late = exclusion.start > len(text) * lex.number("late_after_share", 0.15)
    if late and not exclusion.in_summary_section:
        summary_text = text[summary.start : summary.end] if summary else ""
        if not summary_text or not mentioned(lex, exclusion, summary_text):
            reasons.append("late-not-in-summary")
    styles = document.styles_over(exclusion.start, exclusion.end)
    fine = lex.number("fine_print_pt", 8)
    if any(s.small or (s.size_pt is not None and s.size_pt <= fine) for s in styles):
        reasons.append("fine-print")
    if any(s.hidden for s in styles):
        reasons.append("hidden-text")
    return tuple(reasons)


def _inside_parentheses(text: str, exclusion: Exclusion) -> bool:
    if exclusion.source != "sentence" or exclusion.trigger_end <= exclusion.trigger_start:
        return False
    before = text[exclusion.sentence_start : exclusion.trigger_start]
    depth = before.count("(") - before.count(")") + before.count("[") - before.count("]")
    return depth > 0
