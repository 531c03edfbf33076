"""One line per finding, as compilers and ruff print them, then a summary line."""

from __future__ import annotations

from typing import Any

from clarity.core.findings import DocumentResult, RunResult
from clarity.core.rulemeta import Severity
from clarity.report.repeats import repeat_note


def render(result: RunResult, color: bool = False) -> str:
    # An input that could not be read is not in the report: the command line names it on
    # stderr in every format, and the summary line counts it.
    lines: list[str] = []
    for doc in result.documents:
        for note in doc.notes:
            lines.append(f"{doc.path}: note: {note}")
        if doc.profile_detected or doc.genre_detected:
            lines.append(f"{doc.path}: note: {checked_as(doc)}")
        statutory = doc.metrics.get("statutory")
        if isinstance(statutory, dict):
            lines.append(f"{doc.path}: note: {statutory_note(statutory)}")
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


def statutory_note(result: dict[str, Any]) -> str:
    """The statutory readability test's outcome in one line (``--jurisdiction``)."""
    code = result.get("jurisdiction", "")
    if not result.get("applied"):
        return f"statutory readability test {code} not applied: {result.get('reason', '')}"
    op = ">" if result.get("strictly_above") else ">="
    verdict = "passed" if result.get("passed") else "failed"
    return (
        f"{result.get('name', code)} statutory Flesch test ({result.get('source', '')}): "
        f"score {result['score']:.1f}, required {op} {result['minimum']}: {verdict}"
    )


GENRE_NAMES = {
    "statute": "statute or court decision",
    "consumer": "consumer policy",
    "business": "business policy",
    "loan": "loan or card agreement",
    "generic": "general text",
}


def checked_as(doc: DocumentResult) -> str:
    """ "checked as insurance, consumer policy (profile and genre detected)": what the
    rules took the document to be, and which of it was guessed rather than given."""
    detected = [
        name
        for name, flag in (("profile", doc.profile_detected), ("genre", doc.genre_detected))
        if flag
    ]
    genre = GENRE_NAMES.get(doc.genre, doc.genre)
    return f"checked as {doc.profile}, {genre} ({' and '.join(detected)} detected)"


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
