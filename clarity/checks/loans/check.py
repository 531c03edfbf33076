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
from clarity.core.rulemeta import RuleMeta, Severity

_FACTS = (
    "# Key facts\n\nAPR: 9.9%. Total amount payable: 5,400 euros. The interest rate is fixed. "
    "Fees: none. Late payment: a charge of 12 euros. You may withdraw within 14 days. "
    "You can repay early at any time. The loan is unsecured.\n\n# Agreement\n\n"
    "You repay the loan in 24 monthly instalments.\n"
)
NO_KEY_FACTS = RuleMeta(
    code="K101",
    name="missing-key-facts",
    severity=Severity.ERROR,
    category="loan",
    summary="No up-front key-facts summary: put the price and risks of the credit first.",
    languages=("en", "fi"),
    description=(
        "Looks in the first 20% of the agreement (or ~1,000 words) for a heading such as "
        "'Key facts', 'Summary', 'Standard European Consumer Credit Information' or "
        "'Keskeiset tiedot'. Reported at the document start."
    ),
    plain=("Key facts", "Keskeiset tiedot"),
    fail_examples=("# Agreement\n\nYou repay the loan in 24 monthly instalments with interest.\n",),
    pass_examples=(_FACTS,),
    profiles=("loan",),
    origin=__name__,
)
FACT_MISSING = RuleMeta(
    code="K102",
    name="key-fact-missing",
    severity=Severity.WARNING,
    category="loan",
    summary="A key fact (APR, total payable, rate type, fees, late payment, withdrawal, "
    "early repayment, security) is not stated up front.",
    languages=("en", "fi"),
    description=(
        "One finding per key fact not found in the key-facts section (or, without one, in "
        "the first part of the agreement). The facts and their wording are in "
        "rules/<lang>/loans.yml."
    ),
    plain=("state the fact in the key-facts section",),
    fail_examples=("# Key facts\n\nAPR: 9.9%.\n\n# Agreement\n\nYou repay in 24 instalments.\n",),
    pass_examples=(_FACTS,),
    profiles=("loan",),
    origin=__name__,
)
BURIED_COST = RuleMeta(
    code="K201",
    name="buried-cost-clause",
    severity=Severity.WARNING,
    category="loan",
    summary="A fee, penalty, rate change or early-demand clause is hard to find.",
    languages=("en", "fi"),
    description=(
        "A cost clause with burial evidence (the same reason codes as X101: inside a "
        "definition, a long sentence, parentheses, a cross-reference, 'provided that', late "
        "and not in the key facts, fine print, hidden text)."
    ),
    plain=("state the cost plainly in the key facts",),
    fail_examples=(
        _FACTS.replace("Late payment: a charge of 12 euros. ", "")
        + "\n# Definitions\n\nArrears means any sum unpaid on its due date, provided that we "
        "will charge a late payment fee of 25 euros as set out in clause 14.2.\n",
    ),
    pass_examples=(_FACTS,),
    profiles=("loan",),
    origin=__name__,
)


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
