"""The draft "What is not covered" list (`clarity summary`, JSON "summary_draft"): the
exclusions a writer would name up front, one bullet per topic, grouped by section.

A wrong bullet costs the writer more than a missing one: a bullet is drawn only from a
clause that takes cover away, outside the definitions, with a topic; a topic whose clause
goes on to narrow it ("Sporting equipment | whilst in use") keeps that qualifier when it
is short, and otherwise shows that more follows ("Sporting equipment …"), so the draft
never claims more is excluded than the wording does.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.continued import LEAD
from clarity.checks.exclusions.draft_clause import (
    MAX_WHOLE_WORDS,
    WORD,
    after_topic,
    completes_item_lead,
    dangles,
    has_main_verb,
    marked_by_lead_in,
    shows_exception,
    straight_after,
    titles_its_clause,
    whole_or_more,
)
from clarity.checks.exclusions.draft_context import names_cover
from clarity.checks.exclusions.draft_cover import (
    CLAUSE_END,
    cover_bullet,
    duty_of_topic,
    says_no_loss,
    takes_cover_away,
    with_damage_head,
    words_before_cover,
)
from clarity.checks.exclusions.draft_lead_ins import clause_title, lead_in_bullet
from clarity.checks.exclusions.draft_narrow import (
    carves_out,
    given_back,
    inside_a_clause,
    names_a_part,
    narrowing_before,
    standing_theme,
    topic_in_exception,
    vocabulary_name_only,
)
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.name_lists import list_bullet
from clarity.checks.exclusions.topic_words import (
    is_function,
    participle,
    word_set,
)
from clarity.checks.exclusions.triggers import Trigger

_NAMES = "\x00names"
"""The key of a section's list of bare names, said in one bullet (no topic is this)."""
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
_CELL_BREAK = re.compile(r"\s+[•▪●◦‣]\s")
"""A bullet glyph right after the topic: the next cell of a row begins there."""
MAX_QUALIFIED_WORDS = 14
"""A bullet with its qualifier up to this length ("Solar film as a result of replacing
the windscreen"); longer ones end in "…"."""


def draft_summary(
    lex: CompiledLexicon,
    exclusions: list[Exclusion],
    lines: dict[int, int],
    sections: dict[int, str] | None = None,
    pages: dict[int, int | None] | None = None,
    text: str = "",
    left_out: frozenset[int] = frozenset(),
    cover_names: frozenset[str] = frozenset(),
) -> str:
    """A Markdown "What is not covered" list for a writer to start from.

    One bullet per topic, grouped under the section each exclusion sits in (sections
    in reading order; ``sections`` maps an exclusion's start to its section title).
    Only the families in ``draft_families`` are listed: a draft of what is not covered
    leaves conditions and caps to the writer. Within a section the most consequential
    come first: the earlier a family in ``draft_families`` (a whole exclusion before a
    period of waiting), then the topics that recur most, then reading order. A clause
    that does not take cover away (``takes_cover_away``; ``text`` is the document's) or
    has no topic is left out: a wrong line costs the writer more than a missing one, and
    so is one inside a definition or under a heading of caps (``left_out``: the starts
    of such exclusions, draft_context.py). A topic that names a cover a heading gives
    (``cover_names``: "Daily transport allowance" under "Transport Allowance") shows
    what its clause excludes when a short wording does."""
    title = lex.text("draft_title", "What is not covered")
    intro = lex.text("draft_intro")
    item = lex.text("draft_item", "**{topic}** (line {line})")
    paged = lex.text("draft_item_paged", "**{topic}** (page {page})")
    pages = pages or {}
    families = [str(f) for f in lex.raw.get("draft_families") or []]
    rank = {family: index for index, family in enumerate(families)}
    sections = sections or {}
    grouped: dict[str, dict[str, list[Exclusion]]] = {}
    seen: dict[str, str] = {}
    followed_by_give_back = given_back(lex, exclusions, text)
    cover_words: dict[int, str] = {}
    lead_triggers: dict[str, Trigger | None] = {}  # the items of a list share its lead-in
    for exclusion in exclusions:
        # an item under an exclusions heading is an exclusion by the heading, whatever
        # carve-out its own words hold ("Dental care other than after an accident")
        if not exclusion.topic or (rank and _family(lex, exclusion) not in rank):
            continue
        if not takes_cover_away(lex, exclusion, text, lead_triggers):
            continue
        if says_no_loss(lex, exclusion, text):
            continue  # a give-back, the end of cover, an eligibility rule, a warning
        if (
            "in-definition" in exclusion.reasons
            or exclusion.start in left_out
            or (
                exclusion.source == "lead-in"
                and lex.matches("draft_definition_lead_in", exclusion.heading)
            )
        ):
            # a limit inside a definition ("For the above definition, the following are
            # excluded:") is the definition's detail, not a headline of the policy
            continue
        heading = sections.get(exclusion.start, "")
        if exclusion.name_list:
            grouped.setdefault(heading, {}).setdefault(_NAMES, []).append(exclusion)
            continue  # "Non-Covered Medication List" / "Adderall": the list is one bullet
        key = exclusion.topic.lower()
        if names_cover(lex, exclusion.topic, cover_names):
            # each clause of a cover says what it excludes: one bullet each
            cover_words[exclusion.start] = shown_topic(lex, exclusion, text, names_cover=True)
            key = cover_words[exclusion.start].lower()
            if not key:
                continue
        shown = cover_words.get(exclusion.start) or shown_topic(lex, exclusion, text)
        if not shown:
            continue  # what the bullet would hide is what makes the clause an exclusion
        if duty_of_topic(lex, exclusion, text):
            continue  # "The medical staff of X must approve ...": a condition, not a thing
        if shown.rstrip(" …").lower() in _family_names(lex):
            continue  # "Waiting period …": the kind of clause, not what it excludes
        if lex.matches("draft_plan_table_rows", text[exclusion.start : exclusion.end]):
            continue  # "Adventure sports Not covered Covered Covered": which plan, unsaid
        if lex.matches("draft_not_standalone", shown):
            # "$500 for any one article": a cap; "not listed in the scale above": a
            # pointer to a table the list does not hold
            continue
        if completes_item_lead(lex, exclusion, text) or clause_title(lex, exclusion):
            key = shown.rstrip(" …").lower()  # the outer item's one bullet for its items
        elif not shown.endswith("…") and not shows_exception(shown) and shown.lower() != key:
            # one bullet per wording: "Breakdown, loss or damage caused during installation"
            # and "... caused by a deliberate act" are two; one that ends in "…" joins its
            # topic's, which then claims no more than its narrowest (``_narrowest``)
            key = shown.rstrip(" …").lower()
        section = seen.setdefault(key, heading)
        grouped.setdefault(section, {}).setdefault(key, []).append(exclusion)
    out = [f"## {title}", ""]
    if intro:
        out += [f"<!-- {intro} -->", ""]
    # the exclusions of the whole policy come first ("General exclusions"), the ones no
    # section names last, after every section that does
    for section, topics in sorted(
        grouped.items(),
        key=lambda item: (item[0] == "", not lex.matches("draft_general_sections", item[0])),
    ):
        if len(grouped) > 1:
            out += [f"### {section or lex.text('draft_other_section', 'Elsewhere')}", ""]
        ordered = sorted(
            topics.values(),
            key=lambda group: (
                min(rank.get(_family(lex, e), len(rank)) for e in group),
                -len(group),
                group[0].start,
            ),
        )
        for group in ordered:
            if topics.get(_NAMES) is group:
                out.append("- " + list_bullet(lex, group, lines, pages, text))
                continue
            topic = cover_words.get(group[0].start) or _narrowest(lex, group, text)
            if group[0].start in followed_by_give_back and not topic.endswith("…"):
                topic += " …"  # "... pollutants. Notwithstanding the foregoing, we cover"
            elif dangles(lex, topic):
                topic += " …"  # "Pollution or contamination, unless caused by": the list went on
            # "Administrative fees charged by the Vet including but …": what the cut kept
            # of "including but not limited to" says nothing
            topic = _INCLUDING_CUT.sub(" …", topic)
            quotes = len(topic) - len(topic.lstrip('"“'))  # '"Bodily injury" or ...'
            label = topic[:quotes] + topic[quotes : quotes + 1].upper() + topic[quotes + 1 :]
            on_pages = sorted({p for e in group if (p := pages.get(e.start)) is not None})
            if on_pages:  # a PDF: its line numbers restart on every page
                shown = paged.format(topic=label, page=", ".join(map(str, on_pages[:5])))
            else:
                where = sorted({lines[e.start] for e in group})
                shown = item.format(topic=label, line=", ".join(map(str, where[:5])))
            out.append("- " + shown)
        out.append("")
    if not grouped:
        out += ["- …", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _narrowest(lex: CompiledLexicon, group: list[Exclusion], text: str) -> str:
    """The words of a bullet that stands for several clauses of one topic: the first
    clause's, with "…" when any of them goes on to narrow it ("Wear and tear" and "wear
    and tear (including ...)"): the bullet claims no more than its narrowest clause."""
    first = shown_topic(lex, group[0], text)
    if first.endswith("…"):
        return first
    for exclusion in group[1:]:
        other = shown_topic(lex, exclusion, text)
        if shows_exception(other) and other.lower().startswith(first.lower()):
            return other  # "Moth damage, ..., except in a flat we inspected"
        if other.endswith("…") and other.lower().startswith(first.lower()):
            return first + " …"
    return first


def _family(lex: CompiledLexicon, exclusion: Exclusion) -> str:
    """The family the draft ranks by: an item under an exclusions heading is "listed" by
    the heading, whatever carve-out its own words hold ("Dental care other than after an
    accident": family "except")."""
    if exclusion.source == "heading" and exclusion.family in lex.weak:
        return "listed"
    return exclusion.family


_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
_INCLUDING_CUT = re.compile(
    r",?\s+including(?:\s+but)?(?:\s+not)?(?:\s+limited)?(?:\s+to)?\s+…$", re.IGNORECASE
)


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
    found = _shown(lex, exclusion, text)
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
    if rest is not None and titles_its_clause(lex, topic, rest):
        return found  # "Damage To Your Product …": a title, whatever cover it names
    return cover_bullet(lex, exclusion, text, found)


def _family_names(lex: CompiledLexicon) -> frozenset[str]:
    """The topics that only name a kind of clause ("waiting period", "excess")."""
    return frozenset(str(t).lower() for t in (lex.raw.get("family_topics") or {}).values())


def _shown(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> str:
    topic = " ".join(exclusion.topic.split())
    shaped = lead_in_bullet(lex, exclusion, topic, text)
    if shaped is not None:
        return shaped  # "Covered by Medicare", "Incidents that take place outside Australia"
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
    if rest is not None and titles_its_clause(lex, topic, rest):
        # "Criminal Acts | "Personal and advertising injury" arising out of ...": the
        # title names the clause, which says more than a bullet can
        return topic + " …"
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


_LIST_END = re.compile(r"[.;:](?=\s|$)")
_WORDS_GO_ON = re.compile(r"\s+(?!(?:or|and|and/or)\b)[^\W\d_]")
_PARTICIPLE_START = re.compile(r"\s+([^\W\d_]+ed)\b")
"""A past participle straight after the topic opens the words that scope it ("wilful
acts | committed by the Maid or on her behalf")."""
