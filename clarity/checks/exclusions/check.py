"""X101: an exclusion the customer is unlikely to find (buried).

Every detected exclusion goes to the JSON output (``exclusions``) rather than
becoming a finding: a policy lists dozens, and listing them is not a fault. A
finding is raised only for an exclusion with burial evidence; each piece of
evidence is a reason code in ``evidence`` (see docs/exclusions.md). Text the
reader marks hidden makes the finding an error. The names of a long list under one
heading ("Non-Covered Medication List") are one finding, the list's, with every other
buried name as an occurrence and the reasons of all of them (name_lists.py); a hidden
name stays an error of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.checks.exclusions.model import Exclusion
from clarity.core.findings import GROUP, Finding
from clarity.core.rulemeta import Severity
from clarity.rules.packs import builtin_rule

BURIED = builtin_rule("X101")


class ExclusionsCheck(Check):
    rules = (BURIED,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        analysis = ctx.exclusions
        lists: dict[int, list[Exclusion]] = defaultdict(list)
        for e in analysis.exclusions:
            if e.buried and e.name_list and "hidden-text" not in e.reasons:
                lists[e.list_start].append(e)
        for exclusion in analysis.exclusions:
            if not exclusion.buried:
                continue
            hidden = "hidden-text" in exclusion.reasons
            evidence = exclusion.reasons
            data = {"topic": exclusion.topic, "family": exclusion.family}
            if exclusion.name_list and not hidden:
                names = lists[exclusion.list_start]
                # the list's finding holds the reasons of all its names, in order
                evidence = tuple(dict.fromkeys(r for name in names for r in name.reasons))
                what = f'list of {len(names)} names under "{exclusion.heading}"'
                data[GROUP] = f"{exclusion.heading}\x1f{exclusion.list_start}"
                data["list"] = {"heading": exclusion.heading, "names": len(names)}
            else:
                what = f'exclusion "{exclusion.topic}"' if exclusion.topic else "exclusion"
            yield ctx.finding(
                BURIED,
                exclusion.start,
                exclusion.end,
                message=f"buried {what}: {', '.join(evidence)}",
                suggestion="state it under an exclusions heading and in the up-front summary",
                severity=Severity.ERROR if hidden else None,
                evidence=evidence,
                data=data,
            )
