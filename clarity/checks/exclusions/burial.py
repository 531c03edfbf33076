"""Evidence that an exclusion is buried, one reason code per kind of evidence.

Courts ask that an exclusion be conspicuous and placed where the reader will
see it; the FCA asks firms to highlight exclusions early. Each test below is
one way a wording fails that. An exclusion with no reason is "visible".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from clarity.checks.exclusions.draft_context import defining_lead_in
from clarity.checks.exclusions.draft_owner import headings_before
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import BURYING, Exclusion, is_buried
from clarity.checks.exclusions.summary import SummarySection, mentioned, section_end
from clarity.core.document import Document
from clarity.text.sentences import count_words

__all__ = ["BURYING", "REASONS", "burial_reasons", "is_buried"]

REASONS = (
    "not-under-exclusion-heading",
    "in-definition",
    "long-sentence",
    "in-parentheses",
    "late-in-document",
    "cross-reference",
    "notwithstanding-or-provided-that",
    "late-not-in-summary",
    "fine-print",
    "hidden-text",
)
_ITEM_BREAK = re.compile(
    r"(?:^|\n)[ \t]*(?:[•▪●◦‣\uf06e\uf0b7\uf0a7-]|\.\.\.|…|\(?[a-z0-9]{1,3}[.)]"
    r"|[A-Z]?\d{1,2}(?:\.\d{1,2})+\.?)[ \t]",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3}[.!?])[\"'”’)]*(?=\s+[A-Z])")
"""The end of a sentence inside a list item: a full stop after a word (not an initial or
an abbreviation such as "e.g."), then a capital."""
_BULLET = re.compile(r"[•▪●◦‣\uf06e\uf0b7\uf0a7]")


def burial_reasons(
    document: Document,
    lex: CompiledLexicon,
    exclusion: Exclusion,
    summary: SummarySection | None,
    check_heading: bool = True,
    guideline: bool = False,
) -> tuple[str, ...]:
    """Every reason ``exclusion`` is hard to find.

    ``guideline`` applies the exclusion annotation guideline (shared/labels/README):
    no exclusion heading means the nearest heading does not announce exclusions, an
    exclusion after 70% of the text is late, and absence from the summary is evidence
    only where a summary exists (a missing summary is one W101, not a reason on every
    exclusion). Without it (loan cost clauses, K201) the heading test asks whether the
    clause opens its own sentence, and absence from the key facts always counts."""
    text = document.text
    block = document.blocks[exclusion.block]
    sentence = text[exclusion.sentence_start : exclusion.sentence_end]
    clause = text[exclusion.start : exclusion.end]
    reasons: list[str] = []
    if check_heading and (
        not _under_exclusion_heading(lex, document, exclusion)
        if guideline
        else _trigger_inside_sentence(text, exclusion)
    ):
        reasons.append("not-under-exclusion-heading")
    # A list announced by a lead-in in which a party refuses ("ACE shall not be liable
    # for:") is a list of exclusions, though a definitions heading is the nearest above
    # it; one whose lead-in limits a word ("Contents does not include:") stays inside
    # the definition.
    in_definitions = (
        not exclusion.announced or not lex.matches("refusal_lead_in", exclusion.heading)
    ) and lex.in_definitions_part(block.section_path)
    lo, hi = exclusion.start, exclusion.end
    if (
        in_definitions
        or lex.found("definition_sentence", text, lo, hi, clause)
        or lex.matches("definition_reference", clause)
        or defining_lead_in(document, lex, exclusion.block)
    ):
        reasons.append("in-definition")
    words = (
        _sentence_words(text, exclusion)
        if guideline
        else count_words(clause if exclusion.source != "sentence" else sentence)
    )
    if words > lex.number("long_sentence_words", 40):
        reasons.append("long-sentence")
    if block.kind == "footnote" or _inside_parentheses(text, exclusion):
        reasons.append("in-parentheses")
    if lex.found("cross_reference", text, lo, hi, clause):
        reasons.append("cross-reference")
    if lex.found("hedges", text, exclusion.sentence_start, exclusion.sentence_end, sentence):
        reasons.append("notwithstanding-or-provided-that")
    if (
        guideline
        and exclusion.start > len(text) * lex.number("late_in_document_share", 0.7)
        and _long_enough(document, lex)
    ):
        reasons.append("late-in-document")
    late = exclusion.start > len(text) * lex.number("late_after_share", 0.15)
    if (
        late
        and (summary is not None or not guideline)
        and not exclusion.in_summary_section
        and not (summary and mentioned(lex, exclusion, text[summary.start : summary.end]))
    ):
        reasons.append("late-not-in-summary")
    styles = document.styles_over(exclusion.start, exclusion.end)
    # At most fine_print_pt, and smaller than the body: a wording set in 8 pt throughout
    # has no fine print at 8 pt, nor one set in 7.3 pt throughout at 7.3 pt. The body size
    # is the commonest size to the half point, so smaller means at least half a point
    # smaller; the reader's "small" (under 8 pt) decides only where no size is known.
    most = min(lex.number("fine_print_pt", 8), (document.body_pt or float("inf")) - 0.5)
    if any(s.size_pt <= most if s.size_pt is not None else s.small for s in styles):
        reasons.append("fine-print")
    if any(s.hidden for s in styles):
        reasons.append("hidden-text")
    return tuple(reasons)


def _long_enough(document: Document, lex: CompiledLexicon) -> bool:
    """Is the document long enough for a place in it to be "late" (several pages)?"""
    return _has_words(document.text, int(lex.number("late_min_words", 1500)))


@lru_cache(maxsize=4)
def _has_words(text: str, least: int) -> bool:
    """Does ``text`` hold ``least`` words? Asked once per document, not once per
    exclusion (a string's hash is cached), and answered from the text's start when
    that holds enough: no word holds whitespace, so the words before a whitespace
    character are words of the whole text."""
    cut = text.find(" ", least * _CHARS_PER_WORD)
    if cut >= 0 and count_words(text[:cut]) >= least:
        return True
    return count_words(text) >= least


_CHARS_PER_WORD = 8
"""Enough text, in most documents, to hold a given number of words."""


LEADING_WORDS = 6
"""A trigger this close to the start of its sentence opens the sentence: the
clause stands on its own beside the text it limits."""


def _trigger_inside_sentence(text: str, exclusion: Exclusion) -> bool:
    if exclusion.source != "sentence":
        return False
    return count_words(text[exclusion.sentence_start : exclusion.trigger_start]) > LEADING_WORDS


def _under_exclusion_heading(
    lex: CompiledLexicon, document: Document, exclusion: Exclusion
) -> bool:
    """The nearest heading, or a heading that encloses it, announces exclusions (or
    the exclusion is a summary item or an item of a list announced as exclusions). The
    nearest heading may announce a limit instead ("Time limit for claims"), as the
    guideline's "announces exclusions/limits" reads.

    "4 Exclusions > 4.1 War": the war clause sits in the exclusions section though
    its own heading names only its topic. An enclosing heading must name exclusions
    (``heading_nouns``): a negated cover word above other headings is more often a
    name ("No Claim Discount") or a sentence a reader took for a heading. A heading
    whose section is most of the document ("Policy terms, conditions and exclusions"
    over the whole wording) is the document's title, not an exclusions section."""
    if exclusion.in_summary_section or exclusion.announced:
        return True
    if lex.matches("two_column_headings", exclusion.heading):
        return True  # the "What is not covered" column of a table whose rows are headings
    block = document.blocks[exclusion.block]
    if lex.matches("run_in_headings", document.text[block.start : block.end][:80]):
        return True  # "What we exclude We will not pay ...": a label that titles its paragraph
    path = block.section_path
    if not path:
        return False
    if lex.is_exclusion_heading(path[-1]) or lex.matches("limit_headings", path[-1]):
        return True  # "Exclusions", "What is not covered", "Claims limit"
    if lex.is_exclusion_heading(_section_of_its_level(document, lex, exclusion.block)):
        # "Section 3: Exclusions" / "Asbestos" / "Bodily injury", all set at one level: the
        # titles after a section's own heading are its parts
        return True
    # a form's title ("BUILDING COVERAGE FORM") starts it anew (``own_form``)
    enclosing = set(lex.own_form(path[:-1]))
    if not any(_names_exclusions(lex, title) for title in enclosing):
        return False
    share = lex.number("enclosing_heading_max_share", 0.5)
    return any(
        title in enclosing
        and _names_exclusions(lex, title)
        and extent <= share * len(document.text)
        for title, extent in _enclosing_sections(document, exclusion.block)[:-1]
    )


def _section_of_its_level(document: Document, lex: CompiledLexicon, index: int) -> str:
    """The heading named as a section ("Section 3: Exclusions") that the titles of its
    level after it belong to, where a reader set them all at one level; "" when a title
    between them opens a part of its own ("1. Definitions", "Definitions")."""
    for title in headings_before(document, index):
        if lex.matches("draft_section_names", title):
            return title
        if lex.is_definition_heading(title) or _FIRST_NUMBER.match(title):
            return ""
    return ""


_FIRST_NUMBER = re.compile(r"^\W*(?:1|I|A)(?:\.0)?[.)]?\s+\S")
"""A title that starts a numbering of its own ("1. DEFINITIONS", "A Cover")."""


def _names_exclusions(lex: CompiledLexicon, title: str) -> bool:
    return lex.heading_nouns is not None and lex.heading_nouns.search(title) is not None


def _enclosing_sections(document: Document, index: int) -> list[tuple[str, int]]:
    """(title, length of its section) of every heading above block ``index``,
    outermost first, as ``section_path`` names them; a heading's section runs to the
    next heading of its level or above."""
    blocks = document.blocks
    path = blocks[index].section_path
    found: list[tuple[str, int]] = []
    bound = None
    for j in range(index - 1, -1, -1):
        block = blocks[j]
        if block.kind != "heading" or (bound is not None and block.level >= bound):
            continue
        bound = block.level
        depth = len(block.section_path)
        if depth < len(path):
            found.append((path[depth], section_end(blocks, j, len(document.text)) - block.start))
        if depth == 0:
            break
    return found[::-1]


def _sentence_words(text: str, exclusion: Exclusion) -> int:
    """Words of the sentence (or list item) that holds the exclusion. List items that a
    PDF reader ran together into one sentence count one by one, and so do the sentences
    of an item ("Any pre-existing condition. This exclusion does not apply if ...")."""
    if exclusion.source != "sentence":
        clause = text[exclusion.start : exclusion.end]
        ends = [m.end() for m in _SENTENCE_END.finditer(clause)]
        cuts = sorted({0, len(clause), *_breaks(clause), *ends})
        return max(count_words(clause[a:b]) for a, b in pairwise(cuts))
    lo, hi = exclusion.sentence_start, exclusion.sentence_end
    sentence = text[lo:hi]
    at = exclusion.trigger_start - lo
    breaks = _breaks(sentence)
    before = max((b for b in breaks if b <= at), default=0)
    after = min((b for b in breaks if b > at), default=len(sentence))
    return count_words(sentence[before:after])


def _breaks(piece: str) -> list[int]:
    """Where list items start inside a piece of text that a reader ran together."""
    found = [m.start() for m in _ITEM_BREAK.finditer(piece)]
    return found + [m.start() for m in _BULLET.finditer(piece)]


def _inside_parentheses(text: str, exclusion: Exclusion) -> bool:
    if exclusion.source != "sentence" or exclusion.trigger_end <= exclusion.trigger_start:
        return False
    before = text[exclusion.sentence_start : exclusion.trigger_start]
    depth = before.count("(") - before.count(")") + before.count("[") - before.count("]")
    return depth > 0
