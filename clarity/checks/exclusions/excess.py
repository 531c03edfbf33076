"""Excess read as an exclusion: a clause that withholds the first amount of a claim.

"We will not pay the first $250 of any claim" and "we will not be liable for the
first:" / "• $1,000 when the driver is under 25" take no kind of loss out of cover:
they say how much of each claim the insured bears, which is what an excess is. The
guideline does not count excess amounts as exclusions; clarity reports them apart, in
the ``apart_families`` (the JSON "excess" section). So a clause whose trigger is
followed at once by "the first" and an amount of money (``excess_first_amount``), or an
item of a lead-in that ends in "the first:" (``excess_lead_in``) and that starts with
an amount, is moved to the family ``excess_family``; so is the definition of the excess
itself ("Excess means the first amount of each claim we do not pay": ``excess_definition``),
and an item of a lead-in under a heading that names an excess ("Age or inexperienced
drivers excess" / "the vehicle is a van of not more than 2 tonnes:" / "• for drivers
under 21 $500") that names an amount (``excess_headings``, ``excess_row_amount``): the
rows of an excess table.
"""

from __future__ import annotations

from dataclasses import replace

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.core.document import Document


def excess_as_excess(
    lex: CompiledLexicon, doc: Document, found: list[Exclusion]
) -> list[Exclusion]:
    """The exclusions, with those that withhold the first amount of a claim moved to
    the excess family."""
    family = lex.text("excess_family")
    if not family or lex.pattern("excess_first_amount") is None:
        return found
    return [
        replace(e, family=family)
        if _withholds_first(lex, doc.text, e) or _excess_row(lex, doc, e)
        else e
        for e in found
    ]


def _excess_row(lex: CompiledLexicon, doc: Document, exclusion: Exclusion) -> bool:
    clause = doc.text[exclusion.start : exclusion.end]
    if exclusion.source != "lead-in" or not lex.matches("excess_row_amount", clause):
        return False
    path = doc.blocks[exclusion.block].section_path
    return bool(path) and lex.matches("excess_headings", path[-1])


def _withholds_first(lex: CompiledLexicon, text: str, exclusion: Exclusion) -> bool:
    clause = text[exclusion.start : exclusion.end]
    if lex.matches("excess_definition", clause) or lex.matches("excess_deduction", clause):
        return True
    if exclusion.source == "sentence":
        if exclusion.trigger_end <= exclusion.trigger_start:
            return False
        after = text[exclusion.trigger_end : exclusion.end]
    else:
        after = text[exclusion.start : exclusion.end]
        if exclusion.source == "lead-in" and lex.matches("excess_lead_in", exclusion.heading):
            after = "the first " + after
    return lex.matches("excess_first_amount", " ".join(after.split())[:80])
