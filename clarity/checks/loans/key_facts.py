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
from clarity.checks.exclusions.lexicon import compile_any, lexicon_for
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.summary import SummarySection, find_summary, up_front_limit

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.section.title if self.section else None,
            "present": list(self.present),
            "missing": list(self.missing),
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
        region = text[section.start : section.end]
    present = tuple(name for name, pattern in lex.topics if pattern.search(region))
    missing = tuple(name for name, _ in lex.topics if name not in present)
    clauses = []
    for clause in detect_exclusions(document, ctx.sentences, lex):
        if section is not None:
            inside = section.heading_start <= clause.start < section.end
            clause = replace(clause, in_summary_section=inside)
        reasons = tuple(burial_reasons(document, lex, clause, section))
        line = document.locate(clause.start, clause.end).line
        clauses.append(CostClause(clause, line, reasons))
    return KeyFacts(section, present, missing, tuple(clauses))
