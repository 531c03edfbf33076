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

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import generic_words, is_function, word_set
from clarity.core.document import Document

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
    """A heading's words in small letters, contractions spelt out: "What's not covered" is
    "what is not covered", "What we don't cover" "what we do not cover"."""
    lowered = title.lower()
    for pattern, spelt in _CONTRACTIONS:
        lowered = pattern.sub(spelt, lowered)
    return " ".join(_LETTERS.findall(lowered))


_LAST_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=\S)")
_NUMBERED = re.compile(r"^\W{0,3}(\d{1,2})[.)]?\s+\S")


def left_out_of_draft(
    document: Document, lex: CompiledLexicon, exclusions: list[Exclusion]
) -> frozenset[int]:
    """The starts of the exclusions that sit inside a definition (see the module) or under
    a definitions heading, or
    whose nearest heading announces caps ("Compensation limits": ``draft_cap_headings``)
    and which are no item of an exclusions heading."""
    spans = _numbered_definitions(document, lex)
    found = set()
    for exclusion in exclusions:
        block = document.blocks[exclusion.block]
        path = block.section_path
        if (
            (path and exclusion.source != "heading" and lex.matches("draft_cap_headings", path[-1]))
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
    definition: its last sentence defines ("Salary means:"), or limits ("does not
    include") a definition that opens the paragraph?"""
    blocks = document.blocks
    if blocks[index].kind != "list_item":
        return False
    j = index - 1
    while j >= 0 and (blocks[j].kind == "list_item" or _sub_items(document, j)):
        j -= 1
    if j < 0 or blocks[j].kind != "paragraph":
        return False
    paragraph = " ".join(document.text[blocks[j].start : blocks[j].end].split())
    if not paragraph.endswith(":"):
        return False
    last = _LAST_SENTENCE.split(paragraph)[-1]
    if lex.matches("defines", last) or lex.matches("definition_reference", last):
        return True  # "Salary means:", "For the above definition, the following are excluded:"
    return lex.matches("defines", paragraph) and lex.matches("definition_sentence", last)


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


def heading_above(document: Document, index: int) -> int | None:
    """The index of the nearest heading block at or above block ``index`` (None when
    there is none): the heading a draft section would be titled by."""
    blocks = document.blocks
    return next((j for j in range(index, -1, -1) if blocks[j].kind == "heading"), None)


def path_heading(document: Document, index: int, depth: int) -> int | None:
    """The index of the heading block that is entry ``depth`` of block ``index``'s
    section path (the nearest heading above it with ``depth`` headings over it)."""
    blocks = document.blocks
    return next(
        (
            j
            for j in range(index, -1, -1)
            if blocks[j].kind == "heading" and len(blocks[j].section_path) == depth
        ),
        None,
    )


def headings_before(document: Document, index: int) -> list[str]:
    """The headings of the same level as the nearest heading above block ``index``, from
    it back to the heading that opens their part (one set further out): "Examples of
    activities not covered are:" / "The following activities are covered:" / "Winter
    Sports". A reader that set a list's lead-in as a heading gives it the level of the
    title it belongs under."""
    above = heading_above(document, index)
    if above is None:
        return []
    blocks = document.blocks
    level = blocks[above].level
    out = []
    for j in range(above, -1, -1):
        block = blocks[j]
        if block.kind != "heading":
            continue
        if block.level < level:
            break
        if block.level == level:
            out.append(" ".join(document.text[block.start : block.end].split()))
    return out


_BANNER_TAIL_WORDS = 6
"""A banner's second line ("Applicable to all Sections") has at most this many words."""


def page_banner_title(document: Document, index: int) -> str | None:
    """The section title for block ``index`` when the heading above it is a page banner.

    Some PDFs print the section's name in the margin of each page; extracted as text,
    that banner comes at the end of the page it names, after the page's body and right
    before the running footer ("... Act 1973. | General Exclusions | Applicable to the
    Policy | <footer>"). Read as a heading, it would title the next page's text: the
    general exclusions would sit under "Extensions", the banner of the page before. A
    heading is a banner when a page break (left-out page furniture) follows it, with at
    most one short line between. Then the block's own title is the banner that ends its
    page: that title ("General Exclusions"), "" when its page has none (no title is
    better than a wrong one), None when the heading above is no banner."""
    blocks = document.blocks
    above = heading_above(document, index)
    if above is None or not _ends_page(document, above):
        return None
    for j in range(index + 1, len(blocks)):
        if blocks[j].kind == "heading" and _ends_page(document, j):
            return " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if _page_break_after(document, j - 1) or blocks[j].kind == "heading":
            return ""
    return ""


def _ends_page(document: Document, index: int) -> bool:
    """Is heading ``index`` followed by a page break, with at most one short line between,
    and not preceded by one (a heading at the top of a page heads it)?"""
    if index == 0 or _page_break_after(document, index - 1):
        return False
    if _page_break_after(document, index):
        return True
    blocks = document.blocks
    if index + 1 >= len(blocks) or blocks[index + 1].kind != "paragraph":
        return False
    tail = document.text[blocks[index + 1].start : blocks[index + 1].end].split()
    short = len(tail) <= _BANNER_TAIL_WORDS and not tail[-1].endswith((".", ":", ";"))
    return short and _page_break_after(document, index + 1)


def _page_break_after(document: Document, index: int) -> bool:
    """Does text the reader left out (running headers, footers, page numbers) sit between
    block ``index`` and the next?"""
    blocks = document.blocks
    if index + 1 >= len(blocks):
        return False
    return bool(document.text[blocks[index].end : blocks[index + 1].start].strip())


def owner_of_bare_heading(document: Document, lex: CompiledLexicon, index: int) -> str:
    """The heading a bare exclusions heading above block ``index`` belongs to.

    "Exclusions" alone names no cover: in a policy whose sections each end with their
    own "Exclusions" (or whose endorsements do: "M06 - Passenger Liability | Exclusions"),
    a draft section titled "Exclusions" hides whose they are and runs the sections'
    exclusions together. The owner is the heading before it at its own level when that
    one is numbered in a series ("M06 - Passenger Liability"), else the heading it sits under
    ("Section 3 - Wedding Cars", not "Cover"); "" when the heading above is not bare
    (``draft_generic_headings``) or no owner names anything. A heading of conditions,
    limits or claims ("Special conditions relating to claims": ``draft_not_owner_headings``)
    owns no exclusions: it is passed over like a bare one."""
    blocks = document.blocks
    above = heading_above(document, index)
    if above is None or not _generic(document, lex, above):
        return ""
    level = blocks[above].level
    bare = document.text[blocks[above].start : blocks[above].end]
    bare_title = " ".join(bare.split())
    earlier_table = False
    for j in range(above - 1, -1, -1):
        if blocks[j].kind != "heading" or blocks[j].level > level:
            continue
        if earlier_table and blocks[j].level == level:
            continue  # a title of the table before: owns nothing of this one
        title = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if _owns_nothing(document, lex, j):
            if blocks[j].level < level:
                return ""
            # the same bare heading again at this level ("What is not covered" of the table
            # on the page before) closes the titles of this one: the part above both owns it
            earlier_table = earlier_table or bare_words(title) == bare_words(bare_title)
            continue  # "Cover", the sibling before: look for the section above both
        if title.count("(") != title.count(")"):
            return ""  # "Policy Schedule)": the tail of a line a reader took for a title
        if lex.matches("draft_generic_titles", " ".join(title.split())):
            continue  # "Page": page furniture names no part
        if blocks[j].level == level and not _NUMBERED_TITLE.match(title):
            continue  # "Defence costs": the last part of the cover, not its name
        if blocks[j].level == level and _ITEM_NUMBER.match(bare):
            continue  # "4. Coverage Extensions" before "B. Exclusions": a peer's item
        if blocks[j].level == level and _in_column_of_titles(document, j, above):
            continue  # "1. Theft at home" / "2. Theft away": the list is not one's alone
        return without_title_notes(lex, title)  # "SECTION 1: BUILDINGS continued"
    return ""


def _in_column_of_titles(document: Document, index: int, bare: int) -> bool:
    """Is heading ``index`` one of titles of its level set one under another with no text
    between (the insured events of a "What is covered | What is not covered" table, read
    column by column: "1. Theft of your cycle from home" / "2. Theft away from home" /
    "What is not covered")? Then the list under the bare heading after them is not the
    first title's or the last one's alone: the part above them all owns it."""
    blocks = document.blocks
    level = blocks[index].level
    near = [j for j in (index - 1, index + 1) if 0 <= j < len(blocks) and j != bare]
    return any(blocks[j].kind == "heading" and blocks[j].level == level for j in near) and all(
        blocks[j].kind == "heading" for j in range(index + 1, bare)
    )


_NUMBERED_TITLE = re.compile(r"^\W{0,2}(?:section\s+)?[A-Z]{0,3}\d{1,3}[a-z]?\b", re.IGNORECASE)
"""A title numbered in a series ("M06 – Passenger Liability", "Section 3 - Baggage"): a
sibling so numbered names the part a bare heading after it belongs to."""


_ITEM_NUMBER = re.compile(r"^\W{0,2}(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+\S")
"""A bare heading numbered in its own series ("B. Exclusions", "4.18 Exclusions")."""


def _generic(document: Document, lex: CompiledLexicon, index: int) -> bool:
    """A heading that names no part: a bare one ("Exclusions"), or an exclusions heading
    set over several sections ("Specific Exclusions" under each cover of a travel
    policy), where once it may name the policy's own ("Specific Exclusions" beside
    "Standard Exclusions" of a health policy); never one that says it is the whole
    policy's ("General Exclusions")."""
    block = document.blocks[index]
    title = document.text[block.start : block.end]
    words = bare_words(without_title_notes(lex, " ".join(title.split())))
    # ("Your cover continued" is "Your cover")
    if words in word_set(lex, "draft_generic_headings"):
        return True
    return (
        document.heading_count(title) >= MIN_SECTION_REPEATS
        and lex.is_exclusion_heading(title)
        and not lex.matches("draft_whole_policy_headings", title)
    )


MIN_SECTION_REPEATS = 3
"""Times an exclusions heading is set in a document for it to be each section's own (a
contents page and the body set the policy's "General Exclusions" twice)."""


def _owns_nothing(document: Document, lex: CompiledLexicon, index: int) -> bool:
    block = document.blocks[index]
    title = document.text[block.start : block.end]
    return _generic(document, lex, index) or lex.matches("draft_not_owner_headings", title)


_SERIES = re.compile(r"^\W{0,2}([A-Z]{0,3})(\d{1,3})\b")


def missed_series_heading(document: Document, index: int) -> str:
    """A title the reader took for a paragraph, between block ``index`` and the heading
    above it, that goes on with that heading's numbering ("M08 – Replacement Parts" ...
    "M09 – Restriction Of Indemnity (Applicable for Imported Vehicles)": its wrapped,
    bracketed tail kept it from reading as a heading); "" when there is none."""
    blocks = document.blocks
    above = heading_above(document, index)
    if above is None:
        return ""
    numbered = _SERIES.match(
        " ".join(document.text[blocks[above].start : blocks[above].end].split())
    )
    if numbered is None:
        return ""
    prefix, number = numbered.group(1), numbered.group(2)
    following = f"{prefix}{int(number) + 1:0{len(number)}d}"
    found = ""
    for j in range(above + 1, index + 1):
        if blocks[j].kind != "paragraph":
            continue
        text = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        series = _SERIES.match(text)
        if series and series.group(1) + series.group(2) == following and len(text.split()) <= 12:
            found = text
    return found
