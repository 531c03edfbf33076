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

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule

NO_KEY_FACTS = builtin_rule("K101")
FACT_MISSING = builtin_rule("K102")
BURIED_COST = builtin_rule("K201")


class LoanFactsCheck(Check):
    rules = (NO_KEY_FACTS, FACT_MISSING, BURIED_COST)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        facts = ctx.loan_key_facts
        opening = ctx.opening_span
        if facts.section is None:
            yield ctx.finding(
                NO_KEY_FACTS,
                *opening,
                message="no up-front key-facts summary",
                suggestion="add a 'Key facts' section at the start",
            )
        for name in facts.missing:
            yield ctx.finding(
                FACT_MISSING,
                *opening,
                message=f"key fact not stated up front: {name}",
                suggestion=f"state the {name} in the key facts",
                data={"fact": name},
            )
        for cost in facts.cost_clauses:
            if cost.reasons:
                clause = cost.clause
                yield ctx.finding(
                    BURIED_COST,
                    clause.start,
                    clause.end,
                    message=f"buried cost clause ({clause.family}): " + ", ".join(cost.reasons),
                    suggestion="state this cost in the key facts, in its own sentence",
                    evidence=cost.reasons,
                    data={"family": clause.family},
                )
