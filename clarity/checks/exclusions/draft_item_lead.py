"""Items of a list inside a list item (draft.py, draft_bullet.py): an item that opens on
a preposition or a relative word ("By a resident of your household") completes the phrase
of the outer item it sits under ("Use of a credit card ...:"), which names what is
excluded; the bullet takes the outer item's phrase. Apart from draft_clause.py, which reads
one clause; these read the item together with the list around it."""

from __future__ import annotations

import re

from clarity.checks.exclusions.continued import LEAD, OUTER_LEADS
from clarity.checks.exclusions.draft_item_words import lowered, without_link
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import WORD, generic_words, is_function, word_set
from clarity.checks.exclusions.topics import phrase_of
from clarity.checks.exclusions.triggers import find_trigger


def completes_item_lead(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> str:
    """The bullet of an item that completes the phrase of the list item it sits under,
    itself an item of an exclusions list ("We do not cover:" / "Use of a credit card
    ...:" / "By a resident of your household"): an item that opens on a preposition or a
    relative word names by whom, where or when, the outer item what is excluded. The
    outer item's own phrase with "…"; "" when the item names a thing of its own ("Rest
    homes" under "Services and supplies provided in:", the causes under "caused by:")."""
    lead = exclusion.extra.get(LEAD)
    if exclusion.source != "lead-in" or not lead:
        return ""
    lead_in = " ".join(text[lead[0] : lead[1]].split())
    from_parties = _from_parties(lex, exclusion, text, lead_in)
    if from_parties or not exclusion.extra.get(OUTER_LEADS):
        return from_parties
    linked = opens_on_link(lex, exclusion, text)
    whole = phrase_of(lex, lead_in.rstrip(" :"))
    if not (linked or _qualified_by_items(lex, lead_in, whole)):
        return ""
    if find_trigger(lex, lead_in, 0, len(lead_in), need_context=False) is not None:
        return ""  # "... Act 2007 We will not pay:": a lead-in of its own, its items its own
    if lex.matches("draft_exceptions", lead_in):
        return ""  # "... except for any claim:" / "by the company ...": a give-back
    return f"{whole} …" if whole else ""


_FROM_PARTIES = re.compile(
    r"\b(?P<link>from|by)\s+(?:(?:any|each|either)\s+(?:one\s+)?of\s+)?the\s+following"
    r"(?:\s+(?:persons?|people|parties|providers?))?\s*:$",
    re.IGNORECASE,
)
"""An outer item that ends on whom its things come from ("services ... received from any
of the following:"): its items name people, not what is excluded."""


def _from_parties(lex: CompiledLexicon, exclusion: Exclusion, text: str, lead_in: str) -> str:
    """The bullet of an item that names whom the things of its lead-in come from ("For
    professional services ... received from any of the following:" / "Yourself or Your
    employer"): the lead-in's phrase, then the item after the lead-in's link. Alone the item
    reads as a person excluded. A PDF may set the lead-in as the item's sibling, so this
    does not ask for an outer list."""
    source = _FROM_PARTIES.search(lead_in)
    if source is None or not _names_a_party(lex, exclusion, text):
        return ""
    if find_trigger(lex, lead_in, 0, len(lead_in), need_context=False) is not None:
        return ""  # "We do not pay for services received from:": a clause of its own
    whole = phrase_of(lex, lead_in.rstrip(" :"))
    if not whole:
        return ""
    party = lowered(without_link(" ".join(item_words(exclusion, text))))
    return f"{whole} … {source.group('link').lower()} {party}"


def _names_a_party(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Does the item name a party ("Yourself or Your employer", "a person who is related
    to the insured ...")? Its first word past an article or a possessive says."""
    for word in item_words(exclusion, text):
        bare = word.lower().strip(",.;:()")
        if not is_function(lex, bare):
            return bare in word_set(lex, "topic_party_words") or bare.endswith(("self", "selves"))
    return False


def opens_on_link(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Is the exclusion an item of a list inside a list item that opens on a preposition
    or a relative word ("By a resident of your household", "On the basis of ...")? It
    names by whom, where or how; the outer item names what."""
    if exclusion.source != "lead-in" or not exclusion.extra.get(OUTER_LEADS):
        return False
    item = item_words(exclusion, text)
    first = item[0].lower().strip("),.") if item else ""
    return first in word_set(lex, "draft_item_opens_on_link") and " ".join(
        item[:3]
    ).lower() not in ("in respect of", "in connection with")


def item_words(exclusion: Exclusion, text: str) -> list[str]:
    """The words of an item's clause, the bullet glyph or bracket it may open on left
    out."""
    return text[exclusion.start : exclusion.end].lstrip(" \t\n•-–(").split()


_ITEMS_QUALIFY = re.compile(
    r"\b(?:(?:that|which|who)\s+(?:is|are|was|were)|(?<!caused\s)(?<!provided\s)in|within)\s*:$",
    re.IGNORECASE,
)
"""An outer item that ends by asking which or where ("seepage or leakage ... that is:",
"Any defect, fault or weakness in:"): its items answer, they name nothing of their own."""


def _qualified_by_items(lex: CompiledLexicon, lead_in: str, whole: str) -> bool:
    """Does the outer item end so that its items qualify it, its own phrase naming
    something of its own ("defect, fault or weakness", not "services and supplies"
    provided in: "Rest homes", "Spas", which the items name)?"""
    if not whole or _ITEMS_QUALIFY.search(lead_in) is None:
        return False
    plain = generic_words(lex) | word_set(lex, "draft_plain_before_topic")
    words = [w.lower() for w in WORD.findall(whole)]
    return any(not is_function(lex, w) and w not in plain for w in words)
