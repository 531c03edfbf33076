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
import re
from dataclasses import dataclass, field
from typing import Any

from clarity.core.findings import DocumentResult, Finding
from clarity.report.html_text import slug
from clarity.text.sentences import count_words

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
class Bar:
    label: str
    value: float
    anchor: str


@dataclass(frozen=True)
class Marker:
    """A mark on the exclusion map, at ``pos`` (0-1000 of the document's length)."""

    pos: float
    height: float
    kind: str  # "visible" | "buried" | "summary" | "heading"
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
    chart_title: str
    chart_lower_is_easier: bool
    bars: list[Bar]
    markers: list[Marker]
    summary_draft: str
    metrics: list[tuple[str, str]]
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


def _summary_item(result: DocumentResult) -> CheckItem:
    question = 'Up-front "what is not covered" summary?'
    summary = result.extra.get("summary")
    present = _first(summary, "present", "found") if isinstance(summary, dict) else None
    if present is None and isinstance(result.extra.get("summary_present"), bool):
        present = result.extra["summary_present"]
    if present is None:
        missing = [f for f in _family(result.findings, "W") if "missing" in f.name.lower()]
        if missing:
            present = False
        elif _family(result.findings, "W"):
            present = True  # summary findings other than "missing" mean it exists
    if present is None:
        return CheckItem(question, "not checked", "none")
    return CheckItem(question, "yes" if present else "no", "ok" if present else "bad")


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
    if _family(result.findings, "R") or any(k in result.metrics for k, _, _ in READABILITY_KEYS):
        return CheckItem(question, "no failure reported", "ok")
    return CheckItem(question, "not checked", "none")


def _key_facts_item(result: DocumentResult) -> CheckItem:
    question = "Loan key facts present?"
    if result.profile != "loan":
        return CheckItem(question, f"not applicable ({result.profile})", "none")
    facts = result.extra.get("key_facts")
    if isinstance(facts, dict):
        missing = facts.get("missing")
        if isinstance(missing, list):
            if not missing:
                return CheckItem(question, "yes, all", "ok")
            return CheckItem(question, f"{len(missing)} missing", "bad")
    missing_findings = [f for f in _family(result.findings, "K") if "missing" in f.name.lower()]
    if missing_findings:
        return CheckItem(question, f"{len(missing_findings)} missing", "bad")
    if isinstance(facts, (dict, list)) or _family(result.findings, "K"):
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


def section_bars(result: DocumentResult, prefix: str) -> tuple[str, bool, list[Bar]]:
    """Readability per section: the metrics check's figures when present, else sentence length."""
    sections = result.metrics.get("sections")
    if isinstance(sections, list) and sections and all(isinstance(s, dict) for s in sections):
        heading_index = {start: k for k, (start, _, _) in enumerate(sorted(result.outline))}
        for key, title, lower in READABILITY_KEYS:
            bars = [
                Bar(_section_label(s, i), float(s[key]), _section_anchor(s, heading_index, prefix))
                for i, s in enumerate(sections)
                if isinstance(s.get(key), (int, float)) and math.isfinite(s[key])
            ]
            if bars:
                return title, lower, bars
    return (
        "Average sentence length in words, per section (lower is easier)",
        True,
        _sentence_length_bars(result, prefix),
    )


def _section_anchor(section: dict[str, Any], headings: dict[int, int], prefix: str) -> str:
    k = headings.get(section.get("start"))  # type: ignore[arg-type]
    return f"#{prefix}s{k}" if k is not None else ""


def _section_label(section: dict[str, Any], index: int) -> str:
    path = section.get("path")
    if isinstance(path, (list, tuple)) and path:
        return str(path[-1])  # the section's own heading; the full path is the title text
    label = _first(section, "title", "heading", "section", "name")
    if isinstance(label, (list, tuple)):
        label = " › ".join(str(x) for x in label)
    return str(label) if label else f"Section {index + 1}"


_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)|\n\s*\n")


def _sentence_length_bars(result: DocumentResult, prefix: str) -> list[Bar]:
    text = result.text or ""
    if not text:
        return []
    starts = [(0, -1, "Start")]
    for k, (start, end, _) in enumerate(sorted(result.outline)):
        starts.append((start, k, " ".join(text[start:end].split())[:60] or f"Section {k + 1}"))
    bars = []
    for i, (start, k, label) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        body_start = result.outline[k][1] if k >= 0 else start
        body = text[body_start:stop]
        pieces = [p for p in _SENTENCE_END.split(body) if count_words(p)]
        if not pieces:
            continue
        average = sum(count_words(p) for p in pieces) / len(pieces)
        bars.append(Bar(label, round(average, 1), f"#{prefix}s{k}" if k >= 0 else ""))
    return bars


def anchor_offsets(result: DocumentResult) -> list[int]:
    """Offsets of exclusions, in map order, so markers without a finding still link."""
    return [x.start if isinstance(x, Finding) else x["start"] for x in exclusion_items(result)]


def map_markers(result: DocumentResult, prefix: str) -> list[Marker]:
    length = max(1, len(result.text or ""))
    scale = 1000 / length
    markers = []
    for start, _, _ in result.outline:
        markers.append(Marker(start * scale, 1.5, "heading", "", ""))
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
    counts: dict[str, tuple[str, int]] = {}
    for f in result.findings:
        key = slug(f.category)
        label, n = counts.get(key, (f.category, 0))
        counts[key] = (label, n + 1)
    return [(key, label, n) for key, (label, n) in sorted(counts.items())]


def scalar_metrics(result: DocumentResult) -> list[tuple[str, str]]:
    out = []
    for key in sorted(result.metrics):
        value = result.metrics[key]
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            continue
        if isinstance(value, float):
            value = f"{value:.1f}" if math.isfinite(value) else "n/a"
        out.append((key.replace("_", " "), str(value)))
    return out[:12]


def build_view(result: DocumentResult, prefix: str) -> DocView:
    score, grade = score_and_grade(result)
    title, lower, bars = section_bars(result, prefix)
    counts = result.counts()
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
        chart_title=title,
        chart_lower_is_easier=lower,
        bars=bars,
        markers=map_markers(result, prefix),
        summary_draft=summary_draft(result),
        metrics=scalar_metrics(result),
    )
