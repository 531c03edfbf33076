"""Where an exclusion sits, as the draft "What is not covered" list needs to know it: inside
the definition of a word, whose limits are that definition's detail and no headline of the
policy ("Household Contents means ... but do not include: contact lenses"), or under a
heading of caps, which the draft leaves to the writer.

The burial check counts such a list as "in-definition" too (``defining_lead_in``), besides
a definitions heading above or a clause that defines; a draft bullet costs the writer more
when wrong, so the draft also leaves out:

- the items of a list whose lead-in belongs to a definition: the lead-in defines a word
  ("Salary means:"), or limits a definition that opens its paragraph ("Cancer means ...
  This does not include:");
- the parts of a definition that runs on over numbered headings ('"Critical Illness"
  means any of the conditions defined as follows: 1. Cancer ... 2. Stroke ...'), up to
  the first heading that breaks the numbering or names exclusions.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.leads import marker_shape
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import generic_words, is_function
from clarity.core.document import Block, Document

_LETTERS = re.compile(r"[^\W\d_]+")
_WITH_PARTICLE = re.compile(r"[^\W\d_]+(?:-(?:in|on|up|out|off|by)\b)?", re.IGNORECASE)
_CONTRACTIONS = (
    (re.compile(r"\b(?:won|will)[’']t\b"), "will not"),
    (re.compile(r"\b(\w+)n[’']t\b"), r"\1 not"),
    (re.compile(r"\b(what|that|it|there)[’']s\b"), r"\1 is"),
)


def without_title_notes(lex: CompiledLexicon, title: str) -> str:
    """A title without the marks a reader needs no more than the title ("SECTION 4
    (continued)", "... (also refer to General Exceptions)": ``draft_title_notes``)."""
    notes = lex.pattern("draft_title_notes")
    return (notes.sub("", title) or title) if notes is not None else title


def bare_words(title: str) -> str:
    """A heading's words in small letters, contractions spelt out, its number or letter left
    out: "What's not covered" is "what is not covered", "What we don't cover" "what we do
    not cover", "(d) Exclusions" "exclusions"."""
    lowered = _LETTER_MARKER.sub("", title).lower()
    for pattern, spelt in _CONTRACTIONS:
        lowered = pattern.sub(spelt, lowered)
    return " ".join(_LETTERS.findall(lowered))


_LETTER_MARKER = re.compile(r"^\W{0,2}(?:[A-Za-z]|[ivxIVX]{2,4})[.)]\s+(?=\S)")
"""A letter that numbers a heading ("(d) Exclusions", "B. Exclusions"): no word of it."""
_LAST_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=\S)")
_PURPOSE = re.compile(r"^(?:for\s+the\s+purposes?\s+of\s+[^,]{1,60},\s*)", re.IGNORECASE)
"""The scope a definition opens with ("For the purpose of this exclusion, ... means")."""
_NUMBERED = re.compile(r"^\W{0,3}(\d{1,2})[.)]?\s+\S")


def left_out_of_draft(
    document: Document, lex: CompiledLexicon, exclusions: list[Exclusion]
) -> frozenset[int]:
    """The starts of the exclusions that sit inside a definition (see the module), under
    a definitions heading or an eligibility caption (``draft_eligibility_captions``), or
    whose nearest heading announces caps ("Compensation limits": ``draft_cap_headings``)
    and which are no item of an exclusions heading."""
    spans = _numbered_definitions(document, lex)
    found = set()
    for exclusion in exclusions:
        block = document.blocks[exclusion.block]
        path = block.section_path
        if (
            (path and exclusion.source != "heading" and lex.matches("draft_cap_headings", path[-1]))
            # "Eligible Class(es) For Coverage:" / "All Full-time Active Employees ...;
            # excluding temporary, leased or seasonal employees": who may join the plan
            or (path and lex.matches("draft_eligibility_captions", path[-1]))
            or defining_lead_in(document, lex, exclusion.block)
            or _sets_a_cap(document, lex, exclusion)
            or any(lo <= exclusion.start < hi for lo, hi in spans)
            # under a definitions heading, a list the definition announces ("Hospital
            # expenses do not include: ... pharmacy and consumables") is its detail too
            or lex.in_definitions_part(path)
        ):
            found.add(exclusion.start)
    return frozenset(found)


def defining_lead_in(document: Document, lex: CompiledLexicon, index: int) -> bool:
    """Is block ``index`` an item of a list whose lead-in paragraph belongs to a
    definition: its last sentence defines ("Salary means:"), lists what a term takes in
    ("Treatment includes but is not limited to:", ``draft_term_lists``), or limits ("does
    not include") a definition that opens the paragraph?"""
    blocks = document.blocks
    if blocks[index].kind != "list_item":
        return False
    j = index - 1
    nearest = True
    while j >= 0 and (blocks[j].kind == "list_item" or _sub_items(document, j)):
        item = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if nearest and item.endswith(":"):
            # the nearest lead-in, set as an item's last sentence ("b) would be an insured
            # under a nuclear energy liability policy ... For the purpose of this
            # exclusion, a nuclear energy liability policy means a policy issued by:")
            nearest = False
            sentences = _LAST_SENTENCE.split(item)
            if (
                len(sentences) > 1
                and lex.matches("defines", _PURPOSE.sub("", sentences[-1]))
                and _same_list(blocks[j + 1], blocks[index])
            ):
                return True
        j -= 1
    if j < 0 or blocks[j].kind not in ("paragraph", "heading"):
        return False  # (a lead-in set as a heading: "4. Automobile of the ... type means:")
    paragraph = " ".join(document.text[blocks[j].start : blocks[j].end].split())
    if not paragraph.endswith(":"):
        return False
    last = _LAST_SENTENCE.split(paragraph)[-1]
    if lex.matches("defines", last) or lex.matches("definition_reference", last):
        return True  # "Salary means:", "For the above definition, the following are excluded:"
    terms = lex.pattern("draft_term_lists")
    listed = terms.match(last) if terms is not None else None
    if listed is not None:
        # "Treatment includes but is not limited to:", not after "We do not pay for loss
        # which results from earth movement" ("Earth movement includes ...:")
        before = (
            " ".join(document.text[blocks[j - 1].start : blocks[j - 1].end].split()) if j else ""
        )
        refused = listed.group("term").lower() in before.lower() and lex.matches(
            "heading_negations", before
        )
        return not refused
    return lex.matches("defines", paragraph) and lex.matches("definition_sentence", last)


def _same_list(first: Block, item: Block) -> bool:
    """Is ``item`` one of the list ``first`` opens: set at its level, marked alike ("1."
    and "3."; not "c." after "(a)", the next item of an outer list)?"""
    return item.level == first.level and marker_shape(item.marker) == marker_shape(first.marker)


def _sub_items(document: Document, index: int) -> bool:
    """Is paragraph ``index`` the unmarked sub-items of the list item before it, which
    opened them ("• All tumours classified as any of the following:" / "Pre-malignant;
    Non-invasive;")?"""
    blocks = document.blocks
    if index < 1 or blocks[index].kind != "paragraph" or blocks[index - 1].kind != "list_item":
        return False
    before = blocks[index - 1]
    return document.text[before.start : before.end].rstrip().endswith(":")


def _sets_a_cap(document: Document, lex: CompiledLexicon, exclusion: Exclusion) -> bool:
    """Does the clause, its lead-in, or the lead-in of the list it is an item of set how
    much is paid ("We will pay the lesser of: the purchase price; ...")? Its words are
    the terms of a cap, not things left out."""
    clause = document.text[exclusion.start : exclusion.end]
    if lex.matches("draft_cap_clause", clause) or (
        exclusion.source == "lead-in" and lex.matches("draft_cap_clause", exclusion.heading)
    ):
        return True
    blocks = document.blocks
    item = blocks[exclusion.block]
    index = exclusion.block
    if item.kind != "list_item":
        return False
    j = index - 1
    while j >= 0 and blocks[j].kind == "list_item" and blocks[j].level == item.level:
        j -= 1
    if j < 0 or blocks[j].kind not in ("paragraph", "list_item"):
        return False
    lead = document.text[blocks[j].start : blocks[j].end]
    return lead.rstrip().endswith(":") and lex.matches("draft_cap_clause", lead)


def _numbered_definitions(document: Document, lex: CompiledLexicon) -> list[tuple[int, int]]:
    """Spans of definitions that run on over numbered headings: a paragraph or item that
    defines a word and ends "as follows:" / "the following:", then headings numbered 1, 2,
    3 ..., up to the first heading that names exclusions or breaks the numbering at
    their level."""
    blocks = document.blocks
    follows = lex.pattern("draft_definition_runs_on")
    if follows is None:
        return []
    spans = []
    for i, block in enumerate(blocks):
        following = i + 1
        if block.kind == "heading" or following >= len(blocks):
            continue
        if blocks[following].kind != "heading":
            continue  # first: most blocks run on into another, and reading one costs more
        piece = " ".join(document.text[block.start : block.end].split())
        if not follows.search(_LAST_SENTENCE.split(piece)[-1]):
            continue
        level = blocks[following].level
        expected = 1
        end = len(document.text)
        for block_after in blocks[following:]:
            if block_after.kind != "heading":
                continue
            title = document.text[block_after.start : block_after.end]
            numbered = _NUMBERED.match(title)
            if lex.is_exclusion_heading(title) or block_after.level < level:
                end = block_after.start
                break
            if block_after.level == level:
                if numbered is None or int(numbered.group(1)) != expected:
                    end = block_after.start
                    break
                expected += 1
        if expected > 2:  # at least two numbered parts: a definition in parts, not a title
            spans.append((block.start, end))
    return spans


def cover_headings(document: Document, lex: CompiledLexicon) -> frozenset[str]:
    """The document's headings that name a cover, a benefit or a part ("M11 - Transport
    Allowance", "Benefit B. Critical Illness"), not exclusions or definitions: lower case,
    letters only, one space between words."""
    found = set()
    for block in document.blocks:
        if block.kind != "heading":
            continue
        title = document.text[block.start : block.end]
        if lex.is_exclusion_heading(title) or lex.is_definition_heading(title):
            continue
        words = _LETTERS.findall(title.lower())
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def names_cover(lex: CompiledLexicon, topic: str, headings: frozenset[str]) -> bool:
    """Does the topic end on the name of a cover that a heading of the document gives
    ("the use of the Rental Vehicle" under "Rental Vehicle Excess", "daily transport
    allowance" under "Transport Allowance")? Then the topic is the cover itself, and what
    the clause excludes is in the words that follow it. The name is the topic's last two
    or three words, none a function word, not all generic nouns ("bodily injury"): one
    word ("theft", "pregnancy") names a peril as often as a cover in the headings of a
    long policy. A topic that is a generic noun and a defined term, and nothing else
    ("the use of the Rental Vehicle", "loss from the Kidnap"), names the subject matter
    the same way."""
    generic = generic_words(lex)
    cased = _LETTERS.findall(topic)
    content = [w for w in cased if not is_function(lex, w) and w.lower() not in generic]
    if (
        cased
        and content
        and len(cased) > len(content)
        and cased[0] not in content  # "Consequential loss": a capital that opens the item
        and all(w[:1].isupper() and not w.isupper() for w in content)
    ):
        return True  # "the use of the Rental Vehicle": a generic noun and a defined term
    # a word and its particle ("Checked-in Baggage", "carry-on bag") are one word of the
    # name, spelt apart as the headings' words are
    words = [w.lower() for w in _WITH_PARTICLE.findall(topic)]
    for size in (3, 2):
        tail = words[-size:]
        if len(tail) < size or any(is_function(lex, w) for w in tail):
            continue
        if all(w in generic for w in tail):
            continue
        name = " " + " ".join(_LETTERS.findall(" ".join(tail))) + " "
        if any(name in f" {heading} " for heading in headings):
            return True
    return False
