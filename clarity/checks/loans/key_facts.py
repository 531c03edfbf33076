"""A loan's key facts: the up-front section, which facts it states, and the cost clauses.

Computed once per document (``Analysed.loan_key_facts``); the K rules report from
it and the JSON output shows it as ``loan_key_facts``. The facts, their wording and
the cost-clause vocabulary are in rules/<lang>/loans.yml.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from clarity.checks.exclusions.burial import burial_reasons
from clarity.checks.exclusions.detect import detect_exclusions
from clarity.checks.exclusions.lexicon import CompiledLexicon, compile_any, lexicon_for
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.summary import SummarySection, find_summary, up_front_limit
from clarity.checks.loans.product import ProductTrait, product_traits

if TYPE_CHECKING:
    from clarity.checks.context import Analysed


@dataclass(frozen=True)
class CostClause:
    clause: Exclusion
    """The clause, found by the exclusion detector with the loans vocabulary."""
    line: int
    reasons: tuple[str, ...]
    """Burial evidence, as for exclusions; empty when the clause is easy to find."""


@dataclass(frozen=True)
class KeyFacts:
    section: SummarySection | None
    """The up-front key-facts section, or None when the agreement has none."""
    present: tuple[str, ...]
    missing: tuple[str, ...]
    """Key facts (names from the pack) not stated in the section or the opening."""
    cost_clauses: tuple[CostClause, ...]
    product: tuple[ProductTrait, ...] = ()
    """What the agreement says the product is (no interest, paid in full each period)."""
    not_applicable: tuple[str, ...] = ()
    """Key facts the product makes meaningless: neither present nor missing."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.section.title if self.section else None,
            "present": list(self.present),
            "missing": list(self.missing),
            "product": [trait.name for trait in self.product],
            "not_applicable": list(self.not_applicable),
            "cost_clauses": [
                {
                    "line": c.line,
                    "family": c.clause.family,
                    "topic": c.clause.topic,
                    "reasons": list(c.reasons),
                }
                for c in self.cost_clauses
            ],
        }


def find_key_facts(ctx: Analysed) -> KeyFacts:
    lex = lexicon_for(ctx.ruleset, "loans")
    document = ctx.document
    text = document.text
    section = find_summary(document, lex, compile_any(lex.raw.get("summary_headings") or []))
    if section is None:
        share = lex.number("summary_within_share", 0.2)
        words = int(lex.number("summary_within_words", 1000))
        region = text[: up_front_limit(text, share, words)]
    else:
        # What stands before the key-facts section is up front too (a table of the
        # credit's figures above a "Key information" box).
        region = text[: section.end]
    present = tuple(name for name, pattern in lex.topics if pattern.search(region))
    product = product_traits(lex, text, ctx.sentences)
    # A fact the product makes meaningless is not asked for; one the agreement states
    # anyway stays present.
    not_applicable = tuple(
        name
        for name, _ in lex.topics
        if name not in present and any(name in t.not_applicable for t in product)
    )
    missing = tuple(
        name for name, _ in lex.topics if name not in present and name not in not_applicable
    )
    clauses = []
    for clause in detect_exclusions(document, ctx.sentences, lex):
        if not _names_a_cost(lex, text, clause):
            continue
        if section is not None:
            inside = section.heading_start <= clause.start < section.end
            clause = replace(clause, in_summary_section=inside)
        reasons = tuple(burial_reasons(document, lex, clause, section))
        line = document.locate(clause.start, clause.end).line
        clauses.append(CostClause(clause, line, reasons))
    return KeyFacts(section, present, missing, tuple(clauses), product, not_applicable)


def _names_a_cost(lex: CompiledLexicon, text: str, clause: Exclusion) -> bool:
    """A clause found by a trigger of its own is a cost clause. An item found only by
    standing in a list after a cost lead-in is one when it names a cost itself: the
    governing-law and assignment items that follow a list of charges are not."""
    if clause.family != "listed":
        return True
    nouns = lex.heading_nouns
    return nouns is not None and nouns.search(text, clause.start, clause.end) is not None
