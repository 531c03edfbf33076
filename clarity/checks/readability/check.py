"""Readability findings: a document or section in a difficult band (R1xx), and the US
statutory readability tests (R2xx). The numbers come from clarity.checks.readability."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.core.rulemeta import RuleMeta, Severity

_HARD_EN = (
    "Notwithstanding any provision hereinbefore contained, the indemnification obligations "
    "of the insurer pursuant to this endorsement are conditional upon satisfactory "
    "documentation substantiating the policyholder's contemporaneous notification."
)
_HARD_FI = (
    "Vakuutuksenantajan korvausvelvollisuuden edellytyksenä on vakuutuksenottajan "
    "viivytyksettömästi toimittama kirjallinen vahinkoilmoitus asianmukaisine liitteineen."
)
_EASY_EN = "We pay for damage to your home. Tell us within 30 days. We reply in a week."
_EASY_FI = "Maksamme vahingon. Kerro siitä meille heti. Vastaamme viikon kuluessa."
_FL = "<!-- clarity: jurisdiction=us-fl -->\n\n"
_LONG_EASY = "We pay for the cost to fix your roof. " * 400

READABILITY_LOW = RuleMeta(
    code="R101",
    name="readability-difficult",
    severity=Severity.WARNING,
    category="readability",
    summary="The document reads as difficult (Flesch < 50; Finnish LIX >= 50 or Wiio >= 9).",
    description=(
        "Flesch Reading Ease from textstat with the packaged CMU dictionary (English); LIX and "
        "Wiio's grade (Finnish). Thresholds: rules/<lang>/readability.yml."
    ),
    fail_examples=(_HARD_EN,),
    pass_examples=(_EASY_EN,),
    origin=__name__,
)
SECTION_LOW = RuleMeta(
    code="R102",
    name="section-readability-difficult",
    severity=Severity.INFO,
    category="readability",
    summary="A section under a heading reads as difficult; rewrite that part first.",
    fail_examples=(f"# Claims\n\n{_HARD_EN} {_HARD_EN}\n",),
    pass_examples=(f"# Claims\n\n{_EASY_EN} {_EASY_EN} {_EASY_EN}\n",),
    origin=__name__,
)
STATUTORY_FAIL = RuleMeta(
    code="R201",
    name="statutory-readability-fail",
    severity=Severity.ERROR,
    category="readability",
    summary="The policy fails the statutory Flesch test of the chosen jurisdiction.",
    languages=("en",),
    description=(
        "Applies with --jurisdiction (or a '<!-- clarity: jurisdiction=us-fl -->' comment). "
        "Counts words, sentences and syllables as the statutes prescribe; see "
        "docs/readability.md."
    ),
    fail_examples=(_FL + _HARD_EN,),
    pass_examples=(_FL + _EASY_EN, _HARD_EN),
    origin=__name__,
)
TOC_MISSING = RuleMeta(
    code="R202",
    name="statutory-toc-missing",
    severity=Severity.ERROR,
    category="readability",
    summary="Florida requires a table of contents in a policy of more than 3,000 words.",
    languages=("en",),
    fail_examples=(_FL + "# Policy\n\n" + _LONG_EASY,),
    pass_examples=(
        _FL + "# Policy\n\n## Contents\n\n- Cover\n\n## Cover\n\n" + _LONG_EASY,
        _FL + _EASY_EN,
    ),
    origin=__name__,
)


def _difficult(metrics: dict[str, Any], lexicon: dict[str, Any], language: str) -> str | None:
    if language == "en":
        fre = metrics.get("flesch_reading_ease")
        floor = lexicon.get("flesch_minimum", 50)
        if isinstance(fre, int | float) and fre < floor:
            return f"Flesch Reading Ease {fre:.1f} ({metrics.get('flesch_band')}; aim for {floor}+)"
        return None
    lix, wiio = metrics.get("lix"), metrics.get("wiio")
    lix_max, wiio_max = lexicon.get("lix_maximum", 50), lexicon.get("wiio_maximum", 9)
    if not isinstance(lix, int | float) or not isinstance(wiio, int | float):
        return None
    if lix >= lix_max or wiio >= wiio_max:
        lix_band, wiio_band = metrics.get("lix_band"), metrics.get("wiio_band")
        return f"LIX {lix:.1f} ({lix_band}), Wiio {wiio:.1f} ({wiio_band})"
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
        if why and ctx.settings.rule_enabled("R101"):
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
        for section, metrics in data.sections:
            if int(metrics.get("words", 0)) < minimum or not ctx.settings.rule_enabled("R102"):
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
            yield ctx.finding(
                STATUTORY_FAIL,
                *anchor,
                message=(
                    f"{result['name']} statutory Flesch score {result['score']:.1f}, "
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


def _has_toc(ctx: Analysed) -> bool:
    heads = [h.lower() for h in ctx.ruleset.lexicon("statutory").get("toc_headings", [])]
    text = ctx.document.text
    for block in ctx.document.headings:
        title = text[block.start : block.end].strip().strip("#").strip().lower()
        if any(title == h or title.startswith(h + " ") for h in heads):
            return True
    return False
