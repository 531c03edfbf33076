"""The title a draft bullet's section takes: the nearest heading above its exclusion that
reads as one, named with the part it belongs to when it names none itself (a bare
"Exclusions", a page banner, a running head, a lead-in set as a heading), and with the
cover or peril a lead-in's items take cover from ("... – Storm or flood").

analysis.py asks for one title per exclusion; draft.py groups the bullets under them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clarity.checks.exclusions.continued import OUTER_LEADS
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
    pages_below,
    path_heading,
)
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.numbered_headings import (
    heading_continued_as_items,
    innermost_heading_continued,
    part_title_in_body,
)
from clarity.checks.exclusions.peril_titles import cover_item_above
from clarity.checks.exclusions.refusal_captions import caption_before_refusal
from clarity.checks.exclusions.running_heads import title_before_running_head
from clarity.checks.exclusions.title_reading import reads_as_heading
from clarity.checks.exclusions.topic_words import word_set

if TYPE_CHECKING:
    from clarity.core.document import Document


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
    held_to = _scope_before_heading(document, exclusion.block, lex) if title else ""
    if held_to and held_to.lower() not in title.lower():
        title = f"{title} – {held_to}"  # "PROPERTY NOT COVERED – Perils of Hurricane, ..."
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
    peril = cover_item_above(document, exclusion, lex) if title else ""
    if peril and exclusion.source != "lead-in" and lex.is_exclusion_heading(title):
        peril = ""  # "General exclusions" / "3. War – ...": the section names it already
    if peril and peril.lower() not in title.lower():
        if innermost_heading_continued(document, exclusion.block):
            return peril  # "4. Investigation – Code Excl 04" / "5. Rest Cure ...:": a sibling
        return f"{title.rstrip(' :')} – {peril}"
    return title


MAX_CAPTION_PAGES = 2
"""Most pages a heading that ends on a colon titles after its own page."""


def _scope_before_heading(document: Document, index: int, lex: CompiledLexicon) -> str:
    """The scope a sentence right before the headings over block ``index`` sets for all
    they title ("As respects the Perils of Hurricane, Windstorm and Hail, the following is
    added to Section III.B.:" / "PROPERTY NOT COVERED" / "1. The Companies do not cover:"):
    the list holds for those perils only; "" when no such sentence stands there."""
    blocks = document.blocks
    above = heading_above(document, index)
    if above is None:
        return ""
    first = above
    while first > 0 and blocks[first - 1].kind == "heading":
        first -= 1
    if first == 0 or blocks[first - 1].kind != "paragraph":
        return ""
    before = blocks[first - 1]
    sentence = " ".join(document.text[before.start : before.end].split())
    pattern = lex.pattern("draft_scope_before_heading")
    found = pattern.match(sentence) if pattern is not None else None
    return found.group("scope") if found else ""


def _heading_title(
    document: Document, exclusion: Exclusion, lex: CompiledLexicon, known: dict[str, bool]
) -> str:
    banner = page_banner_title(document, exclusion.block)
    if banner is not None:  # the heading above is the banner of the page before
        return banner if reads_as_heading(banner, lex) else ""
    missed = missed_series_heading(document, exclusion.block)
    if missed and reads_as_heading(missed, lex):
        return missed  # "M09 – ..." after "M08 – ...", read as a paragraph
    above = heading_above(document, exclusion.block)
    part = part_title_in_body(document, lex, -1 if above is None else above, exclusion.block)
    if part and reads_as_heading(part, lex):
        return part  # "BINDING ARBITRATION" / ... / "SECTION I - COVERAGE", in body type
    running = title_before_running_head(document, exclusion.block, lex)
    if running:
        return running  # "Pest Infestation" / (next page) "Policy Wording" / "- infestations"
    caption = caption_before_refusal(document, exclusion.block, lex)
    if caption:
        return caption  # "General Exclusions" / "You are not covered" / "for claims ...:"
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
        if depth and depth == len(path) - 1 and lex.is_exclusion_heading(path[depth - 1]):
            at = path_heading(document, exclusion.block, depth)
            if at is not None and heading_continued_as_items(document, at, exclusion.block):
                # "Exclusions" / "7. Products guarantee" / "8. Professional liability the
                # ...": one item of the list set as a heading; the list's heading titles
                # the items after it, with the part above it ("Liability"), not a part
                # before it ("Policy Schedule" before "Policy Wording" / "Exclusions"), nor
                # the document's own title
                bare = bare_words(path[depth - 1]) in _generic_headings(lex)
                owner = path[depth - 2] if depth >= 2 and bare else ""  # not "ASBESTOS EXCLUSION"
                outer = [t for t in path[: depth - 2] if not lex.matches("draft_generic_titles", t)]
                if depth >= 3 and (owner == path[0] or not outer):
                    owner = ""  # the document's title, under a generic one or set again
                if (
                    owner
                    and reads_as_heading(owner, lex)
                    and not lex.matches("draft_generic_titles", owner)
                ):
                    return f"{owner} – {path[depth - 1]}"
                return path[depth - 1]
        if (
            title.endswith(":")
            and pages_below(document, exclusion.block, depth) > MAX_CAPTION_PAGES
        ):
            # "COUNTIES BY STATE:" leads in to the list on its page, not to the pages after
            continue
        if (
            depth
            and title.endswith("?")
            and document.heading_parts(title) >= MIN_SECTION_REPEATS
            and not lex.is_exclusion_heading(title)
        ):
            continue  # "Does this cover apply?", asked in each section: the section names it
        if depth == len(path) - 1 and lex.matches("draft_table_headings", title):
            # "Covered only under specific conditions", a chart's column header the reader
            # set as a heading at the level of the chart's title: when that title, the
            # heading before it at its level, names exclusions ("Section 3.1 Services we
            # do not cover"), the chart's rows are its; else the part above names them
            named = next(
                (
                    t
                    for t in headings_before(document, exclusion.block)[1:]
                    if not lex.matches("draft_table_headings", t)
                ),
                "",
            )
            if lex.is_exclusion_heading(named) and reads_as_heading(named, lex):
                return without_title_notes(lex, named)
            continue
        if (
            depth == len(path) - 1
            and _table_column(document, title)
            and not lex.is_exclusion_heading(title)
        ):
            # "Basic Option", a benefit table's column set as a heading under each part:
            # the benefit's own heading before it names the part ("Alternative Treatments")
            named = next(
                (
                    t
                    for t in headings_before(document, exclusion.block)[1:]
                    if not _table_column(document, t)
                    and not t.endswith(":")
                    and reads_as_heading(t, lex)
                ),
                "",
            )
            if named:
                return without_title_notes(lex, named)
            continue
        reads = known.get(title)
        if reads is None:
            reads = known[title] = reads_as_heading(title, lex)
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
                    and reads_as_heading(t, lex)
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
                        if lex.matches("draft_section_names", t) and reads_as_heading(t, lex)
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
                (reads_as_heading(owner, lex) or _event_heading(owner, lex))
                and not lex.matches("draft_generic_titles", owner)
                and bare_words(owner) not in _generic_headings(lex)
            ):
                return f"{owner} – {title}"
        if reads:
            owner = owner_of_bare_heading(document, lex, exclusion.block)
            if (
                owner
                and reads_as_heading(owner, lex)
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
                and reads_as_heading(parent, lex)
            ):
                if title.endswith(":"):
                    # "1. Advertising Injury:" / "a) arising out of knowingly false
                    # statements": the items exclude only that, and their bullets do not
                    # name it
                    return f"{parent} – {title.rstrip(' :')}"
                return parent  # "General exclusions" over "1. Conflict", "3. Nuclear"
            return title
    return ""


_COLUMN_PARTS = 5
"""Parts a heading is set under for it to be a table's column, set in each part's table
("Standard Option", "Basic Option", "You Pay"), not a part of its own."""
_COLUMN_REPEATS = 2
"""Times, on average, a table's column heading is set in each part: on every page its table
runs over. A part's own title set once in each part ("D. Deductible", "Basis of
Settlement") is no column."""


def _table_column(document: Document, title: str) -> bool:
    parts = document.heading_parts(title)
    return parts >= _COLUMN_PARTS and document.heading_count(title) >= _COLUMN_REPEATS * parts


_NUMBERED_ITEM_TITLE = re.compile(r"^\W*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+\S")
"""A numbered exclusion's own title ("1. Conflict"): it names the exclusion, which its
bullets name too; the exclusions heading above it says where it applies, and titles the
group of all of them."""


def _generic_headings(lex: CompiledLexicon) -> frozenset[str]:
    return word_set(lex, "draft_generic_headings")


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
        leads = [t for t in before[1:3] if t.endswith(":") or not reads_as_heading(t, lex)]
        rest = before[1 + len(leads) :]
        if leads and rest and reads_as_heading(rest[0], lex) and not rest[0].endswith(":"):
            return f"{rest[0]} – {path[-1]}"
        return ""
    if not path[-1].endswith(":"):
        return ""
    if (
        not lex.is_exclusion_heading(path[-1])
        and not _NUMBERED_ITEM_TITLE.match(path[-1])
        and len(before) > 1
        and _NUMBERED_ITEM_TITLE.match(before[1])
        and reads_as_heading(before[1], lex)
    ):
        return before[1]  # "2. Some types of glass" / "Glass:" / "(a) in light fittings"
    refusal = lex.matches("draft_refusal_lead_ins", path[-1])
    if (reads_as_heading(path[-1], lex) and not refusal) or not lex.is_exclusion_heading(path[-1]):
        # "What is not covered:": a title of its own; "You're covered for:"; but "No
        # benefits are payable:" under "Skilled Nursing Facility Services" is a sentence
        # set as a heading, which names no part
        return ""
    for title in before[1:]:
        if lex.matches("draft_generic_titles", title):
            continue  # "CONTINUED": a page's mark, the part's title is before it
        if refusal and bare_words(title) in _generic_headings(lex):
            return ""  # "2. Exclusions" / "We will not pay expenses for ...:" says more
        if not title.endswith(":"):
            if not reads_as_heading(title, lex):
                return ""
            owner = path[-2] if len(path) > 1 else ""
            if (
                refusal
                and owner
                and lex.is_exclusion_heading(title)
                and not lex.is_exclusion_heading(owner)
                and reads_as_heading(owner, lex)
                and not lex.matches("draft_generic_titles", owner)
            ):
                # "CAT Covered Property Endorsement" / "Property Not Covered" / "1. The
                # Companies do not cover:": the exclusions heading names what, the part
                # above it where
                return f"{owner} – {title}"
            return title
    if (
        refusal
        and len(path) > 1
        and reads_as_heading(path[-2], lex)
        and bare_words(path[-2]) not in _generic_headings(lex)
    ):
        return path[-2]  # the refusal set a level under the part it refuses in
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
