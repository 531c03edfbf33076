"""Lead-ins and list markers: what an open list of items carries while the walker of
detect.py reads its items (the lead-in's words, the kind of list it opened, whether its
items give cover back), and which kind of list a marker belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from clarity.readers.structure import follows

_ROMAN = re.compile(r"^\(?[ivxlc]{1,6}[.)]?$", re.IGNORECASE)
_LONG_ROMAN = re.compile(r"^[ \t]*(\([ivxlc]{3,6}\))[ \t]+(?=\S)", re.IGNORECASE)


@dataclass(frozen=True)
class Lead:
    """A lead-in that opened a list ("We will not pay for:"), or an item that did."""

    text: str
    item_class: str | None
    """Marker class of the item that opened it; None for a paragraph lead-in."""
    level: int
    write_back: bool = False
    """Items under it give cover back ("unless:"), so they are not exclusions."""
    announces: bool = False
    """A paragraph that says its items are exclusions ("We will not pay for:"): it is
    their exclusion heading, as a reader sees it."""
    interrupts: str | None = None
    """Marker class of the list a give-back paragraph interrupts ("1. Contracts." /
    "This exclusion does not apply to:" / "- ..." / "2. Fines."): its next item ends
    the give-back."""
    entered: bool = False
    """An item of another list than ``interrupts`` has come under it."""
    span: tuple[int, int] = (-1, -1)
    """Where the lead-in sentence is (for ``continued.join_continued``)."""
    provisos: bool = False
    """A proviso ("Provided always that:", "We will pay, provided that:"): its items are
    conditions of cover, unless they ask for a document (``provisos.document_duty``)."""
    items_level: int = 0
    """Nesting level of the first list item under it (0 until one comes): an item set
    further out than that belongs to an outer list, and ends this lead-in's list."""
    opener: str | None = None
    """Marker of the item that opened it ("(a) Damage caused by:"): an item that follows
    it ("(b)") after a paragraph between them goes on with the list around it."""
    sub_list: str | None = None
    """For a give-back glued to the end of an item ("(b) ... However, this exclusion does
    not apply to sections:"): the marker of the last item of the list restarted under it
    ("" before its first, "(a)"); an item of the same kind that does not go on from it
    belongs to the outer list again."""
    after: str | None = None
    """For a paragraph lead-in set inside an item of a list ("16. 'Products hazard':" /
    "Includes all injury ... except:" / "(1) ..."): the marker of that item. The next
    item of that list ("17."), once the lead-in's own items have come, ends it."""
    within: str | None = None
    """For a lead-in that is the text of a list item itself ("3. Benefits are not
    payable:" / "a)", "b)"): that item's marker. The next item of its list ("4.") ends
    the lead-in as the next item after ``after`` does."""
    first: str | None = None
    """The marker of the first item under a lead-in with ``after`` or ``within`` set."""
    first_level: int = 0
    """... and its nesting level."""
    shapes: frozenset[str] = frozenset()
    """For a paragraph lead-in: the shapes of the markers of the items that came under it
    ("()" for "(a)"), so that an item of a list it holds is not taken for an outer one."""


def resumed(leads: list[Lead], marker: str | None) -> list[Lead]:
    """The lead-ins still open when an item comes right after a paragraph that broke into
    a list ("(a) Damage caused by:" / "(i) ..." / "However, we will pay ..." / "(b)
    Damage caused by:"): those around the item it follows, else none."""
    if marker is None:
        return []
    for i, lead in enumerate(leads):
        if lead.opener is not None and follows(lead.opener, marker):
            kept = leads[:i]
            if kept:  # the item may be set at another level after the paragraph
                kept[-1] = replace(kept[-1], items_level=0)
            return kept
    return []


def close_by_outer_item(
    leads: list[Lead], marker: str, level: int, inner_open: bool = False
) -> list[Lead]:
    """The lead-ins still open when an item goes on from the list a paragraph lead-in
    was set in (``Lead.after``) while the lead-in's own items are set another way: "17."
    after "16." / "Includes ... except:" / "(1)", "(2)" ends the lead-in and those
    opened after it; so does "4." after an item that is itself the lead-in ("3. Benefits
    are not payable:" / "a)", "b)"; ``Lead.within``). (Not "(3)" after "(2)" / "We will
    not pay for:" / "(1)", "(2)": the lead-in restarted a list set like the one before
    it, and "(3)" is its own; nor "(d)" set further in than the lead-in's first item,
    under one of its items.) ``inner_open``: an item numbered twice ("2. (a) ...") opened
    a list inside one of the lead-in's items, whose next item ("(b)") is no outer one."""
    for i, lead in enumerate(leads):
        anchors = [a for a in (lead.after, lead.within) if a is not None]
        if not anchors and lead.item_class is not None:
            continue
        if lead.first is None:
            leads[i] = replace(
                lead, first=marker, first_level=level, shapes=frozenset({marker_shape(marker)})
            )
            continue
        first = lead.first
        # set further in, it may be an item of a list under one of the lead-in's items,
        # unless no item shaped like it has come under the lead-in (a page's second
        # column is indented apart)
        outer = level <= lead.first_level or marker_shape(marker) not in lead.shapes
        if outer and any(
            marker_shape(first) != marker_shape(a)
            and marker_shape(a) == marker_shape(marker)
            and follows(a, marker)
            for a in anchors
        ):
            return leads[:i]
        if (
            lead.item_class is None
            and not inner_open
            and continues_another_list(marker, level, lead)
        ):
            return leads[:i]
        if marker_shape(marker) not in lead.shapes:
            leads[i] = replace(lead, shapes=lead.shapes | {marker_shape(marker)})
    return leads


def continues_another_list(marker: str, level: int, lead: Lead) -> bool:
    """Is ``marker`` an item that goes on with a list set around a paragraph lead-in,
    not one of the lead-in's own items ("With respect to ..., coverage will end when:" /
    "(a)", "(b)", "(c)" / "b. Personal Effects")? It is set no further in than the
    lead-in's first item, shaped like no item that came under the lead-in, and does not
    start a list: so it goes on with a list open before the lead-in, even where the
    reader lost which one (a heading came between)."""
    return (
        level <= lead.first_level
        and any(c.isalnum() for c in marker)  # a bullet tells no list from another
        and marker_shape(marker) not in lead.shapes
        and marker.strip("()[]. ") not in FIRST_MARKERS
    )


def sibling_of_opener(lead: Lead, marker: str, previous: str | None) -> bool:
    """Is ``marker`` the next item of the list the item that opened ``lead`` belongs to
    ("f." after "e. Outdoor Property You may extend ... to your outdoor:" / "(1)" / "(a)"),
    though the reader set it at another level (a page's second column is indented
    apart)? Only where the item before it is of another shape ("(b)"): after "1." /
    "1.", "2." under "1." the shapes do not tell the lists apart."""
    opener = lead.opener
    return (
        opener is not None
        and marker_shape(opener) == marker_shape(marker)
        and (previous is None or marker_shape(previous) != marker_shape(marker))
        and follows(opener, marker)
    )


def inside_opener(lead: Lead, marker: str) -> bool:
    """Is ``marker`` the first of a list inside the item that opened ``lead``, though the
    reader set both at one level ("g. ... This exclusion does not apply to:" / "(1) ..."
    / "(a) ...")? Letters of another shape that do not go on from the opener's ("(a)"
    after "g.", not "h.") are a list of their own, as digits are after letters."""
    opener = lead.opener
    return (
        opener is not None
        and marker_shape(opener) != marker_shape(marker)
        and not follows(opener, marker)
    )


def marker_shape(marker: str) -> str:
    """A marker's punctuation ("(1)" -> "()", "16." -> ".")."""
    return "".join(c for c in marker if not c.isalnum())


def close_outer(leads: list[Lead], level: int) -> list[Lead]:
    """The lead-ins still open when a list item at ``level`` comes: a lead-in whose items
    were set further in ("• We don't cover:" / "  • frost") ends at an item back out
    ("• Fire"), and so do the lead-ins opened after it. A lead-in without items yet
    takes ``level`` as its items' level."""
    for i, lead in enumerate(leads):
        if lead.items_level and level < lead.items_level:
            leads = leads[:i]
            break
    return [lead if lead.items_level else replace(lead, items_level=level) for lead in leads]


def goes_on(lead: Lead, marker: str) -> bool:
    """Is ``marker`` the next item of the list restarted under ``lead`` ("(a)" first, then
    "(b)" after "(a)")? See ``Lead.sub_list``."""
    if lead.sub_list is None:
        return False
    if not lead.sub_list:
        return marker.strip("()[]. ") in FIRST_MARKERS
    # written alike: "(b)" goes on to "(c)", not to the outer list's "c."
    return marker_shape(lead.sub_list) == marker_shape(marker) and follows(lead.sub_list, marker)


FIRST_MARKERS = frozenset(("a", "A", "i", "I", "1"))
"""Markers that start a list."""


def marker_style(marker: str) -> tuple[str, str]:
    """How a marker is written: its punctuation and its kind ("(d)": brackets, a letter)."""
    return marker_shape(marker), marker_class(marker)


def marker_class(marker: str, previous: str | None = None) -> str:
    """The kind of list a marker belongs to; "(i)" right after "(h)" is a letter, and
    "(v)" or "(x)" a roman numeral only right after "(iv)" or "(ix)"."""
    core = marker.strip("()[]. ")
    if not core:
        return "bullet"
    if core[0].isdigit():
        return "number"
    before = (previous or "").strip("()[]. ")
    if len(core) == 1 and len(before) > 1 and _ROMAN.match(before) and follows(before, core):
        return "roman"  # "v." after "iv."
    if _ROMAN.match(marker) and (len(core) > 1 or core.lower() == "i"):
        return "letter" if core + before in ("ih", "IH") else "roman"
    if core.isalpha():
        return "letter"
    return "bullet"


def long_roman(piece: str) -> str | None:
    """The marker of a paragraph that starts with a roman numeral of three letters or more
    in brackets ("(iii) the injury happens ..."), which the reader's list markers leave out
    (they take "(i)" and "(ii)"), so a list would end at its third item."""
    match = _LONG_ROMAN.match(piece)
    return match.group(1) if match else None
