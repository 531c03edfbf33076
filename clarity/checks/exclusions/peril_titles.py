"""The cover or peril a lead-in's items take cover from, which names their draft section
with the part's title ("Buildings – Storm or flood"): the peril item the lead-in follows
("• Storm or flood" / "• We don't cover:"), the peril its own item names before a
dash ("2. Windstorm or Hail -- However, we do not pay for loss:"), or the title of the
numbered clause a paragraph is a sentence of ("3 Optional Extension: Drivers'
negligence" / ... / "We will not pay you for damages caused by depreciation ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clarity.checks.exclusions.continued import LEAD
from clarity.checks.exclusions.draft_context import bare_words
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.title_reading import reads_as_heading
from clarity.checks.exclusions.topic_words import word_set

if TYPE_CHECKING:
    from clarity.core.document import Block, Document

_MARKER = r"(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|\(?[0-9a-z]{1,3}[.)]\s*)"
"""An item's number or letter ("2.", "(b)", "3.6")."""
_ITEM_MARKER = re.compile(rf"^\W*{_MARKER}?")


def cover_item_above(document: Document, exclusion: Exclusion, lex: CompiledLexicon) -> str:
    """The cover item a list's lead-in follows ("• Storm or flood" / "• We don't cover:" /
    "• damage to fences"), at once or after the item's own sub-items ("• Water escaping
    from heating systems" / "  • storage tanks." / "• We don't cover:"): the items
    exclude from that peril only, and under the cover's title alone they read as
    excluded from all of it. A short item that names a peril: a few words, no stop or
    colon, no trigger of its own, no run-in label."""
    lead = exclusion.extra.get(LEAD)
    if exclusion.source != "lead-in" or not lead:
        return _own_item_title(document, exclusion, lex)
    index = document.block_index_at(lead[0])
    dashed = _dashed_peril(document, lex, index)
    if dashed:
        return dashed
    titled = _titled_lead_in(document, lex, document.blocks[index]) if index is not None else ""
    if titled:
        # "6. Fraud and dishonesty" / "Any claim ... connected with:": the lead-in's own
        # item names its cover, not the item before it ("5. Employer's liability")
        return titled
    if index is not None and lex.matches(
        "run_in_headings", document.text[document.blocks[index].start : lead[1]][:80]
    ):
        return ""  # "What we exclude We will not pay for:": a cell of its own, for all above
    if index is None or index < 1:
        return ""
    blocks = document.blocks
    previous = blocks[index - 1]
    if (
        blocks[index].kind != "list_item"
        and previous.level > blocks[index].level
        and (
            _BULLETED.match(previous.marker)
            or _BULLETED.match(document.text[previous.start : previous.end])
        )
    ):
        # "• Oxygen and its administration" / "The following are not covered services:":
        # a lead-in set out of a bulleted list ends that list of what is covered (a
        # numbered title's body is its own: "2. Maintenance or defects" / "loss or damage
        # caused by or arising out of:")
        return ""
    name = _peril_name(document, lex, blocks[index - 1])
    j = index - 1
    while not name and j > 0 and blocks[j].level > blocks[index].level:
        j -= 1  # back over the cover item's own sub-items (and a column heading)
    if not name and blocks[j].level == blocks[index].level:
        name = _peril_name(document, lex, blocks[j])  # a sibling item, not one inside
    return name


_BULLETED = re.compile(r"^\s*[•▪●◦‣○■□➢►\-–—*o](?:\s|$)")
"""A list item marked by a glyph, not a number or letter."""


def _own_item_title(document: Document, exclusion: Exclusion, lex: CompiledLexicon) -> str:
    """The cover a numbered item names before a dash, when a later sentence of the item
    excludes from it ("6. Ambulance – Expenses for the use of a licensed ambulance ...
    This benefit excludes helicopter transports."): the exclusion limits that cover only;
    "" for an item that opens with it."""
    block = document.blocks[exclusion.block]
    if block.kind == "paragraph":
        return _titled_item_above(document, lex, exclusion.block)
    if block.kind != "list_item":
        return ""
    text = " ".join(document.text[block.start : exclusion.start].split())
    titled = _DASHED_TITLE.match(text)
    if titled is None or not _STOP_BEFORE.search(text, titled.end()):
        return ""
    if lex.matches("draft_section_names", titled.group("title")):
        return ""  # "d. Section I – Exclusion 3. ...": a reference to a part, no cover's name
    return _peril_words(lex, titled.group("title"))


_SENTENCE_BREAK = re.compile(r"[.?!]\s+\S")
"""A sentence ends inside a block: the block holds more than one."""
_TOP_ITEM_LEVEL = 1
"""The level a reader gives an outermost numbered item."""


def _titled_item_above(document: Document, lex: CompiledLexicon, index: int) -> str:
    """The title of the numbered clause paragraph ``index`` is a sentence of, when that
    clause is set as an item that holds its title only ("3 Optional Extension: Drivers'
    negligence" / "We will only pay you if ..." / "We will not pay you for damages caused
    by depreciation ..."): a reader sets the clause's sentences as paragraphs and its
    sub-items deeper, and only the number shows where the clause began. The walk back
    passes paragraphs and items set deeper than the title; "" at a heading, at an item of
    another kind, or at a title set right after or before a sibling of its level ("2
    Storm" / "3 Theft": a list of names, after which a paragraph speaks of them all)."""
    blocks = document.blocks
    deepest_passed = None
    for at in range(index, max(-1, index - MAX_ITEM_LOOKBACK), -1):
        block = blocks[at]
        if block.kind == "heading":
            return ""
        if block.kind != "list_item":
            if _title_line(document, lex, block) or _RUN_IN_TITLE.match(
                document.text[block.start : block.end]
            ):
                return ""  # "Joint insureds" / "The underwriters' total ...": a clause of its own
            continue
        if at == index or (deepest_passed is not None and block.level >= deepest_passed):
            continue  # a sub-item of a clause passed over, or a sibling of one
        title = _title_line(document, lex, block)
        if title and (
            bare_words(title) in word_set(lex, "draft_generic_headings")
            or lex.matches("draft_generic_titles", title)
        ):
            title = ""  # "Coverage", "Exclusions": a part of the clause, not its name
        if title and not title[-1].isdigit() and not _beside_sibling(document, at):
            return title  # not "12 December 2019", "103 Glossectomy 104": a date, a cell
        if block.level <= _TOP_ITEM_LEVEL:
            return ""
        deepest_passed = block.level
    return ""


def _titled_lead_in(document: Document, lex: CompiledLexicon, block: Block) -> str:
    """The title a numbered item that leads in to a list opens with on a line of its own
    ("6. Fraud and dishonesty" / "Any claim ... arising out of:"), or ""."""
    if block.kind != "list_item" or _BULLETED.match(block.marker):
        return ""  # "– Corporate Manslaughter Act 2007" / "We will not pay:": a list's last name
    words = document.text[block.start : block.end].removeprefix(block.marker)
    if len(_SENTENCE_LINE.split(words.strip(), maxsplit=1)) < 2:
        return ""
    title = _title_line(document, lex, block)
    if bare_words(title) in word_set(lex, "draft_generic_headings"):
        return ""  # "2. Exclusions" / "Any claim ...:": a part's label, no cover's name
    return title


def _title_line(document: Document, lex: CompiledLexicon, block: Block) -> str:
    """The title a block opens with on a line of its own, its number left out ("4
    Optional Extension - Plant operators' negligence" / "We will only pay you ..."), or
    the whole block when it is a title alone; "" when it opens with a sentence."""
    words = document.text[block.start : block.end]
    if block.marker:
        words = words.removeprefix(block.marker)
    parts = _SENTENCE_LINE.split(words.strip(), maxsplit=1)
    if block.kind != "list_item" and len(parts) < 2:
        return ""  # a paragraph that opens with its sentence
    title = _ITEM_MARKER.sub("", " ".join(parts[0].split()))
    # "Compulsory insurance:" / "The insured must ...": a paragraph's run-in title; an
    # item that ends on a colon leads in to its list ("The following conditions apply:")
    return _peril_words(lex, title if block.kind == "list_item" else title.rstrip(" :"))


_RUN_IN_TITLE = re.compile(
    r"^\W*(?-i:[A-Z])[^.:;\n]{3,80}?\s+(?=(?-i:We|You)\s+(?:do|will|are|don[’']t|won[’']t)\s)",
    re.IGNORECASE,
)
"""A paragraph that opens with a title run into its first sentence ("Medical Conditions
caused by deliberate harm We do not cover ...")."""
_SENTENCE_LINE = re.compile(
    r"\n(?=[\"“]?(?:We|You|This|These|If|The|In|It|Any|No|Our|Your|Where|When|For|All|Subject|Unless)[\"”]?\s)"
)
"""A line that opens a sentence under a title line ("Joint insureds" / "The underwriters'
total liability ..."), not the wrapped rest of a title ("Credit Card, Forgery, and
Counterfeit" / "Money -- ...")."""


def _beside_sibling(document: Document, index: int) -> bool:
    """Is item ``index`` set right after or right before an item of its own level?"""
    blocks = document.blocks
    level = blocks[index].level
    return any(
        0 <= j < len(blocks) and blocks[j].kind == "list_item" and blocks[j].level == level
        for j in (index - 1, index + 1)
    )


_STOP_BEFORE = re.compile(r"[.;:](?:\s|$)")
"""A stop between an item's title and the exclusion: a sentence of the item comes first."""


def _dashed_peril(document: Document, lex: CompiledLexicon, index: int | None) -> str:
    """The peril a lead-in's item, or an item it sits in, names at its head, set off by
    a dash ("2. Windstorm or Hail -- However, we do not pay for loss:"; "11. Theft --
    ... However, we do not cover:" over "f. theft ... away from the premises of:") or by
    a stop before "This peril ..." ("12. Abrupt and accidental discharge or overflow of
    water, steam, or sewage ... This peril does not include loss:"): the items exclude
    from that peril, not from the item before it ("1. Fire or Lightning")."""
    if index is None:
        return ""
    blocks = document.blocks
    level = blocks[index].level + 1
    own = " ".join(document.text[blocks[index].start : blocks[index].end].split())
    if blocks[index].kind == "paragraph" and not _SENTENCE_BREAK.search(own):
        # '5. Credit Card ... -- "We" pay for loss if ...:' / "a. ..." / 'The most "we" pay
        # is $1,500 ...' / '"We" do not pay for a loss if:': a reader sets an item's later
        # sentences as paragraphs, the item's number alone marks its level. A lead-in that
        # opens with a title of its own ("Exclusions – What does ... not cover? We will
        # not pay ...:") starts a part instead
        level = _TOP_ITEM_LEVEL + 1
    for at in range(index, max(-1, index - MAX_ITEM_LOOKBACK), -1):
        block = blocks[at]
        if block.kind == "heading":
            break
        if block.kind != "list_item" or block.level >= level:
            continue  # a sibling, or a sub-item of one
        level = block.level
        text = " ".join(document.text[block.start : block.end].split())
        titled = _DASHED_TITLE.match(text)
        name = titled.group("title") if titled else _sentence_peril(text)
        name = name or _run_in_cover_title(text)
        if _peril_words(lex, name):
            return name
        if level <= 1:
            break
    return ""


def _peril_name(document: Document, lex: CompiledLexicon, block: Block) -> str:
    if block.kind != "list_item":
        return ""
    words = _OWN_SENTENCE.split(document.text[block.start : block.end], maxsplit=1)[0]
    return _peril_words(lex, _ITEM_MARKER.sub("", " ".join(words.split())))


def _peril_words(lex: CompiledLexicon, words: str) -> str:
    """The words, when they name a peril: a few, capitalised, no closing stop."""
    if (
        not words
        or len(words.split()) > MAX_PERIL_WORDS
        or words[-1] in ".:;,"
        or (not words[:1].isupper())
        or lex.matches("cover_run_in", words)
        or not reads_as_heading(words, lex)  # "Damage caused by or consisting of"
    ):
        return ""
    return "" if lex.matches("draft_exceptions", words) else words


_DASHED_TITLE = re.compile(
    r"^\W*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?P<title>[A-Z][^.:;]*?)\s+(?:--|–|—)\s+(?=[\"“]?[A-Z][a-z])"
)
"""A lead-in that opens with its peril's name, set off by a dash before a sentence
("2. Windstorm or Hail -- However, we do not pay for loss:", '5. Credit Card -- "We" pay
...'; not "SECTION I – LOSS OF OR DAMAGE ...", a title in two parts)."""
_PERIL_SENTENCE = re.compile(
    r"^\W*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?P<title>[A-Z][^.:;]*?)\.\s+"
    r"(?=This\s+peril\s+(?:does\s+not|doesn[’']t)\b)"
)
"""A peril item that opens with the peril's name, then says what the peril does not
include ("2. Windstorm or hail. This peril does not include loss to ...")."""
_NAME_GLOSS = re.compile(r",\s+(?:meaning|including|which|that)\b", re.IGNORECASE)
"""Where a peril's name ends and its gloss begins ("Smoke, meaning abrupt ...")."""


_RUN_IN_COVER = re.compile(
    rf"^\W*{_MARKER}"
    r"(?P<title>[A-Z][^.:;]*?)\s+(?=(?:You|We)\s+(?:are|will|agree|also|cover|insure|pay)\b)"
)
"""A numbered clause whose title, set beside it, runs into its first sentence with no stop
("3.1 Advertising liability You are insured for ... You are not insured for advertising
liability in connection with:"; "5.3 Building defects You are not insured for liability
in connection with a building or structure being affected by:")."""


def _run_in_cover_title(text: str) -> str:
    """The title a numbered clause opens with before its first sentence, or ""."""
    found = _RUN_IN_COVER.match(text)
    return found.group("title") if found else ""


def _sentence_peril(text: str) -> str:
    """The name of the peril an item opens with before "This peril does not ...": its
    words before a gloss ("Smoke, meaning ..."), or, when longer than a title, before
    its first comma with "…" ("Abrupt and accidental discharge or overflow of water
    …"); "" when the item opens otherwise."""
    found = _PERIL_SENTENCE.match(text)
    if found is None:
        return ""
    name = found.group("title")
    gloss = _NAME_GLOSS.search(name)
    if gloss is not None:
        return name[: gloss.start()]
    if len(name.split()) <= MAX_PERIL_WORDS:
        return name
    return name.split(",", 1)[0] + " …"


MAX_ITEM_LOOKBACK = 30
"""Blocks looked back over for the item a lead-in sits in."""
MAX_PERIL_WORDS = 10
"""Words of a cover item that names a peril ("Storm or flood", "Water or oil escaping
from fixed water or heating systems")."""
_OWN_SENTENCE = re.compile(r"\n(?=(?:We|You|This|These|If|The)\s)")
"""A line under a peril's name that starts a sentence of its own ("We also cover ...")."""
