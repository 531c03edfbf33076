"""X101: an exclusion the customer is unlikely to find (buried).

Every detected exclusion goes to the JSON output (``exclusions``) rather than
becoming a finding: a policy lists dozens, and listing them is not a fault. A
finding is raised only for an exclusion with burial evidence; each piece of
evidence is a reason code in ``evidence`` (see docs/exclusions.md). Text the
reader marks hidden makes the finding an error.
"""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.core.rulemeta import RuleMeta, Severity

BURIED = RuleMeta(
    code="X101",
    name="buried-exclusion",
    severity=Severity.WARNING,
    category="exclusions",
    summary="An exclusion is hard to find: put it under an exclusions heading, up front.",
    languages=("en", "fi"),
    description=(
        "Raised once per exclusion with burial evidence. The evidence codes are: "
        "not-under-exclusion-heading (a trigger deep inside a sentence outside any "
        "exclusions section), in-definition, long-sentence, in-parentheses, cross-reference, "
        "notwithstanding-or-provided-that, late-not-in-summary (after the first 15% and not "
        "in the up-front summary), fine-print and hidden-text (from the reader's style "
        "information). Hidden text makes the finding an error."
    ),
    plain=("put each exclusion under a heading such as 'What is not covered'",),
    fail_examples=(
        "# Cover\n\nWe pay for damage to your home, provided that no cover is given for "
        "flood damage when the home has been empty for more than 30 days, as set out in "
        "clause 9.4 of the general terms that apply to this policy and its schedule.\n",
        "# Vakuutuksen kohde\n\nVakuutus korvaa rakennukselle aiheutuneet vahingot, ja "
        "vahingot korvataan ehtojen mukaisesti siten, että tulvan aiheuttamia vahinkoja ei "
        "korvata, jos rakennus on ollut tyhjillään yli 30 päivää (katso kohta 9.4).\n",
    ),
    pass_examples=(
        "# What is not covered\n\n- Flood damage.\n- War.\n\n# Cover\n\nWe pay for fire damage.\n",
        "# Mitä vakuutus ei kata\n\n- Tulvavahingot.\n\n# Vakuutuksen kohde\n\n"
        "Vakuutus korvaa palovahingot.\n",
    ),
    profiles=("insurance",),
    origin=__name__,
)


class ExclusionsCheck(Check):
    rules = (BURIED,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        analysis = ctx.exclusions
        for exclusion in analysis.exclusions:
            if not exclusion.reasons:
                continue
            hidden = "hidden-text" in exclusion.reasons
            topic = f' "{exclusion.topic}"' if exclusion.topic else ""
            yield ctx.finding(
                BURIED,
                exclusion.start,
                exclusion.end,
                message=f"buried exclusion{topic}: " + ", ".join(exclusion.reasons),
                suggestion="state it under an exclusions heading and in the up-front summary",
                severity=Severity.ERROR if hidden else None,
                evidence=exclusion.reasons,
                data={"topic": exclusion.topic, "family": exclusion.family},
            )
