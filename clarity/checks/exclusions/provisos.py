"""Provisos that open a list: whose items are conditions of cover, and which are not.

"Provided always that:" over "(i) the driver is between 18 and 65" and "(ii) the injury
happens within three months" states on what the cover before it depends: each item is a
condition of cover, which the guideline counts as an exclusion, though the lead-in holds no
word about cover ("provided" alone is a weak trigger that needs one). The same list shape
also carries proof duties ("Provided that: (a) written confirmation from the carrier is
obtained"): an item that asks for a document says how a claim is proved, not whether the
loss is covered, so under a proviso it is no exclusion (the guideline leaves out
"obligations without a stated loss of cover").

Words live in the lexicon: ``proviso_lead_in`` (the bare lead-in), ``proviso_families``
(trigger families whose lead-ins list conditions too: "We will pay, provided that:") and
``document_provisos`` (what a proof duty asks for).
"""

from __future__ import annotations

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.triggers import Trigger


def bare_proviso(lex: CompiledLexicon, lead_in: str) -> bool:
    """Is the lead-in a proviso and nothing else ("Provided always that:")?"""
    return lex.matches("proviso_lead_in", lead_in)


def lists_conditions(lex: CompiledLexicon, family: str | None) -> bool:
    """Does a lead-in whose trigger is of ``family`` list conditions of cover?"""
    return family is not None and family in (lex.raw.get("proviso_families") or ())


def document_duty(lex: CompiledLexicon, item: str) -> bool:
    """Does a proviso's item ask for a document ("written confirmation ... is obtained")?"""
    return lex.matches("document_provisos", item)


def conditions_cover(lex: CompiledLexicon, text: str, end: int, trig: Trigger) -> bool:
    """Is a cover lead-in's weak condition whole before its colon ("We will reimburse the
    following costs providing you cancel before you leave:")? Then the condition is the
    exclusion and the items are the cover it conditions. (A lead-in that ends on its
    condition word, "We will pay provided that:", lists the conditions instead.)"""
    if trig.family not in lex.weak:
        return False
    after = text[trig.end : end].replace(":", " ").split()
    return len([w for w in after if w.lower() not in lex.topic_stopwords]) >= 2
