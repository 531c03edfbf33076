"""Does a draft bullet's clause take cover away (draft.py)? An item under a lead-in that
excludes counts, not one under a condition, a cap or an "if" clause; a sentence counts
unless it opens with a condition; a topic that is the subject of a duty is no bullet, nor
a clause or list that says something other than a loss left out (``says_no_loss``)."""

from __future__ import annotations

import re
from functools import lru_cache

from clarity.checks.exclusions.continued import OUTER_LEADS
from clarity.checks.exclusions.draft_clause import after_topic, whole_or_more
from clarity.checks.exclusions.draft_narrow import ITEM_MARKER
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import nounlike, participle, trim_end, word_set
from clarity.checks.exclusions.triggers import Trigger, find_trigger


def takes_cover_away(
    lex: CompiledLexicon,
    exclusion: Exclusion,
    text: str,
    lead_triggers: dict[str, Trigger | None] | None = None,
) -> bool:
    """Is the clause an exclusion a "what is not covered" list names, not a condition, a
    procedure or a cap? An item counts under a lead-in that excludes ("We will not pay
    for:"), not under one that sets a condition ("provided that:"), a cap ("not
    exceeding"), or whose trigger sits inside an "if" clause ("If the premium is not
    paid, then:" lists what follows). A lead-in without a trigger of its own ("arising
    from the use of any:") counts under an exclusions heading or when a lead-in above it
    announced exclusions. A
    sentence counts unless it opens with such a condition: inside it, the trigger excludes
    nothing; after it, a bullet would drop the condition and claim more than the wording.
    ``lead_triggers`` keeps the trigger of each lead-in for the next item under it."""
    families = set(lex.raw.get("draft_families") or ())
    if exclusion.source == "lead-in":
        known = {} if lead_triggers is None else lead_triggers

        def trigger_of(lead: str) -> Trigger | None:
            if lead not in known:
                known[lead] = find_trigger(lex, lead, 0, len(lead), need_context=False)
            return known[lead]

        lead = exclusion.heading
        if lex.matches("list_weighs_lead", " ".join(lead.split())):
            return False  # "... in no event will the sum of:": the terms of a cap
        for outer in (lead, *exclusion.extra.get(OUTER_LEADS, ())):
            found = trigger_of(outer)
            if (
                found is not None
                and _ONLY_COVERED.search(outer[found.start : found.end])
                and _CONDITIONS_FOLLOW.search(outer)
            ):
                # "Theft ... shall only be covered in circumstances where:" / "all doors
                # are locked": what must hold for cover, which a bullet would reverse
                return False
        trigger = trigger_of(lead)
        if trigger is None:  # under an exclusions heading, or a lead-in above announced them
            return exclusion.announced or "not-under-exclusion-heading" not in exclusion.reasons
        if (
            families
            and trigger.family not in families
            and not lex.matches("draft_refusing_lead_ins", lead)
        ):
            return False
        return not _inside_condition(lex, lead, trigger.start)
    if exclusion.source == "sentence" and text:
        # "If you suffer an injury in an event, we will not pay for any later injury": a
        # bullet names only what follows the trigger and would drop the condition
        opener = lex.pattern("condition_openers")
        sentence = text[exclusion.sentence_start : exclusion.sentence_end]
        return opener is None or opener.match(sentence) is None
    return True


def says_no_loss(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Does the clause, or the lead-in of its list, say something other than a loss the
    policy leaves out? Items that a lead-in gives back ("but we will not exclude any claim
    under:", ``draft_give_back_lead_in``), the events that end cover ("Your TPD insurance
    will end when:" / "the Policy anniversary before age 65"), what a limit leaves covered
    ("Coverage is limited to the following:" / "Furnaces", at any depth of the list); a
    rule of who may join ("you are not eligible to enroll in this plan"), an item the
    policy covers under another part ("baby capsules (we cover them under 'Baby capsules
    and child seats')", "this is covered under the medical benefit"), a cost that
    does not apply ("The waiting period does not apply to this benefit"), a hedged
    warning that points at an exclusion said elsewhere ("Your policy may not cover
    medical conditions that existed before your trip"), a disclaimer ("does not mean any
    admission"), a pointer to the schedule ("The waiting period that applies is shown on
    your policy schedule") or a time inside a waiting period that refuses nothing."""
    if exclusion.source == "lead-in":
        leads = (exclusion.heading, *exclusion.extra.get(OUTER_LEADS, ()))
        if (
            lex.matches("draft_give_back_lead_in", exclusion.heading)
            or lex.matches("draft_termination_lead_in", exclusion.heading)
            or any(lex.matches("draft_cover_limited_to_lead_in", lead) for lead in leads)
            # "you are not eligible for coverage under this Policy if ... you:" / "have
            # congestive heart failure": who may buy the policy, at any depth of the list
            or any(lex.matches("draft_eligibility_rules", lead) for lead in leads)
        ):
            return True
    clause = text[exclusion.start : exclusion.end] if text else ""
    return (
        _wait_mentioned_only(lex, exclusion, text)
        or lex.matches("draft_eligibility_rules", clause)
        or lex.matches("draft_hedged_notices", clause)
        or lex.matches("draft_disclaimers", clause)
        or lex.matches("draft_schedule_pointers", clause)
        or lex.matches("draft_covered_elsewhere", clause)
        or lex.matches("draft_costs_not_applying", clause)
    )


def _wait_mentioned_only(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Is the trigger only a time inside a waiting period ("during the waiting period"),
    in a clause and lead-in that refuse nothing (``draft_wait_mentions``)? Then it says how
    an income benefit is paid ("Payments will be made during the waiting period")."""
    if not text or not lex.matches(
        "draft_wait_mentions",
        " ".join(text[exclusion.trigger_start : exclusion.trigger_end].split()),
    ):
        return False
    if exclusion.source == "sentence":
        words = [text[exclusion.sentence_start : exclusion.sentence_end]]
    else:
        words = [exclusion.heading, *exclusion.extra.get(OUTER_LEADS, ())]
        words.append(text[exclusion.start : exclusion.end])
    return not any(lex.matches("draft_wait_refusals", w) for w in words)


def duty_of_topic(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Is the topic the subject of a duty ("The additional expenses | must be incurred by
    you")? Then the clause sets a condition of the cover, and a bullet naming the topic
    would say its subject is not covered, which the wording does not say."""
    duty = lex.pattern("draft_duty_after_topic")
    if duty is None or not text:
        return False
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    topic = " ".join(exclusion.topic.split())
    at = clause.lower().find(topic.lower())
    return at >= 0 and duty.match(clause[at + len(topic) :]) is not None


def _inside_condition(lex: CompiledLexicon, clause: str, at: int) -> bool:
    """Does the clause open with a condition ("If", "In the event that") that runs past
    offset ``at`` (up to its first comma or "then")?"""
    opener = lex.pattern("condition_openers")
    found = opener.match(clause) if opener is not None else None
    if found is None:
        return False
    close = _CONDITION_END.search(clause, found.end())
    return close is None or close.start() > at


_CONDITION_END = re.compile(r",|\bthen\b|\bniin\b", re.IGNORECASE)


MAX_COVER_WORDS = 16
"""A bullet whose topic names the cover shows what excludes it up to this length."""


def cover_bullet(lex: CompiledLexicon, exclusion: Exclusion, text: str, shown: str) -> str:
    """The topic that names a cover with what its clause excludes: the whole clause when
    it is short and one sentence ("Use of the Rental Vehicle or ... when not
    comprehensively insured"), else the qualifier straight after the topic cut at
    ``MAX_COVER_WORDS`` ("Daily transport allowance if You are provided with a courtesy
    vehicle by the repairer …"); else the bullet as it was (``shown``): a topic that heads
    a list ("Use of the Rental Vehicle or ... without ...") has no short wording, and
    leaving it out would lose the real exclusions whose words a heading happens to share
    ("Travel against the advice of a medical practitioner or ...")."""
    if _ONLY_COVERED.search(text[exclusion.trigger_start : exclusion.trigger_end]):
        # "the Financial Planning Benefit is only payable | for the reimbursement of fees
        # actually paid": what follows is what the cover pays; the topic with it would
        # read as left out
        return ""
    topic = " ".join(exclusion.topic.split())
    rest = after_topic(lex, exclusion, text, topic) or ""
    after = text[exclusion.end : max(exclusion.end, exclusion.sentence_end)]
    whole = whole_or_more(lex, topic, rest, after)
    if whole and whole != topic + " …":
        return whole
    qualifiers = lex.pattern("draft_qualifiers")
    if qualifiers is None or not _STRAIGHT_ON.match(rest) or qualifiers.match(rest) is None:
        # "Use of the Rental Vehicle | or ... without a licence": when "…" would hide a
        # condition, the topic, the cover itself, is no bullet; it stays when "…" only
        # hides an exception ("Winter sports | (other than curling) ... unless")
        return whole
    clause = CLAUSE_END.search(rest)
    words = (topic + rest[: clause.start() if clause else len(rest)]).split()
    kept = trim_end(lex, words[:MAX_COVER_WORDS])
    if not kept or participle(lex, kept[-1]) or not nounlike(lex, kept[-1]):
        return ""  # "... of a Covered Person residing or staying | for more than 180 days"
    return " ".join(kept) + " …"


def words_before_cover(exclusion: Exclusion, text: str, topic: str) -> str:
    """The item or the words after its trigger, when they end on the cover's name and say
    what of it is excluded in a few words ("Any damage to the Checked-in Baggage" under
    "Loss of Checked-in Baggage": the cover named alone reads as not covered at all);
    "" otherwise."""
    words = _clause_words(exclusion, text).rstrip(" .;,")
    if not words.lower().endswith(topic.lower()) or words.lower() == topic.lower():
        return ""
    if len(words.split()) > MAX_COVER_WORDS // 2 or CLAUSE_END.search(words):
        return ""
    head = words[: len(words) - len(topic)]
    return words if _DAMAGE_HEAD.fullmatch(head) else ""


def with_damage_head(lex: CompiledLexicon, exclusion: Exclusion, text: str, shown: str) -> str:
    """The bullet with the loss or damage its clause opens on, when the bullet names a
    thing and the cause of its damage ("Damage to the tyres of your vehicle | caused by
    braking"): without its head, "Tyres of your vehicle caused by braking" reads as if
    the tyres were not covered; ``shown`` otherwise."""
    words = _clause_words(exclusion, text)
    half = _HALF_A_HEAD.match(words)
    if half and words[half.end() :].lower().startswith(shown.lower()):
        # "damage to or | destruction of property ...": the bullet keeps both halves
        return words[: half.end()].capitalize() + shown
    cause_and_object = _cause_and_object(tuple(sorted(word_set(lex, "draft_insured_things"))))
    caused = _CAUSED.search(shown) or cause_and_object.search(shown)
    if caused is None or _DAMAGE_HEAD.search(shown):
        return shown  # no cause, or the bullet says its damage already
    at = words.lower().find(caused.group().lower())  # the bullet may add a comma later
    if at <= 0 or not (
        _DAMAGE_HEAD.fullmatch(words[:at])
        or (caused.re is cause_and_object and _DAMAGE_BY.fullmatch(words[:at]))
    ):
        return shown
    head = words[:at]
    return head[:1].upper() + head[1:] + shown


def _clause_words(exclusion: Exclusion, text: str) -> str:
    """The item, or a sentence's words after its trigger, on one line, without its
    marker or a leading "any" / "all": what the clause takes from the cover."""
    start = exclusion.start
    if exclusion.source == "sentence" and start <= exclusion.trigger_start < exclusion.end:
        start = exclusion.trigger_end
    words = " ".join(text[start : exclusion.end].split())
    return _LEADING_ANY.sub("", ITEM_MARKER.sub("", words))


_CAUSED = re.compile(
    r"^\S.*?(?:\b(?:caused\s+by|resulting\s+from|arising\s+from|due\s+to|from\s+which)\b"
    r"|(?<!ed)\s+by\s+(?!(?:you|us|we|him|her|them|anyone|any\s+person)\b))",
    re.IGNORECASE,
)
"""A thing and the cause of its damage ("tyres of your vehicle caused by braking", "tyres
by braking"; not "property owned by you", which says whose)."""


@lru_cache(maxsize=4)
def _cause_and_object(things: tuple[str, ...]) -> re.Pattern[str]:
    """A cause and the insured thing it damages ("pests to your home and its contents", "the
    engineer in gaining access to the home"; ``draft_insured_things``): the clause's
    "Damage caused by" is its sense. Compiled once per rule pack."""
    names = "|".join(re.escape(thing) for thing in things) or r"(?!)"
    return re.compile(rf"^\S.*?\s(?:to|in)\s+(?:your|the|its)\s+(?:{names})\b", re.IGNORECASE)


_DAMAGE_BY = re.compile(
    r"(?:(?:loss\s+(?:of\s+)?or\s+)?damage\s+caused\s+by)\s+(?:the\s+|any\s+)?",
    re.IGNORECASE,
)


_HALF_A_HEAD = re.compile(r"damage\s+to\s+or\s+(?=(?:loss|destruction)\s+of\b)", re.IGNORECASE)
"""The first half of a head whose second half a bullet may start on ("damage to or | loss
of ...")."""


_DAMAGE_HEAD = re.compile(
    r"(?:damage\s+to\s+or\s+(?:loss|destruction)\s+of|loss\s+of\s+or\s+damage\s+to"
    r"|loss\s+or\s+damage\s+(?:to|of)|damage\s+to|loss\s+of)"
    r"\s+(?:the\s+|your\s+|any\s+)?",
    re.IGNORECASE,
)
"""What a clause takes from a cover it names: loss of it or damage to it."""


_ONLY_COVERED = re.compile(
    r"\bonly\b(?:\s+\w+){0,2}?\s+(?:covered|insured|paid|payable)\b"
    r"|\b(?:covered|insured|paid|payable)\s+only\b",
    re.IGNORECASE,
)
"""A trigger that says when cover holds ("shall only be covered", "payable only"), not
what an exclusion applies to ("applies only to this Additional Coverage")."""
_CONDITIONS_FOLLOW = re.compile(
    r"\b(?:if|when|where|whereby|either|in\s+the\s+event\s+of|provided(?:\s+that)?|"
    r"(?:the\s+)?following\s+(?:conditions|circumstances|requirements)(?:\s+are\s+met)?)"
    r"\s*[:\-–—]+\s*$",
    re.IGNORECASE,
)
"""... and whose lead-in ends on the conditions it lists ("... only be covered in
circumstances where:"), not on the things it restricts ("The following types of treatment
are only covered when Medically Necessary:" / "Treatment for co-dependency")."""
_LEADING_ANY = re.compile(r"^(?:any|all)\s+", re.IGNORECASE)
CLAUSE_END = re.compile(r"[;:]|(?<!\d)[,.]|[,.](?!\d)")
"""Where a clause's words stop: a stop, a colon or a comma; not the comma or point inside
a figure ("heavier than 3,500 kilograms", "longer than 5.1 metres"), where a cut would
show another amount ("heavier than 3")."""
_STRAIGHT_ON = re.compile(r"\s+(?!(?:or|and|and/or)\b)\w")
