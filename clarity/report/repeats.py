"""How a finding said once for many places (clarity/run/grouping.py) names them."""

from __future__ import annotations

from clarity.core.findings import Finding, Occurrence, term_key


def repeat_note(finding: Finding) -> str:
    """`` [23 times; also at 5:12, 9:1 (page 2) "other form", ...]`` for a grouped
    finding, every place listed; empty for a finding found once."""
    if not finding.occurrences:
        return ""
    term = term_key(finding.text)
    places = ", ".join(_place(o, term) for o in finding.occurrences)
    return f" [{finding.count} times; also at {places}]"


def _place(occurrence: Occurrence, term: str) -> str:
    """``line:column``, the page if known, and the words if not the first's term
    (a rule reported once per document matches its term in other forms)."""
    out = f"{occurrence.line}:{occurrence.column}"
    if occurrence.page is not None:
        out += f" (page {occurrence.page})"
    if term_key(occurrence.text) != term:
        out += f' "{occurrence.text}"'
    return out
