"""The title a draft bullet's section takes: the nearest heading above its exclusion that
reads as one, named with the part it belongs to when it names none itself (a bare
"Exclusions", a page banner, a running head, a lead-in set as a heading), and with the
cover or peril a lead-in's items take cover from ("... – Storm or flood").

analysis.py asks for one title per exclusion; draft.py groups the bullets under them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clarity.checks.exclusions.continued import LEAD, OUTER_LEADS
from clarity.checks.exclusions.draft_context import (
    bare_words,
    without_title_notes,
)
from clarity.checks.exclusions.draft_owner import (
    MIN_SECTION_REPEATS,
    heading_above,
    headings_before,
    missed_series_heading,
    owner_of_bare_heading,
    page_banner_title,
    path_heading,
)
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import ends_on_participle, word_set

if TYPE_CHECKING:
    from clarity.core.document import Block, Document


def section_title(
    document: Document,
    exclusion: Exclusion,
    lex: CompiledLexicon,
    reads_as_heading: dict[str, bool] | None = None,
) -> str:
    """The nearest heading above an exclusion that reads as a heading (a line a PDF
    reader took for one, "will bear the same meaning.", is passed over), on one line.
    ``reads_as_heading`` keeps the answer for each title: the exclusions of a section
    share its headings."""
    known = {} if reads_as_heading is None else reads_as_heading
    title = _heading_title(document, exclusion, lex, known)
    scope = lex.pattern("draft_scope_lead_in")
    leads = (exclusion.heading, *reversed(exclusion.extra.get(OUTER_LEADS, ())))
    for lead in leads if exclusion.source == "lead-in" and scope is not None and title else ():
        # "in respect to Identity Theft for:": the items exclude only from that cover;
        # so do the items of a list inside it ("(8) Any other Damage excluding" / "(a)
        # Damage caused by:" / "(i) frost")
        found = scope.match(" ".join(lead.split()))
        if found is None:
            continue
        words = next(w for w in found.groupdict().values() if w)
        if words.lower() not in title.lower():
            return f"{title.rstrip(' :')} – {words[:1].upper()}{words[1:]}"
        break
    peril = _cover_item_above(document, exclusion, lex) if title else ""
    if peril and peril.lower() not in title.lower():
        return f"{title} – {peril}"
    return title


_ITEM_MARKER = re.compile(r"^\W*(?:\(?[0-9a-z]{1,3}[.)]\s*)?")


def _cover_item_above(document: Document, exclusion: Exclusion, lex: CompiledLexicon) -> str:
    """The cover item a list's lead-in follows ("• Storm or flood" / "• We don't cover:" /
    "• damage to fences"), at once or after the item's own sub-items ("• Water escaping
    from heating systems" / "  • storage tanks." / "• We don't cover:"): the items
    exclude from that peril only, and under the cover's title alone they read as
    excluded from all of it. A short item that names a peril: a few words, no stop or
    colon, no trigger of its own, no run-in label."""
    lead = exclusion.extra.get(LEAD)
    if exclusion.source != "lead-in" or not lead:
        return ""
    index = document.block_index_at(lead[0])
    dashed = _dashed_peril(document, lex, index)
    if dashed:
        return dashed
    if index is not None and lex.matches(
        "run_in_headings", document.text[document.blocks[index].start : lead[1]][:80]
    ):
        return ""  # "What we exclude We will not pay for:": a cell of its own, for all above
    if index is None or index < 1:
        return ""
    blocks = document.blocks
    name = _peril_name(document, lex, blocks[index - 1])
    j = index - 1
    while not name and j > 0 and blocks[j].level > blocks[index].level:
        j -= 1  # back over the cover item's own sub-items (and a column heading)
    if not name and blocks[j].level == blocks[index].level:
        name = _peril_name(document, lex, blocks[j])  # a sibling item, not one inside
    return name


def _dashed_peril(document: Document, lex: CompiledLexicon, index: int | None) -> str:
    """The peril a lead-in's item, or an item it sits in, names at its head, set off by
    a dash ("2. Windstorm or Hail -- However, we do not pay for loss:"; "11. Theft --
    ... However, we do not cover:" over "f. theft ... away from the premises of:"): the
    items exclude from that peril, not from the item before it ("1. Fire or Lightning")."""
    if index is None:
        return ""
    blocks = document.blocks
    level = blocks[index].level + 1
    for at in range(index, max(-1, index - MAX_ITEM_LOOKBACK), -1):
        block = blocks[at]
        if block.kind == "heading":
            break
        if block.kind != "list_item" or block.level >= level:
            continue  # a sibling, or a sub-item of one
        level = block.level
        text = " ".join(document.text[block.start : block.end].split())
        titled = _DASHED_TITLE.match(text)
        if titled and _peril_words(lex, titled.group("title")):
            return titled.group("title")
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
        or not _reads_as_heading(words, lex)  # "Damage caused by or consisting of"
    ):
        return ""
    return "" if lex.matches("draft_exceptions", words) else words


_DASHED_TITLE = re.compile(
    r"^\W*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?P<title>[A-Z][^.:;]*?)\s+(?:--|–|—)\s+(?=[A-Z][a-z])"
)
"""A lead-in that opens with its peril's name, set off by a dash before a sentence
("2. Windstorm or Hail -- However, we do not pay for loss:"; not "SECTION I – LOSS OF
OR DAMAGE ...", a title in two parts)."""
MAX_ITEM_LOOKBACK = 30
"""Blocks looked back over for the item a lead-in sits in."""
MAX_PERIL_WORDS = 10
"""Words of a cover item that names a peril ("Storm or flood", "Water or oil escaping
from fixed water or heating systems")."""
_OWN_SENTENCE = re.compile(r"\n(?=(?:We|You|This|These|If|The)\s)")
"""A line under a peril's name that starts a sentence of its own ("We also cover ...")."""


def _heading_title(
    document: Document, exclusion: Exclusion, lex: CompiledLexicon, known: dict[str, bool]
) -> str:
    banner = page_banner_title(document, exclusion.block)
    if banner is not None:  # the heading above is the banner of the page before
        return banner if _reads_as_heading(banner, lex) else ""
    missed = missed_series_heading(document, exclusion.block)
    if missed and _reads_as_heading(missed, lex):
        return missed  # "M09 – ..." after "M08 – ...", read as a paragraph
    running = _title_before_running_head(document, exclusion.block, lex)
    if running:
        return running  # "Pest Infestation" / (next page) "Policy Wording" / "- infestations"
    path = [
        without_title_notes(lex, " ".join(t.split()))
        for t in document.blocks[exclusion.block].section_path
    ]
    lead_in = _titled_lead_in(document, exclusion, lex, path)
    if lead_in:
        return lead_in
    for depth in range(len(path) - 1, -1, -1):
        title = path[depth]
        if lex.matches("draft_generic_titles", title):
            continue  # "Insurance": the whole document, no part of it
        if (
            depth
            and title.endswith("?")
            and document.heading_parts(title) >= MIN_SECTION_REPEATS
            and not lex.is_exclusion_heading(title)
        ):
            continue  # "Does this cover apply?", asked in each section: the section names it
        reads = known.get(title)
        if reads is None:
            reads = known[title] = _reads_as_heading(title, lex)
        bare = depth < len(path) - 1 and bare_words(title) in _generic_headings(lex)
        if reads and (bare or lex.matches("draft_deictic_titles", title)):
            # "What is not covered under this section": the part it means is the section
            # heading above it ("Section B - Fire and theft"), where there is one; so
            # does a bare "Your cover" above the lead-in heading the items sit under
            parent = next(
                (
                    t
                    for t in reversed(path[:depth])
                    if (
                        lex.matches("draft_section_names", t)
                        or lex.matches("draft_numbered_parts", t)
                    )
                    and _reads_as_heading(t, lex)
                ),
                "",
            )
            at = (
                exclusion.block
                if depth == len(path) - 1
                else path_heading(document, exclusion.block, depth)
            )
            if not parent and at is not None:
                # "Section 1A – Fire" / "About this section" / "Your insurance under this
                # section", all set at one level: the section heading is a sibling before it
                # (also when the items sit under a heading further in: "Conditions Precedent
                # specific to this Section:" / "(Medical management cases)")
                parent = next(
                    (
                        t
                        for t in headings_before(document, at)[1:]
                        if lex.matches("draft_section_names", t) and _reads_as_heading(t, lex)
                    ),
                    "",
                )
            if not parent and depth and _event_heading(path[depth - 1], lex):
                parent = path[depth - 1]  # "If your pet passes away" / "What's not covered"
            if parent and not lex.is_exclusion_heading(title):
                return parent  # "About this section", "Conditions ... this Section:" add nothing
            return f"{parent} – {title}" if parent else title
        if reads and depth >= 2 and bare_words(path[depth - 1]) in _generic_headings(lex):
            # "If your pet is responsible for injury or damage" / "What's not covered" /
            # "Your family": a part of that cover's exclusions, named with the cover
            owner = path[depth - 2]
            if (
                (_reads_as_heading(owner, lex) or _event_heading(owner, lex))
                and not lex.matches("draft_generic_titles", owner)
                and bare_words(owner) not in _generic_headings(lex)
            ):
                return f"{owner} – {title}"
        if reads:
            owner = owner_of_bare_heading(document, lex, exclusion.block)
            if (
                owner
                and _reads_as_heading(owner, lex)
                and title in _last_heading(document, exclusion)
            ):
                return f"{owner} – {title}"  # "M06 - Passenger Liability – Exclusions"
            if (
                depth
                and bare_words(title) in _generic_headings(lex)
                and _event_heading(path[depth - 1], lex)
            ):
                return f"{path[depth - 1]} – {title}"  # "If your pet passes away – What's ..."
            parent = path[depth - 1] if depth else ""
            if (
                _NUMBERED_ITEM_TITLE.match(title)
                and lex.is_exclusion_heading(parent)
                and _reads_as_heading(parent, lex)
            ):
                return parent  # "General exclusions" over "1. Conflict", "3. Nuclear"
            return title
    return ""


_NUMBERED_ITEM_TITLE = re.compile(r"^\W*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+\S")
"""A numbered exclusion's own title ("1. Conflict"): it names the exclusion, which its
bullets name too; the exclusions heading above it says where it applies, and titles the
group of all of them."""


def _generic_headings(lex: CompiledLexicon) -> frozenset[str]:
    return word_set(lex, "draft_generic_headings")


def _title_before_running_head(document: Document, index: int, lex: CompiledLexicon) -> str:
    """The title a part's clauses sit under when the heading above them is a running
    head repeated on many pages ("Policy Wording" atop each page of a booklet, set as a
    heading at a higher level than the part's titles): it cuts the part's title off the
    clauses that run on to the next page. The first heading before it that is not such a
    head; "" when the heading above is no running head."""
    above = heading_above(document, index)
    if above is None:
        return ""
    blocks = document.blocks
    title = " ".join(document.text[blocks[above].start : blocks[above].end].split())
    if not (
        lex.matches("draft_generic_titles", title)
        and document.heading_count(title) >= MIN_SECTION_REPEATS
    ):
        return ""
    for j in range(above - 1, -1, -1):
        if blocks[j].kind != "heading":
            continue
        before = " ".join(document.text[blocks[j].start : blocks[j].end].split())
        if (
            document.heading_count(before) >= MIN_SECTION_REPEATS
            and blocks[j].level <= blocks[above].level
        ):
            continue  # "Emergency", the running head of the facing page
        if (
            blocks[j].level <= blocks[above].level
            or before.endswith((":", "-", "–"))  # "The following are excluded -": a lead-in
            or not _reads_as_heading(before, lex)
        ):
            return ""
        return without_title_notes(lex, before)
    return ""


def _titled_lead_in(
    document: Document, exclusion: Exclusion, lex: CompiledLexicon, path: list[str]
) -> str:
    """The title a list's lead-in of exclusions set as a heading belongs under ("Winter
    Sports" / "The following activities are covered:" / "Examples of activities not
    covered are:"): the heading of its level before it that reads as one; "" when the
    nearest heading is no such lead-in."""
    before = headings_before(document, exclusion.block)
    if not path or not before or before[0] != path[-1]:
        return ""
    named = any(lex.matches("draft_section_names", t) for t in path[:-1])
    if path[-1].lower() in _generic_headings(lex) and len(before) > 1 and not named:
        # "Leisure & Sport Activities" / "The following activities are covered:" / "Not
        # Covered": a bare column heading after lead-ins set as headings of its level,
        # where no section above names the part (a "Section K - ..." owner does)
        leads = [t for t in before[1:3] if t.endswith(":") or not _reads_as_heading(t, lex)]
        rest = before[1 + len(leads) :]
        if leads and rest and _reads_as_heading(rest[0], lex) and not rest[0].endswith(":"):
            return f"{rest[0]} – {path[-1]}"
        return ""
    if not path[-1].endswith(":"):
        return ""
    if (
        not lex.is_exclusion_heading(path[-1])
        and not _NUMBERED_ITEM_TITLE.match(path[-1])
        and len(before) > 1
        and _NUMBERED_ITEM_TITLE.match(before[1])
        and _reads_as_heading(before[1], lex)
    ):
        return before[1]  # "2. Some types of glass" / "Glass:" / "(a) in light fittings"
    if _reads_as_heading(path[-1], lex) or not lex.is_exclusion_heading(path[-1]):
        return ""  # "What is not covered:": a title of its own; "You're covered for:"
    for title in before[1:]:
        if lex.matches("draft_generic_titles", title):
            continue  # "CONTINUED": a page's mark, the part's title is before it
        if not title.endswith(":"):
            return title if _reads_as_heading(title, lex) else ""
    return ""


def _event_heading(title: str, lex: CompiledLexicon) -> bool:
    """A cover's heading that names the event it pays for ("If your pet passes away",
    "When you need to cancel your trip"): it opens with a condition, so it does not read
    as a heading by itself, but over a bare "What's not covered" it is the part that
    heading means. Not a lead-in (a colon or a stop at its end) nor a long clause."""
    words = title.split()
    return (
        0 < len(words) <= _MAX_EVENT_WORDS
        and not title.rstrip().endswith((":", ".", ",", ";"))
        and lex.matches("draft_event_headings", title)
    )


_MAX_EVENT_WORDS = 12


def _last_heading(document: Document, exclusion: Exclusion) -> str:
    above = heading_above(document, exclusion.block)
    if above is None:
        return ""
    block = document.blocks[above]
    return " ".join(document.text[block.start : block.end].split())


def _reads_as_heading(title: str, lex: CompiledLexicon) -> bool:
    """A short title, not a clause a reader took for one: it starts with a capital or a
    number, ends on neither a stop, a dangling word ("Expenses are payable for the",
    "Any loss or liability caused") nor a percentage, opens with no condition ("In the
    event that ..."), defines no word ("Policy means this PDS") and names no unit as a
    table's column heading does ("Sum Insured Limit (Rs.) per day")."""
    words = title.split()
    first = _BRACKETED_NUMBER.sub("", title)[:1]  # "(2) Glass": numbered like "2. Glass"
    named = bool(words) and lex.matches("heading_nouns", words[0])  # "Exclusions only ..."
    longest = _MAX_EXCLUSIONS_TITLE_WORDS if named else 12
    if not (0 < len(words) <= longest) or not (first.isupper() or first.isdigit()):
        return False
    if title.endswith((".", ",", ";", "%")) or sum(c.isdigit() for c in title) >= 7:
        return False  # a sentence, a table row, a telephone number
    last = words[-1].lower().strip(":")
    if last in (lex.raw.get("draft_heading_dangling") or ()) or last.endswith(("’s", "'s")):
        return False
    if ends_on_participle(lex, words) and not words[-1][:1].isupper():
        return False  # "Any loss or liability caused", not the title "Family Planning"
    return not (
        lex.matches("draft_heading_openers", title)
        or lex.matches("definition_sentence", title)
        or lex.matches("draft_table_headings", title)
    )


_MAX_EXCLUSIONS_TITLE_WORDS = 16
"""A title that opens by naming exclusions and says whose they are may run longer
("Exclusions only Applicable to the Accidental Death & Dismemberment section of this
Policy:", 13 words); a lead-in set as a heading ("You are not covered if ...:") may not."""

_BRACKETED_NUMBER = re.compile(r"^\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\)\s+")
