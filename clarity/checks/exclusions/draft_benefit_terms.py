"""The bullet of a clause that names no thing, only when a benefit is not paid: "Benefits
are not payable if Your Disability Earnings exceed 80% of ...", "We will not pay a
Specified Injury Benefit if your waiting period is 360 days or 720 days".

Such a clause has no topic: its subject is the benefit, which names nothing left out. What
it leaves out is the condition after "if" (or the thing after "for"), and a life or
disability policy says most of its limits this way. The bullet is the named benefit and
its condition ("Specified Injury Benefit if ..."), or for a benefit named by no name the
condition alone ("If Your Disability Earnings exceed ...", "Expenses that are reimbursable
from any other source"), the whole of it or nothing: a condition cut short says more than
the wording does.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.draft_clause import MAX_WHOLE_WORDS, WORD
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion

_ARTICLE = re.compile(r"^(?:a|an|any|the|this)\s+", re.IGNORECASE)
_STOP = re.compile(r"(?<=[a-z0-9)])\.\s")


def benefit_condition(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> str:
    """The bullet of a clause that withholds a benefit on a condition (see the module
    docstring); "" when the clause is no such clause, or its condition is too long to
    show whole, or points at something the bullet cannot show ("it", "an exclusion")."""
    if not text:
        return ""
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    found = None
    for key in ("draft_benefit_condition", "draft_benefit_condition_payer"):
        pattern = lex.pattern(key)
        found = pattern.match(clause) if pattern is not None else None
        if found is not None:
            break
    if found is None:
        return ""
    # up to its sentence's stop: what a page's footer left after it is no part of it
    rest = _STOP.split(found.group("rest"), maxsplit=1)[0].rstrip(" .;,")
    if not rest or len(WORD.findall(rest)) > MAX_WHOLE_WORDS:
        return ""
    if lex.matches("draft_benefit_condition_not", rest):
        return ""  # "if it is less than $10,000", "if an exclusion applies"
    link = found.group("link").lower()
    name = _ARTICLE.sub("", found.groupdict().get("name") or "")
    named = bool(name) and name.split()[0][:1].isupper()
    if named:
        return f"{name} {link} {rest}"
    if link == "for":
        rest = _ARTICLE.sub("", rest)
        return f"{rest[:1].upper()}{rest[1:]}"  # "Expenses that are reimbursable ..."
    return f"{link[:1].upper()}{link[1:]} {rest}"  # "If Your Disability Earnings ..."


def event_within(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> str:
    """The bullet of a clause that withholds cover from an event in a first period of
    cover ("If the Life Assured commits suicide at any time within 12 months from the date
    of commencement of risk, ... 80% of the premiums paid", "We will not pay the Life
    Cover benefit if you commit suicide within 13 months of the date the insurance
    started"): the event and its period ("Suicide within 12 months from the date of
    commencement of risk"), whatever else the clause pays back; "" for any other clause.
    Life policies say their best-known exclusion this way, often as a rule of what is
    paid instead, with no trigger the draft lists."""
    pattern = lex.pattern("draft_event_within")
    if pattern is None or not text:
        return ""
    found = pattern.search(" ".join(text[exclusion.start : exclusion.end].split()))
    if found is None:
        return ""
    event = found.group("event")
    return f"{event[:1].upper()}{event[1:].lower()} {found.group('period')}"
