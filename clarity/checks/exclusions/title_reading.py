"""Whether a heading's words read as a title a draft can show ("Storm or flood"), or as a
clause a reader took for one ("Expenses are payable for the", "In the event that ...")."""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import ends_on_participle
from clarity.readers.structure import PART_OPENING


def reads_as_heading(title: str, lex: CompiledLexicon) -> bool:
    """A short title, not a clause a reader took for one: it starts with a capital or a
    number, ends on neither a stop, a dangling word ("Expenses are payable for the",
    "Any loss or liability caused"), a percentage nor a "won't apply", opens with no
    condition ("In the event that ..."), defines no word ("Policy means this PDS") and
    names no unit as a table's column heading does ("Sum Insured Limit (Rs.) per
    day")."""
    words = title.split()
    if not _NAMING_WORD.search(title):
        return False  # "U U" (a table's ticks), "B", "NB", "By us": no word names a part
    first = _BRACKETED_NUMBER.sub("", title)[:1]  # "(2) Glass": numbered like "2. Glass"
    label = PART_OPENING.match(title) or _LIST_LABEL.match(title)
    # "SECTION D) EXCLUSIONS- SPECIFIC EXCLUSIONS ...", "List I – List of which coverage
    # is not available in the policy": a labelled part that says it leaves things out
    named_words = title[label.end() :].split() if label else words
    named = bool(named_words) and (
        lex.matches("heading_nouns", named_words[0])
        or (label is not None and lex.is_exclusion_heading(" ".join(named_words)))
    )
    longest = 12
    if named:  # "Exclusions only ...", "SECTION D) EXCLUSIONS APPLICABLE TO ... UNDER ..."
        longest = _MAX_LABELLED_TITLE_WORDS if label else _MAX_EXCLUSIONS_TITLE_WORDS
    if not (0 < len(words) <= longest) or not (first.isupper() or first.isdigit()):
        return False
    if title.endswith((".", ",", ";", "%", "/")) or sum(c.isdigit() for c in title) >= 7:
        return False  # a sentence, a table row, a telephone number, a title cut ("Advice/")
    if all(_CODE.fullmatch(word) for word in words):
        return False  # "TL TLS", "IP IPP": the codes of the products a part applies to
    if _GARBLED.search(title):
        return False  # "Understanding Understanding important information tax tax", "₂₄-hour"
    last = words[-1].lower().strip(":")
    if last in (lex.raw.get("draft_heading_dangling") or ()) or last.endswith(("’s", "'s")):
        return False
    if ends_on_participle(lex, words) and not words[-1][:1].isupper():
        return False  # "Any loss or liability caused", not the title "Family Planning"
    return not (
        lex.matches("draft_heading_openers", title)
        or lex.matches("draft_heading_clause_endings", title)
        or lex.matches("definition_sentence", title)
        or lex.matches("draft_table_headings", title)
    )


_GARBLED = re.compile(r"\b([^\W\d_]{2,})\s+\1\b|[₀-₉⁰-⁹¹²³]", re.IGNORECASE)
"""A word set twice in a row, or a digit set small: a running head the page's layers
printed over each other, a superscript run into the words, not a title."""

_CODE = re.compile(r"[A-Z]{1,3}")
"""A word in capitals of three letters or fewer: a product's or plan's code, a badge set
beside a benefit ("TL TLS", "IPP"), when all a title's words are such."""

_NAMING_WORD = re.compile(r"[^\W\d_]{3,}")
"""A word of three letters or more: a title with none names no part of a policy."""

_MAX_EXCLUSIONS_TITLE_WORDS = 16
"""A title that opens by naming exclusions and says whose they are may run longer
("Exclusions only Applicable to the Accidental Death & Dismemberment section of this
Policy:", 13 words); a lead-in set as a heading ("You are not covered if ...:") may not."""

_MAX_LABELLED_TITLE_WORDS = 24
"""A part's label, then exclusions and whose they are, may run longer still ("SECTION D)
EXCLUSIONS- SPECIFIC EXCLUSIONS APPLICABLE TO PART A- DOMESTIC COVER UNDER SECTION C)
BENEFITS COVERED UNDER THE POLICY")."""

_LIST_LABEL = re.compile(
    r"^(?:annexure|appendix|schedule|list)\s*[-–]?\s*(?:\d{1,3}|[A-Z]|[IVX]{1,5})\s*[:.)–—-]\s*",
    re.IGNORECASE,
)
"""The label of an annex or a numbered list ("Annexure I - ", "List I – "), which opens a
title as a part's label does."""

_BRACKETED_NUMBER = re.compile(r"^\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\)\s+")
