"""JUnit XML, which most CI servers (GitLab, Jenkins, Azure) show as a test report.

One test case per document; each finding is a <failure> of it, so a clean
document is a passing test. No timestamps or durations: the same input gives the
same bytes.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from clarity.core.findings import RunResult
from clarity.report.paths import display_path
from clarity.report.repeats import repeat_note


def render(result: RunResult) -> str:
    documents = sorted(result.documents, key=lambda d: d.path)
    failed = sum(1 for d in documents if d.findings)
    suites = ET.Element(
        "testsuites",
        name="clarity",
        tests=str(len(documents) + len(result.failures)),
        failures=str(failed),
        errors=str(len(result.failures)),
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="clarity",
        tests=str(len(documents) + len(result.failures)),
        failures=str(failed),
        errors=str(len(result.failures)),
        skipped="0",
    )
    for doc in documents:
        path = _clean(display_path(doc.path))
        case = ET.SubElement(suite, "testcase", classname="clarity", name=path, file=path)
        for f in doc.findings:
            failure = ET.SubElement(
                case,
                "failure",
                message=_clean(f"{f.code} {f.message}"),
                type=f"{f.code} {f.name} [{f.severity.label}]",
            )
            detail = f"{path}:{f.line}:{f.column}: {f.code} [{f.severity.label}] {f.message}"
            if f.suggestion:
                detail += f" ({f.suggestion})"
            detail += repeat_note(f)
            failure.text = _clean(detail + f"\n  text: {f.text}")
    for bad in sorted(result.failures, key=lambda f: f.path):
        path = _clean(display_path(bad.path))
        case = ET.SubElement(suite, "testcase", classname="clarity", name=path, file=path)
        ET.SubElement(case, "error", message=_clean(bad.message), type="input-error")
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters from broken inputs)."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n\r" or " " <= ch <= "\ud7ff" or (ch >= "\ue000" and ch not in "\ufffe\uffff")
    )
