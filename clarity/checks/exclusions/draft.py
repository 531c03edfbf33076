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

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.triggers import Trigger, find_trigger

_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
_CLAUSE_END = re.compile(r"[,;:.]")
_LIST_GOES_ON = re.compile(r"\s*(?:or|and|and/or|tai|sekä|ja)\b", re.IGNORECASE)
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
) -> str:
    """A Markdown "What is not covered" list for a writer to start from.

    One bullet per topic, grouped under the section each exclusion sits in (sections
    in reading order; ``sections`` maps an exclusion's start to its section title).
    Only the families in ``draft_families`` are listed: a draft of what is not covered
    leaves conditions and caps to the writer. Within a section the most consequential
    come first: the earlier a family in ``draft_families`` (a whole exclusion before a
    period of waiting), then the topics that recur most, then reading order. A clause
    that does not take cover away (``takes_cover_away``; ``text`` is the document's) or
    has no topic is left out: a wrong line costs the writer more than a missing one."""
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
    lead_triggers: dict[str, Trigger | None] = {}  # the items of a list share its lead-in
    for exclusion in exclusions:
        # an item under an exclusions heading is an exclusion by the heading, whatever
        # carve-out its own words hold ("Dental care other than after an accident")
        if not exclusion.topic or (rank and _family(lex, exclusion) not in rank):
            continue
        if not takes_cover_away(lex, exclusion, text, lead_triggers):
            continue
        if "in-definition" in exclusion.reasons or (
            exclusion.source == "lead-in"
            and lex.matches("draft_definition_lead_in", exclusion.heading)
        ):
            # a limit inside a definition ("For the above definition, the following are
            # excluded:") is the definition's detail, not a headline of the policy
            continue
        key = exclusion.topic.lower()
        section = seen.setdefault(key, sections.get(exclusion.start, ""))
        grouped.setdefault(section, {}).setdefault(key, []).append(exclusion)
    out = [f"## {title}", ""]
    if intro:
        out += [f"<!-- {intro} -->", ""]
    for section, topics in grouped.items():
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
            topic = shown_topic(lex, group[0], text)
            label = topic[:1].upper() + topic[1:]
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


def _family(lex: CompiledLexicon, exclusion: Exclusion) -> str:
    """The family the draft ranks by: an item under an exclusions heading is "listed" by
    the heading, whatever carve-out its own words hold ("Dental care other than after an
    accident": family "except")."""
    if exclusion.source == "heading" and exclusion.family in lex.weak:
        return "listed"
    return exclusion.family


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
    sentence counts unless its trigger is inside such a leading "if" clause.
    ``lead_triggers`` keeps the trigger of each lead-in for the next item under it."""
    families = set(lex.raw.get("draft_families") or ())
    if exclusion.source == "lead-in":
        lead = exclusion.heading
        known = {} if lead_triggers is None else lead_triggers
        if lead in known:
            trigger = known[lead]
        else:
            trigger = known[lead] = find_trigger(lex, lead, 0, len(lead), need_context=False)
        if trigger is None:  # under an exclusions heading, or a lead-in above announced them
            return exclusion.announced or "not-under-exclusion-heading" not in exclusion.reasons
        if families and trigger.family not in families:
            return False
        return not _inside_condition(lex, lead, trigger.start)
    if exclusion.source == "sentence" and text:
        lo = exclusion.sentence_start
        return not _inside_condition(
            lex, text[lo : exclusion.sentence_end], exclusion.trigger_start - lo
        )
    return True


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


def shown_topic(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> str:
    """The bullet's words: the topic, with the qualifier that narrows it when the clause
    goes straight on to one ("Solar film or similar | as a result of replacing the
    Windscreen"; ``draft_qualifiers``), up to the clause's next comma or stop and
    ``MAX_QUALIFIED_WORDS``; "…" after the topic when that qualifier is longer. An
    enumeration ("War, invasion, ...") is no qualifier: the topic names its head."""
    topic = " ".join(exclusion.topic.split())
    payer = lex.pattern("draft_payer_lead_in")
    found = payer.search(exclusion.heading) if payer and exclusion.source == "lead-in" else None
    if found is not None:
        # "expenses that are covered by: a) Medicare": the item names who pays, not what
        # is excluded; the bullet keeps the lead-in's words ("covered by Medicare")
        return f"{found.group('words')} {topic}"
    qualifiers = lex.pattern("draft_qualifiers")
    if not text or qualifiers is None:
        return topic
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    at = clause.lower().find(topic.lower())
    if at < 0:
        return topic
    rest = clause[at + len(topic) :]
    trigger = find_trigger(lex, rest, 0, len(rest), need_context=False)
    if (
        trigger is not None
        and trigger.family not in lex.weak  # "except", "only if" narrow; they stay
        and len(_WORD.findall(rest[: trigger.start])) <= 2
    ):
        # "Daily allowance | will not be paid | if ...": the qualifier follows the trigger
        rest = rest[trigger.end :]
    if _LIST_GOES_ON.match(rest):
        return topic + " …"  # cut inside a list: "injury or financial loss | or loss of ..."
    opening = qualifiers.match(rest)
    if opening is None:
        narrowing = lex.pattern("draft_narrowing")
        # the rest of its sentence too: "(except for ...)" may be a clause of its own
        after = text[exclusion.end : max(exclusion.end, exclusion.sentence_end)]
        if narrowing is not None and (narrowing.search(rest) or narrowing.search(after)):
            return topic + " …"  # "Pregnancy, ... except for complications": more follows
        return topic
    stop = _CLAUSE_END.search(rest, opening.end())
    qualifier = rest[: stop.start() if stop else len(rest)].rstrip()
    if len(_WORD.findall(topic + qualifier)) <= MAX_QUALIFIED_WORDS:
        return topic + qualifier
    return topic + " …"
