"""The draft bullet of a list item whose lead-in's words are part of what it excludes.

Most items of an exclusions list stand alone once the lead-in's "We do not cover:" is
gone ("Wear and tear"). Some do not: the lead-in's last words are half of the item's
phrase, and the item alone says something else, sometimes the opposite.

* A payer lead-in ("expenses that are covered by: | Medicare", "... an insured whose
  business is: | Advertising"): the item names who pays or what kind of insured, and the
  bullet keeps those words ("Covered by Medicare").
* A bounding lead-in ("incidents that take place outside: | Australia", "We will not pay
  more than: | $2,500 for any one occurrence"): the item is the bound, and alone reads as
  the thing excluded ("Australia"); the bullet keeps the lead-in's words after its
  trigger ("Incidents that take place outside Australia").
* A placing item ("This coverage does not include loss: | On the residence premises if
  the dwelling has been vacant ...", "any dispute: | With anyone insured by this policy"):
  the item says where, when or with whom, the lead-in's words after its trigger what;
  the bullet joins them ("Loss on the residence premises if ...").
* A lead-in that ends on an adjective ("The negligent: | Employment", "the cost to fix
  faulty: | design"): the item is the noun it qualifies; the bullet joins them
  ("Negligent employment", "The cost to fix faulty design").
* A titled lead-in ('Employer's Liability | "Bodily injury" to: | ... Employment by the
  insured'): the clause under a run-in title is one exclusion whose items complete its
  phrase; the title alone names a field of law wider than the clause ("Employer's
  Liability"), and one item names only part of it, so its items give no bullet.
* An item that completes its lead-in's phrase (a fault and its preposition, a harm and
  its cause words, a stem and its last clause): draft_item_words.py joins them; an item
  that is the predicate of the thing the lead-in ends on ("defamation: | made prior to
  ..."): draft_predicates.py.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.continued import LEAD, OUTER_LEADS
from clarity.checks.exclusions.draft_clause import WORD, has_main_verb
from clarity.checks.exclusions.draft_item_words import (
    VERB,
    after_trigger,
    bringable_words,
    completed_phrase,
    harm_cause_phrase,
    item_body,
    lowered,
    parent_phrase,
    stem_phrase,
    whole_body,
)
from clarity.checks.exclusions.draft_predicates import predicate_phrase
from clarity.checks.exclusions.leads import marker_style
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.run_in_title import after_run_in_title
from clarity.checks.exclusions.topic_words import adjective_only, is_function, word_set
from clarity.checks.exclusions.topics import clean_piece
from clarity.checks.exclusions.triggers import find_trigger
from clarity.readers.structure import LIST_MARKER, list_marker

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
MAX_BOUND_WORDS = 10
"""Most words a bounding lead-in may bring to its item's bullet; longer, no bullet."""
MAX_MODIFIED_WORDS = 10
"""Most words of a lead-in that ends on an adjective a bullet takes before its item."""
_HEADING_LOOKBACK = 2000
"""How far back an item under an exclusions heading looks for the list item leading in to
it (a few siblings' worth of text)."""
MAX_HEAD_WORDS = 6
"""Most words of a lead-in's head that a placing item's bullet takes ("any dispute")."""


def lead_in_bullet(
    lex: CompiledLexicon, exclusion: Exclusion, topic: str, text: str = ""
) -> str | None:
    """The bullet an item's lead-in words shape, or None when its lead-in is plain;
    ``text`` is the document's."""
    if exclusion.source == "heading" and text:
        # "3. Faulty, inadequate or defective:" / "d. Maintenance" under an exclusions
        # heading: a list item that leads in without a trigger of its own; its items are
        # the nouns its adjectives qualify ("Faulty, inadequate or defective maintenance")
        inner = _inner_lead(text, exclusion, max(0, exclusion.start - _HEADING_LOOKBACK))
        if (
            not inner
            or has_main_verb(lex, inner)
            or find_trigger(lex, inner, 0, len(inner), need_context=False)
        ):
            return None  # "Future Insurability is not available:": a clause of its own
        marker = LIST_MARKER.match(inner)
        item = clean_piece(text[exclusion.start : exclusion.end])
        return _modified(lex, inner[marker.end() if marker else 0 :], item) or None
    if exclusion.source != "lead-in":
        return None
    lead_in = " ".join(exclusion.heading.split())
    payer = lex.pattern("draft_payer_lead_in")
    found = payer.search(lead_in) if payer else None
    if found is not None:
        return f"{found.group('words')} {topic}"
    if exclusion.trigger_end > exclusion.trigger_start:
        return None  # "... We will not pay for loss to laptops": the item's own words
    if _clause_title(lex, exclusion):
        # 'Liquor Liability "Bodily injury" ... by reason of: | (1) Causing ...': the
        # title alone names a field of law, wider than the clause; its items say only
        # part of the clause: no bullet
        return ""
    bound = lex.pattern("draft_bounding_lead_in")
    if bound is not None and bound.search(lead_in):
        return _bounded(lex, lead_in, topic)
    if not text:
        return None
    item = clean_piece(text[exclusion.start : exclusion.end])
    inner = _inner_lead(text, exclusion)  # "2. Chemical pollution due to:" / "(a) terrorism"
    return (
        _modified(lex, lead_in, item)
        or _placed(lex, lead_in, item)
        or _placed_object(lex, lead_in, item, exclusion.extra.get(OUTER_LEADS, ()))
        or _while_condition(lex, lead_in, item)
        or _damaged_object(lex, inner, item)
        or completed_phrase(lex, lead_in, item)
        or harm_cause_phrase(lex, inner or lead_in, item)
        or stem_phrase(lex, inner or lead_in, item)
        or (parent_phrase(lex, lead_in, item) if exclusion.extra.get(OUTER_LEADS) else "")
        or (parent_phrase(lex, inner, item) if inner else "")  # "(4) Water ... through:"
        or predicate_phrase(lex, lead_in, item)
        or None
    )


def _modified(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in's words, then the item, when the lead-in ends on an adjective that
    the item is the noun of ("The negligent: | Employment" -> "Negligent employment";
    "the cost to fix faulty: | design" -> "The cost to fix faulty design"); ""
    otherwise."""
    words = WORD.findall(lead_in)
    last = words[-1] if words else ""
    if not last.isalpha() or is_function(lex, last) or not adjective_only(lex, last):
        return ""  # "any:", "Section 35:": a determiner or a number names no quality
    if last.lower().endswith(("ed", "ing")) or last.lower() in word_set(
        lex, "draft_lead_in_not_qualities"
    ):
        return ""  # "was being used:", "the Covered Person's own:": a clause, a possessor
    head = _ARTICLE.sub("", bringable_words(lex, lead_in))
    if not head or len(WORD.findall(head)) > MAX_MODIFIED_WORDS:
        return ""
    body = item_body(item)
    if not body:
        return ""
    return f"{head[:1].upper()}{head[1:]} {lowered(body)}"


def _placed(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in's head, then the item that places it ("Any dispute with anyone insured
    by this policy"); "" when the item opens on no placing word, or names a thing of its
    own after one ("In respect of ..."), or the head is no short noun phrase."""
    words = item.split()
    if not words or words[0].lower() not in word_set(lex, "draft_item_place_words"):
        return ""
    if lex.matches("draft_item_place_not", " ".join(words[:3])):
        return ""  # "In respect of ...", "With respect to ...": a reference, not a place
    head = after_trigger(lex, lead_in) or ""
    head_words = WORD.findall(head)
    if not head_words or len(head_words) > MAX_HEAD_WORDS:
        return ""
    if head_words[0].lower() in word_set(lex, "draft_head_not_openers"):
        return ""  # "when the vehicle is being used": a condition, not what is excluded
    if all(is_function(lex, word) for word in head_words):
        return ""  # "for": the lead-in names nothing, the item does
    # "On the residence premises if the dwelling has been vacant for more than 60
    # consecutive days immediately before the loss, except ...": up to its first comma
    body = item_body(item)
    if not body:
        return ""
    return f"{head[:1].upper()}{head[1:]} {body[:1].lower()}{body[1:]}"


def _placed_object(
    lex: CompiledLexicon, lead_in: str, item: str, outer: tuple[str, ...] = ()
) -> str:
    """The lead-in's words, then the item, when the lead-in names a loss in a place and
    ends on "of:", the items being what is lost there ("theft that occurs away from the
    insured premises of: | trailers or their equipment" -> "Theft that occurs away from
    the insured premises of trailers or their equipment"): alone, "Trailers or their
    equipment" reads as excluded everywhere. A lead-in that opens on "that" takes the
    noun its outer lead-in ends on ("... caused by theft:" / "That occurs off the
    premises of:"). "" when the lead-in places nothing, sets the place between commas
    (", away from the residence premises, to theft of"), or is too long for a bullet."""
    if not lex.matches("draft_placed_object_lead_in", lead_in):
        return ""
    words = bringable_words(lex, lead_in)
    if not words or "," in words or len(WORD.findall(words)) > MAX_BOUND_WORDS:
        return ""
    if words.split()[0].lower() in ("that", "which"):
        noun = WORD.findall(outer[-1]) if outer else []
        if not noun or not noun[-1].isalpha() or is_function(lex, noun[-1]):
            return ""
        words = f"{noun[-1]} {words[:1].lower()}{words[1:]}"
    body = item_body(item)
    if not body:
        return ""
    return f"{words[:1].upper()}{words[1:]} {lowered(body)}"


def _while_condition(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The item, then the condition its lead-in sets on all its items ("The following
    property while outside of buildings:" / "Grain, hay, straw or other crops" ->
    "Grain, hay, straw or other crops while outside of buildings"): alone, the item
    reads as excluded wherever it is. "" when the lead-in sets no such condition."""
    found = lex.pattern("draft_while_lead_in")
    match = found.search(lead_in) if found is not None else None
    if match is None:
        return ""
    body = whole_body(item)
    if not body:
        return ""
    return f"{body} {match.group('condition')}"


MAX_INNER_LOOKBACK = 12
"""Most paragraphs looked back over for an item's own lead-in inside its list."""


def _style(paragraph: str) -> tuple[str, str] | None:
    """How the paragraph's list marker is written ("(d)": brackets, a letter), or None."""
    marker = list_marker(paragraph.lstrip())
    return marker_style(marker) if marker else None


def _inner_lead(text: str, exclusion: Exclusion, since: int | None = None) -> str:
    """The list item an item sits under inside its lead-in's list, when it ends by
    leading in to its own items ("c. Caused by:" / "(2) Freezing, thawing, ... to a:" /
    "(d) Pier, wharf or dock"): the paragraphs before the item marked as it is are its
    siblings; the first one before them marked otherwise and ending in ":" is its own
    lead-in. "" when there is none. An item under an exclusions heading has no lead-in:
    ``since`` says where to start looking."""
    lead = exclusion.extra.get(LEAD)
    start = lead[1] if lead else since
    if start is None or not text:
        return ""
    *before, opening = text[start : exclusion.start].split("\n\n")
    style = _style(opening + text[exclusion.start : exclusion.end])  # "(d) " + "Pier, ..."
    if style is None:
        return ""
    before = [p for p in before if p.strip()]
    for paragraph in reversed(before[-MAX_INNER_LOOKBACK:]):
        if _style(paragraph) == style:
            continue  # "(c) Retaining wall ...": a sibling
        joined = " ".join(paragraph.split())
        return joined if joined.endswith(":") else ""
    return ""


_CAUSE_TO = re.compile(
    r"^\W*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?P<cause>(?-i:[A-Z])[^:;]*?)"
    r"(?:,\s*whether\b[^,:;]*)?,?\s+to\s+(?:a|an|the|any|your)?\s*:\s*$",
    re.IGNORECASE,
)
"""A lead-in that names a cause of damage and ends on what it is done to ("(2) Freezing,
thawing, pressure or weight of water or ice, whether driven by wind or not, to a:")."""


def _damaged_object(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The cause its own lead-in names, then the item it damages ("Freezing, thawing,
    pressure or weight of water or ice to a pier, wharf or dock"): alone, "Pier, wharf or
    dock" reads as a thing not covered at all. "" when the lead-in names no such cause
    (nor one with a verb: "... are not limited to any:"), or it is too long."""
    found = _CAUSE_TO.match(lead_in) if lead_in else None
    if found is None or find_trigger(lex, lead_in, 0, len(lead_in), need_context=False):
        return ""
    cause = found.group("cause").rstrip(" ,")
    if len(WORD.findall(cause)) > MAX_MODIFIED_WORDS or VERB.search(cause):
        return ""
    body = whole_body(item)
    if not body:
        return ""
    article = lead_in.rstrip(" :").rsplit(" ", 1)[-1]
    to = "to" if article.lower() == "to" else f"to {article}"
    return f"{cause} {to} {lowered(body)}"


def _clause_title(lex: CompiledLexicon, exclusion: Exclusion) -> str:
    """The run-in title that opens an item's lead-in and names its clause, under which
    the items give no bullet; "" when there is none, or when it is a generic heading
    ("D7.5 Exclusions") that names no clause."""
    if exclusion.source != "lead-in" or exclusion.trigger_end > exclusion.trigger_start:
        return ""
    lead_in = clean_piece(exclusion.heading)
    rest = after_run_in_title(lex, lead_in)
    if rest == lead_in:
        return ""
    title = lead_in[: len(lead_in) - len(rest)].strip(" -–—")
    if lex.matches("heading_nouns", title) or title.lower() in word_set(
        lex, "draft_generic_headings"
    ):
        return ""
    return title


def _bounded(lex: CompiledLexicon, lead_in: str, topic: str) -> str:
    """The lead-in's words after its trigger, then the item: "More than $2,500 for any
    one occurrence"; "" when those words are too many for a bullet."""
    words = bringable_words(lex, lead_in)
    if not words or len(WORD.findall(words)) > MAX_BOUND_WORDS:
        return ""
    return f"{words[:1].upper()}{words[1:]} {topic}"
