"""What the HTML report shows about one document, derived from a DocumentResult.

The report is driven by the data present, not by a fixed list of checks: the
score, exclusions, summary, statutory readability and loan key facts come
from checks that land independently. Each item is read from the keys those
checks publish (``result.extra`` / ``result.metrics`` / finding codes by rule
family) and is shown as "not checked" when none is there, so the page never
claims something nobody checked. docs/html-report.md lists the keys read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from clarity.core.findings import DocumentResult, Finding
from clarity.report.html_groups import BuriedExclusion, Group, buried_exclusions, group_findings
from clarity.report.html_sections import SectionRow, Sections, sections
from clarity.report.html_text import slug

WORDS_PER_MINUTE = 200
"""Reading time assumes 200 words a minute, a common figure for careful adult reading."""

READABILITY_KEYS = (
    ("flesch_reading_ease", "Flesch Reading Ease (higher is easier)", False),
    ("statutory_flesch", "Flesch Reading Ease (statutory count)", False),
    ("flesch", "Flesch Reading Ease (higher is easier)", False),
    ("lix", "LIX (lower is easier)", True),
    ("wiio", "Wiio grade (lower is easier)", True),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade (lower is easier)", True),
    ("avg_sentence_length", "Average sentence length in words (lower is easier)", True),
)


@dataclass(frozen=True)
class CheckItem:
    """One line of the header checklist: a question, an answer and its state."""

    question: str
    answer: str
    state: str  # "ok" | "bad" | "warn" | "none"


@dataclass(frozen=True)
class Marker:
    """A mark on the exclusion map, at ``pos`` (0-1000 of the document's length)."""

    pos: float
    height: float
    kind: str  # "visible" | "buried" | "summary" | "heading" | "hard"
    href: str
    label: str


@dataclass
class DocView:
    prefix: str
    result: DocumentResult
    score: str
    grade: str
    reading_minutes: int
    checklist: list[CheckItem]
    categories: list[tuple[str, str, int]]  # (slug, label, count)
    severities: list[tuple[str, int]]
    rules: list[tuple[str, str, int]]  # (code, name, places)
    groups: list[Group]
    buried: list[BuriedExclusion]
    missing_facts: list[str]
    sections: Sections
    markers: list[Marker]
    summary_draft: str
    summary_found: bool | None
    metrics: list[tuple[str, str]]
    places: int = 0
    severity_filters: list[tuple[str, int]] = field(default_factory=list)
    body: Any = None
    data: dict[str, Any] = field(default_factory=dict)
    page: str = ""


def _first(mapping: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if isinstance(mapping, dict) and mapping.get(key) is not None:
            return mapping[key]
    return None


def score_and_grade(result: DocumentResult) -> tuple[str, str]:
    raw = _first(result.extra, "score", "clarity_score")
    if raw is None:
        raw = _first(result.metrics, "score", "clarity_score")
    grade = _first(result.extra, "grade") or _first(result.metrics, "grade")
    if isinstance(raw, dict):
        grade = grade or _first(raw, "grade")
        raw = _first(raw, "score", "value", "total")
    score = "n/a"
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and math.isfinite(raw):
        score = f"{raw:.0f}"
    return score, str(grade) if grade else "n/a"


def _family(findings: list[Finding], family: str) -> list[Finding]:
    return [f for f in findings if f.code.rstrip("0123456789") == family]


def _is_exclusion(f: Finding) -> bool:
    return "exclu" in f.category.lower() or f.code.startswith("X")


def _is_buried(item: Any) -> bool:
    if isinstance(item, Finding):
        return "buried" in item.category.lower() or bool(item.evidence)
    if isinstance(item, dict):
        if "buried" in item:
            return bool(item["buried"])
        return bool(item.get("evidence") or item.get("reasons"))
    return False


def exclusion_items(result: DocumentResult) -> list[Any]:
    """Exclusions as the exclusion check published them, else its findings."""
    listed = result.extra.get("exclusions")
    if isinstance(listed, list) and all(isinstance(x, dict) for x in listed):
        return [x for x in listed if isinstance(x.get("start"), int)]
    return [f for f in result.findings if _is_exclusion(f)]


def checklist(result: DocumentResult) -> list[CheckItem]:
    items = [_summary_item(result), _exclusion_item(result), _readability_item(result)]
    items.append(_key_facts_item(result))
    return items


def summary_found(result: DocumentResult) -> bool | None:
    """Whether the exclusion analysis found an up-front summary; None when it did not run.

    Only the analysis says so (``exclusions_summary.found``, or a ``summary`` section an
    older or extra check publishes). A missing-summary finding (W101) means no; any
    other summary finding says nothing about presence, so it is not read as a yes.
    """
    published = result.extra.get("exclusions_summary")
    found = _first(published, "found", "present") if isinstance(published, dict) else None
    summary = result.extra.get("summary")
    if found is None and isinstance(summary, dict):
        found = _first(summary, "present", "found")
    if found is None and isinstance(result.extra.get("summary_present"), bool):
        found = result.extra["summary_present"]
    if found is None and any(
        "missing" in f.name.lower() and "summary" in f.name.lower()
        for f in _family(result.findings, "W")
    ):
        found = False
    return bool(found) if isinstance(found, bool) else None


def _summary_item(result: DocumentResult) -> CheckItem:
    question = 'Up-front "what is not covered" summary?'
    found = summary_found(result)
    if found is None:
        return CheckItem(question, "not checked", "none")
    if not found:
        return CheckItem(question, "no", "bad")
    published = result.extra.get("exclusions_summary")
    heading = _first(published, "heading") if isinstance(published, dict) else None
    line = _first(published, "line") if isinstance(published, dict) else None
    if isinstance(heading, str) and heading:
        where = f", line {line}" if isinstance(line, int) else ""
        return CheckItem(question, f"yes: \u201c{heading}\u201d{where}", "ok")
    return CheckItem(question, "yes", "ok")


def _exclusion_item(result: DocumentResult) -> CheckItem:
    question = "Exclusions visible or buried?"
    has_data = "exclusions" in result.extra or any(_is_exclusion(f) for f in result.findings)
    if not has_data:
        return CheckItem(question, "not checked", "none")
    items = exclusion_items(result)
    buried = sum(1 for x in items if _is_buried(x))
    visible = len(items) - buried
    answer = f"{visible} visible, {buried} buried"
    return CheckItem(question, answer, "bad" if buried else "ok")


def _readability_item(result: DocumentResult) -> CheckItem:
    question = "Passes the readability minimum?"
    stat = _first(result.extra, "statutory", "readability_test")
    if stat is None:
        stat = _first(result.metrics, "statutory", "readability_test")
    if isinstance(stat, dict):
        passed = _first(stat, "passed", "pass", "ok")
        if isinstance(passed, bool):
            got, minimum = _first(stat, "score"), _first(stat, "minimum")
            detail = f" ({got:.0f} vs minimum {minimum})" if isinstance(got, (int, float)) else ""
            return CheckItem(question, ("yes" if passed else "no") + detail, _ok(passed))
    failing = [f for f in _family(result.findings, "R") if f.severity.label == "error"]
    if failing:
        return CheckItem(question, f"no ({failing[0].code})", "bad")
    nested = result.metrics.get("readability")
    figures = {**result.metrics, **(nested if isinstance(nested, dict) else {})}
    if _family(result.findings, "R") or any(k in figures for k, _, _ in READABILITY_KEYS):
        return CheckItem(question, "no failure reported", "ok")
    return CheckItem(question, "not checked", "none")


def key_facts(result: DocumentResult) -> dict[str, Any] | None:
    """The loan key facts analysis (``loan_key_facts``, or ``key_facts``), if it ran."""
    for key in ("loan_key_facts", "key_facts"):
        facts = result.extra.get(key)
        if isinstance(facts, dict):
            return facts
    return None


def missing_facts(result: DocumentResult) -> list[str]:
    facts = key_facts(result)
    if result.profile != "loan":
        return []
    if facts is not None and isinstance(facts.get("missing"), list):
        return [str(m) for m in facts["missing"]]
    return [
        str(f.data.get("fact") or f.message)
        for f in _family(result.findings, "K")
        if "missing" in f.name.lower()
    ]


def _key_facts_item(result: DocumentResult) -> CheckItem:
    question = "Loan key facts present?"
    if result.profile != "loan":
        return CheckItem(question, f"not applicable ({result.profile})", "none")
    facts = key_facts(result)
    missing = missing_facts(result)
    present = facts.get("present") if facts is not None else None
    if missing:
        if isinstance(present, list):
            total = len(present) + len(missing)
            return CheckItem(question, f"{len(missing)} of {total} missing", "bad")
        return CheckItem(question, f"{len(missing)} missing", "bad")
    if facts is not None and isinstance(facts.get("missing"), list):
        return CheckItem(question, "yes, all", "ok")
    if facts is not None or _family(result.findings, "K"):
        return CheckItem(question, "yes", "ok")
    return CheckItem(question, "not checked", "none")


def _ok(passed: bool) -> str:
    return "ok" if passed else "bad"


def summary_draft(result: DocumentResult) -> str:
    draft = result.extra.get("summary_draft")
    summary = result.extra.get("summary")
    if not isinstance(draft, str) and isinstance(summary, dict):
        draft = _first(summary, "draft", "markdown")
    if isinstance(draft, str):
        return draft
    topics = []
    for item in exclusion_items(result):
        topic = item.get("topic") if isinstance(item, dict) else None
        if isinstance(topic, str) and topic and topic not in topics:
            topics.append(topic)
    if not topics:
        return ""
    return "What is not covered\n\n" + "".join(f"- {t}\n" for t in topics)


def anchor_offsets(result: DocumentResult) -> list[int]:
    """Offsets of exclusions, in map order, so markers without a finding still link."""
    return [x.start if isinstance(x, Finding) else x["start"] for x in exclusion_items(result)]


def map_markers(result: DocumentResult, prefix: str, hard: list[SectionRow]) -> list[Marker]:
    """The strip along the document: headings, the summary section, the hardest sections
    and every exclusion, each at its position (0-1000 of the text's length)."""
    length = max(1, len(result.text or ""))
    scale = 1000 / length
    markers = []
    for start, _, _ in result.outline:
        markers.append(Marker(start * scale, 1.5, "heading", "", ""))
    for row in sorted(hard, key=lambda r: r.start):
        if row.start < 0:
            continue
        height = max(4.0, (max(row.end, row.start) - row.start) * scale)
        label = f"hard section: {row.path}"
        markers.append(Marker(row.start * scale, height, "hard", row.anchor, label))
    summary = result.extra.get("summary")
    if isinstance(summary, dict) and isinstance(summary.get("start"), int):
        end = summary.get("end") if isinstance(summary.get("end"), int) else summary["start"]
        height = max(4.0, (end - summary["start"]) * scale)
        markers.append(Marker(summary["start"] * scale, height, "summary", "", "Summary section"))
    index = {(f.start, f.code): i for i, f in enumerate(result.findings) if _is_exclusion(f)}
    starts = {f.start: i for i, f in enumerate(result.findings) if _is_exclusion(f)}
    for n, item in enumerate(exclusion_items(result)):
        if isinstance(item, Finding):
            i = index.get((item.start, item.code))
            start, label = item.start, item.message
        else:
            start = item["start"]
            i = starts.get(start)
            label = str(item.get("topic") or item.get("text") or "exclusion")[:80]
        kind = "buried" if _is_buried(item) else "visible"
        href = f"#{prefix}f{i}" if i is not None else f"#{prefix}a{n}"
        markers.append(Marker(start * scale, 5.0, kind, href, f"{kind} exclusion: {label}"))
    return markers


def categories(result: DocumentResult) -> list[tuple[str, str, int]]:
    """(slug, label, places) per category: a finding counts with its occurrences, as the
    filters hide them all."""
    counts: dict[str, tuple[str, int]] = {}
    for f in result.findings:
        key = slug(f.category)
        label, n = counts.get(key, (f.category, 0))
        counts[key] = (label, n + 1 + len(getattr(f, "occurrences", None) or ()))
    return [(key, label, n) for key, (label, n) in sorted(counts.items())]


def severity_places(groups: list[Group]) -> list[tuple[str, int]]:
    """Places per severity, errors first, for the severity filters."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for g in groups:
        counts[g.severity] = counts.get(g.severity, 0) + g.count
    return list(counts.items())


def scalar_metrics(result: DocumentResult) -> list[tuple[str, str]]:
    """Up to 12 numbers: top-level metrics, then the whole-document readability figures."""
    values = dict(sorted(result.metrics.items()))
    nested = result.metrics.get("readability")
    if isinstance(nested, dict):
        values.update({k: v for k, v in sorted(nested.items()) if k not in values})
    out = []
    for key, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            continue
        if isinstance(value, float):
            value = f"{value:.1f}" if math.isfinite(value) else "n/a"
        out.append((key.replace("_", " "), str(value)))
    return out[:12]


def rules_present(groups: list[Group]) -> list[tuple[str, str, int]]:
    """(code, name, number of places) of each rule with findings, by code."""
    counts: dict[str, tuple[str, int]] = {}
    for g in groups:
        name, n = counts.get(g.code, (g.name, 0))
        counts[g.code] = (name, n + g.count)
    return [(code, name, n) for code, (name, n) in sorted(counts.items())]


def build_view(result: DocumentResult, prefix: str) -> DocView:
    score, grade = score_and_grade(result)
    counts = result.counts()
    groups = group_findings(result.findings, prefix)
    parts = sections(result, prefix)
    return DocView(
        prefix=prefix,
        result=result,
        score=score,
        grade=grade,
        reading_minutes=max(1, math.ceil(result.word_count / WORDS_PER_MINUTE))
        if result.word_count
        else 0,
        checklist=checklist(result),
        categories=categories(result),
        severities=[(s, counts[s]) for s in ("error", "warning", "info")],
        rules=rules_present(groups),
        groups=groups,
        buried=buried_exclusions(
            exclusion_items(result), result.findings, prefix, result.text or ""
        ),
        missing_facts=missing_facts(result),
        sections=parts,
        markers=map_markers(result, prefix, parts.hardest),
        summary_draft=summary_draft(result),
        summary_found=summary_found(result),
        metrics=scalar_metrics(result),
        places=sum(g.count for g in groups),
        severity_filters=severity_places(groups),
    )
