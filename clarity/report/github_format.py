"""GitHub Actions workflow commands: one annotation per finding on the changed file.

See "Workflow commands for GitHub Actions": `::error file=F,line=L,col=C,endLine=..,
endColumn=..,title=T::message`. Property values escape % CR LF : and , ; the
message escapes % CR LF, so a finding's text can never break the command.
"""

from __future__ import annotations

from clarity.core.findings import RunResult
from clarity.core.rulemeta import Severity
from clarity.report.paths import display_path
from clarity.report.repeats import repeat_note
from clarity.report.text_format import summary_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(result: RunResult) -> str:
    lines: list[str] = []
    for failure in result.failures:
        path = escape_property(display_path(failure.path))
        lines.append(f"::error file={path},title=clarity::{escape_data(failure.message)}")
    for doc in result.documents:
        path = escape_property(display_path(doc.path))
        for f in doc.findings:
            props = (
                f"file={path},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},"
                f"title={escape_property(f'{f.code} {f.name}')}"
            )
            message = f.message + (f" ({f.suggestion})" if f.suggestion else "") + repeat_note(f)
            lines.append(f"::{COMMANDS[f.severity]} {props}::{escape_data(message)}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
