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
from clarity.core.rulemeta import Severity
from clarity.rules.packs import builtin_rule

BURIED = builtin_rule("X101")


class ExclusionsCheck(Check):
    rules = (BURIED,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        analysis = ctx.exclusions
        for exclusion in analysis.exclusions:
            if not exclusion.buried:
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
