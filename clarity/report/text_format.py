"""One line per finding, as compilers and ruff print them, then a summary line."""

from __future__ import annotations

from clarity.core.findings import RunResult
from clarity.core.rulemeta import Severity
from clarity.report.repeats import repeat_note


def render(result: RunResult, color: bool = False) -> str:
    lines: list[str] = []
    for failure in result.failures:
        lines.append(f"{failure.path}: error: {failure.message}")
    for doc in result.documents:
        for note in doc.notes:
            lines.append(f"{doc.path}: note: {note}")
        if doc.profile_detected:
            lines.append(f"{doc.path}: note: checked as {doc.profile} (profile detected)")
        for f in doc.findings:
            where = f"{doc.path}:{f.line}:{f.column}"
            if f.page is not None:
                where += f" (page {f.page})"
            elif f.paragraph is not None:
                where += f" (paragraph {f.paragraph})"
            suffix = f" ({f.suggestion})" if f.suggestion else ""
            lines.append(
                f"{where}: {f.code} [{f.severity.label}] {f.message}{suffix}{repeat_note(f)}"
            )
    for doc in result.documents:
        score = doc.extra.get("score")
        if isinstance(score, dict) and "value" in score:
            lines.append(f"{doc.path}: score {score['value']} ({score['grade']})")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def summary_line(result: RunResult) -> str:
    counts = {s: 0 for s in Severity}
    for finding in result.findings():
        counts[finding.severity] += 1
    total = sum(counts.values())
    files = len(result.documents)
    parts = [
        f"{files} file{'s' if files != 1 else ''} checked",
        f"{total} finding{'s' if total != 1 else ''}"
        + (
            f" ({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
            f"{counts[Severity.INFO]} info)"
            if total
            else ""
        ),
    ]
    if result.failures:
        n = len(result.failures)
        parts.append(f"{n} input{'s' if n != 1 else ''} could not be read")
    return "Summary: " + ", ".join(parts)
