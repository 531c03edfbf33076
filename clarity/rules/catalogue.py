"""The rule catalogue: every rule of the rule packs (rules/, and user packs).

`clarity rules`, `clarity explain`, the README's rule table and SARIF's rule
list all read this one function, and the checks look their rules up in the same
packs (``builtin_rule``), so none of them can drift from another.
"""

from __future__ import annotations

from functools import cache

from clarity.core.rulemeta import RuleMeta


def all_rules(extra_packs: tuple[str, ...] = ()) -> list[RuleMeta]:
    from clarity.rules.packs import load_rulesets

    seen: dict[str, RuleMeta] = {}
    for ruleset in load_rulesets(extra_packs).values():
        for meta in ruleset.metas():
            seen.setdefault(meta.code, meta)
    return sorted(seen.values(), key=lambda r: (r.family, r.code))


@cache
def rule_codes(extra_packs: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every rule code, once per process for a set of packs."""
    return tuple(rule.code for rule in all_rules(extra_packs))


@cache
def opt_in_codes(extra_packs: tuple[str, ...] = ()) -> frozenset[str]:
    """The codes of rules off by default (``default: false``), once per process."""
    return frozenset(rule.code for rule in all_rules(extra_packs) if not rule.default)


def default_label(rule: RuleMeta) -> str:
    """ "on", "opt-in", or "on:consumer,generic" for a rule on by default only there."""
    if rule.default:
        return "on"
    if rule.default_genres:
        return "on:" + ",".join(rule.default_genres)
    return "opt-in"


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
    if not rule.default and rule.default_genres:
        lines.append(
            f"Default: on for {', '.join(rule.default_genres)} documents; elsewhere opt-in "
            f"(turn it on with --extend-select {rule.code})"
        )
        lines.append(f"Why opt-in elsewhere: {rule.opt_in_reason}")
    elif not rule.default:
        lines.append(f"Default: off (opt-in: turn it on with --extend-select {rule.code})")
        lines.append(f"Why opt-in: {rule.opt_in_reason}")
    if rule.profiles:
        lines.append(f"Profiles: {', '.join(rule.profiles)}")
    if rule.genres:
        lines.append(f"Genres: {', '.join(rule.genres)}")
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
