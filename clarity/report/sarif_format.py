"""SARIF 2.1.0, the format GitHub code scanning and other CI dashboards import.

Rules come from the catalogue (the same metadata as `clarity explain`), so a
dashboard shows the rule's summary, plain alternatives and examples as help.
Each result carries a partial fingerprint (the baseline fingerprint, which does
not depend on line numbers) so a dashboard can follow a finding across edits.
"""

from __future__ import annotations

from typing import Any

from clarity.core.findings import Finding, RunResult
from clarity.core.rulemeta import RuleMeta, Severity
from clarity.report.json_format import dumps
from clarity.report.paths import path_uri

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/clarity-lint/clarity"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(result: RunResult) -> str:
    from clarity._version import __version__
    from clarity.rules.catalogue import all_rules

    catalogue = {rule.code: rule for rule in all_rules()}
    used = sorted({f.code for f in result.findings()} | set(catalogue))
    index = {code: i for i, code in enumerate(used)}
    rules = [_rule(catalogue.get(code), code, result) for code in used]
    results = [
        _result(doc.path, finding, index[finding.code])
        for doc in result.documents
        for finding in doc.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": failure.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": path_uri(failure.path)}}}
            ],
        }
        for failure in result.failures
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "clarity",
                "version": __version__,
                "informationUri": INFO_URI,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [
            {
                "executionSuccessful": not result.failures,
                "toolExecutionNotifications": notifications,
            }
        ],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return dumps(log)  # json.dumps(indent=2, ensure_ascii=False), faster: see json_format


def _rule(meta: RuleMeta | None, code: str, result: RunResult) -> dict[str, Any]:
    if meta is None:  # a finding whose rule is not in the catalogue (a pack dropped since)
        sample = next(f for f in result.findings() if f.code == code)
        return {
            "id": code,
            "name": sample.name,
            "shortDescription": {"text": sample.name},
            "defaultConfiguration": {"level": LEVELS[sample.severity]},
            "properties": {"category": sample.category},
        }
    return {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": meta.description or meta.summary},
        "help": {"text": _help(meta)},
        "defaultConfiguration": {
            "level": LEVELS[meta.severity],
            **({} if meta.default else {"enabled": False}),
        },
        "properties": {"category": meta.category, "languages": list(meta.languages)},
    }


def _help(meta: RuleMeta) -> str:
    lines = [meta.summary]
    if meta.plain:
        lines.append("Plain alternatives: " + ", ".join(meta.plain))
    if meta.fail_examples:
        lines.append("Flagged: " + " | ".join(meta.fail_examples))
    if meta.pass_examples:
        lines.append("Not flagged: " + " | ".join(meta.pass_examples))
    lines.append(f"Run `clarity explain {meta.code}` for more.")
    return "\n".join(lines)


def _region(line: int, column: int, end_line: int, end_column: int, text: str) -> dict[str, Any]:
    return {
        "startLine": max(line, 1),
        "startColumn": max(column, 1),
        "endLine": max(end_line, line, 1),
        "endColumn": max(end_column, 1),
        "snippet": {"text": text},
    }


def _result(path: str, finding: Finding, rule_index: int) -> dict[str, Any]:
    message = finding.message
    if finding.suggestion:
        message += f" ({finding.suggestion})"
    out: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": path_uri(path)},
                    "region": _region(
                        finding.line,
                        finding.column,
                        finding.end_line,
                        finding.end_column,
                        finding.text,
                    ),
                }
            }
        ],
    }
    if finding.occurrences:
        out["occurrenceCount"] = finding.count
        out["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": {"uri": path_uri(path)},
                    "region": _region(o.line, o.column, o.end_line, o.end_column, o.text),
                },
                "message": {"text": f"also here: {o.text}"},
            }
            for number, o in enumerate(finding.occurrences, start=1)
        ]
    fingerprint = getattr(finding, "fingerprint", "")
    if fingerprint:
        out["partialFingerprints"] = {"clarity/v1": fingerprint}
    if finding.page is not None:
        out["properties"] = {"page": finding.page}
    return out
