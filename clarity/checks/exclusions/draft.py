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

from clarity.checks.exclusions.continued import OUTER_LEADS
from clarity.checks.exclusions.draft_benefit_terms import benefit_condition, event_within
from clarity.checks.exclusions.draft_bullet import shown_topic
from clarity.checks.exclusions.draft_clause import dangles
from clarity.checks.exclusions.draft_context import bare_words, names_cover
from clarity.checks.exclusions.draft_cover import (
    duty_of_topic,
    says_no_loss,
    takes_cover_away,
)
from clarity.checks.exclusions.draft_exceptions import shows_exception
from clarity.checks.exclusions.draft_item_lead import completes_item_lead
from clarity.checks.exclusions.draft_narrow import (
    exception_opening,
    followed_by,
    given_back,
    without_next_number,
)
from clarity.checks.exclusions.draft_shared_tail import shared_tails, with_shared_tail
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.name_lists import list_bullet
from clarity.checks.exclusions.topic_words import adjective_only, family_names, nounlike, word_set
from clarity.checks.exclusions.triggers import Trigger

MAX_DANGLING_WORDS = 5
"""Most words of a bullet that ends wanting its sub-list's words that may name nothing."""


def _names_nothing_before(lex: CompiledLexicon, topic: str) -> bool:
    """Does a short bullet that ends wanting more ("Greater than or equal to", "Deliberately
    caused by", "Inhalation of") name at most one thing before its last word, and no
    exception? Alone it says nothing; "Dampness or dryness of" names two, and stays."""
    words = topic.split()
    if len(words) > MAX_DANGLING_WORDS or lex.matches("draft_exceptions", topic):
        return False
    things = [w for w in words[:-1] if nounlike(lex, w) and not adjective_only(lex, w)]
    return len(things) <= 1  # "Greater than or equal to": one noun, and that an adjective's


_QUOTES = re.compile(r"[\"“”„‘’'`]")


def _key(words: str) -> str:
    """What makes two bullets the same: their words, whatever the case, the quotation
    marks ('Extract "Contaminants or Pollutants"' on one page, 'Extract “contaminants or
    pollutants”' on another) and a closing "…"."""
    return " ".join(_QUOTES.sub("", words.rstrip(" …")).lower().split())


_NAMES = "\x00names"
"""The key of a section's list of bare names, said in one bullet (no topic is this)."""


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
    homes: dict[str, list[str]] = {}  # every section a bullet's clauses sit in
    followed_by_give_back = given_back(lex, exclusions, text)
    narrowed_after = followed_by(lex, exclusions, text, "draft_narrowed_after") or set()
    cover_words: dict[int, str] = {}  # a bullet's own words, not the topic's
    lead_triggers: dict[str, Trigger | None] = {}  # the items of a list share its lead-in
    tails = shared_tails(exclusions, text)  # "... | e. Retention; | of a person ..."
    for exclusion in exclusions:
        # an item under an exclusions heading is an exclusion by the heading, whatever
        # carve-out its own words hold ("Dental care other than after an accident")
        within = event_within(lex, exclusion, text)  # "Suicide within 12 months of ..."
        if rank and _family(lex, exclusion) not in rank and not within:
            continue
        # "Benefits are not payable if ...": no topic, the condition is the bullet
        conditional = within or ("" if exclusion.topic else benefit_condition(lex, exclusion, text))
        if not exclusion.topic and not conditional:
            continue
        if not within and not takes_cover_away(lex, exclusion, text, lead_triggers):
            continue
        if says_no_loss(lex, exclusion, text):
            continue  # a give-back, the end of cover, an eligibility rule, a warning
        if exclusion.start in narrowed_after or lex.matches(
            "draft_narrowed_after", text[exclusion.start : exclusion.end]
        ):
            continue  # "Weather conditions. But this exclusion only applies if ...": less
        if (
            "in-definition" in exclusion.reasons
            or exclusion.start in left_out
            or (
                # a lead-in, or one set as a heading ("Paragraph f. does not include ...:")
                (exclusion.source == "lead-in" or exclusion.heading.rstrip().endswith(":"))
                and lex.matches("draft_definition_lead_in", exclusion.heading)
            )
            or (
                exclusion.source == "lead-in"
                and (
                    any(  # "... unless the following conditions are met:" / "1. ...:" / "a."
                        lex.matches("draft_all_of_lead_in", lead)
                        for lead in (exclusion.heading, *exclusion.extra.get(OUTER_LEADS, ()))
                    )
                    or lex.matches("draft_cost_sharing_lead_in", exclusion.heading)
                    or (
                        lex.matches("draft_phrase_lead_in", exclusion.heading)
                        and text[exclusion.start : exclusion.end].rstrip().endswith(",")
                    )
                )
            )
            or lex.matches("draft_widening", exclusion.heading)
            or lex.matches("draft_widening", text[exclusion.start : exclusion.end])
            or lex.matches("draft_defining_sentences", text[exclusion.start : exclusion.end])
        ):
            # a limit inside a definition ("For the above definition, the following are
            # excluded:") is the definition's detail, not a headline of the policy; what
            # stretches an exclusion ("This exclusion applies even if ...") is part of it;
            # a limb of an all-of test ("... if all of the following apply:") excludes
            # nothing alone
            continue
        heading = sections.get(exclusion.start, "")
        if exclusion.name_list:
            grouped.setdefault(heading, {}).setdefault(_NAMES, []).append(exclusion)
            continue  # "Non-Covered Medication List" / "Adderall": the list is one bullet
        key = _key(within or exclusion.topic or conditional)
        if exclusion.topic and names_cover(lex, exclusion.topic, cover_names):
            # each clause of a cover says what it excludes: one bullet each
            cover_words[exclusion.start] = shown_topic(lex, exclusion, text, names_cover=True)
            key = _key(cover_words[exclusion.start])
            if not key:
                continue
        if conditional:
            cover_words[exclusion.start] = conditional
        shown = cover_words.get(exclusion.start) or shown_topic(lex, exclusion, text)
        trimmed = without_next_number(text, exclusion, shown)  # "... hypertrophy | 6"
        if trimmed != shown:
            shown = cover_words[exclusion.start] = trimmed
        tailed = with_shared_tail(lex, exclusion, shown, tails)
        if tailed != shown:
            shown = cover_words[exclusion.start] = tailed
        if not shown:
            continue  # what the bullet would hide is what makes the clause an exclusion
        if shown.split(" ", 1)[0].lower() in word_set(lex, "draft_subordinate_openers"):
            continue  # "After 30-day waiting period": when, cut from what
        if duty_of_topic(lex, exclusion, text):
            continue  # "The medical staff of X must approve ...": a condition, not a thing
        if shown.rstrip(" …").lower() in family_names(lex):
            continue  # "Waiting period …": the kind of clause, not what it excludes
        if lex.matches("draft_plan_table_rows", text[exclusion.start : exclusion.end]):
            continue  # "Adventure sports Not covered Covered Covered": which plan, unsaid
        if lex.matches("draft_subjectless_cover_notes", text[exclusion.start : exclusion.end]):
            continue  # "*Does not apply to Essential Cover.": what does not apply, unsaid
        if lex.matches(
            "draft_catch_all_triggers", text[exclusion.trigger_start : exclusion.trigger_end]
        ):
            # "Any procedure | not specifically listed as a covered benefit": the topic
            # alone says every procedure; what is left out is what the cover does not list
            continue
        if lex.matches("draft_not_standalone", shown) or lex.matches("draft_list_pointers", shown):
            # "$500 for any one article": a cap; "not listed in the scale above": a
            # pointer to a table the list does not hold
            continue
        if completes_item_lead(lex, exclusion, text):
            key = _key(shown)  # the outer item's one bullet for its items
        elif not shown.endswith("…") and not shows_exception(shown) and _key(shown) != key:
            # one bullet per wording: "Breakdown, loss or damage caused during installation"
            # and "... caused by a deliberate act" are two; one that ends in "…" joins its
            # topic's, which then claims no more than its narrowest (``_narrowest``)
            key = _key(shown)
        section = seen.setdefault(key, heading)
        grouped.setdefault(section, {}).setdefault(key, []).append(exclusion)
        if heading not in homes.setdefault(key, []):
            homes[key].append(heading)
    grouped = _shared_by_parallel_sections(lex, grouped, homes)
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
            named = _uncoded(lex, section) or section
            out += [f"### {named or lex.text('draft_other_section', 'Elsewhere')}", ""]
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
                if _names_nothing_before(lex, topic):
                    continue  # "Deliberately caused by", "Inhalation of": its sub-list named it
                topic += " …"  # "Pollution or contamination, unless caused by": the list went on
            # "Administrative fees charged by the Vet including but …": what the cut kept
            # of "including but not limited to" says nothing
            topic = _INCLUDING_CUT.sub(" …", topic)
            # "Dental treatment Dental treatment, unless ...": a run-in title the clause
            # opens by repeating; the clause says it once
            topic = _TITLE_REPEATED.sub("", topic)
            # "... provider except in the following situations …": the list it points to
            # is not in the bullet; its opening word says one follows
            topic = _LIST_EXCEPTION.sub(lambda m: f", {exception_opening(m.group(1))} …", topic)
            column = lex.pattern("draft_column_words")
            if column is not None:
                # "Wigs (any type and their care) under any condition": a column of the
                # chart the row sits in, run into its words
                topic = column.sub("", topic).strip()
            topic = _uncoded(lex, topic)
            if not topic:
                continue  # "Code Excl 12": a code the page break left without its title
            topic = bracketed(topic)
            if not topic:
                continue  # "Re)insurer to any sanction ...": cut inside a bracket
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
        out += [lex.text("draft_empty", "…"), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _uncoded(lex: CompiledLexicon, words: str) -> str:
    """The words without a standard exclusion's code ("Refractive Error – Code Excl 15",
    "Breach of law (Code- Excl10)"), which names the clause for a regulator, not for the
    reader."""
    codes = lex.pattern("draft_title_codes")
    if codes is None:
        return words
    return " ".join(codes.sub("", words).split()).strip(" –-")


_PARALLEL = 3
"""How many bullets two sections must share to be one list said twice ("General
exclusions applicable to pediatric enrollees" and "... to adult enrollees")."""


def _shared_by_parallel_sections(
    lex: CompiledLexicon,
    grouped: dict[str, dict[str, list[Exclusion]]],
    homes: dict[str, list[str]],
) -> dict[str, dict[str, list[Exclusion]]]:
    """The bullets two parallel sections share, under both their titles.

    A policy that repeats one list for two kinds of member or cover ("8.1 Exclusions
    applicable to pediatric enrollees", "8.2 ... to adult enrollees") would otherwise show
    each shared bullet under the first title only, as if the second had no such
    exclusion. Sections are parallel when they share at least ``_PARALLEL`` bullets; a
    bullet that a few unrelated sections happen to repeat ("War") stays where it first
    appears."""
    shared: dict[frozenset[str], int] = {}
    for sections in homes.values():
        named = [s for s in sections if s]
        for index, first in enumerate(named):
            for second in named[index + 1 :]:
                pair = frozenset((first, second))
                shared[pair] = shared.get(pair, 0) + 1
    joiner = lex.text("draft_joined_sections", "; ")
    regrouped: dict[str, dict[str, list[Exclusion]]] = {}
    for section, topics in grouped.items():
        for key, group in topics.items():
            named = [s for s in homes.get(key, []) if s] if key != _NAMES else []
            both = named[:1] + [
                s for s in named[1:] if shared.get(frozenset((named[0], s)), 0) >= _PARALLEL
            ]
            # "9. Mental Illness Treatment" and "10. Mental Illness Treatment": one title
            titles: dict[str, str] = {}
            for title in both:
                titles.setdefault(_bare_title(lex, title), title)
            target = joiner.join(titles.values()) if len(titles) > 1 else section
            regrouped.setdefault(target, {})[key] = group
    return regrouped


def _bare_title(lex: CompiledLexicon, title: str) -> str:
    """A title without its numbering, spacing and punctuation ("(Code - Excl02)" and
    "(Code-Excl02)" are one title), and without a bare exclusions heading it was named
    with ("Hire car after theft – Not covered" and "Hire car after theft" are one: the
    draft lists what is not covered)."""
    owner, dash, last = title.rpartition(" – ")
    if dash and bare_words(last) in word_set(lex, "draft_generic_headings"):
        title = owner
    return re.sub(r"[\W\d_]+", "", title.lower())


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


_INCLUDING_CUT = re.compile(
    r",?\s+including(?:\s+but)?(?:\s+not)?(?:\s+limited)?(?:\s+to)?\s+…$", re.IGNORECASE
)


_LIST_EXCEPTION = re.compile(
    r",?\s+(unless|except|with\s+the\s+exceptions?\s+of)(?:\s+(?:in|for|under|as\s+\w+\s+(?:in|under)))?"
    r"\s+the\s+following(?:\s+[\w-]+){0,2}\s*…?$",
    re.IGNORECASE,
)


_TITLE_REPEATED = re.compile(
    r"^(?P<title>[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,4})\s+(?=(?P=title)\b)", re.IGNORECASE
)
"""A run-in title the clause after it opens by repeating ("Suicide | Suicide or attempted
suicide ...")."""


def bracketed(topic: str) -> str:
    """The bullet's words with their brackets whole: a closing bracket the words end on
    whose opening one came before them ("(excludes damage due to ... control
    measures)") is dropped; words that open inside a bracket ("Re)insurer to any
    sanction", "Complicated deliveries ... during hospitalization) except ectopic
    pregnancy": the clause's head, "childbirth (including", is lost) give no bullet;
    words cut inside a bracket they open ("... long term care institutions (retirement
    homes") end before it, with "…"."""
    if topic.endswith(")") and topic.count("(") < topic.count(")"):
        topic = topic[:-1].rstrip()
    opened: list[int] = []
    for at, char in enumerate(topic):
        if char == "(":
            opened.append(at)
        elif char == ")" and not opened:
            if _INLINE_MARKER.search(topic, 0, at + 1):
                continue  # "Treatment of i) alcoholism or ii) drug addiction": a list's marker
            return ""
        elif char == ")":
            opened.pop()
    if not opened:
        return topic
    kept = topic[: opened[0]].rstrip(" ,;:-–")
    if len(kept.split()) < MIN_KEPT_WORDS:
        return ""
    return kept if kept.endswith("…") else f"{kept} …"


_INLINE_MARKER = re.compile(r"(?:^|\s)(?:[a-z]|[ivx]{1,4}|\d)\)$")
"""The marker of an item run into a sentence ("a) money and b) securities")."""
MIN_KEPT_WORDS = 2
"""Fewest words a bullet cut before an unclosed bracket keeps."""
