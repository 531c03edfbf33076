"""X101: an exclusion the customer is unlikely to find (buried).

Every detected exclusion goes to the JSON output (``exclusions``) rather than
becoming a finding: a policy lists dozens, and listing them is not a fault. A
finding is raised only for an exclusion with burial evidence; each piece of
evidence is a reason code in ``evidence`` (see docs/exclusions.md). Text the
reader marks hidden makes the finding an error. The names of a long list under one
heading ("Non-Covered Medication List") are one finding, the list's, with every other
buried name as an occurrence (name_lists.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import GROUP, Finding
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
            reasons = ", ".join(exclusion.reasons)
            data = {"topic": exclusion.topic, "family": exclusion.family}
            if exclusion.name_list:
                what = f'list of {exclusion.name_list} names under "{exclusion.heading}"'
                data[GROUP] = exclusion.heading
            else:
                what = f'exclusion "{exclusion.topic}"' if exclusion.topic else "exclusion"
            yield ctx.finding(
                BURIED,
                exclusion.start,
                exclusion.end,
                message=f"buried {what}: {reasons}",
                suggestion="state it under an exclusions heading and in the up-front summary",
                severity=Severity.ERROR if hidden else None,
                evidence=exclusion.reasons,
                data=data,
            )
