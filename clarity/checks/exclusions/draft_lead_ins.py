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
  phrase, and the title names it as it does a clause without items ("Employer's
  Liability …"), so its items share that one bullet.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.continued import LEAD, OUTER_LEADS
from clarity.checks.exclusions.draft_clause import MAX_WHOLE_WORDS, WORD, has_main_verb
from clarity.checks.exclusions.draft_shared_tail import SHARED_TAIL
from clarity.checks.exclusions.leads import marker_class, marker_shape
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
MAX_HEAD_WORDS = 6
"""Most words of a lead-in's head that a placing item's bullet takes ("any dispute")."""


def _after_trigger(lex: CompiledLexicon, lead_in: str) -> str | None:
    """The lead-in's words after its trigger ("We don't cover | incidents that take place
    outside"), None when it has no trigger."""
    trigger = find_trigger(lex, lead_in, 0, len(lead_in), need_context=False)
    return lead_in[trigger.end :].strip(" :–-") if trigger is not None else None


def _bringable_words(lex: CompiledLexicon, lead_in: str) -> str:
    """The lead-in's words a bullet may take before or after its item: those after its
    trigger, or all of them when it has none (an item's own lead-in, "theft that occurs
    away from the insured premises of:")."""
    words = _after_trigger(lex, lead_in)
    return lead_in.strip(" :–-") if words is None else words


def _lowered(body: str) -> str:
    """An item's words set after the lead-in's: "Employment" -> "employment"; "OFAC"
    stays."""
    if body[:1].isupper() and not body[1:2].isupper():
        return body[:1].lower() + body[1:]
    return body


def lead_in_bullet(
    lex: CompiledLexicon, exclusion: Exclusion, topic: str, text: str = ""
) -> str | None:
    """The bullet an item's lead-in words shape, or None when its lead-in is plain;
    ``text`` is the document's."""
    if exclusion.source != "lead-in":
        return None
    lead_in = " ".join(exclusion.heading.split())
    payer = lex.pattern("draft_payer_lead_in")
    found = payer.search(lead_in) if payer else None
    if found is not None:
        return f"{found.group('words')} {topic}"
    if exclusion.trigger_end > exclusion.trigger_start:
        return None  # "... We will not pay for loss to laptops": the item's own words
    title = clause_title(lex, exclusion)
    if title:
        return f"{title} …"
    bound = lex.pattern("draft_bounding_lead_in")
    if bound is not None and bound.search(lead_in):
        return _bounded(lex, lead_in, topic)
    if not text:
        return None
    item = clean_piece(text[exclusion.start : exclusion.end])
    return (
        _modified(lex, lead_in, item)
        or _placed(lex, lead_in, item)
        or _placed_object(lex, lead_in, item, exclusion.extra.get(OUTER_LEADS, ()))
        or _while_condition(lex, lead_in, item)
        or _damaged_object(lex, _inner_lead(text, exclusion), item)
        or _completed(lex, lead_in, item)
        or _specific_harm_cause(lex, _inner_lead(text, exclusion) or lead_in, item)
        or _stem_completed(lex, _inner_lead(text, exclusion) or lead_in, item)
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
    head = _ARTICLE.sub("", _bringable_words(lex, lead_in))
    if not head or len(WORD.findall(head)) > MAX_MODIFIED_WORDS:
        return ""
    body = _body(item)
    if not body:
        return ""
    return f"{head[:1].upper()}{head[1:]} {_lowered(body)}"


def _body(item: str) -> str:
    """The item's words without its closing punctuation or list link; cut at its first
    comma with "…" when longer than a bullet shows whole; "" when even that is long."""
    tail = SHARED_TAIL.search(item)
    body = (item[: tail.start()] if tail else item).rstrip(" ;,.")  # "Retention; | of a ..."
    for tail in (" or", " and", " and/or"):
        body = body.removesuffix(tail)
    body = body.rstrip(" ;,")  # "campers or camper bodies; or"
    if len(WORD.findall(body)) <= MAX_WHOLE_WORDS:
        return body
    body = body.split(",", 1)[0]
    return body + " …" if len(WORD.findall(body)) <= MAX_WHOLE_WORDS else ""


def _whole_body(item: str) -> str:
    """The item's words when a bullet shows them whole; "" when they had to be cut (a
    bullet that joins them to other words must not end in "…" midway)."""
    body = _body(item)
    return "" if body.endswith("…") else body


def _placed(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in's head, then the item that places it ("Any dispute with anyone insured
    by this policy"); "" when the item opens on no placing word, or names a thing of its
    own after one ("In respect of ..."), or the head is no short noun phrase."""
    words = item.split()
    if not words or words[0].lower() not in word_set(lex, "draft_item_place_words"):
        return ""
    if lex.matches("draft_item_place_not", " ".join(words[:3])):
        return ""  # "In respect of ...", "With respect to ...": a reference, not a place
    head = _after_trigger(lex, lead_in) or ""
    head_words = WORD.findall(head)
    if not head_words or len(head_words) > MAX_HEAD_WORDS:
        return ""
    if head_words[0].lower() in word_set(lex, "draft_head_not_openers"):
        return ""  # "when the vehicle is being used": a condition, not what is excluded
    if all(is_function(lex, word) for word in head_words):
        return ""  # "for": the lead-in names nothing, the item does
    # "On the residence premises if the dwelling has been vacant for more than 60
    # consecutive days immediately before the loss, except ...": up to its first comma
    body = _body(item)
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
    words = _bringable_words(lex, lead_in)
    if not words or "," in words or len(WORD.findall(words)) > MAX_BOUND_WORDS:
        return ""
    if words.split()[0].lower() in ("that", "which"):
        noun = WORD.findall(outer[-1]) if outer else []
        if not noun or not noun[-1].isalpha() or is_function(lex, noun[-1]):
            return ""
        words = f"{noun[-1]} {words[:1].lower()}{words[1:]}"
    body = _body(item)
    if not body:
        return ""
    return f"{words[:1].upper()}{words[1:]} {_lowered(body)}"


def _while_condition(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The item, then the condition its lead-in sets on all its items ("The following
    property while outside of buildings:" / "Grain, hay, straw or other crops" ->
    "Grain, hay, straw or other crops while outside of buildings"): alone, the item
    reads as excluded wherever it is. "" when the lead-in sets no such condition."""
    found = lex.pattern("draft_while_lead_in")
    match = found.search(lead_in) if found is not None else None
    if match is None:
        return ""
    body = _whole_body(item)
    if not body:
        return ""
    return f"{body} {match.group('condition')}"


MAX_INNER_LOOKBACK = 12
"""Most paragraphs looked back over for an item's own lead-in inside its list."""


def _style(paragraph: str) -> tuple[str, str] | None:
    """How the paragraph's list marker is written ("(d)": brackets, a letter), or None."""
    marker = list_marker(paragraph.lstrip())
    return (marker_shape(marker), marker_class(marker)) if marker else None


def _inner_lead(text: str, exclusion: Exclusion) -> str:
    """The list item an item sits under inside its lead-in's list, when it ends by
    leading in to its own items ("c. Caused by:" / "(2) Freezing, thawing, ... to a:" /
    "(d) Pier, wharf or dock"): the paragraphs before the item marked as it is are its
    siblings; the first one before them marked otherwise and ending in ":" is its own
    lead-in. "" when there is none."""
    lead = exclusion.extra.get(LEAD)
    if not lead or not text:
        return ""
    *before, opening = text[lead[1] : exclusion.start].split("\n\n")
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
    if len(WORD.findall(cause)) > MAX_MODIFIED_WORDS or _VERB.search(cause):
        return ""
    body = _whole_body(item)
    if not body:
        return ""
    article = lead_in.rstrip(" :").rsplit(" ", 1)[-1]
    to = "to" if article.lower() == "to" else f"to {article}"
    return f"{cause} {to} {_lowered(body)}"


_VERB = re.compile(r"\b(?:is|are|was|were|be|include|includes|limited|means|mean)\b", re.I)

_OPEN_PREPOSITION = re.compile(r"\b(?:in|with|to|on|of|against|through)\s*:\s*$", re.IGNORECASE)
MAX_COMPLETED_WORDS = 12
"""Most words of a lead-in a bullet takes before the item that completes its phrase."""


def _completed(lex: CompiledLexicon, lead_in: str, item: str) -> str:
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
    marker = LIST_MARKER.match(lead_in)
    phrase = lead_in[marker.end() if marker else 0 :].strip(" :")  # "b. defect ... in:"
    words = WORD.findall(phrase)
    if not words or len(words) > MAX_COMPLETED_WORDS or _VERB.search(phrase):
        return ""
    if len(words) > 1 and words[-2].lower().endswith("ed"):
        return ""  # "Services and supplies provided in: | Rest homes": the item is the thing
    plain = word_set(lex, "draft_plain_before_topic")
    if any(word.lower() in plain for word in words):
        return ""  # "Biological or chemical contamination due to or arising from:"
    if is_function(lex, words[0]) or words[0].lower() in word_set(lex, "topic_generic_words"):
        return ""  # "Any:", "Loss of or damage to:"
    body = _whole_body(item.split(";", 1)[0])  # "maintenance; | of any property ...": the tail
    if not body:
        return ""
    return f"{phrase[:1].upper()}{phrase[1:]} {_lowered(body)}"


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


def _specific_harm_cause(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The harm its lead-in names, its cause words, then the item ("Biological or chemical
    contamination due to or arising from: | terrorism" -> "Biological or chemical
    contamination due to or arising from terrorism"): alone, "Terrorism" reads as
    excluded whatever harm it does. "" when the harm is a generic one whose causes stand
    alone ("Loss or damage caused by: | mildew", "Any claim arising from:"), the lead-in
    has a trigger or a verb, or it is too long for a bullet."""
    marker = LIST_MARKER.match(lead_in)
    phrase = lead_in[marker.end() if marker else 0 :].strip()
    found = _CAUSED_BY.match(phrase)
    if found is None or find_trigger(lex, lead_in, 0, len(lead_in), need_context=False):
        return ""
    head = found.group("head").strip(" ,")
    words = WORD.findall(head)
    if not words or len(WORD.findall(phrase)) > MAX_COMPLETED_WORDS or _VERB.search(head):
        return ""
    generic = word_set(lex, "topic_generic_words")
    if is_function(lex, words[0]) or any(word.lower() in generic for word in words):
        return ""  # "Any:", "Loss or damage caused by:", "Bodily injury arising from:"
    if is_function(lex, words[-1]) or words[0].lower().endswith("ed"):
        return ""  # "based upon or | arising out of:": a cause, not a harm
    body = _whole_body(item.split(";", 1)[0])
    if not body:
        return ""
    cause = " ".join(found.group("cause").split()).rstrip(" ,")
    return f"{head[:1].upper()}{head[1:]} {cause} {_lowered(body)}"


_STEM_LINK = re.compile(
    r"\s+(?P<link>while|whilst|when|where|(?:for|in|during)\s+which|undertaken)\s*:\s*$",
    re.IGNORECASE,
)
"""The word a stem ends on, whose clause each item completes ("... for which:")."""
_DETERMINERS = frozenset({"a", "an", "the", "any", "each", "every", "all"})
"""Function words a stem that names its subject may open on ("A sickness for which:")."""
MAX_STEM_BULLET_WORDS = 32
"""Most words of a bullet that joins a stem and the item completing it."""


def _stem_completed(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in's stem, then the item that completes its last clause ("A sickness or
    injury for which: | treatment is planned before your trip" -> "A sickness or injury
    for which treatment is planned before your trip"; "Physical injury while: | on duty
    as a firefighter"): alone, the item is a clause about nothing, or reads as the thing
    excluded. "" when the stem names nothing ("However, where:"), opens on a party, a
    preposition ("for any claim where:") or a condition, has a verb of its own ("A
    serious illness has manifested itself when:", a definition), or the bullet would be
    too long."""
    marker = LIST_MARKER.match(lead_in)
    phrase = _bringable_words(lex, lead_in[marker.end() if marker else 0 :])
    found = _STEM_LINK.search(phrase + ":")
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
    if lex.matches("draft_conditions", words[0]) or _VERB.search(stem):
        return ""
    if has_main_verb(lex, stem) or all(is_function(lex, word) for word in words):
        return ""
    body = _whole_body(item)
    if not body or len(words) + 2 + len(WORD.findall(body)) > MAX_STEM_BULLET_WORDS:
        return ""
    link = " ".join(found.group("link").split())
    return f"{stem[:1].upper()}{stem[1:]} {link} {_lowered(body)}"


def clause_title(lex: CompiledLexicon, exclusion: Exclusion) -> str:
    """The run-in title that opens an item's lead-in and names its clause, which its
    items share as one bullet; "" when there is none, or when it is a generic heading
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
    words = _bringable_words(lex, lead_in)
    if not words or len(WORD.findall(words)) > MAX_BOUND_WORDS:
        return ""
    return f"{words[:1].upper()}{words[1:]} {topic}"
