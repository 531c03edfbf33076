"""Readability findings: a document or section in a difficult band (R1xx), and the US
statutory readability tests (R2xx). The numbers come from clarity.checks.readability."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from clarity.checks.base import Analysed, Check
from clarity.checks.readability.metrics import flesch_band, lix_band, wiio_band
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule

READABILITY_LOW = builtin_rule("R101")
SECTION_LOW = builtin_rule("R102")
STATUTORY_FAIL = builtin_rule("R201")
TOC_MISSING = builtin_rule("R202")


def shown(value: float) -> float:
    """A score as a message shows it (one decimal). It is rounded once, and the rounded
    value is what is compared with the limit and named by its band, so a message never
    says "50.0 (difficult; aim for 50+)" for 49.95."""
    return round(float(value), 1)


def _difficult(metrics: dict[str, Any], lexicon: dict[str, Any], language: str) -> str | None:
    if language == "en":
        raw = metrics.get("flesch_reading_ease")
        floor = lexicon.get("flesch_minimum", 50)
        if not isinstance(raw, int | float):
            return None
        fre = shown(raw)
        if fre < floor:
            return f"Flesch Reading Ease {fre:.1f} ({flesch_band(fre)}; aim for {floor}+)"
        return None
    raw_lix, raw_wiio = metrics.get("lix"), metrics.get("wiio")
    lix_max, wiio_max = lexicon.get("lix_maximum", 50), lexicon.get("wiio_maximum", 9)
    if not isinstance(raw_lix, int | float) or not isinstance(raw_wiio, int | float):
        return None
    lix, wiio = shown(raw_lix), shown(raw_wiio)
    if lix >= lix_max or wiio >= wiio_max:
        return f"LIX {lix:.1f} ({lix_band(lix)}), Wiio {wiio:.1f} ({wiio_band(wiio)})"
    return None


class ReadabilityCheck(Check):
    rules = (READABILITY_LOW, SECTION_LOW)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        data = ctx.readability
        lexicon = ctx.ruleset.lexicon("readability")
        spans = [s for s in ctx.sentences if not s.is_heading]
        if not spans:
            return
        why = _difficult(data.document, lexicon, ctx.language)
        if why and ctx.settings.rule_enabled("R101", READABILITY_LOW.default):
            first = spans[0]
            yield ctx.finding(
                READABILITY_LOW,
                first.start,
                first.end,
                message=f"document reads as difficult: {why}",
                suggestion="use shorter sentences and everyday words",
                data={"metrics": data.document},
            )
        minimum = lexicon.get("section_min_words", 40)
        section_on = ctx.settings.rule_enabled("R102", SECTION_LOW.default)
        for section, metrics in data.sections:
            if int(metrics.get("words", 0)) < minimum or not section_on:
                continue
            why = _difficult(metrics, lexicon, ctx.language)
            if why:
                first_end = section.spans[0][1]
                yield ctx.finding(
                    SECTION_LOW,
                    section.start,
                    first_end,
                    message=f"section '{section.title}' reads as difficult: {why}",
                    suggestion="rewrite this section in shorter sentences",
                )


class StatutoryCheck(Check):
    rules = (STATUTORY_FAIL, TOC_MISSING)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        result = ctx.statutory
        if not result or not result.get("applied") or not result.get("words"):
            return
        spans = [s for s in ctx.sentences if not s.is_heading]
        anchor = (spans[0].start, spans[0].end) if spans else (0, min(len(ctx.text), 1))
        if not result["passed"]:
            op = ">" if result["strictly_above"] else ">="
            failing = _failing_score(float(result["score"]), float(result["minimum"]))
            yield ctx.finding(
                STATUTORY_FAIL,
                *anchor,
                message=(
                    f"{result['name']} statutory Flesch score {failing:.1f}, "
                    f"required {op} {result['minimum']} ({result['source']})"
                ),
                suggestion="shorten sentences and use words of fewer syllables",
                data={k: result[k] for k in ("score", "minimum", "words", "sentences")},
            )
        entry = (
            ctx.ruleset.lexicon("statutory")
            .get("jurisdictions", {})
            .get(result["jurisdiction"], {})
        )
        limit = entry.get("toc_over_words")
        if limit and ctx.word_count > int(limit) and not _has_toc(ctx):
            yield ctx.finding(
                TOC_MISSING,
                *anchor,
                message=(
                    f"policy has {ctx.word_count} words (over {limit}) but no table of contents "
                    f"({result['source']})"
                ),
                suggestion="add a 'Contents' heading listing the sections",
            )


def _failing_score(score: float, minimum: float) -> float:
    """A failing statutory score as the message shows it (one decimal). The statute's
    test compares the exact score; where rounding would show the minimum it missed
    (44.96 as 45.0), the score is cut instead (44.9)."""
    rounded = shown(score)
    return math.floor(score * 10) / 10 if rounded >= minimum > score else rounded


def _has_toc(ctx: Analysed) -> bool:
    heads = [h.lower() for h in ctx.ruleset.lexicon("statutory").get("toc_headings", [])]
    text = ctx.document.text
    for block in ctx.document.headings:
        title = text[block.start : block.end].strip().strip("#").strip().lower()
        if any(title == h or title.startswith(h + " ") for h in heads):
            return True
    return False
