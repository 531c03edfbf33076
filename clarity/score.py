"""The clarity score: 0-100 and a grade A-F, from metrics and findings.

score = 100 x (w_r x R + w_s x S + w_f x F) / (w_r + w_s + w_f), where

* R, readability in 0..1: English (Flesch Reading Ease - 10) / 60, so 70
  ("fairly easy") or more is 1 and 10 or less is 0; Finnish (70 - LIX) / 40, so
  LIX 30 ("easy") or less is 1 and 70 or more is 0;
* S, sentences in 0..1: 1 - 2 x the share of sentences over the long-sentence
  limit (half the sentences long gives 0);
* F, findings in 0..1: 1 - d / 10, where d is the severity-weighted number of
  findings per 100 words (error 3, warning 1, info 0.25; R codes are left out
  because readability is already R).

Each part is clamped to 0..1. Weights are the ``score-weights`` config table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity

DEFAULT_WEIGHTS: dict[str, float] = {
    "readability": 0.4,
    "sentences": 0.2,
    "findings": 0.4,
    "error": 3.0,
    "warning": 1.0,
    "info": 0.25,
}
GRADES: tuple[tuple[int, str], ...] = ((90, "A"), (80, "B"), (70, "C"), (60, "D"), (50, "E"))


def grade(value: int) -> str:
    return next((g for floor, g in GRADES if value >= floor), "F")


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def readability_part(metrics: Mapping[str, object], language: str) -> float:
    if language == "en":
        fre = metrics.get("flesch_reading_ease")
        return _clamp((float(fre) - 10) / 60) if isinstance(fre, int | float) else 1.0
    lix = metrics.get("lix")
    return _clamp((70 - float(lix)) / 40) if isinstance(lix, int | float) else 1.0


def findings_part(findings: Iterable[Finding], words: int, weights: Mapping[str, float]) -> float:
    default = DEFAULT_WEIGHTS[Severity.WARNING.label]
    weight = {severity: weights.get(severity.label, default) for severity in Severity}
    load = 0.0
    for f in findings:
        if f.code.startswith("R"):
            continue
        load += weight[f.severity] * f.count
    per_hundred = 100 * load / max(words, 1)
    return _clamp(1 - per_hundred / 10)


def clarity_score(
    metrics: Mapping[str, object],
    findings: Iterable[Finding],
    language: str,
    weights: Mapping[str, float] | None = None,
) -> dict[str, object]:
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    words = int(metrics.get("words", 0) or 0)  # type: ignore[call-overload]
    share = float(metrics.get("long_sentence_share", 0.0) or 0.0)  # type: ignore[arg-type]
    parts = {
        "readability": readability_part(metrics, language),
        "sentences": _clamp(1 - 2 * share),
        "findings": findings_part(findings, words, w),
    }
    total = sum(w[k] for k in parts)
    value = round(100 * sum(w[k] * parts[k] for k in parts) / total) if total > 0 else 100
    return {
        "value": value,
        "grade": grade(value),
        "parts": {k: round(v, 3) for k, v in parts.items()},
    }
