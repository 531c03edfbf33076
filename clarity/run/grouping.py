"""Say a repeated problem once: one finding per rule, term or advice per document.

A word that a rule flags 194 times in one policy ("policyholder", a Finnish party
name in every section of a statute) is one decision for the writer, not 194. A
rule's metadata says how its findings group (``RuleMeta.group``): ``rule``, one
finding per document (a pattern rule names one term, and Finnish inflects it into
many forms); ``term``, one per distinct matched words (a check whose findings name
different phrases); ``advice``, one per distinct message and suggestion (a check that
advises each place on its own, as S101 does for "shall", says the same advice once:
86 places of "'shall' is ambiguous" in one life policy are one finding, while "shall
be" -> "is" and "shall" -> "will" stay apart). The first finding of a group stays, in
its place, and carries every later place as ``occurrences``; its fingerprint is the
rule and the group's key alone, so a baseline keeps knowing the problem however its
uses move or multiply.

A check may also name the group of a finding itself (``GROUP`` in its data), whatever
its rule's mode: X101 says a buried list of six hundred medicine names once, while each
other buried exclusion stays a finding of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from clarity.core.findings import GROUP, Finding, Occurrence, term_key
from clarity.run.baseline import fingerprint


def group_repeats(findings: list[Finding], modes: Mapping[str, str]) -> list[Finding]:
    """``findings`` (sorted by place) with each group reported once, at its first
    place; ``modes`` maps a rule code to ``"rule"``, ``"term"`` or ``"advice"``; other codes are
    kept as they are (unless the check named a group, ``GROUP``), and the order of what
    is kept is unchanged."""
    if not modes and not any(GROUP in f.data for f in findings):
        return findings
    firsts: dict[tuple[str, str], int] = {}
    keys: dict[int, str] = {}
    later: dict[int, list[Occurrence]] = {}
    kept: list[Finding] = []
    for finding in findings:
        mode = modes.get(finding.code)
        named = finding.data.get(GROUP)
        if mode is None and not named:
            kept.append(finding)
            continue
        key = (finding.code, f"{GROUP}\x1f{named}" if named else _key(finding, mode or ""))
        first = firsts.get(key)
        if first is None:
            firsts[key] = len(kept)
            keys[len(kept)] = key[1]
            kept.append(finding)
        else:
            later.setdefault(first, []).append(_occurrence(finding))
    for index, key in keys.items():
        finding = kept[index]
        kept[index] = replace(
            finding,
            occurrences=tuple(later.get(index, ())),
            fingerprint=fingerprint(finding.code, key, ""),
        )
    return kept


def _key(finding: Finding, mode: str) -> str:
    """What makes two findings of one rule the same problem, by the rule's mode."""
    if mode == "rule":
        return ""
    if mode == "advice":  # "Shall" and "shall" given the same advice are one problem
        return f"{finding.message}\x1f{finding.suggestion}".casefold()
    return term_key(finding.text)


def _occurrence(finding: Finding) -> Occurrence:
    return Occurrence(
        finding.start,
        finding.end,
        finding.text,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.page,
    )
