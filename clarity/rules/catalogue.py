"""The rule catalogue, gathered from check metadata and rule packs.

`clarity rules`, `clarity explain`, the README's rule table and SARIF's rule
list all read this one function, so none of them can drift from the code.
"""

from __future__ import annotations

from functools import cache

from clarity.core.rulemeta import RuleMeta


def all_rules(extra_packs: tuple[str, ...] = ()) -> list[RuleMeta]:
    from clarity.checks import all_checks
    from clarity.rules.packs import load_rulesets
    from clarity.run.suppressions import UNUSED_SUPPRESSION

    rulesets = load_rulesets(extra_packs)
    seen: dict[str, RuleMeta] = {UNUSED_SUPPRESSION.code: UNUSED_SUPPRESSION}
    for check in all_checks():
        for meta in check.rule_metas(rulesets):
            seen.setdefault(meta.code, meta)
    return sorted(seen.values(), key=lambda r: (r.family, r.code))


@cache
def rule_codes(extra_packs: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every rule code, once per process for a set of packs."""
    return tuple(rule.code for rule in all_rules(extra_packs))


def explain_text(rule: RuleMeta) -> str:
    lines = [
        f"{rule.code} ({rule.name})",
        "",
        rule.summary,
        "",
        f"Severity: {rule.severity.label}",
        f"Category: {rule.category}",
        f"Languages: {', '.join(rule.languages)}",
    ]
    if rule.profiles:
        lines.append(f"Profiles: {', '.join(rule.profiles)}")
    if rule.plain:
        lines.append("Plain alternatives: " + ", ".join(f'"{p}"' for p in rule.plain))
    if rule.description:
        lines += ["", rule.description]
    if rule.fail_examples:
        lines += ["", "Flagged:"] + [f"  - {e}" for e in rule.fail_examples]
    if rule.pass_examples:
        lines += ["", "Not flagged:"] + [f"  - {e}" for e in rule.pass_examples]
    lines += ["", f"Defined in: {rule.origin}"]
    return "\n".join(lines)
