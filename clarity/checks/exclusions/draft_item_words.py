"""Words a draft bullet joins from an item and its lead-in (draft_lead_ins.py).

The shared pieces: the lead-in's words after its trigger, an item's own words without
its list link, whole or not; and three joins where the item completes the lead-in's
phrase, so that alone it would read as something else:

* a fault and the preposition its items complete ("defect ... in: | maintenance");
* a harm and the cause words its items complete ("Biological or chemical contamination
  due to or arising from: | terrorism");
* a stem whose last clause its items complete ("A sickness for which: | treatment is
  planned before your trip", "Physical injury while: | on duty").
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.draft_clause import MAX_WHOLE_WORDS, WORD, has_main_verb
from clarity.checks.exclusions.draft_shared_tail import SHARED_TAIL
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import is_function, word_set
from clarity.checks.exclusions.triggers import find_trigger
from clarity.readers.structure import LIST_MARKER


def after_trigger(lex: CompiledLexicon, lead_in: str) -> str | None:
    """The lead-in's words after its trigger ("We don't cover | incidents that take place
    outside"), None when it has no trigger."""
    trigger = find_trigger(lex, lead_in, 0, len(lead_in), need_context=False)
    return lead_in[trigger.end :].strip(" :–-") if trigger is not None else None


def bringable_words(lex: CompiledLexicon, lead_in: str) -> str:
    """The lead-in's words a bullet may take before or after its item: those after its
    trigger, or all of them when it has none (an item's own lead-in, "theft that occurs
    away from the insured premises of:")."""
    words = after_trigger(lex, lead_in)
    return lead_in.strip(" :–-") if words is None else words


def _unmarked(lead_in: str) -> str:
    """The lead-in without its own list marker ("b. defect ... in:", "2. Chemical ...")."""
    marker = LIST_MARKER.match(lead_in)
    return lead_in[marker.end() if marker else 0 :]


def lowered(body: str) -> str:
    """An item's words set after the lead-in's: "Employment" -> "employment"; "OFAC"
    stays."""
    if body[:1].isupper() and not body[1:2].isupper():
        return body[:1].lower() + body[1:]
    return body


def without_link(words: str) -> str:
    """An item's words without its closing punctuation or the link to the next item:
    "campers or camper bodies; or" -> "campers or camper bodies"."""
    body = words.rstrip(" ;,.")
    for tail in (" or", " and", " and/or"):
        body = body.removesuffix(tail)
    return body.rstrip(" ;,")


def item_body(item: str) -> str:
    """The item's words without its closing punctuation or list link; cut at its first
    comma with "…" when longer than a bullet shows whole; "" when even that is long."""
    tail = SHARED_TAIL.search(item)
    body = without_link(item[: tail.start()] if tail else item)  # "Retention; | of a ..."
    if len(WORD.findall(body)) <= MAX_WHOLE_WORDS:
        return body
    body = body.split(",", 1)[0]
    return body + " …" if len(WORD.findall(body)) <= MAX_WHOLE_WORDS else ""


def whole_body(item: str) -> str:
    """The item's words when a bullet shows them whole; "" when they had to be cut (a
    bullet that joins them to other words must not end in "…" midway)."""
    body = item_body(item)
    return "" if body.endswith("…") else body


VERB = re.compile(r"\b(?:is|are|was|were|be|include|includes|limited|means|mean)\b", re.I)

_OPEN_PREPOSITION = re.compile(r"\b(?:in|with|to|on|of|against|through)\s*:\s*$", re.IGNORECASE)
MAX_COMPLETED_WORDS = 12
"""Most words of a lead-in a bullet takes before the item that completes its phrase."""


def completed_phrase(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in, then the item, when the lead-in names a fault or act of its own and
    ends on the preposition the item completes ("defect, weakness, inadequacy, fault, or
    unsoundness in: | planning, zoning, development, surveying, or siting" -> "Defect,
    weakness, inadequacy, fault, or unsoundness in planning, zoning, ..."; "Interference
    ... by strikers or other persons with: | Resumption or continuation of business"):
    alone, the item reads as never covered. "" when the lead-in has a trigger, names a
    cause its items are ("caused by:", "arising out of:": the item is the cause), opens
    on a word of loss or cover ("Loss of or damage to: | Jewellery": the item is what is
    lost, and stands alone), places what it names ("Services and supplies provided in: |
    Rest homes", "Data, including data stored in: | ..."), has a verb, or is too long."""
    if not _OPEN_PREPOSITION.search(lead_in):
        return ""
    if find_trigger(lex, lead_in, 0, len(lead_in), need_context=False) is not None:
        return ""
    phrase = _unmarked(lead_in).strip(" :")  # "b. defect ... in:"
    words = WORD.findall(phrase)
    if not words or len(words) > MAX_COMPLETED_WORDS or VERB.search(phrase):
        return ""
    if len(words) > 1 and words[-2].lower().endswith("ed"):
        return ""  # "Services and supplies provided in: | Rest homes": the item is the thing
    plain = word_set(lex, "draft_plain_before_topic")
    if any(word.lower() in plain for word in words):
        return ""  # "Biological or chemical contamination due to or arising from:"
    if is_function(lex, words[0]) or words[0].lower() in word_set(lex, "topic_generic_words"):
        return ""  # "Any:", "Loss of or damage to:"
    body = whole_body(item.split(";", 1)[0])  # "maintenance; | of any property ...": the tail
    if not body:
        return ""
    return f"{phrase[:1].upper()}{phrase[1:]} {lowered(body)}"


_CAUSED_BY = re.compile(
    r"^(?P<head>.+?)\s+(?P<cause>(?:(?:(?:directly|indirectly|wholly|partly)\s+)?"
    r"(?:(?:or|and|and/or)\s+)?(?:(?:directly|indirectly)\s+)?"
    r"(?:caused\s+by|arising\s+(?:out\s+of|from)|due\s+to|resulting\s+from|attributable\s+to"
    r"|in\s+consequence\s+of|contributed\s+to\s+by|in\s+connection\s+with)\s*,?\s*)+)"
    r":\s*$",
    re.IGNORECASE,
)
"""A lead-in that names a harm and ends on the words that make its items its causes
("Biological or chemical contamination due to or arising from:")."""


def harm_cause_phrase(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The harm its lead-in names, its cause words, then the item ("Biological or chemical
    contamination due to or arising from: | terrorism" -> "Biological or chemical
    contamination due to or arising from terrorism"): alone, "Terrorism" reads as
    excluded whatever harm it does. "" when the harm is a generic one whose causes stand
    alone ("Loss or damage caused by: | mildew", "Any claim arising from:"), the lead-in
    has a trigger or a verb, or it is too long for a bullet."""
    phrase = _unmarked(lead_in).strip()
    found = _CAUSED_BY.match(phrase)
    if found is None or find_trigger(lex, lead_in, 0, len(lead_in), need_context=False):
        return ""
    head = found.group("head").strip(" ,")
    words = WORD.findall(head)
    if not words or len(WORD.findall(phrase)) > MAX_COMPLETED_WORDS or VERB.search(head):
        return ""
    generic = word_set(lex, "topic_generic_words")
    if is_function(lex, words[0]) or any(word.lower() in generic for word in words):
        return ""  # "Any:", "Loss or damage caused by:", "Bodily injury arising from:"
    if is_function(lex, words[-1]) or words[0].lower().endswith("ed"):
        return ""  # "based upon or | arising out of:": a cause, not a harm
    body = whole_body(item.split(";", 1)[0])
    if not body:
        return ""
    cause = " ".join(found.group("cause").split()).rstrip(" ,")
    return f"{head[:1].upper()}{head[1:]} {cause} {lowered(body)}"


_STEM_LINK = re.compile(
    r"\s+(?P<link>while|whilst|when|where|(?:for|in|during)\s+which|undertaken)\s*:?\s*$",
    re.IGNORECASE,
)
"""The word a stem ends on, whose clause each item completes ("... for which:"; a PDF's
lead-in may have lost its colon: "... from any unattended vehicle where")."""
_DETERMINERS = frozenset({"a", "an", "the", "any", "each", "every", "all"})
"""Function words a stem that names its subject may open on ("A sickness for which:")."""
MAX_STEM_BULLET_WORDS = 32
"""Most words of a bullet that joins a stem and the item completing it."""


def stem_phrase(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in's stem, then the item that completes its last clause ("A sickness or
    injury for which: | treatment is planned before your trip" -> "A sickness or injury
    for which treatment is planned before your trip"; "Physical injury while: | on duty
    as a firefighter"): alone, the item is a clause about nothing, or reads as the thing
    excluded. "" when the stem names nothing ("However, where:"), opens on a party, a
    preposition ("for any claim where:") or a condition, has a verb of its own ("A
    serious illness has manifested itself when:", a definition), or the bullet would be
    too long."""
    phrase = bringable_words(lex, _unmarked(lead_in))
    found = _STEM_LINK.search(phrase)
    if found is None:
        return ""
    stem = phrase[: found.start()].strip(" ,")
    words = WORD.findall(stem)
    first = words[0].lower() if words else ""
    if not first or first in word_set(lex, "topic_sentence_adverbs"):
        return ""
    if first in word_set(lex, "topic_party_words") or (
        is_function(lex, first) and first not in _DETERMINERS
    ):
        return ""  # "You in respect of damage ... where:", "for any claim where:": no subject
    if lex.matches("draft_conditions", words[0]) or VERB.search(stem):
        return ""
    if has_main_verb(lex, stem) or all(is_function(lex, word) for word in words):
        return ""
    body = whole_body(item)
    if not body or len(words) + 2 + len(WORD.findall(body)) > MAX_STEM_BULLET_WORDS:
        return ""
    link = " ".join(found.group("link").split())
    return f"{stem[:1].upper()}{stem[1:]} {link} {lowered(body)}"


_FOLLOWING = re.compile(
    r"\b(?:(?:(?:any|each|all|either)\s+)?(?:one\s+)?of\s+)?the\s+following\s*", re.IGNORECASE
)
_ENDS_ON_PREPOSITION = re.compile(
    r"\b(?:in|of|to|for|with|on|by|from|at|upon|into|onto|through|against|including)$",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+(?=\w)", re.IGNORECASE)
_COMPLETES_PHRASE = re.compile(r"to\s+(?!the\b|a\b|an\b|any\b)[a-z]+\b")
"""A sub-item that goes on with its outer item's noun as a verb's infinitive ("the failure
of any building or structure: | (i) to comply with ... any building code")."""
MAX_PARENT_WORDS = 12
"""Most words of an outer item a bullet takes before the sub-item it sits over."""


def parent_phrase(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The outer item, then the sub-item under it, when the outer item names the thing
    excluded and its sub-items only say which ("h. Data, including data stored in: | (1)
    Books of account ..." -> "Data, including data stored in books of account ...";
    "ii) Transplant of one of the following organs: | - Liver" -> "Transplant of organs:
    liver"): alone, the sub-item names something else ("Books of account", "Liver"). ""
    when the outer item has a trigger, a verb, cause words (the items are causes that
    stand alone: "caused by:"), opens on a generic or function word ("Loss of or damage
    to:", "Any:") or a condition, or is too long."""
    if find_trigger(lex, lead_in, 0, len(lead_in), need_context=False) is not None:
        return ""
    unmarked = _unmarked(lead_in)
    if len(_FOLLOWING.findall(unmarked)) > 1:
        return ""  # "War ... including any of the following and any consequence of any of
        # the following:": two lists in one, no phrase to join
    phrase = " ".join(_FOLLOWING.sub("", unmarked).split()).strip(" :–-")
    phrase = _LEADING_ARTICLE.sub("", phrase)  # "the failure of any building: | (i) to ..."
    completes = _COMPLETES_PHRASE.match(item_body(item))  # "the failure of X: | (i) to ..."
    if not (_ENDS_ON_PREPOSITION.search(phrase) or _FOLLOWING.search(unmarked) or completes):
        return ""  # "Explosion/ Implosion:", "Cancellation:": a title over its own clause
    words = WORD.findall(phrase)
    if not words or len(words) > MAX_PARENT_WORDS or VERB.search(phrase):
        return ""
    if _CAUSED_BY.match(f"{phrase}:") or has_main_verb(lex, phrase):
        return ""
    first = words[0].lower()
    if is_function(lex, first) or first in word_set(lex, "topic_generic_words"):
        return ""
    if first in word_set(lex, "topic_party_words") or lex.matches("draft_conditions", words[0]):
        return ""
    body = whole_body(item.split(";", 1)[0])
    if not body or has_main_verb(lex, body) or body.endswith(":"):
        return ""  # "Facings on crowns will always be considered cosmetic": a clause
    listed = phrase.lower().endswith("including")  # "Injectables including: | ..."
    joint = " " if (_ENDS_ON_PREPOSITION.search(phrase) or completes) and not listed else ": "
    return f"{phrase[:1].upper()}{phrase[1:]}{joint}{lowered(body)}"
