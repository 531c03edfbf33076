"""The words of one draft bullet (``shown_topic``): the topic of an exclusion with what
narrows it, in the clause's own words, so that the bullet never claims more is excluded
than the wording does.

The topic alone when the clause says no more; its qualifier when the clause goes straight
on to one ("Sporting equipment | whilst in use"), cut at the clause's next comma or stop;
"…" when more follows than a bullet shows; the exception a clause makes, in its words
("Cardiac surgery, unless approved in advance"); the words a lead-in gives its items
(``draft_lead_ins``); and no bullet at all when the words it would hide are what make the
clause an exclusion. ``draft.py`` groups the bullets by section.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.continued import LEAD
from clarity.checks.exclusions.draft_clause import (
    MAX_WHOLE_WORDS,
    WORD,
    after_topic,
    has_main_verb,
    straight_after,
    titled_clause,
    titles_its_clause,
    whole_or_more,
)
from clarity.checks.exclusions.draft_cover import (
    CLAUSE_END,
    cover_bullet,
    with_damage_head,
    words_before_cover,
)
from clarity.checks.exclusions.draft_exceptions import marked_by_lead_in
from clarity.checks.exclusions.draft_item_lead import completes_item_lead, item_words, opens_on_link
from clarity.checks.exclusions.draft_lead_ins import lead_in_bullet
from clarity.checks.exclusions.draft_narrow import (
    carves_out,
    inside_a_clause,
    list_exception_cut,
    names_a_part,
    narrowing_before,
    standing_theme,
    topic_in_exception,
    vocabulary_name_only,
)
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.run_in_title import title_line, title_with_opening
from clarity.checks.exclusions.topic_words import (
    is_function,
    participle,
    word_set,
)

_ASIDE = re.compile(r",\s*whether\s+or\s+not\b[^,;.]*,\s*(?:to|which|that|where|when)\b")
"""An aside, and the clause that narrows the words before it goes on after it."""
_LIST_TAIL = re.compile(
    r",\s+(?:[^,.;:()]{1,40},\s+){0,6}[^,.;:()]{1,40}?\s(?:or|and|and/or|nor)\s",
    re.IGNORECASE,
)
"""The rest of a list after a comma: items, then "or" / "and" before the last."""


def _continues_list(lex: CompiledLexicon, rest: str, comma: int) -> bool:
    """Does the comma at ``comma`` go on with a list ("skiing |, ice hockey, lacrosse or
    football"), not open an exception or a clause of its own (", unless ...", ", which
    ...": ``draft_list_breaks``)?"""
    if _LIST_TAIL.match(rest, comma) is None:
        return False
    opening = WORD.match(rest[comma + 1 :].lstrip())
    return opening is None or opening.group().lower() not in word_set(lex, "draft_list_breaks")


_LIST_GOES_ON = re.compile(r"\s*(?:or|and|and/or|tai|sekä|ja)\b", re.IGNORECASE)
_COMMA_LIST = re.compile(r"\s*,\s*[^\W\d_]")
_CELL_BREAK = re.compile(
    r"\s+[•▪●◦‣]\s|\s+(?=(?:Not\s+covered|Covered)\s+(?:if|when|only|under|for|in|by|as)\b)"
)
"""A bullet glyph right after the topic, or a verdict opening with a capital in the middle
of a sentence ("Massage therapy | Covered when ordered as part of physical therapy", a
chart's row read across): the row's next cell begins there."""
MAX_QUALIFIED_WORDS = 14
"""A bullet with its qualifier up to this length ("Solar film as a result of replacing
the windscreen"); longer ones end in "…"."""


_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)


def shown_topic(
    lex: CompiledLexicon, exclusion: Exclusion, text: str, names_cover: bool = False
) -> str:
    """The bullet's words: the topic, with the qualifier that narrows it when the clause
    goes straight on to one ("Solar film or similar | as a result of replacing the
    Windscreen"; ``draft_qualifiers``), up to the clause's next comma or stop and
    ``MAX_QUALIFIED_WORDS``; "…" after the topic when that qualifier is longer. An
    enumeration ("War, invasion, ...") is no qualifier: the topic names its head.

    A topic that ``names_cover`` ("Daily transport allowance") excludes nothing by
    itself: instead of "…" the bullet shows its qualifier up to ``MAX_COVER_WORDS``
    (then "…"), or its whole clause when that is short (``cover_bullet``)."""
    if text and names_a_part(lex, exclusion, text):
        return ""  # "This benefit is not payable under | the Partial TPD benefit"
    if text and topic_in_exception(lex, exclusion, text):
        return ""  # "shall not be liable except in respect of ... | terrorism": covered
    whole = completes_item_lead(lex, exclusion, text) if text else ""
    if whole:
        return whole  # '"Business" data …', not "Computers and related equipment"
    if text and opens_on_link(lex, exclusion, text):
        # "(a) On the basis of unauthorized instructions" under an outer item too long to
        # name ("Loss of property after it has been transferred ... outside the
        # premises:"): says how, not what; alone it is a fragment
        return ""
    found = list_exception_cut(
        lex, _shown(lex, exclusion, text), text[exclusion.start : exclusion.end]
    )
    trigger = text[exclusion.trigger_start : exclusion.trigger_end]
    if found and _ONLY.search(trigger) and not _ONLY.search(found):
        # "children are only covered when travelling with an adult": without its "only",
        # the condition reads as what is excluded, the wording reversed
        return ""
    lead = exclusion.extra.get(LEAD)
    if found and lead:
        found = marked_by_lead_in(lex, found, text[lead[0] : lead[1]])
    if names_cover and found and found.lower() == " ".join(exclusion.topic.split()).lower():
        said = words_before_cover(exclusion, text, found)
        if said:
            return said  # "Damage to the Checked-in Baggage", not "Checked-in Baggage"
    if not names_cover or (found and not found.endswith("…")):
        return with_damage_head(lex, exclusion, text, found) if found else found
    topic = " ".join(exclusion.topic.split())
    rest = after_topic(lex, exclusion, text, topic)
    clause = text[exclusion.start : exclusion.end]
    if rest is not None and (
        titles_its_clause(lex, topic, rest, clause) or _COLON_TITLE.match(rest)
    ):
        # "Bodily Injury and Tangible Property Damage: | Any Claim for ...": a title,
        # whatever cover it names; shown with its clause or not at all (``_shown``)
        return found
    return cover_bullet(lex, exclusion, text, found)


def _shown(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> str:
    topic = " ".join(exclusion.topic.split())
    shaped = lead_in_bullet(lex, exclusion, topic, text)
    if shaped is not None:
        return shaped  # "Covered by Medicare", "Incidents that take place outside Australia"
    item = item_words(exclusion, text)
    if (
        exclusion.source == "lead-in"
        and item
        and item[0].lower() in word_set(lex, "draft_item_opens_on_verb")
    ):
        return ""  # "... while it: | is under a conditional sales agreement": a predicate
    qualifiers = lex.pattern("draft_qualifiers")
    if not text or qualifiers is None:
        return topic
    if vocabulary_name_only(lex, exclusion, text) or carves_out(lex, exclusion, text):
        return ""  # "Alcohol or drugs" for "... under the influence of drink"; "(excluding X)"
    before = narrowing_before(lex, exclusion, text, topic)
    if inside_a_clause(before):
        if not standing_theme(lex, exclusion):
            return ""
        before = ""  # "... to the extent that trade or economic | sanctions": the market clause
    if before:
        # "Loss due to your voluntary action due to any act of | terrorism": the bullet
        # starts where the clause does
        topic = before + topic
        if len(WORD.findall(topic)) > MAX_WHOLE_WORDS:
            return ""
    rest = after_topic(lex, exclusion, text, topic)
    carve_out = _CARVE_OUT.match(rest or "")
    carved = " ".join(f"{topic}{carve_out.group(0)}".split()) if carve_out is not None else ""
    if (
        carve_out is not None
        and rest is not None
        and _ENDS_ITEM.match(rest, carve_out.end())
        and len(WORD.findall(carved)) <= MAX_WHOLE_WORDS
    ):
        # "a trauma condition in 'Cancer of any body system' | (not including aplastic
        # anaemia), or": the item's own carve-out; without it the bullet claims more
        return carved
    refused = _refused_object(exclusion, text, topic, rest)
    if refused:
        return _refused_bullet(lex, refused, text[exclusion.end : exclusion.sentence_end])
    narrowed = _title_narrowed(topic, rest)
    if narrowed:
        return narrowed  # "Fire: | Loss from damage to the premises resulting from fire"
    after = text[exclusion.end : max(exclusion.end, exclusion.sentence_end)]
    clause = text[exclusion.start : exclusion.end]
    if rest is not None and (
        titles_its_clause(lex, topic, rest, clause) or _COLON_TITLE.match(rest)
    ):
        # "Criminal Acts | "Personal and advertising injury" arising out of ...", "SOBER
        # LIVING: | Expenses related to a stay at a sober living facility": the clause
        # with its title when short; else no bullet. A title alone names a field wider
        # than its clause ("Liquor Liability …", "Profit or Fraud …"), which then lifts
        # part of it; editors judged such captions right on one in three. A title set on
        # a line of its own shows its clause's opening then ("Product Recall: Any cost ...")
        whole = titled_clause(lex, topic, rest, after)
        if whole or title_line(lex, clause) != topic:
            return whole
        return title_with_opening(lex, topic, rest)
    if rest is None:
        # a named topic that stands for the clause ("Alcohol or drugs" for "being under
        # the influence of alcohol, unless ..."): "…" when the clause lifts it anywhere
        exceptions = lex.pattern("draft_exceptions")
        clause = text[exclusion.start : max(exclusion.end, exclusion.sentence_end)]
        return topic + " …" if exceptions and exceptions.search(clause) else topic
    # the rest of its sentence too: "(except for ...)" may be a clause of its own
    after = text[exclusion.end : max(exclusion.end, exclusion.sentence_end)]
    if _CELL_BREAK.match(rest):
        # "Allergy Testing • For allergy testing, except as provided herein": a key word
        # beside its exclusion in a row; the cell after the bullet restates it
        narrowing = lex.pattern("draft_narrowing")
        lifted = narrowing is not None and bool(narrowing.search(rest) or narrowing.search(after))
        return topic + " …" if lifted else topic
    if _LIST_GOES_ON.match(rest):
        # cut inside a list: "injury or financial loss | or loss of ..."
        return whole_or_more(lex, topic, rest, after)
    if not exclusion.named_topic and _COMMA_LIST.match(rest):
        # ... or an enumeration its words open ("Tickets | , keys, money, ..."): a named
        # topic stands for it ("War"); its first word may not ("Availability |, quality
        # or outcome of any medical treatment"), so the bullet shows the list when it can,
        # else the topic as before
        # ... or nothing: the first words of a list cut short ("Total or partial
        # inability or failure to receive |, send, access or use data ... whenever")
        # say something the wording does not
        return whole_or_more(lex, topic, rest, after)
    elif _COMMA_LIST.match(rest) and not qualifiers.match(rest):
        # "Breakdown, loss or damage | caused during installation": what ends the list
        # narrows each of its items, the named one too; the bullet shows it or is left out
        whole = whole_or_more(lex, topic, rest, after)
        conditions = lex.pattern("draft_conditions")
        listed = _LIST_END.split(rest, maxsplit=1)[0]
        if not whole or (conditions is not None and conditions.search(listed)):
            return whole
    opening = qualifiers.match(rest) or _PARTICIPLE_START.match(rest)
    if (
        opening is not None
        and opening.re is _PARTICIPLE_START
        and not participle(lex, opening.group(1))
    ):
        opening = None  # "acts | committed by the rider" narrows; "bed | shed" does not
    if opening is None:
        narrowing = lex.pattern("draft_narrowing")
        if narrowing is not None and (narrowing.search(rest) or narrowing.search(after)):
            # "Pregnancy, ... except for complications": more follows
            return whole_or_more(lex, topic, rest, after)
        if _WORDS_GO_ON.match(rest) and straight_after(exclusion, text, topic, rest):
            # cut inside its phrase ("Ski | Jumping"), or the subject of the clause that
            # narrows it ("heart condition | has not been stable"): the whole clause when
            # short, else nothing
            stop = CLAUSE_END.search(rest)
            clause = topic + rest[: stop.start() if stop else len(rest)].rstrip()
            if has_main_verb(lex, clause[len(topic) :]):
                short = len(WORD.findall(clause)) <= MAX_QUALIFIED_WORDS
                return clause if short and stop is not None else ""
            return whole_or_more(lex, topic, rest, after)
        if _COMMA_LIST.match(rest):
            # "Value of information contained in any plans |, deeds, briefs ...": the
            # list goes on past the topic
            return whole_or_more(lex, topic, rest, after)
        return topic
    stop = CLAUSE_END.search(rest, opening.end())
    qualifier = rest[: stop.start() if stop else len(rest)].rstrip()
    last = qualifier.split()[-1] if qualifier.split() else ""
    at_comma = stop is not None and rest[stop.start()] == ","
    goes_on = at_comma and _ASIDE.match(rest, stop.start())
    short = len(WORD.findall(topic + qualifier)) <= MAX_QUALIFIED_WORDS
    if (
        short
        and at_comma
        and not goes_on
        and stop is not None
        and _continues_list(lex, rest, stop.start())
        and not (last and is_function(lex, last))
    ):
        # "... non-School sponsored skiing |, ice hockey, lacrosse, soccer or football": the
        # comma goes on with the list the qualifier ends in; the whole clause when it is
        # short, else the words up to the cut and "…"
        return whole_or_more(lex, topic, rest, after) or topic + qualifier + " …"
    if (
        short
        and not (last and is_function(lex, last))  # "work organised by | , or under ..."
        and not goes_on  # "... of any computer programme |, whether or not you own it, to"
    ):
        if stop is not None and rest[stop.start()] == ":":
            return topic + qualifier + " …"  # "... if your car is left: | unlocked; ..."
        exceptions = lex.pattern("draft_exceptions")
        if (
            stop is not None
            and rest[stop.start()] == ","
            and exceptions is not None
            and exceptions.search(qualifier)
        ):
            # "Retaining walls, unless the damage is caused by fire |, lightning, impact
            # ...": the exception goes on, and cut at its first cause it gives back less
            return topic + qualifier + " …"
        return topic + qualifier
    return whole_or_more(lex, topic, rest, after)


_CARVE_OUT = re.compile(
    r"[’'\"”]?\s*\((?:not\s+including|excluding|except|other\s+than|but\s+not)\b[^()]*\)",
    re.IGNORECASE,
)
"""A carve-out in brackets straight after the topic (its closing quote before it)."""
_ENDS_ITEM = re.compile(r"\s*(?:[,;.]\s*(?:(?:or|and)\s*)?)?$")
"""Nothing after it but the item's end ("), or", ";")."""


_REFUSED_FOR = re.compile(r"\s*for\s+(?=[^\W\d_])")
"""The "for" that opens what a refusal refuses ("are not insured | for liability ...")."""


def _refused_object(exclusion: Exclusion, text: str, topic: str, rest: str | None) -> str:
    """What a refusal whose subject is the topic refuses ("Cigna | will not be liable |
    for any claim for damages ...", "5.2 Asbestos | You are not insured | for liability
    in connection with asbestos"): the words after its "for", or "". There the topic is
    the party that pays or a title set beside the clause, not what is excluded. ``rest``
    is the clause after the topic, and after its trigger when the topic is its subject
    (``after_topic``)."""
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    at = clause.lower().find(topic.lower())
    if rest is None or at < 0 or len(rest) >= len(clause) - at - len(topic):
        return ""  # the trigger was not passed over: the topic is no refusal's subject
    refusal = clause[at + len(topic) : len(clause) - len(rest)]
    if not _PARTY_REFUSES.search(refusal) or "." in refusal:
        # "Daily Cash Allowance | is not payable | for ...": the benefit is the point; "...
        # under Section I of this policy | . We also will not pay | for ...": another sentence
        return ""
    found = _REFUSED_FOR.match(rest)
    return rest[found.end() :] if found is not None else ""


_PARTY_REFUSES = re.compile(r"\b(?:liable|responsible|insured?|pay)\s*$", re.IGNORECASE)
"""A refusal whose subject is a party, the insurer or the insured ("will not be liable",
"is not responsible", "The Companies will not pay", "You are not insured"), not a
benefit ("is not payable")."""


def _refused_bullet(lex: CompiledLexicon, refused: str, after: str) -> str:
    """The bullet of what a refusal refuses ("any claim for damages ... while receiving
    care from any Provider"): its words as a clause of their own, whole when short; a
    bare opening word and "…" says nothing, so no bullet then."""
    head, _, tail = refused.partition(" ")
    shown = whole_or_more(lex, head[:1].upper() + head[1:], f" {tail}", after)
    return shown if len(WORD.findall(shown.removesuffix("…"))) > 2 else ""


_LIST_END = re.compile(r"[.;:](?=\s|$)")
_COLON_TITLE = re.compile(r":\s+[A-Z\"“]")
"""A title set before its clause with a colon, the clause opening on a capital."""
_WORDS_GO_ON = re.compile(r"\s+(?!(?:or|and|and/or)\b)[^\W\d_]")
_PARTICIPLE_START = re.compile(r"\s+([^\W\d_]+ed)\b")
"""A past participle straight after the topic opens the words that scope it ("wilful
acts | committed by the Maid or on her behalf")."""


_COLON_CLAUSE = re.compile(r"^\s*[:–—-]\s*(?P<clause>[^:;]+?)[\s.;]*$")
MAX_NARROWED_WORDS = 16
"""Most words of a titled clause shown instead of its title."""


def _title_narrowed(topic: str, rest: str | None) -> str:
    """The clause after a run-in title, when it is short and names the title's peril as
    the cause of a narrower loss ("Fire: | Loss from damage to the "premises" resulting
    from fire, however caused": under a cover of money, only the damage to the premises
    is excluded, and "Fire" alone says all fire is); "" otherwise."""
    found = _COLON_CLAUSE.match(rest) if rest else None
    if found is None:
        return ""
    clause = found.group("clause")
    lowered, title = clause.lower(), topic.lower()
    if len(WORD.findall(clause)) > MAX_NARROWED_WORDS or lowered.startswith(title):
        return ""
    return clause if re.search(rf"\b(?:from|by|of)\s+{re.escape(title)}\b", lowered) else ""
