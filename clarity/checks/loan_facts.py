"""K codes: a loan's up-front key facts, and cost clauses buried in the small print.

Consumer-credit rules (the EU Consumer Credit Directive's standard information,
the UK CCA pre-contract information) put the price of credit up front: APR,
total payable, rate type, fees, the cost of missed payments, the 14-day right of
withdrawal, early repayment and security. K101 asks for a key-facts section,
K102 for each fact in it, K201 flags fee/penalty/rate-change/early-demand clauses
with the same burial evidence as exclusions (docs/exclusions.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from clarity.checks.base import Analysed, Check
from clarity.checks.exclusions.burial import burial_reasons
from clarity.checks.exclusions.detect import detect_exclusions
from clarity.checks.exclusions.lexicon import compile_any, lexicon_for
from clarity.checks.exclusions.summary import find_summary, up_front_limit
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule

NO_KEY_FACTS = builtin_rule("K101")
FACT_MISSING = builtin_rule("K102")
BURIED_COST = builtin_rule("K201")


class LoanFactsCheck(Check):
    rules = (NO_KEY_FACTS, FACT_MISSING, BURIED_COST)
    order = 46

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = lexicon_for(ctx.ruleset, "loans")
        document = ctx.document
        text = document.text
        opening = ctx.opening_span
        section = find_summary(document, lex, compile_any(lex.raw.get("summary_headings") or []))
        if section is None:
            yield ctx.finding(
                NO_KEY_FACTS,
                *opening,
                message="no up-front key-facts summary",
                suggestion="add a 'Key facts' section at the start",
            )
            region = text[
                : up_front_limit(
                    text,
                    lex.number("summary_within_share", 0.2),
                    int(lex.number("summary_within_words", 1000)),
                )
            ]
        else:
            region = text[section.start : section.end]
        present = []
        for name, pattern in lex.topics:
            if pattern.search(region):
                present.append(name)
                continue
            yield ctx.finding(
                FACT_MISSING,
                *opening,
                message=f"key fact not stated up front: {name}",
                suggestion=f"state the {name} in the key facts",
                data={"fact": name},
            )
        rows = []
        for clause in detect_exclusions(document, ctx.sentences, lex):
            if section is not None:
                inside = section.heading_start <= clause.start < section.end
                clause = replace(clause, in_summary_section=inside)
            reasons = burial_reasons(document, lex, clause, section)
            where = document.locate(clause.start, clause.end)
            rows.append(
                {
                    "line": where.line,
                    "family": clause.family,
                    "topic": clause.topic,
                    "reasons": list(reasons),
                }
            )
            if reasons:
                yield ctx.finding(
                    BURIED_COST,
                    clause.start,
                    clause.end,
                    message=f"buried cost clause ({clause.family}): " + ", ".join(reasons),
                    suggestion="state this cost in the key facts, in its own sentence",
                    evidence=reasons,
                    data={"family": clause.family},
                )
        ctx.shared["result:loan_key_facts"] = {
            "summary": section.title if section else None,
            "present": present,
            "missing": [n for n, _ in lex.topics if n not in present],
            "cost_clauses": rows,
        }
