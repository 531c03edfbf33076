"""Which heading titles an exclusion's section in the draft "What is not covered" list.

The nearest heading above a clause is not always its section's name: a page banner that
ends the page before, a bare "Exclusions" set under each of several covers, a title the
reader took for a paragraph. These helpers find the heading a writer would put over the
bullet, or none, since no title is better than a wrong one.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.draft_context import bare_words, without_title_notes
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import word_set
from clarity.core.document import Document


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


def pages_below(document: Document, index: int, depth: int) -> int:
    """How many pages block ``index`` sits below the heading at ``depth`` of its path."""
    at = path_heading(document, index, depth)
    blocks = document.blocks
    if at is None or blocks[index].page is None or blocks[at].page is None:
        return 0
    return blocks[index].page - blocks[at].page


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
    twin = _owner_of_twins(document, lex, above)
    if twin:
        return twin  # "Tyre Protector" / "What is Covered" / "What is not Covered"
    earlier_table = False
    for j in range(above - 1, -1, -1):
        if blocks[j].kind == "paragraph" and not earlier_table:
            name = _section_name_line(document, lex, j)
            if name:
                return name  # "Section A - Accidental Damage" atop the cover column beside
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
        if _DOTTED.match(title) and _DOTTED.match(bare):
            owned = _DOTTED.match(bare).group(1).startswith(_DOTTED.match(title).group(1) + ".")
            if not owned:
                continue  # "4.17 Notice of communication" before "4.18 Exclusions": a peer
            return without_title_notes(lex, title)  # "7.2 Out-patient" over "7.2.1 Exclusions"
        if (
            blocks[j].level == level
            and _ITEM_NUMBER.match(bare)
            and not (_LETTERED.match(bare) and _SERIES_TITLE.match(title))
        ):
            continue  # "4. Coverage Extensions" before "B. Exclusions": a peer's item
        if blocks[j].level == level and _in_column_of_titles(document, j, above):
            continue  # "1. Theft at home" / "2. Theft away": the list is not one's alone
        return without_title_notes(lex, title)  # "SECTION 1: BUILDINGS continued"
    return ""


_MAX_NAME_WORDS = 8
_CONTENTS_ENTRY = re.compile(r"\.{3,}|…|\d\s*$")


def _section_name_line(document: Document, lex: CompiledLexicon, index: int) -> str:
    """A section's name set as a line of text, not as a heading ("Section B - Theft" atop
    the "What is covered" column of a "What is covered | What is not covered" table):
    short, no stop at its end, named as a section (``draft_section_names``)."""
    block = document.blocks[index]
    line = " ".join(document.text[block.start : block.end].split())
    if len(line.split()) > _MAX_NAME_WORDS or line.endswith((".", ",", ";", ":")):
        return ""
    if _CONTENTS_ENTRY.search(line):
        return ""  # "Section I - Property Protection ....... 11": the contents, no part
    return line if lex.matches("draft_section_names", line) else ""


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


_SERIES_WORD = r"(?:section|benefit|part|chapter)"
"""The word a title numbered in a named series opens on ("Section 3", "BENEFIT 10")."""
_NUMBERED_TITLE = re.compile(
    rf"^\W{{0,2}}(?:{_SERIES_WORD}\s+)?[A-Z]{{0,3}}\d{{1,3}}[a-z]?\b", re.IGNORECASE
)
"""A title numbered in a series ("M06 – Passenger Liability", "Section 3 - Baggage"): a
sibling so numbered names the part a bare heading after it belongs to."""


_LETTERED = re.compile(r"^\W{0,2}[A-Za-z][.)]\s+\S")
"""A bare heading lettered as an item of its part's own series ("(A) GENERAL EXCLUSIONS")."""
_SERIES_TITLE = re.compile(rf"^\W{{0,2}}{_SERIES_WORD}\s+\d{{1,3}}\b", re.IGNORECASE)
"""A title numbered in a named series ("BENEFIT 10 - FIRE AND ALLIED PERILS"): the part
a lettered bare heading after it belongs to ("(A) GENERAL EXCLUSIONS"), no peer item."""


_DOTTED = re.compile(r"^\W{0,2}(\d{1,3}(?:\.\d{1,3})+)\.?\s+\S")
"""A title numbered with a dotted number ("7.2.1 Exclusions"): its number says whose part it
is ("7.2 Out-patient Treatment") and who is a peer ("7.2.2 ...")."""
_ITEM_NUMBER = re.compile(
    r"^\W{0,2}(?:\d{1,3}(?:\.\d{1,3})+[.)]?|(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)])\s+\S"
)
"""A bare heading numbered in its own series ("B. Exclusions", "4.18 Exclusions", a dotted
number with or without its closing stop)."""


def _generic(document: Document, lex: CompiledLexicon, index: int) -> bool:
    """A heading that names no part: a bare one ("Exclusions"), or an exclusions heading
    set over several sections ("Specific Exclusions" under each cover of a travel
    policy), where once it may name the policy's own ("Specific Exclusions" beside
    "Standard Exclusions" of a health policy); never one that says it is the whole
    policy's ("General Exclusions"), unless it is lettered as one item of a part ("(A)
    GENERAL EXCLUSIONS") and the policy sets another for all its parts."""
    block = document.blocks[index]
    title = document.text[block.start : block.end]
    words = bare_words(without_title_notes(lex, " ".join(title.split())))
    # ("Your cover continued" is "Your cover")
    if words in word_set(lex, "draft_generic_headings"):
        return True
    if _PART_GENERAL.match(" ".join(title.split())) and _sets_all_parts_heading(document, lex):
        return True  # "(A) GENERAL EXCLUSIONS" of Benefit 10, beside the policy's own
    return (
        document.heading_count(title) >= MIN_SECTION_REPEATS
        and lex.is_exclusion_heading(title)
        and not lex.matches("draft_whole_policy_headings", title)
    )


_PART_GENERAL = re.compile(
    r"^\W{0,2}[A-Za-z][.)]\s+general\s+(?:exclusions?|exceptions?)\W*$",
    re.IGNORECASE,
)
"""A general exclusions heading lettered as one item of a part's series, saying no more
("(A) GENERAL EXCLUSIONS", "(B) GENERAL CONDITIONS" after it): the part's own where the
policy sets another for all its parts."""


def _sets_all_parts_heading(document: Document, lex: CompiledLexicon) -> bool:
    """Does the document set a general exclusions heading that says it applies to all
    its parts ("GENERAL EXCLUSIONS (APPLICABLE TO ALL BENEFITS UNDER THE POLICY)")?"""
    return any(
        lex.matches("draft_whole_policy_headings", title)
        and lex.matches("draft_all_parts_headings", title)
        for title in (
            " ".join(document.text[b.start : b.end].split())
            for b in document.blocks
            if b.kind == "heading"
        )
    )


MIN_SECTION_REPEATS = 3
"""Times an exclusions heading is set in a document for it to be each section's own (a
contents page and the body set the policy's "General Exclusions" twice)."""


def _owner_of_twins(document: Document, lex: CompiledLexicon, above: int) -> str:
    """The cover's name set right before a pair of bare headings, the one what is covered
    and the other what is not ("Tyre Protector" / "What is Covered" / ... / "What is not
    Covered"), all at one level: the pair is that cover's own. "" when the heading before
    the bare one is not its twin, or the one before the twin names nothing (a bare or a
    generic heading, one numbered as an item of a list, or one set again over every
    pair of its kind). Page furniture and registration lines between them ("UIN No.: ...") are
    passed over."""
    blocks = document.blocks
    level = blocks[above].level
    bare = bare_words(document.text[blocks[above].start : blocks[above].end])
    found = [j for j in _headings_before(document, lex, above, 2) if blocks[j].level == level]
    if len(found) < 2:
        return ""
    twin, owner = found
    twin_words = bare_words(document.text[blocks[twin].start : blocks[twin].end])
    if _NOT.sub(" ", bare).split() != twin_words.split() or bare == twin_words:
        return ""
    title = " ".join(document.text[blocks[owner].start : blocks[owner].end].split())
    if _owns_nothing(document, lex, owner) or _ITEM_NUMBER.match(title):
        return ""
    twin_title = document.text[blocks[twin].start : blocks[twin].end]
    if 1 < document.heading_count(title) >= document.heading_count(twin_title):
        # "Guidance notes", "When does the cover begin and end?", set over every pair: no
        # cover's name. "Hire car after theft", set in two of a policy's four products,
        # each with its own of the many "Covered" / "Not covered" pairs, names its pairs
        return ""
    return without_title_notes(lex, title)


_NOT = re.compile(r"(?:^|\s)(?:(?:do|does)\s+)?not\b", re.IGNORECASE)
"""The words that turn a cover's heading into its exclusions' ("What is | not | covered",
"What we | do not | cover", "Not | covered"; ``bare_words`` spells out "don't")."""


def _headings_before(document: Document, lex: CompiledLexicon, index: int, count: int) -> list[int]:
    """The last ``count`` headings before block ``index``, nearest first, passing over
    page furniture and registration lines (``draft_generic_titles``)."""
    blocks, found = document.blocks, []
    for j in range(index - 1, -1, -1):
        if blocks[j].kind != "heading":
            continue
        title = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if lex.matches("draft_generic_titles", title):
            continue
        found.append(j)
        if len(found) == count:
            break
    return found


def _owns_nothing(document: Document, lex: CompiledLexicon, index: int) -> bool:
    block = document.blocks[index]
    title = document.text[block.start : block.end]
    return _generic(document, lex, index) or lex.matches("draft_not_owner_headings", title)


_SERIES = re.compile(r"^\W{0,2}([A-Z]{0,3})(\d{1,3})\b")
_LETTERED_TITLE = re.compile(r"^([A-Z])[.)]\s+[A-Z][A-Z0-9&/,'’() -]*[A-Z)]$")
"""A heading lettered in a series and set in capitals ("E. COMA OF SPECIFIED SEVERITY")."""
_RUN_IN_CAPS = re.compile(r"^([A-Z])[.)]\s+((?:[A-Z][A-Z0-9&/'’-]*[\s,:]+){1,12}?)(?=[A-Z][a-z])")
"""A block that opens with the next letter and a title in capitals run into its text ("G.
STROKE RESULTING IN PERMANENT SYMPTOMS Any cerebrovascular incident ...")."""


def _lettered_run_in(document: Document, above: int, index: int, letter: str) -> str:
    """The last title in capitals, run into its block's text, that goes on with the
    letters of the heading above ("E. COMA ..." heading, then "F. KIDNEY FAILURE ...:
    End stage ...", "G. STROKE ... Any cerebrovascular incident ..." read as list items):
    between that heading and block ``index``, each title one letter on from the last."""
    blocks = document.blocks
    expected, found = chr(ord(letter) + 1), ""
    for j in range(above + 1, index + 1):
        text = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        run_in = _RUN_IN_CAPS.match(text)
        if run_in is None or run_in.group(1) != expected:
            continue
        words = run_in.group(2).strip(" ,:").split()
        if len(words) >= 2:
            found = f"{expected}. {' '.join(words)}"
            expected = chr(ord(expected) + 1)
    return found


def missed_series_heading(document: Document, index: int) -> str:
    """A title the reader took for a paragraph, between block ``index`` and the heading
    above it, that goes on with that heading's numbering ("M08 – Replacement Parts" ...
    "M09 – Restriction Of Indemnity (Applicable for Imported Vehicles)": its wrapped,
    bracketed tail kept it from reading as a heading); "" when there is none."""
    blocks = document.blocks
    above = heading_above(document, index)
    if above is None:
        return ""
    title = " ".join(document.text[blocks[above].start : blocks[above].end].split())
    lettered = _LETTERED_TITLE.match(title)
    if lettered is not None:
        return _lettered_run_in(document, above, index, lettered.group(1))
    numbered = _SERIES.match(title)
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
